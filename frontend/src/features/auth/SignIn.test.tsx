import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { gqlError, mockGraphQL, renderWithProviders } from '../../test/utils';
import SignIn from './SignIn';

afterEach(() => vi.unstubAllGlobals());

describe('SignIn', () => {
  it('has labelled fields and asks for what is missing', async () => {
    mockGraphQL(() => ({ body: {} }));
    renderWithProviders(<SignIn />, { route: '/signin' });
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(screen.getByText('Enter your work e-mail address.')).toBeInTheDocument();
    expect(screen.getByLabelText('Work e-mail')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Work e-mail')).toHaveFocus();
    expect(screen.getByText('Enter your password.')).toBeInTheDocument();
  });

  it('shows a clear error for a wrong password and clears the field', async () => {
    const { sent } = mockGraphQL(() => ({ body: gqlError('UNAUTHENTICATED', 'wrong e-mail address or password') }));
    renderWithProviders(<SignIn />, { route: '/signin' });
    await userEvent.type(screen.getByLabelText('Work e-mail'), 'sales@acme-reseller.test');
    await userEvent.type(screen.getByLabelText('Password'), 'nope{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('Wrong e-mail address or password');
    expect(screen.getByLabelText('Password')).toHaveValue('');
    expect(screen.getByLabelText('Password')).toHaveFocus();
    expect(sent[0].operationName).toBe('Login');
    expect(sent[0].variables).toEqual({ input: { email: 'sales@acme-reseller.test', password: 'nope' } });
    expect(sent[0].headers['X-PartnerHub-Session']).toBe('cookie');
  });

  it('explains a lockout with the waiting time', async () => {
    mockGraphQL(() => ({ body: gqlError('RATE_LIMITED', 'locked', { retryAfter: 900 }) }));
    renderWithProviders(<SignIn />, { route: '/signin' });
    await userEvent.type(screen.getByLabelText('Work e-mail'), 'a@b.test');
    await userEvent.type(screen.getByLabelText('Password'), 'x{Enter}');
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Please wait 15 minutes'));
  });

  it('gives the support reference when the server fails', async () => {
    mockGraphQL(() => ({ body: gqlError('INTERNAL', 'internal error; quote request ID rid-42', { requestId: 'rid-42' }) }));
    renderWithProviders(<SignIn />, { route: '/signin' });
    await userEvent.type(screen.getByLabelText('Work e-mail'), 'a@b.test');
    await userEvent.type(screen.getByLabelText('Password'), 'x{Enter}');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Something went wrong on our side');
    expect(alert).toHaveTextContent('rid-42');
  });
});
