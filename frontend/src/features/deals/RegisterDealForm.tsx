// The deal registration form. Field errors the server reports (BAD_USER_INPUT with
// extensions.field) are shown next to their field; every submission carries an Idempotency-Key, the
// same one for as long as the form's values are unchanged, so a double click or a retry after a
// lost answer returns the first registration instead of creating a second one.
import { useRef, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { DealSource, type RegisterDealInput, type RegisterDealMutation as RegisterDealResult } from '../../gql/graphql';
import { request } from '../../lib/api';
import { ApiError, fieldErrorsFor, sentence } from '../../lib/errors';
import { isoDay, parseMoney } from '../../lib/format';
import { Button } from '../../ui/Button';
import { ChipsField, SelectField, TextAreaField, TextField } from '../../ui/Field';
import { ErrorAlert } from '../../ui/States';
import { MdfActivityField } from './MdfActivityField';
import { RegisterDealMutation } from './api/registerDealForm';

export type RegisteredDeal = RegisterDealResult['registerDeal']['deal'];

export interface DealFormValues {
  customerName: string;
  customerDomain: string;
  contactName: string;
  contactEmail: string;
  title: string;
  description: string;
  amount: string;
  currency: string;
  expectedCloseDate: string;
  products: string[];
  source: DealSource;
  /** The partner's approved MDF request that sourced the deal; '' for none. */
  mdfRequestId: string;
}

export type DealField = keyof DealFormValues;

const fields: DealField[] = [
  'customerName',
  'customerDomain',
  'contactName',
  'contactEmail',
  'title',
  'description',
  'amount',
  'currency',
  'expectedCloseDate',
  'products',
  'source',
  'mdfRequestId',
];

/** The form field a server error names (extensions.field, possibly as "input.amount"). */
export function formFieldOf(field: string | undefined): DealField | undefined {
  if (!field) return undefined;
  const last = field.split('.').pop() ?? field;
  return (fields as string[]).includes(last) ? (last as DealField) : undefined;
}

/** Field errors of a failed submission, by form field; what names no field stays for the alert. */
export function fieldErrorsOf(err: unknown): { byField: Partial<Record<DealField, string>>; general: boolean } {
  return fieldErrorsFor(err, fields);
}

export const commonCurrencies = ['USD', 'EUR', 'GBP', 'CAD', 'AUD', 'CHF', 'JPY', 'SEK', 'NOK', 'DKK', 'PLN', 'SGD', 'INR', 'BRL', 'MXN', 'ZAR'];

let currencyNames: Intl.DisplayNames | null = null;
try {
  currencyNames = new Intl.DisplayNames(undefined, { type: 'currency' });
} catch {
  currencyNames = null;
}
export function currencyName(code: string): string {
  try {
    return currencyNames?.of(code) ?? code;
  } catch {
    return code;
  }
}

/** A new random key (crypto.randomUUID needs a secure context; getRandomValues does not). */
export function newKey(): string {
  const c = globalThis.crypto;
  if (c?.randomUUID) return c.randomUUID();
  const b = new Uint8Array(16);
  c.getRandomValues(b);
  return Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
}

/** One Idempotency-Key per distinct submission: kept while the values stay the same. */
export function useIdempotencyKey() {
  const last = useRef<{ fingerprint: string; key: string } | null>(null);
  return (values: unknown): string => {
    const fingerprint = JSON.stringify(values);
    if (!last.current || last.current.fingerprint !== fingerprint) last.current = { fingerprint, key: newKey() };
    return last.current.key;
  };
}

export function emptyDealValues(): DealFormValues {
  return {
    customerName: '',
    customerDomain: '',
    contactName: '',
    contactEmail: '',
    title: '',
    description: '',
    amount: '',
    currency: 'USD',
    expectedCloseDate: '',
    products: [],
    source: 'SOURCED',
    mdfRequestId: '',
  };
}

/** What can be checked before asking the server (which checks everything again). */
export function checkDealValues(v: DealFormValues, today = isoDay(new Date())): Partial<Record<DealField, string>> {
  const e: Partial<Record<DealField, string>> = {};
  if (!v.customerName.trim()) e.customerName = 'Enter the customer’s company name.';
  if (!v.customerDomain.trim()) e.customerDomain = 'Enter the customer’s web domain, e.g. example.com.';
  if (v.contactEmail.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.contactEmail.trim())) e.contactEmail = 'Enter an e-mail address like name@example.com.';
  if (!v.title.trim()) e.title = 'Give the opportunity a short title.';
  const amount = parseMoney(v.amount, v.currency);
  if (!v.amount.trim()) e.amount = 'Enter the expected value.';
  else if (amount === null) e.amount = `Enter a number like 25000 or 25,000.50 (${v.currency}).`;
  else if (amount <= 0) e.amount = 'The expected value must be more than zero.';
  if (!v.expectedCloseDate) e.expectedCloseDate = 'Choose when you expect the customer to sign.';
  else if (v.expectedCloseDate < today) e.expectedCloseDate = 'The expected close date is in the past.';
  return e;
}

