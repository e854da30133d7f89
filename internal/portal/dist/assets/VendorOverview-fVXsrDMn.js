<<<<<<<< HEAD:internal/portal/dist/assets/VendorOverview-BX6lF19t.js
<<<<<<<< HEAD:internal/portal/dist/assets/VendorOverview--pPPMLyM.js
import{a as e,c as t,d as n,i as r,l as i,n as a,o,s,t as c,u as l}from"./UpcomingTiles-CimLtSvM.js";import{B as u,C as d,E as f,K as p,S as m,_ as h,a as g,bt as _,c as v,dt as y,f as b,ft as x,g as S,j as C,mt as w,pt as T,q as E,r as D,u as O,v as k,x as A,y as j}from"./index-CPY0yktZ.js";import{t as M}from"./hourglass-Bp_cr7K0.js";import{t as N}from"./createLucideIcon-DGfbxOj1.js";import{a as P,i as F,n as I,t as L}from"./charts-C_SDpbB7.js";import{r as R}from"./tiers-DvbzZCXz.js";import{t as z}from"./alarm-clock-DsbDypnT.js";import{t as B}from"./trophy-BhOkct0U.js";import{f as V,i as H,t as U}from"./status-BQisRSU-.js";import{t as W}from"./connection-mmDI86VZ.js";import{t as G}from"./jsx-runtime-Wy9s6hX0.js";var K={name:`circle-pause`,size:24,node:[[`circle`,{cx:`12`,cy:`12`,r:`10`,key:`1mglay`}],[`line`,{x1:`10`,x2:`10`,y1:`15`,y2:`9`,key:`c1nkhi`}],[`line`,{x1:`14`,x2:`14`,y1:`15`,y2:`9`,key:`h65svq`}]],aliases:[`pause-circle`]};K.node;var q=N(K),J=`
========
import{a as e,c as t,d as n,i as r,l as i,n as a,o,s,t as c,u as l}from"./UpcomingTiles-CzHyjjJN.js";import{B as u,C as d,E as f,K as p,S as m,St as h,_ as g,a as _,c as v,f as y,ft as b,g as x,ht as S,j as C,mt as w,pt as T,q as E,r as D,u as O,v as k,x as A,y as j}from"./index-BFYom38I.js";import{t as M}from"./hourglass-Bp_cr7K0.js";import{t as N}from"./createLucideIcon-DGfbxOj1.js";import{a as P,i as F,n as I,t as L}from"./charts-Drc9neco.js";import{r as R}from"./tiers-BKa4kYbd.js";import{t as z}from"./alarm-clock-DsbDypnT.js";import{t as B}from"./trophy-BhOkct0U.js";import{f as V,i as H,t as U}from"./status-D7dhV33c.js";import{t as W}from"./connection-mmDI86VZ.js";import{t as G}from"./jsx-runtime-Wy9s6hX0.js";var K={name:`circle-pause`,size:24,node:[[`circle`,{cx:`12`,cy:`12`,r:`10`,key:`1mglay`}],[`line`,{x1:`10`,x2:`10`,y1:`15`,y2:`9`,key:`c1nkhi`}],[`line`,{x1:`14`,x2:`14`,y1:`15`,y2:`9`,key:`h65svq`}]],aliases:[`pause-circle`]};K.node;var q=N(K),J=`
>>>>>>>> training:internal/portal/dist/assets/VendorOverview-BX6lF19t.js
========
import{a as e,c as t,d as n,i as r,l as i,n as a,o,s,t as c,u as l}from"./UpcomingTiles-CdOs6jtc.js";import{C as u,E as d,J as f,M as p,S as m,Tt as h,V as g,_,_t as v,a as y,c as b,f as x,g as S,gt as C,ht as w,q as T,r as E,u as D,v as O,vt as k,x as A,y as j}from"./index-BtfVeBhV.js";import{t as M}from"./hourglass-Bp_cr7K0.js";import{t as N}from"./createLucideIcon-DGfbxOj1.js";import{a as P,i as F,n as I,t as L}from"./charts-C9TjJiGx.js";import{r as R}from"./tiers-pg3yOLsC.js";import{t as z}from"./alarm-clock-DsbDypnT.js";import{t as B}from"./trophy-BhOkct0U.js";import{f as V,i as H,t as U}from"./status-DHzWpM1n.js";import{t as W}from"./connection-mmDI86VZ.js";import{t as G}from"./jsx-runtime-Wy9s6hX0.js";var K={name:`circle-pause`,size:24,node:[[`circle`,{cx:`12`,cy:`12`,r:`10`,key:`1mglay`}],[`line`,{x1:`10`,x2:`10`,y1:`15`,y2:`9`,key:`c1nkhi`}],[`line`,{x1:`14`,x2:`14`,y1:`15`,y2:`9`,key:`h65svq`}]],aliases:[`pause-circle`]};K.node;var q=N(K),J=`
>>>>>>>> content:internal/portal/dist/assets/VendorOverview-fVXsrDMn.js
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
<<<<<<<< HEAD:internal/portal/dist/assets/VendorOverview-BX6lF19t.js
}`,Y=G();function X(e,t){let n=new Date(e);n.setUTCHours(0,0,0,0);let r=(n.getUTCDay()+6)%7;return new Date(n.getTime()-(r+t*7)*U).toISOString()}var Z=new Intl.DateTimeFormat(void 0,{day:`numeric`,month:`short`,timeZone:`UTC`});function Q(e,t,n){let r=new Map(n.map(e=>[new Date(e.weekStart).toISOString().slice(0,10),e])),i=[];for(let n=new Date(e).getTime();n<=t;n+=7*U){let e=new Date(n).toISOString().slice(0,10),t=r.get(e),a=(t?.approved??0)+(t?.rejected??0);i.push({label:Z.format(new Date(n)),registered:t?.registered??0,approved:t?.approved??0,rejected:t?.rejected??0,approvalRate:a?t?.approvalRate??0:null})}return i}function $(){let c=V(),u={from:H(c,365),to:new Date(c+6e4).toISOString(),weeksFrom:X(c,25)},f=D(J,u),m=f.data,_=[...m?.byTier??[],...m?.byType??[]],b=a(_),[x,S]=t(b);if(f.isError)return(0,Y.jsx)(`div`,{className:`card`,children:(0,Y.jsx)(O,{error:f.error,onRetry:()=>void f.refetch()})});if(!m)return(0,Y.jsxs)(`div`,{className:`stack`,children:[(0,Y.jsx)(`div`,{className:`grid grid-4`,children:[0,1,2,3].map(e=>(0,Y.jsx)(y,{height:110},e))}),(0,Y.jsxs)(`div`,{className:`grid grid-2`,children:[(0,Y.jsx)(y,{height:320}),(0,Y.jsx)(y,{height:320})]})]});let w=[...R(W(m.tiers)).map(e=>({key:e.id,label:e.name,color:d(e.rank)})),...m.byTier.some(e=>e.key===``)?[{key:``,label:`No tier`,color:`#cbd0dc`}]:[]],k=r(m.byTier,x,w),A=[...new Set(m.byType.map(e=>e.key))].map(e=>({key:e,label:p[e]??e,color:`#6366f1`})),M=r(m.byType,x,A).filter(e=>e.count>0).sort((e,t)=>t.amount-e.amount),N=Q(u.weeksFrom,c,m.trend),L=N.slice(-4).reduce((e,t)=>e+t.registered,0),U=N.slice(-12),G=U.reduce((e,t)=>e+t.approved,0),K=G+U.reduce((e,t)=>e+t.rejected,0),q=m.queue.filter(e=>e.overdue).length,Z=e(m.byTier,x),$=m.winRate;return(0,Y.jsxs)(`div`,{className:`stack`,children:[m.queue.length>0&&(0,Y.jsxs)(`div`,{className:q?`alert alert-warning`:`alert alert-info`,role:`status`,children:[(0,Y.jsx)(T,{size:18,"aria-hidden":`true`}),(0,Y.jsxs)(`div`,{className:`row`,style:{flex:1,justifyContent:`space-between`},children:[(0,Y.jsxs)(`div`,{children:[(0,Y.jsxs)(`div`,{className:`alert-title`,children:[m.queue.length===1?`1 deal registration is`:`${C(m.queue.length)}${m.queue.length>=100?`+`:``} deal registrations are`,` waiting for a decision`]}),(0,Y.jsx)(`div`,{className:`alert-body`,children:q?`${C(q)} past their due time.`:`All within their due time.`})]}),(0,Y.jsx)(h,{to:`/approvals`,className:`btn btn-sm btn-primary`,children:`Open the queue`})]})]}),(0,Y.jsxs)(`div`,{className:`section-head`,children:[(0,Y.jsxs)(`div`,{children:[(0,Y.jsx)(`h2`,{children:`Deal registration`}),(0,Y.jsxs)(`p`,{className:`muted`,children:[`Registrations submitted in the last 12 months`,b.length?`: ${C(Z.count)} in ${x}`:``,`. Amounts are never added across currencies.`]})]}),(0,Y.jsx)(o,{currencies:b,value:x,onChange:S,label:`Pipeline currency`})]}),(0,Y.jsxs)(`div`,{className:`grid grid-4`,children:[(0,Y.jsx)(j,{label:`Waiting for a decision`,icon:(0,Y.jsx)(z,{size:16}),value:C(m.queue.length),foot:(0,Y.jsxs)(h,{to:`/approvals`,className:`row`,style:{gap:4},children:[q?`${C(q)} overdue`:`None overdue`,` `,(0,Y.jsx)(n,{size:12,"aria-hidden":`true`})]})}),(0,Y.jsx)(j,{label:`Registrations, last 4 weeks`,icon:(0,Y.jsx)(i,{size:16}),value:C(L),foot:`${C(N.reduce((e,t)=>e+t.registered,0))} in 26 weeks`}),(0,Y.jsx)(j,{label:`Approval rate, last 12 weeks`,icon:(0,Y.jsx)(l,{size:16}),value:K?E(G/K):`—`,foot:`${C(G)} approved of ${C(K)} decided`}),(0,Y.jsx)(j,{label:`Win rate, 12 months`,icon:(0,Y.jsx)(B,{size:16}),value:$.won+$.lost?E($.winRate):`—`,foot:$.won+$.lost?`${C($.won)} won · ${C($.lost)} lost · ${Math.round($.averageDaysToClose)} days to close`:`Nothing closed yet`})]}),b.length===0?(0,Y.jsx)(`div`,{className:`card`,children:(0,Y.jsx)(v,{title:`No deal registrations in the last 12 months`,children:`Charts appear here as partners register deals.`})}):(0,Y.jsxs)(`div`,{className:`grid grid-2`,children:[(0,Y.jsxs)(g,{title:`Pipeline by tier`,hint:`Value registered in ${x}, by the partner’s tier.`,children:[(0,Y.jsx)(I,{data:k,currency:x,label:`Pipeline by tier`}),(0,Y.jsx)(s,{currencies:b,shown:x})]}),(0,Y.jsxs)(g,{title:`Pipeline by partner type`,hint:`Value registered in ${x}, by how partners go to market.`,children:[(0,Y.jsx)(I,{data:M,currency:x,label:`Pipeline by partner type`,layout:`horizontal-bars`}),(0,Y.jsx)(s,{currencies:b,shown:x})]})]}),(0,Y.jsxs)(`div`,{className:`grid grid-3-1`,children:[(0,Y.jsxs)(g,{title:`Registrations and approval rate per week`,hint:`Bars: registrations submitted each week. Line: the share of that week’s decided registrations that were approved.`,children:[(0,Y.jsx)(F,{data:N,label:`Registrations and approval rate per week`}),(0,Y.jsxs)(`div`,{className:`legend`,"aria-hidden":`true`,children:[(0,Y.jsxs)(`span`,{children:[(0,Y.jsx)(`i`,{style:{background:`#c7d2fe`}}),`Registered`]}),(0,Y.jsxs)(`span`,{children:[(0,Y.jsx)(`i`,{style:{background:`#079455`}}),`Approval rate`]})]})]}),(0,Y.jsx)(g,{title:`Win rate`,hint:`Registrations closed in the last 12 months.`,children:$.won+$.lost===0?(0,Y.jsx)(v,{title:`Nothing closed yet`}):(0,Y.jsxs)(Y.Fragment,{children:[(0,Y.jsx)(P,{won:$.won,lost:$.lost,winRate:$.winRate}),(0,Y.jsxs)(`dl`,{className:`dl compact`,style:{marginTop:8},children:[(0,Y.jsx)(`dt`,{children:`Won`}),(0,Y.jsx)(`dd`,{children:C($.won)}),(0,Y.jsx)(`dt`,{children:`Lost`}),(0,Y.jsx)(`dd`,{children:C($.lost)}),(0,Y.jsx)(`dt`,{children:`Average time to close`}),(0,Y.jsxs)(`dd`,{children:[Math.round($.averageDaysToClose),` days`]})]})]})})]})]})}var ee=`
========
}`,Y=G();function X(e,t){let n=new Date(e);n.setUTCHours(0,0,0,0);let r=(n.getUTCDay()+6)%7;return new Date(n.getTime()-(r+t*7)*U).toISOString()}var Z=new Intl.DateTimeFormat(void 0,{day:`numeric`,month:`short`,timeZone:`UTC`});function Q(e,t,n){let r=new Map(n.map(e=>[new Date(e.weekStart).toISOString().slice(0,10),e])),i=[];for(let n=new Date(e).getTime();n<=t;n+=7*U){let e=new Date(n).toISOString().slice(0,10),t=r.get(e),a=(t?.approved??0)+(t?.rejected??0);i.push({label:Z.format(new Date(n)),registered:t?.registered??0,approved:t?.approved??0,rejected:t?.rejected??0,approvalRate:a?t?.approvalRate??0:null})}return i}function $(){let c=V(),d={from:H(c,365),to:new Date(c+6e4).toISOString(),weeksFrom:X(c,25)},m=E(J,d),g=m.data,v=[...g?.byTier??[],...g?.byType??[]],y=a(v),[S,w]=t(y);if(m.isError)return(0,Y.jsx)(`div`,{className:`card`,children:(0,Y.jsx)(D,{error:m.error,onRetry:()=>void m.refetch()})});if(!g)return(0,Y.jsxs)(`div`,{className:`stack`,children:[(0,Y.jsx)(`div`,{className:`grid grid-4`,children:[0,1,2,3].map(e=>(0,Y.jsx)(x,{height:110},e))}),(0,Y.jsxs)(`div`,{className:`grid grid-2`,children:[(0,Y.jsx)(x,{height:320}),(0,Y.jsx)(x,{height:320})]})]});let O=[...R(W(g.tiers)).map(e=>({key:e.id,label:e.name,color:u(e.rank)})),...g.byTier.some(e=>e.key===``)?[{key:``,label:`No tier`,color:`#cbd0dc`}]:[]],k=r(g.byTier,S,O),A=[...new Set(g.byType.map(e=>e.key))].map(e=>({key:e,label:T[e]??e,color:`#6366f1`})),M=r(g.byType,S,A).filter(e=>e.count>0).sort((e,t)=>t.amount-e.amount),N=Q(d.weeksFrom,c,g.trend),L=N.slice(-4).reduce((e,t)=>e+t.registered,0),U=N.slice(-12),G=U.reduce((e,t)=>e+t.approved,0),K=G+U.reduce((e,t)=>e+t.rejected,0),q=g.queue.filter(e=>e.overdue).length,Z=e(g.byTier,S),$=g.winRate;return(0,Y.jsxs)(`div`,{className:`stack`,children:[g.queue.length>0&&(0,Y.jsxs)(`div`,{className:q?`alert alert-warning`:`alert alert-info`,role:`status`,children:[(0,Y.jsx)(C,{size:18,"aria-hidden":`true`}),(0,Y.jsxs)(`div`,{className:`row`,style:{flex:1,justifyContent:`space-between`},children:[(0,Y.jsxs)(`div`,{children:[(0,Y.jsxs)(`div`,{className:`alert-title`,children:[g.queue.length===1?`1 deal registration is`:`${p(g.queue.length)}${g.queue.length>=100?`+`:``} deal registrations are`,` waiting for a decision`]}),(0,Y.jsx)(`div`,{className:`alert-body`,children:q?`${p(q)} past their due time.`:`All within their due time.`})]}),(0,Y.jsx)(h,{to:`/approvals`,className:`btn btn-sm btn-primary`,children:`Open the queue`})]})]}),(0,Y.jsxs)(`div`,{className:`section-head`,children:[(0,Y.jsxs)(`div`,{children:[(0,Y.jsx)(`h2`,{children:`Deal registration`}),(0,Y.jsxs)(`p`,{className:`muted`,children:[`Registrations submitted in the last 12 months`,y.length?`: ${p(Z.count)} in ${S}`:``,`. Amounts are never added across currencies.`]})]}),(0,Y.jsx)(o,{currencies:y,value:S,onChange:w,label:`Pipeline currency`})]}),(0,Y.jsxs)(`div`,{className:`grid grid-4`,children:[(0,Y.jsx)(j,{label:`Waiting for a decision`,icon:(0,Y.jsx)(z,{size:16}),value:p(g.queue.length),foot:(0,Y.jsxs)(h,{to:`/approvals`,className:`row`,style:{gap:4},children:[q?`${p(q)} overdue`:`None overdue`,` `,(0,Y.jsx)(n,{size:12,"aria-hidden":`true`})]})}),(0,Y.jsx)(j,{label:`Registrations, last 4 weeks`,icon:(0,Y.jsx)(i,{size:16}),value:p(L),foot:`${p(N.reduce((e,t)=>e+t.registered,0))} in 26 weeks`}),(0,Y.jsx)(j,{label:`Approval rate, last 12 weeks`,icon:(0,Y.jsx)(l,{size:16}),value:K?f(G/K):`—`,foot:`${p(G)} approved of ${p(K)} decided`}),(0,Y.jsx)(j,{label:`Win rate, 12 months`,icon:(0,Y.jsx)(B,{size:16}),value:$.won+$.lost?f($.winRate):`—`,foot:$.won+$.lost?`${p($.won)} won · ${p($.lost)} lost · ${Math.round($.averageDaysToClose)} days to close`:`Nothing closed yet`})]}),y.length===0?(0,Y.jsx)(`div`,{className:`card`,children:(0,Y.jsx)(b,{title:`No deal registrations in the last 12 months`,children:`Charts appear here as partners register deals.`})}):(0,Y.jsxs)(`div`,{className:`grid grid-2`,children:[(0,Y.jsxs)(_,{title:`Pipeline by tier`,hint:`Value registered in ${S}, by the partner’s tier.`,children:[(0,Y.jsx)(I,{data:k,currency:S,label:`Pipeline by tier`}),(0,Y.jsx)(s,{currencies:y,shown:S})]}),(0,Y.jsxs)(_,{title:`Pipeline by partner type`,hint:`Value registered in ${S}, by how partners go to market.`,children:[(0,Y.jsx)(I,{data:M,currency:S,label:`Pipeline by partner type`,layout:`horizontal-bars`}),(0,Y.jsx)(s,{currencies:y,shown:S})]})]}),(0,Y.jsxs)(`div`,{className:`grid grid-3-1`,children:[(0,Y.jsxs)(_,{title:`Registrations and approval rate per week`,hint:`Bars: registrations submitted each week. Line: the share of that week’s decided registrations that were approved.`,children:[(0,Y.jsx)(F,{data:N,label:`Registrations and approval rate per week`}),(0,Y.jsxs)(`div`,{className:`legend`,"aria-hidden":`true`,children:[(0,Y.jsxs)(`span`,{children:[(0,Y.jsx)(`i`,{style:{background:`#c7d2fe`}}),`Registered`]}),(0,Y.jsxs)(`span`,{children:[(0,Y.jsx)(`i`,{style:{background:`#079455`}}),`Approval rate`]})]})]}),(0,Y.jsx)(_,{title:`Win rate`,hint:`Registrations closed in the last 12 months.`,children:$.won+$.lost===0?(0,Y.jsx)(b,{title:`Nothing closed yet`}):(0,Y.jsxs)(Y.Fragment,{children:[(0,Y.jsx)(P,{won:$.won,lost:$.lost,winRate:$.winRate}),(0,Y.jsxs)(`dl`,{className:`dl compact`,style:{marginTop:8},children:[(0,Y.jsx)(`dt`,{children:`Won`}),(0,Y.jsx)(`dd`,{children:p($.won)}),(0,Y.jsx)(`dt`,{children:`Lost`}),(0,Y.jsx)(`dd`,{children:p($.lost)}),(0,Y.jsx)(`dt`,{children:`Average time to close`}),(0,Y.jsxs)(`dd`,{children:[Math.round($.averageDaysToClose),` days`]})]})]})})]})]})}var ee=`
>>>>>>>> content:internal/portal/dist/assets/VendorOverview-fVXsrDMn.js
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
<<<<<<<< HEAD:internal/portal/dist/assets/VendorOverview-BX6lF19t.js
}`;function te(e=new Date){let t=e.getHours();return t<12?`Good morning`:t<18?`Good afternoon`:`Good evening`}function ne(){_(`Overview`);let e=f(),t=D(ee,{mine:[{id:e.id}]}),r=t.data,i=r?[...R(W(r.tiers)).map(e=>({label:e.name,value:e.partners.totalCount,color:d(e.rank)})),...r.untiered.totalCount?[{label:`No tier`,value:r.untiered.totalCount,color:`#cbd0dc`}]:[]]:[],a=r&&{RESELLER:r.reseller,VAR:r.var,MSP:r.msp,SI:r.si,ISV:r.isv,REFERRAL:r.referral,ALLIANCE:r.alliance,MARKETPLACE:r.marketplace},o=a?u(p).map(e=>({label:p[e],value:a[e].totalCount,color:`#6366f1`})).sort((e,t)=>t.value-e.value):[],s=e.role===`CHANNEL_MANAGER`||(r?.mine.totalCount??0)>0,l=W(s?r?.mine:r?.recent);return(0,Y.jsxs)(Y.Fragment,{children:[(0,Y.jsx)(k,{title:`${te()}, ${e.name.split(` `)[0]}`,subtitle:`Your partner program at a glance.`,actions:(0,Y.jsxs)(h,{to:`/partners`,className:`btn`,children:[`All partners `,(0,Y.jsx)(n,{size:15,"aria-hidden":`true`})]})}),t.isError?(0,Y.jsx)(`div`,{className:`card`,children:(0,Y.jsx)(O,{error:t.error,onRetry:()=>void t.refetch()})}):r?(0,Y.jsxs)(`div`,{className:`stack`,children:[r.waiting.totalCount>0&&(0,Y.jsxs)(`div`,{className:`alert alert-info`,role:`status`,children:[(0,Y.jsx)(b,{size:18,"aria-hidden":`true`}),(0,Y.jsxs)(`div`,{className:`row`,style:{flex:1,justifyContent:`space-between`},children:[(0,Y.jsxs)(`div`,{children:[(0,Y.jsxs)(`div`,{className:`alert-title`,children:[r.waiting.totalCount===1?`1 application is`:`${C(r.waiting.totalCount)} applications are`,` waiting for review`]}),(0,Y.jsx)(`div`,{className:`alert-body`,children:`Companies that want to join the program.`})]}),(0,Y.jsx)(h,{to:`/applications`,className:`btn btn-sm btn-primary`,children:`Review`})]})]}),(0,Y.jsx)($,{}),(0,Y.jsx)(`div`,{className:`section-head`,children:(0,Y.jsxs)(`div`,{children:[(0,Y.jsx)(`h2`,{children:`Partners`}),(0,Y.jsx)(`p`,{className:`muted`,children:`Who is in the program, and how they go to market.`})]})}),(0,Y.jsxs)(`div`,{className:`grid grid-4`,children:[(0,Y.jsx)(j,{label:`Partners`,icon:(0,Y.jsx)(S,{size:16}),value:C(r.all.totalCount),foot:`In the program`}),(0,Y.jsx)(j,{label:`Active`,icon:(0,Y.jsx)(w,{size:16}),value:C(r.active.totalCount),foot:`Selling today`}),(0,Y.jsx)(j,{label:`Onboarding`,icon:(0,Y.jsx)(M,{size:16}),value:C(r.onboarding.totalCount),foot:`Signed, no first deal yet`}),(0,Y.jsx)(j,{label:`Suspended`,icon:(0,Y.jsx)(q,{size:16}),value:C(r.suspended.totalCount),foot:`Paused partnerships`})]}),(0,Y.jsxs)(`div`,{className:`grid grid-2`,children:[(0,Y.jsx)(g,{title:`Partners by tier`,hint:`How the program’s partners spread across the ladder.`,children:(0,Y.jsx)(L,{data:i,label:`Partners by tier`})}),(0,Y.jsx)(g,{title:`Partners by type`,hint:`How partners go to market.`,children:(0,Y.jsx)(L,{data:o,layout:`horizontal-bars`,label:`Partners by type`})})]}),(0,Y.jsx)(g,{title:s?`Partners you manage`:`Newest partners`,hint:s?`${C(r.mine.totalCount)} in your book`:`The latest organisations to join the program.`,actions:(0,Y.jsx)(h,{to:s?`/partners?mine=1`:`/partners?sort=CREATED_AT&dir=DESC`,className:`btn btn-sm`,children:`See all`}),flush:!0,children:l.length===0?(0,Y.jsx)(v,{icon:(0,Y.jsx)(S,{size:22}),title:`No partners assigned to you`,children:`Partners you become the account manager of appear here.`}):(0,Y.jsx)(`div`,{className:`table-wrap`,children:(0,Y.jsxs)(`table`,{className:`table table-cards`,children:[(0,Y.jsx)(`thead`,{children:(0,Y.jsxs)(`tr`,{children:[(0,Y.jsx)(`th`,{scope:`col`,children:`Partner`}),(0,Y.jsx)(`th`,{scope:`col`,children:`Type`}),(0,Y.jsx)(`th`,{scope:`col`,children:`Tier`}),(0,Y.jsx)(`th`,{scope:`col`,children:`Status`}),(0,Y.jsx)(`th`,{scope:`col`,children:`Account manager`})]})}),(0,Y.jsx)(`tbody`,{children:l.map(e=>(0,Y.jsxs)(`tr`,{children:[(0,Y.jsx)(`td`,{children:(0,Y.jsxs)(`div`,{className:`cell-person`,children:[(0,Y.jsx)(x,{name:e.name,size:`sm`}),(0,Y.jsx)(h,{to:`/partners/${e.id}`,className:`cell-title`,children:e.name})]})}),(0,Y.jsx)(`td`,{"data-label":`Type`,children:p[e.type]}),(0,Y.jsx)(`td`,{"data-label":`Tier`,children:(0,Y.jsx)(m,{tier:e.tier})}),(0,Y.jsx)(`td`,{"data-label":`Status`,children:(0,Y.jsx)(A,{status:e.status})}),(0,Y.jsx)(`td`,{"data-label":`Manager`,children:e.manager?.name??(0,Y.jsx)(`span`,{className:`muted`,children:`Unassigned`})})]},e.id))})]})})}),(0,Y.jsx)(c,{})]}):(0,Y.jsxs)(`div`,{className:`stack`,children:[(0,Y.jsx)(`div`,{className:`grid grid-4`,children:[0,1,2,3].map(e=>(0,Y.jsx)(y,{height:110},e))}),(0,Y.jsxs)(`div`,{className:`grid grid-2`,children:[(0,Y.jsx)(y,{height:320}),(0,Y.jsx)(y,{height:320})]})]})]})}export{ne as default};
========
}`;function te(e=new Date){let t=e.getHours();return t<12?`Good morning`:t<18?`Good afternoon`:`Good evening`}function ne(){y(`Overview`);let e=d(),t=E(ee,{mine:[{id:e.id}]}),r=t.data,i=r?[...R(W(r.tiers)).map(e=>({label:e.name,value:e.partners.totalCount,color:u(e.rank)})),...r.untiered.totalCount?[{label:`No tier`,value:r.untiered.totalCount,color:`#cbd0dc`}]:[]]:[],a=r&&{RESELLER:r.reseller,VAR:r.var,MSP:r.msp,SI:r.si,ISV:r.isv,REFERRAL:r.referral,ALLIANCE:r.alliance,MARKETPLACE:r.marketplace},o=a?g(T).map(e=>({label:T[e],value:a[e].totalCount,color:`#6366f1`})).sort((e,t)=>t.value-e.value):[],s=e.role===`CHANNEL_MANAGER`||(r?.mine.totalCount??0)>0,l=W(s?r?.mine:r?.recent);return(0,Y.jsxs)(Y.Fragment,{children:[(0,Y.jsx)(O,{title:`${te()}, ${e.name.split(` `)[0]}`,subtitle:`Your partner program at a glance.`,actions:(0,Y.jsxs)(h,{to:`/partners`,className:`btn`,children:[`All partners `,(0,Y.jsx)(n,{size:15,"aria-hidden":`true`})]})}),t.isError?(0,Y.jsx)(`div`,{className:`card`,children:(0,Y.jsx)(D,{error:t.error,onRetry:()=>void t.refetch()})}):r?(0,Y.jsxs)(`div`,{className:`stack`,children:[r.waiting.totalCount>0&&(0,Y.jsxs)(`div`,{className:`alert alert-info`,role:`status`,children:[(0,Y.jsx)(w,{size:18,"aria-hidden":`true`}),(0,Y.jsxs)(`div`,{className:`row`,style:{flex:1,justifyContent:`space-between`},children:[(0,Y.jsxs)(`div`,{children:[(0,Y.jsxs)(`div`,{className:`alert-title`,children:[r.waiting.totalCount===1?`1 application is`:`${p(r.waiting.totalCount)} applications are`,` waiting for review`]}),(0,Y.jsx)(`div`,{className:`alert-body`,children:`Companies that want to join the program.`})]}),(0,Y.jsx)(h,{to:`/applications`,className:`btn btn-sm btn-primary`,children:`Review`})]})]}),(0,Y.jsx)($,{}),(0,Y.jsx)(`div`,{className:`section-head`,children:(0,Y.jsxs)(`div`,{children:[(0,Y.jsx)(`h2`,{children:`Partners`}),(0,Y.jsx)(`p`,{className:`muted`,children:`Who is in the program, and how they go to market.`})]})}),(0,Y.jsxs)(`div`,{className:`grid grid-4`,children:[(0,Y.jsx)(j,{label:`Partners`,icon:(0,Y.jsx)(k,{size:16}),value:p(r.all.totalCount),foot:`In the program`}),(0,Y.jsx)(j,{label:`Active`,icon:(0,Y.jsx)(v,{size:16}),value:p(r.active.totalCount),foot:`Selling today`}),(0,Y.jsx)(j,{label:`Onboarding`,icon:(0,Y.jsx)(M,{size:16}),value:p(r.onboarding.totalCount),foot:`Signed, no first deal yet`}),(0,Y.jsx)(j,{label:`Suspended`,icon:(0,Y.jsx)(q,{size:16}),value:p(r.suspended.totalCount),foot:`Paused partnerships`})]}),(0,Y.jsxs)(`div`,{className:`grid grid-2`,children:[(0,Y.jsx)(_,{title:`Partners by tier`,hint:`How the program’s partners spread across the ladder.`,children:(0,Y.jsx)(L,{data:i,label:`Partners by tier`})}),(0,Y.jsx)(_,{title:`Partners by type`,hint:`How partners go to market.`,children:(0,Y.jsx)(L,{data:o,layout:`horizontal-bars`,label:`Partners by type`})})]}),(0,Y.jsx)(_,{title:s?`Partners you manage`:`Newest partners`,hint:s?`${p(r.mine.totalCount)} in your book`:`The latest organisations to join the program.`,actions:(0,Y.jsx)(h,{to:s?`/partners?mine=1`:`/partners?sort=CREATED_AT&dir=DESC`,className:`btn btn-sm`,children:`See all`}),flush:!0,children:l.length===0?(0,Y.jsx)(b,{icon:(0,Y.jsx)(k,{size:22}),title:`No partners assigned to you`,children:`Partners you become the account manager of appear here.`}):(0,Y.jsx)(`div`,{className:`table-wrap`,children:(0,Y.jsxs)(`table`,{className:`table table-cards`,children:[(0,Y.jsx)(`thead`,{children:(0,Y.jsxs)(`tr`,{children:[(0,Y.jsx)(`th`,{scope:`col`,children:`Partner`}),(0,Y.jsx)(`th`,{scope:`col`,children:`Type`}),(0,Y.jsx)(`th`,{scope:`col`,children:`Tier`}),(0,Y.jsx)(`th`,{scope:`col`,children:`Status`}),(0,Y.jsx)(`th`,{scope:`col`,children:`Account manager`})]})}),(0,Y.jsx)(`tbody`,{children:l.map(e=>(0,Y.jsxs)(`tr`,{children:[(0,Y.jsx)(`td`,{children:(0,Y.jsxs)(`div`,{className:`cell-person`,children:[(0,Y.jsx)(S,{name:e.name,size:`sm`}),(0,Y.jsx)(h,{to:`/partners/${e.id}`,className:`cell-title`,children:e.name})]})}),(0,Y.jsx)(`td`,{"data-label":`Type`,children:T[e.type]}),(0,Y.jsx)(`td`,{"data-label":`Tier`,children:(0,Y.jsx)(m,{tier:e.tier})}),(0,Y.jsx)(`td`,{"data-label":`Status`,children:(0,Y.jsx)(A,{status:e.status})}),(0,Y.jsx)(`td`,{"data-label":`Manager`,children:e.manager?.name??(0,Y.jsx)(`span`,{className:`muted`,children:`Unassigned`})})]},e.id))})]})})}),(0,Y.jsx)(c,{})]}):(0,Y.jsxs)(`div`,{className:`stack`,children:[(0,Y.jsx)(`div`,{className:`grid grid-4`,children:[0,1,2,3].map(e=>(0,Y.jsx)(x,{height:110},e))}),(0,Y.jsxs)(`div`,{className:`grid grid-2`,children:[(0,Y.jsx)(x,{height:320}),(0,Y.jsx)(x,{height:320})]})]})]})}export{ne as default};
>>>>>>>> content:internal/portal/dist/assets/VendorOverview-fVXsrDMn.js
