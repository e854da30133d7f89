// The registration's own actions, each in a dialog: edit while SUBMITTED, withdraw, ask for a
// longer protection window, record the outcome; and the channel team's extension decision.
import { useState } from 'react';
import type { DealOutcome, DealSource, UpdateDealInput } from '../../gql/graphql';
import { ApiError } from '../../lib/errors';
import { date, formatMoneyInput, isoDay, money, parseMoney } from '../../lib/format';
import { useGqlMutation } from '../../lib/query';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { ChipsField, SelectField, TextAreaField, TextField } from '../../ui/Field';
import { ErrorAlert } from '../../ui/States';
import { useToast } from '../../ui/Toast';
import { useViewer } from '../../lib/session';
import { MdfActivityField } from './MdfActivityField';
import { commonCurrencies, currencyName } from './RegisterDealForm';
import { CloseDealMutation, DecideExtensionMutation, RequestExtensionMutation, UpdateDealMutation, WithdrawDealMutation } from './api/dealDialogs';

function useFieldErrors(error: unknown) {
  const fe = (f: string) => (error instanceof ApiError ? error.fieldError(f) : undefined);
  const general = error && !(error instanceof ApiError && error.fieldErrors.length) ? error : null;
  return { fe, general };
}

export interface EditableDeal {
  id: string;
  title: string;
  description: string;
  contactName: string;
  contactEmail: string;
  amount: number;
  currency: string;
  expectedCloseDate: string;
  products?: readonly string[] | null;
  source: DealSource;
  mdfRequest?: { id: string; title: string } | null;
}

export function EditDealDialog({ deal, onClose }: { deal: EditableDeal; onClose: () => void }) {
  // Only the partner's own people pick among the partner's MDF activities.
  const partner = Boolean(useViewer().partner);
  const [v, setV] = useState({
    title: deal.title,
    description: deal.description,
    contactName: deal.contactName,
    contactEmail: deal.contactEmail,
    amount: formatMoneyInput(deal.amount, deal.currency),
    currency: deal.currency,
    expectedCloseDate: deal.expectedCloseDate.slice(0, 10),
    products: [...(deal.products ?? [])],
    source: deal.source,
    mdfRequestId: deal.mdfRequest?.id ?? '',
  });
  const [local, setLocal] = useState<Record<string, string>>({});
  const m = useGqlMutation(UpdateDealMutation);
  const toast = useToast();
  const { fe, general } = useFieldErrors(m.error);
  const err = (f: string) => local[f] ?? fe(f);
  const set = (k: keyof typeof v, val: string | string[]) => setV((x) => ({ ...x, [k]: val }));
  const currencies = commonCurrencies.includes(deal.currency) ? commonCurrencies : [deal.currency, ...commonCurrencies];

  const save = () => {
    const errs: Record<string, string> = {};
    const amount = parseMoney(v.amount, v.currency);
    if (!v.title.trim()) errs.title = 'Give the opportunity a short title.';
    if (amount === null || amount <= 0) errs.amount = 'Enter an expected value more than zero.';
    if (!v.expectedCloseDate) errs.expectedCloseDate = 'Choose when you expect the customer to sign.';
    setLocal(errs);
    if (Object.keys(errs).length) return;
    // Only what changed: a field left alone is not sent.
    const input: UpdateDealInput = { id: deal.id };
    if (v.title.trim() !== deal.title) input.title = v.title.trim();
    if (v.description !== deal.description) input.description = v.description;
    if (v.contactName.trim() !== deal.contactName) input.contactName = v.contactName.trim();
    if (v.contactEmail.trim() !== deal.contactEmail) input.contactEmail = v.contactEmail.trim();
    if (amount !== deal.amount || v.currency !== deal.currency) {
      input.amount = amount!;
      input.currency = v.currency;
    }
    if (v.expectedCloseDate !== deal.expectedCloseDate.slice(0, 10)) input.expectedCloseDate = v.expectedCloseDate;
    if (JSON.stringify(v.products) !== JSON.stringify(deal.products ?? [])) input.products = v.products;
    if (v.source !== deal.source) input.source = v.source;
    if (v.mdfRequestId !== (deal.mdfRequest?.id ?? '')) {
      if (v.mdfRequestId) input.mdfRequestId = v.mdfRequestId;
      else input.clearMdfRequest = true;
    }
    if (Object.keys(input).length === 1) {
      onClose();
      return;
    }
    m.mutate(
      { input },
      {
        onSuccess: () => {
          toast('Registration updated');
          onClose();
        },
      },
    );
  };

  return (
    <Dialog
      open
      onClose={onClose}
      title="Edit registration"
      description="You can change the details until the channel team decides. The customer itself cannot change: register a new deal for another customer."
      onSubmit={save}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" loading={m.isPending}>
            Save changes
          </Button>
        </>
      }
    >
      <div className="form-grid">
        {general && (
          <div className="full">
            <ErrorAlert error={general} />
          </div>
        )}
        <TextField className="full" label="Title" required value={v.title} onChange={(e) => set('title', e.target.value)} error={err('title')} maxLength={200} />
        <TextAreaField className="full" label="Description" value={v.description} onChange={(e) => set('description', e.target.value)} error={err('description')} maxLength={5000} />
        <TextField label="Contact name" value={v.contactName} onChange={(e) => set('contactName', e.target.value)} error={err('contactName')} />
        <TextField label="Contact e-mail" type="email" value={v.contactEmail} onChange={(e) => set('contactEmail', e.target.value)} error={err('contactEmail')} />
        <TextField label="Expected value" required inputMode="decimal" value={v.amount} onChange={(e) => set('amount', e.target.value)} error={err('amount')} />
        <SelectField label="Currency" value={v.currency} onChange={(e) => set('currency', e.target.value)} error={err('currency')}>
          {currencies.map((c) => (
            <option key={c} value={c}>
              {c} · {currencyName(c)}
            </option>
          ))}
        </SelectField>
        <TextField
          label="Expected close date"
          type="date"
          required
          min={isoDay(new Date())}
          value={v.expectedCloseDate}
          onChange={(e) => set('expectedCloseDate', e.target.value)}
          error={err('expectedCloseDate')}
        />
        <SelectField label="Your role in the deal" value={v.source} onChange={(e) => set('source', e.target.value)} error={err('source')}>
          <option value="SOURCED">Partner-sourced</option>
          <option value="INFLUENCED">Partner-influenced</option>
        </SelectField>
        <ChipsField className="full" label="Products" value={v.products} onChange={(p) => set('products', p)} error={err('products')} />
        {partner && (
          <MdfActivityField
            className="full"
            value={v.mdfRequestId}
            current={deal.mdfRequest}
            onChange={(id) => set('mdfRequestId', id)}
            error={err('mdfRequestId') ?? err('clearMdfRequest')}
          />
        )}
      </div>
    </Dialog>
  );
}

