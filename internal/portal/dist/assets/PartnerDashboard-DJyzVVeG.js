import{a as e,c as t,d as n,i as r,l as i,n as a,o,r as s,s as c,t as l,u}from"./UpcomingTiles-58LTUGR-.js";import{A as d,M as ee,Q as f,T as p,U as m,Y as h,a as g,at as _,f as v,k as y,n as b,o as x,p as S,s as C,st as w,v as T,y as te}from"./index-BQDEX3bK.js";import{F as E,M as ne,N as D,a as O,c as k,d as A,g as j,r as re,t as M}from"./usePageTitle-Duadk7S3.js";import{t as N}from"./check-D2jL6pUX.js";import{t as P}from"./shield-check-BYbrbZRU.js";import{t as F}from"./trophy-JSRor6Ep.js";import{i as I,r as L}from"./charts-BnR-0Poo.js";import{t as ie}from"./alarm-clock-CC0WkqZa.js";import{t as ae}from"./plus-ImJrKoM_.js";import{t as R}from"./shield-exclamation-point-CE7q4IsS.js";import{a as oe,f as z,i as B,l as se,s as ce,t as V,u as le}from"./status-C-mRDouI.js";import{t as H}from"./connection-mmDI86VZ.js";import{t as ue}from"./jsx-runtime-Wy9s6hX0.js";import{n as de,r as fe}from"./tiers-DDAouvao.js";var U={name:`calendar-check`,size:24,node:[[`path`,{d:`M8 2v3`,key:`1ioesn`}],[`path`,{d:`M16 2v3`,key:`otl347`}],[`rect`,{x:`3`,y:`3`,width:`18`,height:`18`,rx:`2`,key:`h1oib`}],[`path`,{d:`M3 9h18`,key:`1pudct`}],[`path`,{d:`m9 15 2 2 4-4`,key:`1grp1n`}]]};U.node;var pe=D(U),W={name:`calendar-clock`,size:24,node:[[`path`,{d:`M16 2v3`,key:`otl347`}],[`path`,{d:`M17 15.5v1.7l1 .625`,key:`100ewj`}],[`path`,{d:`M21 8.936V5a2 2 0 00-2-2H5a2 2 0 00-2 2v14a2 2 0 002 2h3.935`,key:`g2sirp`}],[`path`,{d:`M3 9h9.873`,key:`7y8bi6`}],[`path`,{d:`M8 2v3`,key:`1ioesn`}],[`circle`,{cx:`17`,cy:`17`,r:`5`,key:`1op1d2`}]]};W.node;var me=D(W),G={name:`piggy-bank`,size:24,node:[[`path`,{d:`M11 17h3v2a1 1 0 0 0 1 1h2a1 1 0 0 0 1-1v-3a3.16 3.16 0 0 0 2-2h1a1 1 0 0 0 1-1v-2a1 1 0 0 0-1-1h-1a5 5 0 0 0-2-4V3a4 4 0 0 0-3.2 1.6l-.3.4H11a6 6 0 0 0-6 6v1a5 5 0 0 0 2 4v3a1 1 0 0 0 1 1h2a1 1 0 0 0 1-1z`,key:`1piglc`}],[`path`,{d:`M16 10h.01`,key:`1m94wz`}],[`path`,{d:`M2 8v1a2 2 0 0 0 2 2h1`,key:`1env43`}]]};G.node;var he=D(G),ge=`
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
}`,_e=`
    query TierFigures($from: Time!, $to: Time!) {
  dealWinRate(from: $from, to: $to) {
    won
    lost
    winRate
    averageDaysToClose
  }
}
    `,ve=`
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
    `,K=ue();function ye(e=!0){let t=z(),n=new Date(t-365*V).toISOString(),r=new Date(t+6e4).toISOString(),i=b(_e,{from:n,to:r},{enabled:e}),a=w({queryKey:[`WonSourcedDeals`,n],enabled:e,queryFn:async({signal:e})=>{let t=new Map,i;for(let a=0;a<20;a++){let a=await j(ve,{from:n,to:r,after:i},{signal:e});for(let e of H(a.deals))t.set(e.currency,(t.get(e.currency)??0)+(e.closedAmount??e.amount));if(!a.deals.pageInfo.hasNextPage)break;i=a.deals.pageInfo.endCursor}return t}});return{data:i.data&&a.data?{wonSourced:a.data,wonDeals:i.data.dealWinRate.won,winRate:i.data.dealWinRate.winRate,lost:i.data.dealWinRate.lost}:void 0,isError:i.isError||a.isError,isPending:i.isPending||a.isPending}}function q({to:e,icon:t,tone:n,title:r,meta:i,action:a}){return(0,K.jsxs)(`li`,{className:`attention-item tone-${n}`,children:[(0,K.jsx)(`span`,{className:`attention-icon`,"aria-hidden":`true`,children:t}),(0,K.jsxs)(`div`,{className:`attention-text`,children:[(0,K.jsx)(E,{to:e,className:`cell-title`,children:r}),(0,K.jsx)(`div`,{className:`cell-sub`,children:i})]}),(0,K.jsx)(E,{to:e,className:`btn btn-sm btn-ghost attention-action`,tabIndex:-1,"aria-hidden":`true`,children:a})]})}function be({scopeLabel:i}){let l=z(),u={from:B(l,365),monthsFrom:ce(l,11),to:new Date(l+6e4).toISOString(),now:new Date(l).toISOString(),soon:new Date(l+14*V).toISOString(),today:B(l,0)},d=b(ge,u),f=d.data,m=f?.byStatus??[],h=f?.byMonth??[],g=a([...m,...h]),[_,v]=t(g);if(d.isError)return(0,K.jsx)(`div`,{className:`card`,children:(0,K.jsx)(O,{error:d.error,onRetry:()=>void d.refetch()})});if(!f)return(0,K.jsxs)(`div`,{className:`grid grid-2`,children:[(0,K.jsx)(k,{height:300}),(0,K.jsx)(k,{height:300})]});let y=H(f.expiring).slice(0,6),C=H(f.pastClose).slice(0,6-y.length),w=H(f.awaiting).slice(0,6-y.length-C.length),D=f.expiring.totalCount+f.awaiting.totalCount+f.pastClose.totalCount,j=e(m,_),M=r(m,_,oe.map(e=>({key:e,label:le[e],color:se[e]}))),N=s(u.monthsFrom,l),F=r(h,_,N),I=m.length===0;return(0,K.jsxs)(K.Fragment,{children:[(0,K.jsxs)(`div`,{className:`grid grid-2 align-start`,children:[(0,K.jsxs)(x,{title:`Needs your attention`,hint:D?`${S(D)} ${D===1?`deal`:`deals`} to look at`:void 0,actions:(0,K.jsx)(A,{to:`/deals/new`,size:`sm`,variant:`primary`,icon:(0,K.jsx)(ae,{size:14,"aria-hidden":`true`}),children:`Register a deal`}),className:`attention-card`,children:[(0,K.jsxs)(`div`,{className:`glance`,children:[(0,K.jsxs)(E,{to:`/deals?status=SUBMITTED`,className:`glance-item`,children:[(0,K.jsx)(`span`,{className:`glance-value`,children:S(f.awaiting.totalCount)}),(0,K.jsx)(`span`,{className:`glance-label`,children:`awaiting a decision`})]}),(0,K.jsxs)(E,{to:`/deals?status=APPROVED`,className:`glance-item`,children:[(0,K.jsx)(`span`,{className:`glance-value`,children:S(f.protectedNow.totalCount)}),(0,K.jsx)(`span`,{className:`glance-label`,children:`protected now`})]}),(0,K.jsxs)(E,{to:`/deals?status=WON`,className:`glance-item`,children:[(0,K.jsx)(`span`,{className:`glance-value`,children:S(f.wonYear.totalCount)}),(0,K.jsx)(`span`,{className:`glance-label`,children:`won in 12 months`})]})]}),D===0?(0,K.jsxs)(`div`,{className:`all-clear`,children:[(0,K.jsx)(ne,{size:20,"aria-hidden":`true`}),(0,K.jsxs)(`div`,{children:[(0,K.jsx)(`strong`,{children:`Nothing needs you right now`}),(0,K.jsx)(`span`,{children:`No protection ends in the next 14 days and no registration is waiting for a decision.`})]})]}):(0,K.jsxs)(`ul`,{className:`attention`,"data-testid":`attention-list`,children:[y.map(e=>{let t=te(e.protectionExpiresAt,l),n=(e.extensions??[]).some(e=>e.status===`PENDING`);return(0,K.jsx)(q,{to:`/deals/${e.id}`,tone:`warning`,icon:(0,K.jsx)(R,{size:16}),title:e.title,meta:(0,K.jsxs)(K.Fragment,{children:[e.customerName,` · protection ends `,t<=1?`tomorrow`:`in ${t} days`,` (`,T(e.protectionExpiresAt),`)`,n&&` · extension requested`]}),action:n?`View`:`Extend`},e.id)}),C.map(e=>(0,K.jsx)(q,{to:`/deals/${e.id}`,tone:`info`,icon:(0,K.jsx)(pe,{size:16}),title:e.title,meta:(0,K.jsxs)(K.Fragment,{children:[e.customerName,` · was expected to close `,T(e.expectedCloseDate),`: record the outcome`]}),action:`Record`},e.id)),w.map(e=>{let t=(e.conflicts??[]).length>0,n=new Date(e.decisionDueAt).getTime()<l;return(0,K.jsx)(q,{to:`/deals/${e.id}`,tone:t?`warning`:`neutral`,icon:t?(0,K.jsx)(R,{size:16}):(0,K.jsx)(ie,{size:16}),title:e.title,meta:(0,K.jsxs)(K.Fragment,{children:[e.customerName,` · awaiting decision, `,n?`was due`:`due`,` `,ee(e.decisionDueAt,l),t&&` · overlaps with another claim`]}),action:`View`},e.id)}),D>y.length+C.length+w.length&&(0,K.jsx)(`li`,{className:`attention-more`,children:(0,K.jsxs)(E,{to:f.expiring.totalCount>y.length?`/deals?status=APPROVED&sort=PROTECTION_EXPIRES_AT&dir=ASC`:`/deals?status=SUBMITTED&sort=DECISION_DUE_AT&dir=ASC`,children:[S(D-y.length-C.length-w.length),` more in your deals `,(0,K.jsx)(n,{size:13,"aria-hidden":`true`})]})})]})]}),(0,K.jsx)(x,{title:`Pipeline by status`,hint:I?`${i}, registered in the last 12 months.`:`${i}: ${S(j.count)} ${j.count===1?`registration`:`registrations`} worth ${p(j.amount,_)} in ${_}, last 12 months.`,actions:(0,K.jsx)(o,{currencies:g,value:_,onChange:v,label:`Pipeline currency`}),children:I?(0,K.jsx)(re,{icon:(0,K.jsx)(P,{size:22}),title:`No registrations in the last 12 months`,action:(0,K.jsx)(A,{to:`/deals/new`,children:`Register a deal`}),children:`Your pipeline appears here as you register deals.`}):(0,K.jsxs)(K.Fragment,{children:[(0,K.jsx)(L,{data:M,currency:_,label:`Pipeline by status`,layout:`horizontal-bars`,labelWidth:84}),(0,K.jsxs)(`div`,{className:`split-bar`,"aria-label":`Partner-sourced ${p(j.sourcedAmount,_)}, partner-influenced ${p(j.influencedAmount,_)}`,role:`img`,children:[(0,K.jsx)(`span`,{style:{flexGrow:j.sourcedAmount||1e-4},className:`sourced`}),(0,K.jsx)(`span`,{style:{flexGrow:j.influencedAmount||1e-4},className:`influenced`})]}),(0,K.jsxs)(`div`,{className:`split-legend`,children:[(0,K.jsxs)(`span`,{children:[(0,K.jsx)(`i`,{className:`sourced`}),` Partner-sourced `,(0,K.jsx)(`strong`,{children:p(j.sourcedAmount,_)})]}),(0,K.jsxs)(`span`,{children:[(0,K.jsx)(`i`,{className:`influenced`}),` Partner-influenced `,(0,K.jsx)(`strong`,{children:p(j.influencedAmount,_)})]})]}),(0,K.jsx)(c,{currencies:g,shown:_})]})})]}),!I&&(0,K.jsxs)(x,{title:`Registrations by month`,hint:`Value registered each month in ${_}, partner-sourced and partner-influenced.`,actions:(0,K.jsx)(o,{currencies:g,value:_,onChange:v,label:`Monthly pipeline currency`}),children:[(0,K.jsx)(L,{data:F,currency:_,label:`Registrations by month`,split:!0}),(0,K.jsxs)(`div`,{className:`legend`,"aria-hidden":`true`,children:[(0,K.jsxs)(`span`,{children:[(0,K.jsx)(`i`,{style:{background:`#6366f1`}}),`Partner-sourced`]}),(0,K.jsxs)(`span`,{children:[(0,K.jsx)(`i`,{style:{background:`#a5b4fc`}}),`Partner-influenced`]})]})]})]})}function J(e,t,n){let r=t>0?Math.min(1,e/t):1;return{share:r,left:Math.max(0,t-e),label:`${n(e)} of ${n(t)}`,pct:y(r)}}var xe=`
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
}`;function Y(e=new Date){let t=e.getHours();return t<12?`Good morning`:t<18?`Good afternoon`:`Good evening`}function X({tier:e}){return e?(0,K.jsxs)(`section`,{className:`tier-hero`,"aria-labelledby":`tier-hero-title`,style:{"--tier":v(e.rank)},children:[(0,K.jsx)(`div`,{className:`label`,children:`Your tier`}),(0,K.jsxs)(`div`,{className:`tier-name`,id:`tier-hero-title`,children:[(0,K.jsx)(_,{size:28,"aria-hidden":`true`,style:{color:v(e.rank)}}),(0,K.jsx)(`span`,{"data-testid":`current-tier`,children:e.name})]}),e.description&&(0,K.jsx)(`p`,{children:e.description}),(0,K.jsxs)(`div`,{className:`benefit-grid`,children:[(0,K.jsxs)(`div`,{className:`benefit`,children:[(0,K.jsx)(`div`,{className:`k`,children:`Discount off list`}),(0,K.jsx)(`div`,{className:`v`,children:d(e.discountBps)})]}),(0,K.jsxs)(`div`,{className:`benefit`,children:[(0,K.jsx)(`div`,{className:`k`,children:`Rebate on won revenue`}),(0,K.jsx)(`div`,{className:`v`,children:d(e.rebateBps)})]}),(0,K.jsxs)(`div`,{className:`benefit`,children:[(0,K.jsx)(`div`,{className:`k`,children:`MDF per quarter`}),(0,K.jsx)(`div`,{className:`v`,children:p(e.mdfQuarterlyAllowance,e.currency)})]}),(0,K.jsxs)(`div`,{className:`benefit`,children:[(0,K.jsx)(`div`,{className:`k`,children:`Deal protection`}),(0,K.jsxs)(`div`,{className:`v`,children:[e.dealProtectionDays,` days`]})]})]})]}):(0,K.jsxs)(`section`,{className:`tier-hero`,"aria-labelledby":`tier-hero-title`,children:[(0,K.jsx)(`div`,{className:`label`,children:`Your tier`}),(0,K.jsx)(`div`,{className:`tier-name`,id:`tier-hero-title`,children:`Not yet tiered`}),(0,K.jsx)(`p`,{children:`Your partner account manager assigns your first tier once your agreement is in place.`})]})}function Z({from:e,to:t,format:n}){return t<=e?null:(0,K.jsxs)(`span`,{className:`badge badge-success`,children:[`+`,n(t-e)]})}function Se({share:e,tone:t}){return(0,K.jsx)(`div`,{className:`meter`,"aria-hidden":`true`,children:(0,K.jsx)(`span`,{style:{width:`${Math.max(2,e*100)}%`},className:t===`done`?`ok`:void 0})})}function Q({current:e,next:t,progress:n}){if(!t)return(0,K.jsx)(x,{title:`You hold the top tier`,hint:`Nothing left to unlock: keep your figures above the requirements to stay here.`,children:(0,K.jsxs)(`div`,{className:`row muted`,children:[(0,K.jsx)(F,{size:18,"aria-hidden":`true`}),` Thank you for being one of our leading partners.`]})});let r=n?.figures,a=n?.scope===`own`,o=r?J(r.wonSourced.get(t.currency)??0,t.minRevenueT12m,e=>p(e,t.currency)):void 0,s=r?[...r.wonSourced.entries()].filter(([e,n])=>e!==t.currency&&n>0):[],c=r?J(r.wonDeals,t.minWonDeals,S):void 0,l=[{icon:(0,K.jsx)(i,{size:16}),label:`Partner-sourced won revenue, trailing 12 months`,value:p(t.minRevenueT12m,t.currency),progress:o,missing:o&&o.left>0?`${p(o.left,t.currency)} to go`:void 0,note:s.length?`Plus ${s.map(([e,t])=>p(t,e)).join(`, `)} won in other currencies, not counted here: the requirement is in ${t.currency} and PartnerHub never converts currencies.`:void 0},{icon:(0,K.jsx)(F,{size:16}),label:`Won deals, trailing 12 months`,value:S(t.minWonDeals),progress:c,missing:c&&c.left>0?`${S(c.left)} more ${c.left===1?`deal`:`deals`}`:void 0},{icon:(0,K.jsx)(h,{size:16}),label:`People with a current certification`,value:S(t.minCertifiedPeople),note:`Certifications are not tracked in the portal yet.`}];return(0,K.jsxs)(x,{title:(0,K.jsxs)(K.Fragment,{children:[`Reach `,(0,K.jsx)(`span`,{style:{color:v(t.rank)},children:t.name})]}),hint:`What it takes to move up${e?` from ${e.name}`:``}${r?a?`, against the deals you registered`:`, and where you stand`:``}.`,labelledBy:`next-tier-title`,children:[(0,K.jsx)(`div`,{className:`req-list`,"data-testid":`next-tier-requirements`,children:l.map(e=>(0,K.jsxs)(`div`,{className:`req`,children:[(0,K.jsx)(`span`,{className:`icon-bubble`,"aria-hidden":`true`,children:e.icon}),(0,K.jsxs)(`div`,{className:`req-text`,children:[(0,K.jsx)(`div`,{className:`req-label`,children:e.label}),(0,K.jsxs)(`div`,{className:`req-value`,children:[`at least `,e.value]}),e.progress&&(0,K.jsxs)(K.Fragment,{children:[(0,K.jsx)(Se,{share:e.progress.share,tone:e.progress.left===0?`done`:void 0}),(0,K.jsxs)(`div`,{className:`req-progress`,children:[(0,K.jsxs)(`span`,{children:[a?`Yours: `:``,e.progress.label]}),!a&&(0,K.jsx)(`span`,{className:e.progress.left===0?`req-done`:`req-missing`,children:e.progress.left===0?`Met`:e.missing})]})]}),e.note&&(0,K.jsx)(`div`,{className:`req-note`,children:e.note})]})]},e.label))}),(0,K.jsx)(`p`,{className:`muted`,style:{marginTop:12,fontSize:`0.82rem`},children:n?.loading?`Loading your figures…`:r?a?`Counting the deals you registered. Tiers are decided on your whole organisation’s figures, which your partner admin sees here.`:`Won deals closed in the last 12 months, from your registrations; revenue is their final value.`:`Your progress against these figures appears here as you register and win deals.`}),(0,K.jsxs)(`h3`,{style:{marginTop:18,marginBottom:10},children:[`What `,t.name,` adds`]}),(0,K.jsxs)(`ul`,{className:`checklist`,children:[(0,K.jsxs)(`li`,{children:[(0,K.jsx)(u,{size:16,"aria-hidden":`true`}),(0,K.jsxs)(`span`,{children:[d(t.discountBps),` discount`,` `,e&&(0,K.jsx)(Z,{from:e.discountBps,to:t.discountBps,format:e=>`${e/100} pts`})]})]}),(0,K.jsxs)(`li`,{children:[(0,K.jsx)(he,{size:16,"aria-hidden":`true`}),(0,K.jsxs)(`span`,{children:[p(t.mdfQuarterlyAllowance,t.currency),` MDF per quarter`,` `,e&&(0,K.jsx)(Z,{from:e.mdfQuarterlyAllowance,to:t.mdfQuarterlyAllowance,format:e=>p(e,t.currency)})]})]}),(0,K.jsxs)(`li`,{children:[(0,K.jsx)(P,{size:16,"aria-hidden":`true`}),(0,K.jsxs)(`span`,{children:[t.dealProtectionDays,`-day deal protection`,` `,e&&(0,K.jsx)(Z,{from:e.dealProtectionDays,to:t.dealProtectionDays,format:e=>`${e} days`})]})]}),(t.benefits??[]).map(e=>(0,K.jsxs)(`li`,{children:[(0,K.jsx)(N,{size:16,"aria-hidden":`true`}),(0,K.jsx)(`span`,{children:e})]},e))]})]})}function $({tiers:e,currentRank:t}){return(0,K.jsx)(`ol`,{className:`ladder`,style:{"--steps":Math.max(e.length,1)},"aria-label":`Tier ladder`,children:e.map(e=>(0,K.jsxs)(`li`,{"aria-current":e.rank===t?`true`:void 0,style:{"--tier":v(e.rank)},children:[(0,K.jsx)(`div`,{className:`step-name`,children:e.name}),(0,K.jsx)(`div`,{className:`step-meta`,children:e.rank===t?`You are here`:e.minRevenueT12m?`from ${p(e.minRevenueT12m,e.currency,{compact:!0})}`:`Entry level`})]},e.id))})}function Ce(){let e=m();M(`Dashboard`);let t=b(xe,{}),r=e.name.split(` `)[0],i=t.data?.viewer.partner,a=fe(H(t.data?.tiers)),o=i?.tier??null,s=t.data?de(a,o):void 0,c=ye(),u=e.role===`PARTNER_SALES`,d=u?`Deals you registered`:e.partner?.name??`Your organisation`;return(0,K.jsxs)(K.Fragment,{children:[(0,K.jsx)(C,{title:`${Y()}, ${r}`,subtitle:`Here’s where ${e.partner?.name??`your organisation`} stands in the partner program.`,actions:(0,K.jsxs)(E,{to:`/tiers`,className:`btn`,children:[`All tiers and benefits `,(0,K.jsx)(n,{size:15,"aria-hidden":`true`})]})}),t.isError?(0,K.jsx)(`div`,{className:`card`,children:(0,K.jsx)(O,{error:t.error,onRetry:()=>void t.refetch()})}):t.isPending?(0,K.jsxs)(`div`,{className:`stack`,children:[(0,K.jsx)(k,{height:210}),(0,K.jsxs)(`div`,{className:`grid grid-2`,children:[(0,K.jsx)(k,{height:320}),(0,K.jsx)(k,{height:320})]})]}):(0,K.jsxs)(`div`,{className:`stack`,children:[(0,K.jsx)(X,{tier:o}),(0,K.jsx)(be,{scopeLabel:d}),(0,K.jsxs)(`div`,{className:`grid grid-2`,children:[(0,K.jsx)(Q,{current:o,next:s,progress:{figures:c.data,scope:u?`own`:`organisation`,loading:c.isPending&&!c.isError}}),(0,K.jsxs)(`div`,{className:`stack`,children:[(0,K.jsxs)(x,{title:`The tier ladder`,hint:`Discount and rebate by tier.`,children:[(0,K.jsx)($,{tiers:a,currentRank:o?.rank}),(0,K.jsx)(`div`,{style:{marginTop:16},children:(0,K.jsx)(I,{tiers:a,currentRank:o?.rank})})]}),(0,K.jsx)(x,{title:`Your partner account manager`,children:i?.manager?(0,K.jsxs)(`div`,{className:`person-card`,children:[(0,K.jsx)(g,{name:i.manager.name,size:`lg`}),(0,K.jsxs)(`div`,{style:{flex:1,minWidth:0},children:[(0,K.jsx)(`div`,{className:`cell-title`,children:i.manager.name}),(0,K.jsx)(`div`,{className:`cell-sub`,children:`Your contact for deals, tiers and joint plans`})]}),(0,K.jsxs)(`a`,{className:`btn btn-sm`,href:`mailto:${i.manager.email}`,children:[(0,K.jsx)(f,{size:14,"aria-hidden":`true`}),` E-mail`]})]}):(0,K.jsxs)(`div`,{className:`row muted`,children:[(0,K.jsx)(me,{size:16,"aria-hidden":`true`}),` A partner account manager will be assigned to you soon.`]})})]})]}),(0,K.jsx)(l,{})]})]})}export{$ as Ladder,Q as NextTierCard,X as TierHero,Ce as default};