import{a as e,n as t,t as n}from"./jsx-runtime-Wy9s6hX0.js";import{t as r}from"./alarm-clock-Csc1iQrO.js";import{B as i,O as a,_ as o,a as s,c,d as l,i as u,j as d,k as f,l as p,r as m,t as ee,u as h}from"./usePageTitle-BKnFumnN.js";import{L as g,M as _,T as v,U as y,_ as b,a as x,c as S,d as C,g as w,k as T,l as E,n as D,o as O,p as k,s as te,t as A,tt as ne,z as j}from"./index-CXpo69aL.js";import{t as re}from"./hourglass-CMc9QmIc.js";import{t as ie}from"./shield-exclamation-point-4jX5IAX2.js";import{a as M,i as N,n as P,t as F}from"./DecisionPanel-lLnbJ7Jb.js";import{t as ae}from"./Table-CNEeYWBH.js";import{c as I,f as L,i as R}from"./status-COKEPRme.js";import{t as z}from"./connection-mmDI86VZ.js";var B={name:`layout-list`,size:24,node:[[`rect`,{width:`7`,height:`7`,x:`3`,y:`3`,rx:`1`,key:`1g98yp`}],[`rect`,{width:`7`,height:`7`,x:`3`,y:`14`,rx:`1`,key:`1bb6yr`}],[`path`,{d:`M14 4h7`,key:`3xa0d5`}],[`path`,{d:`M14 9h7`,key:`1icrd9`}],[`path`,{d:`M14 15h7`,key:`1mj8o2`}],[`path`,{d:`M14 20h7`,key:`11slyb`}]]};B.node;var oe=f(B),V={name:`table-2`,size:24,node:[[`path`,{d:`M3 9h18`,key:`1pudct`}],[`path`,{d:`M9 3v18`,key:`fh3hqa`}],[`rect`,{x:`3`,y:`3`,width:`18`,height:`18`,rx:`2`,key:`h1oib`}]]};V.node;var se=f(V),H={name:`timer`,size:24,node:[[`line`,{x1:`10`,x2:`14`,y1:`2`,y2:`2`,key:`14vaq8`}],[`line`,{x1:`12`,x2:`15`,y1:`14`,y2:`11`,key:`17fdiu`}],[`circle`,{cx:`12`,cy:`14`,r:`8`,key:`1e1u0o`}]]};H.node;var U=f(H),W=e(t(),1),G=`
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
    `,K=n();function q(e){return e<1?`${Math.max(1,Math.round(e*60))} min`:e<48?`${e<10?e.toFixed(1).replace(/\.0$/,``):Math.round(e)} h`:`${(e/24).toFixed(1).replace(/\.0$/,``)} days`}var J=[30,90,365];function ce(){let e=y(),t=L(),[n,r]=(0,W.useState)(90),i=D(G,{from:R(t,n),to:new Date(t+6e4).toISOString()},{keepPrevious:!0}),a=i.data?.dealDecisionStats??[];return(0,K.jsx)(O,{title:`Decision times per manager`,hint:`Registrations decided in the period: the median time from submission to decision, and the share decided by their due time.`,actions:(0,K.jsx)(`div`,{className:`segmented segmented-sm`,role:`group`,"aria-label":`Period`,children:J.map(e=>(0,K.jsx)(`button`,{type:`button`,"aria-pressed":n===e,onClick:()=>r(e),children:e===365?`12 months`:`${e} days`},e))}),flush:!0,children:i.isError?(0,K.jsx)(s,{error:i.error,onRetry:()=>void i.refetch()}):i.isPending?(0,K.jsx)(p,{rows:3,columns:4}):a.length===0?(0,K.jsx)(m,{icon:(0,K.jsx)(U,{size:22}),title:`No decisions in this period`}):(0,K.jsx)(`div`,{className:`table-wrap`,"aria-busy":i.isFetching,children:(0,K.jsxs)(`table`,{className:`table table-cards deal-table`,"aria-label":`Decision times per manager`,children:[(0,K.jsx)(`thead`,{children:(0,K.jsxs)(`tr`,{children:[(0,K.jsx)(`th`,{scope:`col`,children:`Manager`}),(0,K.jsx)(`th`,{scope:`col`,className:`num`,children:`Decided`}),(0,K.jsx)(`th`,{scope:`col`,className:`num`,children:`Median time to decision`}),(0,K.jsx)(`th`,{scope:`col`,children:`Within SLA`})]})}),(0,K.jsx)(`tbody`,{children:a.map((t,n)=>{let r=t.reviewer?.name??`Former team member`,i=t.withinSlaRate;return(0,K.jsxs)(`tr`,{children:[(0,K.jsx)(`td`,{children:(0,K.jsxs)(`div`,{className:`cell-person`,children:[(0,K.jsx)(x,{name:r,size:`sm`}),(0,K.jsxs)(`div`,{children:[(0,K.jsxs)(`div`,{className:`cell-title`,children:[r,t.reviewer?.id===e.id&&(0,K.jsx)(`span`,{className:`muted`,children:` (you)`})]}),t.reviewer&&(0,K.jsx)(`div`,{className:`cell-sub`,children:t.reviewer.email})]})]})}),(0,K.jsx)(`td`,{"data-label":`Decided`,className:`num`,children:k(t.decided)}),(0,K.jsx)(`td`,{"data-label":`Median`,className:`num`,children:q(t.medianHoursToDecision)}),(0,K.jsx)(`td`,{"data-label":`Within SLA`,children:(0,K.jsxs)(`div`,{className:`sla`,children:[(0,K.jsx)(`div`,{className:`meter`,"aria-hidden":`true`,children:(0,K.jsx)(`span`,{style:{width:`${i*100}%`},className:i<.8?`warn`:`ok`})}),(0,K.jsx)(`span`,{className:`nowrap`,children:T(i)})]})})]},t.reviewer?.id??n)})})]})})})}var le=`
    query ApprovalQueue($first: Int, $after: Cursor, $last: Int, $before: Cursor, $where: DealApprovalQueueWhereInput) {
  dealApprovalQueue(
    first: $first
    after: $after
    last: $last
    before: $before
    where: $where
  ) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      node {
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
  }
  overdue: dealApprovalQueue(first: 0, where: {overdue: true}) {
    totalCount
  }
  conflicted: dealApprovalQueue(first: 0, where: {hasConflicts: true}) {
    totalCount
  }
  waiting: dealApprovalQueue(first: 0) {
    totalCount
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
}`,Y=`
    query QueuePartners {
  partners(first: 100, orderBy: {field: NAME, direction: ASC}) {
    edges {
      node {
        id
        name
      }
    }
  }
}
    `,ue=`
    mutation ApproveDeals($input: ApproveDealsInput!) {
  approveDeals(input: $input) {
    deals {
      id
      status
      protectionExpiresAt
    }
  }
}
    `,de=`
    mutation UndoDealDecision($input: UndoDealDecisionInput!) {
  undoDealDecision(input: $input) {
    deal {
      id
      status
    }
  }
}
    `,X=[[`all`,`All`],[`overdue`,`Overdue`],[`conflicts`,`With conflicts`],[`clean`,`Without conflicts`]],Z=[`USD`,`EUR`,`GBP`,`CAD`,`AUD`,`CHF`];function Q(e){if(!e)return null;let t=Number(e.replace(/[,\s]/g,``));return Number.isFinite(t)&&t>=0?Math.round(t*100):null}function fe(e){let t={},n=e.get(`show`);n===`overdue`&&(t.overdue=!0),n===`conflicts`&&(t.hasConflicts=!0),n===`clean`&&(t.hasConflicts=!1);let r=e.get(`partner`);r&&(t.partnerId=r);let i=e.get(`currency`);if(i){t.currency=i;let n=Q(e.get(`min`)),r=Q(e.get(`max`));n!=null&&(t.minAmount=n),r!=null&&(t.maxAmount=r)}return t}function pe({params:e,onChange:t}){let n=D(Y,{}),[r,i]=(0,W.useState)(e.get(`currency`)??``),[a,o]=(0,W.useState)(e.get(`min`)??``),[s,c]=(0,W.useState)(e.get(`max`)??``),l=e.get(`show`)??`all`;return(0,K.jsxs)(`div`,{className:`queue-filters`,children:[(0,K.jsx)(`div`,{className:`segmented`,role:`group`,"aria-label":`Show`,children:X.map(([e,n])=>(0,K.jsx)(`button`,{type:`button`,"aria-pressed":l===e,onClick:()=>t({show:e===`all`?null:e}),children:n},e))}),(0,K.jsxs)(g,{label:`Partner`,value:e.get(`partner`)??``,onChange:e=>t({partner:e.target.value||null}),children:[(0,K.jsx)(`option`,{value:``,children:`All partners`}),z(n.data?.partners).map(e=>(0,K.jsx)(`option`,{value:e.id,children:e.name},e.id))]}),(0,K.jsxs)(`form`,{className:`queue-value`,onSubmit:e=>{e.preventDefault(),t({currency:r||null,min:r&&a?a:null,max:r&&s?s:null})},"aria-label":`Value`,children:[(0,K.jsxs)(g,{label:`Currency`,value:r,onChange:e=>i(e.target.value),children:[(0,K.jsx)(`option`,{value:``,children:`Any`}),Z.map(e=>(0,K.jsx)(`option`,{children:e},e))]}),(0,K.jsx)(j,{label:`Value from`,inputMode:`decimal`,value:a,disabled:!r,onChange:e=>o(e.target.value),hint:r?void 0:`Pick a currency`}),(0,K.jsx)(j,{label:`Value to`,inputMode:`decimal`,value:s,disabled:!r,onChange:e=>c(e.target.value)}),(0,K.jsx)(h,{type:`submit`,size:`sm`,children:`Apply`})]})]})}function $(e){let t=Math.round(Math.abs(e)/36e5);return t<1?`less than an hour`:t<48?t===1?`1 hour`:`${t} hours`:`${Math.round(t/24)} days`}function me({dueAt:e,overdue:t,now:n}){let r=new Date(e).getTime()-n;return t?(0,K.jsxs)(E,{tone:`danger`,dot:!0,children:[`Overdue by `,$(r)]}):(0,K.jsxs)(E,{tone:r<432e5?`warning`:`neutral`,children:[`Due in `,$(r)]})}function he(e,t,n){if(n)return`Already decided`;if(!t)return`Only its channel manager or an admin decides it`;let r=(e.deal.conflicts??[]).length;return r>0?`Has ${r===1?`a conflict`:`${k(r)} conflicts`}: decide it on its own`:``}function ge({items:e,now:t,decided:n,selected:r,canDecide:i,onSelect:o}){let s=e.filter(e=>!he(e,i(e),n.has(e.deal.id))).map(e=>e.deal.id),c=s.length>0&&s.every(e=>r.has(e));return(0,K.jsx)(`div`,{className:`card table-wrap`,children:(0,K.jsxs)(`table`,{className:`table queue-table`,"aria-label":`Registrations waiting for a decision`,children:[(0,K.jsx)(`thead`,{children:(0,K.jsxs)(`tr`,{children:[(0,K.jsx)(`th`,{scope:`col`,className:`check`,children:(0,K.jsx)(`input`,{type:`checkbox`,"aria-label":`Choose every registration without conflicts on this page`,checked:c,disabled:s.length===0,onChange:e=>o(s,e.target.checked)})}),(0,K.jsx)(`th`,{scope:`col`,children:`Registration`}),(0,K.jsx)(`th`,{scope:`col`,children:`Partner`}),(0,K.jsx)(`th`,{scope:`col`,className:`num`,children:`Value`}),(0,K.jsx)(`th`,{scope:`col`,children:`Decision due`}),(0,K.jsx)(`th`,{scope:`col`,children:`Conflicts`})]})}),(0,K.jsx)(`tbody`,{children:e.map(e=>{let s=e.deal,c=n.get(s.id)?.decision,l=he(e,i(e),!!c),u=(s.conflicts??[]).length;return(0,K.jsxs)(`tr`,{"data-deal-id":s.id,className:c?`is-decided`:e.overdue?`is-overdue`:void 0,children:[(0,K.jsx)(`td`,{className:`check`,children:(0,K.jsx)(`input`,{type:`checkbox`,"aria-label":`Choose ${s.title} (${s.customerName})`,title:l||void 0,disabled:!!l,checked:!l&&r.has(s.id),onChange:e=>o([s.id],e.target.checked)})}),(0,K.jsxs)(`td`,{children:[(0,K.jsx)(d,{to:`/deals/${s.id}`,className:`strong-link`,children:s.title}),(0,K.jsxs)(`div`,{className:`muted small`,children:[s.customerName,` · `,s.customerDomain]})]}),(0,K.jsxs)(`td`,{children:[(0,K.jsx)(d,{to:`/partners/${s.partner.id}`,children:s.partner.name}),e.managedByViewer&&(0,K.jsxs)(K.Fragment,{children:[` `,(0,K.jsx)(E,{tone:`brand`,children:`Yours`})]})]}),(0,K.jsx)(`td`,{className:`num`,children:v(s.amount,s.currency)}),(0,K.jsx)(`td`,{title:b(e.decisionDueAt),children:c?(0,K.jsxs)(`span`,{className:c.outcome===`APPROVED`?`decided ok`:`decided no`,children:[c.outcome===`APPROVED`?(0,K.jsx)(a,{size:15,"aria-hidden":`true`}):(0,K.jsx)(M,{size:15,"aria-hidden":`true`}),` `,c.outcome===`APPROVED`?`Approved`:`Rejected`]}):(0,K.jsx)(me,{dueAt:e.decisionDueAt,overdue:e.overdue,now:t})}),(0,K.jsx)(`td`,{children:u>0?(0,K.jsx)(E,{tone:`warning`,children:u===1?`1 conflict`:`${k(u)} conflicts`}):(0,K.jsx)(`span`,{className:`muted`,children:`None`})})]},s.id)})})]})})}function _e({offer:e,onClose:t,now:n=Date.now}){let[r,i]=(0,W.useState)(0),[o,s]=(0,W.useState)(!1),[c,l]=(0,W.useState)(``);return(0,W.useEffect)(()=>{if(s(!1),l(``),!e)return;let r=()=>{let r=Math.floor(60-(n()-e.at)/1e3);i(r),r<=0&&t()};r();let a=setInterval(r,1e3);return()=>clearInterval(a)},[e,t,n]),!e||r<=0?null:(0,K.jsx)(`div`,{className:`toasts`,role:`status`,"aria-live":`polite`,"data-testid":`undo-toast`,children:(0,K.jsxs)(`div`,{className:`toast toast-undo`,children:[(0,K.jsx)(a,{size:18,"aria-hidden":`true`}),(0,K.jsxs)(`span`,{style:{flex:1},children:[c||e.message,!c&&(0,K.jsxs)(`span`,{className:`toast-countdown`,children:[` · undo for `,r,` s`]})]}),!c&&(0,K.jsxs)(`button`,{type:`button`,className:`btn btn-sm`,disabled:o,onClick:()=>{s(!0),e.onUndo().then(t,e=>{s(!1),l(e instanceof Error?e.message:`The decision could not be undone.`)})},children:[(0,K.jsx)(N,{size:14,"aria-hidden":`true`}),` Undo`]})]})})}var ve=20;function ye({item:e,decided:t,onDecided:n,canDecide:r,now:i}){let o=e.deal,s=o.conflicts??[],c=`q-${o.id}`;return(0,K.jsxs)(`article`,{className:[`queue-item`,e.overdue&&!t?`is-overdue`:``,t?`is-decided`:``].join(` `),"aria-labelledby":c,"data-deal-id":o.id,children:[(0,K.jsxs)(`header`,{className:`queue-head`,children:[(0,K.jsxs)(`div`,{style:{minWidth:0},children:[(0,K.jsx)(`h2`,{id:c,className:`queue-title`,children:(0,K.jsx)(d,{to:`/deals/${o.id}`,children:o.title})}),(0,K.jsxs)(`div`,{className:`queue-meta`,children:[(0,K.jsx)(d,{to:`/partners/${o.partner.id}`,className:`strong-link`,children:o.partner.name}),(0,K.jsx)(C,{tier:o.partner.tier}),e.managedByViewer&&(0,K.jsx)(E,{tone:`brand`,children:`Your partner`}),(0,K.jsxs)(`span`,{className:`muted`,children:[`· `,o.customerName,` (`,o.customerDomain,`)`]})]})]}),(0,K.jsxs)(`div`,{className:`queue-due`,children:[!t&&(0,K.jsx)(me,{dueAt:e.decisionDueAt,overdue:e.overdue,now:i}),(0,K.jsxs)(`div`,{className:`muted small`,title:b(e.decisionDueAt),children:[`due `,b(e.decisionDueAt)]})]})]}),(0,K.jsxs)(`div`,{className:`queue-facts`,children:[(0,K.jsxs)(`div`,{children:[(0,K.jsx)(`span`,{className:`k`,children:`Value`}),(0,K.jsx)(`span`,{className:`v`,children:v(o.amount,o.currency)})]}),(0,K.jsxs)(`div`,{children:[(0,K.jsx)(`span`,{className:`k`,children:`Role`}),(0,K.jsx)(`span`,{className:`v`,children:I[o.source]})]}),(0,K.jsxs)(`div`,{children:[(0,K.jsx)(`span`,{className:`k`,children:`Expected close`}),(0,K.jsx)(`span`,{className:`v`,children:w(o.expectedCloseDate)})]}),(0,K.jsxs)(`div`,{children:[(0,K.jsx)(`span`,{className:`k`,children:`Registered`}),(0,K.jsxs)(`span`,{className:`v`,title:b(o.createdAt),children:[_(o.createdAt,i),` by `,o.registeredBy.name]})]})]}),s.length>0&&!t&&(0,K.jsx)(P,{deal:o,conflicts:s,compact:!0}),(0,K.jsx)(`footer`,{className:`queue-foot`,children:t?(0,K.jsxs)(`div`,{className:t.outcome===`APPROVED`?`decided ok`:`decided no`,role:`status`,children:[t.outcome===`APPROVED`?(0,K.jsx)(a,{size:18,"aria-hidden":`true`}):(0,K.jsx)(M,{size:18,"aria-hidden":`true`}),(0,K.jsx)(`span`,{children:t.outcome===`APPROVED`?(0,K.jsxs)(K.Fragment,{children:[(0,K.jsx)(`strong`,{children:`Approved`}),t.deal.protectionExpiresAt?` · protected until ${w(t.deal.protectionExpiresAt)}`:``,t.deal.coSell?` · co-sell`:``]}):(0,K.jsx)(`strong`,{children:`Rejected`})}),(0,K.jsx)(d,{to:`/deals/${o.id}`,className:`btn btn-sm btn-ghost`,children:`Open deal`})]}):(0,K.jsx)(F,{deal:o,canDecide:r,onDecided:n})})]})}function be(){ee(`Approval queue`);let e=y(),[t,n]=i(),d=t.get(`view`)===`table`,f=[`show`,`partner`,`currency`,`min`,`max`].map(e=>t.get(e)??``).join(`|`),[p,g]=(0,W.useState)({key:f,at:{},index:0}),_=p.key===f?p.at:{},v=p.key===f?p.index:0,b=fe(t),x=_.before?{last:20,before:_.before,where:b}:{first:20,after:_.after,where:b},C=D(le,x,{keepPrevious:!0}),[w,T]=(0,W.useState)(new Map),[E,O]=(0,W.useState)(new Set),[j,M]=(0,W.useState)(null),[N,P]=(0,W.useState)(null),[F]=(0,W.useState)(()=>Date.now()),I=A(ue),L=A(de),R=(0,W.useCallback)(()=>M(null),[]),z=e=>{let r=new URLSearchParams(t);for(let[t,n]of Object.entries(e))n?r.set(t,n):r.delete(t);n(r,{replace:!0})},B=C.data?.dealApprovalQueue,V=(B?.edges??[]).map(e=>e.node),H=new Set(V.map(e=>e.deal.id)),G=[...V,...[...w.values()].filter(e=>!H.has(e.item.deal.id)&&e.item.decisionDueAt>=(V[0]?.decisionDueAt??``)&&e.item.decisionDueAt<=(V[V.length-1]?.decisionDueAt??`￿`)).map(e=>e.item)].sort((e,t)=>Number(t.managedByViewer)-Number(e.managedByViewer)||e.decisionDueAt.localeCompare(t.decisionDueAt)||e.deal.id.localeCompare(t.deal.id)),q=V.filter(e=>!w.has(e.deal.id)).filter(e=>!e.overdue&&new Date(e.decisionDueAt).getTime()-F<864e5).length,J=t=>e.role===`ADMIN`||t.deal.partner.manager?.id===e.id,Y=f!==`||||`,X=(e,t)=>{M({key:Date.now(),at:Date.now(),message:t,onUndo:async()=>{for(let t of e)await L.mutateAsync({input:{id:t.deal.id}});T(t=>{let n=new Map(t);return e.forEach(e=>n.delete(e.deal.id)),n})}})},Z=(e,t)=>{T(n=>new Map(n).set(e.deal.id,{item:e,decision:t})),X([e],`${t.outcome===`APPROVED`?`Approved`:`Rejected`} “${e.deal.title}”`)},Q=G.filter(e=>E.has(e.deal.id)&&!w.has(e.deal.id)),$=async()=>{P(null);try{let e=await I.mutateAsync({input:{ids:Q.map(e=>e.deal.id)}}),t=new Map(e.approveDeals.deals.map(e=>[e.id,e]));T(e=>{let n=new Map(e);for(let e of Q){let r=t.get(e.deal.id);r&&n.set(e.deal.id,{item:e,decision:{outcome:`APPROVED`,deal:{...r,coSell:!1,decidedAt:new Date().toISOString()}}})}return n}),O(new Set),X(Q,Q.length===1?`Approved “${Q[0].deal.title}”`:`Approved ${k(Q.length)} registrations`)}catch(e){P(e instanceof o||e instanceof Error?e:Error(String(e)))}};return(0,K.jsxs)(K.Fragment,{children:[(0,K.jsx)(te,{title:`Approval queue`,subtitle:e.role===`CHANNEL_MANAGER`?`Registrations waiting for a decision: the partners you manage first, then the rest, each by due time.`:`Registrations waiting for a decision, the most urgent first.`,actions:(0,K.jsxs)(K.Fragment,{children:[(0,K.jsxs)(`div`,{className:`segmented`,role:`group`,"aria-label":`View`,children:[(0,K.jsxs)(`button`,{type:`button`,"aria-pressed":!d,onClick:()=>z({view:null}),children:[(0,K.jsx)(oe,{size:15,"aria-hidden":`true`}),` Cards`]}),(0,K.jsxs)(`button`,{type:`button`,"aria-pressed":d,onClick:()=>z({view:`table`}),children:[(0,K.jsx)(se,{size:15,"aria-hidden":`true`}),` Table`]})]}),(0,K.jsxs)(`a`,{className:`btn`,href:`#decision-stats`,children:[(0,K.jsx)(U,{size:15,"aria-hidden":`true`}),` Decision times`]}),(0,K.jsx)(l,{to:`/deals`,children:`All deals`})]})}),C.isError?(0,K.jsx)(`div`,{className:`card`,children:(0,K.jsx)(s,{error:C.error,onRetry:()=>void C.refetch()})}):C.isPending?(0,K.jsxs)(`div`,{className:`stack`,children:[(0,K.jsx)(`div`,{className:`grid grid-4`,children:[0,1,2,3].map(e=>(0,K.jsx)(c,{height:104},e))}),(0,K.jsx)(c,{height:220}),(0,K.jsx)(c,{height:220})]}):(0,K.jsxs)(`div`,{className:`stack`,children:[(0,K.jsxs)(`div`,{className:`grid grid-4`,children:[(0,K.jsx)(S,{label:`Waiting`,icon:(0,K.jsx)(re,{size:16}),value:k(C.data.waiting.totalCount),foot:`Registrations to decide`}),(0,K.jsx)(S,{label:`Overdue`,icon:(0,K.jsx)(r,{size:16}),value:k(C.data.overdue.totalCount),foot:`Past their decision time`}),(0,K.jsx)(S,{label:`Due within 24 hours`,icon:(0,K.jsx)(ne,{size:16}),value:k(q),foot:`On this page; decide these next`}),(0,K.jsx)(S,{label:`With conflicts`,icon:(0,K.jsx)(ie,{size:16}),value:k(C.data.conflicted.totalCount),foot:`Need a closer look`})]}),(0,K.jsx)(pe,{params:t,onChange:z},f),(0,K.jsxs)(`div`,{className:`row`,style:{justifyContent:`space-between`},children:[(0,K.jsxs)(`span`,{className:`muted small`,"aria-live":`polite`,children:[Y?`${k(B?.totalCount??0)} match the filters`:`${k(B?.totalCount??0)} waiting`,C.isFetching&&` · Updating…`]}),d&&(0,K.jsxs)(h,{variant:`primary`,size:`sm`,disabled:Q.length===0,loading:I.isPending,onClick:()=>void $(),children:[(0,K.jsx)(a,{size:15,"aria-hidden":`true`}),` Approve `,k(Q.length),` without conflicts`]})]}),N!=null&&(0,K.jsx)(u,{error:N}),G.length===0?(0,K.jsx)(`div`,{className:`card`,children:(0,K.jsx)(m,{icon:(0,K.jsx)(a,{size:22}),title:Y?`Nothing matches these filters`:`Nothing waiting for a decision`,children:Y?`Try “All”, or another partner or value.`:`New registrations appear here as partners submit them.`})}):d?(0,K.jsx)(ge,{items:G,now:F,decided:w,selected:E,canDecide:J,onSelect:(e,t)=>O(n=>{let r=new Set(n);return e.forEach(e=>t?r.add(e):r.delete(e)),r})}):(0,K.jsx)(`div`,{className:`queue`,"aria-label":`Registrations waiting for a decision`,children:G.map(e=>(0,K.jsx)(ye,{item:e,now:F,canDecide:J(e),decided:w.get(e.deal.id)?.decision,onDecided:t=>Z(e,t)},e.deal.id))}),B&&(B.pageInfo.hasNextPage||B.pageInfo.hasPreviousPage||v>0)&&(0,K.jsx)(ae,{from:v*20+1,to:v*20+V.length,total:B.totalCount,hasPrevious:v>0,hasNext:B.pageInfo.hasNextPage||!!_.before,busy:C.isFetching,noun:`registrations`,onPrevious:()=>g({key:f,at:v<=1?{}:{before:B.pageInfo.startCursor??void 0},index:v-1}),onNext:()=>g({key:f,at:{after:B.pageInfo.endCursor??void 0},index:v+1})}),(0,K.jsx)(`div`,{id:`decision-stats`,className:`anchor-target`,children:(0,K.jsx)(ce,{})})]}),(0,K.jsx)(_e,{offer:j,onClose:R},j?.key)]})}export{ve as QUEUE_PAGE,be as default};