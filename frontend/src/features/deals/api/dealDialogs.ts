// The operations of DealDialogs.tsx.
import { graphql } from '../../../gql';

export const UpdateDealMutation = graphql(`
  mutation UpdateDeal($input: UpdateDealInput!) {
    updateDeal(input: $input) {
      deal {
        id
        title
        description
        contactName
        contactEmail
        amount
        currency
        expectedCloseDate
        products
        source
        updatedAt
      }
    }
  }
`);

export const WithdrawDealMutation = graphql(`
  mutation WithdrawDeal($input: WithdrawDealInput!) {
    withdrawDeal(input: $input) {
      deal {
        id
        status
      }
    }
  }
`);

export const RequestExtensionMutation = graphql(`
  mutation RequestDealExtension($input: RequestDealExtensionInput!) {
    requestDealExtension(input: $input) {
      extension {
        id
        status
        days
      }
    }
  }
`);

export const CloseDealMutation = graphql(`
  mutation CloseDeal($input: CloseDealInput!) {
    closeDeal(input: $input) {
      deal {
        id
        status
        closedAt
        closedAmount
      }
    }
  }
`);

export const DecideExtensionMutation = graphql(`
  mutation DecideDealExtension($input: DecideDealExtensionInput!) {
    decideDealExtension(input: $input) {
      extension {
        id
        status
        newExpiresAt
      }
      deal {
        id
        protectionExpiresAt
      }
    }
  }
`);
