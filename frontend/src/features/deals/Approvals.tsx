// The channel team's approval queue: registrations waiting for a decision, by due time (overdue
// first; a channel manager's own partners before the rest), with conflicts side by side and the
// decision made in place. Decided items stay where they were, marked, until the page is left.
import { useState } from 'react';
import { AlarmClock, CheckCircle2, ClipboardCheck, Hourglass, ShieldAlert, Timer, XCircle } from 'lucide-react';
import { Link } from 'react-router';
import type { ApprovalQueueQuery } from '../../gql/graphql';
import { count, date, dateTime, money, relative } from '../../lib/format';
import { useGqlQuery } from '../../lib/query';
import { useViewer } from '../../lib/session';
import { usePageTitle } from '../../lib/usePageTitle';
import { Badge, TierBadge } from '../../ui/Badge';
import { ButtonLink } from '../../ui/Button';
import { PageHeader, Stat } from '../../ui/Card';
import { EmptyState, ErrorState, SkeletonBlock } from '../../ui/States';
import { ConflictCompare } from './ConflictNotice';
import { DecisionPanel, type Decision } from './DecisionPanel';
import { DecisionStatsCard } from './DecisionStats';
import { sourceLabel } from './status';
import { ApprovalQueueQueryDoc } from './api/approvals';

type Item = ApprovalQueueQuery['dealApprovalQueue'][number];

type Filter = 'all' | 'overdue' | 'conflicts' | 'mine';

function hoursText(ms: number): string {
  const h = Math.round(Math.abs(ms) / 3_600_000);
  if (h < 1) return 'less than an hour';
  if (h < 48) return h === 1 ? '1 hour' : `${h} hours`;
  const d = Math.round(h / 24);
  return `${d} days`;
}

export function DueBadge({ dueAt, overdue, now }: { dueAt: string; overdue: boolean; now: number }) {
  const ms = new Date(dueAt).getTime() - now;
  if (overdue) {
    return (
      <Badge tone="danger" dot>
        Overdue by {hoursText(ms)}
      </Badge>
    );
  }
  return <Badge tone={ms < 12 * 3_600_000 ? 'warning' : 'neutral'}>Due in {hoursText(ms)}</Badge>;
}

function QueueItem({ item, decided, onDecided, canDecide, now }: { item: Item; decided?: Decision; onDecided: (d: Decision) => void; canDecide: boolean; now: number }) {
  const d = item.deal;
  const conflicts = d.conflicts ?? [];
  const titleId = `q-${d.id}`;
  return (
    <article className={['queue-item', item.overdue && !decided ? 'is-overdue' : '', decided ? 'is-decided' : ''].join(' ')} aria-labelledby={titleId} data-deal-id={d.id}>
      <header className="queue-head">
        <div style={{ minWidth: 0 }}>
          <h2 id={titleId} className="queue-title">
            <Link to={`/deals/${d.id}`}>{d.title}</Link>
          </h2>
          <div className="queue-meta">
            <Link to={`/partners/${d.partner.id}`} className="strong-link">
              {d.partner.name}
            </Link>
            <TierBadge tier={d.partner.tier} />
            {item.managedByViewer && <Badge tone="brand">Your partner</Badge>}
            <span className="muted">· {d.customerName} ({d.customerDomain})</span>
          </div>
        </div>
        <div className="queue-due">
          {!decided && <DueBadge dueAt={item.decisionDueAt} overdue={item.overdue} now={now} />}
          <div className="muted small" title={dateTime(item.decisionDueAt)}>
            due {dateTime(item.decisionDueAt)}
          </div>
        </div>
      </header>
      <div className="queue-facts">
        <div>
          <span className="k">Value</span>
          <span className="v">{money(d.amount, d.currency)}</span>
        </div>
        <div>
          <span className="k">Role</span>
          <span className="v">{sourceLabel[d.source]}</span>
        </div>
        <div>
          <span className="k">Expected close</span>
          <span className="v">{date(d.expectedCloseDate)}</span>
        </div>
        <div>
          <span className="k">Registered</span>
          <span className="v" title={dateTime(d.createdAt)}>
            {relative(d.createdAt, now)} by {d.registeredBy.name}
          </span>
        </div>
      </div>
      {conflicts.length > 0 && !decided && <ConflictCompare deal={d} conflicts={conflicts} compact />}
      <footer className="queue-foot">
        {decided ? (
          <div className={decided.outcome === 'APPROVED' ? 'decided ok' : 'decided no'} role="status">
            {decided.outcome === 'APPROVED' ? <CheckCircle2 size={18} aria-hidden="true" /> : <XCircle size={18} aria-hidden="true" />}
            <span>
              {decided.outcome === 'APPROVED' ? (
                <>
                  <strong>Approved</strong>
                  {decided.deal.protectionExpiresAt ? ` · protected until ${date(decided.deal.protectionExpiresAt)}` : ''}
                  {decided.deal.coSell ? ' · co-sell' : ''}
                </>
              ) : (
                <strong>Rejected</strong>
              )}
            </span>
            <Link to={`/deals/${d.id}`} className="btn btn-sm btn-ghost">
              Open deal
            </Link>
          </div>
        ) : (
          <DecisionPanel deal={d} canDecide={canDecide} onDecided={onDecided} />
        )}
      </footer>
    </article>
  );
}

