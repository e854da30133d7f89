// The operations of PartnerDealsOverview.tsx.
import { graphql } from '../../../gql';

graphql(`
  fragment PipelineFigureFields on PipelineFigure {
    key
    label
    currency
    count
    amount
    sourcedCount
    sourcedAmount
    influencedCount
    influencedAmount
  }
`);

export const PartnerDealFiguresQuery = graphql(`
  query PartnerDealFigures($from: Time!, $monthsFrom: Time!, $to: Time!, $now: Time!, $soon: Time!, $today: Time!) {
    byStatus: pipelineSummary(from: $from, to: $to, groupBy: STATUS) {
      ...PipelineFigureFields
    }
    byMonth: pipelineSummary(from: $monthsFrom, to: $to, groupBy: MONTH) {
      ...PipelineFigureFields
    }
    expiring: deals(
      first: 5
      orderBy: { field: PROTECTION_EXPIRES_AT, direction: ASC }
      where: { status: APPROVED, protectionExpiresAtGTE: $now, protectionExpiresAtLT: $soon }
    ) {
      totalCount
      edges {
        node {
          id
          title
          customerName
          protectionExpiresAt
          extensions {
            id
            status
          }
        }
      }
    }
    awaiting: deals(first: 5, orderBy: { field: DECISION_DUE_AT, direction: ASC }, where: { status: SUBMITTED }) {
      totalCount
      edges {
        node {
          id
          title
          customerName
          decisionDueAt
          conflicts {
            id
            blocking
          }
        }
      }
    }
    protectedNow: deals(where: { status: APPROVED }) {
      totalCount
    }
    wonYear: deals(where: { status: WON, closedAtGTE: $from }) {
      totalCount
    }
    pastClose: deals(first: 5, orderBy: { field: EXPECTED_CLOSE_DATE, direction: ASC }, where: { status: APPROVED, expectedCloseDateLT: $today }) {
      totalCount
      edges {
        node {
          id
          title
          customerName
          expectedCloseDate
        }
      }
    }
  }
`);
