// The deal half of a partner's dashboard: what needs attention and the pipeline by status and by
// month (one currency at a time).
import { AlarmClock, ArrowRight, CalendarCheck, CheckCircle2, Plus, ShieldAlert, ShieldCheck } from 'lucide-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { PipelineChart } from '../../ui/charts';
import { count, day, daysUntil, money, relative } from '../../lib/format';
import { useGqlQuery } from '../../lib/query';

import { ButtonLink } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { EmptyState, ErrorState, SkeletonBlock } from '../../ui/States';
import { CurrencySwitch, OtherCurrencies, useCurrency } from './CurrencySwitch';
import { currenciesOf, monthKeys, pointsFor, totalIn, type Figure } from './figures';
import { DAY, daysAgo, dealStatuses, monthsAgo, statusColor, statusLabel, useMountTime } from './status';
import { nodes } from '../../lib/connection';
import { PartnerDealFiguresQuery } from './api/partnerDealsOverview';

function AttentionItem({ to, icon, tone, title, meta, action }: { to: string; icon: ReactNode; tone: string; title: string; meta: ReactNode; action: string }) {
  return (
    <li className={`attention-item tone-${tone}`}>
      <span className="attention-icon" aria-hidden="true">
        {icon}
      </span>
      <div className="attention-text">
        <Link to={to} className="cell-title">
          {title}
        </Link>
        <div className="cell-sub">{meta}</div>
      </div>
      <Link to={to} className="btn btn-sm btn-ghost attention-action" tabIndex={-1} aria-hidden="true">
        {action}
      </Link>
    </li>
  );
}

