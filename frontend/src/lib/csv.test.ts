import { describe, expect, it } from 'vitest';
import { tableCsv, toCsv } from './csv';

describe('toCsv', () => {
  it('quotes what RFC 4180 asks and leaves the rest plain', () => {
    expect(toCsv(['name', 'note'], [['Acme, Inc.', 'said "yes"\nthen left'], ['Globex', null]])).toBe(
      'name,note\n"Acme, Inc.","said ""yes""\nthen left"\nGlobex,\n',
    );
  });

  it('defuses every text a spreadsheet would run as a formula (CSV injection)', () => {
    const texts = ['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd'];
    const lines = toCsv(['v'], texts.map((t) => [t])).split('\n');
    expect(lines[1]).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(lines[2]).toBe("'+1+1");
    expect(lines[3]).toBe("'-2+3");
    expect(lines[4]).toBe("'@SUM(A1)");
    expect(lines[5]).toBe("'\tcmd");
    // A carriage return is quoted as well as prefixed.
    expect(lines[6]).toBe(`"'\rcmd"`);
  });

  it('keeps numbers numbers (a negative amount is not a formula), and writes times in ISO 8601', () => {
    expect(toCsv(['amount', 'rate', 'missing', 'when', 'ok'], [[-1250, 0.5, Number.NaN, new Date(Date.UTC(2026, 0, 31, 9, 30)), true]])).toBe(
      'amount,rate,missing,when,ok\n-1250,0.5,,2026-01-31T09:30:00.000Z,true\n',
    );
  });
});

describe('tableCsv', () => {
  it('writes one header and one line per row, the columns in their order', () => {
    const rows = [
      { partner: 'Acme', amount: 480000, currency: 'USD' },
      { partner: '=cmd|calc', amount: 1200, currency: 'JPY' },
    ];
    const csv = tableCsv(
      [
        { header: 'partner', value: (r: (typeof rows)[number]) => r.partner },
        { header: 'currency', value: (r: (typeof rows)[number]) => r.currency },
        { header: 'amount', value: (r: (typeof rows)[number]) => r.amount },
      ],
      rows,
    );
    expect(csv).toBe("partner,currency,amount\nAcme,USD,480000\n'=cmd|calc,JPY,1200\n");
  });

  it('is just the header when there are no rows', () => {
    expect(tableCsv([{ header: 'a', value: () => 1 }], [])).toBe('a\n');
  });
});
