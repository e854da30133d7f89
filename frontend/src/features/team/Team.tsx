import { useState } from 'react';
import { MailPlus, Search, UsersRound } from 'lucide-react';
import type { UserOrderField, UserRole, UserStatus, UserWhereInput } from '../../gql/graphql';
import { humanize, relative, roleLabels } from '../../lib/format';
import { PARTNER_ROLES } from '../../lib/roles';
import { useDebouncedFilter, useListParams } from '../../lib/listParams';
import { useGqlQuery } from '../../lib/query';
import { useViewer } from '../../lib/session';

import { usePageTitle } from '../../lib/usePageTitle';
import { StatusBadge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { Avatar, PageHeader } from '../../ui/Card';
import { InviteDialog, PendingInvitations } from './Invitations';
import { ConnectionTable } from '../../ui/ConnectionTable';
import { EmptyState } from '../../ui/States';
import { SortHeader } from '../../ui/Table';
import { nodes } from '../../lib/connection';
import { TeamQuery } from './api/team';

export default function Team() {
  usePageTitle('Team');
  const viewer = useViewer();
  const list = useListParams<UserOrderField>({ sort: 'NAME', direction: 'ASC' });
  const [search, setSearch] = useDebouncedFilter(list.get('q'), (v) => list.update({ q: v }));
  // Only the organisation's own people (the privacy rules also let a partner admin see its manager).
  const where: UserWhereInput = viewer.partner ? { hasPartnerWith: [{ id: viewer.partner.id }] } : {};
  const qv = list.get('q').trim();
  if (qv) where.or = [{ nameContainsFold: qv }, { emailContainsFold: qv }];
  if (list.get('role')) where.role = list.get('role') as UserRole;
  if (list.get('status')) where.status = list.get('status') as UserStatus;
  const q = useGqlQuery(TeamQuery, { ...list.pageVars, orderBy: { field: list.sort.field, direction: list.sort.direction }, where }, { keepPrevious: true });
  const conn = q.data?.users;
  const rows = nodes(conn);
  const [inviting, setInviting] = useState(false);

  return (
    <>
      <PageHeader
        title="Team"
        subtitle={`Everyone at ${viewer.partner?.name ?? 'your organisation'} with access to the portal.`}
        actions={
          <Button variant="primary" icon={<MailPlus size={16} aria-hidden="true" />} onClick={() => setInviting(true)}>
            Invite a colleague
          </Button>
        }
      />
      <div className="stack">
      <PendingInvitations />
      <section className="card" aria-label="Team members">
        <div className="toolbar" role="search" aria-label="Filter team">
          <div className="field grow">
            <label htmlFor="team-search">Search</label>
            <div className="input-icon">
              <Search size={16} aria-hidden="true" />
              <input id="team-search" className="input" type="search" placeholder="Name or e-mail" value={search} onChange={(e) => setSearch(e.target.value)} />
            </div>
          </div>
          <div className="field">
            <label htmlFor="team-role">Role</label>
            <select id="team-role" className="select" value={list.get('role')} onChange={(e) => list.update({ role: e.target.value })}>
              <option value="">All roles</option>
              <option value="PARTNER_ADMIN">{roleLabels.PARTNER_ADMIN}</option>
              <option value="PARTNER_SALES">{roleLabels.PARTNER_SALES}</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor="team-status">Status</label>
            <select id="team-status" className="select" value={list.get('status')} onChange={(e) => list.update({ status: e.target.value })}>
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
          noun="people"
          csv={{ list: 'users', fields: ['name', 'email', 'role', 'jobFunction', 'status', 'lastLoginAt'], where, orderBy: { field: list.sort.field, direction: list.sort.direction } }}
          skeleton={{ rows: 4, columns: 5 }}
          empty={
            <EmptyState icon={<UsersRound size={22} />} title="Nobody matches">
              Try a broader search.
            </EmptyState>
          }
        >
          <thead>
            <tr>
              <SortHeader label="Name" field="NAME" sort={list.sort} onSort={list.setSort} />
              <SortHeader label="Role" field="ROLE" sort={list.sort} onSort={list.setSort} />
              <th scope="col">Job</th>
              <SortHeader label="Status" field="STATUS" sort={list.sort} onSort={list.setSort} />
              <SortHeader label="Last sign-in" field="LAST_LOGIN_AT" sort={list.sort} onSort={list.setSort} />
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
                <td data-label="Job">{humanize(u.jobFunction)}</td>
                <td data-label="Status">
                  <StatusBadge status={u.status} kind="user" />
                </td>
                <td data-label="Last sign-in">{relative(u.lastLoginAt)}</td>
              </tr>
            ))}
          </tbody>
        </ConnectionTable>
      </section>
      </div>
      {inviting && <InviteDialog roles={PARTNER_ROLES} onClose={() => setInviting(false)} />}
    </>
  );
}
