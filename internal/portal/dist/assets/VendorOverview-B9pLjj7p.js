import{a as e,c as t,i as n,n as r,o as i,s as a,t as o}from"./UpcomingTiles-CNZTIGZT.js";import{O as s,S as c,U as l,a as u,c as d,et as f,f as p,i as m,k as h,l as g,nt as _,o as v,p as y,r as b,rt as x,u as S}from"./index-DMgi2jrc.js";import{I as C,N as w,P as T,a as E,c as D,r as O,t as k}from"./usePageTitle-j74F2IpS.js";import{t as A}from"./hourglass-Cq-CBuGJ.js";import{i as j,o as M,s as N,t as P}from"./charts-COkCleeh.js";import{r as F}from"./tiers-CUas__ds.js";import{t as I}from"./alarm-clock-sILAb2cA.js";import{t as L}from"./trophy-B3E_Dkyv.js";import{n as R,r as z,t as B}from"./CurrencySwitch-Du3q-3e1.js";import{f as V,i as H,t as U}from"./status-C6S0elMX.js";import{t as W}from"./connection-mmDI86VZ.js";import{t as G}from"./jsx-runtime-Wy9s6hX0.js";var K={name:`circle-pause`,size:24,node:[[`circle`,{cx:`12`,cy:`12`,r:`10`,key:`1mglay`}],[`line`,{x1:`10`,x2:`10`,y1:`15`,y2:`9`,key:`c1nkhi`}],[`line`,{x1:`14`,x2:`14`,y1:`15`,y2:`9`,key:`h65svq`}]],aliases:[`pause-circle`]};K.node;var q=T(K),J=`
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
}`,Y=G();function X(e,t){let n=new Date(e);n.setUTCHours(0,0,0,0);let r=(n.getUTCDay()+6)%7;return new Date(n.getTime()-(r+t*7)*U).toISOString()}var Z=new Intl.DateTimeFormat(void 0,{day:`numeric`,month:`short`,timeZone:`UTC`});function ee(e,t,n){let r=new Map(n.map(e=>[new Date(e.weekStart).toISOString().slice(0,10),e])),i=[];for(let n=new Date(e).getTime();n<=t;n+=7*U){let e=new Date(n).toISOString().slice(0,10),t=r.get(e),a=(t?.approved??0)+(t?.rejected??0);i.push({label:Z.format(new Date(n)),registered:t?.registered??0,approved:t?.approved??0,rejected:t?.rejected??0,approvalRate:a?t?.approvalRate??0:null})}return i}function Q(){let o=V(),c={from:H(o,365),to:new Date(o+6e4).toISOString(),weeksFrom:X(o,25)},l=p(J,c),u=l.data,d=[...u?.byTier??[],...u?.byType??[]],f=r(d),[g,b]=z(f);if(l.isError)return(0,Y.jsx)(`div`,{className:`card`,children:(0,Y.jsx)(E,{error:l.error,onRetry:()=>void l.refetch()})});if(!u)return(0,Y.jsxs)(`div`,{className:`stack`,children:[(0,Y.jsx)(`div`,{className:`grid grid-4`,children:[0,1,2,3].map(e=>(0,Y.jsx)(D,{height:110},e))}),(0,Y.jsxs)(`div`,{className:`grid grid-2`,children:[(0,Y.jsx)(D,{height:320}),(0,Y.jsx)(D,{height:320})]})]});let x=[...F(W(u.tiers)).map(e=>({key:e.id,label:e.name,color:S(e.rank)})),...u.byTier.some(e=>e.key===``)?[{key:``,label:`No tier`,color:`#cbd0dc`}]:[]],w=n(u.byTier,g,x),T=[...new Set(u.byType.map(e=>e.key))].map(e=>({key:e,label:s[e]??e,color:`#6366f1`})),k=n(u.byType,g,T).filter(e=>e.count>0).sort((e,t)=>t.amount-e.amount),A=ee(c.weeksFrom,o,u.trend),P=A.slice(-4).reduce((e,t)=>e+t.registered,0),U=A.slice(-12),G=U.reduce((e,t)=>e+t.approved,0),K=G+U.reduce((e,t)=>e+t.rejected,0),q=u.overdueQueue.totalCount,Z=u.queue.totalCount,Q=e(u.byTier,g),$=u.winRate;return(0,Y.jsxs)(`div`,{className:`stack`,children:[Z>0&&(0,Y.jsxs)(`div`,{className:q?`alert alert-warning`:`alert alert-info`,role:`status`,children:[(0,Y.jsx)(_,{size:18,"aria-hidden":`true`}),(0,Y.jsxs)(`div`,{className:`row`,style:{flex:1,justifyContent:`space-between`},children:[(0,Y.jsxs)(`div`,{children:[(0,Y.jsxs)(`div`,{className:`alert-title`,children:[Z===1?`1 deal registration is`:`${y(Z)} deal registrations are`,` waiting for a decision`]}),(0,Y.jsx)(`div`,{className:`alert-body`,children:q?`${y(q)} past their due time.`:`All within their due time.`})]}),(0,Y.jsx)(C,{to:`/approvals`,className:`btn btn-sm btn-primary`,children:`Open the queue`})]})]}),(0,Y.jsxs)(`div`,{className:`section-head`,children:[(0,Y.jsxs)(`div`,{children:[(0,Y.jsx)(`h2`,{children:`Deal registration`}),(0,Y.jsxs)(`p`,{className:`muted`,children:[`Registrations submitted in the last 12 months`,f.length?`: ${y(Q.count)} in ${g}`:``,`. Amounts are never added across currencies.`]})]}),(0,Y.jsx)(B,{currencies:f,value:g,onChange:b,label:`Pipeline currency`})]}),(0,Y.jsxs)(`div`,{className:`grid grid-4`,children:[(0,Y.jsx)(v,{label:`Waiting for a decision`,icon:(0,Y.jsx)(I,{size:16}),value:y(Z),foot:(0,Y.jsxs)(C,{to:`/approvals`,className:`row`,style:{gap:4},children:[q?`${y(q)} overdue`:`None overdue`,` `,(0,Y.jsx)(t,{size:12,"aria-hidden":`true`})]})}),(0,Y.jsx)(v,{label:`Registrations, last 4 weeks`,icon:(0,Y.jsx)(i,{size:16}),value:y(P),foot:`${y(A.reduce((e,t)=>e+t.registered,0))} in 26 weeks`}),(0,Y.jsx)(v,{label:`Approval rate, last 12 weeks`,icon:(0,Y.jsx)(a,{size:16}),value:K?h(G/K):`—`,foot:`${y(G)} approved of ${y(K)} decided`}),(0,Y.jsx)(v,{label:`Win rate, 12 months`,icon:(0,Y.jsx)(L,{size:16}),value:$.won+$.lost?h($.winRate):`—`,foot:$.won+$.lost?`${y($.won)} won · ${y($.lost)} lost · ${Math.round($.averageDaysToClose)} days to close`:`Nothing closed yet`})]}),f.length===0?(0,Y.jsx)(`div`,{className:`card`,children:(0,Y.jsx)(O,{title:`No deal registrations in the last 12 months`,children:`Charts appear here as partners register deals.`})}):(0,Y.jsxs)(`div`,{className:`grid grid-2`,children:[(0,Y.jsxs)(m,{title:`Pipeline by tier`,hint:`Value registered in ${g}, by the partner’s tier.`,children:[(0,Y.jsx)(j,{data:w,currency:g,label:`Pipeline by tier`}),(0,Y.jsx)(R,{currencies:f,shown:g})]}),(0,Y.jsxs)(m,{title:`Pipeline by partner type`,hint:`Value registered in ${g}, by how partners go to market.`,children:[(0,Y.jsx)(j,{data:k,currency:g,label:`Pipeline by partner type`,layout:`horizontal-bars`}),(0,Y.jsx)(R,{currencies:f,shown:g})]})]}),(0,Y.jsxs)(`div`,{className:`grid grid-3-1`,children:[(0,Y.jsxs)(m,{title:`Registrations and approval rate per week`,hint:`Bars: registrations submitted each week. Line: the share of that week’s decided registrations that were approved.`,children:[(0,Y.jsx)(M,{data:A,label:`Registrations and approval rate per week`}),(0,Y.jsxs)(`div`,{className:`legend`,"aria-hidden":`true`,children:[(0,Y.jsxs)(`span`,{children:[(0,Y.jsx)(`i`,{style:{background:`#c7d2fe`}}),`Registered`]}),(0,Y.jsxs)(`span`,{children:[(0,Y.jsx)(`i`,{style:{background:`#079455`}}),`Approval rate`]})]})]}),(0,Y.jsx)(m,{title:`Win rate`,hint:`Registrations closed in the last 12 months.`,children:$.won+$.lost===0?(0,Y.jsx)(O,{title:`Nothing closed yet`}):(0,Y.jsxs)(Y.Fragment,{children:[(0,Y.jsx)(N,{won:$.won,lost:$.lost,winRate:$.winRate}),(0,Y.jsxs)(`dl`,{className:`dl compact`,style:{marginTop:8},children:[(0,Y.jsx)(`dt`,{children:`Won`}),(0,Y.jsx)(`dd`,{children:y($.won)}),(0,Y.jsx)(`dt`,{children:`Lost`}),(0,Y.jsx)(`dd`,{children:y($.lost)}),(0,Y.jsx)(`dt`,{children:`Average time to close`}),(0,Y.jsxs)(`dd`,{children:[Math.round($.averageDaysToClose),` days`]})]})]})})]})]})}var $=`
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
}`;function te(e=new Date){let t=e.getHours();return t<12?`Good morning`:t<18?`Good afternoon`:`Good evening`}function ne(){k(`Overview`);let e=l(),n=p($,{mine:[{id:e.id}]}),r=n.data,i=r?[...F(W(r.tiers)).map(e=>({label:e.name,value:e.partners.totalCount,color:S(e.rank)})),...r.untiered.totalCount?[{label:`No tier`,value:r.untiered.totalCount,color:`#cbd0dc`}]:[]]:[],a=r&&{RESELLER:r.reseller,VAR:r.var,MSP:r.msp,SI:r.si,ISV:r.isv,REFERRAL:r.referral,ALLIANCE:r.alliance,MARKETPLACE:r.marketplace},h=a?c(s).map(e=>({label:s[e],value:a[e].totalCount,color:`#6366f1`})).sort((e,t)=>t.value-e.value):[],_=e.role===`CHANNEL_MANAGER`||(r?.mine.totalCount??0)>0,T=W(_?r?.mine:r?.recent);return(0,Y.jsxs)(Y.Fragment,{children:[(0,Y.jsx)(u,{title:`${te()}, ${e.name.split(` `)[0]}`,subtitle:`Your partner program at a glance.`,actions:(0,Y.jsxs)(C,{to:`/partners`,className:`btn`,children:[`All partners `,(0,Y.jsx)(t,{size:15,"aria-hidden":`true`})]})}),n.isError?(0,Y.jsx)(`div`,{className:`card`,children:(0,Y.jsx)(E,{error:n.error,onRetry:()=>void n.refetch()})}):r?(0,Y.jsxs)(`div`,{className:`stack`,children:[r.waiting.totalCount>0&&(0,Y.jsxs)(`div`,{className:`alert alert-info`,role:`status`,children:[(0,Y.jsx)(f,{size:18,"aria-hidden":`true`}),(0,Y.jsxs)(`div`,{className:`row`,style:{flex:1,justifyContent:`space-between`},children:[(0,Y.jsxs)(`div`,{children:[(0,Y.jsxs)(`div`,{className:`alert-title`,children:[r.waiting.totalCount===1?`1 application is`:`${y(r.waiting.totalCount)} applications are`,` waiting for review`]}),(0,Y.jsx)(`div`,{className:`alert-body`,children:`Companies that want to join the program.`})]}),(0,Y.jsx)(C,{to:`/applications`,className:`btn btn-sm btn-primary`,children:`Review`})]})]}),(0,Y.jsx)(Q,{}),(0,Y.jsx)(`div`,{className:`section-head`,children:(0,Y.jsxs)(`div`,{children:[(0,Y.jsx)(`h2`,{children:`Partners`}),(0,Y.jsx)(`p`,{className:`muted`,children:`Who is in the program, and how they go to market.`})]})}),(0,Y.jsxs)(`div`,{className:`grid grid-4`,children:[(0,Y.jsx)(v,{label:`Partners`,icon:(0,Y.jsx)(x,{size:16}),value:y(r.all.totalCount),foot:`In the program`}),(0,Y.jsx)(v,{label:`Active`,icon:(0,Y.jsx)(w,{size:16}),value:y(r.active.totalCount),foot:`Selling today`}),(0,Y.jsx)(v,{label:`Onboarding`,icon:(0,Y.jsx)(A,{size:16}),value:y(r.onboarding.totalCount),foot:`Signed, no first deal yet`}),(0,Y.jsx)(v,{label:`Suspended`,icon:(0,Y.jsx)(q,{size:16}),value:y(r.suspended.totalCount),foot:`Paused partnerships`})]}),(0,Y.jsxs)(`div`,{className:`grid grid-2`,children:[(0,Y.jsx)(m,{title:`Partners by tier`,hint:`How the program’s partners spread across the ladder.`,children:(0,Y.jsx)(P,{data:i,label:`Partners by tier`})}),(0,Y.jsx)(m,{title:`Partners by type`,hint:`How partners go to market.`,children:(0,Y.jsx)(P,{data:h,layout:`horizontal-bars`,label:`Partners by type`})})]}),(0,Y.jsx)(m,{title:_?`Partners you manage`:`Newest partners`,hint:_?`${y(r.mine.totalCount)} in your book`:`The latest organisations to join the program.`,actions:(0,Y.jsx)(C,{to:_?`/partners?mine=1`:`/partners?sort=CREATED_AT&dir=DESC`,className:`btn btn-sm`,children:`See all`}),flush:!0,children:T.length===0?(0,Y.jsx)(O,{icon:(0,Y.jsx)(x,{size:22}),title:`No partners assigned to you`,children:`Partners you become the account manager of appear here.`}):(0,Y.jsx)(`div`,{className:`table-wrap`,children:(0,Y.jsxs)(`table`,{className:`table table-cards`,children:[(0,Y.jsx)(`thead`,{children:(0,Y.jsxs)(`tr`,{children:[(0,Y.jsx)(`th`,{scope:`col`,children:`Partner`}),(0,Y.jsx)(`th`,{scope:`col`,children:`Type`}),(0,Y.jsx)(`th`,{scope:`col`,children:`Tier`}),(0,Y.jsx)(`th`,{scope:`col`,children:`Status`}),(0,Y.jsx)(`th`,{scope:`col`,children:`Account manager`})]})}),(0,Y.jsx)(`tbody`,{children:T.map(e=>(0,Y.jsxs)(`tr`,{children:[(0,Y.jsx)(`td`,{children:(0,Y.jsxs)(`div`,{className:`cell-person`,children:[(0,Y.jsx)(b,{name:e.name,size:`sm`}),(0,Y.jsx)(C,{to:`/partners/${e.id}`,className:`cell-title`,children:e.name})]})}),(0,Y.jsx)(`td`,{"data-label":`Type`,children:s[e.type]}),(0,Y.jsx)(`td`,{"data-label":`Tier`,children:(0,Y.jsx)(g,{tier:e.tier})}),(0,Y.jsx)(`td`,{"data-label":`Status`,children:(0,Y.jsx)(d,{status:e.status})}),(0,Y.jsx)(`td`,{"data-label":`Manager`,children:e.manager?.name??(0,Y.jsx)(`span`,{className:`muted`,children:`Unassigned`})})]},e.id))})]})})}),(0,Y.jsx)(o,{})]}):(0,Y.jsxs)(`div`,{className:`stack`,children:[(0,Y.jsx)(`div`,{className:`grid grid-4`,children:[0,1,2,3].map(e=>(0,Y.jsx)(D,{height:110},e))}),(0,Y.jsxs)(`div`,{className:`grid grid-2`,children:[(0,Y.jsx)(D,{height:320}),(0,Y.jsx)(D,{height:320})]})]})]})}export{ne as default};