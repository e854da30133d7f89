import { ArrowRight, Building2, CircleCheck, Hourglass, Inbox, PauseCircle } from 'lucide-react';
import { Link } from 'react-router';
import { CountBarChart } from '../../ui/charts';
import { count, inOrder, partnerTypeLabels } from '../../lib/format';
import type { PartnerType } from '../../gql/graphql';
import { useGqlQuery } from '../../lib/query';
import { useViewer } from '../../lib/session';
import { sortByRank } from '../../lib/tiers';
import { usePageTitle } from '../../lib/usePageTitle';
import { StatusBadge, TierBadge, tierColor } from '../../ui/Badge';
import { Avatar, Card, PageHeader, Stat } from '../../ui/Card';
import { ExportButton } from '../../ui/ExportButton';
import { EmptyState, ErrorState, SkeletonBlock } from '../../ui/States';
import { UpcomingTiles } from './UpcomingTiles';
import { ProgramDeals } from '../deals/ProgramDeals';
import { nodes } from '../../lib/connection';
import { VendorOverviewQuery } from './api/vendorOverview';

function greeting(now = new Date()): string {
  const h = now.getHours();
  return h < 12 ? 'Good morning' : h < 18 ? 'Good afternoon' : 'Good evening';
}

export default function VendorOverview() {
  usePageTitle('Overview');
  const viewer = useViewer();
  const q = useGqlQuery(VendorOverviewQuery, { mine: [{ id: viewer.id }] });
  const d = q.data;

  const byTier = d
    ? [
        ...sortByRank(nodes(d.tiers)).map((t) => ({ label: t.name, value: t.partners.totalCount, color: tierColor(t.rank) })),
        ...(d.untiered.totalCount ? [{ label: 'No tier', value: d.untiered.totalCount, color: '#cbd0dc' }] : []),
      ]
    : [];
  // One count per partner type; the Record type makes the compiler ask for a new type's count.
  const typeCounts: Record<PartnerType, { totalCount: number }> | undefined = d && {
    RESELLER: d.reseller,
    VAR: d.var,
    MSP: d.msp,
    SI: d.si,
    ISV: d.isv,
    REFERRAL: d.referral,
    ALLIANCE: d.alliance,
    MARKETPLACE: d.marketplace,
  };
  const byType = typeCounts
    ? inOrder(partnerTypeLabels)
        .map((k) => ({ label: partnerTypeLabels[k], value: typeCounts[k].totalCount, color: '#6366f1' }))
        .sort((a, b) => b.value - a.value)
    : [];
  // A channel manager sees their own book; an admin without one sees the newest partners.
  const showMine = viewer.role === 'CHANNEL_MANAGER' || (d?.mine.totalCount ?? 0) > 0;
  const list = showMine ? nodes(d?.mine) : nodes(d?.recent);

  return (
    <>
      <PageHeader
        title={`${greeting()}, ${viewer.name.split(' ')[0]}`}
        subtitle="Your partner program at a glance."
        actions={
          <Link to="/partners" className="btn">
            All partners <ArrowRight size={15} aria-hidden="true" />
          </Link>
        }
      />
      {q.isError ? (
        <div className="card">
          <ErrorState error={q.error} onRetry={() => void q.refetch()} />
        </div>
      ) : !d ? (
        <div className="stack">
          <div className="grid grid-4">
            {[0, 1, 2, 3].map((i) => (
              <SkeletonBlock key={i} height={110} />
            ))}
          </div>
          <div className="grid grid-2">
            <SkeletonBlock height={320} />
            <SkeletonBlock height={320} />
          </div>
        </div>
      ) : (
        <div className="stack">
          {d.waiting.totalCount > 0 && (
            <div className="alert alert-info" role="status">
              <Inbox size={18} aria-hidden="true" />
              <div className="row" style={{ flex: 1, justifyContent: 'space-between' }}>
                <div>
                  <div className="alert-title">
                    {d.waiting.totalCount === 1 ? '1 application is' : `${count(d.waiting.totalCount)} applications are`} waiting for review
                  </div>
                  <div className="alert-body">Companies that want to join the program.</div>
                </div>
                <Link to="/applications" className="btn btn-sm btn-primary">
                  Review
                </Link>
              </div>
            </div>
          )}
          <ProgramDeals />
          <div className="section-head">
            <div>
              <h2>Partners</h2>
              <p className="muted">Who is in the program, and how they go to market.</p>
            </div>
          </div>
          <div className="grid grid-4">
            <Stat label="Partners" icon={<Building2 size={16} />} value={count(d.all.totalCount)} foot="In the program" />
            <Stat label="Active" icon={<CircleCheck size={16} />} value={count(d.active.totalCount)} foot="Selling today" />
            <Stat label="Onboarding" icon={<Hourglass size={16} />} value={count(d.onboarding.totalCount)} foot="Signed, no first deal yet" />
            <Stat label="Suspended" icon={<PauseCircle size={16} />} value={count(d.suspended.totalCount)} foot="Paused partnerships" />
          </div>
          <div className="grid grid-2">
            <Card title="Partners by tier" hint="How the program’s partners spread across the ladder.">
              <CountBarChart data={byTier} label="Partners by tier" />
            </Card>
            <Card title="Partners by type" hint="How partners go to market.">
              <CountBarChart data={byType} layout="horizontal-bars" label="Partners by type" />
            </Card>
          </div>
          <Card
            title={showMine ? 'Partners you manage' : 'Newest partners'}
            hint={showMine ? `${count(d.mine.totalCount)} in your book` : 'The latest organisations to join the program.'}
            actions={
              <Link to={showMine ? '/partners?mine=1' : '/partners?sort=CREATED_AT&dir=DESC'} className="btn btn-sm">
                See all
              </Link>
            }
            flush
          >
            {list.length === 0 ? (
              <EmptyState icon={<Building2 size={22} />} title="No partners assigned to you">
                Partners you become the account manager of appear here.
              </EmptyState>
            ) : (
              <div className="table-wrap">
                <table className="table table-cards">
                  <thead>
                    <tr>
                      <th scope="col">Partner</th>
                      <th scope="col">Type</th>
                      <th scope="col">Tier</th>
                      <th scope="col">Status</th>
                      <th scope="col">Account manager</th>
                    </tr>
                  </thead>
                  <tbody>
                    {list.map((p) => (
                      <tr key={p.id}>
                        <td>
                          <div className="cell-person">
                            <Avatar name={p.name} size="sm" />
                            <Link to={`/partners/${p.id}`} className="cell-title">
                              {p.name}
                            </Link>
                          </div>
                        </td>
                        <td data-label="Type">{partnerTypeLabels[p.type]}</td>
                        <td data-label="Tier">
                          <TierBadge tier={p.tier} />
                        </td>
                        <td data-label="Status">
                          <StatusBadge status={p.status} />
                        </td>
                        <td data-label="Manager">{p.manager?.name ?? <span className="muted">Unassigned</span>}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            {list.length > 0 && (
              <ExportButton
                csv={{
                  list: 'partners',
                  fields: ['name', 'type', 'tier.name', 'status', 'manager.name', 'createdAt'],
                  where: showMine ? { hasManagerWith: [{ id: viewer.id }] } : undefined,
                  orderBy: showMine ? { field: 'NAME', direction: 'ASC' } : { field: 'CREATED_AT', direction: 'DESC' },
                }}
              />
            )}
          </Card>
          <UpcomingTiles />
        </div>
      )}
    </>
  );
}
