import"./usePageTitle-Bs6xz2Sx.js";var e=`
    query ScorecardViewer {
  viewer {
    id
    partner {
      id
      name
    }
  }
}
    `,t=`
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
}`,n=`
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
}`,r=`
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
}
    `,i=`
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
    `,a=`
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
    `;export{r as a,e as i,a as n,n as o,t as r,i as t};