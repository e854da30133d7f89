// How fast each member of the channel team decided registrations over a period: how many, the
// median time to a decision, and the share decided within the SLA.
import { useState } from 'react';
import { Timer } from 'lucide-react';
import { count, percent } from '../../lib/format';
import { useGqlQuery } from '../../lib/query';
import { useViewer } from '../../lib/session';
import { Avatar, Card } from '../../ui/Card';
import { TableExportButton } from '../../ui/ExportButton';
import { EmptyState, ErrorState, SkeletonRows } from '../../ui/States';
import { daysAgo, useMountTime } from './status';
import { DecisionStatsQuery } from './api/decisionStats';

export function hoursLabel(h: number): string {
  if (h < 1) return `${Math.max(1, Math.round(h * 60))} min`;
  if (h < 48) return `${h < 10 ? h.toFixed(1).replace(/\.0$/, '') : Math.round(h)} h`;
  return `${(h / 24).toFixed(1).replace(/\.0$/, '')} days`;
}

const periods = [30, 90, 365] as const;

export function DecisionStatsCard() {
  const viewer = useViewer();
  const now = useMountTime();
  const [days, setDays] = useState<(typeof periods)[number]>(90);
  const q = useGqlQuery(DecisionStatsQuery, { from: daysAgo(now, days), to: new Date(now + 60_000).toISOString() }, { keepPrevious: true });
  const rows = q.data?.dealDecisionStats ?? [];
  return (
    <Card
      title="Decision times per manager"
      hint="Registrations decided in the period: the median time from submission to decision, and the share decided by their due time."
      actions={
        <div className="segmented segmented-sm" role="group" aria-label="Period">
          {periods.map((p) => (
            <button key={p} type="button" aria-pressed={days === p} onClick={() => setDays(p)}>
              {p === 365 ? '12 months' : `${p} days`}
            </button>
          ))}
        </div>
      }
      flush
    >
      {q.isError ? (
        <ErrorState error={q.error} onRetry={() => void q.refetch()} />
      ) : q.isPending ? (
        <SkeletonRows rows={3} columns={4} />
      ) : rows.length === 0 ? (
        <EmptyState icon={<Timer size={22} />} title="No decisions in this period" />
      ) : (
        <>
        <div className="table-wrap" aria-busy={q.isFetching}>
          <table className="table table-cards deal-table" aria-label="Decision times per manager">
            <thead>
              <tr>
                <th scope="col">Manager</th>
                <th scope="col" className="num">
                  Decided
                </th>
                <th scope="col" className="num">
                  Median time to decision
                </th>
                <th scope="col">Within SLA</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r, i) => {
                const name = r.reviewer?.name ?? 'Former team member';
                const rate = r.withinSlaRate;
                return (
                  <tr key={r.reviewer?.id ?? i}>
                    <td>
                      <div className="cell-person">
                        <Avatar name={name} size="sm" />
                        <div>
                          <div className="cell-title">
                            {name}
                            {r.reviewer?.id === viewer.id && <span className="muted"> (you)</span>}
                          </div>
                          {r.reviewer && <div className="cell-sub">{r.reviewer.email}</div>}
                        </div>
                      </div>
                    </td>
                    <td data-label="Decided" className="num">
                      {count(r.decided)}
                    </td>
                    <td data-label="Median" className="num">
                      {hoursLabel(r.medianHoursToDecision)}
                    </td>
                    <td data-label="Within SLA">
                      <div className="sla">
                        <div className="meter" aria-hidden="true">
                          <span style={{ width: `${rate * 100}%` }} className={rate < 0.8 ? 'warn' : 'ok'} />
                        </div>
                        <span className="nowrap">{percent(rate)}</span>
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
          <TableExportButton
            fileName={`decision-times-${days}-days.csv`}
            rows={rows}
            columns={[
              { header: 'reviewer.name', value: (r) => r.reviewer?.name ?? 'Former team member' },
              { header: 'reviewer.email', value: (r) => r.reviewer?.email },
              { header: 'decided', value: (r) => r.decided },
              { header: 'medianHoursToDecision', value: (r) => r.medianHoursToDecision },
              { header: 'withinSlaRate', value: (r) => r.withinSlaRate },
            ]}
          />
        </>
      )}
    </Card>
  );
}
