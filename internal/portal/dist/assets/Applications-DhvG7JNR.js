import{a as e,n as t,t as n}from"./jsx-runtime-Wy9s6hX0.js";import{t as r}from"./check-DFLQu1Xk.js";import{t as i,websiteHref as a}from"./Profile-cgnIdPBK.js";import{A as o,B as s,E as c,G as l,I as u,M as d,O as f,Q as p,a as m,c as h,f as g,g as _,l as v,n as y,p as b,r as x,s as S,t as C,v as w,w as T,z as E}from"./index-ReApz8Vb.js";import{a as D,r as O,t as k}from"./Table-DXqh97JB.js";import{n as A,r as j}from"./tiers-DWUik5dq.js";import{t as M}from"./Dialog-BcCwpEKj.js";import{n as N,r as P}from"./Field-DW9ARWu7.js";import{TierOptionsQuery as F}from"./PartnersList-BdGDbm_y.js";var I=e(t(),1),L=n(),R=f(`
  query PartnerApplications($first: Int, $after: Cursor, $last: Int, $before: Cursor, $where: PartnerApplicationWhereInput) {
    partnerApplications(
      first: $first
      after: $after
      last: $last
      before: $before
      where: $where
      orderBy: { field: CREATED_AT, direction: ASC }
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
`),z=f(`
  query ApplicationReviewers {
    users(first: 100, orderBy: { field: NAME, direction: ASC }, where: { roleIn: [ADMIN, CHANNEL_MANAGER], status: ACTIVE }) {
      edges {
        node {
          id
          name
          role
        }
      }
    }
  }
`),B=f(`
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
`),V=f(`
  mutation DeclinePartnerApplication($input: DeclinePartnerApplicationInput!) {
    declinePartnerApplication(input: $input) {
      application {
        id
        status
      }
    }
  }
`),H={SUBMITTED:`info`,APPROVED:`success`,DECLINED:`neutral`},U={SUBMITTED:`Waiting`,APPROVED:`Approved`,DECLINED:`Declined`};function W({app:e,onClose:t}){let n=T(),f=x(F,{}),p=x(z,{}),m=j(A(f.data?.tiers)),[g,_]=(0,I.useState)(`approve`),[v,S]=(0,I.useState)(``),[w,D]=(0,I.useState)(n.role===`CHANNEL_MANAGER`?n.id:``),[O,k]=(0,I.useState)(``),[R,H]=(0,I.useState)({}),W=y(B),G=y(V),K=C(),q=g===`approve`?W:G,J=e=>q.error instanceof c?q.error.fieldError(e):void 0,Y=v||m[0]?.id||``,X=e.status!==`SUBMITTED`;function Z(){if(g===`approve`){let n={tierId:Y?void 0:`Choose a starting tier.`,managerId:w?void 0:`Choose who looks after them.`};if(H(n),n.tierId||n.managerId)return;W.mutate({input:{id:e.id,tierId:Y,managerId:w}},{onSuccess:n=>{K(`${e.company} approved; ${n.approvePartnerApplication.invitation.email} is invited`),t()}})}else{let n={reason:O.trim()?void 0:`Tell the applicant why; we e-mail it to them.`};if(H(n),n.reason)return;G.mutate({input:{id:e.id,reason:O.trim()}},{onSuccess:()=>{K(`${e.company} declined`),t()}})}}return(0,L.jsx)(M,{open:!0,onClose:t,title:e.company,description:`${u[e.partnerType]??e.partnerType} · ${o(e.country)} · applied ${E(e.createdAt)}`,onSubmit:X?void 0:Z,footer:X?(0,L.jsx)(b,{onClick:t,children:`Close`}):(0,L.jsxs)(L.Fragment,{children:[(0,L.jsx)(b,{onClick:t,children:`Cancel`}),(0,L.jsx)(b,{type:`submit`,variant:g===`approve`?`primary`:`danger`,loading:q.isPending,icon:g===`approve`?(0,L.jsx)(r,{size:15,"aria-hidden":`true`}):(0,L.jsx)(l,{size:15,"aria-hidden":`true`}),children:g===`approve`?`Approve and invite`:`Decline application`})]}),children:(0,L.jsxs)(`div`,{className:`stack`,style:{gap:16},children:[(0,L.jsxs)(`dl`,{className:`dl`,children:[(0,L.jsx)(`dt`,{children:`Website`}),(0,L.jsx)(`dd`,{children:(0,L.jsxs)(`a`,{href:a(e.website),target:`_blank`,rel:`noopener noreferrer`,children:[e.domain,` `,(0,L.jsx)(i,{size:12,"aria-hidden":`true`})]})}),(0,L.jsx)(`dt`,{children:`Contact`}),(0,L.jsxs)(`dd`,{children:[e.contactName,(0,L.jsx)(`div`,{className:`cell-sub`,children:e.contactEmail})]}),(0,L.jsx)(`dt`,{children:`Why they apply`}),(0,L.jsx)(`dd`,{children:e.motivation||(0,L.jsx)(`span`,{className:`muted`,children:`Not given`})}),X&&(0,L.jsxs)(L.Fragment,{children:[(0,L.jsx)(`dt`,{children:`Decision`}),(0,L.jsxs)(`dd`,{children:[U[e.status],` `,e.reviewedAt&&`on ${d(e.reviewedAt)}`,` `,e.reviewer&&`by ${e.reviewer.name}`,e.declineReason&&(0,L.jsxs)(`div`,{className:`cell-sub`,children:[`“`,e.declineReason,`”`]})]})]})]}),!X&&(0,L.jsxs)(L.Fragment,{children:[(0,L.jsxs)(`div`,{className:`segmented`,role:`group`,"aria-label":`Decision`,children:[(0,L.jsx)(`button`,{type:`button`,"aria-pressed":g===`approve`,onClick:()=>_(`approve`),children:`Approve`}),(0,L.jsx)(`button`,{type:`button`,"aria-pressed":g===`decline`,onClick:()=>_(`decline`),children:`Decline`})]}),q.error&&!(q.error instanceof c&&q.error.fieldErrors.length)&&(0,L.jsx)(h,{error:q.error}),g===`approve`?(0,L.jsxs)(`div`,{className:`form-grid`,children:[(0,L.jsx)(N,{label:`Starting tier`,value:Y,onChange:e=>S(e.target.value),error:R.tierId??J(`tierId`),children:m.map(e=>(0,L.jsx)(`option`,{value:e.id,children:e.name},e.id))}),(0,L.jsxs)(N,{label:`Partner account manager`,value:w,onChange:e=>D(e.target.value),error:R.managerId??J(`managerId`),children:[(0,L.jsx)(`option`,{value:``,children:`Choose…`}),A(p.data?.users).map(e=>(0,L.jsxs)(`option`,{value:e.id,children:[e.name,` (`,s[e.role],`)`]},e.id))]}),(0,L.jsxs)(`p`,{className:`muted full`,style:{fontSize:`0.85rem`},children:[e.contactName,` is invited as `,e.company,`’s partner admin; the partner starts as onboarding.`]})]}):(0,L.jsx)(P,{label:`Reason, as the applicant will read it`,value:O,onChange:e=>k(e.target.value),error:R.reason??J(`reason`),rows:3})]})]})})}function G(){m(`Applications`);let e=D({sort:`CREATED_AT`,direction:`ASC`}),t=e.get(`status`)||`SUBMITTED`,n=x(R,{...e.pageVars,where:{status:t}},{keepPrevious:!0}),[r,i]=(0,I.useState)(null),a=n.data?.partnerApplications,s=A(a);return(0,L.jsxs)(L.Fragment,{children:[(0,L.jsx)(_,{title:`Applications`,subtitle:`Companies asking to join the program. Approving creates the partner and invites its contact as partner admin.`,actions:(0,L.jsx)(`div`,{className:`segmented`,role:`group`,"aria-label":`Which applications`,children:[`SUBMITTED`,`APPROVED`,`DECLINED`].map(n=>(0,L.jsx)(`button`,{type:`button`,"aria-pressed":t===n,onClick:()=>e.update({status:n===`SUBMITTED`?``:n}),children:U[n]},n))})}),(0,L.jsxs)(`section`,{className:`card`,"aria-label":`Applications`,children:[n.isError?(0,L.jsx)(v,{error:n.error,onRetry:()=>void n.refetch()}):n.isPending?(0,L.jsx)(g,{rows:4,columns:5}):s.length===0?(0,L.jsx)(S,{icon:(0,L.jsx)(p,{size:22}),title:t===`SUBMITTED`?`Nothing waiting for review`:`No ${U[t].toLowerCase()} applications`,children:t===`SUBMITTED`?`New applications from the public form at /apply appear here, oldest first.`:`Decided applications are kept here.`}):(0,L.jsx)(`div`,{className:`table-wrap`,children:(0,L.jsxs)(`table`,{className:`table table-cards`,children:[(0,L.jsx)(`thead`,{children:(0,L.jsxs)(`tr`,{children:[(0,L.jsx)(`th`,{scope:`col`,children:`Company`}),(0,L.jsx)(`th`,{scope:`col`,children:`Type`}),(0,L.jsx)(`th`,{scope:`col`,children:`Contact`}),(0,L.jsx)(`th`,{scope:`col`,children:`Applied`}),(0,L.jsx)(`th`,{scope:`col`,children:`Status`}),(0,L.jsx)(`th`,{scope:`col`,children:(0,L.jsx)(`span`,{className:`visually-hidden`,children:`Actions`})})]})}),(0,L.jsx)(`tbody`,{children:s.map(e=>(0,L.jsxs)(`tr`,{children:[(0,L.jsxs)(`td`,{children:[(0,L.jsx)(`div`,{className:`cell-title`,children:e.company}),(0,L.jsxs)(`div`,{className:`cell-sub`,children:[e.domain,` · `,o(e.country)]})]}),(0,L.jsx)(`td`,{"data-label":`Type`,children:u[e.partnerType]??e.partnerType}),(0,L.jsxs)(`td`,{"data-label":`Contact`,children:[(0,L.jsx)(`div`,{children:e.contactName}),(0,L.jsx)(`div`,{className:`cell-sub`,children:e.contactEmail})]}),(0,L.jsx)(`td`,{"data-label":`Applied`,children:E(e.createdAt)}),(0,L.jsx)(`td`,{"data-label":`Status`,children:(0,L.jsx)(w,{tone:H[e.status],dot:!0,children:U[e.status]})}),(0,L.jsx)(`td`,{className:`num`,children:(0,L.jsx)(b,{size:`sm`,variant:e.status===`SUBMITTED`?`primary`:`secondary`,onClick:()=>i(e),"aria-label":`${e.status===`SUBMITTED`?`Review`:`View`} ${e.company}`,children:e.status===`SUBMITTED`?`Review`:`View`})})]},e.id))})]})}),!n.isError&&(a?.totalCount??0)>0&&(0,L.jsx)(k,{...O(e,a),noun:`applications`,busy:n.isFetching,onNext:()=>e.goNext(a?.pageInfo.endCursor),onPrevious:()=>e.goPrevious(a?.pageInfo.startCursor)})]}),r&&(0,L.jsx)(W,{app:r,onClose:()=>i(null)})]})}export{G as default};