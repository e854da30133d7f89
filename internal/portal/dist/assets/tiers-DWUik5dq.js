import{O as e}from"./index-ReApz8Vb.js";e(`
  fragment TierFields on Tier {
    id
    name
    rank
    description
    currency
    minRevenueT12m
    minWonDeals
    minCertifiedPeople
    discountBps
    rebateBps
    mdfQuarterlyAllowance
    dealProtectionDays
    benefits
  }
`);function t(e){return[...e].sort((e,t)=>e.rank-t.rank)}function n(e,n){let r=t(e);return n?r.find(e=>e.rank>n.rank):r[0]}function r(e){return(e?.edges??[]).flatMap(e=>e?.node?[e.node]:[])}export{r as n,t as r,n as t};