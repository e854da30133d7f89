import { Building2, Search } from 'lucide-react';
import { Link } from 'react-router';
import type { PartnerOrderField, PartnerRegion, PartnerStatus, PartnerType, PartnerWhereInput } from '../../gql/graphql';
import { countryName, inOrder, partnerStatusLabels, partnerTypeLabels, regionLabels } from '../../lib/format';
import { useDebouncedFilter, useListParams } from '../../lib/listParams';
import { useGqlQuery } from '../../lib/query';
import { useViewer } from '../../lib/session';
import { sortByRank, TierOptionsQuery } from '../../lib/tiers';
import { usePageTitle } from '../../lib/usePageTitle';
import { StatusBadge, TierBadge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { Avatar, PageHeader } from '../../ui/Card';
import { ConnectionTable } from '../../ui/ConnectionTable';
import { EmptyState } from '../../ui/States';
import { SortHeader } from '../../ui/Table';
import { nodes } from '../../lib/connection';
import { PartnersListQuery } from './api/partnersList';
import { MoneyList, RiskBadge, TierProgressCell } from './Performance';

const types = inOrder(partnerTypeLabels);
const statuses = inOrder(partnerStatusLabels);
const regions: PartnerRegion[] = ['NA', 'LATAM', 'EMEA', 'APAC'];

export default function PartnersList() {
  usePageTitle('Partners');
  const viewer = useViewer();
  const list = useListParams<PartnerOrderField>({ sort: 'NAME', direction: 'ASC' });
  const [search, setSearch] = useDebouncedFilter(list.get('q'), (v) => list.update({ q: v }));
  const tiersQ = useGqlQuery(TierOptionsQuery, {});
  const tiers = sortByRank(nodes(tiersQ.data?.tiers));

  const where: PartnerWhereInput = {};
  const and: PartnerWhereInput[] = [];
  const qv = list.get('q').trim();
  if (qv) and.push({ or: [{ nameContainsFold: qv }, { domainContainsFold: qv }, { slugContainsFold: qv }] });
  const tier = list.get('tier');
  if (tier === 'none') where.hasTier = false;
  else if (tier) where.hasTierWith = [{ id: tier }];
  if (list.get('type')) where.type = list.get('type') as PartnerType;
  if (list.get('status')) where.status = list.get('status') as PartnerStatus;
  if (list.get('region')) where.region = list.get('region') as PartnerRegion;
  if (list.get('mine')) where.hasManagerWith = [{ id: viewer.id }];
  if (and.length) where.and = and;

  const q = useGqlQuery(
    PartnersListQuery,
    { ...list.pageVars, orderBy: { field: list.sort.field, direction: list.sort.direction }, where },
    { keepPrevious: true },
  );
  const conn = q.data?.partners;
  const rows = nodes(conn);
  const filtered = Boolean(qv || tier || list.get('type') || list.get('status') || list.get('region') || list.get('mine'));

  return (
    <>
      <PageHeader
        title="Partners"
        subtitle="Every partner organisation in the program, with its tier, account manager, pipeline, won revenue and risk."
        actions={
          <div className="segmented" role="group" aria-label="Which partners">
            <button type="button" aria-pressed={!list.get('mine')} onClick={() => list.update({ mine: '' })}>
              All partners
            </button>
            <button type="button" aria-pressed={Boolean(list.get('mine'))} onClick={() => list.update({ mine: '1' })}>
              Managed by me
            </button>
          </div>
        }
      />
      <section className="card" aria-label="Partner list">
        <div className="toolbar" role="search" aria-label="Filter partners">
          <div className="field grow">
            <label htmlFor="partner-search">Search</label>
            <div className="input-icon">
              <Search size={16} aria-hidden="true" />
              <input
                id="partner-search"
                className="input"
                type="search"
                placeholder="Name or web domain"
                value={search}
                onChange={(e) => setSearch(e.target.value)}
              />
            </div>
          </div>
          <div className="field">
            <label htmlFor="f-tier">Tier</label>
            <select id="f-tier" className="select" value={tier} onChange={(e) => list.update({ tier: e.target.value })}>
              <option value="">All tiers</option>
              {tiers.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
              <option value="none">No tier</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor="f-type">Type</label>
            <select id="f-type" className="select" value={list.get('type')} onChange={(e) => list.update({ type: e.target.value })}>
              <option value="">All types</option>
              {types.map((t) => (
                <option key={t} value={t}>
                  {partnerTypeLabels[t]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="f-status">Status</label>
            <select id="f-status" className="select" value={list.get('status')} onChange={(e) => list.update({ status: e.target.value })}>
              <option value="">All statuses</option>
              {statuses.map((s) => (
                <option key={s} value={s}>
                  {partnerStatusLabels[s]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="f-region">Region</label>
            <select id="f-region" className="select" value={list.get('region')} onChange={(e) => list.update({ region: e.target.value })}>
              <option value="">All regions</option>
              {regions.map((r) => (
                <option key={r} value={r}>
                  {regionLabels[r]}
                </option>
              ))}
            </select>
          </div>
        </div>
        <ConnectionTable
          query={q}
          connection={conn}
          list={list}
          noun="partners"
          csv={{ list: 'partners', fields: [
              'name',
              'domain',
              'type',
              'status',
              'country',
              'region',
              'tier.name',
              'manager.name',
              'performance.openPipelineText',
              'performance.openDeals',
              'performance.wonRevenueText',
              'performance.wonDeals',
              'performance.tierProgressText',
              'performance.healthScore',
              'performance.risk',
              'performance.riskReasonsText',
            ],
            where, orderBy: { field: list.sort.field, direction: list.sort.direction } }}
          skeleton={{ rows: 8, columns: 9 }}
          busy
          empty={
            <EmptyState
              icon={<Building2 size={22} />}
              title={filtered ? 'No partners match these filters' : 'No partners yet'}
              action={
                filtered && (
                  <Button onClick={() => list.update({ q: '', tier: '', type: '', status: '', region: '', mine: '' })}>Clear filters</Button>
                )
              }
            >
              {filtered ? 'Try a broader search or remove a filter.' : 'Partners appear here once they sign their agreement.'}
            </EmptyState>
          }
        >
          <caption className="visually-hidden">Partners, sorted by {list.sort.field.toLowerCase()}</caption>
          <thead>
            <tr>
              <SortHeader label="Partner" field="NAME" sort={list.sort} onSort={list.setSort} />
              <SortHeader label="Type" field="TYPE" sort={list.sort} onSort={list.setSort} />
              <th scope="col">Tier</th>
              <SortHeader label="Status" field="STATUS" sort={list.sort} onSort={list.setSort} />
              <SortHeader label="Region" field="REGION" sort={list.sort} onSort={list.setSort} />
              <th scope="col">Account manager</th>
              <th scope="col" className="num">
                Open pipeline
              </th>
              <th scope="col" className="num">
                Won (12 months)
              </th>
              <th scope="col">Tier progress</th>
              <th scope="col">Risk</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((p) => (
              <tr key={p.id}>
                <td>
                  <div className="cell-person">
                    <Avatar name={p.name} size="sm" />
                    <div>
                      <Link to={`/partners/${p.id}`} className="cell-title">
                        {p.name}
                      </Link>
                      <div className="cell-sub">{p.domain ?? '—'}</div>
                    </div>
                  </div>
                </td>
                <td data-label="Type">{partnerTypeLabels[p.type] ?? p.type}</td>
                <td data-label="Tier">
                  <TierBadge tier={p.tier} />
                </td>
                <td data-label="Status">
                  <StatusBadge status={p.status} />
                </td>
                <td data-label="Region">
                  <div>{regionLabels[p.region] ?? p.region}</div>
                  <div className="cell-sub">{countryName(p.country)}</div>
                </td>
                <td data-label="Manager">{p.manager?.name ?? <span className="muted">Unassigned</span>}</td>
                <td data-label="Open pipeline" className="num">
                  <MoneyList items={p.performance.openPipeline} />
                  {p.performance.openDeals > 0 && <div className="cell-sub">{p.performance.openDeals} open</div>}
                </td>
                <td data-label="Won (12 mo)" className="num">
                  <MoneyList items={p.performance.wonRevenue} />
                  {p.performance.wonDeals > 0 && <div className="cell-sub">{p.performance.wonDeals} won</div>}
                </td>
                <td data-label="Tier progress">
                  <TierProgressCell perf={p.performance} />
                </td>
                <td data-label="Risk">
                  <RiskBadge perf={p.performance} />
                </td>
              </tr>
            ))}
          </tbody>
        </ConnectionTable>
      </section>
    </>
  );
}
