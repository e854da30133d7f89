import { useState } from 'react';
import { Pencil, Plus } from 'lucide-react';
import type { CreateTierInput } from '../../gql/graphql';
import { isVendor } from '../../lib/roles';
import { TierBenefitsChart } from '../../ui/charts';
import { ApiError } from '../../lib/errors';
import { count, money, percentBps } from '../../lib/format';
import { useGqlMutation, useGqlQuery } from '../../lib/query';
import { useViewer } from '../../lib/session';
import { sortByRank, type Tier } from '../../lib/tiers';
import { usePageTitle } from '../../lib/usePageTitle';
import { Badge, tierColor } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { Card, PageHeader } from '../../ui/Card';
import { Dialog } from '../../ui/Dialog';
import { TextAreaField, TextField } from '../../ui/Field';
import { EmptyState, ErrorAlert, ErrorState, SkeletonBlock } from '../../ui/States';
import { useToast } from '../../ui/Toast';
import { nodes } from '../../lib/connection';
import { CreateTierMutation, TiersQuery, UpdateTierMutation } from './api/tiers';

type TierWithCount = Tier & { partners: { totalCount: number } };

interface TierForm {
  name: string;
  rank: string;
  description: string;
  currency: string;
  minRevenue: string;
  minWonDeals: string;
  minCertifiedPeople: string;
  minApprovedRegistrations: string;
  windowDays: string;
  requiresManualCheck: boolean;
  discountPct: string;
  rebatePct: string;
  mdf: string;
  protectionDays: string;
  benefits: string;
}

function toForm(t?: Tier, nextRank = 1): TierForm {
  return {
    name: t?.name ?? '',
    rank: String(t?.rank ?? nextRank),
    description: t?.description ?? '',
    currency: t?.currency ?? 'USD',
    minRevenue: t ? String(t.minRevenueT12m / 100) : '0',
    minWonDeals: String(t?.minWonDeals ?? 0),
    minCertifiedPeople: String(t?.minCertifiedPeople ?? 0),
    minApprovedRegistrations: String(t?.minApprovedRegistrations ?? 0),
    windowDays: String(t?.windowDays ?? 365),
    requiresManualCheck: t?.requiresManualCheck ?? false,
    discountPct: t ? String(t.discountBps / 100) : '0',
    rebatePct: t ? String(t.rebateBps / 100) : '0',
    mdf: t ? String(t.mdfQuarterlyAllowance / 100) : '0',
    protectionDays: String(t?.dealProtectionDays ?? 90),
    benefits: (t?.benefits ?? []).join('\n'),
  };
}

type Errors = Partial<Record<keyof TierForm, string>>;

/** Validates the form and converts it to the API's units (cents, basis points). */
function fromForm(f: TierForm): { input?: CreateTierInput; errors: Errors } {
  const errors: Errors = {};
  const num = (k: Exclude<keyof TierForm, 'requiresManualCheck'>, label: string, opts: { int?: boolean; max?: number } = {}) => {
    const raw = f[k].trim().replace(/,/g, '');
    const n = Number(raw);
    if (raw === '' || !Number.isFinite(n) || n < 0) {
      errors[k] = `Enter ${label} as a number of 0 or more.`;
      return 0;
    }
    if (opts.int && !Number.isInteger(n)) errors[k] = `Enter ${label} as a whole number.`;
    if (opts.max !== undefined && n > opts.max) errors[k] = `${label[0].toUpperCase() + label.slice(1)} can be at most ${opts.max}.`;
    return n;
  };
  if (!f.name.trim()) errors.name = 'Give the tier a name.';
  const rank = num('rank', 'the rank', { int: true });
  if (!errors.rank && rank < 1) errors.rank = 'The rank starts at 1.';
  if (!/^[A-Za-z]{3}$/.test(f.currency.trim())) errors.currency = 'Use a three-letter ISO code such as USD or EUR.';
  const input: CreateTierInput = {
    name: f.name.trim(),
    rank,
    description: f.description.trim(),
    currency: f.currency.trim().toUpperCase(),
    minRevenueT12m: Math.round(num('minRevenue', 'the revenue requirement') * 100),
    minWonDeals: num('minWonDeals', 'the won deals requirement', { int: true }),
    minCertifiedPeople: num('minCertifiedPeople', 'the certified people requirement', { int: true }),
    minApprovedRegistrations: num('minApprovedRegistrations', 'the approved registrations requirement', { int: true }),
    windowDays: num('windowDays', 'the window', { int: true, max: 1095 }),
    requiresManualCheck: f.requiresManualCheck,
    discountBps: Math.round(num('discountPct', 'the discount', { max: 100 }) * 100),
    rebateBps: Math.round(num('rebatePct', 'the rebate', { max: 100 }) * 100),
    mdfQuarterlyAllowance: Math.round(num('mdf', 'the MDF allowance') * 100),
    dealProtectionDays: num('protectionDays', 'the protection period', { int: true }),
    benefits: f.benefits
      .split('\n')
      .map((s) => s.trim())
      .filter(Boolean),
  };
  return Object.keys(errors).length ? { errors } : { input, errors };
}

