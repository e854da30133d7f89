import"./usePageTitle-atKqKR4V.js";function e(e){return[...e].sort((e,t)=>e.rank-t.rank)}function t(t,n){let r=e(t);return n?r.find(e=>e.rank>n.rank):r[0]}var n=`
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
    `;export{t as n,e as r,n as t};