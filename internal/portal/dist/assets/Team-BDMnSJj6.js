import{a as e,n as t,t as n}from"./jsx-runtime-Wy9s6hX0.js";import{t as r}from"./createLucideIcon-DGfbxOj1.js";import{t as i}from"./search-eHsk-ss9.js";import{D as a,N as o,R as s,T as c,V as l,X as u,Y as d,_ as f,a as p,b as m,c as h,ct as g,et as _,f as v,g as y,h as b,it as x,l as S,n as C,ot as w,p as T,r as E,s as D,t as O,y as k,z as A}from"./index-DZc1YHmR.js";import{a as j,i as M,n as N,r as P,t as F}from"./Table-DcJtYMGX.js";import{n as I}from"./tiers-BGeT2FPG.js";import{t as L}from"./send-BDzkKaWt.js";import{t as R}from"./Dialog-LQ_zEn-k.js";import{i as z,n as B}from"./Field-DbMrxyOW.js";var V={name:`mail-plus`,size:24,node:[[`path`,{d:`M22 13V6a2 2 0 0 0-2-2H4a2 2 0 0 0-2 2v12c0 1.1.9 2 2 2h8`,key:`12jkf8`}],[`path`,{d:`m22 7-8.97 5.7a1.94 1.94 0 0 1-2.06 0L2 7`,key:`1ocrg3`}],[`path`,{d:`M19 16v6`,key:`tddt3s`}],[`path`,{d:`M16 19h6`,key:`xwg31i`}]]};V.node;var H=r(V),U=e(t(),1),W=n(),G=`
    query PendingInvitations {
  __typename
  invitations(
    first: 100
    orderBy: {field: CREATED_AT, direction: DESC}
    where: {status: PENDING}
  ) {
    __typename
    totalCount
    edges {
      __typename
      node {
        __typename
        id
        email
        name
        role
        expiresAt
        sentAt
        sendCount
        invitedBy {
          __typename
          id
          name
        }
      }
    }
  }
}
    `,K=`
    mutation InviteUser($input: InviteUserInput!) {
  __typename
  inviteUser(input: $input) {
    __typename
    invitation {
      __typename
      id
      email
    }
  }
}
    `,q=`
    mutation ResendInvitation($input: ResendInvitationInput!) {
  __typename
  resendInvitation(input: $input) {
    __typename
    invitation {
      __typename
      id
      sentAt
      expiresAt
      sendCount
    }
  }
}
    `,J=`
    mutation RevokeInvitation($input: RevokeInvitationInput!) {
  __typename
  revokeInvitation(input: $input) {
    __typename
    invitation {
      __typename
      id
      status
    }
  }
}
    `,Y=A(l);function X({roles:e,onClose:t}){let[n,r]=(0,U.useState)({email:``,name:``,role:e[e.length-1],jobFunction:``}),[i,o]=(0,U.useState)(),s=C(K),c=O(),d=e=>t=>r(n=>({...n,[e]:t.target.value})),f=e=>s.error instanceof a?s.error.fieldError(e):void 0;return(0,W.jsx)(R,{open:!0,onClose:t,title:`Invite a colleague`,description:`They get an e-mail with a link to choose a password. The link works once, for 7 days.`,onSubmit:()=>{/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(n.email.trim())?(o(void 0),s.mutate({input:{email:n.email.trim(),name:n.name.trim()||void 0,role:n.role,jobFunction:n.jobFunction||void 0}},{onSuccess:e=>{c(`Invitation sent to ${e.inviteUser.invitation.email}`),t()}})):o(`Enter a valid e-mail address.`)},footer:(0,W.jsxs)(W.Fragment,{children:[(0,W.jsx)(T,{onClick:t,children:`Cancel`}),(0,W.jsx)(T,{type:`submit`,variant:`primary`,loading:s.isPending,icon:(0,W.jsx)(L,{size:15,"aria-hidden":`true`}),children:`Send invitation`})]}),children:(0,W.jsxs)(`div`,{className:`stack`,style:{gap:16},children:[s.error&&!(s.error instanceof a&&s.error.fieldErrors.length)&&(0,W.jsx)(h,{error:s.error}),(0,W.jsxs)(`div`,{className:`form-grid`,children:[(0,W.jsx)(z,{label:`Work e-mail`,type:`email`,required:!0,autoComplete:`off`,value:n.email,onChange:d(`email`),error:i??f(`email`)}),(0,W.jsx)(z,{label:`Name`,hint:`Optional; they can change it.`,autoComplete:`off`,value:n.name,onChange:d(`name`),error:f(`name`)}),(0,W.jsx)(B,{label:`Role`,value:n.role,onChange:d(`role`),error:f(`role`),children:e.map(e=>(0,W.jsx)(`option`,{value:e,children:u[e]},e))}),(0,W.jsxs)(B,{label:`Job function`,value:n.jobFunction,onChange:d(`jobFunction`),error:f(`jobFunction`),children:[(0,W.jsx)(`option`,{value:``,children:`Not set`}),Y.map(e=>(0,W.jsx)(`option`,{value:e,children:l[e]},e))]})]})]})})}function Z(){let e=E(G,{}),t=C(q),n=C(J),r=O(),i=I(e.data?.invitations);if(e.isSuccess&&i.length===0)return null;let a=t.error??n.error;return(0,W.jsxs)(y,{title:`Pending invitations`,hint:`Sent, not accepted yet.`,flush:!0,children:[a&&(0,W.jsx)(`div`,{style:{padding:`0 20px 12px`},children:(0,W.jsx)(h,{error:a})}),e.isError?(0,W.jsx)(S,{error:e.error,onRetry:()=>void e.refetch()}):e.isPending?(0,W.jsx)(v,{rows:2,columns:4}):(0,W.jsx)(`div`,{className:`table-wrap`,children:(0,W.jsxs)(`table`,{className:`table table-cards`,children:[(0,W.jsx)(`thead`,{children:(0,W.jsxs)(`tr`,{children:[(0,W.jsx)(`th`,{scope:`col`,children:`Invitee`}),(0,W.jsx)(`th`,{scope:`col`,children:`Role`}),(0,W.jsx)(`th`,{scope:`col`,children:`Sent`}),(0,W.jsx)(`th`,{scope:`col`,children:`Link works until`}),(0,W.jsx)(`th`,{scope:`col`,children:(0,W.jsx)(`span`,{className:`visually-hidden`,children:`Actions`})})]})}),(0,W.jsx)(`tbody`,{children:i.map(e=>{let i=new Date(e.expiresAt).getTime()<Date.now();return(0,W.jsxs)(`tr`,{children:[(0,W.jsxs)(`td`,{children:[(0,W.jsx)(`div`,{className:`cell-title`,children:e.name||e.email}),e.name&&(0,W.jsx)(`div`,{className:`cell-sub`,children:e.email})]}),(0,W.jsx)(`td`,{"data-label":`Role`,children:u[e.role]??s(e.role)}),(0,W.jsxs)(`td`,{"data-label":`Sent`,children:[d(e.sentAt),e.sendCount>1&&(0,W.jsxs)(`div`,{className:`cell-sub`,children:[`sent `,e.sendCount,` times`]}),e.invitedBy&&(0,W.jsxs)(`div`,{className:`cell-sub`,children:[`by `,e.invitedBy.name]})]}),(0,W.jsx)(`td`,{"data-label":`Expires`,children:i?(0,W.jsx)(k,{tone:`warning`,children:`Expired`}):o(e.expiresAt)}),(0,W.jsxs)(`td`,{className:`num nowrap`,children:[(0,W.jsx)(T,{size:`sm`,variant:`ghost`,icon:(0,W.jsx)(g,{size:14,"aria-hidden":`true`}),"aria-label":`Send the invitation to ${e.email} again`,disabled:t.isPending,onClick:()=>t.mutate({input:{id:e.id}},{onSuccess:()=>r(`Sent again to ${e.email}`)}),children:`Resend`}),(0,W.jsx)(T,{size:`sm`,variant:`ghost`,icon:(0,W.jsx)(x,{size:14,"aria-hidden":`true`}),"aria-label":`Withdraw the invitation to ${e.email}`,disabled:n.isPending,onClick:()=>n.mutate({input:{id:e.id}},{onSuccess:()=>r(`Invitation to ${e.email} withdrawn`)}),children:`Withdraw`})]})]},e.id)})})]})})]})}var Q=`
    query TeamMembers($first: Int, $after: Cursor, $last: Int, $before: Cursor, $orderBy: UserOrder, $where: UserWhereInput) {
  __typename
  users(
    first: $first
    after: $after
    last: $last
    before: $before
    orderBy: $orderBy
    where: $where
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
    `;function $(){p(`Team`);let e=c(),t=j({sort:`NAME`,direction:`ASC`}),[n,r]=M(t.get(`q`),e=>t.update({q:e})),a=e.partner?{hasPartnerWith:[{id:e.partner.id}]}:{},o=t.get(`q`).trim();o&&(a.or=[{nameContainsFold:o},{emailContainsFold:o}]),t.get(`role`)&&(a.role=t.get(`role`)),t.get(`status`)&&(a.status=t.get(`status`));let l=E(Q,{...t.pageVars,orderBy:{field:t.sort.field,direction:t.sort.direction},where:a},{keepPrevious:!0}),h=l.data?.users,g=I(h),[y,x]=(0,U.useState)(!1);return(0,W.jsxs)(W.Fragment,{children:[(0,W.jsx)(f,{title:`Team`,subtitle:`Everyone at ${e.partner?.name??`your organisation`} with access to the portal.`,actions:(0,W.jsx)(T,{variant:`primary`,icon:(0,W.jsx)(H,{size:16,"aria-hidden":`true`}),onClick:()=>x(!0),children:`Invite a colleague`})}),(0,W.jsxs)(`div`,{className:`stack`,children:[(0,W.jsx)(Z,{}),(0,W.jsxs)(`section`,{className:`card`,"aria-label":`Team members`,children:[(0,W.jsxs)(`div`,{className:`toolbar`,role:`search`,"aria-label":`Filter team`,children:[(0,W.jsxs)(`div`,{className:`field grow`,children:[(0,W.jsx)(`label`,{htmlFor:`team-search`,children:`Search`}),(0,W.jsxs)(`div`,{className:`input-icon`,children:[(0,W.jsx)(i,{size:16,"aria-hidden":`true`}),(0,W.jsx)(`input`,{id:`team-search`,className:`input`,type:`search`,placeholder:`Name or e-mail`,value:n,onChange:e=>r(e.target.value)})]})]}),(0,W.jsxs)(`div`,{className:`field`,children:[(0,W.jsx)(`label`,{htmlFor:`team-role`,children:`Role`}),(0,W.jsxs)(`select`,{id:`team-role`,className:`select`,value:t.get(`role`),onChange:e=>t.update({role:e.target.value}),children:[(0,W.jsx)(`option`,{value:``,children:`All roles`}),(0,W.jsx)(`option`,{value:`PARTNER_ADMIN`,children:u.PARTNER_ADMIN}),(0,W.jsx)(`option`,{value:`PARTNER_SALES`,children:u.PARTNER_SALES})]})]}),(0,W.jsxs)(`div`,{className:`field`,children:[(0,W.jsx)(`label`,{htmlFor:`team-status`,children:`Status`}),(0,W.jsxs)(`select`,{id:`team-status`,className:`select`,value:t.get(`status`),onChange:e=>t.update({status:e.target.value}),children:[(0,W.jsx)(`option`,{value:``,children:`All statuses`}),(0,W.jsx)(`option`,{value:`ACTIVE`,children:`Active`}),(0,W.jsx)(`option`,{value:`INVITED`,children:`Invited`}),(0,W.jsx)(`option`,{value:`DISABLED`,children:`Disabled`})]})]})]}),l.isError?(0,W.jsx)(S,{error:l.error,onRetry:()=>void l.refetch()}):l.isPending?(0,W.jsx)(v,{rows:4,columns:5}):g.length===0?(0,W.jsx)(D,{icon:(0,W.jsx)(w,{size:22}),title:`Nobody matches`,children:`Try a broader search.`}):(0,W.jsx)(`div`,{className:`table-wrap`,children:(0,W.jsxs)(`table`,{className:`table table-cards`,children:[(0,W.jsx)(`thead`,{children:(0,W.jsxs)(`tr`,{children:[(0,W.jsx)(N,{label:`Name`,field:`NAME`,sort:t.sort,onSort:t.setSort}),(0,W.jsx)(N,{label:`Role`,field:`ROLE`,sort:t.sort,onSort:t.setSort}),(0,W.jsx)(`th`,{scope:`col`,children:`Job`}),(0,W.jsx)(N,{label:`Status`,field:`STATUS`,sort:t.sort,onSort:t.setSort}),(0,W.jsx)(N,{label:`Last sign-in`,field:`LAST_LOGIN_AT`,sort:t.sort,onSort:t.setSort})]})}),(0,W.jsx)(`tbody`,{children:g.map(t=>(0,W.jsxs)(`tr`,{children:[(0,W.jsx)(`td`,{children:(0,W.jsxs)(`div`,{className:`cell-person`,children:[(0,W.jsx)(b,{name:t.name,size:`sm`}),(0,W.jsxs)(`div`,{children:[(0,W.jsxs)(`div`,{className:`cell-title`,children:[t.name,t.id===e.id&&(0,W.jsx)(`span`,{className:`muted`,children:` (you)`})]}),(0,W.jsx)(`div`,{className:`cell-sub`,children:t.email})]})]})}),(0,W.jsx)(`td`,{"data-label":`Role`,children:u[t.role]}),(0,W.jsx)(`td`,{"data-label":`Job`,children:s(t.jobFunction)}),(0,W.jsx)(`td`,{"data-label":`Status`,children:(0,W.jsx)(m,{status:t.status,kind:`user`})}),(0,W.jsx)(`td`,{"data-label":`Last sign-in`,children:d(t.lastLoginAt)})]},t.id))})]})}),!l.isError&&(h?.totalCount??0)>0&&(0,W.jsx)(F,{...P(t,h),noun:`people`,busy:l.isFetching,onNext:()=>t.goNext(h?.pageInfo.endCursor),onPrevious:()=>t.goPrevious(h?.pageInfo.startCursor)})]})]}),y&&(0,W.jsx)(X,{roles:_,onClose:()=>x(!1)})]})}export{$ as default};