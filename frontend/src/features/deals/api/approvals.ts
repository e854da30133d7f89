// The operations of Approvals.tsx.
import { graphql } from '../../../gql';

export const ApprovalQueueQueryDoc = graphql(`
  query ApprovalQueue($first: Int, $after: Cursor, $last: Int, $before: Cursor, $where: DealApprovalQueueWhereInput) {
    dealApprovalQueue(first: $first, after: $after, last: $last, before: $before, where: $where) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        node {
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
    }
    overdue: dealApprovalQueue(first: 0, where: { overdue: true }) {
      totalCount
    }
    conflicted: dealApprovalQueue(first: 0, where: { hasConflicts: true }) {
      totalCount
    }
    waiting: dealApprovalQueue(first: 0) {
      totalCount
    }
  }
`);

export const QueuePartnersQuery = graphql(`
  query QueuePartners {
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

export const ApproveDealsMutation = graphql(`
  mutation ApproveDeals($input: ApproveDealsInput!) {
    approveDeals(input: $input) {
      deals {
        id
        status
        protectionExpiresAt
      }
    }
  }
`);

export const UndoDealDecisionMutation = graphql(`
  mutation UndoDealDecision($input: UndoDealDecisionInput!) {
    undoDealDecision(input: $input) {
      deal {
        id
        status
      }
    }
  }
`);
