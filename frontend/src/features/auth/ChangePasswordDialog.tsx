import { useState } from 'react';
import { ApiError } from '../../lib/errors';
import { session } from '../../lib/session';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { TextField } from '../../ui/Field';
import { ErrorAlert } from '../../ui/States';
import { useToast } from '../../ui/Toast';

type Errors = { currentPassword?: string; newPassword?: string; confirm?: string };

/** Change one's own password from the user menu; the server ends every other session. */
export function ChangePasswordDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const toast = useToast();

  function close() {
    setCurrent('');
    setNext('');
    setConfirm('');
    setErrors({});
    setError(null);
    onClose();
  }

  async function submit() {
    const v: Errors = {
      currentPassword: current ? undefined : 'Enter the password you use now.',
      newPassword: next.length >= 10 ? undefined : 'Use at least 10 characters.',
      confirm: confirm === next ? undefined : 'The passwords don’t match.',
    };
    setErrors(v);
    if (v.currentPassword || v.newPassword || v.confirm) return;
    setBusy(true);
    setError(null);
    try {
      await session.changePassword(current, next);
      toast('Password changed. You stay signed in here; every other session has ended.');
      close();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  const server = error instanceof ApiError && error.code === 'BAD_USER_INPUT' ? error : null;
  return (
    <Dialog
      open={open}
      onClose={close}
      title="Change password"
      description="You stay signed in here; every other session of your account, on any device, ends."
      onSubmit={() => void submit()}
      footer={
        <>
          <Button type="button" onClick={close}>
            Cancel
          </Button>
          <Button type="submit" variant="primary" loading={busy}>
            Change password
          </Button>
        </>
      }
    >
      <div style={{ display: 'grid', gap: 14 }}>
        {Boolean(error) && !server && <ErrorAlert error={error} />}
        <TextField
          label="Current password"
          type="password"
          autoComplete="current-password"
          value={current}
          onChange={(e) => setCurrent(e.target.value)}
          error={errors.currentPassword ?? server?.fieldError('currentPassword')}
          required
        />
        <TextField
          label="New password"
          type="password"
          autoComplete="new-password"
          hint="At least 10 characters."
          value={next}
          onChange={(e) => setNext(e.target.value)}
          error={errors.newPassword ?? server?.fieldError('newPassword')}
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
      </div>
    </Dialog>
  );
}
