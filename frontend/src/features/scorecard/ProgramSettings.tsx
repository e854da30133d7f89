import { useState, type FormEvent } from 'react';
import type { TierChangesQuery } from '../../gql/graphql';
import { useGqlMutation } from '../../lib/query';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { TextField } from '../../ui/Field';
import { ErrorAlert } from '../../ui/States';
import { useToast } from '../../ui/Toast';
import { UpdateHealthWeightsMutation, UpdateTierSettingsMutation } from './api/scorecard';
import { healthLabels } from './labels';

type Weights = TierChangesQuery['healthWeights'];
const weightKeys: [keyof Omit<Weights, '__typename'>, string][] = [
  ['registrationActivity', 'REGISTRATION_ACTIVITY'],
  ['winRate', 'WIN_RATE'],
  ['portalActivity', 'PORTAL_ACTIVITY'],
  ['contentEngagement', 'CONTENT_ENGAGEMENT'],
  ['certifications', 'CERTIFICATIONS'],
];

/** ADMIN's settings of the evaluation (automatic upgrades, grace period) and the health weights. */
export function ProgramSettings({ settings, weights }: { settings: TierChangesQuery['tierSettings']; weights: Weights }) {
  const [grace, setGrace] = useState(String(settings.graceDays));
  const [reminder, setReminder] = useState(String(settings.graceReminderDays));
  const [auto, setAuto] = useState(settings.autoUpgrade);
  const [w, setW] = useState<Record<string, string>>(() => Object.fromEntries(weightKeys.map(([k]) => [k, String(weights[k])])));
  const saveSettings = useGqlMutation(UpdateTierSettingsMutation);
  const saveWeights = useGqlMutation(UpdateHealthWeightsMutation);
  const toast = useToast();
  const int = (s: string) => Math.round(Number(s) || 0);

  function submitSettings(e: FormEvent) {
    e.preventDefault();
    saveSettings.mutate(
      { input: { autoUpgrade: auto, graceDays: int(grace), graceReminderDays: int(reminder) } },
      { onSuccess: () => toast('Evaluation settings saved') },
    );
  }
  function submitWeights(e: FormEvent) {
    e.preventDefault();
    const input = Object.fromEntries(weightKeys.map(([k]) => [k, int(w[k])])) as Record<(typeof weightKeys)[number][0], number>;
    saveWeights.mutate({ input }, { onSuccess: () => toast('Health weights saved') });
  }
  return (
    <div className="grid-2">
      <Card title="Evaluation settings" hint="How upgrades and downgrades follow the daily evaluation.">
        <form className="stack" onSubmit={submitSettings} aria-label="Evaluation settings">
          <label style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
            <input type="checkbox" checked={auto} onChange={(e) => setAuto(e.target.checked)} /> Apply upgrades without approval
          </label>
          <TextField label="Grace period (days)" inputMode="numeric" value={grace} onChange={(e) => setGrace(e.target.value)} />
          <TextField label="Reminder before the grace ends (days)" inputMode="numeric" value={reminder} onChange={(e) => setReminder(e.target.value)} />
          {saveSettings.error && <ErrorAlert error={saveSettings.error} />}
          <div>
            <Button type="submit" variant="primary" loading={saveSettings.isPending}>
              Save settings
            </Button>
          </div>
        </form>
      </Card>
      <Card title="Health weights" hint="0–100 each; only their ratios matter. Every score shows each input's weight and contribution.">
        <form className="stack" onSubmit={submitWeights} aria-label="Health weights">
          {weightKeys.map(([k, key]) => (
            <TextField key={k} label={healthLabels[key]} inputMode="numeric" value={w[k]} onChange={(e) => setW((x) => ({ ...x, [k]: e.target.value }))} />
          ))}
          {saveWeights.error && <ErrorAlert error={saveWeights.error} />}
          <div>
            <Button type="submit" variant="primary" loading={saveWeights.isPending}>
              Save weights
            </Button>
          </div>
        </form>
      </Card>
    </div>
  );
}