export default function Approvals() {
  usePageTitle('Approval queue');
  const viewer = useViewer();
  const q = useGqlQuery(ApprovalQueueQueryDoc, {});
  const [filter, setFilter] = useState<Filter>('all');
  // Decided items keep their place (the queue no longer lists them once it refetches).
  const [decided, setDecided] = useState<Map<string, { item: Item; decision: Decision }>>(new Map());
  const [now] = useState(() => Date.now());

  const live = q.data?.dealApprovalQueue ?? [];
  const liveIds = new Set(live.map((i) => i.deal.id));
  const all = [...live, ...[...decided.values()].filter((x) => !liveIds.has(x.item.deal.id)).map((x) => x.item)].sort(
    (a, b) => Number(b.managedByViewer) - Number(a.managedByViewer) || a.decisionDueAt.localeCompare(b.decisionDueAt) || a.deal.id.localeCompare(b.deal.id),
  );
  const waiting = live.filter((i) => !decided.has(i.deal.id));
  const overdue = waiting.filter((i) => i.overdue).length;
  const soon = waiting.filter((i) => !i.overdue && new Date(i.decisionDueAt).getTime() - now < 24 * 3_600_000).length;
  const flagged = waiting.filter((i) => (i.deal.conflicts ?? []).length > 0).length;
  const shown = all.filter((i) => {
    if (decided.has(i.deal.id)) return true;
    switch (filter) {
      case 'overdue':
        return i.overdue;
      case 'conflicts':
        return (i.deal.conflicts ?? []).length > 0;
      case 'mine':
        return i.managedByViewer;
      default:
        return true;
    }
  });
  const canDecide = (i: Item) => viewer.role === 'ADMIN' || i.deal.partner.manager?.id === viewer.id;

  return (
    <>
      <PageHeader
        title="Approval queue"
        subtitle={
          viewer.role === 'CHANNEL_MANAGER'
            ? 'Registrations waiting for a decision: the partners you manage first, then the rest, each by due time.'
            : 'Registrations waiting for a decision, the most urgent first.'
        }
        actions={
          <>
            <a className="btn" href="#decision-stats">
              <Timer size={15} aria-hidden="true" /> Decision times
            </a>
            <ButtonLink to="/deals">All deals</ButtonLink>
          </>
        }
      />
      {q.isError ? (
        <div className="card">
          <ErrorState error={q.error} onRetry={() => void q.refetch()} />
        </div>
      ) : q.isPending ? (
        <div className="stack">
          <div className="grid grid-4">
            {[0, 1, 2, 3].map((i) => (
              <SkeletonBlock key={i} height={104} />
            ))}
          </div>
          <SkeletonBlock height={220} />
          <SkeletonBlock height={220} />
        </div>
      ) : (
        <div className="stack">
          <div className="grid grid-4">
            <Stat label="Waiting" icon={<Hourglass size={16} />} value={count(waiting.length)} foot={live.length >= 100 ? 'The 100 most urgent' : 'Registrations to decide'} />
            <Stat label="Overdue" icon={<AlarmClock size={16} />} value={count(overdue)} foot="Past their decision time" />
            <Stat label="Due within 24 hours" icon={<ClipboardCheck size={16} />} value={count(soon)} foot="Decide these next" />
            <Stat label="With conflicts" icon={<ShieldAlert size={16} />} value={count(flagged)} foot="Need a closer look" />
          </div>
          <div className="row" style={{ justifyContent: 'space-between' }}>
            <div className="segmented" role="group" aria-label="Show">
              {(
                [
                  ['all', 'All'],
                  ['overdue', 'Overdue'],
                  ['conflicts', 'With conflicts'],
                  ...(viewer.role === 'CHANNEL_MANAGER' ? ([['mine', 'My partners']] as const) : []),
                ] as const
              ).map(([k, label]) => (
                <button key={k} type="button" aria-pressed={filter === k} onClick={() => setFilter(k)}>
                  {label}
                </button>
              ))}
            </div>
            {q.isFetching && <span className="muted small">Updating…</span>}
          </div>
          {shown.length === 0 ? (
            <div className="card">
              <EmptyState icon={<CheckCircle2 size={22} />} title={live.length === 0 ? 'Nothing waiting for a decision' : 'Nothing matches this filter'}>
                {live.length === 0 ? 'New registrations appear here as partners submit them.' : 'Try “All”.'}
              </EmptyState>
            </div>
          ) : (
            <div className="queue" aria-label="Registrations waiting for a decision">
              {shown.map((i) => (
                <QueueItem
                  key={i.deal.id}
                  item={i}
                  now={now}
                  canDecide={canDecide(i)}
                  decided={decided.get(i.deal.id)?.decision}
                  onDecided={(decision) => setDecided((m) => new Map(m).set(i.deal.id, { item: i, decision }))}
                />
              ))}
            </div>
          )}
          <div id="decision-stats" className="anchor-target">
            <DecisionStatsCard />
          </div>
        </div>
      )}
    </>
  );
}
