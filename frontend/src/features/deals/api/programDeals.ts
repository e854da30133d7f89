// The operations of ProgramDeals.tsx.
import { graphql } from '../../../gql';

export const ProgramDealFiguresQuery = graphql(`
  query ProgramDealFigures($from: Time!, $to: Time!, $weeksFrom: Time!) {
    byTier: pipelineSummary(from: $from, to: $to, groupBy: TIER) {
      ...PipelineFigureFields
    }
    byType: pipelineSummary(from: $from, to: $to, groupBy: PARTNER_TYPE) {
      ...PipelineFigureFields
    }
    trend: dealRegistrationTrend(from: $weeksFrom, to: $to) {
      weekStart
      registered
      approved
      rejected
      approvalRate
    }
    winRate: dealWinRate(from: $from, to: $to) {
      won
      lost
      winRate
      averageDaysToClose
    }
    queue: dealApprovalQueue(first: 0) {
      totalCount
    }
    overdueQueue: dealApprovalQueue(first: 0, where: { overdue: true }) {
      totalCount
    }
    tiers(first: 100, orderBy: { field: RANK, direction: ASC }) {
      edges {
        node {
          id
          name
          rank
        }
      }
    }
  }
`);
