import type { ReactNode } from 'react';
import { ArrowRight, Award, CalendarClock, Check, ClipboardCheck, Mail, Percent, PiggyBank, ShieldCheck, TrendingUp, Trophy, Users } from 'lucide-react';
import { Link } from 'react-router';
import { TierBenefitsChart } from '../../ui/charts';
import type { TierResultFieldsFragment } from '../../gql/graphql';
import { PartnerDealsOverview } from '../deals/PartnerDealsOverview';
import { figure, requirementLabels, windowText } from '../scorecard/labels';
import { count, money, percentBps } from '../../lib/format';
import { useGqlQuery } from '../../lib/query';
import { useViewer } from '../../lib/session';
import { nextTier, sortByRank, type Tier } from '../../lib/tiers';
import { usePageTitle } from '../../lib/usePageTitle';
import { tierColor } from '../../ui/Badge';
import { Avatar, Card, PageHeader } from '../../ui/Card';
import { ErrorAlert, ErrorState, SkeletonBlock } from '../../ui/States';
import { nodes } from '../../lib/connection';
import { UpcomingTiles } from './UpcomingTiles';
import { PartnerDashboardQuery } from './api/partnerDashboard';
import { PartnerTierProgressQuery } from './api/partnerTierProgress';

function greeting(now = new Date()): string {
  const h = now.getHours();
  return h < 12 ? 'Good morning' : h < 18 ? 'Good afternoon' : 'Good evening';
}

export function TierHero({ tier }: { tier: Tier | null | undefined }) {
  if (!tier) {
    return (
      <section className="tier-hero" aria-labelledby="tier-hero-title">
        <div className="label">Your tier</div>
        <div className="tier-name" id="tier-hero-title">
          Not yet tiered
        </div>
        <p>Your partner account manager assigns your first tier once your agreement is in place.</p>
      </section>
    );
  }
  return (
    <section className="tier-hero" aria-labelledby="tier-hero-title" style={{ ['--tier' as string]: tierColor(tier.rank) }}>
      <div className="label">Your tier</div>
      <div className="tier-name" id="tier-hero-title">
        <Award size={28} aria-hidden="true" style={{ color: tierColor(tier.rank) }} />
        <span data-testid="current-tier">{tier.name}</span>
      </div>
      {tier.description && <p>{tier.description}</p>}
      <div className="benefit-grid">
        <div className="benefit">
          <div className="k">Discount off list</div>
          <div className="v">{percentBps(tier.discountBps)}</div>
        </div>
        <div className="benefit">
          <div className="k">Rebate on won revenue</div>
          <div className="v">{percentBps(tier.rebateBps)}</div>
        </div>
        <div className="benefit">
          <div className="k">MDF per quarter</div>
          <div className="v">{money(tier.mdfQuarterlyAllowance, tier.currency)}</div>
        </div>
        <div className="benefit">
          <div className="k">Deal protection</div>
          <div className="v">{tier.dealProtectionDays} days</div>
        </div>
      </div>
    </section>
  );
}

function Delta({ from, to, format }: { from: number; to: number; format: (n: number) => string }) {
  if (to <= from) return null;
  return <span className="badge badge-success">+{format(to - from)}</span>;
}

/** The server's evaluation of the partner against its next tier (tierProgress.next). */
export interface NextTierProgress {
  result?: TierResultFieldsFragment | null;
  loading?: boolean;
  error?: unknown;
}

type Requirement = Pick<TierResultFieldsFragment['requirements'][number], 'key' | 'threshold' | 'windowDays' | 'currency'> &
  Partial<Pick<TierResultFieldsFragment['requirements'][number], 'measured' | 'remaining' | 'met'>>;

const requirementIcons: Record<string, ReactNode> = {
  WON_REVENUE: <TrendingUp size={16} />,
  WON_DEALS: <Trophy size={16} />,
  APPROVED_REGISTRATIONS: <ClipboardCheck size={16} />,
  CERTIFIED_PEOPLE: <Users size={16} />,
  MANUAL_CHECK: <ShieldCheck size={16} />,
};

/** A tier's requirements from its settings alone, while (or when) its evaluation is not at hand. */
function thresholdsOf(tier: Tier): Requirement[] {
  const window = tier.windowDays;
  const reqs: Requirement[] = [
    { key: 'WON_REVENUE', threshold: tier.minRevenueT12m, windowDays: window, currency: tier.currency },
    { key: 'WON_DEALS', threshold: tier.minWonDeals, windowDays: window, currency: '' },
    { key: 'APPROVED_REGISTRATIONS', threshold: tier.minApprovedRegistrations, windowDays: window, currency: '' },
    { key: 'CERTIFIED_PEOPLE', threshold: tier.minCertifiedPeople, windowDays: 0, currency: '' },
  ];
  return [
    ...reqs.filter((r) => r.threshold > 0 || r.key === 'WON_REVENUE' || r.key === 'WON_DEALS'),
    ...(tier.requiresManualCheck ? [{ key: 'MANUAL_CHECK', threshold: 1, windowDays: 0, currency: '' }] : []),
  ];
}