const serverFieldToForm: Record<string, keyof TierForm> = {
  name: 'name',
  rank: 'rank',
  description: 'description',
  currency: 'currency',
  minRevenueT12m: 'minRevenue',
  minWonDeals: 'minWonDeals',
  minCertifiedPeople: 'minCertifiedPeople',
  minApprovedRegistrations: 'minApprovedRegistrations',
  windowDays: 'windowDays',
  discountBps: 'discountPct',
  rebateBps: 'rebatePct',
  mdfQuarterlyAllowance: 'mdf',
  dealProtectionDays: 'protectionDays',
  benefits: 'benefits',
};

function TierDialog({ tier, nextRank, onClose }: { tier?: Tier; nextRank: number; onClose: () => void }) {
  const [form, setForm] = useState<TierForm>(() => toForm(tier, nextRank));
  const [errors, setErrors] = useState<Errors>({});
  const create = useGqlMutation(CreateTierMutation);
  const update = useGqlMutation(UpdateTierMutation);
  const toast = useToast();
  const m = tier ? update : create;
  const set = (k: keyof TierForm) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [k]: e.target.value }));

  const serverErrors: Errors = {};
  if (m.error instanceof ApiError) {
    for (const fe of m.error.fieldErrors) {
      const k = serverFieldToForm[fe.field];
      if (k) serverErrors[k] = fe.message;
    }
  }
  const err = (k: keyof TierForm) => errors[k] ?? serverErrors[k];
  const unplacedError = m.error && !(m.error instanceof ApiError && m.error.fieldErrors.some((fe) => serverFieldToForm[fe.field]));

  function submit() {
    const { input, errors } = fromForm(form);
    setErrors(errors);
    if (!input) return;
    const done = (name: string) => {
      toast(tier ? `${name} saved` : `${name} created`);
      onClose();
    };
    if (tier) update.mutate({ input: { id: tier.id, ...input } }, { onSuccess: (d) => done(d.updateTier.tier.name) });
    else create.mutate({ input }, { onSuccess: (d) => done(d.createTier.tier.name) });
  }

  return (
    <Dialog
      open
      onClose={onClose}
      title={tier ? `Edit ${tier.name}` : 'New tier'}
      description="Requirements decide who qualifies; benefits are what partners at this tier get."
      onSubmit={submit}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" loading={m.isPending}>
            {tier ? 'Save changes' : 'Create tier'}
          </Button>
        </>
      }
    >
      <div className="stack" style={{ gap: 16 }}>
        {unplacedError && <ErrorAlert error={m.error} />}
        <div className="form-grid">
          <TextField label="Name" required value={form.name} onChange={set('name')} error={err('name')} />
          <TextField label="Rank" hint="Higher is better; unique." required inputMode="numeric" value={form.rank} onChange={set('rank')} error={err('rank')} />
          <TextAreaField className="full" label="Description" value={form.description} onChange={set('description')} error={err('description')} rows={2} />
          <TextField label="Currency" hint="Of the revenue requirement and MDF." value={form.currency} onChange={set('currency')} error={err('currency')} maxLength={3} />
          <TextField label="Won revenue, trailing 12 months" hint={`In ${form.currency || 'currency'} units.`} inputMode="decimal" value={form.minRevenue} onChange={set('minRevenue')} error={err('minRevenue')} />
          <TextField label="Won deals, trailing 12 months" inputMode="numeric" value={form.minWonDeals} onChange={set('minWonDeals')} error={err('minWonDeals')} />
          <TextField label="Certified people" inputMode="numeric" value={form.minCertifiedPeople} onChange={set('minCertifiedPeople')} error={err('minCertifiedPeople')} />
          <TextField label="Approved registrations in the window" inputMode="numeric" value={form.minApprovedRegistrations} onChange={set('minApprovedRegistrations')} error={err('minApprovedRegistrations')} />
          <TextField label="Window (days)" hint="Of the revenue, won deal and registration requirements." inputMode="numeric" value={form.windowDays} onChange={set('windowDays')} error={err('windowDays')} />
          <label className="full" style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
            <input type="checkbox" checked={form.requiresManualCheck} onChange={(e) => setForm((f) => ({ ...f, requiresManualCheck: e.target.checked }))} /> The channel team confirms a
            check for each partner (e.g. a joint business plan)
          </label>
          <TextField label="Discount (%)" inputMode="decimal" value={form.discountPct} onChange={set('discountPct')} error={err('discountPct')} />
          <TextField label="Rebate (%)" inputMode="decimal" value={form.rebatePct} onChange={set('rebatePct')} error={err('rebatePct')} />
          <TextField label="MDF per quarter" hint={`In ${form.currency || 'currency'} units.`} inputMode="decimal" value={form.mdf} onChange={set('mdf')} error={err('mdf')} />
          <TextField label="Deal protection (days)" inputMode="numeric" value={form.protectionDays} onChange={set('protectionDays')} error={err('protectionDays')} />
          <TextAreaField className="full" label="Further benefits" hint="One per line." value={form.benefits} onChange={set('benefits')} error={err('benefits')} rows={4} />
        </div>
      </div>
    </Dialog>
  );
}

