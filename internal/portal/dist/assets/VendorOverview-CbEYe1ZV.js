import{a as e,i as t,n,o as r,s as i,t as a}from"./UpcomingTiles-CWyWX5YF.js";import{O as o,S as s,U as c,a as l,at as u,c as d,f,i as p,it as m,k as h,l as g,o as _,p as v,r as y,tt as b,u as x}from"./index-D7DUstJB.js";import{K as S,U as C,W as w,a as T,c as E,r as D,t as O}from"./usePageTitle-atKqKR4V.js";import{t as k}from"./hourglass-cUPScyya.js";import{i as A,o as j,s as M,t as N}from"./charts-Bpp7OgJ0.js";import{r as P}from"./tiers-DZsp7JHG.js";import{t as F}from"./ExportButton-B8iJRjdD.js";import{t as I}from"./alarm-clock-D4UYdbwX.js";import{t as L}from"./trending-up-BVJ4gVi6.js";import{t as R}from"./trophy-CvXrwilj.js";import{n as z,r as B,t as V}from"./CurrencySwitch-Du3q-3e1.js";import{f as H,i as U,t as W}from"./status-Cvs0A2qn.js";import{t as G}from"./connection-mmDI86VZ.js";import{t as K}from"./jsx-runtime-Wy9s6hX0.js";var q={name:`circle-pause`,size:24,node:[[`circle`,{cx:`12`,cy:`12`,r:`10`,key:`1mglay`}],[`line`,{x1:`10`,x2:`10`,y1:`15`,y2:`9`,key:`c1nkhi`}],[`line`,{x1:`14`,x2:`14`,y1:`15`,y2:`9`,key:`h65svq`}]],aliases:[`pause-circle`]};q.node;var J=w(q),Y=`
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
}`,X=K();function Z(e,t){let n=new Date(e);n.setUTCHours(0,0,0,0);let r=(n.getUTCDay()+6)%7;return new Date(n.getTime()-(r+t*7)*W).toISOString()}var Q=new Intl.DateTimeFormat(void 0,{day:`numeric`,month:`short`,timeZone:`UTC`});function ee(e,t,n){let r=new Map(n.map(e=>[new Date(e.weekStart).toISOString().slice(0,10),e])),i=[];for(let n=new Date(e).getTime();n<=t;n+=7*W){let e=new Date(n).toISOString().slice(0,10),t=r.get(e),a=(t?.approved??0)+(t?.rejected??0);i.push({label:Q.format(new Date(n)),registered:t?.registered??0,approved:t?.approved??0,rejected:t?.rejected??0,approvalRate:a?t?.approvalRate??0:null})}return i}function $(){let a=H(),s={from:U(a,365),to:new Date(a+6e4).toISOString(),weeksFrom:Z(a,25)},c=f(Y,s),l=c.data,u=[...l?.byTier??[],...l?.byType??[]],d=n(u),[g,y]=B(d);if(c.isError)return(0,X.jsx)(`div`,{className:`card`,children:(0,X.jsx)(T,{error:c.error,onRetry:()=>void c.refetch()})});if(!l)return(0,X.jsxs)(`div`,{className:`stack`,children:[(0,X.jsx)(`div`,{className:`grid grid-4`,children:[0,1,2,3].map(e=>(0,X.jsx)(E,{height:110},e))}),(0,X.jsxs)(`div`,{className:`grid grid-2`,children:[(0,X.jsx)(E,{height:320}),(0,X.jsx)(E,{height:320})]})]});let b=[...P(G(l.tiers)).map(e=>({key:e.id,label:e.name,color:x(e.rank)})),...l.byTier.some(e=>e.key===``)?[{key:``,label:`No tier`,color:`#cbd0dc`}]:[]],C=t(l.byTier,g,b),w=[...new Set(l.byType.map(e=>e.key))].map(e=>({key:e,label:o[e]??e,color:`#6366f1`})),O=t(l.byType,g,w).filter(e=>e.count>0).sort((e,t)=>t.amount-e.amount),k=ee(s.weeksFrom,a,l.trend),N=k.slice(-4).reduce((e,t)=>e+t.registered,0),F=k.slice(-12),W=F.reduce((e,t)=>e+t.approved,0),K=W+F.reduce((e,t)=>e+t.rejected,0),q=l.overdueQueue.totalCount,J=l.queue.totalCount,Q=e(l.byTier,g),$=l.winRate;return(0,X.jsxs)(`div`,{className:`stack`,children:[J>0&&(0,X.jsxs)(`div`,{className:q?`alert alert-warning`:`alert alert-info`,role:`status`,children:[(0,X.jsx)(m,{size:18,"aria-hidden":`true`}),(0,X.jsxs)(`div`,{className:`row`,style:{flex:1,justifyContent:`space-between`},children:[(0,X.jsxs)(`div`,{children:[(0,X.jsxs)(`div`,{className:`alert-title`,children:[J===1?`1 deal registration is`:`${v(J)} deal registrations are`,` waiting for a decision`]}),(0,X.jsx)(`div`,{className:`alert-body`,children:q?`${v(q)} past their due time.`:`All within their due time.`})]}),(0,X.jsx)(S,{to:`/approvals`,className:`btn btn-sm btn-primary`,children:`Open the queue`})]})]}),(0,X.jsxs)(`div`,{className:`section-head`,children:[(0,X.jsxs)(`div`,{children:[(0,X.jsx)(`h2`,{children:`Deal registration`}),(0,X.jsxs)(`p`,{className:`muted`,children:[`Registrations submitted in the last 12 months`,d.length?`: ${v(Q.count)} in ${g}`:``,`. Amounts are never added across currencies.`]})]}),(0,X.jsx)(V,{currencies:d,value:g,onChange:y,label:`Pipeline currency`})]}),(0,X.jsxs)(`div`,{className:`grid grid-4`,children:[(0,X.jsx)(_,{label:`Waiting for a decision`,icon:(0,X.jsx)(I,{size:16}),value:v(J),foot:(0,X.jsxs)(S,{to:`/approvals`,className:`row`,style:{gap:4},children:[q?`${v(q)} overdue`:`None overdue`,` `,(0,X.jsx)(i,{size:12,"aria-hidden":`true`})]})}),(0,X.jsx)(_,{label:`Registrations, last 4 weeks`,icon:(0,X.jsx)(L,{size:16}),value:v(N),foot:`${v(k.reduce((e,t)=>e+t.registered,0))} in 26 weeks`}),(0,X.jsx)(_,{label:`Approval rate, last 12 weeks`,icon:(0,X.jsx)(r,{size:16}),value:K?h(W/K):`—`,foot:`${v(W)} approved of ${v(K)} decided`}),(0,X.jsx)(_,{label:`Win rate, 12 months`,icon:(0,X.jsx)(R,{size:16}),value:$.won+$.lost?h($.winRate):`—`,foot:$.won+$.lost?`${v($.won)} won · ${v($.lost)} lost · ${Math.round($.averageDaysToClose)} days to close`:`Nothing closed yet`})]}),d.length===0?(0,X.jsx)(`div`,{className:`card`,children:(0,X.jsx)(D,{title:`No deal registrations in the last 12 months`,children:`Charts appear here as partners register deals.`})}):(0,X.jsxs)(`div`,{className:`grid grid-2`,children:[(0,X.jsxs)(p,{title:`Pipeline by tier`,hint:`Value registered in ${g}, by the partner’s tier.`,children:[(0,X.jsx)(A,{data:C,currency:g,label:`Pipeline by tier`}),(0,X.jsx)(z,{currencies:d,shown:g})]}),(0,X.jsxs)(p,{title:`Pipeline by partner type`,hint:`Value registered in ${g}, by how partners go to market.`,children:[(0,X.jsx)(A,{data:O,currency:g,label:`Pipeline by partner type`,layout:`horizontal-bars`}),(0,X.jsx)(z,{currencies:d,shown:g})]})]}),(0,X.jsxs)(`div`,{className:`grid grid-3-1`,children:[(0,X.jsxs)(p,{title:`Registrations and approval rate per week`,hint:`Bars: registrations submitted each week. Line: the share of that week’s decided registrations that were approved.`,children:[(0,X.jsx)(j,{data:k,label:`Registrations and approval rate per week`}),(0,X.jsxs)(`div`,{className:`legend`,"aria-hidden":`true`,children:[(0,X.jsxs)(`span`,{children:[(0,X.jsx)(`i`,{style:{background:`#c7d2fe`}}),`Registered`]}),(0,X.jsxs)(`span`,{children:[(0,X.jsx)(`i`,{style:{background:`#079455`}}),`Approval rate`]})]})]}),(0,X.jsx)(p,{title:`Win rate`,hint:`Registrations closed in the last 12 months.`,children:$.won+$.lost===0?(0,X.jsx)(D,{title:`Nothing closed yet`}):(0,X.jsxs)(X.Fragment,{children:[(0,X.jsx)(M,{won:$.won,lost:$.lost,winRate:$.winRate}),(0,X.jsxs)(`dl`,{className:`dl compact`,style:{marginTop:8},children:[(0,X.jsx)(`dt`,{children:`Won`}),(0,X.jsx)(`dd`,{children:v($.won)}),(0,X.jsx)(`dt`,{children:`Lost`}),(0,X.jsx)(`dd`,{children:v($.lost)}),(0,X.jsx)(`dt`,{children:`Average time to close`}),(0,X.jsxs)(`dd`,{children:[Math.round($.averageDaysToClose),` days`]})]})]})})]})]})}var te=`
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
}`;function ne(e=new Date){let t=e.getHours();return t<12?`Good morning`:t<18?`Good afternoon`:`Good evening`}function re(){O(`Overview`);let e=c(),t=f(te,{mine:[{id:e.id}]}),n=t.data,r=n?[...P(G(n.tiers)).map(e=>({label:e.name,value:e.partners.totalCount,color:x(e.rank)})),...n.untiered.totalCount?[{label:`No tier`,value:n.untiered.totalCount,color:`#cbd0dc`}]:[]]:[],m=n&&{RESELLER:n.reseller,VAR:n.var,MSP:n.msp,SI:n.si,ISV:n.isv,REFERRAL:n.referral,ALLIANCE:n.alliance,MARKETPLACE:n.marketplace},h=m?s(o).map(e=>({label:o[e],value:m[e].totalCount,color:`#6366f1`})).sort((e,t)=>t.value-e.value):[],w=e.role===`CHANNEL_MANAGER`||(n?.mine.totalCount??0)>0,A=G(w?n?.mine:n?.recent);return(0,X.jsxs)(X.Fragment,{children:[(0,X.jsx)(l,{title:`${ne()}, ${e.name.split(` `)[0]}`,subtitle:`Your partner program at a glance.`,actions:(0,X.jsxs)(S,{to:`/partners`,className:`btn`,children:[`All partners `,(0,X.jsx)(i,{size:15,"aria-hidden":`true`})]})}),t.isError?(0,X.jsx)(`div`,{className:`card`,children:(0,X.jsx)(T,{error:t.error,onRetry:()=>void t.refetch()})}):n?(0,X.jsxs)(`div`,{className:`stack`,children:[n.waiting.totalCount>0&&(0,X.jsxs)(`div`,{className:`alert alert-info`,role:`status`,children:[(0,X.jsx)(b,{size:18,"aria-hidden":`true`}),(0,X.jsxs)(`div`,{className:`row`,style:{flex:1,justifyContent:`space-between`},children:[(0,X.jsxs)(`div`,{children:[(0,X.jsxs)(`div`,{className:`alert-title`,children:[n.waiting.totalCount===1?`1 application is`:`${v(n.waiting.totalCount)} applications are`,` waiting for review`]}),(0,X.jsx)(`div`,{className:`alert-body`,children:`Companies that want to join the program.`})]}),(0,X.jsx)(S,{to:`/applications`,className:`btn btn-sm btn-primary`,children:`Review`})]})]}),(0,X.jsx)($,{}),(0,X.jsx)(`div`,{className:`section-head`,children:(0,X.jsxs)(`div`,{children:[(0,X.jsx)(`h2`,{children:`Partners`}),(0,X.jsx)(`p`,{className:`muted`,children:`Who is in the program, and how they go to market.`})]})}),(0,X.jsxs)(`div`,{className:`grid grid-4`,children:[(0,X.jsx)(_,{label:`Partners`,icon:(0,X.jsx)(u,{size:16}),value:v(n.all.totalCount),foot:`In the program`}),(0,X.jsx)(_,{label:`Active`,icon:(0,X.jsx)(C,{size:16}),value:v(n.active.totalCount),foot:`Selling today`}),(0,X.jsx)(_,{label:`Onboarding`,icon:(0,X.jsx)(k,{size:16}),value:v(n.onboarding.totalCount),foot:`Signed, no first deal yet`}),(0,X.jsx)(_,{label:`Suspended`,icon:(0,X.jsx)(J,{size:16}),value:v(n.suspended.totalCount),foot:`Paused partnerships`})]}),(0,X.jsxs)(`div`,{className:`grid grid-2`,children:[(0,X.jsx)(p,{title:`Partners by tier`,hint:`How the program’s partners spread across the ladder.`,children:(0,X.jsx)(N,{data:r,label:`Partners by tier`})}),(0,X.jsx)(p,{title:`Partners by type`,hint:`How partners go to market.`,children:(0,X.jsx)(N,{data:h,layout:`horizontal-bars`,label:`Partners by type`})})]}),(0,X.jsxs)(p,{title:w?`Partners you manage`:`Newest partners`,hint:w?`${v(n.mine.totalCount)} in your book`:`The latest organisations to join the program.`,actions:(0,X.jsx)(S,{to:w?`/partners?mine=1`:`/partners?sort=CREATED_AT&dir=DESC`,className:`btn btn-sm`,children:`See all`}),flush:!0,children:[A.length===0?(0,X.jsx)(D,{icon:(0,X.jsx)(u,{size:22}),title:`No partners assigned to you`,children:`Partners you become the account manager of appear here.`}):(0,X.jsx)(`div`,{className:`table-wrap`,children:(0,X.jsxs)(`table`,{className:`table table-cards`,children:[(0,X.jsx)(`thead`,{children:(0,X.jsxs)(`tr`,{children:[(0,X.jsx)(`th`,{scope:`col`,children:`Partner`}),(0,X.jsx)(`th`,{scope:`col`,children:`Type`}),(0,X.jsx)(`th`,{scope:`col`,children:`Tier`}),(0,X.jsx)(`th`,{scope:`col`,children:`Status`}),(0,X.jsx)(`th`,{scope:`col`,children:`Account manager`})]})}),(0,X.jsx)(`tbody`,{children:A.map(e=>(0,X.jsxs)(`tr`,{children:[(0,X.jsx)(`td`,{children:(0,X.jsxs)(`div`,{className:`cell-person`,children:[(0,X.jsx)(y,{name:e.name,size:`sm`}),(0,X.jsx)(S,{to:`/partners/${e.id}`,className:`cell-title`,children:e.name})]})}),(0,X.jsx)(`td`,{"data-label":`Type`,children:o[e.type]}),(0,X.jsx)(`td`,{"data-label":`Tier`,children:(0,X.jsx)(g,{tier:e.tier})}),(0,X.jsx)(`td`,{"data-label":`Status`,children:(0,X.jsx)(d,{status:e.status})}),(0,X.jsx)(`td`,{"data-label":`Manager`,children:e.manager?.name??(0,X.jsx)(`span`,{className:`muted`,children:`Unassigned`})})]},e.id))})]})}),A.length>0&&(0,X.jsx)(F,{csv:{list:`partners`,fields:[`name`,`type`,`tier.name`,`status`,`manager.name`,`createdAt`],where:w?{hasManagerWith:[{id:e.id}]}:void 0,orderBy:w?{field:`NAME`,direction:`ASC`}:{field:`CREATED_AT`,direction:`DESC`}}})]}),(0,X.jsx)(a,{})]}):(0,X.jsxs)(`div`,{className:`stack`,children:[(0,X.jsx)(`div`,{className:`grid grid-4`,children:[0,1,2,3].map(e=>(0,X.jsx)(E,{height:110},e))}),(0,X.jsxs)(`div`,{className:`grid grid-2`,children:[(0,X.jsx)(E,{height:320}),(0,X.jsx)(E,{height:320})]})]})]})}export{re as default};