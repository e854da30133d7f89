<<<<<<<< HEAD:internal/portal/dist/assets/Tiers-DS4hGgYA.js
<<<<<<<< HEAD:internal/portal/dist/assets/Tiers-Ck9qb5SQ.js
import{a as e,n as t,t as n}from"./jsx-runtime-Wy9s6hX0.js";import{t as r}from"./pencil-CeINSkNT.js";import{t as i}from"./plus-B04YUd4W.js";import{C as a,E as o,J as s,O as c,U as l,_ as u,a as d,b as f,c as p,f as m,j as h,l as g,m as _,n as v,nt as y,r as b,t as x,u as S,v as C}from"./index-CPY0yktZ.js";import{r as w}from"./charts-C_SDpbB7.js";import{r as T}from"./tiers-DvbzZCXz.js";import{t as E}from"./Dialog-RetkLxc1.js";import{i as D,r as O}from"./Field-C_CGVPzl.js";import{t as k}from"./connection-mmDI86VZ.js";var A=e(t(),1),j=`
========
import{a as e,n as t,t as n}from"./jsx-runtime-Wy9s6hX0.js";import{t as r}from"./pencil-CeINSkNT.js";import{t as i}from"./plus-B04YUd4W.js";import{C as a,E as o,J as s,O as c,U as l,_ as u,a as d,b as f,c as p,f as m,j as h,l as g,m as _,n as v,nt as y,r as b,t as x,u as S,v as C}from"./index-BFYom38I.js";import{r as w}from"./charts-Drc9neco.js";import{r as T}from"./tiers-BKa4kYbd.js";import{t as E}from"./Dialog-JD6iUPkM.js";import{i as D,r as O}from"./Field-CPbFVahT.js";import{t as k}from"./connection-mmDI86VZ.js";var A=e(t(),1),j=`
>>>>>>>> training:internal/portal/dist/assets/Tiers-DS4hGgYA.js
========
import{a as e,n as t,t as n}from"./jsx-runtime-Wy9s6hX0.js";import{t as r}from"./pencil-CeINSkNT.js";import{t as i}from"./plus-B04YUd4W.js";import{C as a,E as o,M as s,W as c,Y as l,_ as u,a as d,b as f,c as p,f as m,k as h,l as g,m as _,n as v,r as y,rt as b,t as x,u as S,v as C}from"./index-BtfVeBhV.js";import{r as w}from"./charts-C9TjJiGx.js";import{r as T}from"./tiers-pg3yOLsC.js";import{t as E}from"./Dialog-DigcHBvN.js";import{i as D,r as O}from"./Field-BPpLB17Z.js";import{t as k}from"./connection-mmDI86VZ.js";var A=e(t(),1),j=`
>>>>>>>> content:internal/portal/dist/assets/Tiers-CAxhKjm-.js
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
}`,M=`
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
}`,N=`
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
}`,P=n();function F(e,t=1){return{name:e?.name??``,rank:String(e?.rank??t),description:e?.description??``,currency:e?.currency??`USD`,minRevenue:e?String(e.minRevenueT12m/100):`0`,minWonDeals:String(e?.minWonDeals??0),minCertifiedPeople:String(e?.minCertifiedPeople??0),discountPct:e?String(e.discountBps/100):`0`,rebatePct:e?String(e.rebateBps/100):`0`,mdf:e?String(e.mdfQuarterlyAllowance/100):`0`,protectionDays:String(e?.dealProtectionDays??90),benefits:(e?.benefits??[]).join(`
`)}}function I(e){let t={},n=(n,r,i={})=>{let a=e[n].trim().replace(/,/g,``),o=Number(a);return a===``||!Number.isFinite(o)||o<0?(t[n]=`Enter ${r} as a number of 0 or more.`,0):(i.int&&!Number.isInteger(o)&&(t[n]=`Enter ${r} as a whole number.`),i.max!==void 0&&o>i.max&&(t[n]=`${r[0].toUpperCase()+r.slice(1)} can be at most ${i.max}.`),o)};e.name.trim()||(t.name=`Give the tier a name.`);let r=n(`rank`,`the rank`,{int:!0});!t.rank&&r<1&&(t.rank=`The rank starts at 1.`),/^[A-Za-z]{3}$/.test(e.currency.trim())||(t.currency=`Use a three-letter ISO code such as USD or EUR.`);let i={name:e.name.trim(),rank:r,description:e.description.trim(),currency:e.currency.trim().toUpperCase(),minRevenueT12m:Math.round(n(`minRevenue`,`the revenue requirement`)*100),minWonDeals:n(`minWonDeals`,`the won deals requirement`,{int:!0}),minCertifiedPeople:n(`minCertifiedPeople`,`the certified people requirement`,{int:!0}),discountBps:Math.round(n(`discountPct`,`the discount`,{max:100})*100),rebateBps:Math.round(n(`rebatePct`,`the rebate`,{max:100})*100),mdfQuarterlyAllowance:Math.round(n(`mdf`,`the MDF allowance`)*100),dealProtectionDays:n(`protectionDays`,`the protection period`,{int:!0}),benefits:e.benefits.split(`
`).map(e=>e.trim()).filter(Boolean)};return Object.keys(t).length?{errors:t}:{input:i,errors:t}}var L={name:`name`,rank:`rank`,description:`description`,currency:`currency`,minRevenueT12m:`minRevenue`,minWonDeals:`minWonDeals`,minCertifiedPeople:`minCertifiedPeople`,discountBps:`discountPct`,rebateBps:`rebatePct`,mdfQuarterlyAllowance:`mdf`,dealProtectionDays:`protectionDays`,benefits:`benefits`};function R({tier:e,nextRank:t,onClose:n}){let[r,i]=(0,A.useState)(()=>F(e,t)),[a,o]=(0,A.useState)({}),s=v(M),c=v(N),l=x(),u=e?c:s,d=e=>t=>i(n=>({...n,[e]:t.target.value})),f={};if(u.error instanceof h)for(let e of u.error.fieldErrors){let t=L[e.field];t&&(f[t]=e.message)}let p=e=>a[e]??f[e],m=u.error&&!(u.error instanceof h&&u.error.fieldErrors.some(e=>L[e.field]));function y(){let{input:t,errors:i}=I(r);if(o(i),!t)return;let a=t=>{l(e?`${t} saved`:`${t} created`),n()};e?c.mutate({input:{id:e.id,...t}},{onSuccess:e=>a(e.updateTier.tier.name)}):s.mutate({input:t},{onSuccess:e=>a(e.createTier.tier.name)})}return(0,P.jsx)(E,{open:!0,onClose:n,title:e?`Edit ${e.name}`:`New tier`,description:`Requirements decide who qualifies; benefits are what partners at this tier get.`,onSubmit:y,footer:(0,P.jsxs)(P.Fragment,{children:[(0,P.jsx)(_,{onClick:n,children:`Cancel`}),(0,P.jsx)(_,{type:`submit`,variant:`primary`,loading:u.isPending,children:e?`Save changes`:`Create tier`})]}),children:(0,P.jsxs)(`div`,{className:`stack`,style:{gap:16},children:[m&&(0,P.jsx)(g,{error:u.error}),(0,P.jsxs)(`div`,{className:`form-grid`,children:[(0,P.jsx)(D,{label:`Name`,required:!0,value:r.name,onChange:d(`name`),error:p(`name`)}),(0,P.jsx)(D,{label:`Rank`,hint:`Higher is better; unique.`,required:!0,inputMode:`numeric`,value:r.rank,onChange:d(`rank`),error:p(`rank`)}),(0,P.jsx)(O,{className:`full`,label:`Description`,value:r.description,onChange:d(`description`),error:p(`description`),rows:2}),(0,P.jsx)(D,{label:`Currency`,hint:`Of the revenue requirement and MDF.`,value:r.currency,onChange:d(`currency`),error:p(`currency`),maxLength:3}),(0,P.jsx)(D,{label:`Won revenue, trailing 12 months`,hint:`In ${r.currency||`currency`} units.`,inputMode:`decimal`,value:r.minRevenue,onChange:d(`minRevenue`),error:p(`minRevenue`)}),(0,P.jsx)(D,{label:`Won deals, trailing 12 months`,inputMode:`numeric`,value:r.minWonDeals,onChange:d(`minWonDeals`),error:p(`minWonDeals`)}),(0,P.jsx)(D,{label:`Certified people`,inputMode:`numeric`,value:r.minCertifiedPeople,onChange:d(`minCertifiedPeople`),error:p(`minCertifiedPeople`)}),(0,P.jsx)(D,{label:`Discount (%)`,inputMode:`decimal`,value:r.discountPct,onChange:d(`discountPct`),error:p(`discountPct`)}),(0,P.jsx)(D,{label:`Rebate (%)`,inputMode:`decimal`,value:r.rebatePct,onChange:d(`rebatePct`),error:p(`rebatePct`)}),(0,P.jsx)(D,{label:`MDF per quarter`,hint:`In ${r.currency||`currency`} units.`,inputMode:`decimal`,value:r.mdf,onChange:d(`mdf`),error:p(`mdf`)}),(0,P.jsx)(D,{label:`Deal protection (days)`,inputMode:`numeric`,value:r.protectionDays,onChange:d(`protectionDays`),error:p(`protectionDays`)}),(0,P.jsx)(O,{className:`full`,label:`Further benefits`,hint:`One per line.`,value:r.benefits,onChange:d(`benefits`),error:p(`benefits`),rows:4})]})]})})}function z({tier:e,current:t,vendor:n,onEdit:i}){return(0,P.jsxs)(`article`,{className:t?`card tier-card is-current`:`card tier-card`,style:{"--tier":a(e.rank)},"aria-labelledby":`tier-${e.id}`,children:[(0,P.jsx)(`div`,{className:`tier-top`}),(0,P.jsxs)(`div`,{className:`card-body`,children:[(0,P.jsxs)(`div`,{className:`row`,style:{justifyContent:`space-between`},children:[(0,P.jsx)(`h3`,{id:`tier-${e.id}`,children:e.name}),(0,P.jsxs)(`div`,{className:`row`,children:[t&&(0,P.jsx)(f,{tone:`brand`,children:`Your tier`}),n&&(0,P.jsxs)(f,{children:[s(e.partners.totalCount),` partners`]})]})]}),e.description&&(0,P.jsx)(`p`,{className:`muted`,style:{marginTop:6,fontSize:`0.88rem`},children:e.description}),(0,P.jsx)(`div`,{className:`section-label`,children:`Requirements`}),(0,P.jsxs)(`div`,{className:`kv`,children:[(0,P.jsx)(`span`,{children:`Won revenue (12 months)`}),(0,P.jsx)(`span`,{children:e.minRevenueT12m?c(e.minRevenueT12m,e.currency):`None`})]}),(0,P.jsxs)(`div`,{className:`kv`,children:[(0,P.jsx)(`span`,{children:`Won deals (12 months)`}),(0,P.jsx)(`span`,{children:s(e.minWonDeals)})]}),(0,P.jsxs)(`div`,{className:`kv`,children:[(0,P.jsx)(`span`,{children:`Certified people`}),(0,P.jsx)(`span`,{children:s(e.minCertifiedPeople)})]}),(0,P.jsx)(`div`,{className:`section-label`,children:`Benefits`}),(0,P.jsxs)(`div`,{className:`kv`,children:[(0,P.jsx)(`span`,{children:`Discount`}),(0,P.jsx)(`span`,{children:l(e.discountBps)})]}),(0,P.jsxs)(`div`,{className:`kv`,children:[(0,P.jsx)(`span`,{children:`Rebate`}),(0,P.jsx)(`span`,{children:l(e.rebateBps)})]}),(0,P.jsxs)(`div`,{className:`kv`,children:[(0,P.jsx)(`span`,{children:`MDF per quarter`}),(0,P.jsx)(`span`,{children:c(e.mdfQuarterlyAllowance,e.currency)})]}),(0,P.jsxs)(`div`,{className:`kv`,children:[(0,P.jsx)(`span`,{children:`Deal protection`}),(0,P.jsxs)(`span`,{children:[e.dealProtectionDays,` days`]})]}),(e.benefits?.length??0)>0&&(0,P.jsx)(`ul`,{style:{margin:`12px 0 0`,paddingLeft:18,color:`var(--text-soft)`,fontSize:`0.88rem`,display:`grid`,gap:4},children:e.benefits.map(e=>(0,P.jsx)(`li`,{children:e},e))})]}),i&&(0,P.jsxs)(`div`,{className:`card-footer`,children:[(0,P.jsxs)(`span`,{className:`muted`,style:{fontSize:`0.8rem`},children:[`Rank `,e.rank]}),(0,P.jsx)(_,{size:`sm`,onClick:i,icon:(0,P.jsx)(r,{size:14,"aria-hidden":`true`}),"aria-label":`Edit ${e.name}`,children:`Edit`})]})]})}function B(){d(`Tiers & benefits`);let e=o(),t=b(e.role),n=e.role===`ADMIN`,r=y(j,{}),[a,s]=(0,A.useState)(null),c=T(k(r.data?.tiers)),l=r.data?.viewer.partner?.tier?.rank,f=c.length?Math.max(...c.map(e=>e.rank))+1:1;return(0,P.jsxs)(P.Fragment,{children:[(0,P.jsx)(C,{title:`Tiers & benefits`,subtitle:t?`The levels of your partner program: what partners must achieve, and what each level gives them.`:`Every level of the program: what it takes to qualify and what it unlocks.`,actions:n&&(0,P.jsx)(_,{variant:`primary`,icon:(0,P.jsx)(i,{size:16,"aria-hidden":`true`}),onClick:()=>s(`new`),children:`New tier`})}),r.isError?(0,P.jsx)(`div`,{className:`card`,children:(0,P.jsx)(S,{error:r.error,onRetry:()=>void r.refetch()})}):r.isPending?(0,P.jsxs)(`div`,{className:`stack`,children:[(0,P.jsx)(m,{height:300}),(0,P.jsx)(m,{height:300})]}):c.length===0?(0,P.jsx)(`div`,{className:`card`,children:(0,P.jsx)(p,{title:`No tiers yet`,action:n&&(0,P.jsx)(_,{variant:`primary`,onClick:()=>s(`new`),children:`Create the first tier`}),children:`Tiers reward partners for performance with better margins, funds and protection.`})}):(0,P.jsxs)(`div`,{className:`stack`,children:[(0,P.jsx)(u,{title:`Margin by tier`,hint:`Discount off list price and rebate on won revenue.`,children:(0,P.jsx)(w,{tiers:c,currentRank:l})}),(0,P.jsx)(`div`,{className:`tier-cards`,children:c.map(e=>(0,P.jsx)(z,{tier:e,current:e.rank===l,vendor:t,onEdit:n?()=>s(e):void 0},e.id))})]}),a&&(0,P.jsx)(R,{tier:a===`new`?void 0:a,nextRank:f,onClose:()=>s(null)})]})}export{B as default};