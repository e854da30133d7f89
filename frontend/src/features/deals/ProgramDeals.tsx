// The deal half of the program dashboard: the queue at a glance, pipeline by tier and by partner
// type (one currency at a time), registration volume with the approval rate per week, and the
// win rate.
import { AlarmClock, ArrowRight, ClipboardCheck, Percent, TrendingUp, Trophy } from 'lucide-react';
import { Link } from 'react-router';
import type { PartnerType } from '../../gql/graphql';
import { PipelineChart, TrendChart, WinRateChart, type TrendPoint } from '../../ui/charts';
import { count, partnerTypeLabels, percent } from '../../lib/format';
import { useGqlQuery } from '../../lib/query';
import { sortByRank } from '../../lib/tiers';
import { tierColor } from '../../ui/Badge';
import { Card, Stat } from '../../ui/Card';
import { EmptyState, ErrorState, SkeletonBlock } from '../../ui/States';
import { CurrencySwitch, OtherCurrencies, useCurrency } from './CurrencySwitch';
import { currenciesOf, pointsFor, totalIn } from './figures';
import { DAY, daysAgo, useMountTime } from './status';
import { nodes } from '../../lib/connection';
import { ProgramDealFiguresQuery } from './api/programDeals';

/** Monday 00:00 UTC of the week `weeks` weeks before now's week. */
function mondayWeeksAgo(now: number, weeks: number): string {
  const d = new Date(now);
  d.setUTCHours(0, 0, 0, 0);
  const back = (d.getUTCDay() + 6) % 7;
  return new Date(d.getTime() - (back + weeks * 7) * DAY).toISOString();
}

const shortDay = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' });

/** Every week from `fromIso` to now, zero where nothing was registered. */
function weekPoints(fromIso: string, now: number, weeks: readonly { weekStart: string; registered: number; approved: number; rejected: number; approvalRate: number }[]): TrendPoint[] {
  const byStart = new Map(weeks.map((w) => [new Date(w.weekStart).toISOString().slice(0, 10), w]));
  const out: TrendPoint[] = [];
  for (let t = new Date(fromIso).getTime(); t <= now; t += 7 * DAY) {
    const key = new Date(t).toISOString().slice(0, 10);
    const w = byStart.get(key);
    const decided = (w?.approved ?? 0) + (w?.rejected ?? 0);
    out.push({
      label: shortDay.format(new Date(t)),
      registered: w?.registered ?? 0,
      approved: w?.approved ?? 0,
      rejected: w?.rejected ?? 0,
      approvalRate: decided ? (w?.approvalRate ?? 0) : null,
    });
  }
  return out;
}

