// The operations of Apply.tsx.
import { graphql } from '../../../gql';

export const ApplyMutation = graphql(`
  mutation ApplyForPartnership($input: ApplyForPartnershipInput!) {
    applyForPartnership(input: $input) {
      application {
        id
        company
        contactEmail
        status
      }
    }
  }
`);