export function PartnerDealsOverview({ scopeLabel }: { scopeLabel: string }) {
  const now = useMountTime();
  const vars = {
    from: daysAgo(now, 365),
    monthsFrom: monthsAgo(now, 11),
    to: new Date(now + 60_000).toISOString(),
    now: new Date(now).toISOString(),
    soon: new Date(now + 14 * DAY).toISOString(),
    today: daysAgo(now, 0),
  };
  const q = useGqlQuery(PartnerDealFiguresQuery, vars);
  const d = q.data;
  const byStatus: Figure[] = d?.byStatus ?? [];
  const byMonth: Figure[] = d?.byMonth ?? [];
  const currencies = currenciesOf([...byStatus, ...byMonth]);
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
      <div className="grid grid-2">
        <SkeletonBlock height={300} />
        <SkeletonBlock height={300} />
      </div>
    );
  }

  // At most six, the most pressing first: protection running out, outcomes to record, decisions.
  const MAX = 6;
  const expiring = nodes(d.expiring).slice(0, MAX);
  const pastClose = nodes(d.pastClose).slice(0, MAX - expiring.length);
  const awaiting = nodes(d.awaiting).slice(0, MAX - expiring.length - pastClose.length);
  const attention = d.expiring.totalCount + d.awaiting.totalCount + d.pastClose.totalCount;
  const total = totalIn(byStatus, currency);
  const statusPoints = pointsFor(
    byStatus,
    currency,
    dealStatuses.map((s) => ({ key: s, label: statusLabel[s], color: statusColor[s] })),
  );
  const months = monthKeys(vars.monthsFrom, now);
  const monthPoints = pointsFor(byMonth, currency, months);
  const nothing = byStatus.length === 0;

  return (
    <>
      <div className="grid grid-2 align-start">
        <Card
          title="Needs your attention"
          hint={attention ? `${count(attention)} ${attention === 1 ? 'deal' : 'deals'} to look at` : undefined}
          actions={
            <ButtonLink to="/deals/new" size="sm" variant="primary" icon={<Plus size={14} aria-hidden="true" />}>
              Register a deal
            </ButtonLink>
          }
          className="attention-card"
        >
          <div className="glance">
            <Link to="/deals?status=SUBMITTED" className="glance-item">
              <span className="glance-value">{count(d.awaiting.totalCount)}</span>
              <span className="glance-label">awaiting a decision</span>
            </Link>
            <Link to="/deals?status=APPROVED" className="glance-item">
              <span className="glance-value">{count(d.protectedNow.totalCount)}</span>
              <span className="glance-label">protected now</span>
            </Link>
            <Link to="/deals?status=WON" className="glance-item">
              <span className="glance-value">{count(d.wonYear.totalCount)}</span>
              <span className="glance-label">won in 12 months</span>
            </Link>
          </div>
          {attention === 0 ? (
            <div className="all-clear">
              <CheckCircle2 size={20} aria-hidden="true" />
              <div>
                <strong>Nothing needs you right now</strong>
                <span>No protection ends in the next 14 days and no registration is waiting for a decision.</span>
              </div>
            </div>
          ) : (
            <ul className="attention" data-testid="attention-list">
              {expiring.map((x) => {
                const left = daysUntil(x.protectionExpiresAt!, now);
                const asked = (x.extensions ?? []).some((e) => e.status === 'PENDING');
                return (
                  <AttentionItem
                    key={x.id}
                    to={`/deals/${x.id}`}
                    tone="warning"
                    icon={<ShieldAlert size={16} />}
                    title={x.title}
                    meta={
                      <>
                        {x.customerName} · protection ends {left <= 1 ? 'tomorrow' : `in ${left} days`} ({day(x.protectionExpiresAt)})
                        {asked && ' · extension requested'}
                      </>
                    }
                    action={asked ? 'View' : 'Extend'}
                  />
                );
              })}
              {pastClose.map((x) => (
                <AttentionItem
                  key={x.id}
                  to={`/deals/${x.id}`}
                  tone="info"
                  icon={<CalendarCheck size={16} />}
                  title={x.title}
                  meta={
                    <>
                      {x.customerName} · was expected to close {day(x.expectedCloseDate)}: record the outcome
                    </>
                  }
                  action="Record"
                />
              ))}
              {awaiting.map((x) => {
                const flagged = (x.conflicts ?? []).length > 0;
                const overdue = new Date(x.decisionDueAt).getTime() < now;
                return (
                  <AttentionItem
                    key={x.id}
                    to={`/deals/${x.id}`}
                    tone={flagged ? 'warning' : 'neutral'}
                    icon={flagged ? <ShieldAlert size={16} /> : <AlarmClock size={16} />}
                    title={x.title}
                    meta={
                      <>
                        {x.customerName} · awaiting decision, {overdue ? 'was due' : 'due'} {relative(x.decisionDueAt, now)}
                        {flagged && ' · overlaps with another claim'}
                      </>
                    }
                    action="View"
                  />
                );
              })}
              {attention > expiring.length + pastClose.length + awaiting.length && (
                <li className="attention-more">
                  <Link to={d.expiring.totalCount > expiring.length ? '/deals?status=APPROVED&sort=PROTECTION_EXPIRES_AT&dir=ASC' : '/deals?status=SUBMITTED&sort=DECISION_DUE_AT&dir=ASC'}>
                    {count(attention - expiring.length - pastClose.length - awaiting.length)} more in your deals <ArrowRight size={13} aria-hidden="true" />
                  </Link>
                </li>
              )}
            </ul>
          )}
        </Card>
        <Card
          title="Pipeline by status"
          hint={nothing ? `${scopeLabel}, registered in the last 12 months.` : `${scopeLabel}: ${count(total.count)} ${total.count === 1 ? 'registration' : 'registrations'} worth ${money(total.amount, currency)} in ${currency}, last 12 months.`}
          actions={<CurrencySwitch currencies={currencies} value={currency} onChange={setCurrency} label="Pipeline currency" />}
        >
          {nothing ? (
            <EmptyState icon={<ShieldCheck size={22} />} title="No registrations in the last 12 months" action={<ButtonLink to="/deals/new">Register a deal</ButtonLink>}>
              Your pipeline appears here as you register deals.
            </EmptyState>
          ) : (
            <>
              <PipelineChart data={statusPoints} currency={currency} label="Pipeline by status" layout="horizontal-bars" labelWidth={84} />
              <div className="split-bar" aria-label={`Partner-sourced ${money(total.sourcedAmount, currency)}, partner-influenced ${money(total.influencedAmount, currency)}`} role="img">
                <span style={{ flexGrow: total.sourcedAmount || 0.0001 }} className="sourced" />
                <span style={{ flexGrow: total.influencedAmount || 0.0001 }} className="influenced" />
              </div>
              <div className="split-legend">
                <span>
                  <i className="sourced" /> Partner-sourced <strong>{money(total.sourcedAmount, currency)}</strong>
                </span>
                <span>
                  <i className="influenced" /> Partner-influenced <strong>{money(total.influencedAmount, currency)}</strong>
                </span>
              </div>
              <OtherCurrencies currencies={currencies} shown={currency} />
            </>
          )}
        </Card>
      </div>
      {!nothing && (
        <Card
          title="Registrations by month"
          hint={`Value registered each month in ${currency}, partner-sourced and partner-influenced.`}
          actions={<CurrencySwitch currencies={currencies} value={currency} onChange={setCurrency} label="Monthly pipeline currency" />}
        >
          <PipelineChart data={monthPoints} currency={currency} label="Registrations by month" split />
          <div className="legend" aria-hidden="true">
            <span>
              <i style={{ background: '#6366f1' }} />
              Partner-sourced
            </span>
            <span>
              <i style={{ background: '#a5b4fc' }} />
              Partner-influenced
            </span>
          </div>
        </Card>
      )}
    </>
  );
}
