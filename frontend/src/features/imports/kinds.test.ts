import { describe, expect, it } from 'vitest';
import { UserRole } from '../../gql/graphql';
import { kindsFor, outcome } from './kinds';

describe('imports', () => {
  it('offers each role the imports the API lets it run', () => {
    expect(kindsFor(UserRole.Admin)).toEqual(['partners', 'leads', 'users', 'exchangeRates']);
    expect(kindsFor(UserRole.ChannelManager)).toEqual(['leads']);
    expect(kindsFor(UserRole.PartnerAdmin)).toEqual(['users']);
    expect(kindsFor(UserRole.PartnerSales)).toEqual([]);
  });

  it('says a file with bad rows wrote nothing, counting rows not errors', () => {
    const r = {
      dryRun: true,
      rows: 4,
      created: 0,
      errors: [
        { row: 2, field: 'type', message: 'x' },
        { row: 2, field: 'region', message: 'y' },
        { row: 4, field: 'region', message: 'z' },
      ],
    };
    expect(outcome('partners', r)).toEqual({ tone: 'danger', title: '2 rows have problems', detail: '4 rows checked. Nothing was written: fix the rows below and check again.' });
    expect(outcome('partners', { ...r, dryRun: false }).tone).toBe('danger');
  });

  it('tells a good dry run from a written import', () => {
    expect(outcome('partners', { dryRun: true, rows: 1, created: 0, errors: [] })).toMatchObject({ title: 'The row is good', detail: 'Nothing was written yet. Import writes 1 partner.' });
    expect(outcome('leads', { dryRun: false, rows: 3, created: 3, errors: [] })).toMatchObject({ tone: 'success', title: 'Imported 3 leads' });
  });
});
