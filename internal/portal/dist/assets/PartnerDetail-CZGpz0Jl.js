import{a as e,n as t,t as n}from"./jsx-runtime-Wy9s6hX0.js";import{t as r}from"./arrow-left-B0Y1p1Ez.js";import{n as i,t as a,websiteHref as o}from"./Profile-B5ygLghu.js";import{A as s,Ct as c,D as l,G as u,H as d,J as f,N as p,R as m,T as h,W as g,X as _,Y as v,_ as y,a as b,b as x,bt as S,c as C,d as w,f as T,g as E,h as D,ht as O,j as k,l as A,lt as j,m as M,n as N,ot as P,p as F,q as I,r as L,s as R,t as z,x as B,z as V}from"./index-DZc1YHmR.js";import{t as H}from"./pencil-CeINSkNT.js";import{n as U,r as W}from"./tiers-BGeT2FPG.js";import{t as G}from"./Dialog-LQ_zEn-k.js";import{n as K}from"./Field-DbMrxyOW.js";import{TierOptionsQuery as q}from"./PartnersList-DLl288Gi.js";import{t as J}from"./shield-exclamation-point-Aq4IS7kL.js";import{t as Y}from"./KeyDate-DkFKfsWf.js";import{n as X}from"./status-B5qQXQCO.js";var Z=e(t(),1),Q=n(),$=`
    query PartnerDeals($where: DealWhereInput!, $submitted: DealWhereInput!, $approved: DealWhereInput!, $won: DealWhereInput!) {
  __typename
  recent: deals(
    first: 8
    orderBy: {field: CREATED_AT, direction: DESC}
    where: $where
  ) {
    __typename
    totalCount
    edges {
      __typename
      node {
        __typename
        id
        title
        customerName
        amount
        currency
        status
        createdAt
        decisionDueAt
        protectionExpiresAt
        expectedCloseDate
        closedAt
        registeredBy {
          __typename
          id
          name
        }
        conflicts {
          __typename
          id
        }
      }
    }
  }
  submitted: deals(where: $submitted) {
    __typename
    totalCount
  }
  approved: deals(where: $approved) {
    __typename
    totalCount
  }
  won: deals(where: $won) {
    __typename
    totalCount
  }
}
    `;function ee({partner:e}){let t={hasPartnerWith:[{id:e.id}]},n=L($,{where:t,submitted:{...t,status:`SUBMITTED`},approved:{...t,status:`APPROVED`},won:{...t,status:`WON`}}),r=n.data,i=U(r?.recent),a=Date.now();return(0,Q.jsx)(E,{title:`Deals`,hint:r?`${s(r.recent.totalCount)} registrations · ${s(r.submitted.totalCount)} awaiting a decision · ${s(r.approved.totalCount)} protected · ${s(r.won.totalCount)} won`:`Registrations of this partner.`,actions:r&&r.recent.totalCount>0?(0,Q.jsxs)(M,{size:`sm`,to:`/deals?partner=${encodeURIComponent(e.id)}`,children:[`All `,s(r.recent.totalCount),` deals`]}):void 0,flush:!0,children:n.isError?(0,Q.jsx)(A,{error:n.error,onRetry:()=>void n.refetch()}):n.isPending?(0,Q.jsx)(T,{rows:4,columns:5}):i.length===0?(0,Q.jsxs)(R,{icon:(0,Q.jsx)(O,{size:22}),title:`No deals registered yet`,children:[e.name,`’s registrations appear here.`]}):(0,Q.jsx)(`div`,{className:`table-wrap`,children:(0,Q.jsxs)(`table`,{className:`table table-cards deal-table`,"aria-label":`Latest deals of ${e.name}`,children:[(0,Q.jsx)(`thead`,{children:(0,Q.jsxs)(`tr`,{children:[(0,Q.jsx)(`th`,{scope:`col`,children:`Deal`}),(0,Q.jsx)(`th`,{scope:`col`,className:`num`,children:`Amount`}),(0,Q.jsx)(`th`,{scope:`col`,children:`Status`}),(0,Q.jsx)(`th`,{scope:`col`,children:`Decision or protection`}),(0,Q.jsx)(`th`,{scope:`col`,children:`Registered`})]})}),(0,Q.jsx)(`tbody`,{children:i.map(e=>(0,Q.jsxs)(`tr`,{children:[(0,Q.jsxs)(`td`,{children:[(0,Q.jsx)(S,{to:`/deals/${e.id}`,className:`cell-title`,children:e.title}),(0,Q.jsx)(`div`,{className:`cell-sub`,children:e.customerName})]}),(0,Q.jsx)(`td`,{"data-label":`Amount`,className:`num nowrap`,children:d(e.amount,e.currency)}),(0,Q.jsx)(`td`,{"data-label":`Status`,children:(0,Q.jsxs)(`span`,{className:`status-cell`,children:[(0,Q.jsx)(X,{status:e.status}),(e.conflicts??[]).length>0&&(0,Q.jsxs)(`span`,{className:`flag`,title:`Conflicts flagged`,children:[(0,Q.jsx)(J,{size:13,"aria-hidden":`true`}),(0,Q.jsx)(`span`,{className:`visually-hidden`,children:`Conflicts flagged`})]})]})}),(0,Q.jsx)(`td`,{"data-label":`Next`,children:(0,Q.jsx)(Y,{d:e,now:a})}),(0,Q.jsxs)(`td`,{"data-label":`Registered`,children:[p(e.createdAt),(0,Q.jsx)(`div`,{className:`cell-sub`,children:e.registeredBy.name})]})]},e.id))})]})})})}var te=`
    query PartnerDetail($id: ID!) {
  __typename
  node(id: $id) {
    __typename
    ... on Partner {
      __typename
      id
      name
      slug
      type
      status
      website
      domain
      country
      region
      verticals
      contractSignedAt
      firstDealAt
      createdAt
      tier {
        __typename
        ...TierFields
      }
      manager {
        __typename
        id
        name
        email
      }
      users(first: 100, orderBy: {field: NAME, direction: ASC}) {
        __typename
        totalCount
        edges {
          __typename
          node {
            __typename
            id
            name
            email
            role
            jobFunction
            status
            lastLoginAt
          }
        }
      }
    }
  }
}
    fragment TierFields on Tier {
  __typename
  id
  name
  rank
  description
  currency
  minRevenueT12m
  minWonDeals
  minCertifiedPeople
  discountBps
  rebateBps
  mdfQuarterlyAllowance
  dealProtectionDays
  benefits
}`,ne=`
    query ManagerOptions {
  __typename
  users(
    first: 100
    orderBy: {field: NAME, direction: ASC}
    where: {roleIn: [ADMIN, CHANNEL_MANAGER], status: ACTIVE}
  ) {
    __typename
    edges {
      __typename
      node {
        __typename
        id
        name
        role
      }
    }
  }
}
    `,re=`
    mutation UpdatePartnerAccount($input: UpdatePartnerInput!) {
  __typename
  updatePartner(input: $input) {
    __typename
    partner {
      __typename
      id
      status
      tier {
        __typename
        id
        name
        rank
      }
      manager {
        __typename
        id
        name
        email
      }
    }
  }
}
    `,ie=V(g);function ae({partner:e,canChangeManager:t,onClose:n}){let r=L(q,{}),i=L(ne,{},{enabled:t}),[a,o]=(0,Z.useState)(e.tier?.id??``),[s,c]=(0,Z.useState)(e.status),[u,d]=(0,Z.useState)(e.manager?.id??``),f=N(re),p=z(),m=e=>f.error instanceof l?f.error.fieldError(e):void 0;return(0,Q.jsx)(G,{open:!0,onClose:n,title:`Edit ${e.name}`,description:`Tier, lifecycle status and who looks after this partner.`,onSubmit:()=>f.mutate({input:{id:e.id,status:s,...a&&a!==e.tier?.id?{tierId:a}:{},...t&&u&&u!==e.manager?.id?{managerId:u}:{}}},{onSuccess:()=>{p(`${e.name} updated`),n()}}),footer:(0,Q.jsxs)(Q.Fragment,{children:[(0,Q.jsx)(F,{onClick:n,children:`Cancel`}),(0,Q.jsx)(F,{type:`submit`,variant:`primary`,loading:f.isPending,children:`Save changes`})]}),children:(0,Q.jsxs)(`div`,{className:`stack`,style:{gap:16},children:[f.error&&!(f.error instanceof l&&f.error.fieldErrors.length)&&(0,Q.jsx)(C,{error:f.error}),(0,Q.jsxs)(K,{label:`Tier`,value:a,onChange:e=>o(e.target.value),error:m(`tierId`),children:[!e.tier&&(0,Q.jsx)(`option`,{value:``,children:`No tier`}),W(U(r.data?.tiers)).map(e=>(0,Q.jsx)(`option`,{value:e.id,children:e.name},e.id))]}),(0,Q.jsx)(K,{label:`Status`,value:s,onChange:e=>c(e.target.value),error:m(`status`),children:ie.map(e=>(0,Q.jsx)(`option`,{value:e,children:g[e]},e))}),t&&(0,Q.jsxs)(K,{label:`Partner account manager`,value:u,onChange:e=>d(e.target.value),error:m(`managerId`),children:[!e.manager&&(0,Q.jsx)(`option`,{value:``,children:`Unassigned`}),U(i.data?.users).map(e=>(0,Q.jsxs)(`option`,{value:e.id,children:[e.name,` (`,_[e.role],`)`]},e.id))]})]})})}function oe(){let{id:e=``}=c(),t=h(),n=L(te,{id:e}),[s,l]=(0,Z.useState)(!1),g=n.data?.node,C=g?.__typename===`Partner`?g:void 0;b(C?.name??`Partner`);let T=(0,Q.jsxs)(S,{to:`/partners`,className:`row`,style:{gap:4},children:[(0,Q.jsx)(r,{size:14,"aria-hidden":`true`}),` Partners`]});if(n.isError)return(0,Q.jsxs)(Q.Fragment,{children:[(0,Q.jsx)(y,{eyebrow:T,title:`Partner`}),(0,Q.jsx)(`div`,{className:`card`,children:(0,Q.jsx)(A,{error:n.error,onRetry:()=>void n.refetch()})})]});if(n.isPending)return(0,Q.jsxs)(Q.Fragment,{children:[(0,Q.jsx)(y,{eyebrow:T,title:(0,Q.jsx)(`span`,{className:`skeleton`,style:{height:28,width:260}})}),(0,Q.jsxs)(`div`,{className:`grid grid-3`,children:[(0,Q.jsx)(w,{height:260}),(0,Q.jsx)(w,{height:260}),(0,Q.jsx)(w,{height:260})]})]});if(!C)return(0,Q.jsxs)(Q.Fragment,{children:[(0,Q.jsx)(y,{eyebrow:T,title:`Partner not found`}),(0,Q.jsx)(`div`,{className:`card`,children:(0,Q.jsx)(R,{title:`We couldn’t find this partner`,children:`It may have been removed, or the link may be wrong.`})})]});let O=U(C.users),M=t.role===`ADMIN`||t.role===`CHANNEL_MANAGER`&&C.manager?.id===t.id,N=C.tier;return(0,Q.jsxs)(Q.Fragment,{children:[(0,Q.jsx)(y,{eyebrow:T,title:C.name,subtitle:(0,Q.jsxs)(`span`,{className:`row`,children:[(0,Q.jsx)(B,{tier:N}),(0,Q.jsx)(x,{status:C.status}),(0,Q.jsxs)(`span`,{className:`muted`,children:[u[C.type]??C.type,` · `,k(C.country)]})]}),actions:(0,Q.jsxs)(Q.Fragment,{children:[C.website&&(0,Q.jsxs)(`a`,{className:`btn`,href:o(C.website),target:`_blank`,rel:`noopener noreferrer`,children:[(0,Q.jsx)(i,{size:15,"aria-hidden":`true`}),` `,C.domain??`Website`,` `,(0,Q.jsx)(a,{size:13,"aria-hidden":`true`})]}),M&&(0,Q.jsx)(F,{variant:`primary`,icon:(0,Q.jsx)(H,{size:15,"aria-hidden":`true`}),onClick:()=>l(!0),children:`Edit partner`})]})}),(0,Q.jsxs)(`div`,{className:`stack`,children:[(0,Q.jsxs)(`div`,{className:`grid grid-3`,children:[(0,Q.jsx)(E,{title:`Details`,children:(0,Q.jsxs)(`dl`,{className:`dl`,children:[(0,Q.jsx)(`dt`,{children:`Type`}),(0,Q.jsx)(`dd`,{children:u[C.type]??C.type}),(0,Q.jsx)(`dt`,{children:`Region`}),(0,Q.jsx)(`dd`,{children:f[C.region]??C.region}),(0,Q.jsx)(`dt`,{children:`Country`}),(0,Q.jsx)(`dd`,{children:k(C.country)}),(0,Q.jsx)(`dt`,{children:`Industries`}),(0,Q.jsx)(`dd`,{children:C.verticals?.length?C.verticals.join(`, `):`—`}),(0,Q.jsx)(`dt`,{children:`Agreement signed`}),(0,Q.jsx)(`dd`,{children:p(C.contractSignedAt)}),(0,Q.jsx)(`dt`,{children:`First deal`}),(0,Q.jsx)(`dd`,{children:C.firstDealAt?p(C.firstDealAt):`Not yet`})]})}),(0,Q.jsx)(E,{title:`Tier`,children:N?(0,Q.jsxs)(Q.Fragment,{children:[(0,Q.jsxs)(`div`,{className:`row`,style:{marginBottom:12},children:[(0,Q.jsx)(B,{tier:N}),(0,Q.jsxs)(`span`,{className:`muted`,style:{fontSize:`0.85rem`},children:[`Rank `,N.rank]})]}),(0,Q.jsxs)(`dl`,{className:`dl`,children:[(0,Q.jsx)(`dt`,{children:`Discount`}),(0,Q.jsx)(`dd`,{children:I(N.discountBps)}),(0,Q.jsx)(`dt`,{children:`Rebate`}),(0,Q.jsx)(`dd`,{children:I(N.rebateBps)}),(0,Q.jsx)(`dt`,{children:`MDF per quarter`}),(0,Q.jsx)(`dd`,{children:d(N.mdfQuarterlyAllowance,N.currency)}),(0,Q.jsx)(`dt`,{children:`Deal protection`}),(0,Q.jsxs)(`dd`,{children:[N.dealProtectionDays,` days`]})]})]}):(0,Q.jsx)(`p`,{className:`muted`,children:`No tier assigned yet.`})}),(0,Q.jsx)(E,{title:`Partner account manager`,children:C.manager?(0,Q.jsxs)(`div`,{className:`person-card`,children:[(0,Q.jsx)(D,{name:C.manager.name,size:`lg`}),(0,Q.jsxs)(`div`,{style:{flex:1,minWidth:0},children:[(0,Q.jsxs)(`div`,{className:`cell-title`,children:[C.manager.name,C.manager.id===t.id&&(0,Q.jsx)(`span`,{className:`muted`,children:` (you)`})]}),(0,Q.jsx)(`div`,{className:`cell-sub`,children:C.manager.email})]}),(0,Q.jsx)(`a`,{className:`btn btn-sm btn-icon`,href:`mailto:${C.manager.email}`,"aria-label":`E-mail ${C.manager.name}`,children:(0,Q.jsx)(j,{size:14,"aria-hidden":`true`})})]}):(0,Q.jsx)(`p`,{className:`muted`,children:`Unassigned.`})})]}),(0,Q.jsx)(ee,{partner:C}),(0,Q.jsx)(E,{title:`People`,hint:`${O.length} ${O.length===1?`person has`:`people have`} access to the portal.`,flush:!0,children:O.length===0?(0,Q.jsx)(R,{icon:(0,Q.jsx)(P,{size:22}),title:`No users yet`,children:`The partner admin invites colleagues once the organisation is set up.`}):(0,Q.jsx)(`div`,{className:`table-wrap`,children:(0,Q.jsxs)(`table`,{className:`table table-cards`,"aria-label":`People of ${C.name}`,children:[(0,Q.jsx)(`thead`,{children:(0,Q.jsxs)(`tr`,{children:[(0,Q.jsx)(`th`,{scope:`col`,children:`Name`}),(0,Q.jsx)(`th`,{scope:`col`,children:`Role`}),(0,Q.jsx)(`th`,{scope:`col`,children:`Job`}),(0,Q.jsx)(`th`,{scope:`col`,children:`Status`}),(0,Q.jsx)(`th`,{scope:`col`,children:`Last sign-in`})]})}),(0,Q.jsx)(`tbody`,{children:O.map(e=>(0,Q.jsxs)(`tr`,{children:[(0,Q.jsx)(`td`,{children:(0,Q.jsxs)(`div`,{className:`cell-person`,children:[(0,Q.jsx)(D,{name:e.name,size:`sm`}),(0,Q.jsxs)(`div`,{children:[(0,Q.jsx)(`div`,{className:`cell-title`,children:e.name}),(0,Q.jsx)(`div`,{className:`cell-sub`,children:e.email})]})]})}),(0,Q.jsx)(`td`,{"data-label":`Role`,children:_[e.role]}),(0,Q.jsx)(`td`,{"data-label":`Job`,children:m(e.jobFunction)}),(0,Q.jsx)(`td`,{"data-label":`Status`,children:(0,Q.jsx)(x,{status:e.status,kind:`user`})}),(0,Q.jsx)(`td`,{"data-label":`Last sign-in`,children:v(e.lastLoginAt)})]},e.id))})]})})})]}),s&&(0,Q.jsx)(ae,{partner:C,canChangeManager:t.role===`ADMIN`,onClose:()=>l(!1)})]})}export{oe as default};