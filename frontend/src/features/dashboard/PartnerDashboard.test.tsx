import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../lib/errors';
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

  it('shows the server’s evaluation of each requirement: measured, needed and what is missing', () => {
    const req = (key: string, measured: number, threshold: number, over: Partial<{ currency: string; windowDays: number }> = {}) => ({
      key,
      measured,
      threshold,
      remaining: Math.max(0, threshold - measured),
      met: measured >= threshold,
      currency: '',
      windowDays: 365,
      ...over,
    });
    const result = {
      tierId: 'tie_4',
      name: 'Platinum',
      rank: 4,
      qualified: false,
      requirements: [
        req('WON_REVENUE', 3_546_353_00, 5_000_000_00, { currency: 'USD' }),
        req('WON_DEALS', 28, 16),
        req('APPROVED_REGISTRATIONS', 40, 41),
        req('CERTIFIED_PEOPLE', 1, 8, { windowDays: 0 }),
        req('MANUAL_CHECK', 0, 1, { windowDays: 0 }),
      ],
    };
    renderWithProviders(<NextTierCard current={ladder[2]} next={ladder[3]} progress={{ result }} />);
    const reqs = screen.getByTestId('next-tier-requirements');
    const row = (key: string) => reqs.querySelector(`[data-requirement="${key}"]`);
    expect(row('WON_REVENUE')).toHaveTextContent('Partner-sourced won revenue, last 365 days');
    expect(row('WON_REVENUE')).toHaveTextContent('at least $5,000,000');
    expect(row('WON_REVENUE')).toHaveTextContent('$3,546,353 of $5,000,000');
    expect(row('WON_REVENUE')).toHaveTextContent('$1,453,647 to go');
    expect(row('WON_DEALS')).toHaveTextContent('28 of 16');
    expect(row('WON_DEALS')).toHaveTextContent('Met');
    expect(row('APPROVED_REGISTRATIONS')).toHaveTextContent('1 more approved registration');
    expect(row('CERTIFIED_PEOPLE')).toHaveTextContent('1 of 8');
    expect(row('CERTIFIED_PEOPLE')).toHaveTextContent('7 more certified people');
    expect(row('MANUAL_CHECK')).toHaveTextContent('Awaiting the channel manager’s check');
    expect(reqs).not.toHaveTextContent(/not tracked/);
    expect(screen.getByRole('link', { name: /Your scorecard and what-if/ })).toHaveAttribute('href', '/scorecard');
  });

  it('ignores an evaluation of another tier than the one shown', () => {
    const result = { tierId: 'tie_9', name: 'Diamond', rank: 9, qualified: false, requirements: [] };
    renderWithProviders(<NextTierCard current={ladder[2]} next={ladder[3]} progress={{ result }} />);
    const reqs = screen.getByTestId('next-tier-requirements');
    expect(reqs).toHaveTextContent('at least $5,000,000');
    expect(reqs).not.toHaveTextContent(' of ');
  });

  it('says in plain words when the figures could not be loaded', () => {
    renderWithProviders(
      <NextTierCard current={ladder[2]} next={ladder[3]} progress={{ error: new ApiError('NETWORK', 'Failed to fetch') }} />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('We can’t reach PartnerHub');
    expect(screen.getByTestId('next-tier-requirements')).toHaveTextContent('at least 16');
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
