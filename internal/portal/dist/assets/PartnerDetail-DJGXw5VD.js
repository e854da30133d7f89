import{a as e,n as t,t as n}from"./jsx-runtime-Wy9s6hX0.js";import{t as r}from"./external-link-W5UtzBbl.js";import{t as i}from"./earth-BP33tHXW.js";import{A as a,B as o,D as s,F as c,L as l,M as u,N as d,O as f,P as p,Q as m,S as h,T as g,U as _,X as v,a as y,d as b,g as x,j as ee,m as S,n as C,o as w,p as T,rt as E,s as D,t as O,u as k,x as A}from"./index-BQDEX3bK.js";import{t as j}from"./pencil-Czib8FWV.js";import{F as M,U as N,a as P,c as F,d as I,i as L,l as R,r as z,t as B,u as V,v as H}from"./usePageTitle-Duadk7S3.js";import{r as U,t as W}from"./tiers-DDAouvao.js";import{n as G,t as K}from"./DetailPage-C66vUkz2.js";import{t as q}from"./shield-exclamation-point-CE7q4IsS.js";import{t as J}from"./KeyDate-JnZtRibN.js";import{n as Y}from"./status-C-mRDouI.js";import{t as X}from"./connection-mmDI86VZ.js";var Z=e(t(),1),Q=`
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
    `,$=n();function te({partner:e}){let t={hasPartnerWith:[{id:e.id}]},n=C(Q,{where:t,submitted:{...t,status:`SUBMITTED`},approved:{...t,status:`APPROVED`},won:{...t,status:`WON`}}),r=n.data,i=X(r?.recent),a=Date.now();return(0,$.jsx)(w,{title:`Deals`,hint:r?`${T(r.recent.totalCount)} registrations · ${T(r.submitted.totalCount)} awaiting a decision · ${T(r.approved.totalCount)} protected · ${T(r.won.totalCount)} won`:`Registrations of this partner.`,actions:r&&r.recent.totalCount>0?(0,$.jsxs)(I,{size:`sm`,to:`/deals?partner=${encodeURIComponent(e.id)}`,children:[`All `,T(r.recent.totalCount),` deals`]}):void 0,flush:!0,children:n.isError?(0,$.jsx)(P,{error:n.error,onRetry:()=>void n.refetch()}):n.isPending?(0,$.jsx)(R,{rows:4,columns:5}):i.length===0?(0,$.jsxs)(z,{icon:(0,$.jsx)(E,{size:22}),title:`No deals registered yet`,children:[e.name,`’s registrations appear here.`]}):(0,$.jsx)(`div`,{className:`table-wrap`,children:(0,$.jsxs)(`table`,{className:`table table-cards deal-table`,"aria-label":`Latest deals of ${e.name}`,children:[(0,$.jsx)(`thead`,{children:(0,$.jsxs)(`tr`,{children:[(0,$.jsx)(`th`,{scope:`col`,children:`Deal`}),(0,$.jsx)(`th`,{scope:`col`,className:`num`,children:`Amount`}),(0,$.jsx)(`th`,{scope:`col`,children:`Status`}),(0,$.jsx)(`th`,{scope:`col`,children:`Decision or protection`}),(0,$.jsx)(`th`,{scope:`col`,children:`Registered`})]})}),(0,$.jsx)(`tbody`,{children:i.map(e=>(0,$.jsxs)(`tr`,{children:[(0,$.jsxs)(`td`,{children:[(0,$.jsx)(M,{to:`/deals/${e.id}`,className:`cell-title`,children:e.title}),(0,$.jsx)(`div`,{className:`cell-sub`,children:e.customerName})]}),(0,$.jsx)(`td`,{"data-label":`Amount`,className:`num nowrap`,children:g(e.amount,e.currency)}),(0,$.jsx)(`td`,{"data-label":`Status`,children:(0,$.jsxs)(`span`,{className:`status-cell`,children:[(0,$.jsx)(Y,{status:e.status}),(e.conflicts??[]).length>0&&(0,$.jsxs)(`span`,{className:`flag`,title:`Conflicts flagged`,children:[(0,$.jsx)(q,{size:13,"aria-hidden":`true`}),(0,$.jsx)(`span`,{className:`visually-hidden`,children:`Conflicts flagged`})]})]})}),(0,$.jsx)(`td`,{"data-label":`Next`,children:(0,$.jsx)(J,{d:e,now:a})}),(0,$.jsxs)(`td`,{"data-label":`Registered`,children:[x(e.createdAt),(0,$.jsx)(`div`,{className:`cell-sub`,children:e.registeredBy.name})]})]},e.id))})]})})})}var ne=`
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
  minApprovedRegistrations
  requiresManualCheck
  windowDays
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
    `,ae=h(s);function oe({partner:e,canChangeManager:t,onClose:n}){let r=C(W,{}),i=C(re,{},{enabled:t}),[a,u]=(0,Z.useState)(e.tier?.id??``),[f,p]=(0,Z.useState)(e.status),[m,h]=(0,Z.useState)(e.manager?.id??``),g=O(ie),_=c(),v=e=>g.error instanceof H?g.error.fieldError(e):void 0;return(0,$.jsx)(o,{open:!0,onClose:n,title:`Edit ${e.name}`,description:`Tier, lifecycle status and who looks after this partner.`,onSubmit:()=>g.mutate({input:{id:e.id,status:f,...a&&a!==e.tier?.id?{tierId:a}:{},...t&&m&&m!==e.manager?.id?{managerId:m}:{}}},{onSuccess:()=>{_(`${e.name} updated`),n()}}),footer:(0,$.jsxs)($.Fragment,{children:[(0,$.jsx)(V,{onClick:n,children:`Cancel`}),(0,$.jsx)(V,{type:`submit`,variant:`primary`,loading:g.isPending,children:`Save changes`})]}),children:(0,$.jsxs)(`div`,{className:`stack`,style:{gap:16},children:[g.error&&!(g.error instanceof H&&g.error.fieldErrors.length)&&(0,$.jsx)(L,{error:g.error}),(0,$.jsxs)(l,{label:`Tier`,value:a,onChange:e=>u(e.target.value),error:v(`tierId`),children:[!e.tier&&(0,$.jsx)(`option`,{value:``,children:`No tier`}),U(X(r.data?.tiers)).map(e=>(0,$.jsx)(`option`,{value:e.id,children:e.name},e.id))]}),(0,$.jsx)(l,{label:`Status`,value:f,onChange:e=>p(e.target.value),error:v(`status`),children:ae.map(e=>(0,$.jsx)(`option`,{value:e,children:s[e]},e))}),t&&(0,$.jsxs)(l,{label:`Partner account manager`,value:m,onChange:e=>h(e.target.value),error:v(`managerId`),children:[!e.manager&&(0,$.jsx)(`option`,{value:``,children:`Unassigned`}),X(i.data?.users).map(e=>(0,$.jsxs)(`option`,{value:e.id,children:[e.name,` (`,d[e.role],`)`]},e.id))]})]})})}function se(){let{id:e=``}=N(),t=_(),n=C(ne,{id:e}),[o,s]=(0,Z.useState)(!1),c=n.data?.node,l=c?.__typename===`Partner`?c:void 0;B(l?.name??`Partner`);let h=(0,$.jsx)(K,{to:`/partners`,children:`Partners`});if(n.isError||n.isPending||!l)return(0,$.jsx)(G,{query:n,back:h,noun:`Partner`,titleWidth:260,loading:(0,$.jsxs)(`div`,{className:`grid grid-3`,children:[(0,$.jsx)(F,{height:260}),(0,$.jsx)(F,{height:260}),(0,$.jsx)(F,{height:260})]}),notFound:{title:`We couldn’t find this partner`,body:`It may have been removed, or the link may be wrong.`}});let T=X(l.users),E=t.role===`ADMIN`||t.role===`CHANNEL_MANAGER`&&l.manager?.id===t.id,O=l.tier;return(0,$.jsxs)($.Fragment,{children:[(0,$.jsx)(D,{eyebrow:h,title:l.name,subtitle:(0,$.jsxs)(`span`,{className:`row`,children:[(0,$.jsx)(b,{tier:O}),(0,$.jsx)(k,{status:l.status}),(0,$.jsxs)(`span`,{className:`muted`,children:[f[l.type]??l.type,` · `,S(l.country)]})]}),actions:(0,$.jsxs)($.Fragment,{children:[l.website&&(0,$.jsxs)(`a`,{className:`btn`,href:p(l.website),target:`_blank`,rel:`noopener noreferrer`,children:[(0,$.jsx)(i,{size:15,"aria-hidden":`true`}),` `,l.domain??`Website`,` `,(0,$.jsx)(r,{size:13,"aria-hidden":`true`})]}),E&&(0,$.jsx)(V,{variant:`primary`,icon:(0,$.jsx)(j,{size:15,"aria-hidden":`true`}),onClick:()=>s(!0),children:`Edit partner`})]})}),(0,$.jsxs)(`div`,{className:`stack`,children:[(0,$.jsxs)(`div`,{className:`grid grid-3`,children:[(0,$.jsx)(w,{title:`Details`,children:(0,$.jsxs)(`dl`,{className:`dl`,children:[(0,$.jsx)(`dt`,{children:`Type`}),(0,$.jsx)(`dd`,{children:f[l.type]??l.type}),(0,$.jsx)(`dt`,{children:`Region`}),(0,$.jsx)(`dd`,{children:ee[l.region]??l.region}),(0,$.jsx)(`dt`,{children:`Country`}),(0,$.jsx)(`dd`,{children:S(l.country)}),(0,$.jsx)(`dt`,{children:`Industries`}),(0,$.jsx)(`dd`,{children:l.verticals?.length?l.verticals.join(`, `):`—`}),(0,$.jsx)(`dt`,{children:`Agreement signed`}),(0,$.jsx)(`dd`,{children:x(l.contractSignedAt)}),(0,$.jsx)(`dt`,{children:`First deal`}),(0,$.jsx)(`dd`,{children:l.firstDealAt?x(l.firstDealAt):`Not yet`})]})}),(0,$.jsx)(w,{title:`Tier`,children:O?(0,$.jsxs)($.Fragment,{children:[(0,$.jsxs)(`div`,{className:`row`,style:{marginBottom:12},children:[(0,$.jsx)(b,{tier:O}),(0,$.jsxs)(`span`,{className:`muted`,style:{fontSize:`0.85rem`},children:[`Rank `,O.rank]})]}),(0,$.jsxs)(`dl`,{className:`dl`,children:[(0,$.jsx)(`dt`,{children:`Discount`}),(0,$.jsx)(`dd`,{children:a(O.discountBps)}),(0,$.jsx)(`dt`,{children:`Rebate`}),(0,$.jsx)(`dd`,{children:a(O.rebateBps)}),(0,$.jsx)(`dt`,{children:`MDF per quarter`}),(0,$.jsx)(`dd`,{children:g(O.mdfQuarterlyAllowance,O.currency)}),(0,$.jsx)(`dt`,{children:`Deal protection`}),(0,$.jsxs)(`dd`,{children:[O.dealProtectionDays,` days`]})]})]}):(0,$.jsx)(`p`,{className:`muted`,children:`No tier assigned yet.`})}),(0,$.jsx)(w,{title:`Partner account manager`,children:l.manager?(0,$.jsxs)(`div`,{className:`person-card`,children:[(0,$.jsx)(y,{name:l.manager.name,size:`lg`}),(0,$.jsxs)(`div`,{style:{flex:1,minWidth:0},children:[(0,$.jsxs)(`div`,{className:`cell-title`,children:[l.manager.name,l.manager.id===t.id&&(0,$.jsx)(`span`,{className:`muted`,children:` (you)`})]}),(0,$.jsx)(`div`,{className:`cell-sub`,children:l.manager.email})]}),(0,$.jsx)(`a`,{className:`btn btn-sm btn-icon`,href:`mailto:${l.manager.email}`,"aria-label":`E-mail ${l.manager.name}`,children:(0,$.jsx)(m,{size:14,"aria-hidden":`true`})})]}):(0,$.jsx)(`p`,{className:`muted`,children:`Unassigned.`})})]}),(0,$.jsx)(te,{partner:l}),(0,$.jsx)(w,{title:`People`,hint:`${T.length} ${T.length===1?`person has`:`people have`} access to the portal.`,flush:!0,children:T.length===0?(0,$.jsx)(z,{icon:(0,$.jsx)(v,{size:22}),title:`No users yet`,children:`The partner admin invites colleagues once the organisation is set up.`}):(0,$.jsx)(`div`,{className:`table-wrap`,children:(0,$.jsxs)(`table`,{className:`table table-cards`,"aria-label":`People of ${l.name}`,children:[(0,$.jsx)(`thead`,{children:(0,$.jsxs)(`tr`,{children:[(0,$.jsx)(`th`,{scope:`col`,children:`Name`}),(0,$.jsx)(`th`,{scope:`col`,children:`Role`}),(0,$.jsx)(`th`,{scope:`col`,children:`Job`}),(0,$.jsx)(`th`,{scope:`col`,children:`Status`}),(0,$.jsx)(`th`,{scope:`col`,children:`Last sign-in`})]})}),(0,$.jsx)(`tbody`,{children:T.map(e=>(0,$.jsxs)(`tr`,{children:[(0,$.jsx)(`td`,{children:(0,$.jsxs)(`div`,{className:`cell-person`,children:[(0,$.jsx)(y,{name:e.name,size:`sm`}),(0,$.jsxs)(`div`,{children:[(0,$.jsx)(`div`,{className:`cell-title`,children:e.name}),(0,$.jsx)(`div`,{className:`cell-sub`,children:e.email})]})]})}),(0,$.jsx)(`td`,{"data-label":`Role`,children:d[e.role]}),(0,$.jsx)(`td`,{"data-label":`Job`,children:A(e.jobFunction)}),(0,$.jsx)(`td`,{"data-label":`Status`,children:(0,$.jsx)(k,{status:e.status,kind:`user`})}),(0,$.jsx)(`td`,{"data-label":`Last sign-in`,children:u(e.lastLoginAt)})]},e.id))})]})})})]}),o&&(0,$.jsx)(oe,{partner:l,canChangeManager:t.role===`ADMIN`,onClose:()=>s(!1)})]})}export{se as default};