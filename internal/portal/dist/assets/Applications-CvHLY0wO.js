import{a as e,n as t,t as n}from"./jsx-runtime-Wy9s6hX0.js";import{t as r}from"./check-CLRPvaZb.js";import{t as i}from"./external-link-BykczwgN.js";import{B as a,F as o,J as s,L as c,M as l,N as u,O as d,P as f,R as p,S as m,U as h,a as g,d as _,f as v,g as y,m as b,s as x,tt as S}from"./index-D7DUstJB.js";import{i as C,n as w,r as T,t as E,u as D,v as O}from"./usePageTitle-atKqKR4V.js";import{r as k,t as A}from"./ConnectionTable-DPymnZCa.js";import{r as j,t as M}from"./tiers-DZsp7JHG.js";import{t as N}from"./connection-mmDI86VZ.js";var P=e(t(),1),F=`
    query PartnerApplications($first: Int, $after: Cursor, $last: Int, $before: Cursor, $where: PartnerApplicationWhereInput) {
  partnerApplications(
    first: $first
    after: $after
    last: $last
    before: $before
    where: $where
    orderBy: {field: CREATED_AT, direction: ASC}
  ) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      node {
        id
        createdAt
        company
        website
        domain
        partnerType
        country
        contactName
        contactEmail
        motivation
        status
        declineReason
        reviewedAt
        reviewer {
          id
          name
        }
        partner {
          id
          name
        }
      }
    }
  }
}
    `,I=`
    query ApplicationReviewers {
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
    `,L=`
    mutation ApprovePartnerApplication($input: ApprovePartnerApplicationInput!) {
  approvePartnerApplication(input: $input) {
    application {
      id
      status
      partner {
        id
        name
      }
    }
    invitation {
      id
      email
    }
  }
}
    `,R=`
    mutation DeclinePartnerApplication($input: DeclinePartnerApplicationInput!) {
  declinePartnerApplication(input: $input) {
    application {
      id
      status
    }
  }
}
    `,z=n(),B={SUBMITTED:`info`,APPROVED:`success`,DECLINED:`neutral`},V={SUBMITTED:`Waiting`,APPROVED:`Approved`,DECLINED:`Declined`};function H({app:e,onClose:t}){let n=h(),m=v(M,{}),g=v(I,{}),x=j(N(m.data?.tiers)),[S,T]=(0,P.useState)(`approve`),[E,k]=(0,P.useState)(``),[A,F]=(0,P.useState)(n.role===`CHANNEL_MANAGER`?n.id:``),[B,H]=(0,P.useState)(``),[U,W]=(0,P.useState)({}),G=_(L),K=_(R),q=o(),J=S===`approve`?G:K,Y=e=>J.error instanceof O?J.error.fieldError(e):void 0,X=E||x[0]?.id||``,Z=e.status!==`SUBMITTED`;function Q(){if(S===`approve`){let n={tierId:X?void 0:`Choose a starting tier.`,managerId:A?void 0:`Choose who looks after them.`};if(W(n),n.tierId||n.managerId)return;G.mutate({input:{id:e.id,tierId:X,managerId:A}},{onSuccess:n=>{q(`${e.company} approved; ${n.approvePartnerApplication.invitation.email} is invited`),t()}})}else{let n={reason:B.trim()?void 0:`Tell the applicant why; we e-mail it to them.`};if(W(n),n.reason)return;K.mutate({input:{id:e.id,reason:B.trim()}},{onSuccess:()=>{q(`${e.company} declined`),t()}})}}return(0,z.jsx)(a,{open:!0,onClose:t,title:e.company,description:`${d[e.partnerType]??e.partnerType} · ${b(e.country)} · applied ${l(e.createdAt)}`,onSubmit:Z?void 0:Q,footer:Z?(0,z.jsx)(D,{onClick:t,children:`Close`}):(0,z.jsxs)(z.Fragment,{children:[(0,z.jsx)(D,{onClick:t,children:`Cancel`}),(0,z.jsx)(D,{type:`submit`,variant:S===`approve`?`primary`:`danger`,loading:J.isPending,icon:S===`approve`?(0,z.jsx)(r,{size:15,"aria-hidden":`true`}):(0,z.jsx)(s,{size:15,"aria-hidden":`true`}),children:S===`approve`?`Approve and invite`:`Decline application`})]}),children:(0,z.jsxs)(`div`,{className:`stack`,style:{gap:16},children:[(0,z.jsxs)(`dl`,{className:`dl`,children:[(0,z.jsx)(`dt`,{children:`Website`}),(0,z.jsx)(`dd`,{children:(0,z.jsxs)(`a`,{href:f(e.website),target:`_blank`,rel:`noopener noreferrer`,children:[e.domain,` `,(0,z.jsx)(i,{size:12,"aria-hidden":`true`})]})}),(0,z.jsx)(`dt`,{children:`Contact`}),(0,z.jsxs)(`dd`,{children:[e.contactName,(0,z.jsx)(`div`,{className:`cell-sub`,children:e.contactEmail})]}),(0,z.jsx)(`dt`,{children:`Why they apply`}),(0,z.jsx)(`dd`,{children:e.motivation||(0,z.jsx)(`span`,{className:`muted`,children:`Not given`})}),Z&&(0,z.jsxs)(z.Fragment,{children:[(0,z.jsx)(`dt`,{children:`Decision`}),(0,z.jsxs)(`dd`,{children:[V[e.status],` `,e.reviewedAt&&`on ${y(e.reviewedAt)}`,` `,e.reviewer&&`by ${e.reviewer.name}`,e.declineReason&&(0,z.jsxs)(`div`,{className:`cell-sub`,children:[`“`,e.declineReason,`”`]})]})]})]}),!Z&&!e.partner&&(0,z.jsx)(w,{tone:`warning`,title:`${e.domain} is already in the program`,children:`A partner or an earlier application holds this domain, so this one cannot be approved. The applicant was told by e-mail; decline it to close it.`}),!Z&&(0,z.jsxs)(z.Fragment,{children:[(0,z.jsxs)(`div`,{className:`segmented`,role:`group`,"aria-label":`Decision`,children:[(0,z.jsx)(`button`,{type:`button`,"aria-pressed":S===`approve`,onClick:()=>T(`approve`),children:`Approve`}),(0,z.jsx)(`button`,{type:`button`,"aria-pressed":S===`decline`,onClick:()=>T(`decline`),children:`Decline`})]}),J.error&&!(J.error instanceof O&&J.error.fieldErrors.length)&&(0,z.jsx)(C,{error:J.error}),S===`approve`?(0,z.jsxs)(`div`,{className:`form-grid`,children:[(0,z.jsx)(c,{label:`Starting tier`,value:X,onChange:e=>k(e.target.value),error:U.tierId??Y(`tierId`),children:x.map(e=>(0,z.jsx)(`option`,{value:e.id,children:e.name},e.id))}),(0,z.jsxs)(c,{label:`Partner account manager`,value:A,onChange:e=>F(e.target.value),error:U.managerId??Y(`managerId`),children:[(0,z.jsx)(`option`,{value:``,children:`Choose…`}),N(g.data?.users).map(e=>(0,z.jsxs)(`option`,{value:e.id,children:[e.name,` (`,u[e.role],`)`]},e.id))]}),(0,z.jsxs)(`p`,{className:`muted full`,style:{fontSize:`0.85rem`},children:[e.contactName,` is invited as `,e.company,`’s partner admin; the partner starts as onboarding.`]})]}):(0,z.jsx)(p,{label:`Reason, as the applicant will read it`,value:B,onChange:e=>H(e.target.value),error:U.reason??Y(`reason`),rows:3})]})]})})}function U(){E(`Applications`);let e=k({sort:`CREATED_AT`,direction:`ASC`}),t=e.get(`status`)||`SUBMITTED`,n=v(F,{...e.pageVars,where:{status:t}},{keepPrevious:!0}),[r,i]=(0,P.useState)(null),a=n.data?.partnerApplications,o=N(a);return(0,z.jsxs)(z.Fragment,{children:[(0,z.jsx)(g,{title:`Applications`,subtitle:`Companies asking to join the program. Approving creates the partner and invites its contact as partner admin.`,actions:(0,z.jsx)(`div`,{className:`segmented`,role:`group`,"aria-label":`Which applications`,children:m(V).map(n=>(0,z.jsx)(`button`,{type:`button`,"aria-pressed":t===n,onClick:()=>e.update({status:n===`SUBMITTED`?``:n}),children:V[n]},n))})}),(0,z.jsx)(`section`,{className:`card`,"aria-label":`Applications`,children:(0,z.jsxs)(A,{query:n,connection:a,list:e,noun:`applications`,csv:{list:`partnerApplications`,fields:[`createdAt`,`company`,`website`,`domain`,`partnerType`,`country`,`contactName`,`contactEmail`,`status`,`declineReason`,`reviewedAt`,`reviewer.name`],where:{status:t},orderBy:{field:`CREATED_AT`,direction:`ASC`}},skeleton:{rows:4,columns:5},empty:(0,z.jsx)(T,{icon:(0,z.jsx)(S,{size:22}),title:t===`SUBMITTED`?`Nothing waiting for review`:`No ${V[t].toLowerCase()} applications`,children:t===`SUBMITTED`?`New applications from the public form at /apply appear here, oldest first.`:`Decided applications are kept here.`}),children:[(0,z.jsx)(`thead`,{children:(0,z.jsxs)(`tr`,{children:[(0,z.jsx)(`th`,{scope:`col`,children:`Company`}),(0,z.jsx)(`th`,{scope:`col`,children:`Type`}),(0,z.jsx)(`th`,{scope:`col`,children:`Contact`}),(0,z.jsx)(`th`,{scope:`col`,children:`Applied`}),(0,z.jsx)(`th`,{scope:`col`,children:`Status`}),(0,z.jsx)(`th`,{scope:`col`,children:(0,z.jsx)(`span`,{className:`visually-hidden`,children:`Actions`})})]})}),(0,z.jsx)(`tbody`,{children:o.map(e=>(0,z.jsxs)(`tr`,{children:[(0,z.jsxs)(`td`,{children:[(0,z.jsx)(`div`,{className:`cell-title`,children:e.company}),(0,z.jsxs)(`div`,{className:`cell-sub`,children:[e.domain,` · `,b(e.country)]})]}),(0,z.jsx)(`td`,{"data-label":`Type`,children:d[e.partnerType]??e.partnerType}),(0,z.jsxs)(`td`,{"data-label":`Contact`,children:[(0,z.jsx)(`div`,{children:e.contactName}),(0,z.jsx)(`div`,{className:`cell-sub`,children:e.contactEmail})]}),(0,z.jsx)(`td`,{"data-label":`Applied`,children:l(e.createdAt)}),(0,z.jsx)(`td`,{"data-label":`Status`,children:(0,z.jsx)(x,{tone:B[e.status],dot:!0,children:V[e.status]})}),(0,z.jsx)(`td`,{className:`num`,children:(0,z.jsx)(D,{size:`sm`,variant:e.status===`SUBMITTED`?`primary`:`secondary`,onClick:()=>i(e),"aria-label":`${e.status===`SUBMITTED`?`Review`:`View`} ${e.company}`,children:e.status===`SUBMITTED`?`Review`:`View`})})]},e.id))})]})}),r&&(0,z.jsx)(H,{app:r,onClose:()=>i(null)})]})}export{U as default};