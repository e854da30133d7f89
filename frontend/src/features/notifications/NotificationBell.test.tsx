import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useLocation } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockGraphQL, renderWithProviders } from '../../test/utils';
import { NotificationBell, portalPath, shorten } from './NotificationBell';

interface Item {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string;
  createdAt: string;
  readAt: string | null;
}

const ago = (min: number) => new Date(Date.now() - min * 60_000).toISOString();

function fakeServer(initial: Item[]) {
  let items = initial.map((n) => ({ ...n }));
  const unread = () => items.filter((n) => !n.readAt).length;
  return mockGraphQL((r) => {
    if (r.operationName === 'MarkNotificationsRead') {
      const input = r.variables.input as { ids?: string[]; all?: boolean };
      let marked = 0;
      items = items.map((n) => {
        if (n.readAt || !(input.all || input.ids?.includes(n.id))) return n;
        marked++;
        return { ...n, readAt: new Date().toISOString() };
      });
      return { body: { data: { markNotificationsRead: { marked, unread: unread() } } } };
    }
    return { body: { data: { notifications: { unread: unread(), items } } } };
  });
}

const approved: Item = {
  id: 'ntf_1',
  kind: 'deal_approved',
  title: 'Your registration Initech rollout was approved',
  body: 'The channel team approved Initech rollout. The customer is protected for you for 90 days. '.repeat(4),
  link: 'http://portal.example.test/deals/del_42',
  createdAt: ago(5),
  readAt: null,
};
const rejected: Item = { ...approved, id: 'ntf_2', kind: 'deal_rejected', title: 'Your registration Globex was rejected', link: '', createdAt: ago(90) };
const old: Item = { ...approved, id: 'ntf_3', title: 'An invitation was accepted', createdAt: ago(3000), readAt: ago(2000) };

function Where() {
  return <p data-testid="where">{useLocation().pathname}</p>;
}

function renderBell() {
  return renderWithProviders(
    <>
      <NotificationBell />
      <Routes>
        <Route path="*" element={<Where />} />
      </Routes>
    </>,
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('NotificationBell', () => {
  it('shows the unread count on the bell and lists the newest', async () => {
    fakeServer([approved, rejected, old]);
    renderBell();
    const bell = await screen.findByRole('button', { name: 'Notifications, 2 unread' });
    expect(screen.getByTestId('notif-count')).toHaveTextContent('2');
    await userEvent.click(bell);
    const panel = screen.getByRole('dialog', { name: 'Notifications' });
    expect(panel).toHaveFocus();
    const items = within(panel).getAllByRole('button', { name: /registration|invitation/ });
    expect(items).toHaveLength(3);
    expect(items[0]).toHaveClass('is-unread');
    expect(items[0]).toHaveTextContent('Unread: Your registration Initech rollout was approved');
    expect(items[0]).toHaveTextContent('5 minutes ago');
    expect(items[2]).not.toHaveClass('is-unread');
    // The body is a preview, not the whole mail.
    expect(items[0].textContent!.length).toBeLessThan(approved.title.length + 200);
  });

  it('marks an item read and follows its link within the portal', async () => {
    const { sent } = fakeServer([approved, rejected]);
    renderBell();
    await userEvent.click(await screen.findByRole('button', { name: 'Notifications, 2 unread' }));
    await userEvent.click(screen.getByRole('button', { name: /Initech rollout was approved/ }));
    expect(sent.find((r) => r.operationName === 'MarkNotificationsRead')?.variables).toEqual({ input: { ids: ['ntf_1'] } });
    expect(screen.getByTestId('where')).toHaveTextContent('/deals/del_42');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(await screen.findByRole('button', { name: 'Notifications, 1 unread' })).toBeInTheDocument();
  });

  it('marks everything read, and closes on Escape returning focus to the bell', async () => {
    const { sent } = fakeServer([approved, rejected]);
    renderBell();
    const bell = await screen.findByRole('button', { name: 'Notifications, 2 unread' });
    await userEvent.click(bell);
    await userEvent.click(screen.getByRole('button', { name: 'Mark all read' }));
    expect(sent.find((r) => r.operationName === 'MarkNotificationsRead')?.variables).toEqual({ input: { all: true } });
    await waitFor(() => expect(bell).toHaveAccessibleName('Notifications, none unread'));
    expect(screen.queryByTestId('notif-count')).toBeNull();
    expect(screen.getByRole('button', { name: 'Mark all read' })).toBeDisabled();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(bell).toHaveFocus();
  });
});

describe('portalPath and shorten', () => {
  it('keeps the path of an absolute portal link', () => {
    expect(portalPath('https://partners.example.com/deals/del_1?tab=x#t')).toBe('/deals/del_1?tab=x#t');
    expect(portalPath('')).toBeNull();
  });
  it('cuts a long body at a word', () => {
    expect(shorten('short')).toBe('short');
    const s = shorten('word '.repeat(60), 40);
    expect(s.endsWith('…')).toBe(true);
    expect(s.length).toBeLessThanOrEqual(41);
  });
});
