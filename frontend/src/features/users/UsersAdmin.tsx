import { useState } from 'react';
import { Search, UserPlus, UserX, Users } from 'lucide-react';
import type { UserJobFunction, UserOrderField, UserRole, UserStatus, UserWhereInput } from '../../gql/graphql';
import { ApiError } from '../../lib/errors';
import { inOrder, jobFunctionLabels, relative, roleLabels } from '../../lib/format';
import { PARTNER_ROLES, VENDOR_ROLES } from '../../lib/roles';
import { useDebouncedFilter, useListParams } from '../../lib/listParams';
import { useGqlMutation, useGqlQuery } from '../../lib/query';
import { useViewer } from '../../lib/session';

import { usePageTitle } from '../../lib/usePageTitle';
import { StatusBadge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { Avatar, PageHeader } from '../../ui/Card';
import { Dialog } from '../../ui/Dialog';
import { SelectField, TextField } from '../../ui/Field';
import { ConnectionTable } from '../../ui/ConnectionTable';
import { Alert, EmptyState, ErrorAlert } from '../../ui/States';
import { SortHeader } from '../../ui/Table';
import { useToast } from '../../ui/Toast';
import { nodes } from '../../lib/connection';
import { CreateUserMutation, DisableUserMutation, UsersQuery } from './api/usersAdmin';

const jobFunctions = inOrder(jobFunctionLabels);

function CreateUserDialog({ onClose }: { onClose: () => void }) {
  const [form, setForm] = useState({ email: '', name: '', role: 'CHANNEL_MANAGER' as UserRole, jobFunction: '', password: '' });
  const [errors, setErrors] = useState<Partial<Record<keyof typeof form, string>>>({});
  const m = useGqlMutation(CreateUserMutation);
  const toast = useToast();
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [k]: e.target.value }));
  const server = (f: string) => (m.error instanceof ApiError ? m.error.fieldError(f) : undefined);
  const unplaced = m.error && !(m.error instanceof ApiError && m.error.fieldErrors.length);

  function submit() {
    const e: typeof errors = {};
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(form.email.trim())) e.email = 'Enter a valid e-mail address.';
    if (!form.name.trim()) e.name = 'Enter their full name.';
    if (form.password && form.password.length < 10) e.password = 'Use at least 10 characters, or leave it empty.';
    setErrors(e);
    if (Object.keys(e).length) return;
    m.mutate(
      {
        input: {
          email: form.email.trim(),
          name: form.name.trim(),
          role: form.role,
          jobFunction: (form.jobFunction || undefined) as UserJobFunction | undefined,
          password: form.password || undefined,
        },
      },
      {
        onSuccess: (d) => {
          toast(d.createUser.user.status === 'ACTIVE' ? `${d.createUser.user.name} can sign in now` : `${d.createUser.user.name} added; waiting for an invitation`);
          onClose();
        },
      },
    );
  }

  return (
    <Dialog
      open
      onClose={onClose}
      title="New vendor user"
      description="For your channel team. Partner users join through invitations from their own organisation."
      onSubmit={submit}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" loading={m.isPending}>
            Create user
          </Button>
        </>
      }
    >
      <div className="stack" style={{ gap: 16 }}>
        {unplaced && <ErrorAlert error={m.error} />}
        <div className="form-grid">
          <TextField label="Full name" required autoComplete="off" value={form.name} onChange={set('name')} error={errors.name ?? server('name')} />
          <TextField label="Work e-mail" required type="email" autoComplete="off" value={form.email} onChange={set('email')} error={errors.email ?? server('email')} />
          <SelectField label="Role" value={form.role} onChange={set('role')} error={server('role')}>
            <option value="CHANNEL_MANAGER">{roleLabels.CHANNEL_MANAGER}</option>
            <option value="ADMIN">{roleLabels.ADMIN}</option>
          </SelectField>
          <SelectField label="Job function" value={form.jobFunction} onChange={set('jobFunction')} error={server('jobFunction')}>
            <option value="">Not set</option>
            {jobFunctions.map((j) => (
              <option key={j} value={j}>
                {jobFunctionLabels[j]}
              </option>
            ))}
          </SelectField>
          <TextField
            className="full"
            label="Initial password"
            type="password"
            autoComplete="new-password"
            value={form.password}
            onChange={set('password')}
            hint="Optional. At least 10 characters; without one, the account waits for an invitation."
            error={errors.password ?? server('password')}
          />
        </div>
      </div>
    </Dialog>
  );
}

function DisableDialog({ user, onClose }: { user: { id: string; name: string }; onClose: () => void }) {
  const m = useGqlMutation(DisableUserMutation);
  const toast = useToast();
  return (
    <Dialog
      open
      onClose={onClose}
      title={`Disable ${user.name}?`}
      onSubmit={() =>
        m.mutate(
          { input: { id: user.id } },
          {
            onSuccess: () => {
              toast(`${user.name} is disabled`);
              onClose();
            },
          },
        )
      }
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="danger" loading={m.isPending}>
            Disable user
          </Button>
        </>
      }
    >
      <div className="stack" style={{ gap: 12 }}>
        {m.error && <ErrorAlert error={m.error} />}
        <Alert tone="warning" title="They are signed out everywhere at once">
          They can no longer sign in. Their history and audit trail stay.
        </Alert>
      </div>
    </Dialog>
  );
}

