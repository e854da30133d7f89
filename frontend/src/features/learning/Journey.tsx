import { CheckCircle2, Circle, AlertTriangle } from 'lucide-react';
import type { MyLearningPageQuery } from '../../gql/graphql';
import { date } from '../../lib/format';
import { useGqlMutation } from '../../lib/query';
import { useViewer } from '../../lib/session';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { ErrorAlert } from '../../ui/States';
import { CompleteOnboardingStepMutation } from './api/learning';
import { completionLabels, ownerLabels } from './lib';
import { ProgressBar } from './ProgressBar';

type Journey = NonNullable<MyLearningPageQuery['myOnboarding']>;

/** The partner's onboarding plan: a partner admin sees every step, sales users the ones that are theirs. */
export function JourneyCard({ journey }: { journey: Journey }) {
  const viewer = useViewer();
  const tick = useGqlMutation(CompleteOnboardingStepMutation);
  const steps = [...(journey.steps ?? [])].sort((a, b) => a.position - b.position);
  const mayTick = (owner: string) => owner === viewer.role || (viewer.role === 'PARTNER_ADMIN' && owner === 'PARTNER_SALES');
  return (
    <Card
      title={`Onboarding: ${journey.name}`}
      hint={`Day ${journey.day} of your plan, started ${date(journey.startsAt)}`}
      actions={journey.overdueSteps > 0 ? <Badge tone="danger">{journey.overdueSteps} overdue</Badge> : <Badge tone="success">On track</Badge>}
    >
      <div className="stack" style={{ gap: 12 }}>
        <ProgressBar percent={journey.progress} label="Onboarding progress" />
        <div className="hint">{journey.progress}% complete</div>
        {tick.error && <ErrorAlert error={tick.error} />}
        <ol className="stack" style={{ gap: 8, listStyle: 'none', padding: 0 }} aria-label="Onboarding steps">
          {steps.map((s) => (
            <li key={s.id} data-testid="onboarding-step" style={{ display: 'flex', gap: 12, alignItems: 'flex-start' }}>
              {s.completedAt ? (
                <CheckCircle2 size={18} color="var(--success, #047857)" aria-label="Done" />
              ) : s.overdue ? (
                <AlertTriangle size={18} color="var(--danger, #b91c1c)" aria-label="Overdue" />
              ) : (
                <Circle size={18} aria-label="Open" />
              )}
              <div style={{ flex: 1 }}>
                <strong>{s.title}</strong>
                <div className="hint">
                  {ownerLabels[s.ownerRole]} · due {date(s.dueAt)} · {completionLabels[s.completion]}
                  {s.completedAt && ` · done ${date(s.completedAt)}${s.completedBy ? ` by ${s.completedBy.name}` : ''}`}
                </div>
              </div>
              {!s.completedAt && s.completion === 'MANUAL' && mayTick(s.ownerRole) && (
                <Button size="sm" loading={tick.isPending} onClick={() => tick.mutate({ input: { id: s.id } })}>
                  Mark done
                </Button>
              )}
            </li>
          ))}
        </ol>
      </div>
    </Card>
  );
}
