import{a as e,n as t,t as n}from"./jsx-runtime-Wy9s6hX0.js";import{t as r}from"./check-DFLQu1Xk.js";import{n as i}from"./award-DSCkb1dL.js";import{E as a,M as o,O as s,Z as c,a as l,c as u,f as d,g as f,l as p,n as m,o as h,p as g,r as _,s as v,t as y,v as b,w as x,z as S}from"./index-ReApz8Vb.js";import{t as C}from"./plus-BQnqZxvT.js";import{a as w,r as T,t as E}from"./Table-DXqh97JB.js";import{n as D}from"./tiers-DWUik5dq.js";import{t as O}from"./Dialog-BcCwpEKj.js";import{i as k,n as A}from"./Field-DW9ARWu7.js";var j={name:`copy`,size:24,node:[[`rect`,{width:`14`,height:`14`,x:`8`,y:`8`,rx:`2`,ry:`2`,key:`17jyea`}],[`path`,{d:`M4 16c-1.1 0-2-.9-2-2V4c0-1.1.9-2 2-2h10c1.1 0 2 .9 2 2`,key:`zix9uf`}]]};j.node;var M=i(j),N={name:`shield-exclamation-point`,size:24,node:[[`path`,{d:`M20 13c0 5-3.5 7.5-7.66 8.95a1 1 0 0 1-.67-.01C7.5 20.5 4 18 4 13V6a1 1 0 0 1 1-1c2 0 4.5-1.2 6.24-2.72a1.17 1.17 0 0 1 1.52 0C14.51 3.81 17 5 19 5a1 1 0 0 1 1 1z`,key:`oel41y`}],[`path`,{d:`M12 8v4`,key:`1got3b`}],[`path`,{d:`M12 16h.01`,key:`1drbdi`}]],aliases:[`shield-alert`]};N.node;var P=i(N),F=e(t(),1),I=n(),L=s(`
  query ApiKeys($first: Int, $after: Cursor, $last: Int, $before: Cursor, $where: APIKeyWhereInput) {
    apiKeys(first: $first, after: $after, last: $last, before: $before, where: $where, orderBy: { field: CREATED_AT, direction: DESC }) {
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
`),R=s(`
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
`),z=s(`
  mutation RevokeApiKey($input: RevokeApiKeyInput!) {
    revokeApiKey(input: $input) {
      apiKey {
        id
        revokedAt
      }
    }
  }
`),B=[{value:`30`,label:`In 30 days`},{value:`90`,label:`In 90 days`},{value:`365`,label:`In a year`},{value:``,label:`Never (until revoked)`}];function V({value:e,label:t}){let[n,i]=(0,F.useState)(!1);return(0,I.jsxs)(`div`,{className:`field`,children:[(0,I.jsx)(`label`,{htmlFor:`secret`,children:t}),(0,I.jsxs)(`div`,{className:`row`,style:{flexWrap:`nowrap`},children:[(0,I.jsx)(`input`,{id:`secret`,className:`input mono`,readOnly:!0,value:e,onFocus:e=>e.currentTarget.select(),"data-testid":`api-key-secret`}),(0,I.jsx)(g,{onClick:async()=>{try{await navigator.clipboard.writeText(e),i(!0)}catch{document.getElementById(`secret`)?.focus()}},icon:n?(0,I.jsx)(r,{size:15,"aria-hidden":`true`}):(0,I.jsx)(M,{size:15,"aria-hidden":`true`}),children:n?`Copied`:`Copy`})]})]})}function H({onClose:e}){let[t,n]=(0,F.useState)(``),[r,i]=(0,F.useState)(`READ`),[o,s]=(0,F.useState)(`90`),[c,l]=(0,F.useState)(),d=m(R),f=d.data?.createApiKey,p=e=>d.error instanceof a?d.error.fieldError(e):void 0;return f?(0,I.jsx)(O,{open:!0,onClose:e,title:`Copy your new key now`,description:`“${f.apiKey.name}” is ready. This is the only time the whole key is shown.`,footer:(0,I.jsx)(g,{variant:`primary`,onClick:e,children:`I have copied it`}),children:(0,I.jsxs)(`div`,{className:`stack`,style:{gap:14},children:[(0,I.jsx)(V,{value:f.secret,label:`API key`}),(0,I.jsx)(h,{tone:`warning`,title:`Store it like a password`,children:`We keep only a fingerprint of the key, so nobody can show it to you again. If it is lost, revoke it and create another.`}),(0,I.jsxs)(`div`,{className:`muted`,style:{fontSize:`0.85rem`},children:[`Send it with each request: `,(0,I.jsxs)(`span`,{className:`mono`,children:[`Authorization: Bearer `,f.apiKey.prefix,`…`]}),` to`,` `,(0,I.jsx)(`span`,{className:`mono`,children:`POST /query`}),`.`]})]})}):(0,I.jsx)(O,{open:!0,onClose:e,title:`New API key`,description:`For a script or integration, such as syncing deals with your CRM. It never does more than you may.`,onSubmit:()=>{if(!t.trim()){l(`Say what the key is for, e.g. CRM sync.`);return}l(void 0);let e=o?new Date(Date.now()+Number(o)*864e5).toISOString():void 0;d.mutate({input:{name:t.trim(),scope:r,expiresAt:e}})},footer:(0,I.jsxs)(I.Fragment,{children:[(0,I.jsx)(g,{onClick:e,children:`Cancel`}),(0,I.jsx)(g,{type:`submit`,variant:`primary`,loading:d.isPending,children:`Create key`})]}),children:(0,I.jsxs)(`div`,{className:`stack`,style:{gap:16},children:[d.error&&!(d.error instanceof a&&d.error.fieldErrors.length)&&(0,I.jsx)(u,{error:d.error}),(0,I.jsx)(k,{label:`What is it for?`,required:!0,placeholder:`CRM sync`,value:t,onChange:e=>n(e.target.value),error:c??p(`name`)}),(0,I.jsxs)(A,{label:`Access`,value:r,onChange:e=>i(e.target.value),error:p(`scope`),children:[(0,I.jsx)(`option`,{value:`READ`,children:`Read only: queries`}),(0,I.jsx)(`option`,{value:`READ_WRITE`,children:`Read and write: queries and changes`})]}),(0,I.jsx)(A,{label:`Expires`,value:o,onChange:e=>s(e.target.value),error:p(`expiresAt`),children:B.map(e=>(0,I.jsx)(`option`,{value:e.value,children:e.label},e.label))})]})})}function U({apiKey:e,onClose:t}){let n=m(z),r=y();return(0,I.jsx)(O,{open:!0,onClose:t,title:`Revoke “${e.name}”?`,onSubmit:()=>n.mutate({input:{id:e.id}},{onSuccess:()=>{r(`“${e.name}” is revoked`),t()}}),footer:(0,I.jsxs)(I.Fragment,{children:[(0,I.jsx)(g,{onClick:t,children:`Cancel`}),(0,I.jsx)(g,{type:`submit`,variant:`danger`,loading:n.isPending,children:`Revoke key`})]}),children:(0,I.jsxs)(`div`,{className:`stack`,style:{gap:12},children:[n.error&&(0,I.jsx)(u,{error:n.error}),(0,I.jsx)(h,{tone:`warning`,title:`It stops working at once`,children:`Scripts using it will get an error on their next request.`})]})})}function W(e){return e.revokedAt?{label:`Revoked`,tone:`neutral`}:e.expiresAt&&new Date(e.expiresAt).getTime()<Date.now()?{label:`Expired`,tone:`warning`}:{label:`Active`,tone:`success`}}function G(){l(`API keys`);let e=x(),t=w({sort:`CREATED_AT`,direction:`DESC`}),[n,r]=(0,F.useState)(!1),[i,a]=(0,F.useState)(null),s=t.get(`show`)===`all`,u=s?{}:{revokedAtIsNil:!0},m=_(L,{...t.pageVars,where:u},{keepPrevious:!0}),h=m.data?.apiKeys,y=D(h);return(0,I.jsxs)(I.Fragment,{children:[(0,I.jsx)(f,{title:`API keys`,subtitle:e.partner?`Keys let your developers query and update ${e.partner.name}’s data from their own systems, with the GraphQL API.`:`Keys for the channel team’s scripts and integrations with the GraphQL API.`,actions:(0,I.jsxs)(I.Fragment,{children:[(0,I.jsxs)(`div`,{className:`segmented`,role:`group`,"aria-label":`Which keys`,children:[(0,I.jsx)(`button`,{type:`button`,"aria-pressed":!s,onClick:()=>t.update({show:``}),children:`In use`}),(0,I.jsx)(`button`,{type:`button`,"aria-pressed":s,onClick:()=>t.update({show:`all`}),children:`All, with revoked`})]}),(0,I.jsx)(g,{variant:`primary`,icon:(0,I.jsx)(C,{size:16,"aria-hidden":`true`}),onClick:()=>r(!0),children:`New API key`})]})}),(0,I.jsxs)(`section`,{className:`card`,"aria-label":`API keys`,children:[m.isError?(0,I.jsx)(p,{error:m.error,onRetry:()=>void m.refetch()}):m.isPending?(0,I.jsx)(d,{rows:3,columns:5}):y.length===0?(0,I.jsx)(v,{icon:(0,I.jsx)(c,{size:22}),title:`No API keys yet`,action:(0,I.jsx)(g,{variant:`primary`,onClick:()=>r(!0),children:`Create the first key`}),children:`Create a key for each script, so you can revoke one without stopping the others.`}):(0,I.jsx)(`div`,{className:`table-wrap`,children:(0,I.jsxs)(`table`,{className:`table table-cards`,children:[(0,I.jsx)(`thead`,{children:(0,I.jsxs)(`tr`,{children:[(0,I.jsx)(`th`,{scope:`col`,children:`Key`}),(0,I.jsx)(`th`,{scope:`col`,children:`Access`}),(0,I.jsx)(`th`,{scope:`col`,children:`Status`}),(0,I.jsx)(`th`,{scope:`col`,children:`Created`}),(0,I.jsx)(`th`,{scope:`col`,children:`Last used`}),(0,I.jsx)(`th`,{scope:`col`,children:`Expires`}),(0,I.jsx)(`th`,{scope:`col`,children:(0,I.jsx)(`span`,{className:`visually-hidden`,children:`Actions`})})]})}),(0,I.jsx)(`tbody`,{children:y.map(e=>{let t=W(e);return(0,I.jsxs)(`tr`,{children:[(0,I.jsxs)(`td`,{children:[(0,I.jsx)(`div`,{className:`cell-title`,children:e.name}),(0,I.jsxs)(`div`,{className:`cell-sub mono`,children:[e.prefix,`…`]})]}),(0,I.jsx)(`td`,{"data-label":`Access`,children:e.scope===`READ`?`Read only`:`Read and write`}),(0,I.jsx)(`td`,{"data-label":`Status`,children:(0,I.jsx)(b,{tone:t.tone,dot:!0,children:t.label})}),(0,I.jsxs)(`td`,{"data-label":`Created`,children:[(0,I.jsx)(`div`,{children:o(e.createdAt)}),(0,I.jsxs)(`div`,{className:`cell-sub`,children:[`by `,e.creator.name]})]}),(0,I.jsx)(`td`,{"data-label":`Last used`,children:e.lastUsedAt?S(e.lastUsedAt):`Never`}),(0,I.jsx)(`td`,{"data-label":`Expires`,children:e.expiresAt?o(e.expiresAt):`Never`}),(0,I.jsx)(`td`,{className:`num`,children:!e.revokedAt&&(0,I.jsx)(g,{size:`sm`,variant:`ghost`,icon:(0,I.jsx)(P,{size:14,"aria-hidden":`true`}),onClick:()=>a(e),"aria-label":`Revoke ${e.name}`,children:`Revoke`})})]},e.id)})})]})}),!m.isError&&(h?.totalCount??0)>0&&(0,I.jsx)(E,{...T(t,h),noun:`keys`,busy:m.isFetching,onNext:()=>t.goNext(h?.pageInfo.endCursor),onPrevious:()=>t.goPrevious(h?.pageInfo.startCursor)})]}),n&&(0,I.jsx)(H,{onClose:()=>r(!1)}),i&&(0,I.jsx)(U,{apiKey:i,onClose:()=>a(null)})]})}export{G as default};