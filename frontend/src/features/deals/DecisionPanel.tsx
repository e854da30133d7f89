// The channel team's decision on a registration, in place: approve (with a note; as co-sell with a
// direct rep when the customer is a direct account; with an admin's override note when another
// partner holds an earlier active registration) or reject with a note the partner reads.
import { useId, useState } from 'react';
import { Check, ShieldAlert, X } from 'lucide-react';
import type { ApproveDealMutation as ApproveResult, RejectDealMutation as RejectResult } from '../../gql/graphql';
import { ApiError } from '../../lib/errors';
import { useGqlMutation, useGqlQuery } from '../../lib/query';
import { useViewer } from '../../lib/session';

import { Button } from '../../ui/Button';
import { SelectField, TextAreaField } from '../../ui/Field';
import { ErrorAlert } from '../../ui/States';
import type { ConflictView } from './ConflictNotice';
import { isActive } from './status';
import { nodes } from '../../lib/connection';
import { ApproveDealMutation, DirectRepsQuery, RejectDealMutation } from './api/decisionPanel';

export type Decision =
  | { outcome: 'APPROVED'; deal: ApproveResult['approveDeal']['deal'] }
  | { outcome: 'REJECTED'; deal: RejectResult['rejectDeal']['deal'] };

export interface DecisionDeal {
  id: string;
  title: string;
  partner: { name: string; manager?: { name: string } | null };
  conflicts?: readonly ConflictView[] | null;
  account?: { ownerKind: string } | null;
}

/** What approving this registration takes, from its conflicts. */
export function approvalNeeds(deal: DecisionDeal) {
  const conflicts = deal.conflicts ?? [];
  const direct = conflicts.find((c) => c.kind === 'DIRECT_ACCOUNT');
  const earlier = conflicts.find((c) => c.kind === 'SAME_DOMAIN' && c.blocking && (!c.conflictingDeal || isActive(c.conflictingDeal.status)));
  return {
    coSell: Boolean(direct) || deal.account?.ownerKind === 'DIRECT',
    defaultRep: direct?.matchedAccount?.directOwner?.id ?? '',
    override: Boolean(earlier),
  };
}

