import{D as e,O as t,S as n,U as r,a as i,at as a,c as o,f as s,j as c,l,m as u,r as d}from"./index-D7DUstJB.js";import{t as f}from"./search-DIO5WIz7.js";import{K as p,r as m,t as h,u as g}from"./usePageTitle-atKqKR4V.js";import{n as _,r as v,t as y}from"./ConnectionTable-DPymnZCa.js";import{r as b,t as x}from"./tiers-DZsp7JHG.js";import{n as S}from"./Table-urS6XuIN.js";import{t as C}from"./connection-mmDI86VZ.js";import{i as w,r as T,t as E}from"./Performance-CbcL4Kaw.js";import{t as D}from"./jsx-runtime-Wy9s6hX0.js";var O=`
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
        performance {
          ...PartnerPerformanceFields
        }
      }
    }
  }
}
    fragment PartnerPerformanceFields on PartnerPerformance {
  openPipeline {
    currency
    amount
    deals
  }
  openDeals
  wonRevenue {
    currency
    amount
    deals
  }
  wonDeals
  recentRegistrations
  healthScore
  tierProgress {
    evaluatedAt
    currentTierName
    qualifyingTierName
    nextTierName
    requirementsMet
    requirementsTotal
  }
  risk
  riskReasons {
    code
    severity
    message
  }
}`,k=D(),A=n(t),j=n(e),M=[`NA`,`LATAM`,`EMEA`,`APAC`];function N(){h(`Partners`);let n=r(),D=v({sort:`NAME`,direction:`ASC`}),[N,P]=_(D.get(`q`),e=>D.update({q:e})),F=s(x,{}),I=b(C(F.data?.tiers)),L={},R=[],z=D.get(`q`).trim();z&&R.push({or:[{nameContainsFold:z},{domainContainsFold:z},{slugContainsFold:z}]});let B=D.get(`tier`);B===`none`?L.hasTier=!1:B&&(L.hasTierWith=[{id:B}]),D.get(`type`)&&(L.type=D.get(`type`)),D.get(`status`)&&(L.status=D.get(`status`)),D.get(`region`)&&(L.region=D.get(`region`)),D.get(`mine`)&&(L.hasManagerWith=[{id:n.id}]),R.length&&(L.and=R);let V=s(O,{...D.pageVars,orderBy:{field:D.sort.field,direction:D.sort.direction},where:L},{keepPrevious:!0}),H=V.data?.partners,U=C(H),W=!!(z||B||D.get(`type`)||D.get(`status`)||D.get(`region`)||D.get(`mine`));return(0,k.jsxs)(k.Fragment,{children:[(0,k.jsx)(i,{title:`Partners`,subtitle:`Every partner organisation in the program, with its tier, account manager, pipeline, won revenue and risk.`,actions:(0,k.jsxs)(`div`,{className:`segmented`,role:`group`,"aria-label":`Which partners`,children:[(0,k.jsx)(`button`,{type:`button`,"aria-pressed":!D.get(`mine`),onClick:()=>D.update({mine:``}),children:`All partners`}),(0,k.jsx)(`button`,{type:`button`,"aria-pressed":!!D.get(`mine`),onClick:()=>D.update({mine:`1`}),children:`Managed by me`})]})}),(0,k.jsxs)(`section`,{className:`card`,"aria-label":`Partner list`,children:[(0,k.jsxs)(`div`,{className:`toolbar`,role:`search`,"aria-label":`Filter partners`,children:[(0,k.jsxs)(`div`,{className:`field grow`,children:[(0,k.jsx)(`label`,{htmlFor:`partner-search`,children:`Search`}),(0,k.jsxs)(`div`,{className:`input-icon`,children:[(0,k.jsx)(f,{size:16,"aria-hidden":`true`}),(0,k.jsx)(`input`,{id:`partner-search`,className:`input`,type:`search`,placeholder:`Name or web domain`,value:N,onChange:e=>P(e.target.value)})]})]}),(0,k.jsxs)(`div`,{className:`field`,children:[(0,k.jsx)(`label`,{htmlFor:`f-tier`,children:`Tier`}),(0,k.jsxs)(`select`,{id:`f-tier`,className:`select`,value:B,onChange:e=>D.update({tier:e.target.value}),children:[(0,k.jsx)(`option`,{value:``,children:`All tiers`}),I.map(e=>(0,k.jsx)(`option`,{value:e.id,children:e.name},e.id)),(0,k.jsx)(`option`,{value:`none`,children:`No tier`})]})]}),(0,k.jsxs)(`div`,{className:`field`,children:[(0,k.jsx)(`label`,{htmlFor:`f-type`,children:`Type`}),(0,k.jsxs)(`select`,{id:`f-type`,className:`select`,value:D.get(`type`),onChange:e=>D.update({type:e.target.value}),children:[(0,k.jsx)(`option`,{value:``,children:`All types`}),A.map(e=>(0,k.jsx)(`option`,{value:e,children:t[e]},e))]})]}),(0,k.jsxs)(`div`,{className:`field`,children:[(0,k.jsx)(`label`,{htmlFor:`f-status`,children:`Status`}),(0,k.jsxs)(`select`,{id:`f-status`,className:`select`,value:D.get(`status`),onChange:e=>D.update({status:e.target.value}),children:[(0,k.jsx)(`option`,{value:``,children:`All statuses`}),j.map(t=>(0,k.jsx)(`option`,{value:t,children:e[t]},t))]})]}),(0,k.jsxs)(`div`,{className:`field`,children:[(0,k.jsx)(`label`,{htmlFor:`f-region`,children:`Region`}),(0,k.jsxs)(`select`,{id:`f-region`,className:`select`,value:D.get(`region`),onChange:e=>D.update({region:e.target.value}),children:[(0,k.jsx)(`option`,{value:``,children:`All regions`}),M.map(e=>(0,k.jsx)(`option`,{value:e,children:c[e]},e))]})]})]}),(0,k.jsxs)(y,{query:V,connection:H,list:D,noun:`partners`,csv:{list:`partners`,fields:[`name`,`domain`,`type`,`status`,`country`,`region`,`tier.name`,`manager.name`,`performance.openPipelineText`,`performance.openDeals`,`performance.wonRevenueText`,`performance.wonDeals`,`performance.tierProgressText`,`performance.healthScore`,`performance.risk`,`performance.riskReasonsText`],where:L,orderBy:{field:D.sort.field,direction:D.sort.direction}},skeleton:{rows:8,columns:9},busy:!0,empty:(0,k.jsx)(m,{icon:(0,k.jsx)(a,{size:22}),title:W?`No partners match these filters`:`No partners yet`,action:W&&(0,k.jsx)(g,{onClick:()=>D.update({q:``,tier:``,type:``,status:``,region:``,mine:``}),children:`Clear filters`}),children:W?`Try a broader search or remove a filter.`:`Partners appear here once they sign their agreement.`}),children:[(0,k.jsxs)(`caption`,{className:`visually-hidden`,children:[`Partners, sorted by `,D.sort.field.toLowerCase()]}),(0,k.jsx)(`thead`,{children:(0,k.jsxs)(`tr`,{children:[(0,k.jsx)(S,{label:`Partner`,field:`NAME`,sort:D.sort,onSort:D.setSort}),(0,k.jsx)(S,{label:`Type`,field:`TYPE`,sort:D.sort,onSort:D.setSort}),(0,k.jsx)(`th`,{scope:`col`,children:`Tier`}),(0,k.jsx)(S,{label:`Status`,field:`STATUS`,sort:D.sort,onSort:D.setSort}),(0,k.jsx)(S,{label:`Region`,field:`REGION`,sort:D.sort,onSort:D.setSort}),(0,k.jsx)(`th`,{scope:`col`,children:`Account manager`}),(0,k.jsx)(`th`,{scope:`col`,className:`num`,children:`Open pipeline`}),(0,k.jsx)(`th`,{scope:`col`,className:`num`,children:`Won (12 months)`}),(0,k.jsx)(`th`,{scope:`col`,children:`Tier progress`}),(0,k.jsx)(`th`,{scope:`col`,children:`Risk`})]})}),(0,k.jsx)(`tbody`,{children:U.map(e=>(0,k.jsxs)(`tr`,{children:[(0,k.jsx)(`td`,{children:(0,k.jsxs)(`div`,{className:`cell-person`,children:[(0,k.jsx)(d,{name:e.name,size:`sm`}),(0,k.jsxs)(`div`,{children:[(0,k.jsx)(p,{to:`/partners/${e.id}`,className:`cell-title`,children:e.name}),(0,k.jsx)(`div`,{className:`cell-sub`,children:e.domain??`—`})]})]})}),(0,k.jsx)(`td`,{"data-label":`Type`,children:t[e.type]??e.type}),(0,k.jsx)(`td`,{"data-label":`Tier`,children:(0,k.jsx)(l,{tier:e.tier})}),(0,k.jsx)(`td`,{"data-label":`Status`,children:(0,k.jsx)(o,{status:e.status})}),(0,k.jsxs)(`td`,{"data-label":`Region`,children:[(0,k.jsx)(`div`,{children:c[e.region]??e.region}),(0,k.jsx)(`div`,{className:`cell-sub`,children:u(e.country)})]}),(0,k.jsx)(`td`,{"data-label":`Manager`,children:e.manager?.name??(0,k.jsx)(`span`,{className:`muted`,children:`Unassigned`})}),(0,k.jsxs)(`td`,{"data-label":`Open pipeline`,className:`num`,children:[(0,k.jsx)(E,{items:e.performance.openPipeline}),e.performance.openDeals>0&&(0,k.jsxs)(`div`,{className:`cell-sub`,children:[e.performance.openDeals,` open`]})]}),(0,k.jsxs)(`td`,{"data-label":`Won (12 mo)`,className:`num`,children:[(0,k.jsx)(E,{items:e.performance.wonRevenue}),e.performance.wonDeals>0&&(0,k.jsxs)(`div`,{className:`cell-sub`,children:[e.performance.wonDeals,` won`]})]}),(0,k.jsx)(`td`,{"data-label":`Tier progress`,children:(0,k.jsx)(w,{perf:e.performance})}),(0,k.jsx)(`td`,{"data-label":`Risk`,children:(0,k.jsx)(T,{perf:e.performance})})]},e.id))})]})]})]})}export{N as default};