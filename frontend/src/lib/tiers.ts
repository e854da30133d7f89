import { graphql } from '../gql';
import type { TierFieldsFragment } from '../gql/graphql';

export type Tier = TierFieldsFragment;

export const TierFieldsFragmentDoc = graphql(`
  fragment TierFields on Tier {
    id
    name
    rank
    description
    currency
    minRevenueT12m
    minWonDeals
    minCertifiedPeople
    minApprovedRegistrations
    requiresManualCheck
    windowDays
    discountBps
    rebateBps
    mdfQuarterlyAllowance
    dealProtectionDays
    benefits
  }
`);

export function sortByRank<T extends { rank: number }>(tiers: T[]): T[] {
  return [...tiers].sort((a, b) => a.rank - b.rank);
}

/** The next tier up from `current` (by rank); the lowest tier when the partner has none. */
export function nextTier<T extends { rank: number }>(tiers: T[], current: { rank: number } | null | undefined): T | undefined {
  const sorted = sortByRank(tiers);
  if (!current) return sorted[0];
  return sorted.find((t) => t.rank > current.rank);
}


/** Every tier by rank, for pickers and filters. */
export const TierOptionsQuery = graphql(`
  query TierOptions {
    tiers(first: 100, orderBy: { field: RANK, direction: ASC }) {
      edges {
        node {
          id
          name
          rank
        }
      }
    }
  }
`);
