<<<<<<<< HEAD:internal/portal/dist/assets/ApiKeys-t-5n3WLL.js
import{a as e,n as t,t as n}from"./jsx-runtime-Wy9s6hX0.js";import{t as r}from"./check-AbBSs0KG.js";import{t as i}from"./createLucideIcon-DGfbxOj1.js";import{E as a,O as o,P as s,X as c,a as l,b as u,c as d,l as f,m as p,n as m,r as h,s as g,t as _,ut as v,v as y}from"./index-CPY0yktZ.js";import{t as b}from"./plus-B04YUd4W.js";import{t as x}from"./shield-exclamation-point-Aq4IS7kL.js";import{i as S,t as C}from"./ConnectionTable-BKYB6N_p.js";import{t as w}from"./Dialog-RetkLxc1.js";import{i as T,n as E}from"./Field-C_CGVPzl.js";import{t as D}from"./connection-mmDI86VZ.js";var O={name:`copy`,size:24,node:[[`rect`,{width:`14`,height:`14`,x:`8`,y:`8`,rx:`2`,ry:`2`,key:`17jyea`}],[`path`,{d:`M4 16c-1.1 0-2-.9-2-2V4c0-1.1.9-2 2-2h10c1.1 0 2 .9 2 2`,key:`zix9uf`}]]};O.node;var k=i(O),A=e(t(),1),j=`
========
import{a as e,n as t,t as n}from"./jsx-runtime-Wy9s6hX0.js";import{t as r}from"./check-AbBSs0KG.js";import{t as i}from"./createLucideIcon-DGfbxOj1.js";import{E as a,F as o,Z as s,a as c,b as l,c as u,k as d,l as f,m as p,mt as m,n as h,r as g,s as _,t as v,v as y}from"./index-BtfVeBhV.js";import{t as b}from"./plus-B04YUd4W.js";import{t as x}from"./shield-exclamation-point-Aq4IS7kL.js";import{i as S,t as C}from"./ConnectionTable-lFi0357Y.js";import{t as w}from"./Dialog-DigcHBvN.js";import{i as T,n as E}from"./Field-BPpLB17Z.js";import{t as D}from"./connection-mmDI86VZ.js";var O={name:`copy`,size:24,node:[[`rect`,{width:`14`,height:`14`,x:`8`,y:`8`,rx:`2`,ry:`2`,key:`17jyea`}],[`path`,{d:`M4 16c-1.1 0-2-.9-2-2V4c0-1.1.9-2 2-2h10c1.1 0 2 .9 2 2`,key:`zix9uf`}]]};O.node;var k=i(O),A=e(t(),1),j=`
>>>>>>>> content:internal/portal/dist/assets/ApiKeys-DTdLzknw.js
    query ApiKeys($first: Int, $after: Cursor, $last: Int, $before: Cursor, $where: APIKeyWhereInput) {
  apiKeys(
    first: $first
    after: $after
    last: $last
    before: $before
    where: $where
    orderBy: {field: CREATED_AT, direction: DESC}
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
        prefix
        scope
        createdAt
        expiresAt
        lastUsedAt
        revokedAt
        creator {
          id
          name
        }
      }
    }
  }
}
    `,M=`
    mutation CreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    apiKey {
      id
      name
      prefix
      scope
    }
    secret
  }
}
    `,N=`
    mutation RevokeApiKey($input: RevokeApiKeyInput!) {
  revokeApiKey(input: $input) {
    apiKey {
      id
      revokedAt
    }
  }
}
    `,P=n(),F=[{value:`30`,label:`In 30 days`},{value:`90`,label:`In 90 days`},{value:`365`,label:`In a year`},{value:``,label:`Never (until revoked)`}];function I({value:e,label:t}){let[n,i]=(0,A.useState)(!1);return(0,P.jsxs)(`div`,{className:`field`,children:[(0,P.jsx)(`label`,{htmlFor:`secret`,children:t}),(0,P.jsxs)(`div`,{className:`row`,style:{flexWrap:`nowrap`},children:[(0,P.jsx)(`input`,{id:`secret`,className:`input mono`,readOnly:!0,value:e,onFocus:e=>e.currentTarget.select(),"data-testid":`api-key-secret`}),(0,P.jsx)(p,{onClick:async()=>{try{await navigator.clipboard.writeText(e),i(!0)}catch{document.getElementById(`secret`)?.focus()}},icon:n?(0,P.jsx)(r,{size:15,"aria-hidden":`true`}):(0,P.jsx)(k,{size:15,"aria-hidden":`true`}),children:n?`Copied`:`Copy`})]})]})}function L({onClose:e}){let[t,n]=(0,A.useState)(``),[r,i]=(0,A.useState)(`READ`),[a,o]=(0,A.useState)(`90`),[s,c]=(0,A.useState)(),l=h(M),u=l.data?.createApiKey,m=e=>l.error instanceof d?l.error.fieldError(e):void 0;return u?(0,P.jsx)(w,{open:!0,onClose:e,title:`Copy your new key now`,description:`“${u.apiKey.name}” is ready. This is the only time the whole key is shown.`,footer:(0,P.jsx)(p,{variant:`primary`,onClick:e,children:`I have copied it`}),children:(0,P.jsxs)(`div`,{className:`stack`,style:{gap:14},children:[(0,P.jsx)(I,{value:u.secret,label:`API key`}),(0,P.jsx)(_,{tone:`warning`,title:`Store it like a password`,children:`We keep only a fingerprint of the key, so nobody can show it to you again. If it is lost, revoke it and create another.`}),(0,P.jsxs)(`div`,{className:`muted`,style:{fontSize:`0.85rem`},children:[`Send it with each request: `,(0,P.jsxs)(`span`,{className:`mono`,children:[`Authorization: Bearer `,u.apiKey.prefix,`…`]}),` to`,` `,(0,P.jsx)(`span`,{className:`mono`,children:`POST /query`}),`.`]})]})}):(0,P.jsx)(w,{open:!0,onClose:e,title:`New API key`,description:`For a script or integration, such as syncing deals with your CRM. It never does more than you may.`,onSubmit:()=>{if(!t.trim()){c(`Say what the key is for, e.g. CRM sync.`);return}c(void 0);let e=a?new Date(Date.now()+Number(a)*864e5).toISOString():void 0;l.mutate({input:{name:t.trim(),scope:r,expiresAt:e}})},footer:(0,P.jsxs)(P.Fragment,{children:[(0,P.jsx)(p,{onClick:e,children:`Cancel`}),(0,P.jsx)(p,{type:`submit`,variant:`primary`,loading:l.isPending,children:`Create key`})]}),children:(0,P.jsxs)(`div`,{className:`stack`,style:{gap:16},children:[l.error&&!(l.error instanceof d&&l.error.fieldErrors.length)&&(0,P.jsx)(f,{error:l.error}),(0,P.jsx)(T,{label:`What is it for?`,required:!0,placeholder:`CRM sync`,value:t,onChange:e=>n(e.target.value),error:s??m(`name`)}),(0,P.jsxs)(E,{label:`Access`,value:r,onChange:e=>i(e.target.value),error:m(`scope`),children:[(0,P.jsx)(`option`,{value:`READ`,children:`Read only: queries`}),(0,P.jsx)(`option`,{value:`READ_WRITE`,children:`Read and write: queries and changes`})]}),(0,P.jsx)(E,{label:`Expires`,value:a,onChange:e=>o(e.target.value),error:m(`expiresAt`),children:F.map(e=>(0,P.jsx)(`option`,{value:e.value,children:e.label},e.label))})]})})}function R({apiKey:e,onClose:t}){let n=h(N),r=v();return(0,P.jsx)(w,{open:!0,onClose:t,title:`Revoke “${e.name}”?`,onSubmit:()=>n.mutate({input:{id:e.id}},{onSuccess:()=>{r(`“${e.name}” is revoked`),t()}}),footer:(0,P.jsxs)(P.Fragment,{children:[(0,P.jsx)(p,{onClick:t,children:`Cancel`}),(0,P.jsx)(p,{type:`submit`,variant:`danger`,loading:n.isPending,children:`Revoke key`})]}),children:(0,P.jsxs)(`div`,{className:`stack`,style:{gap:12},children:[n.error&&(0,P.jsx)(f,{error:n.error}),(0,P.jsx)(_,{tone:`warning`,title:`It stops working at once`,children:`Scripts using it will get an error on their next request.`})]})})}function z(e){return e.revokedAt?{label:`Revoked`,tone:`neutral`}:e.expiresAt&&new Date(e.expiresAt).getTime()<Date.now()?{label:`Expired`,tone:`warning`}:{label:`Active`,tone:`success`}}function B(){c(`API keys`);let e=a(),t=S({sort:`CREATED_AT`,direction:`DESC`}),[n,r]=(0,A.useState)(!1),[i,d]=(0,A.useState)(null),f=t.get(`show`)===`all`,h=f?{}:{revokedAtIsNil:!0},_=g(j,{...t.pageVars,where:h},{keepPrevious:!0}),v=_.data?.apiKeys,w=D(v);return(0,P.jsxs)(P.Fragment,{children:[(0,P.jsx)(y,{title:`API keys`,subtitle:e.partner?`Keys let your developers query and update ${e.partner.name}’s data from their own systems, with the GraphQL API.`:`Keys for the channel team’s scripts and integrations with the GraphQL API.`,actions:(0,P.jsxs)(P.Fragment,{children:[(0,P.jsxs)(`div`,{className:`segmented`,role:`group`,"aria-label":`Which keys`,children:[(0,P.jsx)(`button`,{type:`button`,"aria-pressed":!f,onClick:()=>t.update({show:``}),children:`In use`}),(0,P.jsx)(`button`,{type:`button`,"aria-pressed":f,onClick:()=>t.update({show:`all`}),children:`All, with revoked`})]}),(0,P.jsx)(p,{variant:`primary`,icon:(0,P.jsx)(b,{size:16,"aria-hidden":`true`}),onClick:()=>r(!0),children:`New API key`})]})}),(0,P.jsx)(`section`,{className:`card`,"aria-label":`API keys`,children:(0,P.jsxs)(C,{query:_,connection:v,list:t,noun:`keys`,skeleton:{rows:3,columns:5},empty:(0,P.jsx)(u,{icon:(0,P.jsx)(m,{size:22}),title:`No API keys yet`,action:(0,P.jsx)(p,{variant:`primary`,onClick:()=>r(!0),children:`Create the first key`}),children:`Create a key for each script, so you can revoke one without stopping the others.`}),children:[(0,P.jsx)(`thead`,{children:(0,P.jsxs)(`tr`,{children:[(0,P.jsx)(`th`,{scope:`col`,children:`Key`}),(0,P.jsx)(`th`,{scope:`col`,children:`Access`}),(0,P.jsx)(`th`,{scope:`col`,children:`Status`}),(0,P.jsx)(`th`,{scope:`col`,children:`Created`}),(0,P.jsx)(`th`,{scope:`col`,children:`Last used`}),(0,P.jsx)(`th`,{scope:`col`,children:`Expires`}),(0,P.jsx)(`th`,{scope:`col`,children:(0,P.jsx)(`span`,{className:`visually-hidden`,children:`Actions`})})]})}),(0,P.jsx)(`tbody`,{children:w.map(e=>{let t=z(e);return(0,P.jsxs)(`tr`,{children:[(0,P.jsxs)(`td`,{children:[(0,P.jsx)(`div`,{className:`cell-title`,children:e.name}),(0,P.jsxs)(`div`,{className:`cell-sub mono`,children:[e.prefix,`…`]})]}),(0,P.jsx)(`td`,{"data-label":`Access`,children:e.scope===`READ`?`Read only`:`Read and write`}),(0,P.jsx)(`td`,{"data-label":`Status`,children:(0,P.jsx)(l,{tone:t.tone,dot:!0,children:t.label})}),(0,P.jsxs)(`td`,{"data-label":`Created`,children:[(0,P.jsx)(`div`,{children:o(e.createdAt)}),(0,P.jsxs)(`div`,{className:`cell-sub`,children:[`by `,e.creator.name]})]}),(0,P.jsx)(`td`,{"data-label":`Last used`,children:e.lastUsedAt?s(e.lastUsedAt):`Never`}),(0,P.jsx)(`td`,{"data-label":`Expires`,children:e.expiresAt?o(e.expiresAt):`Never`}),(0,P.jsx)(`td`,{className:`num`,children:!e.revokedAt&&(0,P.jsx)(p,{size:`sm`,variant:`ghost`,icon:(0,P.jsx)(x,{size:14,"aria-hidden":`true`}),onClick:()=>d(e),"aria-label":`Revoke ${e.name}`,children:`Revoke`})})]},e.id)})})]})}),n&&(0,P.jsx)(L,{onClose:()=>r(!1)}),i&&(0,P.jsx)(R,{apiKey:i,onClose:()=>d(null)})]})}export{B as default};