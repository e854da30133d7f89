import{G as e,H as t,T as n,_ as r,a as i,b as a,ct as o,f as s,h as c,j as l,l as u,mt as d,p as f,r as p,s as m,x as h}from"./index-BZpwOYLl.js";import{t as g}from"./search-eHsk-ss9.js";import{a as _,i as v,n as y,r as b,t as x}from"./Table-CXB0MzTf.js";import{n as S,r as C}from"./tiers-BMp950j0.js";import{t as w}from"./jsx-runtime-Wy9s6hX0.js";var T=w(),E=`
    query PartnersList($first: Int, $after: Cursor, $last: Int, $before: Cursor, $orderBy: PartnerOrder, $where: PartnerWhereInput) {
  partners(
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
        name
        domain
        type
        status
        country
        region
        tier {
          id
          name
          rank
        }
        manager {
          id
          name
        }
      }
    }
  }
}
    `,D=`
    query TierOptions {
  tiers(first: 100, orderBy: {field: RANK, direction: ASC}) {
    edges {
      node {
        id
        name
        rank
      }
    }
  }
}
    `,O=[`RESELLER`,`VAR`,`MSP`,`SI`,`ISV`,`REFERRAL`,`ALLIANCE`,`MARKETPLACE`],k=[`ONBOARDING`,`ACTIVE`,`SUSPENDED`,`CHURNED`],A=[`NA`,`LATAM`,`EMEA`,`APAC`];function j(){i(`Partners`);let w=n(),j=_({sort:`NAME`,direction:`ASC`}),[M,N]=v(j.get(`q`),e=>j.update({q:e})),P=p(D,{}),F=C(S(P.data?.tiers)),I={},L=[],R=j.get(`q`).trim();R&&L.push({or:[{nameContainsFold:R},{domainContainsFold:R},{slugContainsFold:R}]});let z=j.get(`tier`);z===`none`?I.hasTier=!1:z&&(I.hasTierWith=[{id:z}]),j.get(`type`)&&(I.type=j.get(`type`)),j.get(`status`)&&(I.status=j.get(`status`)),j.get(`region`)&&(I.region=j.get(`region`)),j.get(`mine`)&&(I.hasManagerWith=[{id:w.id}]),L.length&&(I.and=L);let B=p(E,{...j.pageVars,orderBy:{field:j.sort.field,direction:j.sort.direction},where:I},{keepPrevious:!0}),V=B.data?.partners,H=S(V),U=b(j,V),W=!!(R||z||j.get(`type`)||j.get(`status`)||j.get(`region`)||j.get(`mine`));return(0,T.jsxs)(T.Fragment,{children:[(0,T.jsx)(r,{title:`Partners`,subtitle:`Every partner organisation in the program, with its tier, status and account manager.`,actions:(0,T.jsxs)(`div`,{className:`segmented`,role:`group`,"aria-label":`Which partners`,children:[(0,T.jsx)(`button`,{type:`button`,"aria-pressed":!j.get(`mine`),onClick:()=>j.update({mine:``}),children:`All partners`}),(0,T.jsx)(`button`,{type:`button`,"aria-pressed":!!j.get(`mine`),onClick:()=>j.update({mine:`1`}),children:`Managed by me`})]})}),(0,T.jsxs)(`section`,{className:`card`,"aria-label":`Partner list`,children:[(0,T.jsxs)(`div`,{className:`toolbar`,role:`search`,"aria-label":`Filter partners`,children:[(0,T.jsxs)(`div`,{className:`field grow`,children:[(0,T.jsx)(`label`,{htmlFor:`partner-search`,children:`Search`}),(0,T.jsxs)(`div`,{className:`input-icon`,children:[(0,T.jsx)(g,{size:16,"aria-hidden":`true`}),(0,T.jsx)(`input`,{id:`partner-search`,className:`input`,type:`search`,placeholder:`Name or web domain`,value:M,onChange:e=>N(e.target.value)})]})]}),(0,T.jsxs)(`div`,{className:`field`,children:[(0,T.jsx)(`label`,{htmlFor:`f-tier`,children:`Tier`}),(0,T.jsxs)(`select`,{id:`f-tier`,className:`select`,value:z,onChange:e=>j.update({tier:e.target.value}),children:[(0,T.jsx)(`option`,{value:``,children:`All tiers`}),F.map(e=>(0,T.jsx)(`option`,{value:e.id,children:e.name},e.id)),(0,T.jsx)(`option`,{value:`none`,children:`No tier`})]})]}),(0,T.jsxs)(`div`,{className:`field`,children:[(0,T.jsx)(`label`,{htmlFor:`f-type`,children:`Type`}),(0,T.jsxs)(`select`,{id:`f-type`,className:`select`,value:j.get(`type`),onChange:e=>j.update({type:e.target.value}),children:[(0,T.jsx)(`option`,{value:``,children:`All types`}),O.map(e=>(0,T.jsx)(`option`,{value:e,children:t[e]},e))]})]}),(0,T.jsxs)(`div`,{className:`field`,children:[(0,T.jsx)(`label`,{htmlFor:`f-status`,children:`Status`}),(0,T.jsxs)(`select`,{id:`f-status`,className:`select`,value:j.get(`status`),onChange:e=>j.update({status:e.target.value}),children:[(0,T.jsx)(`option`,{value:``,children:`All statuses`}),k.map(e=>(0,T.jsx)(`option`,{value:e,children:e[0]+e.slice(1).toLowerCase()},e))]})]}),(0,T.jsxs)(`div`,{className:`field`,children:[(0,T.jsx)(`label`,{htmlFor:`f-region`,children:`Region`}),(0,T.jsxs)(`select`,{id:`f-region`,className:`select`,value:j.get(`region`),onChange:e=>j.update({region:e.target.value}),children:[(0,T.jsx)(`option`,{value:``,children:`All regions`}),A.map(t=>(0,T.jsx)(`option`,{value:t,children:e[t]},t))]})]})]}),B.isError?(0,T.jsx)(u,{error:B.error,onRetry:()=>void B.refetch()}):B.isPending?(0,T.jsx)(s,{rows:8,columns:5}):H.length===0?(0,T.jsx)(m,{icon:(0,T.jsx)(o,{size:22}),title:W?`No partners match these filters`:`No partners yet`,action:W&&(0,T.jsx)(f,{onClick:()=>j.update({q:``,tier:``,type:``,status:``,region:``,mine:``}),children:`Clear filters`}),children:W?`Try a broader search or remove a filter.`:`Partners appear here once they sign their agreement.`}):(0,T.jsx)(`div`,{className:`table-wrap`,"aria-busy":B.isFetching,children:(0,T.jsxs)(`table`,{className:`table table-cards`,children:[(0,T.jsxs)(`caption`,{className:`visually-hidden`,children:[`Partners, sorted by `,j.sort.field.toLowerCase()]}),(0,T.jsx)(`thead`,{children:(0,T.jsxs)(`tr`,{children:[(0,T.jsx)(y,{label:`Partner`,field:`NAME`,sort:j.sort,onSort:j.setSort}),(0,T.jsx)(y,{label:`Type`,field:`TYPE`,sort:j.sort,onSort:j.setSort}),(0,T.jsx)(`th`,{scope:`col`,children:`Tier`}),(0,T.jsx)(y,{label:`Status`,field:`STATUS`,sort:j.sort,onSort:j.setSort}),(0,T.jsx)(y,{label:`Region`,field:`REGION`,sort:j.sort,onSort:j.setSort}),(0,T.jsx)(`th`,{scope:`col`,children:`Account manager`})]})}),(0,T.jsx)(`tbody`,{children:H.map(n=>(0,T.jsxs)(`tr`,{children:[(0,T.jsx)(`td`,{children:(0,T.jsxs)(`div`,{className:`cell-person`,children:[(0,T.jsx)(c,{name:n.name,size:`sm`}),(0,T.jsxs)(`div`,{children:[(0,T.jsx)(d,{to:`/partners/${n.id}`,className:`cell-title`,children:n.name}),(0,T.jsx)(`div`,{className:`cell-sub`,children:n.domain??`—`})]})]})}),(0,T.jsx)(`td`,{"data-label":`Type`,children:t[n.type]??n.type}),(0,T.jsx)(`td`,{"data-label":`Tier`,children:(0,T.jsx)(h,{tier:n.tier})}),(0,T.jsx)(`td`,{"data-label":`Status`,children:(0,T.jsx)(a,{status:n.status})}),(0,T.jsxs)(`td`,{"data-label":`Region`,children:[(0,T.jsx)(`div`,{children:e[n.region]??n.region}),(0,T.jsx)(`div`,{className:`cell-sub`,children:l(n.country)})]}),(0,T.jsx)(`td`,{"data-label":`Manager`,children:n.manager?.name??(0,T.jsx)(`span`,{className:`muted`,children:`Unassigned`})})]},n.id))})]})}),!B.isError&&(B.data?.partners.totalCount??0)>0&&(0,T.jsx)(x,{...U,noun:`partners`,busy:B.isFetching,onNext:()=>j.goNext(V?.pageInfo.endCursor),onPrevious:()=>j.goPrevious(V?.pageInfo.startCursor)})]})]})}export{D as TierOptionsQuery,j as default};