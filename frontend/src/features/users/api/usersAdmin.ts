// The operations of UsersAdmin.tsx.
import { graphql } from '../../../gql';

export const UsersQuery = graphql(`
  query UsersAdmin($first: Int, $after: Cursor, $last: Int, $before: Cursor, $orderBy: UserOrder, $where: UserWhereInput) {
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
          partner {
            id
            name
          }
        }
      }
    }
  }
`);

export const CreateUserMutation = graphql(`
  mutation CreateVendorUser($input: CreateUserInput!) {
    createUser(input: $input) {
      user {
        id
        name
        status
      }
    }
  }
`);

export const DisableUserMutation = graphql(`
  mutation DisableUser($input: DisableUserInput!) {
    disableUser(input: $input) {
      user {
        id
        status
      }
    }
  }
`);
