import{a as e,n as t,t as n}from"./jsx-runtime-Wy9s6hX0.js";import{t as r}from"./createLucideIcon-DGfbxOj1.js";import{E as i,Et as a,F as o,G as s,H as c,I as l,L as u,Ot as d,R as f,S as p,Tt as m,W as h,Z as g,_,_t as v,a as y,b,f as x,k as S,l as C,m as w,n as T,r as ee,rt as te,s as ne,t as E,v as re,z as D}from"./index-BtfVeBhV.js";import{i as O,n as k,r as ie}from"./RegisterDealForm-B0os7rWd.js";import{t as A}from"./pencil-CeINSkNT.js";import{t as j}from"./shield-check-CM7FA6rd.js";import{t as M}from"./trophy-BhOkct0U.js";import{n as ae,t as oe}from"./DetailPage-CjYpb66G.js";import{i as N,n as P,r as se,t as ce}from"./DecisionPanel-Bg8ePNGO.js";import{t as F}from"./Dialog-DigcHBvN.js";import{i as I,n as L,r as R,t as z}from"./Field-BPpLB17Z.js";import{c as B,d as V,n as H,u as U}from"./status-DHzWpM1n.js";import{t as W}from"./send-BDzkKaWt.js";var G={name:`calendar-plus`,size:24,node:[[`path`,{d:`M16 18h6`,key:`987eiv`}],[`path`,{d:`M16 2v3`,key:`otl347`}],[`path`,{d:`M19 15v6`,key:`10aioa`}],[`path`,{d:`M21 11.5V5a2 2 0 00-2-2H5a2 2 0 00-2 2v14a2 2 0 002 2h8.3`,key:`jgwkxf`}],[`path`,{d:`M3 9h18`,key:`1pudct`}],[`path`,{d:`M8 2v3`,key:`1ioesn`}]]};G.node;var K=r(G),q={name:`circle-dot`,size:24,node:[[`circle`,{cx:`12`,cy:`12`,r:`1`,key:`41hilf`}],[`circle`,{cx:`12`,cy:`12`,r:`10`,key:`1mglay`}]]};q.node;var le=r(q),J={name:`undo-2`,size:24,node:[[`path`,{d:`M9 14 4 9l5-5`,key:`102s5s`}],[`path`,{d:`M4 9h10.5a5.5 5.5 0 0 1 5.5 5.5a5.5 5.5 0 0 1-5.5 5.5H11`,key:`f3b9sd`}]]};J.node;var Y=r(J),X=e(t(),1),ue=`
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
    `,de=`
    mutation WithdrawDeal($input: WithdrawDealInput!) {
  withdrawDeal(input: $input) {
    deal {
      id
      status
    }
  }
}
    `,fe=`
    mutation RequestDealExtension($input: RequestDealExtensionInput!) {
  requestDealExtension(input: $input) {
    extension {
      id
      status
      days
    }
  }
}
    `,pe=`
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
    `,me=`
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
    `,Z=n();function Q(e){return{fe:t=>e instanceof S?e.fieldError(t):void 0,general:e&&!(e instanceof S&&e.fieldErrors.length)?e:null}}function he({deal:e,onClose:t}){let[n,r]=(0,X.useState)({title:e.title,description:e.description,contactName:e.contactName,contactEmail:e.contactEmail,amount:D(e.amount,e.currency),currency:e.currency,expectedCloseDate:e.expectedCloseDate.slice(0,10),products:[...e.products??[]],source:e.source}),[i,a]=(0,X.useState)({}),o=T(ue),l=E(),{fe:u,general:d}=Q(o.error),f=e=>i[e]??u(e),p=(e,t)=>r(n=>({...n,[e]:t})),m=k.includes(e.currency)?k:[e.currency,...k];return(0,Z.jsx)(F,{open:!0,onClose:t,title:`Edit registration`,description:`You can change the details until the channel team decides. The customer itself cannot change: register a new deal for another customer.`,onSubmit:()=>{let r={},i=s(n.amount,n.currency);if(n.title.trim()||(r.title=`Give the opportunity a short title.`),(i===null||i<=0)&&(r.amount=`Enter an expected value more than zero.`),n.expectedCloseDate||(r.expectedCloseDate=`Choose when you expect the customer to sign.`),a(r),Object.keys(r).length)return;let c={id:e.id};n.title.trim()!==e.title&&(c.title=n.title.trim()),n.description!==e.description&&(c.description=n.description),n.contactName.trim()!==e.contactName&&(c.contactName=n.contactName.trim()),n.contactEmail.trim()!==e.contactEmail&&(c.contactEmail=n.contactEmail.trim()),(i!==e.amount||n.currency!==e.currency)&&(c.amount=i,c.currency=n.currency),n.expectedCloseDate!==e.expectedCloseDate.slice(0,10)&&(c.expectedCloseDate=n.expectedCloseDate),JSON.stringify(n.products)!==JSON.stringify(e.products??[])&&(c.products=n.products),n.source!==e.source&&(c.source=n.source),Object.keys(c).length===1?t():o.mutate({input:c},{onSuccess:()=>{l(`Registration updated`),t()}})},footer:(0,Z.jsxs)(Z.Fragment,{children:[(0,Z.jsx)(w,{onClick:t,children:`Cancel`}),(0,Z.jsx)(w,{type:`submit`,variant:`primary`,loading:o.isPending,children:`Save changes`})]}),children:(0,Z.jsxs)(`div`,{className:`form-grid`,children:[d&&(0,Z.jsx)(`div`,{className:`full`,children:(0,Z.jsx)(C,{error:d})}),(0,Z.jsx)(I,{className:`full`,label:`Title`,required:!0,value:n.title,onChange:e=>p(`title`,e.target.value),error:f(`title`),maxLength:200}),(0,Z.jsx)(R,{className:`full`,label:`Description`,value:n.description,onChange:e=>p(`description`,e.target.value),error:f(`description`),maxLength:5e3}),(0,Z.jsx)(I,{label:`Contact name`,value:n.contactName,onChange:e=>p(`contactName`,e.target.value),error:f(`contactName`)}),(0,Z.jsx)(I,{label:`Contact e-mail`,type:`email`,value:n.contactEmail,onChange:e=>p(`contactEmail`,e.target.value),error:f(`contactEmail`)}),(0,Z.jsx)(I,{label:`Expected value`,required:!0,inputMode:`decimal`,value:n.amount,onChange:e=>p(`amount`,e.target.value),error:f(`amount`)}),(0,Z.jsx)(L,{label:`Currency`,value:n.currency,onChange:e=>p(`currency`,e.target.value),error:f(`currency`),children:m.map(e=>(0,Z.jsxs)(`option`,{value:e,children:[e,` · `,ie(e)]},e))}),(0,Z.jsx)(I,{label:`Expected close date`,type:`date`,required:!0,min:c(new Date),value:n.expectedCloseDate,onChange:e=>p(`expectedCloseDate`,e.target.value),error:f(`expectedCloseDate`)}),(0,Z.jsxs)(L,{label:`Your role in the deal`,value:n.source,onChange:e=>p(`source`,e.target.value),error:f(`source`),children:[(0,Z.jsx)(`option`,{value:`SOURCED`,children:`Partner-sourced`}),(0,Z.jsx)(`option`,{value:`INFLUENCED`,children:`Partner-influenced`})]}),(0,Z.jsx)(z,{className:`full`,label:`Products`,value:n.products,onChange:e=>p(`products`,e),error:f(`products`)})]})})}function ge({deal:e,onClose:t}){let[n,r]=(0,X.useState)(``),i=T(de),a=E(),{fe:o,general:s}=Q(i.error);return(0,Z.jsx)(F,{open:!0,onClose:t,title:`Withdraw this registration?`,description:e.status===`APPROVED`?`The customer is no longer protected for you, and another partner may register it. This cannot be undone.`:`The channel team stops reviewing it. This cannot be undone.`,onSubmit:()=>i.mutate({input:{id:e.id,note:n.trim()||void 0}},{onSuccess:()=>{a(`“${e.title}” is withdrawn`),t()}}),footer:(0,Z.jsxs)(Z.Fragment,{children:[(0,Z.jsx)(w,{onClick:t,children:`Keep it`}),(0,Z.jsx)(w,{type:`submit`,variant:`danger`,loading:i.isPending,children:`Withdraw registration`})]}),children:(0,Z.jsxs)(`div`,{className:`stack`,style:{gap:14},children:[s&&(0,Z.jsx)(C,{error:s}),(0,Z.jsx)(R,{label:`Why (optional)`,rows:2,value:n,onChange:e=>r(e.target.value),error:o(`note`),hint:`E.g. the customer paused the project.`})]})})}function _e({deal:e,onClose:t}){let[n,r]=(0,X.useState)(``),[i,a]=(0,X.useState)(`30`),[s,c]=(0,X.useState)({}),l=T(fe),u=E(),{fe:d,general:f}=Q(l.error),p=e=>s[e]??d(e),m=Number(i),h=e.protectionExpiresAt&&Number.isInteger(m)&&m>=1&&m<=365?new Date(new Date(e.protectionExpiresAt).getTime()+m*864e5).toISOString():null;return(0,Z.jsx)(F,{open:!0,onClose:t,title:`Ask for more protection time`,description:`Your channel manager decides. Until then the current protection date stands.`,onSubmit:()=>{let r={};n.trim()||(r.reason=`Say why the deal needs longer, e.g. the customer moved its budget approval.`),(!Number.isInteger(m)||m<1||m>365)&&(r.days=`Ask for 1 to 365 days.`),c(r),Object.keys(r).length||l.mutate({input:{id:e.id,reason:n.trim(),days:m}},{onSuccess:()=>{u(`Extension requested: your channel manager will decide`),t()}})},footer:(0,Z.jsxs)(Z.Fragment,{children:[(0,Z.jsx)(w,{onClick:t,children:`Cancel`}),(0,Z.jsx)(w,{type:`submit`,variant:`primary`,loading:l.isPending,children:`Request extension`})]}),children:(0,Z.jsxs)(`div`,{className:`stack`,style:{gap:14},children:[f&&(0,Z.jsx)(C,{error:f}),(0,Z.jsx)(R,{label:`Reason`,required:!0,rows:3,value:n,onChange:e=>r(e.target.value),error:p(`reason`),maxLength:2e3}),(0,Z.jsx)(I,{label:`Extra days`,type:`number`,min:1,max:365,required:!0,value:i,onChange:e=>a(e.target.value),error:p(`days`),hint:h?`If approved, protected until ${o(h)}.`:`1 to 365 days.`})]})})}function $({deal:e,onClose:t}){let[n,r]=(0,X.useState)(`WON`),[i,a]=(0,X.useState)(c(new Date)),[o,l]=(0,X.useState)(D(e.amount,e.currency)),[u,d]=(0,X.useState)(``),[f,p]=(0,X.useState)({}),m=T(pe),g=E(),{fe:_,general:v}=Q(m.error),y=e=>f[e]??_(e);return(0,Z.jsx)(F,{open:!0,onClose:t,title:`Record the outcome`,description:`Won deals count toward your tier: their final value is partner revenue.`,onSubmit:()=>{let r={},a=s(o,e.currency);n===`WON`&&(a===null||a<=0)&&(r.closedAmount=`Enter the final value of the won deal.`),i||(r.closeDate=`Choose the day the customer decided.`),p(r),Object.keys(r).length||m.mutate({input:{id:e.id,outcome:n,closeDate:i,closedAmount:n===`WON`?a??void 0:void 0,note:u.trim()||void 0}},{onSuccess:()=>{g(n===`WON`?`Congratulations: “${e.title}” is won`:`“${e.title}” is recorded as lost`),t()}})},footer:(0,Z.jsxs)(Z.Fragment,{children:[(0,Z.jsx)(w,{onClick:t,children:`Cancel`}),(0,Z.jsx)(w,{type:`submit`,variant:`primary`,loading:m.isPending,children:n===`WON`?`Record as won`:`Record as lost`})]}),children:(0,Z.jsxs)(`div`,{className:`stack`,style:{gap:14},children:[v&&(0,Z.jsx)(C,{error:v}),(0,Z.jsxs)(`div`,{className:`segmented`,role:`group`,"aria-label":`Outcome`,children:[(0,Z.jsx)(`button`,{type:`button`,"aria-pressed":n===`WON`,onClick:()=>r(`WON`),children:`Won`}),(0,Z.jsx)(`button`,{type:`button`,"aria-pressed":n===`LOST`,onClick:()=>r(`LOST`),children:`Lost`})]}),(0,Z.jsxs)(`div`,{className:`form-grid`,children:[(0,Z.jsx)(I,{label:`Close date`,type:`date`,required:!0,max:c(new Date),min:e.createdAt.slice(0,10),value:i,onChange:e=>a(e.target.value),error:y(`closeDate`)}),n===`WON`&&(0,Z.jsx)(I,{label:`Final value (${e.currency})`,required:!0,inputMode:`decimal`,value:o,onChange:e=>l(e.target.value),error:y(`closedAmount`),hint:`Registered at ${h(e.amount,e.currency)}.`})]}),(0,Z.jsx)(R,{label:`Note (optional)`,rows:2,value:u,onChange:e=>d(e.target.value),error:y(`note`)})]})})}function ve({extension:e,onDone:t}){let[n,r]=(0,X.useState)(``),i=T(me),a=E(),s=r=>i.mutate({input:{id:e.id,approve:r,note:n.trim()||void 0}},{onSuccess:e=>{a(r?`Extension approved: protected until ${o(e.decideDealExtension.deal.protectionExpiresAt)}`:`Extension declined`),t?.()}});return(0,Z.jsxs)(`div`,{className:`stack`,style:{gap:10},children:[i.error&&(0,Z.jsx)(C,{error:i.error}),(0,Z.jsx)(R,{label:`Note to the partner (optional)`,rows:2,value:n,onChange:e=>r(e.target.value)}),(0,Z.jsxs)(`div`,{className:`row`,children:[(0,Z.jsxs)(w,{size:`sm`,variant:`primary`,loading:i.isPending&&i.variables?.input.approve,onClick:()=>s(!0),children:[`Approve `,e.days,` days`]}),(0,Z.jsx)(w,{size:`sm`,loading:i.isPending&&!i.variables?.input.approve,onClick:()=>s(!1),children:`Decline`})]})]})}function ye(e){switch(e.kind){case`UPDATED`:return{title:`Details updated`,icon:(0,Z.jsx)(A,{size:14}),tone:`neutral`};case`EXTENSION_REQUESTED`:return{title:`Extension requested`,icon:(0,Z.jsx)(K,{size:14}),tone:`info`};case`EXTENSION_APPROVED`:return{title:`Extension approved`,icon:(0,Z.jsx)(K,{size:14}),tone:`success`};case`EXTENSION_REJECTED`:return{title:`Extension declined`,icon:(0,Z.jsx)(K,{size:14}),tone:`danger`}}if(!e.fromStatus)return{title:`Registered`,icon:(0,Z.jsx)(W,{size:14}),tone:`info`};switch(e.toStatus){case`APPROVED`:return{title:`Approved`,icon:(0,Z.jsx)(v,{size:14}),tone:`success`};case`REJECTED`:return{title:`Rejected`,icon:(0,Z.jsx)(N,{size:14}),tone:`danger`};case`WITHDRAWN`:return{title:`Withdrawn`,icon:(0,Z.jsx)(Y,{size:14}),tone:`neutral`};case`WON`:return{title:`Won`,icon:(0,Z.jsx)(M,{size:14}),tone:`brand`};case`LOST`:return{title:`Lost`,icon:(0,Z.jsx)(N,{size:14}),tone:`warning`};case`EXPIRED`:return{title:`Protection ended`,icon:(0,Z.jsx)(O,{size:14}),tone:`neutral`};default:return{title:U[e.toStatus],icon:(0,Z.jsx)(le,{size:14}),tone:`neutral`}}}function be(e){return e.actorType===`SYSTEM`?`PartnerHub`:e.actor?e.actorType===`API_KEY`?`${e.actor.name}, through an API key`:e.actor.name:e.actorType===`API_KEY`?`An API key`:`Someone`}function xe(e){let t=e.note.trim();if(!t||t===`registered`)return``;let n=/^registered with (\d+) conflict\(s\) flagged$/.exec(t);return n?n[1]===`1`?`One possible conflict flagged for the channel team to check.`:`${n[1]} possible conflicts flagged for the channel team to check.`:t}function Se({events:e}){let t=[...e].sort((e,t)=>e.createdAt.localeCompare(t.createdAt));return(0,Z.jsx)(`ol`,{className:`timeline`,"aria-label":`Timeline`,"data-testid":`deal-timeline`,children:t.map(e=>{let t=ye(e),n=xe(e);return(0,Z.jsxs)(`li`,{className:`tl-${t.tone}`,children:[(0,Z.jsx)(`span`,{className:`tl-dot`,"aria-hidden":`true`,children:t.icon}),(0,Z.jsxs)(`div`,{className:`tl-body`,children:[(0,Z.jsxs)(`div`,{className:`tl-title`,children:[(0,Z.jsx)(`strong`,{children:t.title}),(0,Z.jsxs)(`span`,{className:`muted`,children:[` · `,be(e)]})]}),(0,Z.jsxs)(`time`,{dateTime:e.createdAt,title:l(e.createdAt),className:`tl-time`,children:[l(e.createdAt),Math.abs(Date.now()-new Date(e.createdAt).getTime())<2592e6&&` · ${g(e.createdAt)}`]}),n&&(0,Z.jsx)(`p`,{className:`tl-note`,children:n})]})]},e.id)})})}var Ce=`
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
}`;function we({deal:e,onExtend:t,canAct:n}){let r=Date.now(),i=(e.extensions??[]).find(e=>e.status===`PENDING`),a=e.partner.tier?.dealProtectionDays;if(e.status===`SUBMITTED`){let t=new Date(e.decisionDueAt).getTime()<r;return(0,Z.jsxs)(_,{title:`Decision`,children:[(0,Z.jsxs)(`div`,{className:`big-date`,children:[(0,Z.jsx)(O,{size:18,"aria-hidden":`true`}),(0,Z.jsxs)(`div`,{children:[(0,Z.jsx)(`div`,{className:`k`,children:t?`Decision was due`:`Decision due`}),(0,Z.jsx)(`div`,{className:`v`,"data-testid":`decision-due`,children:l(e.decisionDueAt)}),(0,Z.jsx)(`div`,{className:`muted small`,children:g(e.decisionDueAt,r)})]})]}),(0,Z.jsxs)(`p`,{className:`muted small`,style:{marginTop:12},children:[`Once approved, the customer is protected for you for `,a?`${a} days`:`your tier’s protection window`,`.`]})]})}if(!e.protectionExpiresAt)return null;let s=f(e.protectionExpiresAt,r),c=e.status===`APPROVED`,u=e.decidedAt?Math.max(1,(new Date(e.protectionExpiresAt).getTime()-new Date(e.decidedAt).getTime())/864e5):90,d=Math.min(1,Math.max(0,1-s/u));return(0,Z.jsxs)(_,{title:`Protection`,children:[(0,Z.jsxs)(`div`,{className:`big-date`,children:[(0,Z.jsx)(j,{size:18,"aria-hidden":`true`}),(0,Z.jsxs)(`div`,{children:[(0,Z.jsx)(`div`,{className:`k`,children:c?`Protected until`:`Protection ended`}),(0,Z.jsx)(`div`,{className:`v`,"data-testid":`protection-date`,children:o(e.protectionExpiresAt)}),c&&(0,Z.jsx)(`div`,{className:s<=14?`text-warning small`:`muted small`,children:s<=0?`Ends today`:s===1?`1 day left`:`${s} days left`})]})]}),c&&(0,Z.jsx)(`div`,{className:`meter`,"aria-hidden":`true`,children:(0,Z.jsx)(`span`,{style:{width:`${d*100}%`},className:s<=14?`warn`:void 0})}),i?(0,Z.jsxs)(`div`,{className:`pending-ext`,"data-testid":`extension-pending`,children:[(0,Z.jsx)(b,{tone:`info`,children:`Extension requested`}),(0,Z.jsxs)(`p`,{className:`small`,children:[i.days,` more days asked `,g(i.createdAt),`: “`,i.reason,`”`]})]}):c&&n&&(0,Z.jsx)(w,{size:`sm`,icon:(0,Z.jsx)(K,{size:14,"aria-hidden":`true`}),onClick:t,style:{marginTop:12},children:`Request an extension`}),(e.extensions??[]).filter(e=>e.status!==`PENDING`).map(e=>(0,Z.jsxs)(`p`,{className:`small muted`,style:{marginTop:8},children:[`Extension of `,e.days,` days `,e.status===`APPROVED`?`approved`:`declined`,` `,o(e.decidedAt),e.decisionNote?`: “${e.decisionNote}”`:``]},e.id))]})}function Te(){let{id:e=``}=d(),t=i(),n=te(t.role),r=!!a().state?.registered,o=ee(Ce,{id:e,vendor:n}),[s,c]=(0,X.useState)(null),f=o.data?.node,S=f?.__typename===`Deal`?f:void 0;y(S?.title??`Deal`);let C=(0,Z.jsx)(oe,{to:`/deals`,children:`Deals`});if(o.isError||o.isPending||!S)return(0,Z.jsx)(ae,{query:o,back:C,noun:`Deal`,titleWidth:300,loading:(0,Z.jsxs)(`div`,{className:`detail-grid`,children:[(0,Z.jsx)(x,{height:320}),(0,Z.jsx)(x,{height:220})]}),notFound:{title:`We couldn’t find this deal`,body:`It may belong to someone else, or the link may be wrong.`}});let T=S.conflicts??[],E=!n,D=n&&(t.role===`ADMIN`||S.partner.manager?.id===t.id),O=(S.extensions??[]).find(e=>e.status===`PENDING`);return(0,Z.jsxs)(Z.Fragment,{children:[(0,Z.jsx)(re,{eyebrow:C,title:S.title,subtitle:(0,Z.jsxs)(`span`,{className:`row`,children:[(0,Z.jsx)(H,{status:S.status,testId:`deal-status`}),S.coSell&&(0,Z.jsx)(b,{tone:`brand`,children:`Co-sell`}),S.conflictOverridden&&(0,Z.jsx)(b,{tone:`warning`,children:`Conflict overridden`}),(0,Z.jsxs)(`span`,{className:`muted`,children:[S.customerName,` · `,S.customerDomain]})]}),actions:E&&(0,Z.jsxs)(Z.Fragment,{children:[S.status===`SUBMITTED`&&(0,Z.jsx)(w,{icon:(0,Z.jsx)(A,{size:15,"aria-hidden":`true`}),onClick:()=>c(`edit`),children:`Edit`}),S.status===`APPROVED`&&(0,Z.jsx)(w,{variant:`primary`,icon:(0,Z.jsx)(M,{size:15,"aria-hidden":`true`}),onClick:()=>c(`close`),children:`Record outcome`}),(S.status===`SUBMITTED`||S.status===`APPROVED`)&&(0,Z.jsx)(w,{variant:`ghost`,icon:(0,Z.jsx)(Y,{size:15,"aria-hidden":`true`}),onClick:()=>c(`withdraw`),children:`Withdraw`})]})}),(0,Z.jsxs)(`div`,{className:`stack`,children:[r&&E&&(0,Z.jsx)(ne,{tone:`success`,title:`Deal registered`,children:T.length>0?`It is saved and with the channel team, who will look at the overlap described below.`:`The channel team decides by ${l(S.decisionDueAt)}; you’ll see the decision here.`}),(0,Z.jsxs)(`div`,{className:`detail-grid`,children:[(0,Z.jsxs)(`div`,{className:`stack`,children:[n?T.length>0&&(0,Z.jsx)(_,{title:`Conflicts`,hint:`This registration and what it collides with, side by side.`,children:(0,Z.jsx)(P,{deal:S,conflicts:T})}):(0,Z.jsx)(se,{conflicts:T}),(0,Z.jsx)(_,{title:`Opportunity`,children:(0,Z.jsxs)(`dl`,{className:`dl`,children:[(0,Z.jsx)(`dt`,{children:`Customer`}),(0,Z.jsxs)(`dd`,{children:[S.customerName,(0,Z.jsx)(`div`,{className:`cell-sub`,children:S.customerDomain})]}),(0,Z.jsx)(`dt`,{children:`Contact`}),(0,Z.jsx)(`dd`,{children:S.contactName||S.contactEmail?(0,Z.jsxs)(Z.Fragment,{children:[S.contactName||`—`,S.contactEmail&&(0,Z.jsx)(`div`,{className:`cell-sub`,children:S.contactEmail})]}):`—`}),(0,Z.jsx)(`dt`,{children:`Expected value`}),(0,Z.jsx)(`dd`,{className:`strong`,children:h(S.amount,S.currency,{cents:S.amount%100!=0})}),S.closedAmount!=null&&(0,Z.jsxs)(Z.Fragment,{children:[(0,Z.jsx)(`dt`,{children:`Final value`}),(0,Z.jsx)(`dd`,{className:`strong`,children:h(S.closedAmount,S.currency)})]}),(0,Z.jsx)(`dt`,{children:`Expected close`}),(0,Z.jsx)(`dd`,{children:u(S.expectedCloseDate)}),S.closedAt&&(0,Z.jsxs)(Z.Fragment,{children:[(0,Z.jsx)(`dt`,{children:`Closed`}),(0,Z.jsx)(`dd`,{children:u(S.closedAt)})]}),(0,Z.jsx)(`dt`,{children:`Role`}),(0,Z.jsx)(`dd`,{children:B[S.source]}),(0,Z.jsx)(`dt`,{children:`Products`}),(0,Z.jsx)(`dd`,{children:S.products?.length?(0,Z.jsx)(`span`,{className:`row`,style:{gap:6},children:S.products.map(e=>(0,Z.jsx)(b,{children:e},e))}):`—`}),(0,Z.jsx)(`dt`,{children:`Description`}),(0,Z.jsx)(`dd`,{className:`prewrap`,children:S.description||`—`})]})}),(0,Z.jsx)(_,{title:`Timeline`,hint:`Every change, who made it and why.`,children:(0,Z.jsx)(Se,{events:S.events??[]})})]}),(0,Z.jsxs)(`aside`,{className:`stack`,"aria-label":`Status`,children:[n&&S.status===`SUBMITTED`&&(0,Z.jsx)(_,{title:`Decide`,hint:`Due ${g(S.decisionDueAt)} · ${l(S.decisionDueAt)}`,children:(0,Z.jsx)(ce,{deal:S,canDecide:D})}),(0,Z.jsxs)(_,{title:`Status`,children:[(0,Z.jsx)(`div`,{className:`row`,style:{marginBottom:8},children:(0,Z.jsx)(H,{status:S.status})}),(0,Z.jsx)(`p`,{className:`small`,children:V[S.status]}),S.decisionNote&&S.status!==`SUBMITTED`&&(0,Z.jsxs)(`blockquote`,{className:`quote`,children:[S.decisionNote,S.reviewer&&(0,Z.jsxs)(`footer`,{children:[`— `,S.reviewer.name]})]}),S.coSell&&(0,Z.jsxs)(`p`,{className:`small`,style:{marginTop:8},children:[(0,Z.jsx)(v,{size:13,"aria-hidden":`true`}),` Co-sell with the vendor’s direct sales`,n&&S.directRep?` (${S.directRep.name})`:``,`.`]})]}),S.status!==`SUBMITTED`||!n?(0,Z.jsx)(we,{deal:S,canAct:E,onExtend:()=>c(`extend`)}):null,n&&O&&S.status===`APPROVED`&&(0,Z.jsxs)(_,{title:`Extension request`,hint:`${O.requestedBy.name} asked ${g(O.createdAt)}`,children:[(0,Z.jsxs)(`p`,{className:`small`,style:{marginBottom:10},children:[O.days,` more days: “`,O.reason,`”`]}),D?(0,Z.jsx)(ve,{extension:O}):(0,Z.jsx)(`p`,{className:`muted small`,children:`Decided by this partner’s channel manager or an admin.`})]}),(0,Z.jsx)(_,{title:`Registration`,children:(0,Z.jsxs)(`dl`,{className:`dl compact`,children:[n&&(0,Z.jsxs)(Z.Fragment,{children:[(0,Z.jsx)(`dt`,{children:`Partner`}),(0,Z.jsxs)(`dd`,{children:[(0,Z.jsx)(m,{to:`/partners/${S.partner.id}`,children:S.partner.name}),(0,Z.jsx)(`div`,{children:(0,Z.jsx)(p,{tier:S.partner.tier})})]})]}),(0,Z.jsx)(`dt`,{children:`Registered by`}),(0,Z.jsx)(`dd`,{children:S.registeredBy.name}),(0,Z.jsx)(`dt`,{children:`Registered`}),(0,Z.jsx)(`dd`,{children:l(S.createdAt)}),(0,Z.jsx)(`dt`,{children:`Channel manager`}),(0,Z.jsx)(`dd`,{children:S.partner.manager?.name??`Unassigned`}),(0,Z.jsx)(`dt`,{children:`Reference`}),(0,Z.jsx)(`dd`,{children:(0,Z.jsx)(`code`,{className:`mono`,children:S.id})})]})})]})]})]}),s===`edit`&&(0,Z.jsx)(he,{deal:S,onClose:()=>c(null)}),s===`withdraw`&&(0,Z.jsx)(ge,{deal:S,onClose:()=>c(null)}),s===`extend`&&(0,Z.jsx)(_e,{deal:S,onClose:()=>c(null)}),s===`close`&&(0,Z.jsx)($,{deal:S,onClose:()=>c(null)})]})}export{Te as default};