<<<<<<<< HEAD:internal/portal/dist/assets/UsersAdmin-W6-8we2J.js
<<<<<<<< HEAD:internal/portal/dist/assets/UsersAdmin-BYIXU210.js
import{a as e,n as t,t as n}from"./jsx-runtime-Wy9s6hX0.js";import{t as r}from"./search-eHsk-ss9.js";import{t as i}from"./createLucideIcon-DGfbxOj1.js";import{B as a,E as o,H as s,O as c,X as l,Z as u,a as d,at as f,c as p,et as m,g as h,l as g,m as _,n as v,r as y,s as b,t as x,tt as S,v as C,x as w}from"./index-CPY0yktZ.js";import{i as T,n as E,r as D,t as O}from"./ConnectionTable-BKYB6N_p.js";import{t as k}from"./Dialog-RetkLxc1.js";import{i as A,n as j}from"./Field-C_CGVPzl.js";import{t as M}from"./connection-mmDI86VZ.js";var N={name:`user-plus`,size:24,node:[[`path`,{d:`M16 21v-2a4 4 0 0 0-4-4H6a4 4 0 0 0-4 4v2`,key:`1yyitq`}],[`circle`,{cx:`9`,cy:`7`,r:`4`,key:`nufk8`}],[`line`,{x1:`19`,x2:`19`,y1:`8`,y2:`14`,key:`1bvyxn`}],[`line`,{x1:`22`,x2:`16`,y1:`11`,y2:`11`,key:`1shjgl`}]]};N.node;var P=i(N),F={name:`user-x`,size:24,node:[[`path`,{d:`M16 21v-2a4 4 0 0 0-4-4H6a4 4 0 0 0-4 4v2`,key:`1yyitq`}],[`circle`,{cx:`9`,cy:`7`,r:`4`,key:`nufk8`}],[`line`,{x1:`17`,x2:`22`,y1:`8`,y2:`13`,key:`3nzzx3`}],[`line`,{x1:`22`,x2:`17`,y1:`8`,y2:`13`,key:`1swrse`}]]};F.node;var I=i(F),L=e(t(),1),R=`
========
import{a as e,n as t,t as n}from"./jsx-runtime-Wy9s6hX0.js";import{t as r}from"./search-eHsk-ss9.js";import{t as i}from"./createLucideIcon-DGfbxOj1.js";import{B as a,E as o,H as s,O as c,X as l,Z as u,a as d,at as f,c as p,et as m,g as h,l as g,m as _,n as v,r as y,s as b,t as x,tt as S,v as C,x as w}from"./index-BFYom38I.js";import{i as T,n as E,r as D,t as O}from"./ConnectionTable-NIF9Lmsd.js";import{t as k}from"./Dialog-JD6iUPkM.js";import{i as A,n as j}from"./Field-CPbFVahT.js";import{t as M}from"./connection-mmDI86VZ.js";var N={name:`user-plus`,size:24,node:[[`path`,{d:`M16 21v-2a4 4 0 0 0-4-4H6a4 4 0 0 0-4 4v2`,key:`1yyitq`}],[`circle`,{cx:`9`,cy:`7`,r:`4`,key:`nufk8`}],[`line`,{x1:`19`,x2:`19`,y1:`8`,y2:`14`,key:`1bvyxn`}],[`line`,{x1:`22`,x2:`16`,y1:`11`,y2:`11`,key:`1shjgl`}]]};N.node;var P=i(N),F={name:`user-x`,size:24,node:[[`path`,{d:`M16 21v-2a4 4 0 0 0-4-4H6a4 4 0 0 0-4 4v2`,key:`1yyitq`}],[`circle`,{cx:`9`,cy:`7`,r:`4`,key:`nufk8`}],[`line`,{x1:`17`,x2:`22`,y1:`8`,y2:`13`,key:`3nzzx3`}],[`line`,{x1:`22`,x2:`17`,y1:`8`,y2:`13`,key:`1swrse`}]]};F.node;var I=i(F),L=e(t(),1),R=`
>>>>>>>> training:internal/portal/dist/assets/UsersAdmin-W6-8we2J.js
========
import{a as e,n as t,t as n}from"./jsx-runtime-Wy9s6hX0.js";import{t as r}from"./search-eHsk-ss9.js";import{t as i}from"./createLucideIcon-DGfbxOj1.js";import{E as a,Q as o,U as s,V as c,Z as l,a as u,c as d,g as f,k as p,l as m,lt as h,m as g,n as _,nt as v,r as y,s as b,t as x,tt as S,v as C,x as w}from"./index-BtfVeBhV.js";import{i as T,n as E,r as D,t as O}from"./ConnectionTable-lFi0357Y.js";import{t as k}from"./Dialog-DigcHBvN.js";import{i as A,n as j}from"./Field-BPpLB17Z.js";import{t as M}from"./connection-mmDI86VZ.js";var N={name:`user-plus`,size:24,node:[[`path`,{d:`M16 21v-2a4 4 0 0 0-4-4H6a4 4 0 0 0-4 4v2`,key:`1yyitq`}],[`circle`,{cx:`9`,cy:`7`,r:`4`,key:`nufk8`}],[`line`,{x1:`19`,x2:`19`,y1:`8`,y2:`14`,key:`1bvyxn`}],[`line`,{x1:`22`,x2:`16`,y1:`11`,y2:`11`,key:`1shjgl`}]]};N.node;var P=i(N),F={name:`user-x`,size:24,node:[[`path`,{d:`M16 21v-2a4 4 0 0 0-4-4H6a4 4 0 0 0-4 4v2`,key:`1yyitq`}],[`circle`,{cx:`9`,cy:`7`,r:`4`,key:`nufk8`}],[`line`,{x1:`17`,x2:`22`,y1:`8`,y2:`13`,key:`3nzzx3`}],[`line`,{x1:`22`,x2:`17`,y1:`8`,y2:`13`,key:`1swrse`}]]};F.node;var I=i(F),L=e(t(),1),R=`
>>>>>>>> content:internal/portal/dist/assets/UsersAdmin-q76CMXIn.js
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
    `,V=n(),H=c(s);function U({onClose:e}){let[t,n]=(0,L.useState)({email:``,name:``,role:`CHANNEL_MANAGER`,jobFunction:``,password:``}),[r,i]=(0,L.useState)({}),a=_(z),c=x(),l=e=>t=>n(n=>({...n,[e]:t.target.value})),u=e=>a.error instanceof p?a.error.fieldError(e):void 0,d=a.error&&!(a.error instanceof p&&a.error.fieldErrors.length);function f(){let n={};/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(t.email.trim())||(n.email=`Enter a valid e-mail address.`),t.name.trim()||(n.name=`Enter their full name.`),t.password&&t.password.length<10&&(n.password=`Use at least 10 characters, or leave it empty.`),i(n),Object.keys(n).length||a.mutate({input:{email:t.email.trim(),name:t.name.trim(),role:t.role,jobFunction:t.jobFunction||void 0,password:t.password||void 0}},{onSuccess:t=>{c(t.createUser.user.status===`ACTIVE`?`${t.createUser.user.name} can sign in now`:`${t.createUser.user.name} added; waiting for an invitation`),e()}})}return(0,V.jsx)(k,{open:!0,onClose:e,title:`New vendor user`,description:`For your channel team. Partner users join through invitations from their own organisation.`,onSubmit:f,footer:(0,V.jsxs)(V.Fragment,{children:[(0,V.jsx)(g,{onClick:e,children:`Cancel`}),(0,V.jsx)(g,{type:`submit`,variant:`primary`,loading:a.isPending,children:`Create user`})]}),children:(0,V.jsxs)(`div`,{className:`stack`,style:{gap:16},children:[d&&(0,V.jsx)(m,{error:a.error}),(0,V.jsxs)(`div`,{className:`form-grid`,children:[(0,V.jsx)(A,{label:`Full name`,required:!0,autoComplete:`off`,value:t.name,onChange:l(`name`),error:r.name??u(`name`)}),(0,V.jsx)(A,{label:`Work e-mail`,required:!0,type:`email`,autoComplete:`off`,value:t.email,onChange:l(`email`),error:r.email??u(`email`)}),(0,V.jsxs)(j,{label:`Role`,value:t.role,onChange:l(`role`),error:u(`role`),children:[(0,V.jsx)(`option`,{value:`CHANNEL_MANAGER`,children:o.CHANNEL_MANAGER}),(0,V.jsx)(`option`,{value:`ADMIN`,children:o.ADMIN})]}),(0,V.jsxs)(j,{label:`Job function`,value:t.jobFunction,onChange:l(`jobFunction`),error:u(`jobFunction`),children:[(0,V.jsx)(`option`,{value:``,children:`Not set`}),H.map(e=>(0,V.jsx)(`option`,{value:e,children:s[e]},e))]}),(0,V.jsx)(A,{className:`full`,label:`Initial password`,type:`password`,autoComplete:`new-password`,value:t.password,onChange:l(`password`),hint:`Optional. At least 10 characters; without one, the account waits for an invitation.`,error:r.password??u(`password`)})]})]})})}function W({user:e,onClose:t}){let n=_(B),r=x();return(0,V.jsx)(k,{open:!0,onClose:t,title:`Disable ${e.name}?`,onSubmit:()=>n.mutate({input:{id:e.id}},{onSuccess:()=>{r(`${e.name} is disabled`),t()}}),footer:(0,V.jsxs)(V.Fragment,{children:[(0,V.jsx)(g,{onClick:t,children:`Cancel`}),(0,V.jsx)(g,{type:`submit`,variant:`danger`,loading:n.isPending,children:`Disable user`})]}),children:(0,V.jsxs)(`div`,{className:`stack`,style:{gap:12},children:[n.error&&(0,V.jsx)(m,{error:n.error}),(0,V.jsx)(b,{tone:`warning`,title:`They are signed out everywhere at once`,children:`They can no longer sign in. Their history and audit trail stay.`})]})})}function G(){u(`Users`);let e=a(),t=T({sort:`NAME`,direction:`ASC`}),[n,i]=D(t.get(`q`),e=>t.update({q:e})),[s,p]=(0,L.useState)(!1),[m,_]=(0,L.useState)(null),b=t.get(`org`)||`vendor`,x={},k=t.get(`q`).trim();k&&(x.or=[{nameContainsFold:k},{emailContainsFold:k}]),b===`vendor`&&(x.hasPartner=!1),b===`partners`&&(x.hasPartner=!0),t.get(`role`)&&(x.role=t.get(`role`)),t.get(`status`)&&(x.status=t.get(`status`));let A=y(R,{...t.pageVars,orderBy:{field:t.sort.field,direction:t.sort.direction},where:x},{keepPrevious:!0}),j=A.data?.users,N=M(j);return(0,V.jsxs)(V.Fragment,{children:[(0,V.jsx)(C,{title:`Users`,subtitle:`Who can sign in to PartnerHub. Create accounts for your channel team; partner admins invite their own people.`,actions:(0,V.jsx)(g,{variant:`primary`,icon:(0,V.jsx)(P,{size:16,"aria-hidden":`true`}),onClick:()=>p(!0),children:`New vendor user`})}),(0,V.jsxs)(`section`,{className:`card`,"aria-label":`Users`,children:[(0,V.jsxs)(`div`,{className:`toolbar`,role:`search`,"aria-label":`Filter users`,children:[(0,V.jsxs)(`div`,{className:`field grow`,children:[(0,V.jsx)(`label`,{htmlFor:`user-search`,children:`Search`}),(0,V.jsxs)(`div`,{className:`input-icon`,children:[(0,V.jsx)(r,{size:16,"aria-hidden":`true`}),(0,V.jsx)(`input`,{id:`user-search`,className:`input`,type:`search`,placeholder:`Name or e-mail`,value:n,onChange:e=>i(e.target.value)})]})]}),(0,V.jsxs)(`div`,{className:`field`,children:[(0,V.jsx)(`label`,{htmlFor:`user-org`,children:`Organisation`}),(0,V.jsxs)(`select`,{id:`user-org`,className:`select`,value:b,onChange:e=>t.update({org:e.target.value,role:``}),children:[(0,V.jsx)(`option`,{value:`vendor`,children:`Channel team`}),(0,V.jsx)(`option`,{value:`partners`,children:`Partners`}),(0,V.jsx)(`option`,{value:`all`,children:`Everyone`})]})]}),(0,V.jsxs)(`div`,{className:`field`,children:[(0,V.jsx)(`label`,{htmlFor:`user-role`,children:`Role`}),(0,V.jsxs)(`select`,{id:`user-role`,className:`select`,value:t.get(`role`),onChange:e=>t.update({role:e.target.value}),children:[(0,V.jsx)(`option`,{value:``,children:`All roles`}),(b===`vendor`?v:b===`partners`?S:c(o)).map(e=>(0,V.jsx)(`option`,{value:e,children:o[e]},e))]})]}),(0,V.jsxs)(`div`,{className:`field`,children:[(0,V.jsx)(`label`,{htmlFor:`user-status`,children:`Status`}),(0,V.jsxs)(`select`,{id:`user-status`,className:`select`,value:t.get(`status`),onChange:e=>t.update({status:e.target.value}),children:[(0,V.jsx)(`option`,{value:``,children:`All statuses`}),(0,V.jsx)(`option`,{value:`ACTIVE`,children:`Active`}),(0,V.jsx)(`option`,{value:`INVITED`,children:`Invited`}),(0,V.jsx)(`option`,{value:`DISABLED`,children:`Disabled`})]})]})]}),(0,V.jsxs)(O,{query:A,connection:j,list:t,noun:`users`,skeleton:{rows:6,columns:5},empty:(0,V.jsx)(d,{icon:(0,V.jsx)(h,{size:22}),title:`Nobody matches`,children:`Try a broader search or another organisation.`}),children:[(0,V.jsx)(`thead`,{children:(0,V.jsxs)(`tr`,{children:[(0,V.jsx)(E,{label:`Name`,field:`NAME`,sort:t.sort,onSort:t.setSort}),(0,V.jsx)(E,{label:`Role`,field:`ROLE`,sort:t.sort,onSort:t.setSort}),(0,V.jsx)(`th`,{scope:`col`,children:`Organisation`}),(0,V.jsx)(E,{label:`Status`,field:`STATUS`,sort:t.sort,onSort:t.setSort}),(0,V.jsx)(E,{label:`Last sign-in`,field:`LAST_LOGIN_AT`,sort:t.sort,onSort:t.setSort}),(0,V.jsx)(`th`,{scope:`col`,children:(0,V.jsx)(`span`,{className:`visually-hidden`,children:`Actions`})})]})}),(0,V.jsx)(`tbody`,{children:N.map(t=>(0,V.jsxs)(`tr`,{children:[(0,V.jsx)(`td`,{children:(0,V.jsxs)(`div`,{className:`cell-person`,children:[(0,V.jsx)(f,{name:t.name,size:`sm`}),(0,V.jsxs)(`div`,{children:[(0,V.jsxs)(`div`,{className:`cell-title`,children:[t.name,t.id===e.id&&(0,V.jsx)(`span`,{className:`muted`,children:` (you)`})]}),(0,V.jsx)(`div`,{className:`cell-sub`,children:t.email})]})]})}),(0,V.jsx)(`td`,{"data-label":`Role`,children:o[t.role]}),(0,V.jsx)(`td`,{"data-label":`Organisation`,children:t.partner?.name??`Channel team`}),(0,V.jsx)(`td`,{"data-label":`Status`,children:(0,V.jsx)(w,{status:t.status,kind:`user`})}),(0,V.jsx)(`td`,{"data-label":`Last sign-in`,children:l(t.lastLoginAt)}),(0,V.jsx)(`td`,{className:`num`,children:t.status!==`DISABLED`&&t.id!==e.id&&(0,V.jsx)(g,{size:`sm`,variant:`ghost`,icon:(0,V.jsx)(I,{size:14,"aria-hidden":`true`}),onClick:()=>_(t),"aria-label":`Disable ${t.name}`,children:`Disable`})})]},t.id))})]})]}),s&&(0,V.jsx)(U,{onClose:()=>p(!1)}),m&&(0,V.jsx)(W,{user:m,onClose:()=>_(null)})]})}export{G as default};