// The operations of the scorecard and the vendor's tier-change queue.
import { graphql } from '../../../gql';

export const ScorecardViewerQuery = graphql(`
  query ScorecardViewer {
    viewer {
      id
      partner {
        id
        name
      }
    }
  }
`);

/** The partner whose scorecard the vendor opened (/scorecard/:id): its name and channel manager. */
export const ScorecardPartnerQuery = graphql(`
  query ScorecardPartner($id: ID!) {
    node(id: $id) {
      __typename
      ... on Partner {
        id
        name
        manager {
          id
        }
      }
    }
  }
`);

export const TierResultFields = graphql(`
  fragment TierResultFields on TierResult {
    tierId
    name
    rank
    qualified
    requirements {
      key
      measured
      threshold
      remaining
      met
      currency
      windowDays
    }
  }
`);

export const ScorecardQuery = graphql(`
  query Scorecard($partnerId: ID!) {
    tierProgress(partnerId: $partnerId) {
      partnerId
      current {
        ...TierResultFields
      }
      qualifying {
        tierId
        name
        rank
      }
      next {
        ...TierResultFields
      }
      openChange {
        id
        kind
        status
        reason
        graceEndsAt
        fromTierName
        toTierName
      }
    }
    partnerHealth(partnerId: $partnerId) {
      partnerId
      score
      inputs {
        key
        raw
        target
        normalised
        weight
        contribution
        windowDays
      }
      history {
        day
        score
      }
    }
  }
`);

export const WhatIfQuery = graphql(`
  query TierWhatIf($partnerId: ID!, $input: TierWhatIfInput!) {
    tierWhatIf(partnerId: $partnerId, input: $input) {
      partnerId
      qualifying {
        tierId
        name
        rank
      }
      next {
        ...TierResultFields
      }
    }
  }
`);

export const TierChangesQuery = graphql(`
  query TierChanges($status: [TierChangeStatus!]) {
    tierChanges(status: $status, first: 100) {
      id
      partnerId
      partnerName
      partnerManagerId
      fromTierName
      toTierName
      kind
      status
      reason
      graceEndsAt
      createdAt
    }
    tierSettings {
      autoUpgrade
      graceDays
      graceReminderDays
    }
    healthWeights {
      registrationActivity
      winRate
      portalActivity
      contentEngagement
      certifications
    }
  }
`);

export const UpdateTierSettingsMutation = graphql(`
  mutation UpdateTierSettings($input: UpdateTierSettingsInput!) {
    updateTierSettings(input: $input) {
      settings {
        autoUpgrade
        graceDays
        graceReminderDays
      }
    }
  }
`);

export const UpdateHealthWeightsMutation = graphql(`
  mutation UpdateHealthWeights($input: UpdateHealthWeightsInput!) {
    updateHealthWeights(input: $input) {
      weights {
        registrationActivity
        winRate
        portalActivity
        contentEngagement
        certifications
      }
    }
  }
`);

export const ApproveTierChangeMutation = graphql(`
  mutation ApproveTierChange($input: ApproveTierChangeInput!) {
    approveTierChange(input: $input) {
      change {
        id
        status
      }
      partner {
        id
        tier {
          id
          name
        }
      }
    }
  }
`);

export const RejectTierChangeMutation = graphql(`
  mutation RejectTierChange($input: RejectTierChangeInput!) {
    rejectTierChange(input: $input) {
      change {
        id
        status
        decisionNote
      }
    }
  }
`);

export const SetTierCheckMutation = graphql(`
  mutation SetTierCheck($input: SetTierCheckInput!) {
    setTierCheck(input: $input) {
      partner {
        id
      }
      tierChecks
    }
  }
`);

export const EvaluateTiersMutation = graphql(`
  mutation EvaluateTiers($input: EvaluateTiersInput!) {
    evaluateTiers(input: $input) {
      evaluations {
        id
      }
      changes {
        id
      }
    }
  }
`);
