import{T as e,U as t,a as n,f as r,g as i,it as a,ot as o,p as s,q as c,v as l}from"./index-D7DUstJB.js";import{t as u}from"./plus-wl5cgOBG.js";import{t as d}from"./search-DIO5WIz7.js";import{t as f}from"./shield-exclamation-point-CSwQK4xe.js";import{K as p,d as m,r as h,t as g,u as _}from"./usePageTitle-atKqKR4V.js";import{n as v,r as y,t as b}from"./ConnectionTable-DPymnZCa.js";import{n as x}from"./Table-urS6XuIN.js";import{t as S}from"./KeyDate-BlEr0wc9.js";import{a as C,n as w,u as T}from"./status-Cvs0A2qn.js";import{t as E}from"./connection-mmDI86VZ.js";import{t as D}from"./jsx-runtime-Wy9s6hX0.js";var O=`
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
    `,j=D();function M(){let D=t(),M=c(D.role);g(`Deals`);let N=y({sort:`CREATED_AT`,direction:`DESC`}),[P,F]=v(N.get(`q`),e=>N.update({q:e})),I=r(A,{},{enabled:M}),L={},R=[],z=N.get(`q`).trim();z&&R.push({or:[{customerNameContainsFold:z},{titleContainsFold:z},{customerDomainContainsFold:z}]});let B=M?N.get(`partner`):``;B&&(L.hasPartnerWith=[{id:B}]);let V=N.get(`mine`);V&&M&&(L.hasPartnerWith=[...L.hasPartnerWith??[],{hasManagerWith:[{id:D.id}]}]),V&&D.role===`PARTNER_ADMIN`&&(L.hasRegisteredByWith=[{id:D.id}]),R.length&&(L.and=R);let H=N.get(`status`),U=H?{...L,status:H}:L,W=r(O,{...N.pageVars,orderBy:{field:N.sort.field,direction:N.sort.direction},where:U},{keepPrevious:!0}),G=r(k,{all:L,submitted:{...L,status:`SUBMITTED`},approved:{...L,status:`APPROVED`},won:{...L,status:`WON`},lost:{...L,status:`LOST`},rejected:{...L,status:`REJECTED`},withdrawn:{...L,status:`WITHDRAWN`},expired:{...L,status:`EXPIRED`}},{keepPrevious:!0}),K=W.data?.deals,q=E(K),J=!!(z||B||V),Y=G.data,X={"":Y?.all.totalCount,SUBMITTED:Y?.submitted.totalCount,APPROVED:Y?.approved.totalCount,WON:Y?.won.totalCount,LOST:Y?.lost.totalCount,REJECTED:Y?.rejected.totalCount,WITHDRAWN:Y?.withdrawn.totalCount,EXPIRED:Y?.expired.totalCount},Z=Date.now(),Q=M?`Every deal registration across the program, with its status, protection and conflicts.`:D.role===`PARTNER_SALES`?`The deals you registered: where each stands, and what protects it.`:`Every deal ${D.partner?.name??`your organisation`} registered: where each stands, and what protects it.`;return(0,j.jsxs)(j.Fragment,{children:[(0,j.jsx)(n,{title:`Deals`,subtitle:Q,actions:M?(0,j.jsx)(m,{to:`/approvals`,icon:(0,j.jsx)(a,{size:15,"aria-hidden":`true`}),children:`Approval queue`}):(0,j.jsx)(m,{to:`/deals/new`,variant:`primary`,icon:(0,j.jsx)(u,{size:15,"aria-hidden":`true`}),children:`Register a deal`})}),(0,j.jsxs)(`section`,{className:`card`,"aria-label":`Deal list`,children:[(0,j.jsx)(`div`,{className:`tabs`,role:`group`,"aria-label":`Status`,children:[``,...C].map(e=>(0,j.jsxs)(`button`,{type:`button`,className:`tab`,"aria-pressed":H===e,onClick:()=>N.update({status:e}),children:[e?T[e]:`All`,X[e]!==void 0&&(0,j.jsx)(`span`,{className:`tab-count`,children:s(X[e]??0)})]},e||`all`))}),(0,j.jsxs)(`div`,{className:`toolbar`,role:`search`,"aria-label":`Filter deals`,children:[(0,j.jsxs)(`div`,{className:`field grow`,children:[(0,j.jsx)(`label`,{htmlFor:`deal-search`,children:`Search`}),(0,j.jsxs)(`div`,{className:`input-icon`,children:[(0,j.jsx)(d,{size:16,"aria-hidden":`true`}),(0,j.jsx)(`input`,{id:`deal-search`,className:`input`,type:`search`,placeholder:`Customer, web domain or deal title`,value:P,onChange:e=>F(e.target.value)})]})]}),M&&(0,j.jsxs)(`div`,{className:`field`,children:[(0,j.jsx)(`label`,{htmlFor:`f-partner`,children:`Partner`}),(0,j.jsxs)(`select`,{id:`f-partner`,className:`select`,value:B,onChange:e=>N.update({partner:e.target.value}),children:[(0,j.jsx)(`option`,{value:``,children:`All partners`}),E(I.data?.partners).map(e=>(0,j.jsx)(`option`,{value:e.id,children:e.name},e.id))]})]}),(M||D.role===`PARTNER_ADMIN`)&&(0,j.jsxs)(`div`,{className:`field`,children:[(0,j.jsx)(`span`,{className:`label`,"aria-hidden":`true`,children:`\xA0`}),(0,j.jsxs)(`div`,{className:`segmented`,role:`group`,"aria-label":`Whose deals`,children:[(0,j.jsx)(`button`,{type:`button`,"aria-pressed":!V,onClick:()=>N.update({mine:``}),children:`All`}),(0,j.jsx)(`button`,{type:`button`,"aria-pressed":!!V,onClick:()=>N.update({mine:`1`}),children:M?`My partners`:`Registered by me`})]})]})]}),(0,j.jsxs)(b,{query:W,connection:K,list:N,noun:`deals`,csv:{list:`deals`,fields:[`title`,`customerName`,`customerDomain`,`amount`,`currency`,`status`,`expectedCloseDate`,`createdAt`,`decisionDueAt`,`protectionExpiresAt`,`closedAt`,`coSell`,`partner.name`,`registeredBy.name`],where:U,orderBy:{field:N.sort.field,direction:N.sort.direction}},skeleton:{rows:8,columns:5},tableClassName:`table table-cards deal-table`,busy:!0,empty:(0,j.jsx)(h,{icon:(0,j.jsx)(o,{size:22}),title:J||H?`No deals match these filters`:`No deals registered yet`,action:J||H?(0,j.jsx)(_,{onClick:()=>N.update({q:``,partner:``,mine:``,status:``}),children:`Clear filters`}):!M&&(0,j.jsx)(m,{to:`/deals/new`,variant:`primary`,icon:(0,j.jsx)(u,{size:15,"aria-hidden":`true`}),children:`Register your first deal`}),children:J||H?`Try a broader search or another status.`:M?`Registrations appear here as partners submit them.`:`Register an opportunity to protect it: once approved, the customer is yours for your tier’s protection window.`}),children:[(0,j.jsxs)(`caption`,{className:`visually-hidden`,children:[`Deals, sorted by `,N.sort.field.toLowerCase().replace(/_/g,` `)]}),(0,j.jsx)(`thead`,{children:(0,j.jsxs)(`tr`,{children:[(0,j.jsx)(x,{label:`Deal`,field:`CUSTOMER_NAME`,sort:N.sort,onSort:N.setSort,className:`col-deal`}),M&&(0,j.jsx)(`th`,{scope:`col`,children:`Partner`}),(0,j.jsx)(x,{label:`Amount`,field:`AMOUNT`,sort:N.sort,onSort:N.setSort,className:`num`}),(0,j.jsx)(x,{label:`Status`,field:`STATUS`,sort:N.sort,onSort:N.setSort}),(0,j.jsx)(`th`,{scope:`col`,children:`Decision or protection`}),(0,j.jsx)(x,{label:`Expected close`,field:`EXPECTED_CLOSE_DATE`,sort:N.sort,onSort:N.setSort}),(0,j.jsx)(x,{label:`Registered`,field:`CREATED_AT`,sort:N.sort,onSort:N.setSort})]})}),(0,j.jsx)(`tbody`,{children:q.map(t=>{let n=(t.conflicts??[]).length>0;return(0,j.jsxs)(`tr`,{children:[(0,j.jsxs)(`td`,{className:`col-deal`,children:[(0,j.jsx)(p,{to:`/deals/${t.id}`,className:`cell-title`,children:t.title}),(0,j.jsxs)(`div`,{className:`cell-sub`,children:[t.customerName,` · `,t.customerDomain]})]}),M&&(0,j.jsx)(`td`,{"data-label":`Partner`,children:(0,j.jsx)(p,{to:`/partners/${t.partner.id}`,children:t.partner.name})}),(0,j.jsxs)(`td`,{"data-label":`Amount`,className:`num nowrap`,children:[e(t.amount,t.currency),(0,j.jsx)(`div`,{className:`cell-sub`,children:t.currency})]}),(0,j.jsx)(`td`,{"data-label":`Status`,children:(0,j.jsxs)(`div`,{className:`status-cell`,children:[(0,j.jsx)(w,{status:t.status}),n&&(0,j.jsxs)(`span`,{className:`flag`,title:`Conflicts flagged`,children:[(0,j.jsx)(f,{size:13,"aria-hidden":`true`}),(0,j.jsx)(`span`,{className:`visually-hidden`,children:`Conflicts flagged`})]}),t.coSell&&(0,j.jsx)(`span`,{className:`badge`,children:`Co-sell`})]})}),(0,j.jsx)(`td`,{"data-label":`Next`,children:(0,j.jsx)(S,{d:t,now:Z})}),(0,j.jsx)(`td`,{"data-label":`Expected close`,className:`nowrap`,children:l(t.expectedCloseDate)}),(0,j.jsxs)(`td`,{"data-label":`Registered`,children:[(0,j.jsx)(`div`,{className:`nowrap`,children:i(t.createdAt)}),D.role!==`PARTNER_SALES`&&(0,j.jsx)(`div`,{className:`cell-sub`,children:t.registeredBy.name})]})]},t.id)})})]})]})]})}export{M as default};