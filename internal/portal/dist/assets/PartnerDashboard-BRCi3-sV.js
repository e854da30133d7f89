import{a as e,i as t,n,o as r,r as i,s as a,t as o}from"./UpcomingTiles-CWyWX5YF.js";import{$ as s,A as c,M as l,T as u,U as d,X as f,a as p,ct as m,f as h,i as g,it as _,p as v,r as y,u as b,v as x,y as ee}from"./index-D7DUstJB.js";import{K as S,U as te,W as C,a as w,c as T,d as E,i as D,r as ne,t as O}from"./usePageTitle-atKqKR4V.js";import{t as k}from"./check-CLRPvaZb.js";import{t as A}from"./shield-check-BAC0fqOJ.js";import{t as j}from"./trending-up-BVJ4gVi6.js";import{t as M}from"./trophy-CvXrwilj.js";import{a as N,i as P}from"./charts-Bpp7OgJ0.js";import{t as re}from"./alarm-clock-D4UYdbwX.js";import{t as F}from"./plus-wl5cgOBG.js";import{t as I}from"./shield-exclamation-point-CSwQK4xe.js";import{n as ie,r as ae,t as L}from"./CurrencySwitch-Du3q-3e1.js";import{a as oe,f as se,i as R,l as ce,s as le,t as ue,u as de}from"./status-Cvs0A2qn.js";import{t as z}from"./connection-mmDI86VZ.js";import{t as B}from"./jsx-runtime-Wy9s6hX0.js";import{i as V,r as fe,t as H}from"./labels-Dm7nlrrf.js";import{n as pe,r as me}from"./tiers-DZsp7JHG.js";var U={name:`calendar-check`,size:24,node:[[`path`,{d:`M8 2v3`,key:`1ioesn`}],[`path`,{d:`M16 2v3`,key:`otl347`}],[`rect`,{x:`3`,y:`3`,width:`18`,height:`18`,rx:`2`,key:`h1oib`}],[`path`,{d:`M3 9h18`,key:`1pudct`}],[`path`,{d:`m9 15 2 2 4-4`,key:`1grp1n`}]]};U.node;var he=C(U),W={name:`calendar-clock`,size:24,node:[[`path`,{d:`M16 2v3`,key:`otl347`}],[`path`,{d:`M17 15.5v1.7l1 .625`,key:`100ewj`}],[`path`,{d:`M21 8.936V5a2 2 0 00-2-2H5a2 2 0 00-2 2v14a2 2 0 002 2h3.935`,key:`g2sirp`}],[`path`,{d:`M3 9h9.873`,key:`7y8bi6`}],[`path`,{d:`M8 2v3`,key:`1ioesn`}],[`circle`,{cx:`17`,cy:`17`,r:`5`,key:`1op1d2`}]]};W.node;var ge=C(W),G={name:`piggy-bank`,size:24,node:[[`path`,{d:`M11 17h3v2a1 1 0 0 0 1 1h2a1 1 0 0 0 1-1v-3a3.16 3.16 0 0 0 2-2h1a1 1 0 0 0 1-1v-2a1 1 0 0 0-1-1h-1a5 5 0 0 0-2-4V3a4 4 0 0 0-3.2 1.6l-.3.4H11a6 6 0 0 0-6 6v1a5 5 0 0 0 2 4v3a1 1 0 0 0 1 1h2a1 1 0 0 0 1-1z`,key:`1piglc`}],[`path`,{d:`M16 10h.01`,key:`1m94wz`}],[`path`,{d:`M2 8v1a2 2 0 0 0 2 2h1`,key:`1env43`}]]};G.node;var _e=C(G),ve=`
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
}`,K=B();function q({to:e,icon:t,tone:n,title:r,meta:i,action:a}){return(0,K.jsxs)(`li`,{className:`attention-item tone-${n}`,children:[(0,K.jsx)(`span`,{className:`attention-icon`,"aria-hidden":`true`,children:t}),(0,K.jsxs)(`div`,{className:`attention-text`,children:[(0,K.jsx)(S,{to:e,className:`cell-title`,children:r}),(0,K.jsx)(`div`,{className:`cell-sub`,children:i})]}),(0,K.jsx)(S,{to:e,className:`btn btn-sm btn-ghost attention-action`,tabIndex:-1,"aria-hidden":`true`,children:a})]})}function ye({scopeLabel:r}){let o=se(),s={from:R(o,365),monthsFrom:le(o,11),to:new Date(o+6e4).toISOString(),now:new Date(o).toISOString(),soon:new Date(o+14*ue).toISOString(),today:R(o,0)},c=h(ve,s),d=c.data,f=d?.byStatus??[],p=d?.byMonth??[],m=n([...f,...p]),[_,y]=ae(m);if(c.isError)return(0,K.jsx)(`div`,{className:`card`,children:(0,K.jsx)(w,{error:c.error,onRetry:()=>void c.refetch()})});if(!d)return(0,K.jsxs)(`div`,{className:`grid grid-2`,children:[(0,K.jsx)(T,{height:300}),(0,K.jsx)(T,{height:300})]});let b=z(d.expiring).slice(0,6),C=z(d.pastClose).slice(0,6-b.length),D=z(d.awaiting).slice(0,6-b.length-C.length),O=d.expiring.totalCount+d.awaiting.totalCount+d.pastClose.totalCount,k=e(f,_),j=t(f,_,oe.map(e=>({key:e,label:de[e],color:ce[e]}))),M=i(s.monthsFrom,o),N=t(p,_,M),B=f.length===0;return(0,K.jsxs)(K.Fragment,{children:[(0,K.jsxs)(`div`,{className:`grid grid-2 align-start`,children:[(0,K.jsxs)(g,{title:`Needs your attention`,hint:O?`${v(O)} ${O===1?`deal`:`deals`} to look at`:void 0,actions:(0,K.jsx)(E,{to:`/deals/new`,size:`sm`,variant:`primary`,icon:(0,K.jsx)(F,{size:14,"aria-hidden":`true`}),children:`Register a deal`}),className:`attention-card`,children:[(0,K.jsxs)(`div`,{className:`glance`,children:[(0,K.jsxs)(S,{to:`/deals?status=SUBMITTED`,className:`glance-item`,children:[(0,K.jsx)(`span`,{className:`glance-value`,children:v(d.awaiting.totalCount)}),(0,K.jsx)(`span`,{className:`glance-label`,children:`awaiting a decision`})]}),(0,K.jsxs)(S,{to:`/deals?status=APPROVED`,className:`glance-item`,children:[(0,K.jsx)(`span`,{className:`glance-value`,children:v(d.protectedNow.totalCount)}),(0,K.jsx)(`span`,{className:`glance-label`,children:`protected now`})]}),(0,K.jsxs)(S,{to:`/deals?status=WON`,className:`glance-item`,children:[(0,K.jsx)(`span`,{className:`glance-value`,children:v(d.wonYear.totalCount)}),(0,K.jsx)(`span`,{className:`glance-label`,children:`won in 12 months`})]})]}),O===0?(0,K.jsxs)(`div`,{className:`all-clear`,children:[(0,K.jsx)(te,{size:20,"aria-hidden":`true`}),(0,K.jsxs)(`div`,{children:[(0,K.jsx)(`strong`,{children:`Nothing needs you right now`}),(0,K.jsx)(`span`,{children:`No protection ends in the next 14 days and no registration is waiting for a decision.`})]})]}):(0,K.jsxs)(`ul`,{className:`attention`,"data-testid":`attention-list`,children:[b.map(e=>{let t=ee(e.protectionExpiresAt,o),n=(e.extensions??[]).some(e=>e.status===`PENDING`);return(0,K.jsx)(q,{to:`/deals/${e.id}`,tone:`warning`,icon:(0,K.jsx)(I,{size:16}),title:e.title,meta:(0,K.jsxs)(K.Fragment,{children:[e.customerName,` · protection ends `,t<=1?`tomorrow`:`in ${t} days`,` (`,x(e.protectionExpiresAt),`)`,n&&` · extension requested`]}),action:n?`View`:`Extend`},e.id)}),C.map(e=>(0,K.jsx)(q,{to:`/deals/${e.id}`,tone:`info`,icon:(0,K.jsx)(he,{size:16}),title:e.title,meta:(0,K.jsxs)(K.Fragment,{children:[e.customerName,` · was expected to close `,x(e.expectedCloseDate),`: record the outcome`]}),action:`Record`},e.id)),D.map(e=>{let t=(e.conflicts??[]).length>0,n=new Date(e.decisionDueAt).getTime()<o;return(0,K.jsx)(q,{to:`/deals/${e.id}`,tone:t?`warning`:`neutral`,icon:t?(0,K.jsx)(I,{size:16}):(0,K.jsx)(re,{size:16}),title:e.title,meta:(0,K.jsxs)(K.Fragment,{children:[e.customerName,` · awaiting decision, `,n?`was due`:`due`,` `,l(e.decisionDueAt,o),t&&` · overlaps with another claim`]}),action:`View`},e.id)}),O>b.length+C.length+D.length&&(0,K.jsx)(`li`,{className:`attention-more`,children:(0,K.jsxs)(S,{to:d.expiring.totalCount>b.length?`/deals?status=APPROVED&sort=PROTECTION_EXPIRES_AT&dir=ASC`:`/deals?status=SUBMITTED&sort=DECISION_DUE_AT&dir=ASC`,children:[v(O-b.length-C.length-D.length),` more in your deals `,(0,K.jsx)(a,{size:13,"aria-hidden":`true`})]})})]})]}),(0,K.jsx)(g,{title:`Pipeline by status`,hint:B?`${r}, registered in the last 12 months.`:`${r}: ${v(k.count)} ${k.count===1?`registration`:`registrations`} worth ${u(k.amount,_)} in ${_}, last 12 months.`,actions:(0,K.jsx)(L,{currencies:m,value:_,onChange:y,label:`Pipeline currency`}),children:B?(0,K.jsx)(ne,{icon:(0,K.jsx)(A,{size:22}),title:`No registrations in the last 12 months`,action:(0,K.jsx)(E,{to:`/deals/new`,children:`Register a deal`}),children:`Your pipeline appears here as you register deals.`}):(0,K.jsxs)(K.Fragment,{children:[(0,K.jsx)(P,{data:j,currency:_,label:`Pipeline by status`,layout:`horizontal-bars`,labelWidth:84}),(0,K.jsxs)(`div`,{className:`split-bar`,"aria-label":`Partner-sourced ${u(k.sourcedAmount,_)}, partner-influenced ${u(k.influencedAmount,_)}`,role:`img`,children:[(0,K.jsx)(`span`,{style:{flexGrow:k.sourcedAmount||1e-4},className:`sourced`}),(0,K.jsx)(`span`,{style:{flexGrow:k.influencedAmount||1e-4},className:`influenced`})]}),(0,K.jsxs)(`div`,{className:`split-legend`,children:[(0,K.jsxs)(`span`,{children:[(0,K.jsx)(`i`,{className:`sourced`}),` Partner-sourced `,(0,K.jsx)(`strong`,{children:u(k.sourcedAmount,_)})]}),(0,K.jsxs)(`span`,{children:[(0,K.jsx)(`i`,{className:`influenced`}),` Partner-influenced `,(0,K.jsx)(`strong`,{children:u(k.influencedAmount,_)})]})]}),(0,K.jsx)(ie,{currencies:m,shown:_})]})})]}),!B&&(0,K.jsxs)(g,{title:`Registrations by month`,hint:`Value registered each month in ${_}, partner-sourced and partner-influenced.`,actions:(0,K.jsx)(L,{currencies:m,value:_,onChange:y,label:`Monthly pipeline currency`}),children:[(0,K.jsx)(P,{data:N,currency:_,label:`Registrations by month`,split:!0}),(0,K.jsxs)(`div`,{className:`legend`,"aria-hidden":`true`,children:[(0,K.jsxs)(`span`,{children:[(0,K.jsx)(`i`,{style:{background:`#6366f1`}}),`Partner-sourced`]}),(0,K.jsxs)(`span`,{children:[(0,K.jsx)(`i`,{style:{background:`#a5b4fc`}}),`Partner-influenced`]})]})]})]})}var be=`
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
  minApprovedRegistrations
  requiresManualCheck
  windowDays
  discountBps
  rebateBps
  mdfQuarterlyAllowance
  dealProtectionDays
  benefits
}`,xe=`
    query PartnerTierProgress($partnerId: ID!) {
  tierProgress(partnerId: $partnerId) {
    partnerId
    current {
      tierId
    }
    next {
      ...TierResultFields
    }
  }
}
    fragment TierResultFields on TierResult {
  tierId
  name
  rank
  qualified
  requirements {
    key
    measured
    threshold
    remaining
    met
    currency
    windowDays
  }
}`;function Se(e=new Date){let t=e.getHours();return t<12?`Good morning`:t<18?`Good afternoon`:`Good evening`}function J({tier:e}){return e?(0,K.jsxs)(`section`,{className:`tier-hero`,"aria-labelledby":`tier-hero-title`,style:{"--tier":b(e.rank)},children:[(0,K.jsx)(`div`,{className:`label`,children:`Your tier`}),(0,K.jsxs)(`div`,{className:`tier-name`,id:`tier-hero-title`,children:[(0,K.jsx)(m,{size:28,"aria-hidden":`true`,style:{color:b(e.rank)}}),(0,K.jsx)(`span`,{"data-testid":`current-tier`,children:e.name})]}),e.description&&(0,K.jsx)(`p`,{children:e.description}),(0,K.jsxs)(`div`,{className:`benefit-grid`,children:[(0,K.jsxs)(`div`,{className:`benefit`,children:[(0,K.jsx)(`div`,{className:`k`,children:`Discount off list`}),(0,K.jsx)(`div`,{className:`v`,children:c(e.discountBps)})]}),(0,K.jsxs)(`div`,{className:`benefit`,children:[(0,K.jsx)(`div`,{className:`k`,children:`Rebate on won revenue`}),(0,K.jsx)(`div`,{className:`v`,children:c(e.rebateBps)})]}),(0,K.jsxs)(`div`,{className:`benefit`,children:[(0,K.jsx)(`div`,{className:`k`,children:`MDF per quarter`}),(0,K.jsx)(`div`,{className:`v`,children:u(e.mdfQuarterlyAllowance,e.currency)})]}),(0,K.jsxs)(`div`,{className:`benefit`,children:[(0,K.jsx)(`div`,{className:`k`,children:`Deal protection`}),(0,K.jsxs)(`div`,{className:`v`,children:[e.dealProtectionDays,` days`]})]})]})]}):(0,K.jsxs)(`section`,{className:`tier-hero`,"aria-labelledby":`tier-hero-title`,children:[(0,K.jsx)(`div`,{className:`label`,children:`Your tier`}),(0,K.jsx)(`div`,{className:`tier-name`,id:`tier-hero-title`,children:`Not yet tiered`}),(0,K.jsx)(`p`,{children:`Your partner account manager assigns your first tier once your agreement is in place.`})]})}function Y({from:e,to:t,format:n}){return t<=e?null:(0,K.jsxs)(`span`,{className:`badge badge-success`,children:[`+`,n(t-e)]})}var Ce={WON_REVENUE:(0,K.jsx)(j,{size:16}),WON_DEALS:(0,K.jsx)(M,{size:16}),APPROVED_REGISTRATIONS:(0,K.jsx)(_,{size:16}),CERTIFIED_PEOPLE:(0,K.jsx)(f,{size:16}),MANUAL_CHECK:(0,K.jsx)(A,{size:16})};function X(e){let t=e.windowDays;return[...[{key:`WON_REVENUE`,threshold:e.minRevenueT12m,windowDays:t,currency:e.currency},{key:`WON_DEALS`,threshold:e.minWonDeals,windowDays:t,currency:``},{key:`APPROVED_REGISTRATIONS`,threshold:e.minApprovedRegistrations,windowDays:t,currency:``},{key:`CERTIFIED_PEOPLE`,threshold:e.minCertifiedPeople,windowDays:0,currency:``}].filter(e=>e.threshold>0||e.key===`WON_REVENUE`||e.key===`WON_DEALS`),...e.requiresManualCheck?[{key:`MANUAL_CHECK`,threshold:1,windowDays:0,currency:``}]:[]]}function Z(e,t,n){return`${v(e)} more ${e===1?t:n}`}function we(e){let t=e.remaining??0;switch(e.key){case`WON_REVENUE`:return`${u(t,e.currency||`USD`)} to go`;case`WON_DEALS`:return Z(t,`deal`,`deals`);case`CERTIFIED_PEOPLE`:return Z(t,`certified person`,`certified people`);case`APPROVED_REGISTRATIONS`:return Z(t,`approved registration`,`approved registrations`);case`MANUAL_CHECK`:return`Awaiting the channel manager’s check`;default:return`${v(t)} to go`}}function Te(e){let t=e.key===`CERTIFIED_PEOPLE`?`People with a current certification`:fe[e.key]??e.key;return e.windowDays>0?`${t}, ${V(e.windowDays)}`:t}function Ee({share:e,tone:t}){return(0,K.jsx)(`div`,{className:`meter`,"aria-hidden":`true`,children:(0,K.jsx)(`span`,{style:{width:`${Math.max(2,e*100)}%`},className:t===`done`?`ok`:void 0})})}function De({r:e}){let t=e.measured!==void 0,n=e.key===`MANUAL_CHECK`,r=e.threshold>0?Math.min(1,(e.measured??0)/e.threshold):1;return(0,K.jsxs)(`div`,{className:`req`,"data-requirement":e.key,children:[(0,K.jsx)(`span`,{className:`icon-bubble`,"aria-hidden":`true`,children:Ce[e.key]??(0,K.jsx)(k,{size:16})}),(0,K.jsxs)(`div`,{className:`req-text`,children:[(0,K.jsx)(`div`,{className:`req-label`,children:Te(e)}),(0,K.jsx)(`div`,{className:`req-value`,children:n?`Your channel manager’s confirmation`:`at least ${H(e.key,e.threshold,e.currency)}`}),t&&(0,K.jsxs)(K.Fragment,{children:[(0,K.jsx)(Ee,{share:r,tone:e.met?`done`:void 0}),(0,K.jsxs)(`div`,{className:`req-progress`,children:[(0,K.jsx)(`span`,{children:n?e.met?`Confirmed`:`Not confirmed yet`:`${H(e.key,e.measured,e.currency)} of ${H(e.key,e.threshold,e.currency)}`}),(0,K.jsx)(`span`,{className:e.met?`req-done`:`req-missing`,children:e.met?`Met`:we(e)})]})]}),e.key===`WON_REVENUE`&&e.currency&&(0,K.jsxs)(`div`,{className:`req-note`,children:[`Deals won in `,e.currency,` only: PartnerHub never converts currencies.`]})]})]})}function Q({current:e,next:t,progress:n}){if(!t)return(0,K.jsx)(g,{title:`You hold the top tier`,hint:`Nothing left to unlock: keep your figures above the requirements to stay here.`,children:(0,K.jsxs)(`div`,{className:`row muted`,children:[(0,K.jsx)(M,{size:18,"aria-hidden":`true`}),` Thank you for being one of our leading partners.`]})});let i=n?.result&&n.result.tierId===t.id?n.result:void 0,o=i?i.requirements:X(t),s=i?.requirements.filter(e=>!e.met).length??0;return(0,K.jsxs)(g,{title:(0,K.jsxs)(K.Fragment,{children:[`Reach `,(0,K.jsx)(`span`,{style:{color:b(t.rank)},children:t.name})]}),hint:i?s===0?`You meet every requirement${e?` to move up from ${e.name}`:``}: the daily evaluation proposes the change.`:`What it takes to move up${e?` from ${e.name}`:``}, and where your organisation stands today.`:`What it takes to move up${e?` from ${e.name}`:``}.`,labelledBy:`next-tier-title`,children:[(0,K.jsx)(`div`,{className:`req-list`,"data-testid":`next-tier-requirements`,children:o.map(e=>(0,K.jsx)(De,{r:e},e.key))}),n?.error?(0,K.jsx)(`div`,{style:{marginTop:12},children:(0,K.jsx)(D,{error:n.error})}):(0,K.jsx)(`p`,{className:`muted`,style:{marginTop:12,fontSize:`0.82rem`},children:n?.loading?`Loading your figures…`:i?`Your whole organisation’s figures, measured as the daily tier evaluation measures them.`:`Your progress against these figures appears here once your organisation is evaluated.`}),(0,K.jsxs)(S,{to:`/scorecard`,className:`btn btn-sm`,style:{marginTop:4},children:[`Your scorecard and what-if `,(0,K.jsx)(a,{size:14,"aria-hidden":`true`})]}),(0,K.jsxs)(`h3`,{style:{marginTop:18,marginBottom:10},children:[`What `,t.name,` adds`]}),(0,K.jsxs)(`ul`,{className:`checklist`,children:[(0,K.jsxs)(`li`,{children:[(0,K.jsx)(r,{size:16,"aria-hidden":`true`}),(0,K.jsxs)(`span`,{children:[c(t.discountBps),` discount`,` `,e&&(0,K.jsx)(Y,{from:e.discountBps,to:t.discountBps,format:e=>`${e/100} pts`})]})]}),(0,K.jsxs)(`li`,{children:[(0,K.jsx)(_e,{size:16,"aria-hidden":`true`}),(0,K.jsxs)(`span`,{children:[u(t.mdfQuarterlyAllowance,t.currency),` MDF per quarter`,` `,e&&(0,K.jsx)(Y,{from:e.mdfQuarterlyAllowance,to:t.mdfQuarterlyAllowance,format:e=>u(e,t.currency)})]})]}),(0,K.jsxs)(`li`,{children:[(0,K.jsx)(A,{size:16,"aria-hidden":`true`}),(0,K.jsxs)(`span`,{children:[t.dealProtectionDays,`-day deal protection`,` `,e&&(0,K.jsx)(Y,{from:e.dealProtectionDays,to:t.dealProtectionDays,format:e=>`${e} days`})]})]}),(t.benefits??[]).map(e=>(0,K.jsxs)(`li`,{children:[(0,K.jsx)(k,{size:16,"aria-hidden":`true`}),(0,K.jsx)(`span`,{children:e})]},e))]})]})}function $({tiers:e,currentRank:t}){return(0,K.jsx)(`ol`,{className:`ladder`,style:{"--steps":Math.max(e.length,1)},"aria-label":`Tier ladder`,children:e.map(e=>(0,K.jsxs)(`li`,{"aria-current":e.rank===t?`true`:void 0,style:{"--tier":b(e.rank)},children:[(0,K.jsx)(`div`,{className:`step-name`,children:e.name}),(0,K.jsx)(`div`,{className:`step-meta`,children:e.rank===t?`You are here`:e.minRevenueT12m?`from ${u(e.minRevenueT12m,e.currency,{compact:!0})}`:`Entry level`})]},e.id))})}function Oe(){let e=d();O(`Dashboard`);let t=h(be,{}),n=e.name.split(` `)[0],r=t.data?.viewer.partner,i=me(z(t.data?.tiers)),c=r?.tier??null,l=t.data?pe(i,c):void 0,u=e.partner?.id,f=h(xe,{partnerId:u??``},{enabled:!!u}),m=e.role===`PARTNER_SALES`?`Deals you registered`:e.partner?.name??`Your organisation`;return(0,K.jsxs)(K.Fragment,{children:[(0,K.jsx)(p,{title:`${Se()}, ${n}`,subtitle:`Here’s where ${e.partner?.name??`your organisation`} stands in the partner program.`,actions:(0,K.jsxs)(S,{to:`/tiers`,className:`btn`,children:[`All tiers and benefits `,(0,K.jsx)(a,{size:15,"aria-hidden":`true`})]})}),t.isError?(0,K.jsx)(`div`,{className:`card`,children:(0,K.jsx)(w,{error:t.error,onRetry:()=>void t.refetch()})}):t.isPending?(0,K.jsxs)(`div`,{className:`stack`,children:[(0,K.jsx)(T,{height:210}),(0,K.jsxs)(`div`,{className:`grid grid-2`,children:[(0,K.jsx)(T,{height:320}),(0,K.jsx)(T,{height:320})]})]}):(0,K.jsxs)(`div`,{className:`stack`,children:[(0,K.jsx)(J,{tier:c}),(0,K.jsx)(ye,{scopeLabel:m}),(0,K.jsxs)(`div`,{className:`grid grid-2`,children:[(0,K.jsx)(Q,{current:c,next:l,progress:{result:f.data?.tierProgress.next,loading:f.isPending&&!!u,error:f.error}}),(0,K.jsxs)(`div`,{className:`stack`,children:[(0,K.jsxs)(g,{title:`The tier ladder`,hint:`Discount and rebate by tier.`,children:[(0,K.jsx)($,{tiers:i,currentRank:c?.rank}),(0,K.jsx)(`div`,{style:{marginTop:16},children:(0,K.jsx)(N,{tiers:i,currentRank:c?.rank})})]}),(0,K.jsx)(g,{title:`Your partner account manager`,children:r?.manager?(0,K.jsxs)(`div`,{className:`person-card`,children:[(0,K.jsx)(y,{name:r.manager.name,size:`lg`}),(0,K.jsxs)(`div`,{style:{flex:1,minWidth:0},children:[(0,K.jsx)(`div`,{className:`cell-title`,children:r.manager.name}),(0,K.jsx)(`div`,{className:`cell-sub`,children:`Your contact for deals, tiers and joint plans`})]}),(0,K.jsxs)(`a`,{className:`btn btn-sm`,href:`mailto:${r.manager.email}`,children:[(0,K.jsx)(s,{size:14,"aria-hidden":`true`}),` E-mail`]})]}):(0,K.jsxs)(`div`,{className:`row muted`,children:[(0,K.jsx)(ge,{size:16,"aria-hidden":`true`}),` A partner account manager will be assigned to you soon.`]})})]})]}),(0,K.jsx)(o,{})]})]})}export{$ as Ladder,Q as NextTierCard,J as TierHero,Oe as default};