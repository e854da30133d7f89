import{a as e,n as t,t as n}from"./jsx-runtime-Wy9s6hX0.js";import{t as r}from"./external-link-Ciyo2gSs.js";import{t as i}from"./earth-DtWwPPTb.js";import{B as a,E as o,G as s,J as c,K as l,M as u,O as d,P as f,Q as p,S as m,St as h,Tt as g,U as _,X as v,Y as y,Z as b,_ as x,_t as S,a as C,c as w,ct as T,dt as E,f as D,g as O,h as k,j as A,l as j,m as M,n as N,p as ee,r as P,t as F,u as I,v as L,x as R,z}from"./index-C9DHBjs-.js";import{t as B}from"./pencil-CeINSkNT.js";import{r as V,t as H}from"./tiers-DGA8UBsV.js";import{t as U}from"./Dialog-DHavVwRx.js";import{n as W}from"./Field-BBwxRYMl.js";import{n as G,t as K}from"./DetailPage-8HD0O0J7.js";import{t as q}from"./shield-exclamation-point-Aq4IS7kL.js";import{t as J}from"./KeyDate-BAv0YdIi.js";import{n as Y}from"./status-BWZB4dU4.js";import{t as X}from"./connection-mmDI86VZ.js";var Z=e(t(),1),Q=`
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
    `,$=n();function te({partner:e}){let t={hasPartnerWith:[{id:e.id}]},n=P(Q,{where:t,submitted:{...t,status:`SUBMITTED`},approved:{...t,status:`APPROVED`},won:{...t,status:`WON`}}),r=n.data,i=X(r?.recent),a=Date.now();return(0,$.jsx)(x,{title:`Deals`,hint:r?`${A(r.recent.totalCount)} registrations · ${A(r.submitted.totalCount)} awaiting a decision · ${A(r.approved.totalCount)} protected · ${A(r.won.totalCount)} won`:`Registrations of this partner.`,actions:r&&r.recent.totalCount>0?(0,$.jsxs)(k,{size:`sm`,to:`/deals?partner=${encodeURIComponent(e.id)}`,children:[`All `,A(r.recent.totalCount),` deals`]}):void 0,flush:!0,children:n.isError?(0,$.jsx)(I,{error:n.error,onRetry:()=>void n.refetch()}):n.isPending?(0,$.jsx)(ee,{rows:4,columns:5}):i.length===0?(0,$.jsxs)(w,{icon:(0,$.jsx)(S,{size:22}),title:`No deals registered yet`,children:[e.name,`’s registrations appear here.`]}):(0,$.jsx)(`div`,{className:`table-wrap`,children:(0,$.jsxs)(`table`,{className:`table table-cards deal-table`,"aria-label":`Latest deals of ${e.name}`,children:[(0,$.jsx)(`thead`,{children:(0,$.jsxs)(`tr`,{children:[(0,$.jsx)(`th`,{scope:`col`,children:`Deal`}),(0,$.jsx)(`th`,{scope:`col`,className:`num`,children:`Amount`}),(0,$.jsx)(`th`,{scope:`col`,children:`Status`}),(0,$.jsx)(`th`,{scope:`col`,children:`Decision or protection`}),(0,$.jsx)(`th`,{scope:`col`,children:`Registered`})]})}),(0,$.jsx)(`tbody`,{children:i.map(e=>(0,$.jsxs)(`tr`,{children:[(0,$.jsxs)(`td`,{children:[(0,$.jsx)(h,{to:`/deals/${e.id}`,className:`cell-title`,children:e.title}),(0,$.jsx)(`div`,{className:`cell-sub`,children:e.customerName})]}),(0,$.jsx)(`td`,{"data-label":`Amount`,className:`num nowrap`,children:_(e.amount,e.currency)}),(0,$.jsx)(`td`,{"data-label":`Status`,children:(0,$.jsxs)(`span`,{className:`status-cell`,children:[(0,$.jsx)(Y,{status:e.status}),(e.conflicts??[]).length>0&&(0,$.jsxs)(`span`,{className:`flag`,title:`Conflicts flagged`,children:[(0,$.jsx)(q,{size:13,"aria-hidden":`true`}),(0,$.jsx)(`span`,{className:`visually-hidden`,children:`Conflicts flagged`})]})]})}),(0,$.jsx)(`td`,{"data-label":`Next`,children:(0,$.jsx)(J,{d:e,now:a})}),(0,$.jsxs)(`td`,{"data-label":`Registered`,children:[f(e.createdAt),(0,$.jsx)(`div`,{className:`cell-sub`,children:e.registeredBy.name})]})]},e.id))})]})})})}var ne=`
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
    `,ae=a(s);function oe({partner:e,canChangeManager:t,onClose:n}){let r=P(H,{}),i=P(re,{},{enabled:t}),[a,o]=(0,Z.useState)(e.tier?.id??``),[c,l]=(0,Z.useState)(e.status),[u,f]=(0,Z.useState)(e.manager?.id??``),p=N(ie),m=F(),h=e=>p.error instanceof d?p.error.fieldError(e):void 0;return(0,$.jsx)(U,{open:!0,onClose:n,title:`Edit ${e.name}`,description:`Tier, lifecycle status and who looks after this partner.`,onSubmit:()=>p.mutate({input:{id:e.id,status:c,...a&&a!==e.tier?.id?{tierId:a}:{},...t&&u&&u!==e.manager?.id?{managerId:u}:{}}},{onSuccess:()=>{m(`${e.name} updated`),n()}}),footer:(0,$.jsxs)($.Fragment,{children:[(0,$.jsx)(M,{onClick:n,children:`Cancel`}),(0,$.jsx)(M,{type:`submit`,variant:`primary`,loading:p.isPending,children:`Save changes`})]}),children:(0,$.jsxs)(`div`,{className:`stack`,style:{gap:16},children:[p.error&&!(p.error instanceof d&&p.error.fieldErrors.length)&&(0,$.jsx)(j,{error:p.error}),(0,$.jsxs)(W,{label:`Tier`,value:a,onChange:e=>o(e.target.value),error:h(`tierId`),children:[!e.tier&&(0,$.jsx)(`option`,{value:``,children:`No tier`}),V(X(r.data?.tiers)).map(e=>(0,$.jsx)(`option`,{value:e.id,children:e.name},e.id))]}),(0,$.jsx)(W,{label:`Status`,value:c,onChange:e=>l(e.target.value),error:h(`status`),children:ae.map(e=>(0,$.jsx)(`option`,{value:e,children:s[e]},e))}),t&&(0,$.jsxs)(W,{label:`Partner account manager`,value:u,onChange:e=>f(e.target.value),error:h(`managerId`),children:[!e.manager&&(0,$.jsx)(`option`,{value:``,children:`Unassigned`}),X(i.data?.users).map(e=>(0,$.jsxs)(`option`,{value:e.id,children:[e.name,` (`,b[e.role],`)`]},e.id))]})]})})}function se(){let{id:e=``}=g(),t=o(),n=P(ne,{id:e}),[a,s]=(0,Z.useState)(!1),d=n.data?.node,h=d?.__typename===`Partner`?d:void 0;C(h?.name??`Partner`);let S=(0,$.jsx)(K,{to:`/partners`,children:`Partners`});if(n.isError||n.isPending||!h)return(0,$.jsx)(G,{query:n,back:S,noun:`Partner`,titleWidth:260,loading:(0,$.jsxs)(`div`,{className:`grid grid-3`,children:[(0,$.jsx)(D,{height:260}),(0,$.jsx)(D,{height:260}),(0,$.jsx)(D,{height:260})]}),notFound:{title:`We couldn’t find this partner`,body:`It may have been removed, or the link may be wrong.`}});let k=X(h.users),A=t.role===`ADMIN`||t.role===`CHANNEL_MANAGER`&&h.manager?.id===t.id,j=h.tier;return(0,$.jsxs)($.Fragment,{children:[(0,$.jsx)(L,{eyebrow:S,title:h.name,subtitle:(0,$.jsxs)(`span`,{className:`row`,children:[(0,$.jsx)(m,{tier:j}),(0,$.jsx)(R,{status:h.status}),(0,$.jsxs)(`span`,{className:`muted`,children:[l[h.type]??h.type,` · `,u(h.country)]})]}),actions:(0,$.jsxs)($.Fragment,{children:[h.website&&(0,$.jsxs)(`a`,{className:`btn`,href:p(h.website),target:`_blank`,rel:`noopener noreferrer`,children:[(0,$.jsx)(i,{size:15,"aria-hidden":`true`}),` `,h.domain??`Website`,` `,(0,$.jsx)(r,{size:13,"aria-hidden":`true`})]}),A&&(0,$.jsx)(M,{variant:`primary`,icon:(0,$.jsx)(B,{size:15,"aria-hidden":`true`}),onClick:()=>s(!0),children:`Edit partner`})]})}),(0,$.jsxs)(`div`,{className:`stack`,children:[(0,$.jsxs)(`div`,{className:`grid grid-3`,children:[(0,$.jsx)(x,{title:`Details`,children:(0,$.jsxs)(`dl`,{className:`dl`,children:[(0,$.jsx)(`dt`,{children:`Type`}),(0,$.jsx)(`dd`,{children:l[h.type]??h.type}),(0,$.jsx)(`dt`,{children:`Region`}),(0,$.jsx)(`dd`,{children:y[h.region]??h.region}),(0,$.jsx)(`dt`,{children:`Country`}),(0,$.jsx)(`dd`,{children:u(h.country)}),(0,$.jsx)(`dt`,{children:`Industries`}),(0,$.jsx)(`dd`,{children:h.verticals?.length?h.verticals.join(`, `):`—`}),(0,$.jsx)(`dt`,{children:`Agreement signed`}),(0,$.jsx)(`dd`,{children:f(h.contractSignedAt)}),(0,$.jsx)(`dt`,{children:`First deal`}),(0,$.jsx)(`dd`,{children:h.firstDealAt?f(h.firstDealAt):`Not yet`})]})}),(0,$.jsx)(x,{title:`Tier`,children:j?(0,$.jsxs)($.Fragment,{children:[(0,$.jsxs)(`div`,{className:`row`,style:{marginBottom:12},children:[(0,$.jsx)(m,{tier:j}),(0,$.jsxs)(`span`,{className:`muted`,style:{fontSize:`0.85rem`},children:[`Rank `,j.rank]})]}),(0,$.jsxs)(`dl`,{className:`dl`,children:[(0,$.jsx)(`dt`,{children:`Discount`}),(0,$.jsx)(`dd`,{children:c(j.discountBps)}),(0,$.jsx)(`dt`,{children:`Rebate`}),(0,$.jsx)(`dd`,{children:c(j.rebateBps)}),(0,$.jsx)(`dt`,{children:`MDF per quarter`}),(0,$.jsx)(`dd`,{children:_(j.mdfQuarterlyAllowance,j.currency)}),(0,$.jsx)(`dt`,{children:`Deal protection`}),(0,$.jsxs)(`dd`,{children:[j.dealProtectionDays,` days`]})]})]}):(0,$.jsx)(`p`,{className:`muted`,children:`No tier assigned yet.`})}),(0,$.jsx)(x,{title:`Partner account manager`,children:h.manager?(0,$.jsxs)(`div`,{className:`person-card`,children:[(0,$.jsx)(O,{name:h.manager.name,size:`lg`}),(0,$.jsxs)(`div`,{style:{flex:1,minWidth:0},children:[(0,$.jsxs)(`div`,{className:`cell-title`,children:[h.manager.name,h.manager.id===t.id&&(0,$.jsx)(`span`,{className:`muted`,children:` (you)`})]}),(0,$.jsx)(`div`,{className:`cell-sub`,children:h.manager.email})]}),(0,$.jsx)(`a`,{className:`btn btn-sm btn-icon`,href:`mailto:${h.manager.email}`,"aria-label":`E-mail ${h.manager.name}`,children:(0,$.jsx)(E,{size:14,"aria-hidden":`true`})})]}):(0,$.jsx)(`p`,{className:`muted`,children:`Unassigned.`})})]}),(0,$.jsx)(te,{partner:h}),(0,$.jsx)(x,{title:`People`,hint:`${k.length} ${k.length===1?`person has`:`people have`} access to the portal.`,flush:!0,children:k.length===0?(0,$.jsx)(w,{icon:(0,$.jsx)(T,{size:22}),title:`No users yet`,children:`The partner admin invites colleagues once the organisation is set up.`}):(0,$.jsx)(`div`,{className:`table-wrap`,children:(0,$.jsxs)(`table`,{className:`table table-cards`,"aria-label":`People of ${h.name}`,children:[(0,$.jsx)(`thead`,{children:(0,$.jsxs)(`tr`,{children:[(0,$.jsx)(`th`,{scope:`col`,children:`Name`}),(0,$.jsx)(`th`,{scope:`col`,children:`Role`}),(0,$.jsx)(`th`,{scope:`col`,children:`Job`}),(0,$.jsx)(`th`,{scope:`col`,children:`Status`}),(0,$.jsx)(`th`,{scope:`col`,children:`Last sign-in`})]})}),(0,$.jsx)(`tbody`,{children:k.map(e=>(0,$.jsxs)(`tr`,{children:[(0,$.jsx)(`td`,{children:(0,$.jsxs)(`div`,{className:`cell-person`,children:[(0,$.jsx)(O,{name:e.name,size:`sm`}),(0,$.jsxs)(`div`,{children:[(0,$.jsx)(`div`,{className:`cell-title`,children:e.name}),(0,$.jsx)(`div`,{className:`cell-sub`,children:e.email})]})]})}),(0,$.jsx)(`td`,{"data-label":`Role`,children:b[e.role]}),(0,$.jsx)(`td`,{"data-label":`Job`,children:z(e.jobFunction)}),(0,$.jsx)(`td`,{"data-label":`Status`,children:(0,$.jsx)(R,{status:e.status,kind:`user`})}),(0,$.jsx)(`td`,{"data-label":`Last sign-in`,children:v(e.lastLoginAt)})]},e.id))})]})})})]}),a&&(0,$.jsx)(oe,{partner:h,canChangeManager:t.role===`ADMIN`,onClose:()=>s(!1)})]})}export{se as default};