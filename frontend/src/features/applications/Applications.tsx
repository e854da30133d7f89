import { useState } from 'react';
import { Check, ExternalLink, Inbox, X } from 'lucide-react';
import type { PartnerApplicationStatus, PartnerApplicationsQuery } from '../../gql/graphql';
import { ApiError } from '../../lib/errors';
import { countryName, date, inOrder, partnerTypeLabels, relative, roleLabels, websiteHref } from '../../lib/format';
import { useListParams } from '../../lib/listParams';
import { useGqlMutation, useGqlQuery } from '../../lib/query';
import { useViewer } from '../../lib/session';
import { sortByRank, TierOptionsQuery } from '../../lib/tiers';
import { usePageTitle } from '../../lib/usePageTitle';
import { Badge, type Tone } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { PageHeader } from '../../ui/Card';
import { Dialog } from '../../ui/Dialog';
import { SelectField, TextAreaField } from '../../ui/Field';
import { ConnectionTable } from '../../ui/ConnectionTable';
import { Alert, EmptyState, ErrorAlert } from '../../ui/States';
import { useToast } from '../../ui/Toast';
import { nodes } from '../../lib/connection';
import { ApplicationsQuery, ApproveMutation, DeclineMutation, ReviewersQuery } from './api/applications';

type Application = NonNullable<NonNullable<NonNullable<PartnerApplicationsQuery['partnerApplications']['edges']>[number]>['node']>;

const statusTone: Record<PartnerApplicationStatus, Tone> = { SUBMITTED: 'info', APPROVED: 'success', DECLINED: 'neutral' };
const statusLabel: Record<PartnerApplicationStatus, string> = { SUBMITTED: 'Waiting', APPROVED: 'Approved', DECLINED: 'Declined' };

function ReviewDialog({ app, onClose }: { app: Application; onClose: () => void }) {
  const viewer = useViewer();
  const tiersQ = useGqlQuery(TierOptionsQuery, {});
  const reviewersQ = useGqlQuery(ReviewersQuery, {});
  const tiers = sortByRank(nodes(tiersQ.data?.tiers));
  const [mode, setMode] = useState<'approve' | 'decline'>('approve');
  const [tierId, setTierId] = useState('');
  const [managerId, setManagerId] = useState(viewer.role === 'CHANNEL_MANAGER' ? viewer.id : '');
  const [reason, setReason] = useState('');
  const [localError, setLocalError] = useState<{ tierId?: string; managerId?: string; reason?: string }>({});
  const approve = useGqlMutation(ApproveMutation);
  const decline = useGqlMutation(DeclineMutation);
  const toast = useToast();
  const m = mode === 'approve' ? approve : decline;
  const server = (f: string) => (m.error instanceof ApiError ? m.error.fieldError(f) : undefined);
  const effectiveTier = tierId || tiers[0]?.id || '';
  const decided = app.status !== 'SUBMITTED';

  function submit() {
    if (mode === 'approve') {
      const e = { tierId: effectiveTier ? undefined : 'Choose a starting tier.', managerId: managerId ? undefined : 'Choose who looks after them.' };
      setLocalError(e);
      if (e.tierId || e.managerId) return;
      approve.mutate(
        { input: { id: app.id, tierId: effectiveTier, managerId } },
        {
          onSuccess: (d) => {
            toast(`${app.company} approved; ${d.approvePartnerApplication.invitation.email} is invited`);
            onClose();
          },
        },
      );
    } else {
      const e = { reason: reason.trim() ? undefined : 'Tell the applicant why; we e-mail it to them.' };
      setLocalError(e);
      if (e.reason) return;
      decline.mutate(
        { input: { id: app.id, reason: reason.trim() } },
        {
          onSuccess: () => {
            toast(`${app.company} declined`);
            onClose();
          },
        },
      );
    }
  }

  return (
    <Dialog
      open
      onClose={onClose}
      title={app.company}
      description={`${partnerTypeLabels[app.partnerType] ?? app.partnerType} · ${countryName(app.country)} · applied ${relative(app.createdAt)}`}
      onSubmit={decided ? undefined : submit}
      footer={
        decided ? (
          <Button onClick={onClose}>Close</Button>
        ) : (
          <>
            <Button onClick={onClose}>Cancel</Button>
            <Button
              type="submit"
              variant={mode === 'approve' ? 'primary' : 'danger'}
              loading={m.isPending}
              icon={mode === 'approve' ? <Check size={15} aria-hidden="true" /> : <X size={15} aria-hidden="true" />}
            >
              {mode === 'approve' ? 'Approve and invite' : 'Decline application'}
            </Button>
          </>
        )
      }
    >
      <div className="stack" style={{ gap: 16 }}>
        <dl className="dl">
          <dt>Website</dt>
          <dd>
            <a href={websiteHref(app.website)} target="_blank" rel="noopener noreferrer">
              {app.domain} <ExternalLink size={12} aria-hidden="true" />
            </a>
          </dd>
          <dt>Contact</dt>
          <dd>
            {app.contactName}
            <div className="cell-sub">{app.contactEmail}</div>
          </dd>
          <dt>Why they apply</dt>
          <dd>{app.motivation || <span className="muted">Not given</span>}</dd>
          {decided && (
            <>
              <dt>Decision</dt>
              <dd>
                {statusLabel[app.status]} {app.reviewedAt && `on ${date(app.reviewedAt)}`} {app.reviewer && `by ${app.reviewer.name}`}
                {app.declineReason && <div className="cell-sub">“{app.declineReason}”</div>}
              </dd>
            </>
          )}
        </dl>
        {!decided && !app.partner && (
          <Alert tone="warning" title={`${app.domain} is already in the program`}>
            A partner or an earlier application holds this domain, so this one cannot be approved. The applicant was told by
            e-mail; decline it to close it.
          </Alert>
        )}
        {!decided && (
          <>
            <div className="segmented" role="group" aria-label="Decision">
              <button type="button" aria-pressed={mode === 'approve'} onClick={() => setMode('approve')}>
                Approve
              </button>
              <button type="button" aria-pressed={mode === 'decline'} onClick={() => setMode('decline')}>
                Decline
              </button>
            </div>
            {m.error && !(m.error instanceof ApiError && m.error.fieldErrors.length) && <ErrorAlert error={m.error} />}
            {mode === 'approve' ? (
              <div className="form-grid">
                <SelectField label="Starting tier" value={effectiveTier} onChange={(e) => setTierId(e.target.value)} error={localError.tierId ?? server('tierId')}>
                  {tiers.map((t) => (
                    <option key={t.id} value={t.id}>
                      {t.name}
                    </option>
                  ))}
                </SelectField>
                <SelectField label="Partner account manager" value={managerId} onChange={(e) => setManagerId(e.target.value)} error={localError.managerId ?? server('managerId')}>
                  <option value="">Choose…</option>
                  {nodes(reviewersQ.data?.users).map((u) => (
                    <option key={u.id} value={u.id}>
                      {u.name} ({roleLabels[u.role]})
                    </option>
                  ))}
                </SelectField>
                <p className="muted full" style={{ fontSize: '0.85rem' }}>
                  {app.contactName} is invited as {app.company}’s partner admin; the partner starts as onboarding.
                </p>
              </div>
            ) : (
              <TextAreaField label="Reason, as the applicant will read it" value={reason} onChange={(e) => setReason(e.target.value)} error={localError.reason ?? server('reason')} rows={3} />
            )}
          </>
        )}
      </div>
    </Dialog>
  );
}

