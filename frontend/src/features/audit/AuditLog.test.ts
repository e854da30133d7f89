import { describe, expect, it } from 'vitest';
import { describeAction, summaryEntries } from './AuditLog';

describe('audit log wording', () => {
  it('names actions in words', () => {
    expect(describeAction('login')).toBe('Signed in');
    expect(describeAction('login.failed')).toBe('Sign-in failed');
    expect(describeAction('updatePartner')).toBe('Update partner');
    expect(describeAction('registerDeal')).toBe('Register deal');
  });

  it('lists the fields a mutation changed, without the ID and empty ones', () => {
    expect(
      summaryEntries({ input: { ID: 'prt_1', Website: 'https://x.test', Country: null, Verticals: ['Retail', 'Energy'] } }),
    ).toEqual([
      ['Website', 'https://x.test'],
      ['Verticals', 'Retail, Energy'],
    ]);
    expect(summaryEntries({ locked: false })).toEqual([['Locked', 'no']]);
    expect(summaryEntries(null)).toEqual([]);
  });
});
