// The operations of PartnersList.tsx.
import { graphql } from '../../../gql';

export const PartnerPerformanceFields = graphql(`
  fragment PartnerPerformanceFields on PartnerPerformance {
    openPipeline {
      currency
      amount
      deals
    }
    openDeals
    wonRevenue {
      currency
      amount
      deals
    }
    wonDeals
    recentRegistrations
    healthScore
    tierProgress {
      evaluatedAt
      currentTierName
      qualifyingTierName
      nextTierName
      requirementsMet
      requirementsTotal
    }
    risk
    riskReasons {
      code
      severity
      message
    }
  }
`);

export const PartnersListQuery = graphql(`
  query PartnersList(
    $first: Int
    $after: Cursor
    $last: Int
    $before: Cursor
    $orderBy: PartnerOrder
    $where: PartnerWhereInput
  ) {
    partners(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy, where: $where) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        node {
          id
          name
          domain
          type
          status
          country
          region
          tier {
            id
            name
            rank
          }
          manager {
            id
            name
          }
          performance {
            ...PartnerPerformanceFields
          }
        }
      }
    }
  }
`);
