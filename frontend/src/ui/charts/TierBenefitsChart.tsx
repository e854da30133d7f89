// Recharts lives in this lazily loaded chunk, so pages without a chart don't download it.
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { percentBps } from '../../lib/format';

export interface TierPoint {
  name: string;
  rank: number;
  discountBps: number;
  rebateBps: number;
}

const DISCOUNT = '#4f46e5';
const REBATE = '#a5b4fc';

/**
 * Margin by tier: discount and rebate side by side, the viewer's own tier named. One colour
 * per measure (not per tier), so the legend below the chart tells the two bars apart.
 */
export default function TierBenefitsChart({ tiers, currentRank }: { tiers: TierPoint[]; currentRank?: number }) {
  // The viewer's own tier is named on the axis: fading the other tiers would make their discount
  // bars look like rebate bars.
  const data = tiers.map((t) => ({
    ...t,
    label: t.rank === currentRank ? `${t.name} (you)` : t.name,
    discount: t.discountBps / 100,
    rebate: t.rebateBps / 100,
  }));
  return (
    <>
      <div className="chart-box" role="img" aria-label={`Discount and rebate by tier: ${tiers.map((t) => `${t.name} ${percentBps(t.discountBps)} discount, ${percentBps(t.rebateBps)} rebate`).join('; ')}`}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} margin={{ top: 8, right: 8, left: -12, bottom: 0 }} barGap={4}>
            <CartesianGrid vertical={false} stroke="#eef0f5" />
            <XAxis dataKey="label" interval={0} tickLine={false} axisLine={false} tick={{ fill: '#6b7389', fontSize: 12 }} />
            <YAxis tickLine={false} axisLine={false} tick={{ fill: '#6b7389', fontSize: 12 }} tickFormatter={(v: number) => `${v}%`} />
            <Tooltip
              cursor={{ fill: 'rgba(99,102,241,0.06)' }}
              formatter={(v, n) => [`${v}%`, n === 'discount' ? 'Discount' : 'Rebate']}
              contentStyle={{ borderRadius: 10, border: '1px solid #e2e5ee', boxShadow: '0 8px 20px rgba(18,22,36,.12)' }}
            />
            <Bar dataKey="discount" name="discount" radius={[6, 6, 0, 0]} maxBarSize={38} fill={DISCOUNT} isAnimationActive={false} />
            <Bar dataKey="rebate" name="rebate" radius={[6, 6, 0, 0]} maxBarSize={38} fill={REBATE} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <div className="legend" aria-hidden="true">
        <span>
          <i style={{ background: DISCOUNT }} />
          Discount
        </span>
        <span>
          <i style={{ background: REBATE }} />
          Rebate
        </span>
      </div>
    </>
  );
}
