// The operations of DecisionPanel.tsx.
import { graphql } from '../../../gql';

export const ApproveDealMutation = graphql(`
  mutation ApproveDeal($input: ApproveDealInput!) {
    approveDeal(input: $input) {
      deal {
        id
        status
        coSell
        decidedAt
        protectionExpiresAt
      }
    }
  }
`);

export const RejectDealMutation = graphql(`
  mutation RejectDeal($input: RejectDealInput!) {
    rejectDeal(input: $input) {
      deal {
        id
        status
        decidedAt
        decisionNote
      }
    }
  }
`);

export const DirectRepsQuery = graphql(`
  query DirectReps {
    users(first: 100, orderBy: { field: NAME, direction: ASC }, where: { roleIn: [ADMIN, CHANNEL_MANAGER], status: ACTIVE }) {
      edges {
        node {
          id
          name
          email
        }
      }
    }
  }
`);
