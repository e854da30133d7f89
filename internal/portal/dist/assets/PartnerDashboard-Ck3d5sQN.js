import{t as e}from"./createLucideIcon-DGfbxOj1.js";import{A as t,E as n,F as r,H as i,I as a,K as o,Q as s,S as c,T as l,Y as u,Z as d,_ as f,a as p,at as m,bt as h,d as g,g as _,gt as v,h as y,l as b,lt as x,m as S,pt as ee,q as C,r as w,s as te,vt as T}from"./index-RnFRxBnP.js";import{t as E}from"./check-AbBSs0KG.js";import{t as D}from"./shield-check-CM7FA6rd.js";import{t as O}from"./trophy-BhOkct0U.js";import{n as k,r as A}from"./charts-D3Slv0CK.js";import{t as ne}from"./alarm-clock-DsbDypnT.js";import{t as re}from"./plus-B04YUd4W.js";import{t as j}from"./shield-exclamation-point-Aq4IS7kL.js";import{n as M,r as ie,t as ae}from"./tiers-BE-HxVTD.js";import{a as oe,n as se,t as ce}from"./jsx-runtime-Wy9s6hX0.js";import{a as le,f as N,i as P,l as ue,s as de,t as F,u as fe}from"./status-CGfLkKDH.js";var I={name:`arrow-right`,size:24,node:[[`path`,{d:`M5 12h14`,key:`1ays0h`}],[`path`,{d:`m12 5 7 7-7 7`,key:`xquz4c`}]]};I.node;var L=e(I),R={name:`calendar-check`,size:24,node:[[`path`,{d:`M8 2v3`,key:`1ioesn`}],[`path`,{d:`M16 2v3`,key:`otl347`}],[`rect`,{x:`3`,y:`3`,width:`18`,height:`18`,rx:`2`,key:`h1oib`}],[`path`,{d:`M3 9h18`,key:`1pudct`}],[`path`,{d:`m9 15 2 2 4-4`,key:`1grp1n`}]]};R.node;var pe=e(R),z={name:`calendar-clock`,size:24,node:[[`path`,{d:`M16 2v3`,key:`otl347`}],[`path`,{d:`M17 15.5v1.7l1 .625`,key:`100ewj`}],[`path`,{d:`M21 8.936V5a2 2 0 00-2-2H5a2 2 0 00-2 2v14a2 2 0 002 2h3.935`,key:`g2sirp`}],[`path`,{d:`M3 9h9.873`,key:`7y8bi6`}],[`path`,{d:`M8 2v3`,key:`1ioesn`}],[`circle`,{cx:`17`,cy:`17`,r:`5`,key:`1op1d2`}]]};z.node;var me=e(z),B={name:`percent`,size:24,node:[[`line`,{x1:`19`,x2:`5`,y1:`5`,y2:`19`,key:`1x9vlm`}],[`circle`,{cx:`6.5`,cy:`6.5`,r:`2.5`,key:`4mh3h7`}],[`circle`,{cx:`17.5`,cy:`17.5`,r:`2.5`,key:`1mdrzq`}]]};B.node;var V=e(B),H={name:`piggy-bank`,size:24,node:[[`path`,{d:`M11 17h3v2a1 1 0 0 0 1 1h2a1 1 0 0 0 1-1v-3a3.16 3.16 0 0 0 2-2h1a1 1 0 0 0 1-1v-2a1 1 0 0 0-1-1h-1a5 5 0 0 0-2-4V3a4 4 0 0 0-3.2 1.6l-.3.4H11a6 6 0 0 0-6 6v1a5 5 0 0 0 2 4v3a1 1 0 0 0 1 1h2a1 1 0 0 0 1-1z`,key:`1piglc`}],[`path`,{d:`M16 10h.01`,key:`1m94wz`}],[`path`,{d:`M2 8v1a2 2 0 0 0 2 2h1`,key:`1env43`}]]};H.node;var he=e(H),U={name:`trending-up`,size:24,node:[[`path`,{d:`M16 7h6v6`,key:`box55l`}],[`path`,{d:`m22 7-8.5 8.5-5-5L2 17`,key:`1t1m79`}]]};U.node;var W=e(U),ge=oe(se(),1),G=ce();function K(e){let[t,n]=(0,ge.useState)(null);return[t&&e.includes(t)?t:e[0]??`USD`,n]}function q({currencies:e,value:t,onChange:n,label:r=`Currency`}){return e.length<2?e.length===1?(0,G.jsx)(`span`,{className:`badge`,children:e[0]}):null:(0,G.jsx)(`div`,{className:`segmented segmented-sm`,role:`group`,"aria-label":r,children:e.map(e=>(0,G.jsx)(`button`,{type:`button`,"aria-pressed":e===t,onClick:()=>n(e),children:e},e))})}function J({currencies:e,shown:t}){let n=e.filter(e=>e!==t);return n.length===0?null:(0,G.jsxs)(`p`,{className:`chart-note`,children:[`Amounts in `,t,` only. `,n.join(`, `),` `,(n.length,`registrations are`),` shown separately (switch above): currencies are never added together.`]})}function Y(e){let t=new Map;for(let n of e)t.set(n.currency,(t.get(n.currency)??0)+n.count);return[...t.entries()].sort((e,t)=>t[1]-e[1]||e[0].localeCompare(t[0])).map(([e])=>e)}function X(e,t){let n={count:0,amount:0,sourcedAmount:0,influencedAmount:0};for(let r of e)r.currency===t&&(n.count+=r.count,n.amount+=r.amount,n.sourcedAmount+=r.sourcedAmount,n.influencedAmount+=r.influencedAmount);return n}function _e(e,t,n={}){return{label:t,amount:e?.amount??0,count:e?.count??0,sourced:e?.sourcedAmount??0,influenced:e?.influencedAmount??0,...n}}function Z(e,t,n){let r=new Map(e.filter(e=>e.currency===t).map(e=>[e.key,e]));return n.map(e=>_e(r.get(e.key),e.label,{short:e.short,color:e.color}))}function ve(e,t,n){let r=[],i=new Date(e),a=new Date(t),o=new Intl.DateTimeFormat(n,{month:`long`,year:`numeric`,timeZone:`UTC`}),s=new Intl.DateTimeFormat(n,{month:`short`,timeZone:`UTC`});for(let e=new Date(Date.UTC(i.getUTCFullYear(),i.getUTCMonth(),1));e.getTime()<=a.getTime();e=new Date(Date.UTC(e.getUTCFullYear(),e.getUTCMonth()+1,1))){let t=`${e.getUTCFullYear()}-${String(e.getUTCMonth()+1).padStart(2,`0`)}`;r.push({key:t,label:o.format(e),short:s.format(e)})}return r}var ye=`
    query PartnerDealFigures($from: Time!, $monthsFrom: Time!, $to: Time!, $now: Time!, $soon: Time!, $today: Time!) {
  byStatus: pipelineSummary(from: $from, to: $to, groupBy: STATUS) {
    ...PipelineFigureFields
  }
  byMonth: pipelineSummary(from: $monthsFrom, to: $to, groupBy: MONTH) {
    ...PipelineFigureFields
  }
  expiring: deals(
    first: 5
    orderBy: {field: PROTECTION_EXPIRES_AT, direction: ASC}
    where: {status: APPROVED, protectionExpiresAtGTE: $now, protectionExpiresAtLT: $soon}
  ) {
    totalCount
    edges {
      node {
        id
        title
        customerName
        protectionExpiresAt
        extensions {
          id
          status
        }
      }
    }
  }
  awaiting: deals(
    first: 5
    orderBy: {field: DECISION_DUE_AT, direction: ASC}
    where: {status: SUBMITTED}
  ) {
    totalCount
    edges {
      node {
        id
        title
        customerName
        decisionDueAt
        conflicts {
          id
          blocking
        }
      }
    }
  }
  protectedNow: deals(where: {status: APPROVED}) {
    totalCount
  }
  wonYear: deals(where: {status: WON, closedAtGTE: $from}) {
    totalCount
  }
  pastClose: deals(
    first: 5
    orderBy: {field: EXPECTED_CLOSE_DATE, direction: ASC}
    where: {status: APPROVED, expectedCloseDateLT: $today}
  ) {
    totalCount
    edges {
      node {
        id
        title
        customerName
        expectedCloseDate
      }
    }
  }
}
    fragment PipelineFigureFields on PipelineFigure {
  key
  label
  currency
  count
  amount
  sourcedCount
  sourcedAmount
  influencedCount
  influencedAmount
}`,be=`
    query TierFigures($from: Time!, $to: Time!) {
  dealWinRate(from: $from, to: $to) {
    won
    lost
    winRate
    averageDaysToClose
  }
}
    `,xe=`
    query WonSourcedDeals($from: Time!, $to: Time!, $after: Cursor) {
  deals(
    first: 100
    after: $after
    where: {status: WON, source: SOURCED, closedAtGTE: $from, closedAtLT: $to}
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        currency
        amount
        closedAmount
      }
    }
  }
}
    `;function Se(e=!0){let t=N(),r=new Date(t-365*F).toISOString(),i=new Date(t+6e4).toISOString(),a=w(be,{from:r,to:i},{enabled:e}),o=T({queryKey:[`WonSourcedDeals`,r],enabled:e,queryFn:async({signal:e})=>{let t=new Map,a;for(let o=0;o<20;o++){let o=await n(xe,{from:r,to:i,after:a},{signal:e});for(let e of M(o.deals))t.set(e.currency,(t.get(e.currency)??0)+(e.closedAmount??e.amount));if(!o.deals.pageInfo.hasNextPage)break;a=o.deals.pageInfo.endCursor}return t}});return{data:a.data&&o.data?{wonSourced:o.data,wonDeals:a.data.dealWinRate.won,winRate:a.data.dealWinRate.winRate,lost:a.data.dealWinRate.lost}:void 0,isError:a.isError||o.isError,isPending:a.isPending||o.isPending}}function Q({to:e,icon:t,tone:n,title:r,meta:i,action:a}){return(0,G.jsxs)(`li`,{className:`attention-item tone-${n}`,children:[(0,G.jsx)(`span`,{className:`attention-icon`,"aria-hidden":`true`,children:t}),(0,G.jsxs)(`div`,{className:`attention-text`,children:[(0,G.jsx)(h,{to:e,className:`cell-title`,children:r}),(0,G.jsx)(`div`,{className:`cell-sub`,children:i})]}),(0,G.jsx)(h,{to:e,className:`btn btn-sm btn-ghost attention-action`,tabIndex:-1,"aria-hidden":`true`,children:a})]})}function Ce({scopeLabel:e}){let n=N(),o={from:P(n,365),monthsFrom:de(n,11),to:new Date(n+6e4).toISOString(),now:new Date(n).toISOString(),soon:new Date(n+14*F).toISOString(),today:P(n,0)},s=w(ye,o),c=s.data,l=c?.byStatus??[],d=c?.byMonth??[],f=Y([...l,...d]),[p,m]=K(f);if(s.isError)return(0,G.jsx)(`div`,{className:`card`,children:(0,G.jsx)(b,{error:s.error,onRetry:()=>void s.refetch()})});if(!c)return(0,G.jsxs)(`div`,{className:`grid grid-2`,children:[(0,G.jsx)(g,{height:300}),(0,G.jsx)(g,{height:300})]});let v=M(c.expiring).slice(0,6),y=M(c.pastClose).slice(0,6-v.length),x=M(c.awaiting).slice(0,6-v.length-y.length),C=c.expiring.totalCount+c.awaiting.totalCount+c.pastClose.totalCount,T=X(l,p),E=Z(l,p,le.map(e=>({key:e,label:fe[e],color:ue[e]}))),O=Z(d,p,ve(o.monthsFrom,n)),A=l.length===0;return(0,G.jsxs)(G.Fragment,{children:[(0,G.jsxs)(`div`,{className:`grid grid-2 align-start`,children:[(0,G.jsxs)(_,{title:`Needs your attention`,hint:C?`${t(C)} ${C===1?`deal`:`deals`} to look at`:void 0,actions:(0,G.jsx)(S,{to:`/deals/new`,size:`sm`,variant:`primary`,icon:(0,G.jsx)(re,{size:14,"aria-hidden":`true`}),children:`Register a deal`}),className:`attention-card`,children:[(0,G.jsxs)(`div`,{className:`glance`,children:[(0,G.jsxs)(h,{to:`/deals?status=SUBMITTED`,className:`glance-item`,children:[(0,G.jsx)(`span`,{className:`glance-value`,children:t(c.awaiting.totalCount)}),(0,G.jsx)(`span`,{className:`glance-label`,children:`awaiting a decision`})]}),(0,G.jsxs)(h,{to:`/deals?status=APPROVED`,className:`glance-item`,children:[(0,G.jsx)(`span`,{className:`glance-value`,children:t(c.protectedNow.totalCount)}),(0,G.jsx)(`span`,{className:`glance-label`,children:`protected now`})]}),(0,G.jsxs)(h,{to:`/deals?status=WON`,className:`glance-item`,children:[(0,G.jsx)(`span`,{className:`glance-value`,children:t(c.wonYear.totalCount)}),(0,G.jsx)(`span`,{className:`glance-label`,children:`won in 12 months`})]})]}),C===0?(0,G.jsxs)(`div`,{className:`all-clear`,children:[(0,G.jsx)(ee,{size:20,"aria-hidden":`true`}),(0,G.jsxs)(`div`,{children:[(0,G.jsx)(`strong`,{children:`Nothing needs you right now`}),(0,G.jsx)(`span`,{children:`No protection ends in the next 14 days and no registration is waiting for a decision.`})]})]}):(0,G.jsxs)(`ul`,{className:`attention`,"data-testid":`attention-list`,children:[v.map(e=>{let t=a(e.protectionExpiresAt,n),i=(e.extensions??[]).some(e=>e.status===`PENDING`);return(0,G.jsx)(Q,{to:`/deals/${e.id}`,tone:`warning`,icon:(0,G.jsx)(j,{size:16}),title:e.title,meta:(0,G.jsxs)(G.Fragment,{children:[e.customerName,` · protection ends `,t<=1?`tomorrow`:`in ${t} days`,` (`,r(e.protectionExpiresAt),`)`,i&&` · extension requested`]}),action:i?`View`:`Extend`},e.id)}),y.map(e=>(0,G.jsx)(Q,{to:`/deals/${e.id}`,tone:`info`,icon:(0,G.jsx)(pe,{size:16}),title:e.title,meta:(0,G.jsxs)(G.Fragment,{children:[e.customerName,` · was expected to close `,r(e.expectedCloseDate),`: record the outcome`]}),action:`Record`},e.id)),x.map(e=>{let t=(e.conflicts??[]).length>0,r=new Date(e.decisionDueAt).getTime()<n;return(0,G.jsx)(Q,{to:`/deals/${e.id}`,tone:t?`warning`:`neutral`,icon:t?(0,G.jsx)(j,{size:16}):(0,G.jsx)(ne,{size:16}),title:e.title,meta:(0,G.jsxs)(G.Fragment,{children:[e.customerName,` · awaiting decision, `,r?`was due`:`due`,` `,u(e.decisionDueAt,n),t&&` · overlaps with another claim`]}),action:`View`},e.id)}),C>v.length+y.length+x.length&&(0,G.jsx)(`li`,{className:`attention-more`,children:(0,G.jsxs)(h,{to:c.expiring.totalCount>v.length?`/deals?status=APPROVED&sort=PROTECTION_EXPIRES_AT&dir=ASC`:`/deals?status=SUBMITTED&sort=DECISION_DUE_AT&dir=ASC`,children:[t(C-v.length-y.length-x.length),` more in your deals `,(0,G.jsx)(L,{size:13,"aria-hidden":`true`})]})})]})]}),(0,G.jsx)(_,{title:`Pipeline by status`,hint:A?`${e}, registered in the last 12 months.`:`${e}: ${t(T.count)} ${T.count===1?`registration`:`registrations`} worth ${i(T.amount,p)} in ${p}, last 12 months.`,actions:(0,G.jsx)(q,{currencies:f,value:p,onChange:m,label:`Pipeline currency`}),children:A?(0,G.jsx)(te,{icon:(0,G.jsx)(D,{size:22}),title:`No registrations in the last 12 months`,action:(0,G.jsx)(S,{to:`/deals/new`,children:`Register a deal`}),children:`Your pipeline appears here as you register deals.`}):(0,G.jsxs)(G.Fragment,{children:[(0,G.jsx)(k,{data:E,currency:p,label:`Pipeline by status`,layout:`horizontal-bars`,labelWidth:84}),(0,G.jsxs)(`div`,{className:`split-bar`,"aria-label":`Partner-sourced ${i(T.sourcedAmount,p)}, partner-influenced ${i(T.influencedAmount,p)}`,role:`img`,children:[(0,G.jsx)(`span`,{style:{flexGrow:T.sourcedAmount||1e-4},className:`sourced`}),(0,G.jsx)(`span`,{style:{flexGrow:T.influencedAmount||1e-4},className:`influenced`})]}),(0,G.jsxs)(`div`,{className:`split-legend`,children:[(0,G.jsxs)(`span`,{children:[(0,G.jsx)(`i`,{className:`sourced`}),` Partner-sourced `,(0,G.jsx)(`strong`,{children:i(T.sourcedAmount,p)})]}),(0,G.jsxs)(`span`,{children:[(0,G.jsx)(`i`,{className:`influenced`}),` Partner-influenced `,(0,G.jsx)(`strong`,{children:i(T.influencedAmount,p)})]})]}),(0,G.jsx)(J,{currencies:f,shown:p})]})})]}),!A&&(0,G.jsxs)(_,{title:`Registrations by month`,hint:`Value registered each month in ${p}, partner-sourced and partner-influenced.`,actions:(0,G.jsx)(q,{currencies:f,value:p,onChange:m,label:`Monthly pipeline currency`}),children:[(0,G.jsx)(k,{data:O,currency:p,label:`Registrations by month`,split:!0}),(0,G.jsxs)(`div`,{className:`legend`,"aria-hidden":`true`,children:[(0,G.jsxs)(`span`,{children:[(0,G.jsx)(`i`,{style:{background:`#6366f1`}}),`Partner-sourced`]}),(0,G.jsxs)(`span`,{children:[(0,G.jsx)(`i`,{style:{background:`#a5b4fc`}}),`Partner-influenced`]})]})]})]})}function we(e,t,n){let r=t>0?Math.min(1,e/t):1;return{share:r,left:Math.max(0,t-e),label:`${n(e)} of ${n(t)}`,pct:o(r)}}var Te=`
    query PartnerDashboard {
  viewer {
    id
    partner {
      id
      name
      tier {
        ...TierFields
      }
      manager {
        id
        name
        email
      }
    }
  }
  tiers(first: 100, orderBy: {field: RANK, direction: ASC}) {
    edges {
      node {
        ...TierFields
      }
    }
  }
}
    fragment TierFields on Tier {
  id
  name
  rank
  description
  currency
  minRevenueT12m
  minWonDeals
  minCertifiedPeople
  discountBps
  rebateBps
  mdfQuarterlyAllowance
  dealProtectionDays
  benefits
}`;function Ee(e=new Date){let t=e.getHours();return t<12?`Good morning`:t<18?`Good afternoon`:`Good evening`}function De({tier:e}){return e?(0,G.jsxs)(`section`,{className:`tier-hero`,"aria-labelledby":`tier-hero-title`,style:{"--tier":c(e.rank)},children:[(0,G.jsx)(`div`,{className:`label`,children:`Your tier`}),(0,G.jsxs)(`div`,{className:`tier-name`,id:`tier-hero-title`,children:[(0,G.jsx)(v,{size:28,"aria-hidden":`true`,style:{color:c(e.rank)}}),(0,G.jsx)(`span`,{"data-testid":`current-tier`,children:e.name})]}),e.description&&(0,G.jsx)(`p`,{children:e.description}),(0,G.jsxs)(`div`,{className:`benefit-grid`,children:[(0,G.jsxs)(`div`,{className:`benefit`,children:[(0,G.jsx)(`div`,{className:`k`,children:`Discount off list`}),(0,G.jsx)(`div`,{className:`v`,children:C(e.discountBps)})]}),(0,G.jsxs)(`div`,{className:`benefit`,children:[(0,G.jsx)(`div`,{className:`k`,children:`Rebate on won revenue`}),(0,G.jsx)(`div`,{className:`v`,children:C(e.rebateBps)})]}),(0,G.jsxs)(`div`,{className:`benefit`,children:[(0,G.jsx)(`div`,{className:`k`,children:`MDF per quarter`}),(0,G.jsx)(`div`,{className:`v`,children:i(e.mdfQuarterlyAllowance,e.currency)})]}),(0,G.jsxs)(`div`,{className:`benefit`,children:[(0,G.jsx)(`div`,{className:`k`,children:`Deal protection`}),(0,G.jsxs)(`div`,{className:`v`,children:[e.dealProtectionDays,` days`]})]})]})]}):(0,G.jsxs)(`section`,{className:`tier-hero`,"aria-labelledby":`tier-hero-title`,children:[(0,G.jsx)(`div`,{className:`label`,children:`Your tier`}),(0,G.jsx)(`div`,{className:`tier-name`,id:`tier-hero-title`,children:`Not yet tiered`}),(0,G.jsx)(`p`,{children:`Your partner account manager assigns your first tier once your agreement is in place.`})]})}function $({from:e,to:t,format:n}){return t<=e?null:(0,G.jsxs)(`span`,{className:`badge badge-success`,children:[`+`,n(t-e)]})}function Oe({share:e,tone:t}){return(0,G.jsx)(`div`,{className:`meter`,"aria-hidden":`true`,children:(0,G.jsx)(`span`,{style:{width:`${Math.max(2,e*100)}%`},className:t===`done`?`ok`:void 0})})}function ke({current:e,next:n,progress:r}){if(!n)return(0,G.jsx)(_,{title:`You hold the top tier`,hint:`Nothing left to unlock: keep your figures above the requirements to stay here.`,children:(0,G.jsxs)(`div`,{className:`row muted`,children:[(0,G.jsx)(O,{size:18,"aria-hidden":`true`}),` Thank you for being one of our leading partners.`]})});let a=r?.figures,o=r?.scope===`own`,s=a?we(a.wonSourced.get(n.currency)??0,n.minRevenueT12m,e=>i(e,n.currency)):void 0,l=a?[...a.wonSourced.entries()].filter(([e,t])=>e!==n.currency&&t>0):[],u=a?we(a.wonDeals,n.minWonDeals,t):void 0,d=[{icon:(0,G.jsx)(W,{size:16}),label:`Partner-sourced won revenue, trailing 12 months`,value:i(n.minRevenueT12m,n.currency),progress:s,missing:s&&s.left>0?`${i(s.left,n.currency)} to go`:void 0,note:l.length?`Plus ${l.map(([e,t])=>i(t,e)).join(`, `)} won in other currencies, not counted here: the requirement is in ${n.currency} and PartnerHub never converts currencies.`:void 0},{icon:(0,G.jsx)(O,{size:16}),label:`Won deals, trailing 12 months`,value:t(n.minWonDeals),progress:u,missing:u&&u.left>0?`${t(u.left)} more ${u.left===1?`deal`:`deals`}`:void 0},{icon:(0,G.jsx)(m,{size:16}),label:`People with a current certification`,value:t(n.minCertifiedPeople),note:`Certifications are not tracked in the portal yet.`}];return(0,G.jsxs)(_,{title:(0,G.jsxs)(G.Fragment,{children:[`Reach `,(0,G.jsx)(`span`,{style:{color:c(n.rank)},children:n.name})]}),hint:`What it takes to move up${e?` from ${e.name}`:``}${a?o?`, against the deals you registered`:`, and where you stand`:``}.`,labelledBy:`next-tier-title`,children:[(0,G.jsx)(`div`,{className:`req-list`,"data-testid":`next-tier-requirements`,children:d.map(e=>(0,G.jsxs)(`div`,{className:`req`,children:[(0,G.jsx)(`span`,{className:`icon-bubble`,"aria-hidden":`true`,children:e.icon}),(0,G.jsxs)(`div`,{className:`req-text`,children:[(0,G.jsx)(`div`,{className:`req-label`,children:e.label}),(0,G.jsxs)(`div`,{className:`req-value`,children:[`at least `,e.value]}),e.progress&&(0,G.jsxs)(G.Fragment,{children:[(0,G.jsx)(Oe,{share:e.progress.share,tone:e.progress.left===0?`done`:void 0}),(0,G.jsxs)(`div`,{className:`req-progress`,children:[(0,G.jsxs)(`span`,{children:[o?`Yours: `:``,e.progress.label]}),!o&&(0,G.jsx)(`span`,{className:e.progress.left===0?`req-done`:`req-missing`,children:e.progress.left===0?`Met`:e.missing})]})]}),e.note&&(0,G.jsx)(`div`,{className:`req-note`,children:e.note})]})]},e.label))}),(0,G.jsx)(`p`,{className:`muted`,style:{marginTop:12,fontSize:`0.82rem`},children:r?.loading?`Loading your figures…`:a?o?`Counting the deals you registered. Tiers are decided on your whole organisation’s figures, which your partner admin sees here.`:`Won deals closed in the last 12 months, from your registrations; revenue is their final value.`:`Your progress against these figures appears here as you register and win deals.`}),(0,G.jsxs)(`h3`,{style:{marginTop:18,marginBottom:10},children:[`What `,n.name,` adds`]}),(0,G.jsxs)(`ul`,{className:`checklist`,children:[(0,G.jsxs)(`li`,{children:[(0,G.jsx)(V,{size:16,"aria-hidden":`true`}),(0,G.jsxs)(`span`,{children:[C(n.discountBps),` discount`,` `,e&&(0,G.jsx)($,{from:e.discountBps,to:n.discountBps,format:e=>`${e/100} pts`})]})]}),(0,G.jsxs)(`li`,{children:[(0,G.jsx)(he,{size:16,"aria-hidden":`true`}),(0,G.jsxs)(`span`,{children:[i(n.mdfQuarterlyAllowance,n.currency),` MDF per quarter`,` `,e&&(0,G.jsx)($,{from:e.mdfQuarterlyAllowance,to:n.mdfQuarterlyAllowance,format:e=>i(e,n.currency)})]})]}),(0,G.jsxs)(`li`,{children:[(0,G.jsx)(D,{size:16,"aria-hidden":`true`}),(0,G.jsxs)(`span`,{children:[n.dealProtectionDays,`-day deal protection`,` `,e&&(0,G.jsx)($,{from:e.dealProtectionDays,to:n.dealProtectionDays,format:e=>`${e} days`})]})]}),(n.benefits??[]).map(e=>(0,G.jsxs)(`li`,{children:[(0,G.jsx)(E,{size:16,"aria-hidden":`true`}),(0,G.jsx)(`span`,{children:e})]},e))]})]})}function Ae({tiers:e,currentRank:t}){return(0,G.jsx)(`ol`,{className:`ladder`,style:{"--steps":Math.max(e.length,1)},"aria-label":`Tier ladder`,children:e.map(e=>(0,G.jsxs)(`li`,{"aria-current":e.rank===t?`true`:void 0,style:{"--tier":c(e.rank)},children:[(0,G.jsx)(`div`,{className:`step-name`,children:e.name}),(0,G.jsx)(`div`,{className:`step-meta`,children:e.rank===t?`You are here`:e.minRevenueT12m?`from ${i(e.minRevenueT12m,e.currency,{compact:!0})}`:`Entry level`})]},e.id))})}function je({role:e}){let t=d(e).filter(e=>!s(e));return t.length===0?null:(0,G.jsx)(_,{title:`Coming to your portal`,hint:`These arrive with the next releases of PartnerHub.`,children:(0,G.jsx)(`div`,{className:`upcoming`,children:t.map(e=>{let t=e.icon;return(0,G.jsxs)(`div`,{className:`upcoming-item`,children:[(0,G.jsx)(`span`,{className:`icon-bubble`,"aria-hidden":`true`,children:(0,G.jsx)(t,{size:16})}),(0,G.jsxs)(`div`,{children:[(0,G.jsx)(`strong`,{children:e.label}),(0,G.jsx)(`span`,{children:e.blurb})]})]},e.id)})})})}function Me(){let e=l();p(`Dashboard`);let t=w(Te,{}),n=e.name.split(` `)[0],r=t.data?.viewer.partner,i=ie(M(t.data?.tiers)),a=r?.tier??null,o=t.data?ae(i,a):void 0,s=Se(),u=e.role===`PARTNER_SALES`,d=u?`Deals you registered`:e.partner?.name??`Your organisation`;return(0,G.jsxs)(G.Fragment,{children:[(0,G.jsx)(f,{title:`${Ee()}, ${n}`,subtitle:`Here’s where ${e.partner?.name??`your organisation`} stands in the partner program.`,actions:(0,G.jsxs)(h,{to:`/tiers`,className:`btn`,children:[`All tiers and benefits `,(0,G.jsx)(L,{size:15,"aria-hidden":`true`})]})}),t.isError?(0,G.jsx)(`div`,{className:`card`,children:(0,G.jsx)(b,{error:t.error,onRetry:()=>void t.refetch()})}):t.isPending?(0,G.jsxs)(`div`,{className:`stack`,children:[(0,G.jsx)(g,{height:210}),(0,G.jsxs)(`div`,{className:`grid grid-2`,children:[(0,G.jsx)(g,{height:320}),(0,G.jsx)(g,{height:320})]})]}):(0,G.jsxs)(`div`,{className:`stack`,children:[(0,G.jsx)(De,{tier:a}),(0,G.jsx)(Ce,{scopeLabel:d}),(0,G.jsxs)(`div`,{className:`grid grid-2`,children:[(0,G.jsx)(ke,{current:a,next:o,progress:{figures:s.data,scope:u?`own`:`organisation`,loading:s.isPending&&!s.isError}}),(0,G.jsxs)(`div`,{className:`stack`,children:[(0,G.jsxs)(_,{title:`The tier ladder`,hint:`Discount and rebate by tier.`,children:[(0,G.jsx)(Ae,{tiers:i,currentRank:a?.rank}),(0,G.jsx)(`div`,{style:{marginTop:16},children:(0,G.jsx)(A,{tiers:i,currentRank:a?.rank})}),(0,G.jsxs)(`div`,{className:`legend`,"aria-hidden":`true`,children:[(0,G.jsxs)(`span`,{children:[(0,G.jsx)(`i`,{style:{background:a?c(a.rank):`#6366f1`}}),`Discount`]}),(0,G.jsxs)(`span`,{children:[(0,G.jsx)(`i`,{style:{background:`#a5b4fc`}}),`Rebate`]})]})]}),(0,G.jsx)(_,{title:`Your partner account manager`,children:r?.manager?(0,G.jsxs)(`div`,{className:`person-card`,children:[(0,G.jsx)(y,{name:r.manager.name,size:`lg`}),(0,G.jsxs)(`div`,{style:{flex:1,minWidth:0},children:[(0,G.jsx)(`div`,{className:`cell-title`,children:r.manager.name}),(0,G.jsx)(`div`,{className:`cell-sub`,children:`Your contact for deals, tiers and joint plans`})]}),(0,G.jsxs)(`a`,{className:`btn btn-sm`,href:`mailto:${r.manager.email}`,children:[(0,G.jsx)(x,{size:14,"aria-hidden":`true`}),` E-mail`]})]}):(0,G.jsxs)(`div`,{className:`row muted`,children:[(0,G.jsx)(me,{size:16,"aria-hidden":`true`}),` A partner account manager will be assigned to you soon.`]})})]})]}),(0,G.jsx)(je,{role:e.role})]})]})}export{Ae as Ladder,ke as NextTierCard,De as TierHero,je as UpcomingTiles,J as a,V as c,Me as default,q as i,L as l,Z as n,K as o,X as r,W as s,Y as t};