// The operations of AcceptInvitation.tsx beyond the session's own acceptInvitation.
import { graphql } from '../../../gql';

export const InvitationPreviewQuery = graphql(`
  query InvitationPreview($token: String!) {
    invitationPreview(token: $token) {
      email
      organisation
      role
      invitedBy
      expiresAt
      state
    }
  }
`);
