// Registrations per week (bars) with the share of decided ones that were approved (line).
import { Bar, CartesianGrid, ComposedChart, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { count, percent } from '../../lib/format';

export interface TrendPoint {
  /** e.g. "3 Nov" */
  label: string;
  registered: number;
  approved: number;
  rejected: number;
  /** 0..1, or null when nothing of the week was decided yet. */
  approvalRate: number | null;
}

export default function TrendChart({ data, label }: { data: TrendPoint[]; label: string }) {
  const rows = data.map((d) => ({ ...d, rate: d.approvalRate === null ? null : Math.round(d.approvalRate * 100) }));
  const summary = `${label}: ${data
    .map((d) => `week of ${d.label}: ${count(d.registered)} registered${d.approvalRate === null ? '' : `, ${percent(d.approvalRate)} approved`}`)
    .join('; ')}`;
  const tick = { fill: '#6b7389', fontSize: 12 };
  return (
    <div className="chart-box" role="img" aria-label={summary}>
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={rows} margin={{ top: 12, right: 4, left: -12, bottom: 0 }}>
          <CartesianGrid vertical={false} stroke="#eef0f5" />
          <XAxis dataKey="label" tickLine={false} axisLine={false} tick={tick} minTickGap={12} />
          <YAxis yAxisId="n" allowDecimals={false} tickLine={false} axisLine={false} tick={tick} />
          <YAxis yAxisId="r" orientation="right" domain={[0, 100]} tickFormatter={(v: number) => `${v}%`} tickLine={false} axisLine={false} tick={tick} />
          <Tooltip
            cursor={{ fill: 'rgba(99,102,241,0.06)' }}
            contentStyle={{ borderRadius: 10, border: '1px solid #e2e5ee', boxShadow: '0 8px 20px rgba(18,22,36,.12)' }}
            labelFormatter={(l) => `Week of ${String(l)}`}
            formatter={(v, name) => (name === 'rate' ? [v === null ? '—' : `${String(v)}%`, 'Approval rate'] : [count(Number(v)), 'Registered'])}
          />
          <Bar yAxisId="n" dataKey="registered" name="registered" fill="#c7d2fe" radius={[5, 5, 0, 0]} maxBarSize={28} isAnimationActive={false} />
          <Line
            yAxisId="r"
            dataKey="rate"
            name="rate"
            type="monotone"
            stroke="#079455"
            strokeWidth={2.5}
            dot={{ r: 2.5, fill: '#079455' }}
            connectNulls
            isAnimationActive={false}
          />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
