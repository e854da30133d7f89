import{a as e,n as t,t as n}from"./jsx-runtime-Wy9s6hX0.js";import{t as r}from"./pencil-DrospVN-.js";import{t as i}from"./plus-wl5cgOBG.js";import{A as a,B as o,F as s,R as c,T as l,U as u,a as d,d as f,f as p,i as m,p as h,q as g,s as _,u as v,z as y}from"./index-D7DUstJB.js";import{a as b}from"./charts-Bpp7OgJ0.js";import{a as x,c as S,i as C,r as w,t as T,u as E,v as D}from"./usePageTitle-atKqKR4V.js";import{r as O}from"./tiers-DZsp7JHG.js";import{t as k}from"./connection-mmDI86VZ.js";var A=e(t(),1),j=`
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
  minApprovedRegistrations
  requiresManualCheck
  windowDays
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
  minApprovedRegistrations
  requiresManualCheck
  windowDays
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
  minApprovedRegistrations
  requiresManualCheck
  windowDays
  discountBps
  rebateBps
  mdfQuarterlyAllowance
  dealProtectionDays
  benefits
}`,P=n();function F(e,t=1){return{name:e?.name??``,rank:String(e?.rank??t),description:e?.description??``,currency:e?.currency??`USD`,minRevenue:e?String(e.minRevenueT12m/100):`0`,minWonDeals:String(e?.minWonDeals??0),minCertifiedPeople:String(e?.minCertifiedPeople??0),minApprovedRegistrations:String(e?.minApprovedRegistrations??0),windowDays:String(e?.windowDays??365),requiresManualCheck:e?.requiresManualCheck??!1,discountPct:e?String(e.discountBps/100):`0`,rebatePct:e?String(e.rebateBps/100):`0`,mdf:e?String(e.mdfQuarterlyAllowance/100):`0`,protectionDays:String(e?.dealProtectionDays??90),benefits:(e?.benefits??[]).join(`
`)}}function I(e){let t={},n=(n,r,i={})=>{let a=e[n].trim().replace(/,/g,``),o=Number(a);return a===``||!Number.isFinite(o)||o<0?(t[n]=`Enter ${r} as a number of 0 or more.`,0):(i.int&&!Number.isInteger(o)&&(t[n]=`Enter ${r} as a whole number.`),i.max!==void 0&&o>i.max&&(t[n]=`${r[0].toUpperCase()+r.slice(1)} can be at most ${i.max}.`),o)};e.name.trim()||(t.name=`Give the tier a name.`);let r=n(`rank`,`the rank`,{int:!0});!t.rank&&r<1&&(t.rank=`The rank starts at 1.`),/^[A-Za-z]{3}$/.test(e.currency.trim())||(t.currency=`Use a three-letter ISO code such as USD or EUR.`);let i={name:e.name.trim(),rank:r,description:e.description.trim(),currency:e.currency.trim().toUpperCase(),minRevenueT12m:Math.round(n(`minRevenue`,`the revenue requirement`)*100),minWonDeals:n(`minWonDeals`,`the won deals requirement`,{int:!0}),minCertifiedPeople:n(`minCertifiedPeople`,`the certified people requirement`,{int:!0}),minApprovedRegistrations:n(`minApprovedRegistrations`,`the approved registrations requirement`,{int:!0}),windowDays:n(`windowDays`,`the window`,{int:!0,max:1095}),requiresManualCheck:e.requiresManualCheck,discountBps:Math.round(n(`discountPct`,`the discount`,{max:100})*100),rebateBps:Math.round(n(`rebatePct`,`the rebate`,{max:100})*100),mdfQuarterlyAllowance:Math.round(n(`mdf`,`the MDF allowance`)*100),dealProtectionDays:n(`protectionDays`,`the protection period`,{int:!0}),benefits:e.benefits.split(`
`).map(e=>e.trim()).filter(Boolean)};return Object.keys(t).length?{errors:t}:{input:i,errors:t}}var L={name:`name`,rank:`rank`,description:`description`,currency:`currency`,minRevenueT12m:`minRevenue`,minWonDeals:`minWonDeals`,minCertifiedPeople:`minCertifiedPeople`,minApprovedRegistrations:`minApprovedRegistrations`,windowDays:`windowDays`,discountBps:`discountPct`,rebateBps:`rebatePct`,mdfQuarterlyAllowance:`mdf`,dealProtectionDays:`protectionDays`,benefits:`benefits`};function R({tier:e,nextRank:t,onClose:n}){let[r,i]=(0,A.useState)(()=>F(e,t)),[a,l]=(0,A.useState)({}),u=f(M),d=f(N),p=s(),m=e?d:u,h=e=>t=>i(n=>({...n,[e]:t.target.value})),g={};if(m.error instanceof D)for(let e of m.error.fieldErrors){let t=L[e.field];t&&(g[t]=e.message)}let _=e=>a[e]??g[e],v=m.error&&!(m.error instanceof D&&m.error.fieldErrors.some(e=>L[e.field]));function b(){let{input:t,errors:i}=I(r);if(l(i),!t)return;let a=t=>{p(e?`${t} saved`:`${t} created`),n()};e?d.mutate({input:{id:e.id,...t}},{onSuccess:e=>a(e.updateTier.tier.name)}):u.mutate({input:t},{onSuccess:e=>a(e.createTier.tier.name)})}return(0,P.jsx)(o,{open:!0,onClose:n,title:e?`Edit ${e.name}`:`New tier`,description:`Requirements decide who qualifies; benefits are what partners at this tier get.`,onSubmit:b,footer:(0,P.jsxs)(P.Fragment,{children:[(0,P.jsx)(E,{onClick:n,children:`Cancel`}),(0,P.jsx)(E,{type:`submit`,variant:`primary`,loading:m.isPending,children:e?`Save changes`:`Create tier`})]}),children:(0,P.jsxs)(`div`,{className:`stack`,style:{gap:16},children:[v&&(0,P.jsx)(C,{error:m.error}),(0,P.jsxs)(`div`,{className:`form-grid`,children:[(0,P.jsx)(y,{label:`Name`,required:!0,value:r.name,onChange:h(`name`),error:_(`name`)}),(0,P.jsx)(y,{label:`Rank`,hint:`Higher is better; unique.`,required:!0,inputMode:`numeric`,value:r.rank,onChange:h(`rank`),error:_(`rank`)}),(0,P.jsx)(c,{className:`full`,label:`Description`,value:r.description,onChange:h(`description`),error:_(`description`),rows:2}),(0,P.jsx)(y,{label:`Currency`,hint:`Of the revenue requirement and MDF.`,value:r.currency,onChange:h(`currency`),error:_(`currency`),maxLength:3}),(0,P.jsx)(y,{label:`Won revenue, trailing 12 months`,hint:`In ${r.currency||`currency`} units.`,inputMode:`decimal`,value:r.minRevenue,onChange:h(`minRevenue`),error:_(`minRevenue`)}),(0,P.jsx)(y,{label:`Won deals, trailing 12 months`,inputMode:`numeric`,value:r.minWonDeals,onChange:h(`minWonDeals`),error:_(`minWonDeals`)}),(0,P.jsx)(y,{label:`Certified people`,inputMode:`numeric`,value:r.minCertifiedPeople,onChange:h(`minCertifiedPeople`),error:_(`minCertifiedPeople`)}),(0,P.jsx)(y,{label:`Approved registrations in the window`,inputMode:`numeric`,value:r.minApprovedRegistrations,onChange:h(`minApprovedRegistrations`),error:_(`minApprovedRegistrations`)}),(0,P.jsx)(y,{label:`Window (days)`,hint:`Of the revenue, won deal and registration requirements.`,inputMode:`numeric`,value:r.windowDays,onChange:h(`windowDays`),error:_(`windowDays`)}),(0,P.jsxs)(`label`,{className:`full`,style:{display:`flex`,gap:8,alignItems:`center`},children:[(0,P.jsx)(`input`,{type:`checkbox`,checked:r.requiresManualCheck,onChange:e=>i(t=>({...t,requiresManualCheck:e.target.checked}))}),` The channel team confirms a check for each partner (e.g. a joint business plan)`]}),(0,P.jsx)(y,{label:`Discount (%)`,inputMode:`decimal`,value:r.discountPct,onChange:h(`discountPct`),error:_(`discountPct`)}),(0,P.jsx)(y,{label:`Rebate (%)`,inputMode:`decimal`,value:r.rebatePct,onChange:h(`rebatePct`),error:_(`rebatePct`)}),(0,P.jsx)(y,{label:`MDF per quarter`,hint:`In ${r.currency||`currency`} units.`,inputMode:`decimal`,value:r.mdf,onChange:h(`mdf`),error:_(`mdf`)}),(0,P.jsx)(y,{label:`Deal protection (days)`,inputMode:`numeric`,value:r.protectionDays,onChange:h(`protectionDays`),error:_(`protectionDays`)}),(0,P.jsx)(c,{className:`full`,label:`Further benefits`,hint:`One per line.`,value:r.benefits,onChange:h(`benefits`),error:_(`benefits`),rows:4})]})]})})}function z({tier:e,current:t,vendor:n,onEdit:i}){return(0,P.jsxs)(`article`,{className:t?`card tier-card is-current`:`card tier-card`,style:{"--tier":v(e.rank)},"aria-labelledby":`tier-${e.id}`,children:[(0,P.jsx)(`div`,{className:`tier-top`}),(0,P.jsxs)(`div`,{className:`card-body`,children:[(0,P.jsxs)(`div`,{className:`row`,style:{justifyContent:`space-between`},children:[(0,P.jsx)(`h3`,{id:`tier-${e.id}`,children:e.name}),(0,P.jsxs)(`div`,{className:`row`,children:[t&&(0,P.jsx)(_,{tone:`brand`,children:`Your tier`}),n&&(0,P.jsxs)(_,{children:[h(e.partners.totalCount),` partners`]})]})]}),e.description&&(0,P.jsx)(`p`,{className:`muted`,style:{marginTop:6,fontSize:`0.88rem`},children:e.description}),(0,P.jsx)(`div`,{className:`section-label`,children:`Requirements`}),(0,P.jsxs)(`div`,{className:`kv`,children:[(0,P.jsxs)(`span`,{children:[`Won revenue (`,e.windowDays,` days)`]}),(0,P.jsx)(`span`,{children:e.minRevenueT12m?l(e.minRevenueT12m,e.currency):`None`})]}),(0,P.jsxs)(`div`,{className:`kv`,children:[(0,P.jsxs)(`span`,{children:[`Won deals (`,e.windowDays,` days)`]}),(0,P.jsx)(`span`,{children:h(e.minWonDeals)})]}),(0,P.jsxs)(`div`,{className:`kv`,children:[(0,P.jsx)(`span`,{children:`Certified people`}),(0,P.jsx)(`span`,{children:h(e.minCertifiedPeople)})]}),(0,P.jsxs)(`div`,{className:`kv`,children:[(0,P.jsxs)(`span`,{children:[`Approved registrations (`,e.windowDays,` days)`]}),(0,P.jsx)(`span`,{children:h(e.minApprovedRegistrations)})]}),e.requiresManualCheck&&(0,P.jsxs)(`div`,{className:`kv`,children:[(0,P.jsx)(`span`,{children:`Channel team check`}),(0,P.jsx)(`span`,{children:`Required`})]}),(0,P.jsx)(`div`,{className:`section-label`,children:`Benefits`}),(0,P.jsxs)(`div`,{className:`kv`,children:[(0,P.jsx)(`span`,{children:`Discount`}),(0,P.jsx)(`span`,{children:a(e.discountBps)})]}),(0,P.jsxs)(`div`,{className:`kv`,children:[(0,P.jsx)(`span`,{children:`Rebate`}),(0,P.jsx)(`span`,{children:a(e.rebateBps)})]}),(0,P.jsxs)(`div`,{className:`kv`,children:[(0,P.jsx)(`span`,{children:`MDF per quarter`}),(0,P.jsx)(`span`,{children:l(e.mdfQuarterlyAllowance,e.currency)})]}),(0,P.jsxs)(`div`,{className:`kv`,children:[(0,P.jsx)(`span`,{children:`Deal protection`}),(0,P.jsxs)(`span`,{children:[e.dealProtectionDays,` days`]})]}),(e.benefits?.length??0)>0&&(0,P.jsx)(`ul`,{style:{margin:`12px 0 0`,paddingLeft:18,color:`var(--text-soft)`,fontSize:`0.88rem`,display:`grid`,gap:4},children:e.benefits.map(e=>(0,P.jsx)(`li`,{children:e},e))})]}),i&&(0,P.jsxs)(`div`,{className:`card-footer`,children:[(0,P.jsxs)(`span`,{className:`muted`,style:{fontSize:`0.8rem`},children:[`Rank `,e.rank]}),(0,P.jsx)(E,{size:`sm`,onClick:i,icon:(0,P.jsx)(r,{size:14,"aria-hidden":`true`}),"aria-label":`Edit ${e.name}`,children:`Edit`})]})]})}function B(){T(`Tiers & benefits`);let e=u(),t=g(e.role),n=e.role===`ADMIN`,r=p(j,{}),[a,o]=(0,A.useState)(null),s=O(k(r.data?.tiers)),c=r.data?.viewer.partner?.tier?.rank,l=s.length?Math.max(...s.map(e=>e.rank))+1:1;return(0,P.jsxs)(P.Fragment,{children:[(0,P.jsx)(d,{title:`Tiers & benefits`,subtitle:t?`The levels of your partner program: what partners must achieve, and what each level gives them.`:`Every level of the program: what it takes to qualify and what it unlocks.`,actions:n&&(0,P.jsx)(E,{variant:`primary`,icon:(0,P.jsx)(i,{size:16,"aria-hidden":`true`}),onClick:()=>o(`new`),children:`New tier`})}),r.isError?(0,P.jsx)(`div`,{className:`card`,children:(0,P.jsx)(x,{error:r.error,onRetry:()=>void r.refetch()})}):r.isPending?(0,P.jsxs)(`div`,{className:`stack`,children:[(0,P.jsx)(S,{height:300}),(0,P.jsx)(S,{height:300})]}):s.length===0?(0,P.jsx)(`div`,{className:`card`,children:(0,P.jsx)(w,{title:`No tiers yet`,action:n&&(0,P.jsx)(E,{variant:`primary`,onClick:()=>o(`new`),children:`Create the first tier`}),children:`Tiers reward partners for performance with better margins, funds and protection.`})}):(0,P.jsxs)(`div`,{className:`stack`,children:[(0,P.jsx)(m,{title:`Margin by tier`,hint:`Discount off list price and rebate on won revenue.`,children:(0,P.jsx)(b,{tiers:s,currentRank:c})}),(0,P.jsx)(`div`,{className:`tier-cards`,children:s.map(e=>(0,P.jsx)(z,{tier:e,current:e.rank===c,vendor:t,onEdit:n?()=>o(e):void 0},e.id))})]}),a&&(0,P.jsx)(R,{tier:a===`new`?void 0:a,nextRank:l,onClose:()=>o(null)})]})}export{B as default};