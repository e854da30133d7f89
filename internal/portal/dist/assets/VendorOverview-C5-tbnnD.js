import{a as e,c as t,d as n,i as r,l as i,n as a,o,s,t as c,u as l}from"./UpcomingTiles-CozdGkrW.js";import{O as u,S as d,U as f,a as p,c as m,d as h,et as g,f as _,k as v,n as y,nt as b,o as x,p as S,rt as C,s as w,u as T}from"./index-C_Smhd-H.js";import{F as E,M as D,N as O,a as k,c as A,r as j,t as M}from"./usePageTitle-Duadk7S3.js";import{t as N}from"./hourglass-hTFccgbQ.js";import{a as P,o as F,r as I,t as L}from"./charts-CDrLcTWF.js";import{r as R}from"./tiers-DDAouvao.js";import{t as z}from"./alarm-clock-CC0WkqZa.js";import{t as B}from"./trophy-JSRor6Ep.js";import{f as V,i as H,t as U}from"./status-BkEHgud0.js";import{t as W}from"./connection-mmDI86VZ.js";import{t as G}from"./jsx-runtime-Wy9s6hX0.js";var K={name:`circle-pause`,size:24,node:[[`circle`,{cx:`12`,cy:`12`,r:`10`,key:`1mglay`}],[`line`,{x1:`10`,x2:`10`,y1:`15`,y2:`9`,key:`c1nkhi`}],[`line`,{x1:`14`,x2:`14`,y1:`15`,y2:`9`,key:`h65svq`}]],aliases:[`pause-circle`]};K.node;var q=O(K),J=`
    query ProgramDealFigures($from: Time!, $to: Time!, $weeksFrom: Time!) {
  byTier: pipelineSummary(from: $from, to: $to, groupBy: TIER) {
    ...PipelineFigureFields
  }
  byType: pipelineSummary(from: $from, to: $to, groupBy: PARTNER_TYPE) {
    ...PipelineFigureFields
  }
  trend: dealRegistrationTrend(from: $weeksFrom, to: $to) {
    weekStart
    registered
    approved
    rejected
    approvalRate
  }
  winRate: dealWinRate(from: $from, to: $to) {
    won
    lost
    winRate
    averageDaysToClose
  }
  queue: dealApprovalQueue(first: 0) {
    totalCount
  }
  overdueQueue: dealApprovalQueue(first: 0, where: {overdue: true}) {
    totalCount
  }
  tiers(first: 100, orderBy: {field: RANK, direction: ASC}) {
    edges {
      node {
        id
        name
        rank
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
}`,Y=G();function X(e,t){let n=new Date(e);n.setUTCHours(0,0,0,0);let r=(n.getUTCDay()+6)%7;return new Date(n.getTime()-(r+t*7)*U).toISOString()}var Z=new Intl.DateTimeFormat(void 0,{day:`numeric`,month:`short`,timeZone:`UTC`});function ee(e,t,n){let r=new Map(n.map(e=>[new Date(e.weekStart).toISOString().slice(0,10),e])),i=[];for(let n=new Date(e).getTime();n<=t;n+=7*U){let e=new Date(n).toISOString().slice(0,10),t=r.get(e),a=(t?.approved??0)+(t?.rejected??0);i.push({label:Z.format(new Date(n)),registered:t?.registered??0,approved:t?.approved??0,rejected:t?.rejected??0,approvalRate:a?t?.approvalRate??0:null})}return i}function Q(){let c=V(),d={from:H(c,365),to:new Date(c+6e4).toISOString(),weeksFrom:X(c,25)},f=y(J,d),p=f.data,h=[...p?.byTier??[],...p?.byType??[]],g=a(h),[C,w]=t(g);if(f.isError)return(0,Y.jsx)(`div`,{className:`card`,children:(0,Y.jsx)(k,{error:f.error,onRetry:()=>void f.refetch()})});if(!p)return(0,Y.jsxs)(`div`,{className:`stack`,children:[(0,Y.jsx)(`div`,{className:`grid grid-4`,children:[0,1,2,3].map(e=>(0,Y.jsx)(A,{height:110},e))}),(0,Y.jsxs)(`div`,{className:`grid grid-2`,children:[(0,Y.jsx)(A,{height:320}),(0,Y.jsx)(A,{height:320})]})]});let T=[...R(W(p.tiers)).map(e=>({key:e.id,label:e.name,color:_(e.rank)})),...p.byTier.some(e=>e.key===``)?[{key:``,label:`No tier`,color:`#cbd0dc`}]:[]],D=r(p.byTier,C,T),O=[...new Set(p.byType.map(e=>e.key))].map(e=>({key:e,label:u[e]??e,color:`#6366f1`})),M=r(p.byType,C,O).filter(e=>e.count>0).sort((e,t)=>t.amount-e.amount),N=ee(d.weeksFrom,c,p.trend),L=N.slice(-4).reduce((e,t)=>e+t.registered,0),U=N.slice(-12),G=U.reduce((e,t)=>e+t.approved,0),K=G+U.reduce((e,t)=>e+t.rejected,0),q=p.overdueQueue.totalCount,Z=p.queue.totalCount,Q=e(p.byTier,C),$=p.winRate;return(0,Y.jsxs)(`div`,{className:`stack`,children:[Z>0&&(0,Y.jsxs)(`div`,{className:q?`alert alert-warning`:`alert alert-info`,role:`status`,children:[(0,Y.jsx)(b,{size:18,"aria-hidden":`true`}),(0,Y.jsxs)(`div`,{className:`row`,style:{flex:1,justifyContent:`space-between`},children:[(0,Y.jsxs)(`div`,{children:[(0,Y.jsxs)(`div`,{className:`alert-title`,children:[Z===1?`1 deal registration is`:`${S(Z)} deal registrations are`,` waiting for a decision`]}),(0,Y.jsx)(`div`,{className:`alert-body`,children:q?`${S(q)} past their due time.`:`All within their due time.`})]}),(0,Y.jsx)(E,{to:`/approvals`,className:`btn btn-sm btn-primary`,children:`Open the queue`})]})]}),(0,Y.jsxs)(`div`,{className:`section-head`,children:[(0,Y.jsxs)(`div`,{children:[(0,Y.jsx)(`h2`,{children:`Deal registration`}),(0,Y.jsxs)(`p`,{className:`muted`,children:[`Registrations submitted in the last 12 months`,g.length?`: ${S(Q.count)} in ${C}`:``,`. Amounts are never added across currencies.`]})]}),(0,Y.jsx)(o,{currencies:g,value:C,onChange:w,label:`Pipeline currency`})]}),(0,Y.jsxs)(`div`,{className:`grid grid-4`,children:[(0,Y.jsx)(m,{label:`Waiting for a decision`,icon:(0,Y.jsx)(z,{size:16}),value:S(Z),foot:(0,Y.jsxs)(E,{to:`/approvals`,className:`row`,style:{gap:4},children:[q?`${S(q)} overdue`:`None overdue`,` `,(0,Y.jsx)(n,{size:12,"aria-hidden":`true`})]})}),(0,Y.jsx)(m,{label:`Registrations, last 4 weeks`,icon:(0,Y.jsx)(i,{size:16}),value:S(L),foot:`${S(N.reduce((e,t)=>e+t.registered,0))} in 26 weeks`}),(0,Y.jsx)(m,{label:`Approval rate, last 12 weeks`,icon:(0,Y.jsx)(l,{size:16}),value:K?v(G/K):`—`,foot:`${S(G)} approved of ${S(K)} decided`}),(0,Y.jsx)(m,{label:`Win rate, 12 months`,icon:(0,Y.jsx)(B,{size:16}),value:$.won+$.lost?v($.winRate):`—`,foot:$.won+$.lost?`${S($.won)} won · ${S($.lost)} lost · ${Math.round($.averageDaysToClose)} days to close`:`Nothing closed yet`})]}),g.length===0?(0,Y.jsx)(`div`,{className:`card`,children:(0,Y.jsx)(j,{title:`No deal registrations in the last 12 months`,children:`Charts appear here as partners register deals.`})}):(0,Y.jsxs)(`div`,{className:`grid grid-2`,children:[(0,Y.jsxs)(x,{title:`Pipeline by tier`,hint:`Value registered in ${C}, by the partner’s tier.`,children:[(0,Y.jsx)(I,{data:D,currency:C,label:`Pipeline by tier`}),(0,Y.jsx)(s,{currencies:g,shown:C})]}),(0,Y.jsxs)(x,{title:`Pipeline by partner type`,hint:`Value registered in ${C}, by how partners go to market.`,children:[(0,Y.jsx)(I,{data:M,currency:C,label:`Pipeline by partner type`,layout:`horizontal-bars`}),(0,Y.jsx)(s,{currencies:g,shown:C})]})]}),(0,Y.jsxs)(`div`,{className:`grid grid-3-1`,children:[(0,Y.jsxs)(x,{title:`Registrations and approval rate per week`,hint:`Bars: registrations submitted each week. Line: the share of that week’s decided registrations that were approved.`,children:[(0,Y.jsx)(P,{data:N,label:`Registrations and approval rate per week`}),(0,Y.jsxs)(`div`,{className:`legend`,"aria-hidden":`true`,children:[(0,Y.jsxs)(`span`,{children:[(0,Y.jsx)(`i`,{style:{background:`#c7d2fe`}}),`Registered`]}),(0,Y.jsxs)(`span`,{children:[(0,Y.jsx)(`i`,{style:{background:`#079455`}}),`Approval rate`]})]})]}),(0,Y.jsx)(x,{title:`Win rate`,hint:`Registrations closed in the last 12 months.`,children:$.won+$.lost===0?(0,Y.jsx)(j,{title:`Nothing closed yet`}):(0,Y.jsxs)(Y.Fragment,{children:[(0,Y.jsx)(F,{won:$.won,lost:$.lost,winRate:$.winRate}),(0,Y.jsxs)(`dl`,{className:`dl compact`,style:{marginTop:8},children:[(0,Y.jsx)(`dt`,{children:`Won`}),(0,Y.jsx)(`dd`,{children:S($.won)}),(0,Y.jsx)(`dt`,{children:`Lost`}),(0,Y.jsx)(`dd`,{children:S($.lost)}),(0,Y.jsx)(`dt`,{children:`Average time to close`}),(0,Y.jsxs)(`dd`,{children:[Math.round($.averageDaysToClose),` days`]})]})]})})]})]})}var $=`
    query VendorOverview($mine: [UserWhereInput!]) {
  all: partners {
    totalCount
  }
  active: partners(where: {status: ACTIVE}) {
    totalCount
  }
  onboarding: partners(where: {status: ONBOARDING}) {
    totalCount
  }
  suspended: partners(where: {status: SUSPENDED}) {
    totalCount
  }
  untiered: partners(where: {hasTier: false}) {
    totalCount
  }
  waiting: partnerApplications(where: {status: SUBMITTED}) {
    totalCount
  }
  tiers(first: 100, orderBy: {field: RANK, direction: ASC}) {
    edges {
      node {
        id
        name
        rank
        partners {
          totalCount
        }
      }
    }
  }
  reseller: partners(where: {type: RESELLER}) {
    totalCount
  }
  var: partners(where: {type: VAR}) {
    totalCount
  }
  msp: partners(where: {type: MSP}) {
    totalCount
  }
  si: partners(where: {type: SI}) {
    totalCount
  }
  isv: partners(where: {type: ISV}) {
    totalCount
  }
  referral: partners(where: {type: REFERRAL}) {
    totalCount
  }
  alliance: partners(where: {type: ALLIANCE}) {
    totalCount
  }
  marketplace: partners(where: {type: MARKETPLACE}) {
    totalCount
  }
  mine: partners(
    first: 8
    orderBy: {field: NAME, direction: ASC}
    where: {hasManagerWith: $mine}
  ) {
    totalCount
    edges {
      node {
        ...OverviewPartner
      }
    }
  }
  recent: partners(first: 8, orderBy: {field: CREATED_AT, direction: DESC}) {
    edges {
      node {
        ...OverviewPartner
      }
    }
  }
}
    fragment OverviewPartner on Partner {
  id
  name
  status
  type
  createdAt
  tier {
    id
    name
    rank
  }
  manager {
    id
    name
  }
}`;function te(e=new Date){let t=e.getHours();return t<12?`Good morning`:t<18?`Good afternoon`:`Good evening`}function ne(){M(`Overview`);let e=f(),t=y($,{mine:[{id:e.id}]}),r=t.data,i=r?[...R(W(r.tiers)).map(e=>({label:e.name,value:e.partners.totalCount,color:_(e.rank)})),...r.untiered.totalCount?[{label:`No tier`,value:r.untiered.totalCount,color:`#cbd0dc`}]:[]]:[],a=r&&{RESELLER:r.reseller,VAR:r.var,MSP:r.msp,SI:r.si,ISV:r.isv,REFERRAL:r.referral,ALLIANCE:r.alliance,MARKETPLACE:r.marketplace},o=a?d(u).map(e=>({label:u[e],value:a[e].totalCount,color:`#6366f1`})).sort((e,t)=>t.value-e.value):[],s=e.role===`CHANNEL_MANAGER`||(r?.mine.totalCount??0)>0,l=W(s?r?.mine:r?.recent);return(0,Y.jsxs)(Y.Fragment,{children:[(0,Y.jsx)(w,{title:`${te()}, ${e.name.split(` `)[0]}`,subtitle:`Your partner program at a glance.`,actions:(0,Y.jsxs)(E,{to:`/partners`,className:`btn`,children:[`All partners `,(0,Y.jsx)(n,{size:15,"aria-hidden":`true`})]})}),t.isError?(0,Y.jsx)(`div`,{className:`card`,children:(0,Y.jsx)(k,{error:t.error,onRetry:()=>void t.refetch()})}):r?(0,Y.jsxs)(`div`,{className:`stack`,children:[r.waiting.totalCount>0&&(0,Y.jsxs)(`div`,{className:`alert alert-info`,role:`status`,children:[(0,Y.jsx)(g,{size:18,"aria-hidden":`true`}),(0,Y.jsxs)(`div`,{className:`row`,style:{flex:1,justifyContent:`space-between`},children:[(0,Y.jsxs)(`div`,{children:[(0,Y.jsxs)(`div`,{className:`alert-title`,children:[r.waiting.totalCount===1?`1 application is`:`${S(r.waiting.totalCount)} applications are`,` waiting for review`]}),(0,Y.jsx)(`div`,{className:`alert-body`,children:`Companies that want to join the program.`})]}),(0,Y.jsx)(E,{to:`/applications`,className:`btn btn-sm btn-primary`,children:`Review`})]})]}),(0,Y.jsx)(Q,{}),(0,Y.jsx)(`div`,{className:`section-head`,children:(0,Y.jsxs)(`div`,{children:[(0,Y.jsx)(`h2`,{children:`Partners`}),(0,Y.jsx)(`p`,{className:`muted`,children:`Who is in the program, and how they go to market.`})]})}),(0,Y.jsxs)(`div`,{className:`grid grid-4`,children:[(0,Y.jsx)(m,{label:`Partners`,icon:(0,Y.jsx)(C,{size:16}),value:S(r.all.totalCount),foot:`In the program`}),(0,Y.jsx)(m,{label:`Active`,icon:(0,Y.jsx)(D,{size:16}),value:S(r.active.totalCount),foot:`Selling today`}),(0,Y.jsx)(m,{label:`Onboarding`,icon:(0,Y.jsx)(N,{size:16}),value:S(r.onboarding.totalCount),foot:`Signed, no first deal yet`}),(0,Y.jsx)(m,{label:`Suspended`,icon:(0,Y.jsx)(q,{size:16}),value:S(r.suspended.totalCount),foot:`Paused partnerships`})]}),(0,Y.jsxs)(`div`,{className:`grid grid-2`,children:[(0,Y.jsx)(x,{title:`Partners by tier`,hint:`How the program’s partners spread across the ladder.`,children:(0,Y.jsx)(L,{data:i,label:`Partners by tier`})}),(0,Y.jsx)(x,{title:`Partners by type`,hint:`How partners go to market.`,children:(0,Y.jsx)(L,{data:o,layout:`horizontal-bars`,label:`Partners by type`})})]}),(0,Y.jsx)(x,{title:s?`Partners you manage`:`Newest partners`,hint:s?`${S(r.mine.totalCount)} in your book`:`The latest organisations to join the program.`,actions:(0,Y.jsx)(E,{to:s?`/partners?mine=1`:`/partners?sort=CREATED_AT&dir=DESC`,className:`btn btn-sm`,children:`See all`}),flush:!0,children:l.length===0?(0,Y.jsx)(j,{icon:(0,Y.jsx)(C,{size:22}),title:`No partners assigned to you`,children:`Partners you become the account manager of appear here.`}):(0,Y.jsx)(`div`,{className:`table-wrap`,children:(0,Y.jsxs)(`table`,{className:`table table-cards`,children:[(0,Y.jsx)(`thead`,{children:(0,Y.jsxs)(`tr`,{children:[(0,Y.jsx)(`th`,{scope:`col`,children:`Partner`}),(0,Y.jsx)(`th`,{scope:`col`,children:`Type`}),(0,Y.jsx)(`th`,{scope:`col`,children:`Tier`}),(0,Y.jsx)(`th`,{scope:`col`,children:`Status`}),(0,Y.jsx)(`th`,{scope:`col`,children:`Account manager`})]})}),(0,Y.jsx)(`tbody`,{children:l.map(e=>(0,Y.jsxs)(`tr`,{children:[(0,Y.jsx)(`td`,{children:(0,Y.jsxs)(`div`,{className:`cell-person`,children:[(0,Y.jsx)(p,{name:e.name,size:`sm`}),(0,Y.jsx)(E,{to:`/partners/${e.id}`,className:`cell-title`,children:e.name})]})}),(0,Y.jsx)(`td`,{"data-label":`Type`,children:u[e.type]}),(0,Y.jsx)(`td`,{"data-label":`Tier`,children:(0,Y.jsx)(h,{tier:e.tier})}),(0,Y.jsx)(`td`,{"data-label":`Status`,children:(0,Y.jsx)(T,{status:e.status})}),(0,Y.jsx)(`td`,{"data-label":`Manager`,children:e.manager?.name??(0,Y.jsx)(`span`,{className:`muted`,children:`Unassigned`})})]},e.id))})]})})}),(0,Y.jsx)(c,{})]}):(0,Y.jsxs)(`div`,{className:`stack`,children:[(0,Y.jsx)(`div`,{className:`grid grid-4`,children:[0,1,2,3].map(e=>(0,Y.jsx)(A,{height:110},e))}),(0,Y.jsxs)(`div`,{className:`grid grid-2`,children:[(0,Y.jsx)(A,{height:320}),(0,Y.jsx)(A,{height:320})]})]})]})}export{ne as default};