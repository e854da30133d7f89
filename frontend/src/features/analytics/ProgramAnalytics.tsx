import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { percent } from '../../lib/format';
import { useGqlQuery } from '../../lib/query';
import { usePageTitle } from '../../lib/usePageTitle';
import { Button } from '../../ui/Button';
import { Card, PageHeader } from '../../ui/Card';
import { SelectField } from '../../ui/Field';
import { EmptyState, ErrorState, SkeletonBlock } from '../../ui/States';
import { TableExportButton } from '../../ui/ExportButton';
import { ProgramAnalyticsQuery } from './api/analytics';
import { BarsChart } from './BarsChart';
import { downloadCsv, figuresCsv, formatFigure, whyEmpty, type Figure } from './lib';

type Definition = { key: string; name: string; formula: string; window: string; unit: string; description: string };

// The metrics shown as cards, in order; the rest are in the table of every figure.
const headline = [
  'partner_sourced_revenue',
  'partner_influenced_revenue',
  'win_rate',
  'registration_approval_rate',
  'median_days_to_close',
  'activation_rate',
  'time_to_first_registration',
  'time_to_first_won_deal',
  'partner_retention',
  'partner_churn',
  'program_cost',
  'ropi',
  'partner_nps',
  'partner_satisfaction',
];

function MetricCard({ def, figure, foot }: { def: Definition | undefined; figure: Figure | undefined; foot?: string }) {
  if (!def) return null;
  const why = whyEmpty(figure);
  return (
    <div className="card stat" data-testid={`metric-${def.key}`}>
      <div className="stat-label">{def.name}</div>
      <div className="stat-value" data-testid="metric-value">
        {formatFigure(figure, def.unit)}
      </div>
      <div className="stat-foot">
        <code className="formula" data-testid="metric-formula" style={{ whiteSpace: 'normal' }}>
          {def.formula}
        </code>
        {figure && figure.denominator != null && figure.numerator != null && def.unit === 'RATIO' && (
          <div className="muted">
            {figure.numerator} of {figure.denominator}
          </div>
        )}
        {foot && <div className="muted">{foot}</div>}
        {why && <div className="muted">{why}</div>}
      </div>
    </div>
  );
}

