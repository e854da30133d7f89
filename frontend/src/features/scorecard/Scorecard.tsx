import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import type { TierResultFieldsFragment } from '../../gql/graphql';
import { date, percent } from '../../lib/format';
import { useGqlMutation, useGqlQuery } from '../../lib/query';
import { useViewer } from '../../lib/session';
import { usePageTitle } from '../../lib/usePageTitle';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { Card, PageHeader, Stat } from '../../ui/Card';
import { Dialog } from '../../ui/Dialog';
import { TableExportButton } from '../../ui/ExportButton';
import { TextField } from '../../ui/Field';
import { Alert, ErrorAlert, ErrorState, PageLoading } from '../../ui/States';
import { HealthTrendChart } from '../../ui/charts';
import { useToast } from '../../ui/Toast';
import { ScorecardPartnerQuery, ScorecardQuery, ScorecardViewerQuery, SetTierCheckMutation, WhatIfQuery } from './api/scorecard';
import { figure, healthLabels, requirementLabels, windowText } from './labels';

/** Whom the channel team's check is set for, when the viewer may set it (setTierCheck). */
interface CheckTarget {
  partnerId: string;
  partnerName: string;
}

/**
 * The vendor's confirm/withdraw of a tier's manual check, asked once more in a dialog: the check
 * counts toward the partner's tier from the next evaluation on.
 */
export function TierCheckAction({ tier, passed, target }: { tier: { tierId: string; name: string }; passed: boolean; target: CheckTarget }) {
  const [open, setOpen] = useState(false);
  const m = useGqlMutation(SetTierCheckMutation);
  const toast = useToast();
  const verb = passed ? 'Withdraw' : 'Confirm';
  const close = () => {
    setOpen(false);
    m.reset();
  };
  return (
    <>
      <Button size="sm" variant={passed ? undefined : 'primary'} onClick={() => setOpen(true)} aria-label={`${verb} ${target.partnerName}’s check for ${tier.name}`}>
        {verb} check
      </Button>
      <Dialog
        open={open}
        onClose={close}
        title={`${verb} ${target.partnerName}’s check for ${tier.name}?`}
        description={
          passed
            ? `${tier.name}’s channel team check will no longer count as met. If ${target.partnerName} holds ${tier.name}, the daily evaluation may start a grace period.`
            : `Confirm that ${target.partnerName} passed the channel team’s review for ${tier.name}. The requirement counts as met from now on; the daily evaluation proposes the tier once every other requirement is met too.`
        }
        onSubmit={() =>
          m.mutate(
            { input: { partnerId: target.partnerId, tierId: tier.tierId, passed: !passed } },
            {
              onSuccess: () => {
                toast(passed ? `${tier.name}’s check withdrawn for ${target.partnerName}` : `${tier.name}’s check confirmed for ${target.partnerName}`);
                close();
              },
            },
          )
        }
        footer={
          <>
            <Button onClick={close}>Cancel</Button>
            <Button type="submit" variant={passed ? 'danger' : 'primary'} loading={m.isPending}>
              {verb} check
            </Button>
          </>
        }
      >
        {m.error ? <ErrorAlert error={m.error} /> : <p className="muted">You can change this again at any time.</p>}
      </Dialog>
    </>
  );
}

