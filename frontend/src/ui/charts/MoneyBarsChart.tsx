// Two or more money series side by side per category (allocated vs paid per partner, spend vs won
// per quarter). Amounts are minor units of one currency: the caller never passes a mix.
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { money } from '../../lib/format';

export interface MoneySeries {
  key: string;
  name: string;
  color: string;
}

export interface MoneyBarsPoint {
  label: string;
  values: Record<string, number>;
}

const tooltipStyle = { borderRadius: 10, border: '1px solid #e2e5ee', boxShadow: '0 8px 20px rgba(18,22,36,.12)' };

export default function MoneyBarsChart({
  data,
  series,
  currency,
  label,
  layout = 'vertical-bars',
  labelWidth = 150,
}: {
  data: MoneyBarsPoint[];
  series: MoneySeries[];
  currency: string;
  label: string;
  layout?: 'vertical-bars' | 'horizontal-bars';
  labelWidth?: number;
}) {
  const summary = `${label} (${currency}): ${data
    .map((d) => `${d.label} ${series.map((s) => `${s.name} ${money(d.values[s.key] ?? 0, currency)}`).join(', ')}`)
    .join('; ')}`;
  const horizontal = layout === 'horizontal-bars';
  const axisTick = { fill: '#6b7389', fontSize: 12 };
  const compact = (v: number) => money(v, currency, { compact: true });
  const rows = data.map((d) => ({ label: d.label, ...d.values }));
  // Horizontal bars grow with their categories, so twenty partners stay readable.
  const height = horizontal ? Math.max(200, 56 + data.length * 18 * Math.max(1, series.length)) : undefined;
  return (
    <div className="chart-box" role="img" aria-label={summary} style={height ? { height } : undefined}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart
          data={rows}
          layout={horizontal ? 'vertical' : 'horizontal'}
          margin={horizontal ? { top: 4, right: 16, left: 8, bottom: 4 } : { top: 12, right: 8, left: 4, bottom: 0 }}
        >
          <CartesianGrid vertical={horizontal} horizontal={!horizontal} stroke="#eef0f5" />
          {horizontal ? (
            <>
              <XAxis type="number" tickFormatter={compact} tickLine={false} axisLine={false} tick={axisTick} />
              <YAxis type="category" dataKey="label" width={labelWidth} tickLine={false} axisLine={false} tick={{ fill: '#363c4e', fontSize: 12 }} />
            </>
          ) : (
            <>
              <XAxis dataKey="label" tickLine={false} axisLine={false} tick={axisTick} interval="preserveStartEnd" minTickGap={6} />
              <YAxis tickFormatter={compact} tickLine={false} axisLine={false} tick={axisTick} width={64} />
            </>
          )}
          <Tooltip cursor={{ fill: 'rgba(99,102,241,0.06)' }} contentStyle={tooltipStyle} formatter={(v, name) => [money(Number(v), currency), name]} />
          <Legend iconType="circle" iconSize={8} wrapperStyle={{ fontSize: 12 }} />
          {series.map((s) => (
            <Bar
              key={s.key}
              dataKey={s.key}
              name={s.name}
              fill={s.color}
              radius={horizontal ? [0, 4, 4, 0] : [4, 4, 0, 0]}
              maxBarSize={horizontal ? 16 : 32}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
