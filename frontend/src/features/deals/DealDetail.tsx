// One registration: where it stands, what protects it, why it may collide with another, and its
// timeline. The partner acts on its own registration (edit, withdraw, extension, outcome); the
// channel team decides it and sees the conflicting registration side by side.
import { useState } from 'react';
import { CalendarPlus, CheckCircle2, Clock, Pencil, ShieldCheck, Trophy, Undo2 } from 'lucide-react';
import { Link, useLocation, useParams } from 'react-router';
import type { DealDetailQuery } from '../../gql/graphql';
import { isVendor } from '../../lib/roles';
import { date, dateTime, day, daysUntil, money, relative } from '../../lib/format';
import { useGqlQuery } from '../../lib/query';
import { useViewer } from '../../lib/session';
import { usePageTitle } from '../../lib/usePageTitle';
import { Badge, TierBadge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { Card, PageHeader } from '../../ui/Card';
import { BackLink, DetailPageShell } from '../../ui/DetailPage';
import { Alert, SkeletonBlock } from '../../ui/States';
import { ConflictCompare, ConflictNotice } from './ConflictNotice';
import { CloseDealDialog, EditDealDialog, ExtensionDecision, ExtensionDialog, WithdrawDialog } from './DealDialogs';
import { DecisionPanel } from './DecisionPanel';
import type { RegisteredState } from './RegisterDeal';
import { DealStatusBadge, sourceLabel, statusMeaning, vendorStatusMeaning } from './status';
import { Timeline } from './Timeline';
import { DealDetailQueryDoc } from './api/dealDetail';

type Deal = Extract<NonNullable<DealDetailQuery['node']>, { __typename: 'Deal' }>;

function ProtectionCard({ deal, onExtend, canAct }: { deal: Deal; onExtend: () => void; canAct: boolean }) {
  const now = Date.now();
  const pending = (deal.extensions ?? []).find((e) => e.status === 'PENDING');
  const days = deal.partner.tier?.dealProtectionDays;
  if (deal.status === 'SUBMITTED') {
    const overdue = new Date(deal.decisionDueAt).getTime() < now;
    return (
      <Card title="Decision">
        <div className="big-date">
          <Clock size={18} aria-hidden="true" />
          <div>
            <div className="k">{overdue ? 'Decision was due' : 'Decision due'}</div>
            <div className="v" data-testid="decision-due">
              {dateTime(deal.decisionDueAt)}
            </div>
            <div className="muted small">{relative(deal.decisionDueAt, now)}</div>
          </div>
        </div>
        <p className="muted small" style={{ marginTop: 12 }}>
          {/* The vendor reads whom it protects; only the partner reads "for you". */}
          Once approved, the customer is protected for {canAct ? 'you' : deal.partner.name} for{' '}
          {days ? `${days} days` : canAct ? 'your tier’s protection window' : 'its tier’s protection window'}.
        </p>
      </Card>
    );
  }
  if (!deal.protectionExpiresAt) {
    return null;
  }
  const left = daysUntil(deal.protectionExpiresAt, now);
  const active = deal.status === 'APPROVED';
  const total = deal.decidedAt ? Math.max(1, (new Date(deal.protectionExpiresAt).getTime() - new Date(deal.decidedAt).getTime()) / 86_400_000) : 90;
  const used = Math.min(1, Math.max(0, 1 - left / total));
  return (
    <Card title="Protection">
      <div className="big-date">
        <ShieldCheck size={18} aria-hidden="true" />
        <div>
          <div className="k">{active ? 'Protected until' : 'Protection ended'}</div>
          <div className="v" data-testid="protection-date">
            {date(deal.protectionExpiresAt)}
          </div>
          {active && <div className={left <= 14 ? 'text-warning small' : 'muted small'}>{left <= 0 ? 'Ends today' : left === 1 ? '1 day left' : `${left} days left`}</div>}
        </div>
      </div>
      {active && (
        <div className="meter" aria-hidden="true">
          <span style={{ width: `${used * 100}%` }} className={left <= 14 ? 'warn' : undefined} />
        </div>
      )}
      {pending ? (
        <div className="pending-ext" data-testid="extension-pending">
          <Badge tone="info">Extension requested</Badge>
          <p className="small">
            {pending.days} more days asked {relative(pending.createdAt)}: “{pending.reason}”
          </p>
        </div>
      ) : (
        active &&
        canAct && (
          <Button size="sm" icon={<CalendarPlus size={14} aria-hidden="true" />} onClick={onExtend} style={{ marginTop: 12 }}>
            Request an extension
          </Button>
        )
      )}
      {(deal.extensions ?? [])
        .filter((e) => e.status !== 'PENDING')
        .map((e) => (
          <p key={e.id} className="small muted" style={{ marginTop: 8 }}>
            Extension of {e.days} days {e.status === 'APPROVED' ? 'approved' : 'declined'} {date(e.decidedAt)}
            {e.decisionNote ? `: “${e.decisionNote}”` : ''}
          </p>
        ))}
    </Card>
  );
}

export default function DealDetail() {
  const { id = '' } = useParams();
  const viewer = useViewer();
  const vendor = isVendor(viewer.role);
  const location = useLocation();
  const justRegistered = Boolean((location.state as RegisteredState | null)?.registered);
  const q = useGqlQuery(DealDetailQueryDoc, { id, vendor });
  const [dialog, setDialog] = useState<null | 'edit' | 'withdraw' | 'extend' | 'close'>(null);
  const node = q.data?.node;
  const deal: Deal | undefined = node?.__typename === 'Deal' ? node : undefined;
  usePageTitle(deal?.title ?? 'Deal');

  const back = <BackLink to="/deals">Deals</BackLink>;

  if (q.isError || q.isPending || !deal) {
    return (
      <DetailPageShell
        query={q}
        back={back}
        noun="Deal"
        titleWidth={300}
        loading={
          <div className="detail-grid">
            <SkeletonBlock height={320} />
            <SkeletonBlock height={220} />
          </div>
        }
        notFound={{
          title: 'We couldn’t find this deal',
          body: (
            <>
              It may belong to someone else, or the link may be wrong.{' '}
              <Link to="/deals">Go to your deals</Link> or{' '}
              {vendor ? <Link to="/approvals">the approval queue</Link> : <Link to="/deals/new">register a deal</Link>}.
            </>
          ),
        }}
      />
    );
  }

  const conflicts = deal.conflicts ?? [];
  const own = !vendor; // a partner sees only its own organisation's registrations
  const canDecide = vendor && (viewer.role === 'ADMIN' || deal.partner.manager?.id === viewer.id);
  const pendingExt = (deal.extensions ?? []).find((e) => e.status === 'PENDING');

  return (
    <>
      <PageHeader
        eyebrow={back}
        title={deal.title}
        subtitle={
          <span className="row">
            <DealStatusBadge status={deal.status} testId="deal-status" />
            {deal.coSell && <Badge tone="brand">Co-sell</Badge>}
            {deal.conflictOverridden && <Badge tone="warning">Conflict overridden</Badge>}
            <span className="muted">
              {deal.customerName} · {deal.customerDomain}
            </span>
          </span>
        }
        actions={
          own && (
            <>
              {deal.status === 'SUBMITTED' && (
                <Button icon={<Pencil size={15} aria-hidden="true" />} onClick={() => setDialog('edit')}>
                  Edit
                </Button>
              )}
              {deal.status === 'APPROVED' && (
                <Button variant="primary" icon={<Trophy size={15} aria-hidden="true" />} onClick={() => setDialog('close')}>
                  Record outcome
                </Button>
              )}
              {(deal.status === 'SUBMITTED' || deal.status === 'APPROVED') && (
                <Button variant="ghost" icon={<Undo2 size={15} aria-hidden="true" />} onClick={() => setDialog('withdraw')}>
                  Withdraw
                </Button>
              )}
            </>
          )
        }
      />
      <div className="stack">
        {justRegistered && own && (
          <Alert tone="success" title="Deal registered">
            {conflicts.length > 0
              ? 'It is saved and with the channel team, who will look at the overlap described below.'
              : `The channel team decides by ${dateTime(deal.decisionDueAt)}; you’ll see the decision here.`}
          </Alert>
        )}
        <div className="detail-grid">
          <div className="stack">
            {vendor ? (
              conflicts.length > 0 && (
                <Card title="Conflicts" hint="This registration and what it collides with, side by side.">
                  <ConflictCompare deal={deal} conflicts={conflicts} />
                </Card>
              )
            ) : (
              <ConflictNotice conflicts={conflicts} />
            )}
            <Card title="Opportunity">
              <dl className="dl">
                <dt>Customer</dt>
                <dd>
                  {deal.customerName}
                  <div className="cell-sub">{deal.customerDomain}</div>
                </dd>
                <dt>Contact</dt>
                <dd>
                  {deal.contactName || deal.contactEmail ? (
                    <>
                      {deal.contactName || '—'}
                      {deal.contactEmail && <div className="cell-sub">{deal.contactEmail}</div>}
                    </>
                  ) : (
                    '—'
                  )}
                </dd>
                <dt>Expected value</dt>
                <dd className="strong">{money(deal.amount, deal.currency)}</dd>
                {deal.closedAmount != null && (
                  <>
                    <dt>Final value</dt>
                    <dd className="strong">{money(deal.closedAmount, deal.currency)}</dd>
                  </>
                )}
                <dt>Expected close</dt>
                <dd>{day(deal.expectedCloseDate)}</dd>
                {deal.closedAt && (
                  <>
                    <dt>Closed</dt>
                    <dd>{day(deal.closedAt)}</dd>
                  </>
                )}
                <dt>Role</dt>
                <dd>{sourceLabel[deal.source]}</dd>
                <dt>MDF activity</dt>
                <dd>{deal.mdfRequest ? <Link to={`/mdf/requests/${deal.mdfRequest.id}`}>{deal.mdfRequest.title}</Link> : '—'}</dd>
                <dt>Products</dt>
                <dd>{deal.products?.length ? <span className="row" style={{ gap: 6 }}>{deal.products.map((p) => <Badge key={p}>{p}</Badge>)}</span> : '—'}</dd>
                <dt>Description</dt>
                <dd className="prewrap">{deal.description || '—'}</dd>
              </dl>
            </Card>
            <Card title="Timeline" hint="Every change, who made it and why.">
              <Timeline events={deal.events ?? []} />
            </Card>
          </div>
          <aside className="stack" aria-label="Status">
            {vendor && deal.status === 'SUBMITTED' && (
              <Card title="Decide" hint={`Due ${relative(deal.decisionDueAt)} · ${dateTime(deal.decisionDueAt)}`}>
                <DecisionPanel deal={deal} canDecide={canDecide} />
              </Card>
            )}
            <Card title="Status">
              <div className="row" style={{ marginBottom: 8 }}>
                <DealStatusBadge status={deal.status} />
              </div>
              <p className="small">{(own ? statusMeaning : vendorStatusMeaning)[deal.status]}</p>
              {deal.decisionNote && (deal.status !== 'SUBMITTED') && (
                <blockquote className="quote">
                  {deal.decisionNote}
                  {deal.reviewer && <footer>— {deal.reviewer.name}</footer>}
                </blockquote>
              )}
              {deal.coSell && (
                <p className="small" style={{ marginTop: 8 }}>
                  <CheckCircle2 size={13} aria-hidden="true" /> Co-sell with the vendor’s direct sales
                  {vendor && deal.directRep ? ` (${deal.directRep.name})` : ''}.
                </p>
              )}
            </Card>
            {deal.status !== 'SUBMITTED' || !vendor ? (
              <ProtectionCard deal={deal} canAct={own} onExtend={() => setDialog('extend')} />
            ) : null}
            {vendor && pendingExt && deal.status === 'APPROVED' && (
              <Card title="Extension request" hint={`${pendingExt.requestedBy.name} asked ${relative(pendingExt.createdAt)}`}>
                <p className="small" style={{ marginBottom: 10 }}>
                  {pendingExt.days} more days: “{pendingExt.reason}”
                </p>
                {canDecide ? <ExtensionDecision extension={pendingExt} /> : <p className="muted small">Decided by this partner’s channel manager or an admin.</p>}
              </Card>
            )}
            <Card title="Registration">
              <dl className="dl compact">
                {vendor && (
                  <>
                    <dt>Partner</dt>
                    <dd>
                      <Link to={`/partners/${deal.partner.id}`}>{deal.partner.name}</Link>
                      <div>
                        <TierBadge tier={deal.partner.tier} />
                      </div>
                    </dd>
                  </>
                )}
                <dt>Registered by</dt>
                <dd>{deal.registeredBy.name}</dd>
                <dt>Registered</dt>
                <dd>{dateTime(deal.createdAt)}</dd>
                <dt>Channel manager</dt>
                <dd>{deal.partner.manager?.name ?? 'Unassigned'}</dd>
                <dt>Reference</dt>
                <dd>
                  <code className="mono">{deal.id}</code>
                </dd>
              </dl>
            </Card>
          </aside>
        </div>
      </div>
      {dialog === 'edit' && <EditDealDialog deal={deal} onClose={() => setDialog(null)} />}
      {dialog === 'withdraw' && <WithdrawDialog deal={deal} onClose={() => setDialog(null)} />}
      {dialog === 'extend' && <ExtensionDialog deal={deal} onClose={() => setDialog(null)} />}
      {dialog === 'close' && <CloseDealDialog deal={deal} onClose={() => setDialog(null)} />}
    </>
  );
}
