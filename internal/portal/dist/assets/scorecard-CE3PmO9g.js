import"./usePageTitle-atKqKR4V.js";var e=`
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
    `,n=`
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
}`,r=`
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
}`,i=`
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
    `,a=`
    mutation UpdateTierSettings($input: UpdateTierSettingsInput!) {
  updateTierSettings(input: $input) {
    settings {
      autoUpgrade
      graceDays
      graceReminderDays
    }
  }
}
    `,o=`
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
    `,s=`
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
    `,c=`
    mutation RejectTierChange($input: RejectTierChangeInput!) {
  rejectTierChange(input: $input) {
    change {
      id
      status
      decisionNote
    }
  }
}
    `,l=`
    mutation SetTierCheck($input: SetTierCheckInput!) {
  setTierCheck(input: $input) {
    partner {
      id
    }
    tierChecks
  }
}
    `,u=`
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
    `;export{n as a,i as c,r as d,t as i,o as l,u as n,e as o,c as r,l as s,s as t,a as u};