import{a as e,n as t,t as n}from"./jsx-runtime-Wy9s6hX0.js";import{t as r}from"./external-link-BykczwgN.js";import{$ as i,A as a,B as o,D as s,F as c,L as l,M as u,N as d,O as f,P as p,R as m,S as h,T as g,U as _,Z as v,_ as y,a as b,c as x,d as S,f as C,g as w,i as T,j as ee,l as E,m as D,nt as O,ot as k,p as A,r as j,x as te}from"./index-D7DUstJB.js";import{t as ne}from"./earth-CYZQynIo.js";import{t as re}from"./pencil-DrospVN-.js";import{K as M,W as ie,a as N,c as P,d as F,et as ae,i as I,l as L,r as R,t as z,u as B,v as V}from"./usePageTitle-atKqKR4V.js";import{r as H,t as U}from"./tiers-DZsp7JHG.js";import{n as W,t as G}from"./DetailPage-C3rrboby.js";import{t as K}from"./shield-exclamation-point-CSwQK4xe.js";import{t as q}from"./ExportButton-B8iJRjdD.js";import{t as J}from"./KeyDate-BlEr0wc9.js";import{n as oe}from"./status-Cvs0A2qn.js";import{t as Y}from"./connection-mmDI86VZ.js";import{t as se}from"./trash-BfJ9DkVB.js";import{n as ce}from"./Performance-CbcL4Kaw.js";var X={name:`notebook-pen`,size:24,node:[[`path`,{d:`M13.4 2H6a2 2 0 0 0-2 2v16a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-7.4`,key:`re6nr2`}],[`path`,{d:`M2 6h4`,key:`aawbzj`}],[`path`,{d:`M2 10h4`,key:`l0bgd4`}],[`path`,{d:`M2 14h4`,key:`1gsvsf`}],[`path`,{d:`M2 18h4`,key:`1bu2t1`}],[`path`,{d:`M21.378 5.626a1 1 0 1 0-3.004-3.004l-5.01 5.012a2 2 0 0 0-.506.854l-.837 2.87a.5.5 0 0 0 .62.62l2.87-.837a2 2 0 0 0 .854-.506z`,key:`pqwjuv`}]]};X.node;var le=ie(X),Z=e(t(),1),ue=`
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
    `,Q=n();function de({partner:e}){let t={hasPartnerWith:[{id:e.id}]},n=C(ue,{where:t,submitted:{...t,status:`SUBMITTED`},approved:{...t,status:`APPROVED`},won:{...t,status:`WON`}}),r=n.data,i=Y(r?.recent),a=Date.now();return(0,Q.jsxs)(T,{title:`Deals`,hint:r?`${A(r.recent.totalCount)} registrations · ${A(r.submitted.totalCount)} awaiting a decision · ${A(r.approved.totalCount)} protected · ${A(r.won.totalCount)} won`:`Registrations of this partner.`,actions:r&&r.recent.totalCount>0?(0,Q.jsxs)(F,{size:`sm`,to:`/deals?partner=${encodeURIComponent(e.id)}`,children:[`All `,A(r.recent.totalCount),` deals`]}):void 0,flush:!0,children:[n.isError?(0,Q.jsx)(N,{error:n.error,onRetry:()=>void n.refetch()}):n.isPending?(0,Q.jsx)(L,{rows:4,columns:5}):i.length===0?(0,Q.jsxs)(R,{icon:(0,Q.jsx)(k,{size:22}),title:`No deals registered yet`,children:[e.name,`’s registrations appear here.`]}):(0,Q.jsx)(`div`,{className:`table-wrap`,children:(0,Q.jsxs)(`table`,{className:`table table-cards deal-table`,"aria-label":`Latest deals of ${e.name}`,children:[(0,Q.jsx)(`thead`,{children:(0,Q.jsxs)(`tr`,{children:[(0,Q.jsx)(`th`,{scope:`col`,children:`Deal`}),(0,Q.jsx)(`th`,{scope:`col`,className:`num`,children:`Amount`}),(0,Q.jsx)(`th`,{scope:`col`,children:`Status`}),(0,Q.jsx)(`th`,{scope:`col`,children:`Decision or protection`}),(0,Q.jsx)(`th`,{scope:`col`,children:`Registered`})]})}),(0,Q.jsx)(`tbody`,{children:i.map(e=>(0,Q.jsxs)(`tr`,{children:[(0,Q.jsxs)(`td`,{children:[(0,Q.jsx)(M,{to:`/deals/${e.id}`,className:`cell-title`,children:e.title}),(0,Q.jsx)(`div`,{className:`cell-sub`,children:e.customerName})]}),(0,Q.jsx)(`td`,{"data-label":`Amount`,className:`num nowrap`,children:g(e.amount,e.currency)}),(0,Q.jsx)(`td`,{"data-label":`Status`,children:(0,Q.jsxs)(`span`,{className:`status-cell`,children:[(0,Q.jsx)(oe,{status:e.status}),(e.conflicts??[]).length>0&&(0,Q.jsxs)(`span`,{className:`flag`,title:`Conflicts flagged`,children:[(0,Q.jsx)(K,{size:13,"aria-hidden":`true`}),(0,Q.jsx)(`span`,{className:`visually-hidden`,children:`Conflicts flagged`})]})]})}),(0,Q.jsx)(`td`,{"data-label":`Next`,children:(0,Q.jsx)(J,{d:e,now:a})}),(0,Q.jsxs)(`td`,{"data-label":`Registered`,children:[w(e.createdAt),(0,Q.jsx)(`div`,{className:`cell-sub`,children:e.registeredBy.name})]})]},e.id))})]})}),i.length>0&&(0,Q.jsx)(q,{csv:{list:`deals`,fields:[`title`,`customerName`,`amount`,`currency`,`status`,`decisionDueAt`,`protectionExpiresAt`,`createdAt`,`registeredBy.name`],where:t,orderBy:{field:`CREATED_AT`,direction:`DESC`}}})]})}var fe=`
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
    `,pe=`
    mutation AddPartnerNote($input: AddPartnerNoteInput!) {
  addPartnerNote(input: $input) {
    note {
      id
    }
  }
}
    `,me=`
    mutation DeletePartnerNote($input: DeletePartnerNoteInput!) {
  deletePartnerNote(input: $input) {
    deletedId
  }
}
    `,$=5e3,he=50;function ge({partner:e}){let t=_(),n=C(fe,{partnerId:e.id,first:he}),r=S(pe),i=S(me),a=c(),[o,s]=(0,Z.useState)(``),l=Y(n.data?.partnerNotes),d=n.data?.partnerNotes.totalCount??0,f=[...o].length,p=(r.error instanceof V?r.error.fieldError(`body`):void 0)??(f>$?`A note is at most ${A($)} characters.`:void 0);return(0,Q.jsxs)(T,{title:`Notes`,labelledBy:`partner-notes`,hint:`Internal to the channel team: ${e.name} never sees them.`,actions:d>0?(0,Q.jsx)(q,{csv:{list:`partnerNotes`,fields:[`createdAt`,`author.name`,`author.email`,`body`],where:{partnerID:e.id},orderBy:{field:`CREATED_AT`,direction:`DESC`}}}):void 0,children:[(0,Q.jsxs)(`form`,{className:`stack note-form`,style:{gap:8},onSubmit:t=>{t.preventDefault(),!o.trim()||f>$||r.mutate({input:{partnerId:e.id,body:o}},{onSuccess:()=>{s(``),a(`Note added`)}})},children:[r.error&&!p&&(0,Q.jsx)(I,{error:r.error}),(0,Q.jsx)(m,{label:`New note`,rows:3,value:o,onChange:e=>s(e.target.value),hint:`${A(f)} of ${A($)} characters`,error:p}),(0,Q.jsx)(`div`,{className:`row`,children:(0,Q.jsx)(B,{type:`submit`,variant:`primary`,size:`sm`,loading:r.isPending,disabled:!o.trim()||f>$,children:`Add note`})})]}),i.error&&(0,Q.jsx)(I,{error:i.error}),n.isError?(0,Q.jsx)(N,{error:n.error,onRetry:()=>void n.refetch()}):n.isPending?(0,Q.jsx)(L,{rows:2,columns:2}):l.length===0?(0,Q.jsxs)(R,{icon:(0,Q.jsx)(le,{size:22}),title:`No notes yet`,children:[`Write down calls, concerns and plans for `,e.name,`; the channel team sees them here.`]}):(0,Q.jsxs)(Q.Fragment,{children:[(0,Q.jsx)(`ul`,{className:`note-list`,"aria-label":`Notes on ${e.name}`,children:l.map(e=>{let n=t.role===`ADMIN`||e.author.id===t.id;return(0,Q.jsxs)(`li`,{className:`note`,children:[(0,Q.jsxs)(`div`,{className:`note-head`,children:[(0,Q.jsxs)(`span`,{className:`cell-title`,children:[e.author.name,e.author.id===t.id&&(0,Q.jsx)(`span`,{className:`muted`,children:` (you)`})]}),(0,Q.jsx)(`time`,{className:`cell-sub`,dateTime:e.createdAt,title:y(e.createdAt),children:u(e.createdAt)}),n&&(0,Q.jsx)(B,{size:`sm`,variant:`ghost`,className:`note-delete`,icon:(0,Q.jsx)(se,{size:14,"aria-hidden":`true`}),"aria-label":`Delete note by ${e.author.name}, ${y(e.createdAt)}`,loading:i.isPending&&i.variables?.input.id===e.id,onClick:()=>i.mutate({input:{id:e.id}},{onSuccess:()=>a(`Note deleted`)}),children:`Delete`})]}),(0,Q.jsx)(`p`,{className:`note-body`,children:e.body})]},e.id)})}),d>l.length&&(0,Q.jsxs)(`p`,{className:`muted small`,children:[`The latest `,A(l.length),` of `,A(d),` notes; export them all as CSV.`]})]})]})}var _e=`
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
    `,be=h(s);function xe({partner:e,canChangeManager:t,onClose:n}){let r=C(U,{}),i=C(ve,{},{enabled:t}),[a,u]=(0,Z.useState)(e.tier?.id??``),[f,p]=(0,Z.useState)(e.status),[m,h]=(0,Z.useState)(e.manager?.id??``),g=S(ye),_=c(),v=e=>g.error instanceof V?g.error.fieldError(e):void 0;return(0,Q.jsx)(o,{open:!0,onClose:n,title:`Edit ${e.name}`,description:`Tier, lifecycle status and who looks after this partner.`,onSubmit:()=>g.mutate({input:{id:e.id,status:f,...a&&a!==e.tier?.id?{tierId:a}:{},...t&&m&&m!==e.manager?.id?{managerId:m}:{}}},{onSuccess:()=>{_(`${e.name} updated`),n()}}),footer:(0,Q.jsxs)(Q.Fragment,{children:[(0,Q.jsx)(B,{onClick:n,children:`Cancel`}),(0,Q.jsx)(B,{type:`submit`,variant:`primary`,loading:g.isPending,children:`Save changes`})]}),children:(0,Q.jsxs)(`div`,{className:`stack`,style:{gap:16},children:[g.error&&!(g.error instanceof V&&g.error.fieldErrors.length)&&(0,Q.jsx)(I,{error:g.error}),(0,Q.jsxs)(l,{label:`Tier`,value:a,onChange:e=>u(e.target.value),error:v(`tierId`),children:[!e.tier&&(0,Q.jsx)(`option`,{value:``,children:`No tier`}),H(Y(r.data?.tiers)).map(e=>(0,Q.jsx)(`option`,{value:e.id,children:e.name},e.id))]}),(0,Q.jsx)(l,{label:`Status`,value:f,onChange:e=>p(e.target.value),error:v(`status`),children:be.map(e=>(0,Q.jsx)(`option`,{value:e,children:s[e]},e))}),t&&(0,Q.jsxs)(l,{label:`Partner account manager`,value:m,onChange:e=>h(e.target.value),error:v(`managerId`),children:[!e.manager&&(0,Q.jsx)(`option`,{value:``,children:`Unassigned`}),Y(i.data?.users).map(e=>(0,Q.jsxs)(`option`,{value:e.id,children:[e.name,` (`,d[e.role],`)`]},e.id))]})]})})}function Se(){let{id:e=``}=ae(),t=_(),n=C(_e,{id:e}),[o,s]=(0,Z.useState)(!1),c=n.data?.node,l=c?.__typename===`Partner`?c:void 0;z(l?.name??`Partner`);let m=(0,Q.jsx)(G,{to:`/partners`,children:`Partners`});if(n.isError||n.isPending||!l)return(0,Q.jsx)(W,{query:n,back:m,noun:`Partner`,titleWidth:260,loading:(0,Q.jsxs)(`div`,{className:`grid grid-3`,children:[(0,Q.jsx)(P,{height:260}),(0,Q.jsx)(P,{height:260}),(0,Q.jsx)(P,{height:260})]}),notFound:{title:`We couldn’t find this partner`,body:`It may have been removed, or the link may be wrong.`}});let h=Y(l.users),y=t.role===`ADMIN`||t.role===`CHANNEL_MANAGER`&&l.manager?.id===t.id,S=l.tier;return(0,Q.jsxs)(Q.Fragment,{children:[(0,Q.jsx)(b,{eyebrow:m,title:l.name,subtitle:(0,Q.jsxs)(`span`,{className:`row`,children:[(0,Q.jsx)(E,{tier:S}),(0,Q.jsx)(x,{status:l.status}),(0,Q.jsxs)(`span`,{className:`muted`,children:[f[l.type]??l.type,` · `,D(l.country)]})]}),actions:(0,Q.jsxs)(Q.Fragment,{children:[l.website&&(0,Q.jsxs)(`a`,{className:`btn`,href:p(l.website),target:`_blank`,rel:`noopener noreferrer`,children:[(0,Q.jsx)(ne,{size:15,"aria-hidden":`true`}),` `,l.domain??`Website`,` `,(0,Q.jsx)(r,{size:13,"aria-hidden":`true`})]}),(0,Q.jsxs)(M,{className:`btn`,to:`/scorecard/${l.id}`,children:[(0,Q.jsx)(O,{size:15,"aria-hidden":`true`}),` Scorecard`]}),y&&(0,Q.jsx)(B,{variant:`primary`,icon:(0,Q.jsx)(re,{size:15,"aria-hidden":`true`}),onClick:()=>s(!0),children:`Edit partner`})]})}),(0,Q.jsxs)(`div`,{className:`stack`,children:[(0,Q.jsxs)(`div`,{className:`grid grid-3`,children:[(0,Q.jsx)(T,{title:`Details`,children:(0,Q.jsxs)(`dl`,{className:`dl`,children:[(0,Q.jsx)(`dt`,{children:`Type`}),(0,Q.jsx)(`dd`,{children:f[l.type]??l.type}),(0,Q.jsx)(`dt`,{children:`Region`}),(0,Q.jsx)(`dd`,{children:ee[l.region]??l.region}),(0,Q.jsx)(`dt`,{children:`Country`}),(0,Q.jsx)(`dd`,{children:D(l.country)}),(0,Q.jsx)(`dt`,{children:`Industries`}),(0,Q.jsx)(`dd`,{children:l.verticals?.length?l.verticals.join(`, `):`—`}),(0,Q.jsx)(`dt`,{children:`Agreement signed`}),(0,Q.jsx)(`dd`,{children:w(l.contractSignedAt)}),(0,Q.jsx)(`dt`,{children:`First deal`}),(0,Q.jsx)(`dd`,{children:l.firstDealAt?w(l.firstDealAt):`Not yet`})]})}),(0,Q.jsx)(T,{title:`Tier`,children:S?(0,Q.jsxs)(Q.Fragment,{children:[(0,Q.jsxs)(`div`,{className:`row`,style:{marginBottom:12},children:[(0,Q.jsx)(E,{tier:S}),(0,Q.jsxs)(`span`,{className:`muted`,style:{fontSize:`0.85rem`},children:[`Rank `,S.rank]})]}),(0,Q.jsxs)(`dl`,{className:`dl`,children:[(0,Q.jsx)(`dt`,{children:`Discount`}),(0,Q.jsx)(`dd`,{children:a(S.discountBps)}),(0,Q.jsx)(`dt`,{children:`Rebate`}),(0,Q.jsx)(`dd`,{children:a(S.rebateBps)}),(0,Q.jsx)(`dt`,{children:`MDF per quarter`}),(0,Q.jsx)(`dd`,{children:g(S.mdfQuarterlyAllowance,S.currency)}),(0,Q.jsx)(`dt`,{children:`Deal protection`}),(0,Q.jsxs)(`dd`,{children:[S.dealProtectionDays,` days`]})]})]}):(0,Q.jsx)(`p`,{className:`muted`,children:`No tier assigned yet.`})}),(0,Q.jsx)(T,{title:`Partner account manager`,children:l.manager?(0,Q.jsxs)(`div`,{className:`person-card`,children:[(0,Q.jsx)(j,{name:l.manager.name,size:`lg`}),(0,Q.jsxs)(`div`,{style:{flex:1,minWidth:0},children:[(0,Q.jsxs)(`div`,{className:`cell-title`,children:[l.manager.name,l.manager.id===t.id&&(0,Q.jsx)(`span`,{className:`muted`,children:` (you)`})]}),(0,Q.jsx)(`div`,{className:`cell-sub`,children:l.manager.email})]}),(0,Q.jsx)(`a`,{className:`btn btn-sm btn-icon`,href:`mailto:${l.manager.email}`,"aria-label":`E-mail ${l.manager.name}`,children:(0,Q.jsx)(i,{size:14,"aria-hidden":`true`})})]}):(0,Q.jsx)(`p`,{className:`muted`,children:`Unassigned.`})})]}),(0,Q.jsx)(ce,{perf:l.performance,name:l.name}),(0,Q.jsx)(de,{partner:l}),(0,Q.jsx)(T,{title:`People`,hint:`${h.length} ${h.length===1?`person has`:`people have`} access to the portal.`,actions:h.length>0?(0,Q.jsx)(q,{csv:{list:`users`,fields:[`name`,`email`,`role`,`jobFunction`,`status`,`lastLoginAt`],where:{hasPartnerWith:[{id:l.id}]},orderBy:{field:`NAME`,direction:`ASC`}}}):void 0,flush:!0,children:h.length===0?(0,Q.jsx)(R,{icon:(0,Q.jsx)(v,{size:22}),title:`No users yet`,children:`The partner admin invites colleagues once the organisation is set up.`}):(0,Q.jsx)(`div`,{className:`table-wrap`,children:(0,Q.jsxs)(`table`,{className:`table table-cards`,"aria-label":`People of ${l.name}`,children:[(0,Q.jsx)(`thead`,{children:(0,Q.jsxs)(`tr`,{children:[(0,Q.jsx)(`th`,{scope:`col`,children:`Name`}),(0,Q.jsx)(`th`,{scope:`col`,children:`Role`}),(0,Q.jsx)(`th`,{scope:`col`,children:`Job`}),(0,Q.jsx)(`th`,{scope:`col`,children:`Status`}),(0,Q.jsx)(`th`,{scope:`col`,children:`Last sign-in`})]})}),(0,Q.jsx)(`tbody`,{children:h.map(e=>(0,Q.jsxs)(`tr`,{children:[(0,Q.jsx)(`td`,{children:(0,Q.jsxs)(`div`,{className:`cell-person`,children:[(0,Q.jsx)(j,{name:e.name,size:`sm`}),(0,Q.jsxs)(`div`,{children:[(0,Q.jsx)(`div`,{className:`cell-title`,children:e.name}),(0,Q.jsx)(`div`,{className:`cell-sub`,children:e.email})]})]})}),(0,Q.jsx)(`td`,{"data-label":`Role`,children:d[e.role]}),(0,Q.jsx)(`td`,{"data-label":`Job`,children:te(e.jobFunction)}),(0,Q.jsx)(`td`,{"data-label":`Status`,children:(0,Q.jsx)(x,{status:e.status,kind:`user`})}),(0,Q.jsx)(`td`,{"data-label":`Last sign-in`,children:u(e.lastLoginAt)})]},e.id))})]})})}),(0,Q.jsx)(ge,{partner:l})]}),o&&(0,Q.jsx)(xe,{partner:l,canChangeManager:t.role===`ADMIN`,onClose:()=>s(!1)})]})}export{Se as default};