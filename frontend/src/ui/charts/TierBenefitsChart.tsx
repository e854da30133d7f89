// Recharts lives in this lazily loaded chunk, so pages without a chart don't download it.
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { tierColor } from '../Badge';
import { percentBps } from '../../lib/format';

export interface TierPoint {
  name: string;
  rank: number;
  discountBps: number;
  rebateBps: number;
}

/** Margin by tier: discount and rebate side by side, the viewer's own tier emphasised. */
export default function TierBenefitsChart({ tiers, currentRank }: { tiers: TierPoint[]; currentRank?: number }) {
  const data = tiers.map((t) => ({ ...t, discount: t.discountBps / 100, rebate: t.rebateBps / 100 }));
  return (
    <div className="chart-box" role="img" aria-label={`Discount and rebate by tier: ${tiers.map((t) => `${t.name} ${percentBps(t.discountBps)} discount, ${percentBps(t.rebateBps)} rebate`).join('; ')}`}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 8, left: -12, bottom: 0 }} barGap={4}>
          <CartesianGrid vertical={false} stroke="#eef0f5" />
          <XAxis dataKey="name" tickLine={false} axisLine={false} tick={{ fill: '#6b7389', fontSize: 12 }} />
          <YAxis tickLine={false} axisLine={false} tick={{ fill: '#6b7389', fontSize: 12 }} tickFormatter={(v: number) => `${v}%`} />
          <Tooltip
            cursor={{ fill: 'rgba(99,102,241,0.06)' }}
            formatter={(v, n) => [`${v}%`, n === 'discount' ? 'Discount' : 'Rebate']}
            contentStyle={{ borderRadius: 10, border: '1px solid #e2e5ee', boxShadow: '0 8px 20px rgba(18,22,36,.12)' }}
          />
          <Bar dataKey="discount" name="discount" radius={[6, 6, 0, 0]} maxBarSize={38} isAnimationActive={false}>
            {data.map((d) => (
              <Cell key={d.name} fill={tierColor(d.rank)} fillOpacity={currentRank === undefined || d.rank === currentRank ? 1 : 0.45} />
            ))}
          </Bar>
          <Bar dataKey="rebate" name="rebate" radius={[6, 6, 0, 0]} maxBarSize={38} isAnimationActive={false}>
            {data.map((d) => (
              <Cell key={d.name} fill="#a5b4fc" fillOpacity={currentRank === undefined || d.rank === currentRank ? 1 : 0.5} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
