// The approval queue as a compact table: one line per registration, with a checkbox to approve
// several at once. Only registrations without conflicts that the viewer may decide can be chosen;
// a conflict is weighed on its own, in the cards or on the deal's page.
import { CheckCircle2, XCircle } from 'lucide-react';
import { Link } from 'react-router';
import { count, dateTime, money } from '../../lib/format';
import { Badge } from '../../ui/Badge';
import type { ApprovalQueueQuery } from '../../gql/graphql';
import { DueBadge } from './DueBadge';
import type { Decision } from './DecisionPanel';

export type QueueItemData = ApprovalQueueQuery['dealApprovalQueue']['edges'][number]['node'];
type Item = QueueItemData;

/** Why a row cannot be chosen for bulk approval, or '' when it can. */
export function bulkBlocker(i: Item, canDecide: boolean, decided: boolean): string {
  if (decided) return 'Already decided';
  if (!canDecide) return 'Only its channel manager or an admin decides it';
  const n = (i.deal.conflicts ?? []).length;
  if (n > 0) return `Has ${n === 1 ? 'a conflict' : `${count(n)} conflicts`}: decide it on its own`;
  return '';
}

export function QueueTable({
  items,
  now,
  decided,
  selected,
  canDecide,
  onSelect,
}: {
  items: Item[];
  now: number;
  decided: Map<string, { decision: Decision }>;
  selected: Set<string>;
  canDecide: (i: Item) => boolean;
  onSelect: (ids: string[], on: boolean) => void;
}) {
  const eligible = items.filter((i) => !bulkBlocker(i, canDecide(i), decided.has(i.deal.id))).map((i) => i.deal.id);
  const all = eligible.length > 0 && eligible.every((id) => selected.has(id));
  return (
    <div className="card table-wrap">
      <table className="table queue-table" aria-label="Registrations waiting for a decision">
        <thead>
          <tr>
            <th scope="col" className="check">
              <input
                type="checkbox"
                aria-label="Choose every registration without conflicts on this page"
                checked={all}
                disabled={eligible.length === 0}
                onChange={(e) => onSelect(eligible, e.target.checked)}
              />
            </th>
            <th scope="col">Registration</th>
            <th scope="col">Partner</th>
            <th scope="col" className="num">
              Value
            </th>
            <th scope="col">Decision due</th>
            <th scope="col">Conflicts</th>
          </tr>
        </thead>
        <tbody>
          {items.map((i) => {
            const d = i.deal;
            const done = decided.get(d.id)?.decision;
            const blocker = bulkBlocker(i, canDecide(i), Boolean(done));
            const conflicts = (d.conflicts ?? []).length;
            return (
              <tr key={d.id} data-deal-id={d.id} className={done ? 'is-decided' : i.overdue ? 'is-overdue' : undefined}>
                <td className="check">
                  <input
                    type="checkbox"
                    aria-label={`Choose ${d.title} (${d.customerName})`}
                    title={blocker || undefined}
                    disabled={Boolean(blocker)}
                    checked={!blocker && selected.has(d.id)}
                    onChange={(e) => onSelect([d.id], e.target.checked)}
                  />
                </td>
                <td>
                  <Link to={`/deals/${d.id}`} className="strong-link">
                    {d.title}
                  </Link>
                  <div className="muted small">
                    {d.customerName} · {d.customerDomain}
                  </div>
                </td>
                <td>
                  <Link to={`/partners/${d.partner.id}`}>{d.partner.name}</Link>
                  {i.managedByViewer && (
                    <>
                      {' '}
                      <Badge tone="brand">Yours</Badge>
                    </>
                  )}
                </td>
                <td className="num">{money(d.amount, d.currency)}</td>
                <td title={dateTime(i.decisionDueAt)}>
                  {done ? (
                    <span className={done.outcome === 'APPROVED' ? 'decided ok' : 'decided no'}>
                      {done.outcome === 'APPROVED' ? <CheckCircle2 size={15} aria-hidden="true" /> : <XCircle size={15} aria-hidden="true" />}{' '}
                      {done.outcome === 'APPROVED' ? 'Approved' : 'Rejected'}
                    </span>
                  ) : (
                    <DueBadge dueAt={i.decisionDueAt} overdue={i.overdue} now={now} />
                  )}
                </td>
                <td>{conflicts > 0 ? <Badge tone="warning">{conflicts === 1 ? '1 conflict' : `${count(conflicts)} conflicts`}</Badge> : <span className="muted">None</span>}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
