// Formatting and export of metric figures.
import type { FigureFragment } from '../../gql/graphql';
import { toCsv } from '../../lib/csv';
import { money, percent } from '../../lib/format';

export { downloadCsv } from '../../lib/csv';

export type Figure = FigureFragment;

/** A figure's value in its metric's unit; "—" when it cannot be computed. */
export function formatFigure(f: Figure | undefined, unit: string | undefined): string {
  if (!f || f.value == null) return '—';
  switch (unit) {
    case 'MONEY':
      return money(f.value, f.currency ?? 'USD', { compact: true });
    case 'PER_DAY':
      return `${money(f.value, f.currency ?? 'USD', { compact: true })}/day`;
    case 'RATIO':
      return percent(f.value, 1);
    case 'DAYS':
      return `${f.value.toFixed(1)} days`;
    case 'MULTIPLE':
      return `${f.value.toFixed(2)}×`;
    case 'SCORE':
      return f.value.toFixed(1);
  }
  return String(f.value);
}

/** Why a figure has no value: the missing exchange rates, or the server's note. */
export function whyEmpty(f: Figure | undefined): string | null {
  if (!f) return 'no data';
  if (f.missingRates.length > 0) {
    return 'Missing rate: ' + f.missingRates.map((r) => `${r.from}→${r.to} on or before ${r.date.slice(0, 10)}`).join(', ');
  }
  return f.value == null ? (f.note ?? 'nothing to compute it from') : null;
}

/** Every figure as a CSV table, so anyone can recompute from the export. */
export function figuresCsv(figures: Figure[]): string {
  return toCsv(
    ['metric', 'group', 'label', 'currency', 'converted', 'value', 'numerator', 'denominator', 'count', 'note'],
    figures.map((f) => [f.key, f.group, f.groupLabel, f.currency, f.converted, f.value, f.numerator, f.denominator, f.count, f.note]),
  );
}