function TierCard({ tier, current, vendor, onEdit }: { tier: TierWithCount; current: boolean; vendor: boolean; onEdit?: () => void }) {
  return (
    <article className={current ? 'card tier-card is-current' : 'card tier-card'} style={{ ['--tier' as string]: tierColor(tier.rank) }} aria-labelledby={`tier-${tier.id}`}>
      <div className="tier-top" />
      <div className="card-body">
        <div className="row" style={{ justifyContent: 'space-between' }}>
          <h3 id={`tier-${tier.id}`}>{tier.name}</h3>
          <div className="row">
            {current && <Badge tone="brand">Your tier</Badge>}
            {vendor && <Badge>{count(tier.partners.totalCount)} partners</Badge>}
          </div>
        </div>
        {tier.description && (
          <p className="muted" style={{ marginTop: 6, fontSize: '0.88rem' }}>
            {tier.description}
          </p>
        )}
        <div className="section-label">Requirements</div>
        <div className="kv">
          <span>Won revenue ({tier.windowDays} days)</span>
          <span>{tier.minRevenueT12m ? money(tier.minRevenueT12m, tier.currency) : 'None'}</span>
        </div>
        <div className="kv">
          <span>Won deals ({tier.windowDays} days)</span>
          <span>{count(tier.minWonDeals)}</span>
        </div>
        <div className="kv">
          <span>Certified people</span>
          <span>{count(tier.minCertifiedPeople)}</span>
        </div>
        <div className="kv">
          <span>Approved registrations ({tier.windowDays} days)</span>
          <span>{count(tier.minApprovedRegistrations)}</span>
        </div>
        {tier.requiresManualCheck && (
          <div className="kv">
            <span>Channel team check</span>
            <span>Required</span>
          </div>
        )}
        <div className="section-label">Benefits</div>
        <div className="kv">
          <span>Discount</span>
          <span>{percentBps(tier.discountBps)}</span>
        </div>
        <div className="kv">
          <span>Rebate</span>
          <span>{percentBps(tier.rebateBps)}</span>
        </div>
        <div className="kv">
          <span>MDF per quarter</span>
          <span>{money(tier.mdfQuarterlyAllowance, tier.currency)}</span>
        </div>
        <div className="kv">
          <span>Deal protection</span>
          <span>{tier.dealProtectionDays} days</span>
        </div>
        {(tier.benefits?.length ?? 0) > 0 && (
          <ul style={{ margin: '12px 0 0', paddingLeft: 18, color: 'var(--text-soft)', fontSize: '0.88rem', display: 'grid', gap: 4 }}>
            {tier.benefits!.map((b) => (
              <li key={b}>{b}</li>
            ))}
          </ul>
        )}
      </div>
      {onEdit && (
        <div className="card-footer">
          <span className="muted" style={{ fontSize: '0.8rem' }}>
            Rank {tier.rank}
          </span>
          <Button size="sm" onClick={onEdit} icon={<Pencil size={14} aria-hidden="true" />} aria-label={`Edit ${tier.name}`}>
            Edit
          </Button>
        </div>
      )}
    </article>
  );
}

