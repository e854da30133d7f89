import{a as e,n as t,t as n}from"./jsx-runtime-Wy9s6hX0.js";import{t as r}from"./external-link-Ciyo2gSs.js";import{t as i}from"./earth-DtWwPPTb.js";import{$ as a,B as o,E as s,F as c,K as l,M as u,N as d,Ot as f,Q as p,S as m,Tt as h,V as g,W as _,X as v,Y as y,Z as b,_ as x,a as S,c as C,f as w,g as T,h as E,k as D,l as O,m as k,n as A,p as j,pt as M,q as N,r as P,t as ee,u as F,ut as I,v as L,x as R,yt as z}from"./index-BtfVeBhV.js";import{t as B}from"./pencil-CeINSkNT.js";import{r as V,t as H}from"./tiers-pg3yOLsC.js";import{t as U}from"./Dialog-DigcHBvN.js";import{n as W}from"./Field-BPpLB17Z.js";import{n as G,t as K}from"./DetailPage-CjYpb66G.js";import{t as q}from"./shield-exclamation-point-Aq4IS7kL.js";import{t as J}from"./KeyDate-h49w5Pwp.js";import{n as Y}from"./status-DHzWpM1n.js";import{t as X}from"./connection-mmDI86VZ.js";var Z=e(t(),1),Q=`
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
    `,$=n();function te({partner:e}){let t={hasPartnerWith:[{id:e.id}]},n=P(Q,{where:t,submitted:{...t,status:`SUBMITTED`},approved:{...t,status:`APPROVED`},won:{...t,status:`WON`}}),r=n.data,i=X(r?.recent),a=Date.now();return(0,$.jsx)(x,{title:`Deals`,hint:r?`${u(r.recent.totalCount)} registrations · ${u(r.submitted.totalCount)} awaiting a decision · ${u(r.approved.totalCount)} protected · ${u(r.won.totalCount)} won`:`Registrations of this partner.`,actions:r&&r.recent.totalCount>0?(0,$.jsxs)(E,{size:`sm`,to:`/deals?partner=${encodeURIComponent(e.id)}`,children:[`All `,u(r.recent.totalCount),` deals`]}):void 0,flush:!0,children:n.isError?(0,$.jsx)(F,{error:n.error,onRetry:()=>void n.refetch()}):n.isPending?(0,$.jsx)(j,{rows:4,columns:5}):i.length===0?(0,$.jsxs)(C,{icon:(0,$.jsx)(z,{size:22}),title:`No deals registered yet`,children:[e.name,`’s registrations appear here.`]}):(0,$.jsx)(`div`,{className:`table-wrap`,children:(0,$.jsxs)(`table`,{className:`table table-cards deal-table`,"aria-label":`Latest deals of ${e.name}`,children:[(0,$.jsx)(`thead`,{children:(0,$.jsxs)(`tr`,{children:[(0,$.jsx)(`th`,{scope:`col`,children:`Deal`}),(0,$.jsx)(`th`,{scope:`col`,className:`num`,children:`Amount`}),(0,$.jsx)(`th`,{scope:`col`,children:`Status`}),(0,$.jsx)(`th`,{scope:`col`,children:`Decision or protection`}),(0,$.jsx)(`th`,{scope:`col`,children:`Registered`})]})}),(0,$.jsx)(`tbody`,{children:i.map(e=>(0,$.jsxs)(`tr`,{children:[(0,$.jsxs)(`td`,{children:[(0,$.jsx)(h,{to:`/deals/${e.id}`,className:`cell-title`,children:e.title}),(0,$.jsx)(`div`,{className:`cell-sub`,children:e.customerName})]}),(0,$.jsx)(`td`,{"data-label":`Amount`,className:`num nowrap`,children:_(e.amount,e.currency)}),(0,$.jsx)(`td`,{"data-label":`Status`,children:(0,$.jsxs)(`span`,{className:`status-cell`,children:[(0,$.jsx)(Y,{status:e.status}),(e.conflicts??[]).length>0&&(0,$.jsxs)(`span`,{className:`flag`,title:`Conflicts flagged`,children:[(0,$.jsx)(q,{size:13,"aria-hidden":`true`}),(0,$.jsx)(`span`,{className:`visually-hidden`,children:`Conflicts flagged`})]})]})}),(0,$.jsx)(`td`,{"data-label":`Next`,children:(0,$.jsx)(J,{d:e,now:a})}),(0,$.jsxs)(`td`,{"data-label":`Registered`,children:[c(e.createdAt),(0,$.jsx)(`div`,{className:`cell-sub`,children:e.registeredBy.name})]})]},e.id))})]})})})}var ne=`
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
    `,ae=g(l);function oe({partner:e,canChangeManager:t,onClose:n}){let r=P(H,{}),i=P(re,{},{enabled:t}),[a,o]=(0,Z.useState)(e.tier?.id??``),[s,c]=(0,Z.useState)(e.status),[u,d]=(0,Z.useState)(e.manager?.id??``),f=A(ie),m=ee(),h=e=>f.error instanceof D?f.error.fieldError(e):void 0;return(0,$.jsx)(U,{open:!0,onClose:n,title:`Edit ${e.name}`,description:`Tier, lifecycle status and who looks after this partner.`,onSubmit:()=>f.mutate({input:{id:e.id,status:s,...a&&a!==e.tier?.id?{tierId:a}:{},...t&&u&&u!==e.manager?.id?{managerId:u}:{}}},{onSuccess:()=>{m(`${e.name} updated`),n()}}),footer:(0,$.jsxs)($.Fragment,{children:[(0,$.jsx)(k,{onClick:n,children:`Cancel`}),(0,$.jsx)(k,{type:`submit`,variant:`primary`,loading:f.isPending,children:`Save changes`})]}),children:(0,$.jsxs)(`div`,{className:`stack`,style:{gap:16},children:[f.error&&!(f.error instanceof D&&f.error.fieldErrors.length)&&(0,$.jsx)(O,{error:f.error}),(0,$.jsxs)(W,{label:`Tier`,value:a,onChange:e=>o(e.target.value),error:h(`tierId`),children:[!e.tier&&(0,$.jsx)(`option`,{value:``,children:`No tier`}),V(X(r.data?.tiers)).map(e=>(0,$.jsx)(`option`,{value:e.id,children:e.name},e.id))]}),(0,$.jsx)(W,{label:`Status`,value:s,onChange:e=>c(e.target.value),error:h(`status`),children:ae.map(e=>(0,$.jsx)(`option`,{value:e,children:l[e]},e))}),t&&(0,$.jsxs)(W,{label:`Partner account manager`,value:u,onChange:e=>d(e.target.value),error:h(`managerId`),children:[!e.manager&&(0,$.jsx)(`option`,{value:``,children:`Unassigned`}),X(i.data?.users).map(e=>(0,$.jsxs)(`option`,{value:e.id,children:[e.name,` (`,p[e.role],`)`]},e.id))]})]})})}function se(){let{id:e=``}=f(),t=s(),n=P(ne,{id:e}),[l,u]=(0,Z.useState)(!1),h=n.data?.node,g=h?.__typename===`Partner`?h:void 0;S(g?.name??`Partner`);let E=(0,$.jsx)(K,{to:`/partners`,children:`Partners`});if(n.isError||n.isPending||!g)return(0,$.jsx)(G,{query:n,back:E,noun:`Partner`,titleWidth:260,loading:(0,$.jsxs)(`div`,{className:`grid grid-3`,children:[(0,$.jsx)(w,{height:260}),(0,$.jsx)(w,{height:260}),(0,$.jsx)(w,{height:260})]}),notFound:{title:`We couldn’t find this partner`,body:`It may have been removed, or the link may be wrong.`}});let D=X(g.users),O=t.role===`ADMIN`||t.role===`CHANNEL_MANAGER`&&g.manager?.id===t.id,A=g.tier;return(0,$.jsxs)($.Fragment,{children:[(0,$.jsx)(L,{eyebrow:E,title:g.name,subtitle:(0,$.jsxs)(`span`,{className:`row`,children:[(0,$.jsx)(m,{tier:A}),(0,$.jsx)(R,{status:g.status}),(0,$.jsxs)(`span`,{className:`muted`,children:[N[g.type]??g.type,` · `,d(g.country)]})]}),actions:(0,$.jsxs)($.Fragment,{children:[g.website&&(0,$.jsxs)(`a`,{className:`btn`,href:a(g.website),target:`_blank`,rel:`noopener noreferrer`,children:[(0,$.jsx)(i,{size:15,"aria-hidden":`true`}),` `,g.domain??`Website`,` `,(0,$.jsx)(r,{size:13,"aria-hidden":`true`})]}),O&&(0,$.jsx)(k,{variant:`primary`,icon:(0,$.jsx)(B,{size:15,"aria-hidden":`true`}),onClick:()=>u(!0),children:`Edit partner`})]})}),(0,$.jsxs)(`div`,{className:`stack`,children:[(0,$.jsxs)(`div`,{className:`grid grid-3`,children:[(0,$.jsx)(x,{title:`Details`,children:(0,$.jsxs)(`dl`,{className:`dl`,children:[(0,$.jsx)(`dt`,{children:`Type`}),(0,$.jsx)(`dd`,{children:N[g.type]??g.type}),(0,$.jsx)(`dt`,{children:`Region`}),(0,$.jsx)(`dd`,{children:v[g.region]??g.region}),(0,$.jsx)(`dt`,{children:`Country`}),(0,$.jsx)(`dd`,{children:d(g.country)}),(0,$.jsx)(`dt`,{children:`Industries`}),(0,$.jsx)(`dd`,{children:g.verticals?.length?g.verticals.join(`, `):`—`}),(0,$.jsx)(`dt`,{children:`Agreement signed`}),(0,$.jsx)(`dd`,{children:c(g.contractSignedAt)}),(0,$.jsx)(`dt`,{children:`First deal`}),(0,$.jsx)(`dd`,{children:g.firstDealAt?c(g.firstDealAt):`Not yet`})]})}),(0,$.jsx)(x,{title:`Tier`,children:A?(0,$.jsxs)($.Fragment,{children:[(0,$.jsxs)(`div`,{className:`row`,style:{marginBottom:12},children:[(0,$.jsx)(m,{tier:A}),(0,$.jsxs)(`span`,{className:`muted`,style:{fontSize:`0.85rem`},children:[`Rank `,A.rank]})]}),(0,$.jsxs)(`dl`,{className:`dl`,children:[(0,$.jsx)(`dt`,{children:`Discount`}),(0,$.jsx)(`dd`,{children:y(A.discountBps)}),(0,$.jsx)(`dt`,{children:`Rebate`}),(0,$.jsx)(`dd`,{children:y(A.rebateBps)}),(0,$.jsx)(`dt`,{children:`MDF per quarter`}),(0,$.jsx)(`dd`,{children:_(A.mdfQuarterlyAllowance,A.currency)}),(0,$.jsx)(`dt`,{children:`Deal protection`}),(0,$.jsxs)(`dd`,{children:[A.dealProtectionDays,` days`]})]})]}):(0,$.jsx)(`p`,{className:`muted`,children:`No tier assigned yet.`})}),(0,$.jsx)(x,{title:`Partner account manager`,children:g.manager?(0,$.jsxs)(`div`,{className:`person-card`,children:[(0,$.jsx)(T,{name:g.manager.name,size:`lg`}),(0,$.jsxs)(`div`,{style:{flex:1,minWidth:0},children:[(0,$.jsxs)(`div`,{className:`cell-title`,children:[g.manager.name,g.manager.id===t.id&&(0,$.jsx)(`span`,{className:`muted`,children:` (you)`})]}),(0,$.jsx)(`div`,{className:`cell-sub`,children:g.manager.email})]}),(0,$.jsx)(`a`,{className:`btn btn-sm btn-icon`,href:`mailto:${g.manager.email}`,"aria-label":`E-mail ${g.manager.name}`,children:(0,$.jsx)(M,{size:14,"aria-hidden":`true`})})]}):(0,$.jsx)(`p`,{className:`muted`,children:`Unassigned.`})})]}),(0,$.jsx)(te,{partner:g}),(0,$.jsx)(x,{title:`People`,hint:`${D.length} ${D.length===1?`person has`:`people have`} access to the portal.`,flush:!0,children:D.length===0?(0,$.jsx)(C,{icon:(0,$.jsx)(I,{size:22}),title:`No users yet`,children:`The partner admin invites colleagues once the organisation is set up.`}):(0,$.jsx)(`div`,{className:`table-wrap`,children:(0,$.jsxs)(`table`,{className:`table table-cards`,"aria-label":`People of ${g.name}`,children:[(0,$.jsx)(`thead`,{children:(0,$.jsxs)(`tr`,{children:[(0,$.jsx)(`th`,{scope:`col`,children:`Name`}),(0,$.jsx)(`th`,{scope:`col`,children:`Role`}),(0,$.jsx)(`th`,{scope:`col`,children:`Job`}),(0,$.jsx)(`th`,{scope:`col`,children:`Status`}),(0,$.jsx)(`th`,{scope:`col`,children:`Last sign-in`})]})}),(0,$.jsx)(`tbody`,{children:D.map(e=>(0,$.jsxs)(`tr`,{children:[(0,$.jsx)(`td`,{children:(0,$.jsxs)(`div`,{className:`cell-person`,children:[(0,$.jsx)(T,{name:e.name,size:`sm`}),(0,$.jsxs)(`div`,{children:[(0,$.jsx)(`div`,{className:`cell-title`,children:e.name}),(0,$.jsx)(`div`,{className:`cell-sub`,children:e.email})]})]})}),(0,$.jsx)(`td`,{"data-label":`Role`,children:p[e.role]}),(0,$.jsx)(`td`,{"data-label":`Job`,children:o(e.jobFunction)}),(0,$.jsx)(`td`,{"data-label":`Status`,children:(0,$.jsx)(R,{status:e.status,kind:`user`})}),(0,$.jsx)(`td`,{"data-label":`Last sign-in`,children:b(e.lastLoginAt)})]},e.id))})]})})})]}),l&&(0,$.jsx)(oe,{partner:g,canChangeManager:t.role===`ADMIN`,onClose:()=>u(!1)})]})}export{se as default};