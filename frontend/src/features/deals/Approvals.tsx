// The channel team's approval queue: registrations waiting for a decision, by due time (a channel
// manager's own partners before the rest), a page at a time, as cards with conflicts side by side
// and the decision made in place, or as a compact table to approve many registrations without
// conflicts at once. Filters and the view live in the URL. Decided items stay where they were,
// marked, until the page is left, and a decision can be undone for a minute.
import { useCallback, useState } from 'react';
import { AlarmClock, CheckCircle2, ClipboardCheck, Hourglass, LayoutList, ShieldAlert, Table2, Timer, XCircle } from 'lucide-react';
import { Link, useSearchParams } from 'react-router';
import { ApiError } from '../../lib/errors';
import { count, date, dateTime, money, relative } from '../../lib/format';
import { useGqlMutation, useGqlQuery } from '../../lib/query';
import { useViewer } from '../../lib/session';
import { usePageTitle } from '../../lib/usePageTitle';
import { Badge, TierBadge } from '../../ui/Badge';
import { Button, ButtonLink } from '../../ui/Button';
import { PageHeader, Stat } from '../../ui/Card';
import { ErrorAlert, EmptyState, ErrorState, SkeletonBlock } from '../../ui/States';
import { ExportButton } from '../../ui/ExportButton';
import { Pagination } from '../../ui/Table';
import { ConflictCompare } from './ConflictNotice';
import { DecisionPanel, type Decision } from './DecisionPanel';
import { DecisionStatsCard } from './DecisionStats';
import { QueueFilters, whereFrom } from './QueueFilters';
import { QueueTable, type QueueItemData } from './QueueTable';
import { DueBadge } from './DueBadge';
import { sourceLabel } from './status';
import { UndoToast, type UndoOffer } from './UndoToast';
import { ApprovalQueueQueryDoc, ApproveDealsMutation, UndoDealDecisionMutation } from './api/approvals';

export type Item = QueueItemData;

/** Registrations per page of the queue; the conflicts nested in each keep a larger page over the complexity limit. */
export const QUEUE_PAGE = 20;

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

type Page = { after?: string; before?: string };

