import{a as e,i as t,n,o as r,r as i,t as a}from"./Table-CB4PpO17.js";import{N as o,O as s,P as c,S as l,V as u,_ as d,b as f,c as p,f as m,i as h,m as g,o as _,r as v,u as y}from"./index-DkBKh3Jg.js";import{n as b}from"./tiers-BWbC_0eF.js";import{t as x}from"./jsx-runtime-Wy9s6hX0.js";var S=x(),C=l(`
  query TeamMembers($first: Int, $after: Cursor, $last: Int, $before: Cursor, $orderBy: UserOrder, $where: UserWhereInput) {
    users(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy, where: $where) {
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
          email
          role
          jobFunction
          status
          lastLoginAt
        }
      }
    }
  }
`);function w(){h(`Team`);let l=f(),x=e({sort:`NAME`,direction:`ASC`}),[w,T]=t(x.get(`q`),e=>x.update({q:e})),E={},D=x.get(`q`).trim();D&&(E.or=[{nameContainsFold:D},{emailContainsFold:D}]),x.get(`role`)&&(E.role=x.get(`role`)),x.get(`status`)&&(E.status=x.get(`status`));let O=v(C,{...x.pageVars,orderBy:{field:x.sort.field,direction:x.sort.direction},where:E},{keepPrevious:!0}),k=O.data?.users,A=b(k);return(0,S.jsxs)(S.Fragment,{children:[(0,S.jsx)(g,{title:`Team`,subtitle:`Everyone at ${l.partner?.name??`your organisation`} with access to the portal. Invitations are on their way to this page.`}),(0,S.jsxs)(`section`,{className:`card`,"aria-label":`Team members`,children:[(0,S.jsxs)(`div`,{className:`toolbar`,role:`search`,"aria-label":`Filter team`,children:[(0,S.jsxs)(`div`,{className:`field grow`,children:[(0,S.jsx)(`label`,{htmlFor:`team-search`,children:`Search`}),(0,S.jsxs)(`div`,{className:`input-icon`,children:[(0,S.jsx)(r,{size:16,"aria-hidden":`true`}),(0,S.jsx)(`input`,{id:`team-search`,className:`input`,type:`search`,placeholder:`Name or e-mail`,value:w,onChange:e=>T(e.target.value)})]})]}),(0,S.jsxs)(`div`,{className:`field`,children:[(0,S.jsx)(`label`,{htmlFor:`team-role`,children:`Role`}),(0,S.jsxs)(`select`,{id:`team-role`,className:`select`,value:x.get(`role`),onChange:e=>x.update({role:e.target.value}),children:[(0,S.jsx)(`option`,{value:``,children:`All roles`}),(0,S.jsx)(`option`,{value:`PARTNER_ADMIN`,children:c.PARTNER_ADMIN}),(0,S.jsx)(`option`,{value:`PARTNER_SALES`,children:c.PARTNER_SALES})]})]}),(0,S.jsxs)(`div`,{className:`field`,children:[(0,S.jsx)(`label`,{htmlFor:`team-status`,children:`Status`}),(0,S.jsxs)(`select`,{id:`team-status`,className:`select`,value:x.get(`status`),onChange:e=>x.update({status:e.target.value}),children:[(0,S.jsx)(`option`,{value:``,children:`All statuses`}),(0,S.jsx)(`option`,{value:`ACTIVE`,children:`Active`}),(0,S.jsx)(`option`,{value:`INVITED`,children:`Invited`}),(0,S.jsx)(`option`,{value:`DISABLED`,children:`Disabled`})]})]})]}),O.isError?(0,S.jsx)(p,{error:O.error,onRetry:()=>void O.refetch()}):O.isPending?(0,S.jsx)(y,{rows:4,columns:5}):A.length===0?(0,S.jsx)(_,{icon:(0,S.jsx)(u,{size:22}),title:`Nobody matches`,children:`Try a broader search.`}):(0,S.jsx)(`div`,{className:`table-wrap`,children:(0,S.jsxs)(`table`,{className:`table table-cards`,children:[(0,S.jsx)(`thead`,{children:(0,S.jsxs)(`tr`,{children:[(0,S.jsx)(n,{label:`Name`,field:`NAME`,sort:x.sort,onSort:x.setSort}),(0,S.jsx)(n,{label:`Role`,field:`ROLE`,sort:x.sort,onSort:x.setSort}),(0,S.jsx)(`th`,{scope:`col`,children:`Job`}),(0,S.jsx)(n,{label:`Status`,field:`STATUS`,sort:x.sort,onSort:x.setSort}),(0,S.jsx)(n,{label:`Last sign-in`,field:`LAST_LOGIN_AT`,sort:x.sort,onSort:x.setSort})]})}),(0,S.jsx)(`tbody`,{children:A.map(e=>(0,S.jsxs)(`tr`,{children:[(0,S.jsx)(`td`,{children:(0,S.jsxs)(`div`,{className:`cell-person`,children:[(0,S.jsx)(m,{name:e.name,size:`sm`}),(0,S.jsxs)(`div`,{children:[(0,S.jsxs)(`div`,{className:`cell-title`,children:[e.name,e.id===l.id&&(0,S.jsx)(`span`,{className:`muted`,children:` (you)`})]}),(0,S.jsx)(`div`,{className:`cell-sub`,children:e.email})]})]})}),(0,S.jsx)(`td`,{"data-label":`Role`,children:c[e.role]}),(0,S.jsx)(`td`,{"data-label":`Job`,children:s(e.jobFunction)}),(0,S.jsx)(`td`,{"data-label":`Status`,children:(0,S.jsx)(d,{status:e.status,kind:`user`})}),(0,S.jsx)(`td`,{"data-label":`Last sign-in`,children:o(e.lastLoginAt)})]},e.id))})]})}),!O.isError&&(k?.totalCount??0)>0&&(0,S.jsx)(a,{...i(x,k),noun:`people`,busy:O.isFetching,onNext:()=>x.goNext(k?.pageInfo.endCursor),onPrevious:()=>x.goPrevious(k?.pageInfo.startCursor)})]})]})}export{w as default};