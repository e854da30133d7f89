import{a as e,n as t,t as n}from"./jsx-runtime-Wy9s6hX0.js";import{t as r}from"./check-AbBSs0KG.js";import{t as i}from"./createLucideIcon-DGfbxOj1.js";import{D as a,N as o,T as s,Y as c,_ as l,a as u,c as d,f,l as p,n as m,o as h,p as g,r as _,s as v,t as y,ut as b,y as x}from"./index-DZc1YHmR.js";import{t as S}from"./plus-B04YUd4W.js";import{t as C}from"./shield-exclamation-point-Aq4IS7kL.js";import{a as w,r as T,t as E}from"./Table-DcJtYMGX.js";import{n as D}from"./tiers-BGeT2FPG.js";import{t as O}from"./Dialog-LQ_zEn-k.js";import{i as k,n as A}from"./Field-DbMrxyOW.js";var j={name:`copy`,size:24,node:[[`rect`,{width:`14`,height:`14`,x:`8`,y:`8`,rx:`2`,ry:`2`,key:`17jyea`}],[`path`,{d:`M4 16c-1.1 0-2-.9-2-2V4c0-1.1.9-2 2-2h10c1.1 0 2 .9 2 2`,key:`zix9uf`}]]};j.node;var M=i(j),N=e(t(),1),P=n(),F=`
    query ApiKeys($first: Int, $after: Cursor, $last: Int, $before: Cursor, $where: APIKeyWhereInput) {
  __typename
  apiKeys(
    first: $first
    after: $after
    last: $last
    before: $before
    where: $where
    orderBy: {field: CREATED_AT, direction: DESC}
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
        prefix
        scope
        createdAt
        expiresAt
        lastUsedAt
        revokedAt
        creator {
          __typename
          id
          name
        }
      }
    }
  }
}
    `,I=`
    mutation CreateApiKey($input: CreateApiKeyInput!) {
  __typename
  createApiKey(input: $input) {
    __typename
    apiKey {
      __typename
      id
      name
      prefix
      scope
    }
    secret
  }
}
    `,L=`
    mutation RevokeApiKey($input: RevokeApiKeyInput!) {
  __typename
  revokeApiKey(input: $input) {
    __typename
    apiKey {
      __typename
      id
      revokedAt
    }
  }
}
    `,R=[{value:`30`,label:`In 30 days`},{value:`90`,label:`In 90 days`},{value:`365`,label:`In a year`},{value:``,label:`Never (until revoked)`}];function z({value:e,label:t}){let[n,i]=(0,N.useState)(!1);return(0,P.jsxs)(`div`,{className:`field`,children:[(0,P.jsx)(`label`,{htmlFor:`secret`,children:t}),(0,P.jsxs)(`div`,{className:`row`,style:{flexWrap:`nowrap`},children:[(0,P.jsx)(`input`,{id:`secret`,className:`input mono`,readOnly:!0,value:e,onFocus:e=>e.currentTarget.select(),"data-testid":`api-key-secret`}),(0,P.jsx)(g,{onClick:async()=>{try{await navigator.clipboard.writeText(e),i(!0)}catch{document.getElementById(`secret`)?.focus()}},icon:n?(0,P.jsx)(r,{size:15,"aria-hidden":`true`}):(0,P.jsx)(M,{size:15,"aria-hidden":`true`}),children:n?`Copied`:`Copy`})]})]})}function B({onClose:e}){let[t,n]=(0,N.useState)(``),[r,i]=(0,N.useState)(`READ`),[o,s]=(0,N.useState)(`90`),[c,l]=(0,N.useState)(),u=m(I),f=u.data?.createApiKey,p=e=>u.error instanceof a?u.error.fieldError(e):void 0;return f?(0,P.jsx)(O,{open:!0,onClose:e,title:`Copy your new key now`,description:`“${f.apiKey.name}” is ready. This is the only time the whole key is shown.`,footer:(0,P.jsx)(g,{variant:`primary`,onClick:e,children:`I have copied it`}),children:(0,P.jsxs)(`div`,{className:`stack`,style:{gap:14},children:[(0,P.jsx)(z,{value:f.secret,label:`API key`}),(0,P.jsx)(h,{tone:`warning`,title:`Store it like a password`,children:`We keep only a fingerprint of the key, so nobody can show it to you again. If it is lost, revoke it and create another.`}),(0,P.jsxs)(`div`,{className:`muted`,style:{fontSize:`0.85rem`},children:[`Send it with each request: `,(0,P.jsxs)(`span`,{className:`mono`,children:[`Authorization: Bearer `,f.apiKey.prefix,`…`]}),` to`,` `,(0,P.jsx)(`span`,{className:`mono`,children:`POST /query`}),`.`]})]})}):(0,P.jsx)(O,{open:!0,onClose:e,title:`New API key`,description:`For a script or integration, such as syncing deals with your CRM. It never does more than you may.`,onSubmit:()=>{if(!t.trim()){l(`Say what the key is for, e.g. CRM sync.`);return}l(void 0);let e=o?new Date(Date.now()+Number(o)*864e5).toISOString():void 0;u.mutate({input:{name:t.trim(),scope:r,expiresAt:e}})},footer:(0,P.jsxs)(P.Fragment,{children:[(0,P.jsx)(g,{onClick:e,children:`Cancel`}),(0,P.jsx)(g,{type:`submit`,variant:`primary`,loading:u.isPending,children:`Create key`})]}),children:(0,P.jsxs)(`div`,{className:`stack`,style:{gap:16},children:[u.error&&!(u.error instanceof a&&u.error.fieldErrors.length)&&(0,P.jsx)(d,{error:u.error}),(0,P.jsx)(k,{label:`What is it for?`,required:!0,placeholder:`CRM sync`,value:t,onChange:e=>n(e.target.value),error:c??p(`name`)}),(0,P.jsxs)(A,{label:`Access`,value:r,onChange:e=>i(e.target.value),error:p(`scope`),children:[(0,P.jsx)(`option`,{value:`READ`,children:`Read only: queries`}),(0,P.jsx)(`option`,{value:`READ_WRITE`,children:`Read and write: queries and changes`})]}),(0,P.jsx)(A,{label:`Expires`,value:o,onChange:e=>s(e.target.value),error:p(`expiresAt`),children:R.map(e=>(0,P.jsx)(`option`,{value:e.value,children:e.label},e.label))})]})})}function V({apiKey:e,onClose:t}){let n=m(L),r=y();return(0,P.jsx)(O,{open:!0,onClose:t,title:`Revoke “${e.name}”?`,onSubmit:()=>n.mutate({input:{id:e.id}},{onSuccess:()=>{r(`“${e.name}” is revoked`),t()}}),footer:(0,P.jsxs)(P.Fragment,{children:[(0,P.jsx)(g,{onClick:t,children:`Cancel`}),(0,P.jsx)(g,{type:`submit`,variant:`danger`,loading:n.isPending,children:`Revoke key`})]}),children:(0,P.jsxs)(`div`,{className:`stack`,style:{gap:12},children:[n.error&&(0,P.jsx)(d,{error:n.error}),(0,P.jsx)(h,{tone:`warning`,title:`It stops working at once`,children:`Scripts using it will get an error on their next request.`})]})})}function H(e){return e.revokedAt?{label:`Revoked`,tone:`neutral`}:e.expiresAt&&new Date(e.expiresAt).getTime()<Date.now()?{label:`Expired`,tone:`warning`}:{label:`Active`,tone:`success`}}function U(){u(`API keys`);let e=s(),t=w({sort:`CREATED_AT`,direction:`DESC`}),[n,r]=(0,N.useState)(!1),[i,a]=(0,N.useState)(null),d=t.get(`show`)===`all`,m=d?{}:{revokedAtIsNil:!0},h=_(F,{...t.pageVars,where:m},{keepPrevious:!0}),y=h.data?.apiKeys,O=D(y);return(0,P.jsxs)(P.Fragment,{children:[(0,P.jsx)(l,{title:`API keys`,subtitle:e.partner?`Keys let your developers query and update ${e.partner.name}’s data from their own systems, with the GraphQL API.`:`Keys for the channel team’s scripts and integrations with the GraphQL API.`,actions:(0,P.jsxs)(P.Fragment,{children:[(0,P.jsxs)(`div`,{className:`segmented`,role:`group`,"aria-label":`Which keys`,children:[(0,P.jsx)(`button`,{type:`button`,"aria-pressed":!d,onClick:()=>t.update({show:``}),children:`In use`}),(0,P.jsx)(`button`,{type:`button`,"aria-pressed":d,onClick:()=>t.update({show:`all`}),children:`All, with revoked`})]}),(0,P.jsx)(g,{variant:`primary`,icon:(0,P.jsx)(S,{size:16,"aria-hidden":`true`}),onClick:()=>r(!0),children:`New API key`})]})}),(0,P.jsxs)(`section`,{className:`card`,"aria-label":`API keys`,children:[h.isError?(0,P.jsx)(p,{error:h.error,onRetry:()=>void h.refetch()}):h.isPending?(0,P.jsx)(f,{rows:3,columns:5}):O.length===0?(0,P.jsx)(v,{icon:(0,P.jsx)(b,{size:22}),title:`No API keys yet`,action:(0,P.jsx)(g,{variant:`primary`,onClick:()=>r(!0),children:`Create the first key`}),children:`Create a key for each script, so you can revoke one without stopping the others.`}):(0,P.jsx)(`div`,{className:`table-wrap`,children:(0,P.jsxs)(`table`,{className:`table table-cards`,children:[(0,P.jsx)(`thead`,{children:(0,P.jsxs)(`tr`,{children:[(0,P.jsx)(`th`,{scope:`col`,children:`Key`}),(0,P.jsx)(`th`,{scope:`col`,children:`Access`}),(0,P.jsx)(`th`,{scope:`col`,children:`Status`}),(0,P.jsx)(`th`,{scope:`col`,children:`Created`}),(0,P.jsx)(`th`,{scope:`col`,children:`Last used`}),(0,P.jsx)(`th`,{scope:`col`,children:`Expires`}),(0,P.jsx)(`th`,{scope:`col`,children:(0,P.jsx)(`span`,{className:`visually-hidden`,children:`Actions`})})]})}),(0,P.jsx)(`tbody`,{children:O.map(e=>{let t=H(e);return(0,P.jsxs)(`tr`,{children:[(0,P.jsxs)(`td`,{children:[(0,P.jsx)(`div`,{className:`cell-title`,children:e.name}),(0,P.jsxs)(`div`,{className:`cell-sub mono`,children:[e.prefix,`…`]})]}),(0,P.jsx)(`td`,{"data-label":`Access`,children:e.scope===`READ`?`Read only`:`Read and write`}),(0,P.jsx)(`td`,{"data-label":`Status`,children:(0,P.jsx)(x,{tone:t.tone,dot:!0,children:t.label})}),(0,P.jsxs)(`td`,{"data-label":`Created`,children:[(0,P.jsx)(`div`,{children:o(e.createdAt)}),(0,P.jsxs)(`div`,{className:`cell-sub`,children:[`by `,e.creator.name]})]}),(0,P.jsx)(`td`,{"data-label":`Last used`,children:e.lastUsedAt?c(e.lastUsedAt):`Never`}),(0,P.jsx)(`td`,{"data-label":`Expires`,children:e.expiresAt?o(e.expiresAt):`Never`}),(0,P.jsx)(`td`,{className:`num`,children:!e.revokedAt&&(0,P.jsx)(g,{size:`sm`,variant:`ghost`,icon:(0,P.jsx)(C,{size:14,"aria-hidden":`true`}),onClick:()=>a(e),"aria-label":`Revoke ${e.name}`,children:`Revoke`})})]},e.id)})})]})}),!h.isError&&(y?.totalCount??0)>0&&(0,P.jsx)(E,{...T(t,y),noun:`keys`,busy:h.isFetching,onNext:()=>t.goNext(y?.pageInfo.endCursor),onPrevious:()=>t.goPrevious(y?.pageInfo.startCursor)})]}),n&&(0,P.jsx)(B,{onClose:()=>r(!1)}),i&&(0,P.jsx)(V,{apiKey:i,onClose:()=>a(null)})]})}export{U as default};