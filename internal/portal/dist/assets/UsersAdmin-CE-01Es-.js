import{a as e,n as t,t as n}from"./jsx-runtime-Wy9s6hX0.js";import{t as r}from"./search-DIO5WIz7.js";import{W as i,i as a,n as o,r as s,t as c,u as l,v as u}from"./usePageTitle-atKqKR4V.js";import{B as d,F as f,G as p,K as m,L as h,M as g,N as _,S as v,U as y,X as b,a as x,c as S,d as C,f as w,r as T,w as E,z as D}from"./index-D7DUstJB.js";import{n as O,r as k,t as A}from"./ConnectionTable-DPymnZCa.js";import{n as j}from"./Table-urS6XuIN.js";import{t as M}from"./connection-mmDI86VZ.js";var N={name:`user-plus`,size:24,node:[[`path`,{d:`M16 21v-2a4 4 0 0 0-4-4H6a4 4 0 0 0-4 4v2`,key:`1yyitq`}],[`circle`,{cx:`9`,cy:`7`,r:`4`,key:`nufk8`}],[`line`,{x1:`19`,x2:`19`,y1:`8`,y2:`14`,key:`1bvyxn`}],[`line`,{x1:`22`,x2:`16`,y1:`11`,y2:`11`,key:`1shjgl`}]]};N.node;var P=i(N),F={name:`user-x`,size:24,node:[[`path`,{d:`M16 21v-2a4 4 0 0 0-4-4H6a4 4 0 0 0-4 4v2`,key:`1yyitq`}],[`circle`,{cx:`9`,cy:`7`,r:`4`,key:`nufk8`}],[`line`,{x1:`17`,x2:`22`,y1:`8`,y2:`13`,key:`3nzzx3`}],[`line`,{x1:`22`,x2:`17`,y1:`8`,y2:`13`,key:`1swrse`}]]};F.node;var I=i(F),L=e(t(),1),R=`
    query UsersAdmin($first: Int, $after: Cursor, $last: Int, $before: Cursor, $orderBy: UserOrder, $where: UserWhereInput) {
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
        partner {
          id
          name
        }
      }
    }
  }
}
    `,z=`
    mutation CreateVendorUser($input: CreateUserInput!) {
  createUser(input: $input) {
    user {
      id
      name
      status
    }
  }
}
    `,B=`
    mutation DisableUser($input: DisableUserInput!) {
  disableUser(input: $input) {
    user {
      id
      status
    }
  }
}
    `,V=n(),H=v(E);function U({onClose:e}){let[t,n]=(0,L.useState)({email:``,name:``,role:`CHANNEL_MANAGER`,jobFunction:``,password:``}),[r,i]=(0,L.useState)({}),o=C(z),s=f(),c=e=>t=>n(n=>({...n,[e]:t.target.value})),p=e=>o.error instanceof u?o.error.fieldError(e):void 0,m=o.error&&!(o.error instanceof u&&o.error.fieldErrors.length);function g(){let n={};/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(t.email.trim())||(n.email=`Enter a valid e-mail address.`),t.name.trim()||(n.name=`Enter their full name.`),t.password&&t.password.length<10&&(n.password=`Use at least 10 characters, or leave it empty.`),i(n),Object.keys(n).length||o.mutate({input:{email:t.email.trim(),name:t.name.trim(),role:t.role,jobFunction:t.jobFunction||void 0,password:t.password||void 0}},{onSuccess:t=>{s(t.createUser.user.status===`ACTIVE`?`${t.createUser.user.name} can sign in now`:`${t.createUser.user.name} added; waiting for an invitation`),e()}})}return(0,V.jsx)(d,{open:!0,onClose:e,title:`New vendor user`,description:`For your channel team. Partner users join through invitations from their own organisation.`,onSubmit:g,footer:(0,V.jsxs)(V.Fragment,{children:[(0,V.jsx)(l,{onClick:e,children:`Cancel`}),(0,V.jsx)(l,{type:`submit`,variant:`primary`,loading:o.isPending,children:`Create user`})]}),children:(0,V.jsxs)(`div`,{className:`stack`,style:{gap:16},children:[m&&(0,V.jsx)(a,{error:o.error}),(0,V.jsxs)(`div`,{className:`form-grid`,children:[(0,V.jsx)(D,{label:`Full name`,required:!0,autoComplete:`off`,value:t.name,onChange:c(`name`),error:r.name??p(`name`)}),(0,V.jsx)(D,{label:`Work e-mail`,required:!0,type:`email`,autoComplete:`off`,value:t.email,onChange:c(`email`),error:r.email??p(`email`)}),(0,V.jsxs)(h,{label:`Role`,value:t.role,onChange:c(`role`),error:p(`role`),children:[(0,V.jsx)(`option`,{value:`CHANNEL_MANAGER`,children:_.CHANNEL_MANAGER}),(0,V.jsx)(`option`,{value:`ADMIN`,children:_.ADMIN})]}),(0,V.jsxs)(h,{label:`Job function`,value:t.jobFunction,onChange:c(`jobFunction`),error:p(`jobFunction`),children:[(0,V.jsx)(`option`,{value:``,children:`Not set`}),H.map(e=>(0,V.jsx)(`option`,{value:e,children:E[e]},e))]}),(0,V.jsx)(D,{className:`full`,label:`Initial password`,type:`password`,autoComplete:`new-password`,value:t.password,onChange:c(`password`),hint:`Optional. At least 10 characters; without one, the account waits for an invitation.`,error:r.password??p(`password`)})]})]})})}function W({user:e,onClose:t}){let n=C(B),r=f();return(0,V.jsx)(d,{open:!0,onClose:t,title:`Disable ${e.name}?`,onSubmit:()=>n.mutate({input:{id:e.id}},{onSuccess:()=>{r(`${e.name} is disabled`),t()}}),footer:(0,V.jsxs)(V.Fragment,{children:[(0,V.jsx)(l,{onClick:t,children:`Cancel`}),(0,V.jsx)(l,{type:`submit`,variant:`danger`,loading:n.isPending,children:`Disable user`})]}),children:(0,V.jsxs)(`div`,{className:`stack`,style:{gap:12},children:[n.error&&(0,V.jsx)(a,{error:n.error}),(0,V.jsx)(o,{tone:`warning`,title:`They are signed out everywhere at once`,children:`They can no longer sign in. Their history and audit trail stay.`})]})})}function G(){c(`Users`);let e=y(),t=k({sort:`NAME`,direction:`ASC`}),[n,i]=O(t.get(`q`),e=>t.update({q:e})),[a,o]=(0,L.useState)(!1),[u,d]=(0,L.useState)(null),f=t.get(`org`)||`vendor`,h={},C=t.get(`q`).trim();C&&(h.or=[{nameContainsFold:C},{emailContainsFold:C}]),f===`vendor`&&(h.hasPartner=!1),f===`partners`&&(h.hasPartner=!0),t.get(`role`)&&(h.role=t.get(`role`)),t.get(`status`)&&(h.status=t.get(`status`));let E=w(R,{...t.pageVars,orderBy:{field:t.sort.field,direction:t.sort.direction},where:h},{keepPrevious:!0}),D=E.data?.users,N=M(D);return(0,V.jsxs)(V.Fragment,{children:[(0,V.jsx)(x,{title:`Users`,subtitle:`Who can sign in to PartnerHub. Create accounts for your channel team; partner admins invite their own people.`,actions:(0,V.jsx)(l,{variant:`primary`,icon:(0,V.jsx)(P,{size:16,"aria-hidden":`true`}),onClick:()=>o(!0),children:`New vendor user`})}),(0,V.jsxs)(`section`,{className:`card`,"aria-label":`Users`,children:[(0,V.jsxs)(`div`,{className:`toolbar`,role:`search`,"aria-label":`Filter users`,children:[(0,V.jsxs)(`div`,{className:`field grow`,children:[(0,V.jsx)(`label`,{htmlFor:`user-search`,children:`Search`}),(0,V.jsxs)(`div`,{className:`input-icon`,children:[(0,V.jsx)(r,{size:16,"aria-hidden":`true`}),(0,V.jsx)(`input`,{id:`user-search`,className:`input`,type:`search`,placeholder:`Name or e-mail`,value:n,onChange:e=>i(e.target.value)})]})]}),(0,V.jsxs)(`div`,{className:`field`,children:[(0,V.jsx)(`label`,{htmlFor:`user-org`,children:`Organisation`}),(0,V.jsxs)(`select`,{id:`user-org`,className:`select`,value:f,onChange:e=>t.update({org:e.target.value,role:``}),children:[(0,V.jsx)(`option`,{value:`vendor`,children:`Channel team`}),(0,V.jsx)(`option`,{value:`partners`,children:`Partners`}),(0,V.jsx)(`option`,{value:`all`,children:`Everyone`})]})]}),(0,V.jsxs)(`div`,{className:`field`,children:[(0,V.jsx)(`label`,{htmlFor:`user-role`,children:`Role`}),(0,V.jsxs)(`select`,{id:`user-role`,className:`select`,value:t.get(`role`),onChange:e=>t.update({role:e.target.value}),children:[(0,V.jsx)(`option`,{value:``,children:`All roles`}),(f===`vendor`?m:f===`partners`?p:v(_)).map(e=>(0,V.jsx)(`option`,{value:e,children:_[e]},e))]})]}),(0,V.jsxs)(`div`,{className:`field`,children:[(0,V.jsx)(`label`,{htmlFor:`user-status`,children:`Status`}),(0,V.jsxs)(`select`,{id:`user-status`,className:`select`,value:t.get(`status`),onChange:e=>t.update({status:e.target.value}),children:[(0,V.jsx)(`option`,{value:``,children:`All statuses`}),(0,V.jsx)(`option`,{value:`ACTIVE`,children:`Active`}),(0,V.jsx)(`option`,{value:`INVITED`,children:`Invited`}),(0,V.jsx)(`option`,{value:`DISABLED`,children:`Disabled`})]})]})]}),(0,V.jsxs)(A,{query:E,connection:D,list:t,noun:`users`,csv:{list:`users`,fields:[`name`,`email`,`role`,`jobFunction`,`status`,`lastLoginAt`,`partner.name`],where:h,orderBy:{field:t.sort.field,direction:t.sort.direction}},skeleton:{rows:6,columns:5},empty:(0,V.jsx)(s,{icon:(0,V.jsx)(b,{size:22}),title:`Nobody matches`,children:`Try a broader search or another organisation.`}),children:[(0,V.jsx)(`thead`,{children:(0,V.jsxs)(`tr`,{children:[(0,V.jsx)(j,{label:`Name`,field:`NAME`,sort:t.sort,onSort:t.setSort}),(0,V.jsx)(j,{label:`Role`,field:`ROLE`,sort:t.sort,onSort:t.setSort}),(0,V.jsx)(`th`,{scope:`col`,children:`Organisation`}),(0,V.jsx)(j,{label:`Status`,field:`STATUS`,sort:t.sort,onSort:t.setSort}),(0,V.jsx)(j,{label:`Last sign-in`,field:`LAST_LOGIN_AT`,sort:t.sort,onSort:t.setSort}),(0,V.jsx)(`th`,{scope:`col`,children:(0,V.jsx)(`span`,{className:`visually-hidden`,children:`Actions`})})]})}),(0,V.jsx)(`tbody`,{children:N.map(t=>(0,V.jsxs)(`tr`,{children:[(0,V.jsx)(`td`,{children:(0,V.jsxs)(`div`,{className:`cell-person`,children:[(0,V.jsx)(T,{name:t.name,size:`sm`}),(0,V.jsxs)(`div`,{children:[(0,V.jsxs)(`div`,{className:`cell-title`,children:[t.name,t.id===e.id&&(0,V.jsx)(`span`,{className:`muted`,children:` (you)`})]}),(0,V.jsx)(`div`,{className:`cell-sub`,children:t.email})]})]})}),(0,V.jsx)(`td`,{"data-label":`Role`,children:_[t.role]}),(0,V.jsx)(`td`,{"data-label":`Organisation`,children:t.partner?.name??`Channel team`}),(0,V.jsx)(`td`,{"data-label":`Status`,children:(0,V.jsx)(S,{status:t.status,kind:`user`})}),(0,V.jsx)(`td`,{"data-label":`Last sign-in`,children:g(t.lastLoginAt)}),(0,V.jsx)(`td`,{className:`num`,children:t.status!==`DISABLED`&&t.id!==e.id&&(0,V.jsx)(l,{size:`sm`,variant:`ghost`,icon:(0,V.jsx)(I,{size:14,"aria-hidden":`true`}),onClick:()=>d(t),"aria-label":`Disable ${t.name}`,children:`Disable`})})]},t.id))})]})]}),a&&(0,V.jsx)(U,{onClose:()=>o(!1)}),u&&(0,V.jsx)(W,{user:u,onClose:()=>d(null)})]})}export{G as default};