import type { DealStatus } from '../../gql/graphql';
import { date, day, daysUntil, relative } from '../../lib/format';

/** The date that matters now: the decision, the protection, the outcome. */
export function KeyDate({
  d,
  now = Date.now(),
}: {
  d: { status: DealStatus; decisionDueAt: string; protectionExpiresAt?: string | null; closedAt?: string | null; expectedCloseDate: string };
  now?: number;
}) {
  switch (d.status) {
    case 'SUBMITTED': {
      const overdue = new Date(d.decisionDueAt).getTime() < now;
      return (
        <span className={overdue ? 'text-warning' : undefined}>
          Decision {overdue ? 'was due' : 'due'} {relative(d.decisionDueAt, now)}
        </span>
      );
    }
    case 'APPROVED': {
      if (!d.protectionExpiresAt) return <span>Approved</span>;
      const left = daysUntil(d.protectionExpiresAt, now);
      return (
        <span className={left <= 14 ? 'text-warning' : undefined}>
          Protected until {date(d.protectionExpiresAt)}
          {left <= 14 && left >= 0 && <span className="cell-sub"> {left === 1 ? '1 day left' : `${left} days left`}</span>}
        </span>
      );
    }
    case 'WON':
    case 'LOST':
      return <span>Closed {day(d.closedAt ?? d.expectedCloseDate)}</span>;
    default:
      return <span className="muted">—</span>;
  }
}

