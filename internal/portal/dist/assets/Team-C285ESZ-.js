<<<<<<<< HEAD:internal/portal/dist/assets/Team-ibnt9wSo.js
<<<<<<<< HEAD:internal/portal/dist/assets/Team-ibnt9wSo.js
import{a as e,n as t,t as n}from"./jsx-runtime-Wy9s6hX0.js";import{t as r}from"./createLucideIcon-DGfbxOj1.js";import{t as i}from"./search-eHsk-ss9.js";import{B as a,E as o,H as s,O as c,P as l,X as u,Z as d,_ as f,a as p,b as m,c as h,ct as g,et as _,g as v,it as y,l as b,m as x,n as S,ot as C,p as w,r as T,t as E,u as D,v as O,x as k,z as A}from"./index-CPY0yktZ.js";import{i as j,n as M,r as N,t as P}from"./ConnectionTable-BKYB6N_p.js";import{t as F}from"./send-BDzkKaWt.js";import{t as I}from"./Dialog-RetkLxc1.js";import{i as L,n as R}from"./Field-C_CGVPzl.js";import{t as z}from"./connection-mmDI86VZ.js";var B={name:`mail-plus`,size:24,node:[[`path`,{d:`M22 13V6a2 2 0 0 0-2-2H4a2 2 0 0 0-2 2v12c0 1.1.9 2 2 2h8`,key:`12jkf8`}],[`path`,{d:`m22 7-8.97 5.7a1.94 1.94 0 0 1-2.06 0L2 7`,key:`1ocrg3`}],[`path`,{d:`M19 16v6`,key:`tddt3s`}],[`path`,{d:`M16 19h6`,key:`xwg31i`}]]};B.node;var V=r(B),H=e(t(),1),U=`
========
import{a as e,n as t,t as n}from"./jsx-runtime-Wy9s6hX0.js";import{t as r}from"./createLucideIcon-DGfbxOj1.js";import{t as i}from"./search-eHsk-ss9.js";import{B as a,E as o,H as s,O as c,P as l,X as u,Z as d,_ as f,a as p,b as m,c as h,et as g,g as _,it as v,l as y,lt as b,m as x,n as S,ot as C,p as w,r as T,t as E,u as D,v as O,x as k,z as A}from"./index-BFYom38I.js";import{i as j,n as M,r as N,t as P}from"./ConnectionTable-NIF9Lmsd.js";import{t as F}from"./send-BDzkKaWt.js";import{t as I}from"./Dialog-JD6iUPkM.js";import{i as L,n as R}from"./Field-CPbFVahT.js";import{t as z}from"./connection-mmDI86VZ.js";var B={name:`mail-plus`,size:24,node:[[`path`,{d:`M22 13V6a2 2 0 0 0-2-2H4a2 2 0 0 0-2 2v12c0 1.1.9 2 2 2h8`,key:`12jkf8`}],[`path`,{d:`m22 7-8.97 5.7a1.94 1.94 0 0 1-2.06 0L2 7`,key:`1ocrg3`}],[`path`,{d:`M19 16v6`,key:`tddt3s`}],[`path`,{d:`M16 19h6`,key:`xwg31i`}]]};B.node;var V=r(B),H=e(t(),1),U=`
>>>>>>>> training:internal/portal/dist/assets/Team-DScEGvXA.js
========
import{a as e,n as t,t as n}from"./jsx-runtime-Wy9s6hX0.js";import{t as r}from"./createLucideIcon-DGfbxOj1.js";import{t as i}from"./search-eHsk-ss9.js";import{B as a,E as o,F as s,Q as c,U as l,V as u,Z as d,_ as f,a as p,b as m,c as h,ct as g,ft as _,g as v,k as y,l as b,m as x,n as S,p as C,r as w,t as T,tt as E,u as D,ut as O,v as k,x as A}from"./index-BtfVeBhV.js";import{i as j,n as M,r as N,t as P}from"./ConnectionTable-lFi0357Y.js";import{t as F}from"./send-BDzkKaWt.js";import{t as I}from"./Dialog-DigcHBvN.js";import{i as L,n as R}from"./Field-BPpLB17Z.js";import{t as z}from"./connection-mmDI86VZ.js";var B={name:`mail-plus`,size:24,node:[[`path`,{d:`M22 13V6a2 2 0 0 0-2-2H4a2 2 0 0 0-2 2v12c0 1.1.9 2 2 2h8`,key:`12jkf8`}],[`path`,{d:`m22 7-8.97 5.7a1.94 1.94 0 0 1-2.06 0L2 7`,key:`1ocrg3`}],[`path`,{d:`M19 16v6`,key:`tddt3s`}],[`path`,{d:`M16 19h6`,key:`xwg31i`}]]};B.node;var V=r(B),H=e(t(),1),U=`
>>>>>>>> content:internal/portal/dist/assets/Team-C285ESZ-.js
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
    `,W=`
    mutation InviteUser($input: InviteUserInput!) {
  inviteUser(input: $input) {
    invitation {
      id
      email
    }
  }
}
    `,G=`
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
    `,K=`
    mutation RevokeInvitation($input: RevokeInvitationInput!) {
  revokeInvitation(input: $input) {
    invitation {
      id
      status
    }
  }
}
<<<<<<<< HEAD:internal/portal/dist/assets/Team-ibnt9wSo.js
    `,q=n(),J=a(s);function Y({roles:e,onClose:t}){let[n,r]=(0,H.useState)({email:``,name:``,role:e[e.length-1],jobFunction:``}),[i,a]=(0,H.useState)(),o=S(W),l=E(),u=e=>t=>r(n=>({...n,[e]:t.target.value})),f=e=>o.error instanceof c?o.error.fieldError(e):void 0;return(0,q.jsx)(I,{open:!0,onClose:t,title:`Invite a colleague`,description:`They get an e-mail with a link to choose a password. The link works once, for 7 days.`,onSubmit:()=>{/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(n.email.trim())?(a(void 0),o.mutate({input:{email:n.email.trim(),name:n.name.trim()||void 0,role:n.role,jobFunction:n.jobFunction||void 0}},{onSuccess:e=>{l(`Invitation sent to ${e.inviteUser.invitation.email}`),t()}})):a(`Enter a valid e-mail address.`)},footer:(0,q.jsxs)(q.Fragment,{children:[(0,q.jsx)(x,{onClick:t,children:`Cancel`}),(0,q.jsx)(x,{type:`submit`,variant:`primary`,loading:o.isPending,icon:(0,q.jsx)(F,{size:15,"aria-hidden":`true`}),children:`Send invitation`})]}),children:(0,q.jsxs)(`div`,{className:`stack`,style:{gap:16},children:[o.error&&!(o.error instanceof c&&o.error.fieldErrors.length)&&(0,q.jsx)(y,{error:o.error}),(0,q.jsxs)(`div`,{className:`form-grid`,children:[(0,q.jsx)(L,{label:`Work e-mail`,type:`email`,required:!0,autoComplete:`off`,value:n.email,onChange:u(`email`),error:i??f(`email`)}),(0,q.jsx)(L,{label:`Name`,hint:`Optional; they can change it.`,autoComplete:`off`,value:n.name,onChange:u(`name`),error:f(`name`)}),(0,q.jsx)(R,{label:`Role`,value:n.role,onChange:u(`role`),error:f(`role`),children:e.map(e=>(0,q.jsx)(`option`,{value:e,children:d[e]},e))}),(0,q.jsxs)(R,{label:`Job function`,value:n.jobFunction,onChange:u(`jobFunction`),error:f(`jobFunction`),children:[(0,q.jsx)(`option`,{value:``,children:`Not set`}),J.map(e=>(0,q.jsx)(`option`,{value:e,children:s[e]},e))]})]})]})})}function X(){let e=T(U,{}),t=S(G),n=S(K),r=E(),i=z(e.data?.invitations);if(e.isSuccess&&i.length===0)return null;let a=t.error??n.error;return(0,q.jsxs)(f,{title:`Pending invitations`,hint:`Sent, not accepted yet.`,flush:!0,children:[a&&(0,q.jsx)(`div`,{style:{padding:`0 20px 12px`},children:(0,q.jsx)(y,{error:a})}),e.isError?(0,q.jsx)(D,{error:e.error,onRetry:()=>void e.refetch()}):e.isPending?(0,q.jsx)(w,{rows:2,columns:4}):(0,q.jsx)(`div`,{className:`table-wrap`,children:(0,q.jsxs)(`table`,{className:`table table-cards`,children:[(0,q.jsx)(`thead`,{children:(0,q.jsxs)(`tr`,{children:[(0,q.jsx)(`th`,{scope:`col`,children:`Invitee`}),(0,q.jsx)(`th`,{scope:`col`,children:`Role`}),(0,q.jsx)(`th`,{scope:`col`,children:`Sent`}),(0,q.jsx)(`th`,{scope:`col`,children:`Link works until`}),(0,q.jsx)(`th`,{scope:`col`,children:(0,q.jsx)(`span`,{className:`visually-hidden`,children:`Actions`})})]})}),(0,q.jsx)(`tbody`,{children:i.map(e=>{let i=new Date(e.expiresAt).getTime()<Date.now();return(0,q.jsxs)(`tr`,{children:[(0,q.jsxs)(`td`,{children:[(0,q.jsx)(`div`,{className:`cell-title`,children:e.name||e.email}),e.name&&(0,q.jsx)(`div`,{className:`cell-sub`,children:e.email})]}),(0,q.jsx)(`td`,{"data-label":`Role`,children:d[e.role]??A(e.role)}),(0,q.jsxs)(`td`,{"data-label":`Sent`,children:[u(e.sentAt),e.sendCount>1&&(0,q.jsxs)(`div`,{className:`cell-sub`,children:[`sent `,e.sendCount,` times`]}),e.invitedBy&&(0,q.jsxs)(`div`,{className:`cell-sub`,children:[`by `,e.invitedBy.name]})]}),(0,q.jsx)(`td`,{"data-label":`Expires`,children:i?(0,q.jsx)(m,{tone:`warning`,children:`Expired`}):l(e.expiresAt)}),(0,q.jsxs)(`td`,{className:`num nowrap`,children:[(0,q.jsx)(x,{size:`sm`,variant:`ghost`,icon:(0,q.jsx)(b,{size:14,"aria-hidden":`true`}),"aria-label":`Send the invitation to ${e.email} again`,disabled:t.isPending,onClick:()=>t.mutate({input:{id:e.id}},{onSuccess:()=>r(`Sent again to ${e.email}`)}),children:`Resend`}),(0,q.jsx)(x,{size:`sm`,variant:`ghost`,icon:(0,q.jsx)(v,{size:14,"aria-hidden":`true`}),"aria-label":`Withdraw the invitation to ${e.email}`,disabled:n.isPending,onClick:()=>n.mutate({input:{id:e.id}},{onSuccess:()=>r(`Invitation to ${e.email} withdrawn`)}),children:`Withdraw`})]})]},e.id)})})]})})]})}var Z=`
========
    `,q=n(),J=u(l);function Y({roles:e,onClose:t}){let[n,r]=(0,H.useState)({email:``,name:``,role:e[e.length-1],jobFunction:``}),[i,a]=(0,H.useState)(),o=S(W),s=T(),u=e=>t=>r(n=>({...n,[e]:t.target.value})),d=e=>o.error instanceof y?o.error.fieldError(e):void 0;return(0,q.jsx)(I,{open:!0,onClose:t,title:`Invite a colleague`,description:`They get an e-mail with a link to choose a password. The link works once, for 7 days.`,onSubmit:()=>{/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(n.email.trim())?(a(void 0),o.mutate({input:{email:n.email.trim(),name:n.name.trim()||void 0,role:n.role,jobFunction:n.jobFunction||void 0}},{onSuccess:e=>{s(`Invitation sent to ${e.inviteUser.invitation.email}`),t()}})):a(`Enter a valid e-mail address.`)},footer:(0,q.jsxs)(q.Fragment,{children:[(0,q.jsx)(x,{onClick:t,children:`Cancel`}),(0,q.jsx)(x,{type:`submit`,variant:`primary`,loading:o.isPending,icon:(0,q.jsx)(F,{size:15,"aria-hidden":`true`}),children:`Send invitation`})]}),children:(0,q.jsxs)(`div`,{className:`stack`,style:{gap:16},children:[o.error&&!(o.error instanceof y&&o.error.fieldErrors.length)&&(0,q.jsx)(b,{error:o.error}),(0,q.jsxs)(`div`,{className:`form-grid`,children:[(0,q.jsx)(L,{label:`Work e-mail`,type:`email`,required:!0,autoComplete:`off`,value:n.email,onChange:u(`email`),error:i??d(`email`)}),(0,q.jsx)(L,{label:`Name`,hint:`Optional; they can change it.`,autoComplete:`off`,value:n.name,onChange:u(`name`),error:d(`name`)}),(0,q.jsx)(R,{label:`Role`,value:n.role,onChange:u(`role`),error:d(`role`),children:e.map(e=>(0,q.jsx)(`option`,{value:e,children:c[e]},e))}),(0,q.jsxs)(R,{label:`Job function`,value:n.jobFunction,onChange:u(`jobFunction`),error:d(`jobFunction`),children:[(0,q.jsx)(`option`,{value:``,children:`Not set`}),J.map(e=>(0,q.jsx)(`option`,{value:e,children:l[e]},e))]})]})]})})}function X(){let e=w(U,{}),t=S(G),n=S(K),r=T(),i=z(e.data?.invitations);if(e.isSuccess&&i.length===0)return null;let o=t.error??n.error;return(0,q.jsxs)(f,{title:`Pending invitations`,hint:`Sent, not accepted yet.`,flush:!0,children:[o&&(0,q.jsx)(`div`,{style:{padding:`0 20px 12px`},children:(0,q.jsx)(b,{error:o})}),e.isError?(0,q.jsx)(D,{error:e.error,onRetry:()=>void e.refetch()}):e.isPending?(0,q.jsx)(C,{rows:2,columns:4}):(0,q.jsx)(`div`,{className:`table-wrap`,children:(0,q.jsxs)(`table`,{className:`table table-cards`,children:[(0,q.jsx)(`thead`,{children:(0,q.jsxs)(`tr`,{children:[(0,q.jsx)(`th`,{scope:`col`,children:`Invitee`}),(0,q.jsx)(`th`,{scope:`col`,children:`Role`}),(0,q.jsx)(`th`,{scope:`col`,children:`Sent`}),(0,q.jsx)(`th`,{scope:`col`,children:`Link works until`}),(0,q.jsx)(`th`,{scope:`col`,children:(0,q.jsx)(`span`,{className:`visually-hidden`,children:`Actions`})})]})}),(0,q.jsx)(`tbody`,{children:i.map(e=>{let i=new Date(e.expiresAt).getTime()<Date.now();return(0,q.jsxs)(`tr`,{children:[(0,q.jsxs)(`td`,{children:[(0,q.jsx)(`div`,{className:`cell-title`,children:e.name||e.email}),e.name&&(0,q.jsx)(`div`,{className:`cell-sub`,children:e.email})]}),(0,q.jsx)(`td`,{"data-label":`Role`,children:c[e.role]??a(e.role)}),(0,q.jsxs)(`td`,{"data-label":`Sent`,children:[d(e.sentAt),e.sendCount>1&&(0,q.jsxs)(`div`,{className:`cell-sub`,children:[`sent `,e.sendCount,` times`]}),e.invitedBy&&(0,q.jsxs)(`div`,{className:`cell-sub`,children:[`by `,e.invitedBy.name]})]}),(0,q.jsx)(`td`,{"data-label":`Expires`,children:i?(0,q.jsx)(m,{tone:`warning`,children:`Expired`}):s(e.expiresAt)}),(0,q.jsxs)(`td`,{className:`num nowrap`,children:[(0,q.jsx)(x,{size:`sm`,variant:`ghost`,icon:(0,q.jsx)(_,{size:14,"aria-hidden":`true`}),"aria-label":`Send the invitation to ${e.email} again`,disabled:t.isPending,onClick:()=>t.mutate({input:{id:e.id}},{onSuccess:()=>r(`Sent again to ${e.email}`)}),children:`Resend`}),(0,q.jsx)(x,{size:`sm`,variant:`ghost`,icon:(0,q.jsx)(g,{size:14,"aria-hidden":`true`}),"aria-label":`Withdraw the invitation to ${e.email}`,disabled:n.isPending,onClick:()=>n.mutate({input:{id:e.id}},{onSuccess:()=>r(`Invitation to ${e.email} withdrawn`)}),children:`Withdraw`})]})]},e.id)})})]})})]})}var Z=`
>>>>>>>> content:internal/portal/dist/assets/Team-C285ESZ-.js
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
<<<<<<<< HEAD:internal/portal/dist/assets/Team-ibnt9wSo.js
    `;function Q(){p(`Team`);let e=o(),t=j({sort:`NAME`,direction:`ASC`}),[n,r]=N(t.get(`q`),e=>t.update({q:e})),a=e.partner?{hasPartnerWith:[{id:e.partner.id}]}:{},s=t.get(`q`).trim();s&&(a.or=[{nameContainsFold:s},{emailContainsFold:s}]),t.get(`role`)&&(a.role=t.get(`role`)),t.get(`status`)&&(a.status=t.get(`status`));let c=T(Z,{...t.pageVars,orderBy:{field:t.sort.field,direction:t.sort.direction},where:a},{keepPrevious:!0}),l=c.data?.users,f=z(l),[m,v]=(0,H.useState)(!1);return(0,q.jsxs)(q.Fragment,{children:[(0,q.jsx)(O,{title:`Team`,subtitle:`Everyone at ${e.partner?.name??`your organisation`} with access to the portal.`,actions:(0,q.jsx)(x,{variant:`primary`,icon:(0,q.jsx)(V,{size:16,"aria-hidden":`true`}),onClick:()=>v(!0),children:`Invite a colleague`})}),(0,q.jsxs)(`div`,{className:`stack`,children:[(0,q.jsx)(X,{}),(0,q.jsxs)(`section`,{className:`card`,"aria-label":`Team members`,children:[(0,q.jsxs)(`div`,{className:`toolbar`,role:`search`,"aria-label":`Filter team`,children:[(0,q.jsxs)(`div`,{className:`field grow`,children:[(0,q.jsx)(`label`,{htmlFor:`team-search`,children:`Search`}),(0,q.jsxs)(`div`,{className:`input-icon`,children:[(0,q.jsx)(i,{size:16,"aria-hidden":`true`}),(0,q.jsx)(`input`,{id:`team-search`,className:`input`,type:`search`,placeholder:`Name or e-mail`,value:n,onChange:e=>r(e.target.value)})]})]}),(0,q.jsxs)(`div`,{className:`field`,children:[(0,q.jsx)(`label`,{htmlFor:`team-role`,children:`Role`}),(0,q.jsxs)(`select`,{id:`team-role`,className:`select`,value:t.get(`role`),onChange:e=>t.update({role:e.target.value}),children:[(0,q.jsx)(`option`,{value:``,children:`All roles`}),(0,q.jsx)(`option`,{value:`PARTNER_ADMIN`,children:d.PARTNER_ADMIN}),(0,q.jsx)(`option`,{value:`PARTNER_SALES`,children:d.PARTNER_SALES})]})]}),(0,q.jsxs)(`div`,{className:`field`,children:[(0,q.jsx)(`label`,{htmlFor:`team-status`,children:`Status`}),(0,q.jsxs)(`select`,{id:`team-status`,className:`select`,value:t.get(`status`),onChange:e=>t.update({status:e.target.value}),children:[(0,q.jsx)(`option`,{value:``,children:`All statuses`}),(0,q.jsx)(`option`,{value:`ACTIVE`,children:`Active`}),(0,q.jsx)(`option`,{value:`INVITED`,children:`Invited`}),(0,q.jsx)(`option`,{value:`DISABLED`,children:`Disabled`})]})]})]}),(0,q.jsxs)(P,{query:c,connection:l,list:t,noun:`people`,skeleton:{rows:4,columns:5},empty:(0,q.jsx)(h,{icon:(0,q.jsx)(C,{size:22}),title:`Nobody matches`,children:`Try a broader search.`}),children:[(0,q.jsx)(`thead`,{children:(0,q.jsxs)(`tr`,{children:[(0,q.jsx)(M,{label:`Name`,field:`NAME`,sort:t.sort,onSort:t.setSort}),(0,q.jsx)(M,{label:`Role`,field:`ROLE`,sort:t.sort,onSort:t.setSort}),(0,q.jsx)(`th`,{scope:`col`,children:`Job`}),(0,q.jsx)(M,{label:`Status`,field:`STATUS`,sort:t.sort,onSort:t.setSort}),(0,q.jsx)(M,{label:`Last sign-in`,field:`LAST_LOGIN_AT`,sort:t.sort,onSort:t.setSort})]})}),(0,q.jsx)(`tbody`,{children:f.map(t=>(0,q.jsxs)(`tr`,{children:[(0,q.jsx)(`td`,{children:(0,q.jsxs)(`div`,{className:`cell-person`,children:[(0,q.jsx)(_,{name:t.name,size:`sm`}),(0,q.jsxs)(`div`,{children:[(0,q.jsxs)(`div`,{className:`cell-title`,children:[t.name,t.id===e.id&&(0,q.jsx)(`span`,{className:`muted`,children:` (you)`})]}),(0,q.jsx)(`div`,{className:`cell-sub`,children:t.email})]})]})}),(0,q.jsx)(`td`,{"data-label":`Role`,children:d[t.role]}),(0,q.jsx)(`td`,{"data-label":`Job`,children:A(t.jobFunction)}),(0,q.jsx)(`td`,{"data-label":`Status`,children:(0,q.jsx)(k,{status:t.status,kind:`user`})}),(0,q.jsx)(`td`,{"data-label":`Last sign-in`,children:u(t.lastLoginAt)})]},t.id))})]})]})]}),m&&(0,q.jsx)(Y,{roles:g,onClose:()=>v(!1)})]})}export{Q as default};
