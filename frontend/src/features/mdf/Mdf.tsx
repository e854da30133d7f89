import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { MdfClaimStatus, MdfRequestActivityType, MdfRequestStatus, UserRole, type PartnerMdfQuery } from '../../gql/graphql';
import { uploadRequest } from '../../lib/api';
import { nodes } from '../../lib/connection';
import { date, formatMoneyInput, humanize, money, parseMoney, relative } from '../../lib/format';
import { useGqlMutation, useGqlQuery } from '../../lib/query';
import { isVendor } from '../../lib/roles';
import { useViewer } from '../../lib/session';
import { usePageTitle } from '../../lib/usePageTitle';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { Card, PageHeader, Stat } from '../../ui/Card';
import { Dialog } from '../../ui/Dialog';
import { ExportButton, TableExportButton } from '../../ui/ExportButton';
import { SelectField, TextAreaField, TextField } from '../../ui/Field';
import { EmptyState, ErrorAlert, ErrorState, SkeletonBlock } from '../../ui/States';
import { useToast } from '../../ui/Toast';
import {
  AllocateMdfQuarterMutation,
  ApproveMdfClaimMutation,
  ApproveMdfRequestMutation,
  CancelMdfRequestMutation,
  CreateMdfRequestMutation,
  MarkMdfClaimPaidMutation,
  PartnerMdfQuery as PartnerMdfDoc,
  RejectMdfClaimMutation,
  RejectMdfRequestMutation,
  ResubmitMdfClaimMutation,
  SubmitMdfClaimMutation,
  UpdateMdfRequestMutation,
  VendorMdfQueueQuery,
} from './api/mdf';
import { MdfInsights } from './MdfInsights';
import { claimTone, requestTone } from './status';

/** Marketing development funds: a partner's balances, requests and claims, or the vendor's queue. */
export default function Mdf() {
  const viewer = useViewer();
  usePageTitle('Marketing funds');
  return viewer && isVendor(viewer.role) ? <VendorQueue /> : <PartnerFunds />;
}

// Five figures side by side on a desk, wrapping on a phone.
const balanceGrid = { gridTemplateColumns: 'repeat(auto-fit, minmax(140px, 1fr))', marginBottom: 16 };

type Allocation = NonNullable<PartnerMdfQuery['mdfAllocations']['edges']>[number] extends infer E
  ? E extends { node?: infer N }
    ? NonNullable<N>
    : never
  : never;
type Request = NonNullable<PartnerMdfQuery['mdfRequests']['edges']>[number] extends infer E
  ? E extends { node?: infer N }
    ? NonNullable<N>
    : never
  : never;

/** The claim a request stands on: the one not rejected, else the first listed (rejected). */
function currentClaim(r: Request) {
  return (r.claims ?? []).find((c) => c.status !== MdfClaimStatus.Rejected) ?? (r.claims ?? [])[0];
}