export default function Applications() {
  usePageTitle('Applications');
  const list = useListParams<'CREATED_AT'>({ sort: 'CREATED_AT', direction: 'ASC' });
  const status = (list.get('status') || 'SUBMITTED') as PartnerApplicationStatus;
  const q = useGqlQuery(ApplicationsQuery, { ...list.pageVars, where: { status } }, { keepPrevious: true });
  const [reviewing, setReviewing] = useState<Application | null>(null);
  const conn = q.data?.partnerApplications;
  const rows = nodes(conn);

  return (
    <>
      <PageHeader
        title="Applications"
        subtitle="Companies asking to join the program. Approving creates the partner and invites its contact as partner admin."
        actions={
          <div className="segmented" role="group" aria-label="Which applications">
            {inOrder(statusLabel).map((s) => (
              <button key={s} type="button" aria-pressed={status === s} onClick={() => list.update({ status: s === 'SUBMITTED' ? '' : s })}>
                {statusLabel[s]}
              </button>
            ))}
          </div>
        }
      />
      <section className="card" aria-label="Applications">
        <ConnectionTable
          query={q}
          connection={conn}
          list={list}
          noun="applications"
          csv={{ list: 'partnerApplications', fields: ['createdAt', 'company', 'website', 'domain', 'partnerType', 'country', 'contactName', 'contactEmail', 'status', 'declineReason', 'reviewedAt', 'reviewer.name'], where: { status }, orderBy: { field: 'CREATED_AT', direction: 'ASC' } }}
          skeleton={{ rows: 4, columns: 5 }}
          empty={
            <EmptyState icon={<Inbox size={22} />} title={status === 'SUBMITTED' ? 'Nothing waiting for review' : `No ${statusLabel[status].toLowerCase()} applications`}>
              {status === 'SUBMITTED' ? 'New applications from the public form at /apply appear here, oldest first.' : 'Decided applications are kept here.'}
            </EmptyState>
          }
        >
          <thead>
            <tr>
              <th scope="col">Company</th>
              <th scope="col">Type</th>
              <th scope="col">Contact</th>
              <th scope="col">Applied</th>
              <th scope="col">Status</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((a) => (
              <tr key={a.id}>
                <td>
                  <div className="cell-title">{a.company}</div>
                  <div className="cell-sub">
                    {a.domain} · {countryName(a.country)}
                  </div>
                </td>
                <td data-label="Type">{partnerTypeLabels[a.partnerType] ?? a.partnerType}</td>
                <td data-label="Contact">
                  <div>{a.contactName}</div>
                  <div className="cell-sub">{a.contactEmail}</div>
                </td>
                <td data-label="Applied">{relative(a.createdAt)}</td>
                <td data-label="Status">
                  <Badge tone={statusTone[a.status]} dot>
                    {statusLabel[a.status]}
                  </Badge>
                </td>
                <td className="num">
                  <Button size="sm" variant={a.status === 'SUBMITTED' ? 'primary' : 'secondary'} onClick={() => setReviewing(a)} aria-label={`${a.status === 'SUBMITTED' ? 'Review' : 'View'} ${a.company}`}>
                    {a.status === 'SUBMITTED' ? 'Review' : 'View'}
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </ConnectionTable>
      </section>
      {reviewing && <ReviewDialog app={reviewing} onClose={() => setReviewing(null)} />}
    </>
  );
}
