import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { session } from '../lib/session';
import { grant, mockGraphQL, renderWithProviders, viewerFixture } from '../test/utils';
import { AppShell } from './AppShell';

async function signInAs(viewer: object) {
  mockGraphQL((r) =>
    r.operationName === 'Logout'
      ? { body: { data: { logout: { success: true } } } }
      : r.operationName === 'Notifications'
        ? { body: { data: { notifications: { unread: 0, items: [] } } } }
        : { body: { data: { login: grant(15 * 60_000, viewer) } } },
  );
  await session.login('x@y.test', 'pw');
}

function renderShell() {
  return renderWithProviders(
    <Routes>
      <Route element={<AppShell />}>
        <Route path="/" element={<h1>Home</h1>} />
      </Route>
    </Routes>,
  );
}

beforeEach(() => {
  window.matchMedia ??= ((q: string) => ({ matches: false, media: q, addEventListener() {}, removeEventListener() {} })) as never;
});
afterEach(() => vi.unstubAllGlobals());

describe('AppShell', () => {
  it('shows partner navigation', async () => {
    await signInAs(viewerFixture);
    renderShell();
    const nav = screen.getByRole('navigation', { name: 'Portal' });
    expect(within(nav).getByRole('link', { name: 'Dashboard' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Deals' })).toHaveAttribute('href', '/deals');
    expect(within(nav).getByRole('link', { name: 'Content library' })).toHaveAttribute('href', '/content');
    expect(within(nav).getByRole('link', { name: 'Marketing funds' })).toHaveAttribute('href', '/mdf');
    expect(within(nav).queryByRole('link', { name: 'Partners' })).toBeNull();
    expect(screen.getByText('Acme Reseller')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Skip to content' })).toHaveAttribute('href', '#main');
  });

  it('shows vendor administration to an admin', async () => {
    await signInAs({ ...viewerFixture, id: 'usr_9', name: 'Ada Admin', role: 'ADMIN', partner: null });
    renderShell();
    const nav = screen.getByRole('navigation', { name: 'Portal' });
    for (const name of ['Overview', 'Approval queue', 'Deals', 'Partners', 'Tiers & benefits', 'Users', 'Audit log']) {
      expect(within(nav).getByRole('link', { name })).toBeInTheDocument();
    }
    expect(screen.getByText('Channel team')).toBeInTheDocument();
  });

  it('opens the account menu by keyboard and signs out', async () => {
    await signInAs(viewerFixture);
    renderShell();
    const button = screen.getByRole('button', { name: /Sam Sales/ });
    button.focus();
    await userEvent.keyboard('{Enter}');
    expect(screen.getByRole('menu', { name: 'Account' })).toBeInTheDocument();
    expect(screen.getByRole('menuitem', { name: 'Company profile' })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getByRole('menuitem', { name: 'Change password' })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getByRole('menuitem', { name: 'Sign out' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(button).toHaveFocus();
    await userEvent.click(button);
    await userEvent.click(screen.getByRole('menuitem', { name: 'Sign out' }));
    expect(session.getState()).toEqual({ status: 'signedOut', reason: 'signedOut' });
  });
});
