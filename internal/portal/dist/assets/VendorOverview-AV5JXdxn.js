import{UpcomingTiles as e,a as t,c as n,i as r,l as i,n as a,o,r as s,s as c,t as l}from"./PartnerDashboard-DtJE4UmW.js";import{A as u,H as d,S as f,T as p,U as m,_ as h,a as g,at as _,b as v,ct as y,d as b,g as x,h as S,l as C,mt as w,ot as T,r as E,s as D,st as O,v as k,x as A}from"./index-BZpwOYLl.js";import{t as j}from"./hourglass-Bp_cr7K0.js";import{t as M}from"./createLucideIcon-DGfbxOj1.js";import{a as N,i as P,n as F,t as I}from"./charts-BB77imly.js";import{n as L,r as R}from"./tiers-BMp950j0.js";import{t as z}from"./alarm-clock-DsbDypnT.js";import{t as B}from"./trophy-BhOkct0U.js";import{f as V,i as H,t as U}from"./status-Byx63icw.js";import{t as W}from"./jsx-runtime-Wy9s6hX0.js";var G={name:`circle-pause`,size:24,node:[[`circle`,{cx:`12`,cy:`12`,r:`10`,key:`1mglay`}],[`line`,{x1:`10`,x2:`10`,y1:`15`,y2:`9`,key:`c1nkhi`}],[`line`,{x1:`14`,x2:`14`,y1:`15`,y2:`9`,key:`h65svq`}]],aliases:[`pause-circle`]};G.node;var K=M(G),q=W(),J=`
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
  queue: dealApprovalQueue(first: 100) {
    overdue
    managedByViewer
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
}`;function Y(e,t){let n=new Date(e);n.setUTCHours(0,0,0,0);let r=(n.getUTCDay()+6)%7;return new Date(n.getTime()-(r+t*7)*U).toISOString()}var X=new Intl.DateTimeFormat(void 0,{day:`numeric`,month:`short`,timeZone:`UTC`});function Z(e,t,n){let r=new Map(n.map(e=>[new Date(e.weekStart).toISOString().slice(0,10),e])),i=[];for(let n=new Date(e).getTime();n<=t;n+=7*U){let e=new Date(n).toISOString().slice(0,10),t=r.get(e),a=(t?.approved??0)+(t?.rejected??0);i.push({label:X.format(new Date(n)),registered:t?.registered??0,approved:t?.approved??0,rejected:t?.rejected??0,approvalRate:a?t?.approvalRate??0:null})}return i}function Q(){let e=V(),p={from:H(e,365),to:new Date(e+6e4).toISOString(),weeksFrom:Y(e,25)},h=E(J,p),g=h.data,_=[...g?.byTier??[],...g?.byType??[]],v=l(_),[y,S]=o(v);if(h.isError)return(0,q.jsx)(`div`,{className:`card`,children:(0,q.jsx)(C,{error:h.error,onRetry:()=>void h.refetch()})});if(!g)return(0,q.jsxs)(`div`,{className:`stack`,children:[(0,q.jsx)(`div`,{className:`grid grid-4`,children:[0,1,2,3].map(e=>(0,q.jsx)(b,{height:110},e))}),(0,q.jsxs)(`div`,{className:`grid grid-2`,children:[(0,q.jsx)(b,{height:320}),(0,q.jsx)(b,{height:320})]})]});let O=[...R(L(g.tiers)).map(e=>({key:e.id,label:e.name,color:f(e.rank)})),...g.byTier.some(e=>e.key===``)?[{key:``,label:`No tier`,color:`#cbd0dc`}]:[]],A=a(g.byTier,y,O),j=[...new Set(g.byType.map(e=>e.key))].map(e=>({key:e,label:d[e]??e,color:`#6366f1`})),M=a(g.byType,y,j).filter(e=>e.count>0).sort((e,t)=>t.amount-e.amount),I=Z(p.weeksFrom,e,g.trend),U=I.slice(-4).reduce((e,t)=>e+t.registered,0),W=I.slice(-12),G=W.reduce((e,t)=>e+t.approved,0),K=G+W.reduce((e,t)=>e+t.rejected,0),X=g.queue.filter(e=>e.overdue).length,Q=s(g.byTier,y),$=g.winRate;return(0,q.jsxs)(`div`,{className:`stack`,children:[g.queue.length>0&&(0,q.jsxs)(`div`,{className:X?`alert alert-warning`:`alert alert-info`,role:`status`,children:[(0,q.jsx)(T,{size:18,"aria-hidden":`true`}),(0,q.jsxs)(`div`,{className:`row`,style:{flex:1,justifyContent:`space-between`},children:[(0,q.jsxs)(`div`,{children:[(0,q.jsxs)(`div`,{className:`alert-title`,children:[g.queue.length===1?`1 deal registration is`:`${u(g.queue.length)}${g.queue.length>=100?`+`:``} deal registrations are`,` waiting for a decision`]}),(0,q.jsx)(`div`,{className:`alert-body`,children:X?`${u(X)} past their due time.`:`All within their due time.`})]}),(0,q.jsx)(w,{to:`/approvals`,className:`btn btn-sm btn-primary`,children:`Open the queue`})]})]}),(0,q.jsxs)(`div`,{className:`section-head`,children:[(0,q.jsxs)(`div`,{children:[(0,q.jsx)(`h2`,{children:`Deal registration`}),(0,q.jsxs)(`p`,{className:`muted`,children:[`Registrations submitted in the last 12 months`,v.length?`: ${u(Q.count)} in ${y}`:``,`. Amounts are never added across currencies.`]})]}),(0,q.jsx)(r,{currencies:v,value:y,onChange:S,label:`Pipeline currency`})]}),(0,q.jsxs)(`div`,{className:`grid grid-4`,children:[(0,q.jsx)(k,{label:`Waiting for a decision`,icon:(0,q.jsx)(z,{size:16}),value:u(g.queue.length),foot:(0,q.jsxs)(w,{to:`/approvals`,className:`row`,style:{gap:4},children:[X?`${u(X)} overdue`:`None overdue`,` `,(0,q.jsx)(i,{size:12,"aria-hidden":`true`})]})}),(0,q.jsx)(k,{label:`Registrations, last 4 weeks`,icon:(0,q.jsx)(c,{size:16}),value:u(U),foot:`${u(I.reduce((e,t)=>e+t.registered,0))} in 26 weeks`}),(0,q.jsx)(k,{label:`Approval rate, last 12 weeks`,icon:(0,q.jsx)(n,{size:16}),value:K?m(G/K):`—`,foot:`${u(G)} approved of ${u(K)} decided`}),(0,q.jsx)(k,{label:`Win rate, 12 months`,icon:(0,q.jsx)(B,{size:16}),value:$.won+$.lost?m($.winRate):`—`,foot:$.won+$.lost?`${u($.won)} won · ${u($.lost)} lost · ${Math.round($.averageDaysToClose)} days to close`:`Nothing closed yet`})]}),v.length===0?(0,q.jsx)(`div`,{className:`card`,children:(0,q.jsx)(D,{title:`No deal registrations in the last 12 months`,children:`Charts appear here as partners register deals.`})}):(0,q.jsxs)(`div`,{className:`grid grid-2`,children:[(0,q.jsxs)(x,{title:`Pipeline by tier`,hint:`Value registered in ${y}, by the partner’s tier.`,children:[(0,q.jsx)(F,{data:A,currency:y,label:`Pipeline by tier`}),(0,q.jsx)(t,{currencies:v,shown:y})]}),(0,q.jsxs)(x,{title:`Pipeline by partner type`,hint:`Value registered in ${y}, by how partners go to market.`,children:[(0,q.jsx)(F,{data:M,currency:y,label:`Pipeline by partner type`,layout:`horizontal-bars`}),(0,q.jsx)(t,{currencies:v,shown:y})]})]}),(0,q.jsxs)(`div`,{className:`grid grid-3-1`,children:[(0,q.jsxs)(x,{title:`Registrations and approval rate per week`,hint:`Bars: registrations submitted each week. Line: the share of that week’s decided registrations that were approved.`,children:[(0,q.jsx)(P,{data:I,label:`Registrations and approval rate per week`}),(0,q.jsxs)(`div`,{className:`legend`,"aria-hidden":`true`,children:[(0,q.jsxs)(`span`,{children:[(0,q.jsx)(`i`,{style:{background:`#c7d2fe`}}),`Registered`]}),(0,q.jsxs)(`span`,{children:[(0,q.jsx)(`i`,{style:{background:`#079455`}}),`Approval rate`]})]})]}),(0,q.jsx)(x,{title:`Win rate`,hint:`Registrations closed in the last 12 months.`,children:$.won+$.lost===0?(0,q.jsx)(D,{title:`Nothing closed yet`}):(0,q.jsxs)(q.Fragment,{children:[(0,q.jsx)(N,{won:$.won,lost:$.lost,winRate:$.winRate}),(0,q.jsxs)(`dl`,{className:`dl compact`,style:{marginTop:8},children:[(0,q.jsx)(`dt`,{children:`Won`}),(0,q.jsx)(`dd`,{children:u($.won)}),(0,q.jsx)(`dt`,{children:`Lost`}),(0,q.jsx)(`dd`,{children:u($.lost)}),(0,q.jsx)(`dt`,{children:`Average time to close`}),(0,q.jsxs)(`dd`,{children:[Math.round($.averageDaysToClose),` days`]})]})]})})]})]})}var $=`
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
}`;function ee(e=new Date){let t=e.getHours();return t<12?`Good morning`:t<18?`Good afternoon`:`Good evening`}function te(){g(`Overview`);let t=p(),n=E($,{mine:[{id:t.id}]}),r=n.data,a=r?[...R(L(r.tiers)).map(e=>({label:e.name,value:e.partners.totalCount,color:f(e.rank)})),...r.untiered.totalCount?[{label:`No tier`,value:r.untiered.totalCount,color:`#cbd0dc`}]:[]]:[],o=r?[[`RESELLER`,r.reseller],[`VAR`,r.var],[`MSP`,r.msp],[`SI`,r.si],[`ISV`,r.isv],[`REFERRAL`,r.referral],[`ALLIANCE`,r.alliance],[`MARKETPLACE`,r.marketplace]].map(([e,t])=>({label:d[e],value:t.totalCount,color:`#6366f1`})).sort((e,t)=>t.value-e.value):[],s=t.role===`CHANNEL_MANAGER`||(r?.mine.totalCount??0)>0,c=L(s?r?.mine:r?.recent);return(0,q.jsxs)(q.Fragment,{children:[(0,q.jsx)(h,{title:`${ee()}, ${t.name.split(` `)[0]}`,subtitle:`Your partner program at a glance.`,actions:(0,q.jsxs)(w,{to:`/partners`,className:`btn`,children:[`All partners `,(0,q.jsx)(i,{size:15,"aria-hidden":`true`})]})}),n.isError?(0,q.jsx)(`div`,{className:`card`,children:(0,q.jsx)(C,{error:n.error,onRetry:()=>void n.refetch()})}):r?(0,q.jsxs)(`div`,{className:`stack`,children:[r.waiting.totalCount>0&&(0,q.jsxs)(`div`,{className:`alert alert-info`,role:`status`,children:[(0,q.jsx)(_,{size:18,"aria-hidden":`true`}),(0,q.jsxs)(`div`,{className:`row`,style:{flex:1,justifyContent:`space-between`},children:[(0,q.jsxs)(`div`,{children:[(0,q.jsxs)(`div`,{className:`alert-title`,children:[r.waiting.totalCount===1?`1 application is`:`${u(r.waiting.totalCount)} applications are`,` waiting for review`]}),(0,q.jsx)(`div`,{className:`alert-body`,children:`Companies that want to join the program.`})]}),(0,q.jsx)(w,{to:`/applications`,className:`btn btn-sm btn-primary`,children:`Review`})]})]}),(0,q.jsx)(Q,{}),(0,q.jsx)(`div`,{className:`section-head`,children:(0,q.jsxs)(`div`,{children:[(0,q.jsx)(`h2`,{children:`Partners`}),(0,q.jsx)(`p`,{className:`muted`,children:`Who is in the program, and how they go to market.`})]})}),(0,q.jsxs)(`div`,{className:`grid grid-4`,children:[(0,q.jsx)(k,{label:`Partners`,icon:(0,q.jsx)(y,{size:16}),value:u(r.all.totalCount),foot:`In the program`}),(0,q.jsx)(k,{label:`Active`,icon:(0,q.jsx)(O,{size:16}),value:u(r.active.totalCount),foot:`Selling today`}),(0,q.jsx)(k,{label:`Onboarding`,icon:(0,q.jsx)(j,{size:16}),value:u(r.onboarding.totalCount),foot:`Signed, no first deal yet`}),(0,q.jsx)(k,{label:`Suspended`,icon:(0,q.jsx)(K,{size:16}),value:u(r.suspended.totalCount),foot:`Paused partnerships`})]}),(0,q.jsxs)(`div`,{className:`grid grid-2`,children:[(0,q.jsx)(x,{title:`Partners by tier`,hint:`How the program’s partners spread across the ladder.`,children:(0,q.jsx)(I,{data:a,label:`Partners by tier`})}),(0,q.jsx)(x,{title:`Partners by type`,hint:`How partners go to market.`,children:(0,q.jsx)(I,{data:o,layout:`horizontal-bars`,label:`Partners by type`})})]}),(0,q.jsx)(x,{title:s?`Partners you manage`:`Newest partners`,hint:s?`${u(r.mine.totalCount)} in your book`:`The latest organisations to join the program.`,actions:(0,q.jsx)(w,{to:s?`/partners?mine=1`:`/partners?sort=CREATED_AT&dir=DESC`,className:`btn btn-sm`,children:`See all`}),flush:!0,children:c.length===0?(0,q.jsx)(D,{icon:(0,q.jsx)(y,{size:22}),title:`No partners assigned to you`,children:`Partners you become the account manager of appear here.`}):(0,q.jsx)(`div`,{className:`table-wrap`,children:(0,q.jsxs)(`table`,{className:`table table-cards`,children:[(0,q.jsx)(`thead`,{children:(0,q.jsxs)(`tr`,{children:[(0,q.jsx)(`th`,{scope:`col`,children:`Partner`}),(0,q.jsx)(`th`,{scope:`col`,children:`Type`}),(0,q.jsx)(`th`,{scope:`col`,children:`Tier`}),(0,q.jsx)(`th`,{scope:`col`,children:`Status`}),(0,q.jsx)(`th`,{scope:`col`,children:`Account manager`})]})}),(0,q.jsx)(`tbody`,{children:c.map(e=>(0,q.jsxs)(`tr`,{children:[(0,q.jsx)(`td`,{children:(0,q.jsxs)(`div`,{className:`cell-person`,children:[(0,q.jsx)(S,{name:e.name,size:`sm`}),(0,q.jsx)(w,{to:`/partners/${e.id}`,className:`cell-title`,children:e.name})]})}),(0,q.jsx)(`td`,{"data-label":`Type`,children:d[e.type]}),(0,q.jsx)(`td`,{"data-label":`Tier`,children:(0,q.jsx)(A,{tier:e.tier})}),(0,q.jsx)(`td`,{"data-label":`Status`,children:(0,q.jsx)(v,{status:e.status})}),(0,q.jsx)(`td`,{"data-label":`Manager`,children:e.manager?.name??(0,q.jsx)(`span`,{className:`muted`,children:`Unassigned`})})]},e.id))})]})})}),(0,q.jsx)(e,{role:t.role})]}):(0,q.jsxs)(`div`,{className:`stack`,children:[(0,q.jsx)(`div`,{className:`grid grid-4`,children:[0,1,2,3].map(e=>(0,q.jsx)(b,{height:110},e))}),(0,q.jsxs)(`div`,{className:`grid grid-2`,children:[(0,q.jsx)(b,{height:320}),(0,q.jsx)(b,{height:320})]})]})]})}export{te as default};