// A small SVG bar chart (grouped series per label), no chart library needed.
export interface Series {
  name: string;
  color: string;
  values: number[];
}

export function BarsChart({ labels, series, label, format }: { labels: string[]; series: Series[]; label: string; format: (v: number) => string }) {
  const width = 720;
  const height = 220;
  const pad = { top: 16, bottom: 36, left: 8, right: 8 };
  const max = Math.max(1, ...series.flatMap((s) => s.values));
  const slot = (width - pad.left - pad.right) / Math.max(1, labels.length);
  const bar = Math.max(2, (slot * 0.75) / series.length);
  const y = (v: number) => pad.top + (height - pad.top - pad.bottom) * (1 - v / max);
  const summary = `${label}: ` + labels.map((l, i) => `${l} ` + series.map((s) => `${s.name} ${format(s.values[i] ?? 0)}`).join(', ')).join('; ');
  return (
    <figure className="bars-chart" style={{ margin: 0 }}>
      <svg viewBox={`0 0 ${width} ${height}`} width="100%" role="img" aria-label={summary}>
        <line x1={pad.left} x2={width - pad.right} y1={y(0)} y2={y(0)} stroke="#e2e5ee" />
        {labels.map((l, i) => (
          <g key={l}>
            {series.map((s, j) => {
              const v = s.values[i] ?? 0;
              const x = pad.left + i * slot + (slot - bar * series.length) / 2 + j * bar;
              return (
                <rect key={s.name} x={x} y={y(v)} width={bar - 1} height={Math.max(0, y(0) - y(v))} fill={s.color} rx={2}>
                  <title>{`${l} · ${s.name}: ${format(v)}`}</title>
                </rect>
              );
            })}
            {(labels.length <= 12 || i % 2 === 0) && (
              <text x={pad.left + i * slot + slot / 2} y={height - 14} textAnchor="middle" fontSize="11" fill="#6b7389">
                {l}
              </text>
            )}
          </g>
        ))}
      </svg>
      <figcaption className="muted" style={{ display: 'flex', gap: 16, fontSize: 13 }}>
        {series.map((s) => (
          <span key={s.name}>
            <span aria-hidden="true" style={{ display: 'inline-block', width: 10, height: 10, background: s.color, borderRadius: 2, marginRight: 6 }} />
            {s.name}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
