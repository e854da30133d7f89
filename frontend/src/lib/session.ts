// The signed-in session. The access token (15 minutes) is kept in memory only, never in
// localStorage or sessionStorage; the refresh token is an HttpOnly, SameSite=Strict cookie set by
// the server (path /query), which scripts cannot read. On page load the session is restored
// silently through that cookie; the token is refreshed a minute before it expires, when the tab
// wakes up, and once when the server refuses it. Refreshes are serialised across tabs (Web Locks),
// because every refresh token works once and reusing one ends the whole session.
import { useSyncExternalStore } from 'react';
import { graphql } from '../gql';
import type { SessionViewerFragment } from '../gql/graphql';
import { bindAuth, rawRequest } from './api';
import { ApiError } from './errors';

export type Viewer = SessionViewerFragment;

export type SignedOutReason = 'expired' | 'signedOut' | 'unreachable';

export type SessionState =
  | { status: 'restoring' }
  | { status: 'signedOut'; reason?: SignedOutReason }
  | { status: 'signedIn'; viewer: Viewer };

export const SessionViewerFragmentDoc = graphql(`
  fragment SessionViewer on User {
    id
    name
    email
    role
    jobFunction
    partner {
      id
      name
      slug
      type
      tier {
        id
        name
        rank
      }
    }
  }
`);

const LoginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      accessToken
      accessTokenExpiresAt
      viewer {
        ...SessionViewer
      }
    }
  }
`);

const RefreshSessionMutation = graphql(`
  mutation RefreshSession {
    refreshSession(input: {}) {
      accessToken
      accessTokenExpiresAt
      viewer {
        ...SessionViewer
      }
    }
  }
`);

const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      accessToken
      accessTokenExpiresAt
      viewer {
        ...SessionViewer
      }
    }
  }
`);

const ChangePasswordMutation = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      accessToken
      accessTokenExpiresAt
      viewer {
        ...SessionViewer
      }
    }
  }
`);

const LogoutMutation = graphql(`
  mutation Logout {
    logout(input: {}) {
      success
    }
  }
