import{a as e,n as t,t as n}from"./jsx-runtime-Wy9s6hX0.js";import{H as r,W as i,a,i as o,l as s,r as c,t as l,u,v as d}from"./usePageTitle-atKqKR4V.js";import{t as f}from"./search-DIO5WIz7.js";import{B as p,F as m,G as h,J as g,L as _,M as v,N as y,S as b,U as x,Z as S,a as C,c as w,d as T,f as E,g as D,i as O,r as k,s as A,w as j,x as M,z as N}from"./index-D7DUstJB.js";import{n as P,r as F,t as I}from"./ConnectionTable-DPymnZCa.js";import{t as L}from"./send-CH5v0rWv.js";import{t as R}from"./ExportButton-B8iJRjdD.js";import{t as z}from"./connection-mmDI86VZ.js";import{n as B}from"./Table-urS6XuIN.js";var V={name:`mail-plus`,size:24,node:[[`path`,{d:`M22 13V6a2 2 0 0 0-2-2H4a2 2 0 0 0-2 2v12c0 1.1.9 2 2 2h8`,key:`12jkf8`}],[`path`,{d:`m22 7-8.97 5.7a1.94 1.94 0 0 1-2.06 0L2 7`,key:`1ocrg3`}],[`path`,{d:`M19 16v6`,key:`tddt3s`}],[`path`,{d:`M16 19h6`,key:`xwg31i`}]]};V.node;var H=i(V),U=e(t(),1),W=`
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
    `,J=n(),Y=b(j);function X({roles:e,onClose:t}){let[n,r]=(0,U.useState)({email:``,name:``,role:e[e.length-1],jobFunction:``}),[i,a]=(0,U.useState)(),s=T(G),c=m(),l=e=>t=>r(n=>({...n,[e]:t.target.value})),f=e=>s.error instanceof d?s.error.fieldError(e):void 0;return(0,J.jsx)(p,{open:!0,onClose:t,title:`Invite a colleague`,description:`They get an e-mail with a link to choose a password. The link works once, for 7 days.`,onSubmit:()=>{/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(n.email.trim())?(a(void 0),s.mutate({input:{email:n.email.trim(),name:n.name.trim()||void 0,role:n.role,jobFunction:n.jobFunction||void 0}},{onSuccess:e=>{c(`Invitation sent to ${e.inviteUser.invitation.email}`),t()}})):a(`Enter a valid e-mail address.`)},footer:(0,J.jsxs)(J.Fragment,{children:[(0,J.jsx)(u,{onClick:t,children:`Cancel`}),(0,J.jsx)(u,{type:`submit`,variant:`primary`,loading:s.isPending,icon:(0,J.jsx)(L,{size:15,"aria-hidden":`true`}),children:`Send invitation`})]}),children:(0,J.jsxs)(`div`,{className:`stack`,style:{gap:16},children:[s.error&&!(s.error instanceof d&&s.error.fieldErrors.length)&&(0,J.jsx)(o,{error:s.error}),(0,J.jsxs)(`div`,{className:`form-grid`,children:[(0,J.jsx)(N,{label:`Work e-mail`,type:`email`,required:!0,autoComplete:`off`,value:n.email,onChange:l(`email`),error:i??f(`email`)}),(0,J.jsx)(N,{label:`Name`,hint:`Optional; they can change it.`,autoComplete:`off`,value:n.name,onChange:l(`name`),error:f(`name`)}),(0,J.jsx)(_,{label:`Role`,value:n.role,onChange:l(`role`),error:f(`role`),children:e.map(e=>(0,J.jsx)(`option`,{value:e,children:y[e]},e))}),(0,J.jsxs)(_,{label:`Job function`,value:n.jobFunction,onChange:l(`jobFunction`),error:f(`jobFunction`),children:[(0,J.jsx)(`option`,{value:``,children:`Not set`}),Y.map(e=>(0,J.jsx)(`option`,{value:e,children:j[e]},e))]})]})]})})}function Z(){let e=E(W,{}),t=T(K),n=T(q),i=m(),c=z(e.data?.invitations);if(e.isSuccess&&c.length===0)return null;let l=t.error??n.error;return(0,J.jsxs)(O,{title:`Pending invitations`,hint:`Sent, not accepted yet.`,flush:!0,children:[l&&(0,J.jsx)(`div`,{style:{padding:`0 20px 12px`},children:(0,J.jsx)(o,{error:l})}),e.isError?(0,J.jsx)(a,{error:e.error,onRetry:()=>void e.refetch()}):e.isPending?(0,J.jsx)(s,{rows:2,columns:4}):(0,J.jsx)(`div`,{className:`table-wrap`,children:(0,J.jsxs)(`table`,{className:`table table-cards`,children:[(0,J.jsx)(`thead`,{children:(0,J.jsxs)(`tr`,{children:[(0,J.jsx)(`th`,{scope:`col`,children:`Invitee`}),(0,J.jsx)(`th`,{scope:`col`,children:`Role`}),(0,J.jsx)(`th`,{scope:`col`,children:`Sent`}),(0,J.jsx)(`th`,{scope:`col`,children:`Link works until`}),(0,J.jsx)(`th`,{scope:`col`,children:(0,J.jsx)(`span`,{className:`visually-hidden`,children:`Actions`})})]})}),(0,J.jsx)(`tbody`,{children:c.map(e=>{let a=new Date(e.expiresAt).getTime()<Date.now();return(0,J.jsxs)(`tr`,{children:[(0,J.jsxs)(`td`,{children:[(0,J.jsx)(`div`,{className:`cell-title`,children:e.name||e.email}),e.name&&(0,J.jsx)(`div`,{className:`cell-sub`,children:e.email})]}),(0,J.jsx)(`td`,{"data-label":`Role`,children:y[e.role]??M(e.role)}),(0,J.jsxs)(`td`,{"data-label":`Sent`,children:[v(e.sentAt),e.sendCount>1&&(0,J.jsxs)(`div`,{className:`cell-sub`,children:[`sent `,e.sendCount,` times`]}),e.invitedBy&&(0,J.jsxs)(`div`,{className:`cell-sub`,children:[`by `,e.invitedBy.name]})]}),(0,J.jsx)(`td`,{"data-label":`Expires`,children:a?(0,J.jsx)(A,{tone:`warning`,children:`Expired`}):D(e.expiresAt)}),(0,J.jsxs)(`td`,{className:`num nowrap`,children:[(0,J.jsx)(u,{size:`sm`,variant:`ghost`,icon:(0,J.jsx)(r,{size:14,"aria-hidden":`true`}),"aria-label":`Send the invitation to ${e.email} again`,disabled:t.isPending,onClick:()=>t.mutate({input:{id:e.id}},{onSuccess:()=>i(`Sent again to ${e.email}`)}),children:`Resend`}),(0,J.jsx)(u,{size:`sm`,variant:`ghost`,icon:(0,J.jsx)(g,{size:14,"aria-hidden":`true`}),"aria-label":`Withdraw the invitation to ${e.email}`,disabled:n.isPending,onClick:()=>n.mutate({input:{id:e.id}},{onSuccess:()=>i(`Invitation to ${e.email} withdrawn`)}),children:`Withdraw`})]})]},e.id)})})]})}),c.length>0&&(0,J.jsx)(R,{csv:{list:`invitations`,fields:[`email`,`name`,`role`,`sentAt`,`sendCount`,`invitedBy.name`,`expiresAt`],where:{status:`PENDING`},orderBy:{field:`CREATED_AT`,direction:`DESC`}}})]})}var Q=`
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
    `;function $(){l(`Team`);let e=x(),t=F({sort:`NAME`,direction:`ASC`}),[n,r]=P(t.get(`q`),e=>t.update({q:e})),i=e.partner?{hasPartnerWith:[{id:e.partner.id}]}:{},a=t.get(`q`).trim();a&&(i.or=[{nameContainsFold:a},{emailContainsFold:a}]),t.get(`role`)&&(i.role=t.get(`role`)),t.get(`status`)&&(i.status=t.get(`status`));let o=E(Q,{...t.pageVars,orderBy:{field:t.sort.field,direction:t.sort.direction},where:i},{keepPrevious:!0}),s=o.data?.users,d=z(s),[p,m]=(0,U.useState)(!1);return(0,J.jsxs)(J.Fragment,{children:[(0,J.jsx)(C,{title:`Team`,subtitle:`Everyone at ${e.partner?.name??`your organisation`} with access to the portal.`,actions:(0,J.jsx)(u,{variant:`primary`,icon:(0,J.jsx)(H,{size:16,"aria-hidden":`true`}),onClick:()=>m(!0),children:`Invite a colleague`})}),(0,J.jsxs)(`div`,{className:`stack`,children:[(0,J.jsx)(Z,{}),(0,J.jsxs)(`section`,{className:`card`,"aria-label":`Team members`,children:[(0,J.jsxs)(`div`,{className:`toolbar`,role:`search`,"aria-label":`Filter team`,children:[(0,J.jsxs)(`div`,{className:`field grow`,children:[(0,J.jsx)(`label`,{htmlFor:`team-search`,children:`Search`}),(0,J.jsxs)(`div`,{className:`input-icon`,children:[(0,J.jsx)(f,{size:16,"aria-hidden":`true`}),(0,J.jsx)(`input`,{id:`team-search`,className:`input`,type:`search`,placeholder:`Name or e-mail`,value:n,onChange:e=>r(e.target.value)})]})]}),(0,J.jsxs)(`div`,{className:`field`,children:[(0,J.jsx)(`label`,{htmlFor:`team-role`,children:`Role`}),(0,J.jsxs)(`select`,{id:`team-role`,className:`select`,value:t.get(`role`),onChange:e=>t.update({role:e.target.value}),children:[(0,J.jsx)(`option`,{value:``,children:`All roles`}),(0,J.jsx)(`option`,{value:`PARTNER_ADMIN`,children:y.PARTNER_ADMIN}),(0,J.jsx)(`option`,{value:`PARTNER_SALES`,children:y.PARTNER_SALES})]})]}),(0,J.jsxs)(`div`,{className:`field`,children:[(0,J.jsx)(`label`,{htmlFor:`team-status`,children:`Status`}),(0,J.jsxs)(`select`,{id:`team-status`,className:`select`,value:t.get(`status`),onChange:e=>t.update({status:e.target.value}),children:[(0,J.jsx)(`option`,{value:``,children:`All statuses`}),(0,J.jsx)(`option`,{value:`ACTIVE`,children:`Active`}),(0,J.jsx)(`option`,{value:`INVITED`,children:`Invited`}),(0,J.jsx)(`option`,{value:`DISABLED`,children:`Disabled`})]})]})]}),(0,J.jsxs)(I,{query:o,connection:s,list:t,noun:`people`,csv:{list:`users`,fields:[`name`,`email`,`role`,`jobFunction`,`status`,`lastLoginAt`],where:i,orderBy:{field:t.sort.field,direction:t.sort.direction}},skeleton:{rows:4,columns:5},empty:(0,J.jsx)(c,{icon:(0,J.jsx)(S,{size:22}),title:`Nobody matches`,children:`Try a broader search.`}),children:[(0,J.jsx)(`thead`,{children:(0,J.jsxs)(`tr`,{children:[(0,J.jsx)(B,{label:`Name`,field:`NAME`,sort:t.sort,onSort:t.setSort}),(0,J.jsx)(B,{label:`Role`,field:`ROLE`,sort:t.sort,onSort:t.setSort}),(0,J.jsx)(`th`,{scope:`col`,children:`Job`}),(0,J.jsx)(B,{label:`Status`,field:`STATUS`,sort:t.sort,onSort:t.setSort}),(0,J.jsx)(B,{label:`Last sign-in`,field:`LAST_LOGIN_AT`,sort:t.sort,onSort:t.setSort})]})}),(0,J.jsx)(`tbody`,{children:d.map(t=>(0,J.jsxs)(`tr`,{children:[(0,J.jsx)(`td`,{children:(0,J.jsxs)(`div`,{className:`cell-person`,children:[(0,J.jsx)(k,{name:t.name,size:`sm`}),(0,J.jsxs)(`div`,{children:[(0,J.jsxs)(`div`,{className:`cell-title`,children:[t.name,t.id===e.id&&(0,J.jsx)(`span`,{className:`muted`,children:` (you)`})]}),(0,J.jsx)(`div`,{className:`cell-sub`,children:t.email})]})]})}),(0,J.jsx)(`td`,{"data-label":`Role`,children:y[t.role]}),(0,J.jsx)(`td`,{"data-label":`Job`,children:M(t.jobFunction)}),(0,J.jsx)(`td`,{"data-label":`Status`,children:(0,J.jsx)(w,{status:t.status,kind:`user`})}),(0,J.jsx)(`td`,{"data-label":`Last sign-in`,children:v(t.lastLoginAt)})]},t.id))})]})]})]}),p&&(0,J.jsx)(X,{roles:h,onClose:()=>m(!1)})]})}export{$ as default};