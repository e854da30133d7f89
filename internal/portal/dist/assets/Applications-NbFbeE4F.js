import{a as e,n as t,t as n}from"./jsx-runtime-Wy9s6hX0.js";import{t as r}from"./check-AbBSs0KG.js";import{t as i}from"./external-link-Ciyo2gSs.js";import{B as a,E as o,K as s,M as c,O as l,P as u,Q as d,X as f,Z as p,a as m,b as h,c as g,dt as _,it as v,l as y,m as b,n as x,r as S,s as C,t as w,v as T}from"./index-CPY0yktZ.js";import{i as E,t as D}from"./ConnectionTable-BKYB6N_p.js";import{r as O,t as k}from"./tiers-DvbzZCXz.js";import{t as A}from"./Dialog-RetkLxc1.js";import{n as j,r as M}from"./Field-C_CGVPzl.js";import{t as N}from"./connection-mmDI86VZ.js";var P=e(t(),1),F=`
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
    `,z=n(),B={SUBMITTED:`info`,APPROVED:`success`,DECLINED:`neutral`},V={SUBMITTED:`Waiting`,APPROVED:`Approved`,DECLINED:`Declined`};function H({app:e,onClose:t}){let n=o(),a=S(k,{}),m=S(I,{}),h=O(N(a.data?.tiers)),[g,_]=(0,P.useState)(`approve`),[T,E]=(0,P.useState)(``),[D,F]=(0,P.useState)(n.role===`CHANNEL_MANAGER`?n.id:``),[B,H]=(0,P.useState)(``),[U,W]=(0,P.useState)({}),G=x(L),K=x(R),q=w(),J=g===`approve`?G:K,Y=e=>J.error instanceof l?J.error.fieldError(e):void 0,X=T||h[0]?.id||``,Z=e.status!==`SUBMITTED`;function Q(){if(g===`approve`){let n={tierId:X?void 0:`Choose a starting tier.`,managerId:D?void 0:`Choose who looks after them.`};if(W(n),n.tierId||n.managerId)return;G.mutate({input:{id:e.id,tierId:X,managerId:D}},{onSuccess:n=>{q(`${e.company} approved; ${n.approvePartnerApplication.invitation.email} is invited`),t()}})}else{let n={reason:B.trim()?void 0:`Tell the applicant why; we e-mail it to them.`};if(W(n),n.reason)return;K.mutate({input:{id:e.id,reason:B.trim()}},{onSuccess:()=>{q(`${e.company} declined`),t()}})}}return(0,z.jsx)(A,{open:!0,onClose:t,title:e.company,description:`${s[e.partnerType]??e.partnerType} · ${c(e.country)} · applied ${f(e.createdAt)}`,onSubmit:Z?void 0:Q,footer:Z?(0,z.jsx)(b,{onClick:t,children:`Close`}):(0,z.jsxs)(z.Fragment,{children:[(0,z.jsx)(b,{onClick:t,children:`Cancel`}),(0,z.jsx)(b,{type:`submit`,variant:g===`approve`?`primary`:`danger`,loading:J.isPending,icon:g===`approve`?(0,z.jsx)(r,{size:15,"aria-hidden":`true`}):(0,z.jsx)(v,{size:15,"aria-hidden":`true`}),children:g===`approve`?`Approve and invite`:`Decline application`})]}),children:(0,z.jsxs)(`div`,{className:`stack`,style:{gap:16},children:[(0,z.jsxs)(`dl`,{className:`dl`,children:[(0,z.jsx)(`dt`,{children:`Website`}),(0,z.jsx)(`dd`,{children:(0,z.jsxs)(`a`,{href:d(e.website),target:`_blank`,rel:`noopener noreferrer`,children:[e.domain,` `,(0,z.jsx)(i,{size:12,"aria-hidden":`true`})]})}),(0,z.jsx)(`dt`,{children:`Contact`}),(0,z.jsxs)(`dd`,{children:[e.contactName,(0,z.jsx)(`div`,{className:`cell-sub`,children:e.contactEmail})]}),(0,z.jsx)(`dt`,{children:`Why they apply`}),(0,z.jsx)(`dd`,{children:e.motivation||(0,z.jsx)(`span`,{className:`muted`,children:`Not given`})}),Z&&(0,z.jsxs)(z.Fragment,{children:[(0,z.jsx)(`dt`,{children:`Decision`}),(0,z.jsxs)(`dd`,{children:[V[e.status],` `,e.reviewedAt&&`on ${u(e.reviewedAt)}`,` `,e.reviewer&&`by ${e.reviewer.name}`,e.declineReason&&(0,z.jsxs)(`div`,{className:`cell-sub`,children:[`“`,e.declineReason,`”`]})]})]})]}),!Z&&!e.partner&&(0,z.jsx)(C,{tone:`warning`,title:`${e.domain} is already in the program`,children:`A partner or an earlier application holds this domain, so this one cannot be approved. The applicant was told by e-mail; decline it to close it.`}),!Z&&(0,z.jsxs)(z.Fragment,{children:[(0,z.jsxs)(`div`,{className:`segmented`,role:`group`,"aria-label":`Decision`,children:[(0,z.jsx)(`button`,{type:`button`,"aria-pressed":g===`approve`,onClick:()=>_(`approve`),children:`Approve`}),(0,z.jsx)(`button`,{type:`button`,"aria-pressed":g===`decline`,onClick:()=>_(`decline`),children:`Decline`})]}),J.error&&!(J.error instanceof l&&J.error.fieldErrors.length)&&(0,z.jsx)(y,{error:J.error}),g===`approve`?(0,z.jsxs)(`div`,{className:`form-grid`,children:[(0,z.jsx)(j,{label:`Starting tier`,value:X,onChange:e=>E(e.target.value),error:U.tierId??Y(`tierId`),children:h.map(e=>(0,z.jsx)(`option`,{value:e.id,children:e.name},e.id))}),(0,z.jsxs)(j,{label:`Partner account manager`,value:D,onChange:e=>F(e.target.value),error:U.managerId??Y(`managerId`),children:[(0,z.jsx)(`option`,{value:``,children:`Choose…`}),N(m.data?.users).map(e=>(0,z.jsxs)(`option`,{value:e.id,children:[e.name,` (`,p[e.role],`)`]},e.id))]}),(0,z.jsxs)(`p`,{className:`muted full`,style:{fontSize:`0.85rem`},children:[e.contactName,` is invited as `,e.company,`’s partner admin; the partner starts as onboarding.`]})]}):(0,z.jsx)(M,{label:`Reason, as the applicant will read it`,value:B,onChange:e=>H(e.target.value),error:U.reason??Y(`reason`),rows:3})]})]})})}function U(){m(`Applications`);let e=E({sort:`CREATED_AT`,direction:`ASC`}),t=e.get(`status`)||`SUBMITTED`,n=S(F,{...e.pageVars,where:{status:t}},{keepPrevious:!0}),[r,i]=(0,P.useState)(null),o=n.data?.partnerApplications,l=N(o);return(0,z.jsxs)(z.Fragment,{children:[(0,z.jsx)(T,{title:`Applications`,subtitle:`Companies asking to join the program. Approving creates the partner and invites its contact as partner admin.`,actions:(0,z.jsx)(`div`,{className:`segmented`,role:`group`,"aria-label":`Which applications`,children:a(V).map(n=>(0,z.jsx)(`button`,{type:`button`,"aria-pressed":t===n,onClick:()=>e.update({status:n===`SUBMITTED`?``:n}),children:V[n]},n))})}),(0,z.jsx)(`section`,{className:`card`,"aria-label":`Applications`,children:(0,z.jsxs)(D,{query:n,connection:o,list:e,noun:`applications`,skeleton:{rows:4,columns:5},empty:(0,z.jsx)(g,{icon:(0,z.jsx)(_,{size:22}),title:t===`SUBMITTED`?`Nothing waiting for review`:`No ${V[t].toLowerCase()} applications`,children:t===`SUBMITTED`?`New applications from the public form at /apply appear here, oldest first.`:`Decided applications are kept here.`}),children:[(0,z.jsx)(`thead`,{children:(0,z.jsxs)(`tr`,{children:[(0,z.jsx)(`th`,{scope:`col`,children:`Company`}),(0,z.jsx)(`th`,{scope:`col`,children:`Type`}),(0,z.jsx)(`th`,{scope:`col`,children:`Contact`}),(0,z.jsx)(`th`,{scope:`col`,children:`Applied`}),(0,z.jsx)(`th`,{scope:`col`,children:`Status`}),(0,z.jsx)(`th`,{scope:`col`,children:(0,z.jsx)(`span`,{className:`visually-hidden`,children:`Actions`})})]})}),(0,z.jsx)(`tbody`,{children:l.map(e=>(0,z.jsxs)(`tr`,{children:[(0,z.jsxs)(`td`,{children:[(0,z.jsx)(`div`,{className:`cell-title`,children:e.company}),(0,z.jsxs)(`div`,{className:`cell-sub`,children:[e.domain,` · `,c(e.country)]})]}),(0,z.jsx)(`td`,{"data-label":`Type`,children:s[e.partnerType]??e.partnerType}),(0,z.jsxs)(`td`,{"data-label":`Contact`,children:[(0,z.jsx)(`div`,{children:e.contactName}),(0,z.jsx)(`div`,{className:`cell-sub`,children:e.contactEmail})]}),(0,z.jsx)(`td`,{"data-label":`Applied`,children:f(e.createdAt)}),(0,z.jsx)(`td`,{"data-label":`Status`,children:(0,z.jsx)(h,{tone:B[e.status],dot:!0,children:V[e.status]})}),(0,z.jsx)(`td`,{className:`num`,children:(0,z.jsx)(b,{size:`sm`,variant:e.status===`SUBMITTED`?`primary`:`secondary`,onClick:()=>i(e),"aria-label":`${e.status===`SUBMITTED`?`Review`:`View`} ${e.company}`,children:e.status===`SUBMITTED`?`Review`:`View`})})]},e.id))})]})}),r&&(0,z.jsx)(H,{app:r,onClose:()=>i(null)})]})}export{U as default};