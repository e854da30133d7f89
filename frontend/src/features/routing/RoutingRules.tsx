import { useState } from 'react';
import { ArrowDown, ArrowUp, Pencil, Plus, Trash2 } from 'lucide-react';
import { RoutingRuleKind } from '../../gql/graphql';
import { nodes } from '../../lib/connection';
import { ApiError } from '../../lib/errors';
import { inOrder } from '../../lib/format';
import { useGqlMutation, useGqlQuery } from '../../lib/query';
import { usePageTitle } from '../../lib/usePageTitle';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { Card, PageHeader } from '../../ui/Card';
import { Dialog } from '../../ui/Dialog';
import { ChipsField, SelectField, TextField } from '../../ui/Field';
import { EmptyState, ErrorAlert, ErrorState, SkeletonBlock } from '../../ui/States';
import { useToast } from '../../ui/Toast';
import { CreateRoutingRuleMutation, DeleteRoutingRuleMutation, RoutingRulesQuery, SwapRoutingRulesMutation, UpdateRoutingRuleMutation } from './api/routing';
import { checkForm, createInput, emptyForm, formOf, kinds, moveInputs, summary, updateInput, type RuleForm, type RuleRow } from './rules';

const kindOrder = inOrder(kinds);

/** The routing rules editor (ADMIN): the rules in the order they run, each editable, movable, removable. */
export default function RoutingRules() {
  usePageTitle('Routing rules');
  const q = useGqlQuery(RoutingRulesQuery, {});
  const swap = useGqlMutation(SwapRoutingRulesMutation);
  const [editing, setEditing] = useState<RuleRow | 'new' | null>(null);
  const [deleting, setDeleting] = useState<RuleRow | null>(null);
  if (q.isPending) return <SkeletonBlock height={240} />;
  if (q.isError) return <ErrorState error={q.error} onRetry={() => q.refetch()} />;
  const rules = nodes(q.data.routingRules);
  const move = (i: number, dir: -1 | 1) => {
    const inputs = moveInputs(rules, i, dir);
    if (inputs) swap.mutate(inputs);
  };
  return (
    <>
      <PageHeader
        title="Routing rules"
        subtitle="Where new leads go. Enabled rules run top to bottom, each keeping the partners it matches; a required rule that matches nobody sends the lead to the manual queue, an optional one is skipped."
        actions={
          <Button variant="primary" icon={<Plus size={16} aria-hidden="true" />} onClick={() => setEditing('new')}>
            New rule
          </Button>
        }
      />
      <ErrorAlert error={swap.error} />
      <Card title={`Rules in order (${rules.length})`} labelledBy="rules-title" flush>
        {rules.length === 0 ? (
          <EmptyState title="No routing rules">Without rules every active partner is a candidate and the round-robin picks one.</EmptyState>
        ) : (
          <div className="table-wrap" tabIndex={0} role="region" aria-label="Routing rules in the order they run">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">Position</th>
                  <th scope="col">Rule</th>
                  <th scope="col">Matches</th>
                  <th scope="col">When nobody matches</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rules.map((r, i) => (
                  <tr key={r.id}>
                    <td>{r.position}</td>
                    <td>
                      <strong>{r.name}</strong>
                      {!r.enabled && (
                        <>
                          {' '}
                          <Badge>Disabled</Badge>
                        </>
                      )}
                    </td>
                    <td>{summary(r)}</td>
                    <td>{r.required ? <Badge tone="warning">Required: manual queue</Badge> : <Badge>Optional: skipped</Badge>}</td>
                    <td>
                      <div className="row" style={{ flexWrap: 'nowrap', gap: 4 }}>
                        <Button size="sm" variant="ghost" aria-label={`Move ${r.name} up`} disabled={i === 0 || swap.isPending} onClick={() => move(i, -1)} icon={<ArrowUp size={15} aria-hidden="true" />} />
                        <Button
                          size="sm"
                          variant="ghost"
                          aria-label={`Move ${r.name} down`}
                          disabled={i === rules.length - 1 || swap.isPending}
                          onClick={() => move(i, 1)}
                          icon={<ArrowDown size={15} aria-hidden="true" />}
                        />
                        <Button size="sm" aria-label={`Edit ${r.name}`} onClick={() => setEditing(r)} icon={<Pencil size={15} aria-hidden="true" />} />
                        <Button size="sm" variant="danger" aria-label={`Delete ${r.name}`} onClick={() => setDeleting(r)} icon={<Trash2 size={15} aria-hidden="true" />} />
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
      {editing && <RuleDialog rule={editing === 'new' ? null : editing} rules={rules} onClose={() => setEditing(null)} />}
      {deleting && <DeleteDialog rule={deleting} onClose={() => setDeleting(null)} />}
    </>
  );
}

function RuleDialog({ rule, rules, onClose }: { rule: RuleRow | null; rules: RuleRow[]; onClose: () => void }) {
  const [form, setForm] = useState<RuleForm>(() => (rule ? formOf(rule) : emptyForm(rules)));
  const [errors, setErrors] = useState<ReturnType<typeof checkForm>>({});
  const create = useGqlMutation(CreateRoutingRuleMutation);
  const update = useGqlMutation(UpdateRoutingRuleMutation);
  const toast = useToast();
  const m = rule ? update : create;
  const placed = ['name', 'position', 'kind', 'values', 'leadCountries', 'minTierRank', 'maxOpenLeads'];
  const server = (f: string) => (m.error instanceof ApiError ? m.error.fieldError(f) : undefined);
  const unplaced = m.error && !(m.error instanceof ApiError && m.error.fieldErrors.some((e) => placed.includes(e.field)));
  const set = <K extends keyof RuleForm>(k: K, v: RuleForm[K]) => setForm((f) => ({ ...f, [k]: v }));
  const info = kinds[form.kind];
  const title = rule ? `Edit ${rule.name}` : 'New routing rule';

  function submit() {
    const e = checkForm(form);
    setErrors(e);
    if (Object.keys(e).length) return;
    const done = () => {
      toast(rule ? `Saved ${form.name.trim()}` : `Added ${form.name.trim()}`);
      onClose();
    };
    if (rule) update.mutate({ input: updateInput(rule.id, form) }, { onSuccess: done });
    else create.mutate({ input: createInput(form) }, { onSuccess: done });
  }

  return (
    <Dialog
      open
      onClose={onClose}
      title={title}
      description={info.matches}
      onSubmit={submit}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" loading={m.isPending}>
            {rule ? 'Save rule' : 'Add rule'}
          </Button>
        </>
      }
    >
      <div className="stack" style={{ gap: 16 }}>
        {unplaced && <ErrorAlert error={m.error} />}
        <div className="form-grid">
          <TextField className="full" label="Name" required value={form.name} onChange={(e) => set('name', e.target.value)} error={errors.name ?? server('name')} />
          <SelectField
            label="Kind"
            value={form.kind}
            disabled={Boolean(rule)}
            hint={rule ? 'A rule keeps its kind; add a new rule for another.' : undefined}
            onChange={(e) => set('kind', e.target.value as RoutingRuleKind)}
            error={server('kind')}
          >
            {kindOrder.map((k) => (
              <option key={k} value={k}>
                {kinds[k].label}
              </option>
            ))}
          </SelectField>
          <TextField
            label="Position"
            required
            inputMode="numeric"
            value={form.position}
            hint="Lower runs first."
            onChange={(e) => set('position', e.target.value)}
            error={errors.position ?? server('position')}
          />
          {info.field === 'values' && (
            <ChipsField
              className="full"
              label={info.settingRequired ? 'Values (at least one)' : 'Values'}
              hint={info.matches}
              value={form.values}
              onChange={(v) => set('values', v)}
              error={errors.values ?? server('values')}
            />
          )}
          {info.field === 'minTierRank' && (
            <TextField
              label="Lowest tier rank"
              inputMode="numeric"
              value={form.minTierRank}
              hint={info.matches}
              onChange={(e) => set('minTierRank', e.target.value)}
              error={errors.minTierRank ?? server('minTierRank')}
            />
          )}
          {info.field === 'maxOpenLeads' && (
            <TextField
              label="Open leads limit"
              required
              inputMode="numeric"
              value={form.maxOpenLeads}
              hint={info.matches}
              onChange={(e) => set('maxOpenLeads', e.target.value)}
              error={errors.maxOpenLeads ?? server('maxOpenLeads')}
            />
          )}
          <ChipsField
            className="full"
            label="Only for leads from"
            hint="Country codes; empty: the rule applies to every lead."
            value={form.leadCountries}
            onChange={(v) => set('leadCountries', v)}
            error={server('leadCountries')}
          />
        </div>
        <label className="check">
          <input type="checkbox" checked={form.required} onChange={(e) => set('required', e.target.checked)} />
          <span>
            <strong>Required</strong>
            <span className="muted"> When it matches nobody, the lead goes to the manual queue instead of skipping the rule.</span>
          </span>
        </label>
        <label className="check">
          <input type="checkbox" checked={form.enabled} onChange={(e) => set('enabled', e.target.checked)} />
          <span>
            <strong>Enabled</strong>
            <span className="muted"> Disabled rules do not run.</span>
          </span>
        </label>
      </div>
    </Dialog>
  );
}

function DeleteDialog({ rule, onClose }: { rule: RuleRow; onClose: () => void }) {
  const m = useGqlMutation(DeleteRoutingRuleMutation);
  const toast = useToast();
  return (
    <Dialog
      open
      onClose={onClose}
      title={`Delete ${rule.name}?`}
      description="Leads routed from now on skip it; decisions already traced keep its name."
      onSubmit={() => m.mutate({ input: { id: rule.id } }, { onSuccess: () => (toast(`Deleted ${rule.name}`), onClose()) })}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="danger" loading={m.isPending}>
            Delete rule
          </Button>
        </>
      }
    >
      <ErrorAlert error={m.error} />
    </Dialog>
  );
}