function plural(n: number, one: string, many: string) {
  return `${count(n)} more ${n === 1 ? one : many}`;
}

/** What is still missing for a requirement, in the partner's words. */
function missingText(r: Requirement): string {
  const left = r.remaining ?? 0;
  switch (r.key) {
    case 'WON_REVENUE':
      return `${money(left, r.currency || 'USD')} to go`;
    case 'WON_DEALS':
      return plural(left, 'deal', 'deals');
    case 'CERTIFIED_PEOPLE':
      return plural(left, 'certified person', 'certified people');
    case 'APPROVED_REGISTRATIONS':
      return plural(left, 'approved registration', 'approved registrations');
    case 'MANUAL_CHECK':
      return 'Awaiting the channel manager’s check';
    default:
      return `${count(left)} to go`;
  }
}

function requirementLabel(r: Requirement): string {
  const label = r.key === 'CERTIFIED_PEOPLE' ? 'People with a current certification' : (requirementLabels[r.key] ?? r.key);
  return r.windowDays > 0 ? `${label}, ${windowText(r.windowDays)}` : label;
}

function Progress({ share, tone }: { share: number; tone?: 'done' }) {
  return (
    <div className="meter" aria-hidden="true">
      <span style={{ width: `${Math.max(2, share * 100)}%` }} className={tone === 'done' ? 'ok' : undefined} />
    </div>
  );
}

function RequirementRow({ r }: { r: Requirement }) {
  const measured = r.measured !== undefined;
  const manual = r.key === 'MANUAL_CHECK';
  const share = r.threshold > 0 ? Math.min(1, (r.measured ?? 0) / r.threshold) : 1;
  return (
    <div className="req" data-requirement={r.key}>
      <span className="icon-bubble" aria-hidden="true">
        {requirementIcons[r.key] ?? <Check size={16} />}
      </span>
      <div className="req-text">
        <div className="req-label">{requirementLabel(r)}</div>
        <div className="req-value">{manual ? 'Your channel manager’s confirmation' : `at least ${figure(r.key, r.threshold, r.currency)}`}</div>
        {measured && (
          <>
            <Progress share={share} tone={r.met ? 'done' : undefined} />
            <div className="req-progress">
              <span>{manual ? (r.met ? 'Confirmed' : 'Not confirmed yet') : `${figure(r.key, r.measured!, r.currency)} of ${figure(r.key, r.threshold, r.currency)}`}</span>
              <span className={r.met ? 'req-done' : 'req-missing'}>{r.met ? 'Met' : missingText(r)}</span>
            </div>
          </>
        )}
        {r.key === 'WON_REVENUE' && r.currency && (
          <div className="req-note">Deals won in {r.currency} only: PartnerHub never converts currencies.</div>
        )}
      </div>
    </div>
  );
}

export function NextTierCard({ current, next, progress }: { current: Tier | null | undefined; next: Tier | undefined; progress?: NextTierProgress }) {
  if (!next) {
    return (
      <Card title="You hold the top tier" hint="Nothing left to unlock: keep your figures above the requirements to stay here.">
        <div className="row muted">
          <Trophy size={18} aria-hidden="true" /> Thank you for being one of our leading partners.
        </div>
      </Card>
    );
  }
  // The server's evaluation when it is about this tier; the tier's settings otherwise.
  const result = progress?.result && progress.result.tierId === next.id ? progress.result : undefined;
  const requirements: Requirement[] = result ? result.requirements : thresholdsOf(next);
  const left = result?.requirements.filter((r) => !r.met).length ?? 0;
  return (
    <Card
      title={
        <>
          Reach <span style={{ color: tierColor(next.rank) }}>{next.name}</span>
        </>
      }
      hint={
        result
          ? left === 0
            ? `You meet every requirement${current ? ` to move up from ${current.name}` : ''}: the daily evaluation proposes the change.`
            : `What it takes to move up${current ? ` from ${current.name}` : ''}, and where your organisation stands today.`
          : `What it takes to move up${current ? ` from ${current.name}` : ''}.`
      }
      labelledBy="next-tier-title"
    >
      <div className="req-list" data-testid="next-tier-requirements">
        {requirements.map((r) => (
          <RequirementRow key={r.key} r={r} />
        ))}
      </div>
      {progress?.error ? (
        <div style={{ marginTop: 12 }}>
          <ErrorAlert error={progress.error} />
        </div>
      ) : (
        <p className="muted" style={{ marginTop: 12, fontSize: '0.82rem' }}>
          {progress?.loading
            ? 'Loading your figures…'
            : result
              ? 'Your whole organisation’s figures, measured as the daily tier evaluation measures them.'
              : 'Your progress against these figures appears here once your organisation is evaluated.'}
        </p>
      )}
      <Link to="/scorecard" className="btn btn-sm" style={{ marginTop: 4 }}>
        Your scorecard and what-if <ArrowRight size={14} aria-hidden="true" />
      </Link>
      <h3 style={{ marginTop: 18, marginBottom: 10 }}>What {next.name} adds</h3>
      <ul className="checklist">
        <li>
          <Percent size={16} aria-hidden="true" />
          <span>
            {percentBps(next.discountBps)} discount{' '}
            {current && <Delta from={current.discountBps} to={next.discountBps} format={(n) => `${n / 100} pts`} />}
          </span>
        </li>
        <li>
          <PiggyBank size={16} aria-hidden="true" />
          <span>
            {money(next.mdfQuarterlyAllowance, next.currency)} MDF per quarter{' '}
            {current && (
              <Delta from={current.mdfQuarterlyAllowance} to={next.mdfQuarterlyAllowance} format={(n) => money(n, next.currency)} />
            )}
          </span>
        </li>
        <li>
          <ShieldCheck size={16} aria-hidden="true" />
          <span>
            {next.dealProtectionDays}-day deal protection{' '}
            {current && <Delta from={current.dealProtectionDays} to={next.dealProtectionDays} format={(n) => `${n} days`} />}
          </span>
        </li>
        {(next.benefits ?? []).map((b) => (
          <li key={b}>
            <Check size={16} aria-hidden="true" />
            <span>{b}</span>
          </li>
        ))}
      </ul>
    </Card>
  );
}

