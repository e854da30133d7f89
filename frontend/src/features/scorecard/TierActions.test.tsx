import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { gqlError, mockGraphQL, renderWithProviders } from '../../test/utils';
import { TierCheckAction } from './Scorecard';
import { RejectTierChangeDialog } from './TierChanges';

afterEach(() => vi.unstubAllGlobals());
vi.setConfig({ testTimeout: 20_000 });

const platinum = { tierId: 'tir_4', name: 'Platinum' };
const acme = { partnerId: 'prt_1', partnerName: 'Acme Reseller' };

describe('the channel team’s tier check', () => {
  it('confirms the check after asking, and says so', async () => {
    const { sent } = mockGraphQL(() => ({ body: { data: { setTierCheck: { partner: { id: 'prt_1' }, tierChecks: ['tir_4'] } } } }));
    renderWithProviders(<TierCheckAction tier={platinum} passed={false} target={acme} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Confirm Acme Reseller’s check for Platinum' }));
    // Nothing is sent before the confirmation.
    expect(sent).toHaveLength(0);
    const dialog = screen.getByRole('dialog', { name: 'Confirm Acme Reseller’s check for Platinum?' });
    await user.click(within(dialog).getByRole('button', { name: 'Confirm check' }));
    await waitFor(() => expect(screen.getByText('Platinum’s check confirmed for Acme Reseller')).toBeInTheDocument());
    expect(sent.map((r) => r.operationName)).toEqual(['SetTierCheck']);
    expect(sent[0].variables).toEqual({ input: { partnerId: 'prt_1', tierId: 'tir_4', passed: true } });
  });

  it('withdraws a confirmed check', async () => {
    const { sent } = mockGraphQL(() => ({ body: { data: { setTierCheck: { partner: { id: 'prt_1' }, tierChecks: [] } } } }));
    renderWithProviders(<TierCheckAction tier={platinum} passed target={acme} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Withdraw Acme Reseller’s check for Platinum' }));
    const dialog = screen.getByRole('dialog', { name: /Withdraw/ });
    await user.click(within(dialog).getByRole('button', { name: 'Withdraw check' }));
    await waitFor(() => expect(screen.getByText('Platinum’s check withdrawn for Acme Reseller')).toBeInTheDocument());
    expect(sent[0].variables).toEqual({ input: { partnerId: 'prt_1', tierId: 'tir_4', passed: false } });
  });

  it('explains a refusal in plain words and keeps the dialog open', async () => {
    mockGraphQL(() => ({ body: gqlError('FORBIDDEN', 'only the partner’s channel manager or an admin may do this') }));
    renderWithProviders(<TierCheckAction tier={platinum} passed={false} target={acme} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Confirm Acme Reseller’s check for Platinum' }));
    const dialog = screen.getByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Confirm check' }));
    await waitFor(() => expect(within(dialog).getByRole('alert')).toHaveTextContent('You don’t have access to this'));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Reference for support: req-test-123');
  });
});

describe('rejecting a proposed upgrade', () => {
  const change = { id: 'tch_1', partnerName: 'Globex MSP', toTierName: 'Gold' };

  it('asks for the reason before sending', async () => {
    const { sent } = mockGraphQL(() => ({ body: { data: { rejectTierChange: { change: { id: 'tch_1', status: 'REJECTED', decisionNote: 'x' } } } } }));
    const onClose = vi.fn();
    renderWithProviders(<RejectTierChangeDialog change={change} onClose={onClose} />);
    const user = userEvent.setup();
    expect(screen.getByRole('dialog', { name: 'Reject Globex MSP for Gold?' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Reject upgrade' }));
    expect(screen.getByLabelText(/^Reason/)).toHaveAttribute('aria-invalid', 'true');
    expect(sent).toHaveLength(0);

    await user.type(screen.getByLabelText(/^Reason/), '  Enablement plan not complete  ');
    await user.click(screen.getByRole('button', { name: 'Reject upgrade' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(sent[0].operationName).toBe('RejectTierChange');
    expect(sent[0].variables).toEqual({ input: { id: 'tch_1', note: 'Enablement plan not complete' } });
    expect(screen.getByText('Upgrade of Globex MSP to Gold rejected')).toBeInTheDocument();
  });

  it('shows why the server refused, in plain words', async () => {
    mockGraphQL(() => ({ body: gqlError('CONFLICT', 'the tier change was decided meanwhile') }));
    const onClose = vi.fn();
    renderWithProviders(<RejectTierChangeDialog change={change} onClose={onClose} />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText(/^Reason/), 'Not yet');
    await user.click(screen.getByRole('button', { name: 'Reject upgrade' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('The tier change was decided meanwhile.'));
    expect(onClose).not.toHaveBeenCalled();
  });
});