/** The vendor's program dashboard: every figure with its formula, from metricDefinitions and programMetrics. */
export default function ProgramAnalytics() {
  usePageTitle('Program analytics');
  const [currency, setCurrency] = useState('USD');
  const range = useMemo(() => {
    const to = new Date();
    to.setUTCHours(0, 0, 0, 0);
    to.setUTCDate(to.getUTCDate() + 1);
    const from = new Date(to);
    from.setUTCMonth(from.getUTCMonth() - 18);
    const yearFrom = new Date(to);
    yearFrom.setUTCFullYear(yearFrom.getUTCFullYear() - 1);
    return { from: from.toISOString(), to: to.toISOString(), yearFrom: yearFrom.toISOString() };
  }, []);
  const q = useGqlQuery(ProgramAnalyticsQuery, { ...range, currency }, { keepPrevious: true });
  if (q.isPending) return <SkeletonBlock height={320} />;
  if (q.error) return <ErrorState error={q.error} onRetry={() => q.refetch()} />;
  const defs = new Map(q.data.metricDefinitions.map((d) => [d.key, d]));
  // Money headline figures are the converted ones; retention and churn need the year before.
  const pick = (figs: Figure[], key: string) => {
    const all = figs.filter((f) => f.key === key && f.group === '');
    return all.find((f) => f.converted) ?? all.find((f) => !f.currency) ?? all[0];
  };
  const program = (key: string) => (key === 'partner_retention' || key === 'partner_churn' ? pick(q.data.year, key) : pick(q.data.program, key));
  const monthly = q.data.monthly;
  const months = [...new Set(monthly.filter((f) => f.group !== '').map((f) => f.group))].sort();
  const monthLabel = (m: string) => new Date(`${m}-01T00:00:00Z`).toLocaleDateString(undefined, { month: 'short', year: '2-digit', timeZone: 'UTC' });
  const valueOf = (key: string, month: string) => monthly.find((f) => f.key === key && f.group === month && (f.converted || !f.currency))?.value ?? 0;
  const cohorts = months
    .map((m) => ({
      month: m,
      activation: monthly.find((f) => f.key === 'activation_rate' && f.group === m),
      firstReg: monthly.find((f) => f.key === 'time_to_first_registration' && f.group === m),
      firstWon: monthly.find((f) => f.key === 'time_to_first_won_deal' && f.group === m),
    }))
    .filter((c) => c.activation && (c.activation.denominator ?? 0) > 0);
  const nps = months.map((m) => monthly.find((f) => f.key === 'partner_nps' && f.group === m)).filter((f): f is Figure => !!f && f.count > 0);
  const velocity = q.data.program.filter((f) => f.key === 'pipeline_velocity' && f.currency);
  const exportAll = () => downloadCsv('program-metrics.csv', figuresCsv([...q.data.program, ...q.data.monthly]));
  return (
    <>
      <PageHeader
        title="Program analytics"
        subtitle="The last 18 months (retention: the last 12), every figure with its formula. Money is converted at each deal's close-date rate."
        actions={
          <>
            <SelectField label="Reporting currency" value={currency} onChange={(e) => setCurrency(e.target.value)}>
              <option value="USD">USD</option>
              <option value="EUR">EUR</option>
            </SelectField>
            <Button onClick={exportAll}>Export CSV</Button>
            <Link to="/surveys">Surveys</Link>
          </>
        }
      />
      <div className="stack" style={{ gap: 24 }}>
        <div className="grid-stats" style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(230px, 1fr))', gap: 16 }}>
          {headline.map((k) => (
            <MetricCard key={k} def={defs.get(k)} figure={program(k)} foot={k === 'ropi' ? 'Program cost: recorded costs (MDF joins when the ledger lands)' : undefined} />
          ))}
        </div>
        <Card title="Revenue: partner-sourced vs influenced" hint={`${defs.get('partner_sourced_revenue')?.formula} · by month of close, in ${currency}`}>
          {months.length === 0 ? (
            <EmptyState title="No deals closed">Nothing was won in the period.</EmptyState>
          ) : (
            <BarsChart
              label="Won revenue by month"
              labels={months.map(monthLabel)}
              format={(v) => formatFigure({ value: v, currency } as Figure, 'MONEY')}
              series={[
                { name: 'Sourced', color: '#6366f1', values: months.map((m) => valueOf('partner_sourced_revenue', m)) },
                { name: 'Influenced', color: '#f59e0b', values: months.map((m) => valueOf('partner_influenced_revenue', m)) },
              ]}
            />
          )}
        </Card>
        <Card
          title="Activation cohorts"
          hint={`${defs.get('activation_rate')?.formula}; time to first registration and won deal: ${defs.get('time_to_first_registration')?.formula}`}
        >
          <table className="table" aria-label="Activation cohorts">
            <thead>
              <tr>
                <th>Join month</th>
                <th>Joined</th>
                <th>Activated ≤ 90 days</th>
                <th>Activation rate</th>
                <th>Median days to first registration</th>
                <th>Median days to first won deal</th>
              </tr>
            </thead>
            <tbody>
              {cohorts.map((c) => (
                <tr key={c.month} data-testid="cohort">
                  <td>{c.activation?.groupLabel}</td>
                  <td>{c.activation?.denominator}</td>
                  <td>{c.activation?.numerator}</td>
                  <td>{c.activation?.value == null ? '—' : percent(c.activation.value)}</td>
                  <td>{c.firstReg?.value == null ? '—' : c.firstReg.value.toFixed(1)}</td>
                  <td>{c.firstWon?.value == null ? '—' : c.firstWon.value.toFixed(1)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <TableExportButton
            fileName="activation-cohorts.csv"
            rows={cohorts}
            columns={[
              { header: 'cohort', value: (c) => c.month },
              { header: 'joined', value: (c) => c.activation?.denominator },
              { header: 'activated_within_90_days', value: (c) => c.activation?.numerator },
              { header: 'activation_rate', value: (c) => c.activation?.value },
              { header: 'median_days_to_first_registration', value: (c) => c.firstReg?.value },
              { header: 'median_days_to_first_won_deal', value: (c) => c.firstWon?.value },
            ]}
          />
        </Card>
        <Card title="Partner NPS by month" hint={defs.get('partner_nps')?.formula}>
          {nps.length === 0 ? (
            <EmptyState title="No answers yet">Send a survey to hear from partners.</EmptyState>
          ) : (
            <table className="table" aria-label="Partner NPS by month">
              <thead>
                <tr>
                  <th>Month answered</th>
                  <th>Answers</th>
                  <th>Promoters − detractors</th>
                  <th>NPS</th>
                </tr>
              </thead>
              <tbody>
                {nps.map((f) => (
                  <tr key={f.group} data-testid="nps-month">
                    <td>{f.groupLabel}</td>
                    <td>{f.count}</td>
                    <td>{f.numerator}</td>
                    <td>{f.value == null ? '—' : f.value.toFixed(1)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {nps.length > 0 && (
            <TableExportButton
              fileName="partner-nps.csv"
              rows={nps}
              columns={[
                { header: 'month', value: (f) => f.group },
                { header: 'answers', value: (f) => f.count },
                { header: 'promoters_minus_detractors', value: (f) => f.numerator },
                { header: 'nps', value: (f) => f.value },
              ]}
            />
          )}
        </Card>
        <Card title="Pipeline velocity" hint={defs.get('pipeline_velocity')?.formula}>
          <ul>
            {velocity.map((f) => (
              <li key={f.currency}>
                {f.currency}: {formatFigure(f, 'PER_DAY')} ({f.count} open)
              </li>
            ))}
          </ul>
        </Card>
        <Card title="Every definition" hint="From metricDefinitions: what each key means.">
          <table className="table" aria-label="Metric definitions">
            <thead>
              <tr>
                <th>Key</th>
                <th>Metric</th>
                <th>Formula</th>
                <th>Window</th>
              </tr>
            </thead>
            <tbody>
              {q.data.metricDefinitions.map((d) => (
                <tr key={d.key}>
                  <td>
                    <code>{d.key}</code>
                  </td>
                  <td>{d.name}</td>
                  <td>{d.formula}</td>
                  <td>{d.window}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <TableExportButton
            fileName="metric-definitions.csv"
            rows={q.data.metricDefinitions}
            columns={[
              { header: 'key', value: (d) => d.key },
              { header: 'metric', value: (d) => d.name },
              { header: 'formula', value: (d) => d.formula },
              { header: 'window', value: (d) => d.window },
            ]}
          />
        </Card>
      </div>
    </>
  );
}
