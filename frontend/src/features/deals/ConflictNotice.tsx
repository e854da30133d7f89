// Conflicts as each side may see them. A partner learns that its registration collides with
// something and what that means for it, never who holds the other registration or what it is
// (that would leak one partner's pipeline to a competitor): only the server's partner-safe reason
// is shown, and the vendor-only fields are neither fetched for partners nor rendered here. The
// channel team sees both registrations side by side.
import { ArrowLeftRight, Building, ShieldAlert, ShieldCheck } from 'lucide-react';
import { Link } from 'react-router';
import type { DealConflictFieldsFragment } from '../../gql/graphql';
import { date, money } from '../../lib/format';
import { Badge } from '../../ui/Badge';
import { conflictKindLabel, DealStatusBadge, isActive } from './status';

export type Conflict = DealConflictFieldsFragment;

/** A conflict as the channel team's views read it: the full fragment or the queue's lighter one. */
export interface ConflictView {
  id: string;
  kind: Conflict['kind'];
  score: number;
  blocking: boolean;
  reason: string;
  detail?: string | null;
  conflictingPartner?: { name: string } | null;
  conflictingDeal?: {
    id: string;
    title: string;
    status: NonNullable<Conflict['conflictingDeal']>['status'];
    amount: number;
    currency: string;
    createdAt: string;
    customerName?: string;
    customerDomain?: string;
    protectionExpiresAt?: string | null;
    registeredBy?: { name: string } | null;
  } | null;
  matchedAccount?: { name: string; domain: string; ownerKind: string; directOwner?: { id: string; name: string } | null } | null;
}

/** Why a conflict of this kind matters to the partner who registered, in their terms. */
export function whyItMatters(c: Pick<Conflict, 'kind' | 'blocking'>): string {
  switch (c.kind) {
    case 'SAME_DOMAIN':
      return c.blocking
        ? 'Your registration is kept and stays submitted, but it cannot be approved while the earlier one is active. If that one is withdrawn, rejected or its protection runs out, yours can still go ahead. You don’t need to do anything now: your channel manager will let you know the outcome.'
        : 'The channel team checks both registrations before deciding.';
    case 'DIRECT_ACCOUNT':
      return 'This customer is a named account of the vendor’s direct sales team. Your registration can still be approved, as a co-sell deal: you work the opportunity together with a direct sales rep.';
    case 'SIMILAR_NAME':
    case 'EMAIL_DOMAIN':
      return 'This does not stop approval. The channel team checks whether it is the same customer before deciding, so make sure the web domain you entered is the customer’s own.';
  }
}

