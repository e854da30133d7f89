<<<<<<<< HEAD:internal/portal/dist/assets/DealsList-CR7_T-0d.js
<<<<<<<< HEAD:internal/portal/dist/assets/DealsList-CR7_T-0d.js
import{E as e,I as t,P as n,U as r,a as i,bt as a,c as o,ft as s,h as c,ht as l,j as u,m as d,nt as f,r as p,v as m}from"./index-CPY0yktZ.js";import{t as h}from"./plus-B04YUd4W.js";import{t as g}from"./search-eHsk-ss9.js";import{t as _}from"./shield-exclamation-point-Aq4IS7kL.js";import{i as v,n as y,r as b,t as x}from"./ConnectionTable-BKYB6N_p.js";import{t as S}from"./KeyDate-HCVyffAL.js";import{a as C,n as w,u as T}from"./status-BQisRSU-.js";import{t as E}from"./connection-mmDI86VZ.js";import{t as D}from"./jsx-runtime-Wy9s6hX0.js";var O=`
========
import{E as e,I as t,P as n,St as r,U as i,a,c as o,gt as s,h as c,j as l,m as u,nt as d,pt as f,r as p,v as m}from"./index-BFYom38I.js";import{t as h}from"./plus-B04YUd4W.js";import{t as g}from"./search-eHsk-ss9.js";import{t as _}from"./shield-exclamation-point-Aq4IS7kL.js";import{i as v,n as y,r as b,t as x}from"./ConnectionTable-NIF9Lmsd.js";import{t as S}from"./KeyDate-CDvhogtc.js";import{a as C,n as w,u as T}from"./status-D7dhV33c.js";import{t as E}from"./connection-mmDI86VZ.js";import{t as D}from"./jsx-runtime-Wy9s6hX0.js";var O=`
>>>>>>>> training:internal/portal/dist/assets/DealsList-B9Rb7MDh.js
========
import{E as e,F as t,L as n,M as r,Tt as i,W as a,a as o,c as s,gt as c,h as l,m as u,r as d,rt as f,v as p,yt as m}from"./index-BtfVeBhV.js";import{t as h}from"./plus-B04YUd4W.js";import{t as g}from"./search-eHsk-ss9.js";import{t as _}from"./shield-exclamation-point-Aq4IS7kL.js";import{i as v,n as y,r as b,t as x}from"./ConnectionTable-lFi0357Y.js";import{t as S}from"./KeyDate-h49w5Pwp.js";import{a as C,n as w,u as T}from"./status-DHzWpM1n.js";import{t as E}from"./connection-mmDI86VZ.js";import{t as D}from"./jsx-runtime-Wy9s6hX0.js";var O=`
>>>>>>>> content:internal/portal/dist/assets/DealsList-BEa9yVbw.js
    query DealsList($first: Int, $after: Cursor, $last: Int, $before: Cursor, $orderBy: DealOrder, $where: DealWhereInput) {
  deals(
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
        title
        customerName
        customerDomain
        amount
        currency
        status
        expectedCloseDate
        createdAt
        decisionDueAt
        protectionExpiresAt
        closedAt
        coSell
        partner {
          id
          name
        }
        registeredBy {
          id
          name
        }
        conflicts {
          id
          blocking
        }
      }
    }
  }
}
    `,k=`
    query DealStatusCounts($all: DealWhereInput!, $submitted: DealWhereInput!, $approved: DealWhereInput!, $won: DealWhereInput!, $lost: DealWhereInput!, $rejected: DealWhereInput!, $withdrawn: DealWhereInput!, $expired: DealWhereInput!) {
  all: deals(where: $all) {
    totalCount
  }
  submitted: deals(where: $submitted) {
    totalCount
  }
  approved: deals(where: $approved) {
    totalCount
  }
  won: deals(where: $won) {
    totalCount
  }
  lost: deals(where: $lost) {
    totalCount
  }
  rejected: deals(where: $rejected) {
    totalCount
  }
  withdrawn: deals(where: $withdrawn) {
    totalCount
  }
  expired: deals(where: $expired) {
    totalCount
  }
}
    `,A=`
    query PartnerOptions {
  partners(first: 100, orderBy: {field: NAME, direction: ASC}) {
    edges {
      node {
        id
        name
      }
    }
  }
}
<<<<<<<< HEAD:internal/portal/dist/assets/DealsList-CR7_T-0d.js
    `,j=D();function M(){let D=e(),M=d(D.role);a(`Deals`);let N=v({sort:`CREATED_AT`,direction:`DESC`}),[P,F]=b(N.get(`q`),e=>N.update({q:e})),I=p(A,{},{enabled:M}),L={},R=[],z=N.get(`q`).trim();z&&R.push({or:[{customerNameContainsFold:z},{titleContainsFold:z},{customerDomainContainsFold:z}]});let B=M?N.get(`partner`):``;B&&(L.hasPartnerWith=[{id:B}]);let V=N.get(`mine`);V&&M&&(L.hasPartnerWith=[...L.hasPartnerWith??[],{hasManagerWith:[{id:D.id}]}]),V&&D.role===`PARTNER_ADMIN`&&(L.hasRegisteredByWith=[{id:D.id}]),R.length&&(L.and=R);let H=N.get(`status`),U=H?{...L,status:H}:L,W=p(O,{...N.pageVars,orderBy:{field:N.sort.field,direction:N.sort.direction},where:U},{keepPrevious:!0}),G=p(k,{all:L,submitted:{...L,status:`SUBMITTED`},approved:{...L,status:`APPROVED`},won:{...L,status:`WON`},lost:{...L,status:`LOST`},rejected:{...L,status:`REJECTED`},withdrawn:{...L,status:`WITHDRAWN`},expired:{...L,status:`EXPIRED`}},{keepPrevious:!0}),K=W.data?.deals,q=E(K),J=!!(z||B||V),Y=G.data,X={"":Y?.all.totalCount,SUBMITTED:Y?.submitted.totalCount,APPROVED:Y?.approved.totalCount,WON:Y?.won.totalCount,LOST:Y?.lost.totalCount,REJECTED:Y?.rejected.totalCount,WITHDRAWN:Y?.withdrawn.totalCount,EXPIRED:Y?.expired.totalCount},Z=Date.now(),Q=M?`Every deal registration across the program, with its status, protection and conflicts.`:D.role===`PARTNER_SALES`?`The deals you registered: where each stands, and what protects it.`:`Every deal ${D.partner?.name??`your organisation`} registered: where each stands, and what protects it.`;return(0,j.jsxs)(j.Fragment,{children:[(0,j.jsx)(m,{title:`Deals`,subtitle:Q,actions:M?(0,j.jsx)(c,{to:`/approvals`,icon:(0,j.jsx)(f,{size:15,"aria-hidden":`true`}),children:`Approval queue`}):(0,j.jsx)(c,{to:`/deals/new`,variant:`primary`,icon:(0,j.jsx)(h,{size:15,"aria-hidden":`true`}),children:`Register a deal`})}),(0,j.jsxs)(`section`,{className:`card`,"aria-label":`Deal list`,children:[(0,j.jsx)(`div`,{className:`tabs`,role:`group`,"aria-label":`Status`,children:[``,...C].map(e=>(0,j.jsxs)(`button`,{type:`button`,className:`tab`,"aria-pressed":H===e,onClick:()=>N.update({status:e}),children:[e?T[e]:`All`,X[e]!==void 0&&(0,j.jsx)(`span`,{className:`tab-count`,children:l(X[e]??0)})]},e||`all`))}),(0,j.jsxs)(`div`,{className:`toolbar`,role:`search`,"aria-label":`Filter deals`,children:[(0,j.jsxs)(`div`,{className:`field grow`,children:[(0,j.jsx)(`label`,{htmlFor:`deal-search`,children:`Search`}),(0,j.jsxs)(`div`,{className:`input-icon`,children:[(0,j.jsx)(g,{size:16,"aria-hidden":`true`}),(0,j.jsx)(`input`,{id:`deal-search`,className:`input`,type:`search`,placeholder:`Customer, web domain or deal title`,value:P,onChange:e=>F(e.target.value)})]})]}),M&&(0,j.jsxs)(`div`,{className:`field`,children:[(0,j.jsx)(`label`,{htmlFor:`f-partner`,children:`Partner`}),(0,j.jsxs)(`select`,{id:`f-partner`,className:`select`,value:B,onChange:e=>N.update({partner:e.target.value}),children:[(0,j.jsx)(`option`,{value:``,children:`All partners`}),E(I.data?.partners).map(e=>(0,j.jsx)(`option`,{value:e.id,children:e.name},e.id))]})]}),(M||D.role===`PARTNER_ADMIN`)&&(0,j.jsxs)(`div`,{className:`field`,children:[(0,j.jsx)(`span`,{className:`label`,"aria-hidden":`true`,children:`\xA0`}),(0,j.jsxs)(`div`,{className:`segmented`,role:`group`,"aria-label":`Whose deals`,children:[(0,j.jsx)(`button`,{type:`button`,"aria-pressed":!V,onClick:()=>N.update({mine:``}),children:`All`}),(0,j.jsx)(`button`,{type:`button`,"aria-pressed":!!V,onClick:()=>N.update({mine:`1`}),children:M?`My partners`:`Registered by me`})]})]})]}),(0,j.jsxs)(x,{query:W,connection:K,list:N,noun:`deals`,skeleton:{rows:8,columns:5},tableClassName:`table table-cards deal-table`,busy:!0,empty:(0,j.jsx)(o,{icon:(0,j.jsx)(s,{size:22}),title:J||H?`No deals match these filters`:`No deals registered yet`,action:J||H?(0,j.jsx)(u,{onClick:()=>N.update({q:``,partner:``,mine:``,status:``}),children:`Clear filters`}):!M&&(0,j.jsx)(c,{to:`/deals/new`,variant:`primary`,icon:(0,j.jsx)(h,{size:15,"aria-hidden":`true`}),children:`Register your first deal`}),children:J||H?`Try a broader search or another status.`:M?`Registrations appear here as partners submit them.`:`Register an opportunity to protect it: once approved, the customer is yours for your tier’s protection window.`}),children:[(0,j.jsxs)(`caption`,{className:`visually-hidden`,children:[`Deals, sorted by `,N.sort.field.toLowerCase().replace(/_/g,` `)]}),(0,j.jsx)(`thead`,{children:(0,j.jsxs)(`tr`,{children:[(0,j.jsx)(y,{label:`Deal`,field:`CUSTOMER_NAME`,sort:N.sort,onSort:N.setSort,className:`col-deal`}),M&&(0,j.jsx)(`th`,{scope:`col`,children:`Partner`}),(0,j.jsx)(y,{label:`Amount`,field:`AMOUNT`,sort:N.sort,onSort:N.setSort,className:`num`}),(0,j.jsx)(y,{label:`Status`,field:`STATUS`,sort:N.sort,onSort:N.setSort}),(0,j.jsx)(`th`,{scope:`col`,children:`Decision or protection`}),(0,j.jsx)(y,{label:`Expected close`,field:`EXPECTED_CLOSE_DATE`,sort:N.sort,onSort:N.setSort}),(0,j.jsx)(y,{label:`Registered`,field:`CREATED_AT`,sort:N.sort,onSort:N.setSort})]})}),(0,j.jsx)(`tbody`,{children:q.map(e=>{let a=(e.conflicts??[]).length>0;return(0,j.jsxs)(`tr`,{children:[(0,j.jsxs)(`td`,{className:`col-deal`,children:[(0,j.jsx)(r,{to:`/deals/${e.id}`,className:`cell-title`,children:e.title}),(0,j.jsxs)(`div`,{className:`cell-sub`,children:[e.customerName,` · `,e.customerDomain]})]}),M&&(0,j.jsx)(`td`,{"data-label":`Partner`,children:(0,j.jsx)(r,{to:`/partners/${e.partner.id}`,children:e.partner.name})}),(0,j.jsxs)(`td`,{"data-label":`Amount`,className:`num nowrap`,children:[i(e.amount,e.currency),(0,j.jsx)(`div`,{className:`cell-sub`,children:e.currency})]}),(0,j.jsx)(`td`,{"data-label":`Status`,children:(0,j.jsxs)(`div`,{className:`status-cell`,children:[(0,j.jsx)(w,{status:e.status}),a&&(0,j.jsxs)(`span`,{className:`flag`,title:`Conflicts flagged`,children:[(0,j.jsx)(_,{size:13,"aria-hidden":`true`}),(0,j.jsx)(`span`,{className:`visually-hidden`,children:`Conflicts flagged`})]}),e.coSell&&(0,j.jsx)(`span`,{className:`badge`,children:`Co-sell`})]})}),(0,j.jsx)(`td`,{"data-label":`Next`,children:(0,j.jsx)(S,{d:e,now:Z})}),(0,j.jsx)(`td`,{"data-label":`Expected close`,className:`nowrap`,children:t(e.expectedCloseDate)}),(0,j.jsxs)(`td`,{"data-label":`Registered`,children:[(0,j.jsx)(`div`,{className:`nowrap`,children:n(e.createdAt)}),D.role!==`PARTNER_SALES`&&(0,j.jsx)(`div`,{className:`cell-sub`,children:e.registeredBy.name})]})]},e.id)})})]})]})]})}export{M as default};
