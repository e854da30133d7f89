import{a as e,n as t,t as n}from"./jsx-runtime-Wy9s6hX0.js";import{n as r,t as i}from"./arrow-up-BVV-s5Ig.js";import{t as a}from"./pencil-DrospVN-.js";import{t as o}from"./plus-wl5cgOBG.js";import{t as s}from"./trash-BfJ9DkVB.js";import{t as c}from"./connection-mmDI86VZ.js";import{L as l,a as u,c as d,i as f,r as p,t as m,u as h,v as g}from"./usePageTitle-atKqKR4V.js";import{B as _,F as v,I as y,L as b,S as x,a as S,d as C,f as w,i as T,s as E,z as D}from"./index-D7DUstJB.js";var O=e(t(),1),k=`
    query RoutingRules {
  routingRules(first: 100, orderBy: {field: POSITION, direction: ASC}) {
    totalCount
    edges {
      node {
        id
        name
        position
        kind
        required
        enabled
        leadCountries
        values
        minTierRank
        maxOpenLeads
      }
    }
  }
}
    `,A=`
    mutation CreateRoutingRule($input: CreateRoutingRuleInput!) {
  createRoutingRule(input: $input) {
    rule {
      id
    }
  }
}
    `,j=`
    mutation UpdateRoutingRule($input: UpdateRoutingRuleInput!) {
  updateRoutingRule(input: $input) {
    rule {
      id
      position
    }
  }
}
    `,M=`
    mutation SwapRoutingRules($a: UpdateRoutingRuleInput!, $b: UpdateRoutingRuleInput!) {
  a: updateRoutingRule(input: $a) {
    rule {
      id
      position
    }
  }
  b: updateRoutingRule(input: $b) {
    rule {
      id
      position
    }
  }
}
    `,N=`
    mutation DeleteRoutingRule($input: DeleteRoutingRuleInput!) {
  deleteRoutingRule(input: $input) {
    deletedId
  }
}
    `,P={[l.Region]:{label:`Region`,field:`values`,matches:`Partners in these regions (NA, LATAM, EMEA, APAC); empty: the lead’s region.`,settingRequired:!1},[l.Country]:{label:`Country`,field:`values`,matches:`Partners in these countries (ISO codes such as DE); empty: the lead’s country.`,settingRequired:!1},[l.PartnerType]:{label:`Partner type`,field:`values`,matches:`Partners of these types (RESELLER, VAR, MSP, SI, ISV, REFERRAL, ALLIANCE, MARKETPLACE).`,settingRequired:!0},[l.Tier]:{label:`Tier`,field:`minTierRank`,matches:`Partners whose tier rank is at least this (Registered 1 … Platinum 4).`,settingRequired:!1},[l.Vertical]:{label:`Vertical`,field:`values`,matches:`Partners with one of these verticals; empty: the lead’s vertical.`,settingRequired:!1},[l.Capacity]:{label:`Capacity`,field:`maxOpenLeads`,matches:`Partners holding fewer open leads than this.`,settingRequired:!0}};function F(e){let t=e.reduce((e,t)=>Math.max(e,t.position),0);return{name:``,position:String(t+10),kind:l.Region,required:!1,enabled:!0,leadCountries:[],values:[],minTierRank:`0`,maxOpenLeads:`10`}}function I(e){return{name:e.name,position:String(e.position),kind:e.kind,required:e.required,enabled:e.enabled,leadCountries:e.leadCountries??[],values:e.values??[],minTierRank:String(e.minTierRank),maxOpenLeads:String(e.maxOpenLeads)}}function L(e){return e.map(e=>e.trim().toUpperCase()).filter(Boolean)}function R(e){let t=Number(e.trim());return Number.isInteger(t)?t:NaN}function z(e){let t={};e.name.trim()||(t.name=`Give the rule a name.`),Number.isNaN(R(e.position))&&(t.position=`The position is a whole number.`);let n=P[e.kind];return n.field===`values`&&n.settingRequired&&e.values.length===0&&(t.values=`Name at least one value.`),n.field===`maxOpenLeads`&&!(R(e.maxOpenLeads)>=1)&&(t.maxOpenLeads=`At least 1 open lead.`),n.field===`minTierRank`&&!(R(e.minTierRank)>=0)&&(t.minTierRank=`A rank of 0 or more.`),t}function B(e){let t=P[e.kind].field,n=e.kind===l.Vertical?e.values.map(e=>e.trim()).filter(Boolean):L(e.values);return{name:e.name.trim(),position:R(e.position),required:e.required,enabled:e.enabled,leadCountries:L(e.leadCountries),...t===`values`?{values:n}:{},...t===`minTierRank`?{minTierRank:R(e.minTierRank)}:{},...t===`maxOpenLeads`?{maxOpenLeads:R(e.maxOpenLeads)}:{}}}function V(e){return{kind:e.kind,...B(e)}}function H(e,t){return{id:e,...B(t)}}function U(e,t,n){let r=t+n;if(t<0||t>=e.length||r<0||r>=e.length)return null;let i=e[t],a=e[r];return i.position===a.position?{a:{id:i.id,position:a.position+n},b:{id:a.id,position:a.position}}:{a:{id:i.id,position:a.position},b:{id:a.id,position:i.position}}}function W(e){let t=P[e.kind],n;n=t.field===`minTierRank`?`tier rank ≥ ${e.minTierRank}`:t.field===`maxOpenLeads`?`fewer than ${e.maxOpenLeads} open leads`:e.values?.length?e.values.join(`, `):`the lead’s ${t.label.toLowerCase()}`;let r=e.leadCountries?.length?` · leads from ${e.leadCountries.join(`, `)}`:``;return`${t.label}: ${n}${r}`}var G=n(),K=x(P);function q(){m(`Routing rules`);let e=w(k,{}),t=C(M),[n,l]=(0,O.useState)(null),[g,_]=(0,O.useState)(null);if(e.isPending)return(0,G.jsx)(d,{height:240});if(e.isError)return(0,G.jsx)(u,{error:e.error,onRetry:()=>e.refetch()});let v=c(e.data.routingRules),y=(e,n)=>{let r=U(v,e,n);r&&t.mutate(r)};return(0,G.jsxs)(G.Fragment,{children:[(0,G.jsx)(S,{title:`Routing rules`,subtitle:`Where new leads go. Enabled rules run top to bottom, each keeping the partners it matches; a required rule that matches nobody sends the lead to the manual queue, an optional one is skipped.`,actions:(0,G.jsx)(h,{variant:`primary`,icon:(0,G.jsx)(o,{size:16,"aria-hidden":`true`}),onClick:()=>l(`new`),children:`New rule`})}),(0,G.jsx)(f,{error:t.error}),(0,G.jsx)(T,{title:`Rules in order (${v.length})`,labelledBy:`rules-title`,flush:!0,children:v.length===0?(0,G.jsx)(p,{title:`No routing rules`,children:`Without rules every active partner is a candidate and the round-robin picks one.`}):(0,G.jsx)(`div`,{className:`table-wrap`,tabIndex:0,role:`region`,"aria-label":`Routing rules in the order they run`,children:(0,G.jsxs)(`table`,{className:`table`,children:[(0,G.jsx)(`thead`,{children:(0,G.jsxs)(`tr`,{children:[(0,G.jsx)(`th`,{scope:`col`,children:`Position`}),(0,G.jsx)(`th`,{scope:`col`,children:`Rule`}),(0,G.jsx)(`th`,{scope:`col`,children:`Matches`}),(0,G.jsx)(`th`,{scope:`col`,children:`When nobody matches`}),(0,G.jsx)(`th`,{scope:`col`,children:(0,G.jsx)(`span`,{className:`visually-hidden`,children:`Actions`})})]})}),(0,G.jsx)(`tbody`,{children:v.map((e,n)=>(0,G.jsxs)(`tr`,{children:[(0,G.jsx)(`td`,{children:e.position}),(0,G.jsxs)(`td`,{children:[(0,G.jsx)(`strong`,{children:e.name}),!e.enabled&&(0,G.jsxs)(G.Fragment,{children:[` `,(0,G.jsx)(E,{children:`Disabled`})]})]}),(0,G.jsx)(`td`,{children:W(e)}),(0,G.jsx)(`td`,{children:e.required?(0,G.jsx)(E,{tone:`warning`,children:`Required: manual queue`}):(0,G.jsx)(E,{children:`Optional: skipped`})}),(0,G.jsx)(`td`,{children:(0,G.jsxs)(`div`,{className:`row`,style:{flexWrap:`nowrap`,gap:4},children:[(0,G.jsx)(h,{size:`sm`,variant:`ghost`,"aria-label":`Move ${e.name} up`,disabled:n===0||t.isPending,onClick:()=>y(n,-1),icon:(0,G.jsx)(i,{size:15,"aria-hidden":`true`})}),(0,G.jsx)(h,{size:`sm`,variant:`ghost`,"aria-label":`Move ${e.name} down`,disabled:n===v.length-1||t.isPending,onClick:()=>y(n,1),icon:(0,G.jsx)(r,{size:15,"aria-hidden":`true`})}),(0,G.jsx)(h,{size:`sm`,"aria-label":`Edit ${e.name}`,onClick:()=>l(e),icon:(0,G.jsx)(a,{size:15,"aria-hidden":`true`})}),(0,G.jsx)(h,{size:`sm`,variant:`danger`,"aria-label":`Delete ${e.name}`,onClick:()=>_(e),icon:(0,G.jsx)(s,{size:15,"aria-hidden":`true`})})]})})]},e.id))})]})})}),n&&(0,G.jsx)(J,{rule:n===`new`?null:n,rules:v,onClose:()=>l(null)}),g&&(0,G.jsx)(Y,{rule:g,onClose:()=>_(null)})]})}function J({rule:e,rules:t,onClose:n}){let[r,i]=(0,O.useState)(()=>e?I(e):F(t)),[a,o]=(0,O.useState)({}),s=C(A),c=C(j),l=v(),u=e?c:s,d=[`name`,`position`,`kind`,`values`,`leadCountries`,`minTierRank`,`maxOpenLeads`],p=e=>u.error instanceof g?u.error.fieldError(e):void 0,m=u.error&&!(u.error instanceof g&&u.error.fieldErrors.some(e=>d.includes(e.field))),x=(e,t)=>i(n=>({...n,[e]:t})),S=P[r.kind],w=e?`Edit ${e.name}`:`New routing rule`;function T(){let t=z(r);if(o(t),Object.keys(t).length)return;let i=()=>{l(e?`Saved ${r.name.trim()}`:`Added ${r.name.trim()}`),n()};e?c.mutate({input:H(e.id,r)},{onSuccess:i}):s.mutate({input:V(r)},{onSuccess:i})}return(0,G.jsx)(_,{open:!0,onClose:n,title:w,description:S.matches,onSubmit:T,footer:(0,G.jsxs)(G.Fragment,{children:[(0,G.jsx)(h,{onClick:n,children:`Cancel`}),(0,G.jsx)(h,{type:`submit`,variant:`primary`,loading:u.isPending,children:e?`Save rule`:`Add rule`})]}),children:(0,G.jsxs)(`div`,{className:`stack`,style:{gap:16},children:[m&&(0,G.jsx)(f,{error:u.error}),(0,G.jsxs)(`div`,{className:`form-grid`,children:[(0,G.jsx)(D,{className:`full`,label:`Name`,required:!0,value:r.name,onChange:e=>x(`name`,e.target.value),error:a.name??p(`name`)}),(0,G.jsx)(b,{label:`Kind`,value:r.kind,disabled:!!e,hint:e?`A rule keeps its kind; add a new rule for another.`:void 0,onChange:e=>x(`kind`,e.target.value),error:p(`kind`),children:K.map(e=>(0,G.jsx)(`option`,{value:e,children:P[e].label},e))}),(0,G.jsx)(D,{label:`Position`,required:!0,inputMode:`numeric`,value:r.position,hint:`Lower runs first.`,onChange:e=>x(`position`,e.target.value),error:a.position??p(`position`)}),S.field===`values`&&(0,G.jsx)(y,{className:`full`,label:S.settingRequired?`Values (at least one)`:`Values`,hint:S.matches,value:r.values,onChange:e=>x(`values`,e),error:a.values??p(`values`)}),S.field===`minTierRank`&&(0,G.jsx)(D,{label:`Lowest tier rank`,inputMode:`numeric`,value:r.minTierRank,hint:S.matches,onChange:e=>x(`minTierRank`,e.target.value),error:a.minTierRank??p(`minTierRank`)}),S.field===`maxOpenLeads`&&(0,G.jsx)(D,{label:`Open leads limit`,required:!0,inputMode:`numeric`,value:r.maxOpenLeads,hint:S.matches,onChange:e=>x(`maxOpenLeads`,e.target.value),error:a.maxOpenLeads??p(`maxOpenLeads`)}),(0,G.jsx)(y,{className:`full`,label:`Only for leads from`,hint:`Country codes; empty: the rule applies to every lead.`,value:r.leadCountries,onChange:e=>x(`leadCountries`,e),error:p(`leadCountries`)})]}),(0,G.jsxs)(`label`,{className:`check`,children:[(0,G.jsx)(`input`,{type:`checkbox`,checked:r.required,onChange:e=>x(`required`,e.target.checked)}),(0,G.jsxs)(`span`,{children:[(0,G.jsx)(`strong`,{children:`Required`}),(0,G.jsx)(`span`,{className:`muted`,children:` When it matches nobody, the lead goes to the manual queue instead of skipping the rule.`})]})]}),(0,G.jsxs)(`label`,{className:`check`,children:[(0,G.jsx)(`input`,{type:`checkbox`,checked:r.enabled,onChange:e=>x(`enabled`,e.target.checked)}),(0,G.jsxs)(`span`,{children:[(0,G.jsx)(`strong`,{children:`Enabled`}),(0,G.jsx)(`span`,{className:`muted`,children:` Disabled rules do not run.`})]})]})]})})}function Y({rule:e,onClose:t}){let n=C(N),r=v();return(0,G.jsx)(_,{open:!0,onClose:t,title:`Delete ${e.name}?`,description:`Leads routed from now on skip it; decisions already traced keep its name.`,onSubmit:()=>n.mutate({input:{id:e.id}},{onSuccess:()=>(r(`Deleted ${e.name}`),t())}),footer:(0,G.jsxs)(G.Fragment,{children:[(0,G.jsx)(h,{onClick:t,children:`Cancel`}),(0,G.jsx)(h,{type:`submit`,variant:`danger`,loading:n.isPending,children:`Delete rule`})]}),children:(0,G.jsx)(f,{error:n.error})})}export{q as default};