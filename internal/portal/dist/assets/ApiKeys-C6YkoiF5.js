import{a as e,n as t,t as n}from"./jsx-runtime-Wy9s6hX0.js";import{K as r,i,n as a,r as o,t as s,u as c,v as l}from"./usePageTitle-atKqKR4V.js";import{t as u}from"./check-CLRPvaZb.js";import{t as d}from"./copy-BWms6QjE.js";import{B as f,F as p,L as m,M as h,U as g,a as _,d as v,et as y,f as b,g as x,s as S,z as C}from"./index-D7DUstJB.js";import{t as w}from"./plus-wl5cgOBG.js";import{t as T}from"./shield-exclamation-point-CSwQK4xe.js";import{r as E,t as D}from"./ConnectionTable-DPymnZCa.js";import{t as O}from"./connection-mmDI86VZ.js";var k=e(t(),1),A=`
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
        partner {
          id
          name
        }
      }
    }
  }
}
    `,j=`
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
    `,M=`
    mutation RevokeApiKey($input: RevokeApiKeyInput!) {
  revokeApiKey(input: $input) {
    apiKey {
      id
      revokedAt
    }
  }
}
    `,N=n(),P=[{value:`30`,label:`In 30 days`},{value:`90`,label:`In 90 days`},{value:`365`,label:`In a year`},{value:``,label:`Never (until revoked)`}];function F({value:e,label:t}){let[n,r]=(0,k.useState)(!1);return(0,N.jsxs)(`div`,{className:`field`,children:[(0,N.jsx)(`label`,{htmlFor:`secret`,children:t}),(0,N.jsxs)(`div`,{className:`row`,style:{flexWrap:`nowrap`},children:[(0,N.jsx)(`input`,{id:`secret`,className:`input mono`,readOnly:!0,value:e,onFocus:e=>e.currentTarget.select(),"data-testid":`api-key-secret`}),(0,N.jsx)(c,{onClick:async()=>{try{await navigator.clipboard.writeText(e),r(!0)}catch{document.getElementById(`secret`)?.focus()}},icon:n?(0,N.jsx)(u,{size:15,"aria-hidden":`true`}):(0,N.jsx)(d,{size:15,"aria-hidden":`true`}),children:n?`Copied`:`Copy`})]})]})}function I({onClose:e}){let[t,n]=(0,k.useState)(``),[r,o]=(0,k.useState)(`READ`),[s,u]=(0,k.useState)(`90`),[d,p]=(0,k.useState)(),h=v(j),g=h.data?.createApiKey,_=e=>h.error instanceof l?h.error.fieldError(e):void 0;return g?(0,N.jsx)(f,{open:!0,onClose:e,title:`Copy your new key now`,description:`“${g.apiKey.name}” is ready. This is the only time the whole key is shown.`,footer:(0,N.jsx)(c,{variant:`primary`,onClick:e,children:`I have copied it`}),children:(0,N.jsxs)(`div`,{className:`stack`,style:{gap:14},children:[(0,N.jsx)(F,{value:g.secret,label:`API key`}),(0,N.jsx)(a,{tone:`warning`,title:`Store it like a password`,children:`We keep only a fingerprint of the key, so nobody can show it to you again. If it is lost, revoke it and create another.`}),(0,N.jsxs)(`div`,{className:`muted`,style:{fontSize:`0.85rem`},children:[`Send it with each request: `,(0,N.jsxs)(`span`,{className:`mono`,children:[`Authorization: Bearer phk_`,g.apiKey.prefix,`_…`]}),` to`,` `,(0,N.jsx)(`span`,{className:`mono`,children:`POST /query`}),`.`]})]})}):(0,N.jsx)(f,{open:!0,onClose:e,title:`New API key`,description:`For a script or integration, such as syncing deals with your CRM. It never does more than you may.`,onSubmit:()=>{if(!t.trim()){p(`Say what the key is for, e.g. CRM sync.`);return}p(void 0);let e=s?new Date(Date.now()+Number(s)*864e5).toISOString():void 0;h.mutate({input:{name:t.trim(),scope:r,expiresAt:e}})},footer:(0,N.jsxs)(N.Fragment,{children:[(0,N.jsx)(c,{onClick:e,children:`Cancel`}),(0,N.jsx)(c,{type:`submit`,variant:`primary`,loading:h.isPending,children:`Create key`})]}),children:(0,N.jsxs)(`div`,{className:`stack`,style:{gap:16},children:[h.error&&!(h.error instanceof l&&h.error.fieldErrors.length)&&(0,N.jsx)(i,{error:h.error}),(0,N.jsx)(C,{label:`What is it for?`,required:!0,placeholder:`CRM sync`,value:t,onChange:e=>n(e.target.value),error:d??_(`name`)}),(0,N.jsxs)(m,{label:`Access`,value:r,onChange:e=>o(e.target.value),error:_(`scope`),children:[(0,N.jsx)(`option`,{value:`READ`,children:`Read only: queries`}),(0,N.jsx)(`option`,{value:`READ_WRITE`,children:`Read and write: queries and changes`})]}),(0,N.jsx)(m,{label:`Expires`,value:s,onChange:e=>u(e.target.value),error:_(`expiresAt`),children:P.map(e=>(0,N.jsx)(`option`,{value:e.value,children:e.label},e.label))})]})})}function L({apiKey:e,onClose:t}){let n=v(M),r=p();return(0,N.jsx)(f,{open:!0,onClose:t,title:`Revoke “${e.name}”?`,onSubmit:()=>n.mutate({input:{id:e.id}},{onSuccess:()=>{r(`“${e.name}” is revoked`),t()}}),footer:(0,N.jsxs)(N.Fragment,{children:[(0,N.jsx)(c,{onClick:t,children:`Cancel`}),(0,N.jsx)(c,{type:`submit`,variant:`danger`,loading:n.isPending,children:`Revoke key`})]}),children:(0,N.jsxs)(`div`,{className:`stack`,style:{gap:12},children:[n.error&&(0,N.jsx)(i,{error:n.error}),(0,N.jsx)(a,{tone:`warning`,title:`It stops working at once`,children:`Scripts using it will get an error on their next request.`})]})})}function R(e){return e.revokedAt?{label:`Revoked`,tone:`neutral`}:e.expiresAt&&new Date(e.expiresAt).getTime()<Date.now()?{label:`Expired`,tone:`warning`}:{label:`Active`,tone:`success`}}function z(){s(`API keys`);let e=g(),t=E({sort:`CREATED_AT`,direction:`DESC`}),[n,i]=(0,k.useState)(!1),[a,l]=(0,k.useState)(null),u=t.get(`show`)===`all`,d=u?{}:{revokedAtIsNil:!0},f=b(A,{...t.pageVars,where:d},{keepPrevious:!0}),p=f.data?.apiKeys,m=O(p);return(0,N.jsxs)(N.Fragment,{children:[(0,N.jsx)(_,{title:`API keys`,subtitle:e.partner?`Keys let your developers query and update ${e.partner.name}’s data from their own systems, with the GraphQL API.`:`Keys for the channel team’s scripts and integrations with the GraphQL API.`,actions:(0,N.jsxs)(N.Fragment,{children:[(0,N.jsxs)(`div`,{className:`segmented`,role:`group`,"aria-label":`Which keys`,children:[(0,N.jsx)(`button`,{type:`button`,"aria-pressed":!u,onClick:()=>t.update({show:``}),children:`In use`}),(0,N.jsx)(`button`,{type:`button`,"aria-pressed":u,onClick:()=>t.update({show:`all`}),children:`All, with revoked`})]}),(0,N.jsx)(c,{variant:`primary`,icon:(0,N.jsx)(w,{size:16,"aria-hidden":`true`}),onClick:()=>i(!0),children:`New API key`})]})}),(0,N.jsx)(`section`,{className:`card`,"aria-label":`API keys`,children:(0,N.jsxs)(D,{query:f,connection:p,list:t,noun:`keys`,csv:{list:`apiKeys`,fields:[`name`,`prefix`,`scope`,`createdAt`,`creator.name`,`partner.name`,`lastUsedAt`,`expiresAt`,`revokedAt`],where:d,orderBy:{field:`CREATED_AT`,direction:`DESC`}},skeleton:{rows:3,columns:e.partner?6:7},empty:(0,N.jsx)(o,{icon:(0,N.jsx)(y,{size:22}),title:`No API keys yet`,action:(0,N.jsx)(c,{variant:`primary`,onClick:()=>i(!0),children:`Create the first key`}),children:`Create a key for each script, so you can revoke one without stopping the others.`}),children:[(0,N.jsx)(`thead`,{children:(0,N.jsxs)(`tr`,{children:[(0,N.jsx)(`th`,{scope:`col`,children:`Key`}),!e.partner&&(0,N.jsx)(`th`,{scope:`col`,children:`Organisation`}),(0,N.jsx)(`th`,{scope:`col`,children:`Access`}),(0,N.jsx)(`th`,{scope:`col`,children:`Status`}),(0,N.jsx)(`th`,{scope:`col`,children:`Created`}),(0,N.jsx)(`th`,{scope:`col`,children:`Last used`}),(0,N.jsx)(`th`,{scope:`col`,children:`Expires`}),(0,N.jsx)(`th`,{scope:`col`,children:(0,N.jsx)(`span`,{className:`visually-hidden`,children:`Actions`})})]})}),(0,N.jsx)(`tbody`,{children:m.map(t=>{let n=R(t);return(0,N.jsxs)(`tr`,{children:[(0,N.jsxs)(`td`,{children:[(0,N.jsx)(`div`,{className:`cell-title`,children:t.name}),(0,N.jsxs)(`div`,{className:`cell-sub mono`,children:[`phk_`,t.prefix,`_…`]})]}),!e.partner&&(0,N.jsx)(`td`,{"data-label":`Organisation`,children:t.partner?(0,N.jsx)(r,{to:`/partners/${t.partner.id}`,children:t.partner.name}):`Channel team`}),(0,N.jsx)(`td`,{"data-label":`Access`,children:t.scope===`READ`?`Read only`:`Read and write`}),(0,N.jsx)(`td`,{"data-label":`Status`,children:(0,N.jsx)(S,{tone:n.tone,dot:!0,children:n.label})}),(0,N.jsxs)(`td`,{"data-label":`Created`,children:[(0,N.jsx)(`div`,{children:x(t.createdAt)}),(0,N.jsxs)(`div`,{className:`cell-sub`,children:[`by `,t.creator.name]})]}),(0,N.jsx)(`td`,{"data-label":`Last used`,children:t.lastUsedAt?h(t.lastUsedAt):`Never`}),(0,N.jsx)(`td`,{"data-label":`Expires`,children:t.expiresAt?x(t.expiresAt):`Never`}),(0,N.jsx)(`td`,{className:`num`,children:!t.revokedAt&&(0,N.jsx)(c,{size:`sm`,variant:`ghost`,icon:(0,N.jsx)(T,{size:14,"aria-hidden":`true`}),onClick:()=>l(t),"aria-label":`Revoke ${t.name}`,children:`Revoke`})})]},t.id)})})]})}),n&&(0,N.jsx)(I,{onClose:()=>i(!1)}),a&&(0,N.jsx)(L,{apiKey:a,onClose:()=>l(null)})]})}export{z as default};