// Invitations: invite a colleague, and the pending invitations with resend and withdraw. Used by a
// partner admin on the Team page.
import { useState } from 'react';
import { RotateCw, Send, X } from 'lucide-react';
import type { UserJobFunction, UserRole } from '../../gql/graphql';
import { ApiError } from '../../lib/errors';
import { date, humanize, inOrder, jobFunctionLabels, relative, roleLabels } from '../../lib/format';
import { useGqlMutation, useGqlQuery } from '../../lib/query';

import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { Dialog } from '../../ui/Dialog';
import { ExportButton } from '../../ui/ExportButton';
import { SelectField, TextField } from '../../ui/Field';
import { ErrorAlert, ErrorState, SkeletonRows } from '../../ui/States';
import { useToast } from '../../ui/Toast';
import { nodes } from '../../lib/connection';
import { InviteUserMutation, PendingInvitationsQuery, ResendInvitationMutation, RevokeInvitationMutation } from './api/invitations';

const jobFunctions = inOrder(jobFunctionLabels);

export function InviteDialog({ roles, onClose }: { roles: readonly UserRole[]; onClose: () => void }) {
  const [form, setForm] = useState({ email: '', name: '', role: roles[roles.length - 1], jobFunction: '' });
  const [emailError, setEmailError] = useState<string>();
  const m = useGqlMutation(InviteUserMutation);
  const toast = useToast();
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [k]: e.target.value }));
  const server = (f: string) => (m.error instanceof ApiError ? m.error.fieldError(f) : undefined);

  return (
    <Dialog
      open
      onClose={onClose}
      title="Invite a colleague"
      description="They get an e-mail with a link to choose a password. The link works once, for 7 days."
      onSubmit={() => {
        if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(form.email.trim())) {
          setEmailError('Enter a valid e-mail address.');
          return;
        }
        setEmailError(undefined);
        m.mutate(
          {
            input: {
              email: form.email.trim(),
              name: form.name.trim() || undefined,
              role: form.role as UserRole,
              jobFunction: (form.jobFunction || undefined) as UserJobFunction | undefined,
            },
          },
          {
            onSuccess: (d) => {
              toast(`Invitation sent to ${d.inviteUser.invitation.email}`);
              onClose();
            },
          },
        );
      }}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" loading={m.isPending} icon={<Send size={15} aria-hidden="true" />}>
            Send invitation
          </Button>
        </>
      }
    >
      <div className="stack" style={{ gap: 16 }}>
        {m.error && !(m.error instanceof ApiError && m.error.fieldErrors.length) && <ErrorAlert error={m.error} />}
        <div className="form-grid">
          <TextField label="Work e-mail" type="email" required autoComplete="off" value={form.email} onChange={set('email')} error={emailError ?? server('email')} />
          <TextField label="Name" hint="Optional; they can change it." autoComplete="off" value={form.name} onChange={set('name')} error={server('name')} />
          <SelectField label="Role" value={form.role} onChange={set('role')} error={server('role')}>
            {roles.map((r) => (
              <option key={r} value={r}>
                {roleLabels[r]}
              </option>
            ))}
          </SelectField>
          <SelectField label="Job function" value={form.jobFunction} onChange={set('jobFunction')} error={server('jobFunction')}>
            <option value="">Not set</option>
            {jobFunctions.map((j) => (
              <option key={j} value={j}>
                {jobFunctionLabels[j]}
              </option>
            ))}
          </SelectField>
        </div>
      </div>
    </Dialog>
  );
}

export function PendingInvitations() {
  const q = useGqlQuery(PendingInvitationsQuery, {});
  const resend = useGqlMutation(ResendInvitationMutation);
  const revoke = useGqlMutation(RevokeInvitationMutation);
  const toast = useToast();
  const rows = nodes(q.data?.invitations);
  if (q.isSuccess && rows.length === 0) return null;
  const failed = resend.error ?? revoke.error;

  return (
    <Card title="Pending invitations" hint="Sent, not accepted yet." flush>
      {failed && (
        <div style={{ padding: '0 20px 12px' }}>
          <ErrorAlert error={failed} />
        </div>
      )}
      {q.isError ? (
        <ErrorState error={q.error} onRetry={() => void q.refetch()} />
      ) : q.isPending ? (
        <SkeletonRows rows={2} columns={4} />
      ) : (
        <div className="table-wrap">
          <table className="table table-cards">
            <thead>
              <tr>
                <th scope="col">Invitee</th>
                <th scope="col">Role</th>
                <th scope="col">Sent</th>
                <th scope="col">Link works until</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((i) => {
                const expired = new Date(i.expiresAt).getTime() < Date.now();
                return (
                  <tr key={i.id}>
                    <td>
                      <div className="cell-title">{i.name || i.email}</div>
                      {i.name && <div className="cell-sub">{i.email}</div>}
                    </td>
                    <td data-label="Role">{roleLabels[i.role] ?? humanize(i.role)}</td>
                    <td data-label="Sent">
                      {relative(i.sentAt)}
                      {i.sendCount > 1 && <div className="cell-sub">sent {i.sendCount} times</div>}
                      {i.invitedBy && <div className="cell-sub">by {i.invitedBy.name}</div>}
                    </td>
                    <td data-label="Expires">{expired ? <Badge tone="warning">Expired</Badge> : date(i.expiresAt)}</td>
                    <td className="num nowrap">
                      <Button
                        size="sm"
                        variant="ghost"
                        icon={<RotateCw size={14} aria-hidden="true" />}
                        aria-label={`Send the invitation to ${i.email} again`}
                        disabled={resend.isPending}
                        onClick={() => resend.mutate({ input: { id: i.id } }, { onSuccess: () => toast(`Sent again to ${i.email}`) })}
                      >
                        Resend
                      </Button>
                      <Button
                        size="sm"
                        variant="ghost"
                        icon={<X size={14} aria-hidden="true" />}
                        aria-label={`Withdraw the invitation to ${i.email}`}
                        disabled={revoke.isPending}
                        onClick={() => revoke.mutate({ input: { id: i.id } }, { onSuccess: () => toast(`Invitation to ${i.email} withdrawn`) })}
                      >
                        Withdraw
                      </Button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {rows.length > 0 && (
        <ExportButton
          csv={{
            list: 'invitations',
            fields: ['email', 'name', 'role', 'sentAt', 'sendCount', 'invitedBy.name', 'expiresAt'],
            where: { status: 'PENDING' },
            orderBy: { field: 'CREATED_AT', direction: 'DESC' },
          }}
        />
      )}
    </Card>
  );
}
