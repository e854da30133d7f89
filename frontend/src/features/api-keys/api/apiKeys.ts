// The operations of ApiKeys.tsx.
import { graphql } from '../../../gql';

export const ApiKeysQuery = graphql(`
  query ApiKeys($first: Int, $after: Cursor, $last: Int, $before: Cursor, $where: APIKeyWhereInput) {
    apiKeys(first: $first, after: $after, last: $last, before: $before, where: $where, orderBy: { field: CREATED_AT, direction: DESC }) {
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
          prefix
          scope
          createdAt
          expiresAt
          lastUsedAt
          revokedAt
          creator {
            id
            name
          }
          partner {
            id
            name
          }
        }
      }
    }
  }
`);

export const CreateApiKeyMutation = graphql(`
  mutation CreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      apiKey {
        id
        name
        prefix
        scope
      }
      secret
    }
  }
`);

export const RevokeApiKeyMutation = graphql(`
  mutation RevokeApiKey($input: RevokeApiKeyInput!) {
    revokeApiKey(input: $input) {
      apiKey {
        id
        revokedAt
      }
    }
  }
`);
