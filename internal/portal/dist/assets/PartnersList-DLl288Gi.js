import{G as e,J as t,T as n,W as r,_ as i,a,b as o,bt as s,f as c,h as l,j as u,l as d,mt as f,p,r as m,s as h,x as g,z as _}from"./index-DZc1YHmR.js";import{t as v}from"./search-eHsk-ss9.js";import{a as y,i as b,n as x,r as S,t as C}from"./Table-DcJtYMGX.js";import{n as w,r as T}from"./tiers-BGeT2FPG.js";import{t as E}from"./jsx-runtime-Wy9s6hX0.js";var D=E(),O=`
    query PartnersList($first: Int, $after: Cursor, $last: Int, $before: Cursor, $orderBy: PartnerOrder, $where: PartnerWhereInput) {
  __typename
  partners(
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
        name
        domain
        type
        status
        country
        region
        tier {
          __typename
          id
          name
          rank
        }
        manager {
          __typename
          id
          name
        }
      }
    }
  }
}
    `,k=`
    query TierOptions {
  __typename
  tiers(first: 100, orderBy: {field: RANK, direction: ASC}) {
    __typename
    edges {
      __typename
      node {
        __typename
        id
        name
        rank
      }
    }
  }
}
    `,A=_(e),j=_(r),M=[`NA`,`LATAM`,`EMEA`,`APAC`];function N(){a(`Partners`);let _=n(),E=y({sort:`NAME`,direction:`ASC`}),[N,P]=b(E.get(`q`),e=>E.update({q:e})),F=m(k,{}),I=T(w(F.data?.tiers)),L={},R=[],z=E.get(`q`).trim();z&&R.push({or:[{nameContainsFold:z},{domainContainsFold:z},{slugContainsFold:z}]});let B=E.get(`tier`);B===`none`?L.hasTier=!1:B&&(L.hasTierWith=[{id:B}]),E.get(`type`)&&(L.type=E.get(`type`)),E.get(`status`)&&(L.status=E.get(`status`)),E.get(`region`)&&(L.region=E.get(`region`)),E.get(`mine`)&&(L.hasManagerWith=[{id:_.id}]),R.length&&(L.and=R);let V=m(O,{...E.pageVars,orderBy:{field:E.sort.field,direction:E.sort.direction},where:L},{keepPrevious:!0}),H=V.data?.partners,U=w(H),W=S(E,H),G=!!(z||B||E.get(`type`)||E.get(`status`)||E.get(`region`)||E.get(`mine`));return(0,D.jsxs)(D.Fragment,{children:[(0,D.jsx)(i,{title:`Partners`,subtitle:`Every partner organisation in the program, with its tier, status and account manager.`,actions:(0,D.jsxs)(`div`,{className:`segmented`,role:`group`,"aria-label":`Which partners`,children:[(0,D.jsx)(`button`,{type:`button`,"aria-pressed":!E.get(`mine`),onClick:()=>E.update({mine:``}),children:`All partners`}),(0,D.jsx)(`button`,{type:`button`,"aria-pressed":!!E.get(`mine`),onClick:()=>E.update({mine:`1`}),children:`Managed by me`})]})}),(0,D.jsxs)(`section`,{className:`card`,"aria-label":`Partner list`,children:[(0,D.jsxs)(`div`,{className:`toolbar`,role:`search`,"aria-label":`Filter partners`,children:[(0,D.jsxs)(`div`,{className:`field grow`,children:[(0,D.jsx)(`label`,{htmlFor:`partner-search`,children:`Search`}),(0,D.jsxs)(`div`,{className:`input-icon`,children:[(0,D.jsx)(v,{size:16,"aria-hidden":`true`}),(0,D.jsx)(`input`,{id:`partner-search`,className:`input`,type:`search`,placeholder:`Name or web domain`,value:N,onChange:e=>P(e.target.value)})]})]}),(0,D.jsxs)(`div`,{className:`field`,children:[(0,D.jsx)(`label`,{htmlFor:`f-tier`,children:`Tier`}),(0,D.jsxs)(`select`,{id:`f-tier`,className:`select`,value:B,onChange:e=>E.update({tier:e.target.value}),children:[(0,D.jsx)(`option`,{value:``,children:`All tiers`}),I.map(e=>(0,D.jsx)(`option`,{value:e.id,children:e.name},e.id)),(0,D.jsx)(`option`,{value:`none`,children:`No tier`})]})]}),(0,D.jsxs)(`div`,{className:`field`,children:[(0,D.jsx)(`label`,{htmlFor:`f-type`,children:`Type`}),(0,D.jsxs)(`select`,{id:`f-type`,className:`select`,value:E.get(`type`),onChange:e=>E.update({type:e.target.value}),children:[(0,D.jsx)(`option`,{value:``,children:`All types`}),A.map(t=>(0,D.jsx)(`option`,{value:t,children:e[t]},t))]})]}),(0,D.jsxs)(`div`,{className:`field`,children:[(0,D.jsx)(`label`,{htmlFor:`f-status`,children:`Status`}),(0,D.jsxs)(`select`,{id:`f-status`,className:`select`,value:E.get(`status`),onChange:e=>E.update({status:e.target.value}),children:[(0,D.jsx)(`option`,{value:``,children:`All statuses`}),j.map(e=>(0,D.jsx)(`option`,{value:e,children:r[e]},e))]})]}),(0,D.jsxs)(`div`,{className:`field`,children:[(0,D.jsx)(`label`,{htmlFor:`f-region`,children:`Region`}),(0,D.jsxs)(`select`,{id:`f-region`,className:`select`,value:E.get(`region`),onChange:e=>E.update({region:e.target.value}),children:[(0,D.jsx)(`option`,{value:``,children:`All regions`}),M.map(e=>(0,D.jsx)(`option`,{value:e,children:t[e]},e))]})]})]}),V.isError?(0,D.jsx)(d,{error:V.error,onRetry:()=>void V.refetch()}):V.isPending?(0,D.jsx)(c,{rows:8,columns:5}):U.length===0?(0,D.jsx)(h,{icon:(0,D.jsx)(f,{size:22}),title:G?`No partners match these filters`:`No partners yet`,action:G&&(0,D.jsx)(p,{onClick:()=>E.update({q:``,tier:``,type:``,status:``,region:``,mine:``}),children:`Clear filters`}),children:G?`Try a broader search or remove a filter.`:`Partners appear here once they sign their agreement.`}):(0,D.jsx)(`div`,{className:`table-wrap`,"aria-busy":V.isFetching,children:(0,D.jsxs)(`table`,{className:`table table-cards`,children:[(0,D.jsxs)(`caption`,{className:`visually-hidden`,children:[`Partners, sorted by `,E.sort.field.toLowerCase()]}),(0,D.jsx)(`thead`,{children:(0,D.jsxs)(`tr`,{children:[(0,D.jsx)(x,{label:`Partner`,field:`NAME`,sort:E.sort,onSort:E.setSort}),(0,D.jsx)(x,{label:`Type`,field:`TYPE`,sort:E.sort,onSort:E.setSort}),(0,D.jsx)(`th`,{scope:`col`,children:`Tier`}),(0,D.jsx)(x,{label:`Status`,field:`STATUS`,sort:E.sort,onSort:E.setSort}),(0,D.jsx)(x,{label:`Region`,field:`REGION`,sort:E.sort,onSort:E.setSort}),(0,D.jsx)(`th`,{scope:`col`,children:`Account manager`})]})}),(0,D.jsx)(`tbody`,{children:U.map(n=>(0,D.jsxs)(`tr`,{children:[(0,D.jsx)(`td`,{children:(0,D.jsxs)(`div`,{className:`cell-person`,children:[(0,D.jsx)(l,{name:n.name,size:`sm`}),(0,D.jsxs)(`div`,{children:[(0,D.jsx)(s,{to:`/partners/${n.id}`,className:`cell-title`,children:n.name}),(0,D.jsx)(`div`,{className:`cell-sub`,children:n.domain??`—`})]})]})}),(0,D.jsx)(`td`,{"data-label":`Type`,children:e[n.type]??n.type}),(0,D.jsx)(`td`,{"data-label":`Tier`,children:(0,D.jsx)(g,{tier:n.tier})}),(0,D.jsx)(`td`,{"data-label":`Status`,children:(0,D.jsx)(o,{status:n.status})}),(0,D.jsxs)(`td`,{"data-label":`Region`,children:[(0,D.jsx)(`div`,{children:t[n.region]??n.region}),(0,D.jsx)(`div`,{className:`cell-sub`,children:u(n.country)})]}),(0,D.jsx)(`td`,{"data-label":`Manager`,children:n.manager?.name??(0,D.jsx)(`span`,{className:`muted`,children:`Unassigned`})})]},n.id))})]})}),!V.isError&&(V.data?.partners.totalCount??0)>0&&(0,D.jsx)(C,{...W,noun:`partners`,busy:V.isFetching,onNext:()=>E.goNext(H?.pageInfo.endCursor),onPrevious:()=>E.goPrevious(H?.pageInfo.startCursor)})]})]})}export{k as TierOptionsQuery,N as default};