function PartnerFunds() {
  const viewer = useViewer();
  const q = useGqlQuery(PartnerMdfDoc, {});
  const cancel = useGqlMutation(CancelMdfRequestMutation);
  const [asking, setAsking] = useState<Allocation | null>(null);
  const [editing, setEditing] = useState<Request | null>(null);
  const [claiming, setClaiming] = useState<{ request: Request; resubmit?: string } | null>(null);
  const toast = useToast();
  if (q.isPending) return <SkeletonBlock height={240} />;
  if (q.isError) return <ErrorState error={q.error} onRetry={() => q.refetch()} />;
  const allocations = nodes(q.data.mdfAllocations);
  const requests = nodes(q.data.mdfRequests);
  const today = new Date().toISOString().slice(0, 10);
  return (
    <>
      <PageHeader
        title="Marketing funds"
        subtitle="Your MDF per period: request funds for an activity, and claim them back with proof of performance after it."
      />
      <ErrorAlert error={cancel.error} />
      {allocations.length === 0 && <EmptyState title="No funds allocated yet">Your channel manager allocates MDF per quarter.</EmptyState>}
      {allocations.map((a) => {
        const open = a.periodEnd.slice(0, 10) >= today;
        const expiring = a.commitBy >= new Date().toISOString() && a.remaining > 0;
        const mine = requests.filter((r) => r.allocation.id === a.id);
        return (
          <Card
            key={a.id}
            labelledBy={`alloc-${a.id}`}
            title={`${date(a.periodStart)} – ${date(a.periodEnd)}`}
            hint={
              expiring
                ? `${money(a.remaining, a.currency)} to commit by ${date(a.commitBy)} (${relative(a.commitBy)}); what is not committed by then expires.`
                : open
                  ? 'Fully committed'
                  : 'Period ended'
            }
            actions={
              open && (
                <Button variant="primary" onClick={() => setAsking(a)}>
                  Request funds
                </Button>
              )
            }
          >
            <div className="grid" style={balanceGrid} data-testid={`balance-${a.id}`}>
              <Stat label="Allocated" value={money(a.amount, a.currency)} />
              <Stat label="Committed" value={money(a.committed, a.currency)} />
              <Stat label="Claimed" value={money(a.claimed, a.currency)} />
              <Stat label="Paid" value={money(a.paid, a.currency)} />
              {a.expired > 0 && <Stat label="Expired" value={money(a.expired, a.currency)} />}
              <Stat label="Remaining" value={money(a.remaining, a.currency)} />
            </div>
            {mine.length > 0 && (
              <div className="table-wrap" tabIndex={0} role="region" aria-label={`Requests of ${date(a.periodStart)} – ${date(a.periodEnd)}`}>
<table className="table">
                <thead>
                  <tr>
                    <th scope="col">Activity</th>
                    <th scope="col">Dates</th>
                    <th scope="col">Requested</th>
                    <th scope="col">Approved</th>
                    <th scope="col">Status</th>
                    <th scope="col">Claim</th>
                    <th scope="col">Actions</th>
                  </tr>
                </thead>
                <tbody>
                  {mine.map((r) => {
                    const claim = currentClaim(r);
                    const claimable =
                      r.status === MdfRequestStatus.Approved &&
                      r.endDate.slice(0, 10) <= today &&
                      r.claimDeadline >= new Date().toISOString() &&
                      (!claim || claim.status === MdfClaimStatus.Rejected);
                    return (
                      <tr key={r.id} data-testid={`request-${r.title}`}>
                        <td>
                          <Link to={`/mdf/requests/${r.id}`}>{r.title}</Link>
                          <br />
                          <small>{humanize(r.activityType)}</small>
                        </td>
                        <td>
                          {date(r.startDate)} – {date(r.endDate)}
                        </td>
                        <td>{money(r.requestedAmount, r.currency)}</td>
                        <td>{r.approvedAmount == null ? '—' : money(r.approvedAmount, r.currency)}</td>
                        <td>
                          <Badge tone={requestTone[r.status]}>{humanize(r.status)}</Badge>
                          {r.decisionNote && <small> {r.decisionNote}</small>}
                        </td>
                        <td>
                          {claim ? (
                            <>
                              <Badge tone={claimTone[claim.status]}>{humanize(claim.status)}</Badge> {money(claim.amount, r.currency)}
                              {claim.reviewNote && <small> {claim.reviewNote}</small>}
                            </>
                          ) : (
                            `Claim by ${date(r.claimDeadline)}`
                          )}
                        </td>
                        <td className="row">
                          {r.status === MdfRequestStatus.Submitted && (
                            <>
                              <Button size="sm" onClick={() => setEditing(r)}>
                                Edit
                              </Button>
                              <Button
                                size="sm"
                                onClick={() => cancel.mutate({ input: { id: r.id } }, { onSuccess: () => toast(`Cancelled ${r.title}`) })}
                              >
                                Cancel
                              </Button>
                            </>
                          )}
                          {claimable && (
                            <Button size="sm" variant="primary" onClick={() => setClaiming({ request: r })}>
                              Claim
                            </Button>
                          )}
                          {claim?.status === MdfClaimStatus.ChangesRequested && (
                            <Button size="sm" variant="primary" onClick={() => setClaiming({ request: r, resubmit: claim.id })}>
                              Resubmit claim
                            </Button>
                          )}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
</div>
            )}
            {mine.length > 0 && (
              <TableExportButton
                fileName={`mdf-requests-${a.periodStart.slice(0, 10)}.csv`}
                rows={mine}
                columns={[
                  { header: 'title', value: (r) => r.title },
                  { header: 'activityType', value: (r) => r.activityType },
                  { header: 'startDate', value: (r) => r.startDate },
                  { header: 'endDate', value: (r) => r.endDate },
                  { header: 'currency', value: (r) => r.currency },
                  { header: 'requestedAmount', value: (r) => r.requestedAmount },
                  { header: 'approvedAmount', value: (r) => r.approvedAmount },
                  { header: 'status', value: (r) => r.status },
                  { header: 'decisionNote', value: (r) => r.decisionNote },
                  { header: 'claimDeadline', value: (r) => r.claimDeadline },
                  { header: 'claim.status', value: (r) => currentClaim(r)?.status },
                  { header: 'claim.amount', value: (r) => currentClaim(r)?.amount },
                ]}
              />
            )}
          </Card>
        );
      })}
      {viewer.role === UserRole.PartnerAdmin && allocations.length > 0 && <MdfInsights vendor={false} />}
      {asking && <RequestDialog allocation={asking} onClose={() => setAsking(null)} />}
      {editing && <RequestDialog request={editing} allocation={allocations.find((a) => a.id === editing.allocation.id)!} onClose={() => setEditing(null)} />}
      {claiming && <ClaimDialog request={claiming.request} resubmit={claiming.resubmit} onClose={() => setClaiming(null)} />}
    </>
  );
}

function RequestDialog({ allocation, request, onClose }: { allocation: Allocation; request?: Request; onClose: () => void }) {
  const [kind, setKind] = useState<MdfRequestActivityType>(request?.activityType ?? MdfRequestActivityType.Webinar);
  const [title, setTitle] = useState(request?.title ?? '');
  const [plan, setPlan] = useState(request?.plan ?? '');
  const [start, setStart] = useState(request?.startDate.slice(0, 10) ?? '');
  const [end, setEnd] = useState(request?.endDate.slice(0, 10) ?? '');
  const [amount, setAmount] = useState(request ? formatMoneyInput(request.requestedAmount, allocation.currency) : '');
  const [leads, setLeads] = useState(String(request?.expectedLeads ?? 0));
  const [bad, setBad] = useState('');
  const create = useGqlMutation(CreateMdfRequestMutation);
  const update = useGqlMutation(UpdateMdfRequestMutation);
  const toast = useToast();
  const submit = () => {
    const minor = parseMoney(amount, allocation.currency);
    if (!minor) return setBad('Enter the amount, e.g. 5000');
    const fields = { activityType: kind, title, plan, startDate: start, endDate: end, requestedAmount: minor, expectedLeads: Number(leads) || 0 };
    const done = { onSuccess: () => (toast(request ? 'Request updated' : 'Request submitted'), onClose()) };
    if (request) update.mutate({ input: { id: request.id, ...fields } }, done);
    else create.mutate({ input: { allocationId: allocation.id, ...fields } }, done);
  };
  return (
    <Dialog
      open
      onClose={onClose}
      title={request ? 'Edit the request' : 'Request funds'}
      description={`${money(allocation.remaining, allocation.currency)} remain of this period's funds. Your channel manager decides.`}
      onSubmit={submit}
      footer={
        <>
          <Button onClick={onClose}>Close</Button>
          <Button type="submit" variant="primary" loading={create.isPending || update.isPending}>
            {request ? 'Save' : 'Submit request'}
          </Button>
        </>
      }
    >
      <ErrorAlert error={create.error ?? update.error} />
      <SelectField label="Activity" value={kind} onChange={(e) => setKind(e.target.value as MdfRequestActivityType)}>
        {Object.values(MdfRequestActivityType).map((k) => (
          <option key={k} value={k}>
            {humanize(k)}
          </option>
        ))}
      </SelectField>
      <TextField label="Title" required value={title} onChange={(e) => setTitle(e.target.value)} />
      <TextAreaField label="Plan" value={plan} onChange={(e) => setPlan(e.target.value)} />
      <TextField label="Start date" type="date" required value={start} onChange={(e) => setStart(e.target.value)} />
      <TextField label="End date" type="date" required value={end} onChange={(e) => setEnd(e.target.value)} />
      <TextField label={`Amount (${allocation.currency})`} required inputMode="decimal" value={amount} error={bad} onChange={(e) => setAmount(e.target.value)} />
      <TextField label="Expected leads" type="number" min={0} value={leads} onChange={(e) => setLeads(e.target.value)} />
    </Dialog>
  );
}

function ClaimDialog({ request, resubmit, onClose }: { request: Request; resubmit?: string; onClose: () => void }) {
  const [amount, setAmount] = useState(formatMoneyInput(request.approvedAmount ?? 0, request.currency));
  const [leads, setLeads] = useState('0');
  const [pipeline, setPipeline] = useState('0');
  const [note, setNote] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const toast = useToast();
  const resubmitClaim = useGqlMutation(ResubmitMdfClaimMutation);
  const qc = useQueryClient();
  const submit = async () => {
    setError(null);
    const minor = parseMoney(amount, request.currency);
    if (!minor) return setError(new Error('Enter the amount claimed'));
    const common = { amount: minor, actualLeads: Number(leads) || 0, pipelineGenerated: parseMoney(pipeline, request.currency) ?? 0, note };
    setBusy(true);
    try {
      if (resubmit) {
        if (file) await uploadRequest(ResubmitMdfClaimMutation, { input: { id: resubmit, ...common, files: [null as unknown as File] } }, file, 'variables.input.files.0');
        else await resubmitClaim.mutateAsync({ input: { id: resubmit, ...common } });
      } else {
        if (!file) throw new Error('Attach proof of performance (a PDF, images or documents).');
        await uploadRequest(SubmitMdfClaimMutation, { input: { requestId: request.id, ...common, files: [null as unknown as File] } }, file, 'variables.input.files.0');
      }
      toast('Claim submitted');
      await qc.invalidateQueries();
      onClose();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog
      open
      onClose={onClose}
      title={resubmit ? 'Resubmit the claim' : `Claim funds for ${request.title}`}
      description={`Up to ${money(request.approvedAmount ?? 0, request.currency)} approved; claim by ${date(request.claimDeadline)}.`}
      onSubmit={() => void submit()}
      footer={
        <>
          <Button onClick={onClose}>Close</Button>
          <Button type="submit" variant="primary" loading={busy}>
            Submit claim
          </Button>
        </>
      }
    >
      <ErrorAlert error={error} />
      <TextField label={`Amount (${request.currency})`} required inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} />
      <TextField label="Leads generated" type="number" min={0} value={leads} onChange={(e) => setLeads(e.target.value)} />
      <TextField label={`Pipeline generated (${request.currency})`} inputMode="decimal" value={pipeline} onChange={(e) => setPipeline(e.target.value)} />
      <TextAreaField label="Note" value={note} onChange={(e) => setNote(e.target.value)} />
      <TextField label="Proof of performance" type="file" required={!resubmit} onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
    </Dialog>
  );
}

function VendorQueue() {
  const q = useGqlQuery(VendorMdfQueueQuery, {});
  const approveClaim = useGqlMutation(ApproveMdfClaimMutation);
  const allocate = useGqlMutation(AllocateMdfQuarterMutation);
  const viewer = useViewer();
  const [deciding, setDeciding] = useState<{ kind: 'approve' | 'reject' | 'changes' | 'pay' | 'rejectClaim'; id: string; max?: number; currency: string } | null>(null);
  const toast = useToast();
  if (q.isPending) return <SkeletonBlock height={240} />;
  if (q.isError) return <ErrorState error={q.error} onRetry={() => q.refetch()} />;
  const requests = nodes(q.data.mdfRequests);
  const claims = nodes(q.data.mdfClaims);
  return (
    <>
      <PageHeader
        title="MDF queue"
        subtitle="Fund requests and claims waiting for the channel team, oldest first."
        actions={
          viewer?.role === UserRole.Admin && (
            <Button
              loading={allocate.isPending}
              onClick={() =>
                allocate.mutate(
                  { input: { day: new Date().toISOString().slice(0, 10) } },
                  { onSuccess: (d) => toast(`Allocated this quarter's tier allowance to ${d.allocateMdfQuarter.allocations.length} partner(s)`) },
                )
              }
            >
              Allocate this quarter
            </Button>
          )
        }
      />
      <ErrorAlert error={approveClaim.error ?? allocate.error} />
      <Card labelledBy="mdf-requests" title={`Requests (${q.data.mdfRequests.totalCount})`} flush>
        {requests.length === 0 ? (
          <p className="card-body">No request waits for a decision.</p>
        ) : (
          <div className="table-wrap" tabIndex={0} role="region" aria-label="Requests waiting for a decision">
<table className="table">
            <thead>
              <tr>
                <th scope="col">Partner</th>
                <th scope="col">Activity</th>
                <th scope="col">Dates</th>
                <th scope="col">Requested</th>
                <th scope="col">Remaining</th>
                <th scope="col">Decide</th>
              </tr>
            </thead>
            <tbody>
              {requests.map((r) => (
                <tr key={r.id} data-testid={`queue-request-${r.title}`}>
                  <td>{r.partner.name}</td>
                  <td>
                    <Link to={`/mdf/requests/${r.id}`}>{r.title}</Link>
                    <br />
                    <small>
                      {humanize(r.activityType)} · {r.expectedLeads} leads expected
                    </small>
                  </td>
                  <td>
                    {date(r.startDate)} – {date(r.endDate)}
                  </td>
                  <td>{money(r.requestedAmount, r.currency)}</td>
                  <td>{money(r.allocation.remaining, r.currency)}</td>
                  <td className="row">
                    <Button
                      size="sm"
                      variant="primary"
                      onClick={() => setDeciding({ kind: 'approve', id: r.id, max: Math.min(r.requestedAmount, r.allocation.remaining), currency: r.currency })}
                    >
                      Approve
                    </Button>
                    <Button size="sm" onClick={() => setDeciding({ kind: 'reject', id: r.id, currency: r.currency })}>
                      Reject
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
</div>
        )}
        {requests.length > 0 && (
          <ExportButton
            csv={{
              list: 'mdfRequests',
              fields: ['partner.name', 'title', 'activityType', 'startDate', 'endDate', 'currency', 'requestedAmount', 'expectedLeads', 'allocation.remaining', 'createdAt'],
              where: { status: 'SUBMITTED' },
              orderBy: { field: 'CREATED_AT', direction: 'ASC' },
            }}
          />
        )}
      </Card>
      <Card labelledBy="mdf-claims" title={`Claims (${q.data.mdfClaims.totalCount})`} flush>
        {claims.length === 0 ? (
          <p className="card-body">No claim waits for review or payment.</p>
        ) : (
          <div className="table-wrap" tabIndex={0} role="region" aria-label="Claims waiting for review or payment">
<table className="table">
            <thead>
              <tr>
                <th scope="col">Partner</th>
                <th scope="col">Activity</th>
                <th scope="col">Claimed</th>
                <th scope="col">Results</th>
                <th scope="col">Proof</th>
                <th scope="col">Status</th>
                <th scope="col">Review</th>
              </tr>
            </thead>
            <tbody>
              {claims.map((c) => (
                <tr key={c.id} data-testid={`queue-claim-${c.request.title}`}>
                  <td>{c.partner.name}</td>
                  <td>
                    <Link to={`/mdf/requests/${c.request.id}`}>{c.request.title}</Link>
                  </td>
                  <td>
                    {money(c.amount, c.currency)} of {money(c.request.approvedAmount ?? 0, c.currency)}
                  </td>
                  <td>
                    {c.actualLeads} leads · {money(c.pipelineGenerated, c.currency)} pipeline
                  </td>
                  <td>
                    {(c.files ?? []).map((f) => (
                      <a key={f.id} href={f.downloadUrl ?? `/files/${f.id}`}>
                        {f.name}
                      </a>
                    ))}
                  </td>
                  <td>
                    <Badge tone={claimTone[c.status]}>{humanize(c.status)}</Badge>
                  </td>
                  <td className="row">
                    {c.status === MdfClaimStatus.Submitted && (
                      <>
                        <Button
                          size="sm"
                          variant="primary"
                          loading={approveClaim.isPending}
                          onClick={() => approveClaim.mutate({ input: { id: c.id } }, { onSuccess: () => toast('Claim approved') })}
                        >
                          Approve claim
                        </Button>
                        <Button size="sm" onClick={() => setDeciding({ kind: 'changes', id: c.id, currency: c.currency })}>
                          Ask for changes
                        </Button>
                        <Button size="sm" onClick={() => setDeciding({ kind: 'rejectClaim', id: c.id, currency: c.currency })}>
                          Reject claim
                        </Button>
                      </>
                    )}
                    {c.status === MdfClaimStatus.Approved && (
                      <Button size="sm" variant="primary" onClick={() => setDeciding({ kind: 'pay', id: c.id, currency: c.currency })}>
                        Mark paid
                      </Button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
</div>
        )}
        {claims.length > 0 && (
          <ExportButton
            csv={{
              list: 'mdfClaims',
              fields: ['partner.name', 'request.title', 'currency', 'amount', 'request.approvedAmount', 'actualLeads', 'pipelineGenerated', 'status', 'submittedAt'],
              where: { statusIn: ['SUBMITTED', 'APPROVED'] },
              orderBy: { field: 'SUBMITTED_AT', direction: 'ASC' },
            }}
          />
        )}
      </Card>
      <MdfInsights vendor />
      {deciding && <DecisionDialog {...deciding} onClose={() => setDeciding(null)} />}
    </>
  );
}

const decisionTitles = {
  approve: 'Approve the request',
  reject: 'Reject the request',
  changes: 'Ask for changes to the claim',
  rejectClaim: 'Reject the claim',
  pay: 'Mark the claim paid',
};

function DecisionDialog({ kind, id, max, currency, onClose }: { kind: keyof typeof decisionTitles; id: string; max?: number; currency: string; onClose: () => void }) {
  const [amount, setAmount] = useState(max != null ? formatMoneyInput(max, currency) : '');
  const [text, setText] = useState('');
  const approve = useGqlMutation(ApproveMdfRequestMutation);
  const reject = useGqlMutation(RejectMdfRequestMutation);
  const rejectClaim = useGqlMutation(RejectMdfClaimMutation);
  const pay = useGqlMutation(MarkMdfClaimPaidMutation);
  const toast = useToast();
  const done = { onSuccess: () => (toast(decisionTitles[kind].replace(/^(\w+)/, '$1d').replace('Markd', 'Marked').replace('Askd', 'Asked')), onClose()) };
  const submit = () => {
    switch (kind) {
      case 'approve':
        approve.mutate({ input: { id, approvedAmount: parseMoney(amount, currency) ?? 0, note: text } }, done);
        break;
      case 'reject':
        reject.mutate({ input: { id, note: text } }, done);
        break;
      case 'changes':
      case 'rejectClaim':
        rejectClaim.mutate({ input: { id, note: text, requestChanges: kind === 'changes' } }, done);
        break;
      case 'pay':
        pay.mutate({ input: { id, paymentReference: text } }, done);
        break;
    }
  };
  const pending = approve.isPending || reject.isPending || rejectClaim.isPending || pay.isPending;
  return (
    <Dialog
      open
      onClose={onClose}
      title={decisionTitles[kind]}
      onSubmit={submit}
      footer={
        <>
          <Button onClick={onClose}>Close</Button>
          <Button type="submit" variant="primary" loading={pending}>
            Confirm
          </Button>
        </>
      }
    >
      <ErrorAlert error={approve.error ?? reject.error ?? rejectClaim.error ?? pay.error} />
      {kind === 'approve' && (
        <TextField
          label={`Approved amount (${currency})`}
          hint={max != null ? `At most ${money(max, currency)}` : undefined}
          required
          inputMode="decimal"
          value={amount}
          onChange={(e) => setAmount(e.target.value)}
        />
      )}
      {kind === 'pay' ? (
        <TextField label="Payment reference" required value={text} onChange={(e) => setText(e.target.value)} />
      ) : (
        <TextAreaField label="Note for the partner" required={kind !== 'approve'} value={text} onChange={(e) => setText(e.target.value)} />
      )}
    </Dialog>
  );
}
