import{a as e,n as t,t as n}from"./jsx-runtime-Wy9s6hX0.js";import{t as r}from"./createLucideIcon-DGfbxOj1.js";import{Ct as i,E as a,F as o,I as s,L as c,O as l,P as u,R as d,S as f,St as p,Tt as m,U as h,V as g,W as _,X as v,_ as y,a as b,b as x,f as S,l as C,m as w,mt as T,n as E,nt as ee,r as te,s as D,t as O,v as k}from"./index-BFYom38I.js";import{i as A,n as j,r as ne}from"./RegisterDealForm-D2EHRTaR.js";import{t as M}from"./pencil-CeINSkNT.js";import{t as re}from"./shield-check-CM7FA6rd.js";import{t as N}from"./trophy-BhOkct0U.js";import{n as ie,t as ae}from"./DetailPage-Dx9735IP.js";import{i as P,n as F,r as oe,t as se}from"./DecisionPanel-Cp2E5SGV.js";import{t as I}from"./Dialog-JD6iUPkM.js";import{i as L,n as R,r as z,t as B}from"./Field-CPbFVahT.js";import{c as V,d as H,n as U,u as W}from"./status-D7dhV33c.js";import{t as G}from"./send-BDzkKaWt.js";var K={name:`calendar-plus`,size:24,node:[[`path`,{d:`M16 18h6`,key:`987eiv`}],[`path`,{d:`M16 2v3`,key:`otl347`}],[`path`,{d:`M19 15v6`,key:`10aioa`}],[`path`,{d:`M21 11.5V5a2 2 0 00-2-2H5a2 2 0 00-2 2v14a2 2 0 002 2h8.3`,key:`jgwkxf`}],[`path`,{d:`M3 9h18`,key:`1pudct`}],[`path`,{d:`M8 2v3`,key:`1ioesn`}]]};K.node;var q=r(K),J={name:`circle-dot`,size:24,node:[[`circle`,{cx:`12`,cy:`12`,r:`1`,key:`41hilf`}],[`circle`,{cx:`12`,cy:`12`,r:`10`,key:`1mglay`}]]};J.node;var ce=r(J),Y={name:`undo-2`,size:24,node:[[`path`,{d:`M9 14 4 9l5-5`,key:`102s5s`}],[`path`,{d:`M4 9h10.5a5.5 5.5 0 0 1 5.5 5.5a5.5 5.5 0 0 1-5.5 5.5H11`,key:`f3b9sd`}]]};Y.node;var X=r(Y),Z=e(t(),1),le=`
    mutation UpdateDeal($input: UpdateDealInput!) {
  updateDeal(input: $input) {
    deal {
      id
      title
      description
      contactName
      contactEmail
      amount
      currency
      expectedCloseDate
      products
      source
      updatedAt
    }
  }
}
    `,ue=`
    mutation WithdrawDeal($input: WithdrawDealInput!) {
  withdrawDeal(input: $input) {
    deal {
      id
      status
    }
  }
}
    `,de=`
    mutation RequestDealExtension($input: RequestDealExtensionInput!) {
  requestDealExtension(input: $input) {
    extension {
      id
      status
      days
    }
  }
}
    `,fe=`
    mutation CloseDeal($input: CloseDealInput!) {
  closeDeal(input: $input) {
    deal {
      id
      status
      closedAt
      closedAmount
    }
  }
}
    `,pe=`
    mutation DecideDealExtension($input: DecideDealExtensionInput!) {
  decideDealExtension(input: $input) {
    extension {
      id
      status
      newExpiresAt
    }
    deal {
      id
      protectionExpiresAt
    }
  }
}
    `,Q=n();function $(e){return{fe:t=>e instanceof l?e.fieldError(t):void 0,general:e&&!(e instanceof l&&e.fieldErrors.length)?e:null}}function me({deal:e,onClose:t}){let[n,r]=(0,Z.useState)({title:e.title,description:e.description,contactName:e.contactName,contactEmail:e.contactEmail,amount:d(e.amount,e.currency),currency:e.currency,expectedCloseDate:e.expectedCloseDate.slice(0,10),products:[...e.products??[]],source:e.source}),[i,a]=(0,Z.useState)({}),o=E(le),s=O(),{fe:c,general:l}=$(o.error),u=e=>i[e]??c(e),f=(e,t)=>r(n=>({...n,[e]:t})),p=j.includes(e.currency)?j:[e.currency,...j];return(0,Q.jsx)(I,{open:!0,onClose:t,title:`Edit registration`,description:`You can change the details until the channel team decides. The customer itself cannot change: register a new deal for another customer.`,onSubmit:()=>{let r={},i=_(n.amount,n.currency);if(n.title.trim()||(r.title=`Give the opportunity a short title.`),(i===null||i<=0)&&(r.amount=`Enter an expected value more than zero.`),n.expectedCloseDate||(r.expectedCloseDate=`Choose when you expect the customer to sign.`),a(r),Object.keys(r).length)return;let c={id:e.id};n.title.trim()!==e.title&&(c.title=n.title.trim()),n.description!==e.description&&(c.description=n.description),n.contactName.trim()!==e.contactName&&(c.contactName=n.contactName.trim()),n.contactEmail.trim()!==e.contactEmail&&(c.contactEmail=n.contactEmail.trim()),(i!==e.amount||n.currency!==e.currency)&&(c.amount=i,c.currency=n.currency),n.expectedCloseDate!==e.expectedCloseDate.slice(0,10)&&(c.expectedCloseDate=n.expectedCloseDate),JSON.stringify(n.products)!==JSON.stringify(e.products??[])&&(c.products=n.products),n.source!==e.source&&(c.source=n.source),Object.keys(c).length===1?t():o.mutate({input:c},{onSuccess:()=>{s(`Registration updated`),t()}})},footer:(0,Q.jsxs)(Q.Fragment,{children:[(0,Q.jsx)(w,{onClick:t,children:`Cancel`}),(0,Q.jsx)(w,{type:`submit`,variant:`primary`,loading:o.isPending,children:`Save changes`})]}),children:(0,Q.jsxs)(`div`,{className:`form-grid`,children:[l&&(0,Q.jsx)(`div`,{className:`full`,children:(0,Q.jsx)(C,{error:l})}),(0,Q.jsx)(L,{className:`full`,label:`Title`,required:!0,value:n.title,onChange:e=>f(`title`,e.target.value),error:u(`title`),maxLength:200}),(0,Q.jsx)(z,{className:`full`,label:`Description`,value:n.description,onChange:e=>f(`description`,e.target.value),error:u(`description`),maxLength:5e3}),(0,Q.jsx)(L,{label:`Contact name`,value:n.contactName,onChange:e=>f(`contactName`,e.target.value),error:u(`contactName`)}),(0,Q.jsx)(L,{label:`Contact e-mail`,type:`email`,value:n.contactEmail,onChange:e=>f(`contactEmail`,e.target.value),error:u(`contactEmail`)}),(0,Q.jsx)(L,{label:`Expected value`,required:!0,inputMode:`decimal`,value:n.amount,onChange:e=>f(`amount`,e.target.value),error:u(`amount`)}),(0,Q.jsx)(R,{label:`Currency`,value:n.currency,onChange:e=>f(`currency`,e.target.value),error:u(`currency`),children:p.map(e=>(0,Q.jsxs)(`option`,{value:e,children:[e,` · `,ne(e)]},e))}),(0,Q.jsx)(L,{label:`Expected close date`,type:`date`,required:!0,min:g(new Date),value:n.expectedCloseDate,onChange:e=>f(`expectedCloseDate`,e.target.value),error:u(`expectedCloseDate`)}),(0,Q.jsxs)(R,{label:`Your role in the deal`,value:n.source,onChange:e=>f(`source`,e.target.value),error:u(`source`),children:[(0,Q.jsx)(`option`,{value:`SOURCED`,children:`Partner-sourced`}),(0,Q.jsx)(`option`,{value:`INFLUENCED`,children:`Partner-influenced`})]}),(0,Q.jsx)(B,{className:`full`,label:`Products`,value:n.products,onChange:e=>f(`products`,e),error:u(`products`)})]})})}function he({deal:e,onClose:t}){let[n,r]=(0,Z.useState)(``),i=E(ue),a=O(),{fe:o,general:s}=$(i.error);return(0,Q.jsx)(I,{open:!0,onClose:t,title:`Withdraw this registration?`,description:e.status===`APPROVED`?`The customer is no longer protected for you, and another partner may register it. This cannot be undone.`:`The channel team stops reviewing it. This cannot be undone.`,onSubmit:()=>i.mutate({input:{id:e.id,note:n.trim()||void 0}},{onSuccess:()=>{a(`“${e.title}” is withdrawn`),t()}}),footer:(0,Q.jsxs)(Q.Fragment,{children:[(0,Q.jsx)(w,{onClick:t,children:`Keep it`}),(0,Q.jsx)(w,{type:`submit`,variant:`danger`,loading:i.isPending,children:`Withdraw registration`})]}),children:(0,Q.jsxs)(`div`,{className:`stack`,style:{gap:14},children:[s&&(0,Q.jsx)(C,{error:s}),(0,Q.jsx)(z,{label:`Why (optional)`,rows:2,value:n,onChange:e=>r(e.target.value),error:o(`note`),hint:`E.g. the customer paused the project.`})]})})}function ge({deal:e,onClose:t}){let[n,r]=(0,Z.useState)(``),[i,a]=(0,Z.useState)(`30`),[o,s]=(0,Z.useState)({}),c=E(de),l=O(),{fe:d,general:f}=$(c.error),p=e=>o[e]??d(e),m=Number(i),h=e.protectionExpiresAt&&Number.isInteger(m)&&m>=1&&m<=365?new Date(new Date(e.protectionExpiresAt).getTime()+m*864e5).toISOString():null;return(0,Q.jsx)(I,{open:!0,onClose:t,title:`Ask for more protection time`,description:`Your channel manager decides. Until then the current protection date stands.`,onSubmit:()=>{let r={};n.trim()||(r.reason=`Say why the deal needs longer, e.g. the customer moved its budget approval.`),(!Number.isInteger(m)||m<1||m>365)&&(r.days=`Ask for 1 to 365 days.`),s(r),Object.keys(r).length||c.mutate({input:{id:e.id,reason:n.trim(),days:m}},{onSuccess:()=>{l(`Extension requested: your channel manager will decide`),t()}})},footer:(0,Q.jsxs)(Q.Fragment,{children:[(0,Q.jsx)(w,{onClick:t,children:`Cancel`}),(0,Q.jsx)(w,{type:`submit`,variant:`primary`,loading:c.isPending,children:`Request extension`})]}),children:(0,Q.jsxs)(`div`,{className:`stack`,style:{gap:14},children:[f&&(0,Q.jsx)(C,{error:f}),(0,Q.jsx)(z,{label:`Reason`,required:!0,rows:3,value:n,onChange:e=>r(e.target.value),error:p(`reason`),maxLength:2e3}),(0,Q.jsx)(L,{label:`Extra days`,type:`number`,min:1,max:365,required:!0,value:i,onChange:e=>a(e.target.value),error:p(`days`),hint:h?`If approved, protected until ${u(h)}.`:`1 to 365 days.`})]})})}function _e({deal:e,onClose:t}){let[n,r]=(0,Z.useState)(`WON`),[i,a]=(0,Z.useState)(g(new Date)),[o,s]=(0,Z.useState)(d(e.amount,e.currency)),[c,l]=(0,Z.useState)(``),[u,f]=(0,Z.useState)({}),p=E(fe),m=O(),{fe:v,general:y}=$(p.error),b=e=>u[e]??v(e);return(0,Q.jsx)(I,{open:!0,onClose:t,title:`Record the outcome`,description:`Won deals count toward your tier: their final value is partner revenue.`,onSubmit:()=>{let r={},a=_(o,e.currency);n===`WON`&&(a===null||a<=0)&&(r.closedAmount=`Enter the final value of the won deal.`),i||(r.closeDate=`Choose the day the customer decided.`),f(r),Object.keys(r).length||p.mutate({input:{id:e.id,outcome:n,closeDate:i,closedAmount:n===`WON`?a??void 0:void 0,note:c.trim()||void 0}},{onSuccess:()=>{m(n===`WON`?`Congratulations: “${e.title}” is won`:`“${e.title}” is recorded as lost`),t()}})},footer:(0,Q.jsxs)(Q.Fragment,{children:[(0,Q.jsx)(w,{onClick:t,children:`Cancel`}),(0,Q.jsx)(w,{type:`submit`,variant:`primary`,loading:p.isPending,children:n===`WON`?`Record as won`:`Record as lost`})]}),children:(0,Q.jsxs)(`div`,{className:`stack`,style:{gap:14},children:[y&&(0,Q.jsx)(C,{error:y}),(0,Q.jsxs)(`div`,{className:`segmented`,role:`group`,"aria-label":`Outcome`,children:[(0,Q.jsx)(`button`,{type:`button`,"aria-pressed":n===`WON`,onClick:()=>r(`WON`),children:`Won`}),(0,Q.jsx)(`button`,{type:`button`,"aria-pressed":n===`LOST`,onClick:()=>r(`LOST`),children:`Lost`})]}),(0,Q.jsxs)(`div`,{className:`form-grid`,children:[(0,Q.jsx)(L,{label:`Close date`,type:`date`,required:!0,max:g(new Date),min:e.createdAt.slice(0,10),value:i,onChange:e=>a(e.target.value),error:b(`closeDate`)}),n===`WON`&&(0,Q.jsx)(L,{label:`Final value (${e.currency})`,required:!0,inputMode:`decimal`,value:o,onChange:e=>s(e.target.value),error:b(`closedAmount`),hint:`Registered at ${h(e.amount,e.currency)}.`})]}),(0,Q.jsx)(z,{label:`Note (optional)`,rows:2,value:c,onChange:e=>l(e.target.value),error:b(`note`)})]})})}function ve({extension:e,onDone:t}){let[n,r]=(0,Z.useState)(``),i=E(pe),a=O(),o=r=>i.mutate({input:{id:e.id,approve:r,note:n.trim()||void 0}},{onSuccess:e=>{a(r?`Extension approved: protected until ${u(e.decideDealExtension.deal.protectionExpiresAt)}`:`Extension declined`),t?.()}});return(0,Q.jsxs)(`div`,{className:`stack`,style:{gap:10},children:[i.error&&(0,Q.jsx)(C,{error:i.error}),(0,Q.jsx)(z,{label:`Note to the partner (optional)`,rows:2,value:n,onChange:e=>r(e.target.value)}),(0,Q.jsxs)(`div`,{className:`row`,children:[(0,Q.jsxs)(w,{size:`sm`,variant:`primary`,loading:i.isPending&&i.variables?.input.approve,onClick:()=>o(!0),children:[`Approve `,e.days,` days`]}),(0,Q.jsx)(w,{size:`sm`,loading:i.isPending&&!i.variables?.input.approve,onClick:()=>o(!1),children:`Decline`})]})]})}function ye(e){switch(e.kind){case`UPDATED`:return{title:`Details updated`,icon:(0,Q.jsx)(M,{size:14}),tone:`neutral`};case`EXTENSION_REQUESTED`:return{title:`Extension requested`,icon:(0,Q.jsx)(q,{size:14}),tone:`info`};case`EXTENSION_APPROVED`:return{title:`Extension approved`,icon:(0,Q.jsx)(q,{size:14}),tone:`success`};case`EXTENSION_REJECTED`:return{title:`Extension declined`,icon:(0,Q.jsx)(q,{size:14}),tone:`danger`}}if(!e.fromStatus)return{title:`Registered`,icon:(0,Q.jsx)(G,{size:14}),tone:`info`};switch(e.toStatus){case`APPROVED`:return{title:`Approved`,icon:(0,Q.jsx)(T,{size:14}),tone:`success`};case`REJECTED`:return{title:`Rejected`,icon:(0,Q.jsx)(P,{size:14}),tone:`danger`};case`WITHDRAWN`:return{title:`Withdrawn`,icon:(0,Q.jsx)(X,{size:14}),tone:`neutral`};case`WON`:return{title:`Won`,icon:(0,Q.jsx)(N,{size:14}),tone:`brand`};case`LOST`:return{title:`Lost`,icon:(0,Q.jsx)(P,{size:14}),tone:`warning`};case`EXPIRED`:return{title:`Protection ended`,icon:(0,Q.jsx)(A,{size:14}),tone:`neutral`};default:return{title:W[e.toStatus],icon:(0,Q.jsx)(ce,{size:14}),tone:`neutral`}}}function be(e){return e.actorType===`SYSTEM`?`PartnerHub`:e.actor?e.actorType===`API_KEY`?`${e.actor.name}, through an API key`:e.actor.name:e.actorType===`API_KEY`?`An API key`:`Someone`}function xe(e){let t=e.note.trim();if(!t||t===`registered`)return``;let n=/^registered with (\d+) conflict\(s\) flagged$/.exec(t);return n?n[1]===`1`?`One possible conflict flagged for the channel team to check.`:`${n[1]} possible conflicts flagged for the channel team to check.`:t}function Se({events:e}){let t=[...e].sort((e,t)=>e.createdAt.localeCompare(t.createdAt));return(0,Q.jsx)(`ol`,{className:`timeline`,"aria-label":`Timeline`,"data-testid":`deal-timeline`,children:t.map(e=>{let t=ye(e),n=xe(e);return(0,Q.jsxs)(`li`,{className:`tl-${t.tone}`,children:[(0,Q.jsx)(`span`,{className:`tl-dot`,"aria-hidden":`true`,children:t.icon}),(0,Q.jsxs)(`div`,{className:`tl-body`,children:[(0,Q.jsxs)(`div`,{className:`tl-title`,children:[(0,Q.jsx)(`strong`,{children:t.title}),(0,Q.jsxs)(`span`,{className:`muted`,children:[` · `,be(e)]})]}),(0,Q.jsxs)(`time`,{dateTime:e.createdAt,title:o(e.createdAt),className:`tl-time`,children:[o(e.createdAt),Math.abs(Date.now()-new Date(e.createdAt).getTime())<2592e6&&` · ${v(e.createdAt)}`]}),n&&(0,Q.jsx)(`p`,{className:`tl-note`,children:n})]})]},e.id)})})}var Ce=`
    query DealDetail($id: ID!, $vendor: Boolean!) {
  node(id: $id) {
    __typename
    ... on Deal {
      id
      title
      customerName
      customerDomain
      contactName
      contactEmail
      description
      amount
      currency
      expectedCloseDate
      products
      source
      status
      createdAt
      updatedAt
      decisionDueAt
      decisionNote
      decidedAt
      conflictOverridden
      protectionExpiresAt
      coSell
      closedAt
      closedAmount
      partner {
        id
        name
        tier {
          id
          name
          rank
          dealProtectionDays
        }
        manager {
          id
          name
        }
      }
      registeredBy {
        id
        name
      }
      reviewer {
        id
        name
      }
      directRep @include(if: $vendor) {
        id
        name
      }
      account @include(if: $vendor) {
        id
        ownerKind
      }
      events {
        id
        kind
        fromStatus
        toStatus
        note
        createdAt
        actorType
        actor {
          id
          name
        }
      }
      conflicts {
        ...DealConflictFields
      }
      extensions {
        id
        status
        reason
        days
        createdAt
        decidedAt
        decisionNote
        newExpiresAt
        requestedBy {
          id
          name
        }
      }
    }
  }
}
    fragment DealConflictFields on DealConflict {
  id
  kind
  score
  blocking
  reason
  detail @include(if: $vendor)
  conflictingPartner @include(if: $vendor) {
    id
    name
  }
  conflictingDeal @include(if: $vendor) {
    id
    title
    status
    customerName
    customerDomain
    contactEmail
    amount
    currency
    createdAt
    protectionExpiresAt
    registeredBy {
      id
      name
    }
  }
  matchedAccount @include(if: $vendor) {
    id
    name
    domain
    ownerKind
    directOwner {
      id
      name
    }
  }
}`;function we({deal:e,onExtend:t,canAct:n}){let r=Date.now(),i=(e.extensions??[]).find(e=>e.status===`PENDING`),a=e.partner.tier?.dealProtectionDays;if(e.status===`SUBMITTED`){let t=new Date(e.decisionDueAt).getTime()<r;return(0,Q.jsxs)(y,{title:`Decision`,children:[(0,Q.jsxs)(`div`,{className:`big-date`,children:[(0,Q.jsx)(A,{size:18,"aria-hidden":`true`}),(0,Q.jsxs)(`div`,{children:[(0,Q.jsx)(`div`,{className:`k`,children:t?`Decision was due`:`Decision due`}),(0,Q.jsx)(`div`,{className:`v`,"data-testid":`decision-due`,children:o(e.decisionDueAt)}),(0,Q.jsx)(`div`,{className:`muted small`,children:v(e.decisionDueAt,r)})]})]}),(0,Q.jsxs)(`p`,{className:`muted small`,style:{marginTop:12},children:[`Once approved, the customer is protected for you for `,a?`${a} days`:`your tier’s protection window`,`.`]})]})}if(!e.protectionExpiresAt)return null;let s=c(e.protectionExpiresAt,r),l=e.status===`APPROVED`,d=e.decidedAt?Math.max(1,(new Date(e.protectionExpiresAt).getTime()-new Date(e.decidedAt).getTime())/864e5):90,f=Math.min(1,Math.max(0,1-s/d));return(0,Q.jsxs)(y,{title:`Protection`,children:[(0,Q.jsxs)(`div`,{className:`big-date`,children:[(0,Q.jsx)(re,{size:18,"aria-hidden":`true`}),(0,Q.jsxs)(`div`,{children:[(0,Q.jsx)(`div`,{className:`k`,children:l?`Protected until`:`Protection ended`}),(0,Q.jsx)(`div`,{className:`v`,"data-testid":`protection-date`,children:u(e.protectionExpiresAt)}),l&&(0,Q.jsx)(`div`,{className:s<=14?`text-warning small`:`muted small`,children:s<=0?`Ends today`:s===1?`1 day left`:`${s} days left`})]})]}),l&&(0,Q.jsx)(`div`,{className:`meter`,"aria-hidden":`true`,children:(0,Q.jsx)(`span`,{style:{width:`${f*100}%`},className:s<=14?`warn`:void 0})}),i?(0,Q.jsxs)(`div`,{className:`pending-ext`,"data-testid":`extension-pending`,children:[(0,Q.jsx)(x,{tone:`info`,children:`Extension requested`}),(0,Q.jsxs)(`p`,{className:`small`,children:[i.days,` more days asked `,v(i.createdAt),`: “`,i.reason,`”`]})]}):l&&n&&(0,Q.jsx)(w,{size:`sm`,icon:(0,Q.jsx)(q,{size:14,"aria-hidden":`true`}),onClick:t,style:{marginTop:12},children:`Request an extension`}),(e.extensions??[]).filter(e=>e.status!==`PENDING`).map(e=>(0,Q.jsxs)(`p`,{className:`small muted`,style:{marginTop:8},children:[`Extension of `,e.days,` days `,e.status===`APPROVED`?`approved`:`declined`,` `,u(e.decidedAt),e.decisionNote?`: “${e.decisionNote}”`:``]},e.id))]})}function Te(){let{id:e=``}=m(),t=a(),n=ee(t.role),r=!!i().state?.registered,c=te(Ce,{id:e,vendor:n}),[l,u]=(0,Z.useState)(null),d=c.data?.node,g=d?.__typename===`Deal`?d:void 0;b(g?.title??`Deal`);let _=(0,Q.jsx)(ae,{to:`/deals`,children:`Deals`});if(c.isError||c.isPending||!g)return(0,Q.jsx)(ie,{query:c,back:_,noun:`Deal`,titleWidth:300,loading:(0,Q.jsxs)(`div`,{className:`detail-grid`,children:[(0,Q.jsx)(S,{height:320}),(0,Q.jsx)(S,{height:220})]}),notFound:{title:`We couldn’t find this deal`,body:`It may belong to someone else, or the link may be wrong.`}});let C=g.conflicts??[],E=!n,O=n&&(t.role===`ADMIN`||g.partner.manager?.id===t.id),A=(g.extensions??[]).find(e=>e.status===`PENDING`);return(0,Q.jsxs)(Q.Fragment,{children:[(0,Q.jsx)(k,{eyebrow:_,title:g.title,subtitle:(0,Q.jsxs)(`span`,{className:`row`,children:[(0,Q.jsx)(U,{status:g.status,testId:`deal-status`}),g.coSell&&(0,Q.jsx)(x,{tone:`brand`,children:`Co-sell`}),g.conflictOverridden&&(0,Q.jsx)(x,{tone:`warning`,children:`Conflict overridden`}),(0,Q.jsxs)(`span`,{className:`muted`,children:[g.customerName,` · `,g.customerDomain]})]}),actions:E&&(0,Q.jsxs)(Q.Fragment,{children:[g.status===`SUBMITTED`&&(0,Q.jsx)(w,{icon:(0,Q.jsx)(M,{size:15,"aria-hidden":`true`}),onClick:()=>u(`edit`),children:`Edit`}),g.status===`APPROVED`&&(0,Q.jsx)(w,{variant:`primary`,icon:(0,Q.jsx)(N,{size:15,"aria-hidden":`true`}),onClick:()=>u(`close`),children:`Record outcome`}),(g.status===`SUBMITTED`||g.status===`APPROVED`)&&(0,Q.jsx)(w,{variant:`ghost`,icon:(0,Q.jsx)(X,{size:15,"aria-hidden":`true`}),onClick:()=>u(`withdraw`),children:`Withdraw`})]})}),(0,Q.jsxs)(`div`,{className:`stack`,children:[r&&E&&(0,Q.jsx)(D,{tone:`success`,title:`Deal registered`,children:C.length>0?`It is saved and with the channel team, who will look at the overlap described below.`:`The channel team decides by ${o(g.decisionDueAt)}; you’ll see the decision here.`}),(0,Q.jsxs)(`div`,{className:`detail-grid`,children:[(0,Q.jsxs)(`div`,{className:`stack`,children:[n?C.length>0&&(0,Q.jsx)(y,{title:`Conflicts`,hint:`This registration and what it collides with, side by side.`,children:(0,Q.jsx)(F,{deal:g,conflicts:C})}):(0,Q.jsx)(oe,{conflicts:C}),(0,Q.jsx)(y,{title:`Opportunity`,children:(0,Q.jsxs)(`dl`,{className:`dl`,children:[(0,Q.jsx)(`dt`,{children:`Customer`}),(0,Q.jsxs)(`dd`,{children:[g.customerName,(0,Q.jsx)(`div`,{className:`cell-sub`,children:g.customerDomain})]}),(0,Q.jsx)(`dt`,{children:`Contact`}),(0,Q.jsx)(`dd`,{children:g.contactName||g.contactEmail?(0,Q.jsxs)(Q.Fragment,{children:[g.contactName||`—`,g.contactEmail&&(0,Q.jsx)(`div`,{className:`cell-sub`,children:g.contactEmail})]}):`—`}),(0,Q.jsx)(`dt`,{children:`Expected value`}),(0,Q.jsx)(`dd`,{className:`strong`,children:h(g.amount,g.currency,{cents:g.amount%100!=0})}),g.closedAmount!=null&&(0,Q.jsxs)(Q.Fragment,{children:[(0,Q.jsx)(`dt`,{children:`Final value`}),(0,Q.jsx)(`dd`,{className:`strong`,children:h(g.closedAmount,g.currency)})]}),(0,Q.jsx)(`dt`,{children:`Expected close`}),(0,Q.jsx)(`dd`,{children:s(g.expectedCloseDate)}),g.closedAt&&(0,Q.jsxs)(Q.Fragment,{children:[(0,Q.jsx)(`dt`,{children:`Closed`}),(0,Q.jsx)(`dd`,{children:s(g.closedAt)})]}),(0,Q.jsx)(`dt`,{children:`Role`}),(0,Q.jsx)(`dd`,{children:V[g.source]}),(0,Q.jsx)(`dt`,{children:`Products`}),(0,Q.jsx)(`dd`,{children:g.products?.length?(0,Q.jsx)(`span`,{className:`row`,style:{gap:6},children:g.products.map(e=>(0,Q.jsx)(x,{children:e},e))}):`—`}),(0,Q.jsx)(`dt`,{children:`Description`}),(0,Q.jsx)(`dd`,{className:`prewrap`,children:g.description||`—`})]})}),(0,Q.jsx)(y,{title:`Timeline`,hint:`Every change, who made it and why.`,children:(0,Q.jsx)(Se,{events:g.events??[]})})]}),(0,Q.jsxs)(`aside`,{className:`stack`,"aria-label":`Status`,children:[n&&g.status===`SUBMITTED`&&(0,Q.jsx)(y,{title:`Decide`,hint:`Due ${v(g.decisionDueAt)} · ${o(g.decisionDueAt)}`,children:(0,Q.jsx)(se,{deal:g,canDecide:O})}),(0,Q.jsxs)(y,{title:`Status`,children:[(0,Q.jsx)(`div`,{className:`row`,style:{marginBottom:8},children:(0,Q.jsx)(U,{status:g.status})}),(0,Q.jsx)(`p`,{className:`small`,children:H[g.status]}),g.decisionNote&&g.status!==`SUBMITTED`&&(0,Q.jsxs)(`blockquote`,{className:`quote`,children:[g.decisionNote,g.reviewer&&(0,Q.jsxs)(`footer`,{children:[`— `,g.reviewer.name]})]}),g.coSell&&(0,Q.jsxs)(`p`,{className:`small`,style:{marginTop:8},children:[(0,Q.jsx)(T,{size:13,"aria-hidden":`true`}),` Co-sell with the vendor’s direct sales`,n&&g.directRep?` (${g.directRep.name})`:``,`.`]})]}),g.status!==`SUBMITTED`||!n?(0,Q.jsx)(we,{deal:g,canAct:E,onExtend:()=>u(`extend`)}):null,n&&A&&g.status===`APPROVED`&&(0,Q.jsxs)(y,{title:`Extension request`,hint:`${A.requestedBy.name} asked ${v(A.createdAt)}`,children:[(0,Q.jsxs)(`p`,{className:`small`,style:{marginBottom:10},children:[A.days,` more days: “`,A.reason,`”`]}),O?(0,Q.jsx)(ve,{extension:A}):(0,Q.jsx)(`p`,{className:`muted small`,children:`Decided by this partner’s channel manager or an admin.`})]}),(0,Q.jsx)(y,{title:`Registration`,children:(0,Q.jsxs)(`dl`,{className:`dl compact`,children:[n&&(0,Q.jsxs)(Q.Fragment,{children:[(0,Q.jsx)(`dt`,{children:`Partner`}),(0,Q.jsxs)(`dd`,{children:[(0,Q.jsx)(p,{to:`/partners/${g.partner.id}`,children:g.partner.name}),(0,Q.jsx)(`div`,{children:(0,Q.jsx)(f,{tier:g.partner.tier})})]})]}),(0,Q.jsx)(`dt`,{children:`Registered by`}),(0,Q.jsx)(`dd`,{children:g.registeredBy.name}),(0,Q.jsx)(`dt`,{children:`Registered`}),(0,Q.jsx)(`dd`,{children:o(g.createdAt)}),(0,Q.jsx)(`dt`,{children:`Channel manager`}),(0,Q.jsx)(`dd`,{children:g.partner.manager?.name??`Unassigned`}),(0,Q.jsx)(`dt`,{children:`Reference`}),(0,Q.jsx)(`dd`,{children:(0,Q.jsx)(`code`,{className:`mono`,children:g.id})})]})})]})]})]}),l===`edit`&&(0,Q.jsx)(me,{deal:g,onClose:()=>u(null)}),l===`withdraw`&&(0,Q.jsx)(he,{deal:g,onClose:()=>u(null)}),l===`extend`&&(0,Q.jsx)(ge,{deal:g,onClose:()=>u(null)}),l===`close`&&(0,Q.jsx)(_e,{deal:g,onClose:()=>u(null)})]})}export{Te as default};