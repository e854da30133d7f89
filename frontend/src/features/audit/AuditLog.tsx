import { ScrollText, Search } from 'lucide-react';
import { Link } from 'react-router';
import type { AuditEventActorType, AuditEventOrderField, AuditEventWhereInput } from '../../gql/graphql';
import { dateTime, relative } from '../../lib/format';
import { useDebouncedFilter, useListParams } from '../../lib/listParams';
import { useGqlQuery } from '../../lib/query';
import { useViewer } from '../../lib/session';

import { usePageTitle } from '../../lib/usePageTitle';
import { Badge, type Tone } from '../../ui/Badge';
import { PageHeader } from '../../ui/Card';
import { ConnectionTable } from '../../ui/ConnectionTable';
import { EmptyState } from '../../ui/States';
import { SortHeader } from '../../ui/Table';
import { nodes } from '../../lib/connection';
import { AuditQuery } from './api/auditLog';
import { recordKind, recordRef, summaryEntries } from './summary';

const knownActions: Record<string, string> = {
  login: 'Signed in',
  'login.failed': 'Sign-in failed',
  'login.locked': 'Sign-in locked',
  logout: 'Signed out',
  refreshSession: 'Session refreshed',
  'refreshSession.reused': 'Reused session token',
};

/** updatePartner → "Update partner"; login.failed → "Sign-in failed". */
export function describeAction(action: string): string {
  if (knownActions[action]) return knownActions[action];
  const words = action
    .split('.')
    .map((part) => part.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase())
    .join(' · ');
  return words ? words[0].toUpperCase() + words.slice(1) : action;
}

function actionTone(action: string): Tone {
  if (/failed|locked|reused|disable|reject/i.test(action)) return 'danger';
  if (/^(login|logout|refreshSession)$/.test(action)) return 'neutral';
  if (/^create|^register|^approve/.test(action)) return 'success';
  return 'info';
}

const actorTypeLabels: Record<AuditEventActorType, string> = {
  USER: 'User',
  API_KEY: 'API key',
  SYSTEM: 'System',
  ANONYMOUS: 'Not signed in',
};

function Summary({ summary, vendor }: { summary: Record<string, unknown> | null; vendor: boolean }) {
  const entries = summaryEntries(summary, vendor);
  if (entries.length === 0) return <span className="muted">—</span>;
  return (
    <ul className="summary-list">
      {entries.map((e) => (
        <li key={e.label}>
          <span className="k">{e.label}:</span>{' '}
          {e.href ? (
            <Link to={e.href} title={e.title}>
              {e.text}
            </Link>
          ) : (
            <span title={e.title}>{e.text}</span>
          )}
        </li>
      ))}
    </ul>
  );
}

function RecordCell({ entityType, entityID, vendor }: { entityType: string; entityID: string; vendor: boolean }) {
  const ref = recordRef(entityID, vendor);
  return (
    <>
      <div>{recordKind(entityType)}</div>
      <div className="cell-sub mono" title={ref.title}>
        {ref.href ? <Link to={ref.href}>{entityID.slice(-6)}</Link> : `…${entityID.slice(-6)}`}
      </div>
    </>
  );
}