/** Each requirement of a tier: measured, threshold, what remains, met or not. */
function Requirements({ tier, caption, check }: { tier: TierResultFieldsFragment; caption: string; check?: CheckTarget }) {
  return (
    <>
    <div className="table-wrap">
      <table className="table" data-testid={`requirements-${tier.name}`}>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Requirement</th>
          <th scope="col">Measured</th>
          <th scope="col">Needed</th>
          <th scope="col">Remaining</th>
          <th scope="col">Window</th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        {tier.requirements.map((r) => (
          <tr key={r.key} data-requirement={r.key}>
            <td>{requirementLabels[r.key] ?? r.key}</td>
            <td className="num">{figure(r.key, r.measured, r.currency)}</td>
            <td className="num">{figure(r.key, r.threshold, r.currency)}</td>
            <td className="num">
              {r.key === 'MANUAL_CHECK' && check ? (
                <TierCheckAction tier={tier} passed={r.met} target={check} />
              ) : r.met ? (
                '—'
              ) : r.key === 'MANUAL_CHECK' ? (
                'ask your channel manager'
              ) : (
                figure(r.key, r.remaining, r.currency)
              )}
            </td>
            <td>{windowText(r.windowDays)}</td>
            <td>
              <Badge tone={r.met ? 'success' : 'warning'}>{r.met ? 'Met' : 'Not yet'}</Badge>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
      </div>
      <TableExportButton
        fileName={`requirements-${tier.name}.csv`}
        rows={tier.requirements}
        columns={[
          { header: 'requirement', value: (r) => r.key },
          { header: 'currency', value: (r) => r.currency },
          { header: 'measured', value: (r) => r.measured },
          { header: 'threshold', value: (r) => r.threshold },
          { header: 'remaining', value: (r) => r.remaining },
          { header: 'windowDays', value: (r) => r.windowDays },
          { header: 'met', value: (r) => r.met },
        ]}
      />
    </>
  );
}

interface WhatIfForm {
  wonDeals: string;
  wonRevenue: string;
  approvedRegistrations: string;
  certifiedPeople: string;
}

/** "With N more won deals … you qualify for Gold": the server's evaluation with hypothetical extras. */
function WhatIf({ partnerId, currency }: { partnerId: string; currency: string }) {
  const [form, setForm] = useState<WhatIfForm>({ wonDeals: '', wonRevenue: '', approvedRegistrations: '', certifiedPeople: '' });
  const [asked, setAsked] = useState<WhatIfForm>();
  const n = (s: string) => Math.max(0, Math.round(Number(s.replace(/,/g, '')) || 0));
  const input = asked && {
    wonDeals: n(asked.wonDeals),
    wonRevenue: n(asked.wonRevenue) * 100,
    currency,
    approvedRegistrations: n(asked.approvedRegistrations),
    certifiedPeople: n(asked.certifiedPeople),
  };
  const q = useGqlQuery(WhatIfQuery, { partnerId, input: input ?? {} }, { enabled: !!input });
  const set = (k: keyof WhatIfForm) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [k]: e.target.value }));
  function submit(e: FormEvent) {
    e.preventDefault();
    setAsked(form);
  }
  const result = q.data?.tierWhatIf;
  return (
    <Card title="What if" hint="Counted by the same rules as the daily evaluation, as if these were recorded today.">
      <form onSubmit={submit} className="stack" aria-label="What if">
        <div className="grid-2">
          <TextField label="More won deals" inputMode="numeric" value={form.wonDeals} onChange={set('wonDeals')} />
          <TextField label={`More sourced revenue (${currency})`} inputMode="numeric" value={form.wonRevenue} onChange={set('wonRevenue')} />
          <TextField label="More approved registrations" inputMode="numeric" value={form.approvedRegistrations} onChange={set('approvedRegistrations')} />
          <TextField label="More certified people" inputMode="numeric" value={form.certifiedPeople} onChange={set('certifiedPeople')} />
        </div>
        <div>
          <Button type="submit" variant="primary" loading={q.isFetching}>
            Show the result
          </Button>
        </div>
      </form>
      {q.error && <ErrorAlert error={q.error} />}
      {result && (
        <div className="stack" data-testid="what-if-result" style={{ marginTop: 16 }}>
          <p>
            You would qualify for <strong>{result.qualifying?.name ?? 'no tier'}</strong>.
          </p>
          {result.next && <Requirements tier={result.next} caption={`What-if requirements of ${result.next.name}`} />}
        </div>
      )}
    </Card>
  );
}

