import{a as e,n as t,t as n}from"./jsx-runtime-Wy9s6hX0.js";import{E as r,F as i,M as a,U as o,X as s,_ as c,a as l,at as u,b as d,c as f,f as p,it as m,l as h,m as g,n as _,nt as v,r as y,t as b,u as x,v as S,wt as C,z as w}from"./index-CFX1W-1O.js";import{t as T}from"./connection-mmDI86VZ.js";import{t as E}from"./Dialog-CtrCj8il.js";import{n as D,r as O}from"./Field-Cp2GrG1v.js";var k=e(t(),1),A=`
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
    mutation AcceptLead($input: AcceptLeadInput!) {
  acceptLead(input: $input) {
    lead {
      id
      status
    }
  }
}
    `,N=`
    mutation DeclineLead($input: DeclineLeadInput!) {
  declineLead(input: $input) {
    offer {
      id
      status
    }
  }
}
    `,P=`
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
    `,F=`
    mutation AssignLead($input: AssignLeadInput!) {
  assignLead(input: $input) {
    lead {
      id
      status
    }
  }
}
    `,I=n(),L={[u.New]:`info`,[u.Offered]:`warning`,[u.Accepted]:`success`,[u.Manual]:`danger`,[u.Converted]:`brand`},R={[m.NoCapacity]:`No capacity`,[m.NotOurRegion]:`Not our region`,[m.NoFit]:`No fit`,[m.Duplicate]:`Duplicate`,[m.Spam]:`Spam`};function z(){let e=r();return l(`Leads`),e&&v(e.role)?(0,I.jsx)(H,{}):(0,I.jsx)(B,{})}function B(){let e=y(A,{}),t=_(M),n=_(P),[r,l]=(0,k.useState)(null),m=b(),v=C();if(e.isPending)return(0,I.jsx)(p,{height:240});if(e.isError)return(0,I.jsx)(x,{error:e.error,onRetry:()=>e.refetch()});let E=T(e.data.leads);return(0,I.jsxs)(I.Fragment,{children:[(0,I.jsx)(S,{title:`Lead inbox`,subtitle:`Leads the vendor offers you. Accept or decline each before its deadline; an accepted lead converts into a deal registration.`}),(0,I.jsx)(h,{error:t.error??n.error}),E.length===0?(0,I.jsx)(f,{title:`No leads right now`,children:`When the vendor routes a lead to you, it appears here with its deadline.`}):(0,I.jsx)(`div`,{className:`stack`,children:E.map(e=>(0,I.jsxs)(c,{labelledBy:`lead-${e.id}`,title:e.company,actions:(0,I.jsx)(d,{tone:L[e.status],children:w(e.status)}),children:[(0,I.jsxs)(`p`,{children:[e.interest||`No details given.`,` · `,a(e.country),e.vertical?` · ${e.vertical}`:``,` · `,o(e.estimatedValue,e.currency),` · `,e.source]}),e.status===u.Offered&&e.offerDeadline&&(0,I.jsxs)(`p`,{"data-testid":`deadline`,children:[`Answer by `,i(e.offerDeadline),` (`,s(e.offerDeadline),`)`]}),(0,I.jsxs)(`div`,{className:`row`,children:[e.status===u.Offered&&(0,I.jsxs)(I.Fragment,{children:[(0,I.jsx)(g,{variant:`primary`,loading:t.isPending,onClick:()=>t.mutate({input:{id:e.id}},{onSuccess:()=>m(`Accepted ${e.company}`)}),children:`Accept`}),(0,I.jsx)(g,{onClick:()=>l(e.id),children:`Decline`})]}),e.status===u.Accepted&&(0,I.jsx)(g,{variant:`primary`,loading:n.isPending,onClick:()=>n.mutate({input:{id:e.id}},{onSuccess:e=>v(`/deals/${e.convertLeadToDeal.deal.id}`)}),children:`Convert to deal`}),e.deal&&(0,I.jsx)(`a`,{href:`/deals/${e.deal.id}`,children:`Deal registration`})]})]},e.id))}),r&&(0,I.jsx)(V,{id:r,onClose:()=>l(null)})]})}function V({id:e,onClose:t}){let[n,r]=(0,k.useState)(m.NoCapacity),[i,a]=(0,k.useState)(``),o=_(N),s=b();return(0,I.jsxs)(E,{open:!0,onClose:t,title:`Decline the lead`,description:`The lead goes to another partner; you will not see it again.`,onSubmit:()=>o.mutate({input:{id:e,reason:n,note:i}},{onSuccess:()=>(s(`Lead declined`),t())}),footer:(0,I.jsxs)(I.Fragment,{children:[(0,I.jsx)(g,{onClick:t,children:`Cancel`}),(0,I.jsx)(g,{type:`submit`,variant:`primary`,loading:o.isPending,children:`Decline lead`})]}),children:[(0,I.jsx)(h,{error:o.error}),(0,I.jsx)(D,{label:`Reason`,value:n,onChange:e=>r(e.target.value),children:Object.values(m).map(e=>(0,I.jsx)(`option`,{value:e,children:R[e]},e))}),(0,I.jsx)(O,{label:`Note`,value:i,onChange:e=>a(e.target.value)})]})}function H(){let e=y(j,{}),[t,n]=(0,k.useState)(null);if(e.isPending)return(0,I.jsx)(p,{height:240});if(e.isError)return(0,I.jsx)(x,{error:e.error,onRetry:()=>e.refetch()});let r=T(e.data.leads),s=T(e.data.partners),l=r.filter(e=>e.status===u.Manual);return(0,I.jsxs)(I.Fragment,{children:[(0,I.jsx)(S,{title:`Leads`,subtitle:`Every lead, where routing sent it and why. Leads no rule could place wait in the manual queue.`}),(0,I.jsx)(c,{labelledBy:`manual-queue`,title:`Manual queue (${l.length})`,children:l.length===0?(0,I.jsx)(`p`,{children:`Nothing waits for a hand assignment.`}):l.map(e=>(0,I.jsx)(W,{lead:e,partners:s},e.id))}),(0,I.jsx)(c,{labelledBy:`all-leads`,title:`All leads (${e.data.leads.totalCount})`,flush:!0,children:(0,I.jsxs)(`table`,{className:`table`,children:[(0,I.jsx)(`thead`,{children:(0,I.jsxs)(`tr`,{children:[(0,I.jsx)(`th`,{scope:`col`,children:`Company`}),(0,I.jsx)(`th`,{scope:`col`,children:`Country`}),(0,I.jsx)(`th`,{scope:`col`,children:`Value`}),(0,I.jsx)(`th`,{scope:`col`,children:`Status`}),(0,I.jsx)(`th`,{scope:`col`,children:`Partner`}),(0,I.jsx)(`th`,{scope:`col`,children:`Deadline`}),(0,I.jsx)(`th`,{scope:`col`,children:`Routing`})]})}),(0,I.jsx)(`tbody`,{children:r.map(e=>(0,I.jsxs)(`tr`,{children:[(0,I.jsx)(`td`,{children:e.company}),(0,I.jsx)(`td`,{children:a(e.country)}),(0,I.jsx)(`td`,{children:o(e.estimatedValue,e.currency)}),(0,I.jsx)(`td`,{children:(0,I.jsx)(d,{tone:L[e.status],children:w(e.status)})}),(0,I.jsx)(`td`,{children:e.partner?.name??`—`}),(0,I.jsx)(`td`,{children:e.offerDeadline?i(e.offerDeadline):`—`}),(0,I.jsx)(`td`,{children:(0,I.jsx)(g,{size:`sm`,onClick:()=>n(t===e.id?null:e.id),children:t===e.id?`Hide trace`:`Show trace`})})]},e.id))})]})}),r.filter(e=>e.id===t).map(e=>(0,I.jsx)(U,{lead:e},e.id))]})}function U({lead:e}){return(0,I.jsx)(c,{title:`Routing of ${e.company}`,children:(e.routings??[]).map(e=>(0,I.jsxs)(`div`,{className:`stack`,"data-testid":`routing-trace`,children:[(0,I.jsxs)(`p`,{children:[(0,I.jsx)(`strong`,{children:w(e.cause)}),` · `,i(e.createdAt),` · `,w(e.outcome),` — `,e.trace.reason]}),(0,I.jsx)(`ol`,{children:e.trace.rules.map(e=>(0,I.jsxs)(`li`,{children:[e.name,` (`,w(e.kind),`, `,e.required?`required`:`optional`,`): `,e.before,` → `,e.matched,`,`,` `,w(e.outcome)]},e.ruleId))}),e.trace.eligible.length>0&&(0,I.jsxs)(`p`,{children:[`Eligible:`,` `,e.trace.eligible.map(e=>`${e.partnerName} (weight ${e.weight}, ${e.openLeads} open)`).join(`; `)]})]},e.id))})}function W({lead:e,partners:t}){let[n,r]=(0,k.useState)(t[0]?.id??``),i=_(F);return(0,I.jsxs)(`div`,{className:`row`,children:[(0,I.jsxs)(`span`,{children:[e.company,` · `,a(e.country)]}),(0,I.jsx)(D,{label:`Partner`,value:n,onChange:e=>r(e.target.value),children:t.map(e=>(0,I.jsx)(`option`,{value:e.id,children:e.name},e.id))}),(0,I.jsx)(g,{variant:`primary`,loading:i.isPending,onClick:()=>i.mutate({input:{id:e.id,partnerId:n}}),children:`Offer`}),(0,I.jsx)(h,{error:i.error})]})}export{z as default};