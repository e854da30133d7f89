// The approval queue's filters, kept in the URL (so a filtered queue can be shared and survives a
// reload): which registrations (overdue, with or without conflicts), one partner, and a value
// range that always names its currency, since amounts in different currencies do not compare.
import { useState, type FormEvent } from 'react';
import type { DealApprovalQueueWhereInput } from '../../gql/graphql';
import { nodes } from '../../lib/connection';
import { useGqlQuery } from '../../lib/query';
import { Button } from '../../ui/Button';
import { SelectField, TextField } from '../../ui/Field';
import { QueuePartnersQuery } from './api/approvals';

export const SHOW = [
  ['all', 'All'],
  ['overdue', 'Overdue'],
  ['conflicts', 'With conflicts'],
  ['clean', 'Without conflicts'],
] as const;

export type Show = (typeof SHOW)[number][0];

// Currencies with cents: the range is typed in major units.
export const CURRENCIES = ['USD', 'EUR', 'GBP', 'CAD', 'AUD', 'CHF'];

/** Minor units of a decimal amount typed in major units ("1,250.50" → 125050); null when empty or not a number. */
export function minorUnits(text: string | null): number | null {
  if (!text) return null;
  const n = Number(text.replace(/[,\s]/g, ''));
  return Number.isFinite(n) && n >= 0 ? Math.round(n * 100) : null;
}

/** The server filter the URL's parameters ask for. */
export function whereFrom(p: URLSearchParams): DealApprovalQueueWhereInput {
  const where: DealApprovalQueueWhereInput = {};
  const show = p.get('show');
  if (show === 'overdue') where.overdue = true;
  if (show === 'conflicts') where.hasConflicts = true;
  if (show === 'clean') where.hasConflicts = false;
  const partner = p.get('partner');
  if (partner) where.partnerId = partner;
  const currency = p.get('currency');
  if (currency) {
    where.currency = currency;
    const min = minorUnits(p.get('min'));
    const max = minorUnits(p.get('max'));
    if (min != null) where.minAmount = min;
    if (max != null) where.maxAmount = max;
  }
  return where;
}

export function QueueFilters({ params, onChange }: { params: URLSearchParams; onChange: (set: Record<string, string | null>) => void }) {
  const partners = useGqlQuery(QueuePartnersQuery, {});
  const [currency, setCurrency] = useState(params.get('currency') ?? '');
  const [min, setMin] = useState(params.get('min') ?? '');
  const [max, setMax] = useState(params.get('max') ?? '');
  const show = (params.get('show') ?? 'all') as Show;
  const apply = (e: FormEvent) => {
    e.preventDefault();
    onChange({ currency: currency || null, min: currency && min ? min : null, max: currency && max ? max : null });
  };
  return (
    <div className="queue-filters">
      <div className="segmented" role="group" aria-label="Show">
        {SHOW.map(([k, label]) => (
          <button key={k} type="button" aria-pressed={show === k} onClick={() => onChange({ show: k === 'all' ? null : k })}>
            {label}
          </button>
        ))}
      </div>
      <SelectField label="Partner" value={params.get('partner') ?? ''} onChange={(e) => onChange({ partner: e.target.value || null })}>
        <option value="">All partners</option>
        {nodes(partners.data?.partners).map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </SelectField>
      <form className="queue-value" onSubmit={apply} aria-label="Value">
        <SelectField label="Currency" value={currency} onChange={(e) => setCurrency(e.target.value)}>
          <option value="">Any</option>
          {CURRENCIES.map((c) => (
            <option key={c}>{c}</option>
          ))}
        </SelectField>
        <TextField label="Value from" inputMode="decimal" value={min} disabled={!currency} onChange={(e) => setMin(e.target.value)} hint={currency ? undefined : 'Pick a currency'} />
        <TextField label="Value to" inputMode="decimal" value={max} disabled={!currency} onChange={(e) => setMax(e.target.value)} />
        <Button type="submit" size="sm">
          Apply
        </Button>
      </form>
    </div>
  );
}