export function Ladder({ tiers, currentRank }: { tiers: Tier[]; currentRank?: number }) {
  return (
    <ol className="ladder" style={{ ['--steps' as string]: Math.max(tiers.length, 1) }} aria-label="Tier ladder">
      {tiers.map((t) => (
        <li key={t.id} aria-current={t.rank === currentRank ? 'true' : undefined} style={{ ['--tier' as string]: tierColor(t.rank) }}>
          <div className="step-name">{t.name}</div>
          <div className="step-meta">
            {t.rank === currentRank ? 'You are here' : t.minRevenueT12m ? `from ${money(t.minRevenueT12m, t.currency, { compact: true })}` : 'Entry level'}
          </div>
        </li>
      ))}
    </ol>
  );
}

export default function PartnerDashboard() {
  const viewer = useViewer();
  usePageTitle('Dashboard');
  const q = useGqlQuery(PartnerDashboardQuery, {});
  const firstName = viewer.name.split(' ')[0];
  const partner = q.data?.viewer.partner;
  const tiers = sortByRank(nodes(q.data?.tiers));
  const current = partner?.tier ?? null;
  const next = q.data ? nextTier(tiers, current) : undefined;
  const partnerId = viewer.partner?.id;
  const progress = useGqlQuery(PartnerTierProgressQuery, { partnerId: partnerId ?? '' }, { enabled: !!partnerId });
  const own = viewer.role === 'PARTNER_SALES';
  const scopeLabel = own ? 'Deals you registered' : (viewer.partner?.name ?? 'Your organisation');

  return (
    <>
      <PageHeader
        title={`${greeting()}, ${firstName}`}
        subtitle={`Here’s where ${viewer.partner?.name ?? 'your organisation'} stands in the partner program.`}
        actions={
          <Link to="/tiers" className="btn">
            All tiers and benefits <ArrowRight size={15} aria-hidden="true" />
          </Link>
        }
      />
      {q.isError ? (
        <div className="card">
          <ErrorState error={q.error} onRetry={() => void q.refetch()} />
        </div>
      ) : q.isPending ? (
        <div className="stack">
          <SkeletonBlock height={210} />
          <div className="grid grid-2">
            <SkeletonBlock height={320} />
            <SkeletonBlock height={320} />
          </div>
        </div>
      ) : (
        <div className="stack">
          <TierHero tier={current} />
          <PartnerDealsOverview scopeLabel={scopeLabel} />
          <div className="grid grid-2">
            <NextTierCard
              current={current}
              next={next}
              progress={{ result: progress.data?.tierProgress.next, loading: progress.isPending && !!partnerId, error: progress.error }}
            />
            <div className="stack">
              <Card title="The tier ladder" hint="Discount and rebate by tier.">
                <Ladder tiers={tiers} currentRank={current?.rank} />
                <div style={{ marginTop: 16 }}>
                  <TierBenefitsChart tiers={tiers} currentRank={current?.rank} />
                </div>
              </Card>
              <Card title="Your partner account manager">
                {partner?.manager ? (
                  <div className="person-card">
                    <Avatar name={partner.manager.name} size="lg" />
                    <div style={{ flex: 1, minWidth: 0 }}>
                      <div className="cell-title">{partner.manager.name}</div>
                      <div className="cell-sub">Your contact for deals, tiers and joint plans</div>
                    </div>
                    <a className="btn btn-sm" href={`mailto:${partner.manager.email}`}>
                      <Mail size={14} aria-hidden="true" /> E-mail
                    </a>
                  </div>
                ) : (
                  <div className="row muted">
                    <CalendarClock size={16} aria-hidden="true" /> A partner account manager will be assigned to you soon.
                  </div>
                )}
              </Card>
            </div>
          </div>
          <UpcomingTiles />
        </div>
      )}
    </>
  );
}