========
    `;function Q(){p(`Team`);let e=o(),t=j({sort:`NAME`,direction:`ASC`}),[n,r]=N(t.get(`q`),e=>t.update({q:e})),s=e.partner?{hasPartnerWith:[{id:e.partner.id}]}:{},l=t.get(`q`).trim();l&&(s.or=[{nameContainsFold:l},{emailContainsFold:l}]),t.get(`role`)&&(s.role=t.get(`role`)),t.get(`status`)&&(s.status=t.get(`status`));let u=w(Z,{...t.pageVars,orderBy:{field:t.sort.field,direction:t.sort.direction},where:s},{keepPrevious:!0}),f=u.data?.users,m=z(f),[g,_]=(0,H.useState)(!1);return(0,q.jsxs)(q.Fragment,{children:[(0,q.jsx)(k,{title:`Team`,subtitle:`Everyone at ${e.partner?.name??`your organisation`} with access to the portal.`,actions:(0,q.jsx)(x,{variant:`primary`,icon:(0,q.jsx)(V,{size:16,"aria-hidden":`true`}),onClick:()=>_(!0),children:`Invite a colleague`})}),(0,q.jsxs)(`div`,{className:`stack`,children:[(0,q.jsx)(X,{}),(0,q.jsxs)(`section`,{className:`card`,"aria-label":`Team members`,children:[(0,q.jsxs)(`div`,{className:`toolbar`,role:`search`,"aria-label":`Filter team`,children:[(0,q.jsxs)(`div`,{className:`field grow`,children:[(0,q.jsx)(`label`,{htmlFor:`team-search`,children:`Search`}),(0,q.jsxs)(`div`,{className:`input-icon`,children:[(0,q.jsx)(i,{size:16,"aria-hidden":`true`}),(0,q.jsx)(`input`,{id:`team-search`,className:`input`,type:`search`,placeholder:`Name or e-mail`,value:n,onChange:e=>r(e.target.value)})]})]}),(0,q.jsxs)(`div`,{className:`field`,children:[(0,q.jsx)(`label`,{htmlFor:`team-role`,children:`Role`}),(0,q.jsxs)(`select`,{id:`team-role`,className:`select`,value:t.get(`role`),onChange:e=>t.update({role:e.target.value}),children:[(0,q.jsx)(`option`,{value:``,children:`All roles`}),(0,q.jsx)(`option`,{value:`PARTNER_ADMIN`,children:c.PARTNER_ADMIN}),(0,q.jsx)(`option`,{value:`PARTNER_SALES`,children:c.PARTNER_SALES})]})]}),(0,q.jsxs)(`div`,{className:`field`,children:[(0,q.jsx)(`label`,{htmlFor:`team-status`,children:`Status`}),(0,q.jsxs)(`select`,{id:`team-status`,className:`select`,value:t.get(`status`),onChange:e=>t.update({status:e.target.value}),children:[(0,q.jsx)(`option`,{value:``,children:`All statuses`}),(0,q.jsx)(`option`,{value:`ACTIVE`,children:`Active`}),(0,q.jsx)(`option`,{value:`INVITED`,children:`Invited`}),(0,q.jsx)(`option`,{value:`DISABLED`,children:`Disabled`})]})]})]}),(0,q.jsxs)(P,{query:u,connection:f,list:t,noun:`people`,skeleton:{rows:4,columns:5},empty:(0,q.jsx)(h,{icon:(0,q.jsx)(O,{size:22}),title:`Nobody matches`,children:`Try a broader search.`}),children:[(0,q.jsx)(`thead`,{children:(0,q.jsxs)(`tr`,{children:[(0,q.jsx)(M,{label:`Name`,field:`NAME`,sort:t.sort,onSort:t.setSort}),(0,q.jsx)(M,{label:`Role`,field:`ROLE`,sort:t.sort,onSort:t.setSort}),(0,q.jsx)(`th`,{scope:`col`,children:`Job`}),(0,q.jsx)(M,{label:`Status`,field:`STATUS`,sort:t.sort,onSort:t.setSort}),(0,q.jsx)(M,{label:`Last sign-in`,field:`LAST_LOGIN_AT`,sort:t.sort,onSort:t.setSort})]})}),(0,q.jsx)(`tbody`,{children:m.map(t=>(0,q.jsxs)(`tr`,{children:[(0,q.jsx)(`td`,{children:(0,q.jsxs)(`div`,{className:`cell-person`,children:[(0,q.jsx)(v,{name:t.name,size:`sm`}),(0,q.jsxs)(`div`,{children:[(0,q.jsxs)(`div`,{className:`cell-title`,children:[t.name,t.id===e.id&&(0,q.jsx)(`span`,{className:`muted`,children:` (you)`})]}),(0,q.jsx)(`div`,{className:`cell-sub`,children:t.email})]})]})}),(0,q.jsx)(`td`,{"data-label":`Role`,children:c[t.role]}),(0,q.jsx)(`td`,{"data-label":`Job`,children:a(t.jobFunction)}),(0,q.jsx)(`td`,{"data-label":`Status`,children:(0,q.jsx)(A,{status:t.status,kind:`user`})}),(0,q.jsx)(`td`,{"data-label":`Last sign-in`,children:d(t.lastLoginAt)})]},t.id))})]})]})]}),g&&(0,q.jsx)(Y,{roles:E,onClose:()=>_(!1)})]})}export{Q as default};
>>>>>>>> content:internal/portal/dist/assets/Team-C285ESZ-.js
