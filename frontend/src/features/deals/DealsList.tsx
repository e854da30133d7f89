// Deal registrations: a partner's own (a sales rep's own registrations, a partner admin's whole
// organisation's) or, for the channel team, every partner's. Filters, sort and the cursor page
// live in the URL.
import { Briefcase, ClipboardCheck, Plus, Search, ShieldAlert } from 'lucide-react';
import { Link } from 'react-router';
import type { DealOrderField, DealStatus, DealWhereInput } from '../../gql/graphql';
import { isVendor } from '../../lib/roles';
import { count, date, day, money } from '../../lib/format';
import { useDebouncedFilter, useListParams } from '../../lib/listParams';
import { useGqlQuery } from '../../lib/query';
import { useViewer } from '../../lib/session';

import { usePageTitle } from '../../lib/usePageTitle';
import { Button, ButtonLink } from '../../ui/Button';
import { PageHeader } from '../../ui/Card';
import { ConnectionTable } from '../../ui/ConnectionTable';
import { EmptyState } from '../../ui/States';
import { SortHeader } from '../../ui/Table';
import { KeyDate } from './KeyDate';
import { DealStatusBadge, dealStatuses, statusLabel } from './status';
import { nodes } from '../../lib/connection';
import { DealsListQuery, DealStatusCountsQuery, PartnerOptionsQuery } from './api/dealsList';

