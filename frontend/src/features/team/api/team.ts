// The operations of Team.tsx.
import { graphql } from '../../../gql';

export const TeamQuery = graphql(`
  query TeamMembers($first: Int, $after: Cursor, $last: Int, $before: Cursor, $orderBy: UserOrder, $where: UserWhereInput) {
    users(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy, where: $where) {
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
          email
          role
          jobFunction
          status
          lastLoginAt
        }
      }
    }
  }
`);
