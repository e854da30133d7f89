// The operations of the marketing funds screens (docs/mdf.md).
import { graphql } from '../../../gql';

export const PartnerMdfQuery = graphql(`
  query PartnerMdf {
    mdfAllocations(first: 20, orderBy: { field: PERIOD_START, direction: DESC }) {
      edges {
        node {
          id
          periodStart
          periodEnd
          currency
          amount
          committed
          claimed
          paid
          expired
          remaining
          commitBy
        }
      }
    }
    mdfRequests(first: 50, orderBy: { field: START_DATE, direction: DESC }) {
      edges {
        node {
          id
          title
          activityType
          plan
          startDate
          endDate
          requestedAmount
          approvedAmount
          expectedLeads
          currency
          status
          decisionNote
          claimDeadline
          allocation {
            id
          }
          claims {
            id
            amount
            status
            reviewNote
            paymentReference
          }
        }
      }
    }
  }
`);

export const VendorMdfQueueQuery = graphql(`
  query VendorMdfQueue {
    mdfRequests(first: 50, where: { status: SUBMITTED }, orderBy: { field: CREATED_AT, direction: ASC }) {
      totalCount
      edges {
        node {
          id
          title
          activityType
          plan
          startDate
          endDate
          requestedAmount
          expectedLeads
          currency
          createdAt
          partner {
            id
            name
          }
          allocation {
            id
            remaining
          }
        }
      }
    }
    mdfClaims(first: 50, where: { statusIn: [SUBMITTED, APPROVED] }, orderBy: { field: SUBMITTED_AT, direction: ASC }) {
      totalCount
      edges {
        node {
          id
          amount
          currency
          status
          actualLeads
          pipelineGenerated
          note
          submittedAt
          partner {
            id
            name
          }
          request {
            id
            title
            approvedAmount
          }
          files {
            id
            name
            downloadUrl
          }
        }
      }
    }
  }
`);

export const CreateMdfRequestMutation = graphql(`
  mutation CreateMdfRequest($input: CreateMdfRequestInput!) {
    createMdfRequest(input: $input) {
      request {
        id
      }
    }
  }
`);

export const UpdateMdfRequestMutation = graphql(`
  mutation UpdateMdfRequest($input: UpdateMdfRequestInput!) {
    updateMdfRequest(input: $input) {
      request {
        id
      }
    }
  }
`);

export const CancelMdfRequestMutation = graphql(`
  mutation CancelMdfRequest($input: CancelMdfRequestInput!) {
    cancelMdfRequest(input: $input) {
      request {
        id
      }
    }
  }
`);

export const SubmitMdfClaimMutation = graphql(`
  mutation SubmitMdfClaim($input: SubmitMdfClaimInput!) {
    submitMdfClaim(input: $input) {
      claim {
        id
      }
    }
  }
`);

export const ResubmitMdfClaimMutation = graphql(`
  mutation ResubmitMdfClaim($input: ResubmitMdfClaimInput!) {
    resubmitMdfClaim(input: $input) {
      claim {
        id
      }
    }
  }
`);

export const ApproveMdfRequestMutation = graphql(`
  mutation ApproveMdfRequest($input: ApproveMdfRequestInput!) {
    approveMdfRequest(input: $input) {
      request {
        id
      }
    }
  }
`);

export const RejectMdfRequestMutation = graphql(`
  mutation RejectMdfRequest($input: RejectMdfRequestInput!) {
    rejectMdfRequest(input: $input) {
      request {
        id
      }
    }
  }
`);

export const ApproveMdfClaimMutation = graphql(`
  mutation ApproveMdfClaim($input: ApproveMdfClaimInput!) {
    approveMdfClaim(input: $input) {
      claim {
        id
      }
    }
  }
`);

export const RejectMdfClaimMutation = graphql(`
  mutation RejectMdfClaim($input: RejectMdfClaimInput!) {
    rejectMdfClaim(input: $input) {
      claim {
        id
      }
    }
  }
`);

export const MarkMdfClaimPaidMutation = graphql(`
  mutation MarkMdfClaimPaid($input: MarkMdfClaimPaidInput!) {
    markMdfClaimPaid(input: $input) {
      claim {
        id
      }
    }
  }
`);

export const AllocateMdfQuarterMutation = graphql(`
  mutation AllocateMdfQuarter($input: AllocateMdfQuarterInput!) {
    allocateMdfQuarter(input: $input) {
      allocations {
        id
      }
    }
  }
`);

/** What a funded activity returned (MdfReturn); the ROI block, the returns table and the detail share it. */
export const MdfReturnFields = graphql(`
  fragment MdfReturnFields on MdfReturn {
    currency
    spend
    leads
    costPerLead
    pipeline {
      currency
      amount
      deals
    }
    won {
      currency
      amount
      deals
    }
    returnOnSpend
  }
`);

export const MdfRequestDetailQuery = graphql(`
  query MdfRequestDetail($id: ID!) {
    node(id: $id) {
      __typename
      ... on MdfRequest {
        id
        title
        activityType
        plan
        startDate
        endDate
        requestedAmount
        approvedAmount
        expectedLeads
        currency
        status
        decisionNote
        claimDeadline
        partner {
          id
          name
        }
        roi {
          ...MdfReturnFields
        }
      }
    }
  }
`);

export const MdfUtilizationQuery = graphql(`
  query MdfUtilization($from: Time!, $to: Time!, $groupBy: MdfUtilizationGroupBy!) {
    mdfUtilization(from: $from, to: $to, groupBy: $groupBy) {
      key
      label
      currency
      allocated
      paid
      utilization
    }
  }
`);

export const MdfReturnsQuery = graphql(`
  query MdfReturns($from: Time!, $to: Time!) {
    mdfReturns(from: $from, to: $to) {
      quarter
      requests
      roi {
        ...MdfReturnFields
      }
    }
  }
`);
