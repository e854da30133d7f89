// The operations of PartnerDetail.tsx.
import { graphql } from '../../../gql';

export const PartnerDetailQueryDoc = graphql(`
  query PartnerDetail($id: ID!) {
    node(id: $id) {
      __typename
      ... on Partner {
        id
        name
        slug
        type
        status
        website
        domain
        country
        region
        verticals
        contractSignedAt
        firstDealAt
        createdAt
        tier {
          ...TierFields
        }
        manager {
          id
          name
          email
        }
        performance {
          ...PartnerPerformanceFields
        }
        users(first: 100, orderBy: { field: NAME, direction: ASC }) {
          totalCount
          edges {
            node {
              id
              name
              email
              role
              jobFunction
              status
              lastLoginAt
            }
          }
        }
      }
    }
  }
`);

export const ManagerOptionsQuery = graphql(`
  query ManagerOptions {
    users(first: 100, orderBy: { field: NAME, direction: ASC }, where: { roleIn: [ADMIN, CHANNEL_MANAGER], status: ACTIVE }) {
      edges {
        node {
          id
          name
          role
        }
      }
    }
  }
`);

export const UpdatePartnerMutation = graphql(`
  mutation UpdatePartnerAccount($input: UpdatePartnerInput!) {
    updatePartner(input: $input) {
      partner {
        id
        status
        tier {
          id
          name
          rank
        }
        manager {
          id
          name
          email
        }
      }
    }
  }
`);