`);

/** Refresh this long before the access token expires. */
const REFRESH_MARGIN_MS = 60_000;
/** A token with less than this left is refreshed before it is used. */
const MIN_VALIDITY_MS = 15_000;
const CHANNEL = 'partnerhub-session';
const LOCK = 'partnerhub-session-refresh';

type Listener = () => void;

interface Grant {
  accessToken: string;
  accessTokenExpiresAt: string;
  viewer: Viewer;
}

export class SessionStore {
  private state: SessionState = { status: 'restoring' };
  private listeners = new Set<Listener>();
  private token: string | null = null;
  private expiresAt = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inflight: Promise<boolean> | null = null;
  private channel: BroadcastChannel | null = null;
  private now: () => number;

  constructor(opts: { now?: () => number } = {}) {
    this.now = opts.now ?? Date.now;
    if (typeof BroadcastChannel !== 'undefined') {
      this.channel = new BroadcastChannel(CHANNEL);
      this.channel.onmessage = (e: MessageEvent<{ type: string }>) => this.onBroadcast(e.data?.type);
    }
    if (typeof document !== 'undefined') {
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'visible') this.checkFreshness();
      });
    }
  }

  subscribe = (l: Listener): (() => void) => {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  };

  getState = (): SessionState => this.state;

  private set(state: SessionState) {
    this.state = state;
    this.listeners.forEach((l) => l());
  }

  /** Restores the session from the refresh cookie (page load). */
  async restore(): Promise<void> {
    const ok = await this.refresh({ quiet: true });
    if (!ok && this.state.status === 'restoring') this.set({ status: 'signedOut' });
  }

  async login(email: string, password: string): Promise<Viewer> {
    const data = await rawRequest(LoginMutation, { input: { email, password } }, { sessionCookie: true, token: null });
    this.accept(data.login);
    this.channel?.postMessage({ type: 'signedIn' });
    return data.login.viewer;
  }

  /** Accepts an invitation: creates the account and signs it in, like login. */
  async acceptInvitation(token: string, name: string, password: string): Promise<Viewer> {
    const data = await rawRequest(
      AcceptInvitationMutation,
      { input: { token, name, password } },
      { sessionCookie: true, token: null },
    );
    this.accept(data.acceptInvitation);
    this.channel?.postMessage({ type: 'signedIn' });
    return data.acceptInvitation.viewer;
  }

  /**
   * Changes the password. The server ends every other session of the account and hands this one
   * new tokens (the refresh token in the cookie, which this browser's other tabs share).
   */
  async changePassword(currentPassword: string, newPassword: string): Promise<void> {
    const token = await this.accessToken();
    const data = await rawRequest(ChangePasswordMutation, { input: { currentPassword, newPassword } }, { sessionCookie: true, token });
    this.accept(data.changePassword);
  }

  /**
   * Exchanges the refresh cookie for a new access token. Concurrent callers share one exchange,
   * and tabs take turns, so a refresh token is never presented twice.
   */
  refresh(opts: { quiet?: boolean } = {}): Promise<boolean> {
    if (!this.inflight) {
      this.inflight = withLock(async () => {
        try {
          const data = await rawRequest(RefreshSessionMutation, undefined, { sessionCookie: true, token: null });
          this.accept(data.refreshSession);
          return true;
        } catch (e) {
          if (e instanceof ApiError && e.code === 'UNAUTHENTICATED') {
            this.clear(this.state.status === 'signedIn' ? 'expired' : undefined, opts.quiet);
          } else if (this.state.status === 'restoring') {
            this.clear('unreachable', true);
          } else if (this.state.status === 'signedIn') {
            // Network trouble: keep the session and try again shortly while the token lasts.
            this.schedule(15_000);
          }
          return false;
        }
      }).finally(() => {
        this.inflight = null;
      });
    }
    return this.inflight;
  }

  /** Ends the session on the server (the cookie's token family) and here, in every tab. */
  async logout(): Promise<void> {
    const token = this.token;
    this.clear('signedOut');
    this.channel?.postMessage({ type: 'signedOut' });
    try {
      await rawRequest(LogoutMutation, undefined, { sessionCookie: true, token });
    } catch {
      // Signed out here either way; the server ends the session when its tokens expire.
    }
  }

  /** The access token for a request, refreshed first when it is about to expire. */
  async accessToken(): Promise<string | null> {
    if (this.inflight) await this.inflight;
    if (this.token && this.expiresAt - this.now() < MIN_VALIDITY_MS) await this.refresh();
    return this.token;
  }

  /** The server refused our token (expired while asleep, or revoked): try one refresh. */
  async recover(): Promise<boolean> {
    if (this.state.status !== 'signedIn') return false;
    const ok = await this.refresh();
    if (!ok && this.state.status === 'signedIn') this.clear('expired');
    return ok;
  }

  /** Stops timers and cross-tab messages (tests; a page's store lives as long as the page). */
  dispose() {
    clearTimeout(this.timer);
    this.channel?.close();
    this.channel = null;
  }

  /** Updates the signed-in user's details after they changed (e.g. the partner profile). */
  updateViewer(viewer: Viewer) {
    if (this.state.status === 'signedIn') this.set({ status: 'signedIn', viewer });
  }

  private accept(grant: Grant) {
    this.token = grant.accessToken;
    this.expiresAt = Date.parse(grant.accessTokenExpiresAt);
    this.set({ status: 'signedIn', viewer: grant.viewer });
    this.schedule(this.expiresAt - this.now() - REFRESH_MARGIN_MS);
  }

  private clear(reason: SignedOutReason | undefined, quiet = false) {
    clearTimeout(this.timer);
    this.token = null;
    this.expiresAt = 0;
    this.set({ status: 'signedOut', reason: quiet && reason !== 'unreachable' ? undefined : reason });
  }

  private schedule(inMs: number) {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), Math.max(5_000, inMs));
  }

  private checkFreshness() {
    if (this.state.status === 'signedIn' && this.expiresAt - this.now() < REFRESH_MARGIN_MS) void this.refresh();
  }

  private onBroadcast(type: string | undefined) {
    if (type === 'signedOut' && this.state.status === 'signedIn') this.clear('signedOut');
    if (type === 'signedIn' && this.state.status === 'signedOut') void this.refresh({ quiet: true });
  }
}

function withLock<T>(fn: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  return locks?.request ? (locks.request(LOCK, fn) as Promise<T>) : fn();
}

export const session = new SessionStore();

bindAuth({
  token: () => session.accessToken(),
  recover: () => session.recover(),
});

export function useSession(): SessionState {
  return useSyncExternalStore(session.subscribe, session.getState, session.getState);
}

let lastViewer: Viewer | null = null;

/**
 * The signed-in user, for components behind the sign-in gate. In the moment between signing out and
 * the gate closing, they keep the last user rather than fail.
 */
export function useViewer(): Viewer {
  const s = useSession();
  if (s.status === 'signedIn') lastViewer = s.viewer;
  if (!lastViewer) throw new Error('useViewer outside a signed-in session');
  return lastViewer;
}
