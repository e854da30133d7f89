import{a as e,n as t,t as n}from"./jsx-runtime-Wy9s6hX0.js";import{t as r}from"./alarm-clock-D4UYdbwX.js";import{K as i,U as a,W as o,a as s,c,d as l,i as u,l as d,r as f,t as ee,tt as te,u as p,v as ne}from"./usePageTitle-atKqKR4V.js";import{L as m,M as h,T as g,U as _,_ as v,a as re,d as y,f as b,g as x,i as S,it as ie,k as C,l as w,o as T,p as E,r as D,s as O,z as k}from"./index-D7DUstJB.js";import{t as ae}from"./hourglass-cUPScyya.js";import{t as oe}from"./shield-exclamation-point-CSwQK4xe.js";import{a as A,i as j,n as M,t as N}from"./DecisionPanel-B7TYXpUE.js";import{n as P,t as se}from"./ExportButton-B8iJRjdD.js";import{t as ce}from"./Table-urS6XuIN.js";import{c as F,f as I,i as L}from"./status-Cvs0A2qn.js";import{t as R}from"./connection-mmDI86VZ.js";var z={name:`layout-list`,size:24,node:[[`rect`,{width:`7`,height:`7`,x:`3`,y:`3`,rx:`1`,key:`1g98yp`}],[`rect`,{width:`7`,height:`7`,x:`3`,y:`14`,rx:`1`,key:`1bb6yr`}],[`path`,{d:`M14 4h7`,key:`3xa0d5`}],[`path`,{d:`M14 9h7`,key:`1icrd9`}],[`path`,{d:`M14 15h7`,key:`1mj8o2`}],[`path`,{d:`M14 20h7`,key:`11slyb`}]]};z.node;var le=o(z),B={name:`table-2`,size:24,node:[[`path`,{d:`M3 9h18`,key:`1pudct`}],[`path`,{d:`M9 3v18`,key:`fh3hqa`}],[`rect`,{x:`3`,y:`3`,width:`18`,height:`18`,rx:`2`,key:`h1oib`}]]};B.node;var ue=o(B),V={name:`timer`,size:24,node:[[`line`,{x1:`10`,x2:`14`,y1:`2`,y2:`2`,key:`14vaq8`}],[`line`,{x1:`12`,x2:`15`,y1:`14`,y2:`11`,key:`17fdiu`}],[`circle`,{cx:`12`,cy:`14`,r:`8`,key:`1e1u0o`}]]};V.node;var H=o(V),U=e(t(),1),W=`
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
    `,G=n();function K(e){return e<1?`${Math.max(1,Math.round(e*60))} min`:e<48?`${e<10?e.toFixed(1).replace(/\.0$/,``):Math.round(e)} h`:`${(e/24).toFixed(1).replace(/\.0$/,``)} days`}var q=[30,90,365];function de(){let e=_(),t=I(),[n,r]=(0,U.useState)(90),i=b(W,{from:L(t,n),to:new Date(t+6e4).toISOString()},{keepPrevious:!0}),a=i.data?.dealDecisionStats??[];return(0,G.jsx)(S,{title:`Decision times per manager`,hint:`Registrations decided in the period: the median time from submission to decision, and the share decided by their due time.`,actions:(0,G.jsx)(`div`,{className:`segmented segmented-sm`,role:`group`,"aria-label":`Period`,children:q.map(e=>(0,G.jsx)(`button`,{type:`button`,"aria-pressed":n===e,onClick:()=>r(e),children:e===365?`12 months`:`${e} days`},e))}),flush:!0,children:i.isError?(0,G.jsx)(s,{error:i.error,onRetry:()=>void i.refetch()}):i.isPending?(0,G.jsx)(d,{rows:3,columns:4}):a.length===0?(0,G.jsx)(f,{icon:(0,G.jsx)(H,{size:22}),title:`No decisions in this period`}):(0,G.jsxs)(G.Fragment,{children:[(0,G.jsx)(`div`,{className:`table-wrap`,"aria-busy":i.isFetching,children:(0,G.jsxs)(`table`,{className:`table table-cards deal-table`,"aria-label":`Decision times per manager`,children:[(0,G.jsx)(`thead`,{children:(0,G.jsxs)(`tr`,{children:[(0,G.jsx)(`th`,{scope:`col`,children:`Manager`}),(0,G.jsx)(`th`,{scope:`col`,className:`num`,children:`Decided`}),(0,G.jsx)(`th`,{scope:`col`,className:`num`,children:`Median time to decision`}),(0,G.jsx)(`th`,{scope:`col`,children:`Within SLA`})]})}),(0,G.jsx)(`tbody`,{children:a.map((t,n)=>{let r=t.reviewer?.name??`Former team member`,i=t.withinSlaRate;return(0,G.jsxs)(`tr`,{children:[(0,G.jsx)(`td`,{children:(0,G.jsxs)(`div`,{className:`cell-person`,children:[(0,G.jsx)(D,{name:r,size:`sm`}),(0,G.jsxs)(`div`,{children:[(0,G.jsxs)(`div`,{className:`cell-title`,children:[r,t.reviewer?.id===e.id&&(0,G.jsx)(`span`,{className:`muted`,children:` (you)`})]}),t.reviewer&&(0,G.jsx)(`div`,{className:`cell-sub`,children:t.reviewer.email})]})]})}),(0,G.jsx)(`td`,{"data-label":`Decided`,className:`num`,children:E(t.decided)}),(0,G.jsx)(`td`,{"data-label":`Median`,className:`num`,children:K(t.medianHoursToDecision)}),(0,G.jsx)(`td`,{"data-label":`Within SLA`,children:(0,G.jsxs)(`div`,{className:`sla`,children:[(0,G.jsx)(`div`,{className:`meter`,"aria-hidden":`true`,children:(0,G.jsx)(`span`,{style:{width:`${i*100}%`},className:i<.8?`warn`:`ok`})}),(0,G.jsx)(`span`,{className:`nowrap`,children:C(i)})]})})]},t.reviewer?.id??n)})})]})}),(0,G.jsx)(P,{fileName:`decision-times-${n}-days.csv`,rows:a,columns:[{header:`reviewer.name`,value:e=>e.reviewer?.name??`Former team member`},{header:`reviewer.email`,value:e=>e.reviewer?.email},{header:`decided`,value:e=>e.decided},{header:`medianHoursToDecision`,value:e=>e.medianHoursToDecision},{header:`withinSlaRate`,value:e=>e.withinSlaRate}]})]})})}var fe=`
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
}`,J=`
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
    `,pe=`
    mutation ApproveDeals($input: ApproveDealsInput!) {
  approveDeals(input: $input) {
    deals {
      id
      status
      protectionExpiresAt
    }
  }
}
    `,me=`
    mutation UndoDealDecision($input: UndoDealDecisionInput!) {
  undoDealDecision(input: $input) {
    deal {
      id
      status
    }
  }
}
    `,Y=[[`all`,`All`],[`overdue`,`Overdue`],[`conflicts`,`With conflicts`],[`clean`,`Without conflicts`]],X=[`USD`,`EUR`,`GBP`,`CAD`,`AUD`,`CHF`];function Z(e){if(!e)return null;let t=Number(e.replace(/[,\s]/g,``));return Number.isFinite(t)&&t>=0?Math.round(t*100):null}function he(e){let t={},n=e.get(`show`);n===`overdue`&&(t.overdue=!0),n===`conflicts`&&(t.hasConflicts=!0),n===`clean`&&(t.hasConflicts=!1);let r=e.get(`partner`);r&&(t.partnerId=r);let i=e.get(`currency`);if(i){t.currency=i;let n=Z(e.get(`min`)),r=Z(e.get(`max`));n!=null&&(t.minAmount=n),r!=null&&(t.maxAmount=r)}return t}function ge({params:e,onChange:t}){let n=b(J,{}),[r,i]=(0,U.useState)(e.get(`currency`)??``),[a,o]=(0,U.useState)(e.get(`min`)??``),[s,c]=(0,U.useState)(e.get(`max`)??``),l=e.get(`show`)??`all`;return(0,G.jsxs)(`div`,{className:`queue-filters`,children:[(0,G.jsx)(`div`,{className:`segmented`,role:`group`,"aria-label":`Show`,children:Y.map(([e,n])=>(0,G.jsx)(`button`,{type:`button`,"aria-pressed":l===e,onClick:()=>t({show:e===`all`?null:e}),children:n},e))}),(0,G.jsxs)(m,{label:`Partner`,value:e.get(`partner`)??``,onChange:e=>t({partner:e.target.value||null}),children:[(0,G.jsx)(`option`,{value:``,children:`All partners`}),R(n.data?.partners).map(e=>(0,G.jsx)(`option`,{value:e.id,children:e.name},e.id))]}),(0,G.jsxs)(`form`,{className:`queue-value`,onSubmit:e=>{e.preventDefault(),t({currency:r||null,min:r&&a?a:null,max:r&&s?s:null})},"aria-label":`Value`,children:[(0,G.jsxs)(m,{label:`Currency`,value:r,onChange:e=>i(e.target.value),children:[(0,G.jsx)(`option`,{value:``,children:`Any`}),X.map(e=>(0,G.jsx)(`option`,{children:e},e))]}),(0,G.jsx)(k,{label:`Value from`,inputMode:`decimal`,value:a,disabled:!r,onChange:e=>o(e.target.value),hint:r?void 0:`Pick a currency`}),(0,G.jsx)(k,{label:`Value to`,inputMode:`decimal`,value:s,disabled:!r,onChange:e=>c(e.target.value)}),(0,G.jsx)(p,{type:`submit`,size:`sm`,children:`Apply`})]})]})}function Q(e){let t=Math.round(Math.abs(e)/36e5);return t<1?`less than an hour`:t<48?t===1?`1 hour`:`${t} hours`:`${Math.round(t/24)} days`}function $({dueAt:e,overdue:t,now:n}){let r=new Date(e).getTime()-n;return t?(0,G.jsxs)(O,{tone:`danger`,dot:!0,children:[`Overdue by `,Q(r)]}):(0,G.jsxs)(O,{tone:r<432e5?`warning`:`neutral`,children:[`Due in `,Q(r)]})}function _e(e,t,n){if(n)return`Already decided`;if(!t)return`Only its channel manager or an admin decides it`;let r=(e.deal.conflicts??[]).length;return r>0?`Has ${r===1?`a conflict`:`${E(r)} conflicts`}: decide it on its own`:``}function ve({items:e,now:t,decided:n,selected:r,canDecide:o,onSelect:s}){let c=e.filter(e=>!_e(e,o(e),n.has(e.deal.id))).map(e=>e.deal.id),l=c.length>0&&c.every(e=>r.has(e));return(0,G.jsx)(`div`,{className:`card table-wrap`,children:(0,G.jsxs)(`table`,{className:`table queue-table`,"aria-label":`Registrations waiting for a decision`,children:[(0,G.jsx)(`thead`,{children:(0,G.jsxs)(`tr`,{children:[(0,G.jsx)(`th`,{scope:`col`,className:`check`,children:(0,G.jsx)(`input`,{type:`checkbox`,"aria-label":`Choose every registration without conflicts on this page`,checked:l,disabled:c.length===0,onChange:e=>s(c,e.target.checked)})}),(0,G.jsx)(`th`,{scope:`col`,children:`Registration`}),(0,G.jsx)(`th`,{scope:`col`,children:`Partner`}),(0,G.jsx)(`th`,{scope:`col`,className:`num`,children:`Value`}),(0,G.jsx)(`th`,{scope:`col`,children:`Decision due`}),(0,G.jsx)(`th`,{scope:`col`,children:`Conflicts`})]})}),(0,G.jsx)(`tbody`,{children:e.map(e=>{let c=e.deal,l=n.get(c.id)?.decision,u=_e(e,o(e),!!l),d=(c.conflicts??[]).length;return(0,G.jsxs)(`tr`,{"data-deal-id":c.id,className:l?`is-decided`:e.overdue?`is-overdue`:void 0,children:[(0,G.jsx)(`td`,{className:`check`,children:(0,G.jsx)(`input`,{type:`checkbox`,"aria-label":`Choose ${c.title} (${c.customerName})`,title:u||void 0,disabled:!!u,checked:!u&&r.has(c.id),onChange:e=>s([c.id],e.target.checked)})}),(0,G.jsxs)(`td`,{children:[(0,G.jsx)(i,{to:`/deals/${c.id}`,className:`strong-link`,children:c.title}),(0,G.jsxs)(`div`,{className:`muted small`,children:[c.customerName,` · `,c.customerDomain]})]}),(0,G.jsxs)(`td`,{children:[(0,G.jsx)(i,{to:`/partners/${c.partner.id}`,children:c.partner.name}),e.managedByViewer&&(0,G.jsxs)(G.Fragment,{children:[` `,(0,G.jsx)(O,{tone:`brand`,children:`Yours`})]})]}),(0,G.jsx)(`td`,{className:`num`,children:g(c.amount,c.currency)}),(0,G.jsx)(`td`,{title:v(e.decisionDueAt),children:l?(0,G.jsxs)(`span`,{className:l.outcome===`APPROVED`?`decided ok`:`decided no`,children:[l.outcome===`APPROVED`?(0,G.jsx)(a,{size:15,"aria-hidden":`true`}):(0,G.jsx)(A,{size:15,"aria-hidden":`true`}),` `,l.outcome===`APPROVED`?`Approved`:`Rejected`]}):(0,G.jsx)($,{dueAt:e.decisionDueAt,overdue:e.overdue,now:t})}),(0,G.jsx)(`td`,{children:d>0?(0,G.jsx)(O,{tone:`warning`,children:d===1?`1 conflict`:`${E(d)} conflicts`}):(0,G.jsx)(`span`,{className:`muted`,children:`None`})})]},c.id)})})]})})}function ye({offer:e,onClose:t,now:n=Date.now}){let[r,i]=(0,U.useState)(0),[o,s]=(0,U.useState)(!1),[c,l]=(0,U.useState)(``);return(0,U.useEffect)(()=>{if(s(!1),l(``),!e)return;let r=()=>{let r=Math.floor(60-(n()-e.at)/1e3);i(r),r<=0&&t()};r();let a=setInterval(r,1e3);return()=>clearInterval(a)},[e,t,n]),!e||r<=0?null:(0,G.jsx)(`div`,{className:`toasts`,role:`status`,"aria-live":`polite`,"data-testid":`undo-toast`,children:(0,G.jsxs)(`div`,{className:`toast toast-undo`,children:[(0,G.jsx)(a,{size:18,"aria-hidden":`true`}),(0,G.jsxs)(`span`,{style:{flex:1},children:[c||e.message,!c&&(0,G.jsxs)(`span`,{className:`toast-countdown`,children:[` · undo for `,r,` s`]})]}),!c&&(0,G.jsxs)(`button`,{type:`button`,className:`btn btn-sm`,disabled:o,onClick:()=>{s(!0),e.onUndo().then(t,e=>{s(!1),l(e instanceof Error?e.message:`The decision could not be undone.`)})},children:[(0,G.jsx)(j,{size:14,"aria-hidden":`true`}),` Undo`]})]})})}var be=20;function xe({item:e,decided:t,onDecided:n,canDecide:r,now:o}){let s=e.deal,c=s.conflicts??[],l=`q-${s.id}`;return(0,G.jsxs)(`article`,{className:[`queue-item`,e.overdue&&!t?`is-overdue`:``,t?`is-decided`:``].join(` `),"aria-labelledby":l,"data-deal-id":s.id,children:[(0,G.jsxs)(`header`,{className:`queue-head`,children:[(0,G.jsxs)(`div`,{style:{minWidth:0},children:[(0,G.jsx)(`h2`,{id:l,className:`queue-title`,children:(0,G.jsx)(i,{to:`/deals/${s.id}`,children:s.title})}),(0,G.jsxs)(`div`,{className:`queue-meta`,children:[(0,G.jsx)(i,{to:`/partners/${s.partner.id}`,className:`strong-link`,children:s.partner.name}),(0,G.jsx)(w,{tier:s.partner.tier}),e.managedByViewer&&(0,G.jsx)(O,{tone:`brand`,children:`Your partner`}),(0,G.jsxs)(`span`,{className:`muted`,children:[`· `,s.customerName,` (`,s.customerDomain,`)`]})]})]}),(0,G.jsxs)(`div`,{className:`queue-due`,children:[!t&&(0,G.jsx)($,{dueAt:e.decisionDueAt,overdue:e.overdue,now:o}),(0,G.jsxs)(`div`,{className:`muted small`,title:v(e.decisionDueAt),children:[`due `,v(e.decisionDueAt)]})]})]}),(0,G.jsxs)(`div`,{className:`queue-facts`,children:[(0,G.jsxs)(`div`,{children:[(0,G.jsx)(`span`,{className:`k`,children:`Value`}),(0,G.jsx)(`span`,{className:`v`,children:g(s.amount,s.currency)})]}),(0,G.jsxs)(`div`,{children:[(0,G.jsx)(`span`,{className:`k`,children:`Role`}),(0,G.jsx)(`span`,{className:`v`,children:F[s.source]})]}),(0,G.jsxs)(`div`,{children:[(0,G.jsx)(`span`,{className:`k`,children:`Expected close`}),(0,G.jsx)(`span`,{className:`v`,children:x(s.expectedCloseDate)})]}),(0,G.jsxs)(`div`,{children:[(0,G.jsx)(`span`,{className:`k`,children:`Registered`}),(0,G.jsxs)(`span`,{className:`v`,title:v(s.createdAt),children:[h(s.createdAt,o),` by `,s.registeredBy.name]})]})]}),c.length>0&&!t&&(0,G.jsx)(M,{deal:s,conflicts:c,compact:!0}),(0,G.jsx)(`footer`,{className:`queue-foot`,children:t?(0,G.jsxs)(`div`,{className:t.outcome===`APPROVED`?`decided ok`:`decided no`,role:`status`,children:[t.outcome===`APPROVED`?(0,G.jsx)(a,{size:18,"aria-hidden":`true`}):(0,G.jsx)(A,{size:18,"aria-hidden":`true`}),(0,G.jsx)(`span`,{children:t.outcome===`APPROVED`?(0,G.jsxs)(G.Fragment,{children:[(0,G.jsx)(`strong`,{children:`Approved`}),t.deal.protectionExpiresAt?` · protected until ${x(t.deal.protectionExpiresAt)}`:``,t.deal.coSell?` · co-sell`:``]}):(0,G.jsx)(`strong`,{children:`Rejected`})}),(0,G.jsx)(i,{to:`/deals/${s.id}`,className:`btn btn-sm btn-ghost`,children:`Open deal`})]}):(0,G.jsx)(N,{deal:s,canDecide:r,onDecided:n})})]})}function Se(){ee(`Approval queue`);let e=_(),[t,n]=te(),i=t.get(`view`)===`table`,o=[`show`,`partner`,`currency`,`min`,`max`].map(e=>t.get(e)??``).join(`|`),d=[`currency`,`min`,`max`].map(e=>t.get(e)??``).join(`|`),[m,h]=(0,U.useState)({key:o,at:{},index:0}),g=m.key===o?m.at:{},v=m.key===o?m.index:0,x=he(t),S=g.before?{last:20,before:g.before,where:x}:{first:20,after:g.after,where:x},C=b(fe,S,{keepPrevious:!0}),[w,D]=(0,U.useState)(new Map),[O,k]=(0,U.useState)(new Set),[A,j]=(0,U.useState)(null),[M,N]=(0,U.useState)(null),[P]=(0,U.useState)(()=>Date.now()),F=y(pe),I=y(me),L=(0,U.useCallback)(()=>j(null),[]),R=e=>{let r=new URLSearchParams(t);for(let[t,n]of Object.entries(e))n?r.set(t,n):r.delete(t);n(r,{replace:!0})},z=C.data?.dealApprovalQueue,B=(z?.edges??[]).map(e=>e.node),V=new Set(B.map(e=>e.deal.id)),W=`${o}#${g.after??``}#${g.before??``}`,K=[...B,...[...w.values()].filter(e=>!V.has(e.item.deal.id)&&e.page===W).map(e=>e.item)].sort((e,t)=>Number(t.managedByViewer)-Number(e.managedByViewer)||e.decisionDueAt.localeCompare(t.decisionDueAt)||e.deal.id.localeCompare(t.deal.id)),q=B.filter(e=>!w.has(e.deal.id)).filter(e=>!e.overdue&&new Date(e.decisionDueAt).getTime()-P<864e5).length,J=t=>e.role===`ADMIN`||t.deal.partner.manager?.id===e.id,Y=o!==`||||`,X=(e,t)=>{j({key:Date.now(),at:Date.now(),message:t,onUndo:async()=>{for(let t of e)await I.mutateAsync({input:{id:t.deal.id}});D(t=>{let n=new Map(t);return e.forEach(e=>n.delete(e.deal.id)),n})}})},Z=(e,t)=>{D(n=>new Map(n).set(e.deal.id,{item:e,decision:t,page:W})),X([e],`${t.outcome===`APPROVED`?`Approved`:`Rejected`} “${e.deal.title}”`)},Q=K.filter(e=>O.has(e.deal.id)&&!w.has(e.deal.id)),$=async()=>{N(null);try{let e=await F.mutateAsync({input:{ids:Q.map(e=>e.deal.id)}}),t=new Map(e.approveDeals.deals.map(e=>[e.id,e]));D(e=>{let n=new Map(e);for(let e of Q){let r=t.get(e.deal.id);r&&n.set(e.deal.id,{item:e,page:W,decision:{outcome:`APPROVED`,deal:{...r,coSell:!1,decidedAt:new Date().toISOString()}}})}return n}),k(new Set),X(Q,Q.length===1?`Approved “${Q[0].deal.title}”`:`Approved ${E(Q.length)} registrations`)}catch(e){N(e instanceof ne||e instanceof Error?e:Error(String(e)))}};return(0,G.jsxs)(G.Fragment,{children:[(0,G.jsx)(re,{title:`Approval queue`,subtitle:e.role===`CHANNEL_MANAGER`?`Registrations waiting for a decision: the partners you manage first, then the rest, each by due time.`:`Registrations waiting for a decision, the most urgent first.`,actions:(0,G.jsxs)(G.Fragment,{children:[(0,G.jsxs)(`div`,{className:`segmented`,role:`group`,"aria-label":`View`,children:[(0,G.jsxs)(`button`,{type:`button`,"aria-pressed":!i,onClick:()=>R({view:null}),children:[(0,G.jsx)(le,{size:15,"aria-hidden":`true`}),` Cards`]}),(0,G.jsxs)(`button`,{type:`button`,"aria-pressed":i,onClick:()=>R({view:`table`}),children:[(0,G.jsx)(ue,{size:15,"aria-hidden":`true`}),` Table`]})]}),(0,G.jsxs)(`a`,{className:`btn`,href:`#decision-stats`,children:[(0,G.jsx)(H,{size:15,"aria-hidden":`true`}),` Decision times`]}),(0,G.jsx)(l,{to:`/deals`,children:`All deals`})]})}),C.isError?(0,G.jsx)(`div`,{className:`card`,children:(0,G.jsx)(s,{error:C.error,onRetry:()=>void C.refetch()})}):C.isPending?(0,G.jsxs)(`div`,{className:`stack`,children:[(0,G.jsx)(`div`,{className:`grid grid-4`,children:[0,1,2,3].map(e=>(0,G.jsx)(c,{height:104},e))}),(0,G.jsx)(c,{height:220}),(0,G.jsx)(c,{height:220})]}):(0,G.jsxs)(`div`,{className:`stack`,children:[(0,G.jsxs)(`div`,{className:`grid grid-4`,children:[(0,G.jsx)(T,{label:`Waiting`,icon:(0,G.jsx)(ae,{size:16}),value:E(C.data.waiting.totalCount),foot:`Registrations to decide`}),(0,G.jsx)(T,{label:`Overdue`,icon:(0,G.jsx)(r,{size:16}),value:E(C.data.overdue.totalCount),foot:`Past their decision time`}),(0,G.jsx)(T,{label:`Due within 24 hours`,icon:(0,G.jsx)(ie,{size:16}),value:E(q),foot:`On this page; decide these next`}),(0,G.jsx)(T,{label:`With conflicts`,icon:(0,G.jsx)(oe,{size:16}),value:E(C.data.conflicted.totalCount),foot:`Need a closer look`})]}),(0,G.jsx)(ge,{params:t,onChange:R},d),(0,G.jsxs)(`div`,{className:`row`,style:{justifyContent:`space-between`},children:[(0,G.jsxs)(`span`,{className:`muted small`,"aria-live":`polite`,children:[Y?`${E(z?.totalCount??0)} match the filters`:`${E(z?.totalCount??0)} waiting`,C.isFetching&&` · Updating…`]}),i&&(0,G.jsxs)(p,{variant:`primary`,size:`sm`,disabled:Q.length===0,loading:F.isPending,onClick:()=>void $(),children:[(0,G.jsx)(a,{size:15,"aria-hidden":`true`}),` `,Q.length?`Approve ${E(Q.length)} without conflicts`:`Choose registrations to approve`]})]}),M!=null&&(0,G.jsx)(u,{error:M}),K.length===0?(0,G.jsx)(`div`,{className:`card`,children:(0,G.jsx)(f,{icon:(0,G.jsx)(a,{size:22}),title:Y?`Nothing matches these filters`:`Nothing waiting for a decision`,children:Y?`Try “All”, or another partner or value.`:`New registrations appear here as partners submit them.`})}):i?(0,G.jsx)(ve,{items:K,now:P,decided:w,selected:O,canDecide:J,onSelect:(e,t)=>k(n=>{let r=new Set(n);return e.forEach(e=>t?r.add(e):r.delete(e)),r})}):(0,G.jsx)(`div`,{className:`queue`,"aria-label":`Registrations waiting for a decision`,children:K.map(e=>(0,G.jsx)(xe,{item:e,now:P,canDecide:J(e),decided:w.get(e.deal.id)?.decision,onDecided:t=>Z(e,t)},e.deal.id))}),z&&(z.pageInfo.hasNextPage||z.pageInfo.hasPreviousPage||v>0)&&(0,G.jsx)(ce,{from:v*20+1,to:v*20+B.length,total:z.totalCount,hasPrevious:v>0,hasNext:z.pageInfo.hasNextPage||!!g.before,busy:C.isFetching,noun:`registrations`,onPrevious:()=>h({key:o,at:v<=1?{}:{before:z.pageInfo.startCursor??void 0},index:v-1}),onNext:()=>h({key:o,at:{after:z.pageInfo.endCursor??void 0},index:v+1})}),z&&z.totalCount>0&&(0,G.jsx)(se,{csv:{list:`dealApprovalQueue`,fields:[`deal.title`,`deal.customerName`,`deal.customerDomain`,`deal.amount`,`deal.currency`,`deal.partner.name`,`deal.registeredBy.name`,`deal.createdAt`,`decisionDueAt`,`overdue`,`managedByViewer`],where:x}}),(0,G.jsx)(`div`,{id:`decision-stats`,className:`anchor-target`,children:(0,G.jsx)(de,{})})]}),(0,G.jsx)(ye,{offer:A,onClose:L},A?.key)]})}export{be as QUEUE_PAGE,Se as default};