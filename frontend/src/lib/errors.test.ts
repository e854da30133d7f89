import { describe, expect, it } from 'vitest';
import { ApiError, describeError, fromGraphQLErrors, sentence } from './errors';

describe('fromGraphQLErrors', () => {
  it('reads code, field errors and the request ID', () => {
    const e = fromGraphQLErrors(
      [
        { message: '"x" has no valid web domain', extensions: { code: 'BAD_USER_INPUT', field: 'website' } },
        { message: 'unknown country', extensions: { code: 'BAD_USER_INPUT', field: 'country' } },
      ],
      'hdr-id',
    );
    expect(e.code).toBe('BAD_USER_INPUT');
    expect(e.fieldError('website')).toBe('"x" has no valid web domain.');
    expect(e.fieldError('country')).toBe('Unknown country.');
    expect(e.requestId).toBe('hdr-id');
  });

  it('prefers the requestId the server put in the error, and maps unknown codes to INTERNAL', () => {
    const e = fromGraphQLErrors([{ message: 'boom', extensions: { code: 'WEIRD', requestId: 'ext-id' } }], 'hdr-id');
    expect(e.code).toBe('INTERNAL');
    expect(e.requestId).toBe('ext-id');
  });
});

describe('describeError', () => {
  it('explains internal errors in plain words and keeps the reference for support', () => {
    const d = describeError(new ApiError('INTERNAL', 'internal error; quote request ID abc', { requestId: 'abc' }));
    expect(d.title).toBe('Something went wrong on our side');
    expect(d.detail).not.toMatch(/internal error/);
    expect(d.requestId).toBe('abc');
  });

  it('tells how long to wait when rate limited', () => {
    expect(describeError(new ApiError('RATE_LIMITED', 'locked', { retryAfter: 600 })).detail).toBe(
      'Please wait 10 minutes before trying again.',
    );
  });

  it('covers network failures and unknown throwables', () => {
    expect(describeError(new ApiError('NETWORK', 'x')).title).toMatch(/can’t reach/);
    expect(describeError(new Error('x')).title).toBe('Something went wrong');
  });

  it('sentence-cases server messages', () => {
    expect(sentence('a tier named Gold exists already')).toBe('A tier named Gold exists already.');
    expect(sentence('Done!')).toBe('Done!');
    // Domains, addresses and identifiers at the start are quoted as written.
    expect(sentence('gmail.com is a free e-mail domain; use the customer’s own')).toBe('gmail.com is a free e-mail domain; use the customer’s own.');
    expect(sentence('carla@globex-msp.test has an account already')).toBe('carla@globex-msp.test has an account already.');
    expect(sentence('e-mail addresses are compared case-insensitively')).toBe('E-mail addresses are compared case-insensitively.');
  });
});
