import { useMemo, useState, type FormEvent } from 'react';
import { ExternalLink, Globe2, Mail } from 'lucide-react';
import type { ProfilePageQuery } from '../../gql/graphql';
import { ApiError } from '../../lib/errors';
import { countryName, countryOptions, date, partnerTypeLabels, regionLabels, websiteHref } from '../../lib/format';
import { useGqlMutation, useGqlQuery } from '../../lib/query';
import { useViewer } from '../../lib/session';
import { usePageTitle } from '../../lib/usePageTitle';
import { StatusBadge, TierBadge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { Avatar, Card, PageHeader } from '../../ui/Card';
import { ChipsField, SelectField, TextField } from '../../ui/Field';
import { ErrorAlert, ErrorState, SkeletonBlock } from '../../ui/States';
import { useToast } from '../../ui/Toast';
import { ProfileQuery, UpdateProfileMutation } from './api/profile';
import { Preferences } from './Preferences';

type Partner = NonNullable<ProfilePageQuery['viewer']['partner']>;

function ProfileForm({ partner }: { partner: Partner }) {
  const [website, setWebsite] = useState(partner.website);
  const [country, setCountry] = useState(partner.country);
  const [verticals, setVerticals] = useState<string[]>(partner.verticals ?? []);
  const [localError, setLocalError] = useState<string>();
  const m = useGqlMutation(UpdateProfileMutation);
  const toast = useToast();
  const countries = useMemo(countryOptions, []);

  const dirty =
    website !== partner.website || country !== partner.country || verticals.join('\n') !== (partner.verticals ?? []).join('\n');
  const fieldError = (f: string) => (m.error instanceof ApiError ? m.error.fieldError(f) : undefined);
  const unplaced = m.error && !(m.error instanceof ApiError && m.error.fieldErrors.length > 0);

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (!website.trim()) {
      setLocalError('Enter your company website, e.g. https://www.example.com.');
      return;
    }
    setLocalError(undefined);
    m.mutate(
      { input: { id: partner.id, website: website.trim(), country, verticals } },
      {
        onSuccess: (d) => {
          setWebsite(d.updatePartner.partner.website);
          toast('Profile saved');
        },
      },
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Company profile">
      <div className="stack" style={{ gap: 16 }}>
        {unplaced && <ErrorAlert error={m.error} />}
        <TextField
          label="Website"
          type="url"
          inputMode="url"
          autoComplete="url"
          value={website}
          onChange={(e) => setWebsite(e.target.value)}
          hint={`Your web domain is derived from it${partner.domain ? ` (now ${partner.domain})` : ''}; deal registrations are matched against it. A move to another domain goes through your channel manager.`}
          error={localError ?? fieldError('website')}
        />
        <SelectField label="Headquarters country" value={country} onChange={(e) => setCountry(e.target.value)} error={fieldError('country')}>
          {!country && <option value="">Choose a country</option>}
          {countries.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </SelectField>
        <ChipsField
          label="Industries you specialise in"
          hint="Press Enter or comma after each one."
          placeholder="e.g. Healthcare"
          value={verticals}
          onChange={setVerticals}
          error={fieldError('verticals')}
        />
      </div>
      <div className="form-actions">
        <Button
          disabled={!dirty || m.isPending}
          onClick={() => {
            setWebsite(partner.website);
            setCountry(partner.country);
            setVerticals(partner.verticals ?? []);
            m.reset();
          }}
        >
          Discard changes
        </Button>
        <Button type="submit" variant="primary" loading={m.isPending} disabled={!dirty}>
          Save profile
        </Button>
      </div>
    </form>
  );
}

function ProfileView({ partner }: { partner: Partner }) {
  return (
    <dl className="dl">
      <dt>Website</dt>
      <dd>
        {partner.website ? (
          <a href={websiteHref(partner.website)} target="_blank" rel="noopener noreferrer">
            {partner.website}
          </a>
        ) : (
          '—'
        )}
      </dd>
      <dt>Headquarters</dt>
      <dd>{countryName(partner.country)}</dd>
      <dt>Industries</dt>
      <dd>{partner.verticals?.length ? partner.verticals.join(', ') : '—'}</dd>
    </dl>
  );
}

export default function Profile() {
  usePageTitle('Company profile');
  const viewer = useViewer();
  const q = useGqlQuery(ProfileQuery, {});
  const partner = q.data?.viewer.partner;
  const canEdit = viewer.role === 'PARTNER_ADMIN';

  return (
    <>
      <PageHeader
        eyebrow="Company profile"
        title={partner?.name ?? viewer.partner?.name ?? 'Your organisation'}
        subtitle={
          partner && (
            <span className="row">
              <TierBadge tier={partner.tier} />
              <StatusBadge status={partner.status} />
              <span className="muted">
                {partnerTypeLabels[partner.type] ?? partner.type} · {regionLabels[partner.region] ?? partner.region}
              </span>
            </span>
          )
        }
        actions={
          partner?.website && (
            <a className="btn" href={websiteHref(partner.website)} target="_blank" rel="noopener noreferrer" data-testid="profile-website">
              <Globe2 size={15} aria-hidden="true" />
              {partner.domain ?? partner.website}
              <ExternalLink size={13} aria-hidden="true" />
            </a>
          )
        }
      />
      {q.isError ? (
        <div className="card">
          <ErrorState error={q.error} onRetry={() => void q.refetch()} />
        </div>
      ) : !partner ? (
        <div className="grid grid-2">
          <SkeletonBlock height={320} />
          <SkeletonBlock height={320} />
        </div>
      ) : (
        <div className="grid grid-2">
          <Card
            title="Public profile"
            hint={canEdit ? 'How the vendor and its sales teams see your organisation.' : 'Your partner admin can change these details.'}
          >
            {canEdit ? <ProfileForm key={partner.id} partner={partner} /> : <ProfileView partner={partner} />}
          </Card>
          <div className="stack">
            <Preferences key={q.data?.viewer.id} preferredLanguage={q.data?.viewer.preferredLanguage} />
            <Card title="Partnership">
              <dl className="dl">
                <dt>Partner type</dt>
                <dd>{partnerTypeLabels[partner.type] ?? partner.type}</dd>
                <dt>Tier</dt>
                <dd>
                  <TierBadge tier={partner.tier} />
                </dd>
                <dt>Status</dt>
                <dd>
                  <StatusBadge status={partner.status} />
                </dd>
                <dt>Region</dt>
                <dd>{regionLabels[partner.region] ?? partner.region}</dd>
                <dt>Agreement signed</dt>
                <dd>{date(partner.contractSignedAt)}</dd>
                <dt>First registered deal</dt>
                <dd>{partner.firstDealAt ? date(partner.firstDealAt) : 'Not yet'}</dd>
                <dt>Partner handle</dt>
                <dd className="mono">{partner.slug}</dd>
              </dl>
            </Card>
            <Card title="Partner account manager">
              {partner.manager ? (
                <div className="person-card">
                  <Avatar name={partner.manager.name} size="lg" />
                  <div style={{ flex: 1, minWidth: 0 }}>
                    <div className="cell-title">{partner.manager.name}</div>
                    <div className="cell-sub">{partner.manager.email}</div>
                  </div>
                  <a className="btn btn-sm" href={`mailto:${partner.manager.email}`}>
                    <Mail size={14} aria-hidden="true" /> E-mail
                  </a>
                </div>
              ) : (
                <p className="muted">No account manager is assigned yet.</p>
              )}
            </Card>
          </div>
        </div>
      )}
    </>
  );
}
