// The operations of Tiers.tsx.
import { graphql } from '../../../gql';

export const TiersQuery = graphql(`
  query TiersPage {
    viewer {
      id
      partner {
        id
        tier {
          id
          rank
        }
      }
    }
    tiers(first: 100, orderBy: { field: RANK, direction: ASC }) {
      totalCount
      edges {
        node {
          ...TierFields
          partners {
            totalCount
          }
        }
      }
    }
  }
`);

export const CreateTierMutation = graphql(`
  mutation CreateTier($input: CreateTierInput!) {
    createTier(input: $input) {
      tier {
        ...TierFields
      }
    }
  }
`);

export const UpdateTierMutation = graphql(`
  mutation UpdateTier($input: UpdateTierInput!) {
    updateTier(input: $input) {
      tier {
        ...TierFields
      }
    }
  }
`);