export default function AuditLog() {
  usePageTitle('Audit log');
  const viewer = useViewer();
  const vendor = viewer.role === 'ADMIN';
  const list = useListParams<AuditEventOrderField>({ sort: 'CREATED_AT', direction: 'DESC' });
  const [search, setSearch] = useDebouncedFilter(list.get('q'), (v) => list.update({ q: v }));

  const where: AuditEventWhereInput = {};
  const qv = list.get('q').trim();
  if (qv) where.or = [{ actionContainsFold: qv }, { entityIDContainsFold: qv }, { requestIDContainsFold: qv }, { entityTypeContainsFold: qv }];
  if (list.get('actor')) where.actorType = list.get('actor') as AuditEventActorType;
  const since = list.get('since');
  // Rounded to the minute, so the query (and its cache key) stays the same between renders.
  if (since) where.createdAtGTE = new Date(Math.floor(Date.now() / 60_000) * 60_000 - Number(since) * 86_400_000).toISOString();

  const q = useGqlQuery(AuditQuery, { ...list.pageVars, orderBy: { field: list.sort.field, direction: list.sort.direction }, where }, { keepPrevious: true });
  const conn = q.data?.auditEvents;
  const rows = nodes(conn);

  return (
    <>
      <PageHeader
        title="Audit log"
        subtitle={
          vendor
            ? 'Every change and sign-in across PartnerHub: who, what, when and from where.'
            : `Every change and sign-in at ${viewer.partner?.name ?? 'your organisation'}: who, what, when and from where.`
        }
      />
      <section className="card" aria-label="Audit events">
        <div className="toolbar" role="search" aria-label="Filter events">
          <div className="field grow">
            <label htmlFor="audit-search">Search</label>
            <div className="input-icon">
              <Search size={16} aria-hidden="true" />
              <input id="audit-search" className="input" type="search" placeholder="Action, record ID or request ID" value={search} onChange={(e) => setSearch(e.target.value)} />
            </div>
          </div>
          <div className="field">
            <label htmlFor="audit-actor">Actor</label>
            <select id="audit-actor" className="select" value={list.get('actor')} onChange={(e) => list.update({ actor: e.target.value })}>
              <option value="">Anyone</option>
              {(Object.keys(actorTypeLabels) as AuditEventActorType[]).map((a) => (
                <option key={a} value={a}>
                  {actorTypeLabels[a]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="audit-since">Period</label>
            <select id="audit-since" className="select" value={since} onChange={(e) => list.update({ since: e.target.value })}>
              <option value="">All time</option>
              <option value="1">Last 24 hours</option>
              <option value="7">Last 7 days</option>
              <option value="30">Last 30 days</option>
            </select>
          </div>
        </div>
        <ConnectionTable
          query={q}
          connection={conn}
          list={list}
          noun="events"
          csv={{ list: 'auditEvents', fields: ['createdAt', 'actorType', 'actor.name', 'actor.email', 'action', 'entityType', 'entityID', 'requestID', 'ip', 'partner.name'], where, orderBy: { field: list.sort.field, direction: list.sort.direction } }}
          skeleton={{ rows: 8, columns: 5 }}
          empty={
            <EmptyState icon={<ScrollText size={22} />} title="No events match">
              Changes and sign-ins are recorded here as they happen.
            </EmptyState>
          }
        >
          <thead>
            <tr>
              <SortHeader label="When" field="CREATED_AT" sort={list.sort} onSort={list.setSort} />
              <th scope="col">Who</th>
              <SortHeader label="What" field="ACTION" sort={list.sort} onSort={list.setSort} />
              <th scope="col">Record</th>
              <th scope="col">Changes</th>
              <th scope="col">From</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((e) => (
              <tr key={e.id}>
                <td data-label="When" className="nowrap">
                  <time dateTime={e.createdAt} title={dateTime(e.createdAt)}>
                    {relative(e.createdAt)}
                  </time>
                  <div className="cell-sub">{dateTime(e.createdAt)}</div>
                </td>
                <td data-label="Who">
                  {e.actor ? (
                    <>
                      <div className="cell-title">{e.actor.name}</div>
                      <div className="cell-sub">{e.actorType === 'API_KEY' ? 'via API key' : e.actor.email}</div>
                      {vendor && e.partner && <div className="cell-sub">{e.partner.name}</div>}
                    </>
                  ) : (
                    <span className="muted">{actorTypeLabels[e.actorType]}</span>
                  )}
                </td>
                <td data-label="What">
                  <Badge tone={actionTone(e.action)}>{describeAction(e.action)}</Badge>
                </td>
                <td data-label="Record">
                  <RecordCell entityType={e.entityType} entityID={e.entityID} vendor={vendor} />
                </td>
                <td data-label="Changes">
                  <Summary summary={e.summary} vendor={vendor} />
                </td>
                <td data-label="From">
                  <div className="mono">{e.ip || '—'}</div>
                  <div className="cell-sub" title={`Request ID ${e.requestID}: quote it to support`}>
                    request <span className="mono">…{e.requestID.slice(-6)}</span>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </ConnectionTable>
      </section>
    </>
  );
}
