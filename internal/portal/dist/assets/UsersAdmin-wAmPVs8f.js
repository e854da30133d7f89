import{a as e,n as t,t as n}from"./jsx-runtime-Wy9s6hX0.js";import{t as r}from"./search-eHsk-ss9.js";import{t as i}from"./createLucideIcon-DGfbxOj1.js";import{D as a,T as o,V as s,X as c,Y as l,_ as u,a as d,at as f,b as p,c as m,et as h,f as g,h as _,l as v,n as y,o as b,p as x,r as S,s as C,t as w,tt as T,z as E}from"./index-DZc1YHmR.js";import{a as D,i as O,n as k,r as A,t as j}from"./Table-DcJtYMGX.js";import{n as M}from"./tiers-BGeT2FPG.js";import{t as N}from"./Dialog-LQ_zEn-k.js";import{i as P,n as F}from"./Field-DbMrxyOW.js";var I={name:`user-plus`,size:24,node:[[`path`,{d:`M16 21v-2a4 4 0 0 0-4-4H6a4 4 0 0 0-4 4v2`,key:`1yyitq`}],[`circle`,{cx:`9`,cy:`7`,r:`4`,key:`nufk8`}],[`line`,{x1:`19`,x2:`19`,y1:`8`,y2:`14`,key:`1bvyxn`}],[`line`,{x1:`22`,x2:`16`,y1:`11`,y2:`11`,key:`1shjgl`}]]};I.node;var L=i(I),R={name:`user-x`,size:24,node:[[`path`,{d:`M16 21v-2a4 4 0 0 0-4-4H6a4 4 0 0 0-4 4v2`,key:`1yyitq`}],[`circle`,{cx:`9`,cy:`7`,r:`4`,key:`nufk8`}],[`line`,{x1:`17`,x2:`22`,y1:`8`,y2:`13`,key:`3nzzx3`}],[`line`,{x1:`22`,x2:`17`,y1:`8`,y2:`13`,key:`1swrse`}]]};R.node;var z=i(R),B=e(t(),1),V=n(),H=`
    query UsersAdmin($first: Int, $after: Cursor, $last: Int, $before: Cursor, $orderBy: UserOrder, $where: UserWhereInput) {
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
        partner {
          __typename
          id
          name
        }
      }
    }
  }
}
    `,U=`
    mutation CreateVendorUser($input: CreateUserInput!) {
  __typename
  createUser(input: $input) {
    __typename
    user {
      __typename
      id
      name
      status
    }
  }
}
    `,W=`
    mutation DisableUser($input: DisableUserInput!) {
  __typename
  disableUser(input: $input) {
    __typename
    user {
      __typename
      id
      status
    }
  }
}
    `,G=E(s);function K({onClose:e}){let[t,n]=(0,B.useState)({email:``,name:``,role:`CHANNEL_MANAGER`,jobFunction:``,password:``}),[r,i]=(0,B.useState)({}),o=y(U),l=w(),u=e=>t=>n(n=>({...n,[e]:t.target.value})),d=e=>o.error instanceof a?o.error.fieldError(e):void 0,f=o.error&&!(o.error instanceof a&&o.error.fieldErrors.length);function p(){let n={};/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(t.email.trim())||(n.email=`Enter a valid e-mail address.`),t.name.trim()||(n.name=`Enter their full name.`),t.password&&t.password.length<10&&(n.password=`Use at least 10 characters, or leave it empty.`),i(n),Object.keys(n).length||o.mutate({input:{email:t.email.trim(),name:t.name.trim(),role:t.role,jobFunction:t.jobFunction||void 0,password:t.password||void 0}},{onSuccess:t=>{l(t.createUser.user.status===`ACTIVE`?`${t.createUser.user.name} can sign in now`:`${t.createUser.user.name} added; waiting for an invitation`),e()}})}return(0,V.jsx)(N,{open:!0,onClose:e,title:`New vendor user`,description:`For your channel team. Partner users join through invitations from their own organisation.`,onSubmit:p,footer:(0,V.jsxs)(V.Fragment,{children:[(0,V.jsx)(x,{onClick:e,children:`Cancel`}),(0,V.jsx)(x,{type:`submit`,variant:`primary`,loading:o.isPending,children:`Create user`})]}),children:(0,V.jsxs)(`div`,{className:`stack`,style:{gap:16},children:[f&&(0,V.jsx)(m,{error:o.error}),(0,V.jsxs)(`div`,{className:`form-grid`,children:[(0,V.jsx)(P,{label:`Full name`,required:!0,autoComplete:`off`,value:t.name,onChange:u(`name`),error:r.name??d(`name`)}),(0,V.jsx)(P,{label:`Work e-mail`,required:!0,type:`email`,autoComplete:`off`,value:t.email,onChange:u(`email`),error:r.email??d(`email`)}),(0,V.jsxs)(F,{label:`Role`,value:t.role,onChange:u(`role`),error:d(`role`),children:[(0,V.jsx)(`option`,{value:`CHANNEL_MANAGER`,children:c.CHANNEL_MANAGER}),(0,V.jsx)(`option`,{value:`ADMIN`,children:c.ADMIN})]}),(0,V.jsxs)(F,{label:`Job function`,value:t.jobFunction,onChange:u(`jobFunction`),error:d(`jobFunction`),children:[(0,V.jsx)(`option`,{value:``,children:`Not set`}),G.map(e=>(0,V.jsx)(`option`,{value:e,children:s[e]},e))]}),(0,V.jsx)(P,{className:`full`,label:`Initial password`,type:`password`,autoComplete:`new-password`,value:t.password,onChange:u(`password`),hint:`Optional. At least 10 characters; without one, the account waits for an invitation.`,error:r.password??d(`password`)})]})]})})}function q({user:e,onClose:t}){let n=y(W),r=w();return(0,V.jsx)(N,{open:!0,onClose:t,title:`Disable ${e.name}?`,onSubmit:()=>n.mutate({input:{id:e.id}},{onSuccess:()=>{r(`${e.name} is disabled`),t()}}),footer:(0,V.jsxs)(V.Fragment,{children:[(0,V.jsx)(x,{onClick:t,children:`Cancel`}),(0,V.jsx)(x,{type:`submit`,variant:`danger`,loading:n.isPending,children:`Disable user`})]}),children:(0,V.jsxs)(`div`,{className:`stack`,style:{gap:12},children:[n.error&&(0,V.jsx)(m,{error:n.error}),(0,V.jsx)(b,{tone:`warning`,title:`They are signed out everywhere at once`,children:`They can no longer sign in. Their history and audit trail stay.`})]})})}function J(){d(`Users`);let e=o(),t=D({sort:`NAME`,direction:`ASC`}),[n,i]=O(t.get(`q`),e=>t.update({q:e})),[a,s]=(0,B.useState)(!1),[m,y]=(0,B.useState)(null),b=t.get(`org`)||`vendor`,w={},N=t.get(`q`).trim();N&&(w.or=[{nameContainsFold:N},{emailContainsFold:N}]),b===`vendor`&&(w.hasPartner=!1),b===`partners`&&(w.hasPartner=!0),t.get(`role`)&&(w.role=t.get(`role`)),t.get(`status`)&&(w.status=t.get(`status`));let P=S(H,{...t.pageVars,orderBy:{field:t.sort.field,direction:t.sort.direction},where:w},{keepPrevious:!0}),F=P.data?.users,I=M(F);return(0,V.jsxs)(V.Fragment,{children:[(0,V.jsx)(u,{title:`Users`,subtitle:`Who can sign in to PartnerHub. Create accounts for your channel team; partner admins invite their own people.`,actions:(0,V.jsx)(x,{variant:`primary`,icon:(0,V.jsx)(L,{size:16,"aria-hidden":`true`}),onClick:()=>s(!0),children:`New vendor user`})}),(0,V.jsxs)(`section`,{className:`card`,"aria-label":`Users`,children:[(0,V.jsxs)(`div`,{className:`toolbar`,role:`search`,"aria-label":`Filter users`,children:[(0,V.jsxs)(`div`,{className:`field grow`,children:[(0,V.jsx)(`label`,{htmlFor:`user-search`,children:`Search`}),(0,V.jsxs)(`div`,{className:`input-icon`,children:[(0,V.jsx)(r,{size:16,"aria-hidden":`true`}),(0,V.jsx)(`input`,{id:`user-search`,className:`input`,type:`search`,placeholder:`Name or e-mail`,value:n,onChange:e=>i(e.target.value)})]})]}),(0,V.jsxs)(`div`,{className:`field`,children:[(0,V.jsx)(`label`,{htmlFor:`user-org`,children:`Organisation`}),(0,V.jsxs)(`select`,{id:`user-org`,className:`select`,value:b,onChange:e=>t.update({org:e.target.value,role:``}),children:[(0,V.jsx)(`option`,{value:`vendor`,children:`Channel team`}),(0,V.jsx)(`option`,{value:`partners`,children:`Partners`}),(0,V.jsx)(`option`,{value:`all`,children:`Everyone`})]})]}),(0,V.jsxs)(`div`,{className:`field`,children:[(0,V.jsx)(`label`,{htmlFor:`user-role`,children:`Role`}),(0,V.jsxs)(`select`,{id:`user-role`,className:`select`,value:t.get(`role`),onChange:e=>t.update({role:e.target.value}),children:[(0,V.jsx)(`option`,{value:``,children:`All roles`}),(b===`vendor`?T:b===`partners`?h:E(c)).map(e=>(0,V.jsx)(`option`,{value:e,children:c[e]},e))]})]}),(0,V.jsxs)(`div`,{className:`field`,children:[(0,V.jsx)(`label`,{htmlFor:`user-status`,children:`Status`}),(0,V.jsxs)(`select`,{id:`user-status`,className:`select`,value:t.get(`status`),onChange:e=>t.update({status:e.target.value}),children:[(0,V.jsx)(`option`,{value:``,children:`All statuses`}),(0,V.jsx)(`option`,{value:`ACTIVE`,children:`Active`}),(0,V.jsx)(`option`,{value:`INVITED`,children:`Invited`}),(0,V.jsx)(`option`,{value:`DISABLED`,children:`Disabled`})]})]})]}),P.isError?(0,V.jsx)(v,{error:P.error,onRetry:()=>void P.refetch()}):P.isPending?(0,V.jsx)(g,{rows:6,columns:5}):I.length===0?(0,V.jsx)(C,{icon:(0,V.jsx)(f,{size:22}),title:`Nobody matches`,children:`Try a broader search or another organisation.`}):(0,V.jsx)(`div`,{className:`table-wrap`,children:(0,V.jsxs)(`table`,{className:`table table-cards`,children:[(0,V.jsx)(`thead`,{children:(0,V.jsxs)(`tr`,{children:[(0,V.jsx)(k,{label:`Name`,field:`NAME`,sort:t.sort,onSort:t.setSort}),(0,V.jsx)(k,{label:`Role`,field:`ROLE`,sort:t.sort,onSort:t.setSort}),(0,V.jsx)(`th`,{scope:`col`,children:`Organisation`}),(0,V.jsx)(k,{label:`Status`,field:`STATUS`,sort:t.sort,onSort:t.setSort}),(0,V.jsx)(k,{label:`Last sign-in`,field:`LAST_LOGIN_AT`,sort:t.sort,onSort:t.setSort}),(0,V.jsx)(`th`,{scope:`col`,children:(0,V.jsx)(`span`,{className:`visually-hidden`,children:`Actions`})})]})}),(0,V.jsx)(`tbody`,{children:I.map(t=>(0,V.jsxs)(`tr`,{children:[(0,V.jsx)(`td`,{children:(0,V.jsxs)(`div`,{className:`cell-person`,children:[(0,V.jsx)(_,{name:t.name,size:`sm`}),(0,V.jsxs)(`div`,{children:[(0,V.jsxs)(`div`,{className:`cell-title`,children:[t.name,t.id===e.id&&(0,V.jsx)(`span`,{className:`muted`,children:` (you)`})]}),(0,V.jsx)(`div`,{className:`cell-sub`,children:t.email})]})]})}),(0,V.jsx)(`td`,{"data-label":`Role`,children:c[t.role]}),(0,V.jsx)(`td`,{"data-label":`Organisation`,children:t.partner?.name??`Channel team`}),(0,V.jsx)(`td`,{"data-label":`Status`,children:(0,V.jsx)(p,{status:t.status,kind:`user`})}),(0,V.jsx)(`td`,{"data-label":`Last sign-in`,children:l(t.lastLoginAt)}),(0,V.jsx)(`td`,{className:`num`,children:t.status!==`DISABLED`&&t.id!==e.id&&(0,V.jsx)(x,{size:`sm`,variant:`ghost`,icon:(0,V.jsx)(z,{size:14,"aria-hidden":`true`}),onClick:()=>y(t),"aria-label":`Disable ${t.name}`,children:`Disable`})})]},t.id))})]})}),!P.isError&&(F?.totalCount??0)>0&&(0,V.jsx)(j,{...A(t,F),noun:`users`,busy:P.isFetching,onNext:()=>t.goNext(F?.pageInfo.endCursor),onPrevious:()=>t.goPrevious(F?.pageInfo.startCursor)})]}),a&&(0,V.jsx)(K,{onClose:()=>s(!1)}),m&&(0,V.jsx)(q,{user:m,onClose:()=>y(null)})]})}export{J as default};