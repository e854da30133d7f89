<<<<<<<< HEAD:internal/portal/dist/assets/PartnerDetail-C4p3vFuN.js
import{a as e,n as t,t as n}from"./jsx-runtime-Wy9s6hX0.js";import{t as r}from"./external-link-Ciyo2gSs.js";import{t as i}from"./earth-DtWwPPTb.js";import{B as a,Ct as o,E as s,G as c,J as l,K as u,M as d,O as f,P as p,Q as m,S as h,U as g,X as _,Y as v,Z as y,_ as b,a as x,bt as S,c as C,f as w,g as T,h as E,ht as D,j as O,l as k,lt as A,m as j,n as M,ot as ee,p as te,r as N,t as P,u as F,v as I,x as L,z as R}from"./index-CPY0yktZ.js";import{t as z}from"./pencil-CeINSkNT.js";import{r as B,t as V}from"./tiers-DvbzZCXz.js";import{t as H}from"./Dialog-RetkLxc1.js";import{n as U}from"./Field-C_CGVPzl.js";import{n as W,t as G}from"./DetailPage-Bc83RiGs.js";import{t as K}from"./shield-exclamation-point-Aq4IS7kL.js";import{t as q}from"./KeyDate-HCVyffAL.js";import{n as J}from"./status-BQisRSU-.js";import{t as Y}from"./connection-mmDI86VZ.js";var X=e(t(),1),Z=`
========
import{a as e,n as t,t as n}from"./jsx-runtime-Wy9s6hX0.js";import{t as r}from"./external-link-Ciyo2gSs.js";import{t as i}from"./earth-DtWwPPTb.js";import{B as a,E as o,G as s,J as c,K as l,M as u,O as d,P as f,Q as p,S as m,St as h,Tt as g,U as _,X as v,Y as y,Z as b,_ as x,a as S,c as C,f as w,g as T,gt as E,h as D,j as O,l as k,m as A,n as j,ot as ee,p as te,r as M,t as N,u as P,ut as F,v as I,x as L,z as R}from"./index-BFYom38I.js";import{t as z}from"./pencil-CeINSkNT.js";import{r as B,t as V}from"./tiers-BKa4kYbd.js";import{t as H}from"./Dialog-JD6iUPkM.js";import{n as U}from"./Field-CPbFVahT.js";import{n as W,t as G}from"./DetailPage-Dx9735IP.js";import{t as K}from"./shield-exclamation-point-Aq4IS7kL.js";import{t as q}from"./KeyDate-CDvhogtc.js";import{n as J}from"./status-D7dhV33c.js";import{t as Y}from"./connection-mmDI86VZ.js";var X=e(t(),1),Z=`
>>>>>>>> training:internal/portal/dist/assets/PartnerDetail-DsKtdNZr.js
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
    `,Q=n();function ne({partner:e}){let t={hasPartnerWith:[{id:e.id}]},n=M(Z,{where:t,submitted:{...t,status:`SUBMITTED`},approved:{...t,status:`APPROVED`},won:{...t,status:`WON`}}),r=n.data,i=Y(r?.recent),a=Date.now();return(0,Q.jsx)(x,{title:`Deals`,hint:r?`${O(r.recent.totalCount)} registrations · ${O(r.submitted.totalCount)} awaiting a decision · ${O(r.approved.totalCount)} protected · ${O(r.won.totalCount)} won`:`Registrations of this partner.`,actions:r&&r.recent.totalCount>0?(0,Q.jsxs)(D,{size:`sm`,to:`/deals?partner=${encodeURIComponent(e.id)}`,children:[`All `,O(r.recent.totalCount),` deals`]}):void 0,flush:!0,children:n.isError?(0,Q.jsx)(P,{error:n.error,onRetry:()=>void n.refetch()}):n.isPending?(0,Q.jsx)(te,{rows:4,columns:5}):i.length===0?(0,Q.jsxs)(C,{icon:(0,Q.jsx)(E,{size:22}),title:`No deals registered yet`,children:[e.name,`’s registrations appear here.`]}):(0,Q.jsx)(`div`,{className:`table-wrap`,children:(0,Q.jsxs)(`table`,{className:`table table-cards deal-table`,"aria-label":`Latest deals of ${e.name}`,children:[(0,Q.jsx)(`thead`,{children:(0,Q.jsxs)(`tr`,{children:[(0,Q.jsx)(`th`,{scope:`col`,children:`Deal`}),(0,Q.jsx)(`th`,{scope:`col`,className:`num`,children:`Amount`}),(0,Q.jsx)(`th`,{scope:`col`,children:`Status`}),(0,Q.jsx)(`th`,{scope:`col`,children:`Decision or protection`}),(0,Q.jsx)(`th`,{scope:`col`,children:`Registered`})]})}),(0,Q.jsx)(`tbody`,{children:i.map(e=>(0,Q.jsxs)(`tr`,{children:[(0,Q.jsxs)(`td`,{children:[(0,Q.jsx)(h,{to:`/deals/${e.id}`,className:`cell-title`,children:e.title}),(0,Q.jsx)(`div`,{className:`cell-sub`,children:e.customerName})]}),(0,Q.jsx)(`td`,{"data-label":`Amount`,className:`num nowrap`,children:_(e.amount,e.currency)}),(0,Q.jsx)(`td`,{"data-label":`Status`,children:(0,Q.jsxs)(`span`,{className:`status-cell`,children:[(0,Q.jsx)(J,{status:e.status}),(e.conflicts??[]).length>0&&(0,Q.jsxs)(`span`,{className:`flag`,title:`Conflicts flagged`,children:[(0,Q.jsx)(K,{size:13,"aria-hidden":`true`}),(0,Q.jsx)(`span`,{className:`visually-hidden`,children:`Conflicts flagged`})]})]})}),(0,Q.jsx)(`td`,{"data-label":`Next`,children:(0,Q.jsx)(q,{d:e,now:a})}),(0,Q.jsxs)(`td`,{"data-label":`Registered`,children:[f(e.createdAt),(0,Q.jsx)(`div`,{className:`cell-sub`,children:e.registeredBy.name})]})]},e.id))})]})})})}var $=`
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
    `,ae=a(s);function oe({partner:e,canChangeManager:t,onClose:n}){let r=M(V,{}),i=M(re,{},{enabled:t}),[a,o]=(0,X.useState)(e.tier?.id??``),[c,l]=(0,X.useState)(e.status),[u,f]=(0,X.useState)(e.manager?.id??``),p=j(ie),m=N(),h=e=>p.error instanceof d?p.error.fieldError(e):void 0;return(0,Q.jsx)(H,{open:!0,onClose:n,title:`Edit ${e.name}`,description:`Tier, lifecycle status and who looks after this partner.`,onSubmit:()=>p.mutate({input:{id:e.id,status:c,...a&&a!==e.tier?.id?{tierId:a}:{},...t&&u&&u!==e.manager?.id?{managerId:u}:{}}},{onSuccess:()=>{m(`${e.name} updated`),n()}}),footer:(0,Q.jsxs)(Q.Fragment,{children:[(0,Q.jsx)(A,{onClick:n,children:`Cancel`}),(0,Q.jsx)(A,{type:`submit`,variant:`primary`,loading:p.isPending,children:`Save changes`})]}),children:(0,Q.jsxs)(`div`,{className:`stack`,style:{gap:16},children:[p.error&&!(p.error instanceof d&&p.error.fieldErrors.length)&&(0,Q.jsx)(k,{error:p.error}),(0,Q.jsxs)(U,{label:`Tier`,value:a,onChange:e=>o(e.target.value),error:h(`tierId`),children:[!e.tier&&(0,Q.jsx)(`option`,{value:``,children:`No tier`}),B(Y(r.data?.tiers)).map(e=>(0,Q.jsx)(`option`,{value:e.id,children:e.name},e.id))]}),(0,Q.jsx)(U,{label:`Status`,value:c,onChange:e=>l(e.target.value),error:h(`status`),children:ae.map(e=>(0,Q.jsx)(`option`,{value:e,children:s[e]},e))}),t&&(0,Q.jsxs)(U,{label:`Partner account manager`,value:u,onChange:e=>f(e.target.value),error:h(`managerId`),children:[!e.manager&&(0,Q.jsx)(`option`,{value:``,children:`Unassigned`}),Y(i.data?.users).map(e=>(0,Q.jsxs)(`option`,{value:e.id,children:[e.name,` (`,b[e.role],`)`]},e.id))]})]})})}function se(){let{id:e=``}=g(),t=o(),n=M($,{id:e}),[a,s]=(0,X.useState)(!1),d=n.data?.node,h=d?.__typename===`Partner`?d:void 0;S(h?.name??`Partner`);let E=(0,Q.jsx)(G,{to:`/partners`,children:`Partners`});if(n.isError||n.isPending||!h)return(0,Q.jsx)(W,{query:n,back:E,noun:`Partner`,titleWidth:260,loading:(0,Q.jsxs)(`div`,{className:`grid grid-3`,children:[(0,Q.jsx)(w,{height:260}),(0,Q.jsx)(w,{height:260}),(0,Q.jsx)(w,{height:260})]}),notFound:{title:`We couldn’t find this partner`,body:`It may have been removed, or the link may be wrong.`}});let D=Y(h.users),O=t.role===`ADMIN`||t.role===`CHANNEL_MANAGER`&&h.manager?.id===t.id,k=h.tier;return(0,Q.jsxs)(Q.Fragment,{children:[(0,Q.jsx)(I,{eyebrow:E,title:h.name,subtitle:(0,Q.jsxs)(`span`,{className:`row`,children:[(0,Q.jsx)(m,{tier:k}),(0,Q.jsx)(L,{status:h.status}),(0,Q.jsxs)(`span`,{className:`muted`,children:[l[h.type]??h.type,` · `,u(h.country)]})]}),actions:(0,Q.jsxs)(Q.Fragment,{children:[h.website&&(0,Q.jsxs)(`a`,{className:`btn`,href:p(h.website),target:`_blank`,rel:`noopener noreferrer`,children:[(0,Q.jsx)(i,{size:15,"aria-hidden":`true`}),` `,h.domain??`Website`,` `,(0,Q.jsx)(r,{size:13,"aria-hidden":`true`})]}),O&&(0,Q.jsx)(A,{variant:`primary`,icon:(0,Q.jsx)(z,{size:15,"aria-hidden":`true`}),onClick:()=>s(!0),children:`Edit partner`})]})}),(0,Q.jsxs)(`div`,{className:`stack`,children:[(0,Q.jsxs)(`div`,{className:`grid grid-3`,children:[(0,Q.jsx)(x,{title:`Details`,children:(0,Q.jsxs)(`dl`,{className:`dl`,children:[(0,Q.jsx)(`dt`,{children:`Type`}),(0,Q.jsx)(`dd`,{children:l[h.type]??h.type}),(0,Q.jsx)(`dt`,{children:`Region`}),(0,Q.jsx)(`dd`,{children:y[h.region]??h.region}),(0,Q.jsx)(`dt`,{children:`Country`}),(0,Q.jsx)(`dd`,{children:u(h.country)}),(0,Q.jsx)(`dt`,{children:`Industries`}),(0,Q.jsx)(`dd`,{children:h.verticals?.length?h.verticals.join(`, `):`—`}),(0,Q.jsx)(`dt`,{children:`Agreement signed`}),(0,Q.jsx)(`dd`,{children:f(h.contractSignedAt)}),(0,Q.jsx)(`dt`,{children:`First deal`}),(0,Q.jsx)(`dd`,{children:h.firstDealAt?f(h.firstDealAt):`Not yet`})]})}),(0,Q.jsx)(x,{title:`Tier`,children:k?(0,Q.jsxs)(Q.Fragment,{children:[(0,Q.jsxs)(`div`,{className:`row`,style:{marginBottom:12},children:[(0,Q.jsx)(m,{tier:k}),(0,Q.jsxs)(`span`,{className:`muted`,style:{fontSize:`0.85rem`},children:[`Rank `,k.rank]})]}),(0,Q.jsxs)(`dl`,{className:`dl`,children:[(0,Q.jsx)(`dt`,{children:`Discount`}),(0,Q.jsx)(`dd`,{children:c(k.discountBps)}),(0,Q.jsx)(`dt`,{children:`Rebate`}),(0,Q.jsx)(`dd`,{children:c(k.rebateBps)}),(0,Q.jsx)(`dt`,{children:`MDF per quarter`}),(0,Q.jsx)(`dd`,{children:_(k.mdfQuarterlyAllowance,k.currency)}),(0,Q.jsx)(`dt`,{children:`Deal protection`}),(0,Q.jsxs)(`dd`,{children:[k.dealProtectionDays,` days`]})]})]}):(0,Q.jsx)(`p`,{className:`muted`,children:`No tier assigned yet.`})}),(0,Q.jsx)(x,{title:`Partner account manager`,children:h.manager?(0,Q.jsxs)(`div`,{className:`person-card`,children:[(0,Q.jsx)(T,{name:h.manager.name,size:`lg`}),(0,Q.jsxs)(`div`,{style:{flex:1,minWidth:0},children:[(0,Q.jsxs)(`div`,{className:`cell-title`,children:[h.manager.name,h.manager.id===t.id&&(0,Q.jsx)(`span`,{className:`muted`,children:` (you)`})]}),(0,Q.jsx)(`div`,{className:`cell-sub`,children:h.manager.email})]}),(0,Q.jsx)(`a`,{className:`btn btn-sm btn-icon`,href:`mailto:${h.manager.email}`,"aria-label":`E-mail ${h.manager.name}`,children:(0,Q.jsx)(F,{size:14,"aria-hidden":`true`})})]}):(0,Q.jsx)(`p`,{className:`muted`,children:`Unassigned.`})})]}),(0,Q.jsx)(ne,{partner:h}),(0,Q.jsx)(x,{title:`People`,hint:`${D.length} ${D.length===1?`person has`:`people have`} access to the portal.`,flush:!0,children:D.length===0?(0,Q.jsx)(C,{icon:(0,Q.jsx)(ee,{size:22}),title:`No users yet`,children:`The partner admin invites colleagues once the organisation is set up.`}):(0,Q.jsx)(`div`,{className:`table-wrap`,children:(0,Q.jsxs)(`table`,{className:`table table-cards`,"aria-label":`People of ${h.name}`,children:[(0,Q.jsx)(`thead`,{children:(0,Q.jsxs)(`tr`,{children:[(0,Q.jsx)(`th`,{scope:`col`,children:`Name`}),(0,Q.jsx)(`th`,{scope:`col`,children:`Role`}),(0,Q.jsx)(`th`,{scope:`col`,children:`Job`}),(0,Q.jsx)(`th`,{scope:`col`,children:`Status`}),(0,Q.jsx)(`th`,{scope:`col`,children:`Last sign-in`})]})}),(0,Q.jsx)(`tbody`,{children:D.map(e=>(0,Q.jsxs)(`tr`,{children:[(0,Q.jsx)(`td`,{children:(0,Q.jsxs)(`div`,{className:`cell-person`,children:[(0,Q.jsx)(T,{name:e.name,size:`sm`}),(0,Q.jsxs)(`div`,{children:[(0,Q.jsx)(`div`,{className:`cell-title`,children:e.name}),(0,Q.jsx)(`div`,{className:`cell-sub`,children:e.email})]})]})}),(0,Q.jsx)(`td`,{"data-label":`Role`,children:b[e.role]}),(0,Q.jsx)(`td`,{"data-label":`Job`,children:R(e.jobFunction)}),(0,Q.jsx)(`td`,{"data-label":`Status`,children:(0,Q.jsx)(L,{status:e.status,kind:`user`})}),(0,Q.jsx)(`td`,{"data-label":`Last sign-in`,children:v(e.lastLoginAt)})]},e.id))})]})})})]}),a&&(0,Q.jsx)(oe,{partner:h,canChangeManager:t.role===`ADMIN`,onClose:()=>s(!1)})]})}export{se as default};