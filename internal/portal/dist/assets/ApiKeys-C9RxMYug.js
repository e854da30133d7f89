import{a as e,n as t,t as n}from"./jsx-runtime-Wy9s6hX0.js";import{t as r}from"./check-AbBSs0KG.js";import{t as i}from"./copy-kqUHLk_n.js";import{E as a,O as o,P as s,X as c,a as l,b as u,c as d,dt as f,l as p,m,n as h,r as g,s as _,t as v,v as y}from"./index-BFYom38I.js";import{t as b}from"./plus-B04YUd4W.js";import{t as x}from"./shield-exclamation-point-Aq4IS7kL.js";import{i as S,t as C}from"./ConnectionTable-NIF9Lmsd.js";import{t as w}from"./Dialog-JD6iUPkM.js";import{i as T,n as E}from"./Field-CPbFVahT.js";import{t as D}from"./connection-mmDI86VZ.js";var O=e(t(),1),k=`
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
    `,M=n(),N=[{value:`30`,label:`In 30 days`},{value:`90`,label:`In 90 days`},{value:`365`,label:`In a year`},{value:``,label:`Never (until revoked)`}];function P({value:e,label:t}){let[n,a]=(0,O.useState)(!1);return(0,M.jsxs)(`div`,{className:`field`,children:[(0,M.jsx)(`label`,{htmlFor:`secret`,children:t}),(0,M.jsxs)(`div`,{className:`row`,style:{flexWrap:`nowrap`},children:[(0,M.jsx)(`input`,{id:`secret`,className:`input mono`,readOnly:!0,value:e,onFocus:e=>e.currentTarget.select(),"data-testid":`api-key-secret`}),(0,M.jsx)(m,{onClick:async()=>{try{await navigator.clipboard.writeText(e),a(!0)}catch{document.getElementById(`secret`)?.focus()}},icon:n?(0,M.jsx)(r,{size:15,"aria-hidden":`true`}):(0,M.jsx)(i,{size:15,"aria-hidden":`true`}),children:n?`Copied`:`Copy`})]})]})}function F({onClose:e}){let[t,n]=(0,O.useState)(``),[r,i]=(0,O.useState)(`READ`),[a,s]=(0,O.useState)(`90`),[c,l]=(0,O.useState)(),u=h(A),d=u.data?.createApiKey,f=e=>u.error instanceof o?u.error.fieldError(e):void 0;return d?(0,M.jsx)(w,{open:!0,onClose:e,title:`Copy your new key now`,description:`“${d.apiKey.name}” is ready. This is the only time the whole key is shown.`,footer:(0,M.jsx)(m,{variant:`primary`,onClick:e,children:`I have copied it`}),children:(0,M.jsxs)(`div`,{className:`stack`,style:{gap:14},children:[(0,M.jsx)(P,{value:d.secret,label:`API key`}),(0,M.jsx)(_,{tone:`warning`,title:`Store it like a password`,children:`We keep only a fingerprint of the key, so nobody can show it to you again. If it is lost, revoke it and create another.`}),(0,M.jsxs)(`div`,{className:`muted`,style:{fontSize:`0.85rem`},children:[`Send it with each request: `,(0,M.jsxs)(`span`,{className:`mono`,children:[`Authorization: Bearer `,d.apiKey.prefix,`…`]}),` to`,` `,(0,M.jsx)(`span`,{className:`mono`,children:`POST /query`}),`.`]})]})}):(0,M.jsx)(w,{open:!0,onClose:e,title:`New API key`,description:`For a script or integration, such as syncing deals with your CRM. It never does more than you may.`,onSubmit:()=>{if(!t.trim()){l(`Say what the key is for, e.g. CRM sync.`);return}l(void 0);let e=a?new Date(Date.now()+Number(a)*864e5).toISOString():void 0;u.mutate({input:{name:t.trim(),scope:r,expiresAt:e}})},footer:(0,M.jsxs)(M.Fragment,{children:[(0,M.jsx)(m,{onClick:e,children:`Cancel`}),(0,M.jsx)(m,{type:`submit`,variant:`primary`,loading:u.isPending,children:`Create key`})]}),children:(0,M.jsxs)(`div`,{className:`stack`,style:{gap:16},children:[u.error&&!(u.error instanceof o&&u.error.fieldErrors.length)&&(0,M.jsx)(p,{error:u.error}),(0,M.jsx)(T,{label:`What is it for?`,required:!0,placeholder:`CRM sync`,value:t,onChange:e=>n(e.target.value),error:c??f(`name`)}),(0,M.jsxs)(E,{label:`Access`,value:r,onChange:e=>i(e.target.value),error:f(`scope`),children:[(0,M.jsx)(`option`,{value:`READ`,children:`Read only: queries`}),(0,M.jsx)(`option`,{value:`READ_WRITE`,children:`Read and write: queries and changes`})]}),(0,M.jsx)(E,{label:`Expires`,value:a,onChange:e=>s(e.target.value),error:f(`expiresAt`),children:N.map(e=>(0,M.jsx)(`option`,{value:e.value,children:e.label},e.label))})]})})}function I({apiKey:e,onClose:t}){let n=h(j),r=v();return(0,M.jsx)(w,{open:!0,onClose:t,title:`Revoke “${e.name}”?`,onSubmit:()=>n.mutate({input:{id:e.id}},{onSuccess:()=>{r(`“${e.name}” is revoked`),t()}}),footer:(0,M.jsxs)(M.Fragment,{children:[(0,M.jsx)(m,{onClick:t,children:`Cancel`}),(0,M.jsx)(m,{type:`submit`,variant:`danger`,loading:n.isPending,children:`Revoke key`})]}),children:(0,M.jsxs)(`div`,{className:`stack`,style:{gap:12},children:[n.error&&(0,M.jsx)(p,{error:n.error}),(0,M.jsx)(_,{tone:`warning`,title:`It stops working at once`,children:`Scripts using it will get an error on their next request.`})]})})}function L(e){return e.revokedAt?{label:`Revoked`,tone:`neutral`}:e.expiresAt&&new Date(e.expiresAt).getTime()<Date.now()?{label:`Expired`,tone:`warning`}:{label:`Active`,tone:`success`}}function R(){l(`API keys`);let e=a(),t=S({sort:`CREATED_AT`,direction:`DESC`}),[n,r]=(0,O.useState)(!1),[i,o]=(0,O.useState)(null),p=t.get(`show`)===`all`,h=p?{}:{revokedAtIsNil:!0},_=g(k,{...t.pageVars,where:h},{keepPrevious:!0}),v=_.data?.apiKeys,w=D(v);return(0,M.jsxs)(M.Fragment,{children:[(0,M.jsx)(y,{title:`API keys`,subtitle:e.partner?`Keys let your developers query and update ${e.partner.name}’s data from their own systems, with the GraphQL API.`:`Keys for the channel team’s scripts and integrations with the GraphQL API.`,actions:(0,M.jsxs)(M.Fragment,{children:[(0,M.jsxs)(`div`,{className:`segmented`,role:`group`,"aria-label":`Which keys`,children:[(0,M.jsx)(`button`,{type:`button`,"aria-pressed":!p,onClick:()=>t.update({show:``}),children:`In use`}),(0,M.jsx)(`button`,{type:`button`,"aria-pressed":p,onClick:()=>t.update({show:`all`}),children:`All, with revoked`})]}),(0,M.jsx)(m,{variant:`primary`,icon:(0,M.jsx)(b,{size:16,"aria-hidden":`true`}),onClick:()=>r(!0),children:`New API key`})]})}),(0,M.jsx)(`section`,{className:`card`,"aria-label":`API keys`,children:(0,M.jsxs)(C,{query:_,connection:v,list:t,noun:`keys`,skeleton:{rows:3,columns:5},empty:(0,M.jsx)(d,{icon:(0,M.jsx)(f,{size:22}),title:`No API keys yet`,action:(0,M.jsx)(m,{variant:`primary`,onClick:()=>r(!0),children:`Create the first key`}),children:`Create a key for each script, so you can revoke one without stopping the others.`}),children:[(0,M.jsx)(`thead`,{children:(0,M.jsxs)(`tr`,{children:[(0,M.jsx)(`th`,{scope:`col`,children:`Key`}),(0,M.jsx)(`th`,{scope:`col`,children:`Access`}),(0,M.jsx)(`th`,{scope:`col`,children:`Status`}),(0,M.jsx)(`th`,{scope:`col`,children:`Created`}),(0,M.jsx)(`th`,{scope:`col`,children:`Last used`}),(0,M.jsx)(`th`,{scope:`col`,children:`Expires`}),(0,M.jsx)(`th`,{scope:`col`,children:(0,M.jsx)(`span`,{className:`visually-hidden`,children:`Actions`})})]})}),(0,M.jsx)(`tbody`,{children:w.map(e=>{let t=L(e);return(0,M.jsxs)(`tr`,{children:[(0,M.jsxs)(`td`,{children:[(0,M.jsx)(`div`,{className:`cell-title`,children:e.name}),(0,M.jsxs)(`div`,{className:`cell-sub mono`,children:[e.prefix,`…`]})]}),(0,M.jsx)(`td`,{"data-label":`Access`,children:e.scope===`READ`?`Read only`:`Read and write`}),(0,M.jsx)(`td`,{"data-label":`Status`,children:(0,M.jsx)(u,{tone:t.tone,dot:!0,children:t.label})}),(0,M.jsxs)(`td`,{"data-label":`Created`,children:[(0,M.jsx)(`div`,{children:s(e.createdAt)}),(0,M.jsxs)(`div`,{className:`cell-sub`,children:[`by `,e.creator.name]})]}),(0,M.jsx)(`td`,{"data-label":`Last used`,children:e.lastUsedAt?c(e.lastUsedAt):`Never`}),(0,M.jsx)(`td`,{"data-label":`Expires`,children:e.expiresAt?s(e.expiresAt):`Never`}),(0,M.jsx)(`td`,{className:`num`,children:!e.revokedAt&&(0,M.jsx)(m,{size:`sm`,variant:`ghost`,icon:(0,M.jsx)(x,{size:14,"aria-hidden":`true`}),onClick:()=>o(e),"aria-label":`Revoke ${e.name}`,children:`Revoke`})})]},e.id)})})]})}),n&&(0,M.jsx)(F,{onClose:()=>r(!1)}),i&&(0,M.jsx)(I,{apiKey:i,onClose:()=>o(null)})]})}export{R as default};