// The operations of PartnerDashboard.tsx.
import { graphql } from '../../../gql';

export const PartnerDashboardQuery = graphql(`
  query PartnerDashboard {
    viewer {
      id
      partner {
        id
        name
        tier {
          ...TierFields
        }
        manager {
          id
          name
          email
        }
      }
    }
    tiers(first: 100, orderBy: { field: RANK, direction: ASC }) {
      edges {
        node {
          ...TierFields
        }
      }
    }
  }
`);
