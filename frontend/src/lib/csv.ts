// Tables as CSV files, built in the browser from what is on screen (RFC 4180), with the same values
// as the server's export (docs/csv.md): amounts in minor units beside a currency column, times in
// ISO 8601 UTC.

/** One column of a table's CSV: its header and the value of a row in it. */
export interface CsvColumn<T> {
  header: string;
  value: (row: T) => unknown;
}

/**
 * Quotes a CSV cell (RFC 4180) and defuses spreadsheet formulas: a text starting with =, +, -, @,
 * tab or carriage return gets an apostrophe, so that a partner-typed name such as
 * =HYPERLINK(…) never runs when a manager opens the file (CSV injection). Numbers stay numbers.
 */
function cell(v: unknown): string {
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  let s = v == null ? '' : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: string[], rows: unknown[][]): string {
  return [header, ...rows].map((r) => r.map(cell).join(',')).join('\n') + '\n';
}

/** The rows of a table as CSV, one column per entry of `columns`. */
export function tableCsv<T>(columns: readonly CsvColumn<T>[], rows: readonly T[]): string {
  return toCsv(
    columns.map((c) => c.header),
    rows.map((r) => columns.map((c) => c.value(r))),
  );
}

/** Saves a file the browser holds (a CSV built here or fetched from the server). */
export function saveFile(name: string, blob: Blob) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoked later, not at once: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadCsv(name: string, csv: string) {
  saveFile(name, new Blob([csv], { type: 'text/csv;charset=utf-8' }));
}
