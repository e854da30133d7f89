import{a as e,c as t,d as n,i as r,l as i,n as a,o,r as s,s as c,t as l,u}from"./UpcomingTiles-CozdGkrW.js";import{A as d,M as ee,Q as f,T as p,U as m,Y as h,a as g,f as _,n as v,nt as y,o as b,ot as x,p as S,s as C,v as w,y as te}from"./index-C_Smhd-H.js";import{F as T,M as ne,N as E,a as D,c as O,d as k,i as A,r as re,t as j}from"./usePageTitle-Duadk7S3.js";import{t as M}from"./check-D2jL6pUX.js";import{t as N}from"./shield-check-BYbrbZRU.js";import{t as P}from"./trophy-JSRor6Ep.js";import{i as F,r as I}from"./charts-CDrLcTWF.js";import{t as ie}from"./alarm-clock-CC0WkqZa.js";import{t as ae}from"./plus-ImJrKoM_.js";import{t as L}from"./shield-exclamation-point-CE7q4IsS.js";import{a as oe,f as se,i as R,l as ce,s as le,t as ue,u as de}from"./status-BkEHgud0.js";import{t as z}from"./connection-mmDI86VZ.js";import{t as B}from"./jsx-runtime-Wy9s6hX0.js";import{i as V,r as fe,t as H}from"./labels-C9A-0w1d.js";import{n as pe,r as me}from"./tiers-DDAouvao.js";var U={name:`calendar-check`,size:24,node:[[`path`,{d:`M8 2v3`,key:`1ioesn`}],[`path`,{d:`M16 2v3`,key:`otl347`}],[`rect`,{x:`3`,y:`3`,width:`18`,height:`18`,rx:`2`,key:`h1oib`}],[`path`,{d:`M3 9h18`,key:`1pudct`}],[`path`,{d:`m9 15 2 2 4-4`,key:`1grp1n`}]]};U.node;var he=E(U),W={name:`calendar-clock`,size:24,node:[[`path`,{d:`M16 2v3`,key:`otl347`}],[`path`,{d:`M17 15.5v1.7l1 .625`,key:`100ewj`}],[`path`,{d:`M21 8.936V5a2 2 0 00-2-2H5a2 2 0 00-2 2v14a2 2 0 002 2h3.935`,key:`g2sirp`}],[`path`,{d:`M3 9h9.873`,key:`7y8bi6`}],[`path`,{d:`M8 2v3`,key:`1ioesn`}],[`circle`,{cx:`17`,cy:`17`,r:`5`,key:`1op1d2`}]]};W.node;var ge=E(W),G={name:`piggy-bank`,size:24,node:[[`path`,{d:`M11 17h3v2a1 1 0 0 0 1 1h2a1 1 0 0 0 1-1v-3a3.16 3.16 0 0 0 2-2h1a1 1 0 0 0 1-1v-2a1 1 0 0 0-1-1h-1a5 5 0 0 0-2-4V3a4 4 0 0 0-3.2 1.6l-.3.4H11a6 6 0 0 0-6 6v1a5 5 0 0 0 2 4v3a1 1 0 0 0 1 1h2a1 1 0 0 0 1-1z`,key:`1piglc`}],[`path`,{d:`M16 10h.01`,key:`1m94wz`}],[`path`,{d:`M2 8v1a2 2 0 0 0 2 2h1`,key:`1env43`}]]};G.node;var _e=E(G),ve=`
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
}`,K=B();function q({to:e,icon:t,tone:n,title:r,meta:i,action:a}){return(0,K.jsxs)(`li`,{className:`attention-item tone-${n}`,children:[(0,K.jsx)(`span`,{className:`attention-icon`,"aria-hidden":`true`,children:t}),(0,K.jsxs)(`div`,{className:`attention-text`,children:[(0,K.jsx)(T,{to:e,className:`cell-title`,children:r}),(0,K.jsx)(`div`,{className:`cell-sub`,children:i})]}),(0,K.jsx)(T,{to:e,className:`btn btn-sm btn-ghost attention-action`,tabIndex:-1,"aria-hidden":`true`,children:a})]})}function ye({scopeLabel:i}){let l=se(),u={from:R(l,365),monthsFrom:le(l,11),to:new Date(l+6e4).toISOString(),now:new Date(l).toISOString(),soon:new Date(l+14*ue).toISOString(),today:R(l,0)},d=v(ve,u),f=d.data,m=f?.byStatus??[],h=f?.byMonth??[],g=a([...m,...h]),[_,y]=t(g);if(d.isError)return(0,K.jsx)(`div`,{className:`card`,children:(0,K.jsx)(D,{error:d.error,onRetry:()=>void d.refetch()})});if(!f)return(0,K.jsxs)(`div`,{className:`grid grid-2`,children:[(0,K.jsx)(O,{height:300}),(0,K.jsx)(O,{height:300})]});let x=z(f.expiring).slice(0,6),C=z(f.pastClose).slice(0,6-x.length),E=z(f.awaiting).slice(0,6-x.length-C.length),A=f.expiring.totalCount+f.awaiting.totalCount+f.pastClose.totalCount,j=e(m,_),M=r(m,_,oe.map(e=>({key:e,label:de[e],color:ce[e]}))),P=s(u.monthsFrom,l),F=r(h,_,P),B=m.length===0;return(0,K.jsxs)(K.Fragment,{children:[(0,K.jsxs)(`div`,{className:`grid grid-2 align-start`,children:[(0,K.jsxs)(b,{title:`Needs your attention`,hint:A?`${S(A)} ${A===1?`deal`:`deals`} to look at`:void 0,actions:(0,K.jsx)(k,{to:`/deals/new`,size:`sm`,variant:`primary`,icon:(0,K.jsx)(ae,{size:14,"aria-hidden":`true`}),children:`Register a deal`}),className:`attention-card`,children:[(0,K.jsxs)(`div`,{className:`glance`,children:[(0,K.jsxs)(T,{to:`/deals?status=SUBMITTED`,className:`glance-item`,children:[(0,K.jsx)(`span`,{className:`glance-value`,children:S(f.awaiting.totalCount)}),(0,K.jsx)(`span`,{className:`glance-label`,children:`awaiting a decision`})]}),(0,K.jsxs)(T,{to:`/deals?status=APPROVED`,className:`glance-item`,children:[(0,K.jsx)(`span`,{className:`glance-value`,children:S(f.protectedNow.totalCount)}),(0,K.jsx)(`span`,{className:`glance-label`,children:`protected now`})]}),(0,K.jsxs)(T,{to:`/deals?status=WON`,className:`glance-item`,children:[(0,K.jsx)(`span`,{className:`glance-value`,children:S(f.wonYear.totalCount)}),(0,K.jsx)(`span`,{className:`glance-label`,children:`won in 12 months`})]})]}),A===0?(0,K.jsxs)(`div`,{className:`all-clear`,children:[(0,K.jsx)(ne,{size:20,"aria-hidden":`true`}),(0,K.jsxs)(`div`,{children:[(0,K.jsx)(`strong`,{children:`Nothing needs you right now`}),(0,K.jsx)(`span`,{children:`No protection ends in the next 14 days and no registration is waiting for a decision.`})]})]}):(0,K.jsxs)(`ul`,{className:`attention`,"data-testid":`attention-list`,children:[x.map(e=>{let t=te(e.protectionExpiresAt,l),n=(e.extensions??[]).some(e=>e.status===`PENDING`);return(0,K.jsx)(q,{to:`/deals/${e.id}`,tone:`warning`,icon:(0,K.jsx)(L,{size:16}),title:e.title,meta:(0,K.jsxs)(K.Fragment,{children:[e.customerName,` · protection ends `,t<=1?`tomorrow`:`in ${t} days`,` (`,w(e.protectionExpiresAt),`)`,n&&` · extension requested`]}),action:n?`View`:`Extend`},e.id)}),C.map(e=>(0,K.jsx)(q,{to:`/deals/${e.id}`,tone:`info`,icon:(0,K.jsx)(he,{size:16}),title:e.title,meta:(0,K.jsxs)(K.Fragment,{children:[e.customerName,` · was expected to close `,w(e.expectedCloseDate),`: record the outcome`]}),action:`Record`},e.id)),E.map(e=>{let t=(e.conflicts??[]).length>0,n=new Date(e.decisionDueAt).getTime()<l;return(0,K.jsx)(q,{to:`/deals/${e.id}`,tone:t?`warning`:`neutral`,icon:t?(0,K.jsx)(L,{size:16}):(0,K.jsx)(ie,{size:16}),title:e.title,meta:(0,K.jsxs)(K.Fragment,{children:[e.customerName,` · awaiting decision, `,n?`was due`:`due`,` `,ee(e.decisionDueAt,l),t&&` · overlaps with another claim`]}),action:`View`},e.id)}),A>x.length+C.length+E.length&&(0,K.jsx)(`li`,{className:`attention-more`,children:(0,K.jsxs)(T,{to:f.expiring.totalCount>x.length?`/deals?status=APPROVED&sort=PROTECTION_EXPIRES_AT&dir=ASC`:`/deals?status=SUBMITTED&sort=DECISION_DUE_AT&dir=ASC`,children:[S(A-x.length-C.length-E.length),` more in your deals `,(0,K.jsx)(n,{size:13,"aria-hidden":`true`})]})})]})]}),(0,K.jsx)(b,{title:`Pipeline by status`,hint:B?`${i}, registered in the last 12 months.`:`${i}: ${S(j.count)} ${j.count===1?`registration`:`registrations`} worth ${p(j.amount,_)} in ${_}, last 12 months.`,actions:(0,K.jsx)(o,{currencies:g,value:_,onChange:y,label:`Pipeline currency`}),children:B?(0,K.jsx)(re,{icon:(0,K.jsx)(N,{size:22}),title:`No registrations in the last 12 months`,action:(0,K.jsx)(k,{to:`/deals/new`,children:`Register a deal`}),children:`Your pipeline appears here as you register deals.`}):(0,K.jsxs)(K.Fragment,{children:[(0,K.jsx)(I,{data:M,currency:_,label:`Pipeline by status`,layout:`horizontal-bars`,labelWidth:84}),(0,K.jsxs)(`div`,{className:`split-bar`,"aria-label":`Partner-sourced ${p(j.sourcedAmount,_)}, partner-influenced ${p(j.influencedAmount,_)}`,role:`img`,children:[(0,K.jsx)(`span`,{style:{flexGrow:j.sourcedAmount||1e-4},className:`sourced`}),(0,K.jsx)(`span`,{style:{flexGrow:j.influencedAmount||1e-4},className:`influenced`})]}),(0,K.jsxs)(`div`,{className:`split-legend`,children:[(0,K.jsxs)(`span`,{children:[(0,K.jsx)(`i`,{className:`sourced`}),` Partner-sourced `,(0,K.jsx)(`strong`,{children:p(j.sourcedAmount,_)})]}),(0,K.jsxs)(`span`,{children:[(0,K.jsx)(`i`,{className:`influenced`}),` Partner-influenced `,(0,K.jsx)(`strong`,{children:p(j.influencedAmount,_)})]})]}),(0,K.jsx)(c,{currencies:g,shown:_})]})})]}),!B&&(0,K.jsxs)(b,{title:`Registrations by month`,hint:`Value registered each month in ${_}, partner-sourced and partner-influenced.`,actions:(0,K.jsx)(o,{currencies:g,value:_,onChange:y,label:`Monthly pipeline currency`}),children:[(0,K.jsx)(I,{data:F,currency:_,label:`Registrations by month`,split:!0}),(0,K.jsxs)(`div`,{className:`legend`,"aria-hidden":`true`,children:[(0,K.jsxs)(`span`,{children:[(0,K.jsx)(`i`,{style:{background:`#6366f1`}}),`Partner-sourced`]}),(0,K.jsxs)(`span`,{children:[(0,K.jsx)(`i`,{style:{background:`#a5b4fc`}}),`Partner-influenced`]})]})]})]})}var be=`
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
}`;function Se(e=new Date){let t=e.getHours();return t<12?`Good morning`:t<18?`Good afternoon`:`Good evening`}function J({tier:e}){return e?(0,K.jsxs)(`section`,{className:`tier-hero`,"aria-labelledby":`tier-hero-title`,style:{"--tier":_(e.rank)},children:[(0,K.jsx)(`div`,{className:`label`,children:`Your tier`}),(0,K.jsxs)(`div`,{className:`tier-name`,id:`tier-hero-title`,children:[(0,K.jsx)(x,{size:28,"aria-hidden":`true`,style:{color:_(e.rank)}}),(0,K.jsx)(`span`,{"data-testid":`current-tier`,children:e.name})]}),e.description&&(0,K.jsx)(`p`,{children:e.description}),(0,K.jsxs)(`div`,{className:`benefit-grid`,children:[(0,K.jsxs)(`div`,{className:`benefit`,children:[(0,K.jsx)(`div`,{className:`k`,children:`Discount off list`}),(0,K.jsx)(`div`,{className:`v`,children:d(e.discountBps)})]}),(0,K.jsxs)(`div`,{className:`benefit`,children:[(0,K.jsx)(`div`,{className:`k`,children:`Rebate on won revenue`}),(0,K.jsx)(`div`,{className:`v`,children:d(e.rebateBps)})]}),(0,K.jsxs)(`div`,{className:`benefit`,children:[(0,K.jsx)(`div`,{className:`k`,children:`MDF per quarter`}),(0,K.jsx)(`div`,{className:`v`,children:p(e.mdfQuarterlyAllowance,e.currency)})]}),(0,K.jsxs)(`div`,{className:`benefit`,children:[(0,K.jsx)(`div`,{className:`k`,children:`Deal protection`}),(0,K.jsxs)(`div`,{className:`v`,children:[e.dealProtectionDays,` days`]})]})]})]}):(0,K.jsxs)(`section`,{className:`tier-hero`,"aria-labelledby":`tier-hero-title`,children:[(0,K.jsx)(`div`,{className:`label`,children:`Your tier`}),(0,K.jsx)(`div`,{className:`tier-name`,id:`tier-hero-title`,children:`Not yet tiered`}),(0,K.jsx)(`p`,{children:`Your partner account manager assigns your first tier once your agreement is in place.`})]})}function Y({from:e,to:t,format:n}){return t<=e?null:(0,K.jsxs)(`span`,{className:`badge badge-success`,children:[`+`,n(t-e)]})}var Ce={WON_REVENUE:(0,K.jsx)(i,{size:16}),WON_DEALS:(0,K.jsx)(P,{size:16}),APPROVED_REGISTRATIONS:(0,K.jsx)(y,{size:16}),CERTIFIED_PEOPLE:(0,K.jsx)(h,{size:16}),MANUAL_CHECK:(0,K.jsx)(N,{size:16})};function X(e){let t=e.windowDays;return[...[{key:`WON_REVENUE`,threshold:e.minRevenueT12m,windowDays:t,currency:e.currency},{key:`WON_DEALS`,threshold:e.minWonDeals,windowDays:t,currency:``},{key:`APPROVED_REGISTRATIONS`,threshold:e.minApprovedRegistrations,windowDays:t,currency:``},{key:`CERTIFIED_PEOPLE`,threshold:e.minCertifiedPeople,windowDays:0,currency:``}].filter(e=>e.threshold>0||e.key===`WON_REVENUE`||e.key===`WON_DEALS`),...e.requiresManualCheck?[{key:`MANUAL_CHECK`,threshold:1,windowDays:0,currency:``}]:[]]}function Z(e,t,n){return`${S(e)} more ${e===1?t:n}`}function we(e){let t=e.remaining??0;switch(e.key){case`WON_REVENUE`:return`${p(t,e.currency||`USD`)} to go`;case`WON_DEALS`:return Z(t,`deal`,`deals`);case`CERTIFIED_PEOPLE`:return Z(t,`certified person`,`certified people`);case`APPROVED_REGISTRATIONS`:return Z(t,`approved registration`,`approved registrations`);case`MANUAL_CHECK`:return`Awaiting the channel manager’s check`;default:return`${S(t)} to go`}}function Te(e){let t=e.key===`CERTIFIED_PEOPLE`?`People with a current certification`:fe[e.key]??e.key;return e.windowDays>0?`${t}, ${V(e.windowDays)}`:t}function Ee({share:e,tone:t}){return(0,K.jsx)(`div`,{className:`meter`,"aria-hidden":`true`,children:(0,K.jsx)(`span`,{style:{width:`${Math.max(2,e*100)}%`},className:t===`done`?`ok`:void 0})})}function De({r:e}){let t=e.measured!==void 0,n=e.key===`MANUAL_CHECK`,r=e.threshold>0?Math.min(1,(e.measured??0)/e.threshold):1;return(0,K.jsxs)(`div`,{className:`req`,"data-requirement":e.key,children:[(0,K.jsx)(`span`,{className:`icon-bubble`,"aria-hidden":`true`,children:Ce[e.key]??(0,K.jsx)(M,{size:16})}),(0,K.jsxs)(`div`,{className:`req-text`,children:[(0,K.jsx)(`div`,{className:`req-label`,children:Te(e)}),(0,K.jsx)(`div`,{className:`req-value`,children:n?`Your channel manager’s confirmation`:`at least ${H(e.key,e.threshold,e.currency)}`}),t&&(0,K.jsxs)(K.Fragment,{children:[(0,K.jsx)(Ee,{share:r,tone:e.met?`done`:void 0}),(0,K.jsxs)(`div`,{className:`req-progress`,children:[(0,K.jsx)(`span`,{children:n?e.met?`Confirmed`:`Not confirmed yet`:`${H(e.key,e.measured,e.currency)} of ${H(e.key,e.threshold,e.currency)}`}),(0,K.jsx)(`span`,{className:e.met?`req-done`:`req-missing`,children:e.met?`Met`:we(e)})]})]}),e.key===`WON_REVENUE`&&e.currency&&(0,K.jsxs)(`div`,{className:`req-note`,children:[`Deals won in `,e.currency,` only: PartnerHub never converts currencies.`]})]})]})}function Q({current:e,next:t,progress:r}){if(!t)return(0,K.jsx)(b,{title:`You hold the top tier`,hint:`Nothing left to unlock: keep your figures above the requirements to stay here.`,children:(0,K.jsxs)(`div`,{className:`row muted`,children:[(0,K.jsx)(P,{size:18,"aria-hidden":`true`}),` Thank you for being one of our leading partners.`]})});let i=r?.result&&r.result.tierId===t.id?r.result:void 0,a=i?i.requirements:X(t),o=i?.requirements.filter(e=>!e.met).length??0;return(0,K.jsxs)(b,{title:(0,K.jsxs)(K.Fragment,{children:[`Reach `,(0,K.jsx)(`span`,{style:{color:_(t.rank)},children:t.name})]}),hint:i?o===0?`You meet every requirement${e?` to move up from ${e.name}`:``}: the daily evaluation proposes the change.`:`What it takes to move up${e?` from ${e.name}`:``}, and where your organisation stands today.`:`What it takes to move up${e?` from ${e.name}`:``}.`,labelledBy:`next-tier-title`,children:[(0,K.jsx)(`div`,{className:`req-list`,"data-testid":`next-tier-requirements`,children:a.map(e=>(0,K.jsx)(De,{r:e},e.key))}),r?.error?(0,K.jsx)(`div`,{style:{marginTop:12},children:(0,K.jsx)(A,{error:r.error})}):(0,K.jsx)(`p`,{className:`muted`,style:{marginTop:12,fontSize:`0.82rem`},children:r?.loading?`Loading your figures…`:i?`Your whole organisation’s figures, measured as the daily tier evaluation measures them.`:`Your progress against these figures appears here once your organisation is evaluated.`}),(0,K.jsxs)(T,{to:`/scorecard`,className:`btn btn-sm`,style:{marginTop:4},children:[`Your scorecard and what-if `,(0,K.jsx)(n,{size:14,"aria-hidden":`true`})]}),(0,K.jsxs)(`h3`,{style:{marginTop:18,marginBottom:10},children:[`What `,t.name,` adds`]}),(0,K.jsxs)(`ul`,{className:`checklist`,children:[(0,K.jsxs)(`li`,{children:[(0,K.jsx)(u,{size:16,"aria-hidden":`true`}),(0,K.jsxs)(`span`,{children:[d(t.discountBps),` discount`,` `,e&&(0,K.jsx)(Y,{from:e.discountBps,to:t.discountBps,format:e=>`${e/100} pts`})]})]}),(0,K.jsxs)(`li`,{children:[(0,K.jsx)(_e,{size:16,"aria-hidden":`true`}),(0,K.jsxs)(`span`,{children:[p(t.mdfQuarterlyAllowance,t.currency),` MDF per quarter`,` `,e&&(0,K.jsx)(Y,{from:e.mdfQuarterlyAllowance,to:t.mdfQuarterlyAllowance,format:e=>p(e,t.currency)})]})]}),(0,K.jsxs)(`li`,{children:[(0,K.jsx)(N,{size:16,"aria-hidden":`true`}),(0,K.jsxs)(`span`,{children:[t.dealProtectionDays,`-day deal protection`,` `,e&&(0,K.jsx)(Y,{from:e.dealProtectionDays,to:t.dealProtectionDays,format:e=>`${e} days`})]})]}),(t.benefits??[]).map(e=>(0,K.jsxs)(`li`,{children:[(0,K.jsx)(M,{size:16,"aria-hidden":`true`}),(0,K.jsx)(`span`,{children:e})]},e))]})]})}function $({tiers:e,currentRank:t}){return(0,K.jsx)(`ol`,{className:`ladder`,style:{"--steps":Math.max(e.length,1)},"aria-label":`Tier ladder`,children:e.map(e=>(0,K.jsxs)(`li`,{"aria-current":e.rank===t?`true`:void 0,style:{"--tier":_(e.rank)},children:[(0,K.jsx)(`div`,{className:`step-name`,children:e.name}),(0,K.jsx)(`div`,{className:`step-meta`,children:e.rank===t?`You are here`:e.minRevenueT12m?`from ${p(e.minRevenueT12m,e.currency,{compact:!0})}`:`Entry level`})]},e.id))})}function Oe(){let e=m();j(`Dashboard`);let t=v(be,{}),r=e.name.split(` `)[0],i=t.data?.viewer.partner,a=me(z(t.data?.tiers)),o=i?.tier??null,s=t.data?pe(a,o):void 0,c=e.partner?.id,u=v(xe,{partnerId:c??``},{enabled:!!c}),d=e.role===`PARTNER_SALES`?`Deals you registered`:e.partner?.name??`Your organisation`;return(0,K.jsxs)(K.Fragment,{children:[(0,K.jsx)(C,{title:`${Se()}, ${r}`,subtitle:`Here’s where ${e.partner?.name??`your organisation`} stands in the partner program.`,actions:(0,K.jsxs)(T,{to:`/tiers`,className:`btn`,children:[`All tiers and benefits `,(0,K.jsx)(n,{size:15,"aria-hidden":`true`})]})}),t.isError?(0,K.jsx)(`div`,{className:`card`,children:(0,K.jsx)(D,{error:t.error,onRetry:()=>void t.refetch()})}):t.isPending?(0,K.jsxs)(`div`,{className:`stack`,children:[(0,K.jsx)(O,{height:210}),(0,K.jsxs)(`div`,{className:`grid grid-2`,children:[(0,K.jsx)(O,{height:320}),(0,K.jsx)(O,{height:320})]})]}):(0,K.jsxs)(`div`,{className:`stack`,children:[(0,K.jsx)(J,{tier:o}),(0,K.jsx)(ye,{scopeLabel:d}),(0,K.jsxs)(`div`,{className:`grid grid-2`,children:[(0,K.jsx)(Q,{current:o,next:s,progress:{result:u.data?.tierProgress.next,loading:u.isPending&&!!c,error:u.error}}),(0,K.jsxs)(`div`,{className:`stack`,children:[(0,K.jsxs)(b,{title:`The tier ladder`,hint:`Discount and rebate by tier.`,children:[(0,K.jsx)($,{tiers:a,currentRank:o?.rank}),(0,K.jsx)(`div`,{style:{marginTop:16},children:(0,K.jsx)(F,{tiers:a,currentRank:o?.rank})})]}),(0,K.jsx)(b,{title:`Your partner account manager`,children:i?.manager?(0,K.jsxs)(`div`,{className:`person-card`,children:[(0,K.jsx)(g,{name:i.manager.name,size:`lg`}),(0,K.jsxs)(`div`,{style:{flex:1,minWidth:0},children:[(0,K.jsx)(`div`,{className:`cell-title`,children:i.manager.name}),(0,K.jsx)(`div`,{className:`cell-sub`,children:`Your contact for deals, tiers and joint plans`})]}),(0,K.jsxs)(`a`,{className:`btn btn-sm`,href:`mailto:${i.manager.email}`,children:[(0,K.jsx)(f,{size:14,"aria-hidden":`true`}),` E-mail`]})]}):(0,K.jsxs)(`div`,{className:`row muted`,children:[(0,K.jsx)(ge,{size:16,"aria-hidden":`true`}),` A partner account manager will be assigned to you soon.`]})})]})]}),(0,K.jsx)(l,{})]})]})}export{$ as Ladder,Q as NextTierCard,J as TierHero,Oe as default};