import{a as e,n as t,t as n}from"./jsx-runtime-Wy9s6hX0.js";import{t as r}from"./check-AbBSs0KG.js";import{t as i,websiteHref as a}from"./Profile-UKaprYbq.js";import{D as o,H as s,K as c,N as l,Q as u,T as d,_ as f,a as p,at as m,c as h,f as g,j as _,l as v,n as y,p as b,q as x,r as S,s as C,t as w,y as T}from"./index-BZpwOYLl.js";import{a as E,r as D,t as O}from"./Table-CXB0MzTf.js";import{n as k,r as A}from"./tiers-BMp950j0.js";import{t as j}from"./Dialog-DcFZjUs3.js";import{n as M,r as N}from"./Field-Bfs1nEZu.js";import{TierOptionsQuery as P}from"./PartnersList-BgZbt881.js";var F=e(t(),1),I=n(),L=`
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
    `,R=`
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
    `,z=`
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
    `,B=`
    mutation DeclinePartnerApplication($input: DeclinePartnerApplicationInput!) {
  declinePartnerApplication(input: $input) {
    application {
      id
      status
    }
  }
}
    `,V={SUBMITTED:`info`,APPROVED:`success`,DECLINED:`neutral`},H={SUBMITTED:`Waiting`,APPROVED:`Approved`,DECLINED:`Declined`};function U({app:e,onClose:t}){let n=d(),f=S(P,{}),p=S(R,{}),m=A(k(f.data?.tiers)),[g,v]=(0,F.useState)(`approve`),[C,T]=(0,F.useState)(``),[E,D]=(0,F.useState)(n.role===`CHANNEL_MANAGER`?n.id:``),[O,L]=(0,F.useState)(``),[V,U]=(0,F.useState)({}),W=y(z),G=y(B),K=w(),q=g===`approve`?W:G,J=e=>q.error instanceof o?q.error.fieldError(e):void 0,Y=C||m[0]?.id||``,X=e.status!==`SUBMITTED`;function Z(){if(g===`approve`){let n={tierId:Y?void 0:`Choose a starting tier.`,managerId:E?void 0:`Choose who looks after them.`};if(U(n),n.tierId||n.managerId)return;W.mutate({input:{id:e.id,tierId:Y,managerId:E}},{onSuccess:n=>{K(`${e.company} approved; ${n.approvePartnerApplication.invitation.email} is invited`),t()}})}else{let n={reason:O.trim()?void 0:`Tell the applicant why; we e-mail it to them.`};if(U(n),n.reason)return;G.mutate({input:{id:e.id,reason:O.trim()}},{onSuccess:()=>{K(`${e.company} declined`),t()}})}}return(0,I.jsx)(j,{open:!0,onClose:t,title:e.company,description:`${s[e.partnerType]??e.partnerType} · ${_(e.country)} · applied ${c(e.createdAt)}`,onSubmit:X?void 0:Z,footer:X?(0,I.jsx)(b,{onClick:t,children:`Close`}):(0,I.jsxs)(I.Fragment,{children:[(0,I.jsx)(b,{onClick:t,children:`Cancel`}),(0,I.jsx)(b,{type:`submit`,variant:g===`approve`?`primary`:`danger`,loading:q.isPending,icon:g===`approve`?(0,I.jsx)(r,{size:15,"aria-hidden":`true`}):(0,I.jsx)(u,{size:15,"aria-hidden":`true`}),children:g===`approve`?`Approve and invite`:`Decline application`})]}),children:(0,I.jsxs)(`div`,{className:`stack`,style:{gap:16},children:[(0,I.jsxs)(`dl`,{className:`dl`,children:[(0,I.jsx)(`dt`,{children:`Website`}),(0,I.jsx)(`dd`,{children:(0,I.jsxs)(`a`,{href:a(e.website),target:`_blank`,rel:`noopener noreferrer`,children:[e.domain,` `,(0,I.jsx)(i,{size:12,"aria-hidden":`true`})]})}),(0,I.jsx)(`dt`,{children:`Contact`}),(0,I.jsxs)(`dd`,{children:[e.contactName,(0,I.jsx)(`div`,{className:`cell-sub`,children:e.contactEmail})]}),(0,I.jsx)(`dt`,{children:`Why they apply`}),(0,I.jsx)(`dd`,{children:e.motivation||(0,I.jsx)(`span`,{className:`muted`,children:`Not given`})}),X&&(0,I.jsxs)(I.Fragment,{children:[(0,I.jsx)(`dt`,{children:`Decision`}),(0,I.jsxs)(`dd`,{children:[H[e.status],` `,e.reviewedAt&&`on ${l(e.reviewedAt)}`,` `,e.reviewer&&`by ${e.reviewer.name}`,e.declineReason&&(0,I.jsxs)(`div`,{className:`cell-sub`,children:[`“`,e.declineReason,`”`]})]})]})]}),!X&&(0,I.jsxs)(I.Fragment,{children:[(0,I.jsxs)(`div`,{className:`segmented`,role:`group`,"aria-label":`Decision`,children:[(0,I.jsx)(`button`,{type:`button`,"aria-pressed":g===`approve`,onClick:()=>v(`approve`),children:`Approve`}),(0,I.jsx)(`button`,{type:`button`,"aria-pressed":g===`decline`,onClick:()=>v(`decline`),children:`Decline`})]}),q.error&&!(q.error instanceof o&&q.error.fieldErrors.length)&&(0,I.jsx)(h,{error:q.error}),g===`approve`?(0,I.jsxs)(`div`,{className:`form-grid`,children:[(0,I.jsx)(M,{label:`Starting tier`,value:Y,onChange:e=>T(e.target.value),error:V.tierId??J(`tierId`),children:m.map(e=>(0,I.jsx)(`option`,{value:e.id,children:e.name},e.id))}),(0,I.jsxs)(M,{label:`Partner account manager`,value:E,onChange:e=>D(e.target.value),error:V.managerId??J(`managerId`),children:[(0,I.jsx)(`option`,{value:``,children:`Choose…`}),k(p.data?.users).map(e=>(0,I.jsxs)(`option`,{value:e.id,children:[e.name,` (`,x[e.role],`)`]},e.id))]}),(0,I.jsxs)(`p`,{className:`muted full`,style:{fontSize:`0.85rem`},children:[e.contactName,` is invited as `,e.company,`’s partner admin; the partner starts as onboarding.`]})]}):(0,I.jsx)(N,{label:`Reason, as the applicant will read it`,value:O,onChange:e=>L(e.target.value),error:V.reason??J(`reason`),rows:3})]})]})})}function W(){p(`Applications`);let e=E({sort:`CREATED_AT`,direction:`ASC`}),t=e.get(`status`)||`SUBMITTED`,n=S(L,{...e.pageVars,where:{status:t}},{keepPrevious:!0}),[r,i]=(0,F.useState)(null),a=n.data?.partnerApplications,o=k(a);return(0,I.jsxs)(I.Fragment,{children:[(0,I.jsx)(f,{title:`Applications`,subtitle:`Companies asking to join the program. Approving creates the partner and invites its contact as partner admin.`,actions:(0,I.jsx)(`div`,{className:`segmented`,role:`group`,"aria-label":`Which applications`,children:[`SUBMITTED`,`APPROVED`,`DECLINED`].map(n=>(0,I.jsx)(`button`,{type:`button`,"aria-pressed":t===n,onClick:()=>e.update({status:n===`SUBMITTED`?``:n}),children:H[n]},n))})}),(0,I.jsxs)(`section`,{className:`card`,"aria-label":`Applications`,children:[n.isError?(0,I.jsx)(v,{error:n.error,onRetry:()=>void n.refetch()}):n.isPending?(0,I.jsx)(g,{rows:4,columns:5}):o.length===0?(0,I.jsx)(C,{icon:(0,I.jsx)(m,{size:22}),title:t===`SUBMITTED`?`Nothing waiting for review`:`No ${H[t].toLowerCase()} applications`,children:t===`SUBMITTED`?`New applications from the public form at /apply appear here, oldest first.`:`Decided applications are kept here.`}):(0,I.jsx)(`div`,{className:`table-wrap`,children:(0,I.jsxs)(`table`,{className:`table table-cards`,children:[(0,I.jsx)(`thead`,{children:(0,I.jsxs)(`tr`,{children:[(0,I.jsx)(`th`,{scope:`col`,children:`Company`}),(0,I.jsx)(`th`,{scope:`col`,children:`Type`}),(0,I.jsx)(`th`,{scope:`col`,children:`Contact`}),(0,I.jsx)(`th`,{scope:`col`,children:`Applied`}),(0,I.jsx)(`th`,{scope:`col`,children:`Status`}),(0,I.jsx)(`th`,{scope:`col`,children:(0,I.jsx)(`span`,{className:`visually-hidden`,children:`Actions`})})]})}),(0,I.jsx)(`tbody`,{children:o.map(e=>(0,I.jsxs)(`tr`,{children:[(0,I.jsxs)(`td`,{children:[(0,I.jsx)(`div`,{className:`cell-title`,children:e.company}),(0,I.jsxs)(`div`,{className:`cell-sub`,children:[e.domain,` · `,_(e.country)]})]}),(0,I.jsx)(`td`,{"data-label":`Type`,children:s[e.partnerType]??e.partnerType}),(0,I.jsxs)(`td`,{"data-label":`Contact`,children:[(0,I.jsx)(`div`,{children:e.contactName}),(0,I.jsx)(`div`,{className:`cell-sub`,children:e.contactEmail})]}),(0,I.jsx)(`td`,{"data-label":`Applied`,children:c(e.createdAt)}),(0,I.jsx)(`td`,{"data-label":`Status`,children:(0,I.jsx)(T,{tone:V[e.status],dot:!0,children:H[e.status]})}),(0,I.jsx)(`td`,{className:`num`,children:(0,I.jsx)(b,{size:`sm`,variant:e.status===`SUBMITTED`?`primary`:`secondary`,onClick:()=>i(e),"aria-label":`${e.status===`SUBMITTED`?`Review`:`View`} ${e.company}`,children:e.status===`SUBMITTED`?`Review`:`View`})})]},e.id))})]})}),!n.isError&&(a?.totalCount??0)>0&&(0,I.jsx)(O,{...D(e,a),noun:`applications`,busy:n.isFetching,onNext:()=>e.goNext(a?.pageInfo.endCursor),onPrevious:()=>e.goPrevious(a?.pageInfo.startCursor)})]}),r&&(0,I.jsx)(U,{app:r,onClose:()=>i(null)})]})}export{W as default};