import{a as e,n as t,t as n}from"./jsx-runtime-Wy9s6hX0.js";import{E as r,F as i,M as a,U as o,X as s,_ as c,a as l,at as u,b as d,c as f,f as p,it as m,l as h,m as g,n as _,nt as v,r as y,t as b,u as x,v as S,wt as C,z as w}from"./index-C9DHBjs-.js";import{t as T}from"./connection-mmDI86VZ.js";import{t as E}from"./Dialog-DHavVwRx.js";import{n as D,r as O}from"./Field-BBwxRYMl.js";var k=e(t(),1),A=`
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
    `,j=`
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
    `,M=`
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
    `,N=`
    mutation AcceptLead($input: AcceptLeadInput!) {
  acceptLead(input: $input) {
    lead {
      id
      status
    }
  }
}
    `,P=`
    mutation DeclineLead($input: DeclineLeadInput!) {
  declineLead(input: $input) {
    offer {
      id
      status
    }
  }
}
    `,F=`
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
    `,I=`
    mutation AssignLead($input: AssignLeadInput!) {
  assignLead(input: $input) {
    lead {
      id
      status
    }
  }
}
    `,L=n(),R={[u.New]:`info`,[u.Offered]:`warning`,[u.Accepted]:`success`,[u.Manual]:`danger`,[u.Converted]:`brand`},z={[m.NoCapacity]:`No capacity`,[m.NotOurRegion]:`Not our region`,[m.NoFit]:`No fit`,[m.Duplicate]:`Duplicate`,[m.Spam]:`Spam`};function B(){let e=r();return l(`Leads`),e&&v(e.role)?(0,L.jsx)(U,{}):(0,L.jsx)(V,{})}function V(){let e=y(A,{}),t=_(N),n=_(F),[r,l]=(0,k.useState)(null),m=b(),v=C();if(e.isPending)return(0,L.jsx)(p,{height:240});if(e.isError)return(0,L.jsx)(x,{error:e.error,onRetry:()=>e.refetch()});let E=T(e.data.leads);return(0,L.jsxs)(L.Fragment,{children:[(0,L.jsx)(S,{title:`Lead inbox`,subtitle:`Leads the vendor offers you. Accept or decline each before its deadline; an accepted lead converts into a deal registration.`}),(0,L.jsx)(h,{error:t.error??n.error}),E.length===0?(0,L.jsx)(f,{title:`No leads right now`,children:`When the vendor routes a lead to you, it appears here with its deadline.`}):(0,L.jsx)(`div`,{className:`stack`,children:E.map(e=>(0,L.jsxs)(c,{labelledBy:`lead-${e.id}`,title:e.company,actions:(0,L.jsx)(d,{tone:R[e.status],children:w(e.status)}),children:[(0,L.jsxs)(`p`,{children:[e.interest||`No details given.`,` · `,a(e.country),e.vertical?` · ${e.vertical}`:``,` · `,o(e.estimatedValue,e.currency),` · `,e.source]}),e.status===u.Offered&&e.offerDeadline&&(0,L.jsxs)(`p`,{"data-testid":`deadline`,children:[`Answer by `,i(e.offerDeadline),` (`,s(e.offerDeadline),`)`]}),(0,L.jsxs)(`div`,{className:`row`,children:[e.status===u.Offered&&(0,L.jsxs)(L.Fragment,{children:[(0,L.jsx)(g,{variant:`primary`,loading:t.isPending,onClick:()=>t.mutate({input:{id:e.id}},{onSuccess:()=>m(`Accepted ${e.company}`)}),children:`Accept`}),(0,L.jsx)(g,{onClick:()=>l(e.id),children:`Decline`})]}),e.status===u.Accepted&&(0,L.jsx)(g,{variant:`primary`,loading:n.isPending,onClick:()=>n.mutate({input:{id:e.id}},{onSuccess:e=>v(`/deals/${e.convertLeadToDeal.deal.id}`)}),children:`Convert to deal`}),e.deal&&(0,L.jsx)(`a`,{href:`/deals/${e.deal.id}`,children:`Deal registration`})]})]},e.id))}),r&&(0,L.jsx)(H,{id:r,onClose:()=>l(null)})]})}function H({id:e,onClose:t}){let[n,r]=(0,k.useState)(m.NoCapacity),[i,a]=(0,k.useState)(``),o=_(P),s=b();return(0,L.jsxs)(E,{open:!0,onClose:t,title:`Decline the lead`,description:`The lead goes to another partner; you will not see it again.`,onSubmit:()=>o.mutate({input:{id:e,reason:n,note:i}},{onSuccess:()=>(s(`Lead declined`),t())}),footer:(0,L.jsxs)(L.Fragment,{children:[(0,L.jsx)(g,{onClick:t,children:`Cancel`}),(0,L.jsx)(g,{type:`submit`,variant:`primary`,loading:o.isPending,children:`Decline lead`})]}),children:[(0,L.jsx)(h,{error:o.error}),(0,L.jsx)(D,{label:`Reason`,value:n,onChange:e=>r(e.target.value),children:Object.values(m).map(e=>(0,L.jsx)(`option`,{value:e,children:z[e]},e))}),(0,L.jsx)(O,{label:`Note`,value:i,onChange:e=>a(e.target.value)})]})}function U(){let e=y(j,{}),[t,n]=(0,k.useState)(null);if(e.isPending)return(0,L.jsx)(p,{height:240});if(e.isError)return(0,L.jsx)(x,{error:e.error,onRetry:()=>e.refetch()});let r=T(e.data.leads),s=T(e.data.partners),l=r.filter(e=>e.status===u.Manual);return(0,L.jsxs)(L.Fragment,{children:[(0,L.jsx)(S,{title:`Leads`,subtitle:`Every lead, where routing sent it and why. Leads no rule could place wait in the manual queue.`}),(0,L.jsx)(c,{labelledBy:`manual-queue`,title:`Manual queue (${l.length})`,children:l.length===0?(0,L.jsx)(`p`,{children:`Nothing waits for a hand assignment.`}):l.map(e=>(0,L.jsx)(G,{lead:e,partners:s},e.id))}),(0,L.jsx)(c,{labelledBy:`all-leads`,title:`All leads (${e.data.leads.totalCount})`,flush:!0,children:(0,L.jsxs)(`table`,{className:`table`,children:[(0,L.jsx)(`thead`,{children:(0,L.jsxs)(`tr`,{children:[(0,L.jsx)(`th`,{scope:`col`,children:`Company`}),(0,L.jsx)(`th`,{scope:`col`,children:`Country`}),(0,L.jsx)(`th`,{scope:`col`,children:`Value`}),(0,L.jsx)(`th`,{scope:`col`,children:`Status`}),(0,L.jsx)(`th`,{scope:`col`,children:`Partner`}),(0,L.jsx)(`th`,{scope:`col`,children:`Deadline`}),(0,L.jsx)(`th`,{scope:`col`,children:`Routing`})]})}),(0,L.jsx)(`tbody`,{children:r.map(e=>(0,L.jsxs)(`tr`,{children:[(0,L.jsx)(`td`,{children:e.company}),(0,L.jsx)(`td`,{children:a(e.country)}),(0,L.jsx)(`td`,{children:o(e.estimatedValue,e.currency)}),(0,L.jsx)(`td`,{children:(0,L.jsx)(d,{tone:R[e.status],children:w(e.status)})}),(0,L.jsx)(`td`,{children:e.partner?.name??`—`}),(0,L.jsx)(`td`,{children:e.offerDeadline?i(e.offerDeadline):`—`}),(0,L.jsx)(`td`,{children:(0,L.jsx)(g,{size:`sm`,onClick:()=>n(t===e.id?null:e.id),children:t===e.id?`Hide trace`:`Show trace`})})]},e.id))})]})}),r.filter(e=>e.id===t).map(e=>(0,L.jsx)(W,{lead:e},e.id))]})}function W({lead:e}){let t=y(M,{id:e.id});if(t.isPending)return(0,L.jsx)(p,{height:120});if(t.isError)return(0,L.jsx)(x,{error:t.error,onRetry:()=>t.refetch()});let n=t.data.node?.__typename===`Lead`?t.data.node.routings??[]:[];return(0,L.jsx)(c,{title:`Routing of ${e.company}`,children:n.map(e=>(0,L.jsxs)(`div`,{className:`stack`,"data-testid":`routing-trace`,children:[(0,L.jsxs)(`p`,{children:[(0,L.jsx)(`strong`,{children:w(e.cause)}),` · `,i(e.createdAt),` · `,w(e.outcome),` — `,e.trace.reason]}),(0,L.jsx)(`ol`,{children:e.trace.rules.map(e=>(0,L.jsxs)(`li`,{children:[e.name,` (`,w(e.kind),`, `,e.required?`required`:`optional`,`): `,e.before,` → `,e.matched,`,`,` `,w(e.outcome)]},e.ruleId))}),e.trace.eligible.length>0&&(0,L.jsxs)(`p`,{children:[`Eligible: `,e.trace.eligible.map(e=>`${e.partnerName} (weight ${e.weight}, ${e.openLeads} open)`).join(`; `)]})]},e.id))})}function G({lead:e,partners:t}){let[n,r]=(0,k.useState)(t[0]?.id??``),i=_(I);return(0,L.jsxs)(`div`,{className:`row`,children:[(0,L.jsxs)(`span`,{children:[e.company,` · `,a(e.country)]}),(0,L.jsx)(D,{label:`Partner`,value:n,onChange:e=>r(e.target.value),children:t.map(e=>(0,L.jsx)(`option`,{value:e.id,children:e.name},e.id))}),(0,L.jsx)(g,{variant:`primary`,loading:i.isPending,onClick:()=>i.mutate({input:{id:e.id,partnerId:n}}),children:`Offer`}),(0,L.jsx)(h,{error:i.error})]})}export{B as default};