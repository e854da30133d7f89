import{a as e,n as t,t as n}from"./jsx-runtime-Wy9s6hX0.js";import{t as r}from"./search-eHsk-ss9.js";import{t as i}from"./createLucideIcon-DGfbxOj1.js";import{$ as a,D as o,K as s,R as c,T as l,_ as u,a as d,b as f,c as p,f as m,h,l as g,n as _,o as v,p as y,q as b,r as x,s as S,t as C}from"./index-BZpwOYLl.js";import{a as w,i as T,n as E,r as D,t as O}from"./Table-CXB0MzTf.js";import{n as k}from"./tiers-BMp950j0.js";import{t as A}from"./Dialog-DcFZjUs3.js";import{i as j,n as M}from"./Field-Bfs1nEZu.js";var N={name:`user-plus`,size:24,node:[[`path`,{d:`M16 21v-2a4 4 0 0 0-4-4H6a4 4 0 0 0-4 4v2`,key:`1yyitq`}],[`circle`,{cx:`9`,cy:`7`,r:`4`,key:`nufk8`}],[`line`,{x1:`19`,x2:`19`,y1:`8`,y2:`14`,key:`1bvyxn`}],[`line`,{x1:`22`,x2:`16`,y1:`11`,y2:`11`,key:`1shjgl`}]]};N.node;var P=i(N),F={name:`user-x`,size:24,node:[[`path`,{d:`M16 21v-2a4 4 0 0 0-4-4H6a4 4 0 0 0-4 4v2`,key:`1yyitq`}],[`circle`,{cx:`9`,cy:`7`,r:`4`,key:`nufk8`}],[`line`,{x1:`17`,x2:`22`,y1:`8`,y2:`13`,key:`3nzzx3`}],[`line`,{x1:`22`,x2:`17`,y1:`8`,y2:`13`,key:`1swrse`}]]};F.node;var I=i(F),L=e(t(),1),R=n(),z=`
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
    `,H=[`SALES`,`PRESALES`,`SUPPORT`,`MARKETING`,`MANAGEMENT`];function U({onClose:e}){let[t,n]=(0,L.useState)({email:``,name:``,role:`CHANNEL_MANAGER`,jobFunction:``,password:``}),[r,i]=(0,L.useState)({}),a=_(B),s=C(),l=e=>t=>n(n=>({...n,[e]:t.target.value})),u=e=>a.error instanceof o?a.error.fieldError(e):void 0,d=a.error&&!(a.error instanceof o&&a.error.fieldErrors.length);function f(){let n={};/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(t.email.trim())||(n.email=`Enter a valid e-mail address.`),t.name.trim()||(n.name=`Enter their full name.`),t.password&&t.password.length<10&&(n.password=`Use at least 10 characters, or leave it empty.`),i(n),Object.keys(n).length||a.mutate({input:{email:t.email.trim(),name:t.name.trim(),role:t.role,jobFunction:t.jobFunction||void 0,password:t.password||void 0}},{onSuccess:t=>{s(t.createUser.user.status===`ACTIVE`?`${t.createUser.user.name} can sign in now`:`${t.createUser.user.name} added; waiting for an invitation`),e()}})}return(0,R.jsx)(A,{open:!0,onClose:e,title:`New vendor user`,description:`For your channel team. Partner users join through invitations from their own organisation.`,onSubmit:f,footer:(0,R.jsxs)(R.Fragment,{children:[(0,R.jsx)(y,{onClick:e,children:`Cancel`}),(0,R.jsx)(y,{type:`submit`,variant:`primary`,loading:a.isPending,children:`Create user`})]}),children:(0,R.jsxs)(`div`,{className:`stack`,style:{gap:16},children:[d&&(0,R.jsx)(p,{error:a.error}),(0,R.jsxs)(`div`,{className:`form-grid`,children:[(0,R.jsx)(j,{label:`Full name`,required:!0,autoComplete:`off`,value:t.name,onChange:l(`name`),error:r.name??u(`name`)}),(0,R.jsx)(j,{label:`Work e-mail`,required:!0,type:`email`,autoComplete:`off`,value:t.email,onChange:l(`email`),error:r.email??u(`email`)}),(0,R.jsxs)(M,{label:`Role`,value:t.role,onChange:l(`role`),error:u(`role`),children:[(0,R.jsx)(`option`,{value:`CHANNEL_MANAGER`,children:b.CHANNEL_MANAGER}),(0,R.jsx)(`option`,{value:`ADMIN`,children:b.ADMIN})]}),(0,R.jsxs)(M,{label:`Job function`,value:t.jobFunction,onChange:l(`jobFunction`),error:u(`jobFunction`),children:[(0,R.jsx)(`option`,{value:``,children:`Not set`}),H.map(e=>(0,R.jsx)(`option`,{value:e,children:c(e)},e))]}),(0,R.jsx)(j,{className:`full`,label:`Initial password`,type:`password`,autoComplete:`new-password`,value:t.password,onChange:l(`password`),hint:`Optional. At least 10 characters; without one, the account waits for an invitation.`,error:r.password??u(`password`)})]})]})})}function W({user:e,onClose:t}){let n=_(V),r=C();return(0,R.jsx)(A,{open:!0,onClose:t,title:`Disable ${e.name}?`,onSubmit:()=>n.mutate({input:{id:e.id}},{onSuccess:()=>{r(`${e.name} is disabled`),t()}}),footer:(0,R.jsxs)(R.Fragment,{children:[(0,R.jsx)(y,{onClick:t,children:`Cancel`}),(0,R.jsx)(y,{type:`submit`,variant:`danger`,loading:n.isPending,children:`Disable user`})]}),children:(0,R.jsxs)(`div`,{className:`stack`,style:{gap:12},children:[n.error&&(0,R.jsx)(p,{error:n.error}),(0,R.jsx)(v,{tone:`warning`,title:`They are signed out everywhere at once`,children:`They can no longer sign in. Their history and audit trail stay.`})]})})}function G(){d(`Users`);let e=l(),t=w({sort:`NAME`,direction:`ASC`}),[n,i]=T(t.get(`q`),e=>t.update({q:e})),[o,c]=(0,L.useState)(!1),[p,_]=(0,L.useState)(null),v=t.get(`org`)||`vendor`,C={},A=t.get(`q`).trim();A&&(C.or=[{nameContainsFold:A},{emailContainsFold:A}]),v===`vendor`&&(C.hasPartner=!1),v===`partners`&&(C.hasPartner=!0),t.get(`role`)&&(C.role=t.get(`role`)),t.get(`status`)&&(C.status=t.get(`status`));let j=x(z,{...t.pageVars,orderBy:{field:t.sort.field,direction:t.sort.direction},where:C},{keepPrevious:!0}),M=j.data?.users,N=k(M);return(0,R.jsxs)(R.Fragment,{children:[(0,R.jsx)(u,{title:`Users`,subtitle:`Who can sign in to PartnerHub. Create accounts for your channel team; partner admins invite their own people.`,actions:(0,R.jsx)(y,{variant:`primary`,icon:(0,R.jsx)(P,{size:16,"aria-hidden":`true`}),onClick:()=>c(!0),children:`New vendor user`})}),(0,R.jsxs)(`section`,{className:`card`,"aria-label":`Users`,children:[(0,R.jsxs)(`div`,{className:`toolbar`,role:`search`,"aria-label":`Filter users`,children:[(0,R.jsxs)(`div`,{className:`field grow`,children:[(0,R.jsx)(`label`,{htmlFor:`user-search`,children:`Search`}),(0,R.jsxs)(`div`,{className:`input-icon`,children:[(0,R.jsx)(r,{size:16,"aria-hidden":`true`}),(0,R.jsx)(`input`,{id:`user-search`,className:`input`,type:`search`,placeholder:`Name or e-mail`,value:n,onChange:e=>i(e.target.value)})]})]}),(0,R.jsxs)(`div`,{className:`field`,children:[(0,R.jsx)(`label`,{htmlFor:`user-org`,children:`Organisation`}),(0,R.jsxs)(`select`,{id:`user-org`,className:`select`,value:v,onChange:e=>t.update({org:e.target.value,role:``}),children:[(0,R.jsx)(`option`,{value:`vendor`,children:`Channel team`}),(0,R.jsx)(`option`,{value:`partners`,children:`Partners`}),(0,R.jsx)(`option`,{value:`all`,children:`Everyone`})]})]}),(0,R.jsxs)(`div`,{className:`field`,children:[(0,R.jsx)(`label`,{htmlFor:`user-role`,children:`Role`}),(0,R.jsxs)(`select`,{id:`user-role`,className:`select`,value:t.get(`role`),onChange:e=>t.update({role:e.target.value}),children:[(0,R.jsx)(`option`,{value:``,children:`All roles`}),(v===`vendor`?[`ADMIN`,`CHANNEL_MANAGER`]:v===`partners`?[`PARTNER_ADMIN`,`PARTNER_SALES`]:Object.keys(b)).map(e=>(0,R.jsx)(`option`,{value:e,children:b[e]},e))]})]}),(0,R.jsxs)(`div`,{className:`field`,children:[(0,R.jsx)(`label`,{htmlFor:`user-status`,children:`Status`}),(0,R.jsxs)(`select`,{id:`user-status`,className:`select`,value:t.get(`status`),onChange:e=>t.update({status:e.target.value}),children:[(0,R.jsx)(`option`,{value:``,children:`All statuses`}),(0,R.jsx)(`option`,{value:`ACTIVE`,children:`Active`}),(0,R.jsx)(`option`,{value:`INVITED`,children:`Invited`}),(0,R.jsx)(`option`,{value:`DISABLED`,children:`Disabled`})]})]})]}),j.isError?(0,R.jsx)(g,{error:j.error,onRetry:()=>void j.refetch()}):j.isPending?(0,R.jsx)(m,{rows:6,columns:5}):N.length===0?(0,R.jsx)(S,{icon:(0,R.jsx)(a,{size:22}),title:`Nobody matches`,children:`Try a broader search or another organisation.`}):(0,R.jsx)(`div`,{className:`table-wrap`,children:(0,R.jsxs)(`table`,{className:`table table-cards`,children:[(0,R.jsx)(`thead`,{children:(0,R.jsxs)(`tr`,{children:[(0,R.jsx)(E,{label:`Name`,field:`NAME`,sort:t.sort,onSort:t.setSort}),(0,R.jsx)(E,{label:`Role`,field:`ROLE`,sort:t.sort,onSort:t.setSort}),(0,R.jsx)(`th`,{scope:`col`,children:`Organisation`}),(0,R.jsx)(E,{label:`Status`,field:`STATUS`,sort:t.sort,onSort:t.setSort}),(0,R.jsx)(E,{label:`Last sign-in`,field:`LAST_LOGIN_AT`,sort:t.sort,onSort:t.setSort}),(0,R.jsx)(`th`,{scope:`col`,children:(0,R.jsx)(`span`,{className:`visually-hidden`,children:`Actions`})})]})}),(0,R.jsx)(`tbody`,{children:N.map(t=>(0,R.jsxs)(`tr`,{children:[(0,R.jsx)(`td`,{children:(0,R.jsxs)(`div`,{className:`cell-person`,children:[(0,R.jsx)(h,{name:t.name,size:`sm`}),(0,R.jsxs)(`div`,{children:[(0,R.jsxs)(`div`,{className:`cell-title`,children:[t.name,t.id===e.id&&(0,R.jsx)(`span`,{className:`muted`,children:` (you)`})]}),(0,R.jsx)(`div`,{className:`cell-sub`,children:t.email})]})]})}),(0,R.jsx)(`td`,{"data-label":`Role`,children:b[t.role]}),(0,R.jsx)(`td`,{"data-label":`Organisation`,children:t.partner?.name??`Channel team`}),(0,R.jsx)(`td`,{"data-label":`Status`,children:(0,R.jsx)(f,{status:t.status,kind:`user`})}),(0,R.jsx)(`td`,{"data-label":`Last sign-in`,children:s(t.lastLoginAt)}),(0,R.jsx)(`td`,{className:`num`,children:t.status!==`DISABLED`&&t.id!==e.id&&(0,R.jsx)(y,{size:`sm`,variant:`ghost`,icon:(0,R.jsx)(I,{size:14,"aria-hidden":`true`}),onClick:()=>_(t),"aria-label":`Disable ${t.name}`,children:`Disable`})})]},t.id))})]})}),!j.isError&&(M?.totalCount??0)>0&&(0,R.jsx)(O,{...D(t,M),noun:`users`,busy:j.isFetching,onNext:()=>t.goNext(M?.pageInfo.endCursor),onPrevious:()=>t.goPrevious(M?.pageInfo.startCursor)})]}),o&&(0,R.jsx)(U,{onClose:()=>c(!1)}),p&&(0,R.jsx)(W,{user:p,onClose:()=>_(null)})]})}export{G as default};