// How a partner performs (docs/partner-performance.md): the partner list's columns and the
// partner page's card share these pieces.
import { TrendingUp } from 'lucide-react';
import type { PartnerPerformanceFieldsFragment, PartnerRisk } from '../../gql/graphql';
import { count, date, money } from '../../lib/format';
import { Badge, type Tone } from '../../ui/Badge';
import { Card } from '../../ui/Card';
import { EmptyState } from '../../ui/States';

export type Performance = PartnerPerformanceFieldsFragment;

const riskTone: Record<PartnerRisk, Tone> = { LOW: 'success', MEDIUM: 'warning', HIGH: 'danger' };
const riskLabel: Record<PartnerRisk, string> = { LOW: 'Low risk', MEDIUM: 'Medium risk', HIGH: 'High risk' };

/** Amounts of several currencies, one per line: never added together. */
export function MoneyList({ items, empty = '—' }: { items: { currency: string; amount: number }[]; empty?: string }) {
  if (items.length === 0) return <span className="muted">{empty}</span>;
  return (
    <span className="money-list">
      {items.map((m) => (
        <span key={m.currency} className="nowrap">
          {money(m.amount, m.currency, { compact: true })}
        </span>
      ))}
    </span>
  );
}

/** The risk level; its reasons in the title, and visible to screen readers. */
export function RiskBadge({ perf, showReasons = false }: { perf: Performance; showReasons?: boolean }) {
  const reasons = perf.riskReasons.map((r) => r.message);
  return (
    <span className="risk" title={reasons.length ? reasons.join('\n') : 'Nothing calls for attention.'}>
      <Badge tone={riskTone[perf.risk]} dot>
        {riskLabel[perf.risk]}
      </Badge>
      {reasons.length > 0 &&
        (showReasons ? (
          <ul className="risk-reasons">
            {perf.riskReasons.map((r) => (
              <li key={r.code}>{r.message}</li>
            ))}
          </ul>
        ) : (
          <span className="visually-hidden">: {reasons.join(' ')}</span>
        ))}
    </span>
  );
}

/** "3 of 4 for Gold", or the held tier at the top; "Not evaluated yet" before the first evaluation. */
export function tierProgressLabel(perf: Performance): string {
  const t = perf.tierProgress;
  if (!t) return 'Not evaluated yet';
  if (t.nextTierName) return `${t.requirementsMet} of ${t.requirementsTotal} for ${t.nextTierName}`;
  if (t.currentTierName) return `Top tier: ${t.requirementsMet} of ${t.requirementsTotal} kept`;
  return 'No tier';
}

export function TierProgressCell({ perf }: { perf: Performance }) {
  const t = perf.tierProgress;
  if (!t || t.requirementsTotal === 0) return <span className="muted">{tierProgressLabel(perf)}</span>;
  return (
    <div className="tier-progress">
      <meter min={0} max={t.requirementsTotal} value={t.requirementsMet} aria-label={`Tier progress: ${tierProgressLabel(perf)}`} />
      <div className="cell-sub">{tierProgressLabel(perf)}</div>
    </div>
  );
}

/** The partner page's performance card. */
export function PerformanceCard({ perf, name }: { perf: Performance; name: string }) {
  const quiet = perf.openDeals === 0 && perf.wonDeals === 0 && !perf.tierProgress && perf.healthScore == null;
  return (
    <Card title="Performance" labelledBy="partner-performance" hint="Open pipeline, won revenue over the last 12 months, tier progress and risk.">
      {quiet ? (
        <EmptyState icon={<TrendingUp size={22} />} title="No performance yet">
          {name} has no open or won deals, tier evaluation or health score yet.
        </EmptyState>
      ) : (
        <dl className="dl performance-dl">
          <dt>Open pipeline</dt>
          <dd>
            <MoneyList items={perf.openPipeline} empty="No open deals" />
            {perf.openDeals > 0 && <div className="cell-sub">{count(perf.openDeals)} open deals</div>}
          </dd>
          <dt>Won (12 months)</dt>
          <dd>
            <MoneyList items={perf.wonRevenue} empty="Nothing won yet" />
            {perf.wonDeals > 0 && <div className="cell-sub">{count(perf.wonDeals)} deals won</div>}
          </dd>
          <dt>Tier progress</dt>
          <dd>
            <TierProgressCell perf={perf} />
            {perf.tierProgress && <div className="cell-sub">Evaluated {date(perf.tierProgress.evaluatedAt)}</div>}
          </dd>
          <dt>Health score</dt>
          <dd>{perf.healthScore == null ? <span className="muted">Not scored yet</span> : Math.round(perf.healthScore)}</dd>
          <dt>Registrations (90 days)</dt>
          <dd>{count(perf.recentRegistrations)}</dd>
          <dt>Risk</dt>
          <dd>
            <RiskBadge perf={perf} showReasons />
          </dd>
        </dl>
      )}
    </Card>
  );
}
