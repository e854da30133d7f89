// The MDF charts: utilization (paid vs allocated per partner or tier) and the return on MDF per
// quarter, one currency at a time, each with its table and a CSV of it.
import { useState } from 'react';
import { MdfUtilizationGroupBy } from '../../gql/graphql';
import { count, inOrder, money, percent } from '../../lib/format';
import { useGqlQuery } from '../../lib/query';
import { Card } from '../../ui/Card';
import { MoneyBarsChart } from '../../ui/charts';
import { SelectField } from '../../ui/Field';
import { TableExportButton } from '../../ui/ExportButton';
import { EmptyState, ErrorState, SkeletonBlock } from '../../ui/States';
import { CurrencySwitch, useCurrency } from '../deals/CurrencySwitch';
import { MdfReturnsQuery, MdfUtilizationQuery } from './api/mdf';
import {
  currenciesOf,
  periodLabels,
  periodRange,
  quarterLabel,
  returnsIn,
  utilizationIn,
  wonInOwnCurrency,
  type Period,
  type PeriodReturn,
  type Utilization,
} from './insights';
import { costPerLead, perCurrency, returnOnSpend, RoiDefinitions } from './Roi';

const groupLabels: Record<MdfUtilizationGroupBy, string> = {
  [MdfUtilizationGroupBy.Partner]: 'Partner',
  [MdfUtilizationGroupBy.Tier]: 'Tier',
};

/** The period picker and both charts; `vendor` adds the partner/tier toggle. */
export function MdfInsights({ vendor }: { vendor: boolean }) {
  const [period, setPeriod] = useState<Period>('last4');
  const range = periodRange(period);
  return (
    <section className="stack" aria-labelledby="mdf-insights">
      <div className="mdf-insights-head">
        <h2 id="mdf-insights">
          {vendor ? 'Program results' : 'Your results'}
        </h2>
        <SelectField label="Period" value={period} onChange={(e) => setPeriod(e.target.value as Period)}>
          {inOrder(periodLabels).map((p) => (
            <option key={p} value={p}>
              {periodLabels[p]}
            </option>
          ))}
        </SelectField>
      </div>
      <UtilizationCard vendor={vendor} from={range.from} to={range.to} />
      <ReturnsCard from={range.from} to={range.to} />
    </section>
  );
}

