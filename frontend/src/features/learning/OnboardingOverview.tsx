import { useMemo } from 'react';
import { Link } from 'react-router';
import type { OnboardingOverviewQuery as Overview } from '../../gql/graphql';
import { nodes } from '../../lib/connection';
import { date, partnerTypeLabels } from '../../lib/format';
import { useGqlMutation, useGqlQuery } from '../../lib/query';
import { usePageTitle } from '../../lib/usePageTitle';
import { Badge, TierBadge } from '../../ui/Badge';
import { Card, PageHeader } from '../../ui/Card';
import { Button } from '../../ui/Button';
import { ExportButton, TableExportButton } from '../../ui/ExportButton';
import { EmptyState, ErrorAlert, ErrorState, SkeletonBlock } from '../../ui/States';
import { CompleteOnboardingStepMutation, OnboardingOverviewQuery } from './api/learning';
import { ownerLabels } from './lib';
import { ProgressBar } from './ProgressBar';

type Journey = NonNullable<NonNullable<NonNullable<Overview['onboardingJourneys']['edges']>[number]>['node']>;

/** Completion grouped by a key of the partner (tier or type): average progress and certified people. */
function byGroup(journeys: Journey[], key: (j: Journey) => string) {
  const groups = new Map<string, { n: number; progress: number; certified: number }>();
  for (const j of journeys) {
    const g = groups.get(key(j)) ?? { n: 0, progress: 0, certified: 0 };
    g.n++;
    g.progress += j.progress;
    g.certified += j.partner.certifiedPeople;
    groups.set(key(j), g);
  }
  return [...groups.entries()].map(([name, g]) => ({ name, partners: g.n, progress: Math.round(g.progress / g.n), certified: g.certified }));
}

