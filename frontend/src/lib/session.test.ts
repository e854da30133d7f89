import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { gqlError, grant, mockGraphQL } from '../test/utils';
import { SessionStore } from './session';
import { request, bindAuth } from './api';
import { TierOptionsQuery as Tiers } from './tiers';

function bind(store: SessionStore) {
  bindAuth({ token: () => store.accessToken(), recover: () => store.recover() });
}

beforeEach(() => {
  vi.useFakeTimers({ shouldAdvanceTime: true });
  localStorage.clear();
  sessionStorage.clear();
});

const stores: SessionStore[] = [];
function newStore() {
  const s = new SessionStore();
  stores.push(s);
  return s;
}

afterEach(() => {
  stores.splice(0).forEach((s) => s.dispose());
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('SessionStore', () => {
  it('restores a session from the refresh cookie, asking the server to keep the token in it', async () => {
    const { sent } = mockGraphQL(() => ({ body: { data: { refreshSession: grant() } } }));
    const store = newStore();
    await store.restore();
    expect(store.getState()).toMatchObject({ status: 'signedIn', viewer: { name: 'Sam Sales' } });
    expect(sent[0].operationName).toBe('RefreshSession');
    expect(sent[0].headers['X-PartnerHub-Session']).toBe('cookie');
    expect(sent[0].headers.Authorization).toBeUndefined();
    // The access token is kept in memory only.
    expect(localStorage.length + sessionStorage.length).toBe(0);
  });

  it('is signed out, quietly, when there is no session to restore', async () => {
    mockGraphQL(() => ({ body: gqlError('UNAUTHENTICATED', 'no session') }));
    const store = newStore();
    await store.restore();
    expect(store.getState()).toEqual({ status: 'signedOut', reason: undefined });
  });

  it('says so when the server cannot be reached on load', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    const store = newStore();
    await store.restore();
    expect(store.getState()).toEqual({ status: 'signedOut', reason: 'unreachable' });
  });

  it('shares one refresh between concurrent callers (a refresh token works once)', async () => {
    const { sent } = mockGraphQL(() => ({ body: { data: { refreshSession: grant() } } }));
    const store = newStore();
    await Promise.all([store.refresh(), store.refresh(), store.restore()]);
    expect(sent.filter((r) => r.operationName === 'RefreshSession')).toHaveLength(1);
  });

  it('refreshes a minute before the access token expires', async () => {
    const { sent } = mockGraphQL((r) =>
      r.operationName === 'Login' ? { body: { data: { login: grant(15 * 60_000) } } } : { body: { data: { refreshSession: grant() } } },
    );
    const store = newStore();
    await store.login('sales@acme-reseller.test', 'pw');
    expect(sent.map((r) => r.operationName)).toEqual(['Login']);
    await vi.advanceTimersByTimeAsync(13 * 60_000);
    expect(sent.map((r) => r.operationName)).toEqual(['Login']);
    await vi.advanceTimersByTimeAsync(60_000 + 1_000);
    expect(sent.map((r) => r.operationName)).toEqual(['Login', 'RefreshSession']);
    expect(store.getState().status).toBe('signedIn');
  });

  it('ends as expired when the refresh is refused', async () => {
    mockGraphQL((r) =>
      r.operationName === 'Login' ? { body: { data: { login: grant(90_000) } } } : { body: gqlError('UNAUTHENTICATED', 'revoked') },
    );
    const store = newStore();
    await store.login('a@b.test', 'pw');
    await vi.advanceTimersByTimeAsync(31_000);
    expect(store.getState()).toEqual({ status: 'signedOut', reason: 'expired' });
  });

  it('signs out on the server through the cookie and forgets the token', async () => {
    const { sent } = mockGraphQL((r) =>
      r.operationName === 'Login' ? { body: { data: { login: grant() } } } : { body: { data: { logout: { success: true } } } },
    );
    const store = newStore();
    await store.login('a@b.test', 'pw');
    await store.logout();
    expect(store.getState()).toEqual({ status: 'signedOut', reason: 'signedOut' });
    const logout = sent.find((r) => r.operationName === 'Logout')!;
    expect(logout.headers['X-PartnerHub-Session']).toBe('cookie');
    expect(await store.accessToken()).toBeNull();
  });

  it('signs out every tab when one signs out', async () => {
    mockGraphQL((r) =>
      r.operationName === 'Logout' ? { body: { data: { logout: { success: true } } } } : { body: { data: { refreshSession: grant() } } },
    );
    const tabA = newStore();
    const tabB = newStore();
    await tabA.restore();
    await tabB.restore();
    expect(tabB.getState().status).toBe('signedIn');
    await tabA.logout();
    await vi.waitFor(() => expect(tabB.getState()).toEqual({ status: 'signedOut', reason: 'signedOut' }));
  });
});

describe('request', () => {
  it('sends the access token and retries once after a refresh when the server refuses it', async () => {
    let viewerCalls = 0;
    const { sent } = mockGraphQL((r) => {
      if (r.operationName === 'Login') return { body: { data: { login: grant() } } };
      if (r.operationName === 'RefreshSession') return { body: { data: { refreshSession: grant() } } };
      viewerCalls++;
      return viewerCalls === 1
        ? { status: 401, body: gqlError('UNAUTHENTICATED', 'invalid or expired credentials') }
        : { body: { data: { tiers: { edges: [] } } } };
    });
    const store = newStore();
    bind(store);
    await store.login('a@b.test', 'pw');
    const data = await request(Tiers);
    expect(data.tiers.edges).toEqual([]);
    const ops = sent.map((r) => r.operationName);
    expect(ops).toEqual(['Login', 'TierOptions', 'RefreshSession', 'TierOptions']);
    const [first, , , retry] = sent;
    expect(first.headers.Authorization).toBeUndefined();
    expect(sent[1].headers.Authorization).toMatch(/^Bearer eyJ/);
    expect(retry.headers.Authorization).not.toBe(sent[1].headers.Authorization);
  });

  it('gives up as expired when the refresh fails too', async () => {
    mockGraphQL((r) => {
      if (r.operationName === 'Login') return { body: { data: { login: grant() } } };
      return { status: 401, body: gqlError('UNAUTHENTICATED', 'nope') };
    });
    const store = newStore();
    bind(store);
    await store.login('a@b.test', 'pw');
    await expect(request(Tiers)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(store.getState()).toEqual({ status: 'signedOut', reason: 'expired' });
  });

  it('turns a non-JSON failure into an error with the request ID', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('request body too large', { status: 413, headers: { 'X-Request-ID': 'rid-413' } })),
    );
    bindAuth(null);
    await expect(request(Tiers)).rejects.toMatchObject({ code: 'INTERNAL', requestId: 'rid-413', status: 413 });
  });
});
