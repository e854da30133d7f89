// pipelineSummary answers one figure per group and currency. These helpers keep currencies apart:
// a chart shows one currency at a time, and nothing here ever adds two currencies together.
import type { PipelinePoint } from '../../ui/charts';

export interface Figure {
  key: string;
  label: string;
  currency: string;
  count: number;
  amount: number;
  sourcedCount: number;
  sourcedAmount: number;
  influencedCount: number;
  influencedAmount: number;
}

/** The currencies present, the one with the most registrations first. */
export function currenciesOf(figures: readonly Figure[]): string[] {
  const n = new Map<string, number>();
  for (const f of figures) n.set(f.currency, (n.get(f.currency) ?? 0) + f.count);
  return [...n.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([c]) => c);
}

/** Totals of one currency (count and amounts), across the groups. */
export function totalIn(figures: readonly Figure[], currency: string) {
  const t = { count: 0, amount: 0, sourcedAmount: 0, influencedAmount: 0 };
  for (const f of figures) {
    if (f.currency !== currency) continue;
    t.count += f.count;
    t.amount += f.amount;
    t.sourcedAmount += f.sourcedAmount;
    t.influencedAmount += f.influencedAmount;
  }
  return t;
}

export function point(f: Figure | undefined, label: string, extra: Partial<PipelinePoint> = {}): PipelinePoint {
  return {
    label,
    amount: f?.amount ?? 0,
    count: f?.count ?? 0,
    sourced: f?.sourcedAmount ?? 0,
    influenced: f?.influencedAmount ?? 0,
    ...extra,
  };
}

/** One currency's figures as chart points, in the order of `keys` (all keys, zero when absent). */
export function pointsFor(
  figures: readonly Figure[],
  currency: string,
  keys: readonly { key: string; label: string; short?: string; color?: string }[],
): PipelinePoint[] {
  const byKey = new Map(figures.filter((f) => f.currency === currency).map((f) => [f.key, f]));
  return keys.map((k) => point(byKey.get(k.key), k.label, { short: k.short, color: k.color }));
}

/** The months (YYYY-MM, UTC) from `fromIso`'s month up to and including `now`'s. */
export function monthKeys(fromIso: string, now: number, locale?: string): { key: string; label: string; short: string }[] {
  const out: { key: string; label: string; short: string }[] = [];
  const from = new Date(fromIso);
  const end = new Date(now);
  const long = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const short = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
  for (
    let d = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), 1));
    d.getTime() <= end.getTime();
    d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1))
  ) {
    const key = `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
    out.push({ key, label: long.format(d), short: short.format(d) });
  }
  return out;
}
