import{a as e,i as t,n,o as r,s as i,t as a}from"./UpcomingTiles-DHdKARTj.js";import{O as o,S as s,U as c,a as l,c as u,et as d,f,i as p,k as m,l as h,nt as g,o as _,p as v,r as y,rt as b,u as x}from"./index-CjDrQcNm.js";import{B as S,L as C,R as w,a as T,c as E,r as D,t as O}from"./usePageTitle-D8z_0QA2.js";import{t as k}from"./hourglass-YUOlhl5-.js";import{i as A,o as j,s as ee,t as M}from"./charts-DFnHhetG.js";import{r as N}from"./tiers-Dzrlq8J2.js";import{t as P}from"./ExportButton-CqbMGCt0.js";import{t as F}from"./alarm-clock-CTzOv84D.js";import{t as I}from"./trending-up-CbsAKpxL.js";import{t as L}from"./trophy-BGrUdiya.js";import{n as R,r as z,t as B}from"./CurrencySwitch-Du3q-3e1.js";import{f as V,i as H,t as U}from"./status-ChvTOb5w.js";import{t as W}from"./connection-mmDI86VZ.js";import{t as G}from"./jsx-runtime-Wy9s6hX0.js";var K={name:`circle-pause`,size:24,node:[[`circle`,{cx:`12`,cy:`12`,r:`10`,key:`1mglay`}],[`line`,{x1:`10`,x2:`10`,y1:`15`,y2:`9`,key:`c1nkhi`}],[`line`,{x1:`14`,x2:`14`,y1:`15`,y2:`9`,key:`h65svq`}]],aliases:[`pause-circle`]};K.node;var q=w(K),J=`
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
}`,Y=G();function X(e,t){let n=new Date(e);n.setUTCHours(0,0,0,0);let r=(n.getUTCDay()+6)%7;return new Date(n.getTime()-(r+t*7)*U).toISOString()}var Z=new Intl.DateTimeFormat(void 0,{day:`numeric`,month:`short`,timeZone:`UTC`});function Q(e,t,n){let r=new Map(n.map(e=>[new Date(e.weekStart).toISOString().slice(0,10),e])),i=[];for(let n=new Date(e).getTime();n<=t;n+=7*U){let e=new Date(n).toISOString().slice(0,10),t=r.get(e),a=(t?.approved??0)+(t?.rejected??0);i.push({label:Z.format(new Date(n)),registered:t?.registered??0,approved:t?.approved??0,rejected:t?.rejected??0,approvalRate:a?t?.approvalRate??0:null})}return i}function $(){let a=V(),s={from:H(a,365),to:new Date(a+6e4).toISOString(),weeksFrom:X(a,25)},c=f(J,s),l=c.data,u=[...l?.byTier??[],...l?.byType??[]],d=n(u),[h,y]=z(d);if(c.isError)return(0,Y.jsx)(`div`,{className:`card`,children:(0,Y.jsx)(T,{error:c.error,onRetry:()=>void c.refetch()})});if(!l)return(0,Y.jsxs)(`div`,{className:`stack`,children:[(0,Y.jsx)(`div`,{className:`grid grid-4`,children:[0,1,2,3].map(e=>(0,Y.jsx)(E,{height:110},e))}),(0,Y.jsxs)(`div`,{className:`grid grid-2`,children:[(0,Y.jsx)(E,{height:320}),(0,Y.jsx)(E,{height:320})]})]});let b=[...N(W(l.tiers)).map(e=>({key:e.id,label:e.name,color:x(e.rank)})),...l.byTier.some(e=>e.key===``)?[{key:``,label:`No tier`,color:`#cbd0dc`}]:[]],C=t(l.byTier,h,b),w=[...new Set(l.byType.map(e=>e.key))].map(e=>({key:e,label:o[e]??e,color:`#6366f1`})),O=t(l.byType,h,w).filter(e=>e.count>0).sort((e,t)=>t.amount-e.amount),k=Q(s.weeksFrom,a,l.trend),M=k.slice(-4).reduce((e,t)=>e+t.registered,0),P=k.slice(-12),U=P.reduce((e,t)=>e+t.approved,0),G=U+P.reduce((e,t)=>e+t.rejected,0),K=l.overdueQueue.totalCount,q=l.queue.totalCount,Z=e(l.byTier,h),$=l.winRate;return(0,Y.jsxs)(`div`,{className:`stack`,children:[q>0&&(0,Y.jsxs)(`div`,{className:K?`alert alert-warning`:`alert alert-info`,role:`status`,children:[(0,Y.jsx)(g,{size:18,"aria-hidden":`true`}),(0,Y.jsxs)(`div`,{className:`row`,style:{flex:1,justifyContent:`space-between`},children:[(0,Y.jsxs)(`div`,{children:[(0,Y.jsxs)(`div`,{className:`alert-title`,children:[q===1?`1 deal registration is`:`${v(q)} deal registrations are`,` waiting for a decision`]}),(0,Y.jsx)(`div`,{className:`alert-body`,children:K?`${v(K)} past their due time.`:`All within their due time.`})]}),(0,Y.jsx)(S,{to:`/approvals`,className:`btn btn-sm btn-primary`,children:`Open the queue`})]})]}),(0,Y.jsxs)(`div`,{className:`section-head`,children:[(0,Y.jsxs)(`div`,{children:[(0,Y.jsx)(`h2`,{children:`Deal registration`}),(0,Y.jsxs)(`p`,{className:`muted`,children:[`Registrations submitted in the last 12 months`,d.length?`: ${v(Z.count)} in ${h}`:``,`. Amounts are never added across currencies.`]})]}),(0,Y.jsx)(B,{currencies:d,value:h,onChange:y,label:`Pipeline currency`})]}),(0,Y.jsxs)(`div`,{className:`grid grid-4`,children:[(0,Y.jsx)(_,{label:`Waiting for a decision`,icon:(0,Y.jsx)(F,{size:16}),value:v(q),foot:(0,Y.jsxs)(S,{to:`/approvals`,className:`row`,style:{gap:4},children:[K?`${v(K)} overdue`:`None overdue`,` `,(0,Y.jsx)(i,{size:12,"aria-hidden":`true`})]})}),(0,Y.jsx)(_,{label:`Registrations, last 4 weeks`,icon:(0,Y.jsx)(I,{size:16}),value:v(M),foot:`${v(k.reduce((e,t)=>e+t.registered,0))} in 26 weeks`}),(0,Y.jsx)(_,{label:`Approval rate, last 12 weeks`,icon:(0,Y.jsx)(r,{size:16}),value:G?m(U/G):`—`,foot:`${v(U)} approved of ${v(G)} decided`}),(0,Y.jsx)(_,{label:`Win rate, 12 months`,icon:(0,Y.jsx)(L,{size:16}),value:$.won+$.lost?m($.winRate):`—`,foot:$.won+$.lost?`${v($.won)} won · ${v($.lost)} lost · ${Math.round($.averageDaysToClose)} days to close`:`Nothing closed yet`})]}),d.length===0?(0,Y.jsx)(`div`,{className:`card`,children:(0,Y.jsx)(D,{title:`No deal registrations in the last 12 months`,children:`Charts appear here as partners register deals.`})}):(0,Y.jsxs)(`div`,{className:`grid grid-2`,children:[(0,Y.jsxs)(p,{title:`Pipeline by tier`,hint:`Value registered in ${h}, by the partner’s tier.`,children:[(0,Y.jsx)(A,{data:C,currency:h,label:`Pipeline by tier`}),(0,Y.jsx)(R,{currencies:d,shown:h})]}),(0,Y.jsxs)(p,{title:`Pipeline by partner type`,hint:`Value registered in ${h}, by how partners go to market.`,children:[(0,Y.jsx)(A,{data:O,currency:h,label:`Pipeline by partner type`,layout:`horizontal-bars`}),(0,Y.jsx)(R,{currencies:d,shown:h})]})]}),(0,Y.jsxs)(`div`,{className:`grid grid-3-1`,children:[(0,Y.jsxs)(p,{title:`Registrations and approval rate per week`,hint:`Bars: registrations submitted each week. Line: the share of that week’s decided registrations that were approved.`,children:[(0,Y.jsx)(j,{data:k,label:`Registrations and approval rate per week`}),(0,Y.jsxs)(`div`,{className:`legend`,"aria-hidden":`true`,children:[(0,Y.jsxs)(`span`,{children:[(0,Y.jsx)(`i`,{style:{background:`#c7d2fe`}}),`Registered`]}),(0,Y.jsxs)(`span`,{children:[(0,Y.jsx)(`i`,{style:{background:`#079455`}}),`Approval rate`]})]})]}),(0,Y.jsx)(p,{title:`Win rate`,hint:`Registrations closed in the last 12 months.`,children:$.won+$.lost===0?(0,Y.jsx)(D,{title:`Nothing closed yet`}):(0,Y.jsxs)(Y.Fragment,{children:[(0,Y.jsx)(ee,{won:$.won,lost:$.lost,winRate:$.winRate}),(0,Y.jsxs)(`dl`,{className:`dl compact`,style:{marginTop:8},children:[(0,Y.jsx)(`dt`,{children:`Won`}),(0,Y.jsx)(`dd`,{children:v($.won)}),(0,Y.jsx)(`dt`,{children:`Lost`}),(0,Y.jsx)(`dd`,{children:v($.lost)}),(0,Y.jsx)(`dt`,{children:`Average time to close`}),(0,Y.jsxs)(`dd`,{children:[Math.round($.averageDaysToClose),` days`]})]})]})})]})]})}var te=`
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
}`;function ne(e=new Date){let t=e.getHours();return t<12?`Good morning`:t<18?`Good afternoon`:`Good evening`}function re(){O(`Overview`);let e=c(),t=f(te,{mine:[{id:e.id}]}),n=t.data,r=n?[...N(W(n.tiers)).map(e=>({label:e.name,value:e.partners.totalCount,color:x(e.rank)})),...n.untiered.totalCount?[{label:`No tier`,value:n.untiered.totalCount,color:`#cbd0dc`}]:[]]:[],m=n&&{RESELLER:n.reseller,VAR:n.var,MSP:n.msp,SI:n.si,ISV:n.isv,REFERRAL:n.referral,ALLIANCE:n.alliance,MARKETPLACE:n.marketplace},g=m?s(o).map(e=>({label:o[e],value:m[e].totalCount,color:`#6366f1`})).sort((e,t)=>t.value-e.value):[],w=e.role===`CHANNEL_MANAGER`||(n?.mine.totalCount??0)>0,A=W(w?n?.mine:n?.recent);return(0,Y.jsxs)(Y.Fragment,{children:[(0,Y.jsx)(l,{title:`${ne()}, ${e.name.split(` `)[0]}`,subtitle:`Your partner program at a glance.`,actions:(0,Y.jsxs)(S,{to:`/partners`,className:`btn`,children:[`All partners `,(0,Y.jsx)(i,{size:15,"aria-hidden":`true`})]})}),t.isError?(0,Y.jsx)(`div`,{className:`card`,children:(0,Y.jsx)(T,{error:t.error,onRetry:()=>void t.refetch()})}):n?(0,Y.jsxs)(`div`,{className:`stack`,children:[n.waiting.totalCount>0&&(0,Y.jsxs)(`div`,{className:`alert alert-info`,role:`status`,children:[(0,Y.jsx)(d,{size:18,"aria-hidden":`true`}),(0,Y.jsxs)(`div`,{className:`row`,style:{flex:1,justifyContent:`space-between`},children:[(0,Y.jsxs)(`div`,{children:[(0,Y.jsxs)(`div`,{className:`alert-title`,children:[n.waiting.totalCount===1?`1 application is`:`${v(n.waiting.totalCount)} applications are`,` waiting for review`]}),(0,Y.jsx)(`div`,{className:`alert-body`,children:`Companies that want to join the program.`})]}),(0,Y.jsx)(S,{to:`/applications`,className:`btn btn-sm btn-primary`,children:`Review`})]})]}),(0,Y.jsx)($,{}),(0,Y.jsx)(`div`,{className:`section-head`,children:(0,Y.jsxs)(`div`,{children:[(0,Y.jsx)(`h2`,{children:`Partners`}),(0,Y.jsx)(`p`,{className:`muted`,children:`Who is in the program, and how they go to market.`})]})}),(0,Y.jsxs)(`div`,{className:`grid grid-4`,children:[(0,Y.jsx)(_,{label:`Partners`,icon:(0,Y.jsx)(b,{size:16}),value:v(n.all.totalCount),foot:`In the program`}),(0,Y.jsx)(_,{label:`Active`,icon:(0,Y.jsx)(C,{size:16}),value:v(n.active.totalCount),foot:`Selling today`}),(0,Y.jsx)(_,{label:`Onboarding`,icon:(0,Y.jsx)(k,{size:16}),value:v(n.onboarding.totalCount),foot:`Signed, no first deal yet`}),(0,Y.jsx)(_,{label:`Suspended`,icon:(0,Y.jsx)(q,{size:16}),value:v(n.suspended.totalCount),foot:`Paused partnerships`})]}),(0,Y.jsxs)(`div`,{className:`grid grid-2`,children:[(0,Y.jsx)(p,{title:`Partners by tier`,hint:`How the program’s partners spread across the ladder.`,children:(0,Y.jsx)(M,{data:r,label:`Partners by tier`})}),(0,Y.jsx)(p,{title:`Partners by type`,hint:`How partners go to market.`,children:(0,Y.jsx)(M,{data:g,layout:`horizontal-bars`,label:`Partners by type`})})]}),(0,Y.jsxs)(p,{title:w?`Partners you manage`:`Newest partners`,hint:w?`${v(n.mine.totalCount)} in your book`:`The latest organisations to join the program.`,actions:(0,Y.jsx)(S,{to:w?`/partners?mine=1`:`/partners?sort=CREATED_AT&dir=DESC`,className:`btn btn-sm`,children:`See all`}),flush:!0,children:[A.length===0?(0,Y.jsx)(D,{icon:(0,Y.jsx)(b,{size:22}),title:`No partners assigned to you`,children:`Partners you become the account manager of appear here.`}):(0,Y.jsx)(`div`,{className:`table-wrap`,children:(0,Y.jsxs)(`table`,{className:`table table-cards`,children:[(0,Y.jsx)(`thead`,{children:(0,Y.jsxs)(`tr`,{children:[(0,Y.jsx)(`th`,{scope:`col`,children:`Partner`}),(0,Y.jsx)(`th`,{scope:`col`,children:`Type`}),(0,Y.jsx)(`th`,{scope:`col`,children:`Tier`}),(0,Y.jsx)(`th`,{scope:`col`,children:`Status`}),(0,Y.jsx)(`th`,{scope:`col`,children:`Account manager`})]})}),(0,Y.jsx)(`tbody`,{children:A.map(e=>(0,Y.jsxs)(`tr`,{children:[(0,Y.jsx)(`td`,{children:(0,Y.jsxs)(`div`,{className:`cell-person`,children:[(0,Y.jsx)(y,{name:e.name,size:`sm`}),(0,Y.jsx)(S,{to:`/partners/${e.id}`,className:`cell-title`,children:e.name})]})}),(0,Y.jsx)(`td`,{"data-label":`Type`,children:o[e.type]}),(0,Y.jsx)(`td`,{"data-label":`Tier`,children:(0,Y.jsx)(h,{tier:e.tier})}),(0,Y.jsx)(`td`,{"data-label":`Status`,children:(0,Y.jsx)(u,{status:e.status})}),(0,Y.jsx)(`td`,{"data-label":`Manager`,children:e.manager?.name??(0,Y.jsx)(`span`,{className:`muted`,children:`Unassigned`})})]},e.id))})]})}),A.length>0&&(0,Y.jsx)(P,{csv:{list:`partners`,fields:[`name`,`type`,`tier.name`,`status`,`manager.name`,`createdAt`],where:w?{hasManagerWith:[{id:e.id}]}:void 0,orderBy:w?{field:`NAME`,direction:`ASC`}:{field:`CREATED_AT`,direction:`DESC`}}})]}),(0,Y.jsx)(a,{})]}):(0,Y.jsxs)(`div`,{className:`stack`,children:[(0,Y.jsx)(`div`,{className:`grid grid-4`,children:[0,1,2,3].map(e=>(0,Y.jsx)(E,{height:110},e))}),(0,Y.jsxs)(`div`,{className:`grid grid-2`,children:[(0,Y.jsx)(E,{height:320}),(0,Y.jsx)(E,{height:320})]})]})]})}export{re as default};