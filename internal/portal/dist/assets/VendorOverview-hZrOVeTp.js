import{UpcomingTiles as e,t}from"./PartnerDashboard-BWd6xgHY.js";import{$ as n,I as r,O as i,Q as a,_ as o,a as s,b as c,d as l,et as u,g as d,h as f,k as p,l as m,m as h,r as g,s as _,tt as v,w as y,x as b,y as x}from"./index-ReApz8Vb.js";import{n as S}from"./award-DSCkb1dL.js";import{t as C}from"./charts-4xklf1FK.js";import{n as w,r as T}from"./tiers-DWUik5dq.js";import{t as E}from"./jsx-runtime-Wy9s6hX0.js";var D={name:`circle-pause`,size:24,node:[[`circle`,{cx:`12`,cy:`12`,r:`10`,key:`1mglay`}],[`line`,{x1:`10`,x2:`10`,y1:`15`,y2:`9`,key:`c1nkhi`}],[`line`,{x1:`14`,x2:`14`,y1:`15`,y2:`9`,key:`h65svq`}]],aliases:[`pause-circle`]};D.node;var O=S(D),k={name:`hourglass`,size:24,node:[[`path`,{d:`M5 22h14`,key:`ehvnwv`}],[`path`,{d:`M5 2h14`,key:`pdyrp9`}],[`path`,{d:`M17 22v-4.172a2 2 0 0 0-.586-1.414L12 12l-4.414 4.414A2 2 0 0 0 7 17.828V22`,key:`1d314k`}],[`path`,{d:`M7 2v4.172a2 2 0 0 0 .586 1.414L12 12l4.414-4.414A2 2 0 0 0 17 6.172V2`,key:`1vvvr6`}]]};k.node;var A=S(k),j=E(),M=i(`
  query VendorOverview($mine: [UserWhereInput!]) {
    all: partners {
      totalCount
    }
    active: partners(where: { status: ACTIVE }) {
      totalCount
    }
    onboarding: partners(where: { status: ONBOARDING }) {
      totalCount
    }
    suspended: partners(where: { status: SUSPENDED }) {
      totalCount
    }
    untiered: partners(where: { hasTier: false }) {
      totalCount
    }
    waiting: partnerApplications(where: { status: SUBMITTED }) {
      totalCount
    }
    tiers(first: 100, orderBy: { field: RANK, direction: ASC }) {
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
    reseller: partners(where: { type: RESELLER }) {
      totalCount
    }
    var: partners(where: { type: VAR }) {
      totalCount
    }
    msp: partners(where: { type: MSP }) {
      totalCount
    }
    si: partners(where: { type: SI }) {
      totalCount
    }
    isv: partners(where: { type: ISV }) {
      totalCount
    }
    referral: partners(where: { type: REFERRAL }) {
      totalCount
    }
    alliance: partners(where: { type: ALLIANCE }) {
      totalCount
    }
    marketplace: partners(where: { type: MARKETPLACE }) {
      totalCount
    }
    mine: partners(first: 8, orderBy: { field: NAME, direction: ASC }, where: { hasManagerWith: $mine }) {
      totalCount
      edges {
        node {
          ...OverviewPartner
        }
      }
    }
    recent: partners(first: 8, orderBy: { field: CREATED_AT, direction: DESC }) {
      edges {
        node {
          ...OverviewPartner
        }
      }
    }
  }
`);i(`
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
  }
`);function N(e=new Date){let t=e.getHours();return t<12?`Good morning`:t<18?`Good afternoon`:`Good evening`}function P(){s(`Overview`);let i=y(),S=g(M,{mine:[{id:i.id}]}),E=S.data,D=E?[...T(w(E.tiers)).map(e=>({label:e.name,value:e.partners.totalCount,color:b(e.rank)})),...E.untiered.totalCount?[{label:`No tier`,value:E.untiered.totalCount,color:`#cbd0dc`}]:[]]:[],k=E?[[`RESELLER`,E.reseller],[`VAR`,E.var],[`MSP`,E.msp],[`SI`,E.si],[`ISV`,E.isv],[`REFERRAL`,E.referral],[`ALLIANCE`,E.alliance],[`MARKETPLACE`,E.marketplace]].map(([e,t])=>({label:r[e],value:t.totalCount,color:`#6366f1`})).sort((e,t)=>t.value-e.value):[],P=i.role===`CHANNEL_MANAGER`||(E?.mine.totalCount??0)>0,F=w(P?E?.mine:E?.recent);return(0,j.jsxs)(j.Fragment,{children:[(0,j.jsx)(d,{title:`${N()}, ${i.name.split(` `)[0]}`,subtitle:`Your partner program at a glance.`,actions:(0,j.jsxs)(v,{to:`/partners`,className:`btn`,children:[`All partners `,(0,j.jsx)(t,{size:15,"aria-hidden":`true`})]})}),S.isError?(0,j.jsx)(`div`,{className:`card`,children:(0,j.jsx)(m,{error:S.error,onRetry:()=>void S.refetch()})}):E?(0,j.jsxs)(`div`,{className:`stack`,children:[E.waiting.totalCount>0&&(0,j.jsxs)(`div`,{className:`alert alert-info`,role:`status`,children:[(0,j.jsx)(a,{size:18,"aria-hidden":`true`}),(0,j.jsxs)(`div`,{className:`row`,style:{flex:1,justifyContent:`space-between`},children:[(0,j.jsxs)(`div`,{children:[(0,j.jsxs)(`div`,{className:`alert-title`,children:[E.waiting.totalCount===1?`1 application is`:`${p(E.waiting.totalCount)} applications are`,` waiting for review`]}),(0,j.jsx)(`div`,{className:`alert-body`,children:`Companies that want to join the program.`})]}),(0,j.jsx)(v,{to:`/applications`,className:`btn btn-sm btn-primary`,children:`Review`})]})]}),(0,j.jsxs)(`div`,{className:`grid grid-4`,children:[(0,j.jsx)(o,{label:`Partners`,icon:(0,j.jsx)(u,{size:16}),value:p(E.all.totalCount),foot:`In the program`}),(0,j.jsx)(o,{label:`Active`,icon:(0,j.jsx)(n,{size:16}),value:p(E.active.totalCount),foot:`Selling today`}),(0,j.jsx)(o,{label:`Onboarding`,icon:(0,j.jsx)(A,{size:16}),value:p(E.onboarding.totalCount),foot:`Signed, no first deal yet`}),(0,j.jsx)(o,{label:`Suspended`,icon:(0,j.jsx)(O,{size:16}),value:p(E.suspended.totalCount),foot:`Paused partnerships`})]}),(0,j.jsxs)(`div`,{className:`grid grid-2`,children:[(0,j.jsx)(f,{title:`Partners by tier`,hint:`How the program’s partners spread across the ladder.`,children:(0,j.jsx)(C,{data:D,label:`Partners by tier`})}),(0,j.jsx)(f,{title:`Partners by type`,hint:`How partners go to market.`,children:(0,j.jsx)(C,{data:k,layout:`horizontal-bars`,label:`Partners by type`})})]}),(0,j.jsx)(f,{title:P?`Partners you manage`:`Newest partners`,hint:P?`${p(E.mine.totalCount)} in your book`:`The latest organisations to join the program.`,actions:(0,j.jsx)(v,{to:P?`/partners?mine=1`:`/partners?sort=CREATED_AT&dir=DESC`,className:`btn btn-sm`,children:`See all`}),flush:!0,children:F.length===0?(0,j.jsx)(_,{icon:(0,j.jsx)(u,{size:22}),title:`No partners assigned to you`,children:`Partners you become the account manager of appear here.`}):(0,j.jsx)(`div`,{className:`table-wrap`,children:(0,j.jsxs)(`table`,{className:`table table-cards`,children:[(0,j.jsx)(`thead`,{children:(0,j.jsxs)(`tr`,{children:[(0,j.jsx)(`th`,{scope:`col`,children:`Partner`}),(0,j.jsx)(`th`,{scope:`col`,children:`Type`}),(0,j.jsx)(`th`,{scope:`col`,children:`Tier`}),(0,j.jsx)(`th`,{scope:`col`,children:`Status`}),(0,j.jsx)(`th`,{scope:`col`,children:`Account manager`})]})}),(0,j.jsx)(`tbody`,{children:F.map(e=>(0,j.jsxs)(`tr`,{children:[(0,j.jsx)(`td`,{children:(0,j.jsxs)(`div`,{className:`cell-person`,children:[(0,j.jsx)(h,{name:e.name,size:`sm`}),(0,j.jsx)(v,{to:`/partners/${e.id}`,className:`cell-title`,children:e.name})]})}),(0,j.jsx)(`td`,{"data-label":`Type`,children:r[e.type]}),(0,j.jsx)(`td`,{"data-label":`Tier`,children:(0,j.jsx)(c,{tier:e.tier})}),(0,j.jsx)(`td`,{"data-label":`Status`,children:(0,j.jsx)(x,{status:e.status})}),(0,j.jsx)(`td`,{"data-label":`Manager`,children:e.manager?.name??(0,j.jsx)(`span`,{className:`muted`,children:`Unassigned`})})]},e.id))})]})})}),(0,j.jsx)(e,{role:i.role})]}):(0,j.jsxs)(`div`,{className:`stack`,children:[(0,j.jsx)(`div`,{className:`grid grid-4`,children:[0,1,2,3].map(e=>(0,j.jsx)(l,{height:110},e))}),(0,j.jsxs)(`div`,{className:`grid grid-2`,children:[(0,j.jsx)(l,{height:320}),(0,j.jsx)(l,{height:320})]})]})]})}export{P as default};