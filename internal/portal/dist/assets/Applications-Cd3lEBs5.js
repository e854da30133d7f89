import{a as e,n as t,t as n}from"./jsx-runtime-Wy9s6hX0.js";import{t as r}from"./check-AbBSs0KG.js";import{t as i,websiteHref as a}from"./Profile-DpDfnoBG.js";import{D as o,G as s,N as c,T as l,X as u,Y as d,_ as f,a as p,c as m,dt as h,it as g,j as _,n as v,p as y,r as b,s as x,t as S,y as C,z as w}from"./index-RnFRxBnP.js";import{i as T,t as E}from"./ConnectionTable-D3VGdsGm.js";import{n as D,r as O}from"./tiers-BE-HxVTD.js";import{t as k}from"./Dialog-Da6cFw0e.js";import{n as A,r as j}from"./Field-BGjoe2Et.js";import{TierOptionsQuery as M}from"./PartnersList-yncy-fS4.js";var N=e(t(),1),P=n(),F=`
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
    `,z={SUBMITTED:`info`,APPROVED:`success`,DECLINED:`neutral`},B={SUBMITTED:`Waiting`,APPROVED:`Approved`,DECLINED:`Declined`};function V({app:e,onClose:t}){let n=l(),f=b(M,{}),p=b(I,{}),h=O(D(f.data?.tiers)),[x,C]=(0,N.useState)(`approve`),[w,T]=(0,N.useState)(``),[E,F]=(0,N.useState)(n.role===`CHANNEL_MANAGER`?n.id:``),[z,V]=(0,N.useState)(``),[H,U]=(0,N.useState)({}),W=v(L),G=v(R),K=S(),q=x===`approve`?W:G,J=e=>q.error instanceof o?q.error.fieldError(e):void 0,Y=w||h[0]?.id||``,X=e.status!==`SUBMITTED`;function Z(){if(x===`approve`){let n={tierId:Y?void 0:`Choose a starting tier.`,managerId:E?void 0:`Choose who looks after them.`};if(U(n),n.tierId||n.managerId)return;W.mutate({input:{id:e.id,tierId:Y,managerId:E}},{onSuccess:n=>{K(`${e.company} approved; ${n.approvePartnerApplication.invitation.email} is invited`),t()}})}else{let n={reason:z.trim()?void 0:`Tell the applicant why; we e-mail it to them.`};if(U(n),n.reason)return;G.mutate({input:{id:e.id,reason:z.trim()}},{onSuccess:()=>{K(`${e.company} declined`),t()}})}}return(0,P.jsx)(k,{open:!0,onClose:t,title:e.company,description:`${s[e.partnerType]??e.partnerType} · ${_(e.country)} · applied ${d(e.createdAt)}`,onSubmit:X?void 0:Z,footer:X?(0,P.jsx)(y,{onClick:t,children:`Close`}):(0,P.jsxs)(P.Fragment,{children:[(0,P.jsx)(y,{onClick:t,children:`Cancel`}),(0,P.jsx)(y,{type:`submit`,variant:x===`approve`?`primary`:`danger`,loading:q.isPending,icon:x===`approve`?(0,P.jsx)(r,{size:15,"aria-hidden":`true`}):(0,P.jsx)(g,{size:15,"aria-hidden":`true`}),children:x===`approve`?`Approve and invite`:`Decline application`})]}),children:(0,P.jsxs)(`div`,{className:`stack`,style:{gap:16},children:[(0,P.jsxs)(`dl`,{className:`dl`,children:[(0,P.jsx)(`dt`,{children:`Website`}),(0,P.jsx)(`dd`,{children:(0,P.jsxs)(`a`,{href:a(e.website),target:`_blank`,rel:`noopener noreferrer`,children:[e.domain,` `,(0,P.jsx)(i,{size:12,"aria-hidden":`true`})]})}),(0,P.jsx)(`dt`,{children:`Contact`}),(0,P.jsxs)(`dd`,{children:[e.contactName,(0,P.jsx)(`div`,{className:`cell-sub`,children:e.contactEmail})]}),(0,P.jsx)(`dt`,{children:`Why they apply`}),(0,P.jsx)(`dd`,{children:e.motivation||(0,P.jsx)(`span`,{className:`muted`,children:`Not given`})}),X&&(0,P.jsxs)(P.Fragment,{children:[(0,P.jsx)(`dt`,{children:`Decision`}),(0,P.jsxs)(`dd`,{children:[B[e.status],` `,e.reviewedAt&&`on ${c(e.reviewedAt)}`,` `,e.reviewer&&`by ${e.reviewer.name}`,e.declineReason&&(0,P.jsxs)(`div`,{className:`cell-sub`,children:[`“`,e.declineReason,`”`]})]})]})]}),!X&&(0,P.jsxs)(P.Fragment,{children:[(0,P.jsxs)(`div`,{className:`segmented`,role:`group`,"aria-label":`Decision`,children:[(0,P.jsx)(`button`,{type:`button`,"aria-pressed":x===`approve`,onClick:()=>C(`approve`),children:`Approve`}),(0,P.jsx)(`button`,{type:`button`,"aria-pressed":x===`decline`,onClick:()=>C(`decline`),children:`Decline`})]}),q.error&&!(q.error instanceof o&&q.error.fieldErrors.length)&&(0,P.jsx)(m,{error:q.error}),x===`approve`?(0,P.jsxs)(`div`,{className:`form-grid`,children:[(0,P.jsx)(A,{label:`Starting tier`,value:Y,onChange:e=>T(e.target.value),error:H.tierId??J(`tierId`),children:h.map(e=>(0,P.jsx)(`option`,{value:e.id,children:e.name},e.id))}),(0,P.jsxs)(A,{label:`Partner account manager`,value:E,onChange:e=>F(e.target.value),error:H.managerId??J(`managerId`),children:[(0,P.jsx)(`option`,{value:``,children:`Choose…`}),D(p.data?.users).map(e=>(0,P.jsxs)(`option`,{value:e.id,children:[e.name,` (`,u[e.role],`)`]},e.id))]}),(0,P.jsxs)(`p`,{className:`muted full`,style:{fontSize:`0.85rem`},children:[e.contactName,` is invited as `,e.company,`’s partner admin; the partner starts as onboarding.`]})]}):(0,P.jsx)(j,{label:`Reason, as the applicant will read it`,value:z,onChange:e=>V(e.target.value),error:H.reason??J(`reason`),rows:3})]})]})})}function H(){p(`Applications`);let e=T({sort:`CREATED_AT`,direction:`ASC`}),t=e.get(`status`)||`SUBMITTED`,n=b(F,{...e.pageVars,where:{status:t}},{keepPrevious:!0}),[r,i]=(0,N.useState)(null),a=n.data?.partnerApplications,o=D(a);return(0,P.jsxs)(P.Fragment,{children:[(0,P.jsx)(f,{title:`Applications`,subtitle:`Companies asking to join the program. Approving creates the partner and invites its contact as partner admin.`,actions:(0,P.jsx)(`div`,{className:`segmented`,role:`group`,"aria-label":`Which applications`,children:w(B).map(n=>(0,P.jsx)(`button`,{type:`button`,"aria-pressed":t===n,onClick:()=>e.update({status:n===`SUBMITTED`?``:n}),children:B[n]},n))})}),(0,P.jsx)(`section`,{className:`card`,"aria-label":`Applications`,children:(0,P.jsxs)(E,{query:n,connection:a,list:e,noun:`applications`,skeleton:{rows:4,columns:5},empty:(0,P.jsx)(x,{icon:(0,P.jsx)(h,{size:22}),title:t===`SUBMITTED`?`Nothing waiting for review`:`No ${B[t].toLowerCase()} applications`,children:t===`SUBMITTED`?`New applications from the public form at /apply appear here, oldest first.`:`Decided applications are kept here.`}),children:[(0,P.jsx)(`thead`,{children:(0,P.jsxs)(`tr`,{children:[(0,P.jsx)(`th`,{scope:`col`,children:`Company`}),(0,P.jsx)(`th`,{scope:`col`,children:`Type`}),(0,P.jsx)(`th`,{scope:`col`,children:`Contact`}),(0,P.jsx)(`th`,{scope:`col`,children:`Applied`}),(0,P.jsx)(`th`,{scope:`col`,children:`Status`}),(0,P.jsx)(`th`,{scope:`col`,children:(0,P.jsx)(`span`,{className:`visually-hidden`,children:`Actions`})})]})}),(0,P.jsx)(`tbody`,{children:o.map(e=>(0,P.jsxs)(`tr`,{children:[(0,P.jsxs)(`td`,{children:[(0,P.jsx)(`div`,{className:`cell-title`,children:e.company}),(0,P.jsxs)(`div`,{className:`cell-sub`,children:[e.domain,` · `,_(e.country)]})]}),(0,P.jsx)(`td`,{"data-label":`Type`,children:s[e.partnerType]??e.partnerType}),(0,P.jsxs)(`td`,{"data-label":`Contact`,children:[(0,P.jsx)(`div`,{children:e.contactName}),(0,P.jsx)(`div`,{className:`cell-sub`,children:e.contactEmail})]}),(0,P.jsx)(`td`,{"data-label":`Applied`,children:d(e.createdAt)}),(0,P.jsx)(`td`,{"data-label":`Status`,children:(0,P.jsx)(C,{tone:z[e.status],dot:!0,children:B[e.status]})}),(0,P.jsx)(`td`,{className:`num`,children:(0,P.jsx)(y,{size:`sm`,variant:e.status===`SUBMITTED`?`primary`:`secondary`,onClick:()=>i(e),"aria-label":`${e.status===`SUBMITTED`?`Review`:`View`} ${e.company}`,children:e.status===`SUBMITTED`?`Review`:`View`})})]},e.id))})]})}),r&&(0,P.jsx)(V,{app:r,onClose:()=>i(null)})]})}export{H as default};