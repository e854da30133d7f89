// The operations of VendorOverview.tsx.
import { graphql } from '../../../gql';

graphql(`
  fragment OverviewPartner on Partner {
    id
    name
    status
    type
    createdAt
    tier {
      id
      name
      rank
    }
    manager {
      id
      name
    }
  }
`);

export const VendorOverviewQuery = graphql(`
  query VendorOverview($mine: [UserWhereInput!]) {
    all: partners {
      totalCount
    }
    active: partners(where: { status: ACTIVE }) {
      totalCount
    }
    onboarding: partners(where: { status: ONBOARDING }) {
      totalCount
    }
    suspended: partners(where: { status: SUSPENDED }) {
      totalCount
    }
    untiered: partners(where: { hasTier: false }) {
      totalCount
    }
    waiting: partnerApplications(where: { status: SUBMITTED }) {
      totalCount
    }
    tiers(first: 100, orderBy: { field: RANK, direction: ASC }) {
      edges {
        node {
          id
          name
          rank
          partners {
            totalCount
          }
        }
      }
    }
    reseller: partners(where: { type: RESELLER }) {
      totalCount
    }
    var: partners(where: { type: VAR }) {
      totalCount
    }
    msp: partners(where: { type: MSP }) {
      totalCount
    }
    si: partners(where: { type: SI }) {
      totalCount
    }
    isv: partners(where: { type: ISV }) {
      totalCount
    }
    referral: partners(where: { type: REFERRAL }) {
      totalCount
    }
    alliance: partners(where: { type: ALLIANCE }) {
      totalCount
    }
    marketplace: partners(where: { type: MARKETPLACE }) {
      totalCount
    }
    mine: partners(first: 8, orderBy: { field: NAME, direction: ASC }, where: { hasManagerWith: $mine }) {
      totalCount
      edges {
        node {
          ...OverviewPartner
        }
      }
    }
    recent: partners(first: 8, orderBy: { field: CREATED_AT, direction: DESC }) {
      edges {
        node {
          ...OverviewPartner
        }
      }
    }
  }
`);
