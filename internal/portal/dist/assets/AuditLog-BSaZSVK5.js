import{P as e,T as t,Y as n,_ as r,a as i,f as a,l as o,r as s,s as c,st as l,y as u}from"./index-DZc1YHmR.js";import{t as d}from"./search-eHsk-ss9.js";import{a as f,i as p,n as m,r as h,t as g}from"./Table-DcJtYMGX.js";import{n as _}from"./tiers-BGeT2FPG.js";import{t as v}from"./jsx-runtime-Wy9s6hX0.js";var y=v(),b=`
    query AuditLog($first: Int, $after: Cursor, $last: Int, $before: Cursor, $orderBy: AuditEventOrder, $where: AuditEventWhereInput) {
  __typename
  auditEvents(
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
        createdAt
        actorType
        apiKeyID
        action
        entityType
        entityID
        summary
        requestID
        ip
        actor {
          __typename
          id
          name
          email
        }
        partner {
          __typename
          id
          name
        }
      }
    }
  }
}
    `,x={login:`Signed in`,"login.failed":`Sign-in failed`,"login.locked":`Sign-in locked`,logout:`Signed out`,refreshSession:`Session refreshed`,"refreshSession.reused":`Reused session token`};function S(e){if(x[e])return x[e];let t=e.split(`.`).map(e=>e.replace(/([a-z0-9])([A-Z])/g,`$1 $2`).toLowerCase()).join(` · `);return t?t[0].toUpperCase()+t.slice(1):e}function C(e){return/failed|locked|reused|disable|reject/i.test(e)?`danger`:/^(login|logout|refreshSession)$/.test(e)?`neutral`:/^create|^register|^approve/.test(e)?`success`:`info`}var w={USER:`User`,API_KEY:`API key`,SYSTEM:`System`,ANONYMOUS:`Not signed in`};function T(e){let t=e.replace(/([a-z0-9])([A-Z])/g,`$1 $2`).replace(/_/g,` `).toLowerCase();return t[0].toUpperCase()+t.slice(1)}function E(e){if(Array.isArray(e))return e.map(E).join(`, `);if(typeof e==`boolean`)return e?`yes`:`no`;if(e&&typeof e==`object`)return JSON.stringify(e);let t=String(e);return t.length>120?`${t.slice(0,117)}…`:t}function D(e){if(!e)return[];let{input:t,...n}=e,r=t&&typeof t==`object`&&!Array.isArray(t)?{...t,...n}:e;return Object.entries(r).filter(([e,t])=>!/^id$/i.test(e)&&t!=null&&t!==``).map(([e,t])=>[T(e),E(t)])}function O(e){return e.length>16?`${e.slice(0,14)}…`:e}function k({summary:e}){let t=D(e);return t.length===0?(0,y.jsx)(`span`,{className:`muted`,children:`—`}):(0,y.jsx)(`ul`,{className:`summary-list`,children:t.map(([e,t])=>(0,y.jsxs)(`li`,{children:[(0,y.jsxs)(`span`,{className:`k`,children:[e,`:`]}),` `,t]},e))})}function A(){i(`Audit log`);let v=t(),x=v.role===`ADMIN`,T=f({sort:`CREATED_AT`,direction:`DESC`}),[E,D]=p(T.get(`q`),e=>T.update({q:e})),A={},j=T.get(`q`).trim();j&&(A.or=[{actionContainsFold:j},{entityIDContainsFold:j},{requestIDContainsFold:j},{entityTypeContainsFold:j}]),T.get(`actor`)&&(A.actorType=T.get(`actor`));let M=T.get(`since`);M&&(A.createdAtGTE=new Date(Math.floor(Date.now()/6e4)*6e4-Number(M)*864e5).toISOString());let N=s(b,{...T.pageVars,orderBy:{field:T.sort.field,direction:T.sort.direction},where:A},{keepPrevious:!0}),P=N.data?.auditEvents,F=_(P);return(0,y.jsxs)(y.Fragment,{children:[(0,y.jsx)(r,{title:`Audit log`,subtitle:x?`Every change and sign-in across PartnerHub: who, what, when and from where.`:`Every change and sign-in at ${v.partner?.name??`your organisation`}: who, what, when and from where.`}),(0,y.jsxs)(`section`,{className:`card`,"aria-label":`Audit events`,children:[(0,y.jsxs)(`div`,{className:`toolbar`,role:`search`,"aria-label":`Filter events`,children:[(0,y.jsxs)(`div`,{className:`field grow`,children:[(0,y.jsx)(`label`,{htmlFor:`audit-search`,children:`Search`}),(0,y.jsxs)(`div`,{className:`input-icon`,children:[(0,y.jsx)(d,{size:16,"aria-hidden":`true`}),(0,y.jsx)(`input`,{id:`audit-search`,className:`input`,type:`search`,placeholder:`Action, record ID or request ID`,value:E,onChange:e=>D(e.target.value)})]})]}),(0,y.jsxs)(`div`,{className:`field`,children:[(0,y.jsx)(`label`,{htmlFor:`audit-actor`,children:`Actor`}),(0,y.jsxs)(`select`,{id:`audit-actor`,className:`select`,value:T.get(`actor`),onChange:e=>T.update({actor:e.target.value}),children:[(0,y.jsx)(`option`,{value:``,children:`Anyone`}),Object.keys(w).map(e=>(0,y.jsx)(`option`,{value:e,children:w[e]},e))]})]}),(0,y.jsxs)(`div`,{className:`field`,children:[(0,y.jsx)(`label`,{htmlFor:`audit-since`,children:`Period`}),(0,y.jsxs)(`select`,{id:`audit-since`,className:`select`,value:M,onChange:e=>T.update({since:e.target.value}),children:[(0,y.jsx)(`option`,{value:``,children:`All time`}),(0,y.jsx)(`option`,{value:`1`,children:`Last 24 hours`}),(0,y.jsx)(`option`,{value:`7`,children:`Last 7 days`}),(0,y.jsx)(`option`,{value:`30`,children:`Last 30 days`})]})]})]}),N.isError?(0,y.jsx)(o,{error:N.error,onRetry:()=>void N.refetch()}):N.isPending?(0,y.jsx)(a,{rows:8,columns:5}):F.length===0?(0,y.jsx)(c,{icon:(0,y.jsx)(l,{size:22}),title:`No events match`,children:`Changes and sign-ins are recorded here as they happen.`}):(0,y.jsx)(`div`,{className:`table-wrap`,children:(0,y.jsxs)(`table`,{className:`table table-cards`,children:[(0,y.jsx)(`thead`,{children:(0,y.jsxs)(`tr`,{children:[(0,y.jsx)(m,{label:`When`,field:`CREATED_AT`,sort:T.sort,onSort:T.setSort}),(0,y.jsx)(`th`,{scope:`col`,children:`Who`}),(0,y.jsx)(m,{label:`What`,field:`ACTION`,sort:T.sort,onSort:T.setSort}),(0,y.jsx)(`th`,{scope:`col`,children:`Record`}),(0,y.jsx)(`th`,{scope:`col`,children:`Changes`}),(0,y.jsx)(`th`,{scope:`col`,children:`From`})]})}),(0,y.jsx)(`tbody`,{children:F.map(t=>(0,y.jsxs)(`tr`,{children:[(0,y.jsxs)(`td`,{"data-label":`When`,className:`nowrap`,children:[(0,y.jsx)(`time`,{dateTime:t.createdAt,title:e(t.createdAt),children:n(t.createdAt)}),(0,y.jsx)(`div`,{className:`cell-sub`,children:e(t.createdAt)})]}),(0,y.jsx)(`td`,{"data-label":`Who`,children:t.actor?(0,y.jsxs)(y.Fragment,{children:[(0,y.jsx)(`div`,{className:`cell-title`,children:t.actor.name}),(0,y.jsx)(`div`,{className:`cell-sub`,children:t.actorType===`API_KEY`?`via API key`:t.actor.email}),x&&t.partner&&(0,y.jsx)(`div`,{className:`cell-sub`,children:t.partner.name})]}):(0,y.jsx)(`span`,{className:`muted`,children:w[t.actorType]})}),(0,y.jsx)(`td`,{"data-label":`What`,children:(0,y.jsx)(u,{tone:C(t.action),children:S(t.action)})}),(0,y.jsxs)(`td`,{"data-label":`Record`,children:[(0,y.jsx)(`div`,{children:t.entityType}),(0,y.jsx)(`div`,{className:`cell-sub mono`,title:t.entityID,children:O(t.entityID)})]}),(0,y.jsx)(`td`,{"data-label":`Changes`,children:(0,y.jsx)(k,{summary:t.summary})}),(0,y.jsxs)(`td`,{"data-label":`From`,children:[(0,y.jsx)(`div`,{className:`mono`,children:t.ip||`—`}),(0,y.jsx)(`div`,{className:`cell-sub mono`,title:`Request ID ${t.requestID}`,children:O(t.requestID)})]})]},t.id))})]})}),!N.isError&&(P?.totalCount??0)>0&&(0,y.jsx)(g,{...h(T,P),noun:`events`,busy:N.isFetching,onNext:()=>T.goNext(P?.pageInfo.endCursor),onPrevious:()=>T.goPrevious(P?.pageInfo.startCursor)})]})]})}export{A as default,S as describeAction,D as summaryEntries};