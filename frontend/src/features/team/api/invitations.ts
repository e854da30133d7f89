// The operations of Invitations.tsx.
import { graphql } from '../../../gql';

export const PendingInvitationsQuery = graphql(`
  query PendingInvitations {
    invitations(first: 100, orderBy: { field: CREATED_AT, direction: DESC }, where: { status: PENDING }) {
      totalCount
      edges {
        node {
          id
          email
          name
          role
          expiresAt
          sentAt
          sendCount
          invitedBy {
            id
            name
          }
        }
      }
    }
  }
`);

export const InviteUserMutation = graphql(`
  mutation InviteUser($input: InviteUserInput!) {
    inviteUser(input: $input) {
      invitation {
        id
        email
      }
    }
  }
`);

export const ResendInvitationMutation = graphql(`
  mutation ResendInvitation($input: ResendInvitationInput!) {
    resendInvitation(input: $input) {
      invitation {
        id
        sentAt
        expiresAt
        sendCount
      }
    }
  }
`);

export const RevokeInvitationMutation = graphql(`
  mutation RevokeInvitation($input: RevokeInvitationInput!) {
    revokeInvitation(input: $input) {
      invitation {
        id
        status
      }
    }
  }
`);
