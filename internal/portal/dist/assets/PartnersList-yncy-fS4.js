import{G as e,J as t,T as n,W as r,_ as i,a,b as o,bt as s,h as c,j as l,mt as u,p as d,r as f,s as p,x as m,z as h}from"./index-RnFRxBnP.js";import{t as g}from"./search-eHsk-ss9.js";import{i as _,n as v,r as y,t as b}from"./ConnectionTable-D3VGdsGm.js";import{n as x,r as S}from"./tiers-BE-HxVTD.js";import{t as C}from"./jsx-runtime-Wy9s6hX0.js";var w=C(),T=`
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
    `,E=`
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
    `,D=h(e),O=h(r),k=[`NA`,`LATAM`,`EMEA`,`APAC`];function A(){a(`Partners`);let h=n(),C=_({sort:`NAME`,direction:`ASC`}),[A,j]=y(C.get(`q`),e=>C.update({q:e})),M=f(E,{}),N=S(x(M.data?.tiers)),P={},F=[],I=C.get(`q`).trim();I&&F.push({or:[{nameContainsFold:I},{domainContainsFold:I},{slugContainsFold:I}]});let L=C.get(`tier`);L===`none`?P.hasTier=!1:L&&(P.hasTierWith=[{id:L}]),C.get(`type`)&&(P.type=C.get(`type`)),C.get(`status`)&&(P.status=C.get(`status`)),C.get(`region`)&&(P.region=C.get(`region`)),C.get(`mine`)&&(P.hasManagerWith=[{id:h.id}]),F.length&&(P.and=F);let R=f(T,{...C.pageVars,orderBy:{field:C.sort.field,direction:C.sort.direction},where:P},{keepPrevious:!0}),z=R.data?.partners,B=x(z),V=!!(I||L||C.get(`type`)||C.get(`status`)||C.get(`region`)||C.get(`mine`));return(0,w.jsxs)(w.Fragment,{children:[(0,w.jsx)(i,{title:`Partners`,subtitle:`Every partner organisation in the program, with its tier, status and account manager.`,actions:(0,w.jsxs)(`div`,{className:`segmented`,role:`group`,"aria-label":`Which partners`,children:[(0,w.jsx)(`button`,{type:`button`,"aria-pressed":!C.get(`mine`),onClick:()=>C.update({mine:``}),children:`All partners`}),(0,w.jsx)(`button`,{type:`button`,"aria-pressed":!!C.get(`mine`),onClick:()=>C.update({mine:`1`}),children:`Managed by me`})]})}),(0,w.jsxs)(`section`,{className:`card`,"aria-label":`Partner list`,children:[(0,w.jsxs)(`div`,{className:`toolbar`,role:`search`,"aria-label":`Filter partners`,children:[(0,w.jsxs)(`div`,{className:`field grow`,children:[(0,w.jsx)(`label`,{htmlFor:`partner-search`,children:`Search`}),(0,w.jsxs)(`div`,{className:`input-icon`,children:[(0,w.jsx)(g,{size:16,"aria-hidden":`true`}),(0,w.jsx)(`input`,{id:`partner-search`,className:`input`,type:`search`,placeholder:`Name or web domain`,value:A,onChange:e=>j(e.target.value)})]})]}),(0,w.jsxs)(`div`,{className:`field`,children:[(0,w.jsx)(`label`,{htmlFor:`f-tier`,children:`Tier`}),(0,w.jsxs)(`select`,{id:`f-tier`,className:`select`,value:L,onChange:e=>C.update({tier:e.target.value}),children:[(0,w.jsx)(`option`,{value:``,children:`All tiers`}),N.map(e=>(0,w.jsx)(`option`,{value:e.id,children:e.name},e.id)),(0,w.jsx)(`option`,{value:`none`,children:`No tier`})]})]}),(0,w.jsxs)(`div`,{className:`field`,children:[(0,w.jsx)(`label`,{htmlFor:`f-type`,children:`Type`}),(0,w.jsxs)(`select`,{id:`f-type`,className:`select`,value:C.get(`type`),onChange:e=>C.update({type:e.target.value}),children:[(0,w.jsx)(`option`,{value:``,children:`All types`}),D.map(t=>(0,w.jsx)(`option`,{value:t,children:e[t]},t))]})]}),(0,w.jsxs)(`div`,{className:`field`,children:[(0,w.jsx)(`label`,{htmlFor:`f-status`,children:`Status`}),(0,w.jsxs)(`select`,{id:`f-status`,className:`select`,value:C.get(`status`),onChange:e=>C.update({status:e.target.value}),children:[(0,w.jsx)(`option`,{value:``,children:`All statuses`}),O.map(e=>(0,w.jsx)(`option`,{value:e,children:r[e]},e))]})]}),(0,w.jsxs)(`div`,{className:`field`,children:[(0,w.jsx)(`label`,{htmlFor:`f-region`,children:`Region`}),(0,w.jsxs)(`select`,{id:`f-region`,className:`select`,value:C.get(`region`),onChange:e=>C.update({region:e.target.value}),children:[(0,w.jsx)(`option`,{value:``,children:`All regions`}),k.map(e=>(0,w.jsx)(`option`,{value:e,children:t[e]},e))]})]})]}),(0,w.jsxs)(b,{query:R,connection:z,list:C,noun:`partners`,skeleton:{rows:8,columns:5},busy:!0,empty:(0,w.jsx)(p,{icon:(0,w.jsx)(u,{size:22}),title:V?`No partners match these filters`:`No partners yet`,action:V&&(0,w.jsx)(d,{onClick:()=>C.update({q:``,tier:``,type:``,status:``,region:``,mine:``}),children:`Clear filters`}),children:V?`Try a broader search or remove a filter.`:`Partners appear here once they sign their agreement.`}),children:[(0,w.jsxs)(`caption`,{className:`visually-hidden`,children:[`Partners, sorted by `,C.sort.field.toLowerCase()]}),(0,w.jsx)(`thead`,{children:(0,w.jsxs)(`tr`,{children:[(0,w.jsx)(v,{label:`Partner`,field:`NAME`,sort:C.sort,onSort:C.setSort}),(0,w.jsx)(v,{label:`Type`,field:`TYPE`,sort:C.sort,onSort:C.setSort}),(0,w.jsx)(`th`,{scope:`col`,children:`Tier`}),(0,w.jsx)(v,{label:`Status`,field:`STATUS`,sort:C.sort,onSort:C.setSort}),(0,w.jsx)(v,{label:`Region`,field:`REGION`,sort:C.sort,onSort:C.setSort}),(0,w.jsx)(`th`,{scope:`col`,children:`Account manager`})]})}),(0,w.jsx)(`tbody`,{children:B.map(n=>(0,w.jsxs)(`tr`,{children:[(0,w.jsx)(`td`,{children:(0,w.jsxs)(`div`,{className:`cell-person`,children:[(0,w.jsx)(c,{name:n.name,size:`sm`}),(0,w.jsxs)(`div`,{children:[(0,w.jsx)(s,{to:`/partners/${n.id}`,className:`cell-title`,children:n.name}),(0,w.jsx)(`div`,{className:`cell-sub`,children:n.domain??`—`})]})]})}),(0,w.jsx)(`td`,{"data-label":`Type`,children:e[n.type]??n.type}),(0,w.jsx)(`td`,{"data-label":`Tier`,children:(0,w.jsx)(m,{tier:n.tier})}),(0,w.jsx)(`td`,{"data-label":`Status`,children:(0,w.jsx)(o,{status:n.status})}),(0,w.jsxs)(`td`,{"data-label":`Region`,children:[(0,w.jsx)(`div`,{children:t[n.region]??n.region}),(0,w.jsx)(`div`,{className:`cell-sub`,children:l(n.country)})]}),(0,w.jsx)(`td`,{"data-label":`Manager`,children:n.manager?.name??(0,w.jsx)(`span`,{className:`muted`,children:`Unassigned`})})]},n.id))})]})]})]})}export{E as TierOptionsQuery,A as default};