export function toRegisterInput(v: DealFormValues): RegisterDealInput {
  const opt = (s: string) => (s.trim() ? s.trim() : undefined);
  return {
    customerName: v.customerName.trim(),
    customerDomain: v.customerDomain.trim(),
    contactName: opt(v.contactName),
    contactEmail: opt(v.contactEmail),
    title: v.title.trim(),
    description: opt(v.description),
    amount: parseMoney(v.amount, v.currency) ?? 0,
    currency: v.currency,
    expectedCloseDate: v.expectedCloseDate,
    products: v.products.length ? v.products : undefined,
    source: v.source,
    mdfRequestId: v.mdfRequestId || undefined,
  };
}

/** Moves focus to the first field in error, so keyboard and screen reader users land on it. */
function focusFirst(form: HTMLFormElement | null, errs: Partial<Record<DealField, string>>) {
  const first = fields.find((f) => errs[f]);
  if (!first || !form) return;
  const el = form.querySelector<HTMLElement>(`[name="${first}"]`);
  el?.focus();
}

export function RegisterDealForm({
  onRegistered,
  onCancel,
  initial,
}: {
  onRegistered: (deal: RegisteredDeal) => void;
  onCancel?: () => void;
  initial?: Partial<DealFormValues>;
}) {
  const [values, setValues] = useState<DealFormValues>({ ...emptyDealValues(), ...initial });
  const [local, setLocal] = useState<Partial<Record<DealField, string>>>({});
  // Fields changed since the server reported them: their server error no longer applies.
  const [edited, setEdited] = useState<Set<DealField>>(new Set());
  const form = useRef<HTMLFormElement>(null);
  // Set synchronously, so a second click that lands before React re-renders is ignored too.
  const inFlight = useRef(false);
  const keyFor = useIdempotencyKey();
  const qc = useQueryClient();
  const m = useMutation({
    mutationFn: ({ input, key }: { input: RegisterDealInput; key: string }) =>
      request(RegisterDealMutation, { input }, { headers: { 'Idempotency-Key': key } }),
    onSuccess: () => qc.invalidateQueries(),
  });
  const server = fieldErrorsOf(m.error);
  const errorOf = (f: DealField) => local[f] ?? (edited.has(f) ? undefined : server.byField[f]);
  const today = isoDay(new Date());

  const set = <K extends DealField>(k: K, v: DealFormValues[K]) => {
    setValues((x) => ({ ...x, [k]: v }));
    // A corrected field loses its error; the others keep theirs until the next attempt.
    setLocal((x) => (x[k] ? { ...x, [k]: undefined } : x));
    setEdited((x) => (x.has(k) ? x : new Set(x).add(k)));
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (inFlight.current) return; // a second click while the first is on its way
    const errs = checkDealValues(values, today);
    setLocal(errs);
    setEdited(new Set());
    if (Object.values(errs).some(Boolean)) {
      m.reset();
      focusFirst(form.current, errs);
      return;
    }
    const input = toRegisterInput(values);
    inFlight.current = true;
    m.mutate(
      { input, key: keyFor(input) },
      {
        onSettled: () => {
          inFlight.current = false;
        },
        onSuccess: (data) => onRegistered(data.registerDeal.deal),
        onError: (err) => {
          const { byField } = fieldErrorsOf(err);
          // Wait for the errors to render, then put the cursor where the problem is.
          setTimeout(() => focusFirst(form.current, byField), 0);
        },
      },
    );
  };

  const conflict = m.error instanceof ApiError && m.error.code === 'CONFLICT' && !m.error.fieldErrors.length;

  return (
    <form ref={form} noValidate onSubmit={submit} className="stack" aria-label="Register a deal">
      {m.error && server.general && !conflict && <ErrorAlert error={m.error} />}
      {conflict && (
        <div className="alert alert-warning" role="alert">
          <div>
            <div className="alert-title">You already hold this customer</div>
            <div className="alert-body">
              {sentence((m.error as ApiError).message)}{' '}
              <Link to={`/deals?q=${encodeURIComponent(values.customerDomain.trim())}`}>Find it in your deals</Link>
            </div>
          </div>
        </div>
      )}
      <fieldset className="form-section">
        <legend>Customer</legend>
        <p className="form-section-hint">The web domain decides which customer this is: it is how registrations of one customer meet.</p>
        <div className="form-grid">
          <TextField
            label="Company"
            name="customerName"
            required
            autoComplete="off"
            placeholder="e.g. Initech Corporation"
            value={values.customerName}
            onChange={(e) => set('customerName', e.target.value)}
            error={errorOf('customerName')}
            maxLength={200}
          />
          <TextField
            label="Web domain"
            name="customerDomain"
            required
            autoComplete="off"
            spellCheck={false}
            placeholder="initech.com"
            hint="The customer’s own website, not a free e-mail provider."
            value={values.customerDomain}
            onChange={(e) => set('customerDomain', e.target.value)}
            error={errorOf('customerDomain')}
          />
          <TextField
            label="Contact name"
            name="contactName"
            autoComplete="off"
            value={values.contactName}
            onChange={(e) => set('contactName', e.target.value)}
            error={errorOf('contactName')}
            maxLength={200}
          />
          <TextField
            label="Contact e-mail"
            name="contactEmail"
            type="email"
            autoComplete="off"
            spellCheck={false}
            value={values.contactEmail}
            onChange={(e) => set('contactEmail', e.target.value)}
            error={errorOf('contactEmail')}
          />
        </div>
      </fieldset>
      <fieldset className="form-section">
        <legend>Opportunity</legend>
        <div className="form-grid">
          <TextField
            className="full"
            label="Title"
            name="title"
            required
            placeholder="e.g. Platform rollout for 400 seats"
            value={values.title}
            onChange={(e) => set('title', e.target.value)}
            error={errorOf('title')}
            maxLength={200}
          />
          <TextAreaField
            className="full"
            label="Description"
            name="description"
            hint="What the customer needs, who is involved and where you are in the sales cycle."
            value={values.description}
            onChange={(e) => set('description', e.target.value)}
            error={errorOf('description')}
            maxLength={5000}
          />
          <TextField
            label="Expected value"
            name="amount"
            required
            inputMode="decimal"
            autoComplete="off"
            placeholder="25,000"
            hint={`In ${currencyName(values.currency)}.`}
            value={values.amount}
            onChange={(e) => set('amount', e.target.value)}
            error={errorOf('amount')}
          />
          <SelectField label="Currency" name="currency" value={values.currency} onChange={(e) => set('currency', e.target.value)} error={errorOf('currency')}>
            {commonCurrencies.map((c) => (
              <option key={c} value={c}>
                {c} · {currencyName(c)}
              </option>
            ))}
          </SelectField>
          <TextField
            label="Expected close date"
            name="expectedCloseDate"
            type="date"
            required
            min={today}
            value={values.expectedCloseDate}
            onChange={(e) => set('expectedCloseDate', e.target.value)}
            error={errorOf('expectedCloseDate')}
          />
          <ChipsField
            label="Products"
            hint="Press Enter or a comma after each."
            placeholder="e.g. Platform, Analytics"
            value={values.products}
            onChange={(v) => set('products', v)}
            error={errorOf('products')}
          />
          <div className="field full">
            <span className="label" id="source-label">
              Your role in the deal
            </span>
            <div className="choice-cards" role="radiogroup" aria-labelledby="source-label" aria-describedby={errorOf('source') ? 'source-error' : undefined}>
              {(
                [
                  [DealSource.Sourced, 'Partner-sourced', 'You found the opportunity and bring it to us.'],
                  [DealSource.Influenced, 'Partner-influenced', 'The vendor found it; you help win it.'],
                ] as const
              ).map(([v, label, hint]) => (
                <label key={v} className="choice-card">
                  <input type="radio" name="source" value={v} checked={values.source === v} onChange={() => set('source', v)} />
                  <span>
                    <strong>{label}</strong>
                    <span>{hint}</span>
                  </span>
                </label>
              ))}
            </div>
            {errorOf('source') && (
              <div className="error" id="source-error" role="alert">
                {errorOf('source')}
              </div>
            )}
          </div>
          <MdfActivityField className="full" value={values.mdfRequestId} onChange={(id) => set('mdfRequestId', id)} error={errorOf('mdfRequestId')} />
        </div>
      </fieldset>
      <div className="form-actions">
        {onCancel && <Button onClick={onCancel}>Cancel</Button>}
        <Button type="submit" variant="primary" loading={m.isPending}>
          Register deal
        </Button>
      </div>
    </form>
  );
}
