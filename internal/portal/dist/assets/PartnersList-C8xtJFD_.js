import{D as e,O as t,S as n,U as r,a as i,c as a,f as o,j as s,l as c,m as l,r as u,rt as d}from"./index-BXPvD-XQ.js";import{t as f}from"./search-DordtzGO.js";import{I as p,r as m,t as h,u as g}from"./usePageTitle-j74F2IpS.js";import{n as _,r as v,t as y}from"./ConnectionTable-ClGfeO0Z.js";import{r as b,t as x}from"./tiers-CUas__ds.js";import{n as S}from"./Table-CbjMRO5w.js";import{t as C}from"./connection-mmDI86VZ.js";import{t as w}from"./jsx-runtime-Wy9s6hX0.js";var T=`
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
    `,E=w(),D=n(t),O=n(e),k=[`NA`,`LATAM`,`EMEA`,`APAC`];function A(){h(`Partners`);let n=r(),w=v({sort:`NAME`,direction:`ASC`}),[A,j]=_(w.get(`q`),e=>w.update({q:e})),M=o(x,{}),N=b(C(M.data?.tiers)),P={},F=[],I=w.get(`q`).trim();I&&F.push({or:[{nameContainsFold:I},{domainContainsFold:I},{slugContainsFold:I}]});let L=w.get(`tier`);L===`none`?P.hasTier=!1:L&&(P.hasTierWith=[{id:L}]),w.get(`type`)&&(P.type=w.get(`type`)),w.get(`status`)&&(P.status=w.get(`status`)),w.get(`region`)&&(P.region=w.get(`region`)),w.get(`mine`)&&(P.hasManagerWith=[{id:n.id}]),F.length&&(P.and=F);let R=o(T,{...w.pageVars,orderBy:{field:w.sort.field,direction:w.sort.direction},where:P},{keepPrevious:!0}),z=R.data?.partners,B=C(z),V=!!(I||L||w.get(`type`)||w.get(`status`)||w.get(`region`)||w.get(`mine`));return(0,E.jsxs)(E.Fragment,{children:[(0,E.jsx)(i,{title:`Partners`,subtitle:`Every partner organisation in the program, with its tier, status and account manager.`,actions:(0,E.jsxs)(`div`,{className:`segmented`,role:`group`,"aria-label":`Which partners`,children:[(0,E.jsx)(`button`,{type:`button`,"aria-pressed":!w.get(`mine`),onClick:()=>w.update({mine:``}),children:`All partners`}),(0,E.jsx)(`button`,{type:`button`,"aria-pressed":!!w.get(`mine`),onClick:()=>w.update({mine:`1`}),children:`Managed by me`})]})}),(0,E.jsxs)(`section`,{className:`card`,"aria-label":`Partner list`,children:[(0,E.jsxs)(`div`,{className:`toolbar`,role:`search`,"aria-label":`Filter partners`,children:[(0,E.jsxs)(`div`,{className:`field grow`,children:[(0,E.jsx)(`label`,{htmlFor:`partner-search`,children:`Search`}),(0,E.jsxs)(`div`,{className:`input-icon`,children:[(0,E.jsx)(f,{size:16,"aria-hidden":`true`}),(0,E.jsx)(`input`,{id:`partner-search`,className:`input`,type:`search`,placeholder:`Name or web domain`,value:A,onChange:e=>j(e.target.value)})]})]}),(0,E.jsxs)(`div`,{className:`field`,children:[(0,E.jsx)(`label`,{htmlFor:`f-tier`,children:`Tier`}),(0,E.jsxs)(`select`,{id:`f-tier`,className:`select`,value:L,onChange:e=>w.update({tier:e.target.value}),children:[(0,E.jsx)(`option`,{value:``,children:`All tiers`}),N.map(e=>(0,E.jsx)(`option`,{value:e.id,children:e.name},e.id)),(0,E.jsx)(`option`,{value:`none`,children:`No tier`})]})]}),(0,E.jsxs)(`div`,{className:`field`,children:[(0,E.jsx)(`label`,{htmlFor:`f-type`,children:`Type`}),(0,E.jsxs)(`select`,{id:`f-type`,className:`select`,value:w.get(`type`),onChange:e=>w.update({type:e.target.value}),children:[(0,E.jsx)(`option`,{value:``,children:`All types`}),D.map(e=>(0,E.jsx)(`option`,{value:e,children:t[e]},e))]})]}),(0,E.jsxs)(`div`,{className:`field`,children:[(0,E.jsx)(`label`,{htmlFor:`f-status`,children:`Status`}),(0,E.jsxs)(`select`,{id:`f-status`,className:`select`,value:w.get(`status`),onChange:e=>w.update({status:e.target.value}),children:[(0,E.jsx)(`option`,{value:``,children:`All statuses`}),O.map(t=>(0,E.jsx)(`option`,{value:t,children:e[t]},t))]})]}),(0,E.jsxs)(`div`,{className:`field`,children:[(0,E.jsx)(`label`,{htmlFor:`f-region`,children:`Region`}),(0,E.jsxs)(`select`,{id:`f-region`,className:`select`,value:w.get(`region`),onChange:e=>w.update({region:e.target.value}),children:[(0,E.jsx)(`option`,{value:``,children:`All regions`}),k.map(e=>(0,E.jsx)(`option`,{value:e,children:s[e]},e))]})]})]}),(0,E.jsxs)(y,{query:R,connection:z,list:w,noun:`partners`,csv:{list:`partners`,fields:[`name`,`domain`,`type`,`status`,`country`,`region`,`tier.name`,`manager.name`],where:P,orderBy:{field:w.sort.field,direction:w.sort.direction}},skeleton:{rows:8,columns:5},busy:!0,empty:(0,E.jsx)(m,{icon:(0,E.jsx)(d,{size:22}),title:V?`No partners match these filters`:`No partners yet`,action:V&&(0,E.jsx)(g,{onClick:()=>w.update({q:``,tier:``,type:``,status:``,region:``,mine:``}),children:`Clear filters`}),children:V?`Try a broader search or remove a filter.`:`Partners appear here once they sign their agreement.`}),children:[(0,E.jsxs)(`caption`,{className:`visually-hidden`,children:[`Partners, sorted by `,w.sort.field.toLowerCase()]}),(0,E.jsx)(`thead`,{children:(0,E.jsxs)(`tr`,{children:[(0,E.jsx)(S,{label:`Partner`,field:`NAME`,sort:w.sort,onSort:w.setSort}),(0,E.jsx)(S,{label:`Type`,field:`TYPE`,sort:w.sort,onSort:w.setSort}),(0,E.jsx)(`th`,{scope:`col`,children:`Tier`}),(0,E.jsx)(S,{label:`Status`,field:`STATUS`,sort:w.sort,onSort:w.setSort}),(0,E.jsx)(S,{label:`Region`,field:`REGION`,sort:w.sort,onSort:w.setSort}),(0,E.jsx)(`th`,{scope:`col`,children:`Account manager`})]})}),(0,E.jsx)(`tbody`,{children:B.map(e=>(0,E.jsxs)(`tr`,{children:[(0,E.jsx)(`td`,{children:(0,E.jsxs)(`div`,{className:`cell-person`,children:[(0,E.jsx)(u,{name:e.name,size:`sm`}),(0,E.jsxs)(`div`,{children:[(0,E.jsx)(p,{to:`/partners/${e.id}`,className:`cell-title`,children:e.name}),(0,E.jsx)(`div`,{className:`cell-sub`,children:e.domain??`—`})]})]})}),(0,E.jsx)(`td`,{"data-label":`Type`,children:t[e.type]??e.type}),(0,E.jsx)(`td`,{"data-label":`Tier`,children:(0,E.jsx)(c,{tier:e.tier})}),(0,E.jsx)(`td`,{"data-label":`Status`,children:(0,E.jsx)(a,{status:e.status})}),(0,E.jsxs)(`td`,{"data-label":`Region`,children:[(0,E.jsx)(`div`,{children:s[e.region]??e.region}),(0,E.jsx)(`div`,{className:`cell-sub`,children:l(e.country)})]}),(0,E.jsx)(`td`,{"data-label":`Manager`,children:e.manager?.name??(0,E.jsx)(`span`,{className:`muted`,children:`Unassigned`})})]},e.id))})]})]})]})}export{A as default};