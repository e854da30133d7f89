// The operations of AuditLog.tsx.
import { graphql } from '../../../gql';

export const AuditQuery = graphql(`
  query AuditLog($first: Int, $after: Cursor, $last: Int, $before: Cursor, $orderBy: AuditEventOrder, $where: AuditEventWhereInput) {
    auditEvents(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy, where: $where) {
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
          createdAt
          actorType
          apiKeyID
          action
          entityType
          entityID
          summary
          requestID
          ip
          actor {
            id
            name
            email
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
