import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../test/utils';
import { QueueTable, type QueueItemData } from './QueueTable';
import { minorUnits, whereFrom } from './QueueFilters';
import { UNDO_SECONDS, UndoToast } from './UndoToast';

function item(id: string, title: string, conflicts = 0, overdue = false): QueueItemData {
  return {
    decisionDueAt: '2026-12-07T10:00:00Z',
    overdue,
    managedByViewer: true,
    deal: {
      id,
      title,
      customerName: `${title} Inc.`,
      customerDomain: `${id}.test`,
      contactEmail: `x@${id}.test`,
      amount: 1_250_000_50,
      currency: 'EUR',
      source: 'SOURCED',
      createdAt: '2026-12-01T10:00:00Z',
      expectedCloseDate: '2027-02-01',
      partner: { id: 'prt_1', name: 'Acme Reseller', tier: null, manager: { id: 'usr_pam', name: 'Pam' } },
      registeredBy: { id: 'usr_s', name: 'Sam' },
      conflicts: Array.from({ length: conflicts }, (_, n) => ({
        id: `dcf_${id}_${n}`,
        kind: 'SIMILAR_NAME',
        score: 0.9,
        blocking: false,
        reason: 'close name',
        detail: null,
        conflictingPartner: null,
        conflictingDeal: null,
        matchedAccount: null,
      })),
    },
  } as unknown as QueueItemData;
}

describe('QueueTable', () => {
  it('lets only registrations without conflicts be chosen, and the header chooses all of those', () => {
    const onSelect = vi.fn();
    renderWithProviders(
      <QueueTable
        items={[item('d1', 'Rollout'), item('d2', 'Clash', 2), item('d3', 'Renewal', 0, true)]}
        now={Date.parse('2026-12-06T10:00:00Z')}
        decided={new Map()}
        selected={new Set(['d1'])}
        canDecide={() => true}
        onSelect={onSelect}
      />,
    );
    const table = screen.getByRole('table', { name: 'Registrations waiting for a decision' });
    expect(within(table).getByRole('checkbox', { name: 'Choose Rollout (Rollout Inc.)' })).toBeChecked();
    const clash = within(table).getByRole('checkbox', { name: 'Choose Clash (Clash Inc.)' });
    expect(clash).toBeDisabled();
    expect(clash).toHaveAttribute('title', 'Has 2 conflicts: decide it on its own');
    expect(within(table).getByText('2 conflicts')).toBeInTheDocument();
    expect(table).toHaveTextContent('€1,250,000.50');
    fireEvent.click(within(table).getByRole('checkbox', { name: 'Choose every registration without conflicts on this page' }));
    expect(onSelect).toHaveBeenCalledWith(['d1', 'd3'], true);
  });

  it('does not offer registrations the viewer may not decide', () => {
    renderWithProviders(
      <QueueTable items={[item('d1', 'Rollout')]} now={0} decided={new Map()} selected={new Set()} canDecide={() => false} onSelect={() => {}} />,
    );
    expect(screen.getByRole('checkbox', { name: 'Choose Rollout (Rollout Inc.)' })).toBeDisabled();
  });
});

describe('queue filters in the URL', () => {
  it('turn into the server filter, a value range only with its currency', () => {
    expect(whereFrom(new URLSearchParams('show=overdue&partner=prt_1'))).toEqual({ overdue: true, partnerId: 'prt_1' });
    expect(whereFrom(new URLSearchParams('show=clean&currency=EUR&min=1,000&max=2500.5'))).toEqual({
      hasConflicts: false,
      currency: 'EUR',
      minAmount: 100_000,
      maxAmount: 250_050,
    });
    expect(whereFrom(new URLSearchParams('show=conflicts&min=5'))).toEqual({ hasConflicts: true });
    expect(minorUnits('abc')).toBeNull();
  });
});

describe('UndoToast', () => {
  it('offers Undo for the rest of the minute, then goes', async () => {
    vi.useFakeTimers();
    try {
      let clock = 1_000_000;
      const onUndo = vi.fn(() => Promise.resolve());
      const onClose = vi.fn();
      renderWithProviders(<UndoToast offer={{ key: 1, at: clock, message: 'Approved “Rollout”', onUndo }} onClose={onClose} now={() => clock} />);
      expect(screen.getByTestId('undo-toast')).toHaveTextContent(`Approved “Rollout” · undo for ${UNDO_SECONDS} s`);
      clock += 15_000;
      act(() => void vi.advanceTimersByTime(1000));
      expect(screen.getByTestId('undo-toast')).toHaveTextContent('undo for 45 s');
      fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
      expect(onUndo).toHaveBeenCalledTimes(1);
      clock += 60_000;
      act(() => void vi.advanceTimersByTime(1000));
      expect(onClose).toHaveBeenCalled();
      expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });
});