export default function Tiers() {
  usePageTitle('Tiers & benefits');
  const viewer = useViewer();
  const vendor = isVendor(viewer.role);
  const admin = viewer.role === 'ADMIN';
  const q = useGqlQuery(TiersQuery, {});
  const [editing, setEditing] = useState<Tier | 'new' | null>(null);
  const tiers = sortByRank(nodes(q.data?.tiers)) as TierWithCount[];
  const currentRank = q.data?.viewer.partner?.tier?.rank;
  const nextRank = tiers.length ? Math.max(...tiers.map((t) => t.rank)) + 1 : 1;

  return (
    <>
      <PageHeader
        title="Tiers & benefits"
        subtitle={
          vendor
            ? 'The levels of your partner program: what partners must achieve, and what each level gives them.'
            : 'Every level of the program: what it takes to qualify and what it unlocks.'
        }
        actions={
          admin && (
            <Button variant="primary" icon={<Plus size={16} aria-hidden="true" />} onClick={() => setEditing('new')}>
              New tier
            </Button>
          )
        }
      />
      {q.isError ? (
        <div className="card">
          <ErrorState error={q.error} onRetry={() => void q.refetch()} />
        </div>
      ) : q.isPending ? (
        <div className="stack">
          <SkeletonBlock height={300} />
          <SkeletonBlock height={300} />
        </div>
      ) : tiers.length === 0 ? (
        <div className="card">
          <EmptyState
            title="No tiers yet"
            action={
              admin && (
                <Button variant="primary" onClick={() => setEditing('new')}>
                  Create the first tier
                </Button>
              )
            }
          >
            Tiers reward partners for performance with better margins, funds and protection.
          </EmptyState>
        </div>
      ) : (
        <div className="stack">
          <Card title="Margin by tier" hint="Discount off list price and rebate on won revenue.">
            <TierBenefitsChart tiers={tiers} currentRank={currentRank} />
          </Card>
          <div className="tier-cards">
            {tiers.map((t) => (
              <TierCard key={t.id} tier={t} current={t.rank === currentRank} vendor={vendor} onEdit={admin ? () => setEditing(t) : undefined} />
            ))}
          </div>
        </div>
      )}
      {editing && <TierDialog tier={editing === 'new' ? undefined : editing} nextRank={nextRank} onClose={() => setEditing(null)} />}
    </>
  );
}
