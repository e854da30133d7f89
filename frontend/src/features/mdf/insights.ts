// The figures behind the MDF charts: the period, one currency at a time, and their table rows.
import type { MdfReturnsQuery, MdfUtilizationQuery } from '../../gql/graphql';

export type Utilization = MdfUtilizationQuery['mdfUtilization'][number];
export type PeriodReturn = MdfReturnsQuery['mdfReturns'][number];

export const periodLabels = {
  last4: 'Last 4 quarters',
  last8: 'Last 8 quarters',
  year: 'This year',
} as const;
export type Period = keyof typeof periodLabels;

function quarterStart(d: Date): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), Math.floor(d.getUTCMonth() / 3) * 3, 1));
}

function addMonths(d: Date, n: number): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1));
}

/** [from, to) of a period, the current quarter included, as the API's Time values. */
export function periodRange(period: Period, now = new Date()): { from: string; to: string } {
  const current = quarterStart(now);
  const to = addMonths(current, 3);
  const from = period === 'year' ? new Date(Date.UTC(now.getUTCFullYear(), 0, 1)) : addMonths(current, -3 * ((period === 'last8' ? 8 : 4) - 1));
  return { from: from.toISOString(), to: to.toISOString() };
}

/** "Q1 2026" for the quarter starting 2026-01-01. */
export function quarterLabel(quarter: string): string {
  const [y, m] = quarter.slice(0, 10).split('-').map(Number);
  return `Q${Math.floor((m - 1) / 3) + 1} ${y}`;
}

/** The currencies of a list, most used first, then by code. */
export function currenciesOf(rows: readonly { currency: string }[]): string[] {
  const n = new Map<string, number>();
  for (const r of rows) n.set(r.currency, (n.get(r.currency) ?? 0) + 1);
  return [...n.keys()].sort((a, b) => n.get(b)! - n.get(a)! || a.localeCompare(b));
}

/** One currency's utilization rows, the largest allocation first. */
export function utilizationIn(rows: readonly Utilization[], currency: string): Utilization[] {
  return rows.filter((r) => r.currency === currency).sort((a, b) => b.allocated - a.allocated || a.label.localeCompare(b.label));
}

/** One currency's quarters, oldest first. */
export function returnsIn(rows: readonly PeriodReturn[], currency: string): PeriodReturn[] {
  return rows.filter((r) => r.roi.currency === currency).sort((a, b) => a.quarter.localeCompare(b.quarter));
}

/** Won revenue in the activities' own currency (what return on spend divides). */
export function wonInOwnCurrency(r: PeriodReturn): number {
  return r.roi.won.find((m) => m.currency === r.roi.currency)?.amount ?? 0;
}
