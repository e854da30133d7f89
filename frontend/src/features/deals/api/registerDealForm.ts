// The operations of RegisterDealForm.tsx.
import { graphql } from '../../../gql';

export const RegisterDealMutation = graphql(`
  mutation RegisterDeal($input: RegisterDealInput!) {
    registerDeal(input: $input) {
      deal {
        id
        status
        title
        decisionDueAt
        conflicts {
          id
        }
      }
    }
  }
`);