/** The partner's view: that a conflict exists and why it matters, naming no one. */
export function ConflictNotice({ conflicts }: { conflicts: readonly Pick<Conflict, 'id' | 'kind' | 'blocking' | 'reason'>[] }) {
  if (conflicts.length === 0) return null;
  const blocking = conflicts.some((c) => c.blocking);
  // The same finding against several earlier claims reads once, with how many.
  const groups: { c: (typeof conflicts)[number]; n: number }[] = [];
  for (const c of [...conflicts].sort((a, b) => Number(b.blocking) - Number(a.blocking))) {
    const g = groups.find((x) => x.c.kind === c.kind && x.c.reason === c.reason);
    if (g) g.n++;
    else groups.push({ c, n: 1 });
  }
  return (
    <section className={blocking ? 'conflict-notice is-blocking' : 'conflict-notice'} aria-labelledby="conflict-notice-title" data-testid="conflict-notice">
      <div className="conflict-notice-head">
        <span className="conflict-icon" aria-hidden="true">
          <ShieldAlert size={20} />
        </span>
        <div>
          <h2 id="conflict-notice-title">
            {blocking ? 'This registration overlaps with an earlier claim on the customer' : 'The channel team will double-check this customer'}
          </h2>
          <p>
            PartnerHub compares every registration with the others under the program’s rules of engagement. Other partners’ registrations stay
            private, just as yours do.
          </p>
        </div>
      </div>
      <ul className="conflict-list">
        {groups.map(({ c, n }) => (
          <li key={c.id}>
            <div className="row">
              <Badge tone={c.blocking ? 'warning' : 'info'}>{conflictKindLabel[c.kind]}</Badge>
              {n > 1 && <span className="muted small">{n} matches</span>}
              {c.blocking && <span className="muted small">Affects approval</span>}
            </div>
            <p className="conflict-reason">{c.reason}</p>
            <p className="conflict-why">
              <strong>What this means for you: </strong>
              {whyItMatters(c)}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}

export interface ThisRegistration {
  title: string;
  customerName: string;
  customerDomain: string;
  contactEmail: string;
  amount: number;
  currency: string;
  createdAt: string;
  partner: { id: string; name: string };
  registeredBy?: { name: string } | null;
}

/** The channel team's view: this registration beside each registration or account it collides with. */
export function ConflictCompare({ deal, conflicts, compact }: { deal: ThisRegistration; conflicts: readonly ConflictView[]; compact?: boolean }) {
  if (conflicts.length === 0) return null;
  return (
    <div className="compare">
      <div className="compare-side this">
        <div className="compare-label">This registration</div>
        <div className="cell-title">{deal.partner.name}</div>
        <dl className="mini-dl">
          <dt>Customer</dt>
          <dd>
            {deal.customerName} <span className="muted">({deal.customerDomain})</span>
          </dd>
          {deal.contactEmail && (
            <>
              <dt>Contact</dt>
              <dd>{deal.contactEmail}</dd>
            </>
          )}
          <dt>Deal</dt>
          <dd>
            {deal.title} · {money(deal.amount, deal.currency)}
          </dd>
          <dt>Registered</dt>
          <dd>
            {date(deal.createdAt)}
            {deal.registeredBy ? ` by ${deal.registeredBy.name}` : ''}
          </dd>
        </dl>
      </div>
      <div className="compare-arrow" aria-hidden="true">
        <ArrowLeftRight size={16} />
      </div>
      <div className="compare-others">
        {conflicts.map((c) => {
          const other = c.conflictingDeal;
          const acc = c.matchedAccount;
          const stillActive = other ? isActive(other.status) : false;
          return (
            <section key={c.id} className={c.blocking && (c.kind === 'DIRECT_ACCOUNT' || stillActive) ? 'compare-side other is-blocking' : 'compare-side other'} aria-label={`${conflictKindLabel[c.kind]} conflict`}>
              <header className="row" style={{ gap: 6 }}>
                <Badge tone={c.blocking && (c.kind === 'DIRECT_ACCOUNT' || stillActive) ? 'warning' : 'info'}>{conflictKindLabel[c.kind]}</Badge>
                {c.kind === 'SIMILAR_NAME' && <span className="muted small">{c.score >= 0.95 ? 'Names almost identical' : 'Names look alike'}</span>}
                {c.kind === 'SAME_DOMAIN' && other && !stillActive && <Badge tone="success">Earlier one no longer active</Badge>}
                {c.blocking && c.kind === 'SAME_DOMAIN' && stillActive && <span className="muted small">Blocks approval (admin override)</span>}
                {c.kind === 'DIRECT_ACCOUNT' && <span className="muted small">Approve as co-sell with a direct rep</span>}
              </header>
              {other ? (
                <>
                  <div className="compare-who">
                    <span className="cell-title">{c.conflictingPartner?.name ?? 'Another partner'}</span>
                    <DealStatusBadge status={other.status} />
                  </div>
                  <dl className="mini-dl">
                    {other.customerName && (
                      <>
                        <dt>Customer</dt>
                        <dd>
                          {other.customerName} <span className="muted">({other.customerDomain})</span>
                        </dd>
                      </>
                    )}
                    {acc && c.kind !== 'SAME_DOMAIN' && !other.customerName && (
                      <>
                        <dt>Customer</dt>
                        <dd>
                          {acc.name} <span className="muted">({acc.domain})</span>
                        </dd>
                      </>
                    )}
                    <dt>Deal</dt>
                    <dd>
                      {compact ? other.title : <Link to={`/deals/${other.id}`}>{other.title}</Link>} · {money(other.amount, other.currency)}
                    </dd>
                    <dt>Registered</dt>
                    <dd>
                      {date(other.createdAt)}
                      {other.registeredBy ? ` by ${other.registeredBy.name}` : ''}
                    </dd>
                    {other.protectionExpiresAt && (
                      <>
                        <dt>Protected until</dt>
                        <dd>{date(other.protectionExpiresAt)}</dd>
                      </>
                    )}
                  </dl>
                </>
              ) : acc ? (
                <>
                  <div className="compare-who">
                    {acc.ownerKind === 'DIRECT' && <Building size={14} aria-hidden="true" />}
                    <span className="cell-title">{acc.name}</span>
                    {acc.ownerKind === 'DIRECT' && c.kind !== 'DIRECT_ACCOUNT' && <Badge>Direct sales account</Badge>}
                  </div>
                  <dl className="mini-dl">
                    <dt>Domain</dt>
                    <dd>{acc.domain}</dd>
                    {acc.ownerKind === 'DIRECT' && (
                      <>
                        <dt>Direct owner</dt>
                        <dd>{acc.directOwner?.name ?? 'Unassigned'}</dd>
                      </>
                    )}
                  </dl>
                </>
              ) : (
                <div className="muted small">No counterpart recorded.</div>
              )}
              <div className="compare-reasons">
                {c.detail && (
                  <p>
                    <span className="compare-label">For the channel team</span> {c.detail}
                  </p>
                )}
                <p>
                  <span className="compare-label">
                    <ShieldCheck size={12} aria-hidden="true" /> The partner reads
                  </span>{' '}
                  {c.reason}
                </p>
              </div>
            </section>
          );
        })}
      </div>
    </div>
  );
}
