import { useRef, useState, type FormEvent } from 'react';
import { Link, useLocation } from 'react-router';
import { Lock, Mail } from 'lucide-react';
import { AuthLayout } from '../../ui/AuthLayout';
import { ApiError, describeError } from '../../lib/errors';
import { session, useSession } from '../../lib/session';
import { usePageTitle } from '../../lib/usePageTitle';
import { Button } from '../../ui/Button';
import { Alert, RequestRef } from '../../ui/States';

function signInError(err: unknown): { title: string; detail: string; requestId?: string } {
  if (err instanceof ApiError && err.code === 'UNAUTHENTICATED') {
    return {
      title: 'Wrong e-mail address or password',
      detail: 'Check both and try again. Passwords are case-sensitive.',
    };
  }
  if (err instanceof ApiError && err.code === 'RATE_LIMITED') {
    const e = describeError(err);
    return { title: 'Sign-in is paused for this account', detail: `Too many failed attempts. ${e.detail}` };
  }
  return describeError(err);
}

export default function SignIn() {
  usePageTitle('Sign in');
  const state = useSession();
  const location = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [missing, setMissing] = useState<{ email?: string; password?: string }>({});
  const passwordRef = useRef<HTMLInputElement>(null);
  const emailRef = useRef<HTMLInputElement>(null);

  const reason = state.status === 'signedOut' ? state.reason : undefined;
  const returning = Boolean((location.state as { from?: unknown } | null)?.from);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const m = {
      email: email.trim() ? undefined : 'Enter your work e-mail address.',
      password: password ? undefined : 'Enter your password.',
    };
    setMissing(m);
    if (m.email || m.password) {
      (m.email ? emailRef : passwordRef).current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await session.login(email.trim(), password);
    } catch (err) {
      setError(err);
      setPassword('');
      passwordRef.current?.focus();
      setBusy(false);
    }
  }

  const err = error ? signInError(error) : null;

  return (
    <AuthLayout>
          <h2>Sign in</h2>
          <p className="lead">Welcome back. Sign in with your work e-mail address.</p>
          <div style={{ display: 'grid', gap: 16 }}>
            {reason === 'expired' && !err && (
              <Alert tone="warning" title="Your session has ended">
                {returning ? 'Sign in again to pick up where you left off.' : 'Please sign in again.'}
              </Alert>
            )}
            {reason === 'signedOut' && !err && <Alert tone="success" title="You have signed out" />}
            {reason === 'unreachable' && !err && (
              <Alert tone="warning" title="We can’t reach PartnerHub right now">
                Check your connection. You can still try to sign in.
              </Alert>
            )}
            {err && (
              <Alert tone="danger" title={err.title}>
                {err.detail}
                <RequestRef id={err.requestId} />
              </Alert>
            )}
            <form onSubmit={onSubmit} noValidate aria-label="Sign in">
              <div className="field">
                <label htmlFor="email">Work e-mail</label>
                <div className="input-icon">
                  <Mail size={16} aria-hidden="true" />
                  <input
                    ref={emailRef}
                    id="email"
                    className="input"
                    type="email"
                    name="email"
                    autoComplete="username"
                    inputMode="email"
                    placeholder="you@company.com"
                    value={email}
                    onChange={(e) => setEmail(e.target.value)}
                    aria-invalid={missing.email ? true : undefined}
                    aria-describedby={missing.email ? 'email-error' : undefined}
                    autoFocus
                    required
                  />
                </div>
                {missing.email && (
                  <div className="error" id="email-error">
                    {missing.email}
                  </div>
                )}
              </div>
              <div className="field">
                <div className="label-row">
                  <label htmlFor="password">Password</label>
                  <Link to="/forgot-password" className="label-link">
                    Forgot password?
                  </Link>
                </div>
                <div className="input-icon">
                  <Lock size={16} aria-hidden="true" />
                  <input
                    ref={passwordRef}
                    id="password"
                    className="input"
                    type="password"
                    name="password"
                    autoComplete="current-password"
                    value={password}
                    onChange={(e) => setPassword(e.target.value)}
                    aria-invalid={missing.password || err ? true : undefined}
                    aria-describedby={missing.password ? 'password-error' : undefined}
                    required
                  />
                </div>
                {missing.password && (
                  <div className="error" id="password-error">
                    {missing.password}
                  </div>
                )}
              </div>
              <Button type="submit" variant="primary" size="lg" block loading={busy}>
                {busy ? 'Signing in…' : 'Sign in'}
              </Button>
            </form>
          </div>
          <p className="auth-help">
            Trouble signing in? <Link to="/forgot-password">Reset your password</Link>, or ask your organisation’s partner admin to invite you
            again.
          </p>
          <p className="auth-help">
            Not a partner yet? <Link to="/apply">Apply to join the program</Link>
          </p>
    </AuthLayout>
  );
}
