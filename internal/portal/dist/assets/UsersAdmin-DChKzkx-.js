import{a as e,n as t,t as n}from"./jsx-runtime-Wy9s6hX0.js";import{t as r}from"./search-eHsk-ss9.js";import{t as i}from"./createLucideIcon-DGfbxOj1.js";import{D as a,T as o,V as s,X as c,Y as l,_ as u,a as d,at as f,b as p,c as m,et as h,h as g,n as _,o as v,p as y,r as b,s as x,t as S,tt as C,z as w}from"./index-RnFRxBnP.js";import{i as T,n as E,r as D,t as O}from"./ConnectionTable-D3VGdsGm.js";import{n as k}from"./tiers-BE-HxVTD.js";import{t as A}from"./Dialog-Da6cFw0e.js";import{i as j,n as M}from"./Field-BGjoe2Et.js";var N={name:`user-plus`,size:24,node:[[`path`,{d:`M16 21v-2a4 4 0 0 0-4-4H6a4 4 0 0 0-4 4v2`,key:`1yyitq`}],[`circle`,{cx:`9`,cy:`7`,r:`4`,key:`nufk8`}],[`line`,{x1:`19`,x2:`19`,y1:`8`,y2:`14`,key:`1bvyxn`}],[`line`,{x1:`22`,x2:`16`,y1:`11`,y2:`11`,key:`1shjgl`}]]};N.node;var P=i(N),F={name:`user-x`,size:24,node:[[`path`,{d:`M16 21v-2a4 4 0 0 0-4-4H6a4 4 0 0 0-4 4v2`,key:`1yyitq`}],[`circle`,{cx:`9`,cy:`7`,r:`4`,key:`nufk8`}],[`line`,{x1:`17`,x2:`22`,y1:`8`,y2:`13`,key:`3nzzx3`}],[`line`,{x1:`22`,x2:`17`,y1:`8`,y2:`13`,key:`1swrse`}]]};F.node;var I=i(F),L=e(t(),1),R=n(),z=`
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
    `,B=`
    mutation CreateVendorUser($input: CreateUserInput!) {
  createUser(input: $input) {
    user {
      id
      name
      status
    }
  }
}
    `,V=`
    mutation DisableUser($input: DisableUserInput!) {
  disableUser(input: $input) {
    user {
      id
      status
    }
  }
}
    `,H=w(s);function U({onClose:e}){let[t,n]=(0,L.useState)({email:``,name:``,role:`CHANNEL_MANAGER`,jobFunction:``,password:``}),[r,i]=(0,L.useState)({}),o=_(B),l=S(),u=e=>t=>n(n=>({...n,[e]:t.target.value})),d=e=>o.error instanceof a?o.error.fieldError(e):void 0,f=o.error&&!(o.error instanceof a&&o.error.fieldErrors.length);function p(){let n={};/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(t.email.trim())||(n.email=`Enter a valid e-mail address.`),t.name.trim()||(n.name=`Enter their full name.`),t.password&&t.password.length<10&&(n.password=`Use at least 10 characters, or leave it empty.`),i(n),Object.keys(n).length||o.mutate({input:{email:t.email.trim(),name:t.name.trim(),role:t.role,jobFunction:t.jobFunction||void 0,password:t.password||void 0}},{onSuccess:t=>{l(t.createUser.user.status===`ACTIVE`?`${t.createUser.user.name} can sign in now`:`${t.createUser.user.name} added; waiting for an invitation`),e()}})}return(0,R.jsx)(A,{open:!0,onClose:e,title:`New vendor user`,description:`For your channel team. Partner users join through invitations from their own organisation.`,onSubmit:p,footer:(0,R.jsxs)(R.Fragment,{children:[(0,R.jsx)(y,{onClick:e,children:`Cancel`}),(0,R.jsx)(y,{type:`submit`,variant:`primary`,loading:o.isPending,children:`Create user`})]}),children:(0,R.jsxs)(`div`,{className:`stack`,style:{gap:16},children:[f&&(0,R.jsx)(m,{error:o.error}),(0,R.jsxs)(`div`,{className:`form-grid`,children:[(0,R.jsx)(j,{label:`Full name`,required:!0,autoComplete:`off`,value:t.name,onChange:u(`name`),error:r.name??d(`name`)}),(0,R.jsx)(j,{label:`Work e-mail`,required:!0,type:`email`,autoComplete:`off`,value:t.email,onChange:u(`email`),error:r.email??d(`email`)}),(0,R.jsxs)(M,{label:`Role`,value:t.role,onChange:u(`role`),error:d(`role`),children:[(0,R.jsx)(`option`,{value:`CHANNEL_MANAGER`,children:c.CHANNEL_MANAGER}),(0,R.jsx)(`option`,{value:`ADMIN`,children:c.ADMIN})]}),(0,R.jsxs)(M,{label:`Job function`,value:t.jobFunction,onChange:u(`jobFunction`),error:d(`jobFunction`),children:[(0,R.jsx)(`option`,{value:``,children:`Not set`}),H.map(e=>(0,R.jsx)(`option`,{value:e,children:s[e]},e))]}),(0,R.jsx)(j,{className:`full`,label:`Initial password`,type:`password`,autoComplete:`new-password`,value:t.password,onChange:u(`password`),hint:`Optional. At least 10 characters; without one, the account waits for an invitation.`,error:r.password??d(`password`)})]})]})})}function W({user:e,onClose:t}){let n=_(V),r=S();return(0,R.jsx)(A,{open:!0,onClose:t,title:`Disable ${e.name}?`,onSubmit:()=>n.mutate({input:{id:e.id}},{onSuccess:()=>{r(`${e.name} is disabled`),t()}}),footer:(0,R.jsxs)(R.Fragment,{children:[(0,R.jsx)(y,{onClick:t,children:`Cancel`}),(0,R.jsx)(y,{type:`submit`,variant:`danger`,loading:n.isPending,children:`Disable user`})]}),children:(0,R.jsxs)(`div`,{className:`stack`,style:{gap:12},children:[n.error&&(0,R.jsx)(m,{error:n.error}),(0,R.jsx)(v,{tone:`warning`,title:`They are signed out everywhere at once`,children:`They can no longer sign in. Their history and audit trail stay.`})]})})}function G(){d(`Users`);let e=o(),t=T({sort:`NAME`,direction:`ASC`}),[n,i]=D(t.get(`q`),e=>t.update({q:e})),[a,s]=(0,L.useState)(!1),[m,_]=(0,L.useState)(null),v=t.get(`org`)||`vendor`,S={},A=t.get(`q`).trim();A&&(S.or=[{nameContainsFold:A},{emailContainsFold:A}]),v===`vendor`&&(S.hasPartner=!1),v===`partners`&&(S.hasPartner=!0),t.get(`role`)&&(S.role=t.get(`role`)),t.get(`status`)&&(S.status=t.get(`status`));let j=b(z,{...t.pageVars,orderBy:{field:t.sort.field,direction:t.sort.direction},where:S},{keepPrevious:!0}),M=j.data?.users,N=k(M);return(0,R.jsxs)(R.Fragment,{children:[(0,R.jsx)(u,{title:`Users`,subtitle:`Who can sign in to PartnerHub. Create accounts for your channel team; partner admins invite their own people.`,actions:(0,R.jsx)(y,{variant:`primary`,icon:(0,R.jsx)(P,{size:16,"aria-hidden":`true`}),onClick:()=>s(!0),children:`New vendor user`})}),(0,R.jsxs)(`section`,{className:`card`,"aria-label":`Users`,children:[(0,R.jsxs)(`div`,{className:`toolbar`,role:`search`,"aria-label":`Filter users`,children:[(0,R.jsxs)(`div`,{className:`field grow`,children:[(0,R.jsx)(`label`,{htmlFor:`user-search`,children:`Search`}),(0,R.jsxs)(`div`,{className:`input-icon`,children:[(0,R.jsx)(r,{size:16,"aria-hidden":`true`}),(0,R.jsx)(`input`,{id:`user-search`,className:`input`,type:`search`,placeholder:`Name or e-mail`,value:n,onChange:e=>i(e.target.value)})]})]}),(0,R.jsxs)(`div`,{className:`field`,children:[(0,R.jsx)(`label`,{htmlFor:`user-org`,children:`Organisation`}),(0,R.jsxs)(`select`,{id:`user-org`,className:`select`,value:v,onChange:e=>t.update({org:e.target.value,role:``}),children:[(0,R.jsx)(`option`,{value:`vendor`,children:`Channel team`}),(0,R.jsx)(`option`,{value:`partners`,children:`Partners`}),(0,R.jsx)(`option`,{value:`all`,children:`Everyone`})]})]}),(0,R.jsxs)(`div`,{className:`field`,children:[(0,R.jsx)(`label`,{htmlFor:`user-role`,children:`Role`}),(0,R.jsxs)(`select`,{id:`user-role`,className:`select`,value:t.get(`role`),onChange:e=>t.update({role:e.target.value}),children:[(0,R.jsx)(`option`,{value:``,children:`All roles`}),(v===`vendor`?C:v===`partners`?h:w(c)).map(e=>(0,R.jsx)(`option`,{value:e,children:c[e]},e))]})]}),(0,R.jsxs)(`div`,{className:`field`,children:[(0,R.jsx)(`label`,{htmlFor:`user-status`,children:`Status`}),(0,R.jsxs)(`select`,{id:`user-status`,className:`select`,value:t.get(`status`),onChange:e=>t.update({status:e.target.value}),children:[(0,R.jsx)(`option`,{value:``,children:`All statuses`}),(0,R.jsx)(`option`,{value:`ACTIVE`,children:`Active`}),(0,R.jsx)(`option`,{value:`INVITED`,children:`Invited`}),(0,R.jsx)(`option`,{value:`DISABLED`,children:`Disabled`})]})]})]}),(0,R.jsxs)(O,{query:j,connection:M,list:t,noun:`users`,skeleton:{rows:6,columns:5},empty:(0,R.jsx)(x,{icon:(0,R.jsx)(f,{size:22}),title:`Nobody matches`,children:`Try a broader search or another organisation.`}),children:[(0,R.jsx)(`thead`,{children:(0,R.jsxs)(`tr`,{children:[(0,R.jsx)(E,{label:`Name`,field:`NAME`,sort:t.sort,onSort:t.setSort}),(0,R.jsx)(E,{label:`Role`,field:`ROLE`,sort:t.sort,onSort:t.setSort}),(0,R.jsx)(`th`,{scope:`col`,children:`Organisation`}),(0,R.jsx)(E,{label:`Status`,field:`STATUS`,sort:t.sort,onSort:t.setSort}),(0,R.jsx)(E,{label:`Last sign-in`,field:`LAST_LOGIN_AT`,sort:t.sort,onSort:t.setSort}),(0,R.jsx)(`th`,{scope:`col`,children:(0,R.jsx)(`span`,{className:`visually-hidden`,children:`Actions`})})]})}),(0,R.jsx)(`tbody`,{children:N.map(t=>(0,R.jsxs)(`tr`,{children:[(0,R.jsx)(`td`,{children:(0,R.jsxs)(`div`,{className:`cell-person`,children:[(0,R.jsx)(g,{name:t.name,size:`sm`}),(0,R.jsxs)(`div`,{children:[(0,R.jsxs)(`div`,{className:`cell-title`,children:[t.name,t.id===e.id&&(0,R.jsx)(`span`,{className:`muted`,children:` (you)`})]}),(0,R.jsx)(`div`,{className:`cell-sub`,children:t.email})]})]})}),(0,R.jsx)(`td`,{"data-label":`Role`,children:c[t.role]}),(0,R.jsx)(`td`,{"data-label":`Organisation`,children:t.partner?.name??`Channel team`}),(0,R.jsx)(`td`,{"data-label":`Status`,children:(0,R.jsx)(p,{status:t.status,kind:`user`})}),(0,R.jsx)(`td`,{"data-label":`Last sign-in`,children:l(t.lastLoginAt)}),(0,R.jsx)(`td`,{className:`num`,children:t.status!==`DISABLED`&&t.id!==e.id&&(0,R.jsx)(y,{size:`sm`,variant:`ghost`,icon:(0,R.jsx)(I,{size:14,"aria-hidden":`true`}),onClick:()=>_(t),"aria-label":`Disable ${t.name}`,children:`Disable`})})]},t.id))})]})]}),a&&(0,R.jsx)(U,{onClose:()=>s(!1)}),m&&(0,R.jsx)(W,{user:m,onClose:()=>_(null)})]})}export{G as default};