import{a as e,n as t,t as n}from"./jsx-runtime-Wy9s6hX0.js";import{t as r}from"./external-link-tf2Sdcmb.js";import{A as i,B as a,D as o,F as s,L as c,M as l,N as u,O as d,P as f,Q as p,S as m,T as h,U as g,X as _,a as v,c as y,d as b,f as x,g as S,i as C,it as w,j as T,l as E,m as D,p as O,r as k,tt as ee,x as A}from"./index-BXPvD-XQ.js";import{t as j}from"./earth-5148pOQI.js";import{t as M}from"./pencil-_hh4czAU.js";import{I as N,W as te,a as ne,c as P,d as F,i as I,l as L,r as R,t as z,u as B,v as V}from"./usePageTitle-j74F2IpS.js";import{r as H,t as U}from"./tiers-CUas__ds.js";import{n as W,t as G}from"./DetailPage-j7PR7bzb.js";import{t as K}from"./shield-exclamation-point-BK4S9m6m.js";import{t as q}from"./ExportButton-Ct1ODxtI.js";import{t as J}from"./KeyDate-6GHrTzzc.js";import{n as Y}from"./status-D5ZkbJqh.js";import{t as X}from"./connection-mmDI86VZ.js";var Z=e(t(),1),re=`
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
    `,Q=n();function ie({partner:e}){let t={hasPartnerWith:[{id:e.id}]},n=x(re,{where:t,submitted:{...t,status:`SUBMITTED`},approved:{...t,status:`APPROVED`},won:{...t,status:`WON`}}),r=n.data,i=X(r?.recent),a=Date.now();return(0,Q.jsxs)(C,{title:`Deals`,hint:r?`${O(r.recent.totalCount)} registrations · ${O(r.submitted.totalCount)} awaiting a decision · ${O(r.approved.totalCount)} protected · ${O(r.won.totalCount)} won`:`Registrations of this partner.`,actions:r&&r.recent.totalCount>0?(0,Q.jsxs)(F,{size:`sm`,to:`/deals?partner=${encodeURIComponent(e.id)}`,children:[`All `,O(r.recent.totalCount),` deals`]}):void 0,flush:!0,children:[n.isError?(0,Q.jsx)(ne,{error:n.error,onRetry:()=>void n.refetch()}):n.isPending?(0,Q.jsx)(L,{rows:4,columns:5}):i.length===0?(0,Q.jsxs)(R,{icon:(0,Q.jsx)(w,{size:22}),title:`No deals registered yet`,children:[e.name,`’s registrations appear here.`]}):(0,Q.jsx)(`div`,{className:`table-wrap`,children:(0,Q.jsxs)(`table`,{className:`table table-cards deal-table`,"aria-label":`Latest deals of ${e.name}`,children:[(0,Q.jsx)(`thead`,{children:(0,Q.jsxs)(`tr`,{children:[(0,Q.jsx)(`th`,{scope:`col`,children:`Deal`}),(0,Q.jsx)(`th`,{scope:`col`,className:`num`,children:`Amount`}),(0,Q.jsx)(`th`,{scope:`col`,children:`Status`}),(0,Q.jsx)(`th`,{scope:`col`,children:`Decision or protection`}),(0,Q.jsx)(`th`,{scope:`col`,children:`Registered`})]})}),(0,Q.jsx)(`tbody`,{children:i.map(e=>(0,Q.jsxs)(`tr`,{children:[(0,Q.jsxs)(`td`,{children:[(0,Q.jsx)(N,{to:`/deals/${e.id}`,className:`cell-title`,children:e.title}),(0,Q.jsx)(`div`,{className:`cell-sub`,children:e.customerName})]}),(0,Q.jsx)(`td`,{"data-label":`Amount`,className:`num nowrap`,children:h(e.amount,e.currency)}),(0,Q.jsx)(`td`,{"data-label":`Status`,children:(0,Q.jsxs)(`span`,{className:`status-cell`,children:[(0,Q.jsx)(Y,{status:e.status}),(e.conflicts??[]).length>0&&(0,Q.jsxs)(`span`,{className:`flag`,title:`Conflicts flagged`,children:[(0,Q.jsx)(K,{size:13,"aria-hidden":`true`}),(0,Q.jsx)(`span`,{className:`visually-hidden`,children:`Conflicts flagged`})]})]})}),(0,Q.jsx)(`td`,{"data-label":`Next`,children:(0,Q.jsx)(J,{d:e,now:a})}),(0,Q.jsxs)(`td`,{"data-label":`Registered`,children:[S(e.createdAt),(0,Q.jsx)(`div`,{className:`cell-sub`,children:e.registeredBy.name})]})]},e.id))})]})}),i.length>0&&(0,Q.jsx)(q,{csv:{list:`deals`,fields:[`title`,`customerName`,`amount`,`currency`,`status`,`decisionDueAt`,`protectionExpiresAt`,`createdAt`,`registeredBy.name`],where:t,orderBy:{field:`CREATED_AT`,direction:`DESC`}}})]})}var ae=`
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
}`,oe=`
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
    `,se=`
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
    `,ce=m(o);function le({partner:e,canChangeManager:t,onClose:n}){let r=x(U,{}),i=x(oe,{},{enabled:t}),[l,d]=(0,Z.useState)(e.tier?.id??``),[f,p]=(0,Z.useState)(e.status),[m,h]=(0,Z.useState)(e.manager?.id??``),g=b(se),_=s(),v=e=>g.error instanceof V?g.error.fieldError(e):void 0;return(0,Q.jsx)(a,{open:!0,onClose:n,title:`Edit ${e.name}`,description:`Tier, lifecycle status and who looks after this partner.`,onSubmit:()=>g.mutate({input:{id:e.id,status:f,...l&&l!==e.tier?.id?{tierId:l}:{},...t&&m&&m!==e.manager?.id?{managerId:m}:{}}},{onSuccess:()=>{_(`${e.name} updated`),n()}}),footer:(0,Q.jsxs)(Q.Fragment,{children:[(0,Q.jsx)(B,{onClick:n,children:`Cancel`}),(0,Q.jsx)(B,{type:`submit`,variant:`primary`,loading:g.isPending,children:`Save changes`})]}),children:(0,Q.jsxs)(`div`,{className:`stack`,style:{gap:16},children:[g.error&&!(g.error instanceof V&&g.error.fieldErrors.length)&&(0,Q.jsx)(I,{error:g.error}),(0,Q.jsxs)(c,{label:`Tier`,value:l,onChange:e=>d(e.target.value),error:v(`tierId`),children:[!e.tier&&(0,Q.jsx)(`option`,{value:``,children:`No tier`}),H(X(r.data?.tiers)).map(e=>(0,Q.jsx)(`option`,{value:e.id,children:e.name},e.id))]}),(0,Q.jsx)(c,{label:`Status`,value:f,onChange:e=>p(e.target.value),error:v(`status`),children:ce.map(e=>(0,Q.jsx)(`option`,{value:e,children:o[e]},e))}),t&&(0,Q.jsxs)(c,{label:`Partner account manager`,value:m,onChange:e=>h(e.target.value),error:v(`managerId`),children:[!e.manager&&(0,Q.jsx)(`option`,{value:``,children:`Unassigned`}),X(i.data?.users).map(e=>(0,Q.jsxs)(`option`,{value:e.id,children:[e.name,` (`,u[e.role],`)`]},e.id))]})]})})}function $(){let{id:e=``}=te(),t=g(),n=x(ae,{id:e}),[a,o]=(0,Z.useState)(!1),s=n.data?.node,c=s?.__typename===`Partner`?s:void 0;z(c?.name??`Partner`);let m=(0,Q.jsx)(G,{to:`/partners`,children:`Partners`});if(n.isError||n.isPending||!c)return(0,Q.jsx)(W,{query:n,back:m,noun:`Partner`,titleWidth:260,loading:(0,Q.jsxs)(`div`,{className:`grid grid-3`,children:[(0,Q.jsx)(P,{height:260}),(0,Q.jsx)(P,{height:260}),(0,Q.jsx)(P,{height:260})]}),notFound:{title:`We couldn’t find this partner`,body:`It may have been removed, or the link may be wrong.`}});let b=X(c.users),w=t.role===`ADMIN`||t.role===`CHANNEL_MANAGER`&&c.manager?.id===t.id,O=c.tier;return(0,Q.jsxs)(Q.Fragment,{children:[(0,Q.jsx)(v,{eyebrow:m,title:c.name,subtitle:(0,Q.jsxs)(`span`,{className:`row`,children:[(0,Q.jsx)(E,{tier:O}),(0,Q.jsx)(y,{status:c.status}),(0,Q.jsxs)(`span`,{className:`muted`,children:[d[c.type]??c.type,` · `,D(c.country)]})]}),actions:(0,Q.jsxs)(Q.Fragment,{children:[c.website&&(0,Q.jsxs)(`a`,{className:`btn`,href:f(c.website),target:`_blank`,rel:`noopener noreferrer`,children:[(0,Q.jsx)(j,{size:15,"aria-hidden":`true`}),` `,c.domain??`Website`,` `,(0,Q.jsx)(r,{size:13,"aria-hidden":`true`})]}),(0,Q.jsxs)(N,{className:`btn`,to:`/scorecard/${c.id}`,children:[(0,Q.jsx)(ee,{size:15,"aria-hidden":`true`}),` Scorecard`]}),w&&(0,Q.jsx)(B,{variant:`primary`,icon:(0,Q.jsx)(M,{size:15,"aria-hidden":`true`}),onClick:()=>o(!0),children:`Edit partner`})]})}),(0,Q.jsxs)(`div`,{className:`stack`,children:[(0,Q.jsxs)(`div`,{className:`grid grid-3`,children:[(0,Q.jsx)(C,{title:`Details`,children:(0,Q.jsxs)(`dl`,{className:`dl`,children:[(0,Q.jsx)(`dt`,{children:`Type`}),(0,Q.jsx)(`dd`,{children:d[c.type]??c.type}),(0,Q.jsx)(`dt`,{children:`Region`}),(0,Q.jsx)(`dd`,{children:T[c.region]??c.region}),(0,Q.jsx)(`dt`,{children:`Country`}),(0,Q.jsx)(`dd`,{children:D(c.country)}),(0,Q.jsx)(`dt`,{children:`Industries`}),(0,Q.jsx)(`dd`,{children:c.verticals?.length?c.verticals.join(`, `):`—`}),(0,Q.jsx)(`dt`,{children:`Agreement signed`}),(0,Q.jsx)(`dd`,{children:S(c.contractSignedAt)}),(0,Q.jsx)(`dt`,{children:`First deal`}),(0,Q.jsx)(`dd`,{children:c.firstDealAt?S(c.firstDealAt):`Not yet`})]})}),(0,Q.jsx)(C,{title:`Tier`,children:O?(0,Q.jsxs)(Q.Fragment,{children:[(0,Q.jsxs)(`div`,{className:`row`,style:{marginBottom:12},children:[(0,Q.jsx)(E,{tier:O}),(0,Q.jsxs)(`span`,{className:`muted`,style:{fontSize:`0.85rem`},children:[`Rank `,O.rank]})]}),(0,Q.jsxs)(`dl`,{className:`dl`,children:[(0,Q.jsx)(`dt`,{children:`Discount`}),(0,Q.jsx)(`dd`,{children:i(O.discountBps)}),(0,Q.jsx)(`dt`,{children:`Rebate`}),(0,Q.jsx)(`dd`,{children:i(O.rebateBps)}),(0,Q.jsx)(`dt`,{children:`MDF per quarter`}),(0,Q.jsx)(`dd`,{children:h(O.mdfQuarterlyAllowance,O.currency)}),(0,Q.jsx)(`dt`,{children:`Deal protection`}),(0,Q.jsxs)(`dd`,{children:[O.dealProtectionDays,` days`]})]})]}):(0,Q.jsx)(`p`,{className:`muted`,children:`No tier assigned yet.`})}),(0,Q.jsx)(C,{title:`Partner account manager`,children:c.manager?(0,Q.jsxs)(`div`,{className:`person-card`,children:[(0,Q.jsx)(k,{name:c.manager.name,size:`lg`}),(0,Q.jsxs)(`div`,{style:{flex:1,minWidth:0},children:[(0,Q.jsxs)(`div`,{className:`cell-title`,children:[c.manager.name,c.manager.id===t.id&&(0,Q.jsx)(`span`,{className:`muted`,children:` (you)`})]}),(0,Q.jsx)(`div`,{className:`cell-sub`,children:c.manager.email})]}),(0,Q.jsx)(`a`,{className:`btn btn-sm btn-icon`,href:`mailto:${c.manager.email}`,"aria-label":`E-mail ${c.manager.name}`,children:(0,Q.jsx)(p,{size:14,"aria-hidden":`true`})})]}):(0,Q.jsx)(`p`,{className:`muted`,children:`Unassigned.`})})]}),(0,Q.jsx)(ie,{partner:c}),(0,Q.jsx)(C,{title:`People`,hint:`${b.length} ${b.length===1?`person has`:`people have`} access to the portal.`,flush:!0,children:b.length===0?(0,Q.jsx)(R,{icon:(0,Q.jsx)(_,{size:22}),title:`No users yet`,children:`The partner admin invites colleagues once the organisation is set up.`}):(0,Q.jsx)(`div`,{className:`table-wrap`,children:(0,Q.jsxs)(`table`,{className:`table table-cards`,"aria-label":`People of ${c.name}`,children:[(0,Q.jsx)(`thead`,{children:(0,Q.jsxs)(`tr`,{children:[(0,Q.jsx)(`th`,{scope:`col`,children:`Name`}),(0,Q.jsx)(`th`,{scope:`col`,children:`Role`}),(0,Q.jsx)(`th`,{scope:`col`,children:`Job`}),(0,Q.jsx)(`th`,{scope:`col`,children:`Status`}),(0,Q.jsx)(`th`,{scope:`col`,children:`Last sign-in`})]})}),(0,Q.jsx)(`tbody`,{children:b.map(e=>(0,Q.jsxs)(`tr`,{children:[(0,Q.jsx)(`td`,{children:(0,Q.jsxs)(`div`,{className:`cell-person`,children:[(0,Q.jsx)(k,{name:e.name,size:`sm`}),(0,Q.jsxs)(`div`,{children:[(0,Q.jsx)(`div`,{className:`cell-title`,children:e.name}),(0,Q.jsx)(`div`,{className:`cell-sub`,children:e.email})]})]})}),(0,Q.jsx)(`td`,{"data-label":`Role`,children:u[e.role]}),(0,Q.jsx)(`td`,{"data-label":`Job`,children:A(e.jobFunction)}),(0,Q.jsx)(`td`,{"data-label":`Status`,children:(0,Q.jsx)(y,{status:e.status,kind:`user`})}),(0,Q.jsx)(`td`,{"data-label":`Last sign-in`,children:l(e.lastLoginAt)})]},e.id))})]})})})]}),a&&(0,Q.jsx)(le,{partner:c,canChangeManager:t.role===`ADMIN`,onClose:()=>o(!1)})]})}export{$ as default};