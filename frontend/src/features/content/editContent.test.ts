import { describe, expect, it } from 'vitest';
import { ContentKind, PartnerType } from '../../gql/graphql';
import { ApiError } from '../../lib/errors';
import { editErrorsOf, editValuesOf, toUpdateInput } from './editContent';

const item = {
  id: 'CNT01',
  title: 'Gold deck',
  summary: 'For Gold partners.',
  body: '',
  externalURL: '',
  tags: ['deck', 'gold'],
  kind: ContentKind.SalesDeck,
  language: 'en',
  reviewBy: '2027-06-01T00:00:00Z',
  partnerTypes: [PartnerType.Reseller],
  minTier: { id: 'TIR01' },
};

describe('the content edit form', () => {
  it('sends only what changed', () => {
    const before = editValuesOf(item);
    expect(toUpdateInput(item.id, before, { ...before, tags: ['gold', 'deck'] })).toEqual({ id: 'CNT01' });
    expect(
      toUpdateInput(item.id, before, {
        ...before,
        title: 'Gold deck v2',
        minTierId: '',
        partnerTypes: [],
        reviewBy: '2027-09-30',
        kind: ContentKind.Playbook,
      }),
    ).toEqual({ id: 'CNT01', title: 'Gold deck v2', minTierId: '', partnerTypes: [], reviewBy: '2027-09-30T23:59:59Z', kind: ContentKind.Playbook });
  });

  it('puts the API field errors on their fields', () => {
    const err = new ApiError('BAD_USER_INPUT', 'bad', {
      fieldErrors: [
        { field: 'input.externalUrl', message: 'The link must be http or https.' },
        { field: 'language', message: 'Not a language.' },
      ],
    });
    expect(editErrorsOf(err)).toEqual({ byField: { externalUrl: 'The link must be http or https.', language: 'Not a language.' }, general: false });
    expect(editErrorsOf(new ApiError('CONFLICT', 'archived')).general).toBe(true);
    expect(editErrorsOf(null)).toEqual({ byField: {}, general: false });
  });
});
