import{UpcomingTiles as e,t}from"./PartnerDashboard-CuCQt5HE.js";import{A as n,C as r,G as i,J as a,S as o,W as s,_ as c,b as l,c as u,f as d,h as f,i as p,l as m,m as h,o as g,p as _,q as v,r as y,v as b,y as x}from"./index-DkBKh3Jg.js";import{t as S}from"./charts-DRn6n0p3.js";import{n as C,r as w}from"./tiers-BWbC_0eF.js";import{t as T}from"./jsx-runtime-Wy9s6hX0.js";var E={name:`circle-pause`,size:24,node:[[`circle`,{cx:`12`,cy:`12`,r:`10`,key:`1mglay`}],[`line`,{x1:`10`,x2:`10`,y1:`15`,y2:`9`,key:`c1nkhi`}],[`line`,{x1:`14`,x2:`14`,y1:`15`,y2:`9`,key:`h65svq`}]],aliases:[`pause-circle`]};E.node;var D=v(E),O={name:`hourglass`,size:24,node:[[`path`,{d:`M5 22h14`,key:`ehvnwv`}],[`path`,{d:`M5 2h14`,key:`pdyrp9`}],[`path`,{d:`M17 22v-4.172a2 2 0 0 0-.586-1.414L12 12l-4.414 4.414A2 2 0 0 0 7 17.828V22`,key:`1d314k`}],[`path`,{d:`M7 2v4.172a2 2 0 0 0 .586 1.414L12 12l4.414-4.414A2 2 0 0 0 17 6.172V2`,key:`1vvvr6`}]]};O.node;var k=v(O),A=T(),j=o(`
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
`);o(`
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
`);function M(e=new Date){let t=e.getHours();return t<12?`Good morning`:t<18?`Good afternoon`:`Good evening`}function N(){p(`Overview`);let o=l(),v=y(j,{mine:[{id:o.id}]}),T=v.data,E=T?[...w(C(T.tiers)).map(e=>({label:e.name,value:e.partners.totalCount,color:x(e.rank)})),...T.untiered.totalCount?[{label:`No tier`,value:T.untiered.totalCount,color:`#cbd0dc`}]:[]]:[],O=T?[[`RESELLER`,T.reseller],[`VAR`,T.var],[`MSP`,T.msp],[`SI`,T.si],[`ISV`,T.isv],[`REFERRAL`,T.referral],[`ALLIANCE`,T.alliance],[`MARKETPLACE`,T.marketplace]].map(([e,t])=>({label:n[e],value:t.totalCount,color:`#6366f1`})).sort((e,t)=>t.value-e.value):[],N=o.role===`CHANNEL_MANAGER`||(T?.mine.totalCount??0)>0,P=C(N?T?.mine:T?.recent);return(0,A.jsxs)(A.Fragment,{children:[(0,A.jsx)(h,{title:`${M()}, ${o.name.split(` `)[0]}`,subtitle:`Your partner program at a glance.`,actions:(0,A.jsxs)(a,{to:`/partners`,className:`btn`,children:[`All partners `,(0,A.jsx)(t,{size:15,"aria-hidden":`true`})]})}),v.isError?(0,A.jsx)(`div`,{className:`card`,children:(0,A.jsx)(u,{error:v.error,onRetry:()=>void v.refetch()})}):T?(0,A.jsxs)(`div`,{className:`stack`,children:[(0,A.jsxs)(`div`,{className:`grid grid-4`,children:[(0,A.jsx)(f,{label:`Partners`,icon:(0,A.jsx)(i,{size:16}),value:r(T.all.totalCount),foot:`In the program`}),(0,A.jsx)(f,{label:`Active`,icon:(0,A.jsx)(s,{size:16}),value:r(T.active.totalCount),foot:`Selling today`}),(0,A.jsx)(f,{label:`Onboarding`,icon:(0,A.jsx)(k,{size:16}),value:r(T.onboarding.totalCount),foot:`Signed, no first deal yet`}),(0,A.jsx)(f,{label:`Suspended`,icon:(0,A.jsx)(D,{size:16}),value:r(T.suspended.totalCount),foot:`Paused partnerships`})]}),(0,A.jsxs)(`div`,{className:`grid grid-2`,children:[(0,A.jsx)(_,{title:`Partners by tier`,hint:`How the program’s partners spread across the ladder.`,children:(0,A.jsx)(S,{data:E,label:`Partners by tier`})}),(0,A.jsx)(_,{title:`Partners by type`,hint:`How partners go to market.`,children:(0,A.jsx)(S,{data:O,layout:`horizontal-bars`,label:`Partners by type`})})]}),(0,A.jsx)(_,{title:N?`Partners you manage`:`Newest partners`,hint:N?`${r(T.mine.totalCount)} in your book`:`The latest organisations to join the program.`,actions:(0,A.jsx)(a,{to:N?`/partners?mine=1`:`/partners?sort=CREATED_AT&dir=DESC`,className:`btn btn-sm`,children:`See all`}),flush:!0,children:P.length===0?(0,A.jsx)(g,{icon:(0,A.jsx)(i,{size:22}),title:`No partners assigned to you`,children:`Partners you become the account manager of appear here.`}):(0,A.jsx)(`div`,{className:`table-wrap`,children:(0,A.jsxs)(`table`,{className:`table table-cards`,children:[(0,A.jsx)(`thead`,{children:(0,A.jsxs)(`tr`,{children:[(0,A.jsx)(`th`,{scope:`col`,children:`Partner`}),(0,A.jsx)(`th`,{scope:`col`,children:`Type`}),(0,A.jsx)(`th`,{scope:`col`,children:`Tier`}),(0,A.jsx)(`th`,{scope:`col`,children:`Status`}),(0,A.jsx)(`th`,{scope:`col`,children:`Account manager`})]})}),(0,A.jsx)(`tbody`,{children:P.map(e=>(0,A.jsxs)(`tr`,{children:[(0,A.jsx)(`td`,{children:(0,A.jsxs)(`div`,{className:`cell-person`,children:[(0,A.jsx)(d,{name:e.name,size:`sm`}),(0,A.jsx)(a,{to:`/partners/${e.id}`,className:`cell-title`,children:e.name})]})}),(0,A.jsx)(`td`,{"data-label":`Type`,children:n[e.type]}),(0,A.jsx)(`td`,{"data-label":`Tier`,children:(0,A.jsx)(b,{tier:e.tier})}),(0,A.jsx)(`td`,{"data-label":`Status`,children:(0,A.jsx)(c,{status:e.status})}),(0,A.jsx)(`td`,{"data-label":`Manager`,children:e.manager?.name??(0,A.jsx)(`span`,{className:`muted`,children:`Unassigned`})})]},e.id))})]})})}),(0,A.jsx)(e,{role:o.role})]}):(0,A.jsxs)(`div`,{className:`stack`,children:[(0,A.jsx)(`div`,{className:`grid grid-4`,children:[0,1,2,3].map(e=>(0,A.jsx)(m,{height:110},e))}),(0,A.jsxs)(`div`,{className:`grid grid-2`,children:[(0,A.jsx)(m,{height:320}),(0,A.jsx)(m,{height:320})]})]})]})}export{N as default};