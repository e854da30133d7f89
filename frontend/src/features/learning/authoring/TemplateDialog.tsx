import { useState } from 'react';
import { Plus } from 'lucide-react';
import { OnboardingTemplatePartnerType } from '../../../gql/graphql';
import { humanize } from '../../../lib/format';
import { useGqlMutation } from '../../../lib/query';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { SelectField, TextField } from '../../../ui/Field';
import { ErrorAlert } from '../../../ui/States';
import { useToast } from '../../../ui/Toast';
import { CreateTemplateMutation, UpdateTemplateMutation } from '../api/authoring';
import { moved, replaced, RowControls, without } from './list';

interface StepForm {
  title: string;
  description: string;
  dueDay: string;
  completion: string;
  ownerRole: string;
}

export interface TemplateNode {
  id: string;
  name: string;
  partnerType: OnboardingTemplatePartnerType;
  active: boolean;
  steps: { title: string; description: string; dueDay: number; completion: string; ownerRole: string }[];
}

const completions: Record<string, string> = {
  MANUAL: 'Ticked by its owner',
  PROFILE_COMPLETED: 'Profile completed',
  COLLEAGUE_INVITED: 'A colleague accepted an invitation',
  CERTIFIED: 'Someone certified',
  DEAL_REGISTERED: 'A deal registered',
};
const owners = ['PARTNER_ADMIN', 'PARTNER_SALES', 'CHANNEL_MANAGER'];

function stepErrors(steps: StepForm[]): (string | undefined)[] {
  let prev = 0;
  return steps.map((s) => {
    const d = Number(s.dueDay);
    if (!s.title.trim()) return 'Give the step a title.';
    if (s.dueDay.trim() === '' || !Number.isInteger(d) || d < 0 || d > 365) return 'The due day runs from 0 to 365.';
    if (d < prev) return 'Steps are in order of due day.';
    prev = d;
    return undefined;
  });
}

/** Creates or edits an onboarding plan: ordered steps, each due some days after the contract date. */
export function TemplateDialog({ template, onClose }: { template?: TemplateNode; onClose: () => void }) {
  const toast = useToast();
  const create = useGqlMutation(CreateTemplateMutation);
  const update = useGqlMutation(UpdateTemplateMutation);
  const m = template ? update : create;
  const [name, setName] = useState(template?.name ?? '');
  const [partnerType, setPartnerType] = useState(template?.partnerType ?? OnboardingTemplatePartnerType.Reseller);
  const [active, setActive] = useState(template?.active ?? true);
  const [steps, setSteps] = useState<StepForm[]>(
    template?.steps.map((s) => ({ ...s, dueDay: String(s.dueDay) })) ?? [{ title: '', description: '', dueDay: '7', completion: 'MANUAL', ownerRole: 'PARTNER_ADMIN' }],
  );
  const [checked, setChecked] = useState(false);
  const nameError = !name.trim() ? 'Give the plan a name.' : undefined;
  const errors = stepErrors(steps);
  const stepsError = steps.length === 0 ? 'Add at least one step.' : undefined;

  function submit() {
    setChecked(true);
    if (nameError || stepsError || errors.some(Boolean)) return;
    const input = steps.map((s) => ({ title: s.title.trim(), description: s.description, dueDay: Number(s.dueDay), completion: s.completion, ownerRole: s.ownerRole }));
    const done = (n: string) => {
      toast(`${n} saved`);
      onClose();
    };
    if (template) update.mutate({ input: { id: template.id, name: name.trim(), steps: input, active } }, { onSuccess: (d) => done(d.updateOnboardingTemplate.template.name) });
    else create.mutate({ input: { name: name.trim(), partnerType, steps: input } }, { onSuccess: (d) => done(d.createOnboardingTemplate.template.name) });
  }

  const setStep = (i: number, patch: Partial<StepForm>) => setSteps((xs) => replaced(xs, i, { ...xs[i], ...patch }));
  return (
    <Dialog
      open
      onClose={onClose}
      title={template ? `Edit ${template.name}` : 'New onboarding plan'}
      description="Partners approved from now on get this plan; plans already under way keep their steps."
      onSubmit={submit}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" loading={m.isPending}>
            {template ? 'Save plan' : 'Create plan'}
          </Button>
        </>
      }
    >
      <div className="stack" style={{ gap: 16 }}>
        {m.error && <ErrorAlert error={m.error} />}
        <div className="form-grid">
          <TextField label="Plan name" required value={name} onChange={(e) => setName(e.target.value)} error={checked ? nameError : undefined} />
          <SelectField label="Partner type" value={partnerType} disabled={!!template} onChange={(e) => setPartnerType(e.target.value as OnboardingTemplatePartnerType)}>
            {Object.values(OnboardingTemplatePartnerType).map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </SelectField>
          {template && (
            <label className="row full" style={{ gap: 8 }}>
              <input type="checkbox" checked={active} onChange={(e) => setActive(e.target.checked)} /> Active: new partners get this plan (untick to archive it)
            </label>
          )}
        </div>
        <fieldset className="stack" style={{ gap: 12 }}>
          <legend>Steps, in order of due day</legend>
          {checked && stepsError && (
            <div className="error" role="alert">
              {stepsError}
            </div>
          )}
          {steps.map((s, i) => (
            <div key={i} className="card-body" style={{ border: '1px solid var(--border)', borderRadius: 8 }} data-testid="step-editor">
              <div className="row" style={{ justifyContent: 'space-between' }}>
                <strong>Step {i + 1}</strong>
                <RowControls what={`step ${i + 1}`} i={i} n={steps.length} onMove={(d) => setSteps((xs) => moved(xs, i, d))} onRemove={() => setSteps((xs) => without(xs, i))} />
              </div>
              <div className="form-grid">
                <TextField label={`Step ${i + 1} title`} value={s.title} onChange={(e) => setStep(i, { title: e.target.value })} error={checked ? errors[i] : undefined} />
                <TextField label={`Step ${i + 1} due day`} hint="Days after the contract date." inputMode="numeric" value={s.dueDay} onChange={(e) => setStep(i, { dueDay: e.target.value })} />
                <SelectField label={`Step ${i + 1} completes when`} value={s.completion} onChange={(e) => setStep(i, { completion: e.target.value })}>
                  {Object.entries(completions).map(([k, label]) => (
                    <option key={k} value={k}>
                      {label}
                    </option>
                  ))}
                </SelectField>
                <SelectField label={`Step ${i + 1} owner`} value={s.ownerRole} onChange={(e) => setStep(i, { ownerRole: e.target.value })}>
                  {owners.map((o) => (
                    <option key={o} value={o}>
                      {humanize(o)}
                    </option>
                  ))}
                </SelectField>
                <TextField className="full" label={`Step ${i + 1} description`} value={s.description} onChange={(e) => setStep(i, { description: e.target.value })} />
              </div>
            </div>
          ))}
          <div>
            <Button
              icon={<Plus size={16} aria-hidden="true" />}
              onClick={() => setSteps((xs) => [...xs, { title: '', description: '', dueDay: xs.length ? xs[xs.length - 1].dueDay : '7', completion: 'MANUAL', ownerRole: 'PARTNER_ADMIN' }])}
            >
              Add step
            </Button>
          </div>
        </fieldset>
      </div>
    </Dialog>
  );
}
