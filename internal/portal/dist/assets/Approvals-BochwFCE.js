import{a as e,n as t,t as n}from"./jsx-runtime-Wy9s6hX0.js";import{t as r}from"./alarm-clock-CC0WkqZa.js";import{F as i,M as a,N as o,W as s,a as c,c as l,d as u,i as d,l as f,r as ee,t as te,u as p,v as ne}from"./usePageTitle-Duadk7S3.js";import{L as m,M as h,T as g,U as _,_ as v,a as y,c as b,d as x,g as S,k as C,l as w,n as T,nt as re,o as E,p as D,s as ie,t as O,z as k}from"./index-C_Smhd-H.js";import{t as ae}from"./hourglass-hTFccgbQ.js";import{t as oe}from"./shield-exclamation-point-CE7q4IsS.js";import{a as A,i as j,n as M,t as N}from"./DecisionPanel-iVhkoT4U.js";import{t as se}from"./Table-BC3GzM8n.js";import{c as P,f as F,i as I}from"./status-BkEHgud0.js";import{t as L}from"./connection-mmDI86VZ.js";var R={name:`layout-list`,size:24,node:[[`rect`,{width:`7`,height:`7`,x:`3`,y:`3`,rx:`1`,key:`1g98yp`}],[`rect`,{width:`7`,height:`7`,x:`3`,y:`14`,rx:`1`,key:`1bb6yr`}],[`path`,{d:`M14 4h7`,key:`3xa0d5`}],[`path`,{d:`M14 9h7`,key:`1icrd9`}],[`path`,{d:`M14 15h7`,key:`1mj8o2`}],[`path`,{d:`M14 20h7`,key:`11slyb`}]]};R.node;var ce=o(R),z={name:`table-2`,size:24,node:[[`path`,{d:`M3 9h18`,key:`1pudct`}],[`path`,{d:`M9 3v18`,key:`fh3hqa`}],[`rect`,{x:`3`,y:`3`,width:`18`,height:`18`,rx:`2`,key:`h1oib`}]]};z.node;var le=o(z),B={name:`timer`,size:24,node:[[`line`,{x1:`10`,x2:`14`,y1:`2`,y2:`2`,key:`14vaq8`}],[`line`,{x1:`12`,x2:`15`,y1:`14`,y2:`11`,key:`17fdiu`}],[`circle`,{cx:`12`,cy:`14`,r:`8`,key:`1e1u0o`}]]};B.node;var V=o(B),H=e(t(),1),U=`
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
    `,W=n();function G(e){return e<1?`${Math.max(1,Math.round(e*60))} min`:e<48?`${e<10?e.toFixed(1).replace(/\.0$/,``):Math.round(e)} h`:`${(e/24).toFixed(1).replace(/\.0$/,``)} days`}var K=[30,90,365];function ue(){let e=_(),t=F(),[n,r]=(0,H.useState)(90),i=T(U,{from:I(t,n),to:new Date(t+6e4).toISOString()},{keepPrevious:!0}),a=i.data?.dealDecisionStats??[];return(0,W.jsx)(E,{title:`Decision times per manager`,hint:`Registrations decided in the period: the median time from submission to decision, and the share decided by their due time.`,actions:(0,W.jsx)(`div`,{className:`segmented segmented-sm`,role:`group`,"aria-label":`Period`,children:K.map(e=>(0,W.jsx)(`button`,{type:`button`,"aria-pressed":n===e,onClick:()=>r(e),children:e===365?`12 months`:`${e} days`},e))}),flush:!0,children:i.isError?(0,W.jsx)(c,{error:i.error,onRetry:()=>void i.refetch()}):i.isPending?(0,W.jsx)(f,{rows:3,columns:4}):a.length===0?(0,W.jsx)(ee,{icon:(0,W.jsx)(V,{size:22}),title:`No decisions in this period`}):(0,W.jsx)(`div`,{className:`table-wrap`,"aria-busy":i.isFetching,children:(0,W.jsxs)(`table`,{className:`table table-cards deal-table`,"aria-label":`Decision times per manager`,children:[(0,W.jsx)(`thead`,{children:(0,W.jsxs)(`tr`,{children:[(0,W.jsx)(`th`,{scope:`col`,children:`Manager`}),(0,W.jsx)(`th`,{scope:`col`,className:`num`,children:`Decided`}),(0,W.jsx)(`th`,{scope:`col`,className:`num`,children:`Median time to decision`}),(0,W.jsx)(`th`,{scope:`col`,children:`Within SLA`})]})}),(0,W.jsx)(`tbody`,{children:a.map((t,n)=>{let r=t.reviewer?.name??`Former team member`,i=t.withinSlaRate;return(0,W.jsxs)(`tr`,{children:[(0,W.jsx)(`td`,{children:(0,W.jsxs)(`div`,{className:`cell-person`,children:[(0,W.jsx)(y,{name:r,size:`sm`}),(0,W.jsxs)(`div`,{children:[(0,W.jsxs)(`div`,{className:`cell-title`,children:[r,t.reviewer?.id===e.id&&(0,W.jsx)(`span`,{className:`muted`,children:` (you)`})]}),t.reviewer&&(0,W.jsx)(`div`,{className:`cell-sub`,children:t.reviewer.email})]})]})}),(0,W.jsx)(`td`,{"data-label":`Decided`,className:`num`,children:D(t.decided)}),(0,W.jsx)(`td`,{"data-label":`Median`,className:`num`,children:G(t.medianHoursToDecision)}),(0,W.jsx)(`td`,{"data-label":`Within SLA`,children:(0,W.jsxs)(`div`,{className:`sla`,children:[(0,W.jsx)(`div`,{className:`meter`,"aria-hidden":`true`,children:(0,W.jsx)(`span`,{style:{width:`${i*100}%`},className:i<.8?`warn`:`ok`})}),(0,W.jsx)(`span`,{className:`nowrap`,children:C(i)})]})})]},t.reviewer?.id??n)})})]})})})}var de=`
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
}`,q=`
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
    `,fe=`
    mutation ApproveDeals($input: ApproveDealsInput!) {
  approveDeals(input: $input) {
    deals {
      id
      status
      protectionExpiresAt
    }
  }
}
    `,pe=`
    mutation UndoDealDecision($input: UndoDealDecisionInput!) {
  undoDealDecision(input: $input) {
    deal {
      id
      status
    }
  }
}
    `,J=[[`all`,`All`],[`overdue`,`Overdue`],[`conflicts`,`With conflicts`],[`clean`,`Without conflicts`]],Y=[`USD`,`EUR`,`GBP`,`CAD`,`AUD`,`CHF`];function X(e){if(!e)return null;let t=Number(e.replace(/[,\s]/g,``));return Number.isFinite(t)&&t>=0?Math.round(t*100):null}function me(e){let t={},n=e.get(`show`);n===`overdue`&&(t.overdue=!0),n===`conflicts`&&(t.hasConflicts=!0),n===`clean`&&(t.hasConflicts=!1);let r=e.get(`partner`);r&&(t.partnerId=r);let i=e.get(`currency`);if(i){t.currency=i;let n=X(e.get(`min`)),r=X(e.get(`max`));n!=null&&(t.minAmount=n),r!=null&&(t.maxAmount=r)}return t}function he({params:e,onChange:t}){let n=T(q,{}),[r,i]=(0,H.useState)(e.get(`currency`)??``),[a,o]=(0,H.useState)(e.get(`min`)??``),[s,c]=(0,H.useState)(e.get(`max`)??``),l=e.get(`show`)??`all`;return(0,W.jsxs)(`div`,{className:`queue-filters`,children:[(0,W.jsx)(`div`,{className:`segmented`,role:`group`,"aria-label":`Show`,children:J.map(([e,n])=>(0,W.jsx)(`button`,{type:`button`,"aria-pressed":l===e,onClick:()=>t({show:e===`all`?null:e}),children:n},e))}),(0,W.jsxs)(m,{label:`Partner`,value:e.get(`partner`)??``,onChange:e=>t({partner:e.target.value||null}),children:[(0,W.jsx)(`option`,{value:``,children:`All partners`}),L(n.data?.partners).map(e=>(0,W.jsx)(`option`,{value:e.id,children:e.name},e.id))]}),(0,W.jsxs)(`form`,{className:`queue-value`,onSubmit:e=>{e.preventDefault(),t({currency:r||null,min:r&&a?a:null,max:r&&s?s:null})},"aria-label":`Value`,children:[(0,W.jsxs)(m,{label:`Currency`,value:r,onChange:e=>i(e.target.value),children:[(0,W.jsx)(`option`,{value:``,children:`Any`}),Y.map(e=>(0,W.jsx)(`option`,{children:e},e))]}),(0,W.jsx)(k,{label:`Value from`,inputMode:`decimal`,value:a,disabled:!r,onChange:e=>o(e.target.value),hint:r?void 0:`Pick a currency`}),(0,W.jsx)(k,{label:`Value to`,inputMode:`decimal`,value:s,disabled:!r,onChange:e=>c(e.target.value)}),(0,W.jsx)(p,{type:`submit`,size:`sm`,children:`Apply`})]})]})}function Z(e){let t=Math.round(Math.abs(e)/36e5);return t<1?`less than an hour`:t<48?t===1?`1 hour`:`${t} hours`:`${Math.round(t/24)} days`}function Q({dueAt:e,overdue:t,now:n}){let r=new Date(e).getTime()-n;return t?(0,W.jsxs)(w,{tone:`danger`,dot:!0,children:[`Overdue by `,Z(r)]}):(0,W.jsxs)(w,{tone:r<432e5?`warning`:`neutral`,children:[`Due in `,Z(r)]})}function $(e,t,n){if(n)return`Already decided`;if(!t)return`Only its channel manager or an admin decides it`;let r=(e.deal.conflicts??[]).length;return r>0?`Has ${r===1?`a conflict`:`${D(r)} conflicts`}: decide it on its own`:``}function ge({items:e,now:t,decided:n,selected:r,canDecide:o,onSelect:s}){let c=e.filter(e=>!$(e,o(e),n.has(e.deal.id))).map(e=>e.deal.id),l=c.length>0&&c.every(e=>r.has(e));return(0,W.jsx)(`div`,{className:`card table-wrap`,children:(0,W.jsxs)(`table`,{className:`table queue-table`,"aria-label":`Registrations waiting for a decision`,children:[(0,W.jsx)(`thead`,{children:(0,W.jsxs)(`tr`,{children:[(0,W.jsx)(`th`,{scope:`col`,className:`check`,children:(0,W.jsx)(`input`,{type:`checkbox`,"aria-label":`Choose every registration without conflicts on this page`,checked:l,disabled:c.length===0,onChange:e=>s(c,e.target.checked)})}),(0,W.jsx)(`th`,{scope:`col`,children:`Registration`}),(0,W.jsx)(`th`,{scope:`col`,children:`Partner`}),(0,W.jsx)(`th`,{scope:`col`,className:`num`,children:`Value`}),(0,W.jsx)(`th`,{scope:`col`,children:`Decision due`}),(0,W.jsx)(`th`,{scope:`col`,children:`Conflicts`})]})}),(0,W.jsx)(`tbody`,{children:e.map(e=>{let c=e.deal,l=n.get(c.id)?.decision,u=$(e,o(e),!!l),d=(c.conflicts??[]).length;return(0,W.jsxs)(`tr`,{"data-deal-id":c.id,className:l?`is-decided`:e.overdue?`is-overdue`:void 0,children:[(0,W.jsx)(`td`,{className:`check`,children:(0,W.jsx)(`input`,{type:`checkbox`,"aria-label":`Choose ${c.title} (${c.customerName})`,title:u||void 0,disabled:!!u,checked:!u&&r.has(c.id),onChange:e=>s([c.id],e.target.checked)})}),(0,W.jsxs)(`td`,{children:[(0,W.jsx)(i,{to:`/deals/${c.id}`,className:`strong-link`,children:c.title}),(0,W.jsxs)(`div`,{className:`muted small`,children:[c.customerName,` · `,c.customerDomain]})]}),(0,W.jsxs)(`td`,{children:[(0,W.jsx)(i,{to:`/partners/${c.partner.id}`,children:c.partner.name}),e.managedByViewer&&(0,W.jsxs)(W.Fragment,{children:[` `,(0,W.jsx)(w,{tone:`brand`,children:`Yours`})]})]}),(0,W.jsx)(`td`,{className:`num`,children:g(c.amount,c.currency)}),(0,W.jsx)(`td`,{title:v(e.decisionDueAt),children:l?(0,W.jsxs)(`span`,{className:l.outcome===`APPROVED`?`decided ok`:`decided no`,children:[l.outcome===`APPROVED`?(0,W.jsx)(a,{size:15,"aria-hidden":`true`}):(0,W.jsx)(A,{size:15,"aria-hidden":`true`}),` `,l.outcome===`APPROVED`?`Approved`:`Rejected`]}):(0,W.jsx)(Q,{dueAt:e.decisionDueAt,overdue:e.overdue,now:t})}),(0,W.jsx)(`td`,{children:d>0?(0,W.jsx)(w,{tone:`warning`,children:d===1?`1 conflict`:`${D(d)} conflicts`}):(0,W.jsx)(`span`,{className:`muted`,children:`None`})})]},c.id)})})]})})}function _e({offer:e,onClose:t,now:n=Date.now}){let[r,i]=(0,H.useState)(0),[o,s]=(0,H.useState)(!1),[c,l]=(0,H.useState)(``);return(0,H.useEffect)(()=>{if(s(!1),l(``),!e)return;let r=()=>{let r=Math.floor(60-(n()-e.at)/1e3);i(r),r<=0&&t()};r();let a=setInterval(r,1e3);return()=>clearInterval(a)},[e,t,n]),!e||r<=0?null:(0,W.jsx)(`div`,{className:`toasts`,role:`status`,"aria-live":`polite`,"data-testid":`undo-toast`,children:(0,W.jsxs)(`div`,{className:`toast toast-undo`,children:[(0,W.jsx)(a,{size:18,"aria-hidden":`true`}),(0,W.jsxs)(`span`,{style:{flex:1},children:[c||e.message,!c&&(0,W.jsxs)(`span`,{className:`toast-countdown`,children:[` · undo for `,r,` s`]})]}),!c&&(0,W.jsxs)(`button`,{type:`button`,className:`btn btn-sm`,disabled:o,onClick:()=>{s(!0),e.onUndo().then(t,e=>{s(!1),l(e instanceof Error?e.message:`The decision could not be undone.`)})},children:[(0,W.jsx)(j,{size:14,"aria-hidden":`true`}),` Undo`]})]})})}var ve=20;function ye({item:e,decided:t,onDecided:n,canDecide:r,now:o}){let s=e.deal,c=s.conflicts??[],l=`q-${s.id}`;return(0,W.jsxs)(`article`,{className:[`queue-item`,e.overdue&&!t?`is-overdue`:``,t?`is-decided`:``].join(` `),"aria-labelledby":l,"data-deal-id":s.id,children:[(0,W.jsxs)(`header`,{className:`queue-head`,children:[(0,W.jsxs)(`div`,{style:{minWidth:0},children:[(0,W.jsx)(`h2`,{id:l,className:`queue-title`,children:(0,W.jsx)(i,{to:`/deals/${s.id}`,children:s.title})}),(0,W.jsxs)(`div`,{className:`queue-meta`,children:[(0,W.jsx)(i,{to:`/partners/${s.partner.id}`,className:`strong-link`,children:s.partner.name}),(0,W.jsx)(x,{tier:s.partner.tier}),e.managedByViewer&&(0,W.jsx)(w,{tone:`brand`,children:`Your partner`}),(0,W.jsxs)(`span`,{className:`muted`,children:[`· `,s.customerName,` (`,s.customerDomain,`)`]})]})]}),(0,W.jsxs)(`div`,{className:`queue-due`,children:[!t&&(0,W.jsx)(Q,{dueAt:e.decisionDueAt,overdue:e.overdue,now:o}),(0,W.jsxs)(`div`,{className:`muted small`,title:v(e.decisionDueAt),children:[`due `,v(e.decisionDueAt)]})]})]}),(0,W.jsxs)(`div`,{className:`queue-facts`,children:[(0,W.jsxs)(`div`,{children:[(0,W.jsx)(`span`,{className:`k`,children:`Value`}),(0,W.jsx)(`span`,{className:`v`,children:g(s.amount,s.currency)})]}),(0,W.jsxs)(`div`,{children:[(0,W.jsx)(`span`,{className:`k`,children:`Role`}),(0,W.jsx)(`span`,{className:`v`,children:P[s.source]})]}),(0,W.jsxs)(`div`,{children:[(0,W.jsx)(`span`,{className:`k`,children:`Expected close`}),(0,W.jsx)(`span`,{className:`v`,children:S(s.expectedCloseDate)})]}),(0,W.jsxs)(`div`,{children:[(0,W.jsx)(`span`,{className:`k`,children:`Registered`}),(0,W.jsxs)(`span`,{className:`v`,title:v(s.createdAt),children:[h(s.createdAt,o),` by `,s.registeredBy.name]})]})]}),c.length>0&&!t&&(0,W.jsx)(M,{deal:s,conflicts:c,compact:!0}),(0,W.jsx)(`footer`,{className:`queue-foot`,children:t?(0,W.jsxs)(`div`,{className:t.outcome===`APPROVED`?`decided ok`:`decided no`,role:`status`,children:[t.outcome===`APPROVED`?(0,W.jsx)(a,{size:18,"aria-hidden":`true`}):(0,W.jsx)(A,{size:18,"aria-hidden":`true`}),(0,W.jsx)(`span`,{children:t.outcome===`APPROVED`?(0,W.jsxs)(W.Fragment,{children:[(0,W.jsx)(`strong`,{children:`Approved`}),t.deal.protectionExpiresAt?` · protected until ${S(t.deal.protectionExpiresAt)}`:``,t.deal.coSell?` · co-sell`:``]}):(0,W.jsx)(`strong`,{children:`Rejected`})}),(0,W.jsx)(i,{to:`/deals/${s.id}`,className:`btn btn-sm btn-ghost`,children:`Open deal`})]}):(0,W.jsx)(N,{deal:s,canDecide:r,onDecided:n})})]})}function be(){te(`Approval queue`);let e=_(),[t,n]=s(),i=t.get(`view`)===`table`,o=[`show`,`partner`,`currency`,`min`,`max`].map(e=>t.get(e)??``).join(`|`),[f,m]=(0,H.useState)({key:o,at:{},index:0}),h=f.key===o?f.at:{},g=f.key===o?f.index:0,v=me(t),y=h.before?{last:20,before:h.before,where:v}:{first:20,after:h.after,where:v},x=T(de,y,{keepPrevious:!0}),[S,C]=(0,H.useState)(new Map),[w,E]=(0,H.useState)(new Set),[k,A]=(0,H.useState)(null),[j,M]=(0,H.useState)(null),[N]=(0,H.useState)(()=>Date.now()),P=O(fe),F=O(pe),I=(0,H.useCallback)(()=>A(null),[]),L=e=>{let r=new URLSearchParams(t);for(let[t,n]of Object.entries(e))n?r.set(t,n):r.delete(t);n(r,{replace:!0})},R=x.data?.dealApprovalQueue,z=(R?.edges??[]).map(e=>e.node),B=new Set(z.map(e=>e.deal.id)),U=`${o}#${h.after??``}#${h.before??``}`,G=[...z,...[...S.values()].filter(e=>!B.has(e.item.deal.id)&&e.page===U).map(e=>e.item)].sort((e,t)=>Number(t.managedByViewer)-Number(e.managedByViewer)||e.decisionDueAt.localeCompare(t.decisionDueAt)||e.deal.id.localeCompare(t.deal.id)),K=z.filter(e=>!S.has(e.deal.id)).filter(e=>!e.overdue&&new Date(e.decisionDueAt).getTime()-N<864e5).length,q=t=>e.role===`ADMIN`||t.deal.partner.manager?.id===e.id,J=o!==`||||`,Y=(e,t)=>{A({key:Date.now(),at:Date.now(),message:t,onUndo:async()=>{for(let t of e)await F.mutateAsync({input:{id:t.deal.id}});C(t=>{let n=new Map(t);return e.forEach(e=>n.delete(e.deal.id)),n})}})},X=(e,t)=>{C(n=>new Map(n).set(e.deal.id,{item:e,decision:t,page:U})),Y([e],`${t.outcome===`APPROVED`?`Approved`:`Rejected`} “${e.deal.title}”`)},Z=G.filter(e=>w.has(e.deal.id)&&!S.has(e.deal.id)),Q=async()=>{M(null);try{let e=await P.mutateAsync({input:{ids:Z.map(e=>e.deal.id)}}),t=new Map(e.approveDeals.deals.map(e=>[e.id,e]));C(e=>{let n=new Map(e);for(let e of Z){let r=t.get(e.deal.id);r&&n.set(e.deal.id,{item:e,page:U,decision:{outcome:`APPROVED`,deal:{...r,coSell:!1,decidedAt:new Date().toISOString()}}})}return n}),E(new Set),Y(Z,Z.length===1?`Approved “${Z[0].deal.title}”`:`Approved ${D(Z.length)} registrations`)}catch(e){M(e instanceof ne||e instanceof Error?e:Error(String(e)))}};return(0,W.jsxs)(W.Fragment,{children:[(0,W.jsx)(ie,{title:`Approval queue`,subtitle:e.role===`CHANNEL_MANAGER`?`Registrations waiting for a decision: the partners you manage first, then the rest, each by due time.`:`Registrations waiting for a decision, the most urgent first.`,actions:(0,W.jsxs)(W.Fragment,{children:[(0,W.jsxs)(`div`,{className:`segmented`,role:`group`,"aria-label":`View`,children:[(0,W.jsxs)(`button`,{type:`button`,"aria-pressed":!i,onClick:()=>L({view:null}),children:[(0,W.jsx)(ce,{size:15,"aria-hidden":`true`}),` Cards`]}),(0,W.jsxs)(`button`,{type:`button`,"aria-pressed":i,onClick:()=>L({view:`table`}),children:[(0,W.jsx)(le,{size:15,"aria-hidden":`true`}),` Table`]})]}),(0,W.jsxs)(`a`,{className:`btn`,href:`#decision-stats`,children:[(0,W.jsx)(V,{size:15,"aria-hidden":`true`}),` Decision times`]}),(0,W.jsx)(u,{to:`/deals`,children:`All deals`})]})}),x.isError?(0,W.jsx)(`div`,{className:`card`,children:(0,W.jsx)(c,{error:x.error,onRetry:()=>void x.refetch()})}):x.isPending?(0,W.jsxs)(`div`,{className:`stack`,children:[(0,W.jsx)(`div`,{className:`grid grid-4`,children:[0,1,2,3].map(e=>(0,W.jsx)(l,{height:104},e))}),(0,W.jsx)(l,{height:220}),(0,W.jsx)(l,{height:220})]}):(0,W.jsxs)(`div`,{className:`stack`,children:[(0,W.jsxs)(`div`,{className:`grid grid-4`,children:[(0,W.jsx)(b,{label:`Waiting`,icon:(0,W.jsx)(ae,{size:16}),value:D(x.data.waiting.totalCount),foot:`Registrations to decide`}),(0,W.jsx)(b,{label:`Overdue`,icon:(0,W.jsx)(r,{size:16}),value:D(x.data.overdue.totalCount),foot:`Past their decision time`}),(0,W.jsx)(b,{label:`Due within 24 hours`,icon:(0,W.jsx)(re,{size:16}),value:D(K),foot:`On this page; decide these next`}),(0,W.jsx)(b,{label:`With conflicts`,icon:(0,W.jsx)(oe,{size:16}),value:D(x.data.conflicted.totalCount),foot:`Need a closer look`})]}),(0,W.jsx)(he,{params:t,onChange:L},o),(0,W.jsxs)(`div`,{className:`row`,style:{justifyContent:`space-between`},children:[(0,W.jsxs)(`span`,{className:`muted small`,"aria-live":`polite`,children:[J?`${D(R?.totalCount??0)} match the filters`:`${D(R?.totalCount??0)} waiting`,x.isFetching&&` · Updating…`]}),i&&(0,W.jsxs)(p,{variant:`primary`,size:`sm`,disabled:Z.length===0,loading:P.isPending,onClick:()=>void Q(),children:[(0,W.jsx)(a,{size:15,"aria-hidden":`true`}),` `,Z.length?`Approve ${D(Z.length)} without conflicts`:`Choose registrations to approve`]})]}),j!=null&&(0,W.jsx)(d,{error:j}),G.length===0?(0,W.jsx)(`div`,{className:`card`,children:(0,W.jsx)(ee,{icon:(0,W.jsx)(a,{size:22}),title:J?`Nothing matches these filters`:`Nothing waiting for a decision`,children:J?`Try “All”, or another partner or value.`:`New registrations appear here as partners submit them.`})}):i?(0,W.jsx)(ge,{items:G,now:N,decided:S,selected:w,canDecide:q,onSelect:(e,t)=>E(n=>{let r=new Set(n);return e.forEach(e=>t?r.add(e):r.delete(e)),r})}):(0,W.jsx)(`div`,{className:`queue`,"aria-label":`Registrations waiting for a decision`,children:G.map(e=>(0,W.jsx)(ye,{item:e,now:N,canDecide:q(e),decided:S.get(e.deal.id)?.decision,onDecided:t=>X(e,t)},e.deal.id))}),R&&(R.pageInfo.hasNextPage||R.pageInfo.hasPreviousPage||g>0)&&(0,W.jsx)(se,{from:g*20+1,to:g*20+z.length,total:R.totalCount,hasPrevious:g>0,hasNext:R.pageInfo.hasNextPage||!!h.before,busy:x.isFetching,noun:`registrations`,onPrevious:()=>m({key:o,at:g<=1?{}:{before:R.pageInfo.startCursor??void 0},index:g-1}),onNext:()=>m({key:o,at:{after:R.pageInfo.endCursor??void 0},index:g+1})}),(0,W.jsx)(`div`,{id:`decision-stats`,className:`anchor-target`,children:(0,W.jsx)(ue,{})})]}),(0,W.jsx)(_e,{offer:k,onClose:I},k?.key)]})}export{ve as QUEUE_PAGE,be as default};