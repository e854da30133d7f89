import{t as e}from"./jsx-runtime-Wy9s6hX0.js";import{A as t,M as n}from"./usePageTitle-atKqKR4V.js";import{T as r,p as i}from"./index-D7DUstJB.js";var a=`
    query PartnerMdf {
  mdfAllocations(first: 20, orderBy: {field: PERIOD_START, direction: DESC}) {
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
  mdfRequests(first: 50, orderBy: {field: START_DATE, direction: DESC}) {
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
    `,o=`
    query VendorMdfQueue {
  mdfRequests(
    first: 50
    where: {status: SUBMITTED}
    orderBy: {field: CREATED_AT, direction: ASC}
  ) {
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
  mdfClaims(
    first: 50
    where: {statusIn: [SUBMITTED, APPROVED]}
    orderBy: {field: SUBMITTED_AT, direction: ASC}
  ) {
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
    `,s=`
    mutation CreateMdfRequest($input: CreateMdfRequestInput!) {
  createMdfRequest(input: $input) {
    request {
      id
    }
  }
}
    `,c=`
    mutation UpdateMdfRequest($input: UpdateMdfRequestInput!) {
  updateMdfRequest(input: $input) {
    request {
      id
    }
  }
}
    `,l=`
    mutation CancelMdfRequest($input: CancelMdfRequestInput!) {
  cancelMdfRequest(input: $input) {
    request {
      id
    }
  }
}
    `,u=`
    mutation SubmitMdfClaim($input: SubmitMdfClaimInput!) {
  submitMdfClaim(input: $input) {
    claim {
      id
    }
  }
}
    `,d=`
    mutation ResubmitMdfClaim($input: ResubmitMdfClaimInput!) {
  resubmitMdfClaim(input: $input) {
    claim {
      id
    }
  }
}
    `,f=`
    mutation ApproveMdfRequest($input: ApproveMdfRequestInput!) {
  approveMdfRequest(input: $input) {
    request {
      id
    }
  }
}
    `,p=`
    mutation RejectMdfRequest($input: RejectMdfRequestInput!) {
  rejectMdfRequest(input: $input) {
    request {
      id
    }
  }
}
    `,m=`
    mutation ApproveMdfClaim($input: ApproveMdfClaimInput!) {
  approveMdfClaim(input: $input) {
    claim {
      id
    }
  }
}
    `,h=`
    mutation RejectMdfClaim($input: RejectMdfClaimInput!) {
  rejectMdfClaim(input: $input) {
    claim {
      id
    }
  }
}
    `,g=`
    mutation MarkMdfClaimPaid($input: MarkMdfClaimPaidInput!) {
  markMdfClaimPaid(input: $input) {
    claim {
      id
    }
  }
}
    `,_=`
    mutation AllocateMdfQuarter($input: AllocateMdfQuarterInput!) {
  allocateMdfQuarter(input: $input) {
    allocations {
      id
    }
  }
}
    `,v=`
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
}`,y=`
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
    `,b=`
    query MdfReturns($from: Time!, $to: Time!) {
  mdfReturns(from: $from, to: $to) {
    quarter
    requests
    roi {
      ...MdfReturnFields
    }
  }
}
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
}`,x=e();function S(e){return e==null?`—`:`${e.toFixed(e>=10?0:1)}×`}function C(e){return e.length===0?`—`:e.map(e=>`${r(e.amount,e.currency)} (${i(e.deals)} ${e.deals===1?`deal`:`deals`})`).join(` · `)}function w(e){return e.costPerLead==null?`—`:r(e.costPerLead,e.currency,{cents:!0})}var T=[[`Spend`,`What the activity costs so far: paid out, plus claimed and not yet paid, plus committed and not yet claimed.`],[`Leads`,`Reported by the activity’s latest approved or paid claim (none before one).`],[`Cost per lead`,`Spend ÷ leads.`],[`Pipeline`,`Deals naming the activity as their source that are still open (submitted or approved): their expected amounts, per currency.`],[`Won`,`Deals naming the activity that were won: their closed amounts, per currency.`],[`Return on spend`,`Won revenue in the activity’s own currency ÷ spend. Nothing is converted: revenue in other currencies is listed under Won only.`]];function E(){return(0,x.jsxs)(`details`,{className:`roi-defs`,children:[(0,x.jsx)(`summary`,{children:`What these figures mean`}),(0,x.jsx)(`dl`,{className:`dl compact`,children:T.map(([e,t])=>(0,x.jsxs)(`div`,{style:{display:`contents`},children:[(0,x.jsx)(`dt`,{children:e}),(0,x.jsx)(`dd`,{children:t})]},e))})]})}function D({roi:e}){return(0,x.jsxs)(x.Fragment,{children:[(0,x.jsxs)(`dl`,{className:`dl`,"data-testid":`roi`,children:[(0,x.jsx)(`dt`,{children:`Spend`}),(0,x.jsx)(`dd`,{children:r(e.spend,e.currency)}),(0,x.jsx)(`dt`,{children:`Leads`}),(0,x.jsx)(`dd`,{children:i(e.leads)}),(0,x.jsx)(`dt`,{children:`Cost per lead`}),(0,x.jsx)(`dd`,{children:w(e)}),(0,x.jsx)(`dt`,{children:`Pipeline`}),(0,x.jsx)(`dd`,{children:C(e.pipeline)}),(0,x.jsx)(`dt`,{children:`Won`}),(0,x.jsx)(`dd`,{children:C(e.won)}),(0,x.jsx)(`dt`,{children:`Return on spend`}),(0,x.jsx)(`dd`,{children:S(e.returnOnSpend)})]}),(0,x.jsx)(E,{})]})}var O={[n.Submitted]:`warning`,[n.Approved]:`success`,[n.Rejected]:`danger`,[n.Cancelled]:`neutral`,[n.Completed]:`brand`},k={[t.Submitted]:`warning`,[t.ChangesRequested]:`info`,[t.Approved]:`success`,[t.Rejected]:`danger`,[t.Paid]:`brand`};export{o as C,c as S,a as _,w as a,d as b,_ as c,l as d,s as f,y as g,b as h,E as i,m as l,v as m,O as n,C as o,g as p,D as r,S as s,k as t,f as u,h as v,u as x,p as y};