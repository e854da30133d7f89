// The operations of DecisionStats.tsx.
import { graphql } from '../../../gql';

export const DecisionStatsQuery = graphql(`
  query DealDecisionStats($from: Time!, $to: Time!) {
    dealDecisionStats(from: $from, to: $to) {
      decided
      medianHoursToDecision
      withinSlaRate
      reviewer {
        id
        name
        email
      }
    }
  }
`);
