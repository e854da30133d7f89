// A partner's stored daily health scores (0–100) as a line.
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export interface HealthPoint {
  /** e.g. "3 Nov" */
  label: string;
  score: number;
}

export default function HealthTrendChart({ data, label }: { data: HealthPoint[]; label: string }) {
  const summary = `${label}: ${data.map((d) => `${d.label}: ${d.score.toFixed(1)}`).join('; ')}`;
  const tick = { fill: '#6b7389', fontSize: 12 };
  return (
    <div className="chart-box" role="img" aria-label={summary}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 12, right: 8, left: -12, bottom: 0 }}>
          <CartesianGrid vertical={false} stroke="#eef0f5" />
          <XAxis dataKey="label" tickLine={false} axisLine={false} tick={tick} minTickGap={12} />
          <YAxis domain={[0, 100]} tickLine={false} axisLine={false} tick={tick} />
          <Tooltip
            contentStyle={{ borderRadius: 10, border: '1px solid #e2e5ee', boxShadow: '0 8px 20px rgba(18,22,36,.12)' }}
            formatter={(v) => [Number(v).toFixed(1), 'Health score']}
          />
          <Line dataKey="score" type="monotone" stroke="#4f46e5" strokeWidth={2.5} dot={{ r: 2.5, fill: '#4f46e5' }} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
