<<<<<<<< HEAD:internal/portal/dist/assets/Applications-BgOsJr1e.js
<<<<<<<< HEAD:internal/portal/dist/assets/Applications-pCeudLAR.js
import{a as e,n as t,t as n}from"./jsx-runtime-Wy9s6hX0.js";import{t as r}from"./check-AbBSs0KG.js";import{t as i}from"./external-link-Ciyo2gSs.js";import{B as a,E as o,K as s,M as c,O as l,P as u,Q as d,X as f,Z as p,a as m,b as h,c as g,ft as _,it as v,l as y,m as b,n as x,r as S,t as C,v as w}from"./index-BFYom38I.js";import{i as T,t as E}from"./ConnectionTable-NIF9Lmsd.js";import{r as D,t as O}from"./tiers-BKa4kYbd.js";import{t as k}from"./Dialog-JD6iUPkM.js";import{n as A,r as j}from"./Field-CPbFVahT.js";import{t as M}from"./connection-mmDI86VZ.js";var N=e(t(),1),P=`
========
import{a as e,n as t,t as n}from"./jsx-runtime-Wy9s6hX0.js";import{t as r}from"./check-DPZuaO_H.js";import{t as i}from"./external-link-PhwKoEJF.js";import{B as a,F as o,J as s,L as c,M as l,N as u,O as d,P as f,R as p,S as m,U as h,et as g,g as _,l as v,m as y,n as b,s as x,t as S}from"./index-fWY_pxzk.js";import{g as C,i as w,r as T,t as E,u as D}from"./usePageTitle-Crh4vj5K.js";import{i as O,t as k}from"./ConnectionTable-Y3tRw4s5.js";import{r as A,t as j}from"./tiers-BR6boAaK.js";import{t as M}from"./connection-mmDI86VZ.js";var N=e(t(),1),P=`
>>>>>>>> portal:internal/portal/dist/assets/Applications-BgOsJr1e.js
========
import{a as e,n as t,t as n}from"./jsx-runtime-Wy9s6hX0.js";import{t as r}from"./check-AbBSs0KG.js";import{t as i}from"./external-link-Ciyo2gSs.js";import{$ as a,E as o,F as s,N as c,Q as l,V as u,Z as d,a as f,b as p,c as m,ct as h,ht as g,k as _,l as v,m as y,n as b,q as x,r as S,t as C,v as w}from"./index-BtfVeBhV.js";import{i as T,t as E}from"./ConnectionTable-lFi0357Y.js";import{r as D,t as O}from"./tiers-pg3yOLsC.js";import{t as k}from"./Dialog-DigcHBvN.js";import{n as A,r as j}from"./Field-BPpLB17Z.js";import{t as M}from"./connection-mmDI86VZ.js";var N=e(t(),1),P=`
>>>>>>>> content:internal/portal/dist/assets/Applications-CJfohTzw.js
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
    `,F=`
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
    `,I=`
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
    `,L=`
    mutation DeclinePartnerApplication($input: DeclinePartnerApplicationInput!) {
  declinePartnerApplication(input: $input) {
    application {
      id
      status
    }
  }
}
<<<<<<<< HEAD:internal/portal/dist/assets/Applications-BgOsJr1e.js
    `,R=n(),z={SUBMITTED:`info`,APPROVED:`success`,DECLINED:`neutral`},B={SUBMITTED:`Waiting`,APPROVED:`Approved`,DECLINED:`Declined`};function V({app:e,onClose:t}){let n=h(),m=b(j,{}),g=b(F,{}),v=A(M(m.data?.tiers)),[x,T]=(0,N.useState)(`approve`),[E,O]=(0,N.useState)(``),[k,P]=(0,N.useState)(n.role===`CHANNEL_MANAGER`?n.id:``),[z,V]=(0,N.useState)(``),[H,U]=(0,N.useState)({}),W=S(I),G=S(L),K=o(),q=x===`approve`?W:G,J=e=>q.error instanceof C?q.error.fieldError(e):void 0,Y=E||v[0]?.id||``,X=e.status!==`SUBMITTED`;function Z(){if(x===`approve`){let n={tierId:Y?void 0:`Choose a starting tier.`,managerId:k?void 0:`Choose who looks after them.`};if(U(n),n.tierId||n.managerId)return;W.mutate({input:{id:e.id,tierId:Y,managerId:k}},{onSuccess:n=>{K(`${e.company} approved; ${n.approvePartnerApplication.invitation.email} is invited`),t()}})}else{let n={reason:z.trim()?void 0:`Tell the applicant why; we e-mail it to them.`};if(U(n),n.reason)return;G.mutate({input:{id:e.id,reason:z.trim()}},{onSuccess:()=>{K(`${e.company} declined`),t()}})}}return(0,R.jsx)(a,{open:!0,onClose:t,title:e.company,description:`${d[e.partnerType]??e.partnerType} · ${y(e.country)} · applied ${l(e.createdAt)}`,onSubmit:X?void 0:Z,footer:X?(0,R.jsx)(D,{onClick:t,children:`Close`}):(0,R.jsxs)(R.Fragment,{children:[(0,R.jsx)(D,{onClick:t,children:`Cancel`}),(0,R.jsx)(D,{type:`submit`,variant:x===`approve`?`primary`:`danger`,loading:q.isPending,icon:x===`approve`?(0,R.jsx)(r,{size:15,"aria-hidden":`true`}):(0,R.jsx)(s,{size:15,"aria-hidden":`true`}),children:x===`approve`?`Approve and invite`:`Decline application`})]}),children:(0,R.jsxs)(`div`,{className:`stack`,style:{gap:16},children:[(0,R.jsxs)(`dl`,{className:`dl`,children:[(0,R.jsx)(`dt`,{children:`Website`}),(0,R.jsx)(`dd`,{children:(0,R.jsxs)(`a`,{href:f(e.website),target:`_blank`,rel:`noopener noreferrer`,children:[e.domain,` `,(0,R.jsx)(i,{size:12,"aria-hidden":`true`})]})}),(0,R.jsx)(`dt`,{children:`Contact`}),(0,R.jsxs)(`dd`,{children:[e.contactName,(0,R.jsx)(`div`,{className:`cell-sub`,children:e.contactEmail})]}),(0,R.jsx)(`dt`,{children:`Why they apply`}),(0,R.jsx)(`dd`,{children:e.motivation||(0,R.jsx)(`span`,{className:`muted`,children:`Not given`})}),X&&(0,R.jsxs)(R.Fragment,{children:[(0,R.jsx)(`dt`,{children:`Decision`}),(0,R.jsxs)(`dd`,{children:[B[e.status],` `,e.reviewedAt&&`on ${_(e.reviewedAt)}`,` `,e.reviewer&&`by ${e.reviewer.name}`,e.declineReason&&(0,R.jsxs)(`div`,{className:`cell-sub`,children:[`“`,e.declineReason,`”`]})]})]})]}),!X&&(0,R.jsxs)(R.Fragment,{children:[(0,R.jsxs)(`div`,{className:`segmented`,role:`group`,"aria-label":`Decision`,children:[(0,R.jsx)(`button`,{type:`button`,"aria-pressed":x===`approve`,onClick:()=>T(`approve`),children:`Approve`}),(0,R.jsx)(`button`,{type:`button`,"aria-pressed":x===`decline`,onClick:()=>T(`decline`),children:`Decline`})]}),q.error&&!(q.error instanceof C&&q.error.fieldErrors.length)&&(0,R.jsx)(w,{error:q.error}),x===`approve`?(0,R.jsxs)(`div`,{className:`form-grid`,children:[(0,R.jsx)(c,{label:`Starting tier`,value:Y,onChange:e=>O(e.target.value),error:H.tierId??J(`tierId`),children:v.map(e=>(0,R.jsx)(`option`,{value:e.id,children:e.name},e.id))}),(0,R.jsxs)(c,{label:`Partner account manager`,value:k,onChange:e=>P(e.target.value),error:H.managerId??J(`managerId`),children:[(0,R.jsx)(`option`,{value:``,children:`Choose…`}),M(g.data?.users).map(e=>(0,R.jsxs)(`option`,{value:e.id,children:[e.name,` (`,u[e.role],`)`]},e.id))]}),(0,R.jsxs)(`p`,{className:`muted full`,style:{fontSize:`0.85rem`},children:[e.contactName,` is invited as `,e.company,`’s partner admin; the partner starts as onboarding.`]})]}):(0,R.jsx)(p,{label:`Reason, as the applicant will read it`,value:z,onChange:e=>V(e.target.value),error:H.reason??J(`reason`),rows:3})]})]})})}function H(){E(`Applications`);let e=O({sort:`CREATED_AT`,direction:`ASC`}),t=e.get(`status`)||`SUBMITTED`,n=b(P,{...e.pageVars,where:{status:t}},{keepPrevious:!0}),[r,i]=(0,N.useState)(null),a=n.data?.partnerApplications,o=M(a);return(0,R.jsxs)(R.Fragment,{children:[(0,R.jsx)(x,{title:`Applications`,subtitle:`Companies asking to join the program. Approving creates the partner and invites its contact as partner admin.`,actions:(0,R.jsx)(`div`,{className:`segmented`,role:`group`,"aria-label":`Which applications`,children:m(B).map(n=>(0,R.jsx)(`button`,{type:`button`,"aria-pressed":t===n,onClick:()=>e.update({status:n===`SUBMITTED`?``:n}),children:B[n]},n))})}),(0,R.jsx)(`section`,{className:`card`,"aria-label":`Applications`,children:(0,R.jsxs)(k,{query:n,connection:a,list:e,noun:`applications`,skeleton:{rows:4,columns:5},empty:(0,R.jsx)(T,{icon:(0,R.jsx)(g,{size:22}),title:t===`SUBMITTED`?`Nothing waiting for review`:`No ${B[t].toLowerCase()} applications`,children:t===`SUBMITTED`?`New applications from the public form at /apply appear here, oldest first.`:`Decided applications are kept here.`}),children:[(0,R.jsx)(`thead`,{children:(0,R.jsxs)(`tr`,{children:[(0,R.jsx)(`th`,{scope:`col`,children:`Company`}),(0,R.jsx)(`th`,{scope:`col`,children:`Type`}),(0,R.jsx)(`th`,{scope:`col`,children:`Contact`}),(0,R.jsx)(`th`,{scope:`col`,children:`Applied`}),(0,R.jsx)(`th`,{scope:`col`,children:`Status`}),(0,R.jsx)(`th`,{scope:`col`,children:(0,R.jsx)(`span`,{className:`visually-hidden`,children:`Actions`})})]})}),(0,R.jsx)(`tbody`,{children:o.map(e=>(0,R.jsxs)(`tr`,{children:[(0,R.jsxs)(`td`,{children:[(0,R.jsx)(`div`,{className:`cell-title`,children:e.company}),(0,R.jsxs)(`div`,{className:`cell-sub`,children:[e.domain,` · `,y(e.country)]})]}),(0,R.jsx)(`td`,{"data-label":`Type`,children:d[e.partnerType]??e.partnerType}),(0,R.jsxs)(`td`,{"data-label":`Contact`,children:[(0,R.jsx)(`div`,{children:e.contactName}),(0,R.jsx)(`div`,{className:`cell-sub`,children:e.contactEmail})]}),(0,R.jsx)(`td`,{"data-label":`Applied`,children:l(e.createdAt)}),(0,R.jsx)(`td`,{"data-label":`Status`,children:(0,R.jsx)(v,{tone:z[e.status],dot:!0,children:B[e.status]})}),(0,R.jsx)(`td`,{className:`num`,children:(0,R.jsx)(D,{size:`sm`,variant:e.status===`SUBMITTED`?`primary`:`secondary`,onClick:()=>i(e),"aria-label":`${e.status===`SUBMITTED`?`Review`:`View`} ${e.company}`,children:e.status===`SUBMITTED`?`Review`:`View`})})]},e.id))})]})}),r&&(0,R.jsx)(V,{app:r,onClose:()=>i(null)})]})}export{H as default};
