import{a as e,n as t,t as n}from"./jsx-runtime-Wy9s6hX0.js";import{t as r}from"./check-B2TMhOAL.js";import{t as i}from"./copy-BrVnoB1C.js";import{$ as a,B as o,F as s,L as c,M as l,U as u,g as d,l as f,n as p,s as m,t as h,z as g}from"./index-7dtgC4xt.js";import{t as _}from"./plus-DwSy8SFZ.js";import{t as v}from"./shield-exclamation-point-avcDlTCS.js";import{_ as y,i as b,n as x,r as S,t as C,u as w}from"./usePageTitle-Bs6xz2Sx.js";import{i as T,t as E}from"./ConnectionTable-C6bgtmup.js";import{t as D}from"./connection-mmDI86VZ.js";var O=e(t(),1),k=`
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
    `,A=`
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
    `,j=`
    mutation RevokeApiKey($input: RevokeApiKeyInput!) {
  revokeApiKey(input: $input) {
    apiKey {
      id
      revokedAt
    }
  }
}
    `,M=n(),N=[{value:`30`,label:`In 30 days`},{value:`90`,label:`In 90 days`},{value:`365`,label:`In a year`},{value:``,label:`Never (until revoked)`}];function P({value:e,label:t}){let[n,a]=(0,O.useState)(!1);return(0,M.jsxs)(`div`,{className:`field`,children:[(0,M.jsx)(`label`,{htmlFor:`secret`,children:t}),(0,M.jsxs)(`div`,{className:`row`,style:{flexWrap:`nowrap`},children:[(0,M.jsx)(`input`,{id:`secret`,className:`input mono`,readOnly:!0,value:e,onFocus:e=>e.currentTarget.select(),"data-testid":`api-key-secret`}),(0,M.jsx)(w,{onClick:async()=>{try{await navigator.clipboard.writeText(e),a(!0)}catch{document.getElementById(`secret`)?.focus()}},icon:n?(0,M.jsx)(r,{size:15,"aria-hidden":`true`}):(0,M.jsx)(i,{size:15,"aria-hidden":`true`}),children:n?`Copied`:`Copy`})]})]})}function F({onClose:e}){let[t,n]=(0,O.useState)(``),[r,i]=(0,O.useState)(`READ`),[a,s]=(0,O.useState)(`90`),[l,u]=(0,O.useState)(),d=h(A),f=d.data?.createApiKey,p=e=>d.error instanceof y?d.error.fieldError(e):void 0;return f?(0,M.jsx)(o,{open:!0,onClose:e,title:`Copy your new key now`,description:`“${f.apiKey.name}” is ready. This is the only time the whole key is shown.`,footer:(0,M.jsx)(w,{variant:`primary`,onClick:e,children:`I have copied it`}),children:(0,M.jsxs)(`div`,{className:`stack`,style:{gap:14},children:[(0,M.jsx)(P,{value:f.secret,label:`API key`}),(0,M.jsx)(x,{tone:`warning`,title:`Store it like a password`,children:`We keep only a fingerprint of the key, so nobody can show it to you again. If it is lost, revoke it and create another.`}),(0,M.jsxs)(`div`,{className:`muted`,style:{fontSize:`0.85rem`},children:[`Send it with each request: `,(0,M.jsxs)(`span`,{className:`mono`,children:[`Authorization: Bearer phk_`,f.apiKey.prefix,`_…`]}),` to`,` `,(0,M.jsx)(`span`,{className:`mono`,children:`POST /query`}),`.`]})]})}):(0,M.jsx)(o,{open:!0,onClose:e,title:`New API key`,description:`For a script or integration, such as syncing deals with your CRM. It never does more than you may.`,onSubmit:()=>{if(!t.trim()){u(`Say what the key is for, e.g. CRM sync.`);return}u(void 0);let e=a?new Date(Date.now()+Number(a)*864e5).toISOString():void 0;d.mutate({input:{name:t.trim(),scope:r,expiresAt:e}})},footer:(0,M.jsxs)(M.Fragment,{children:[(0,M.jsx)(w,{onClick:e,children:`Cancel`}),(0,M.jsx)(w,{type:`submit`,variant:`primary`,loading:d.isPending,children:`Create key`})]}),children:(0,M.jsxs)(`div`,{className:`stack`,style:{gap:16},children:[d.error&&!(d.error instanceof y&&d.error.fieldErrors.length)&&(0,M.jsx)(b,{error:d.error}),(0,M.jsx)(g,{label:`What is it for?`,required:!0,placeholder:`CRM sync`,value:t,onChange:e=>n(e.target.value),error:l??p(`name`)}),(0,M.jsxs)(c,{label:`Access`,value:r,onChange:e=>i(e.target.value),error:p(`scope`),children:[(0,M.jsx)(`option`,{value:`READ`,children:`Read only: queries`}),(0,M.jsx)(`option`,{value:`READ_WRITE`,children:`Read and write: queries and changes`})]}),(0,M.jsx)(c,{label:`Expires`,value:a,onChange:e=>s(e.target.value),error:p(`expiresAt`),children:N.map(e=>(0,M.jsx)(`option`,{value:e.value,children:e.label},e.label))})]})})}function I({apiKey:e,onClose:t}){let n=h(j),r=s();return(0,M.jsx)(o,{open:!0,onClose:t,title:`Revoke “${e.name}”?`,onSubmit:()=>n.mutate({input:{id:e.id}},{onSuccess:()=>{r(`“${e.name}” is revoked`),t()}}),footer:(0,M.jsxs)(M.Fragment,{children:[(0,M.jsx)(w,{onClick:t,children:`Cancel`}),(0,M.jsx)(w,{type:`submit`,variant:`danger`,loading:n.isPending,children:`Revoke key`})]}),children:(0,M.jsxs)(`div`,{className:`stack`,style:{gap:12},children:[n.error&&(0,M.jsx)(b,{error:n.error}),(0,M.jsx)(x,{tone:`warning`,title:`It stops working at once`,children:`Scripts using it will get an error on their next request.`})]})})}function L(e){return e.revokedAt?{label:`Revoked`,tone:`neutral`}:e.expiresAt&&new Date(e.expiresAt).getTime()<Date.now()?{label:`Expired`,tone:`warning`}:{label:`Active`,tone:`success`}}function R(){C(`API keys`);let e=u(),t=T({sort:`CREATED_AT`,direction:`DESC`}),[n,r]=(0,O.useState)(!1),[i,o]=(0,O.useState)(null),s=t.get(`show`)===`all`,c=s?{}:{revokedAtIsNil:!0},h=p(k,{...t.pageVars,where:c},{keepPrevious:!0}),g=h.data?.apiKeys,y=D(g);return(0,M.jsxs)(M.Fragment,{children:[(0,M.jsx)(m,{title:`API keys`,subtitle:e.partner?`Keys let your developers query and update ${e.partner.name}’s data from their own systems, with the GraphQL API.`:`Keys for the channel team’s scripts and integrations with the GraphQL API.`,actions:(0,M.jsxs)(M.Fragment,{children:[(0,M.jsxs)(`div`,{className:`segmented`,role:`group`,"aria-label":`Which keys`,children:[(0,M.jsx)(`button`,{type:`button`,"aria-pressed":!s,onClick:()=>t.update({show:``}),children:`In use`}),(0,M.jsx)(`button`,{type:`button`,"aria-pressed":s,onClick:()=>t.update({show:`all`}),children:`All, with revoked`})]}),(0,M.jsx)(w,{variant:`primary`,icon:(0,M.jsx)(_,{size:16,"aria-hidden":`true`}),onClick:()=>r(!0),children:`New API key`})]})}),(0,M.jsx)(`section`,{className:`card`,"aria-label":`API keys`,children:(0,M.jsxs)(E,{query:h,connection:g,list:t,noun:`keys`,skeleton:{rows:3,columns:5},empty:(0,M.jsx)(S,{icon:(0,M.jsx)(a,{size:22}),title:`No API keys yet`,action:(0,M.jsx)(w,{variant:`primary`,onClick:()=>r(!0),children:`Create the first key`}),children:`Create a key for each script, so you can revoke one without stopping the others.`}),children:[(0,M.jsx)(`thead`,{children:(0,M.jsxs)(`tr`,{children:[(0,M.jsx)(`th`,{scope:`col`,children:`Key`}),(0,M.jsx)(`th`,{scope:`col`,children:`Access`}),(0,M.jsx)(`th`,{scope:`col`,children:`Status`}),(0,M.jsx)(`th`,{scope:`col`,children:`Created`}),(0,M.jsx)(`th`,{scope:`col`,children:`Last used`}),(0,M.jsx)(`th`,{scope:`col`,children:`Expires`}),(0,M.jsx)(`th`,{scope:`col`,children:(0,M.jsx)(`span`,{className:`visually-hidden`,children:`Actions`})})]})}),(0,M.jsx)(`tbody`,{children:y.map(e=>{let t=L(e);return(0,M.jsxs)(`tr`,{children:[(0,M.jsxs)(`td`,{children:[(0,M.jsx)(`div`,{className:`cell-title`,children:e.name}),(0,M.jsxs)(`div`,{className:`cell-sub mono`,children:[`phk_`,e.prefix,`_…`]})]}),(0,M.jsx)(`td`,{"data-label":`Access`,children:e.scope===`READ`?`Read only`:`Read and write`}),(0,M.jsx)(`td`,{"data-label":`Status`,children:(0,M.jsx)(f,{tone:t.tone,dot:!0,children:t.label})}),(0,M.jsxs)(`td`,{"data-label":`Created`,children:[(0,M.jsx)(`div`,{children:d(e.createdAt)}),(0,M.jsxs)(`div`,{className:`cell-sub`,children:[`by `,e.creator.name]})]}),(0,M.jsx)(`td`,{"data-label":`Last used`,children:e.lastUsedAt?l(e.lastUsedAt):`Never`}),(0,M.jsx)(`td`,{"data-label":`Expires`,children:e.expiresAt?d(e.expiresAt):`Never`}),(0,M.jsx)(`td`,{className:`num`,children:!e.revokedAt&&(0,M.jsx)(w,{size:`sm`,variant:`ghost`,icon:(0,M.jsx)(v,{size:14,"aria-hidden":`true`}),onClick:()=>o(e),"aria-label":`Revoke ${e.name}`,children:`Revoke`})})]},e.id)})})]})}),n&&(0,M.jsx)(F,{onClose:()=>r(!1)}),i&&(0,M.jsx)(I,{apiKey:i,onClose:()=>o(null)})]})}export{R as default};