export function WithdrawDialog({ deal, onClose }: { deal: { id: string; title: string; status: string }; onClose: () => void }) {
  const [note, setNote] = useState('');
  const m = useGqlMutation(WithdrawDealMutation);
  const toast = useToast();
  const { fe, general } = useFieldErrors(m.error);
  return (
    <Dialog
      open
      onClose={onClose}
      title="Withdraw this registration?"
      description={
        deal.status === 'APPROVED'
          ? 'The customer is no longer protected for you, and another partner may register it. This cannot be undone.'
          : 'The channel team stops reviewing it. This cannot be undone.'
      }
      onSubmit={() =>
        m.mutate(
          { input: { id: deal.id, note: note.trim() || undefined } },
          {
            onSuccess: () => {
              toast(`“${deal.title}” is withdrawn`);
              onClose();
            },
          },
        )
      }
      footer={
        <>
          <Button onClick={onClose}>Keep it</Button>
          <Button type="submit" variant="danger" loading={m.isPending}>
            Withdraw registration
          </Button>
        </>
      }
    >
      <div className="stack" style={{ gap: 14 }}>
        {general && <ErrorAlert error={general} />}
        <TextAreaField label="Why (optional)" rows={2} value={note} onChange={(e) => setNote(e.target.value)} error={fe('note')} hint="E.g. the customer paused the project." />
      </div>
    </Dialog>
  );
}

export function ExtensionDialog({ deal, onClose }: { deal: { id: string; protectionExpiresAt?: string | null }; onClose: () => void }) {
  const [reason, setReason] = useState('');
  const [days, setDays] = useState('30');
  const [local, setLocal] = useState<Record<string, string>>({});
  const m = useGqlMutation(RequestExtensionMutation);
  const toast = useToast();
  const { fe, general } = useFieldErrors(m.error);
  const err = (f: string) => local[f] ?? fe(f);
  const n = Number(days);
  const until =
    deal.protectionExpiresAt && Number.isInteger(n) && n >= 1 && n <= 365 ? new Date(new Date(deal.protectionExpiresAt).getTime() + n * 86_400_000).toISOString() : null;

  return (
    <Dialog
      open
      onClose={onClose}
      title="Ask for more protection time"
      description="Your channel manager decides. Until then the current protection date stands."
      onSubmit={() => {
        const errs: Record<string, string> = {};
        if (!reason.trim()) errs.reason = 'Say why the deal needs longer, e.g. the customer moved its budget approval.';
        if (!Number.isInteger(n) || n < 1 || n > 365) errs.days = 'Ask for 1 to 365 days.';
        setLocal(errs);
        if (Object.keys(errs).length) return;
        m.mutate(
          { input: { id: deal.id, reason: reason.trim(), days: n } },
          {
            onSuccess: () => {
              toast('Extension requested: your channel manager will decide');
              onClose();
            },
          },
        );
      }}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" loading={m.isPending}>
            Request extension
          </Button>
        </>
      }
    >
      <div className="stack" style={{ gap: 14 }}>
        {general && <ErrorAlert error={general} />}
        <TextAreaField label="Reason" required rows={3} value={reason} onChange={(e) => setReason(e.target.value)} error={err('reason')} maxLength={2000} />
        <TextField
          label="Extra days"
          type="number"
          min={1}
          max={365}
          required
          value={days}
          onChange={(e) => setDays(e.target.value)}
          error={err('days')}
          hint={until ? `If approved, protected until ${date(until)}.` : '1 to 365 days.'}
        />
      </div>
    </Dialog>
  );
}

