import"./usePageTitle-Duadk7S3.js";import{T as e,p as t}from"./index-BQDEX3bK.js";var n=`
    query ScorecardViewer {
  viewer {
    id
    partner {
      id
      name
    }
  }
}
    `,r=`
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
}`,i=`
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
}`,a=`
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
    `,o=`
    mutation UpdateTierSettings($input: UpdateTierSettingsInput!) {
  updateTierSettings(input: $input) {
    settings {
      autoUpgrade
      graceDays
      graceReminderDays
    }
  }
}
    `,s=`
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
    `,c=`
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
    `,l=`
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
    `,u={WON_REVENUE:`Partner-sourced won revenue`,WON_DEALS:`Won deals`,APPROVED_REGISTRATIONS:`Approved registrations`,CERTIFIED_PEOPLE:`Certified people`,MANUAL_CHECK:`Channel team check`},d={REGISTRATION_ACTIVITY:`Registrations`,WIN_RATE:`Win rate`,PORTAL_ACTIVITY:`People active in the portal`,CONTENT_ENGAGEMENT:`Content views and downloads`,CERTIFICATIONS:`Certified people`};function f(n,r,i){return n===`WON_REVENUE`?e(r,i||`USD`):n===`MANUAL_CHECK`?r>=1?`done`:`not yet`:t(r)}function p(e){return e>0?`last ${e} days`:`now`}export{c as a,n as c,o as d,i as f,p as i,a as l,d as n,l as o,u as r,r as s,f as t,s as u};