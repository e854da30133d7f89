// The operations of Applications.tsx.
import { graphql } from '../../../gql';

export const ApplicationsQuery = graphql(`
  query PartnerApplications($first: Int, $after: Cursor, $last: Int, $before: Cursor, $where: PartnerApplicationWhereInput) {
    partnerApplications(
      first: $first
      after: $after
      last: $last
      before: $before
      where: $where
      orderBy: { field: CREATED_AT, direction: ASC }
    ) {
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
          company
          website
          domain
          partnerType
          country
          contactName
          contactEmail
          motivation
          status
          declineReason
          reviewedAt
          reviewer {
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

export const ReviewersQuery = graphql(`
  query ApplicationReviewers {
    users(first: 100, orderBy: { field: NAME, direction: ASC }, where: { roleIn: [ADMIN, CHANNEL_MANAGER], status: ACTIVE }) {
      edges {
        node {
          id
          name
          role
        }
      }
    }
  }
`);

export const ApproveMutation = graphql(`
  mutation ApprovePartnerApplication($input: ApprovePartnerApplicationInput!) {
    approvePartnerApplication(input: $input) {
      application {
        id
        status
        partner {
          id
          name
        }
      }
      invitation {
        id
        email
      }
    }
  }
`);

export const DeclineMutation = graphql(`
  mutation DeclinePartnerApplication($input: DeclinePartnerApplicationInput!) {
    declinePartnerApplication(input: $input) {
      application {
        id
        status
      }
    }
  }
`);
