import{a as e,n as t,t as n}from"./jsx-runtime-Wy9s6hX0.js";import{t as r}from"./alarm-clock-DsbDypnT.js";import{E as i,F as a,I as o,J as s,M as c,S as l,Tt as u,W as d,Z as f,_ as p,_t as m,a as h,b as g,c as _,f as v,g as y,gt as b,h as x,p as S,r as C,u as w,v as T,y as E}from"./index-BtfVeBhV.js";import{t as D}from"./hourglass-Bp_cr7K0.js";import{t as O}from"./shield-exclamation-point-Aq4IS7kL.js";import{t as k}from"./createLucideIcon-DGfbxOj1.js";import{i as A,n as j,t as M}from"./DecisionPanel-Bg8ePNGO.js";import{c as N,f as P,i as F}from"./status-DHzWpM1n.js";var I={name:`timer`,size:24,node:[[`line`,{x1:`10`,x2:`14`,y1:`2`,y2:`2`,key:`14vaq8`}],[`line`,{x1:`12`,x2:`15`,y1:`14`,y2:`11`,key:`17fdiu`}],[`circle`,{cx:`12`,cy:`14`,r:`8`,key:`1e1u0o`}]]};I.node;var L=k(I),R=e(t(),1),z=`
    query DealDecisionStats($from: Time!, $to: Time!) {
  dealDecisionStats(from: $from, to: $to) {
    decided
    medianHoursToDecision
    withinSlaRate
    reviewer {
      id
      name
      email
    }
  }
}
    `,B=n();function V(e){return e<1?`${Math.max(1,Math.round(e*60))} min`:e<48?`${e<10?e.toFixed(1).replace(/\.0$/,``):Math.round(e)} h`:`${(e/24).toFixed(1).replace(/\.0$/,``)} days`}var H=[30,90,365];function U(){let e=i(),t=P(),[n,r]=(0,R.useState)(90),a=C(z,{from:F(t,n),to:new Date(t+6e4).toISOString()},{keepPrevious:!0}),o=a.data?.dealDecisionStats??[];return(0,B.jsx)(p,{title:`Decision times per manager`,hint:`Registrations decided in the period: the median time from submission to decision, and the share decided by their due time.`,actions:(0,B.jsx)(`div`,{className:`segmented segmented-sm`,role:`group`,"aria-label":`Period`,children:H.map(e=>(0,B.jsx)(`button`,{type:`button`,"aria-pressed":n===e,onClick:()=>r(e),children:e===365?`12 months`:`${e} days`},e))}),flush:!0,children:a.isError?(0,B.jsx)(w,{error:a.error,onRetry:()=>void a.refetch()}):a.isPending?(0,B.jsx)(S,{rows:3,columns:4}):o.length===0?(0,B.jsx)(_,{icon:(0,B.jsx)(L,{size:22}),title:`No decisions in this period`}):(0,B.jsx)(`div`,{className:`table-wrap`,"aria-busy":a.isFetching,children:(0,B.jsxs)(`table`,{className:`table table-cards deal-table`,"aria-label":`Decision times per manager`,children:[(0,B.jsx)(`thead`,{children:(0,B.jsxs)(`tr`,{children:[(0,B.jsx)(`th`,{scope:`col`,children:`Manager`}),(0,B.jsx)(`th`,{scope:`col`,className:`num`,children:`Decided`}),(0,B.jsx)(`th`,{scope:`col`,className:`num`,children:`Median time to decision`}),(0,B.jsx)(`th`,{scope:`col`,children:`Within SLA`})]})}),(0,B.jsx)(`tbody`,{children:o.map((t,n)=>{let r=t.reviewer?.name??`Former team member`,i=t.withinSlaRate;return(0,B.jsxs)(`tr`,{children:[(0,B.jsx)(`td`,{children:(0,B.jsxs)(`div`,{className:`cell-person`,children:[(0,B.jsx)(y,{name:r,size:`sm`}),(0,B.jsxs)(`div`,{children:[(0,B.jsxs)(`div`,{className:`cell-title`,children:[r,t.reviewer?.id===e.id&&(0,B.jsx)(`span`,{className:`muted`,children:` (you)`})]}),t.reviewer&&(0,B.jsx)(`div`,{className:`cell-sub`,children:t.reviewer.email})]})]})}),(0,B.jsx)(`td`,{"data-label":`Decided`,className:`num`,children:c(t.decided)}),(0,B.jsx)(`td`,{"data-label":`Median`,className:`num`,children:V(t.medianHoursToDecision)}),(0,B.jsx)(`td`,{"data-label":`Within SLA`,children:(0,B.jsxs)(`div`,{className:`sla`,children:[(0,B.jsx)(`div`,{className:`meter`,"aria-hidden":`true`,children:(0,B.jsx)(`span`,{style:{width:`${i*100}%`},className:i<.8?`warn`:`ok`})}),(0,B.jsx)(`span`,{className:`nowrap`,children:s(i)})]})})]},t.reviewer?.id??n)})})]})})})}var W=`
    query ApprovalQueue {
  dealApprovalQueue(first: 100) {
    decisionDueAt
    overdue
    managedByViewer
    deal {
      id
      title
      customerName
      customerDomain
      contactEmail
      amount
      currency
      source
      createdAt
      expectedCloseDate
      partner {
        id
        name
        tier {
          id
          name
          rank
        }
        manager {
          id
          name
        }
      }
      registeredBy {
        id
        name
      }
      conflicts {
        ...QueueConflictFields
      }
    }
  }
}
    fragment QueueConflictFields on DealConflict {
  id
  kind
  score
  blocking
  reason
  detail
  conflictingPartner {
    name
  }
  conflictingDeal {
    id
    title
    status
    amount
    currency
    createdAt
  }
  matchedAccount {
    name
    domain
    ownerKind
    directOwner {
      id
      name
    }
  }
}`;function G(e){let t=Math.round(Math.abs(e)/36e5);return t<1?`less than an hour`:t<48?t===1?`1 hour`:`${t} hours`:`${Math.round(t/24)} days`}function K({dueAt:e,overdue:t,now:n}){let r=new Date(e).getTime()-n;return t?(0,B.jsxs)(g,{tone:`danger`,dot:!0,children:[`Overdue by `,G(r)]}):(0,B.jsxs)(g,{tone:r<432e5?`warning`:`neutral`,children:[`Due in `,G(r)]})}function q({item:e,decided:t,onDecided:n,canDecide:r,now:i}){let s=e.deal,c=s.conflicts??[],p=`q-${s.id}`;return(0,B.jsxs)(`article`,{className:[`queue-item`,e.overdue&&!t?`is-overdue`:``,t?`is-decided`:``].join(` `),"aria-labelledby":p,"data-deal-id":s.id,children:[(0,B.jsxs)(`header`,{className:`queue-head`,children:[(0,B.jsxs)(`div`,{style:{minWidth:0},children:[(0,B.jsx)(`h2`,{id:p,className:`queue-title`,children:(0,B.jsx)(u,{to:`/deals/${s.id}`,children:s.title})}),(0,B.jsxs)(`div`,{className:`queue-meta`,children:[(0,B.jsx)(u,{to:`/partners/${s.partner.id}`,className:`strong-link`,children:s.partner.name}),(0,B.jsx)(l,{tier:s.partner.tier}),e.managedByViewer&&(0,B.jsx)(g,{tone:`brand`,children:`Your partner`}),(0,B.jsxs)(`span`,{className:`muted`,children:[`· `,s.customerName,` (`,s.customerDomain,`)`]})]})]}),(0,B.jsxs)(`div`,{className:`queue-due`,children:[!t&&(0,B.jsx)(K,{dueAt:e.decisionDueAt,overdue:e.overdue,now:i}),(0,B.jsxs)(`div`,{className:`muted small`,title:o(e.decisionDueAt),children:[`due `,o(e.decisionDueAt)]})]})]}),(0,B.jsxs)(`div`,{className:`queue-facts`,children:[(0,B.jsxs)(`div`,{children:[(0,B.jsx)(`span`,{className:`k`,children:`Value`}),(0,B.jsx)(`span`,{className:`v`,children:d(s.amount,s.currency)})]}),(0,B.jsxs)(`div`,{children:[(0,B.jsx)(`span`,{className:`k`,children:`Role`}),(0,B.jsx)(`span`,{className:`v`,children:N[s.source]})]}),(0,B.jsxs)(`div`,{children:[(0,B.jsx)(`span`,{className:`k`,children:`Expected close`}),(0,B.jsx)(`span`,{className:`v`,children:a(s.expectedCloseDate)})]}),(0,B.jsxs)(`div`,{children:[(0,B.jsx)(`span`,{className:`k`,children:`Registered`}),(0,B.jsxs)(`span`,{className:`v`,title:o(s.createdAt),children:[f(s.createdAt,i),` by `,s.registeredBy.name]})]})]}),c.length>0&&!t&&(0,B.jsx)(j,{deal:s,conflicts:c,compact:!0}),(0,B.jsx)(`footer`,{className:`queue-foot`,children:t?(0,B.jsxs)(`div`,{className:t.outcome===`APPROVED`?`decided ok`:`decided no`,role:`status`,children:[t.outcome===`APPROVED`?(0,B.jsx)(m,{size:18,"aria-hidden":`true`}):(0,B.jsx)(A,{size:18,"aria-hidden":`true`}),(0,B.jsx)(`span`,{children:t.outcome===`APPROVED`?(0,B.jsxs)(B.Fragment,{children:[(0,B.jsx)(`strong`,{children:`Approved`}),t.deal.protectionExpiresAt?` · protected until ${a(t.deal.protectionExpiresAt)}`:``,t.deal.coSell?` · co-sell`:``]}):(0,B.jsx)(`strong`,{children:`Rejected`})}),(0,B.jsx)(u,{to:`/deals/${s.id}`,className:`btn btn-sm btn-ghost`,children:`Open deal`})]}):(0,B.jsx)(M,{deal:s,canDecide:r,onDecided:n})})]})}function J(){h(`Approval queue`);let e=i(),t=C(W,{}),[n,a]=(0,R.useState)(`all`),[o,s]=(0,R.useState)(new Map),[l]=(0,R.useState)(()=>Date.now()),u=t.data?.dealApprovalQueue??[],d=new Set(u.map(e=>e.deal.id)),f=[...u,...[...o.values()].filter(e=>!d.has(e.item.deal.id)).map(e=>e.item)].sort((e,t)=>Number(t.managedByViewer)-Number(e.managedByViewer)||e.decisionDueAt.localeCompare(t.decisionDueAt)||e.deal.id.localeCompare(t.deal.id)),p=u.filter(e=>!o.has(e.deal.id)),g=p.filter(e=>e.overdue).length,y=p.filter(e=>!e.overdue&&new Date(e.decisionDueAt).getTime()-l<864e5).length,S=p.filter(e=>(e.deal.conflicts??[]).length>0).length,k=f.filter(e=>{if(o.has(e.deal.id))return!0;switch(n){case`overdue`:return e.overdue;case`conflicts`:return(e.deal.conflicts??[]).length>0;case`mine`:return e.managedByViewer;default:return!0}}),A=t=>e.role===`ADMIN`||t.deal.partner.manager?.id===e.id;return(0,B.jsxs)(B.Fragment,{children:[(0,B.jsx)(T,{title:`Approval queue`,subtitle:e.role===`CHANNEL_MANAGER`?`Registrations waiting for a decision: the partners you manage first, then the rest, each by due time.`:`Registrations waiting for a decision, the most urgent first.`,actions:(0,B.jsxs)(B.Fragment,{children:[(0,B.jsxs)(`a`,{className:`btn`,href:`#decision-stats`,children:[(0,B.jsx)(L,{size:15,"aria-hidden":`true`}),` Decision times`]}),(0,B.jsx)(x,{to:`/deals`,children:`All deals`})]})}),t.isError?(0,B.jsx)(`div`,{className:`card`,children:(0,B.jsx)(w,{error:t.error,onRetry:()=>void t.refetch()})}):t.isPending?(0,B.jsxs)(`div`,{className:`stack`,children:[(0,B.jsx)(`div`,{className:`grid grid-4`,children:[0,1,2,3].map(e=>(0,B.jsx)(v,{height:104},e))}),(0,B.jsx)(v,{height:220}),(0,B.jsx)(v,{height:220})]}):(0,B.jsxs)(`div`,{className:`stack`,children:[(0,B.jsxs)(`div`,{className:`grid grid-4`,children:[(0,B.jsx)(E,{label:`Waiting`,icon:(0,B.jsx)(D,{size:16}),value:c(p.length),foot:u.length>=100?`The 100 most urgent`:`Registrations to decide`}),(0,B.jsx)(E,{label:`Overdue`,icon:(0,B.jsx)(r,{size:16}),value:c(g),foot:`Past their decision time`}),(0,B.jsx)(E,{label:`Due within 24 hours`,icon:(0,B.jsx)(b,{size:16}),value:c(y),foot:`Decide these next`}),(0,B.jsx)(E,{label:`With conflicts`,icon:(0,B.jsx)(O,{size:16}),value:c(S),foot:`Need a closer look`})]}),(0,B.jsxs)(`div`,{className:`row`,style:{justifyContent:`space-between`},children:[(0,B.jsx)(`div`,{className:`segmented`,role:`group`,"aria-label":`Show`,children:[[`all`,`All`],[`overdue`,`Overdue`],[`conflicts`,`With conflicts`],...e.role===`CHANNEL_MANAGER`?[[`mine`,`My partners`]]:[]].map(([e,t])=>(0,B.jsx)(`button`,{type:`button`,"aria-pressed":n===e,onClick:()=>a(e),children:t},e))}),t.isFetching&&(0,B.jsx)(`span`,{className:`muted small`,children:`Updating…`})]}),k.length===0?(0,B.jsx)(`div`,{className:`card`,children:(0,B.jsx)(_,{icon:(0,B.jsx)(m,{size:22}),title:u.length===0?`Nothing waiting for a decision`:`Nothing matches this filter`,children:u.length===0?`New registrations appear here as partners submit them.`:`Try “All”.`})}):(0,B.jsx)(`div`,{className:`queue`,"aria-label":`Registrations waiting for a decision`,children:k.map(e=>(0,B.jsx)(q,{item:e,now:l,canDecide:A(e),decided:o.get(e.deal.id)?.decision,onDecided:t=>s(n=>new Map(n).set(e.deal.id,{item:e,decision:t}))},e.deal.id))}),(0,B.jsx)(`div`,{id:`decision-stats`,className:`anchor-target`,children:(0,B.jsx)(U,{})})]})]})}export{K as DueBadge,J as default};