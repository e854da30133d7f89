import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Tier } from '../../lib/tiers';
import { nextTier } from '../../lib/tiers';
import { renderWithProviders } from '../../test/utils';
import { Ladder, NextTierCard, TierHero } from './PartnerDashboard';

function tier(rank: number, name: string, over: Partial<Tier> = {}): Tier {
  return {
    id: `tie_${rank}`,
    name,
    rank,
    description: `${name} partners`,
    currency: 'USD',
    minRevenueT12m: rank * 100_000_00,
    minWonDeals: rank * 4,
    minCertifiedPeople: rank * 2,
    minApprovedRegistrations: 0,
    requiresManualCheck: false,
    windowDays: 365,
    discountBps: rank * 500,
    rebateBps: rank * 100,
    mdfQuarterlyAllowance: rank * 1_000_00,
    dealProtectionDays: 60 + rank * 30,
    benefits: [`${name} benefit`],
    ...over,
  };
}

const ladder = [tier(1, 'Registered'), tier(2, 'Silver'), tier(3, 'Gold'), tier(4, 'Platinum', { minRevenueT12m: 500_000_000 })];

describe('tier progress', () => {
  it('finds the next tier by rank, or the lowest without one', () => {
    expect(nextTier(ladder, ladder[2])?.name).toBe('Platinum');
    expect(nextTier(ladder, ladder[3])).toBeUndefined();
    expect(nextTier([ladder[2], ladder[0]], null)?.name).toBe('Registered');
  });

  it('shows the current tier’s benefits', () => {
    renderWithProviders(<TierHero tier={ladder[2]} />);
    expect(screen.getByTestId('current-tier')).toHaveTextContent('Gold');
    expect(screen.getByText('15%')).toBeInTheDocument();
    expect(screen.getByText('150 days')).toBeInTheDocument();
  });

  it('lists what the next tier requires and adds', () => {
    renderWithProviders(<NextTierCard current={ladder[2]} next={ladder[3]} />);
    expect(screen.getByRole('heading', { name: 'Reach Platinum' })).toBeInTheDocument();
    const reqs = screen.getByTestId('next-tier-requirements');
    expect(reqs).toHaveTextContent('at least $5,000,000');
    expect(reqs).toHaveTextContent('at least 16');
    expect(reqs).toHaveTextContent('at least 8');
    expect(screen.getByText('+5 pts')).toBeInTheDocument();
    expect(screen.getByText('Platinum benefit')).toBeInTheDocument();
  });

  it('shows what is missing for the next tier from the real figures, one currency at a time', () => {
    renderWithProviders(
      <NextTierCard
        current={ladder[2]}
        next={ladder[3]}
        progress={{
          scope: 'organisation',
          figures: { wonSourced: new Map([['USD', 3_546_353_00], ['EUR', 120_000_00]]), wonDeals: 28, winRate: 0.6, lost: 19 },
        }}
      />,
    );
    const reqs = screen.getByTestId('next-tier-requirements');
    expect(reqs).toHaveTextContent('$3,546,353 of $5,000,000');
    expect(reqs).toHaveTextContent('$1,453,647 to go');
    expect(reqs).toHaveTextContent('28 of 16');
    expect(reqs).toHaveTextContent('Met');
    expect(reqs).toHaveTextContent(/€120,000 won in other currencies, not counted here/);
    expect(reqs).toHaveTextContent('Certifications are not tracked in the portal yet.');
  });

  it('labels a sales rep’s own figures as theirs, without claiming the organisation’s gap', () => {
    renderWithProviders(
      <NextTierCard current={ladder[2]} next={ladder[3]} progress={{ scope: 'own', figures: { wonSourced: new Map(), wonDeals: 2, winRate: 1, lost: 0 } }} />,
    );
    const reqs = screen.getByTestId('next-tier-requirements');
    expect(reqs).toHaveTextContent('Yours: $0 of $5,000,000');
    expect(reqs).not.toHaveTextContent('to go');
    expect(screen.getByText(/Counting the deals you registered/)).toBeInTheDocument();
  });

  it('congratulates a partner on the top tier', () => {
    renderWithProviders(<NextTierCard current={ladder[3]} next={undefined} />);
    expect(screen.getByRole('heading', { name: 'You hold the top tier' })).toBeInTheDocument();
  });

  it('marks the current step of the ladder', () => {
    renderWithProviders(<Ladder tiers={ladder} currentRank={3} />);
    const steps = screen.getAllByRole('listitem');
    expect(steps).toHaveLength(4);
    expect(steps[2]).toHaveAttribute('aria-current', 'true');
    expect(steps[2]).toHaveTextContent('You are here');
  });
});
