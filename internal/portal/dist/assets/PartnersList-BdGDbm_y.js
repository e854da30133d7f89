import{A as e,I as t,O as n,R as r,a as i,b as a,et as o,f as s,g as c,l,m as u,p as d,r as f,s as p,tt as m,w as h,y as g}from"./index-ReApz8Vb.js";import{t as _}from"./search-DE4TcZYl.js";import{a as v,i as y,n as b,r as x,t as S}from"./Table-DXqh97JB.js";import{n as C,r as w}from"./tiers-DWUik5dq.js";import{t as T}from"./jsx-runtime-Wy9s6hX0.js";var E=T(),D=n(`
  query PartnersList(
    $first: Int
    $after: Cursor
    $last: Int
    $before: Cursor
    $orderBy: PartnerOrder
    $where: PartnerWhereInput
  ) {
    partners(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy, where: $where) {
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
`),O=n(`
  query TierOptions {
    tiers(first: 100, orderBy: { field: RANK, direction: ASC }) {
      edges {
        node {
          id
          name
          rank
        }
      }
    }
  }
`),k=[`RESELLER`,`VAR`,`MSP`,`SI`,`ISV`,`REFERRAL`,`ALLIANCE`,`MARKETPLACE`],A=[`ONBOARDING`,`ACTIVE`,`SUSPENDED`,`CHURNED`],j=[`NA`,`LATAM`,`EMEA`,`APAC`];function M(){i(`Partners`);let n=h(),T=v({sort:`NAME`,direction:`ASC`}),[M,N]=y(T.get(`q`),e=>T.update({q:e})),P=f(O,{}),F=w(C(P.data?.tiers)),I={},L=[],R=T.get(`q`).trim();R&&L.push({or:[{nameContainsFold:R},{domainContainsFold:R},{slugContainsFold:R}]});let z=T.get(`tier`);z===`none`?I.hasTier=!1:z&&(I.hasTierWith=[{id:z}]),T.get(`type`)&&(I.type=T.get(`type`)),T.get(`status`)&&(I.status=T.get(`status`)),T.get(`region`)&&(I.region=T.get(`region`)),T.get(`mine`)&&(I.hasManagerWith=[{id:n.id}]),L.length&&(I.and=L);let B=f(D,{...T.pageVars,orderBy:{field:T.sort.field,direction:T.sort.direction},where:I},{keepPrevious:!0}),V=B.data?.partners,H=C(V),U=x(T,V),W=!!(R||z||T.get(`type`)||T.get(`status`)||T.get(`region`)||T.get(`mine`));return(0,E.jsxs)(E.Fragment,{children:[(0,E.jsx)(c,{title:`Partners`,subtitle:`Every partner organisation in the program, with its tier, status and account manager.`,actions:(0,E.jsxs)(`div`,{className:`segmented`,role:`group`,"aria-label":`Which partners`,children:[(0,E.jsx)(`button`,{type:`button`,"aria-pressed":!T.get(`mine`),onClick:()=>T.update({mine:``}),children:`All partners`}),(0,E.jsx)(`button`,{type:`button`,"aria-pressed":!!T.get(`mine`),onClick:()=>T.update({mine:`1`}),children:`Managed by me`})]})}),(0,E.jsxs)(`section`,{className:`card`,"aria-label":`Partner list`,children:[(0,E.jsxs)(`div`,{className:`toolbar`,role:`search`,"aria-label":`Filter partners`,children:[(0,E.jsxs)(`div`,{className:`field grow`,children:[(0,E.jsx)(`label`,{htmlFor:`partner-search`,children:`Search`}),(0,E.jsxs)(`div`,{className:`input-icon`,children:[(0,E.jsx)(_,{size:16,"aria-hidden":`true`}),(0,E.jsx)(`input`,{id:`partner-search`,className:`input`,type:`search`,placeholder:`Name or web domain`,value:M,onChange:e=>N(e.target.value)})]})]}),(0,E.jsxs)(`div`,{className:`field`,children:[(0,E.jsx)(`label`,{htmlFor:`f-tier`,children:`Tier`}),(0,E.jsxs)(`select`,{id:`f-tier`,className:`select`,value:z,onChange:e=>T.update({tier:e.target.value}),children:[(0,E.jsx)(`option`,{value:``,children:`All tiers`}),F.map(e=>(0,E.jsx)(`option`,{value:e.id,children:e.name},e.id)),(0,E.jsx)(`option`,{value:`none`,children:`No tier`})]})]}),(0,E.jsxs)(`div`,{className:`field`,children:[(0,E.jsx)(`label`,{htmlFor:`f-type`,children:`Type`}),(0,E.jsxs)(`select`,{id:`f-type`,className:`select`,value:T.get(`type`),onChange:e=>T.update({type:e.target.value}),children:[(0,E.jsx)(`option`,{value:``,children:`All types`}),k.map(e=>(0,E.jsx)(`option`,{value:e,children:t[e]},e))]})]}),(0,E.jsxs)(`div`,{className:`field`,children:[(0,E.jsx)(`label`,{htmlFor:`f-status`,children:`Status`}),(0,E.jsxs)(`select`,{id:`f-status`,className:`select`,value:T.get(`status`),onChange:e=>T.update({status:e.target.value}),children:[(0,E.jsx)(`option`,{value:``,children:`All statuses`}),A.map(e=>(0,E.jsx)(`option`,{value:e,children:e[0]+e.slice(1).toLowerCase()},e))]})]}),(0,E.jsxs)(`div`,{className:`field`,children:[(0,E.jsx)(`label`,{htmlFor:`f-region`,children:`Region`}),(0,E.jsxs)(`select`,{id:`f-region`,className:`select`,value:T.get(`region`),onChange:e=>T.update({region:e.target.value}),children:[(0,E.jsx)(`option`,{value:``,children:`All regions`}),j.map(e=>(0,E.jsx)(`option`,{value:e,children:r[e]},e))]})]})]}),B.isError?(0,E.jsx)(l,{error:B.error,onRetry:()=>void B.refetch()}):B.isPending?(0,E.jsx)(s,{rows:8,columns:5}):H.length===0?(0,E.jsx)(p,{icon:(0,E.jsx)(o,{size:22}),title:W?`No partners match these filters`:`No partners yet`,action:W&&(0,E.jsx)(d,{onClick:()=>T.update({q:``,tier:``,type:``,status:``,region:``,mine:``}),children:`Clear filters`}),children:W?`Try a broader search or remove a filter.`:`Partners appear here once they sign their agreement.`}):(0,E.jsx)(`div`,{className:`table-wrap`,"aria-busy":B.isFetching,children:(0,E.jsxs)(`table`,{className:`table table-cards`,children:[(0,E.jsxs)(`caption`,{className:`visually-hidden`,children:[`Partners, sorted by `,T.sort.field.toLowerCase()]}),(0,E.jsx)(`thead`,{children:(0,E.jsxs)(`tr`,{children:[(0,E.jsx)(b,{label:`Partner`,field:`NAME`,sort:T.sort,onSort:T.setSort}),(0,E.jsx)(b,{label:`Type`,field:`TYPE`,sort:T.sort,onSort:T.setSort}),(0,E.jsx)(`th`,{scope:`col`,children:`Tier`}),(0,E.jsx)(b,{label:`Status`,field:`STATUS`,sort:T.sort,onSort:T.setSort}),(0,E.jsx)(b,{label:`Region`,field:`REGION`,sort:T.sort,onSort:T.setSort}),(0,E.jsx)(`th`,{scope:`col`,children:`Account manager`})]})}),(0,E.jsx)(`tbody`,{children:H.map(n=>(0,E.jsxs)(`tr`,{children:[(0,E.jsx)(`td`,{children:(0,E.jsxs)(`div`,{className:`cell-person`,children:[(0,E.jsx)(u,{name:n.name,size:`sm`}),(0,E.jsxs)(`div`,{children:[(0,E.jsx)(m,{to:`/partners/${n.id}`,className:`cell-title`,children:n.name}),(0,E.jsx)(`div`,{className:`cell-sub`,children:n.domain??`—`})]})]})}),(0,E.jsx)(`td`,{"data-label":`Type`,children:t[n.type]??n.type}),(0,E.jsx)(`td`,{"data-label":`Tier`,children:(0,E.jsx)(a,{tier:n.tier})}),(0,E.jsx)(`td`,{"data-label":`Status`,children:(0,E.jsx)(g,{status:n.status})}),(0,E.jsxs)(`td`,{"data-label":`Region`,children:[(0,E.jsx)(`div`,{children:r[n.region]??n.region}),(0,E.jsx)(`div`,{className:`cell-sub`,children:e(n.country)})]}),(0,E.jsx)(`td`,{"data-label":`Manager`,children:n.manager?.name??(0,E.jsx)(`span`,{className:`muted`,children:`Unassigned`})})]},n.id))})]})}),!B.isError&&(B.data?.partners.totalCount??0)>0&&(0,E.jsx)(S,{...U,noun:`partners`,busy:B.isFetching,onNext:()=>T.goNext(V?.pageInfo.endCursor),onPrevious:()=>T.goPrevious(V?.pageInfo.startCursor)})]})]})}export{O as TierOptionsQuery,M as default};