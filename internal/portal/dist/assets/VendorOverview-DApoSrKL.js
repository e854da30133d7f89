import{a as e,c as t,i as n,n as r,o as i,s as a,t as o}from"./UpcomingTiles-uyCyynbn.js";import{O as s,S as c,U as l,a as u,c as d,et as f,f as p,i as m,k as h,l as g,nt as _,o as v,p as y,r as b,rt as x,u as S}from"./index-BXPvD-XQ.js";import{I as C,N as w,P as T,a as E,c as D,r as O,t as k}from"./usePageTitle-j74F2IpS.js";import{t as A}from"./hourglass-Cq-CBuGJ.js";import{i as j,o as M,s as N,t as P}from"./charts-DxHiNUUr.js";import{r as F}from"./tiers-CUas__ds.js";import{t as I}from"./ExportButton-Ct1ODxtI.js";import{t as L}from"./alarm-clock-sILAb2cA.js";import{t as R}from"./trophy-B3E_Dkyv.js";import{n as z,r as B,t as V}from"./CurrencySwitch-Du3q-3e1.js";import{f as H,i as U,t as W}from"./status-D5ZkbJqh.js";import{t as G}from"./connection-mmDI86VZ.js";import{t as K}from"./jsx-runtime-Wy9s6hX0.js";var q={name:`circle-pause`,size:24,node:[[`circle`,{cx:`12`,cy:`12`,r:`10`,key:`1mglay`}],[`line`,{x1:`10`,x2:`10`,y1:`15`,y2:`9`,key:`c1nkhi`}],[`line`,{x1:`14`,x2:`14`,y1:`15`,y2:`9`,key:`h65svq`}]],aliases:[`pause-circle`]};q.node;var J=T(q),Y=`
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
}`,X=K();function Z(e,t){let n=new Date(e);n.setUTCHours(0,0,0,0);let r=(n.getUTCDay()+6)%7;return new Date(n.getTime()-(r+t*7)*W).toISOString()}var Q=new Intl.DateTimeFormat(void 0,{day:`numeric`,month:`short`,timeZone:`UTC`});function ee(e,t,n){let r=new Map(n.map(e=>[new Date(e.weekStart).toISOString().slice(0,10),e])),i=[];for(let n=new Date(e).getTime();n<=t;n+=7*W){let e=new Date(n).toISOString().slice(0,10),t=r.get(e),a=(t?.approved??0)+(t?.rejected??0);i.push({label:Q.format(new Date(n)),registered:t?.registered??0,approved:t?.approved??0,rejected:t?.rejected??0,approvalRate:a?t?.approvalRate??0:null})}return i}function $(){let o=H(),c={from:U(o,365),to:new Date(o+6e4).toISOString(),weeksFrom:Z(o,25)},l=p(Y,c),u=l.data,d=[...u?.byTier??[],...u?.byType??[]],f=r(d),[g,b]=B(f);if(l.isError)return(0,X.jsx)(`div`,{className:`card`,children:(0,X.jsx)(E,{error:l.error,onRetry:()=>void l.refetch()})});if(!u)return(0,X.jsxs)(`div`,{className:`stack`,children:[(0,X.jsx)(`div`,{className:`grid grid-4`,children:[0,1,2,3].map(e=>(0,X.jsx)(D,{height:110},e))}),(0,X.jsxs)(`div`,{className:`grid grid-2`,children:[(0,X.jsx)(D,{height:320}),(0,X.jsx)(D,{height:320})]})]});let x=[...F(G(u.tiers)).map(e=>({key:e.id,label:e.name,color:S(e.rank)})),...u.byTier.some(e=>e.key===``)?[{key:``,label:`No tier`,color:`#cbd0dc`}]:[]],w=n(u.byTier,g,x),T=[...new Set(u.byType.map(e=>e.key))].map(e=>({key:e,label:s[e]??e,color:`#6366f1`})),k=n(u.byType,g,T).filter(e=>e.count>0).sort((e,t)=>t.amount-e.amount),A=ee(c.weeksFrom,o,u.trend),P=A.slice(-4).reduce((e,t)=>e+t.registered,0),I=A.slice(-12),W=I.reduce((e,t)=>e+t.approved,0),K=W+I.reduce((e,t)=>e+t.rejected,0),q=u.overdueQueue.totalCount,J=u.queue.totalCount,Q=e(u.byTier,g),$=u.winRate;return(0,X.jsxs)(`div`,{className:`stack`,children:[J>0&&(0,X.jsxs)(`div`,{className:q?`alert alert-warning`:`alert alert-info`,role:`status`,children:[(0,X.jsx)(_,{size:18,"aria-hidden":`true`}),(0,X.jsxs)(`div`,{className:`row`,style:{flex:1,justifyContent:`space-between`},children:[(0,X.jsxs)(`div`,{children:[(0,X.jsxs)(`div`,{className:`alert-title`,children:[J===1?`1 deal registration is`:`${y(J)} deal registrations are`,` waiting for a decision`]}),(0,X.jsx)(`div`,{className:`alert-body`,children:q?`${y(q)} past their due time.`:`All within their due time.`})]}),(0,X.jsx)(C,{to:`/approvals`,className:`btn btn-sm btn-primary`,children:`Open the queue`})]})]}),(0,X.jsxs)(`div`,{className:`section-head`,children:[(0,X.jsxs)(`div`,{children:[(0,X.jsx)(`h2`,{children:`Deal registration`}),(0,X.jsxs)(`p`,{className:`muted`,children:[`Registrations submitted in the last 12 months`,f.length?`: ${y(Q.count)} in ${g}`:``,`. Amounts are never added across currencies.`]})]}),(0,X.jsx)(V,{currencies:f,value:g,onChange:b,label:`Pipeline currency`})]}),(0,X.jsxs)(`div`,{className:`grid grid-4`,children:[(0,X.jsx)(v,{label:`Waiting for a decision`,icon:(0,X.jsx)(L,{size:16}),value:y(J),foot:(0,X.jsxs)(C,{to:`/approvals`,className:`row`,style:{gap:4},children:[q?`${y(q)} overdue`:`None overdue`,` `,(0,X.jsx)(t,{size:12,"aria-hidden":`true`})]})}),(0,X.jsx)(v,{label:`Registrations, last 4 weeks`,icon:(0,X.jsx)(i,{size:16}),value:y(P),foot:`${y(A.reduce((e,t)=>e+t.registered,0))} in 26 weeks`}),(0,X.jsx)(v,{label:`Approval rate, last 12 weeks`,icon:(0,X.jsx)(a,{size:16}),value:K?h(W/K):`—`,foot:`${y(W)} approved of ${y(K)} decided`}),(0,X.jsx)(v,{label:`Win rate, 12 months`,icon:(0,X.jsx)(R,{size:16}),value:$.won+$.lost?h($.winRate):`—`,foot:$.won+$.lost?`${y($.won)} won · ${y($.lost)} lost · ${Math.round($.averageDaysToClose)} days to close`:`Nothing closed yet`})]}),f.length===0?(0,X.jsx)(`div`,{className:`card`,children:(0,X.jsx)(O,{title:`No deal registrations in the last 12 months`,children:`Charts appear here as partners register deals.`})}):(0,X.jsxs)(`div`,{className:`grid grid-2`,children:[(0,X.jsxs)(m,{title:`Pipeline by tier`,hint:`Value registered in ${g}, by the partner’s tier.`,children:[(0,X.jsx)(j,{data:w,currency:g,label:`Pipeline by tier`}),(0,X.jsx)(z,{currencies:f,shown:g})]}),(0,X.jsxs)(m,{title:`Pipeline by partner type`,hint:`Value registered in ${g}, by how partners go to market.`,children:[(0,X.jsx)(j,{data:k,currency:g,label:`Pipeline by partner type`,layout:`horizontal-bars`}),(0,X.jsx)(z,{currencies:f,shown:g})]})]}),(0,X.jsxs)(`div`,{className:`grid grid-3-1`,children:[(0,X.jsxs)(m,{title:`Registrations and approval rate per week`,hint:`Bars: registrations submitted each week. Line: the share of that week’s decided registrations that were approved.`,children:[(0,X.jsx)(M,{data:A,label:`Registrations and approval rate per week`}),(0,X.jsxs)(`div`,{className:`legend`,"aria-hidden":`true`,children:[(0,X.jsxs)(`span`,{children:[(0,X.jsx)(`i`,{style:{background:`#c7d2fe`}}),`Registered`]}),(0,X.jsxs)(`span`,{children:[(0,X.jsx)(`i`,{style:{background:`#079455`}}),`Approval rate`]})]})]}),(0,X.jsx)(m,{title:`Win rate`,hint:`Registrations closed in the last 12 months.`,children:$.won+$.lost===0?(0,X.jsx)(O,{title:`Nothing closed yet`}):(0,X.jsxs)(X.Fragment,{children:[(0,X.jsx)(N,{won:$.won,lost:$.lost,winRate:$.winRate}),(0,X.jsxs)(`dl`,{className:`dl compact`,style:{marginTop:8},children:[(0,X.jsx)(`dt`,{children:`Won`}),(0,X.jsx)(`dd`,{children:y($.won)}),(0,X.jsx)(`dt`,{children:`Lost`}),(0,X.jsx)(`dd`,{children:y($.lost)}),(0,X.jsx)(`dt`,{children:`Average time to close`}),(0,X.jsxs)(`dd`,{children:[Math.round($.averageDaysToClose),` days`]})]})]})})]})]})}var te=`
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
}`;function ne(e=new Date){let t=e.getHours();return t<12?`Good morning`:t<18?`Good afternoon`:`Good evening`}function re(){k(`Overview`);let e=l(),n=p(te,{mine:[{id:e.id}]}),r=n.data,i=r?[...F(G(r.tiers)).map(e=>({label:e.name,value:e.partners.totalCount,color:S(e.rank)})),...r.untiered.totalCount?[{label:`No tier`,value:r.untiered.totalCount,color:`#cbd0dc`}]:[]]:[],a=r&&{RESELLER:r.reseller,VAR:r.var,MSP:r.msp,SI:r.si,ISV:r.isv,REFERRAL:r.referral,ALLIANCE:r.alliance,MARKETPLACE:r.marketplace},h=a?c(s).map(e=>({label:s[e],value:a[e].totalCount,color:`#6366f1`})).sort((e,t)=>t.value-e.value):[],_=e.role===`CHANNEL_MANAGER`||(r?.mine.totalCount??0)>0,T=G(_?r?.mine:r?.recent);return(0,X.jsxs)(X.Fragment,{children:[(0,X.jsx)(u,{title:`${ne()}, ${e.name.split(` `)[0]}`,subtitle:`Your partner program at a glance.`,actions:(0,X.jsxs)(C,{to:`/partners`,className:`btn`,children:[`All partners `,(0,X.jsx)(t,{size:15,"aria-hidden":`true`})]})}),n.isError?(0,X.jsx)(`div`,{className:`card`,children:(0,X.jsx)(E,{error:n.error,onRetry:()=>void n.refetch()})}):r?(0,X.jsxs)(`div`,{className:`stack`,children:[r.waiting.totalCount>0&&(0,X.jsxs)(`div`,{className:`alert alert-info`,role:`status`,children:[(0,X.jsx)(f,{size:18,"aria-hidden":`true`}),(0,X.jsxs)(`div`,{className:`row`,style:{flex:1,justifyContent:`space-between`},children:[(0,X.jsxs)(`div`,{children:[(0,X.jsxs)(`div`,{className:`alert-title`,children:[r.waiting.totalCount===1?`1 application is`:`${y(r.waiting.totalCount)} applications are`,` waiting for review`]}),(0,X.jsx)(`div`,{className:`alert-body`,children:`Companies that want to join the program.`})]}),(0,X.jsx)(C,{to:`/applications`,className:`btn btn-sm btn-primary`,children:`Review`})]})]}),(0,X.jsx)($,{}),(0,X.jsx)(`div`,{className:`section-head`,children:(0,X.jsxs)(`div`,{children:[(0,X.jsx)(`h2`,{children:`Partners`}),(0,X.jsx)(`p`,{className:`muted`,children:`Who is in the program, and how they go to market.`})]})}),(0,X.jsxs)(`div`,{className:`grid grid-4`,children:[(0,X.jsx)(v,{label:`Partners`,icon:(0,X.jsx)(x,{size:16}),value:y(r.all.totalCount),foot:`In the program`}),(0,X.jsx)(v,{label:`Active`,icon:(0,X.jsx)(w,{size:16}),value:y(r.active.totalCount),foot:`Selling today`}),(0,X.jsx)(v,{label:`Onboarding`,icon:(0,X.jsx)(A,{size:16}),value:y(r.onboarding.totalCount),foot:`Signed, no first deal yet`}),(0,X.jsx)(v,{label:`Suspended`,icon:(0,X.jsx)(J,{size:16}),value:y(r.suspended.totalCount),foot:`Paused partnerships`})]}),(0,X.jsxs)(`div`,{className:`grid grid-2`,children:[(0,X.jsx)(m,{title:`Partners by tier`,hint:`How the program’s partners spread across the ladder.`,children:(0,X.jsx)(P,{data:i,label:`Partners by tier`})}),(0,X.jsx)(m,{title:`Partners by type`,hint:`How partners go to market.`,children:(0,X.jsx)(P,{data:h,layout:`horizontal-bars`,label:`Partners by type`})})]}),(0,X.jsxs)(m,{title:_?`Partners you manage`:`Newest partners`,hint:_?`${y(r.mine.totalCount)} in your book`:`The latest organisations to join the program.`,actions:(0,X.jsx)(C,{to:_?`/partners?mine=1`:`/partners?sort=CREATED_AT&dir=DESC`,className:`btn btn-sm`,children:`See all`}),flush:!0,children:[T.length===0?(0,X.jsx)(O,{icon:(0,X.jsx)(x,{size:22}),title:`No partners assigned to you`,children:`Partners you become the account manager of appear here.`}):(0,X.jsx)(`div`,{className:`table-wrap`,children:(0,X.jsxs)(`table`,{className:`table table-cards`,children:[(0,X.jsx)(`thead`,{children:(0,X.jsxs)(`tr`,{children:[(0,X.jsx)(`th`,{scope:`col`,children:`Partner`}),(0,X.jsx)(`th`,{scope:`col`,children:`Type`}),(0,X.jsx)(`th`,{scope:`col`,children:`Tier`}),(0,X.jsx)(`th`,{scope:`col`,children:`Status`}),(0,X.jsx)(`th`,{scope:`col`,children:`Account manager`})]})}),(0,X.jsx)(`tbody`,{children:T.map(e=>(0,X.jsxs)(`tr`,{children:[(0,X.jsx)(`td`,{children:(0,X.jsxs)(`div`,{className:`cell-person`,children:[(0,X.jsx)(b,{name:e.name,size:`sm`}),(0,X.jsx)(C,{to:`/partners/${e.id}`,className:`cell-title`,children:e.name})]})}),(0,X.jsx)(`td`,{"data-label":`Type`,children:s[e.type]}),(0,X.jsx)(`td`,{"data-label":`Tier`,children:(0,X.jsx)(g,{tier:e.tier})}),(0,X.jsx)(`td`,{"data-label":`Status`,children:(0,X.jsx)(d,{status:e.status})}),(0,X.jsx)(`td`,{"data-label":`Manager`,children:e.manager?.name??(0,X.jsx)(`span`,{className:`muted`,children:`Unassigned`})})]},e.id))})]})}),T.length>0&&(0,X.jsx)(I,{csv:{list:`partners`,fields:[`name`,`type`,`tier.name`,`status`,`manager.name`,`createdAt`],where:_?{hasManagerWith:[{id:e.id}]}:void 0,orderBy:_?{field:`NAME`,direction:`ASC`}:{field:`CREATED_AT`,direction:`DESC`}}})]}),(0,X.jsx)(o,{})]}):(0,X.jsxs)(`div`,{className:`stack`,children:[(0,X.jsx)(`div`,{className:`grid grid-4`,children:[0,1,2,3].map(e=>(0,X.jsx)(D,{height:110},e))}),(0,X.jsxs)(`div`,{className:`grid grid-2`,children:[(0,X.jsx)(D,{height:320}),(0,X.jsx)(D,{height:320})]})]})]})}export{re as default};