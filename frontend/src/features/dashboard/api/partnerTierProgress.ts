// The next-tier card's figures: the server's evaluation (tierProgress), computed by the same code
// as the daily tier evaluation, so the card and the decision never disagree.
import { graphql } from '../../../gql';

export const PartnerTierProgressQuery = graphql(`
  query PartnerTierProgress($partnerId: ID!) {
    tierProgress(partnerId: $partnerId) {
      partnerId
      current {
        tierId
      }
      next {
        ...TierResultFields
      }
    }
  }
`);
