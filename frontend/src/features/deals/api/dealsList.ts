// The operations of DealsList.tsx.
import { graphql } from '../../../gql';

export const DealsListQuery = graphql(`
  query DealsList($first: Int, $after: Cursor, $last: Int, $before: Cursor, $orderBy: DealOrder, $where: DealWhereInput) {
    deals(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy, where: $where) {
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
          title
          customerName
          customerDomain
          amount
          currency
          status
          expectedCloseDate
          createdAt
          decisionDueAt
          protectionExpiresAt
          closedAt
          coSell
          partner {
            id
            name
          }
          registeredBy {
            id
            name
          }
          conflicts {
            id
            blocking
          }
        }
      }
    }
  }
`);

export const DealStatusCountsQuery = graphql(`
  query DealStatusCounts(
    $all: DealWhereInput!
    $submitted: DealWhereInput!
    $approved: DealWhereInput!
    $won: DealWhereInput!
    $lost: DealWhereInput!
    $rejected: DealWhereInput!
    $withdrawn: DealWhereInput!
    $expired: DealWhereInput!
  ) {
    all: deals(where: $all) {
      totalCount
    }
    submitted: deals(where: $submitted) {
      totalCount
    }
    approved: deals(where: $approved) {
      totalCount
    }
    won: deals(where: $won) {
      totalCount
    }
    lost: deals(where: $lost) {
      totalCount
    }
    rejected: deals(where: $rejected) {
      totalCount
    }
    withdrawn: deals(where: $withdrawn) {
      totalCount
    }
    expired: deals(where: $expired) {
      totalCount
    }
  }
`);

export const PartnerOptionsQuery = graphql(`
  query PartnerOptions {
    partners(first: 100, orderBy: { field: NAME, direction: ASC }) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);
