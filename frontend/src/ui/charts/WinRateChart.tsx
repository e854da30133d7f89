// Won against lost registrations as a donut, the win rate in the middle.
import { Cell, Pie, PieChart, ResponsiveContainer, Tooltip } from 'recharts';
import { count, percent } from '../../lib/format';

export default function WinRateChart({ won, lost, winRate }: { won: number; lost: number; winRate: number }) {
  const data = [
    { name: 'Won', value: won, color: '#079455' },
    { name: 'Lost', value: lost, color: '#fdb022' },
  ];
  return (
    <div className="chart-box donut" role="img" aria-label={`Win rate ${percent(winRate)}: ${count(won)} won, ${count(lost)} lost`}>
      <ResponsiveContainer width="100%" height="100%">
        <PieChart>
          <Pie data={data} dataKey="value" nameKey="name" innerRadius="62%" outerRadius="88%" paddingAngle={2} stroke="none" isAnimationActive={false}>
            {data.map((d) => (
              <Cell key={d.name} fill={d.color} />
            ))}
          </Pie>
          <Tooltip
            formatter={(v, n) => [count(Number(v)), String(n)]}
            contentStyle={{ borderRadius: 10, border: '1px solid #e2e5ee', boxShadow: '0 8px 20px rgba(18,22,36,.12)' }}
          />
        </PieChart>
      </ResponsiveContainer>
      <div className="donut-center" aria-hidden="true">
        <strong>{percent(winRate)}</strong>
        <span>win rate</span>
      </div>
    </div>
  );
}
