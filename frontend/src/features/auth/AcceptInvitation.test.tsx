import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { gqlError, mockGraphQL, renderWithProviders } from '../../test/utils';
import AcceptInvitation from './AcceptInvitation';

afterEach(() => vi.unstubAllGlobals());

const preview = (state: string) => ({
  body: {
    data: {
      invitationPreview: {
        email: 'carla@acme-reseller.test',
        organisation: 'Acme Reseller',
        role: 'PARTNER_SALES',
        invitedBy: 'Alice Admin',
        expiresAt: '2030-01-08T10:00:00Z',
        state,
      },
    },
  },
});
const pending = preview('PENDING');

async function fillAndSubmit(password = 'long-enough-pw', confirm = password) {
  await userEvent.type(screen.getByLabelText(/^Full name/), 'Carla Colleague');
  await userEvent.type(screen.getByLabelText(/^Password/), password);
  await userEvent.type(screen.getByLabelText(/^Repeat the password/), confirm);
  await userEvent.click(screen.getByRole('button', { name: 'Create my account' }));
}

describe('AcceptInvitation', () => {
  it('sends the token from the link’s fragment, never asked of the person', async () => {
    const { sent } = mockGraphQL((req) => (req.operationName === 'InvitationPreview' ? pending : { body: gqlError('CONFLICT', 'this invitation was used already') }));
    renderWithProviders(<AcceptInvitation />, { route: '/accept-invitation#token=tok_123' });
    await fillAndSubmit();
    expect(await screen.findByText('This invitation was used already')).toBeInTheDocument();
    const accepted = sent.find((r) => r.operationName === 'AcceptInvitation')!;
    expect(accepted.variables).toEqual({ input: { token: 'tok_123', name: 'Carla Colleague', password: 'long-enough-pw' } });
    expect(accepted.headers['X-PartnerHub-Session']).toBe('cookie');
  });

  it('checks the password before asking the server', async () => {
    const { sent } = mockGraphQL(() => pending);
    renderWithProviders(<AcceptInvitation />, { route: '/accept-invitation#token=tok_123' });
    await fillAndSubmit('short', 'short');
    expect(screen.getByText('Use at least 10 characters.')).toBeInTheDocument();
    expect(sent.filter((r) => r.operationName === 'AcceptInvitation')).toHaveLength(0);
  });

  it('explains an expired link', async () => {
    mockGraphQL((req) => (req.operationName === 'InvitationPreview' ? pending : { body: gqlError('BAD_USER_INPUT', 'the invitation has expired', { field: 'token' }) }));
    renderWithProviders(<AcceptInvitation />, { route: '/accept-invitation#token=tok_old' });
    await fillAndSubmit();
    expect(await screen.findByText('This invitation has expired or was withdrawn')).toBeInTheDocument();
  });

  it('says so when the link has no token', () => {
    mockGraphQL(() => ({ body: {} }));
    renderWithProviders(<AcceptInvitation />, { route: '/accept-invitation' });
    expect(screen.getByText('This link has no invitation in it')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Create my account' })).toBeDisabled();
  });

  it('says which company, address and role the link joins before asking for a password', async () => {
    mockGraphQL(() => pending);
    renderWithProviders(<AcceptInvitation />, { route: '/accept-invitation#token=tok_123' });
    expect(await screen.findByRole('heading', { name: 'Join Acme Reseller on PartnerHub' })).toBeInTheDocument();
    expect(screen.getByText(/Alice Admin invited/)).toHaveTextContent('Alice Admin invited carla@acme-reseller.test to join Acme Reseller as a sales rep.');
    expect(screen.getByRole('button', { name: 'Create my account' })).toBeEnabled();
  });

  it('says a used link is used before anyone types a password', async () => {
    mockGraphQL(() => preview('ACCEPTED'));
    renderWithProviders(<AcceptInvitation />, { route: '/accept-invitation#token=tok_123' });
    expect(await screen.findByText('This invitation was used already')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Create my account' })).toBeDisabled();
  });
});