export default function DealsList() {
  const viewer = useViewer();
  const vendor = isVendor(viewer.role);
  usePageTitle('Deals');
  const list = useListParams<DealOrderField>({ sort: 'CREATED_AT', direction: 'DESC' });
  const [search, setSearch] = useDebouncedFilter(list.get('q'), (v) => list.update({ q: v }));
  const partnersQ = useGqlQuery(PartnerOptionsQuery, {}, { enabled: vendor });

  // Everything but the status: the status tabs count within it.
  const base: DealWhereInput = {};
  const and: DealWhereInput[] = [];
  const qv = list.get('q').trim();
  if (qv) and.push({ or: [{ customerNameContainsFold: qv }, { titleContainsFold: qv }, { customerDomainContainsFold: qv }] });
  const partnerId = vendor ? list.get('partner') : '';
  if (partnerId) base.hasPartnerWith = [{ id: partnerId }];
  const mine = list.get('mine');
  if (mine && vendor) base.hasPartnerWith = [...(base.hasPartnerWith ?? []), { hasManagerWith: [{ id: viewer.id }] }];
  if (mine && viewer.role === 'PARTNER_ADMIN') base.hasRegisteredByWith = [{ id: viewer.id }];
  if (and.length) base.and = and;

  const status = list.get('status') as DealStatus | '';
  const where: DealWhereInput = status ? { ...base, status } : base;

  const q = useGqlQuery(
    DealsListQuery,
    { ...list.pageVars, orderBy: { field: list.sort.field, direction: list.sort.direction }, where },
    { keepPrevious: true },
  );
  // One count per status within the other filters (each its own where: an empty one inside
  // `and` is refused by the API).
  const counts = useGqlQuery(
    DealStatusCountsQuery,
    {
      all: base,
      submitted: { ...base, status: 'SUBMITTED' },
      approved: { ...base, status: 'APPROVED' },
      won: { ...base, status: 'WON' },
      lost: { ...base, status: 'LOST' },
      rejected: { ...base, status: 'REJECTED' },
      withdrawn: { ...base, status: 'WITHDRAWN' },
      expired: { ...base, status: 'EXPIRED' },
    },
    { keepPrevious: true },
  );
  const conn = q.data?.deals;
  const rows = nodes(conn);
  const filtered = Boolean(qv || partnerId || mine);
  const c = counts.data;
  const countOf: Record<DealStatus | '', number | undefined> = {
    '': c?.all.totalCount,
    SUBMITTED: c?.submitted.totalCount,
    APPROVED: c?.approved.totalCount,
    WON: c?.won.totalCount,
    LOST: c?.lost.totalCount,
    REJECTED: c?.rejected.totalCount,
    WITHDRAWN: c?.withdrawn.totalCount,
    EXPIRED: c?.expired.totalCount,
  };
  const now = Date.now();

  const subtitle = vendor
    ? 'Every deal registration across the program, with its status, protection and conflicts.'
    : viewer.role === 'PARTNER_SALES'
      ? 'The deals you registered: where each stands, and what protects it.'
      : `Every deal ${viewer.partner?.name ?? 'your organisation'} registered: where each stands, and what protects it.`;

  return (
    <>
      <PageHeader
        title="Deals"
        subtitle={subtitle}
        actions={
          vendor ? (
            <ButtonLink to="/approvals" icon={<ClipboardCheck size={15} aria-hidden="true" />}>
              Approval queue
            </ButtonLink>
          ) : (
            <ButtonLink to="/deals/new" variant="primary" icon={<Plus size={15} aria-hidden="true" />}>
              Register a deal
            </ButtonLink>
          )
        }
      />
      <section className="card" aria-label="Deal list">
        <div className="tabs" role="group" aria-label="Status">
          {(['', ...dealStatuses] as const).map((s) => (
            <button key={s || 'all'} type="button" className="tab" aria-pressed={status === s} onClick={() => list.update({ status: s })}>
              {s ? statusLabel[s] : 'All'}
              {countOf[s] !== undefined && <span className="tab-count">{count(countOf[s] ?? 0)}</span>}
            </button>
          ))}
        </div>
        <div className="toolbar" role="search" aria-label="Filter deals">
          <div className="field grow">
            <label htmlFor="deal-search">Search</label>
            <div className="input-icon">
              <Search size={16} aria-hidden="true" />
              <input
                id="deal-search"
                className="input"
                type="search"
                placeholder="Customer, web domain or deal title"
                value={search}
                onChange={(e) => setSearch(e.target.value)}
              />
            </div>
          </div>
          {vendor && (
            <div className="field">
              <label htmlFor="f-partner">Partner</label>
              <select id="f-partner" className="select" value={partnerId} onChange={(e) => list.update({ partner: e.target.value })}>
                <option value="">All partners</option>
                {nodes(partnersQ.data?.partners).map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </select>
            </div>
          )}
          {(vendor || viewer.role === 'PARTNER_ADMIN') && (
            <div className="field">
              <span className="label" aria-hidden="true">
                &nbsp;
              </span>
              <div className="segmented" role="group" aria-label="Whose deals">
                <button type="button" aria-pressed={!mine} onClick={() => list.update({ mine: '' })}>
                  All
                </button>
                <button type="button" aria-pressed={Boolean(mine)} onClick={() => list.update({ mine: '1' })}>
                  {vendor ? 'My partners' : 'Registered by me'}
                </button>
              </div>
            </div>
          )}
        </div>
        <ConnectionTable
          query={q}
          connection={conn}
          list={list}
          noun="deals"
          csv={{ list: 'deals', fields: ['title', 'customerName', 'customerDomain', 'amount', 'currency', 'status', 'expectedCloseDate', 'createdAt', 'decisionDueAt', 'protectionExpiresAt', 'closedAt', 'coSell', 'partner.name', 'registeredBy.name'], where, orderBy: { field: list.sort.field, direction: list.sort.direction } }}
          skeleton={{ rows: 8, columns: 5 }}
          tableClassName="table table-cards deal-table"
          busy
          empty={
            <EmptyState
              icon={<Briefcase size={22} />}
              title={filtered || status ? 'No deals match these filters' : 'No deals registered yet'}
              action={
                filtered || status ? (
                  <Button onClick={() => list.update({ q: '', partner: '', mine: '', status: '' })}>Clear filters</Button>
                ) : (
                  !vendor && (
                    <ButtonLink to="/deals/new" variant="primary" icon={<Plus size={15} aria-hidden="true" />}>
                      Register your first deal
                    </ButtonLink>
                  )
                )
              }
            >
              {filtered || status
                ? 'Try a broader search or another status.'
                : vendor
                  ? 'Registrations appear here as partners submit them.'
                  : 'Register an opportunity to protect it: once approved, the customer is yours for your tier’s protection window.'}
            </EmptyState>
          }
        >
          <caption className="visually-hidden">Deals, sorted by {list.sort.field.toLowerCase().replace(/_/g, ' ')}</caption>
          <thead>
            <tr>
              <SortHeader label="Deal" field="CUSTOMER_NAME" sort={list.sort} onSort={list.setSort} className="col-deal" />
              {vendor && <th scope="col">Partner</th>}
              <SortHeader label="Amount" field="AMOUNT" sort={list.sort} onSort={list.setSort} className="num" />
              <SortHeader label="Status" field="STATUS" sort={list.sort} onSort={list.setSort} />
              <th scope="col">Decision or protection</th>
              <SortHeader label="Expected close" field="EXPECTED_CLOSE_DATE" sort={list.sort} onSort={list.setSort} />
              <SortHeader label="Registered" field="CREATED_AT" sort={list.sort} onSort={list.setSort} />
            </tr>
          </thead>
          <tbody>
            {rows.map((d) => {
              const flagged = (d.conflicts ?? []).length > 0;
              return (
                <tr key={d.id}>
                  <td className="col-deal">
                    <Link to={`/deals/${d.id}`} className="cell-title">
                      {d.title}
                    </Link>
                    <div className="cell-sub">
                      {d.customerName} · {d.customerDomain}
                    </div>
                  </td>
                  {vendor && (
                    <td data-label="Partner">
                      <Link to={`/partners/${d.partner.id}`}>{d.partner.name}</Link>
                    </td>
                  )}
                  <td data-label="Amount" className="num nowrap">
                    {money(d.amount, d.currency)}
                    <div className="cell-sub">{d.currency}</div>
                  </td>
                  <td data-label="Status">
                    <div className="status-cell">
                      <DealStatusBadge status={d.status} />
                      {flagged && (
                        <span className="flag" title="Conflicts flagged">
                          <ShieldAlert size={13} aria-hidden="true" />
                          <span className="visually-hidden">Conflicts flagged</span>
                        </span>
                      )}
                      {d.coSell && <span className="badge">Co-sell</span>}
                    </div>
                  </td>
                  <td data-label="Next">
                    <KeyDate d={d} now={now} />
                  </td>
                  <td data-label="Expected close" className="nowrap">
                    {day(d.expectedCloseDate)}
                  </td>
                  <td data-label="Registered">
                    <div className="nowrap">{date(d.createdAt)}</div>
                    {viewer.role !== 'PARTNER_SALES' && <div className="cell-sub">{d.registeredBy.name}</div>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </ConnectionTable>
      </section>
    </>
  );
}
