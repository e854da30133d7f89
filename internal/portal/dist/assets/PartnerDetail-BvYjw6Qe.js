import{a as e,n as t,t as n}from"./jsx-runtime-Wy9s6hX0.js";import{t as r}from"./arrow-left-B0Y1p1Ez.js";import{n as i,t as a,websiteHref as o}from"./Profile-UKaprYbq.js";import{A as s,B as c,D as l,G as u,H as d,K as f,N as p,R as m,T as h,W as g,_,_t as v,a as y,b,c as x,d as S,et as C,f as w,g as T,h as E,j as D,l as O,lt as k,m as A,mt as j,n as M,p as N,q as P,r as F,rt as I,s as L,t as R,x as z}from"./index-BZpwOYLl.js";import{t as B}from"./pencil-CeINSkNT.js";import{n as V,r as H}from"./tiers-BMp950j0.js";import{t as U}from"./Dialog-DcFZjUs3.js";import{n as W}from"./Field-Bfs1nEZu.js";import{TierOptionsQuery as G}from"./PartnersList-BgZbt881.js";import{t as K}from"./shield-exclamation-point-Aq4IS7kL.js";import{t as q}from"./KeyDate-N2UQNLfU.js";import{n as J}from"./status-Byx63icw.js";var Y=e(t(),1),X=n(),Z=`
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
    `;function Q({partner:e}){let t={hasPartnerWith:[{id:e.id}]},n=F(Z,{where:t,submitted:{...t,status:`SUBMITTED`},approved:{...t,status:`APPROVED`},won:{...t,status:`WON`}}),r=n.data,i=V(r?.recent),a=Date.now();return(0,X.jsx)(T,{title:`Deals`,hint:r?`${s(r.recent.totalCount)} registrations · ${s(r.submitted.totalCount)} awaiting a decision · ${s(r.approved.totalCount)} protected · ${s(r.won.totalCount)} won`:`Registrations of this partner.`,actions:r&&r.recent.totalCount>0?(0,X.jsxs)(A,{size:`sm`,to:`/deals?partner=${encodeURIComponent(e.id)}`,children:[`All `,s(r.recent.totalCount),` deals`]}):void 0,flush:!0,children:n.isError?(0,X.jsx)(O,{error:n.error,onRetry:()=>void n.refetch()}):n.isPending?(0,X.jsx)(w,{rows:4,columns:5}):i.length===0?(0,X.jsxs)(L,{icon:(0,X.jsx)(k,{size:22}),title:`No deals registered yet`,children:[e.name,`’s registrations appear here.`]}):(0,X.jsx)(`div`,{className:`table-wrap`,children:(0,X.jsxs)(`table`,{className:`table table-cards deal-table`,"aria-label":`Latest deals of ${e.name}`,children:[(0,X.jsx)(`thead`,{children:(0,X.jsxs)(`tr`,{children:[(0,X.jsx)(`th`,{scope:`col`,children:`Deal`}),(0,X.jsx)(`th`,{scope:`col`,className:`num`,children:`Amount`}),(0,X.jsx)(`th`,{scope:`col`,children:`Status`}),(0,X.jsx)(`th`,{scope:`col`,children:`Decision or protection`}),(0,X.jsx)(`th`,{scope:`col`,children:`Registered`})]})}),(0,X.jsx)(`tbody`,{children:i.map(e=>(0,X.jsxs)(`tr`,{children:[(0,X.jsxs)(`td`,{children:[(0,X.jsx)(j,{to:`/deals/${e.id}`,className:`cell-title`,children:e.title}),(0,X.jsx)(`div`,{className:`cell-sub`,children:e.customerName})]}),(0,X.jsx)(`td`,{"data-label":`Amount`,className:`num nowrap`,children:c(e.amount,e.currency)}),(0,X.jsx)(`td`,{"data-label":`Status`,children:(0,X.jsxs)(`span`,{className:`status-cell`,children:[(0,X.jsx)(J,{status:e.status}),(e.conflicts??[]).length>0&&(0,X.jsxs)(`span`,{className:`flag`,title:`Conflicts flagged`,children:[(0,X.jsx)(K,{size:13,"aria-hidden":`true`}),(0,X.jsx)(`span`,{className:`visually-hidden`,children:`Conflicts flagged`})]})]})}),(0,X.jsx)(`td`,{"data-label":`Next`,children:(0,X.jsx)(q,{d:e,now:a})}),(0,X.jsxs)(`td`,{"data-label":`Registered`,children:[p(e.createdAt),(0,X.jsx)(`div`,{className:`cell-sub`,children:e.registeredBy.name})]})]},e.id))})]})})})}var $=`
    query PartnerDetail($id: ID!) {
  node(id: $id) {
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
}`,ee=`
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
    `,te=`
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
    `,ne=[`ONBOARDING`,`ACTIVE`,`SUSPENDED`,`CHURNED`];function re({partner:e,canChangeManager:t,onClose:n}){let r=F(G,{}),i=F(ee,{},{enabled:t}),[a,o]=(0,Y.useState)(e.tier?.id??``),[s,c]=(0,Y.useState)(e.status),[u,d]=(0,Y.useState)(e.manager?.id??``),f=M(te),p=R(),h=e=>f.error instanceof l?f.error.fieldError(e):void 0;return(0,X.jsx)(U,{open:!0,onClose:n,title:`Edit ${e.name}`,description:`Tier, lifecycle status and who looks after this partner.`,onSubmit:()=>f.mutate({input:{id:e.id,status:s,...a&&a!==e.tier?.id?{tierId:a}:{},...t&&u&&u!==e.manager?.id?{managerId:u}:{}}},{onSuccess:()=>{p(`${e.name} updated`),n()}}),footer:(0,X.jsxs)(X.Fragment,{children:[(0,X.jsx)(N,{onClick:n,children:`Cancel`}),(0,X.jsx)(N,{type:`submit`,variant:`primary`,loading:f.isPending,children:`Save changes`})]}),children:(0,X.jsxs)(`div`,{className:`stack`,style:{gap:16},children:[f.error&&!(f.error instanceof l&&f.error.fieldErrors.length)&&(0,X.jsx)(x,{error:f.error}),(0,X.jsxs)(W,{label:`Tier`,value:a,onChange:e=>o(e.target.value),error:h(`tierId`),children:[!e.tier&&(0,X.jsx)(`option`,{value:``,children:`No tier`}),H(V(r.data?.tiers)).map(e=>(0,X.jsx)(`option`,{value:e.id,children:e.name},e.id))]}),(0,X.jsx)(W,{label:`Status`,value:s,onChange:e=>c(e.target.value),error:h(`status`),children:ne.map(e=>(0,X.jsx)(`option`,{value:e,children:m(e)},e))}),t&&(0,X.jsxs)(W,{label:`Partner account manager`,value:u,onChange:e=>d(e.target.value),error:h(`managerId`),children:[!e.manager&&(0,X.jsx)(`option`,{value:``,children:`Unassigned`}),V(i.data?.users).map(e=>(0,X.jsxs)(`option`,{value:e.id,children:[e.name,` (`,P[e.role],`)`]},e.id))]})]})})}function ie(){let{id:e=``}=v(),t=h(),n=F($,{id:e}),[s,l]=(0,Y.useState)(!1),x=n.data?.node,w=x&&`slug`in x?x:void 0;y(w?.name??`Partner`);let k=(0,X.jsxs)(j,{to:`/partners`,className:`row`,style:{gap:4},children:[(0,X.jsx)(r,{size:14,"aria-hidden":`true`}),` Partners`]});if(n.isError)return(0,X.jsxs)(X.Fragment,{children:[(0,X.jsx)(_,{eyebrow:k,title:`Partner`}),(0,X.jsx)(`div`,{className:`card`,children:(0,X.jsx)(O,{error:n.error,onRetry:()=>void n.refetch()})})]});if(n.isPending)return(0,X.jsxs)(X.Fragment,{children:[(0,X.jsx)(_,{eyebrow:k,title:(0,X.jsx)(`span`,{className:`skeleton`,style:{height:28,width:260}})}),(0,X.jsxs)(`div`,{className:`grid grid-3`,children:[(0,X.jsx)(S,{height:260}),(0,X.jsx)(S,{height:260}),(0,X.jsx)(S,{height:260})]})]});if(!w)return(0,X.jsxs)(X.Fragment,{children:[(0,X.jsx)(_,{eyebrow:k,title:`Partner not found`}),(0,X.jsx)(`div`,{className:`card`,children:(0,X.jsx)(L,{title:`We couldn’t find this partner`,children:`It may have been removed, or the link may be wrong.`})})]});let A=V(w.users),M=t.role===`ADMIN`||t.role===`CHANNEL_MANAGER`&&w.manager?.id===t.id,R=w.tier;return(0,X.jsxs)(X.Fragment,{children:[(0,X.jsx)(_,{eyebrow:k,title:w.name,subtitle:(0,X.jsxs)(`span`,{className:`row`,children:[(0,X.jsx)(z,{tier:R}),(0,X.jsx)(b,{status:w.status}),(0,X.jsxs)(`span`,{className:`muted`,children:[d[w.type]??w.type,` · `,D(w.country)]})]}),actions:(0,X.jsxs)(X.Fragment,{children:[w.website&&(0,X.jsxs)(`a`,{className:`btn`,href:o(w.website),target:`_blank`,rel:`noopener noreferrer`,children:[(0,X.jsx)(i,{size:15,"aria-hidden":`true`}),` `,w.domain??`Website`,` `,(0,X.jsx)(a,{size:13,"aria-hidden":`true`})]}),M&&(0,X.jsx)(N,{variant:`primary`,icon:(0,X.jsx)(B,{size:15,"aria-hidden":`true`}),onClick:()=>l(!0),children:`Edit partner`})]})}),(0,X.jsxs)(`div`,{className:`stack`,children:[(0,X.jsxs)(`div`,{className:`grid grid-3`,children:[(0,X.jsx)(T,{title:`Details`,children:(0,X.jsxs)(`dl`,{className:`dl`,children:[(0,X.jsx)(`dt`,{children:`Type`}),(0,X.jsx)(`dd`,{children:d[w.type]??w.type}),(0,X.jsx)(`dt`,{children:`Region`}),(0,X.jsx)(`dd`,{children:u[w.region]??w.region}),(0,X.jsx)(`dt`,{children:`Country`}),(0,X.jsx)(`dd`,{children:D(w.country)}),(0,X.jsx)(`dt`,{children:`Industries`}),(0,X.jsx)(`dd`,{children:w.verticals?.length?w.verticals.join(`, `):`—`}),(0,X.jsx)(`dt`,{children:`Agreement signed`}),(0,X.jsx)(`dd`,{children:p(w.contractSignedAt)}),(0,X.jsx)(`dt`,{children:`First deal`}),(0,X.jsx)(`dd`,{children:w.firstDealAt?p(w.firstDealAt):`Not yet`})]})}),(0,X.jsx)(T,{title:`Tier`,children:R?(0,X.jsxs)(X.Fragment,{children:[(0,X.jsxs)(`div`,{className:`row`,style:{marginBottom:12},children:[(0,X.jsx)(z,{tier:R}),(0,X.jsxs)(`span`,{className:`muted`,style:{fontSize:`0.85rem`},children:[`Rank `,R.rank]})]}),(0,X.jsxs)(`dl`,{className:`dl`,children:[(0,X.jsx)(`dt`,{children:`Discount`}),(0,X.jsx)(`dd`,{children:g(R.discountBps)}),(0,X.jsx)(`dt`,{children:`Rebate`}),(0,X.jsx)(`dd`,{children:g(R.rebateBps)}),(0,X.jsx)(`dt`,{children:`MDF per quarter`}),(0,X.jsx)(`dd`,{children:c(R.mdfQuarterlyAllowance,R.currency)}),(0,X.jsx)(`dt`,{children:`Deal protection`}),(0,X.jsxs)(`dd`,{children:[R.dealProtectionDays,` days`]})]})]}):(0,X.jsx)(`p`,{className:`muted`,children:`No tier assigned yet.`})}),(0,X.jsx)(T,{title:`Partner account manager`,children:w.manager?(0,X.jsxs)(`div`,{className:`person-card`,children:[(0,X.jsx)(E,{name:w.manager.name,size:`lg`}),(0,X.jsxs)(`div`,{style:{flex:1,minWidth:0},children:[(0,X.jsxs)(`div`,{className:`cell-title`,children:[w.manager.name,w.manager.id===t.id&&(0,X.jsx)(`span`,{className:`muted`,children:` (you)`})]}),(0,X.jsx)(`div`,{className:`cell-sub`,children:w.manager.email})]}),(0,X.jsx)(`a`,{className:`btn btn-sm btn-icon`,href:`mailto:${w.manager.email}`,"aria-label":`E-mail ${w.manager.name}`,children:(0,X.jsx)(I,{size:14,"aria-hidden":`true`})})]}):(0,X.jsx)(`p`,{className:`muted`,children:`Unassigned.`})})]}),(0,X.jsx)(Q,{partner:w}),(0,X.jsx)(T,{title:`People`,hint:`${A.length} ${A.length===1?`person has`:`people have`} access to the portal.`,flush:!0,children:A.length===0?(0,X.jsx)(L,{icon:(0,X.jsx)(C,{size:22}),title:`No users yet`,children:`The partner admin invites colleagues once the organisation is set up.`}):(0,X.jsx)(`div`,{className:`table-wrap`,children:(0,X.jsxs)(`table`,{className:`table table-cards`,"aria-label":`People of ${w.name}`,children:[(0,X.jsx)(`thead`,{children:(0,X.jsxs)(`tr`,{children:[(0,X.jsx)(`th`,{scope:`col`,children:`Name`}),(0,X.jsx)(`th`,{scope:`col`,children:`Role`}),(0,X.jsx)(`th`,{scope:`col`,children:`Job`}),(0,X.jsx)(`th`,{scope:`col`,children:`Status`}),(0,X.jsx)(`th`,{scope:`col`,children:`Last sign-in`})]})}),(0,X.jsx)(`tbody`,{children:A.map(e=>(0,X.jsxs)(`tr`,{children:[(0,X.jsx)(`td`,{children:(0,X.jsxs)(`div`,{className:`cell-person`,children:[(0,X.jsx)(E,{name:e.name,size:`sm`}),(0,X.jsxs)(`div`,{children:[(0,X.jsx)(`div`,{className:`cell-title`,children:e.name}),(0,X.jsx)(`div`,{className:`cell-sub`,children:e.email})]})]})}),(0,X.jsx)(`td`,{"data-label":`Role`,children:P[e.role]}),(0,X.jsx)(`td`,{"data-label":`Job`,children:m(e.jobFunction)}),(0,X.jsx)(`td`,{"data-label":`Status`,children:(0,X.jsx)(b,{status:e.status,kind:`user`})}),(0,X.jsx)(`td`,{"data-label":`Last sign-in`,children:f(e.lastLoginAt)})]},e.id))})]})})})]}),s&&(0,X.jsx)(re,{partner:w,canChangeManager:t.role===`ADMIN`,onClose:()=>l(!1)})]})}export{ie as default};