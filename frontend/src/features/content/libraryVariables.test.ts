import { describe, expect, it } from 'vitest';
import { ContentKind, ContentOrderField, OrderDirection } from '../../gql/graphql';
import { libraryVariables, NO_MINIMUM_TIER } from './lib';

describe('libraryVariables', () => {
  it('orders the most popular first', () => {
    expect(libraryVariables({ search: '', kind: '', sort: 'popular', tier: '' })).toEqual({
      search: undefined,
      where: undefined,
      minTierId: undefined,
      orderBy: { field: ContentOrderField.Popularity, direction: OrderDirection.Desc },
    });
  });

  it('orders the newest first and passes search, kind and tier', () => {
    expect(libraryVariables({ search: '  deck ', kind: ContentKind.SalesDeck, sort: 'newest', tier: 'TIR01' })).toEqual({
      search: 'deck',
      where: { kind: ContentKind.SalesDeck },
      minTierId: 'TIR01',
      orderBy: { field: ContentOrderField.PublishedAt, direction: OrderDirection.Desc },
    });
  });

  it('asks for the items with no minimum tier with an empty tier ID', () => {
    const v = libraryVariables({ search: '', kind: '', sort: 'title', tier: NO_MINIMUM_TIER });
    expect(v.minTierId).toBe('');
    expect(v.orderBy).toEqual({ field: ContentOrderField.Title, direction: OrderDirection.Asc });
  });
});
