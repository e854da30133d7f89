import{UpcomingTiles as e,a as t,c as n,i as r,l as i,n as a,o,r as s,s as c,t as l}from"./PartnerDashboard-Ck3d5sQN.js";import{A as u,G as d,K as f,S as p,T as m,_ as h,a as g,b as _,bt as v,d as y,dt as b,ft as x,g as S,h as C,l as w,mt as T,pt as E,r as D,s as O,v as k,x as A,z as j}from"./index-RnFRxBnP.js";import{t as M}from"./hourglass-Bp_cr7K0.js";import{t as N}from"./createLucideIcon-DGfbxOj1.js";import{a as P,i as F,n as I,t as L}from"./charts-D3Slv0CK.js";import{n as R,r as z}from"./tiers-BE-HxVTD.js";import{t as B}from"./alarm-clock-DsbDypnT.js";import{t as V}from"./trophy-BhOkct0U.js";import{f as H,i as U,t as W}from"./status-CGfLkKDH.js";import{t as G}from"./jsx-runtime-Wy9s6hX0.js";var K={name:`circle-pause`,size:24,node:[[`circle`,{cx:`12`,cy:`12`,r:`10`,key:`1mglay`}],[`line`,{x1:`10`,x2:`10`,y1:`15`,y2:`9`,key:`c1nkhi`}],[`line`,{x1:`14`,x2:`14`,y1:`15`,y2:`9`,key:`h65svq`}]],aliases:[`pause-circle`]};K.node;var q=N(K),J=G(),Y=`
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
}`;function X(e,t){let n=new Date(e);n.setUTCHours(0,0,0,0);let r=(n.getUTCDay()+6)%7;return new Date(n.getTime()-(r+t*7)*W).toISOString()}var Z=new Intl.DateTimeFormat(void 0,{day:`numeric`,month:`short`,timeZone:`UTC`});function Q(e,t,n){let r=new Map(n.map(e=>[new Date(e.weekStart).toISOString().slice(0,10),e])),i=[];for(let n=new Date(e).getTime();n<=t;n+=7*W){let e=new Date(n).toISOString().slice(0,10),t=r.get(e),a=(t?.approved??0)+(t?.rejected??0);i.push({label:Z.format(new Date(n)),registered:t?.registered??0,approved:t?.approved??0,rejected:t?.rejected??0,approvalRate:a?t?.approvalRate??0:null})}return i}function $(){let e=H(),m={from:U(e,365),to:new Date(e+6e4).toISOString(),weeksFrom:X(e,25)},h=D(Y,m),g=h.data,_=[...g?.byTier??[],...g?.byType??[]],b=l(_),[C,T]=o(b);if(h.isError)return(0,J.jsx)(`div`,{className:`card`,children:(0,J.jsx)(w,{error:h.error,onRetry:()=>void h.refetch()})});if(!g)return(0,J.jsxs)(`div`,{className:`stack`,children:[(0,J.jsx)(`div`,{className:`grid grid-4`,children:[0,1,2,3].map(e=>(0,J.jsx)(y,{height:110},e))}),(0,J.jsxs)(`div`,{className:`grid grid-2`,children:[(0,J.jsx)(y,{height:320}),(0,J.jsx)(y,{height:320})]})]});let E=[...z(R(g.tiers)).map(e=>({key:e.id,label:e.name,color:p(e.rank)})),...g.byTier.some(e=>e.key===``)?[{key:``,label:`No tier`,color:`#cbd0dc`}]:[]],A=a(g.byTier,C,E),j=[...new Set(g.byType.map(e=>e.key))].map(e=>({key:e,label:d[e]??e,color:`#6366f1`})),M=a(g.byType,C,j).filter(e=>e.count>0).sort((e,t)=>t.amount-e.amount),N=Q(m.weeksFrom,e,g.trend),L=N.slice(-4).reduce((e,t)=>e+t.registered,0),W=N.slice(-12),G=W.reduce((e,t)=>e+t.approved,0),K=G+W.reduce((e,t)=>e+t.rejected,0),q=g.queue.filter(e=>e.overdue).length,Z=s(g.byTier,C),$=g.winRate;return(0,J.jsxs)(`div`,{className:`stack`,children:[g.queue.length>0&&(0,J.jsxs)(`div`,{className:q?`alert alert-warning`:`alert alert-info`,role:`status`,children:[(0,J.jsx)(x,{size:18,"aria-hidden":`true`}),(0,J.jsxs)(`div`,{className:`row`,style:{flex:1,justifyContent:`space-between`},children:[(0,J.jsxs)(`div`,{children:[(0,J.jsxs)(`div`,{className:`alert-title`,children:[g.queue.length===1?`1 deal registration is`:`${u(g.queue.length)}${g.queue.length>=100?`+`:``} deal registrations are`,` waiting for a decision`]}),(0,J.jsx)(`div`,{className:`alert-body`,children:q?`${u(q)} past their due time.`:`All within their due time.`})]}),(0,J.jsx)(v,{to:`/approvals`,className:`btn btn-sm btn-primary`,children:`Open the queue`})]})]}),(0,J.jsxs)(`div`,{className:`section-head`,children:[(0,J.jsxs)(`div`,{children:[(0,J.jsx)(`h2`,{children:`Deal registration`}),(0,J.jsxs)(`p`,{className:`muted`,children:[`Registrations submitted in the last 12 months`,b.length?`: ${u(Z.count)} in ${C}`:``,`. Amounts are never added across currencies.`]})]}),(0,J.jsx)(r,{currencies:b,value:C,onChange:T,label:`Pipeline currency`})]}),(0,J.jsxs)(`div`,{className:`grid grid-4`,children:[(0,J.jsx)(k,{label:`Waiting for a decision`,icon:(0,J.jsx)(B,{size:16}),value:u(g.queue.length),foot:(0,J.jsxs)(v,{to:`/approvals`,className:`row`,style:{gap:4},children:[q?`${u(q)} overdue`:`None overdue`,` `,(0,J.jsx)(i,{size:12,"aria-hidden":`true`})]})}),(0,J.jsx)(k,{label:`Registrations, last 4 weeks`,icon:(0,J.jsx)(c,{size:16}),value:u(L),foot:`${u(N.reduce((e,t)=>e+t.registered,0))} in 26 weeks`}),(0,J.jsx)(k,{label:`Approval rate, last 12 weeks`,icon:(0,J.jsx)(n,{size:16}),value:K?f(G/K):`—`,foot:`${u(G)} approved of ${u(K)} decided`}),(0,J.jsx)(k,{label:`Win rate, 12 months`,icon:(0,J.jsx)(V,{size:16}),value:$.won+$.lost?f($.winRate):`—`,foot:$.won+$.lost?`${u($.won)} won · ${u($.lost)} lost · ${Math.round($.averageDaysToClose)} days to close`:`Nothing closed yet`})]}),b.length===0?(0,J.jsx)(`div`,{className:`card`,children:(0,J.jsx)(O,{title:`No deal registrations in the last 12 months`,children:`Charts appear here as partners register deals.`})}):(0,J.jsxs)(`div`,{className:`grid grid-2`,children:[(0,J.jsxs)(S,{title:`Pipeline by tier`,hint:`Value registered in ${C}, by the partner’s tier.`,children:[(0,J.jsx)(I,{data:A,currency:C,label:`Pipeline by tier`}),(0,J.jsx)(t,{currencies:b,shown:C})]}),(0,J.jsxs)(S,{title:`Pipeline by partner type`,hint:`Value registered in ${C}, by how partners go to market.`,children:[(0,J.jsx)(I,{data:M,currency:C,label:`Pipeline by partner type`,layout:`horizontal-bars`}),(0,J.jsx)(t,{currencies:b,shown:C})]})]}),(0,J.jsxs)(`div`,{className:`grid grid-3-1`,children:[(0,J.jsxs)(S,{title:`Registrations and approval rate per week`,hint:`Bars: registrations submitted each week. Line: the share of that week’s decided registrations that were approved.`,children:[(0,J.jsx)(F,{data:N,label:`Registrations and approval rate per week`}),(0,J.jsxs)(`div`,{className:`legend`,"aria-hidden":`true`,children:[(0,J.jsxs)(`span`,{children:[(0,J.jsx)(`i`,{style:{background:`#c7d2fe`}}),`Registered`]}),(0,J.jsxs)(`span`,{children:[(0,J.jsx)(`i`,{style:{background:`#079455`}}),`Approval rate`]})]})]}),(0,J.jsx)(S,{title:`Win rate`,hint:`Registrations closed in the last 12 months.`,children:$.won+$.lost===0?(0,J.jsx)(O,{title:`Nothing closed yet`}):(0,J.jsxs)(J.Fragment,{children:[(0,J.jsx)(P,{won:$.won,lost:$.lost,winRate:$.winRate}),(0,J.jsxs)(`dl`,{className:`dl compact`,style:{marginTop:8},children:[(0,J.jsx)(`dt`,{children:`Won`}),(0,J.jsx)(`dd`,{children:u($.won)}),(0,J.jsx)(`dt`,{children:`Lost`}),(0,J.jsx)(`dd`,{children:u($.lost)}),(0,J.jsx)(`dt`,{children:`Average time to close`}),(0,J.jsxs)(`dd`,{children:[Math.round($.averageDaysToClose),` days`]})]})]})})]})]})}var ee=`
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
}`;function te(e=new Date){let t=e.getHours();return t<12?`Good morning`:t<18?`Good afternoon`:`Good evening`}function ne(){g(`Overview`);let t=m(),n=D(ee,{mine:[{id:t.id}]}),r=n.data,a=r?[...z(R(r.tiers)).map(e=>({label:e.name,value:e.partners.totalCount,color:p(e.rank)})),...r.untiered.totalCount?[{label:`No tier`,value:r.untiered.totalCount,color:`#cbd0dc`}]:[]]:[],o=r&&{RESELLER:r.reseller,VAR:r.var,MSP:r.msp,SI:r.si,ISV:r.isv,REFERRAL:r.referral,ALLIANCE:r.alliance,MARKETPLACE:r.marketplace},s=o?j(d).map(e=>({label:d[e],value:o[e].totalCount,color:`#6366f1`})).sort((e,t)=>t.value-e.value):[],c=t.role===`CHANNEL_MANAGER`||(r?.mine.totalCount??0)>0,l=R(c?r?.mine:r?.recent);return(0,J.jsxs)(J.Fragment,{children:[(0,J.jsx)(h,{title:`${te()}, ${t.name.split(` `)[0]}`,subtitle:`Your partner program at a glance.`,actions:(0,J.jsxs)(v,{to:`/partners`,className:`btn`,children:[`All partners `,(0,J.jsx)(i,{size:15,"aria-hidden":`true`})]})}),n.isError?(0,J.jsx)(`div`,{className:`card`,children:(0,J.jsx)(w,{error:n.error,onRetry:()=>void n.refetch()})}):r?(0,J.jsxs)(`div`,{className:`stack`,children:[r.waiting.totalCount>0&&(0,J.jsxs)(`div`,{className:`alert alert-info`,role:`status`,children:[(0,J.jsx)(b,{size:18,"aria-hidden":`true`}),(0,J.jsxs)(`div`,{className:`row`,style:{flex:1,justifyContent:`space-between`},children:[(0,J.jsxs)(`div`,{children:[(0,J.jsxs)(`div`,{className:`alert-title`,children:[r.waiting.totalCount===1?`1 application is`:`${u(r.waiting.totalCount)} applications are`,` waiting for review`]}),(0,J.jsx)(`div`,{className:`alert-body`,children:`Companies that want to join the program.`})]}),(0,J.jsx)(v,{to:`/applications`,className:`btn btn-sm btn-primary`,children:`Review`})]})]}),(0,J.jsx)($,{}),(0,J.jsx)(`div`,{className:`section-head`,children:(0,J.jsxs)(`div`,{children:[(0,J.jsx)(`h2`,{children:`Partners`}),(0,J.jsx)(`p`,{className:`muted`,children:`Who is in the program, and how they go to market.`})]})}),(0,J.jsxs)(`div`,{className:`grid grid-4`,children:[(0,J.jsx)(k,{label:`Partners`,icon:(0,J.jsx)(T,{size:16}),value:u(r.all.totalCount),foot:`In the program`}),(0,J.jsx)(k,{label:`Active`,icon:(0,J.jsx)(E,{size:16}),value:u(r.active.totalCount),foot:`Selling today`}),(0,J.jsx)(k,{label:`Onboarding`,icon:(0,J.jsx)(M,{size:16}),value:u(r.onboarding.totalCount),foot:`Signed, no first deal yet`}),(0,J.jsx)(k,{label:`Suspended`,icon:(0,J.jsx)(q,{size:16}),value:u(r.suspended.totalCount),foot:`Paused partnerships`})]}),(0,J.jsxs)(`div`,{className:`grid grid-2`,children:[(0,J.jsx)(S,{title:`Partners by tier`,hint:`How the program’s partners spread across the ladder.`,children:(0,J.jsx)(L,{data:a,label:`Partners by tier`})}),(0,J.jsx)(S,{title:`Partners by type`,hint:`How partners go to market.`,children:(0,J.jsx)(L,{data:s,layout:`horizontal-bars`,label:`Partners by type`})})]}),(0,J.jsx)(S,{title:c?`Partners you manage`:`Newest partners`,hint:c?`${u(r.mine.totalCount)} in your book`:`The latest organisations to join the program.`,actions:(0,J.jsx)(v,{to:c?`/partners?mine=1`:`/partners?sort=CREATED_AT&dir=DESC`,className:`btn btn-sm`,children:`See all`}),flush:!0,children:l.length===0?(0,J.jsx)(O,{icon:(0,J.jsx)(T,{size:22}),title:`No partners assigned to you`,children:`Partners you become the account manager of appear here.`}):(0,J.jsx)(`div`,{className:`table-wrap`,children:(0,J.jsxs)(`table`,{className:`table table-cards`,children:[(0,J.jsx)(`thead`,{children:(0,J.jsxs)(`tr`,{children:[(0,J.jsx)(`th`,{scope:`col`,children:`Partner`}),(0,J.jsx)(`th`,{scope:`col`,children:`Type`}),(0,J.jsx)(`th`,{scope:`col`,children:`Tier`}),(0,J.jsx)(`th`,{scope:`col`,children:`Status`}),(0,J.jsx)(`th`,{scope:`col`,children:`Account manager`})]})}),(0,J.jsx)(`tbody`,{children:l.map(e=>(0,J.jsxs)(`tr`,{children:[(0,J.jsx)(`td`,{children:(0,J.jsxs)(`div`,{className:`cell-person`,children:[(0,J.jsx)(C,{name:e.name,size:`sm`}),(0,J.jsx)(v,{to:`/partners/${e.id}`,className:`cell-title`,children:e.name})]})}),(0,J.jsx)(`td`,{"data-label":`Type`,children:d[e.type]}),(0,J.jsx)(`td`,{"data-label":`Tier`,children:(0,J.jsx)(A,{tier:e.tier})}),(0,J.jsx)(`td`,{"data-label":`Status`,children:(0,J.jsx)(_,{status:e.status})}),(0,J.jsx)(`td`,{"data-label":`Manager`,children:e.manager?.name??(0,J.jsx)(`span`,{className:`muted`,children:`Unassigned`})})]},e.id))})]})})}),(0,J.jsx)(e,{role:t.role})]}):(0,J.jsxs)(`div`,{className:`stack`,children:[(0,J.jsx)(`div`,{className:`grid grid-4`,children:[0,1,2,3].map(e=>(0,J.jsx)(y,{height:110},e))}),(0,J.jsxs)(`div`,{className:`grid grid-2`,children:[(0,J.jsx)(y,{height:320}),(0,J.jsx)(y,{height:320})]})]})]})}export{ne as default};