import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { MailCheck } from 'lucide-react';
import { request } from '../../lib/api';
import { ApiError } from '../../lib/errors';
import { usePageTitle } from '../../lib/usePageTitle';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/Field';
import { ErrorAlert } from '../../ui/States';
import { AuthLayout } from '../../ui/AuthLayout';
import { RequestPasswordResetMutation } from './api/passwords';

/**
 * "Forgot password?": asks for a reset link. The answer is the same whether or not an account has
 * the address, so the page never says which.
 */
export default function ForgotPassword() {
  usePageTitle('Reset your password');
  const [email, setEmail] = useState('');
  const [invalid, setInvalid] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const address = email.trim();
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(address)) {
      setInvalid('Enter the e-mail address you sign in with.');
      return;
    }
    setInvalid(undefined);
    setBusy(true);
    setError(null);
    try {
      await request(RequestPasswordResetMutation, { input: { email: address } });
      setSentTo(address);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  const fieldError = error instanceof ApiError && error.code === 'BAD_USER_INPUT' ? error.fieldError('email') : undefined;
  return (
    <AuthLayout>
      {sentTo ? (
        <div role="status" style={{ display: 'grid', gap: 12 }}>
          <MailCheck size={32} aria-hidden="true" style={{ color: 'var(--green-700)' }} />
          <h2>Check your e-mail</h2>
          <p className="lead">
            If <strong>{sentTo}</strong> belongs to a PartnerHub account, a link to choose a new password is on its way. It works once, for 30
            minutes. Nothing arrived? Check the spam folder, or ask again in a few minutes.
          </p>
          <p className="auth-help">
            <Link to="/signin">Back to sign in</Link>
          </p>
        </div>
      ) : (
        <>
          <h2>Reset your password</h2>
          <p className="lead">Enter the e-mail address you sign in with, and we’ll send you a link to choose a new password.</p>
          <div style={{ display: 'grid', gap: 16 }}>
            {Boolean(error) && !fieldError && <ErrorAlert error={error} />}
            <form onSubmit={onSubmit} noValidate aria-label="Reset your password" style={{ display: 'grid', gap: 16 }}>
              <TextField
                label="Work e-mail"
                type="email"
                autoComplete="username"
                inputMode="email"
                value={email}
                onChange={(e) => setEmail(e.target.value)}
                error={invalid ?? fieldError}
                required
                autoFocus
              />
              <Button type="submit" variant="primary" size="lg" block loading={busy}>
                Send the link
              </Button>
            </form>
          </div>
          <p className="auth-help">
            Remembered it? <Link to="/signin">Sign in</Link>
          </p>
        </>
      )}
    </AuthLayout>
  );
}
