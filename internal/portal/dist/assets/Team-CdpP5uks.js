import{a as e,n as t,t as n}from"./jsx-runtime-Wy9s6hX0.js";import{t as r}from"./createLucideIcon-DGfbxOj1.js";import{t as i}from"./search-eHsk-ss9.js";import{D as a,N as o,R as s,T as c,V as l,X as u,Y as d,_ as f,a as p,b as m,c as h,ct as g,et as _,f as v,g as y,h as b,it as x,l as S,n as C,ot as w,p as T,r as E,s as D,t as O,y as k,z as A}from"./index-RnFRxBnP.js";import{i as j,n as M,r as N,t as P}from"./ConnectionTable-D3VGdsGm.js";import{n as F}from"./tiers-BE-HxVTD.js";import{t as I}from"./send-BDzkKaWt.js";import{t as L}from"./Dialog-Da6cFw0e.js";import{i as R,n as z}from"./Field-BGjoe2Et.js";var B={name:`mail-plus`,size:24,node:[[`path`,{d:`M22 13V6a2 2 0 0 0-2-2H4a2 2 0 0 0-2 2v12c0 1.1.9 2 2 2h8`,key:`12jkf8`}],[`path`,{d:`m22 7-8.97 5.7a1.94 1.94 0 0 1-2.06 0L2 7`,key:`1ocrg3`}],[`path`,{d:`M19 16v6`,key:`tddt3s`}],[`path`,{d:`M16 19h6`,key:`xwg31i`}]]};B.node;var V=r(B),H=e(t(),1),U=n(),W=`
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
    `,G=`
    mutation InviteUser($input: InviteUserInput!) {
  inviteUser(input: $input) {
    invitation {
      id
      email
    }
  }
}
    `,K=`
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
    `,q=`
    mutation RevokeInvitation($input: RevokeInvitationInput!) {
  revokeInvitation(input: $input) {
    invitation {
      id
      status
    }
  }
}
    `,J=A(l);function Y({roles:e,onClose:t}){let[n,r]=(0,H.useState)({email:``,name:``,role:e[e.length-1],jobFunction:``}),[i,o]=(0,H.useState)(),s=C(G),c=O(),d=e=>t=>r(n=>({...n,[e]:t.target.value})),f=e=>s.error instanceof a?s.error.fieldError(e):void 0;return(0,U.jsx)(L,{open:!0,onClose:t,title:`Invite a colleague`,description:`They get an e-mail with a link to choose a password. The link works once, for 7 days.`,onSubmit:()=>{/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(n.email.trim())?(o(void 0),s.mutate({input:{email:n.email.trim(),name:n.name.trim()||void 0,role:n.role,jobFunction:n.jobFunction||void 0}},{onSuccess:e=>{c(`Invitation sent to ${e.inviteUser.invitation.email}`),t()}})):o(`Enter a valid e-mail address.`)},footer:(0,U.jsxs)(U.Fragment,{children:[(0,U.jsx)(T,{onClick:t,children:`Cancel`}),(0,U.jsx)(T,{type:`submit`,variant:`primary`,loading:s.isPending,icon:(0,U.jsx)(I,{size:15,"aria-hidden":`true`}),children:`Send invitation`})]}),children:(0,U.jsxs)(`div`,{className:`stack`,style:{gap:16},children:[s.error&&!(s.error instanceof a&&s.error.fieldErrors.length)&&(0,U.jsx)(h,{error:s.error}),(0,U.jsxs)(`div`,{className:`form-grid`,children:[(0,U.jsx)(R,{label:`Work e-mail`,type:`email`,required:!0,autoComplete:`off`,value:n.email,onChange:d(`email`),error:i??f(`email`)}),(0,U.jsx)(R,{label:`Name`,hint:`Optional; they can change it.`,autoComplete:`off`,value:n.name,onChange:d(`name`),error:f(`name`)}),(0,U.jsx)(z,{label:`Role`,value:n.role,onChange:d(`role`),error:f(`role`),children:e.map(e=>(0,U.jsx)(`option`,{value:e,children:u[e]},e))}),(0,U.jsxs)(z,{label:`Job function`,value:n.jobFunction,onChange:d(`jobFunction`),error:f(`jobFunction`),children:[(0,U.jsx)(`option`,{value:``,children:`Not set`}),J.map(e=>(0,U.jsx)(`option`,{value:e,children:l[e]},e))]})]})]})})}function X(){let e=E(W,{}),t=C(K),n=C(q),r=O(),i=F(e.data?.invitations);if(e.isSuccess&&i.length===0)return null;let a=t.error??n.error;return(0,U.jsxs)(y,{title:`Pending invitations`,hint:`Sent, not accepted yet.`,flush:!0,children:[a&&(0,U.jsx)(`div`,{style:{padding:`0 20px 12px`},children:(0,U.jsx)(h,{error:a})}),e.isError?(0,U.jsx)(S,{error:e.error,onRetry:()=>void e.refetch()}):e.isPending?(0,U.jsx)(v,{rows:2,columns:4}):(0,U.jsx)(`div`,{className:`table-wrap`,children:(0,U.jsxs)(`table`,{className:`table table-cards`,children:[(0,U.jsx)(`thead`,{children:(0,U.jsxs)(`tr`,{children:[(0,U.jsx)(`th`,{scope:`col`,children:`Invitee`}),(0,U.jsx)(`th`,{scope:`col`,children:`Role`}),(0,U.jsx)(`th`,{scope:`col`,children:`Sent`}),(0,U.jsx)(`th`,{scope:`col`,children:`Link works until`}),(0,U.jsx)(`th`,{scope:`col`,children:(0,U.jsx)(`span`,{className:`visually-hidden`,children:`Actions`})})]})}),(0,U.jsx)(`tbody`,{children:i.map(e=>{let i=new Date(e.expiresAt).getTime()<Date.now();return(0,U.jsxs)(`tr`,{children:[(0,U.jsxs)(`td`,{children:[(0,U.jsx)(`div`,{className:`cell-title`,children:e.name||e.email}),e.name&&(0,U.jsx)(`div`,{className:`cell-sub`,children:e.email})]}),(0,U.jsx)(`td`,{"data-label":`Role`,children:u[e.role]??s(e.role)}),(0,U.jsxs)(`td`,{"data-label":`Sent`,children:[d(e.sentAt),e.sendCount>1&&(0,U.jsxs)(`div`,{className:`cell-sub`,children:[`sent `,e.sendCount,` times`]}),e.invitedBy&&(0,U.jsxs)(`div`,{className:`cell-sub`,children:[`by `,e.invitedBy.name]})]}),(0,U.jsx)(`td`,{"data-label":`Expires`,children:i?(0,U.jsx)(k,{tone:`warning`,children:`Expired`}):o(e.expiresAt)}),(0,U.jsxs)(`td`,{className:`num nowrap`,children:[(0,U.jsx)(T,{size:`sm`,variant:`ghost`,icon:(0,U.jsx)(g,{size:14,"aria-hidden":`true`}),"aria-label":`Send the invitation to ${e.email} again`,disabled:t.isPending,onClick:()=>t.mutate({input:{id:e.id}},{onSuccess:()=>r(`Sent again to ${e.email}`)}),children:`Resend`}),(0,U.jsx)(T,{size:`sm`,variant:`ghost`,icon:(0,U.jsx)(x,{size:14,"aria-hidden":`true`}),"aria-label":`Withdraw the invitation to ${e.email}`,disabled:n.isPending,onClick:()=>n.mutate({input:{id:e.id}},{onSuccess:()=>r(`Invitation to ${e.email} withdrawn`)}),children:`Withdraw`})]})]},e.id)})})]})})]})}var Z=`
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
    `;function Q(){p(`Team`);let e=c(),t=j({sort:`NAME`,direction:`ASC`}),[n,r]=N(t.get(`q`),e=>t.update({q:e})),a=e.partner?{hasPartnerWith:[{id:e.partner.id}]}:{},o=t.get(`q`).trim();o&&(a.or=[{nameContainsFold:o},{emailContainsFold:o}]),t.get(`role`)&&(a.role=t.get(`role`)),t.get(`status`)&&(a.status=t.get(`status`));let l=E(Z,{...t.pageVars,orderBy:{field:t.sort.field,direction:t.sort.direction},where:a},{keepPrevious:!0}),h=l.data?.users,g=F(h),[v,y]=(0,H.useState)(!1);return(0,U.jsxs)(U.Fragment,{children:[(0,U.jsx)(f,{title:`Team`,subtitle:`Everyone at ${e.partner?.name??`your organisation`} with access to the portal.`,actions:(0,U.jsx)(T,{variant:`primary`,icon:(0,U.jsx)(V,{size:16,"aria-hidden":`true`}),onClick:()=>y(!0),children:`Invite a colleague`})}),(0,U.jsxs)(`div`,{className:`stack`,children:[(0,U.jsx)(X,{}),(0,U.jsxs)(`section`,{className:`card`,"aria-label":`Team members`,children:[(0,U.jsxs)(`div`,{className:`toolbar`,role:`search`,"aria-label":`Filter team`,children:[(0,U.jsxs)(`div`,{className:`field grow`,children:[(0,U.jsx)(`label`,{htmlFor:`team-search`,children:`Search`}),(0,U.jsxs)(`div`,{className:`input-icon`,children:[(0,U.jsx)(i,{size:16,"aria-hidden":`true`}),(0,U.jsx)(`input`,{id:`team-search`,className:`input`,type:`search`,placeholder:`Name or e-mail`,value:n,onChange:e=>r(e.target.value)})]})]}),(0,U.jsxs)(`div`,{className:`field`,children:[(0,U.jsx)(`label`,{htmlFor:`team-role`,children:`Role`}),(0,U.jsxs)(`select`,{id:`team-role`,className:`select`,value:t.get(`role`),onChange:e=>t.update({role:e.target.value}),children:[(0,U.jsx)(`option`,{value:``,children:`All roles`}),(0,U.jsx)(`option`,{value:`PARTNER_ADMIN`,children:u.PARTNER_ADMIN}),(0,U.jsx)(`option`,{value:`PARTNER_SALES`,children:u.PARTNER_SALES})]})]}),(0,U.jsxs)(`div`,{className:`field`,children:[(0,U.jsx)(`label`,{htmlFor:`team-status`,children:`Status`}),(0,U.jsxs)(`select`,{id:`team-status`,className:`select`,value:t.get(`status`),onChange:e=>t.update({status:e.target.value}),children:[(0,U.jsx)(`option`,{value:``,children:`All statuses`}),(0,U.jsx)(`option`,{value:`ACTIVE`,children:`Active`}),(0,U.jsx)(`option`,{value:`INVITED`,children:`Invited`}),(0,U.jsx)(`option`,{value:`DISABLED`,children:`Disabled`})]})]})]}),(0,U.jsxs)(P,{query:l,connection:h,list:t,noun:`people`,skeleton:{rows:4,columns:5},empty:(0,U.jsx)(D,{icon:(0,U.jsx)(w,{size:22}),title:`Nobody matches`,children:`Try a broader search.`}),children:[(0,U.jsx)(`thead`,{children:(0,U.jsxs)(`tr`,{children:[(0,U.jsx)(M,{label:`Name`,field:`NAME`,sort:t.sort,onSort:t.setSort}),(0,U.jsx)(M,{label:`Role`,field:`ROLE`,sort:t.sort,onSort:t.setSort}),(0,U.jsx)(`th`,{scope:`col`,children:`Job`}),(0,U.jsx)(M,{label:`Status`,field:`STATUS`,sort:t.sort,onSort:t.setSort}),(0,U.jsx)(M,{label:`Last sign-in`,field:`LAST_LOGIN_AT`,sort:t.sort,onSort:t.setSort})]})}),(0,U.jsx)(`tbody`,{children:g.map(t=>(0,U.jsxs)(`tr`,{children:[(0,U.jsx)(`td`,{children:(0,U.jsxs)(`div`,{className:`cell-person`,children:[(0,U.jsx)(b,{name:t.name,size:`sm`}),(0,U.jsxs)(`div`,{children:[(0,U.jsxs)(`div`,{className:`cell-title`,children:[t.name,t.id===e.id&&(0,U.jsx)(`span`,{className:`muted`,children:` (you)`})]}),(0,U.jsx)(`div`,{className:`cell-sub`,children:t.email})]})]})}),(0,U.jsx)(`td`,{"data-label":`Role`,children:u[t.role]}),(0,U.jsx)(`td`,{"data-label":`Job`,children:s(t.jobFunction)}),(0,U.jsx)(`td`,{"data-label":`Status`,children:(0,U.jsx)(m,{status:t.status,kind:`user`})}),(0,U.jsx)(`td`,{"data-label":`Last sign-in`,children:d(t.lastLoginAt)})]},t.id))})]})]})]}),v&&(0,U.jsx)(Y,{roles:_,onClose:()=>y(!1)})]})}export{Q as default};