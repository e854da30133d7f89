// The operations of PartnerDealsCard.tsx.
import { graphql } from '../../../gql';

export const PartnerDealsQuery = graphql(`
  query PartnerDeals($where: DealWhereInput!, $submitted: DealWhereInput!, $approved: DealWhereInput!, $won: DealWhereInput!) {
    recent: deals(first: 8, orderBy: { field: CREATED_AT, direction: DESC }, where: $where) {
      totalCount
      edges {
        node {
          id
          title
          customerName
          amount
          currency
          status
          createdAt
          decisionDueAt
          protectionExpiresAt
          expectedCloseDate
          closedAt
          registeredBy {
            id
            name
          }
          conflicts {
            id
          }
        }
      }
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
  }
`);
