import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export interface CountPoint {
  label: string;
  value: number;
  color?: string;
}

/** Counts per category (partners per tier, per type), vertical or horizontal bars. */
export default function CountBarChart({
  data,
  layout = 'vertical-bars',
  label,
  noun = 'partners',
}: {
  data: CountPoint[];
  layout?: 'vertical-bars' | 'horizontal-bars';
  label: string;
  noun?: string;
}) {
  const summary = `${label}: ${data.map((d) => `${d.label} ${d.value}`).join(', ')}`;
  const horizontal = layout === 'horizontal-bars';
  return (
    <div className="chart-box" role="img" aria-label={summary}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart
          data={data}
          layout={horizontal ? 'vertical' : 'horizontal'}
          margin={horizontal ? { top: 4, right: 28, left: 8, bottom: 4 } : { top: 18, right: 8, left: -16, bottom: 0 }}
        >
          <CartesianGrid vertical={horizontal} horizontal={!horizontal} stroke="#eef0f5" />
          {horizontal ? (
            <>
              <XAxis type="number" allowDecimals={false} tickLine={false} axisLine={false} tick={{ fill: '#6b7389', fontSize: 12 }} />
              <YAxis type="category" dataKey="label" width={150} tickLine={false} axisLine={false} tick={{ fill: '#363c4e', fontSize: 12 }} />
            </>
          ) : (
            <>
              <XAxis dataKey="label" tickLine={false} axisLine={false} tick={{ fill: '#6b7389', fontSize: 12 }} />
              <YAxis allowDecimals={false} tickLine={false} axisLine={false} tick={{ fill: '#6b7389', fontSize: 12 }} />
            </>
          )}
          <Tooltip
            cursor={{ fill: 'rgba(99,102,241,0.06)' }}
            formatter={(v) => [`${v} ${noun}`, '']}
            separator=""
            contentStyle={{ borderRadius: 10, border: '1px solid #e2e5ee', boxShadow: '0 8px 20px rgba(18,22,36,.12)' }}
          />
          <Bar dataKey="value" radius={horizontal ? [0, 6, 6, 0] : [6, 6, 0, 0]} maxBarSize={horizontal ? 22 : 48} isAnimationActive={false}>
            {data.map((d) => (
              <Cell key={d.label} fill={d.color ?? '#6366f1'} />
            ))}
            <LabelList dataKey="value" position={horizontal ? 'right' : 'top'} style={{ fill: '#4d5468', fontSize: 12, fontWeight: 600 }} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
