// What the deal lifecycle's values mean to people: labels, colours and one-line explanations.
import { useState } from 'react';
import type { DealConflictKind, DealSource, DealStatus } from '../../gql/graphql';
import { Badge, type Tone } from '../../ui/Badge';
import { inOrder } from '../../lib/format';

export const statusLabel: Record<DealStatus, string> = {
  SUBMITTED: 'Submitted',
  APPROVED: 'Approved',
  REJECTED: 'Rejected',
  WITHDRAWN: 'Withdrawn',
  WON: 'Won',
  LOST: 'Lost',
  EXPIRED: 'Expired',
};

const statusTone: Record<DealStatus, Tone> = {
  SUBMITTED: 'info',
  APPROVED: 'success',
  REJECTED: 'danger',
  WITHDRAWN: 'neutral',
  WON: 'brand',
  LOST: 'warning',
  EXPIRED: 'neutral',
};

/** Chart colours per status, in the order of the lifecycle. */
export const statusColor: Record<DealStatus, string> = {
  SUBMITTED: '#38bdf8',
  APPROVED: '#6366f1',
  WON: '#079455',
  LOST: '#f79009',
  REJECTED: '#f04438',
  WITHDRAWN: '#9aa2b5',
  EXPIRED: '#cbd0dc',
};

/** Every status, in the order of the lifecycle (filters, legends). */
export const dealStatuses: DealStatus[] = inOrder(statusColor);

export const statusMeaning: Record<DealStatus, string> = {
  SUBMITTED: 'Waiting for the channel team’s decision.',
  APPROVED: 'Approved: the customer is protected for you until the date shown.',
  REJECTED: 'Not approved; the channel team’s note says why.',
  WITHDRAWN: 'Withdrawn; it no longer protects the customer.',
  WON: 'Won: counts toward your tier.',
  LOST: 'Lost.',
  EXPIRED: 'The protection window ended before the deal closed.',
};

/** The same, as the channel team reads it: the protection is the partner's, not the reader's. */
export const vendorStatusMeaning: Record<DealStatus, string> = {
  ...statusMeaning,
  SUBMITTED: 'Waiting for a decision by the partner’s channel manager.',
  APPROVED: 'Approved: the customer is protected for the partner until the date shown.',
  WON: 'Won: counts toward the partner’s tier.',
};

export function DealStatusBadge({ status, testId }: { status: DealStatus; testId?: string }) {
  return (
    <span data-status={status} data-testid={testId} className="status-badge">
      <Badge tone={statusTone[status]} dot>
        {statusLabel[status]}
      </Badge>
    </span>
  );
}

export const sourceLabel: Record<DealSource, string> = {
  SOURCED: 'Partner-sourced',
  INFLUENCED: 'Partner-influenced',
};

export const conflictKindLabel: Record<DealConflictKind, string> = {
  SAME_DOMAIN: 'Same customer domain',
  SIMILAR_NAME: 'Similar company name',
  EMAIL_DOMAIN: 'Contact’s e-mail domain',
  DIRECT_ACCOUNT: 'Direct sales account',
};

/** Active registrations still hold the customer; the rest are final. */
export function isActive(status: DealStatus): boolean {
  return status === 'SUBMITTED' || status === 'APPROVED';
}

/** "now" fixed when a screen mounts (to the minute), so time-based query variables stay stable. */
export function useMountTime(): number {
  const [now] = useState(() => Math.floor(Date.now() / 60_000) * 60_000);
  return now;
}

export const DAY = 86_400_000;

/** The ISO timestamp `days` days before `now`, at the start of that UTC day. */
export function daysAgo(now: number, days: number): string {
  const d = new Date(now - days * DAY);
  d.setUTCHours(0, 0, 0, 0);
  return d.toISOString();
}

/** The first instant of the month `months` months before now's month (UTC). */
export function monthsAgo(now: number, months: number): string {
  const d = new Date(now);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - months, 1)).toISOString();
}
