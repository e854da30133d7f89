import { describe, expect, it } from 'vitest';
import { attemptOutcome, groupEventTypes, randomSecret } from './events';

describe('webhook event types', () => {
  it('groups types by what they are about, keeping the API order', () => {
    expect(groupEventTypes(['deal.registered', 'partner.created', 'deal.approved', 'mdf.request_submitted'])).toEqual([
      { group: 'deal', types: ['deal.registered', 'deal.approved'] },
      { group: 'partner', types: ['partner.created'] },
      { group: 'mdf', types: ['mdf.request_submitted'] },
    ]);
  });

  it('makes secrets long enough for the API and different each time', () => {
    const a = randomSecret();
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(randomSecret()).not.toBe(a);
  });

  it('words an attempt by its status code or why there was none', () => {
    expect(attemptOutcome({ statusCode: 204, error: '' })).toBe('HTTP 204');
    expect(attemptOutcome({ statusCode: 500, error: 'the receiver answered 500 Internal Server Error' })).toBe('HTTP 500');
    expect(attemptOutcome({ statusCode: 0, error: 'connection refused' })).toBe('No answer: connection refused');
  });
});