export function DecisionPanel({
  deal,
  canDecide,
  onDecided,
}: {
  deal: DecisionDeal;
  /** The viewer may decide this partner's registrations (ADMIN, or its channel manager). */
  canDecide: boolean;
  onDecided?: (d: Decision) => void;
}) {
  const viewer = useViewer();
  const admin = viewer.role === 'ADMIN';
  const needs = approvalNeeds(deal);
  const [mode, setMode] = useState<'idle' | 'approve' | 'reject'>('idle');
  const [note, setNote] = useState('');
  const [coSell, setCoSell] = useState(needs.coSell);
  const [repId, setRepId] = useState(needs.defaultRep);
  const [override, setOverride] = useState(false);
  const approve = useGqlMutation(ApproveDealMutation);
  const reject = useGqlMutation(RejectDealMutation);
  const reps = useGqlQuery(DirectRepsQuery, {}, { enabled: mode === 'approve' && coSell });
  const [local, setLocal] = useState<Record<string, string>>({});
  const id = useId();

  const m = mode === 'reject' ? reject : approve;
  const serverErr = (f: string) => (m.error instanceof ApiError ? m.error.fieldError(f) : undefined);
  const err = (f: string) => local[f] ?? serverErr(f);
  const generalError = m.error && !(m.error instanceof ApiError && m.error.fieldErrors.length) ? m.error : null;

  if (!canDecide) {
    return (
      <p className="muted small decision-locked">
        Decided by {deal.partner.manager ? `${deal.partner.manager.name}, this partner’s channel manager,` : 'this partner’s channel manager'} or an admin.
      </p>
    );
  }

  const blockedForManager = needs.override && !admin;

  const open = (next: 'approve' | 'reject') => {
    approve.reset();
    reject.reset();
    setLocal({});
    setMode(next);
  };

  const submit = () => {
    if (mode === 'reject') {
      if (!note.trim()) {
        setLocal({ note: 'Tell the partner why, in a sentence they can act on.' });
        return;
      }
      reject.mutate({ input: { id: deal.id, note: note.trim() } }, { onSuccess: (r) => onDecided?.({ outcome: 'REJECTED', deal: r.rejectDeal.deal }) });
      return;
    }
    const errs: Record<string, string> = {};
    if (coSell && !repId) errs.directRepId = 'Choose the direct sales rep who works the deal with the partner.';
    if (override && !note.trim()) errs.note = 'Say why the earlier registration is overridden; it is kept in the timeline.';
    setLocal(errs);
    if (Object.keys(errs).length) return;
    approve.mutate(
      {
        input: {
          id: deal.id,
          note: note.trim() || undefined,
          coSell: coSell || undefined,
          directRepId: coSell ? repId : undefined,
          overrideConflict: override || undefined,
        },
      },
      { onSuccess: (r) => onDecided?.({ outcome: 'APPROVED', deal: r.approveDeal.deal }) },
    );
  };

  if (mode === 'idle') {
    return (
      <div className="decision">
        {blockedForManager && (
          <p className="decision-hint">
            <ShieldAlert size={14} aria-hidden="true" /> Another partner’s earlier registration is active: reject this one, or ask an admin to
            override.
          </p>
        )}
        {needs.coSell && !blockedForManager && (
          <p className="decision-hint">
            <ShieldAlert size={14} aria-hidden="true" /> Direct sales account: approval makes it a co-sell deal with a direct rep.
          </p>
        )}
        <div className="row">
          <Button
            variant="primary"
            size="sm"
            icon={<Check size={15} aria-hidden="true" />}
            onClick={() => open('approve')}
            disabled={blockedForManager}
            aria-label={`Approve ${deal.title}`}
          >
            Approve
          </Button>
          <Button size="sm" icon={<X size={15} aria-hidden="true" />} onClick={() => open('reject')} aria-label={`Reject ${deal.title}`}>
            Reject
          </Button>
        </div>
      </div>
    );
  }

  const submitLabel = mode === 'reject' ? 'Reject registration' : override ? 'Approve with override' : coSell ? 'Approve as co-sell' : 'Approve registration';

  return (
    <form
      className="decision decision-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      aria-label={mode === 'reject' ? `Reject ${deal.title}` : `Approve ${deal.title}`}
    >
      {generalError && <ErrorAlert error={generalError} />}
      {mode === 'approve' && (
        <>
          {needs.override && admin && (
            <label className="check">
              <input type="checkbox" checked={override} onChange={(e) => setOverride(e.target.checked)} />
              <span>
                <strong>Override the earlier registration</strong>
                <span className="muted"> Another partner’s earlier registration on this customer is still active. Approve this one anyway (admin only, needs a note).</span>
              </span>
            </label>
          )}
          <label className="check">
            <input type="checkbox" checked={coSell} disabled={needs.coSell} onChange={(e) => setCoSell(e.target.checked)} />
            <span>
              <strong>Co-sell with the vendor’s direct sales</strong>
              <span className="muted">{needs.coSell ? ' Required: the customer is a named direct account.' : ' A direct rep works the deal with the partner.'}</span>
            </span>
          </label>
          {coSell && (
            <SelectField label="Direct sales rep" id={`${id}-rep`} value={repId} onChange={(e) => setRepId(e.target.value)} error={err('directRepId') ?? err('coSell')} required>
              <option value="">Choose a rep…</option>
              {nodes(reps.data?.users).map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </SelectField>
          )}
        </>
      )}
      <TextAreaField
        label={mode === 'reject' ? 'Why (the partner reads this)' : override ? 'Why override (kept in the timeline)' : 'Note to the partner (optional)'}
        id={`${id}-note`}
        rows={2}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        error={err('note')}
        required={mode === 'reject' || override}
        maxLength={2000}
        autoFocus
      />
      <div className="row" style={{ justifyContent: 'flex-end' }}>
        <Button size="sm" onClick={() => setMode('idle')}>
          Cancel
        </Button>
        <Button size="sm" type="submit" variant={mode === 'reject' ? 'danger' : 'primary'} loading={m.isPending}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
