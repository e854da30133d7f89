// How long until (or since) a registration's decision is due.
import { Badge } from '../../ui/Badge';

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