========
    `,j=D();function M(){let D=e(),M=f(D.role);o(`Deals`);let N=v({sort:`CREATED_AT`,direction:`DESC`}),[P,F]=b(N.get(`q`),e=>N.update({q:e})),I=d(A,{},{enabled:M}),L={},R=[],z=N.get(`q`).trim();z&&R.push({or:[{customerNameContainsFold:z},{titleContainsFold:z},{customerDomainContainsFold:z}]});let B=M?N.get(`partner`):``;B&&(L.hasPartnerWith=[{id:B}]);let V=N.get(`mine`);V&&M&&(L.hasPartnerWith=[...L.hasPartnerWith??[],{hasManagerWith:[{id:D.id}]}]),V&&D.role===`PARTNER_ADMIN`&&(L.hasRegisteredByWith=[{id:D.id}]),R.length&&(L.and=R);let H=N.get(`status`),U=H?{...L,status:H}:L,W=d(O,{...N.pageVars,orderBy:{field:N.sort.field,direction:N.sort.direction},where:U},{keepPrevious:!0}),G=d(k,{all:L,submitted:{...L,status:`SUBMITTED`},approved:{...L,status:`APPROVED`},won:{...L,status:`WON`},lost:{...L,status:`LOST`},rejected:{...L,status:`REJECTED`},withdrawn:{...L,status:`WITHDRAWN`},expired:{...L,status:`EXPIRED`}},{keepPrevious:!0}),K=W.data?.deals,q=E(K),J=!!(z||B||V),Y=G.data,X={"":Y?.all.totalCount,SUBMITTED:Y?.submitted.totalCount,APPROVED:Y?.approved.totalCount,WON:Y?.won.totalCount,LOST:Y?.lost.totalCount,REJECTED:Y?.rejected.totalCount,WITHDRAWN:Y?.withdrawn.totalCount,EXPIRED:Y?.expired.totalCount},Z=Date.now(),Q=M?`Every deal registration across the program, with its status, protection and conflicts.`:D.role===`PARTNER_SALES`?`The deals you registered: where each stands, and what protects it.`:`Every deal ${D.partner?.name??`your organisation`} registered: where each stands, and what protects it.`;return(0,j.jsxs)(j.Fragment,{children:[(0,j.jsx)(p,{title:`Deals`,subtitle:Q,actions:M?(0,j.jsx)(l,{to:`/approvals`,icon:(0,j.jsx)(c,{size:15,"aria-hidden":`true`}),children:`Approval queue`}):(0,j.jsx)(l,{to:`/deals/new`,variant:`primary`,icon:(0,j.jsx)(h,{size:15,"aria-hidden":`true`}),children:`Register a deal`})}),(0,j.jsxs)(`section`,{className:`card`,"aria-label":`Deal list`,children:[(0,j.jsx)(`div`,{className:`tabs`,role:`group`,"aria-label":`Status`,children:[``,...C].map(e=>(0,j.jsxs)(`button`,{type:`button`,className:`tab`,"aria-pressed":H===e,onClick:()=>N.update({status:e}),children:[e?T[e]:`All`,X[e]!==void 0&&(0,j.jsx)(`span`,{className:`tab-count`,children:r(X[e]??0)})]},e||`all`))}),(0,j.jsxs)(`div`,{className:`toolbar`,role:`search`,"aria-label":`Filter deals`,children:[(0,j.jsxs)(`div`,{className:`field grow`,children:[(0,j.jsx)(`label`,{htmlFor:`deal-search`,children:`Search`}),(0,j.jsxs)(`div`,{className:`input-icon`,children:[(0,j.jsx)(g,{size:16,"aria-hidden":`true`}),(0,j.jsx)(`input`,{id:`deal-search`,className:`input`,type:`search`,placeholder:`Customer, web domain or deal title`,value:P,onChange:e=>F(e.target.value)})]})]}),M&&(0,j.jsxs)(`div`,{className:`field`,children:[(0,j.jsx)(`label`,{htmlFor:`f-partner`,children:`Partner`}),(0,j.jsxs)(`select`,{id:`f-partner`,className:`select`,value:B,onChange:e=>N.update({partner:e.target.value}),children:[(0,j.jsx)(`option`,{value:``,children:`All partners`}),E(I.data?.partners).map(e=>(0,j.jsx)(`option`,{value:e.id,children:e.name},e.id))]})]}),(M||D.role===`PARTNER_ADMIN`)&&(0,j.jsxs)(`div`,{className:`field`,children:[(0,j.jsx)(`span`,{className:`label`,"aria-hidden":`true`,children:`\xA0`}),(0,j.jsxs)(`div`,{className:`segmented`,role:`group`,"aria-label":`Whose deals`,children:[(0,j.jsx)(`button`,{type:`button`,"aria-pressed":!V,onClick:()=>N.update({mine:``}),children:`All`}),(0,j.jsx)(`button`,{type:`button`,"aria-pressed":!!V,onClick:()=>N.update({mine:`1`}),children:M?`My partners`:`Registered by me`})]})]})]}),(0,j.jsxs)(x,{query:W,connection:K,list:N,noun:`deals`,skeleton:{rows:8,columns:5},tableClassName:`table table-cards deal-table`,busy:!0,empty:(0,j.jsx)(s,{icon:(0,j.jsx)(m,{size:22}),title:J||H?`No deals match these filters`:`No deals registered yet`,action:J||H?(0,j.jsx)(u,{onClick:()=>N.update({q:``,partner:``,mine:``,status:``}),children:`Clear filters`}):!M&&(0,j.jsx)(l,{to:`/deals/new`,variant:`primary`,icon:(0,j.jsx)(h,{size:15,"aria-hidden":`true`}),children:`Register your first deal`}),children:J||H?`Try a broader search or another status.`:M?`Registrations appear here as partners submit them.`:`Register an opportunity to protect it: once approved, the customer is yours for your tier’s protection window.`}),children:[(0,j.jsxs)(`caption`,{className:`visually-hidden`,children:[`Deals, sorted by `,N.sort.field.toLowerCase().replace(/_/g,` `)]}),(0,j.jsx)(`thead`,{children:(0,j.jsxs)(`tr`,{children:[(0,j.jsx)(y,{label:`Deal`,field:`CUSTOMER_NAME`,sort:N.sort,onSort:N.setSort,className:`col-deal`}),M&&(0,j.jsx)(`th`,{scope:`col`,children:`Partner`}),(0,j.jsx)(y,{label:`Amount`,field:`AMOUNT`,sort:N.sort,onSort:N.setSort,className:`num`}),(0,j.jsx)(y,{label:`Status`,field:`STATUS`,sort:N.sort,onSort:N.setSort}),(0,j.jsx)(`th`,{scope:`col`,children:`Decision or protection`}),(0,j.jsx)(y,{label:`Expected close`,field:`EXPECTED_CLOSE_DATE`,sort:N.sort,onSort:N.setSort}),(0,j.jsx)(y,{label:`Registered`,field:`CREATED_AT`,sort:N.sort,onSort:N.setSort})]})}),(0,j.jsx)(`tbody`,{children:q.map(e=>{let r=(e.conflicts??[]).length>0;return(0,j.jsxs)(`tr`,{children:[(0,j.jsxs)(`td`,{className:`col-deal`,children:[(0,j.jsx)(i,{to:`/deals/${e.id}`,className:`cell-title`,children:e.title}),(0,j.jsxs)(`div`,{className:`cell-sub`,children:[e.customerName,` · `,e.customerDomain]})]}),M&&(0,j.jsx)(`td`,{"data-label":`Partner`,children:(0,j.jsx)(i,{to:`/partners/${e.partner.id}`,children:e.partner.name})}),(0,j.jsxs)(`td`,{"data-label":`Amount`,className:`num nowrap`,children:[a(e.amount,e.currency),(0,j.jsx)(`div`,{className:`cell-sub`,children:e.currency})]}),(0,j.jsx)(`td`,{"data-label":`Status`,children:(0,j.jsxs)(`div`,{className:`status-cell`,children:[(0,j.jsx)(w,{status:e.status}),r&&(0,j.jsxs)(`span`,{className:`flag`,title:`Conflicts flagged`,children:[(0,j.jsx)(_,{size:13,"aria-hidden":`true`}),(0,j.jsx)(`span`,{className:`visually-hidden`,children:`Conflicts flagged`})]}),e.coSell&&(0,j.jsx)(`span`,{className:`badge`,children:`Co-sell`})]})}),(0,j.jsx)(`td`,{"data-label":`Next`,children:(0,j.jsx)(S,{d:e,now:Z})}),(0,j.jsx)(`td`,{"data-label":`Expected close`,className:`nowrap`,children:n(e.expectedCloseDate)}),(0,j.jsxs)(`td`,{"data-label":`Registered`,children:[(0,j.jsx)(`div`,{className:`nowrap`,children:t(e.createdAt)}),D.role!==`PARTNER_SALES`&&(0,j.jsx)(`div`,{className:`cell-sub`,children:e.registeredBy.name})]})]},e.id)})})]})]})]})}export{M as default};
>>>>>>>> content:internal/portal/dist/assets/DealsList-BEa9yVbw.js
