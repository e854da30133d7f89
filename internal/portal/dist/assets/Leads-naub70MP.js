import{a as e,n as t,t as n}from"./jsx-runtime-Wy9s6hX0.js";import{$ as r,D as i,E as a,a as o,c as s,i as c,r as l,t as u,u as d}from"./usePageTitle-atKqKR4V.js";import{B as f,F as p,L as m,M as h,R as g,T as _,U as v,_ as y,a as b,d as x,f as S,i as C,m as w,q as T,s as E,x as D}from"./index-D7DUstJB.js";import{t as O}from"./connection-mmDI86VZ.js";import{t as k}from"./ExportButton-B8iJRjdD.js";var A=e(t(),1),j=`
    query PartnerLeads {
  leads(first: 50, orderBy: {field: OFFER_DEADLINE, direction: ASC}) {
    totalCount
    edges {
      node {
        id
        company
        domain
        contactName
        country
        vertical
        interest
        estimatedValue
        currency
        source
        status
        offerDeadline
        deal {
          id
        }
      }
    }
  }
}
    `,M=`
    query VendorLeads {
  leads(first: 50, orderBy: {field: CREATED_AT, direction: DESC}) {
    totalCount
    edges {
      node {
        id
        company
        country
        region
        estimatedValue
        currency
        status
        offerDeadline
        partner {
          id
          name
        }
      }
    }
  }
  partners(
    first: 100
    where: {status: ACTIVE}
    orderBy: {field: NAME, direction: ASC}
  ) {
    edges {
      node {
        id
        name
      }
    }
  }
}
    `,N=`
    query LeadTrace($id: ID!) {
  node(id: $id) {
    __typename
    ... on Lead {
      id
      routings {
        id
        createdAt
        cause
        outcome
        trace {
          candidates
          excluded
          winnerId
          reason
          rules {
            ruleId
            name
            kind
            required
            before
            matched
            outcome
          }
          eligible {
            partnerId
            partnerName
            weight
            openLeads
            offered
          }
        }
      }
    }
  }
}
    `,P=`
    mutation AcceptLead($input: AcceptLeadInput!) {
  acceptLead(input: $input) {
    lead {
      id
      status
    }
  }
}
    `,F=`
    mutation DeclineLead($input: DeclineLeadInput!) {
  declineLead(input: $input) {
    offer {
      id
      status
    }
  }
}
    `,I=`
    mutation ConvertLeadToDeal($input: ConvertLeadToDealInput!) {
  convertLeadToDeal(input: $input) {
    lead {
      id
      status
    }
    deal {
      id
    }
  }
}
    `,L=`
    mutation AssignLead($input: AssignLeadInput!) {
  assignLead(input: $input) {
    lead {
      id
      status
    }
  }
}
    `,R=n(),z={[i.New]:`info`,[i.Offered]:`warning`,[i.Accepted]:`success`,[i.Manual]:`danger`,[i.Converted]:`brand`},B={[a.NoCapacity]:`No capacity`,[a.NotOurRegion]:`Not our region`,[a.NoFit]:`No fit`,[a.Duplicate]:`Duplicate`,[a.Spam]:`Spam`};function V(){let e=v();return u(`Leads`),e&&T(e.role)?(0,R.jsx)(W,{}):(0,R.jsx)(H,{})}function H(){let e=S(j,{}),t=x(P),n=x(I),[a,u]=(0,A.useState)(null),f=p(),m=r();if(e.isPending)return(0,R.jsx)(s,{height:240});if(e.isError)return(0,R.jsx)(o,{error:e.error,onRetry:()=>e.refetch()});let g=O(e.data.leads);return(0,R.jsxs)(R.Fragment,{children:[(0,R.jsx)(b,{title:`Lead inbox`,subtitle:`Leads the vendor offers you. Accept or decline each before its deadline; an accepted lead converts into a deal registration.`}),(0,R.jsx)(c,{error:t.error??n.error}),g.length===0?(0,R.jsx)(l,{title:`No leads right now`,children:`When the vendor routes a lead to you, it appears here with its deadline.`}):(0,R.jsx)(`div`,{className:`stack`,children:g.map(e=>(0,R.jsxs)(C,{labelledBy:`lead-${e.id}`,title:e.company,actions:(0,R.jsx)(E,{tone:z[e.status],children:D(e.status)}),children:[(0,R.jsxs)(`p`,{children:[e.interest||`No details given.`,` · `,w(e.country),e.vertical?` · ${e.vertical}`:``,` · `,_(e.estimatedValue,e.currency),` · `,e.source]}),e.status===i.Offered&&e.offerDeadline&&(0,R.jsxs)(`p`,{"data-testid":`deadline`,children:[`Answer by `,y(e.offerDeadline),` (`,h(e.offerDeadline),`)`]}),(0,R.jsxs)(`div`,{className:`row`,children:[e.status===i.Offered&&(0,R.jsxs)(R.Fragment,{children:[(0,R.jsx)(d,{variant:`primary`,loading:t.isPending,onClick:()=>t.mutate({input:{id:e.id}},{onSuccess:()=>f(`Accepted ${e.company}`)}),children:`Accept`}),(0,R.jsx)(d,{onClick:()=>u(e.id),children:`Decline`})]}),e.status===i.Accepted&&(0,R.jsx)(d,{variant:`primary`,loading:n.isPending,onClick:()=>n.mutate({input:{id:e.id}},{onSuccess:e=>m(`/deals/${e.convertLeadToDeal.deal.id}`)}),children:`Convert to deal`}),e.deal&&(0,R.jsx)(`a`,{href:`/deals/${e.deal.id}`,children:`Deal registration`})]})]},e.id))}),a&&(0,R.jsx)(U,{id:a,onClose:()=>u(null)})]})}function U({id:e,onClose:t}){let[n,r]=(0,A.useState)(a.NoCapacity),[i,o]=(0,A.useState)(``),s=x(F),l=p();return(0,R.jsxs)(f,{open:!0,onClose:t,title:`Decline the lead`,description:`The lead goes to another partner; you will not see it again.`,onSubmit:()=>s.mutate({input:{id:e,reason:n,note:i}},{onSuccess:()=>(l(`Lead declined`),t())}),footer:(0,R.jsxs)(R.Fragment,{children:[(0,R.jsx)(d,{onClick:t,children:`Cancel`}),(0,R.jsx)(d,{type:`submit`,variant:`primary`,loading:s.isPending,children:`Decline lead`})]}),children:[(0,R.jsx)(c,{error:s.error}),(0,R.jsx)(m,{label:`Reason`,value:n,onChange:e=>r(e.target.value),children:Object.values(a).map(e=>(0,R.jsx)(`option`,{value:e,children:B[e]},e))}),(0,R.jsx)(g,{label:`Note`,value:i,onChange:e=>o(e.target.value)})]})}function W(){let e=S(M,{}),[t,n]=(0,A.useState)(null);if(e.isPending)return(0,R.jsx)(s,{height:240});if(e.isError)return(0,R.jsx)(o,{error:e.error,onRetry:()=>e.refetch()});let r=O(e.data.leads),a=O(e.data.partners),c=r.filter(e=>e.status===i.Manual);return(0,R.jsxs)(R.Fragment,{children:[(0,R.jsx)(b,{title:`Leads`,subtitle:`Every lead, where routing sent it and why. Leads no rule could place wait in the manual queue.`}),(0,R.jsx)(C,{labelledBy:`manual-queue`,title:`Manual queue (${c.length})`,children:c.length===0?(0,R.jsx)(`p`,{children:`Nothing waits for a hand assignment.`}):c.map(e=>(0,R.jsx)(K,{lead:e,partners:a},e.id))}),(0,R.jsxs)(C,{labelledBy:`all-leads`,title:`All leads (${e.data.leads.totalCount})`,flush:!0,children:[(0,R.jsxs)(`table`,{className:`table`,children:[(0,R.jsx)(`thead`,{children:(0,R.jsxs)(`tr`,{children:[(0,R.jsx)(`th`,{scope:`col`,children:`Company`}),(0,R.jsx)(`th`,{scope:`col`,children:`Country`}),(0,R.jsx)(`th`,{scope:`col`,children:`Value`}),(0,R.jsx)(`th`,{scope:`col`,children:`Status`}),(0,R.jsx)(`th`,{scope:`col`,children:`Partner`}),(0,R.jsx)(`th`,{scope:`col`,children:`Deadline`}),(0,R.jsx)(`th`,{scope:`col`,children:`Routing`})]})}),(0,R.jsx)(`tbody`,{children:r.map(e=>(0,R.jsxs)(`tr`,{children:[(0,R.jsx)(`td`,{children:e.company}),(0,R.jsx)(`td`,{children:w(e.country)}),(0,R.jsx)(`td`,{children:_(e.estimatedValue,e.currency)}),(0,R.jsx)(`td`,{children:(0,R.jsx)(E,{tone:z[e.status],children:D(e.status)})}),(0,R.jsx)(`td`,{children:e.partner?.name??`—`}),(0,R.jsx)(`td`,{children:e.offerDeadline?y(e.offerDeadline):`—`}),(0,R.jsx)(`td`,{children:(0,R.jsx)(d,{size:`sm`,onClick:()=>n(t===e.id?null:e.id),children:t===e.id?`Hide trace`:`Show trace`})})]},e.id))})]}),r.length>0&&(0,R.jsx)(k,{csv:{list:`leads`,fields:[`company`,`country`,`estimatedValue`,`currency`,`status`,`partner.name`,`offerDeadline`,`createdAt`],orderBy:{field:`CREATED_AT`,direction:`DESC`}}})]}),r.filter(e=>e.id===t).map(e=>(0,R.jsx)(G,{lead:e},e.id))]})}function G({lead:e}){let t=S(N,{id:e.id});if(t.isPending)return(0,R.jsx)(s,{height:120});if(t.isError)return(0,R.jsx)(o,{error:t.error,onRetry:()=>t.refetch()});let n=t.data.node?.__typename===`Lead`?t.data.node.routings??[]:[];return(0,R.jsx)(C,{title:`Routing of ${e.company}`,children:n.map(e=>(0,R.jsxs)(`div`,{className:`stack`,"data-testid":`routing-trace`,children:[(0,R.jsxs)(`p`,{children:[(0,R.jsx)(`strong`,{children:D(e.cause)}),` · `,y(e.createdAt),` · `,D(e.outcome),` — `,e.trace.reason]}),(0,R.jsx)(`ol`,{children:e.trace.rules.map(e=>(0,R.jsxs)(`li`,{children:[e.name,` (`,D(e.kind),`, `,e.required?`required`:`optional`,`): `,e.before,` → `,e.matched,`,`,` `,D(e.outcome)]},e.ruleId))}),e.trace.eligible.length>0&&(0,R.jsxs)(`p`,{children:[`Eligible: `,e.trace.eligible.map(e=>`${e.partnerName} (weight ${e.weight}, ${e.openLeads} open)`).join(`; `)]})]},e.id))})}function K({lead:e,partners:t}){let[n,r]=(0,A.useState)(t[0]?.id??``),i=x(L);return(0,R.jsxs)(`div`,{className:`row`,children:[(0,R.jsxs)(`span`,{children:[e.company,` · `,w(e.country)]}),(0,R.jsx)(m,{label:`Partner`,value:n,onChange:e=>r(e.target.value),children:t.map(e=>(0,R.jsx)(`option`,{value:e.id,children:e.name},e.id))}),(0,R.jsx)(d,{variant:`primary`,loading:i.isPending,onClick:()=>i.mutate({input:{id:e.id,partnerId:n}}),children:`Offer`}),(0,R.jsx)(c,{error:i.error})]})}export{V as default};