import { useState } from 'react';
import { Link } from 'react-router';
import { ApiError } from '../../lib/errors';
import { date, humanize } from '../../lib/format';
import { useGqlMutation, useGqlQuery } from '../../lib/query';
import { useViewer } from '../../lib/session';
import { usePageTitle } from '../../lib/usePageTitle';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { Card, PageHeader } from '../../ui/Card';
import { Dialog } from '../../ui/Dialog';
import { TableExportButton } from '../../ui/ExportButton';
import { TextAreaField } from '../../ui/Field';
import { EmptyState, ErrorAlert, ErrorState, PageLoading } from '../../ui/States';
import { useToast } from '../../ui/Toast';
import { ProgramSettings } from './ProgramSettings';
import { ApproveTierChangeMutation, EvaluateTiersMutation, RejectTierChangeMutation, TierChangesQuery } from './api/scorecard';

interface Rejectable {
  id: string;
  partnerName: string;
  toTierName?: string | null;
}

/**
 * Rejecting a proposed upgrade asks why (the note is required and recorded with the decision);
 * the evaluation does not propose the same tier again for 30 days.
 */
export function RejectTierChangeDialog({ change, onClose }: { change: Rejectable; onClose: () => void }) {
  const [note, setNote] = useState('');
  const [local, setLocal] = useState<string>();
  const m = useGqlMutation(RejectTierChangeMutation);
  const toast = useToast();
  const tier = change.toTierName ?? 'no tier';
  const fieldError = m.error instanceof ApiError ? m.error.fieldError('note') : undefined;
  return (
    <Dialog
      open
      onClose={onClose}
      title={`Reject ${change.partnerName} for ${tier}?`}
      description={`${change.partnerName} keeps its tier, and the evaluation does not propose ${tier} again for 30 days.`}
      onSubmit={() => {
        if (!note.trim()) {
          setLocal('Say why, e.g. the partner’s enablement plan is not complete yet.');
          return;
        }
        setLocal(undefined);
        m.mutate(
          { input: { id: change.id, note: note.trim() } },
          {
            onSuccess: () => {
              toast(`Upgrade of ${change.partnerName} to ${tier} rejected`);
              onClose();
            },
          },
        );
      }}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="danger" loading={m.isPending}>
            Reject upgrade
          </Button>
        </>
      }
    >
      <div className="stack" style={{ gap: 14 }}>
        {m.error && !fieldError && <ErrorAlert error={m.error} />}
        <TextAreaField
          label="Reason"
          required
          rows={3}
          value={note}
          onChange={(e) => {
            setNote(e.target.value);
            setLocal(undefined);
          }}
          error={local ?? fieldError}
          maxLength={2000}
          hint="Recorded with the decision."
        />
      </div>
    </Dialog>
  );
}

/** The vendor's queue of open tier changes: upgrades to approve and downgrades in their grace. */
export default function TierChanges() {
  usePageTitle('Tier changes');
  const q = useGqlQuery(TierChangesQuery, { status: ['PROPOSED', 'GRACE'] });
  const approve = useGqlMutation(ApproveTierChangeMutation);
  const evaluate = useGqlMutation(EvaluateTiersMutation);
  const [approving, setApproving] = useState<string>();
  const [rejecting, setRejecting] = useState<Rejectable>();
  const toast = useToast();
  const viewer = useViewer();
  if (q.error) return <ErrorState error={q.error} onRetry={() => void q.refetch()} />;
  if (!q.data) return <PageLoading />;
  const { tierChanges, tierSettings, healthWeights } = q.data;
  return (
    <div className="stack">
      <PageHeader
        title="Tier changes"
        subtitle={`Upgrades ${tierSettings.autoUpgrade ? 'apply automatically' : 'wait for the channel manager'}; a partner that stops qualifying keeps its tier for ${tierSettings.graceDays} days.`}
        actions={
          <Button
            loading={evaluate.isPending}
            onClick={() =>
              evaluate.mutate({ input: {} }, { onSuccess: (d) => toast(`${d.evaluateTiers.evaluations.length} partners evaluated`) })
            }
          >
            Evaluate now
          </Button>
        }
      />
      {(approve.error || evaluate.error) && <ErrorAlert error={approve.error ?? evaluate.error} />}
      <Card flush>
        {tierChanges.length === 0 ? (
          <EmptyState title="No open tier changes" />
        ) : (
          <div className="table-wrap">
      <table className="table">
            <caption className="visually-hidden">Open tier changes</caption>
            <thead>
              <tr>
                <th scope="col">Partner</th>
                <th scope="col">Change</th>
                <th scope="col">Status</th>
                <th scope="col">Why</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {tierChanges.map((c) => (
                <tr key={c.id} data-testid="tier-change">
                  <td>
                    <Link to={`/scorecard/${c.partnerId}`}>{c.partnerName}</Link>
                  </td>
                  <td>
                    {c.fromTierName ?? 'no tier'} → {c.toTierName ?? 'no tier'}
                  </td>
                  <td>
                    <Badge tone={c.status === 'PROPOSED' ? 'info' : 'warning'}>
                      {c.status === 'GRACE' ? `Grace until ${date(c.graceEndsAt)}` : humanize(c.kind) + ' proposed'}
                    </Badge>
                  </td>
                  <td>{c.reason}</td>
                  <td>
                    {c.status === 'PROPOSED' && (viewer.role === 'ADMIN' || c.partnerManagerId === viewer.id) && (
                      <div className="row" style={{ flexWrap: 'nowrap', justifyContent: 'flex-end' }}>
                        <Button
                          size="sm"
                          variant="primary"
                          loading={approving === c.id && approve.isPending}
                          aria-label={`Approve ${c.partnerName} for ${c.toTierName ?? 'no tier'}`}
                          onClick={() => {
                            setApproving(c.id);
                            approve.mutate(
                              { input: { id: c.id } },
                              { onSuccess: (d) => toast(`${c.partnerName} is now ${d.approveTierChange.partner.tier?.name ?? 'without a tier'}`) },
                            );
                          }}
                        >
                          Approve
                        </Button>
                        <Button size="sm" aria-label={`Reject ${c.partnerName} for ${c.toTierName ?? 'no tier'}`} onClick={() => setRejecting(c)}>
                          Reject
                        </Button>
                      </div>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
      </div>
        )}
        {tierChanges.length > 0 && (
          <TableExportButton
            fileName="tier-changes.csv"
            rows={tierChanges}
            columns={[
              { header: 'partnerName', value: (c) => c.partnerName },
              { header: 'fromTierName', value: (c) => c.fromTierName },
              { header: 'toTierName', value: (c) => c.toTierName },
              { header: 'kind', value: (c) => c.kind },
              { header: 'status', value: (c) => c.status },
              { header: 'graceEndsAt', value: (c) => c.graceEndsAt },
              { header: 'reason', value: (c) => c.reason },
              { header: 'createdAt', value: (c) => c.createdAt },
            ]}
          />
        )}
      </Card>
      {rejecting && <RejectTierChangeDialog change={rejecting} onClose={() => setRejecting(undefined)} />}
      {viewer.role === 'ADMIN' && <ProgramSettings settings={tierSettings} weights={healthWeights} />}
    </div>
  );
}
