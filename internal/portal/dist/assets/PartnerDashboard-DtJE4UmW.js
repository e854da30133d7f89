import{t as e}from"./createLucideIcon-DGfbxOj1.js";import{$ as t,A as n,B as r,E as i,F as a,I as o,J as s,K as c,S as l,T as u,U as d,W as f,Y as p,_ as m,a as h,d as g,ft as _,g as v,h as y,l as b,m as x,mt as S,r as C,rt as w,s as ee,st as te,ut as T}from"./index-BZpwOYLl.js";import{t as E}from"./check-AbBSs0KG.js";import{t as D}from"./shield-check-CM7FA6rd.js";import{t as O}from"./trophy-BhOkct0U.js";import{n as k,r as A}from"./charts-BB77imly.js";import{t as ne}from"./alarm-clock-DsbDypnT.js";import{t as re}from"./plus-B04YUd4W.js";import{t as j}from"./shield-exclamation-point-Aq4IS7kL.js";import{n as M,r as ie,t as ae}from"./tiers-BMp950j0.js";import{a as oe,n as se,t as ce}from"./jsx-runtime-Wy9s6hX0.js";import{a as le,f as N,i as P,l as ue,s as de,t as F,u as fe}from"./status-Byx63icw.js";var I={name:`arrow-right`,size:24,node:[[`path`,{d:`M5 12h14`,key:`1ays0h`}],[`path`,{d:`m12 5 7 7-7 7`,key:`xquz4c`}]]};I.node;var L=e(I),R={name:`calendar-check`,size:24,node:[[`path`,{d:`M8 2v3`,key:`1ioesn`}],[`path`,{d:`M16 2v3`,key:`otl347`}],[`rect`,{x:`3`,y:`3`,width:`18`,height:`18`,rx:`2`,key:`h1oib`}],[`path`,{d:`M3 9h18`,key:`1pudct`}],[`path`,{d:`m9 15 2 2 4-4`,key:`1grp1n`}]]};R.node;var pe=e(R),z={name:`calendar-clock`,size:24,node:[[`path`,{d:`M16 2v3`,key:`otl347`}],[`path`,{d:`M17 15.5v1.7l1 .625`,key:`100ewj`}],[`path`,{d:`M21 8.936V5a2 2 0 00-2-2H5a2 2 0 00-2 2v14a2 2 0 002 2h3.935`,key:`g2sirp`}],[`path`,{d:`M3 9h9.873`,key:`7y8bi6`}],[`path`,{d:`M8 2v3`,key:`1ioesn`}],[`circle`,{cx:`17`,cy:`17`,r:`5`,key:`1op1d2`}]]};z.node;var me=e(z),B={name:`percent`,size:24,node:[[`line`,{x1:`19`,x2:`5`,y1:`5`,y2:`19`,key:`1x9vlm`}],[`circle`,{cx:`6.5`,cy:`6.5`,r:`2.5`,key:`4mh3h7`}],[`circle`,{cx:`17.5`,cy:`17.5`,r:`2.5`,key:`1mdrzq`}]]};B.node;var V=e(B),H={name:`piggy-bank`,size:24,node:[[`path`,{d:`M11 17h3v2a1 1 0 0 0 1 1h2a1 1 0 0 0 1-1v-3a3.16 3.16 0 0 0 2-2h1a1 1 0 0 0 1-1v-2a1 1 0 0 0-1-1h-1a5 5 0 0 0-2-4V3a4 4 0 0 0-3.2 1.6l-.3.4H11a6 6 0 0 0-6 6v1a5 5 0 0 0 2 4v3a1 1 0 0 0 1 1h2a1 1 0 0 0 1-1z`,key:`1piglc`}],[`path`,{d:`M16 10h.01`,key:`1m94wz`}],[`path`,{d:`M2 8v1a2 2 0 0 0 2 2h1`,key:`1env43`}]]};H.node;var he=e(H),U={name:`trending-up`,size:24,node:[[`path`,{d:`M16 7h6v6`,key:`box55l`}],[`path`,{d:`m22 7-8.5 8.5-5-5L2 17`,key:`1t1m79`}]]};U.node;var W=e(U),ge=oe(se(),1),G=ce();function K(e){let[t,n]=(0,ge.useState)(null);return[t&&e.includes(t)?t:e[0]??`USD`,n]}function q({currencies:e,value:t,onChange:n,label:r=`Currency`}){return e.length<2?e.length===1?(0,G.jsx)(`span`,{className:`badge`,children:e[0]}):null:(0,G.jsx)(`div`,{className:`segmented segmented-sm`,role:`group`,"aria-label":r,children:e.map(e=>(0,G.jsx)(`button`,{type:`button`,"aria-pressed":e===t,onClick:()=>n(e),children:e},e))})}function J({currencies:e,shown:t}){let n=e.filter(e=>e!==t);return n.length===0?null:(0,G.jsxs)(`p`,{className:`chart-note`,children:[`Amounts in `,t,` only. `,n.join(`, `),` `,(n.length,`registrations are`),` shown separately (switch above): currencies are never added together.`]})}function Y(e){let t=new Map;for(let n of e)t.set(n.currency,(t.get(n.currency)??0)+n.count);return[...t.entries()].sort((e,t)=>t[1]-e[1]||e[0].localeCompare(t[0])).map(([e])=>e)}function X(e,t){let n={count:0,amount:0,sourcedAmount:0,influencedAmount:0};for(let r of e)r.currency===t&&(n.count+=r.count,n.amount+=r.amount,n.sourcedAmount+=r.sourcedAmount,n.influencedAmount+=r.influencedAmount);return n}function _e(e,t,n={}){return{label:t,amount:e?.amount??0,count:e?.count??0,sourced:e?.sourcedAmount??0,influenced:e?.influencedAmount??0,...n}}function Z(e,t,n){let r=new Map(e.filter(e=>e.currency===t).map(e=>[e.key,e]));return n.map(e=>_e(r.get(e.key),e.label,{short:e.short,color:e.color}))}function ve(e,t,n){let r=[],i=new Date(e),a=new Date(t),o=new Intl.DateTimeFormat(n,{month:`long`,year:`numeric`,timeZone:`UTC`}),s=new Intl.DateTimeFormat(n,{month:`short`,timeZone:`UTC`});for(let e=new Date(Date.UTC(i.getUTCFullYear(),i.getUTCMonth(),1));e.getTime()<=a.getTime();e=new Date(Date.UTC(e.getUTCFullYear(),e.getUTCMonth()+1,1))){let t=`${e.getUTCFullYear()}-${String(e.getUTCMonth()+1).padStart(2,`0`)}`;r.push({key:t,label:o.format(e),short:s.format(e)})}return r}var ye=`
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
    `;function Se(e=!0){let t=N(),n=new Date(t-365*F).toISOString(),r=new Date(t+6e4).toISOString(),a=C(be,{from:n,to:r},{enabled:e}),o=_({queryKey:[`WonSourcedDeals`,n],enabled:e,queryFn:async({signal:e})=>{let t=new Map,a;for(let o=0;o<20;o++){let o=await i(xe,{from:n,to:r,after:a},{signal:e});for(let e of M(o.deals))t.set(e.currency,(t.get(e.currency)??0)+(e.closedAmount??e.amount));if(!o.deals.pageInfo.hasNextPage)break;a=o.deals.pageInfo.endCursor}return t}});return{data:a.data&&o.data?{wonSourced:o.data,wonDeals:a.data.dealWinRate.won,winRate:a.data.dealWinRate.winRate,lost:a.data.dealWinRate.lost}:void 0,isError:a.isError||o.isError,isPending:a.isPending||o.isPending}}function Q({to:e,icon:t,tone:n,title:r,meta:i,action:a}){return(0,G.jsxs)(`li`,{className:`attention-item tone-${n}`,children:[(0,G.jsx)(`span`,{className:`attention-icon`,"aria-hidden":`true`,children:t}),(0,G.jsxs)(`div`,{className:`attention-text`,children:[(0,G.jsx)(S,{to:e,className:`cell-title`,children:r}),(0,G.jsx)(`div`,{className:`cell-sub`,children:i})]}),(0,G.jsx)(S,{to:e,className:`btn btn-sm btn-ghost attention-action`,tabIndex:-1,"aria-hidden":`true`,children:a})]})}function Ce({scopeLabel:e}){let t=N(),i={from:P(t,365),monthsFrom:de(t,11),to:new Date(t+6e4).toISOString(),now:new Date(t).toISOString(),soon:new Date(t+14*F).toISOString(),today:P(t,0)},s=C(ye,i),l=s.data,u=l?.byStatus??[],d=l?.byMonth??[],f=Y([...u,...d]),[p,m]=K(f);if(s.isError)return(0,G.jsx)(`div`,{className:`card`,children:(0,G.jsx)(b,{error:s.error,onRetry:()=>void s.refetch()})});if(!l)return(0,G.jsxs)(`div`,{className:`grid grid-2`,children:[(0,G.jsx)(g,{height:300}),(0,G.jsx)(g,{height:300})]});let h=M(l.expiring).slice(0,6),_=M(l.pastClose).slice(0,6-h.length),y=M(l.awaiting).slice(0,6-h.length-_.length),w=l.expiring.totalCount+l.awaiting.totalCount+l.pastClose.totalCount,T=X(u,p),E=Z(u,p,le.map(e=>({key:e,label:fe[e],color:ue[e]}))),O=Z(d,p,ve(i.monthsFrom,t)),A=u.length===0;return(0,G.jsxs)(G.Fragment,{children:[(0,G.jsxs)(`div`,{className:`grid grid-2 align-start`,children:[(0,G.jsxs)(v,{title:`Needs your attention`,hint:w?`${n(w)} ${w===1?`deal`:`deals`} to look at`:void 0,actions:(0,G.jsx)(x,{to:`/deals/new`,size:`sm`,variant:`primary`,icon:(0,G.jsx)(re,{size:14,"aria-hidden":`true`}),children:`Register a deal`}),className:`attention-card`,children:[(0,G.jsxs)(`div`,{className:`glance`,children:[(0,G.jsxs)(S,{to:`/deals?status=SUBMITTED`,className:`glance-item`,children:[(0,G.jsx)(`span`,{className:`glance-value`,children:n(l.awaiting.totalCount)}),(0,G.jsx)(`span`,{className:`glance-label`,children:`awaiting a decision`})]}),(0,G.jsxs)(S,{to:`/deals?status=APPROVED`,className:`glance-item`,children:[(0,G.jsx)(`span`,{className:`glance-value`,children:n(l.protectedNow.totalCount)}),(0,G.jsx)(`span`,{className:`glance-label`,children:`protected now`})]}),(0,G.jsxs)(S,{to:`/deals?status=WON`,className:`glance-item`,children:[(0,G.jsx)(`span`,{className:`glance-value`,children:n(l.wonYear.totalCount)}),(0,G.jsx)(`span`,{className:`glance-label`,children:`won in 12 months`})]})]}),w===0?(0,G.jsxs)(`div`,{className:`all-clear`,children:[(0,G.jsx)(te,{size:20,"aria-hidden":`true`}),(0,G.jsxs)(`div`,{children:[(0,G.jsx)(`strong`,{children:`Nothing needs you right now`}),(0,G.jsx)(`span`,{children:`No protection ends in the next 14 days and no registration is waiting for a decision.`})]})]}):(0,G.jsxs)(`ul`,{className:`attention`,"data-testid":`attention-list`,children:[h.map(e=>{let n=o(e.protectionExpiresAt,t),r=(e.extensions??[]).some(e=>e.status===`PENDING`);return(0,G.jsx)(Q,{to:`/deals/${e.id}`,tone:`warning`,icon:(0,G.jsx)(j,{size:16}),title:e.title,meta:(0,G.jsxs)(G.Fragment,{children:[e.customerName,` · protection ends `,n<=1?`tomorrow`:`in ${n} days`,` (`,a(e.protectionExpiresAt),`)`,r&&` · extension requested`]}),action:r?`View`:`Extend`},e.id)}),_.map(e=>(0,G.jsx)(Q,{to:`/deals/${e.id}`,tone:`info`,icon:(0,G.jsx)(pe,{size:16}),title:e.title,meta:(0,G.jsxs)(G.Fragment,{children:[e.customerName,` · was expected to close `,a(e.expectedCloseDate),`: record the outcome`]}),action:`Record`},e.id)),y.map(e=>{let n=(e.conflicts??[]).length>0,r=new Date(e.decisionDueAt).getTime()<t;return(0,G.jsx)(Q,{to:`/deals/${e.id}`,tone:n?`warning`:`neutral`,icon:n?(0,G.jsx)(j,{size:16}):(0,G.jsx)(ne,{size:16}),title:e.title,meta:(0,G.jsxs)(G.Fragment,{children:[e.customerName,` · awaiting decision, `,r?`was due`:`due`,` `,c(e.decisionDueAt,t),n&&` · overlaps with another claim`]}),action:`View`},e.id)}),w>h.length+_.length+y.length&&(0,G.jsx)(`li`,{className:`attention-more`,children:(0,G.jsxs)(S,{to:l.expiring.totalCount>h.length?`/deals?status=APPROVED&sort=PROTECTION_EXPIRES_AT&dir=ASC`:`/deals?status=SUBMITTED&sort=DECISION_DUE_AT&dir=ASC`,children:[n(w-h.length-_.length-y.length),` more in your deals `,(0,G.jsx)(L,{size:13,"aria-hidden":`true`})]})})]})]}),(0,G.jsx)(v,{title:`Pipeline by status`,hint:A?`${e}, registered in the last 12 months.`:`${e}: ${n(T.count)} ${T.count===1?`registration`:`registrations`} worth ${r(T.amount,p)} in ${p}, last 12 months.`,actions:(0,G.jsx)(q,{currencies:f,value:p,onChange:m,label:`Pipeline currency`}),children:A?(0,G.jsx)(ee,{icon:(0,G.jsx)(D,{size:22}),title:`No registrations in the last 12 months`,action:(0,G.jsx)(x,{to:`/deals/new`,children:`Register a deal`}),children:`Your pipeline appears here as you register deals.`}):(0,G.jsxs)(G.Fragment,{children:[(0,G.jsx)(k,{data:E,currency:p,label:`Pipeline by status`,layout:`horizontal-bars`,labelWidth:84}),(0,G.jsxs)(`div`,{className:`split-bar`,"aria-label":`Partner-sourced ${r(T.sourcedAmount,p)}, partner-influenced ${r(T.influencedAmount,p)}`,role:`img`,children:[(0,G.jsx)(`span`,{style:{flexGrow:T.sourcedAmount||1e-4},className:`sourced`}),(0,G.jsx)(`span`,{style:{flexGrow:T.influencedAmount||1e-4},className:`influenced`})]}),(0,G.jsxs)(`div`,{className:`split-legend`,children:[(0,G.jsxs)(`span`,{children:[(0,G.jsx)(`i`,{className:`sourced`}),` Partner-sourced `,(0,G.jsx)(`strong`,{children:r(T.sourcedAmount,p)})]}),(0,G.jsxs)(`span`,{children:[(0,G.jsx)(`i`,{className:`influenced`}),` Partner-influenced `,(0,G.jsx)(`strong`,{children:r(T.influencedAmount,p)})]})]}),(0,G.jsx)(J,{currencies:f,shown:p})]})})]}),!A&&(0,G.jsxs)(v,{title:`Registrations by month`,hint:`Value registered each month in ${p}, partner-sourced and partner-influenced.`,actions:(0,G.jsx)(q,{currencies:f,value:p,onChange:m,label:`Monthly pipeline currency`}),children:[(0,G.jsx)(k,{data:O,currency:p,label:`Registrations by month`,split:!0}),(0,G.jsxs)(`div`,{className:`legend`,"aria-hidden":`true`,children:[(0,G.jsxs)(`span`,{children:[(0,G.jsx)(`i`,{style:{background:`#6366f1`}}),`Partner-sourced`]}),(0,G.jsxs)(`span`,{children:[(0,G.jsx)(`i`,{style:{background:`#a5b4fc`}}),`Partner-influenced`]})]})]})]})}function we(e,t,n){let r=t>0?Math.min(1,e/t):1;return{share:r,left:Math.max(0,t-e),label:`${n(e)} of ${n(t)}`,pct:d(r)}}var Te=`
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
}`;function Ee(e=new Date){let t=e.getHours();return t<12?`Good morning`:t<18?`Good afternoon`:`Good evening`}function De({tier:e}){return e?(0,G.jsxs)(`section`,{className:`tier-hero`,"aria-labelledby":`tier-hero-title`,style:{"--tier":l(e.rank)},children:[(0,G.jsx)(`div`,{className:`label`,children:`Your tier`}),(0,G.jsxs)(`div`,{className:`tier-name`,id:`tier-hero-title`,children:[(0,G.jsx)(T,{size:28,"aria-hidden":`true`,style:{color:l(e.rank)}}),(0,G.jsx)(`span`,{"data-testid":`current-tier`,children:e.name})]}),e.description&&(0,G.jsx)(`p`,{children:e.description}),(0,G.jsxs)(`div`,{className:`benefit-grid`,children:[(0,G.jsxs)(`div`,{className:`benefit`,children:[(0,G.jsx)(`div`,{className:`k`,children:`Discount off list`}),(0,G.jsx)(`div`,{className:`v`,children:f(e.discountBps)})]}),(0,G.jsxs)(`div`,{className:`benefit`,children:[(0,G.jsx)(`div`,{className:`k`,children:`Rebate on won revenue`}),(0,G.jsx)(`div`,{className:`v`,children:f(e.rebateBps)})]}),(0,G.jsxs)(`div`,{className:`benefit`,children:[(0,G.jsx)(`div`,{className:`k`,children:`MDF per quarter`}),(0,G.jsx)(`div`,{className:`v`,children:r(e.mdfQuarterlyAllowance,e.currency)})]}),(0,G.jsxs)(`div`,{className:`benefit`,children:[(0,G.jsx)(`div`,{className:`k`,children:`Deal protection`}),(0,G.jsxs)(`div`,{className:`v`,children:[e.dealProtectionDays,` days`]})]})]})]}):(0,G.jsxs)(`section`,{className:`tier-hero`,"aria-labelledby":`tier-hero-title`,children:[(0,G.jsx)(`div`,{className:`label`,children:`Your tier`}),(0,G.jsx)(`div`,{className:`tier-name`,id:`tier-hero-title`,children:`Not yet tiered`}),(0,G.jsx)(`p`,{children:`Your partner account manager assigns your first tier once your agreement is in place.`})]})}function $({from:e,to:t,format:n}){return t<=e?null:(0,G.jsxs)(`span`,{className:`badge badge-success`,children:[`+`,n(t-e)]})}function Oe({share:e,tone:t}){return(0,G.jsx)(`div`,{className:`meter`,"aria-hidden":`true`,children:(0,G.jsx)(`span`,{style:{width:`${Math.max(2,e*100)}%`},className:t===`done`?`ok`:void 0})})}function ke({current:e,next:i,progress:a}){if(!i)return(0,G.jsx)(v,{title:`You hold the top tier`,hint:`Nothing left to unlock: keep your figures above the requirements to stay here.`,children:(0,G.jsxs)(`div`,{className:`row muted`,children:[(0,G.jsx)(O,{size:18,"aria-hidden":`true`}),` Thank you for being one of our leading partners.`]})});let o=a?.figures,s=a?.scope===`own`,c=o?we(o.wonSourced.get(i.currency)??0,i.minRevenueT12m,e=>r(e,i.currency)):void 0,u=o?[...o.wonSourced.entries()].filter(([e,t])=>e!==i.currency&&t>0):[],d=o?we(o.wonDeals,i.minWonDeals,n):void 0,p=[{icon:(0,G.jsx)(W,{size:16}),label:`Partner-sourced won revenue, trailing 12 months`,value:r(i.minRevenueT12m,i.currency),progress:c,missing:c&&c.left>0?`${r(c.left,i.currency)} to go`:void 0,note:u.length?`Plus ${u.map(([e,t])=>r(t,e)).join(`, `)} won in other currencies, not counted here: the requirement is in ${i.currency} and PartnerHub never converts currencies.`:void 0},{icon:(0,G.jsx)(O,{size:16}),label:`Won deals, trailing 12 months`,value:n(i.minWonDeals),progress:d,missing:d&&d.left>0?`${n(d.left)} more ${d.left===1?`deal`:`deals`}`:void 0},{icon:(0,G.jsx)(t,{size:16}),label:`People with a current certification`,value:n(i.minCertifiedPeople),note:`Certifications are not tracked in the portal yet.`}];return(0,G.jsxs)(v,{title:(0,G.jsxs)(G.Fragment,{children:[`Reach `,(0,G.jsx)(`span`,{style:{color:l(i.rank)},children:i.name})]}),hint:`What it takes to move up${e?` from ${e.name}`:``}${o?s?`, against the deals you registered`:`, and where you stand`:``}.`,labelledBy:`next-tier-title`,children:[(0,G.jsx)(`div`,{className:`req-list`,"data-testid":`next-tier-requirements`,children:p.map(e=>(0,G.jsxs)(`div`,{className:`req`,children:[(0,G.jsx)(`span`,{className:`icon-bubble`,"aria-hidden":`true`,children:e.icon}),(0,G.jsxs)(`div`,{className:`req-text`,children:[(0,G.jsx)(`div`,{className:`req-label`,children:e.label}),(0,G.jsxs)(`div`,{className:`req-value`,children:[`at least `,e.value]}),e.progress&&(0,G.jsxs)(G.Fragment,{children:[(0,G.jsx)(Oe,{share:e.progress.share,tone:e.progress.left===0?`done`:void 0}),(0,G.jsxs)(`div`,{className:`req-progress`,children:[(0,G.jsxs)(`span`,{children:[s?`Yours: `:``,e.progress.label]}),!s&&(0,G.jsx)(`span`,{className:e.progress.left===0?`req-done`:`req-missing`,children:e.progress.left===0?`Met`:e.missing})]})]}),e.note&&(0,G.jsx)(`div`,{className:`req-note`,children:e.note})]})]},e.label))}),(0,G.jsx)(`p`,{className:`muted`,style:{marginTop:12,fontSize:`0.82rem`},children:a?.loading?`Loading your figures…`:o?s?`Counting the deals you registered. Tiers are decided on your whole organisation’s figures, which your partner admin sees here.`:`Won deals closed in the last 12 months, from your registrations; revenue is their final value.`:`Your progress against these figures appears here as you register and win deals.`}),(0,G.jsxs)(`h3`,{style:{marginTop:18,marginBottom:10},children:[`What `,i.name,` adds`]}),(0,G.jsxs)(`ul`,{className:`checklist`,children:[(0,G.jsxs)(`li`,{children:[(0,G.jsx)(V,{size:16,"aria-hidden":`true`}),(0,G.jsxs)(`span`,{children:[f(i.discountBps),` discount`,` `,e&&(0,G.jsx)($,{from:e.discountBps,to:i.discountBps,format:e=>`${e/100} pts`})]})]}),(0,G.jsxs)(`li`,{children:[(0,G.jsx)(he,{size:16,"aria-hidden":`true`}),(0,G.jsxs)(`span`,{children:[r(i.mdfQuarterlyAllowance,i.currency),` MDF per quarter`,` `,e&&(0,G.jsx)($,{from:e.mdfQuarterlyAllowance,to:i.mdfQuarterlyAllowance,format:e=>r(e,i.currency)})]})]}),(0,G.jsxs)(`li`,{children:[(0,G.jsx)(D,{size:16,"aria-hidden":`true`}),(0,G.jsxs)(`span`,{children:[i.dealProtectionDays,`-day deal protection`,` `,e&&(0,G.jsx)($,{from:e.dealProtectionDays,to:i.dealProtectionDays,format:e=>`${e} days`})]})]}),(i.benefits??[]).map(e=>(0,G.jsxs)(`li`,{children:[(0,G.jsx)(E,{size:16,"aria-hidden":`true`}),(0,G.jsx)(`span`,{children:e})]},e))]})]})}function Ae({tiers:e,currentRank:t}){return(0,G.jsx)(`ol`,{className:`ladder`,style:{"--steps":Math.max(e.length,1)},"aria-label":`Tier ladder`,children:e.map(e=>(0,G.jsxs)(`li`,{"aria-current":e.rank===t?`true`:void 0,style:{"--tier":l(e.rank)},children:[(0,G.jsx)(`div`,{className:`step-name`,children:e.name}),(0,G.jsx)(`div`,{className:`step-meta`,children:e.rank===t?`You are here`:e.minRevenueT12m?`from ${r(e.minRevenueT12m,e.currency,{compact:!0})}`:`Entry level`})]},e.id))})}function je({role:e}){let t=s(e).filter(e=>!p(e));return t.length===0?null:(0,G.jsx)(v,{title:`Coming to your portal`,hint:`These arrive with the next releases of PartnerHub.`,children:(0,G.jsx)(`div`,{className:`upcoming`,children:t.map(e=>{let t=e.icon;return(0,G.jsxs)(`div`,{className:`upcoming-item`,children:[(0,G.jsx)(`span`,{className:`icon-bubble`,"aria-hidden":`true`,children:(0,G.jsx)(t,{size:16})}),(0,G.jsxs)(`div`,{children:[(0,G.jsx)(`strong`,{children:e.label}),(0,G.jsx)(`span`,{children:e.blurb})]})]},e.id)})})})}function Me(){let e=u();h(`Dashboard`);let t=C(Te,{}),n=e.name.split(` `)[0],r=t.data?.viewer.partner,i=ie(M(t.data?.tiers)),a=r?.tier??null,o=t.data?ae(i,a):void 0,s=Se(),c=e.role===`PARTNER_SALES`,d=c?`Deals you registered`:e.partner?.name??`Your organisation`;return(0,G.jsxs)(G.Fragment,{children:[(0,G.jsx)(m,{title:`${Ee()}, ${n}`,subtitle:`Here’s where ${e.partner?.name??`your organisation`} stands in the partner program.`,actions:(0,G.jsxs)(S,{to:`/tiers`,className:`btn`,children:[`All tiers and benefits `,(0,G.jsx)(L,{size:15,"aria-hidden":`true`})]})}),t.isError?(0,G.jsx)(`div`,{className:`card`,children:(0,G.jsx)(b,{error:t.error,onRetry:()=>void t.refetch()})}):t.isPending?(0,G.jsxs)(`div`,{className:`stack`,children:[(0,G.jsx)(g,{height:210}),(0,G.jsxs)(`div`,{className:`grid grid-2`,children:[(0,G.jsx)(g,{height:320}),(0,G.jsx)(g,{height:320})]})]}):(0,G.jsxs)(`div`,{className:`stack`,children:[(0,G.jsx)(De,{tier:a}),(0,G.jsx)(Ce,{scopeLabel:d}),(0,G.jsxs)(`div`,{className:`grid grid-2`,children:[(0,G.jsx)(ke,{current:a,next:o,progress:{figures:s.data,scope:c?`own`:`organisation`,loading:s.isPending&&!s.isError}}),(0,G.jsxs)(`div`,{className:`stack`,children:[(0,G.jsxs)(v,{title:`The tier ladder`,hint:`Discount and rebate by tier.`,children:[(0,G.jsx)(Ae,{tiers:i,currentRank:a?.rank}),(0,G.jsx)(`div`,{style:{marginTop:16},children:(0,G.jsx)(A,{tiers:i,currentRank:a?.rank})}),(0,G.jsxs)(`div`,{className:`legend`,"aria-hidden":`true`,children:[(0,G.jsxs)(`span`,{children:[(0,G.jsx)(`i`,{style:{background:a?l(a.rank):`#6366f1`}}),`Discount`]}),(0,G.jsxs)(`span`,{children:[(0,G.jsx)(`i`,{style:{background:`#a5b4fc`}}),`Rebate`]})]})]}),(0,G.jsx)(v,{title:`Your partner account manager`,children:r?.manager?(0,G.jsxs)(`div`,{className:`person-card`,children:[(0,G.jsx)(y,{name:r.manager.name,size:`lg`}),(0,G.jsxs)(`div`,{style:{flex:1,minWidth:0},children:[(0,G.jsx)(`div`,{className:`cell-title`,children:r.manager.name}),(0,G.jsx)(`div`,{className:`cell-sub`,children:`Your contact for deals, tiers and joint plans`})]}),(0,G.jsxs)(`a`,{className:`btn btn-sm`,href:`mailto:${r.manager.email}`,children:[(0,G.jsx)(w,{size:14,"aria-hidden":`true`}),` E-mail`]})]}):(0,G.jsxs)(`div`,{className:`row muted`,children:[(0,G.jsx)(me,{size:16,"aria-hidden":`true`}),` A partner account manager will be assigned to you soon.`]})})]})]}),(0,G.jsx)(je,{role:e.role})]})]})}export{Ae as Ladder,ke as NextTierCard,De as TierHero,je as UpcomingTiles,J as a,V as c,Me as default,q as i,L as l,Z as n,K as o,X as r,W as s,Y as t};