export default function UsersAdmin() {
  usePageTitle('Users');
  const viewer = useViewer();
  const list = useListParams<UserOrderField>({ sort: 'NAME', direction: 'ASC' });
  const [search, setSearch] = useDebouncedFilter(list.get('q'), (v) => list.update({ q: v }));
  const [creating, setCreating] = useState(false);
  const [disabling, setDisabling] = useState<{ id: string; name: string } | null>(null);

  const org = list.get('org') || 'vendor';
  const where: UserWhereInput = {};
  const qv = list.get('q').trim();
  if (qv) where.or = [{ nameContainsFold: qv }, { emailContainsFold: qv }];
  if (org === 'vendor') where.hasPartner = false;
  if (org === 'partners') where.hasPartner = true;
  if (list.get('role')) where.role = list.get('role') as UserRole;
  if (list.get('status')) where.status = list.get('status') as UserStatus;
  const q = useGqlQuery(UsersQuery, { ...list.pageVars, orderBy: { field: list.sort.field, direction: list.sort.direction }, where }, { keepPrevious: true });
  const conn = q.data?.users;
  const rows = nodes(conn);

  return (
    <>
      <PageHeader
        title="Users"
        subtitle="Who can sign in to PartnerHub. Create accounts for your channel team; partner admins invite their own people."
        actions={
          <Button variant="primary" icon={<UserPlus size={16} aria-hidden="true" />} onClick={() => setCreating(true)}>
            New vendor user
          </Button>
        }
      />
      <section className="card" aria-label="Users">
        <div className="toolbar" role="search" aria-label="Filter users">
          <div className="field grow">
            <label htmlFor="user-search">Search</label>
            <div className="input-icon">
              <Search size={16} aria-hidden="true" />
              <input id="user-search" className="input" type="search" placeholder="Name or e-mail" value={search} onChange={(e) => setSearch(e.target.value)} />
            </div>
          </div>
          <div className="field">
            <label htmlFor="user-org">Organisation</label>
            <select id="user-org" className="select" value={org} onChange={(e) => list.update({ org: e.target.value, role: '' })}>
              <option value="vendor">Channel team</option>
              <option value="partners">Partners</option>
              <option value="all">Everyone</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor="user-role">Role</label>
            <select id="user-role" className="select" value={list.get('role')} onChange={(e) => list.update({ role: e.target.value })}>
              <option value="">All roles</option>
              {(org === 'vendor' ? VENDOR_ROLES : org === 'partners' ? PARTNER_ROLES : inOrder(roleLabels)).map((r) => (
                <option key={r} value={r}>
                  {roleLabels[r]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="user-status">Status</label>
            <select id="user-status" className="select" value={list.get('status')} onChange={(e) => list.update({ status: e.target.value })}>
              <option value="">All statuses</option>
              <option value="ACTIVE">Active</option>
              <option value="INVITED">Invited</option>
              <option value="DISABLED">Disabled</option>
            </select>
          </div>
        </div>
        <ConnectionTable
          query={q}
          connection={conn}
          list={list}
          noun="users"
          csv={{ list: 'users', fields: ['name', 'email', 'role', 'jobFunction', 'status', 'lastLoginAt', 'partner.name'], where, orderBy: { field: list.sort.field, direction: list.sort.direction } }}
          skeleton={{ rows: 6, columns: 5 }}
          empty={
            <EmptyState icon={<Users size={22} />} title="Nobody matches">
              Try a broader search or another organisation.
            </EmptyState>
          }
        >
          <thead>
            <tr>
              <SortHeader label="Name" field="NAME" sort={list.sort} onSort={list.setSort} />
              <SortHeader label="Role" field="ROLE" sort={list.sort} onSort={list.setSort} />
              <th scope="col">Organisation</th>
              <SortHeader label="Status" field="STATUS" sort={list.sort} onSort={list.setSort} />
              <SortHeader label="Last sign-in" field="LAST_LOGIN_AT" sort={list.sort} onSort={list.setSort} />
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((u) => (
              <tr key={u.id}>
                <td>
                  <div className="cell-person">
                    <Avatar name={u.name} size="sm" />
                    <div>
                      <div className="cell-title">
                        {u.name}
                        {u.id === viewer.id && <span className="muted"> (you)</span>}
                      </div>
                      <div className="cell-sub">{u.email}</div>
                    </div>
                  </div>
                </td>
                <td data-label="Role">{roleLabels[u.role]}</td>
                <td data-label="Organisation">{u.partner?.name ?? 'Channel team'}</td>
                <td data-label="Status">
                  <StatusBadge status={u.status} kind="user" />
                </td>
                <td data-label="Last sign-in">{relative(u.lastLoginAt)}</td>
                <td className="num">
                  {u.status !== 'DISABLED' && u.id !== viewer.id && (
                    <Button size="sm" variant="ghost" icon={<UserX size={14} aria-hidden="true" />} onClick={() => setDisabling(u)} aria-label={`Disable ${u.name}`}>
                      Disable
                    </Button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </ConnectionTable>
      </section>
      {creating && <CreateUserDialog onClose={() => setCreating(false)} />}
      {disabling && <DisableDialog user={disabling} onClose={() => setDisabling(null)} />}
    </>
  );
}
