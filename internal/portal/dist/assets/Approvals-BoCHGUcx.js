import{a as e,n as t,t as n}from"./jsx-runtime-Wy9s6hX0.js";import{t as r}from"./alarm-clock-DGADSMtJ.js";import{O as i,a,c as o,d as s,j as c,k as l,l as u,r as d,t as f}from"./usePageTitle-Bs6xz2Sx.js";import{M as p,T as m,U as h,_ as g,a as _,c as v,d as y,g as b,k as x,l as S,n as C,o as w,p as T,s as E,tt as D}from"./index-7dtgC4xt.js";import{t as O}from"./hourglass-DV0bQ8-8.js";import{t as k}from"./shield-exclamation-point-avcDlTCS.js";import{i as A,n as j,t as M}from"./DecisionPanel-D82fjE-r.js";import{c as N,f as P,i as F}from"./status-5deFrjnv.js";var I={name:`timer`,size:24,node:[[`line`,{x1:`10`,x2:`14`,y1:`2`,y2:`2`,key:`14vaq8`}],[`line`,{x1:`12`,x2:`15`,y1:`14`,y2:`11`,key:`17fdiu`}],[`circle`,{cx:`12`,cy:`14`,r:`8`,key:`1e1u0o`}]]};I.node;var L=l(I),R=e(t(),1),z=`
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
    `,B=n();function V(e){return e<1?`${Math.max(1,Math.round(e*60))} min`:e<48?`${e<10?e.toFixed(1).replace(/\.0$/,``):Math.round(e)} h`:`${(e/24).toFixed(1).replace(/\.0$/,``)} days`}var H=[30,90,365];function U(){let e=h(),t=P(),[n,r]=(0,R.useState)(90),i=C(z,{from:F(t,n),to:new Date(t+6e4).toISOString()},{keepPrevious:!0}),o=i.data?.dealDecisionStats??[];return(0,B.jsx)(w,{title:`Decision times per manager`,hint:`Registrations decided in the period: the median time from submission to decision, and the share decided by their due time.`,actions:(0,B.jsx)(`div`,{className:`segmented segmented-sm`,role:`group`,"aria-label":`Period`,children:H.map(e=>(0,B.jsx)(`button`,{type:`button`,"aria-pressed":n===e,onClick:()=>r(e),children:e===365?`12 months`:`${e} days`},e))}),flush:!0,children:i.isError?(0,B.jsx)(a,{error:i.error,onRetry:()=>void i.refetch()}):i.isPending?(0,B.jsx)(u,{rows:3,columns:4}):o.length===0?(0,B.jsx)(d,{icon:(0,B.jsx)(L,{size:22}),title:`No decisions in this period`}):(0,B.jsx)(`div`,{className:`table-wrap`,"aria-busy":i.isFetching,children:(0,B.jsxs)(`table`,{className:`table table-cards deal-table`,"aria-label":`Decision times per manager`,children:[(0,B.jsx)(`thead`,{children:(0,B.jsxs)(`tr`,{children:[(0,B.jsx)(`th`,{scope:`col`,children:`Manager`}),(0,B.jsx)(`th`,{scope:`col`,className:`num`,children:`Decided`}),(0,B.jsx)(`th`,{scope:`col`,className:`num`,children:`Median time to decision`}),(0,B.jsx)(`th`,{scope:`col`,children:`Within SLA`})]})}),(0,B.jsx)(`tbody`,{children:o.map((t,n)=>{let r=t.reviewer?.name??`Former team member`,i=t.withinSlaRate;return(0,B.jsxs)(`tr`,{children:[(0,B.jsx)(`td`,{children:(0,B.jsxs)(`div`,{className:`cell-person`,children:[(0,B.jsx)(_,{name:r,size:`sm`}),(0,B.jsxs)(`div`,{children:[(0,B.jsxs)(`div`,{className:`cell-title`,children:[r,t.reviewer?.id===e.id&&(0,B.jsx)(`span`,{className:`muted`,children:` (you)`})]}),t.reviewer&&(0,B.jsx)(`div`,{className:`cell-sub`,children:t.reviewer.email})]})]})}),(0,B.jsx)(`td`,{"data-label":`Decided`,className:`num`,children:T(t.decided)}),(0,B.jsx)(`td`,{"data-label":`Median`,className:`num`,children:V(t.medianHoursToDecision)}),(0,B.jsx)(`td`,{"data-label":`Within SLA`,children:(0,B.jsxs)(`div`,{className:`sla`,children:[(0,B.jsx)(`div`,{className:`meter`,"aria-hidden":`true`,children:(0,B.jsx)(`span`,{style:{width:`${i*100}%`},className:i<.8?`warn`:`ok`})}),(0,B.jsx)(`span`,{className:`nowrap`,children:x(i)})]})})]},t.reviewer?.id??n)})})]})})})}var W=`
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
}`;function G(e){let t=Math.round(Math.abs(e)/36e5);return t<1?`less than an hour`:t<48?t===1?`1 hour`:`${t} hours`:`${Math.round(t/24)} days`}function K({dueAt:e,overdue:t,now:n}){let r=new Date(e).getTime()-n;return t?(0,B.jsxs)(S,{tone:`danger`,dot:!0,children:[`Overdue by `,G(r)]}):(0,B.jsxs)(S,{tone:r<432e5?`warning`:`neutral`,children:[`Due in `,G(r)]})}function q({item:e,decided:t,onDecided:n,canDecide:r,now:a}){let o=e.deal,s=o.conflicts??[],l=`q-${o.id}`;return(0,B.jsxs)(`article`,{className:[`queue-item`,e.overdue&&!t?`is-overdue`:``,t?`is-decided`:``].join(` `),"aria-labelledby":l,"data-deal-id":o.id,children:[(0,B.jsxs)(`header`,{className:`queue-head`,children:[(0,B.jsxs)(`div`,{style:{minWidth:0},children:[(0,B.jsx)(`h2`,{id:l,className:`queue-title`,children:(0,B.jsx)(c,{to:`/deals/${o.id}`,children:o.title})}),(0,B.jsxs)(`div`,{className:`queue-meta`,children:[(0,B.jsx)(c,{to:`/partners/${o.partner.id}`,className:`strong-link`,children:o.partner.name}),(0,B.jsx)(y,{tier:o.partner.tier}),e.managedByViewer&&(0,B.jsx)(S,{tone:`brand`,children:`Your partner`}),(0,B.jsxs)(`span`,{className:`muted`,children:[`· `,o.customerName,` (`,o.customerDomain,`)`]})]})]}),(0,B.jsxs)(`div`,{className:`queue-due`,children:[!t&&(0,B.jsx)(K,{dueAt:e.decisionDueAt,overdue:e.overdue,now:a}),(0,B.jsxs)(`div`,{className:`muted small`,title:g(e.decisionDueAt),children:[`due `,g(e.decisionDueAt)]})]})]}),(0,B.jsxs)(`div`,{className:`queue-facts`,children:[(0,B.jsxs)(`div`,{children:[(0,B.jsx)(`span`,{className:`k`,children:`Value`}),(0,B.jsx)(`span`,{className:`v`,children:m(o.amount,o.currency)})]}),(0,B.jsxs)(`div`,{children:[(0,B.jsx)(`span`,{className:`k`,children:`Role`}),(0,B.jsx)(`span`,{className:`v`,children:N[o.source]})]}),(0,B.jsxs)(`div`,{children:[(0,B.jsx)(`span`,{className:`k`,children:`Expected close`}),(0,B.jsx)(`span`,{className:`v`,children:b(o.expectedCloseDate)})]}),(0,B.jsxs)(`div`,{children:[(0,B.jsx)(`span`,{className:`k`,children:`Registered`}),(0,B.jsxs)(`span`,{className:`v`,title:g(o.createdAt),children:[p(o.createdAt,a),` by `,o.registeredBy.name]})]})]}),s.length>0&&!t&&(0,B.jsx)(j,{deal:o,conflicts:s,compact:!0}),(0,B.jsx)(`footer`,{className:`queue-foot`,children:t?(0,B.jsxs)(`div`,{className:t.outcome===`APPROVED`?`decided ok`:`decided no`,role:`status`,children:[t.outcome===`APPROVED`?(0,B.jsx)(i,{size:18,"aria-hidden":`true`}):(0,B.jsx)(A,{size:18,"aria-hidden":`true`}),(0,B.jsx)(`span`,{children:t.outcome===`APPROVED`?(0,B.jsxs)(B.Fragment,{children:[(0,B.jsx)(`strong`,{children:`Approved`}),t.deal.protectionExpiresAt?` · protected until ${b(t.deal.protectionExpiresAt)}`:``,t.deal.coSell?` · co-sell`:``]}):(0,B.jsx)(`strong`,{children:`Rejected`})}),(0,B.jsx)(c,{to:`/deals/${o.id}`,className:`btn btn-sm btn-ghost`,children:`Open deal`})]}):(0,B.jsx)(M,{deal:o,canDecide:r,onDecided:n})})]})}function J(){f(`Approval queue`);let e=h(),t=C(W,{}),[n,c]=(0,R.useState)(`all`),[l,u]=(0,R.useState)(new Map),[p]=(0,R.useState)(()=>Date.now()),m=t.data?.dealApprovalQueue??[],g=new Set(m.map(e=>e.deal.id)),_=[...m,...[...l.values()].filter(e=>!g.has(e.item.deal.id)).map(e=>e.item)].sort((e,t)=>Number(t.managedByViewer)-Number(e.managedByViewer)||e.decisionDueAt.localeCompare(t.decisionDueAt)||e.deal.id.localeCompare(t.deal.id)),y=m.filter(e=>!l.has(e.deal.id)),b=y.filter(e=>e.overdue).length,x=y.filter(e=>!e.overdue&&new Date(e.decisionDueAt).getTime()-p<864e5).length,S=y.filter(e=>(e.deal.conflicts??[]).length>0).length,w=_.filter(e=>{if(l.has(e.deal.id))return!0;switch(n){case`overdue`:return e.overdue;case`conflicts`:return(e.deal.conflicts??[]).length>0;case`mine`:return e.managedByViewer;default:return!0}}),A=t=>e.role===`ADMIN`||t.deal.partner.manager?.id===e.id;return(0,B.jsxs)(B.Fragment,{children:[(0,B.jsx)(E,{title:`Approval queue`,subtitle:e.role===`CHANNEL_MANAGER`?`Registrations waiting for a decision: the partners you manage first, then the rest, each by due time.`:`Registrations waiting for a decision, the most urgent first.`,actions:(0,B.jsxs)(B.Fragment,{children:[(0,B.jsxs)(`a`,{className:`btn`,href:`#decision-stats`,children:[(0,B.jsx)(L,{size:15,"aria-hidden":`true`}),` Decision times`]}),(0,B.jsx)(s,{to:`/deals`,children:`All deals`})]})}),t.isError?(0,B.jsx)(`div`,{className:`card`,children:(0,B.jsx)(a,{error:t.error,onRetry:()=>void t.refetch()})}):t.isPending?(0,B.jsxs)(`div`,{className:`stack`,children:[(0,B.jsx)(`div`,{className:`grid grid-4`,children:[0,1,2,3].map(e=>(0,B.jsx)(o,{height:104},e))}),(0,B.jsx)(o,{height:220}),(0,B.jsx)(o,{height:220})]}):(0,B.jsxs)(`div`,{className:`stack`,children:[(0,B.jsxs)(`div`,{className:`grid grid-4`,children:[(0,B.jsx)(v,{label:`Waiting`,icon:(0,B.jsx)(O,{size:16}),value:T(y.length),foot:m.length>=100?`The 100 most urgent`:`Registrations to decide`}),(0,B.jsx)(v,{label:`Overdue`,icon:(0,B.jsx)(r,{size:16}),value:T(b),foot:`Past their decision time`}),(0,B.jsx)(v,{label:`Due within 24 hours`,icon:(0,B.jsx)(D,{size:16}),value:T(x),foot:`Decide these next`}),(0,B.jsx)(v,{label:`With conflicts`,icon:(0,B.jsx)(k,{size:16}),value:T(S),foot:`Need a closer look`})]}),(0,B.jsxs)(`div`,{className:`row`,style:{justifyContent:`space-between`},children:[(0,B.jsx)(`div`,{className:`segmented`,role:`group`,"aria-label":`Show`,children:[[`all`,`All`],[`overdue`,`Overdue`],[`conflicts`,`With conflicts`],...e.role===`CHANNEL_MANAGER`?[[`mine`,`My partners`]]:[]].map(([e,t])=>(0,B.jsx)(`button`,{type:`button`,"aria-pressed":n===e,onClick:()=>c(e),children:t},e))}),t.isFetching&&(0,B.jsx)(`span`,{className:`muted small`,children:`Updating…`})]}),w.length===0?(0,B.jsx)(`div`,{className:`card`,children:(0,B.jsx)(d,{icon:(0,B.jsx)(i,{size:22}),title:m.length===0?`Nothing waiting for a decision`:`Nothing matches this filter`,children:m.length===0?`New registrations appear here as partners submit them.`:`Try “All”.`})}):(0,B.jsx)(`div`,{className:`queue`,"aria-label":`Registrations waiting for a decision`,children:w.map(e=>(0,B.jsx)(q,{item:e,now:p,canDecide:A(e),decided:l.get(e.deal.id)?.decision,onDecided:t=>u(n=>new Map(n).set(e.deal.id,{item:e,decision:t}))},e.deal.id))}),(0,B.jsx)(`div`,{id:`decision-stats`,className:`anchor-target`,children:(0,B.jsx)(U,{})})]})]})}export{K as DueBadge,J as default};