import { useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { ApiError, describeError } from '../../lib/errors';
import { dateTime } from '../../lib/format';
import { useGqlQuery } from '../../lib/query';
import type { UserRole } from '../../gql/graphql';
import { session, useSession } from '../../lib/session';
import { usePageTitle } from '../../lib/usePageTitle';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/Field';
import { Alert, RequestRef } from '../../ui/States';
import { AuthLayout } from '../../ui/AuthLayout';
import { InvitationPreviewQuery } from './api/invitation';

/** The token travels in the link's fragment (#token=…), which browsers never send to a server. */
function tokenFrom(hash: string): string {
  return new URLSearchParams(hash.replace(/^#/, '')).get('token') ?? '';
}

function acceptError(err: unknown): { title: string; detail: React.ReactNode; requestId?: string } {
  if (err instanceof ApiError) {
    if (err.code === 'NOT_FOUND')
      return { title: 'This invitation link isn’t valid', detail: 'Check that you opened the whole link from the e-mail, or ask for a new invitation.' };
    if (err.code === 'BAD_USER_INPUT' && err.fieldError('token'))
      return { title: 'This invitation has expired or was withdrawn', detail: 'Ask the person who invited you to send it again.' };
    if (err.code === 'CONFLICT')
      return {
        title: 'This invitation was used already',
        detail: (
          <>
            Your account exists: <Link to="/signin">sign in</Link> instead.
          </>
        ),
      };
  }
  return describeError(err);
}

const asRole: Record<UserRole, string> = {
  ADMIN: 'an administrator',
  CHANNEL_MANAGER: 'a partner account manager',
  PARTNER_ADMIN: 'a partner admin',
  PARTNER_SALES: 'a sales rep',
};

const closedInvitation: Record<'ACCEPTED' | 'REVOKED' | 'EXPIRED', { title: string; detail: React.ReactNode }> = {
  ACCEPTED: {
    title: 'This invitation was used already',
    detail: (
      <>
        Its account exists: <Link to="/signin">sign in</Link> instead.
      </>
    ),
  },
  REVOKED: { title: 'This invitation was withdrawn', detail: 'Ask the person who invited you for a new one.' },
  EXPIRED: { title: 'This invitation has expired', detail: 'Ask the person who invited you to send it again.' },
};

export default function AcceptInvitation() {
  usePageTitle('Accept your invitation');
  const location = useLocation();
  const navigate = useNavigate();
  const state = useSession();
  const token = tokenFrom(location.hash);
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<{ name?: string; password?: string; confirm?: string }>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const previewQuery = useGqlQuery(InvitationPreviewQuery, { token }, { enabled: token !== '' });
  const preview = previewQuery.data?.invitationPreview;
  const closed = preview && preview.state !== 'PENDING' ? closedInvitation[preview.state] : null;
  const unknownLink = previewQuery.error instanceof ApiError && previewQuery.error.code === 'NOT_FOUND';

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const v = {
      name: name.trim() ? undefined : 'Enter your full name.',
      password: password.length >= 10 ? undefined : 'Use at least 10 characters.',
      confirm: confirm === password ? undefined : 'The passwords don’t match.',
    };
    setErrors(v);
    if (v.name || v.password || v.confirm) return;
    setBusy(true);
    setError(null);
    try {
      await session.acceptInvitation(token, name.trim(), password);
      navigate('/', { replace: true });
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  }

  const server = error instanceof ApiError ? error : null;
  const fieldError = (f: string) => (server?.code === 'BAD_USER_INPUT' && f !== 'token' ? server.fieldError(f) : undefined);
  const placed = server && server.code === 'BAD_USER_INPUT' && (server.fieldError('name') || server.fieldError('password'));
  const err = error && !placed ? acceptError(error) : null;

  return (
    <AuthLayout>
      <h2>{preview ? `Join ${preview.organisation} on PartnerHub` : 'Join your team on PartnerHub'}</h2>
      {preview ? (
        <p className="lead">
          {preview.invitedBy ? `${preview.invitedBy} invited` : 'You are invited:'} <strong>{preview.email}</strong> to join{' '}
          <strong>{preview.organisation}</strong> as {asRole[preview.role]}. Choose your name as colleagues will see it and a password for
          signing in{preview.state === 'PENDING' ? ` before ${dateTime(preview.expiresAt)}` : ''}.
        </p>
      ) : (
        <p className="lead">Choose your name as colleagues will see it and a password for signing in.</p>
      )}
      <div style={{ display: 'grid', gap: 16 }}>
        {!token && (
          <Alert tone="warning" title="This link has no invitation in it">
            Open the link from your invitation e-mail again; it ends with <span className="mono">#token=…</span>
          </Alert>
        )}
        {closed && (
          <Alert tone="warning" title={closed.title}>
            {closed.detail}
          </Alert>
        )}
        {unknownLink && !err && (
          <Alert tone="danger" title="This invitation link isn’t valid">
            Check that you opened the whole link from the e-mail, or ask for a new invitation.
          </Alert>
        )}
        {state.status === 'signedIn' && !err && (
          <Alert tone="info" title={`You are signed in as ${state.viewer.name}`}>
            Accepting signs you in with the new account instead.
          </Alert>
        )}
        {err && (
          <Alert tone="danger" title={err.title}>
            {err.detail}
            <RequestRef id={err.requestId} />
          </Alert>
        )}
        <form onSubmit={onSubmit} noValidate aria-label="Accept invitation" style={{ display: 'grid', gap: 16 }}>
          <TextField label="Full name" autoComplete="name" value={name} onChange={(e) => setName(e.target.value)} error={errors.name ?? fieldError('name')} required />
          <TextField
            label="Password"
            type="password"
            autoComplete="new-password"
            hint="At least 10 characters."
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            error={errors.password ?? fieldError('password')}
            required
          />
          <TextField
            label="Repeat the password"
            type="password"
            autoComplete="new-password"
            value={confirm}
            onChange={(e) => setConfirm(e.target.value)}
            error={errors.confirm}
            required
          />
          <Button type="submit" variant="primary" size="lg" block loading={busy} disabled={!token || !!closed || unknownLink}>
            Create my account
          </Button>
        </form>
      </div>
      <p className="auth-help">
        Already have an account? <Link to="/signin">Sign in</Link>
      </p>
    </AuthLayout>
  );
}