export default function Approvals() {
  usePageTitle('Approval queue');
  const viewer = useViewer();
  const [params, setParams] = useSearchParams();
  const table = params.get('view') === 'table';
  const filterKey = ['show', 'partner', 'currency', 'min', 'max'].map((k) => params.get(k) ?? '').join('|');
  const rangeKey = ['currency', 'min', 'max'].map((k) => params.get(k) ?? '').join('|');
  const [page, setPage] = useState<{ key: string; at: Page; index: number }>({ key: filterKey, at: {}, index: 0 });
  const at = page.key === filterKey ? page.at : {};
  const index = page.key === filterKey ? page.index : 0;
  const where = whereFrom(params);
  const vars = at.before ? { last: QUEUE_PAGE, before: at.before, where } : { first: QUEUE_PAGE, after: at.after, where };
  const q = useGqlQuery(ApprovalQueueQueryDoc, vars, { keepPrevious: true });
  // Decided items keep their place (the queue no longer lists them once it refetches).
  const [decided, setDecided] = useState<Map<string, { item: Item; decision: Decision; page: string }>>(new Map());
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [undo, setUndo] = useState<UndoOffer | null>(null);
  const [bulkError, setBulkError] = useState<unknown>(null);
  const [now] = useState(() => Date.now());
  const approveMany = useGqlMutation(ApproveDealsMutation);
  const undoDecision = useGqlMutation(UndoDealDecisionMutation);
  const closeUndo = useCallback(() => setUndo(null), []);

  const update = (set: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(set)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setParams(next, { replace: true });
  };

  const conn = q.data?.dealApprovalQueue;
  const live = (conn?.edges ?? []).map((e) => e.node);
  const liveIds = new Set(live.map((i) => i.deal.id));
  // A decided item stays on the page it was decided on.
  const pageKey = `${filterKey}#${at.after ?? ''}#${at.before ?? ''}`;
  const shown = [...live, ...[...decided.values()].filter((x) => !liveIds.has(x.item.deal.id) && x.page === pageKey).map((x) => x.item)].sort(
    (a, b) => Number(b.managedByViewer) - Number(a.managedByViewer) || a.decisionDueAt.localeCompare(b.decisionDueAt) || a.deal.id.localeCompare(b.deal.id),
  );
  const waiting = live.filter((i) => !decided.has(i.deal.id));
  const soon = waiting.filter((i) => !i.overdue && new Date(i.decisionDueAt).getTime() - now < 24 * 3_600_000).length;
  const canDecide = (i: Item) => viewer.role === 'ADMIN' || i.deal.partner.manager?.id === viewer.id;
  const filtered = filterKey !== '||||';

  const offerUndo = (items: Item[], message: string) => {
    setUndo({
      key: Date.now(),
      at: Date.now(),
      message,
      onUndo: async () => {
        for (const i of items) {
          await undoDecision.mutateAsync({ input: { id: i.deal.id } });
        }
        setDecided((m) => {
          const next = new Map(m);
          items.forEach((i) => next.delete(i.deal.id));
          return next;
        });
      },
    });
  };

  const onDecided = (i: Item, decision: Decision) => {
    setDecided((m) => new Map(m).set(i.deal.id, { item: i, decision, page: pageKey }));
    offerUndo([i], `${decision.outcome === 'APPROVED' ? 'Approved' : 'Rejected'} “${i.deal.title}”`);
  };

  const chosen = shown.filter((i) => selected.has(i.deal.id) && !decided.has(i.deal.id));
  const approveChosen = async () => {
    setBulkError(null);
    try {
      const res = await approveMany.mutateAsync({ input: { ids: chosen.map((i) => i.deal.id) } });
      const byId = new Map(res.approveDeals.deals.map((d) => [d.id, d]));
      setDecided((m) => {
        const next = new Map(m);
        for (const i of chosen) {
          const d = byId.get(i.deal.id);
          if (d) next.set(i.deal.id, { item: i, page: pageKey, decision: { outcome: 'APPROVED', deal: { ...d, coSell: false, decidedAt: new Date().toISOString() } } });
        }
        return next;
      });
      setSelected(new Set());
      offerUndo(chosen, chosen.length === 1 ? `Approved “${chosen[0].deal.title}”` : `Approved ${count(chosen.length)} registrations`);
    } catch (e) {
      setBulkError(e instanceof ApiError || e instanceof Error ? e : new Error(String(e)));
    }
  };

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
            <div className="segmented" role="group" aria-label="View">
              <button type="button" aria-pressed={!table} onClick={() => update({ view: null })}>
                <LayoutList size={15} aria-hidden="true" /> Cards
              </button>
              <button type="button" aria-pressed={table} onClick={() => update({ view: 'table' })}>
                <Table2 size={15} aria-hidden="true" /> Table
              </button>
            </div>
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
            <Stat label="Waiting" icon={<Hourglass size={16} />} value={count(q.data.waiting.totalCount)} foot="Registrations to decide" />
            <Stat label="Overdue" icon={<AlarmClock size={16} />} value={count(q.data.overdue.totalCount)} foot="Past their decision time" />
            <Stat label="Due within 24 hours" icon={<ClipboardCheck size={16} />} value={count(soon)} foot="On this page; decide these next" />
            <Stat label="With conflicts" icon={<ShieldAlert size={16} />} value={count(q.data.conflicted.totalCount)} foot="Need a closer look" />
          </div>
          {/* Remounted only when the URL's value range changes (back, a shared link): choosing
              what to show or a partner keeps a range typed but not yet applied. */}
          <QueueFilters key={rangeKey} params={params} onChange={update} />
          <div className="row" style={{ justifyContent: 'space-between' }}>
            <span className="muted small" aria-live="polite">
              {filtered ? `${count(conn?.totalCount ?? 0)} match the filters` : `${count(conn?.totalCount ?? 0)} waiting`}
              {q.isFetching && ' · Updating…'}
            </span>
            {table && (
              <Button variant="primary" size="sm" disabled={chosen.length === 0} loading={approveMany.isPending} onClick={() => void approveChosen()}>
                <CheckCircle2 size={15} aria-hidden="true" /> {chosen.length ? `Approve ${count(chosen.length)} without conflicts` : 'Choose registrations to approve'}
              </Button>
            )}
          </div>
          {bulkError != null && <ErrorAlert error={bulkError} />}
          {shown.length === 0 ? (
            <div className="card">
              <EmptyState icon={<CheckCircle2 size={22} />} title={filtered ? 'Nothing matches these filters' : 'Nothing waiting for a decision'}>
                {filtered ? 'Try “All”, or another partner or value.' : 'New registrations appear here as partners submit them.'}
              </EmptyState>
            </div>
          ) : table ? (
            <QueueTable
              items={shown}
              now={now}
              decided={decided}
              selected={selected}
              canDecide={canDecide}
              onSelect={(ids, on) =>
                setSelected((s) => {
                  const next = new Set(s);
                  ids.forEach((id) => (on ? next.add(id) : next.delete(id)));
                  return next;
                })
              }
            />
          ) : (
            <div className="queue" aria-label="Registrations waiting for a decision">
              {shown.map((i) => (
                <QueueItem key={i.deal.id} item={i} now={now} canDecide={canDecide(i)} decided={decided.get(i.deal.id)?.decision} onDecided={(d) => onDecided(i, d)} />
              ))}
            </div>
          )}
          {conn && (conn.pageInfo.hasNextPage || conn.pageInfo.hasPreviousPage || index > 0) && (
            <Pagination
              from={index * QUEUE_PAGE + 1}
              to={index * QUEUE_PAGE + live.length}
              total={conn.totalCount}
              hasPrevious={index > 0}
              hasNext={conn.pageInfo.hasNextPage || Boolean(at.before)}
              busy={q.isFetching}
              noun="registrations"
              onPrevious={() => setPage({ key: filterKey, at: index <= 1 ? {} : { before: conn.pageInfo.startCursor ?? undefined }, index: index - 1 })}
              onNext={() => setPage({ key: filterKey, at: { after: conn.pageInfo.endCursor ?? undefined }, index: index + 1 })}
            />
          )}
          {conn && conn.totalCount > 0 && (
            <ExportButton
              csv={{
                list: 'dealApprovalQueue',
                fields: [
                  'deal.title',
                  'deal.customerName',
                  'deal.customerDomain',
                  'deal.amount',
                  'deal.currency',
                  'deal.partner.name',
                  'deal.registeredBy.name',
                  'deal.createdAt',
                  'decisionDueAt',
                  'overdue',
                  'managedByViewer',
                ],
                where,
              }}
            />
          )}
          <div id="decision-stats" className="anchor-target">
            <DecisionStatsCard />
          </div>
        </div>
      )}
      <UndoToast key={undo?.key} offer={undo} onClose={closeUndo} />
    </>
  );
}
