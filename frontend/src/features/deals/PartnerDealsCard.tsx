// A partner's registrations on its detail page (channel team).
import { Briefcase, ShieldAlert } from 'lucide-react';
import { Link } from 'react-router';
import { count, date, money } from '../../lib/format';
import { useGqlQuery } from '../../lib/query';

import { ButtonLink } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { ExportButton } from '../../ui/ExportButton';
import { EmptyState, ErrorState, SkeletonRows } from '../../ui/States';
import { KeyDate } from './KeyDate';
import { DealStatusBadge } from './status';
import { nodes } from '../../lib/connection';
import { PartnerDealsQuery } from './api/partnerDealsCard';

export default function PartnerDealsCard({ partner }: { partner: { id: string; name: string } }) {
  const mine = { hasPartnerWith: [{ id: partner.id }] };
  const q = useGqlQuery(PartnerDealsQuery, {
    where: mine,
    submitted: { ...mine, status: 'SUBMITTED' },
    approved: { ...mine, status: 'APPROVED' },
    won: { ...mine, status: 'WON' },
  });
  const d = q.data;
  const rows = nodes(d?.recent);
  const now = Date.now();
  return (
    <Card
      title="Deals"
      hint={
        d
          ? `${count(d.recent.totalCount)} registrations · ${count(d.submitted.totalCount)} awaiting a decision · ${count(d.approved.totalCount)} protected · ${count(d.won.totalCount)} won`
          : 'Registrations of this partner.'
      }
      actions={
        d && d.recent.totalCount > 0 ? (
          <ButtonLink size="sm" to={`/deals?partner=${encodeURIComponent(partner.id)}`}>
            All {count(d.recent.totalCount)} deals
          </ButtonLink>
        ) : undefined
      }
      flush
    >
      {q.isError ? (
        <ErrorState error={q.error} onRetry={() => void q.refetch()} />
      ) : q.isPending ? (
        <SkeletonRows rows={4} columns={5} />
      ) : rows.length === 0 ? (
        <EmptyState icon={<Briefcase size={22} />} title="No deals registered yet">
          {partner.name}’s registrations appear here.
        </EmptyState>
      ) : (
        <div className="table-wrap">
          <table className="table table-cards deal-table" aria-label={`Latest deals of ${partner.name}`}>
            <thead>
              <tr>
                <th scope="col">Deal</th>
                <th scope="col" className="num">
                  Amount
                </th>
                <th scope="col">Status</th>
                <th scope="col">Decision or protection</th>
                <th scope="col">Registered</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((x) => (
                <tr key={x.id}>
                  <td>
                    <Link to={`/deals/${x.id}`} className="cell-title">
                      {x.title}
                    </Link>
                    <div className="cell-sub">{x.customerName}</div>
                  </td>
                  <td data-label="Amount" className="num nowrap">
                    {money(x.amount, x.currency)}
                  </td>
                  <td data-label="Status">
                    <span className="status-cell">
                      <DealStatusBadge status={x.status} />
                      {(x.conflicts ?? []).length > 0 && (
                        <span className="flag" title="Conflicts flagged">
                          <ShieldAlert size={13} aria-hidden="true" />
                          <span className="visually-hidden">Conflicts flagged</span>
                        </span>
                      )}
                    </span>
                  </td>
                  <td data-label="Next">
                    <KeyDate d={x} now={now} />
                  </td>
                  <td data-label="Registered">
                    {date(x.createdAt)}
                    <div className="cell-sub">{x.registeredBy.name}</div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {rows.length > 0 && (
        <ExportButton
          csv={{
            list: 'deals',
            fields: ['title', 'customerName', 'amount', 'currency', 'status', 'decisionDueAt', 'protectionExpiresAt', 'createdAt', 'registeredBy.name'],
            where: mine,
            orderBy: { field: 'CREATED_AT', direction: 'DESC' },
          }}
        />
      )}
    </Card>
  );
}
