import{a as e,n as t,t as n}from"./jsx-runtime-Wy9s6hX0.js";import{t as r}from"./arrow-left-B0Y1p1Ez.js";import{t as i}from"./createLucideIcon-DGfbxOj1.js";import{B as a,Ct as o,D as s,F as c,H as l,I as u,L as d,N as f,P as p,T as m,U as h,Y as g,_,a as v,bt as y,c as b,d as x,g as S,l as ee,n as C,nt as te,o as ne,p as w,pt as T,r as re,s as ie,t as E,x as D,xt as ae,y as O}from"./index-DZc1YHmR.js";import{i as k,n as A,r as oe}from"./RegisterDealForm-Fcucbp4J.js";import{t as j}from"./pencil-CeINSkNT.js";import{t as se}from"./shield-check-CM7FA6rd.js";import{t as M}from"./trophy-BhOkct0U.js";import{i as N,n as P,r as F,t as ce}from"./DecisionPanel-om5vAGNR.js";import{t as I}from"./Dialog-LQ_zEn-k.js";import{i as L,n as R,r as z,t as B}from"./Field-DbMrxyOW.js";import{c as V,d as H,n as U,u as W}from"./status-B5qQXQCO.js";import{t as G}from"./send-BDzkKaWt.js";var K={name:`calendar-plus`,size:24,node:[[`path`,{d:`M16 18h6`,key:`987eiv`}],[`path`,{d:`M16 2v3`,key:`otl347`}],[`path`,{d:`M19 15v6`,key:`10aioa`}],[`path`,{d:`M21 11.5V5a2 2 0 00-2-2H5a2 2 0 00-2 2v14a2 2 0 002 2h8.3`,key:`jgwkxf`}],[`path`,{d:`M3 9h18`,key:`1pudct`}],[`path`,{d:`M8 2v3`,key:`1ioesn`}]]};K.node;var q=i(K),J={name:`circle-dot`,size:24,node:[[`circle`,{cx:`12`,cy:`12`,r:`1`,key:`41hilf`}],[`circle`,{cx:`12`,cy:`12`,r:`10`,key:`1mglay`}]]};J.node;var le=i(J),Y={name:`undo-2`,size:24,node:[[`path`,{d:`M9 14 4 9l5-5`,key:`102s5s`}],[`path`,{d:`M4 9h10.5a5.5 5.5 0 0 1 5.5 5.5a5.5 5.5 0 0 1-5.5 5.5H11`,key:`f3b9sd`}]]};Y.node;var X=i(Y),Z=e(t(),1),Q=n(),ue=`
    mutation UpdateDeal($input: UpdateDealInput!) {
  __typename
  updateDeal(input: $input) {
    __typename
    deal {
      __typename
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
    `,de=`
    mutation WithdrawDeal($input: WithdrawDealInput!) {
  __typename
  withdrawDeal(input: $input) {
    __typename
    deal {
      __typename
      id
      status
    }
  }
}
    `,fe=`
    mutation RequestDealExtension($input: RequestDealExtensionInput!) {
  __typename
  requestDealExtension(input: $input) {
    __typename
    extension {
      __typename
      id
      status
      days
    }
  }
}
    `,pe=`
    mutation CloseDeal($input: CloseDealInput!) {
  __typename
  closeDeal(input: $input) {
    __typename
    deal {
      __typename
      id
      status
      closedAt
      closedAmount
    }
  }
}
    `,me=`
    mutation DecideDealExtension($input: DecideDealExtensionInput!) {
  __typename
  decideDealExtension(input: $input) {
    __typename
    extension {
      __typename
      id
      status
      newExpiresAt
    }
    deal {
      __typename
      id
      protectionExpiresAt
    }
  }
}
    `;function $(e){return{fe:t=>e instanceof s?e.fieldError(t):void 0,general:e&&!(e instanceof s&&e.fieldErrors.length)?e:null}}function he({deal:e,onClose:t}){let[n,r]=(0,Z.useState)({title:e.title,description:e.description,contactName:e.contactName,contactEmail:e.contactEmail,amount:d(e.amount,e.currency),currency:e.currency,expectedCloseDate:e.expectedCloseDate.slice(0,10),products:[...e.products??[]],source:e.source}),[i,o]=(0,Z.useState)({}),s=C(ue),c=E(),{fe:l,general:u}=$(s.error),f=e=>i[e]??l(e),p=(e,t)=>r(n=>({...n,[e]:t})),m=A.includes(e.currency)?A:[e.currency,...A];return(0,Q.jsx)(I,{open:!0,onClose:t,title:`Edit registration`,description:`You can change the details until the channel team decides. The customer itself cannot change: register a new deal for another customer.`,onSubmit:()=>{let r={},i=h(n.amount,n.currency);if(n.title.trim()||(r.title=`Give the opportunity a short title.`),(i===null||i<=0)&&(r.amount=`Enter an expected value more than zero.`),n.expectedCloseDate||(r.expectedCloseDate=`Choose when you expect the customer to sign.`),o(r),Object.keys(r).length)return;let a={id:e.id};n.title.trim()!==e.title&&(a.title=n.title.trim()),n.description!==e.description&&(a.description=n.description),n.contactName.trim()!==e.contactName&&(a.contactName=n.contactName.trim()),n.contactEmail.trim()!==e.contactEmail&&(a.contactEmail=n.contactEmail.trim()),(i!==e.amount||n.currency!==e.currency)&&(a.amount=i,a.currency=n.currency),n.expectedCloseDate!==e.expectedCloseDate.slice(0,10)&&(a.expectedCloseDate=n.expectedCloseDate),JSON.stringify(n.products)!==JSON.stringify(e.products??[])&&(a.products=n.products),n.source!==e.source&&(a.source=n.source),Object.keys(a).length===1?t():s.mutate({input:a},{onSuccess:()=>{c(`Registration updated`),t()}})},footer:(0,Q.jsxs)(Q.Fragment,{children:[(0,Q.jsx)(w,{onClick:t,children:`Cancel`}),(0,Q.jsx)(w,{type:`submit`,variant:`primary`,loading:s.isPending,children:`Save changes`})]}),children:(0,Q.jsxs)(`div`,{className:`form-grid`,children:[u&&(0,Q.jsx)(`div`,{className:`full`,children:(0,Q.jsx)(b,{error:u})}),(0,Q.jsx)(L,{className:`full`,label:`Title`,required:!0,value:n.title,onChange:e=>p(`title`,e.target.value),error:f(`title`),maxLength:200}),(0,Q.jsx)(z,{className:`full`,label:`Description`,value:n.description,onChange:e=>p(`description`,e.target.value),error:f(`description`),maxLength:5e3}),(0,Q.jsx)(L,{label:`Contact name`,value:n.contactName,onChange:e=>p(`contactName`,e.target.value),error:f(`contactName`)}),(0,Q.jsx)(L,{label:`Contact e-mail`,type:`email`,value:n.contactEmail,onChange:e=>p(`contactEmail`,e.target.value),error:f(`contactEmail`)}),(0,Q.jsx)(L,{label:`Expected value`,required:!0,inputMode:`decimal`,value:n.amount,onChange:e=>p(`amount`,e.target.value),error:f(`amount`)}),(0,Q.jsx)(R,{label:`Currency`,value:n.currency,onChange:e=>p(`currency`,e.target.value),error:f(`currency`),children:m.map(e=>(0,Q.jsxs)(`option`,{value:e,children:[e,` · `,oe(e)]},e))}),(0,Q.jsx)(L,{label:`Expected close date`,type:`date`,required:!0,min:a(new Date),value:n.expectedCloseDate,onChange:e=>p(`expectedCloseDate`,e.target.value),error:f(`expectedCloseDate`)}),(0,Q.jsxs)(R,{label:`Your role in the deal`,value:n.source,onChange:e=>p(`source`,e.target.value),error:f(`source`),children:[(0,Q.jsx)(`option`,{value:`SOURCED`,children:`Partner-sourced`}),(0,Q.jsx)(`option`,{value:`INFLUENCED`,children:`Partner-influenced`})]}),(0,Q.jsx)(B,{className:`full`,label:`Products`,value:n.products,onChange:e=>p(`products`,e),error:f(`products`)})]})})}function ge({deal:e,onClose:t}){let[n,r]=(0,Z.useState)(``),i=C(de),a=E(),{fe:o,general:s}=$(i.error);return(0,Q.jsx)(I,{open:!0,onClose:t,title:`Withdraw this registration?`,description:e.status===`APPROVED`?`The customer is no longer protected for you, and another partner may register it. This cannot be undone.`:`The channel team stops reviewing it. This cannot be undone.`,onSubmit:()=>i.mutate({input:{id:e.id,note:n.trim()||void 0}},{onSuccess:()=>{a(`“${e.title}” is withdrawn`),t()}}),footer:(0,Q.jsxs)(Q.Fragment,{children:[(0,Q.jsx)(w,{onClick:t,children:`Keep it`}),(0,Q.jsx)(w,{type:`submit`,variant:`danger`,loading:i.isPending,children:`Withdraw registration`})]}),children:(0,Q.jsxs)(`div`,{className:`stack`,style:{gap:14},children:[s&&(0,Q.jsx)(b,{error:s}),(0,Q.jsx)(z,{label:`Why (optional)`,rows:2,value:n,onChange:e=>r(e.target.value),error:o(`note`),hint:`E.g. the customer paused the project.`})]})})}function _e({deal:e,onClose:t}){let[n,r]=(0,Z.useState)(``),[i,a]=(0,Z.useState)(`30`),[o,s]=(0,Z.useState)({}),c=C(fe),l=E(),{fe:u,general:d}=$(c.error),p=e=>o[e]??u(e),m=Number(i),h=e.protectionExpiresAt&&Number.isInteger(m)&&m>=1&&m<=365?new Date(new Date(e.protectionExpiresAt).getTime()+m*864e5).toISOString():null;return(0,Q.jsx)(I,{open:!0,onClose:t,title:`Ask for more protection time`,description:`Your channel manager decides. Until then the current protection date stands.`,onSubmit:()=>{let r={};n.trim()||(r.reason=`Say why the deal needs longer, e.g. the customer moved its budget approval.`),(!Number.isInteger(m)||m<1||m>365)&&(r.days=`Ask for 1 to 365 days.`),s(r),Object.keys(r).length||c.mutate({input:{id:e.id,reason:n.trim(),days:m}},{onSuccess:()=>{l(`Extension requested: your channel manager will decide`),t()}})},footer:(0,Q.jsxs)(Q.Fragment,{children:[(0,Q.jsx)(w,{onClick:t,children:`Cancel`}),(0,Q.jsx)(w,{type:`submit`,variant:`primary`,loading:c.isPending,children:`Request extension`})]}),children:(0,Q.jsxs)(`div`,{className:`stack`,style:{gap:14},children:[d&&(0,Q.jsx)(b,{error:d}),(0,Q.jsx)(z,{label:`Reason`,required:!0,rows:3,value:n,onChange:e=>r(e.target.value),error:p(`reason`),maxLength:2e3}),(0,Q.jsx)(L,{label:`Extra days`,type:`number`,min:1,max:365,required:!0,value:i,onChange:e=>a(e.target.value),error:p(`days`),hint:h?`If approved, protected until ${f(h)}.`:`1 to 365 days.`})]})})}function ve({deal:e,onClose:t}){let[n,r]=(0,Z.useState)(`WON`),[i,o]=(0,Z.useState)(a(new Date)),[s,c]=(0,Z.useState)(d(e.amount,e.currency)),[u,f]=(0,Z.useState)(``),[p,m]=(0,Z.useState)({}),g=C(pe),_=E(),{fe:v,general:y}=$(g.error),x=e=>p[e]??v(e);return(0,Q.jsx)(I,{open:!0,onClose:t,title:`Record the outcome`,description:`Won deals count toward your tier: their final value is partner revenue.`,onSubmit:()=>{let r={},a=h(s,e.currency);n===`WON`&&(a===null||a<=0)&&(r.closedAmount=`Enter the final value of the won deal.`),i||(r.closeDate=`Choose the day the customer decided.`),m(r),Object.keys(r).length||g.mutate({input:{id:e.id,outcome:n,closeDate:i,closedAmount:n===`WON`?a??void 0:void 0,note:u.trim()||void 0}},{onSuccess:()=>{_(n===`WON`?`Congratulations: “${e.title}” is won`:`“${e.title}” is recorded as lost`),t()}})},footer:(0,Q.jsxs)(Q.Fragment,{children:[(0,Q.jsx)(w,{onClick:t,children:`Cancel`}),(0,Q.jsx)(w,{type:`submit`,variant:`primary`,loading:g.isPending,children:n===`WON`?`Record as won`:`Record as lost`})]}),children:(0,Q.jsxs)(`div`,{className:`stack`,style:{gap:14},children:[y&&(0,Q.jsx)(b,{error:y}),(0,Q.jsxs)(`div`,{className:`segmented`,role:`group`,"aria-label":`Outcome`,children:[(0,Q.jsx)(`button`,{type:`button`,"aria-pressed":n===`WON`,onClick:()=>r(`WON`),children:`Won`}),(0,Q.jsx)(`button`,{type:`button`,"aria-pressed":n===`LOST`,onClick:()=>r(`LOST`),children:`Lost`})]}),(0,Q.jsxs)(`div`,{className:`form-grid`,children:[(0,Q.jsx)(L,{label:`Close date`,type:`date`,required:!0,max:a(new Date),min:e.createdAt.slice(0,10),value:i,onChange:e=>o(e.target.value),error:x(`closeDate`)}),n===`WON`&&(0,Q.jsx)(L,{label:`Final value (${e.currency})`,required:!0,inputMode:`decimal`,value:s,onChange:e=>c(e.target.value),error:x(`closedAmount`),hint:`Registered at ${l(e.amount,e.currency)}.`})]}),(0,Q.jsx)(z,{label:`Note (optional)`,rows:2,value:u,onChange:e=>f(e.target.value),error:x(`note`)})]})})}function ye({extension:e,onDone:t}){let[n,r]=(0,Z.useState)(``),i=C(me),a=E(),o=r=>i.mutate({input:{id:e.id,approve:r,note:n.trim()||void 0}},{onSuccess:e=>{a(r?`Extension approved: protected until ${f(e.decideDealExtension.deal.protectionExpiresAt)}`:`Extension declined`),t?.()}});return(0,Q.jsxs)(`div`,{className:`stack`,style:{gap:10},children:[i.error&&(0,Q.jsx)(b,{error:i.error}),(0,Q.jsx)(z,{label:`Note to the partner (optional)`,rows:2,value:n,onChange:e=>r(e.target.value)}),(0,Q.jsxs)(`div`,{className:`row`,children:[(0,Q.jsxs)(w,{size:`sm`,variant:`primary`,loading:i.isPending&&i.variables?.input.approve,onClick:()=>o(!0),children:[`Approve `,e.days,` days`]}),(0,Q.jsx)(w,{size:`sm`,loading:i.isPending&&!i.variables?.input.approve,onClick:()=>o(!1),children:`Decline`})]})]})}function be(e){switch(e.kind){case`UPDATED`:return{title:`Details updated`,icon:(0,Q.jsx)(j,{size:14}),tone:`neutral`};case`EXTENSION_REQUESTED`:return{title:`Extension requested`,icon:(0,Q.jsx)(q,{size:14}),tone:`info`};case`EXTENSION_APPROVED`:return{title:`Extension approved`,icon:(0,Q.jsx)(q,{size:14}),tone:`success`};case`EXTENSION_REJECTED`:return{title:`Extension declined`,icon:(0,Q.jsx)(q,{size:14}),tone:`danger`}}if(!e.fromStatus)return{title:`Registered`,icon:(0,Q.jsx)(G,{size:14}),tone:`info`};switch(e.toStatus){case`APPROVED`:return{title:`Approved`,icon:(0,Q.jsx)(T,{size:14}),tone:`success`};case`REJECTED`:return{title:`Rejected`,icon:(0,Q.jsx)(N,{size:14}),tone:`danger`};case`WITHDRAWN`:return{title:`Withdrawn`,icon:(0,Q.jsx)(X,{size:14}),tone:`neutral`};case`WON`:return{title:`Won`,icon:(0,Q.jsx)(M,{size:14}),tone:`brand`};case`LOST`:return{title:`Lost`,icon:(0,Q.jsx)(N,{size:14}),tone:`warning`};case`EXPIRED`:return{title:`Protection ended`,icon:(0,Q.jsx)(k,{size:14}),tone:`neutral`};default:return{title:W[e.toStatus],icon:(0,Q.jsx)(le,{size:14}),tone:`neutral`}}}function xe(e){return e.actorType===`SYSTEM`?`PartnerHub`:e.actor?e.actorType===`API_KEY`?`${e.actor.name}, through an API key`:e.actor.name:e.actorType===`API_KEY`?`An API key`:`Someone`}function Se(e){let t=e.note.trim();if(!t||t===`registered`)return``;let n=/^registered with (\d+) conflict\(s\) flagged$/.exec(t);return n?n[1]===`1`?`One possible conflict flagged for the channel team to check.`:`${n[1]} possible conflicts flagged for the channel team to check.`:t}function Ce({events:e}){let t=[...e].sort((e,t)=>e.createdAt.localeCompare(t.createdAt));return(0,Q.jsx)(`ol`,{className:`timeline`,"aria-label":`Timeline`,"data-testid":`deal-timeline`,children:t.map(e=>{let t=be(e),n=Se(e);return(0,Q.jsxs)(`li`,{className:`tl-${t.tone}`,children:[(0,Q.jsx)(`span`,{className:`tl-dot`,"aria-hidden":`true`,children:t.icon}),(0,Q.jsxs)(`div`,{className:`tl-body`,children:[(0,Q.jsxs)(`div`,{className:`tl-title`,children:[(0,Q.jsx)(`strong`,{children:t.title}),(0,Q.jsxs)(`span`,{className:`muted`,children:[` · `,xe(e)]})]}),(0,Q.jsxs)(`time`,{dateTime:e.createdAt,title:p(e.createdAt),className:`tl-time`,children:[p(e.createdAt),Math.abs(Date.now()-new Date(e.createdAt).getTime())<2592e6&&` · ${g(e.createdAt)}`]}),n&&(0,Q.jsx)(`p`,{className:`tl-note`,children:n})]})]},e.id)})})}var we=`
    query DealDetail($id: ID!, $vendor: Boolean!) {
  __typename
  node(id: $id) {
    __typename
    ... on Deal {
      __typename
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
        __typename
        id
        name
        tier {
          __typename
          id
          name
          rank
          dealProtectionDays
        }
        manager {
          __typename
          id
          name
        }
      }
      registeredBy {
        __typename
        id
        name
      }
      reviewer {
        __typename
        id
        name
      }
      directRep @include(if: $vendor) {
        __typename
        id
        name
      }
      account @include(if: $vendor) {
        __typename
        id
        ownerKind
      }
      events {
        __typename
        id
        kind
        fromStatus
        toStatus
        note
        createdAt
        actorType
        actor {
          __typename
          id
          name
        }
      }
      conflicts {
        __typename
        ...DealConflictFields
      }
      extensions {
        __typename
        id
        status
        reason
        days
        createdAt
        decidedAt
        decisionNote
        newExpiresAt
        requestedBy {
          __typename
          id
          name
        }
      }
    }
  }
}
    fragment DealConflictFields on DealConflict {
  __typename
  id
  kind
  score
  blocking
  reason
  detail @include(if: $vendor)
  conflictingPartner @include(if: $vendor) {
    __typename
    id
    name
  }
  conflictingDeal @include(if: $vendor) {
    __typename
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
      __typename
      id
      name
    }
  }
  matchedAccount @include(if: $vendor) {
    __typename
    id
    name
    domain
    ownerKind
    directOwner {
      __typename
      id
      name
    }
  }
}`;function Te({deal:e,onExtend:t,canAct:n}){let r=Date.now(),i=(e.extensions??[]).find(e=>e.status===`PENDING`),a=e.partner.tier?.dealProtectionDays;if(e.status===`SUBMITTED`){let t=new Date(e.decisionDueAt).getTime()<r;return(0,Q.jsxs)(S,{title:`Decision`,children:[(0,Q.jsxs)(`div`,{className:`big-date`,children:[(0,Q.jsx)(k,{size:18,"aria-hidden":`true`}),(0,Q.jsxs)(`div`,{children:[(0,Q.jsx)(`div`,{className:`k`,children:t?`Decision was due`:`Decision due`}),(0,Q.jsx)(`div`,{className:`v`,"data-testid":`decision-due`,children:p(e.decisionDueAt)}),(0,Q.jsx)(`div`,{className:`muted small`,children:g(e.decisionDueAt,r)})]})]}),(0,Q.jsxs)(`p`,{className:`muted small`,style:{marginTop:12},children:[`Once approved, the customer is protected for you for `,a?`${a} days`:`your tier’s protection window`,`.`]})]})}if(!e.protectionExpiresAt)return null;let o=u(e.protectionExpiresAt,r),s=e.status===`APPROVED`,c=e.decidedAt?Math.max(1,(new Date(e.protectionExpiresAt).getTime()-new Date(e.decidedAt).getTime())/864e5):90,l=Math.min(1,Math.max(0,1-o/c));return(0,Q.jsxs)(S,{title:`Protection`,children:[(0,Q.jsxs)(`div`,{className:`big-date`,children:[(0,Q.jsx)(se,{size:18,"aria-hidden":`true`}),(0,Q.jsxs)(`div`,{children:[(0,Q.jsx)(`div`,{className:`k`,children:s?`Protected until`:`Protection ended`}),(0,Q.jsx)(`div`,{className:`v`,"data-testid":`protection-date`,children:f(e.protectionExpiresAt)}),s&&(0,Q.jsx)(`div`,{className:o<=14?`text-warning small`:`muted small`,children:o<=0?`Ends today`:o===1?`1 day left`:`${o} days left`})]})]}),s&&(0,Q.jsx)(`div`,{className:`meter`,"aria-hidden":`true`,children:(0,Q.jsx)(`span`,{style:{width:`${l*100}%`},className:o<=14?`warn`:void 0})}),i?(0,Q.jsxs)(`div`,{className:`pending-ext`,"data-testid":`extension-pending`,children:[(0,Q.jsx)(O,{tone:`info`,children:`Extension requested`}),(0,Q.jsxs)(`p`,{className:`small`,children:[i.days,` more days asked `,g(i.createdAt),`: “`,i.reason,`”`]})]}):s&&n&&(0,Q.jsx)(w,{size:`sm`,icon:(0,Q.jsx)(q,{size:14,"aria-hidden":`true`}),onClick:t,style:{marginTop:12},children:`Request an extension`}),(e.extensions??[]).filter(e=>e.status!==`PENDING`).map(e=>(0,Q.jsxs)(`p`,{className:`small muted`,style:{marginTop:8},children:[`Extension of `,e.days,` days `,e.status===`APPROVED`?`approved`:`declined`,` `,f(e.decidedAt),e.decisionNote?`: “${e.decisionNote}”`:``]},e.id))]})}function Ee(){let{id:e=``}=o(),t=m(),n=te(t.role),i=!!ae().state?.registered,a=re(we,{id:e,vendor:n}),[s,u]=(0,Z.useState)(null),d=a.data?.node,f=d?.__typename===`Deal`?d:void 0;v(f?.title??`Deal`);let h=(0,Q.jsxs)(y,{to:`/deals`,className:`row`,style:{gap:4},children:[(0,Q.jsx)(r,{size:14,"aria-hidden":`true`}),` Deals`]});if(a.isError)return(0,Q.jsxs)(Q.Fragment,{children:[(0,Q.jsx)(_,{eyebrow:h,title:`Deal`}),(0,Q.jsx)(`div`,{className:`card`,children:(0,Q.jsx)(ee,{error:a.error,onRetry:()=>void a.refetch()})})]});if(a.isPending)return(0,Q.jsxs)(Q.Fragment,{children:[(0,Q.jsx)(_,{eyebrow:h,title:(0,Q.jsx)(`span`,{className:`skeleton`,style:{height:28,width:300}})}),(0,Q.jsxs)(`div`,{className:`detail-grid`,children:[(0,Q.jsx)(x,{height:320}),(0,Q.jsx)(x,{height:220})]})]});if(!f)return(0,Q.jsxs)(Q.Fragment,{children:[(0,Q.jsx)(_,{eyebrow:h,title:`Deal not found`}),(0,Q.jsx)(`div`,{className:`card`,children:(0,Q.jsx)(ie,{title:`We couldn’t find this deal`,children:`It may belong to someone else, or the link may be wrong.`})})]});let b=f.conflicts??[],C=!n,E=n&&(t.role===`ADMIN`||f.partner.manager?.id===t.id),k=(f.extensions??[]).find(e=>e.status===`PENDING`);return(0,Q.jsxs)(Q.Fragment,{children:[(0,Q.jsx)(_,{eyebrow:h,title:f.title,subtitle:(0,Q.jsxs)(`span`,{className:`row`,children:[(0,Q.jsx)(U,{status:f.status,testId:`deal-status`}),f.coSell&&(0,Q.jsx)(O,{tone:`brand`,children:`Co-sell`}),f.conflictOverridden&&(0,Q.jsx)(O,{tone:`warning`,children:`Conflict overridden`}),(0,Q.jsxs)(`span`,{className:`muted`,children:[f.customerName,` · `,f.customerDomain]})]}),actions:C&&(0,Q.jsxs)(Q.Fragment,{children:[f.status===`SUBMITTED`&&(0,Q.jsx)(w,{icon:(0,Q.jsx)(j,{size:15,"aria-hidden":`true`}),onClick:()=>u(`edit`),children:`Edit`}),f.status===`APPROVED`&&(0,Q.jsx)(w,{variant:`primary`,icon:(0,Q.jsx)(M,{size:15,"aria-hidden":`true`}),onClick:()=>u(`close`),children:`Record outcome`}),(f.status===`SUBMITTED`||f.status===`APPROVED`)&&(0,Q.jsx)(w,{variant:`ghost`,icon:(0,Q.jsx)(X,{size:15,"aria-hidden":`true`}),onClick:()=>u(`withdraw`),children:`Withdraw`})]})}),(0,Q.jsxs)(`div`,{className:`stack`,children:[i&&C&&(0,Q.jsx)(ne,{tone:`success`,title:`Deal registered`,children:b.length>0?`It is saved and with the channel team, who will look at the overlap described below.`:`The channel team decides by ${p(f.decisionDueAt)}; you’ll see the decision here.`}),(0,Q.jsxs)(`div`,{className:`detail-grid`,children:[(0,Q.jsxs)(`div`,{className:`stack`,children:[n?b.length>0&&(0,Q.jsx)(S,{title:`Conflicts`,hint:`This registration and what it collides with, side by side.`,children:(0,Q.jsx)(P,{deal:f,conflicts:b})}):(0,Q.jsx)(F,{conflicts:b}),(0,Q.jsx)(S,{title:`Opportunity`,children:(0,Q.jsxs)(`dl`,{className:`dl`,children:[(0,Q.jsx)(`dt`,{children:`Customer`}),(0,Q.jsxs)(`dd`,{children:[f.customerName,(0,Q.jsx)(`div`,{className:`cell-sub`,children:f.customerDomain})]}),(0,Q.jsx)(`dt`,{children:`Contact`}),(0,Q.jsx)(`dd`,{children:f.contactName||f.contactEmail?(0,Q.jsxs)(Q.Fragment,{children:[f.contactName||`—`,f.contactEmail&&(0,Q.jsx)(`div`,{className:`cell-sub`,children:f.contactEmail})]}):`—`}),(0,Q.jsx)(`dt`,{children:`Expected value`}),(0,Q.jsx)(`dd`,{className:`strong`,children:l(f.amount,f.currency,{cents:f.amount%100!=0})}),f.closedAmount!=null&&(0,Q.jsxs)(Q.Fragment,{children:[(0,Q.jsx)(`dt`,{children:`Final value`}),(0,Q.jsx)(`dd`,{className:`strong`,children:l(f.closedAmount,f.currency)})]}),(0,Q.jsx)(`dt`,{children:`Expected close`}),(0,Q.jsx)(`dd`,{children:c(f.expectedCloseDate)}),f.closedAt&&(0,Q.jsxs)(Q.Fragment,{children:[(0,Q.jsx)(`dt`,{children:`Closed`}),(0,Q.jsx)(`dd`,{children:c(f.closedAt)})]}),(0,Q.jsx)(`dt`,{children:`Role`}),(0,Q.jsx)(`dd`,{children:V[f.source]}),(0,Q.jsx)(`dt`,{children:`Products`}),(0,Q.jsx)(`dd`,{children:f.products?.length?(0,Q.jsx)(`span`,{className:`row`,style:{gap:6},children:f.products.map(e=>(0,Q.jsx)(O,{children:e},e))}):`—`}),(0,Q.jsx)(`dt`,{children:`Description`}),(0,Q.jsx)(`dd`,{className:`prewrap`,children:f.description||`—`})]})}),(0,Q.jsx)(S,{title:`Timeline`,hint:`Every change, who made it and why.`,children:(0,Q.jsx)(Ce,{events:f.events??[]})})]}),(0,Q.jsxs)(`aside`,{className:`stack`,"aria-label":`Status`,children:[n&&f.status===`SUBMITTED`&&(0,Q.jsx)(S,{title:`Decide`,hint:`Due ${g(f.decisionDueAt)} · ${p(f.decisionDueAt)}`,children:(0,Q.jsx)(ce,{deal:f,canDecide:E})}),(0,Q.jsxs)(S,{title:`Status`,children:[(0,Q.jsx)(`div`,{className:`row`,style:{marginBottom:8},children:(0,Q.jsx)(U,{status:f.status})}),(0,Q.jsx)(`p`,{className:`small`,children:H[f.status]}),f.decisionNote&&f.status!==`SUBMITTED`&&(0,Q.jsxs)(`blockquote`,{className:`quote`,children:[f.decisionNote,f.reviewer&&(0,Q.jsxs)(`footer`,{children:[`— `,f.reviewer.name]})]}),f.coSell&&(0,Q.jsxs)(`p`,{className:`small`,style:{marginTop:8},children:[(0,Q.jsx)(T,{size:13,"aria-hidden":`true`}),` Co-sell with the vendor’s direct sales`,n&&f.directRep?` (${f.directRep.name})`:``,`.`]})]}),f.status!==`SUBMITTED`||!n?(0,Q.jsx)(Te,{deal:f,canAct:C,onExtend:()=>u(`extend`)}):null,n&&k&&f.status===`APPROVED`&&(0,Q.jsxs)(S,{title:`Extension request`,hint:`${k.requestedBy.name} asked ${g(k.createdAt)}`,children:[(0,Q.jsxs)(`p`,{className:`small`,style:{marginBottom:10},children:[k.days,` more days: “`,k.reason,`”`]}),E?(0,Q.jsx)(ye,{extension:k}):(0,Q.jsx)(`p`,{className:`muted small`,children:`Decided by this partner’s channel manager or an admin.`})]}),(0,Q.jsx)(S,{title:`Registration`,children:(0,Q.jsxs)(`dl`,{className:`dl compact`,children:[n&&(0,Q.jsxs)(Q.Fragment,{children:[(0,Q.jsx)(`dt`,{children:`Partner`}),(0,Q.jsxs)(`dd`,{children:[(0,Q.jsx)(y,{to:`/partners/${f.partner.id}`,children:f.partner.name}),(0,Q.jsx)(`div`,{children:(0,Q.jsx)(D,{tier:f.partner.tier})})]})]}),(0,Q.jsx)(`dt`,{children:`Registered by`}),(0,Q.jsx)(`dd`,{children:f.registeredBy.name}),(0,Q.jsx)(`dt`,{children:`Registered`}),(0,Q.jsx)(`dd`,{children:p(f.createdAt)}),(0,Q.jsx)(`dt`,{children:`Channel manager`}),(0,Q.jsx)(`dd`,{children:f.partner.manager?.name??`Unassigned`}),(0,Q.jsx)(`dt`,{children:`Reference`}),(0,Q.jsx)(`dd`,{children:(0,Q.jsx)(`code`,{className:`mono`,children:f.id})})]})})]})]})]}),s===`edit`&&(0,Q.jsx)(he,{deal:f,onClose:()=>u(null)}),s===`withdraw`&&(0,Q.jsx)(ge,{deal:f,onClose:()=>u(null)}),s===`extend`&&(0,Q.jsx)(_e,{deal:f,onClose:()=>u(null)}),s===`close`&&(0,Q.jsx)(ve,{deal:f,onClose:()=>u(null)})]})}export{Ee as default};