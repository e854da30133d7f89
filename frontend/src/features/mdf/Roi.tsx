// What a funded activity returned (graph/mdf.graphql MdfReturn): spend, leads, cost per lead, the
// pipeline and won revenue of the deals naming it, per currency, and return on spend.
import type { MdfReturnFieldsFragment } from '../../gql/graphql';
import { count, money } from '../../lib/format';

/** Won revenue in the activity's currency ÷ spend, as "2.4×"; a dash without spend. */
export function returnOnSpend(r: number | null | undefined): string {
  return r == null ? '—' : `${r.toFixed(r >= 10 ? 0 : 1)}×`;
}

/** Amounts of several currencies, each on its own, never added up. */
export function perCurrency(list: readonly { currency: string; amount: number; deals: number }[]): string {
  if (list.length === 0) return '—';
  return list.map((m) => `${money(m.amount, m.currency)} (${count(m.deals)} ${m.deals === 1 ? 'deal' : 'deals'})`).join(' · ');
}

export function costPerLead(roi: Pick<MdfReturnFieldsFragment, 'costPerLead' | 'currency'>): string {
  return roi.costPerLead == null ? '—' : money(roi.costPerLead, roi.currency, { cents: true });
}

export const roiDefinitions = [
  ['Spend', 'What the activity costs so far: paid out, plus claimed and not yet paid, plus committed and not yet claimed.'],
  ['Leads', 'Reported by the activity’s latest approved or paid claim (none before one).'],
  ['Cost per lead', 'Spend ÷ leads.'],
  ['Pipeline', 'Deals naming the activity as their source that are still open (submitted or approved): their expected amounts, per currency.'],
  ['Won', 'Deals naming the activity that were won: their closed amounts, per currency.'],
  ['Return on spend', 'Won revenue in the activity’s own currency ÷ spend. Nothing is converted: revenue in other currencies is listed under Won only.'],
] as const;

export function RoiDefinitions() {
  return (
    <details className="roi-defs">
      <summary>What these figures mean</summary>
      <dl className="dl compact">
        {roiDefinitions.map(([term, text]) => (
          <div key={term} style={{ display: 'contents' }}>
            <dt>{term}</dt>
            <dd>{text}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

export function RoiBlock({ roi }: { roi: MdfReturnFieldsFragment }) {
  return (
    <>
      <dl className="dl" data-testid="roi">
        <dt>Spend</dt>
        <dd>{money(roi.spend, roi.currency)}</dd>
        <dt>Leads</dt>
        <dd>{count(roi.leads)}</dd>
        <dt>Cost per lead</dt>
        <dd>{costPerLead(roi)}</dd>
        <dt>Pipeline</dt>
        <dd>{perCurrency(roi.pipeline)}</dd>
        <dt>Won</dt>
        <dd>{perCurrency(roi.won)}</dd>
        <dt>Return on spend</dt>
        <dd>{returnOnSpend(roi.returnOnSpend)}</dd>
      </dl>
      <RoiDefinitions />
    </>
  );
}
