import{a as e,n as t,t as n}from"./jsx-runtime-Wy9s6hX0.js";import{t as r}from"./external-link-jmZHAzyQ.js";import{A as i,B as a,D as o,F as s,L as c,M as l,N as u,O as d,P as f,Q as p,R as m,S as h,T as g,U as _,X as v,_ as y,a as b,c as x,d as S,f as C,g as w,i as T,it as E,j as ee,l as D,m as O,p as k,r as A,tt as te,x as ne}from"./index-CjDrQcNm.js";import{t as re}from"./earth-Bf66oM8X.js";import{t as ie}from"./pencil-Dq0SPEvJ.js";import{B as j,J as ae,R as oe,a as M,c as N,d as P,i as F,l as I,r as L,t as R,u as z,v as B}from"./usePageTitle-D8z_0QA2.js";import{r as V,t as H}from"./tiers-Dzrlq8J2.js";import{n as U,t as W}from"./DetailPage-B-rglEm1.js";import{t as G}from"./shield-exclamation-point-CqAaipEH.js";import{t as K}from"./ExportButton-CqbMGCt0.js";import{t as q}from"./KeyDate-DiiBm-c1.js";import{n as se}from"./status-ChvTOb5w.js";import{t as J}from"./connection-mmDI86VZ.js";import{t as ce}from"./trash-3aH7Ts-f.js";import{n as le}from"./Performance-DFD1Z1iV.js";var Y={name:`notebook-pen`,size:24,node:[[`path`,{d:`M13.4 2H6a2 2 0 0 0-2 2v16a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-7.4`,key:`re6nr2`}],[`path`,{d:`M2 6h4`,key:`aawbzj`}],[`path`,{d:`M2 10h4`,key:`l0bgd4`}],[`path`,{d:`M2 14h4`,key:`1gsvsf`}],[`path`,{d:`M2 18h4`,key:`1bu2t1`}],[`path`,{d:`M21.378 5.626a1 1 0 1 0-3.004-3.004l-5.01 5.012a2 2 0 0 0-.506.854l-.837 2.87a.5.5 0 0 0 .62.62l2.87-.837a2 2 0 0 0 .854-.506z`,key:`pqwjuv`}]]};Y.node;var ue=oe(Y),X=e(t(),1),de=`
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
    `,Z=n();function fe({partner:e}){let t={hasPartnerWith:[{id:e.id}]},n=C(de,{where:t,submitted:{...t,status:`SUBMITTED`},approved:{...t,status:`APPROVED`},won:{...t,status:`WON`}}),r=n.data,i=J(r?.recent),a=Date.now();return(0,Z.jsxs)(T,{title:`Deals`,hint:r?`${k(r.recent.totalCount)} registrations · ${k(r.submitted.totalCount)} awaiting a decision · ${k(r.approved.totalCount)} protected · ${k(r.won.totalCount)} won`:`Registrations of this partner.`,actions:r&&r.recent.totalCount>0?(0,Z.jsxs)(P,{size:`sm`,to:`/deals?partner=${encodeURIComponent(e.id)}`,children:[`All `,k(r.recent.totalCount),` deals`]}):void 0,flush:!0,children:[n.isError?(0,Z.jsx)(M,{error:n.error,onRetry:()=>void n.refetch()}):n.isPending?(0,Z.jsx)(I,{rows:4,columns:5}):i.length===0?(0,Z.jsxs)(L,{icon:(0,Z.jsx)(E,{size:22}),title:`No deals registered yet`,children:[e.name,`’s registrations appear here.`]}):(0,Z.jsx)(`div`,{className:`table-wrap`,children:(0,Z.jsxs)(`table`,{className:`table table-cards deal-table`,"aria-label":`Latest deals of ${e.name}`,children:[(0,Z.jsx)(`thead`,{children:(0,Z.jsxs)(`tr`,{children:[(0,Z.jsx)(`th`,{scope:`col`,children:`Deal`}),(0,Z.jsx)(`th`,{scope:`col`,className:`num`,children:`Amount`}),(0,Z.jsx)(`th`,{scope:`col`,children:`Status`}),(0,Z.jsx)(`th`,{scope:`col`,children:`Decision or protection`}),(0,Z.jsx)(`th`,{scope:`col`,children:`Registered`})]})}),(0,Z.jsx)(`tbody`,{children:i.map(e=>(0,Z.jsxs)(`tr`,{children:[(0,Z.jsxs)(`td`,{children:[(0,Z.jsx)(j,{to:`/deals/${e.id}`,className:`cell-title`,children:e.title}),(0,Z.jsx)(`div`,{className:`cell-sub`,children:e.customerName})]}),(0,Z.jsx)(`td`,{"data-label":`Amount`,className:`num nowrap`,children:g(e.amount,e.currency)}),(0,Z.jsx)(`td`,{"data-label":`Status`,children:(0,Z.jsxs)(`span`,{className:`status-cell`,children:[(0,Z.jsx)(se,{status:e.status}),(e.conflicts??[]).length>0&&(0,Z.jsxs)(`span`,{className:`flag`,title:`Conflicts flagged`,children:[(0,Z.jsx)(G,{size:13,"aria-hidden":`true`}),(0,Z.jsx)(`span`,{className:`visually-hidden`,children:`Conflicts flagged`})]})]})}),(0,Z.jsx)(`td`,{"data-label":`Next`,children:(0,Z.jsx)(q,{d:e,now:a})}),(0,Z.jsxs)(`td`,{"data-label":`Registered`,children:[w(e.createdAt),(0,Z.jsx)(`div`,{className:`cell-sub`,children:e.registeredBy.name})]})]},e.id))})]})}),i.length>0&&(0,Z.jsx)(K,{csv:{list:`deals`,fields:[`title`,`customerName`,`amount`,`currency`,`status`,`decisionDueAt`,`protectionExpiresAt`,`createdAt`,`registeredBy.name`],where:t,orderBy:{field:`CREATED_AT`,direction:`DESC`}}})]})}var pe=`
    query PartnerNotes($partnerId: ID!, $first: Int) {
  partnerNotes(
    first: $first
    where: {partnerID: $partnerId}
    orderBy: {field: CREATED_AT, direction: DESC}
  ) {
    totalCount
    edges {
      node {
        id
        body
        createdAt
        author {
          id
          name
        }
      }
    }
  }
}
    `,me=`
    mutation AddPartnerNote($input: AddPartnerNoteInput!) {
  addPartnerNote(input: $input) {
    note {
      id
    }
  }
}
    `,he=`
    mutation DeletePartnerNote($input: DeletePartnerNoteInput!) {
  deletePartnerNote(input: $input) {
    deletedId
  }
}
    `,Q=5e3,ge=50;function _e({partner:e}){let t=_(),n=C(pe,{partnerId:e.id,first:ge}),r=S(me),i=S(he),a=s(),[o,c]=(0,X.useState)(``),u=J(n.data?.partnerNotes),d=n.data?.partnerNotes.totalCount??0,f=[...o].length,p=(r.error instanceof B?r.error.fieldError(`body`):void 0)??(f>Q?`A note is at most ${k(Q)} characters.`:void 0);return(0,Z.jsxs)(T,{title:`Notes`,labelledBy:`partner-notes`,hint:`Internal to the channel team: ${e.name} never sees them.`,actions:d>0?(0,Z.jsx)(K,{csv:{list:`partnerNotes`,fields:[`createdAt`,`author.name`,`author.email`,`body`],where:{partnerID:e.id},orderBy:{field:`CREATED_AT`,direction:`DESC`}}}):void 0,children:[(0,Z.jsxs)(`form`,{className:`stack note-form`,style:{gap:8},onSubmit:t=>{t.preventDefault(),!o.trim()||f>Q||r.mutate({input:{partnerId:e.id,body:o}},{onSuccess:()=>{c(``),a(`Note added`)}})},children:[r.error&&!p&&(0,Z.jsx)(F,{error:r.error}),(0,Z.jsx)(m,{label:`New note`,rows:3,value:o,onChange:e=>c(e.target.value),hint:`${k(f)} of ${k(Q)} characters`,error:p}),(0,Z.jsx)(`div`,{className:`row`,children:(0,Z.jsx)(z,{type:`submit`,variant:`primary`,size:`sm`,loading:r.isPending,disabled:!o.trim()||f>Q,children:`Add note`})})]}),i.error&&(0,Z.jsx)(F,{error:i.error}),n.isError?(0,Z.jsx)(M,{error:n.error,onRetry:()=>void n.refetch()}):n.isPending?(0,Z.jsx)(I,{rows:2,columns:2}):u.length===0?(0,Z.jsxs)(L,{icon:(0,Z.jsx)(ue,{size:22}),title:`No notes yet`,children:[`Write down calls, concerns and plans for `,e.name,`; the channel team sees them here.`]}):(0,Z.jsxs)(Z.Fragment,{children:[(0,Z.jsx)(`ul`,{className:`note-list`,"aria-label":`Notes on ${e.name}`,children:u.map(e=>{let n=t.role===`ADMIN`||e.author.id===t.id;return(0,Z.jsxs)(`li`,{className:`note`,children:[(0,Z.jsxs)(`div`,{className:`note-head`,children:[(0,Z.jsxs)(`span`,{className:`cell-title`,children:[e.author.name,e.author.id===t.id&&(0,Z.jsx)(`span`,{className:`muted`,children:` (you)`})]}),(0,Z.jsx)(`time`,{className:`cell-sub`,dateTime:e.createdAt,title:y(e.createdAt),children:l(e.createdAt)}),n&&(0,Z.jsx)(z,{size:`sm`,variant:`ghost`,className:`note-delete`,icon:(0,Z.jsx)(ce,{size:14,"aria-hidden":`true`}),"aria-label":`Delete note by ${e.author.name}, ${y(e.createdAt)}`,loading:i.isPending&&i.variables?.input.id===e.id,onClick:()=>i.mutate({input:{id:e.id}},{onSuccess:()=>a(`Note deleted`)}),children:`Delete`})]}),(0,Z.jsx)(`p`,{className:`note-body`,children:e.body})]},e.id)})}),d>u.length&&(0,Z.jsxs)(`p`,{className:`muted small`,children:[`The latest `,k(u.length),` of `,k(d),` notes; export them all as CSV.`]})]})]})}var $=`
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
      performance {
        ...PartnerPerformanceFields
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
    fragment PartnerPerformanceFields on PartnerPerformance {
  openPipeline {
    currency
    amount
    deals
  }
  openDeals
  wonRevenue {
    currency
    amount
    deals
  }
  wonDeals
  recentRegistrations
  healthScore
  tierProgress {
    evaluatedAt
    currentTierName
    qualifyingTierName
    nextTierName
    requirementsMet
    requirementsTotal
  }
  risk
  riskReasons {
    code
    severity
    message
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
}`,ve=`
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
    `,ye=`
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
    `,be=h(o);function xe({partner:e,canChangeManager:t,onClose:n}){let r=C(H,{}),i=C(ve,{},{enabled:t}),[l,d]=(0,X.useState)(e.tier?.id??``),[f,p]=(0,X.useState)(e.status),[m,h]=(0,X.useState)(e.manager?.id??``),g=S(ye),_=s(),v=e=>g.error instanceof B?g.error.fieldError(e):void 0;return(0,Z.jsx)(a,{open:!0,onClose:n,title:`Edit ${e.name}`,description:`Tier, lifecycle status and who looks after this partner.`,onSubmit:()=>g.mutate({input:{id:e.id,status:f,...l&&l!==e.tier?.id?{tierId:l}:{},...t&&m&&m!==e.manager?.id?{managerId:m}:{}}},{onSuccess:()=>{_(`${e.name} updated`),n()}}),footer:(0,Z.jsxs)(Z.Fragment,{children:[(0,Z.jsx)(z,{onClick:n,children:`Cancel`}),(0,Z.jsx)(z,{type:`submit`,variant:`primary`,loading:g.isPending,children:`Save changes`})]}),children:(0,Z.jsxs)(`div`,{className:`stack`,style:{gap:16},children:[g.error&&!(g.error instanceof B&&g.error.fieldErrors.length)&&(0,Z.jsx)(F,{error:g.error}),(0,Z.jsxs)(c,{label:`Tier`,value:l,onChange:e=>d(e.target.value),error:v(`tierId`),children:[!e.tier&&(0,Z.jsx)(`option`,{value:``,children:`No tier`}),V(J(r.data?.tiers)).map(e=>(0,Z.jsx)(`option`,{value:e.id,children:e.name},e.id))]}),(0,Z.jsx)(c,{label:`Status`,value:f,onChange:e=>p(e.target.value),error:v(`status`),children:be.map(e=>(0,Z.jsx)(`option`,{value:e,children:o[e]},e))}),t&&(0,Z.jsxs)(c,{label:`Partner account manager`,value:m,onChange:e=>h(e.target.value),error:v(`managerId`),children:[!e.manager&&(0,Z.jsx)(`option`,{value:``,children:`Unassigned`}),J(i.data?.users).map(e=>(0,Z.jsxs)(`option`,{value:e.id,children:[e.name,` (`,u[e.role],`)`]},e.id))]})]})})}function Se(){let{id:e=``}=ae(),t=_(),n=C($,{id:e}),[a,o]=(0,X.useState)(!1),s=n.data?.node,c=s?.__typename===`Partner`?s:void 0;R(c?.name??`Partner`);let m=(0,Z.jsx)(W,{to:`/partners`,children:`Partners`});if(n.isError||n.isPending||!c)return(0,Z.jsx)(U,{query:n,back:m,noun:`Partner`,titleWidth:260,loading:(0,Z.jsxs)(`div`,{className:`grid grid-3`,children:[(0,Z.jsx)(N,{height:260}),(0,Z.jsx)(N,{height:260}),(0,Z.jsx)(N,{height:260})]}),notFound:{title:`We couldn’t find this partner`,body:`It may have been removed, or the link may be wrong.`}});let h=J(c.users),y=t.role===`ADMIN`||t.role===`CHANNEL_MANAGER`&&c.manager?.id===t.id,S=c.tier;return(0,Z.jsxs)(Z.Fragment,{children:[(0,Z.jsx)(b,{eyebrow:m,title:c.name,subtitle:(0,Z.jsxs)(`span`,{className:`row`,children:[(0,Z.jsx)(D,{tier:S}),(0,Z.jsx)(x,{status:c.status}),(0,Z.jsxs)(`span`,{className:`muted`,children:[d[c.type]??c.type,` · `,O(c.country)]})]}),actions:(0,Z.jsxs)(Z.Fragment,{children:[c.website&&(0,Z.jsxs)(`a`,{className:`btn`,href:f(c.website),target:`_blank`,rel:`noopener noreferrer`,children:[(0,Z.jsx)(re,{size:15,"aria-hidden":`true`}),` `,c.domain??`Website`,` `,(0,Z.jsx)(r,{size:13,"aria-hidden":`true`})]}),(0,Z.jsxs)(j,{className:`btn`,to:`/scorecard/${c.id}`,children:[(0,Z.jsx)(te,{size:15,"aria-hidden":`true`}),` Scorecard`]}),y&&(0,Z.jsx)(z,{variant:`primary`,icon:(0,Z.jsx)(ie,{size:15,"aria-hidden":`true`}),onClick:()=>o(!0),children:`Edit partner`})]})}),(0,Z.jsxs)(`div`,{className:`stack`,children:[(0,Z.jsxs)(`div`,{className:`grid grid-3`,children:[(0,Z.jsx)(T,{title:`Details`,children:(0,Z.jsxs)(`dl`,{className:`dl`,children:[(0,Z.jsx)(`dt`,{children:`Type`}),(0,Z.jsx)(`dd`,{children:d[c.type]??c.type}),(0,Z.jsx)(`dt`,{children:`Region`}),(0,Z.jsx)(`dd`,{children:ee[c.region]??c.region}),(0,Z.jsx)(`dt`,{children:`Country`}),(0,Z.jsx)(`dd`,{children:O(c.country)}),(0,Z.jsx)(`dt`,{children:`Industries`}),(0,Z.jsx)(`dd`,{children:c.verticals?.length?c.verticals.join(`, `):`—`}),(0,Z.jsx)(`dt`,{children:`Agreement signed`}),(0,Z.jsx)(`dd`,{children:w(c.contractSignedAt)}),(0,Z.jsx)(`dt`,{children:`First deal`}),(0,Z.jsx)(`dd`,{children:c.firstDealAt?w(c.firstDealAt):`Not yet`})]})}),(0,Z.jsx)(T,{title:`Tier`,children:S?(0,Z.jsxs)(Z.Fragment,{children:[(0,Z.jsxs)(`div`,{className:`row`,style:{marginBottom:12},children:[(0,Z.jsx)(D,{tier:S}),(0,Z.jsxs)(`span`,{className:`muted`,style:{fontSize:`0.85rem`},children:[`Rank `,S.rank]})]}),(0,Z.jsxs)(`dl`,{className:`dl`,children:[(0,Z.jsx)(`dt`,{children:`Discount`}),(0,Z.jsx)(`dd`,{children:i(S.discountBps)}),(0,Z.jsx)(`dt`,{children:`Rebate`}),(0,Z.jsx)(`dd`,{children:i(S.rebateBps)}),(0,Z.jsx)(`dt`,{children:`MDF per quarter`}),(0,Z.jsx)(`dd`,{children:g(S.mdfQuarterlyAllowance,S.currency)}),(0,Z.jsx)(`dt`,{children:`Deal protection`}),(0,Z.jsxs)(`dd`,{children:[S.dealProtectionDays,` days`]})]})]}):(0,Z.jsx)(`p`,{className:`muted`,children:`No tier assigned yet.`})}),(0,Z.jsx)(T,{title:`Partner account manager`,children:c.manager?(0,Z.jsxs)(`div`,{className:`person-card`,children:[(0,Z.jsx)(A,{name:c.manager.name,size:`lg`}),(0,Z.jsxs)(`div`,{style:{flex:1,minWidth:0},children:[(0,Z.jsxs)(`div`,{className:`cell-title`,children:[c.manager.name,c.manager.id===t.id&&(0,Z.jsx)(`span`,{className:`muted`,children:` (you)`})]}),(0,Z.jsx)(`div`,{className:`cell-sub`,children:c.manager.email})]}),(0,Z.jsx)(`a`,{className:`btn btn-sm btn-icon`,href:`mailto:${c.manager.email}`,"aria-label":`E-mail ${c.manager.name}`,children:(0,Z.jsx)(p,{size:14,"aria-hidden":`true`})})]}):(0,Z.jsx)(`p`,{className:`muted`,children:`Unassigned.`})})]}),(0,Z.jsx)(le,{perf:c.performance,name:c.name}),(0,Z.jsx)(fe,{partner:c}),(0,Z.jsx)(T,{title:`People`,hint:`${h.length} ${h.length===1?`person has`:`people have`} access to the portal.`,actions:h.length>0?(0,Z.jsx)(K,{csv:{list:`users`,fields:[`name`,`email`,`role`,`jobFunction`,`status`,`lastLoginAt`],where:{hasPartnerWith:[{id:c.id}]},orderBy:{field:`NAME`,direction:`ASC`}}}):void 0,flush:!0,children:h.length===0?(0,Z.jsx)(L,{icon:(0,Z.jsx)(v,{size:22}),title:`No users yet`,children:`The partner admin invites colleagues once the organisation is set up.`}):(0,Z.jsx)(`div`,{className:`table-wrap`,children:(0,Z.jsxs)(`table`,{className:`table table-cards`,"aria-label":`People of ${c.name}`,children:[(0,Z.jsx)(`thead`,{children:(0,Z.jsxs)(`tr`,{children:[(0,Z.jsx)(`th`,{scope:`col`,children:`Name`}),(0,Z.jsx)(`th`,{scope:`col`,children:`Role`}),(0,Z.jsx)(`th`,{scope:`col`,children:`Job`}),(0,Z.jsx)(`th`,{scope:`col`,children:`Status`}),(0,Z.jsx)(`th`,{scope:`col`,children:`Last sign-in`})]})}),(0,Z.jsx)(`tbody`,{children:h.map(e=>(0,Z.jsxs)(`tr`,{children:[(0,Z.jsx)(`td`,{children:(0,Z.jsxs)(`div`,{className:`cell-person`,children:[(0,Z.jsx)(A,{name:e.name,size:`sm`}),(0,Z.jsxs)(`div`,{children:[(0,Z.jsx)(`div`,{className:`cell-title`,children:e.name}),(0,Z.jsx)(`div`,{className:`cell-sub`,children:e.email})]})]})}),(0,Z.jsx)(`td`,{"data-label":`Role`,children:u[e.role]}),(0,Z.jsx)(`td`,{"data-label":`Job`,children:ne(e.jobFunction)}),(0,Z.jsx)(`td`,{"data-label":`Status`,children:(0,Z.jsx)(x,{status:e.status,kind:`user`})}),(0,Z.jsx)(`td`,{"data-label":`Last sign-in`,children:l(e.lastLoginAt)})]},e.id))})]})})}),(0,Z.jsx)(_e,{partner:c})]}),a&&(0,Z.jsx)(xe,{partner:c,canChangeManager:t.role===`ADMIN`,onClose:()=>o(!1)})]})}export{Se as default};