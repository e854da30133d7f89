import{a as e,n as t,t as n}from"./jsx-runtime-Wy9s6hX0.js";import{t as r}from"./check-AbBSs0KG.js";import{t as i,websiteHref as a}from"./Profile-B5ygLghu.js";import{D as o,G as s,N as c,T as l,X as u,Y as d,_ as f,a as p,c as m,dt as h,f as g,it as _,j as v,l as y,n as b,p as x,r as S,s as C,t as w,y as T,z as E}from"./index-DZc1YHmR.js";import{a as D,r as O,t as k}from"./Table-DcJtYMGX.js";import{n as A,r as j}from"./tiers-BGeT2FPG.js";import{t as M}from"./Dialog-LQ_zEn-k.js";import{n as N,r as P}from"./Field-DbMrxyOW.js";import{TierOptionsQuery as F}from"./PartnersList-DLl288Gi.js";var I=e(t(),1),L=n(),R=`
    query PartnerApplications($first: Int, $after: Cursor, $last: Int, $before: Cursor, $where: PartnerApplicationWhereInput) {
  __typename
  partnerApplications(
    first: $first
    after: $after
    last: $last
    before: $before
    where: $where
    orderBy: {field: CREATED_AT, direction: ASC}
  ) {
    __typename
    totalCount
    pageInfo {
      __typename
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      __typename
      node {
        __typename
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
          __typename
          id
          name
        }
        partner {
          __typename
          id
          name
        }
      }
    }
  }
}
    `,z=`
    query ApplicationReviewers {
  __typename
  users(
    first: 100
    orderBy: {field: NAME, direction: ASC}
    where: {roleIn: [ADMIN, CHANNEL_MANAGER], status: ACTIVE}
  ) {
    __typename
    edges {
      __typename
      node {
        __typename
        id
        name
        role
      }
    }
  }
}
    `,B=`
    mutation ApprovePartnerApplication($input: ApprovePartnerApplicationInput!) {
  __typename
  approvePartnerApplication(input: $input) {
    __typename
    application {
      __typename
      id
      status
      partner {
        __typename
        id
        name
      }
    }
    invitation {
      __typename
      id
      email
    }
  }
}
    `,V=`
    mutation DeclinePartnerApplication($input: DeclinePartnerApplicationInput!) {
  __typename
  declinePartnerApplication(input: $input) {
    __typename
    application {
      __typename
      id
      status
    }
  }
}
    `,H={SUBMITTED:`info`,APPROVED:`success`,DECLINED:`neutral`},U={SUBMITTED:`Waiting`,APPROVED:`Approved`,DECLINED:`Declined`};function W({app:e,onClose:t}){let n=l(),f=S(F,{}),p=S(z,{}),h=j(A(f.data?.tiers)),[g,y]=(0,I.useState)(`approve`),[C,T]=(0,I.useState)(``),[E,D]=(0,I.useState)(n.role===`CHANNEL_MANAGER`?n.id:``),[O,k]=(0,I.useState)(``),[R,H]=(0,I.useState)({}),W=b(B),G=b(V),K=w(),q=g===`approve`?W:G,J=e=>q.error instanceof o?q.error.fieldError(e):void 0,Y=C||h[0]?.id||``,X=e.status!==`SUBMITTED`;function Z(){if(g===`approve`){let n={tierId:Y?void 0:`Choose a starting tier.`,managerId:E?void 0:`Choose who looks after them.`};if(H(n),n.tierId||n.managerId)return;W.mutate({input:{id:e.id,tierId:Y,managerId:E}},{onSuccess:n=>{K(`${e.company} approved; ${n.approvePartnerApplication.invitation.email} is invited`),t()}})}else{let n={reason:O.trim()?void 0:`Tell the applicant why; we e-mail it to them.`};if(H(n),n.reason)return;G.mutate({input:{id:e.id,reason:O.trim()}},{onSuccess:()=>{K(`${e.company} declined`),t()}})}}return(0,L.jsx)(M,{open:!0,onClose:t,title:e.company,description:`${s[e.partnerType]??e.partnerType} · ${v(e.country)} · applied ${d(e.createdAt)}`,onSubmit:X?void 0:Z,footer:X?(0,L.jsx)(x,{onClick:t,children:`Close`}):(0,L.jsxs)(L.Fragment,{children:[(0,L.jsx)(x,{onClick:t,children:`Cancel`}),(0,L.jsx)(x,{type:`submit`,variant:g===`approve`?`primary`:`danger`,loading:q.isPending,icon:g===`approve`?(0,L.jsx)(r,{size:15,"aria-hidden":`true`}):(0,L.jsx)(_,{size:15,"aria-hidden":`true`}),children:g===`approve`?`Approve and invite`:`Decline application`})]}),children:(0,L.jsxs)(`div`,{className:`stack`,style:{gap:16},children:[(0,L.jsxs)(`dl`,{className:`dl`,children:[(0,L.jsx)(`dt`,{children:`Website`}),(0,L.jsx)(`dd`,{children:(0,L.jsxs)(`a`,{href:a(e.website),target:`_blank`,rel:`noopener noreferrer`,children:[e.domain,` `,(0,L.jsx)(i,{size:12,"aria-hidden":`true`})]})}),(0,L.jsx)(`dt`,{children:`Contact`}),(0,L.jsxs)(`dd`,{children:[e.contactName,(0,L.jsx)(`div`,{className:`cell-sub`,children:e.contactEmail})]}),(0,L.jsx)(`dt`,{children:`Why they apply`}),(0,L.jsx)(`dd`,{children:e.motivation||(0,L.jsx)(`span`,{className:`muted`,children:`Not given`})}),X&&(0,L.jsxs)(L.Fragment,{children:[(0,L.jsx)(`dt`,{children:`Decision`}),(0,L.jsxs)(`dd`,{children:[U[e.status],` `,e.reviewedAt&&`on ${c(e.reviewedAt)}`,` `,e.reviewer&&`by ${e.reviewer.name}`,e.declineReason&&(0,L.jsxs)(`div`,{className:`cell-sub`,children:[`“`,e.declineReason,`”`]})]})]})]}),!X&&(0,L.jsxs)(L.Fragment,{children:[(0,L.jsxs)(`div`,{className:`segmented`,role:`group`,"aria-label":`Decision`,children:[(0,L.jsx)(`button`,{type:`button`,"aria-pressed":g===`approve`,onClick:()=>y(`approve`),children:`Approve`}),(0,L.jsx)(`button`,{type:`button`,"aria-pressed":g===`decline`,onClick:()=>y(`decline`),children:`Decline`})]}),q.error&&!(q.error instanceof o&&q.error.fieldErrors.length)&&(0,L.jsx)(m,{error:q.error}),g===`approve`?(0,L.jsxs)(`div`,{className:`form-grid`,children:[(0,L.jsx)(N,{label:`Starting tier`,value:Y,onChange:e=>T(e.target.value),error:R.tierId??J(`tierId`),children:h.map(e=>(0,L.jsx)(`option`,{value:e.id,children:e.name},e.id))}),(0,L.jsxs)(N,{label:`Partner account manager`,value:E,onChange:e=>D(e.target.value),error:R.managerId??J(`managerId`),children:[(0,L.jsx)(`option`,{value:``,children:`Choose…`}),A(p.data?.users).map(e=>(0,L.jsxs)(`option`,{value:e.id,children:[e.name,` (`,u[e.role],`)`]},e.id))]}),(0,L.jsxs)(`p`,{className:`muted full`,style:{fontSize:`0.85rem`},children:[e.contactName,` is invited as `,e.company,`’s partner admin; the partner starts as onboarding.`]})]}):(0,L.jsx)(P,{label:`Reason, as the applicant will read it`,value:O,onChange:e=>k(e.target.value),error:R.reason??J(`reason`),rows:3})]})]})})}function G(){p(`Applications`);let e=D({sort:`CREATED_AT`,direction:`ASC`}),t=e.get(`status`)||`SUBMITTED`,n=S(R,{...e.pageVars,where:{status:t}},{keepPrevious:!0}),[r,i]=(0,I.useState)(null),a=n.data?.partnerApplications,o=A(a);return(0,L.jsxs)(L.Fragment,{children:[(0,L.jsx)(f,{title:`Applications`,subtitle:`Companies asking to join the program. Approving creates the partner and invites its contact as partner admin.`,actions:(0,L.jsx)(`div`,{className:`segmented`,role:`group`,"aria-label":`Which applications`,children:E(U).map(n=>(0,L.jsx)(`button`,{type:`button`,"aria-pressed":t===n,onClick:()=>e.update({status:n===`SUBMITTED`?``:n}),children:U[n]},n))})}),(0,L.jsxs)(`section`,{className:`card`,"aria-label":`Applications`,children:[n.isError?(0,L.jsx)(y,{error:n.error,onRetry:()=>void n.refetch()}):n.isPending?(0,L.jsx)(g,{rows:4,columns:5}):o.length===0?(0,L.jsx)(C,{icon:(0,L.jsx)(h,{size:22}),title:t===`SUBMITTED`?`Nothing waiting for review`:`No ${U[t].toLowerCase()} applications`,children:t===`SUBMITTED`?`New applications from the public form at /apply appear here, oldest first.`:`Decided applications are kept here.`}):(0,L.jsx)(`div`,{className:`table-wrap`,children:(0,L.jsxs)(`table`,{className:`table table-cards`,children:[(0,L.jsx)(`thead`,{children:(0,L.jsxs)(`tr`,{children:[(0,L.jsx)(`th`,{scope:`col`,children:`Company`}),(0,L.jsx)(`th`,{scope:`col`,children:`Type`}),(0,L.jsx)(`th`,{scope:`col`,children:`Contact`}),(0,L.jsx)(`th`,{scope:`col`,children:`Applied`}),(0,L.jsx)(`th`,{scope:`col`,children:`Status`}),(0,L.jsx)(`th`,{scope:`col`,children:(0,L.jsx)(`span`,{className:`visually-hidden`,children:`Actions`})})]})}),(0,L.jsx)(`tbody`,{children:o.map(e=>(0,L.jsxs)(`tr`,{children:[(0,L.jsxs)(`td`,{children:[(0,L.jsx)(`div`,{className:`cell-title`,children:e.company}),(0,L.jsxs)(`div`,{className:`cell-sub`,children:[e.domain,` · `,v(e.country)]})]}),(0,L.jsx)(`td`,{"data-label":`Type`,children:s[e.partnerType]??e.partnerType}),(0,L.jsxs)(`td`,{"data-label":`Contact`,children:[(0,L.jsx)(`div`,{children:e.contactName}),(0,L.jsx)(`div`,{className:`cell-sub`,children:e.contactEmail})]}),(0,L.jsx)(`td`,{"data-label":`Applied`,children:d(e.createdAt)}),(0,L.jsx)(`td`,{"data-label":`Status`,children:(0,L.jsx)(T,{tone:H[e.status],dot:!0,children:U[e.status]})}),(0,L.jsx)(`td`,{className:`num`,children:(0,L.jsx)(x,{size:`sm`,variant:e.status===`SUBMITTED`?`primary`:`secondary`,onClick:()=>i(e),"aria-label":`${e.status===`SUBMITTED`?`Review`:`View`} ${e.company}`,children:e.status===`SUBMITTED`?`Review`:`View`})})]},e.id))})]})}),!n.isError&&(a?.totalCount??0)>0&&(0,L.jsx)(k,{...O(e,a),noun:`applications`,busy:n.isFetching,onNext:()=>e.goNext(a?.pageInfo.endCursor),onPrevious:()=>e.goPrevious(a?.pageInfo.startCursor)})]}),r&&(0,L.jsx)(W,{app:r,onClose:()=>i(null)})]})}export{G as default};