function Health({ health }: { health: NonNullable<ReturnType<typeof useScorecard>['data']>['partnerHealth'] }) {
  return (
    <Card
      title="Health"
      hint="Each input is normalised to 0–1 against its target (min(1, raw ÷ target)) and contributes weight × normalised ÷ total weight × 100 points."
    >
      <div style={{ display: 'flex', gap: 24, flexWrap: 'wrap', marginBottom: 12 }}>
        <Stat label="Health score" value={`${health.score.toFixed(1)} / 100`} />
        {health.history.length > 1 && (
          <Stat
            label={`Since ${date(health.history[0].day)}`}
            value={`${health.score - health.history[0].score >= 0 ? '+' : ''}${(health.score - health.history[0].score).toFixed(1)}`}
          />
        )}
      </div>
      {health.history.length > 1 && (
        <HealthTrendChart
          label="Stored health scores"
          data={health.history.map((h) => ({ label: new Date(h.day).toLocaleDateString('en-GB', { day: 'numeric', month: 'short' }), score: h.score }))}
        />
      )}
      <div className="table-wrap">
      <table className="table" data-testid="health-inputs">
        <caption className="visually-hidden">How the health score is made up</caption>
        <thead>
          <tr>
            <th scope="col">Input</th>
            <th scope="col">Raw</th>
            <th scope="col">Target</th>
            <th scope="col">Normalised</th>
            <th scope="col">Weight</th>
            <th scope="col">Contribution</th>
          </tr>
        </thead>
        <tbody>
          {health.inputs.map((i) => (
            <tr key={i.key}>
              <td>
                {healthLabels[i.key] ?? i.key} <span className="hint">({windowText(i.windowDays)})</span>
              </td>
              <td className="num">{i.raw == null ? 'none yet' : i.key === 'WIN_RATE' ? percent(i.raw) : i.raw}</td>
              <td className="num">{i.key === 'WIN_RATE' ? percent(i.target) : i.target}</td>
              <td className="num">{i.normalised.toFixed(2)}</td>
              <td className="num">{i.weight}</td>
              <td className="num">{i.contribution.toFixed(1)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      </div>
      <TableExportButton
        fileName="health-inputs.csv"
        rows={health.inputs}
        columns={[
          { header: 'input', value: (i) => i.key },
          { header: 'raw', value: (i) => i.raw },
          { header: 'target', value: (i) => i.target },
          { header: 'normalised', value: (i) => i.normalised },
          { header: 'weight', value: (i) => i.weight },
          { header: 'contribution', value: (i) => i.contribution },
          { header: 'windowDays', value: (i) => i.windowDays },
        ]}
      />
    </Card>
  );
}

function useScorecard(partnerId: string | undefined) {
  return useGqlQuery(ScorecardQuery, { partnerId: partnerId ?? '' }, { enabled: !!partnerId });
}

/** A partner's scorecard: its tier, progress to the next, a what-if and its health. Partners see
 * their own (/scorecard); the vendor any partner's (/scorecard/:id). */
export default function Scorecard() {
  const { id } = useParams();
  const me = useViewer();
  const viewer = useGqlQuery(ScorecardViewerQuery, {}, { enabled: !id });
  // The vendor's view of a partner: its name, and whether the viewer may set its tier checks.
  const vendorView = useGqlQuery(ScorecardPartnerQuery, { id: id ?? '' }, { enabled: !!id });
  const partnerId = id ?? viewer.data?.viewer.partner?.id;
  const q = useScorecard(partnerId);
  usePageTitle('Scorecard');
  if (viewer.error) return <ErrorState error={viewer.error} />;
  if (q.error) return <ErrorState error={q.error} onRetry={() => void q.refetch()} />;
  if (!q.data || !partnerId) return <PageLoading />;
  const { tierProgress: p, partnerHealth } = q.data;
  const node = vendorView.data?.node;
  const partner = node?.__typename === 'Partner' ? node : undefined;
  const partnerName = partner?.name ?? viewer.data?.viewer.partner?.name;
  const check: CheckTarget | undefined =
    partner && (me.role === 'ADMIN' || (me.role === 'CHANNEL_MANAGER' && partner.manager?.id === me.id))
      ? { partnerId: partner.id, partnerName: partner.name }
      : undefined;
  const currency = p.next?.requirements.find((r) => r.key === 'WON_REVENUE')?.currency || 'USD';
  return (
    <div className="stack">
      <PageHeader
        title="Scorecard"
        eyebrow={partnerName}
        subtitle={
          <>
            Tier <strong data-testid="current-tier">{p.current?.name ?? 'none'}</strong>
            {p.qualifying && p.qualifying.tierId !== p.current?.tierId && <> · qualifies for {p.qualifying.name}</>}
          </>
        }
      />
      {p.openChange?.status === 'GRACE' && (
        <Alert tone="warning" title={`Grace period until ${date(p.openChange.graceEndsAt)}`}>
          {p.openChange.reason}. You keep {p.openChange.fromTierName} until then; meet its requirements again and nothing changes.
        </Alert>
      )}
      {p.openChange?.status === 'PROPOSED' && (
        <Alert tone="success" title={`Upgrade to ${p.openChange.toTierName} proposed`}>
          Your channel manager is reviewing it.
        </Alert>
      )}
      <Card
        title={p.next ? `Progress to ${p.next.name}` : 'Top tier'}
        hint={p.next ? 'Meet every requirement to qualify; the evaluation runs daily.' : 'You hold the highest tier.'}
      >
        {p.next && <Requirements tier={p.next} caption={`Requirements of ${p.next.name}`} check={check} />}
      </Card>
      {p.current && (
        <Card title={`Keeping ${p.current.name}`} hint="The requirements of the tier you hold, measured today.">
          <Requirements tier={p.current} caption={`Requirements of ${p.current.name}`} check={check} />
        </Card>
      )}
      <WhatIf partnerId={partnerId} currency={currency} />
      <Health health={partnerHealth} />
    </div>
  );
}
