// The operations of Approvals.tsx.
import { graphql } from '../../../gql';

export const ApprovalQueueQueryDoc = graphql(`
  query ApprovalQueue {
    dealApprovalQueue(first: 100) {
      decisionDueAt
      overdue
      managedByViewer
      deal {
        id
        title
        customerName
        customerDomain
        contactEmail
        amount
        currency
        source
        createdAt
        expectedCloseDate
        partner {
          id
          name
          tier {
            id
            name
            rank
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
        conflicts {
          ...QueueConflictFields
        }
      }
    }
  }
`);