/** The channel team's view: who is overdue, each partner's plan, completion by tier and type. */
export default function OnboardingOverview() {
  usePageTitle('Onboarding and training');
  const now = useMemo(() => new Date().toISOString(), []);
  const q = useGqlQuery(OnboardingOverviewQuery, { now });
  const tick = useGqlMutation(CompleteOnboardingStepMutation);
  if (q.isPending) return <SkeletonBlock height={240} />;
  if (q.error) return <ErrorState error={q.error} onRetry={() => q.refetch()} />;
  const journeys = nodes(q.data.onboardingJourneys);
  const overdue = nodes(q.data.onboardingSteps);
  const expiring = nodes(q.data.certificationAwards)
    .filter((a) => a.expiresAt && new Date(a.expiresAt).getTime() - Date.now() < 60 * 86_400_000);
  return (
    <>
      <PageHeader title="Onboarding and training" subtitle="Partners' 90-day plans, overdue steps and certifications." />
      <div className="stack" style={{ gap: 24 }}>
        <Card title={`Overdue onboarding steps (${q.data.onboardingSteps.totalCount})`} hint="Open steps past their due date; managers get a daily digest.">
          {tick.error && <ErrorAlert error={tick.error} />}
          {overdue.length === 0 ? (
            <EmptyState title="Nothing overdue">Every partner is on plan.</EmptyState>
          ) : (
            <table className="table" aria-label="Overdue onboarding steps">
              <thead>
                <tr>
                  <th>Partner</th>
                  <th>Step</th>
                  <th>Owner</th>
                  <th>Due</th>
                  <th>Manager</th>
                  <th>
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {overdue.map((s) => (
                  <tr key={s.id} data-testid="overdue-step">
                    <td>
                      <Link to={`/partners/${s.partner.id}`}>{s.partner.name}</Link>
                    </td>
                    <td>{s.title}</td>
                    <td>{ownerLabels[s.ownerRole]}</td>
                    <td>
                      <Badge tone="danger">{date(s.dueAt)}</Badge>
                    </td>
                    <td>{s.partner.manager?.name ?? '—'}</td>
                    <td>
                      {s.completion === 'MANUAL' && s.ownerRole === 'CHANNEL_MANAGER' && (
                        <Button size="sm" loading={tick.isPending} onClick={() => tick.mutate({ input: { id: s.id } })}>
                          Mark done
                        </Button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {overdue.length > 0 && (
            <ExportButton
              csv={{
                list: 'onboardingSteps',
                fields: ['partner.name', 'title', 'ownerRole', 'dueAt', 'partner.manager.name'],
                where: { completedAtIsNil: true, dueAtLT: now },
                orderBy: { field: 'DUE_AT', direction: 'ASC' },
              }}
            />
          )}
        </Card>
        <div className="grid-2" style={{ display: 'grid', gap: 24, gridTemplateColumns: 'repeat(auto-fit, minmax(280px, 1fr))' }}>
          {[
            { title: 'By tier', key: 'tier', rows: byGroup(journeys, (j) => j.partner.tier?.name ?? 'No tier') },
            { title: 'By partner type', key: 'partnerType', rows: byGroup(journeys, (j) => partnerTypeLabels[j.partner.type]) },
          ].map((g) => (
            <Card key={g.title} title={`Completion ${g.title.toLowerCase()}`}>
              <table className="table" aria-label={`Completion ${g.title.toLowerCase()}`}>
                <thead>
                  <tr>
                    <th>{g.title.replace('By ', '')}</th>
                    <th>Partners</th>
                    <th>Onboarding</th>
                    <th>Certified people</th>
                  </tr>
                </thead>
                <tbody>
                  {g.rows.map((r) => (
                    <tr key={r.name}>
                      <td>{r.name}</td>
                      <td>{r.partners}</td>
                      <td>{r.progress}%</td>
                      <td>{r.certified}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <TableExportButton
                fileName={`onboarding-completion-${g.key}.csv`}
                rows={g.rows}
                columns={[
                  { header: g.key, value: (r) => r.name },
                  { header: 'partners', value: (r) => r.partners },
                  { header: 'onboardingPercent', value: (r) => r.progress },
                  { header: 'certifiedPeople', value: (r) => r.certified },
                ]}
              />
            </Card>
          ))}
        </div>
        <Card title="Partners' plans">
          <table className="table" aria-label="Onboarding journeys">
            <thead>
              <tr>
                <th>Partner</th>
                <th>Tier</th>
                <th>Day</th>
                <th>Progress</th>
                <th>Overdue</th>
                <th>Certified people</th>
              </tr>
            </thead>
            <tbody>
              {journeys.map((j) => (
                <tr key={j.id} data-testid="journey-row">
                  <td>{j.partner.name}</td>
                  <td>
                    <TierBadge tier={j.partner.tier} />
                  </td>
                  <td>{j.day}</td>
                  <td style={{ minWidth: 120 }}>
                    <ProgressBar percent={j.progress} label={`${j.partner.name} onboarding progress`} /> {j.progress}%
                  </td>
                  <td>{j.overdueSteps > 0 ? <Badge tone="danger">{j.overdueSteps}</Badge> : '—'}</td>
                  <td>{j.partner.certifiedPeople}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {journeys.length > 0 && (
            <ExportButton
              csv={{
                list: 'onboardingJourneys',
                fields: ['partner.name', 'partner.tier.name', 'partner.type', 'name', 'startsAt', 'day', 'progress', 'overdueSteps', 'partner.certifiedPeople'],
                orderBy: { field: 'STARTS_AT', direction: 'DESC' },
              }}
            />
          )}
        </Card>
        <Card title={`Certifications expiring within 60 days (${expiring.length})`}>
          {expiring.length === 0 ? (
            <EmptyState title="None expiring soon" />
          ) : (
            <ul>
              {expiring.map((a) => (
                <li key={a.id}>
                  {a.partner.name}: {a.certification.name}, until {date(a.expiresAt)}
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </>
  );
}
