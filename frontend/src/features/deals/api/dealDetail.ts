// The operations of DealDetail.tsx.
import { graphql } from '../../../gql';

export const DealDetailQueryDoc = graphql(`
  query DealDetail($id: ID!, $vendor: Boolean!) {
    node(id: $id) {
      __typename
      ... on Deal {
        id
        title
        customerName
        customerDomain
        contactName
        contactEmail
        description
        amount
        currency
        expectedCloseDate
        products
        source
        status
        createdAt
        updatedAt
        decisionDueAt
        decisionNote
        decidedAt
        conflictOverridden
        protectionExpiresAt
        coSell
        closedAt
        closedAmount
        mdfRequest {
          id
          title
        }
        partner {
          id
          name
          tier {
            id
            name
            rank
            dealProtectionDays
          }
          manager {
            id
            name
          }
        }
        registeredBy {
          id
          name
        }
        reviewer {
          id
          name
        }
        directRep @include(if: $vendor) {
          id
          name
        }
        account @include(if: $vendor) {
          id
          ownerKind
        }
        events {
          id
          kind
          fromStatus
          toStatus
          note
          createdAt
          actorType
          actor {
            id
            name
          }
        }
        conflicts {
          ...DealConflictFields
        }
        extensions {
          id
          status
          reason
          days
          createdAt
          decidedAt
          decisionNote
          newExpiresAt
          requestedBy {
            id
            name
          }
        }
      }
    }
  }
`);