export function UtilizationTable({ rows, currency, groupBy }: { rows: Utilization[]; currency: string; groupBy: MdfUtilizationGroupBy }) {
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={`Utilization by ${groupLabels[groupBy].toLowerCase()} in ${currency}`}>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{groupLabels[groupBy]}</th>
            <th scope="col">Allocated</th>
            <th scope="col">Paid</th>
            <th scope="col">Utilization</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} data-testid={`utilization-${r.label}`}>
              <td>{r.label}</td>
              <td>{money(r.allocated, currency)}</td>
              <td>{money(r.paid, currency)}</td>
              <td>{r.utilization == null ? '—' : percent(r.utilization)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function UtilizationCard({ vendor, from, to }: { vendor: boolean; from: string; to: string }) {
  const [groupBy, setGroupBy] = useState<MdfUtilizationGroupBy>(MdfUtilizationGroupBy.Partner);
  const q = useGqlQuery(MdfUtilizationQuery, { from, to, groupBy: vendor ? groupBy : MdfUtilizationGroupBy.Partner }, { keepPrevious: true });
  const all = q.data?.mdfUtilization ?? [];
  const currencies = currenciesOf(all);
  const [currency, setCurrency] = useCurrency(currencies);
  const rows = utilizationIn(all, currency);
  return (
    <Card
      labelledBy="mdf-utilization"
      title="Utilization"
      hint="Paid ÷ allocated, for allocations whose period starts in the range. Amounts are minor units in the CSV."
      actions={
        <div className="row" style={{ gap: 8, flexWrap: 'wrap' }}>
          {vendor && (
            <div className="segmented segmented-sm" role="group" aria-label="Group by">
              {inOrder(groupLabels).map((g) => (
                <button key={g} type="button" aria-pressed={g === groupBy} onClick={() => setGroupBy(g)}>
                  Per {groupLabels[g].toLowerCase()}
                </button>
              ))}
            </div>
          )}
          <CurrencySwitch currencies={currencies} value={currency} onChange={setCurrency} label="Utilization currency" />
        </div>
      }
    >
      {q.isPending ? (
        <SkeletonBlock height={240} />
      ) : q.isError ? (
        <ErrorState error={q.error} onRetry={() => void q.refetch()} />
      ) : rows.length === 0 ? (
        <EmptyState title="No funds allocated in the period">Utilization shows once an allocation's period starts in the range.</EmptyState>
      ) : (
        <>
          <MoneyBarsChart
            label={`Paid vs allocated per ${groupLabels[groupBy].toLowerCase()}`}
            currency={currency}
            layout="horizontal-bars"
            labelWidth={120}
            series={[
              { key: 'allocated', name: 'Allocated', color: '#c7d2fe' },
              { key: 'paid', name: 'Paid', color: '#4f46e5' },
            ]}
            data={rows.map((r) => ({ label: r.label, values: { allocated: r.allocated, paid: r.paid } }))}
          />
          {currencies.length > 1 && (
            <p className="chart-note">
              Amounts in {currency} only; {currencies.filter((c) => c !== currency).join(', ')} allocations are shown separately (switch above): currencies are
              never added together.
            </p>
          )}
          <UtilizationTable rows={rows} currency={currency} groupBy={vendor ? groupBy : MdfUtilizationGroupBy.Partner} />
          <TableExportButton
            fileName={`mdf-utilization-${groupBy.toLowerCase()}-${currency}.csv`}
            rows={rows}
            columns={[
              { header: groupLabels[groupBy].toLowerCase(), value: (r) => r.label },
              { header: 'currency', value: () => currency },
              { header: 'allocated', value: (r) => r.allocated },
              { header: 'paid', value: (r) => r.paid },
              { header: 'utilization', value: (r) => r.utilization },
            ]}
          />
        </>
      )}
    </Card>
  );
}

/** Amounts in several currencies in one cell: "120000 USD; 5000 EUR" (minor units). */
function amounts(list: { amount: number; currency: string }[]): string {
  return list.map((m) => `${m.amount} ${m.currency}`).join('; ');
}

export function ReturnsTable({ rows, currency }: { rows: PeriodReturn[]; currency: string }) {
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={`Return on MDF per quarter in ${currency}`}>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Quarter</th>
            <th scope="col">Activities</th>
            <th scope="col">Spend</th>
            <th scope="col">Leads</th>
            <th scope="col">Cost per lead</th>
            <th scope="col">Pipeline</th>
            <th scope="col">Won</th>
            <th scope="col">Return on spend</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.quarter} data-testid={`returns-${quarterLabel(r.quarter)}`}>
              <td>{quarterLabel(r.quarter)}</td>
              <td>{count(r.requests)}</td>
              <td>{money(r.roi.spend, currency)}</td>
              <td>{count(r.roi.leads)}</td>
              <td>{costPerLead(r.roi)}</td>
              <td>{perCurrency(r.roi.pipeline)}</td>
              <td>{perCurrency(r.roi.won)}</td>
              <td>{returnOnSpend(r.roi.returnOnSpend)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ReturnsCard({ from, to }: { from: string; to: string }) {
  const q = useGqlQuery(MdfReturnsQuery, { from, to }, { keepPrevious: true });
  const all = q.data?.mdfReturns ?? [];
  const currencies = currenciesOf(all.map((r) => r.roi));
  const [currency, setCurrency] = useCurrency(currencies);
  const rows = returnsIn(all, currency);
  return (
    <Card
      labelledBy="mdf-returns"
      title="Return on MDF"
      hint="Per quarter of the activities' start: what approved and completed activities cost and the deals naming them won."
      actions={<CurrencySwitch currencies={currencies} value={currency} onChange={setCurrency} label="Return currency" />}
    >
      {q.isPending ? (
        <SkeletonBlock height={240} />
      ) : q.isError ? (
        <ErrorState error={q.error} onRetry={() => void q.refetch()} />
      ) : rows.length === 0 ? (
        <EmptyState title="No funded activity in the period">Returns show once an approved activity starts in the range.</EmptyState>
      ) : (
        <>
          <MoneyBarsChart
            label="Spend vs won revenue per quarter"
            currency={currency}
            series={[
              { key: 'spend', name: 'Spend', color: '#a5b4fc' },
              { key: 'won', name: `Won (${currency})`, color: '#16a34a' },
            ]}
            data={rows.map((r) => ({ label: quarterLabel(r.quarter), values: { spend: r.roi.spend, won: wonInOwnCurrency(r) } }))}
          />
          <ReturnsTable rows={rows} currency={currency} />
          <TableExportButton
            fileName={`mdf-returns-${currency}.csv`}
            rows={rows}
            columns={[
              { header: 'quarter', value: (r) => r.quarter },
              { header: 'currency', value: () => currency },
              { header: 'activities', value: (r) => r.requests },
              { header: 'spend', value: (r) => r.roi.spend },
              { header: 'leads', value: (r) => r.roi.leads },
              { header: 'cost_per_lead', value: (r) => r.roi.costPerLead },
              { header: 'pipeline', value: (r) => amounts(r.roi.pipeline) },
              { header: 'won', value: (r) => amounts(r.roi.won) },
              { header: 'return_on_spend', value: (r) => r.roi.returnOnSpend },
            ]}
          />
          <RoiDefinitions />
        </>
      )}
    </Card>
  );
}
