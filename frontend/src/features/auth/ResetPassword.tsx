import { useState, type FormEvent } from 'react';
import { Link, useLocation } from 'react-router';
import { CheckCircle2 } from 'lucide-react';
import { request } from '../../lib/api';
import { ApiError } from '../../lib/errors';
import { usePageTitle } from '../../lib/usePageTitle';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/Field';
import { Alert, ErrorAlert } from '../../ui/States';
import { AuthLayout } from '../../ui/AuthLayout';
import { ResetPasswordMutation } from './api/passwords';

/** The token travels in the link's fragment (#token=…), which browsers never send to a server. */
function tokenFrom(hash: string): string {
  return new URLSearchParams(hash.replace(/^#/, '')).get('token') ?? '';
}

/** The page the "forgot password" e-mail links to: choose a new password, once. */
export default function ResetPassword() {
  usePageTitle('Choose a new password');
  const token = tokenFrom(useLocation().hash);
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<{ password?: string; confirm?: string }>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const v = {
      password: password.length >= 10 ? undefined : 'Use at least 10 characters.',
      confirm: confirm === password ? undefined : 'The passwords don’t match.',
    };
    setErrors(v);
    if (v.password || v.confirm) return;
    setBusy(true);
    setError(null);
    try {
      await request(ResetPasswordMutation, { input: { token, password } });
      setDone(true);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  const server = error instanceof ApiError && error.code === 'BAD_USER_INPUT' ? error : null;
  const linkDead = Boolean(server?.fieldError('token'));
  if (done) {
    return (
      <AuthLayout>
        <div role="status" style={{ display: 'grid', gap: 12 }}>
          <CheckCircle2 size={32} aria-hidden="true" style={{ color: 'var(--green-700)' }} />
          <h2>Your password is changed</h2>
          <p className="lead">For your safety every session of your account has ended, on every device. Sign in with the new password.</p>
          <Link className="btn btn-primary btn-lg" to="/signin">
            Sign in
          </Link>
        </div>
      </AuthLayout>
    );
  }
  return (
    <AuthLayout>
      <h2>Choose a new password</h2>
      <p className="lead">After this, every session of your account ends and you sign in with the new password.</p>
      <div style={{ display: 'grid', gap: 16 }}>
        {!token && (
          <Alert tone="warning" title="This link has no reset token in it">
            Open the link from the e-mail again; it ends with <span className="mono">#token=…</span>
          </Alert>
        )}
        {linkDead && (
          <Alert tone="danger" title="This link has expired or was used already">
            Links work once, for 30 minutes. <Link to="/forgot-password">Ask for a new one</Link>.
          </Alert>
        )}
        {Boolean(error) && !server && <ErrorAlert error={error} />}
        <form onSubmit={onSubmit} noValidate aria-label="Choose a new password" style={{ display: 'grid', gap: 16 }}>
          <TextField
            label="New password"
            type="password"
            autoComplete="new-password"
            hint="At least 10 characters."
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            error={errors.password ?? server?.fieldError('password')}
            required
          />
          <TextField
            label="Repeat the new password"
            type="password"
            autoComplete="new-password"
            value={confirm}
            onChange={(e) => setConfirm(e.target.value)}
            error={errors.confirm}
            required
          />
          <Button type="submit" variant="primary" size="lg" block loading={busy} disabled={!token}>
            Change my password
          </Button>
        </form>
      </div>
    </AuthLayout>
  );
}
