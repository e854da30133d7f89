import{a as e,n as t,t as n}from"./jsx-runtime-Wy9s6hX0.js";import{t as r}from"./createLucideIcon-DGfbxOj1.js";import{t as i}from"./search-eHsk-ss9.js";import{D as a,K as o,N as s,Q as c,R as l,T as u,_ as d,a as f,b as p,c as m,et as h,f as g,g as _,h as v,l as y,n as b,nt as x,p as S,q as C,r as w,s as T,t as E,y as D}from"./index-BZpwOYLl.js";import{a as O,i as k,n as A,r as j,t as M}from"./Table-CXB0MzTf.js";import{n as N}from"./tiers-BMp950j0.js";import{t as P}from"./send-BDzkKaWt.js";import{t as F}from"./Dialog-DcFZjUs3.js";import{i as I,n as L}from"./Field-Bfs1nEZu.js";var R={name:`mail-plus`,size:24,node:[[`path`,{d:`M22 13V6a2 2 0 0 0-2-2H4a2 2 0 0 0-2 2v12c0 1.1.9 2 2 2h8`,key:`12jkf8`}],[`path`,{d:`m22 7-8.97 5.7a1.94 1.94 0 0 1-2.06 0L2 7`,key:`1ocrg3`}],[`path`,{d:`M19 16v6`,key:`tddt3s`}],[`path`,{d:`M16 19h6`,key:`xwg31i`}]]};R.node;var z=r(R),B=e(t(),1),V=n(),H=`
    query PendingInvitations {
  invitations(
    first: 100
    orderBy: {field: CREATED_AT, direction: DESC}
    where: {status: PENDING}
  ) {
    totalCount
    edges {
      node {
        id
        email
        name
        role
        expiresAt
        sentAt
        sendCount
        invitedBy {
          id
          name
        }
      }
    }
  }
}
    `,U=`
    mutation InviteUser($input: InviteUserInput!) {
  inviteUser(input: $input) {
    invitation {
      id
      email
    }
  }
}
    `,W=`
    mutation ResendInvitation($input: ResendInvitationInput!) {
  resendInvitation(input: $input) {
    invitation {
      id
      sentAt
      expiresAt
      sendCount
    }
  }
}
    `,G=`
    mutation RevokeInvitation($input: RevokeInvitationInput!) {
  revokeInvitation(input: $input) {
    invitation {
      id
      status
    }
  }
}
    `,K=[`SALES`,`PRESALES`,`SUPPORT`,`MARKETING`,`MANAGEMENT`];function q({roles:e,onClose:t}){let[n,r]=(0,B.useState)({email:``,name:``,role:e[e.length-1],jobFunction:``}),[i,o]=(0,B.useState)(),s=b(U),c=E(),u=e=>t=>r(n=>({...n,[e]:t.target.value})),d=e=>s.error instanceof a?s.error.fieldError(e):void 0;return(0,V.jsx)(F,{open:!0,onClose:t,title:`Invite a colleague`,description:`They get an e-mail with a link to choose a password. The link works once, for 7 days.`,onSubmit:()=>{/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(n.email.trim())?(o(void 0),s.mutate({input:{email:n.email.trim(),name:n.name.trim()||void 0,role:n.role,jobFunction:n.jobFunction||void 0}},{onSuccess:e=>{c(`Invitation sent to ${e.inviteUser.invitation.email}`),t()}})):o(`Enter a valid e-mail address.`)},footer:(0,V.jsxs)(V.Fragment,{children:[(0,V.jsx)(S,{onClick:t,children:`Cancel`}),(0,V.jsx)(S,{type:`submit`,variant:`primary`,loading:s.isPending,icon:(0,V.jsx)(P,{size:15,"aria-hidden":`true`}),children:`Send invitation`})]}),children:(0,V.jsxs)(`div`,{className:`stack`,style:{gap:16},children:[s.error&&!(s.error instanceof a&&s.error.fieldErrors.length)&&(0,V.jsx)(m,{error:s.error}),(0,V.jsxs)(`div`,{className:`form-grid`,children:[(0,V.jsx)(I,{label:`Work e-mail`,type:`email`,required:!0,autoComplete:`off`,value:n.email,onChange:u(`email`),error:i??d(`email`)}),(0,V.jsx)(I,{label:`Name`,hint:`Optional; they can change it.`,autoComplete:`off`,value:n.name,onChange:u(`name`),error:d(`name`)}),(0,V.jsx)(L,{label:`Role`,value:n.role,onChange:u(`role`),error:d(`role`),children:e.map(e=>(0,V.jsx)(`option`,{value:e,children:C[e]},e))}),(0,V.jsxs)(L,{label:`Job function`,value:n.jobFunction,onChange:u(`jobFunction`),error:d(`jobFunction`),children:[(0,V.jsx)(`option`,{value:``,children:`Not set`}),K.map(e=>(0,V.jsx)(`option`,{value:e,children:l(e)},e))]})]})]})})}function J(){let e=w(H,{}),t=b(W),n=b(G),r=E(),i=N(e.data?.invitations);if(e.isSuccess&&i.length===0)return null;let a=t.error??n.error;return(0,V.jsxs)(_,{title:`Pending invitations`,hint:`Sent, not accepted yet.`,flush:!0,children:[a&&(0,V.jsx)(`div`,{style:{padding:`0 20px 12px`},children:(0,V.jsx)(m,{error:a})}),e.isError?(0,V.jsx)(y,{error:e.error,onRetry:()=>void e.refetch()}):e.isPending?(0,V.jsx)(g,{rows:2,columns:4}):(0,V.jsx)(`div`,{className:`table-wrap`,children:(0,V.jsxs)(`table`,{className:`table table-cards`,children:[(0,V.jsx)(`thead`,{children:(0,V.jsxs)(`tr`,{children:[(0,V.jsx)(`th`,{scope:`col`,children:`Invitee`}),(0,V.jsx)(`th`,{scope:`col`,children:`Role`}),(0,V.jsx)(`th`,{scope:`col`,children:`Sent`}),(0,V.jsx)(`th`,{scope:`col`,children:`Link works until`}),(0,V.jsx)(`th`,{scope:`col`,children:(0,V.jsx)(`span`,{className:`visually-hidden`,children:`Actions`})})]})}),(0,V.jsx)(`tbody`,{children:i.map(e=>{let i=new Date(e.expiresAt).getTime()<Date.now();return(0,V.jsxs)(`tr`,{children:[(0,V.jsxs)(`td`,{children:[(0,V.jsx)(`div`,{className:`cell-title`,children:e.name||e.email}),e.name&&(0,V.jsx)(`div`,{className:`cell-sub`,children:e.email})]}),(0,V.jsx)(`td`,{"data-label":`Role`,children:C[e.role]??l(e.role)}),(0,V.jsxs)(`td`,{"data-label":`Sent`,children:[o(e.sentAt),e.sendCount>1&&(0,V.jsxs)(`div`,{className:`cell-sub`,children:[`sent `,e.sendCount,` times`]}),e.invitedBy&&(0,V.jsxs)(`div`,{className:`cell-sub`,children:[`by `,e.invitedBy.name]})]}),(0,V.jsx)(`td`,{"data-label":`Expires`,children:i?(0,V.jsx)(D,{tone:`warning`,children:`Expired`}):s(e.expiresAt)}),(0,V.jsxs)(`td`,{className:`num nowrap`,children:[(0,V.jsx)(S,{size:`sm`,variant:`ghost`,icon:(0,V.jsx)(x,{size:14,"aria-hidden":`true`}),"aria-label":`Send the invitation to ${e.email} again`,disabled:t.isPending,onClick:()=>t.mutate({input:{id:e.id}},{onSuccess:()=>r(`Sent again to ${e.email}`)}),children:`Resend`}),(0,V.jsx)(S,{size:`sm`,variant:`ghost`,icon:(0,V.jsx)(c,{size:14,"aria-hidden":`true`}),"aria-label":`Withdraw the invitation to ${e.email}`,disabled:n.isPending,onClick:()=>n.mutate({input:{id:e.id}},{onSuccess:()=>r(`Invitation to ${e.email} withdrawn`)}),children:`Withdraw`})]})]},e.id)})})]})})]})}var Y=`
    query TeamMembers($first: Int, $after: Cursor, $last: Int, $before: Cursor, $orderBy: UserOrder, $where: UserWhereInput) {
  users(
    first: $first
    after: $after
    last: $last
    before: $before
    orderBy: $orderBy
    where: $where
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
    `;function X(){f(`Team`);let e=u(),t=O({sort:`NAME`,direction:`ASC`}),[n,r]=k(t.get(`q`),e=>t.update({q:e})),a=e.partner?{hasPartnerWith:[{id:e.partner.id}]}:{},s=t.get(`q`).trim();s&&(a.or=[{nameContainsFold:s},{emailContainsFold:s}]),t.get(`role`)&&(a.role=t.get(`role`)),t.get(`status`)&&(a.status=t.get(`status`));let c=w(Y,{...t.pageVars,orderBy:{field:t.sort.field,direction:t.sort.direction},where:a},{keepPrevious:!0}),m=c.data?.users,_=N(m),[b,x]=(0,B.useState)(!1);return(0,V.jsxs)(V.Fragment,{children:[(0,V.jsx)(d,{title:`Team`,subtitle:`Everyone at ${e.partner?.name??`your organisation`} with access to the portal.`,actions:(0,V.jsx)(S,{variant:`primary`,icon:(0,V.jsx)(z,{size:16,"aria-hidden":`true`}),onClick:()=>x(!0),children:`Invite a colleague`})}),(0,V.jsxs)(`div`,{className:`stack`,children:[(0,V.jsx)(J,{}),(0,V.jsxs)(`section`,{className:`card`,"aria-label":`Team members`,children:[(0,V.jsxs)(`div`,{className:`toolbar`,role:`search`,"aria-label":`Filter team`,children:[(0,V.jsxs)(`div`,{className:`field grow`,children:[(0,V.jsx)(`label`,{htmlFor:`team-search`,children:`Search`}),(0,V.jsxs)(`div`,{className:`input-icon`,children:[(0,V.jsx)(i,{size:16,"aria-hidden":`true`}),(0,V.jsx)(`input`,{id:`team-search`,className:`input`,type:`search`,placeholder:`Name or e-mail`,value:n,onChange:e=>r(e.target.value)})]})]}),(0,V.jsxs)(`div`,{className:`field`,children:[(0,V.jsx)(`label`,{htmlFor:`team-role`,children:`Role`}),(0,V.jsxs)(`select`,{id:`team-role`,className:`select`,value:t.get(`role`),onChange:e=>t.update({role:e.target.value}),children:[(0,V.jsx)(`option`,{value:``,children:`All roles`}),(0,V.jsx)(`option`,{value:`PARTNER_ADMIN`,children:C.PARTNER_ADMIN}),(0,V.jsx)(`option`,{value:`PARTNER_SALES`,children:C.PARTNER_SALES})]})]}),(0,V.jsxs)(`div`,{className:`field`,children:[(0,V.jsx)(`label`,{htmlFor:`team-status`,children:`Status`}),(0,V.jsxs)(`select`,{id:`team-status`,className:`select`,value:t.get(`status`),onChange:e=>t.update({status:e.target.value}),children:[(0,V.jsx)(`option`,{value:``,children:`All statuses`}),(0,V.jsx)(`option`,{value:`ACTIVE`,children:`Active`}),(0,V.jsx)(`option`,{value:`INVITED`,children:`Invited`}),(0,V.jsx)(`option`,{value:`DISABLED`,children:`Disabled`})]})]})]}),c.isError?(0,V.jsx)(y,{error:c.error,onRetry:()=>void c.refetch()}):c.isPending?(0,V.jsx)(g,{rows:4,columns:5}):_.length===0?(0,V.jsx)(T,{icon:(0,V.jsx)(h,{size:22}),title:`Nobody matches`,children:`Try a broader search.`}):(0,V.jsx)(`div`,{className:`table-wrap`,children:(0,V.jsxs)(`table`,{className:`table table-cards`,children:[(0,V.jsx)(`thead`,{children:(0,V.jsxs)(`tr`,{children:[(0,V.jsx)(A,{label:`Name`,field:`NAME`,sort:t.sort,onSort:t.setSort}),(0,V.jsx)(A,{label:`Role`,field:`ROLE`,sort:t.sort,onSort:t.setSort}),(0,V.jsx)(`th`,{scope:`col`,children:`Job`}),(0,V.jsx)(A,{label:`Status`,field:`STATUS`,sort:t.sort,onSort:t.setSort}),(0,V.jsx)(A,{label:`Last sign-in`,field:`LAST_LOGIN_AT`,sort:t.sort,onSort:t.setSort})]})}),(0,V.jsx)(`tbody`,{children:_.map(t=>(0,V.jsxs)(`tr`,{children:[(0,V.jsx)(`td`,{children:(0,V.jsxs)(`div`,{className:`cell-person`,children:[(0,V.jsx)(v,{name:t.name,size:`sm`}),(0,V.jsxs)(`div`,{children:[(0,V.jsxs)(`div`,{className:`cell-title`,children:[t.name,t.id===e.id&&(0,V.jsx)(`span`,{className:`muted`,children:` (you)`})]}),(0,V.jsx)(`div`,{className:`cell-sub`,children:t.email})]})]})}),(0,V.jsx)(`td`,{"data-label":`Role`,children:C[t.role]}),(0,V.jsx)(`td`,{"data-label":`Job`,children:l(t.jobFunction)}),(0,V.jsx)(`td`,{"data-label":`Status`,children:(0,V.jsx)(p,{status:t.status,kind:`user`})}),(0,V.jsx)(`td`,{"data-label":`Last sign-in`,children:o(t.lastLoginAt)})]},t.id))})]})}),!c.isError&&(m?.totalCount??0)>0&&(0,V.jsx)(M,{...j(t,m),noun:`people`,busy:c.isFetching,onNext:()=>t.goNext(m?.pageInfo.endCursor),onPrevious:()=>t.goPrevious(m?.pageInfo.startCursor)})]})]}),b&&(0,V.jsx)(q,{roles:[`PARTNER_ADMIN`,`PARTNER_SALES`],onClose:()=>x(!1)})]})}export{X as default};