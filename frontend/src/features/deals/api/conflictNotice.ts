// The operations of ConflictNotice.tsx.
import { graphql } from '../../../gql';

export const DealConflictFieldsFragmentDoc = graphql(`
  fragment DealConflictFields on DealConflict {
    id
    kind
    score
    blocking
    reason
    detail @include(if: $vendor)
    conflictingPartner @include(if: $vendor) {
      id
      name
    }
    conflictingDeal @include(if: $vendor) {
      id
      title
      status
      customerName
      customerDomain
      contactEmail
      amount
      currency
      createdAt
      protectionExpiresAt
      registeredBy {
        id
        name
      }
    }
    matchedAccount @include(if: $vendor) {
      id
      name
      domain
      ownerKind
      directOwner {
        id
        name
      }
    }
  }
`);

// The queue lists many registrations at once, so it asks for less of each counterpart (the API
// bounds an operation's complexity, counting nested lists once per item).
export const QueueConflictFieldsFragmentDoc = graphql(`
  fragment QueueConflictFields on DealConflict {
    id
    kind
    score
    blocking
    reason
    detail
    conflictingPartner {
      name
    }
    conflictingDeal {
      id
      title
      status
      amount
      currency
      createdAt
    }
    matchedAccount {
      name
      domain
      ownerKind
      directOwner {
        id
        name
      }
    }
  }
`);
