import type { ReactNode } from 'react';
import { ArrowRight, Award, CalendarClock, Check, Mail, Percent, PiggyBank, ShieldCheck, TrendingUp, Trophy, Users } from 'lucide-react';
import { Link } from 'react-router';
import { TierBenefitsChart } from '../../ui/charts';
import { PartnerDealsOverview, progressText, useTierProgressFigures, type TierProgressFigures } from '../deals/PartnerDealsOverview';
import { count, money, percentBps } from '../../lib/format';
import { useGqlQuery } from '../../lib/query';
import { useViewer } from '../../lib/session';
import { nextTier, sortByRank, type Tier } from '../../lib/tiers';
import { usePageTitle } from '../../lib/usePageTitle';
import { tierColor } from '../../ui/Badge';
import { Avatar, Card, PageHeader } from '../../ui/Card';
import { ErrorState, SkeletonBlock } from '../../ui/States';
import { nodes } from '../../lib/connection';
import { UpcomingTiles } from './UpcomingTiles';
import { PartnerDashboardQuery } from './api/partnerDashboard';

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

export interface TierProgress {
  figures?: TierProgressFigures;
  /** Whose figures: the organisation's (partner admin) or the viewer's own registrations (sales). */
  scope: 'organisation' | 'own';
  loading?: boolean;
}

function Progress({ share, tone }: { share: number; tone?: 'done' }) {
  return (
    <div className="meter" aria-hidden="true">
      <span style={{ width: `${Math.max(2, share * 100)}%` }} className={tone === 'done' ? 'ok' : undefined} />
    </div>
  );
}

export function NextTierCard({ current, next, progress }: { current: Tier | null | undefined; next: Tier | undefined; progress?: TierProgress }) {
  if (!next) {
    return (
      <Card title="You hold the top tier" hint="Nothing left to unlock: keep your figures above the requirements to stay here.">
        <div className="row muted">
          <Trophy size={18} aria-hidden="true" /> Thank you for being one of our leading partners.
        </div>
      </Card>
    );
  }
  const f = progress?.figures;
  const own = progress?.scope === 'own';
  const revenue = f ? progressText(f.wonSourced.get(next.currency) ?? 0, next.minRevenueT12m, (n) => money(n, next.currency)) : undefined;
  const otherRevenue = f ? [...f.wonSourced.entries()].filter(([c, v]) => c !== next.currency && v > 0) : [];
  const deals = f ? progressText(f.wonDeals, next.minWonDeals, count) : undefined;
  const requirements: { icon: ReactNode; label: string; value: string; progress?: ReturnType<typeof progressText>; missing?: string; note?: string }[] = [
    {
      icon: <TrendingUp size={16} />,
      label: 'Partner-sourced won revenue, trailing 12 months',
      value: money(next.minRevenueT12m, next.currency),
      progress: revenue,
      missing: revenue && revenue.left > 0 ? `${money(revenue.left, next.currency)} to go` : undefined,
      note: otherRevenue.length
        ? `Plus ${otherRevenue.map(([c, v]) => money(v, c)).join(', ')} won in other currencies, not counted here: the requirement is in ${next.currency} and PartnerHub never converts currencies.`
        : undefined,
    },
    {
      icon: <Trophy size={16} />,
      label: 'Won deals, trailing 12 months',
      value: count(next.minWonDeals),
      progress: deals,
      missing: deals && deals.left > 0 ? `${count(deals.left)} more ${deals.left === 1 ? 'deal' : 'deals'}` : undefined,
    },
    { icon: <Users size={16} />, label: 'People with a current certification', value: count(next.minCertifiedPeople), note: 'Certifications are not tracked in the portal yet.' },
  ];
  return (
    <Card
      title={
        <>
          Reach <span style={{ color: tierColor(next.rank) }}>{next.name}</span>
        </>
      }
      hint={`What it takes to move up${current ? ` from ${current.name}` : ''}${f ? (own ? ', against the deals you registered' : ', and where you stand') : ''}.`}
      labelledBy="next-tier-title"
    >
      <div className="req-list" data-testid="next-tier-requirements">
        {requirements.map((r) => (
          <div className="req" key={r.label}>
            <span className="icon-bubble" aria-hidden="true">
              {r.icon}
            </span>
            <div className="req-text">
              <div className="req-label">{r.label}</div>
              <div className="req-value">at least {r.value}</div>
              {r.progress && (
                <>
                  <Progress share={r.progress.share} tone={r.progress.left === 0 ? 'done' : undefined} />
                  <div className="req-progress">
                    <span>
                      {own ? 'Yours: ' : ''}
                      {r.progress.label}
                    </span>
                    {!own && <span className={r.progress.left === 0 ? 'req-done' : 'req-missing'}>{r.progress.left === 0 ? 'Met' : r.missing}</span>}
                  </div>
                </>
              )}
              {r.note && <div className="req-note">{r.note}</div>}
            </div>
          </div>
        ))}
      </div>
      <p className="muted" style={{ marginTop: 12, fontSize: '0.82rem' }}>
        {progress?.loading
          ? 'Loading your figures…'
          : f
            ? own
              ? 'Counting the deals you registered. Tiers are decided on your whole organisation’s figures, which your partner admin sees here.'
              : 'Won deals closed in the last 12 months, from your registrations; revenue is their final value.'
            : 'Your progress against these figures appears here as you register and win deals.'}
      </p>
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
  const figures = useTierProgressFigures();
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
              progress={{ figures: figures.data, scope: own ? 'own' : 'organisation', loading: figures.isPending && !figures.isError }}
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
