import{a as e,n as t,t as n}from"./jsx-runtime-Wy9s6hX0.js";import{t as r}from"./pencil-CeINSkNT.js";import{t as i}from"./plus-B04YUd4W.js";import{A as a,D as o,H as s,S as c,T as l,_ as u,a as d,c as f,d as p,g as m,l as h,n as g,nt as _,p as v,q as y,r as b,s as x,t as S,y as C}from"./index-RnFRxBnP.js";import{r as w}from"./charts-D3Slv0CK.js";import{n as T,r as E}from"./tiers-BE-HxVTD.js";import{t as D}from"./Dialog-Da6cFw0e.js";import{i as O,r as k}from"./Field-BGjoe2Et.js";var A=e(t(),1),j=n(),M=`
    query TiersPage {
  viewer {
    id
    partner {
      id
      tier {
        id
        rank
      }
    }
  }
  tiers(first: 100, orderBy: {field: RANK, direction: ASC}) {
    totalCount
    edges {
      node {
        ...TierFields
        partners {
          totalCount
        }
      }
    }
  }
}
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
}`,N=`
    mutation CreateTier($input: CreateTierInput!) {
  createTier(input: $input) {
    tier {
      ...TierFields
    }
  }
}
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
}`,P=`
    mutation UpdateTier($input: UpdateTierInput!) {
  updateTier(input: $input) {
    tier {
      ...TierFields
    }
  }
}
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
}`;function F(e,t=1){return{name:e?.name??``,rank:String(e?.rank??t),description:e?.description??``,currency:e?.currency??`USD`,minRevenue:e?String(e.minRevenueT12m/100):`0`,minWonDeals:String(e?.minWonDeals??0),minCertifiedPeople:String(e?.minCertifiedPeople??0),discountPct:e?String(e.discountBps/100):`0`,rebatePct:e?String(e.rebateBps/100):`0`,mdf:e?String(e.mdfQuarterlyAllowance/100):`0`,protectionDays:String(e?.dealProtectionDays??90),benefits:(e?.benefits??[]).join(`
`)}}function I(e){let t={},n=(n,r,i={})=>{let a=e[n].trim().replace(/,/g,``),o=Number(a);return a===``||!Number.isFinite(o)||o<0?(t[n]=`Enter ${r} as a number of 0 or more.`,0):(i.int&&!Number.isInteger(o)&&(t[n]=`Enter ${r} as a whole number.`),i.max!==void 0&&o>i.max&&(t[n]=`${r[0].toUpperCase()+r.slice(1)} can be at most ${i.max}.`),o)};e.name.trim()||(t.name=`Give the tier a name.`);let r=n(`rank`,`the rank`,{int:!0});!t.rank&&r<1&&(t.rank=`The rank starts at 1.`),/^[A-Za-z]{3}$/.test(e.currency.trim())||(t.currency=`Use a three-letter ISO code such as USD or EUR.`);let i={name:e.name.trim(),rank:r,description:e.description.trim(),currency:e.currency.trim().toUpperCase(),minRevenueT12m:Math.round(n(`minRevenue`,`the revenue requirement`)*100),minWonDeals:n(`minWonDeals`,`the won deals requirement`,{int:!0}),minCertifiedPeople:n(`minCertifiedPeople`,`the certified people requirement`,{int:!0}),discountBps:Math.round(n(`discountPct`,`the discount`,{max:100})*100),rebateBps:Math.round(n(`rebatePct`,`the rebate`,{max:100})*100),mdfQuarterlyAllowance:Math.round(n(`mdf`,`the MDF allowance`)*100),dealProtectionDays:n(`protectionDays`,`the protection period`,{int:!0}),benefits:e.benefits.split(`
`).map(e=>e.trim()).filter(Boolean)};return Object.keys(t).length?{errors:t}:{input:i,errors:t}}var L={name:`name`,rank:`rank`,description:`description`,currency:`currency`,minRevenueT12m:`minRevenue`,minWonDeals:`minWonDeals`,minCertifiedPeople:`minCertifiedPeople`,discountBps:`discountPct`,rebateBps:`rebatePct`,mdfQuarterlyAllowance:`mdf`,dealProtectionDays:`protectionDays`,benefits:`benefits`};function R({tier:e,nextRank:t,onClose:n}){let[r,i]=(0,A.useState)(()=>F(e,t)),[a,s]=(0,A.useState)({}),c=g(N),l=g(P),u=S(),d=e?l:c,p=e=>t=>i(n=>({...n,[e]:t.target.value})),m={};if(d.error instanceof o)for(let e of d.error.fieldErrors){let t=L[e.field];t&&(m[t]=e.message)}let h=e=>a[e]??m[e],_=d.error&&!(d.error instanceof o&&d.error.fieldErrors.some(e=>L[e.field]));function y(){let{input:t,errors:i}=I(r);if(s(i),!t)return;let a=t=>{u(e?`${t} saved`:`${t} created`),n()};e?l.mutate({input:{id:e.id,...t}},{onSuccess:e=>a(e.updateTier.tier.name)}):c.mutate({input:t},{onSuccess:e=>a(e.createTier.tier.name)})}return(0,j.jsx)(D,{open:!0,onClose:n,title:e?`Edit ${e.name}`:`New tier`,description:`Requirements decide who qualifies; benefits are what partners at this tier get.`,onSubmit:y,footer:(0,j.jsxs)(j.Fragment,{children:[(0,j.jsx)(v,{onClick:n,children:`Cancel`}),(0,j.jsx)(v,{type:`submit`,variant:`primary`,loading:d.isPending,children:e?`Save changes`:`Create tier`})]}),children:(0,j.jsxs)(`div`,{className:`stack`,style:{gap:16},children:[_&&(0,j.jsx)(f,{error:d.error}),(0,j.jsxs)(`div`,{className:`form-grid`,children:[(0,j.jsx)(O,{label:`Name`,required:!0,value:r.name,onChange:p(`name`),error:h(`name`)}),(0,j.jsx)(O,{label:`Rank`,hint:`Higher is better; unique.`,required:!0,inputMode:`numeric`,value:r.rank,onChange:p(`rank`),error:h(`rank`)}),(0,j.jsx)(k,{className:`full`,label:`Description`,value:r.description,onChange:p(`description`),error:h(`description`),rows:2}),(0,j.jsx)(O,{label:`Currency`,hint:`Of the revenue requirement and MDF.`,value:r.currency,onChange:p(`currency`),error:h(`currency`),maxLength:3}),(0,j.jsx)(O,{label:`Won revenue, trailing 12 months`,hint:`In ${r.currency||`currency`} units.`,inputMode:`decimal`,value:r.minRevenue,onChange:p(`minRevenue`),error:h(`minRevenue`)}),(0,j.jsx)(O,{label:`Won deals, trailing 12 months`,inputMode:`numeric`,value:r.minWonDeals,onChange:p(`minWonDeals`),error:h(`minWonDeals`)}),(0,j.jsx)(O,{label:`Certified people`,inputMode:`numeric`,value:r.minCertifiedPeople,onChange:p(`minCertifiedPeople`),error:h(`minCertifiedPeople`)}),(0,j.jsx)(O,{label:`Discount (%)`,inputMode:`decimal`,value:r.discountPct,onChange:p(`discountPct`),error:h(`discountPct`)}),(0,j.jsx)(O,{label:`Rebate (%)`,inputMode:`decimal`,value:r.rebatePct,onChange:p(`rebatePct`),error:h(`rebatePct`)}),(0,j.jsx)(O,{label:`MDF per quarter`,hint:`In ${r.currency||`currency`} units.`,inputMode:`decimal`,value:r.mdf,onChange:p(`mdf`),error:h(`mdf`)}),(0,j.jsx)(O,{label:`Deal protection (days)`,inputMode:`numeric`,value:r.protectionDays,onChange:p(`protectionDays`),error:h(`protectionDays`)}),(0,j.jsx)(k,{className:`full`,label:`Further benefits`,hint:`One per line.`,value:r.benefits,onChange:p(`benefits`),error:h(`benefits`),rows:4})]})]})})}function z({tier:e,current:t,vendor:n,onEdit:i}){return(0,j.jsxs)(`article`,{className:t?`card tier-card is-current`:`card tier-card`,style:{"--tier":c(e.rank)},"aria-labelledby":`tier-${e.id}`,children:[(0,j.jsx)(`div`,{className:`tier-top`}),(0,j.jsxs)(`div`,{className:`card-body`,children:[(0,j.jsxs)(`div`,{className:`row`,style:{justifyContent:`space-between`},children:[(0,j.jsx)(`h3`,{id:`tier-${e.id}`,children:e.name}),(0,j.jsxs)(`div`,{className:`row`,children:[t&&(0,j.jsx)(C,{tone:`brand`,children:`Your tier`}),n&&(0,j.jsxs)(C,{children:[a(e.partners.totalCount),` partners`]})]})]}),e.description&&(0,j.jsx)(`p`,{className:`muted`,style:{marginTop:6,fontSize:`0.88rem`},children:e.description}),(0,j.jsx)(`div`,{className:`section-label`,children:`Requirements`}),(0,j.jsxs)(`div`,{className:`kv`,children:[(0,j.jsx)(`span`,{children:`Won revenue (12 months)`}),(0,j.jsx)(`span`,{children:e.minRevenueT12m?s(e.minRevenueT12m,e.currency):`None`})]}),(0,j.jsxs)(`div`,{className:`kv`,children:[(0,j.jsx)(`span`,{children:`Won deals (12 months)`}),(0,j.jsx)(`span`,{children:a(e.minWonDeals)})]}),(0,j.jsxs)(`div`,{className:`kv`,children:[(0,j.jsx)(`span`,{children:`Certified people`}),(0,j.jsx)(`span`,{children:a(e.minCertifiedPeople)})]}),(0,j.jsx)(`div`,{className:`section-label`,children:`Benefits`}),(0,j.jsxs)(`div`,{className:`kv`,children:[(0,j.jsx)(`span`,{children:`Discount`}),(0,j.jsx)(`span`,{children:y(e.discountBps)})]}),(0,j.jsxs)(`div`,{className:`kv`,children:[(0,j.jsx)(`span`,{children:`Rebate`}),(0,j.jsx)(`span`,{children:y(e.rebateBps)})]}),(0,j.jsxs)(`div`,{className:`kv`,children:[(0,j.jsx)(`span`,{children:`MDF per quarter`}),(0,j.jsx)(`span`,{children:s(e.mdfQuarterlyAllowance,e.currency)})]}),(0,j.jsxs)(`div`,{className:`kv`,children:[(0,j.jsx)(`span`,{children:`Deal protection`}),(0,j.jsxs)(`span`,{children:[e.dealProtectionDays,` days`]})]}),(e.benefits?.length??0)>0&&(0,j.jsx)(`ul`,{style:{margin:`12px 0 0`,paddingLeft:18,color:`var(--text-soft)`,fontSize:`0.88rem`,display:`grid`,gap:4},children:e.benefits.map(e=>(0,j.jsx)(`li`,{children:e},e))})]}),i&&(0,j.jsxs)(`div`,{className:`card-footer`,children:[(0,j.jsxs)(`span`,{className:`muted`,style:{fontSize:`0.8rem`},children:[`Rank `,e.rank]}),(0,j.jsx)(v,{size:`sm`,onClick:i,icon:(0,j.jsx)(r,{size:14,"aria-hidden":`true`}),"aria-label":`Edit ${e.name}`,children:`Edit`})]})]})}function B(){d(`Tiers & benefits`);let e=l(),t=_(e.role),n=e.role===`ADMIN`,r=b(M,{}),[a,o]=(0,A.useState)(null),s=E(T(r.data?.tiers)),c=r.data?.viewer.partner?.tier?.rank,f=s.length?Math.max(...s.map(e=>e.rank))+1:1;return(0,j.jsxs)(j.Fragment,{children:[(0,j.jsx)(u,{title:`Tiers & benefits`,subtitle:t?`The levels of your partner program: what partners must achieve, and what each level gives them.`:`Every level of the program: what it takes to qualify and what it unlocks.`,actions:n&&(0,j.jsx)(v,{variant:`primary`,icon:(0,j.jsx)(i,{size:16,"aria-hidden":`true`}),onClick:()=>o(`new`),children:`New tier`})}),r.isError?(0,j.jsx)(`div`,{className:`card`,children:(0,j.jsx)(h,{error:r.error,onRetry:()=>void r.refetch()})}):r.isPending?(0,j.jsxs)(`div`,{className:`stack`,children:[(0,j.jsx)(p,{height:300}),(0,j.jsx)(p,{height:300})]}):s.length===0?(0,j.jsx)(`div`,{className:`card`,children:(0,j.jsx)(x,{title:`No tiers yet`,action:n&&(0,j.jsx)(v,{variant:`primary`,onClick:()=>o(`new`),children:`Create the first tier`}),children:`Tiers reward partners for performance with better margins, funds and protection.`})}):(0,j.jsxs)(`div`,{className:`stack`,children:[(0,j.jsx)(m,{title:`Margin by tier`,hint:`Discount off list price and rebate on won revenue.`,children:(0,j.jsx)(w,{tiers:s,currentRank:c})}),(0,j.jsx)(`div`,{className:`tier-cards`,children:s.map(e=>(0,j.jsx)(z,{tier:e,current:e.rank===c,vendor:t,onEdit:n?()=>o(e):void 0},e.id))})]}),a&&(0,j.jsx)(R,{tier:a===`new`?void 0:a,nextRank:f,onClose:()=>o(null)})]})}export{B as default};