import { useMemo, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { CheckCircle2 } from 'lucide-react';
import type { PartnerRegion, PartnerType } from '../../gql/graphql';
import { request } from '../../lib/api';
import { ApiError } from '../../lib/errors';
import { countryOptions, inOrder, partnerTypeLabels, regionLabels } from '../../lib/format';
import { usePageTitle } from '../../lib/usePageTitle';
import { Button } from '../../ui/Button';
import { SelectField, TextAreaField, TextField } from '../../ui/Field';
import { ErrorAlert } from '../../ui/States';
import { AuthLayout } from '../../ui/AuthLayout';
import { ApplyMutation } from './api/apply';

const types = inOrder(partnerTypeLabels);
const regions: PartnerRegion[] = ['NA', 'LATAM', 'EMEA', 'APAC'];

type Form = {
  company: string;
  website: string;
  partnerType: string;
  country: string;
  region: string;
  contactName: string;
  contactEmail: string;
  motivation: string;
};

export default function Apply() {
  usePageTitle('Become a partner');
  const countries = useMemo(countryOptions, []);
  const [form, setForm] = useState<Form>({
    company: '',
    website: '',
    partnerType: '',
    country: '',
    region: '',
    contactName: '',
    contactEmail: '',
    motivation: '',
  });
  const [errors, setErrors] = useState<Partial<Form>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<{ company: string; contactEmail: string } | null>(null);
  const set = (k: keyof Form) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [k]: e.target.value }));
  const server = (f: string) => (error instanceof ApiError ? error.fieldError(f) : undefined);
  const err = (k: keyof Form) => errors[k] ?? server(k);
  const askRegion = Boolean(server('region')) || form.region !== '';

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const v: Partial<Form> = {};
    if (!form.company.trim()) v.company = 'Enter your company’s name.';
    if (!form.website.trim()) v.website = 'Enter your company’s website.';
    if (!form.partnerType) v.partnerType = 'Choose how you go to market.';
    if (!form.country) v.country = 'Choose where your headquarters are.';
    if (!form.contactName.trim()) v.contactName = 'Enter your name.';
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(form.contactEmail.trim())) v.contactEmail = 'Enter a valid e-mail address.';
    setErrors(v);
    if (Object.keys(v).length) return;
    setBusy(true);
    setError(null);
    try {
      const d = await request(ApplyMutation, {
        input: {
          company: form.company.trim(),
          website: form.website.trim(),
          partnerType: form.partnerType as PartnerType,
          country: form.country,
          region: (form.region || undefined) as PartnerRegion | undefined,
          contactName: form.contactName.trim(),
          contactEmail: form.contactEmail.trim(),
          motivation: form.motivation.trim() || undefined,
        },
      });
      setDone(d.applyForPartnership.application);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  if (done) {
    return (
      <AuthLayout>
        <div className="state" style={{ padding: '12px 0' }} role="status">
          <div className="state-icon" style={{ background: 'var(--green-50)', color: 'var(--green-600)' }} aria-hidden="true">
            <CheckCircle2 size={24} />
          </div>
          <h2>Thank you for applying</h2>
          <p>
            We have {done.company}’s application. Our channel team reviews it and writes to <strong>{done.contactEmail}</strong>; if you are
            admitted, that e-mail brings your invitation to the portal.
          </p>
          <Link to="/signin" className="btn" style={{ marginTop: 12 }}>
            Back to sign in
          </Link>
        </div>
      </AuthLayout>
    );
  }

  const unplaced = error && !(error instanceof ApiError && error.fieldErrors.some((f) => f.field in form));
  return (
    <AuthLayout wide>
      <h2>Become a partner</h2>
      <p className="lead">Tell us about your company. The channel team reviews every application, usually within two working days.</p>
      <form onSubmit={onSubmit} noValidate aria-label="Partner application" className="stack" style={{ gap: 16 }}>
        {Boolean(unplaced) && <ErrorAlert error={error} />}
        <div className="form-grid">
          <TextField label="Company" required autoComplete="organization" value={form.company} onChange={set('company')} error={err('company')} />
          <TextField label="Website" required type="url" inputMode="url" placeholder="https://www.example.com" value={form.website} onChange={set('website')} error={err('website')} />
          <SelectField label="How you go to market" required value={form.partnerType} onChange={set('partnerType')} error={err('partnerType')}>
            <option value="">Choose…</option>
            {types.map((t) => (
              <option key={t} value={t}>
                {partnerTypeLabels[t]}
              </option>
            ))}
          </SelectField>
          <SelectField label="Headquarters" required value={form.country} onChange={set('country')} error={err('country')}>
            <option value="">Choose a country…</option>
            {countries.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </SelectField>
          {askRegion && (
            <SelectField label="Sales region" value={form.region} onChange={set('region')} error={err('region')} hint="Which of our regions should look after you?">
              <option value="">Choose…</option>
              {regions.map((r) => (
                <option key={r} value={r}>
                  {regionLabels[r]}
                </option>
              ))}
            </SelectField>
          )}
          <TextField label="Your name" required autoComplete="name" value={form.contactName} onChange={set('contactName')} error={err('contactName')} />
          <TextField label="Your work e-mail" required type="email" autoComplete="email" value={form.contactEmail} onChange={set('contactEmail')} error={err('contactEmail')} hint="You become your company’s partner admin." />
          <TextAreaField className="full" label="Why partner with us?" hint="Optional: customers you serve, what you would sell." value={form.motivation} onChange={set('motivation')} error={err('motivation')} rows={3} />
        </div>
        <div className="row" style={{ justifyContent: 'space-between' }}>
          <Link to="/signin">Already a partner? Sign in</Link>
          <Button type="submit" variant="primary" size="lg" loading={busy}>
            Send application
          </Button>
        </div>
      </form>
    </AuthLayout>
  );
}
