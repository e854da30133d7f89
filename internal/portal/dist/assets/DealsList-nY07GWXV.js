import{A as e,F as t,H as n,N as r,T as i,_ as a,a as o,bt as s,f as c,ft as l,ht as u,l as d,m as f,nt as p,p as m,r as h,s as g}from"./index-DZc1YHmR.js";import{t as _}from"./plus-B04YUd4W.js";import{t as v}from"./search-eHsk-ss9.js";import{t as y}from"./shield-exclamation-point-Aq4IS7kL.js";import{a as b,i as x,n as S,r as C,t as w}from"./Table-DcJtYMGX.js";import{n as T}from"./tiers-BGeT2FPG.js";import{t as ee}from"./KeyDate-DkFKfsWf.js";import{a as E,n as D,u as O}from"./status-B5qQXQCO.js";import{t as k}from"./jsx-runtime-Wy9s6hX0.js";var A=k(),j=`
    query DealsList($first: Int, $after: Cursor, $last: Int, $before: Cursor, $orderBy: DealOrder, $where: DealWhereInput) {
  __typename
  deals(
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
          __typename
          id
          name
        }
        registeredBy {
          __typename
          id
          name
        }
        conflicts {
          __typename
          id
          blocking
        }
      }
    }
  }
}
    `,M=`
    query DealStatusCounts($all: DealWhereInput!, $submitted: DealWhereInput!, $approved: DealWhereInput!, $won: DealWhereInput!, $lost: DealWhereInput!, $rejected: DealWhereInput!, $withdrawn: DealWhereInput!, $expired: DealWhereInput!) {
  __typename
  all: deals(where: $all) {
    __typename
    totalCount
  }
  submitted: deals(where: $submitted) {
    __typename
    totalCount
  }
  approved: deals(where: $approved) {
    __typename
    totalCount
  }
  won: deals(where: $won) {
    __typename
    totalCount
  }
  lost: deals(where: $lost) {
    __typename
    totalCount
  }
  rejected: deals(where: $rejected) {
    __typename
    totalCount
  }
  withdrawn: deals(where: $withdrawn) {
    __typename
    totalCount
  }
  expired: deals(where: $expired) {
    __typename
    totalCount
  }
}
    `,N=`
    query PartnerOptions {
  __typename
  partners(first: 100, orderBy: {field: NAME, direction: ASC}) {
    __typename
    edges {
      __typename
      node {
        __typename
        id
        name
      }
    }
  }
}
    `;function P(){let k=i(),P=p(k.role);o(`Deals`);let F=b({sort:`CREATED_AT`,direction:`DESC`}),[I,L]=x(F.get(`q`),e=>F.update({q:e})),R=h(N,{},{enabled:P}),z={},B=[],V=F.get(`q`).trim();V&&B.push({or:[{customerNameContainsFold:V},{titleContainsFold:V},{customerDomainContainsFold:V}]});let H=P?F.get(`partner`):``;H&&(z.hasPartnerWith=[{id:H}]);let U=F.get(`mine`);U&&P&&(z.hasPartnerWith=[...z.hasPartnerWith??[],{hasManagerWith:[{id:k.id}]}]),U&&k.role===`PARTNER_ADMIN`&&(z.hasRegisteredByWith=[{id:k.id}]),B.length&&(z.and=B);let W=F.get(`status`),G=W?{...z,status:W}:z,K=h(j,{...F.pageVars,orderBy:{field:F.sort.field,direction:F.sort.direction},where:G},{keepPrevious:!0}),q=h(M,{all:z,submitted:{...z,status:`SUBMITTED`},approved:{...z,status:`APPROVED`},won:{...z,status:`WON`},lost:{...z,status:`LOST`},rejected:{...z,status:`REJECTED`},withdrawn:{...z,status:`WITHDRAWN`},expired:{...z,status:`EXPIRED`}},{keepPrevious:!0}),J=K.data?.deals,Y=T(J),X=C(F,J),Z=!!(V||H||U),Q=q.data,$={"":Q?.all.totalCount,SUBMITTED:Q?.submitted.totalCount,APPROVED:Q?.approved.totalCount,WON:Q?.won.totalCount,LOST:Q?.lost.totalCount,REJECTED:Q?.rejected.totalCount,WITHDRAWN:Q?.withdrawn.totalCount,EXPIRED:Q?.expired.totalCount},te=Date.now(),ne=P?`Every deal registration across the program, with its status, protection and conflicts.`:k.role===`PARTNER_SALES`?`The deals you registered: where each stands, and what protects it.`:`Every deal ${k.partner?.name??`your organisation`} registered: where each stands, and what protects it.`;return(0,A.jsxs)(A.Fragment,{children:[(0,A.jsx)(a,{title:`Deals`,subtitle:ne,actions:P?(0,A.jsx)(f,{to:`/approvals`,icon:(0,A.jsx)(l,{size:15,"aria-hidden":`true`}),children:`Approval queue`}):(0,A.jsx)(f,{to:`/deals/new`,variant:`primary`,icon:(0,A.jsx)(_,{size:15,"aria-hidden":`true`}),children:`Register a deal`})}),(0,A.jsxs)(`section`,{className:`card`,"aria-label":`Deal list`,children:[(0,A.jsx)(`div`,{className:`tabs`,role:`group`,"aria-label":`Status`,children:[``,...E].map(t=>(0,A.jsxs)(`button`,{type:`button`,className:`tab`,"aria-pressed":W===t,onClick:()=>F.update({status:t}),children:[t?O[t]:`All`,$[t]!==void 0&&(0,A.jsx)(`span`,{className:`tab-count`,children:e($[t]??0)})]},t||`all`))}),(0,A.jsxs)(`div`,{className:`toolbar`,role:`search`,"aria-label":`Filter deals`,children:[(0,A.jsxs)(`div`,{className:`field grow`,children:[(0,A.jsx)(`label`,{htmlFor:`deal-search`,children:`Search`}),(0,A.jsxs)(`div`,{className:`input-icon`,children:[(0,A.jsx)(v,{size:16,"aria-hidden":`true`}),(0,A.jsx)(`input`,{id:`deal-search`,className:`input`,type:`search`,placeholder:`Customer, web domain or deal title`,value:I,onChange:e=>L(e.target.value)})]})]}),P&&(0,A.jsxs)(`div`,{className:`field`,children:[(0,A.jsx)(`label`,{htmlFor:`f-partner`,children:`Partner`}),(0,A.jsxs)(`select`,{id:`f-partner`,className:`select`,value:H,onChange:e=>F.update({partner:e.target.value}),children:[(0,A.jsx)(`option`,{value:``,children:`All partners`}),T(R.data?.partners).map(e=>(0,A.jsx)(`option`,{value:e.id,children:e.name},e.id))]})]}),(P||k.role===`PARTNER_ADMIN`)&&(0,A.jsxs)(`div`,{className:`field`,children:[(0,A.jsx)(`span`,{className:`label`,"aria-hidden":`true`,children:`\xA0`}),(0,A.jsxs)(`div`,{className:`segmented`,role:`group`,"aria-label":`Whose deals`,children:[(0,A.jsx)(`button`,{type:`button`,"aria-pressed":!U,onClick:()=>F.update({mine:``}),children:`All`}),(0,A.jsx)(`button`,{type:`button`,"aria-pressed":!!U,onClick:()=>F.update({mine:`1`}),children:P?`My partners`:`Registered by me`})]})]})]}),K.isError?(0,A.jsx)(d,{error:K.error,onRetry:()=>void K.refetch()}):K.isPending?(0,A.jsx)(c,{rows:8,columns:5}):Y.length===0?(0,A.jsx)(g,{icon:(0,A.jsx)(u,{size:22}),title:Z||W?`No deals match these filters`:`No deals registered yet`,action:Z||W?(0,A.jsx)(m,{onClick:()=>F.update({q:``,partner:``,mine:``,status:``}),children:`Clear filters`}):!P&&(0,A.jsx)(f,{to:`/deals/new`,variant:`primary`,icon:(0,A.jsx)(_,{size:15,"aria-hidden":`true`}),children:`Register your first deal`}),children:Z||W?`Try a broader search or another status.`:P?`Registrations appear here as partners submit them.`:`Register an opportunity to protect it: once approved, the customer is yours for your tier’s protection window.`}):(0,A.jsx)(`div`,{className:`table-wrap`,"aria-busy":K.isFetching,children:(0,A.jsxs)(`table`,{className:`table table-cards deal-table`,children:[(0,A.jsxs)(`caption`,{className:`visually-hidden`,children:[`Deals, sorted by `,F.sort.field.toLowerCase().replace(/_/g,` `)]}),(0,A.jsx)(`thead`,{children:(0,A.jsxs)(`tr`,{children:[(0,A.jsx)(S,{label:`Deal`,field:`CUSTOMER_NAME`,sort:F.sort,onSort:F.setSort,className:`col-deal`}),P&&(0,A.jsx)(`th`,{scope:`col`,children:`Partner`}),(0,A.jsx)(S,{label:`Amount`,field:`AMOUNT`,sort:F.sort,onSort:F.setSort,className:`num`}),(0,A.jsx)(S,{label:`Status`,field:`STATUS`,sort:F.sort,onSort:F.setSort}),(0,A.jsx)(`th`,{scope:`col`,children:`Decision or protection`}),(0,A.jsx)(S,{label:`Expected close`,field:`EXPECTED_CLOSE_DATE`,sort:F.sort,onSort:F.setSort}),(0,A.jsx)(S,{label:`Registered`,field:`CREATED_AT`,sort:F.sort,onSort:F.setSort})]})}),(0,A.jsx)(`tbody`,{children:Y.map(e=>{let i=(e.conflicts??[]).length>0;return(0,A.jsxs)(`tr`,{children:[(0,A.jsxs)(`td`,{className:`col-deal`,children:[(0,A.jsx)(s,{to:`/deals/${e.id}`,className:`cell-title`,children:e.title}),(0,A.jsxs)(`div`,{className:`cell-sub`,children:[e.customerName,` · `,e.customerDomain]})]}),P&&(0,A.jsx)(`td`,{"data-label":`Partner`,children:(0,A.jsx)(s,{to:`/partners/${e.partner.id}`,children:e.partner.name})}),(0,A.jsxs)(`td`,{"data-label":`Amount`,className:`num nowrap`,children:[n(e.amount,e.currency),(0,A.jsx)(`div`,{className:`cell-sub`,children:e.currency})]}),(0,A.jsx)(`td`,{"data-label":`Status`,children:(0,A.jsxs)(`div`,{className:`status-cell`,children:[(0,A.jsx)(D,{status:e.status}),i&&(0,A.jsxs)(`span`,{className:`flag`,title:`Conflicts flagged`,children:[(0,A.jsx)(y,{size:13,"aria-hidden":`true`}),(0,A.jsx)(`span`,{className:`visually-hidden`,children:`Conflicts flagged`})]}),e.coSell&&(0,A.jsx)(`span`,{className:`badge`,children:`Co-sell`})]})}),(0,A.jsx)(`td`,{"data-label":`Next`,children:(0,A.jsx)(ee,{d:e,now:te})}),(0,A.jsx)(`td`,{"data-label":`Expected close`,className:`nowrap`,children:t(e.expectedCloseDate)}),(0,A.jsxs)(`td`,{"data-label":`Registered`,children:[(0,A.jsx)(`div`,{className:`nowrap`,children:r(e.createdAt)}),k.role!==`PARTNER_SALES`&&(0,A.jsx)(`div`,{className:`cell-sub`,children:e.registeredBy.name})]})]},e.id)})})]})}),!K.isError&&(J?.totalCount??0)>0&&(0,A.jsx)(w,{...X,noun:`deals`,busy:K.isFetching,onNext:()=>F.goNext(J?.pageInfo.endCursor),onPrevious:()=>F.goPrevious(J?.pageInfo.startCursor)})]})]})}export{N as PartnerOptionsQuery,P as default};