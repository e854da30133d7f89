import{a as e,n as t,t as n}from"./jsx-runtime-Wy9s6hX0.js";import{n as r}from"./award-DSCkb1dL.js";import{t as i}from"./search-DE4TcZYl.js";import{B as a,E as o,G as s,M as c,O as l,P as u,Y as d,a as f,c as p,f as m,g as h,h as g,l as _,m as v,n as y,p as b,q as x,r as S,s as C,t as w,v as T,w as E,y as D,z as O}from"./index-ReApz8Vb.js";import{a as k,i as A,n as j,r as M,t as N}from"./Table-DXqh97JB.js";import{n as P}from"./tiers-DWUik5dq.js";import{t as F}from"./Dialog-BcCwpEKj.js";import{i as I,n as L}from"./Field-DW9ARWu7.js";var R={name:`mail-plus`,size:24,node:[[`path`,{d:`M22 13V6a2 2 0 0 0-2-2H4a2 2 0 0 0-2 2v12c0 1.1.9 2 2 2h8`,key:`12jkf8`}],[`path`,{d:`m22 7-8.97 5.7a1.94 1.94 0 0 1-2.06 0L2 7`,key:`1ocrg3`}],[`path`,{d:`M19 16v6`,key:`tddt3s`}],[`path`,{d:`M16 19h6`,key:`xwg31i`}]]};R.node;var z=r(R),B={name:`send`,size:24,node:[[`path`,{d:`M14.536 21.686a.5.5 0 0 0 .937-.024l6.5-19a.496.496 0 0 0-.635-.635l-19 6.5a.5.5 0 0 0-.024.937l7.93 3.18a2 2 0 0 1 1.112 1.11z`,key:`1ffxy3`}],[`path`,{d:`m21.854 2.147-10.94 10.939`,key:`12cjpa`}]]};B.node;var V=r(B),H=e(t(),1),U=n(),W=l(`
  query PendingInvitations {
    invitations(first: 100, orderBy: { field: CREATED_AT, direction: DESC }, where: { status: PENDING }) {
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
`),G=l(`
  mutation InviteUser($input: InviteUserInput!) {
    inviteUser(input: $input) {
      invitation {
        id
        email
      }
    }
  }
`),K=l(`
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
`),q=l(`
  mutation RevokeInvitation($input: RevokeInvitationInput!) {
    revokeInvitation(input: $input) {
      invitation {
        id
        status
      }
    }
  }
`),J=[`SALES`,`PRESALES`,`SUPPORT`,`MARKETING`,`MANAGEMENT`];function Y({roles:e,onClose:t}){let[n,r]=(0,H.useState)({email:``,name:``,role:e[e.length-1],jobFunction:``}),[i,s]=(0,H.useState)(),c=y(G),l=w(),d=e=>t=>r(n=>({...n,[e]:t.target.value})),f=e=>c.error instanceof o?c.error.fieldError(e):void 0;return(0,U.jsx)(F,{open:!0,onClose:t,title:`Invite a colleague`,description:`They get an e-mail with a link to choose a password. The link works once, for 7 days.`,onSubmit:()=>{/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(n.email.trim())?(s(void 0),c.mutate({input:{email:n.email.trim(),name:n.name.trim()||void 0,role:n.role,jobFunction:n.jobFunction||void 0}},{onSuccess:e=>{l(`Invitation sent to ${e.inviteUser.invitation.email}`),t()}})):s(`Enter a valid e-mail address.`)},footer:(0,U.jsxs)(U.Fragment,{children:[(0,U.jsx)(b,{onClick:t,children:`Cancel`}),(0,U.jsx)(b,{type:`submit`,variant:`primary`,loading:c.isPending,icon:(0,U.jsx)(V,{size:15,"aria-hidden":`true`}),children:`Send invitation`})]}),children:(0,U.jsxs)(`div`,{className:`stack`,style:{gap:16},children:[c.error&&!(c.error instanceof o&&c.error.fieldErrors.length)&&(0,U.jsx)(p,{error:c.error}),(0,U.jsxs)(`div`,{className:`form-grid`,children:[(0,U.jsx)(I,{label:`Work e-mail`,type:`email`,required:!0,autoComplete:`off`,value:n.email,onChange:d(`email`),error:i??f(`email`)}),(0,U.jsx)(I,{label:`Name`,hint:`Optional; they can change it.`,autoComplete:`off`,value:n.name,onChange:d(`name`),error:f(`name`)}),(0,U.jsx)(L,{label:`Role`,value:n.role,onChange:d(`role`),error:f(`role`),children:e.map(e=>(0,U.jsx)(`option`,{value:e,children:a[e]},e))}),(0,U.jsxs)(L,{label:`Job function`,value:n.jobFunction,onChange:d(`jobFunction`),error:f(`jobFunction`),children:[(0,U.jsx)(`option`,{value:``,children:`Not set`}),J.map(e=>(0,U.jsx)(`option`,{value:e,children:u(e)},e))]})]})]})})}function X(){let e=S(W,{}),t=y(K),n=y(q),r=w(),i=P(e.data?.invitations);if(e.isSuccess&&i.length===0)return null;let o=t.error??n.error;return(0,U.jsxs)(g,{title:`Pending invitations`,hint:`Sent, not accepted yet.`,flush:!0,children:[o&&(0,U.jsx)(`div`,{style:{padding:`0 20px 12px`},children:(0,U.jsx)(p,{error:o})}),e.isError?(0,U.jsx)(_,{error:e.error,onRetry:()=>void e.refetch()}):e.isPending?(0,U.jsx)(m,{rows:2,columns:4}):(0,U.jsx)(`div`,{className:`table-wrap`,children:(0,U.jsxs)(`table`,{className:`table table-cards`,children:[(0,U.jsx)(`thead`,{children:(0,U.jsxs)(`tr`,{children:[(0,U.jsx)(`th`,{scope:`col`,children:`Invitee`}),(0,U.jsx)(`th`,{scope:`col`,children:`Role`}),(0,U.jsx)(`th`,{scope:`col`,children:`Sent`}),(0,U.jsx)(`th`,{scope:`col`,children:`Link works until`}),(0,U.jsx)(`th`,{scope:`col`,children:(0,U.jsx)(`span`,{className:`visually-hidden`,children:`Actions`})})]})}),(0,U.jsx)(`tbody`,{children:i.map(e=>{let i=new Date(e.expiresAt).getTime()<Date.now();return(0,U.jsxs)(`tr`,{children:[(0,U.jsxs)(`td`,{children:[(0,U.jsx)(`div`,{className:`cell-title`,children:e.name||e.email}),e.name&&(0,U.jsx)(`div`,{className:`cell-sub`,children:e.email})]}),(0,U.jsx)(`td`,{"data-label":`Role`,children:a[e.role]??u(e.role)}),(0,U.jsxs)(`td`,{"data-label":`Sent`,children:[O(e.sentAt),e.sendCount>1&&(0,U.jsxs)(`div`,{className:`cell-sub`,children:[`sent `,e.sendCount,` times`]}),e.invitedBy&&(0,U.jsxs)(`div`,{className:`cell-sub`,children:[`by `,e.invitedBy.name]})]}),(0,U.jsx)(`td`,{"data-label":`Expires`,children:i?(0,U.jsx)(T,{tone:`warning`,children:`Expired`}):c(e.expiresAt)}),(0,U.jsxs)(`td`,{className:`num nowrap`,children:[(0,U.jsx)(b,{size:`sm`,variant:`ghost`,icon:(0,U.jsx)(d,{size:14,"aria-hidden":`true`}),"aria-label":`Send the invitation to ${e.email} again`,disabled:t.isPending,onClick:()=>t.mutate({input:{id:e.id}},{onSuccess:()=>r(`Sent again to ${e.email}`)}),children:`Resend`}),(0,U.jsx)(b,{size:`sm`,variant:`ghost`,icon:(0,U.jsx)(s,{size:14,"aria-hidden":`true`}),"aria-label":`Withdraw the invitation to ${e.email}`,disabled:n.isPending,onClick:()=>n.mutate({input:{id:e.id}},{onSuccess:()=>r(`Invitation to ${e.email} withdrawn`)}),children:`Withdraw`})]})]},e.id)})})]})})]})}var Z=l(`
  query TeamMembers($first: Int, $after: Cursor, $last: Int, $before: Cursor, $orderBy: UserOrder, $where: UserWhereInput) {
    users(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy, where: $where) {
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
`);function Q(){f(`Team`);let e=E(),t=k({sort:`NAME`,direction:`ASC`}),[n,r]=A(t.get(`q`),e=>t.update({q:e})),o=e.partner?{hasPartnerWith:[{id:e.partner.id}]}:{},s=t.get(`q`).trim();s&&(o.or=[{nameContainsFold:s},{emailContainsFold:s}]),t.get(`role`)&&(o.role=t.get(`role`)),t.get(`status`)&&(o.status=t.get(`status`));let c=S(Z,{...t.pageVars,orderBy:{field:t.sort.field,direction:t.sort.direction},where:o},{keepPrevious:!0}),l=c.data?.users,d=P(l),[p,g]=(0,H.useState)(!1);return(0,U.jsxs)(U.Fragment,{children:[(0,U.jsx)(h,{title:`Team`,subtitle:`Everyone at ${e.partner?.name??`your organisation`} with access to the portal.`,actions:(0,U.jsx)(b,{variant:`primary`,icon:(0,U.jsx)(z,{size:16,"aria-hidden":`true`}),onClick:()=>g(!0),children:`Invite a colleague`})}),(0,U.jsxs)(`div`,{className:`stack`,children:[(0,U.jsx)(X,{}),(0,U.jsxs)(`section`,{className:`card`,"aria-label":`Team members`,children:[(0,U.jsxs)(`div`,{className:`toolbar`,role:`search`,"aria-label":`Filter team`,children:[(0,U.jsxs)(`div`,{className:`field grow`,children:[(0,U.jsx)(`label`,{htmlFor:`team-search`,children:`Search`}),(0,U.jsxs)(`div`,{className:`input-icon`,children:[(0,U.jsx)(i,{size:16,"aria-hidden":`true`}),(0,U.jsx)(`input`,{id:`team-search`,className:`input`,type:`search`,placeholder:`Name or e-mail`,value:n,onChange:e=>r(e.target.value)})]})]}),(0,U.jsxs)(`div`,{className:`field`,children:[(0,U.jsx)(`label`,{htmlFor:`team-role`,children:`Role`}),(0,U.jsxs)(`select`,{id:`team-role`,className:`select`,value:t.get(`role`),onChange:e=>t.update({role:e.target.value}),children:[(0,U.jsx)(`option`,{value:``,children:`All roles`}),(0,U.jsx)(`option`,{value:`PARTNER_ADMIN`,children:a.PARTNER_ADMIN}),(0,U.jsx)(`option`,{value:`PARTNER_SALES`,children:a.PARTNER_SALES})]})]}),(0,U.jsxs)(`div`,{className:`field`,children:[(0,U.jsx)(`label`,{htmlFor:`team-status`,children:`Status`}),(0,U.jsxs)(`select`,{id:`team-status`,className:`select`,value:t.get(`status`),onChange:e=>t.update({status:e.target.value}),children:[(0,U.jsx)(`option`,{value:``,children:`All statuses`}),(0,U.jsx)(`option`,{value:`ACTIVE`,children:`Active`}),(0,U.jsx)(`option`,{value:`INVITED`,children:`Invited`}),(0,U.jsx)(`option`,{value:`DISABLED`,children:`Disabled`})]})]})]}),c.isError?(0,U.jsx)(_,{error:c.error,onRetry:()=>void c.refetch()}):c.isPending?(0,U.jsx)(m,{rows:4,columns:5}):d.length===0?(0,U.jsx)(C,{icon:(0,U.jsx)(x,{size:22}),title:`Nobody matches`,children:`Try a broader search.`}):(0,U.jsx)(`div`,{className:`table-wrap`,children:(0,U.jsxs)(`table`,{className:`table table-cards`,children:[(0,U.jsx)(`thead`,{children:(0,U.jsxs)(`tr`,{children:[(0,U.jsx)(j,{label:`Name`,field:`NAME`,sort:t.sort,onSort:t.setSort}),(0,U.jsx)(j,{label:`Role`,field:`ROLE`,sort:t.sort,onSort:t.setSort}),(0,U.jsx)(`th`,{scope:`col`,children:`Job`}),(0,U.jsx)(j,{label:`Status`,field:`STATUS`,sort:t.sort,onSort:t.setSort}),(0,U.jsx)(j,{label:`Last sign-in`,field:`LAST_LOGIN_AT`,sort:t.sort,onSort:t.setSort})]})}),(0,U.jsx)(`tbody`,{children:d.map(t=>(0,U.jsxs)(`tr`,{children:[(0,U.jsx)(`td`,{children:(0,U.jsxs)(`div`,{className:`cell-person`,children:[(0,U.jsx)(v,{name:t.name,size:`sm`}),(0,U.jsxs)(`div`,{children:[(0,U.jsxs)(`div`,{className:`cell-title`,children:[t.name,t.id===e.id&&(0,U.jsx)(`span`,{className:`muted`,children:` (you)`})]}),(0,U.jsx)(`div`,{className:`cell-sub`,children:t.email})]})]})}),(0,U.jsx)(`td`,{"data-label":`Role`,children:a[t.role]}),(0,U.jsx)(`td`,{"data-label":`Job`,children:u(t.jobFunction)}),(0,U.jsx)(`td`,{"data-label":`Status`,children:(0,U.jsx)(D,{status:t.status,kind:`user`})}),(0,U.jsx)(`td`,{"data-label":`Last sign-in`,children:O(t.lastLoginAt)})]},t.id))})]})}),!c.isError&&(l?.totalCount??0)>0&&(0,U.jsx)(N,{...M(t,l),noun:`people`,busy:c.isFetching,onNext:()=>t.goNext(l?.pageInfo.endCursor),onPrevious:()=>t.goPrevious(l?.pageInfo.startCursor)})]})]}),p&&(0,U.jsx)(Y,{roles:[`PARTNER_ADMIN`,`PARTNER_SALES`],onClose:()=>g(!1)})]})}export{Q as default};