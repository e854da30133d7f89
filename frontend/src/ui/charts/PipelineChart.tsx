// Registered pipeline of one currency per group (status, month, tier, partner type). Amounts are
// minor units of that one currency: the caller never passes a mix.
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { count, money } from '../../lib/format';

export interface PipelinePoint {
  label: string;
  /** Short label for the axis (e.g. "Nov" for "November 2026"). */
  short?: string;
  amount: number;
  count: number;
  sourced: number;
  influenced: number;
  color?: string;
}

const tooltipStyle = { borderRadius: 10, border: '1px solid #e2e5ee', boxShadow: '0 8px 20px rgba(18,22,36,.12)' };

export default function PipelineChart({
  data,
  currency,
  label,
  split = false,
  layout = 'vertical-bars',
  height,
  labelWidth = 150,
}: {
  data: PipelinePoint[];
  currency: string;
  label: string;
  /** Stack partner-sourced and partner-influenced amounts instead of one bar per group. */
  split?: boolean;
  layout?: 'vertical-bars' | 'horizontal-bars';
  height?: number;
  /** Width of the category labels of horizontal bars. */
  labelWidth?: number;
}) {
  const summary = `${label} (${currency}): ${data
    .map((d) => `${d.label} ${money(d.amount, currency)} in ${count(d.count)} ${d.count === 1 ? 'deal' : 'deals'}`)
    .join(', ')}`;
  const horizontal = layout === 'horizontal-bars';
  const axisTick = { fill: '#6b7389', fontSize: 12 };
  const compact = (v: number) => money(v, currency, { compact: true });
  const rows = data.map((d) => ({ ...d, short: d.short ?? d.label }));
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
              <YAxis type="category" dataKey="short" width={labelWidth} tickLine={false} axisLine={false} tick={{ fill: '#363c4e', fontSize: 12 }} />
            </>
          ) : (
            <>
              {/* Twelve month labels don't fit a phone: let Recharts drop every other one rather than overlap. */}
              <XAxis dataKey="short" tickLine={false} axisLine={false} tick={axisTick} interval="preserveStartEnd" minTickGap={6} />
              <YAxis tickFormatter={compact} tickLine={false} axisLine={false} tick={axisTick} width={64} />
            </>
          )}
          <Tooltip
            cursor={{ fill: 'rgba(99,102,241,0.06)' }}
            contentStyle={tooltipStyle}
            labelFormatter={(_, payload) => (payload?.[0]?.payload as PipelinePoint | undefined)?.label ?? ''}
            formatter={(v, name, item) => {
              const p = item.payload as PipelinePoint;
              if (name === 'sourced') return [money(Number(v), currency), 'Partner-sourced'];
              if (name === 'influenced') return [money(Number(v), currency), 'Partner-influenced'];
              return [`${money(Number(v), currency)} · ${count(p.count)} ${p.count === 1 ? 'deal' : 'deals'}`, ''];
            }}
            separator={split ? ': ' : ''}
          />
          {split ? (
            <>
              <Bar dataKey="sourced" name="sourced" stackId="a" fill="#6366f1" maxBarSize={horizontal ? 22 : 40} isAnimationActive={false} />
              <Bar
                dataKey="influenced"
                name="influenced"
                stackId="a"
                fill="#a5b4fc"
                radius={horizontal ? [0, 6, 6, 0] : [6, 6, 0, 0]}
                maxBarSize={horizontal ? 22 : 40}
                isAnimationActive={false}
              />
            </>
          ) : (
            <Bar dataKey="amount" name="amount" radius={horizontal ? [0, 6, 6, 0] : [6, 6, 0, 0]} maxBarSize={horizontal ? 22 : 44} isAnimationActive={false}>
              {rows.map((d) => (
                <Cell key={d.label} fill={d.color ?? '#6366f1'} />
              ))}
            </Bar>
          )}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
