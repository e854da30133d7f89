import type { ReactNode } from 'react';
import { Award } from 'lucide-react';
import { humanize } from '../lib/format';

export type Tone = 'neutral' | 'success' | 'warning' | 'danger' | 'info' | 'brand';

export function Badge({ tone = 'neutral', dot, children }: { tone?: Tone; dot?: boolean; children: ReactNode }) {
  return (
    <span className={tone === 'neutral' ? 'badge' : `badge badge-${tone}`}>
      {dot && <span className="dot" aria-hidden="true" />}
      {children}
    </span>
  );
}

/** The colour of a tier, by rank (1 = entry level); the demo ladder is Registered → Platinum. */
const tierPalette = ['#64748b', '#8e9aaf', '#d4a017', '#5b5bd6'];

export function tierColor(rank: number | null | undefined): string {
  const r = Math.min(Math.max(rank ?? 1, 1), tierPalette.length);
  return tierPalette[r - 1];
}

export function TierBadge({ tier }: { tier: { name: string; rank: number } | null | undefined }) {
  if (!tier) return <Badge>No tier</Badge>;
  return (
    <span className="badge tier-badge" style={{ ['--tier' as string]: tierColor(tier.rank) }}>
      <Award size={12} aria-hidden="true" />
      {tier.name}
    </span>
  );
}

const partnerStatusTone: Record<string, Tone> = {
  ACTIVE: 'success',
  ONBOARDING: 'info',
  SUSPENDED: 'warning',
  CHURNED: 'neutral',
};

const userStatusTone: Record<string, Tone> = {
  ACTIVE: 'success',
  INVITED: 'info',
  DISABLED: 'neutral',
};

export function StatusBadge({ status, kind = 'partner' }: { status: string; kind?: 'partner' | 'user' }) {
  const tone = (kind === 'partner' ? partnerStatusTone : userStatusTone)[status] ?? 'neutral';
  return (
    <Badge tone={tone} dot>
      {humanize(status)}
    </Badge>
  );
}