export function CloseDealDialog({
  deal,
  onClose,
}: {
  deal: { id: string; title: string; amount: number; currency: string; createdAt: string };
  onClose: () => void;
}) {
  const [outcome, setOutcome] = useState<DealOutcome>('WON');
  const [closeDate, setCloseDate] = useState(isoDay(new Date()));
  const [amount, setAmount] = useState(formatMoneyInput(deal.amount, deal.currency));
  const [note, setNote] = useState('');
  const [local, setLocal] = useState<Record<string, string>>({});
  const m = useGqlMutation(CloseDealMutation);
  const toast = useToast();
  const { fe, general } = useFieldErrors(m.error);
  const err = (f: string) => local[f] ?? fe(f);

  return (
    <Dialog
      open
      onClose={onClose}
      title="Record the outcome"
      description="Won deals count toward your tier: their final value is partner revenue."
      onSubmit={() => {
        const errs: Record<string, string> = {};
        const minor = parseMoney(amount, deal.currency);
        if (outcome === 'WON' && (minor === null || minor <= 0)) errs.closedAmount = 'Enter the final value of the won deal.';
        if (!closeDate) errs.closeDate = 'Choose the day the customer decided.';
        setLocal(errs);
        if (Object.keys(errs).length) return;
        m.mutate(
          {
            input: {
              id: deal.id,
              outcome,
              closeDate,
              closedAmount: outcome === 'WON' ? (minor ?? undefined) : undefined,
              note: note.trim() || undefined,
            },
          },
          {
            onSuccess: () => {
              toast(outcome === 'WON' ? `Congratulations: “${deal.title}” is won` : `“${deal.title}” is recorded as lost`);
              onClose();
            },
          },
        );
      }}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" loading={m.isPending}>
            {outcome === 'WON' ? 'Record as won' : 'Record as lost'}
          </Button>
        </>
      }
    >
      <div className="stack" style={{ gap: 14 }}>
        {general && <ErrorAlert error={general} />}
        <div className="segmented" role="group" aria-label="Outcome">
          <button type="button" aria-pressed={outcome === 'WON'} onClick={() => setOutcome('WON')}>
            Won
          </button>
          <button type="button" aria-pressed={outcome === 'LOST'} onClick={() => setOutcome('LOST')}>
            Lost
          </button>
        </div>
        <div className="form-grid">
          <TextField
            label="Close date"
            type="date"
            required
            max={isoDay(new Date())}
            min={deal.createdAt.slice(0, 10)}
            value={closeDate}
            onChange={(e) => setCloseDate(e.target.value)}
            error={err('closeDate')}
          />
          {outcome === 'WON' && (
            <TextField
              label={`Final value (${deal.currency})`}
              required
              inputMode="decimal"
              value={amount}
              onChange={(e) => setAmount(e.target.value)}
              error={err('closedAmount')}
              hint={`Registered at ${money(deal.amount, deal.currency)}.`}
            />
          )}
        </div>
        <TextAreaField label="Note (optional)" rows={2} value={note} onChange={(e) => setNote(e.target.value)} error={err('note')} />
      </div>
    </Dialog>
  );
}

export function ExtensionDecision({ extension, onDone }: { extension: { id: string; days: number; reason: string }; onDone?: () => void }) {
  const [note, setNote] = useState('');
  const m = useGqlMutation(DecideExtensionMutation);
  const toast = useToast();
  const decide = (approve: boolean) =>
    m.mutate(
      { input: { id: extension.id, approve, note: note.trim() || undefined } },
      {
        onSuccess: (r) => {
          toast(approve ? `Extension approved: protected until ${date(r.decideDealExtension.deal.protectionExpiresAt)}` : 'Extension declined');
          onDone?.();
        },
      },
    );
  return (
    <div className="stack" style={{ gap: 10 }}>
      {m.error && <ErrorAlert error={m.error} />}
      <TextAreaField label="Note to the partner (optional)" rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      <div className="row">
        <Button size="sm" variant="primary" loading={m.isPending && m.variables?.input.approve} onClick={() => decide(true)}>
          Approve {extension.days} days
        </Button>
        <Button size="sm" loading={m.isPending && !m.variables?.input.approve} onClick={() => decide(false)}>
          Decline
        </Button>
      </div>
    </div>
  );
}
