import{M as e,U as t,Z as n,_ as r,l as i,n as a,s as o}from"./index-7dtgC4xt.js";import{t as s}from"./search-ChbRIaad.js";import{i as c,n as l,r as u,t as d}from"./ConnectionTable-C6bgtmup.js";import{r as f,t as p}from"./usePageTitle-Bs6xz2Sx.js";import{t as m}from"./connection-mmDI86VZ.js";import{t as h}from"./jsx-runtime-Wy9s6hX0.js";var g=`
    query AuditLog($first: Int, $after: Cursor, $last: Int, $before: Cursor, $orderBy: AuditEventOrder, $where: AuditEventWhereInput) {
  auditEvents(
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
          id
          name
          email
        }
        partner {
          id
          name
        }
      }
    }
  }
}
    `,_=h(),v={login:`Signed in`,"login.failed":`Sign-in failed`,"login.locked":`Sign-in locked`,logout:`Signed out`,refreshSession:`Session refreshed`,"refreshSession.reused":`Reused session token`};function y(e){if(v[e])return v[e];let t=e.split(`.`).map(e=>e.replace(/([a-z0-9])([A-Z])/g,`$1 $2`).toLowerCase()).join(` · `);return t?t[0].toUpperCase()+t.slice(1):e}function b(e){return/failed|locked|reused|disable|reject/i.test(e)?`danger`:/^(login|logout|refreshSession)$/.test(e)?`neutral`:/^create|^register|^approve/.test(e)?`success`:`info`}var x={USER:`User`,API_KEY:`API key`,SYSTEM:`System`,ANONYMOUS:`Not signed in`};function S(e){let t=e.replace(/([a-z0-9])([A-Z])/g,`$1 $2`).replace(/_/g,` `).toLowerCase();return t[0].toUpperCase()+t.slice(1)}function C(e){if(Array.isArray(e))return e.map(C).join(`, `);if(typeof e==`boolean`)return e?`yes`:`no`;if(e&&typeof e==`object`)return JSON.stringify(e);let t=String(e);return t.length>120?`${t.slice(0,117)}…`:t}function w(e){if(!e)return[];let{input:t,...n}=e,r=t&&typeof t==`object`&&!Array.isArray(t)?{...t,...n}:e;return Object.entries(r).filter(([e,t])=>!/^id$/i.test(e)&&t!=null&&t!==``).map(([e,t])=>[S(e),C(t)])}function T(e){return e.length>16?`${e.slice(0,14)}…`:e}function E({summary:e}){let t=w(e);return t.length===0?(0,_.jsx)(`span`,{className:`muted`,children:`—`}):(0,_.jsx)(`ul`,{className:`summary-list`,children:t.map(([e,t])=>(0,_.jsxs)(`li`,{children:[(0,_.jsxs)(`span`,{className:`k`,children:[e,`:`]}),` `,t]},e))})}function D(){p(`Audit log`);let h=t(),v=h.role===`ADMIN`,S=c({sort:`CREATED_AT`,direction:`DESC`}),[C,w]=u(S.get(`q`),e=>S.update({q:e})),D={},O=S.get(`q`).trim();O&&(D.or=[{actionContainsFold:O},{entityIDContainsFold:O},{requestIDContainsFold:O},{entityTypeContainsFold:O}]),S.get(`actor`)&&(D.actorType=S.get(`actor`));let k=S.get(`since`);k&&(D.createdAtGTE=new Date(Math.floor(Date.now()/6e4)*6e4-Number(k)*864e5).toISOString());let A=a(g,{...S.pageVars,orderBy:{field:S.sort.field,direction:S.sort.direction},where:D},{keepPrevious:!0}),j=A.data?.auditEvents,M=m(j);return(0,_.jsxs)(_.Fragment,{children:[(0,_.jsx)(o,{title:`Audit log`,subtitle:v?`Every change and sign-in across PartnerHub: who, what, when and from where.`:`Every change and sign-in at ${h.partner?.name??`your organisation`}: who, what, when and from where.`}),(0,_.jsxs)(`section`,{className:`card`,"aria-label":`Audit events`,children:[(0,_.jsxs)(`div`,{className:`toolbar`,role:`search`,"aria-label":`Filter events`,children:[(0,_.jsxs)(`div`,{className:`field grow`,children:[(0,_.jsx)(`label`,{htmlFor:`audit-search`,children:`Search`}),(0,_.jsxs)(`div`,{className:`input-icon`,children:[(0,_.jsx)(s,{size:16,"aria-hidden":`true`}),(0,_.jsx)(`input`,{id:`audit-search`,className:`input`,type:`search`,placeholder:`Action, record ID or request ID`,value:C,onChange:e=>w(e.target.value)})]})]}),(0,_.jsxs)(`div`,{className:`field`,children:[(0,_.jsx)(`label`,{htmlFor:`audit-actor`,children:`Actor`}),(0,_.jsxs)(`select`,{id:`audit-actor`,className:`select`,value:S.get(`actor`),onChange:e=>S.update({actor:e.target.value}),children:[(0,_.jsx)(`option`,{value:``,children:`Anyone`}),Object.keys(x).map(e=>(0,_.jsx)(`option`,{value:e,children:x[e]},e))]})]}),(0,_.jsxs)(`div`,{className:`field`,children:[(0,_.jsx)(`label`,{htmlFor:`audit-since`,children:`Period`}),(0,_.jsxs)(`select`,{id:`audit-since`,className:`select`,value:k,onChange:e=>S.update({since:e.target.value}),children:[(0,_.jsx)(`option`,{value:``,children:`All time`}),(0,_.jsx)(`option`,{value:`1`,children:`Last 24 hours`}),(0,_.jsx)(`option`,{value:`7`,children:`Last 7 days`}),(0,_.jsx)(`option`,{value:`30`,children:`Last 30 days`})]})]})]}),(0,_.jsxs)(d,{query:A,connection:j,list:S,noun:`events`,skeleton:{rows:8,columns:5},empty:(0,_.jsx)(f,{icon:(0,_.jsx)(n,{size:22}),title:`No events match`,children:`Changes and sign-ins are recorded here as they happen.`}),children:[(0,_.jsx)(`thead`,{children:(0,_.jsxs)(`tr`,{children:[(0,_.jsx)(l,{label:`When`,field:`CREATED_AT`,sort:S.sort,onSort:S.setSort}),(0,_.jsx)(`th`,{scope:`col`,children:`Who`}),(0,_.jsx)(l,{label:`What`,field:`ACTION`,sort:S.sort,onSort:S.setSort}),(0,_.jsx)(`th`,{scope:`col`,children:`Record`}),(0,_.jsx)(`th`,{scope:`col`,children:`Changes`}),(0,_.jsx)(`th`,{scope:`col`,children:`From`})]})}),(0,_.jsx)(`tbody`,{children:M.map(t=>(0,_.jsxs)(`tr`,{children:[(0,_.jsxs)(`td`,{"data-label":`When`,className:`nowrap`,children:[(0,_.jsx)(`time`,{dateTime:t.createdAt,title:r(t.createdAt),children:e(t.createdAt)}),(0,_.jsx)(`div`,{className:`cell-sub`,children:r(t.createdAt)})]}),(0,_.jsx)(`td`,{"data-label":`Who`,children:t.actor?(0,_.jsxs)(_.Fragment,{children:[(0,_.jsx)(`div`,{className:`cell-title`,children:t.actor.name}),(0,_.jsx)(`div`,{className:`cell-sub`,children:t.actorType===`API_KEY`?`via API key`:t.actor.email}),v&&t.partner&&(0,_.jsx)(`div`,{className:`cell-sub`,children:t.partner.name})]}):(0,_.jsx)(`span`,{className:`muted`,children:x[t.actorType]})}),(0,_.jsx)(`td`,{"data-label":`What`,children:(0,_.jsx)(i,{tone:b(t.action),children:y(t.action)})}),(0,_.jsxs)(`td`,{"data-label":`Record`,children:[(0,_.jsx)(`div`,{children:t.entityType}),(0,_.jsx)(`div`,{className:`cell-sub mono`,title:t.entityID,children:T(t.entityID)})]}),(0,_.jsx)(`td`,{"data-label":`Changes`,children:(0,_.jsx)(E,{summary:t.summary})}),(0,_.jsxs)(`td`,{"data-label":`From`,children:[(0,_.jsx)(`div`,{className:`mono`,children:t.ip||`—`}),(0,_.jsx)(`div`,{className:`cell-sub mono`,title:`Request ID ${t.requestID}`,children:T(t.requestID)})]})]},t.id))})]})]})]})}export{D as default,y as describeAction,w as summaryEntries};