export function ProgramDeals() {
  const now = useMountTime();
  const vars = { from: daysAgo(now, 365), to: new Date(now + 60_000).toISOString(), weeksFrom: mondayWeeksAgo(now, 25) };
  const q = useGqlQuery(ProgramDealFiguresQuery, vars);
  const d = q.data;
  const figures = [...(d?.byTier ?? []), ...(d?.byType ?? [])];
  const currencies = currenciesOf(figures);
  const [currency, setCurrency] = useCurrency(currencies);

  if (q.isError) {
    return (
      <div className="card">
        <ErrorState error={q.error} onRetry={() => void q.refetch()} />
      </div>
    );
  }
  if (!d) {
    return (
      <div className="stack">
        <div className="grid grid-4">
          {[0, 1, 2, 3].map((i) => (
            <SkeletonBlock key={i} height={110} />
          ))}
        </div>
        <div className="grid grid-2">
          <SkeletonBlock height={320} />
          <SkeletonBlock height={320} />
        </div>
      </div>
    );
  }

  const tiers = sortByRank(nodes(d.tiers));
  const tierKeys = [
    ...tiers.map((t) => ({ key: t.id, label: t.name, color: tierColor(t.rank) })),
    ...(d.byTier.some((f) => f.key === '') ? [{ key: '', label: 'No tier', color: '#cbd0dc' }] : []),
  ];
  const tierPoints = pointsFor(d.byTier, currency, tierKeys);
  const typeKeys = [...new Set(d.byType.map((f) => f.key))].map((k) => ({ key: k, label: partnerTypeLabels[k as PartnerType] ?? k, color: '#6366f1' }));
  const typePoints = pointsFor(d.byType, currency, typeKeys)
    .filter((p) => p.count > 0)
    .sort((a, b) => b.amount - a.amount);
  const weeks = weekPoints(vars.weeksFrom, now, d.trend);
  const last4 = weeks.slice(-4).reduce((n, w) => n + w.registered, 0);
  const last12 = weeks.slice(-12);
  const approved12 = last12.reduce((n, w) => n + w.approved, 0);
  const decided12 = approved12 + last12.reduce((n, w) => n + w.rejected, 0);
  const overdue = d.overdueQueue.totalCount;
  const waiting = d.queue.totalCount;
  const total = totalIn(d.byTier, currency);
  const wr = d.winRate;

  return (
    <div className="stack">
      {waiting > 0 && (
        <div className={overdue ? 'alert alert-warning' : 'alert alert-info'} role="status">
          <ClipboardCheck size={18} aria-hidden="true" />
          <div className="row" style={{ flex: 1, justifyContent: 'space-between' }}>
            <div>
              <div className="alert-title">
                {waiting === 1 ? '1 deal registration is' : `${count(waiting)} deal registrations are`} waiting for a
                decision
              </div>
              <div className="alert-body">{overdue ? `${count(overdue)} past their due time.` : 'All within their due time.'}</div>
            </div>
            <Link to="/approvals" className="btn btn-sm btn-primary">
              Open the queue
            </Link>
          </div>
        </div>
      )}
      <div className="section-head">
        <div>
          <h2>Deal registration</h2>
          <p className="muted">
            Registrations submitted in the last 12 months
            {currencies.length ? `: ${count(total.count)} in ${currency}` : ''}. Amounts are never added across currencies.
          </p>
        </div>
        <CurrencySwitch currencies={currencies} value={currency} onChange={setCurrency} label="Pipeline currency" />
      </div>
      <div className="grid grid-4">
        <Stat
          label="Waiting for a decision"
          icon={<AlarmClock size={16} />}
          value={count(waiting)}
          foot={
            <Link to="/approvals" className="row" style={{ gap: 4 }}>
              {overdue ? `${count(overdue)} overdue` : 'None overdue'} <ArrowRight size={12} aria-hidden="true" />
            </Link>
          }
        />
        <Stat label="Registrations, last 4 weeks" icon={<TrendingUp size={16} />} value={count(last4)} foot={`${count(weeks.reduce((n, w) => n + w.registered, 0))} in 26 weeks`} />
        <Stat
          label="Approval rate, last 12 weeks"
          icon={<Percent size={16} />}
          value={decided12 ? percent(approved12 / decided12) : '—'}
          foot={`${count(approved12)} approved of ${count(decided12)} decided`}
        />
        <Stat
          label="Win rate, 12 months"
          icon={<Trophy size={16} />}
          value={wr.won + wr.lost ? percent(wr.winRate) : '—'}
          foot={wr.won + wr.lost ? `${count(wr.won)} won · ${count(wr.lost)} lost · ${Math.round(wr.averageDaysToClose)} days to close` : 'Nothing closed yet'}
        />
      </div>
      {currencies.length === 0 ? (
        <div className="card">
          <EmptyState title="No deal registrations in the last 12 months">Charts appear here as partners register deals.</EmptyState>
        </div>
      ) : (
        <div className="grid grid-2">
          <Card title="Pipeline by tier" hint={`Value registered in ${currency}, by the partner’s tier.`}>
            <PipelineChart data={tierPoints} currency={currency} label="Pipeline by tier" />
            <OtherCurrencies currencies={currencies} shown={currency} />
          </Card>
          <Card title="Pipeline by partner type" hint={`Value registered in ${currency}, by how partners go to market.`}>
            <PipelineChart data={typePoints} currency={currency} label="Pipeline by partner type" layout="horizontal-bars" />
            <OtherCurrencies currencies={currencies} shown={currency} />
          </Card>
        </div>
      )}
      <div className="grid grid-3-1">
        <Card title="Registrations and approval rate per week" hint="Bars: registrations submitted each week. Line: the share of that week’s decided registrations that were approved.">
          <TrendChart data={weeks} label="Registrations and approval rate per week" />
          <div className="legend" aria-hidden="true">
            <span>
              <i style={{ background: '#c7d2fe' }} />
              Registered
            </span>
            <span>
              <i style={{ background: '#079455' }} />
              Approval rate
            </span>
          </div>
        </Card>
        <Card title="Win rate" hint="Registrations closed in the last 12 months.">
          {wr.won + wr.lost === 0 ? (
            <EmptyState title="Nothing closed yet" />
          ) : (
            <>
              <WinRateChart won={wr.won} lost={wr.lost} winRate={wr.winRate} />
              <dl className="dl compact" style={{ marginTop: 8 }}>
                <dt>Won</dt>
                <dd>{count(wr.won)}</dd>
                <dt>Lost</dt>
                <dd>{count(wr.lost)}</dd>
                <dt>Average time to close</dt>
                <dd>{Math.round(wr.averageDaysToClose)} days</dd>
              </dl>
            </>
          )}
        </Card>
      </div>
    </div>
  );
}
