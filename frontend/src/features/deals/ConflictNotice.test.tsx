import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../test/utils';
import { ConflictCompare, ConflictNotice, whyItMatters, type Conflict } from './ConflictNotice';

const sameDomainReason =
  'Another partner registered quantum-parcel.test earlier and that registration is still approved. First to register wins: yours cannot be approved while it stays active, and the channel team will tell you the outcome.';

/** A conflict as the vendor sees it: the partner view must show none of the vendor-only parts. */
function conflict(over: Partial<Conflict> = {}): Conflict {
  return {
    id: 'dcf_1',
    kind: 'SAME_DOMAIN',
    score: 1,
    blocking: true,
    reason: sameDomainReason,
    detail: 'Same web domain quantum-parcel.test as Acme Reseller\'s approved registration "Secret depot rollout" of 26 Nov 2026.',
    conflictingPartner: { id: 'prt_acme', name: 'Acme Reseller' },
    conflictingDeal: {
      id: 'dea_9',
      title: 'Secret depot rollout',
      status: 'APPROVED',
      customerName: 'Quantum Parcel Networks',
      customerDomain: 'quantum-parcel.test',
      contactEmail: 'dana@quantum-parcel.test',
      amount: 4_850_000,
      currency: 'USD',
      createdAt: '2026-11-26T10:00:00Z',
      protectionExpiresAt: '2027-03-26T10:00:00Z',
      registeredBy: { id: 'usr_sam', name: 'Sam Sales' },
    },
    matchedAccount: { id: 'acc_1', name: 'Quantum Parcel Networks', domain: 'quantum-parcel.test', ownerKind: 'PARTNER', directOwner: null },
    ...over,
  };
}

describe('ConflictNotice (the partner’s view)', () => {
  it('says that a conflict exists and why it matters', () => {
    renderWithProviders(<ConflictNotice conflicts={[conflict()]} />);
    const notice = screen.getByTestId('conflict-notice');
    expect(within(notice).getByRole('heading', { name: 'This registration overlaps with an earlier claim on the customer' })).toBeInTheDocument();
    expect(notice).toHaveTextContent(sameDomainReason);
    expect(notice).toHaveTextContent('What this means for you:');
    expect(notice).toHaveTextContent('cannot be approved while the earlier one is active');
    expect(notice).toHaveTextContent('Affects approval');
  });

  it('names nobody, even when handed the vendor’s details', () => {
    const { container } = renderWithProviders(<ConflictNotice conflicts={[conflict()]} />);
    const text = container.textContent ?? '';
    for (const secret of ['Acme', 'Secret depot rollout', 'Sam Sales', 'dea_9', 'dana@', '$48,500']) {
      expect(text).not.toContain(secret);
    }
  });

  it('explains a direct account as a co-sell opportunity and advisory matches as a check', () => {
    renderWithProviders(
      <ConflictNotice
        conflicts={[
          conflict({ id: 'a', kind: 'SIMILAR_NAME', blocking: false, score: 0.92, reason: 'The company name is close to a customer another partner holds.' }),
          conflict({ id: 'b', kind: 'SIMILAR_NAME', blocking: false, score: 0.9, reason: 'The company name is close to a customer another partner holds.' }),
        ]}
      />,
    );
    expect(screen.getByRole('heading', { name: 'The channel team will double-check this customer' })).toBeInTheDocument();
    // The same finding twice reads once, with how many.
    expect(screen.getAllByText('The company name is close to a customer another partner holds.')).toHaveLength(1);
    expect(screen.getByText('2 matches')).toBeInTheDocument();
    expect(whyItMatters({ kind: 'DIRECT_ACCOUNT', blocking: true })).toMatch(/co-sell/);
    expect(whyItMatters({ kind: 'EMAIL_DOMAIN', blocking: false })).toMatch(/does not stop approval/);
  });

  it('shows nothing without conflicts', () => {
    renderWithProviders(<ConflictNotice conflicts={[]} />);
    expect(screen.queryByTestId('conflict-notice')).not.toBeInTheDocument();
  });
});

describe('ConflictCompare (the channel team’s view)', () => {
  it('puts this registration beside the earlier one, with the vendor-only detail', () => {
    renderWithProviders(
      <ConflictCompare
        deal={{
          title: 'Managed monitoring',
          customerName: 'Quantum Parcel',
          customerDomain: 'quantum-parcel.test',
          contactEmail: '',
          amount: 2_200_000,
          currency: 'EUR',
          createdAt: '2026-11-27T10:00:00Z',
          partner: { id: 'prt_globex', name: 'Globex MSP' },
          registeredBy: { name: 'Gary Seller' },
        }}
        conflicts={[conflict()]}
      />,
    );
    const region = screen.getByRole('region', { name: 'Same customer domain conflict' });
    expect(region).toHaveTextContent('Acme Reseller');
    expect(within(region).getByRole('link', { name: 'Secret depot rollout' })).toHaveAttribute('href', '/deals/dea_9');
    expect(region).toHaveTextContent('Blocks approval');
    expect(region).toHaveTextContent('For the channel team');
    expect(region).toHaveTextContent('The partner reads');
    expect(screen.getByText('This registration').parentElement).toHaveTextContent('Globex MSP');
    expect(screen.getByText('This registration').parentElement).toHaveTextContent('€22,000');
  });

  it('marks an earlier registration that is no longer active', () => {
    renderWithProviders(
      <ConflictCompare
        deal={{ title: 'x', customerName: 'Q', customerDomain: 'q.test', contactEmail: '', amount: 1, currency: 'USD', createdAt: '2026-11-27T10:00:00Z', partner: { id: 'p', name: 'Globex MSP' } }}
        conflicts={[conflict({ conflictingDeal: { ...conflict().conflictingDeal!, status: 'WITHDRAWN' } })]}
      />,
    );
    expect(screen.getByText('Earlier one no longer active')).toBeInTheDocument();
    expect(screen.queryByText(/Blocks approval/)).not.toBeInTheDocument();
  });
});
