import { describe, expect, it } from 'vitest';
import { day } from '../../lib/format';
import { describeAction } from './AuditLog';
import { recordKind, recordRef, summaryEntries } from './summary';

const text = (entries: ReturnType<typeof summaryEntries>) => entries.map((e) => [e.label, e.text]);

describe('audit log wording', () => {
  it('names actions in words', () => {
    expect(describeAction('login')).toBe('Signed in');
    expect(describeAction('login.failed')).toBe('Sign-in failed');
    expect(describeAction('updatePartner')).toBe('Update partner');
    expect(describeAction('registerDeal')).toBe('Register deal');
  });

  it('lists the fields a mutation changed, without the ID and empty ones', () => {
    expect(text(summaryEntries({ input: { ID: 'prt_1', Website: 'https://x.test', Country: null, Verticals: ['Retail', 'Energy'] } }))).toEqual([
      ['Website', 'https://x.test'],
      ['Verticals', 'Retail, Energy'],
    ]);
    expect(text(summaryEntries({ locked: false }))).toEqual([['Locked', 'no']]);
    expect(summaryEntries(null)).toEqual([]);
  });

  it('shows amounts as money, times in words and records by kind', () => {
    const entries = summaryEntries(
      {
        input: {
          amount: 125_000_050,
          currency: 'EUR',
          expectedCloseDate: '2027-03-31',
          accountID: 'acc_01JD5Z8Q4W3E2R1T0Y9V8K7M6P',
          dealID: 'dea_01JD5Z8Q4W3E2R1T0Y9V8K7M6P',
        },
        family: 'fam_01JD5Z8Q4W3E2R1T0Y9V8A7B6C',
        prefix: 'a1b2c3',
      },
      true,
    );
    const byLabel = Object.fromEntries(entries.map((e) => [e.label, e]));
    expect(byLabel['Amount'].text).toBe('€1,250,000.50');
    expect(byLabel['Expected close date'].text).toBe(day('2027-03-31'));
    expect(byLabel['Account'].text).toBe('Customer account …8K7M6P');
    expect(byLabel['Account'].href).toBeUndefined();
    expect(byLabel['Deal'].text).toBe('Deal …8K7M6P');
    expect(byLabel['Deal'].href).toBe('/deals/dea_01JD5Z8Q4W3E2R1T0Y9V8K7M6P');
    expect(byLabel['Sign-in session'].text).toBe('…8A7B6C');
    expect(byLabel['Key'].text).toBe('phk_a1b2c3_…');
  });

  it('names records by kind and links only pages the reader may open', () => {
    expect(recordKind('deals')).toBe('Deal');
    expect(recordKind('api_keys')).toBe('API key');
    expect(recordRef('prt_01JD5Z8Q4W3E2R1T0Y9V8K7M6P', true).href).toBe('/partners/prt_01JD5Z8Q4W3E2R1T0Y9V8K7M6P');
    expect(recordRef('prt_01JD5Z8Q4W3E2R1T0Y9V8K7M6P', false).href).toBeUndefined();
    expect(recordRef('usr_01JD5Z8Q4W3E2R1T0Y9V8K7M6P', true)).toEqual({ text: 'Person …8K7M6P', href: undefined, title: 'usr_01JD5Z8Q4W3E2R1T0Y9V8K7M6P' });
  });
});
