import{a as e,n as t,t as n}from"./jsx-runtime-Wy9s6hX0.js";import{n as r,t as i,websiteHref as a}from"./Profile-DpDfnoBG.js";import{A as o,Ct as s,D as c,G as l,H as u,J as d,N as f,R as p,T as m,W as h,X as g,Y as _,_ as v,a as y,b,bt as x,c as S,d as C,f as w,g as T,h as E,ht as D,j as O,l as k,lt as A,m as j,n as M,ot as ee,p as N,q as P,r as F,s as I,t as L,x as R,z}from"./index-RnFRxBnP.js";import{t as B}from"./pencil-CeINSkNT.js";import{n as V,r as H}from"./tiers-BE-HxVTD.js";import{t as U}from"./Dialog-Da6cFw0e.js";import{n as W}from"./Field-BGjoe2Et.js";import{n as G,t as K}from"./DetailPage-D7sH5Nff.js";import{TierOptionsQuery as q}from"./PartnersList-yncy-fS4.js";import{t as J}from"./shield-exclamation-point-Aq4IS7kL.js";import{t as Y}from"./KeyDate-CW_Fku-S.js";import{n as X}from"./status-CGfLkKDH.js";var Z=e(t(),1),Q=n(),te=`
    query PartnerDeals($where: DealWhereInput!, $submitted: DealWhereInput!, $approved: DealWhereInput!, $won: DealWhereInput!) {
  recent: deals(
    first: 8
    orderBy: {field: CREATED_AT, direction: DESC}
    where: $where
  ) {
    totalCount
    edges {
      node {
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
          id
          name
        }
        conflicts {
          id
        }
      }
    }
  }
  submitted: deals(where: $submitted) {
    totalCount
  }
  approved: deals(where: $approved) {
    totalCount
  }
  won: deals(where: $won) {
    totalCount
  }
}
    `;function $({partner:e}){let t={hasPartnerWith:[{id:e.id}]},n=F(te,{where:t,submitted:{...t,status:`SUBMITTED`},approved:{...t,status:`APPROVED`},won:{...t,status:`WON`}}),r=n.data,i=V(r?.recent),a=Date.now();return(0,Q.jsx)(T,{title:`Deals`,hint:r?`${o(r.recent.totalCount)} registrations · ${o(r.submitted.totalCount)} awaiting a decision · ${o(r.approved.totalCount)} protected · ${o(r.won.totalCount)} won`:`Registrations of this partner.`,actions:r&&r.recent.totalCount>0?(0,Q.jsxs)(j,{size:`sm`,to:`/deals?partner=${encodeURIComponent(e.id)}`,children:[`All `,o(r.recent.totalCount),` deals`]}):void 0,flush:!0,children:n.isError?(0,Q.jsx)(k,{error:n.error,onRetry:()=>void n.refetch()}):n.isPending?(0,Q.jsx)(w,{rows:4,columns:5}):i.length===0?(0,Q.jsxs)(I,{icon:(0,Q.jsx)(D,{size:22}),title:`No deals registered yet`,children:[e.name,`’s registrations appear here.`]}):(0,Q.jsx)(`div`,{className:`table-wrap`,children:(0,Q.jsxs)(`table`,{className:`table table-cards deal-table`,"aria-label":`Latest deals of ${e.name}`,children:[(0,Q.jsx)(`thead`,{children:(0,Q.jsxs)(`tr`,{children:[(0,Q.jsx)(`th`,{scope:`col`,children:`Deal`}),(0,Q.jsx)(`th`,{scope:`col`,className:`num`,children:`Amount`}),(0,Q.jsx)(`th`,{scope:`col`,children:`Status`}),(0,Q.jsx)(`th`,{scope:`col`,children:`Decision or protection`}),(0,Q.jsx)(`th`,{scope:`col`,children:`Registered`})]})}),(0,Q.jsx)(`tbody`,{children:i.map(e=>(0,Q.jsxs)(`tr`,{children:[(0,Q.jsxs)(`td`,{children:[(0,Q.jsx)(x,{to:`/deals/${e.id}`,className:`cell-title`,children:e.title}),(0,Q.jsx)(`div`,{className:`cell-sub`,children:e.customerName})]}),(0,Q.jsx)(`td`,{"data-label":`Amount`,className:`num nowrap`,children:u(e.amount,e.currency)}),(0,Q.jsx)(`td`,{"data-label":`Status`,children:(0,Q.jsxs)(`span`,{className:`status-cell`,children:[(0,Q.jsx)(X,{status:e.status}),(e.conflicts??[]).length>0&&(0,Q.jsxs)(`span`,{className:`flag`,title:`Conflicts flagged`,children:[(0,Q.jsx)(J,{size:13,"aria-hidden":`true`}),(0,Q.jsx)(`span`,{className:`visually-hidden`,children:`Conflicts flagged`})]})]})}),(0,Q.jsx)(`td`,{"data-label":`Next`,children:(0,Q.jsx)(Y,{d:e,now:a})}),(0,Q.jsxs)(`td`,{"data-label":`Registered`,children:[f(e.createdAt),(0,Q.jsx)(`div`,{className:`cell-sub`,children:e.registeredBy.name})]})]},e.id))})]})})})}var ne=`
    query PartnerDetail($id: ID!) {
  node(id: $id) {
    __typename
    ... on Partner {
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
        ...TierFields
      }
      manager {
        id
        name
        email
      }
      users(first: 100, orderBy: {field: NAME, direction: ASC}) {
        totalCount
        edges {
          node {
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
}`,re=`
    query ManagerOptions {
  users(
    first: 100
    orderBy: {field: NAME, direction: ASC}
    where: {roleIn: [ADMIN, CHANNEL_MANAGER], status: ACTIVE}
  ) {
    edges {
      node {
        id
        name
        role
      }
    }
  }
}
    `,ie=`
    mutation UpdatePartnerAccount($input: UpdatePartnerInput!) {
  updatePartner(input: $input) {
    partner {
      id
      status
      tier {
        id
        name
        rank
      }
      manager {
        id
        name
        email
      }
    }
  }
}
    `,ae=z(h);function oe({partner:e,canChangeManager:t,onClose:n}){let r=F(q,{}),i=F(re,{},{enabled:t}),[a,o]=(0,Z.useState)(e.tier?.id??``),[s,l]=(0,Z.useState)(e.status),[u,d]=(0,Z.useState)(e.manager?.id??``),f=M(ie),p=L(),m=e=>f.error instanceof c?f.error.fieldError(e):void 0;return(0,Q.jsx)(U,{open:!0,onClose:n,title:`Edit ${e.name}`,description:`Tier, lifecycle status and who looks after this partner.`,onSubmit:()=>f.mutate({input:{id:e.id,status:s,...a&&a!==e.tier?.id?{tierId:a}:{},...t&&u&&u!==e.manager?.id?{managerId:u}:{}}},{onSuccess:()=>{p(`${e.name} updated`),n()}}),footer:(0,Q.jsxs)(Q.Fragment,{children:[(0,Q.jsx)(N,{onClick:n,children:`Cancel`}),(0,Q.jsx)(N,{type:`submit`,variant:`primary`,loading:f.isPending,children:`Save changes`})]}),children:(0,Q.jsxs)(`div`,{className:`stack`,style:{gap:16},children:[f.error&&!(f.error instanceof c&&f.error.fieldErrors.length)&&(0,Q.jsx)(S,{error:f.error}),(0,Q.jsxs)(W,{label:`Tier`,value:a,onChange:e=>o(e.target.value),error:m(`tierId`),children:[!e.tier&&(0,Q.jsx)(`option`,{value:``,children:`No tier`}),H(V(r.data?.tiers)).map(e=>(0,Q.jsx)(`option`,{value:e.id,children:e.name},e.id))]}),(0,Q.jsx)(W,{label:`Status`,value:s,onChange:e=>l(e.target.value),error:m(`status`),children:ae.map(e=>(0,Q.jsx)(`option`,{value:e,children:h[e]},e))}),t&&(0,Q.jsxs)(W,{label:`Partner account manager`,value:u,onChange:e=>d(e.target.value),error:m(`managerId`),children:[!e.manager&&(0,Q.jsx)(`option`,{value:``,children:`Unassigned`}),V(i.data?.users).map(e=>(0,Q.jsxs)(`option`,{value:e.id,children:[e.name,` (`,g[e.role],`)`]},e.id))]})]})})}function se(){let{id:e=``}=s(),t=m(),n=F(ne,{id:e}),[o,c]=(0,Z.useState)(!1),h=n.data?.node,x=h?.__typename===`Partner`?h:void 0;y(x?.name??`Partner`);let S=(0,Q.jsx)(K,{to:`/partners`,children:`Partners`});if(n.isError||n.isPending||!x)return(0,Q.jsx)(G,{query:n,back:S,noun:`Partner`,titleWidth:260,loading:(0,Q.jsxs)(`div`,{className:`grid grid-3`,children:[(0,Q.jsx)(C,{height:260}),(0,Q.jsx)(C,{height:260}),(0,Q.jsx)(C,{height:260})]}),notFound:{title:`We couldn’t find this partner`,body:`It may have been removed, or the link may be wrong.`}});let w=V(x.users),D=t.role===`ADMIN`||t.role===`CHANNEL_MANAGER`&&x.manager?.id===t.id,k=x.tier;return(0,Q.jsxs)(Q.Fragment,{children:[(0,Q.jsx)(v,{eyebrow:S,title:x.name,subtitle:(0,Q.jsxs)(`span`,{className:`row`,children:[(0,Q.jsx)(R,{tier:k}),(0,Q.jsx)(b,{status:x.status}),(0,Q.jsxs)(`span`,{className:`muted`,children:[l[x.type]??x.type,` · `,O(x.country)]})]}),actions:(0,Q.jsxs)(Q.Fragment,{children:[x.website&&(0,Q.jsxs)(`a`,{className:`btn`,href:a(x.website),target:`_blank`,rel:`noopener noreferrer`,children:[(0,Q.jsx)(r,{size:15,"aria-hidden":`true`}),` `,x.domain??`Website`,` `,(0,Q.jsx)(i,{size:13,"aria-hidden":`true`})]}),D&&(0,Q.jsx)(N,{variant:`primary`,icon:(0,Q.jsx)(B,{size:15,"aria-hidden":`true`}),onClick:()=>c(!0),children:`Edit partner`})]})}),(0,Q.jsxs)(`div`,{className:`stack`,children:[(0,Q.jsxs)(`div`,{className:`grid grid-3`,children:[(0,Q.jsx)(T,{title:`Details`,children:(0,Q.jsxs)(`dl`,{className:`dl`,children:[(0,Q.jsx)(`dt`,{children:`Type`}),(0,Q.jsx)(`dd`,{children:l[x.type]??x.type}),(0,Q.jsx)(`dt`,{children:`Region`}),(0,Q.jsx)(`dd`,{children:d[x.region]??x.region}),(0,Q.jsx)(`dt`,{children:`Country`}),(0,Q.jsx)(`dd`,{children:O(x.country)}),(0,Q.jsx)(`dt`,{children:`Industries`}),(0,Q.jsx)(`dd`,{children:x.verticals?.length?x.verticals.join(`, `):`—`}),(0,Q.jsx)(`dt`,{children:`Agreement signed`}),(0,Q.jsx)(`dd`,{children:f(x.contractSignedAt)}),(0,Q.jsx)(`dt`,{children:`First deal`}),(0,Q.jsx)(`dd`,{children:x.firstDealAt?f(x.firstDealAt):`Not yet`})]})}),(0,Q.jsx)(T,{title:`Tier`,children:k?(0,Q.jsxs)(Q.Fragment,{children:[(0,Q.jsxs)(`div`,{className:`row`,style:{marginBottom:12},children:[(0,Q.jsx)(R,{tier:k}),(0,Q.jsxs)(`span`,{className:`muted`,style:{fontSize:`0.85rem`},children:[`Rank `,k.rank]})]}),(0,Q.jsxs)(`dl`,{className:`dl`,children:[(0,Q.jsx)(`dt`,{children:`Discount`}),(0,Q.jsx)(`dd`,{children:P(k.discountBps)}),(0,Q.jsx)(`dt`,{children:`Rebate`}),(0,Q.jsx)(`dd`,{children:P(k.rebateBps)}),(0,Q.jsx)(`dt`,{children:`MDF per quarter`}),(0,Q.jsx)(`dd`,{children:u(k.mdfQuarterlyAllowance,k.currency)}),(0,Q.jsx)(`dt`,{children:`Deal protection`}),(0,Q.jsxs)(`dd`,{children:[k.dealProtectionDays,` days`]})]})]}):(0,Q.jsx)(`p`,{className:`muted`,children:`No tier assigned yet.`})}),(0,Q.jsx)(T,{title:`Partner account manager`,children:x.manager?(0,Q.jsxs)(`div`,{className:`person-card`,children:[(0,Q.jsx)(E,{name:x.manager.name,size:`lg`}),(0,Q.jsxs)(`div`,{style:{flex:1,minWidth:0},children:[(0,Q.jsxs)(`div`,{className:`cell-title`,children:[x.manager.name,x.manager.id===t.id&&(0,Q.jsx)(`span`,{className:`muted`,children:` (you)`})]}),(0,Q.jsx)(`div`,{className:`cell-sub`,children:x.manager.email})]}),(0,Q.jsx)(`a`,{className:`btn btn-sm btn-icon`,href:`mailto:${x.manager.email}`,"aria-label":`E-mail ${x.manager.name}`,children:(0,Q.jsx)(A,{size:14,"aria-hidden":`true`})})]}):(0,Q.jsx)(`p`,{className:`muted`,children:`Unassigned.`})})]}),(0,Q.jsx)($,{partner:x}),(0,Q.jsx)(T,{title:`People`,hint:`${w.length} ${w.length===1?`person has`:`people have`} access to the portal.`,flush:!0,children:w.length===0?(0,Q.jsx)(I,{icon:(0,Q.jsx)(ee,{size:22}),title:`No users yet`,children:`The partner admin invites colleagues once the organisation is set up.`}):(0,Q.jsx)(`div`,{className:`table-wrap`,children:(0,Q.jsxs)(`table`,{className:`table table-cards`,"aria-label":`People of ${x.name}`,children:[(0,Q.jsx)(`thead`,{children:(0,Q.jsxs)(`tr`,{children:[(0,Q.jsx)(`th`,{scope:`col`,children:`Name`}),(0,Q.jsx)(`th`,{scope:`col`,children:`Role`}),(0,Q.jsx)(`th`,{scope:`col`,children:`Job`}),(0,Q.jsx)(`th`,{scope:`col`,children:`Status`}),(0,Q.jsx)(`th`,{scope:`col`,children:`Last sign-in`})]})}),(0,Q.jsx)(`tbody`,{children:w.map(e=>(0,Q.jsxs)(`tr`,{children:[(0,Q.jsx)(`td`,{children:(0,Q.jsxs)(`div`,{className:`cell-person`,children:[(0,Q.jsx)(E,{name:e.name,size:`sm`}),(0,Q.jsxs)(`div`,{children:[(0,Q.jsx)(`div`,{className:`cell-title`,children:e.name}),(0,Q.jsx)(`div`,{className:`cell-sub`,children:e.email})]})]})}),(0,Q.jsx)(`td`,{"data-label":`Role`,children:g[e.role]}),(0,Q.jsx)(`td`,{"data-label":`Job`,children:p(e.jobFunction)}),(0,Q.jsx)(`td`,{"data-label":`Status`,children:(0,Q.jsx)(b,{status:e.status,kind:`user`})}),(0,Q.jsx)(`td`,{"data-label":`Last sign-in`,children:_(e.lastLoginAt)})]},e.id))})]})})})]}),o&&(0,Q.jsx)(oe,{partner:x,canChangeManager:t.role===`ADMIN`,onClose:()=>c(!1)})]})}export{se as default};