========
    `,R=n(),z={SUBMITTED:`info`,APPROVED:`success`,DECLINED:`neutral`},B={SUBMITTED:`Waiting`,APPROVED:`Approved`,DECLINED:`Declined`};function V({app:e,onClose:t}){let n=o(),u=S(O,{}),f=S(F,{}),p=D(M(u.data?.tiers)),[m,g]=(0,N.useState)(`approve`),[w,T]=(0,N.useState)(``),[E,P]=(0,N.useState)(n.role===`CHANNEL_MANAGER`?n.id:``),[z,V]=(0,N.useState)(``),[H,U]=(0,N.useState)({}),W=b(I),G=b(L),K=C(),q=m===`approve`?W:G,J=e=>q.error instanceof _?q.error.fieldError(e):void 0,Y=w||p[0]?.id||``,X=e.status!==`SUBMITTED`;function Z(){if(m===`approve`){let n={tierId:Y?void 0:`Choose a starting tier.`,managerId:E?void 0:`Choose who looks after them.`};if(U(n),n.tierId||n.managerId)return;W.mutate({input:{id:e.id,tierId:Y,managerId:E}},{onSuccess:n=>{K(`${e.company} approved; ${n.approvePartnerApplication.invitation.email} is invited`),t()}})}else{let n={reason:z.trim()?void 0:`Tell the applicant why; we e-mail it to them.`};if(U(n),n.reason)return;G.mutate({input:{id:e.id,reason:z.trim()}},{onSuccess:()=>{K(`${e.company} declined`),t()}})}}return(0,R.jsx)(k,{open:!0,onClose:t,title:e.company,description:`${x[e.partnerType]??e.partnerType} · ${c(e.country)} · applied ${d(e.createdAt)}`,onSubmit:X?void 0:Z,footer:X?(0,R.jsx)(y,{onClick:t,children:`Close`}):(0,R.jsxs)(R.Fragment,{children:[(0,R.jsx)(y,{onClick:t,children:`Cancel`}),(0,R.jsx)(y,{type:`submit`,variant:m===`approve`?`primary`:`danger`,loading:q.isPending,icon:m===`approve`?(0,R.jsx)(r,{size:15,"aria-hidden":`true`}):(0,R.jsx)(h,{size:15,"aria-hidden":`true`}),children:m===`approve`?`Approve and invite`:`Decline application`})]}),children:(0,R.jsxs)(`div`,{className:`stack`,style:{gap:16},children:[(0,R.jsxs)(`dl`,{className:`dl`,children:[(0,R.jsx)(`dt`,{children:`Website`}),(0,R.jsx)(`dd`,{children:(0,R.jsxs)(`a`,{href:a(e.website),target:`_blank`,rel:`noopener noreferrer`,children:[e.domain,` `,(0,R.jsx)(i,{size:12,"aria-hidden":`true`})]})}),(0,R.jsx)(`dt`,{children:`Contact`}),(0,R.jsxs)(`dd`,{children:[e.contactName,(0,R.jsx)(`div`,{className:`cell-sub`,children:e.contactEmail})]}),(0,R.jsx)(`dt`,{children:`Why they apply`}),(0,R.jsx)(`dd`,{children:e.motivation||(0,R.jsx)(`span`,{className:`muted`,children:`Not given`})}),X&&(0,R.jsxs)(R.Fragment,{children:[(0,R.jsx)(`dt`,{children:`Decision`}),(0,R.jsxs)(`dd`,{children:[B[e.status],` `,e.reviewedAt&&`on ${s(e.reviewedAt)}`,` `,e.reviewer&&`by ${e.reviewer.name}`,e.declineReason&&(0,R.jsxs)(`div`,{className:`cell-sub`,children:[`“`,e.declineReason,`”`]})]})]})]}),!X&&(0,R.jsxs)(R.Fragment,{children:[(0,R.jsxs)(`div`,{className:`segmented`,role:`group`,"aria-label":`Decision`,children:[(0,R.jsx)(`button`,{type:`button`,"aria-pressed":m===`approve`,onClick:()=>g(`approve`),children:`Approve`}),(0,R.jsx)(`button`,{type:`button`,"aria-pressed":m===`decline`,onClick:()=>g(`decline`),children:`Decline`})]}),q.error&&!(q.error instanceof _&&q.error.fieldErrors.length)&&(0,R.jsx)(v,{error:q.error}),m===`approve`?(0,R.jsxs)(`div`,{className:`form-grid`,children:[(0,R.jsx)(A,{label:`Starting tier`,value:Y,onChange:e=>T(e.target.value),error:H.tierId??J(`tierId`),children:p.map(e=>(0,R.jsx)(`option`,{value:e.id,children:e.name},e.id))}),(0,R.jsxs)(A,{label:`Partner account manager`,value:E,onChange:e=>P(e.target.value),error:H.managerId??J(`managerId`),children:[(0,R.jsx)(`option`,{value:``,children:`Choose…`}),M(f.data?.users).map(e=>(0,R.jsxs)(`option`,{value:e.id,children:[e.name,` (`,l[e.role],`)`]},e.id))]}),(0,R.jsxs)(`p`,{className:`muted full`,style:{fontSize:`0.85rem`},children:[e.contactName,` is invited as `,e.company,`’s partner admin; the partner starts as onboarding.`]})]}):(0,R.jsx)(j,{label:`Reason, as the applicant will read it`,value:z,onChange:e=>V(e.target.value),error:H.reason??J(`reason`),rows:3})]})]})})}function H(){f(`Applications`);let e=T({sort:`CREATED_AT`,direction:`ASC`}),t=e.get(`status`)||`SUBMITTED`,n=S(P,{...e.pageVars,where:{status:t}},{keepPrevious:!0}),[r,i]=(0,N.useState)(null),a=n.data?.partnerApplications,o=M(a);return(0,R.jsxs)(R.Fragment,{children:[(0,R.jsx)(w,{title:`Applications`,subtitle:`Companies asking to join the program. Approving creates the partner and invites its contact as partner admin.`,actions:(0,R.jsx)(`div`,{className:`segmented`,role:`group`,"aria-label":`Which applications`,children:u(B).map(n=>(0,R.jsx)(`button`,{type:`button`,"aria-pressed":t===n,onClick:()=>e.update({status:n===`SUBMITTED`?``:n}),children:B[n]},n))})}),(0,R.jsx)(`section`,{className:`card`,"aria-label":`Applications`,children:(0,R.jsxs)(E,{query:n,connection:a,list:e,noun:`applications`,skeleton:{rows:4,columns:5},empty:(0,R.jsx)(m,{icon:(0,R.jsx)(g,{size:22}),title:t===`SUBMITTED`?`Nothing waiting for review`:`No ${B[t].toLowerCase()} applications`,children:t===`SUBMITTED`?`New applications from the public form at /apply appear here, oldest first.`:`Decided applications are kept here.`}),children:[(0,R.jsx)(`thead`,{children:(0,R.jsxs)(`tr`,{children:[(0,R.jsx)(`th`,{scope:`col`,children:`Company`}),(0,R.jsx)(`th`,{scope:`col`,children:`Type`}),(0,R.jsx)(`th`,{scope:`col`,children:`Contact`}),(0,R.jsx)(`th`,{scope:`col`,children:`Applied`}),(0,R.jsx)(`th`,{scope:`col`,children:`Status`}),(0,R.jsx)(`th`,{scope:`col`,children:(0,R.jsx)(`span`,{className:`visually-hidden`,children:`Actions`})})]})}),(0,R.jsx)(`tbody`,{children:o.map(e=>(0,R.jsxs)(`tr`,{children:[(0,R.jsxs)(`td`,{children:[(0,R.jsx)(`div`,{className:`cell-title`,children:e.company}),(0,R.jsxs)(`div`,{className:`cell-sub`,children:[e.domain,` · `,c(e.country)]})]}),(0,R.jsx)(`td`,{"data-label":`Type`,children:x[e.partnerType]??e.partnerType}),(0,R.jsxs)(`td`,{"data-label":`Contact`,children:[(0,R.jsx)(`div`,{children:e.contactName}),(0,R.jsx)(`div`,{className:`cell-sub`,children:e.contactEmail})]}),(0,R.jsx)(`td`,{"data-label":`Applied`,children:d(e.createdAt)}),(0,R.jsx)(`td`,{"data-label":`Status`,children:(0,R.jsx)(p,{tone:z[e.status],dot:!0,children:B[e.status]})}),(0,R.jsx)(`td`,{className:`num`,children:(0,R.jsx)(y,{size:`sm`,variant:e.status===`SUBMITTED`?`primary`:`secondary`,onClick:()=>i(e),"aria-label":`${e.status===`SUBMITTED`?`Review`:`View`} ${e.company}`,children:e.status===`SUBMITTED`?`Review`:`View`})})]},e.id))})]})}),r&&(0,R.jsx)(V,{app:r,onClose:()=>i(null)})]})}export{H as default};
>>>>>>>> content:internal/portal/dist/assets/Applications-CJfohTzw.js
