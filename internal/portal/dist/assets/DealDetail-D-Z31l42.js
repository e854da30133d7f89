import{a as e,n as t,t as n}from"./jsx-runtime-Wy9s6hX0.js";import{F as r,M as i,N as a,U as o,V as s,c,i as l,n as u,t as d,u as f,v as p}from"./usePageTitle-Duadk7S3.js";import{i as m,n as h,r as g}from"./RegisterDealForm-x_Kvj7ch.js";import{t as _}from"./pencil-Czib8FWV.js";import{t as v}from"./shield-check-BYbrbZRU.js";import{t as y}from"./trophy-JSRor6Ep.js";import{a as b,i as x,n as ee,r as S,t as te}from"./DecisionPanel-iVhkoT4U.js";import{B as C,C as w,E as T,F as E,I as ne,L as D,M as O,R as k,T as A,U as j,_ as M,b as N,d as re,g as P,l as F,n as ie,o as I,q as ae,s as oe,t as L,v as R,y as se,z}from"./index-C_Smhd-H.js";import{n as B,t as V}from"./DetailPage-38AAvfvm.js";import{c as H,d as U,n as W,p as G,u as K}from"./status-BkEHgud0.js";import{t as ce}from"./send-ChqVOsTf.js";var q={name:`calendar-plus`,size:24,node:[[`path`,{d:`M16 18h6`,key:`987eiv`}],[`path`,{d:`M16 2v3`,key:`otl347`}],[`path`,{d:`M19 15v6`,key:`10aioa`}],[`path`,{d:`M21 11.5V5a2 2 0 00-2-2H5a2 2 0 00-2 2v14a2 2 0 002 2h8.3`,key:`jgwkxf`}],[`path`,{d:`M3 9h18`,key:`1pudct`}],[`path`,{d:`M8 2v3`,key:`1ioesn`}]]};q.node;var J=a(q),Y={name:`circle-dot`,size:24,node:[[`circle`,{cx:`12`,cy:`12`,r:`1`,key:`41hilf`}],[`circle`,{cx:`12`,cy:`12`,r:`10`,key:`1mglay`}]]};Y.node;var le=a(Y),X=e(t(),1),ue=`
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
    `,Z=n();function Q(e){return{fe:t=>e instanceof p?e.fieldError(t):void 0,general:e&&!(e instanceof p&&e.fieldErrors.length)?e:null}}function $({deal:e,onClose:t}){let[n,r]=(0,X.useState)({title:e.title,description:e.description,contactName:e.contactName,contactEmail:e.contactEmail,amount:N(e.amount,e.currency),currency:e.currency,expectedCloseDate:e.expectedCloseDate.slice(0,10),products:[...e.products??[]],source:e.source}),[i,a]=(0,X.useState)({}),o=L(ue),s=E(),{fe:c,general:u}=Q(o.error),d=e=>i[e]??c(e),p=(e,t)=>r(n=>({...n,[e]:t})),m=h.includes(e.currency)?h:[e.currency,...h];return(0,Z.jsx)(C,{open:!0,onClose:t,title:`Edit registration`,description:`You can change the details until the channel team decides. The customer itself cannot change: register a new deal for another customer.`,onSubmit:()=>{let r={},i=T(n.amount,n.currency);if(n.title.trim()||(r.title=`Give the opportunity a short title.`),(i===null||i<=0)&&(r.amount=`Enter an expected value more than zero.`),n.expectedCloseDate||(r.expectedCloseDate=`Choose when you expect the customer to sign.`),a(r),Object.keys(r).length)return;let c={id:e.id};n.title.trim()!==e.title&&(c.title=n.title.trim()),n.description!==e.description&&(c.description=n.description),n.contactName.trim()!==e.contactName&&(c.contactName=n.contactName.trim()),n.contactEmail.trim()!==e.contactEmail&&(c.contactEmail=n.contactEmail.trim()),(i!==e.amount||n.currency!==e.currency)&&(c.amount=i,c.currency=n.currency),n.expectedCloseDate!==e.expectedCloseDate.slice(0,10)&&(c.expectedCloseDate=n.expectedCloseDate),JSON.stringify(n.products)!==JSON.stringify(e.products??[])&&(c.products=n.products),n.source!==e.source&&(c.source=n.source),Object.keys(c).length===1?t():o.mutate({input:c},{onSuccess:()=>{s(`Registration updated`),t()}})},footer:(0,Z.jsxs)(Z.Fragment,{children:[(0,Z.jsx)(f,{onClick:t,children:`Cancel`}),(0,Z.jsx)(f,{type:`submit`,variant:`primary`,loading:o.isPending,children:`Save changes`})]}),children:(0,Z.jsxs)(`div`,{className:`form-grid`,children:[u&&(0,Z.jsx)(`div`,{className:`full`,children:(0,Z.jsx)(l,{error:u})}),(0,Z.jsx)(z,{className:`full`,label:`Title`,required:!0,value:n.title,onChange:e=>p(`title`,e.target.value),error:d(`title`),maxLength:200}),(0,Z.jsx)(k,{className:`full`,label:`Description`,value:n.description,onChange:e=>p(`description`,e.target.value),error:d(`description`),maxLength:5e3}),(0,Z.jsx)(z,{label:`Contact name`,value:n.contactName,onChange:e=>p(`contactName`,e.target.value),error:d(`contactName`)}),(0,Z.jsx)(z,{label:`Contact e-mail`,type:`email`,value:n.contactEmail,onChange:e=>p(`contactEmail`,e.target.value),error:d(`contactEmail`)}),(0,Z.jsx)(z,{label:`Expected value`,required:!0,inputMode:`decimal`,value:n.amount,onChange:e=>p(`amount`,e.target.value),error:d(`amount`)}),(0,Z.jsx)(D,{label:`Currency`,value:n.currency,onChange:e=>p(`currency`,e.target.value),error:d(`currency`),children:m.map(e=>(0,Z.jsxs)(`option`,{value:e,children:[e,` · `,g(e)]},e))}),(0,Z.jsx)(z,{label:`Expected close date`,type:`date`,required:!0,min:w(new Date),value:n.expectedCloseDate,onChange:e=>p(`expectedCloseDate`,e.target.value),error:d(`expectedCloseDate`)}),(0,Z.jsxs)(D,{label:`Your role in the deal`,value:n.source,onChange:e=>p(`source`,e.target.value),error:d(`source`),children:[(0,Z.jsx)(`option`,{value:`SOURCED`,children:`Partner-sourced`}),(0,Z.jsx)(`option`,{value:`INFLUENCED`,children:`Partner-influenced`})]}),(0,Z.jsx)(ne,{className:`full`,label:`Products`,value:n.products,onChange:e=>p(`products`,e),error:d(`products`)})]})})}function he({deal:e,onClose:t}){let[n,r]=(0,X.useState)(``),i=L(de),a=E(),{fe:o,general:s}=Q(i.error);return(0,Z.jsx)(C,{open:!0,onClose:t,title:`Withdraw this registration?`,description:e.status===`APPROVED`?`The customer is no longer protected for you, and another partner may register it. This cannot be undone.`:`The channel team stops reviewing it. This cannot be undone.`,onSubmit:()=>i.mutate({input:{id:e.id,note:n.trim()||void 0}},{onSuccess:()=>{a(`“${e.title}” is withdrawn`),t()}}),footer:(0,Z.jsxs)(Z.Fragment,{children:[(0,Z.jsx)(f,{onClick:t,children:`Keep it`}),(0,Z.jsx)(f,{type:`submit`,variant:`danger`,loading:i.isPending,children:`Withdraw registration`})]}),children:(0,Z.jsxs)(`div`,{className:`stack`,style:{gap:14},children:[s&&(0,Z.jsx)(l,{error:s}),(0,Z.jsx)(k,{label:`Why (optional)`,rows:2,value:n,onChange:e=>r(e.target.value),error:o(`note`),hint:`E.g. the customer paused the project.`})]})})}function ge({deal:e,onClose:t}){let[n,r]=(0,X.useState)(``),[i,a]=(0,X.useState)(`30`),[o,s]=(0,X.useState)({}),c=L(fe),u=E(),{fe:d,general:p}=Q(c.error),m=e=>o[e]??d(e),h=Number(i),g=e.protectionExpiresAt&&Number.isInteger(h)&&h>=1&&h<=365?new Date(new Date(e.protectionExpiresAt).getTime()+h*864e5).toISOString():null;return(0,Z.jsx)(C,{open:!0,onClose:t,title:`Ask for more protection time`,description:`Your channel manager decides. Until then the current protection date stands.`,onSubmit:()=>{let r={};n.trim()||(r.reason=`Say why the deal needs longer, e.g. the customer moved its budget approval.`),(!Number.isInteger(h)||h<1||h>365)&&(r.days=`Ask for 1 to 365 days.`),s(r),Object.keys(r).length||c.mutate({input:{id:e.id,reason:n.trim(),days:h}},{onSuccess:()=>{u(`Extension requested: your channel manager will decide`),t()}})},footer:(0,Z.jsxs)(Z.Fragment,{children:[(0,Z.jsx)(f,{onClick:t,children:`Cancel`}),(0,Z.jsx)(f,{type:`submit`,variant:`primary`,loading:c.isPending,children:`Request extension`})]}),children:(0,Z.jsxs)(`div`,{className:`stack`,style:{gap:14},children:[p&&(0,Z.jsx)(l,{error:p}),(0,Z.jsx)(k,{label:`Reason`,required:!0,rows:3,value:n,onChange:e=>r(e.target.value),error:m(`reason`),maxLength:2e3}),(0,Z.jsx)(z,{label:`Extra days`,type:`number`,min:1,max:365,required:!0,value:i,onChange:e=>a(e.target.value),error:m(`days`),hint:g?`If approved, protected until ${P(g)}.`:`1 to 365 days.`})]})})}function _e({deal:e,onClose:t}){let[n,r]=(0,X.useState)(`WON`),[i,a]=(0,X.useState)(w(new Date)),[o,s]=(0,X.useState)(N(e.amount,e.currency)),[c,u]=(0,X.useState)(``),[d,p]=(0,X.useState)({}),m=L(pe),h=E(),{fe:g,general:_}=Q(m.error),v=e=>d[e]??g(e);return(0,Z.jsx)(C,{open:!0,onClose:t,title:`Record the outcome`,description:`Won deals count toward your tier: their final value is partner revenue.`,onSubmit:()=>{let r={},a=T(o,e.currency);n===`WON`&&(a===null||a<=0)&&(r.closedAmount=`Enter the final value of the won deal.`),i||(r.closeDate=`Choose the day the customer decided.`),p(r),Object.keys(r).length||m.mutate({input:{id:e.id,outcome:n,closeDate:i,closedAmount:n===`WON`?a??void 0:void 0,note:c.trim()||void 0}},{onSuccess:()=>{h(n===`WON`?`Congratulations: “${e.title}” is won`:`“${e.title}” is recorded as lost`),t()}})},footer:(0,Z.jsxs)(Z.Fragment,{children:[(0,Z.jsx)(f,{onClick:t,children:`Cancel`}),(0,Z.jsx)(f,{type:`submit`,variant:`primary`,loading:m.isPending,children:n===`WON`?`Record as won`:`Record as lost`})]}),children:(0,Z.jsxs)(`div`,{className:`stack`,style:{gap:14},children:[_&&(0,Z.jsx)(l,{error:_}),(0,Z.jsxs)(`div`,{className:`segmented`,role:`group`,"aria-label":`Outcome`,children:[(0,Z.jsx)(`button`,{type:`button`,"aria-pressed":n===`WON`,onClick:()=>r(`WON`),children:`Won`}),(0,Z.jsx)(`button`,{type:`button`,"aria-pressed":n===`LOST`,onClick:()=>r(`LOST`),children:`Lost`})]}),(0,Z.jsxs)(`div`,{className:`form-grid`,children:[(0,Z.jsx)(z,{label:`Close date`,type:`date`,required:!0,max:w(new Date),min:e.createdAt.slice(0,10),value:i,onChange:e=>a(e.target.value),error:v(`closeDate`)}),n===`WON`&&(0,Z.jsx)(z,{label:`Final value (${e.currency})`,required:!0,inputMode:`decimal`,value:o,onChange:e=>s(e.target.value),error:v(`closedAmount`),hint:`Registered at ${A(e.amount,e.currency)}.`})]}),(0,Z.jsx)(k,{label:`Note (optional)`,rows:2,value:c,onChange:e=>u(e.target.value),error:v(`note`)})]})})}function ve({extension:e,onDone:t}){let[n,r]=(0,X.useState)(``),i=L(me),a=E(),o=r=>i.mutate({input:{id:e.id,approve:r,note:n.trim()||void 0}},{onSuccess:e=>{a(r?`Extension approved: protected until ${P(e.decideDealExtension.deal.protectionExpiresAt)}`:`Extension declined`),t?.()}});return(0,Z.jsxs)(`div`,{className:`stack`,style:{gap:10},children:[i.error&&(0,Z.jsx)(l,{error:i.error}),(0,Z.jsx)(k,{label:`Note to the partner (optional)`,rows:2,value:n,onChange:e=>r(e.target.value)}),(0,Z.jsxs)(`div`,{className:`row`,children:[(0,Z.jsxs)(f,{size:`sm`,variant:`primary`,loading:i.isPending&&i.variables?.input.approve,onClick:()=>o(!0),children:[`Approve `,e.days,` days`]}),(0,Z.jsx)(f,{size:`sm`,loading:i.isPending&&!i.variables?.input.approve,onClick:()=>o(!1),children:`Decline`})]})]})}function ye(e){switch(e.kind){case`UPDATED`:return{title:`Details updated`,icon:(0,Z.jsx)(_,{size:14}),tone:`neutral`};case`EXTENSION_REQUESTED`:return{title:`Extension requested`,icon:(0,Z.jsx)(J,{size:14}),tone:`info`};case`EXTENSION_APPROVED`:return{title:`Extension approved`,icon:(0,Z.jsx)(J,{size:14}),tone:`success`};case`EXTENSION_REJECTED`:return{title:`Extension declined`,icon:(0,Z.jsx)(J,{size:14}),tone:`danger`}}if(!e.fromStatus)return{title:`Registered`,icon:(0,Z.jsx)(ce,{size:14}),tone:`info`};switch(e.toStatus){case`APPROVED`:return{title:`Approved`,icon:(0,Z.jsx)(i,{size:14}),tone:`success`};case`REJECTED`:return{title:`Rejected`,icon:(0,Z.jsx)(b,{size:14}),tone:`danger`};case`WITHDRAWN`:return{title:`Withdrawn`,icon:(0,Z.jsx)(x,{size:14}),tone:`neutral`};case`WON`:return{title:`Won`,icon:(0,Z.jsx)(y,{size:14}),tone:`brand`};case`LOST`:return{title:`Lost`,icon:(0,Z.jsx)(b,{size:14}),tone:`warning`};case`EXPIRED`:return{title:`Protection ended`,icon:(0,Z.jsx)(m,{size:14}),tone:`neutral`};default:return{title:K[e.toStatus],icon:(0,Z.jsx)(le,{size:14}),tone:`neutral`}}}function be(e){return e.actorType===`SYSTEM`?`PartnerHub`:e.actor?e.actorType===`API_KEY`?`${e.actor.name}, through an API key`:e.actor.name:e.actorType===`API_KEY`?`An API key`:`Someone`}function xe(e){let t=e.note.trim();if(!t||t===`registered`)return``;let n=/^registered with (\d+) conflict\(s\) flagged$/.exec(t);return n?n[1]===`1`?`One possible conflict flagged for the channel team to check.`:`${n[1]} possible conflicts flagged for the channel team to check.`:t}function Se({events:e}){let t=[...e].sort((e,t)=>e.createdAt.localeCompare(t.createdAt));return(0,Z.jsx)(`ol`,{className:`timeline`,"aria-label":`Timeline`,"data-testid":`deal-timeline`,children:t.map(e=>{let t=ye(e),n=xe(e);return(0,Z.jsxs)(`li`,{className:`tl-${t.tone}`,children:[(0,Z.jsx)(`span`,{className:`tl-dot`,"aria-hidden":`true`,children:t.icon}),(0,Z.jsxs)(`div`,{className:`tl-body`,children:[(0,Z.jsxs)(`div`,{className:`tl-title`,children:[(0,Z.jsx)(`strong`,{children:t.title}),(0,Z.jsxs)(`span`,{className:`muted`,children:[` · `,be(e)]})]}),(0,Z.jsxs)(`time`,{dateTime:e.createdAt,title:M(e.createdAt),className:`tl-time`,children:[M(e.createdAt),Math.abs(Date.now()-new Date(e.createdAt).getTime())<2592e6&&` · ${O(e.createdAt)}`]}),n&&(0,Z.jsx)(`p`,{className:`tl-note`,children:n})]})]},e.id)})})}var Ce=`
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
}`;function we({deal:e,onExtend:t,canAct:n}){let r=Date.now(),i=(e.extensions??[]).find(e=>e.status===`PENDING`),a=e.partner.tier?.dealProtectionDays;if(e.status===`SUBMITTED`){let t=new Date(e.decisionDueAt).getTime()<r;return(0,Z.jsxs)(I,{title:`Decision`,children:[(0,Z.jsxs)(`div`,{className:`big-date`,children:[(0,Z.jsx)(m,{size:18,"aria-hidden":`true`}),(0,Z.jsxs)(`div`,{children:[(0,Z.jsx)(`div`,{className:`k`,children:t?`Decision was due`:`Decision due`}),(0,Z.jsx)(`div`,{className:`v`,"data-testid":`decision-due`,children:M(e.decisionDueAt)}),(0,Z.jsx)(`div`,{className:`muted small`,children:O(e.decisionDueAt,r)})]})]}),(0,Z.jsxs)(`p`,{className:`muted small`,style:{marginTop:12},children:[`Once approved, the customer is protected for `,n?`you`:e.partner.name,` for`,` `,a?`${a} days`:n?`your tier’s protection window`:`its tier’s protection window`,`.`]})]})}if(!e.protectionExpiresAt)return null;let o=se(e.protectionExpiresAt,r),s=e.status===`APPROVED`,c=e.decidedAt?Math.max(1,(new Date(e.protectionExpiresAt).getTime()-new Date(e.decidedAt).getTime())/864e5):90,l=Math.min(1,Math.max(0,1-o/c));return(0,Z.jsxs)(I,{title:`Protection`,children:[(0,Z.jsxs)(`div`,{className:`big-date`,children:[(0,Z.jsx)(v,{size:18,"aria-hidden":`true`}),(0,Z.jsxs)(`div`,{children:[(0,Z.jsx)(`div`,{className:`k`,children:s?`Protected until`:`Protection ended`}),(0,Z.jsx)(`div`,{className:`v`,"data-testid":`protection-date`,children:P(e.protectionExpiresAt)}),s&&(0,Z.jsx)(`div`,{className:o<=14?`text-warning small`:`muted small`,children:o<=0?`Ends today`:o===1?`1 day left`:`${o} days left`})]})]}),s&&(0,Z.jsx)(`div`,{className:`meter`,"aria-hidden":`true`,children:(0,Z.jsx)(`span`,{style:{width:`${l*100}%`},className:o<=14?`warn`:void 0})}),i?(0,Z.jsxs)(`div`,{className:`pending-ext`,"data-testid":`extension-pending`,children:[(0,Z.jsx)(F,{tone:`info`,children:`Extension requested`}),(0,Z.jsxs)(`p`,{className:`small`,children:[i.days,` more days asked `,O(i.createdAt),`: “`,i.reason,`”`]})]}):s&&n&&(0,Z.jsx)(f,{size:`sm`,icon:(0,Z.jsx)(J,{size:14,"aria-hidden":`true`}),onClick:t,style:{marginTop:12},children:`Request an extension`}),(e.extensions??[]).filter(e=>e.status!==`PENDING`).map(e=>(0,Z.jsxs)(`p`,{className:`small muted`,style:{marginTop:8},children:[`Extension of `,e.days,` days `,e.status===`APPROVED`?`approved`:`declined`,` `,P(e.decidedAt),e.decisionNote?`: “${e.decisionNote}”`:``]},e.id))]})}function Te(){let{id:e=``}=o(),t=j(),n=ae(t.role),a=!!s().state?.registered,l=ie(Ce,{id:e,vendor:n}),[p,m]=(0,X.useState)(null),h=l.data?.node,g=h?.__typename===`Deal`?h:void 0;d(g?.title??`Deal`);let v=(0,Z.jsx)(V,{to:`/deals`,children:`Deals`});if(l.isError||l.isPending||!g)return(0,Z.jsx)(B,{query:l,back:v,noun:`Deal`,titleWidth:300,loading:(0,Z.jsxs)(`div`,{className:`detail-grid`,children:[(0,Z.jsx)(c,{height:320}),(0,Z.jsx)(c,{height:220})]}),notFound:{title:`We couldn’t find this deal`,body:(0,Z.jsxs)(Z.Fragment,{children:[`It may belong to someone else, or the link may be wrong.`,` `,(0,Z.jsx)(r,{to:`/deals`,children:`Go to your deals`}),` or`,` `,n?(0,Z.jsx)(r,{to:`/approvals`,children:`the approval queue`}):(0,Z.jsx)(r,{to:`/deals/new`,children:`register a deal`}),`.`]})}});let b=g.conflicts??[],C=!n,w=n&&(t.role===`ADMIN`||g.partner.manager?.id===t.id),T=(g.extensions??[]).find(e=>e.status===`PENDING`);return(0,Z.jsxs)(Z.Fragment,{children:[(0,Z.jsx)(oe,{eyebrow:v,title:g.title,subtitle:(0,Z.jsxs)(`span`,{className:`row`,children:[(0,Z.jsx)(W,{status:g.status,testId:`deal-status`}),g.coSell&&(0,Z.jsx)(F,{tone:`brand`,children:`Co-sell`}),g.conflictOverridden&&(0,Z.jsx)(F,{tone:`warning`,children:`Conflict overridden`}),(0,Z.jsxs)(`span`,{className:`muted`,children:[g.customerName,` · `,g.customerDomain]})]}),actions:C&&(0,Z.jsxs)(Z.Fragment,{children:[g.status===`SUBMITTED`&&(0,Z.jsx)(f,{icon:(0,Z.jsx)(_,{size:15,"aria-hidden":`true`}),onClick:()=>m(`edit`),children:`Edit`}),g.status===`APPROVED`&&(0,Z.jsx)(f,{variant:`primary`,icon:(0,Z.jsx)(y,{size:15,"aria-hidden":`true`}),onClick:()=>m(`close`),children:`Record outcome`}),(g.status===`SUBMITTED`||g.status===`APPROVED`)&&(0,Z.jsx)(f,{variant:`ghost`,icon:(0,Z.jsx)(x,{size:15,"aria-hidden":`true`}),onClick:()=>m(`withdraw`),children:`Withdraw`})]})}),(0,Z.jsxs)(`div`,{className:`stack`,children:[a&&C&&(0,Z.jsx)(u,{tone:`success`,title:`Deal registered`,children:b.length>0?`It is saved and with the channel team, who will look at the overlap described below.`:`The channel team decides by ${M(g.decisionDueAt)}; you’ll see the decision here.`}),(0,Z.jsxs)(`div`,{className:`detail-grid`,children:[(0,Z.jsxs)(`div`,{className:`stack`,children:[n?b.length>0&&(0,Z.jsx)(I,{title:`Conflicts`,hint:`This registration and what it collides with, side by side.`,children:(0,Z.jsx)(ee,{deal:g,conflicts:b})}):(0,Z.jsx)(S,{conflicts:b}),(0,Z.jsx)(I,{title:`Opportunity`,children:(0,Z.jsxs)(`dl`,{className:`dl`,children:[(0,Z.jsx)(`dt`,{children:`Customer`}),(0,Z.jsxs)(`dd`,{children:[g.customerName,(0,Z.jsx)(`div`,{className:`cell-sub`,children:g.customerDomain})]}),(0,Z.jsx)(`dt`,{children:`Contact`}),(0,Z.jsx)(`dd`,{children:g.contactName||g.contactEmail?(0,Z.jsxs)(Z.Fragment,{children:[g.contactName||`—`,g.contactEmail&&(0,Z.jsx)(`div`,{className:`cell-sub`,children:g.contactEmail})]}):`—`}),(0,Z.jsx)(`dt`,{children:`Expected value`}),(0,Z.jsx)(`dd`,{className:`strong`,children:A(g.amount,g.currency)}),g.closedAmount!=null&&(0,Z.jsxs)(Z.Fragment,{children:[(0,Z.jsx)(`dt`,{children:`Final value`}),(0,Z.jsx)(`dd`,{className:`strong`,children:A(g.closedAmount,g.currency)})]}),(0,Z.jsx)(`dt`,{children:`Expected close`}),(0,Z.jsx)(`dd`,{children:R(g.expectedCloseDate)}),g.closedAt&&(0,Z.jsxs)(Z.Fragment,{children:[(0,Z.jsx)(`dt`,{children:`Closed`}),(0,Z.jsx)(`dd`,{children:R(g.closedAt)})]}),(0,Z.jsx)(`dt`,{children:`Role`}),(0,Z.jsx)(`dd`,{children:H[g.source]}),(0,Z.jsx)(`dt`,{children:`Products`}),(0,Z.jsx)(`dd`,{children:g.products?.length?(0,Z.jsx)(`span`,{className:`row`,style:{gap:6},children:g.products.map(e=>(0,Z.jsx)(F,{children:e},e))}):`—`}),(0,Z.jsx)(`dt`,{children:`Description`}),(0,Z.jsx)(`dd`,{className:`prewrap`,children:g.description||`—`})]})}),(0,Z.jsx)(I,{title:`Timeline`,hint:`Every change, who made it and why.`,children:(0,Z.jsx)(Se,{events:g.events??[]})})]}),(0,Z.jsxs)(`aside`,{className:`stack`,"aria-label":`Status`,children:[n&&g.status===`SUBMITTED`&&(0,Z.jsx)(I,{title:`Decide`,hint:`Due ${O(g.decisionDueAt)} · ${M(g.decisionDueAt)}`,children:(0,Z.jsx)(te,{deal:g,canDecide:w})}),(0,Z.jsxs)(I,{title:`Status`,children:[(0,Z.jsx)(`div`,{className:`row`,style:{marginBottom:8},children:(0,Z.jsx)(W,{status:g.status})}),(0,Z.jsx)(`p`,{className:`small`,children:(C?U:G)[g.status]}),g.decisionNote&&g.status!==`SUBMITTED`&&(0,Z.jsxs)(`blockquote`,{className:`quote`,children:[g.decisionNote,g.reviewer&&(0,Z.jsxs)(`footer`,{children:[`— `,g.reviewer.name]})]}),g.coSell&&(0,Z.jsxs)(`p`,{className:`small`,style:{marginTop:8},children:[(0,Z.jsx)(i,{size:13,"aria-hidden":`true`}),` Co-sell with the vendor’s direct sales`,n&&g.directRep?` (${g.directRep.name})`:``,`.`]})]}),g.status!==`SUBMITTED`||!n?(0,Z.jsx)(we,{deal:g,canAct:C,onExtend:()=>m(`extend`)}):null,n&&T&&g.status===`APPROVED`&&(0,Z.jsxs)(I,{title:`Extension request`,hint:`${T.requestedBy.name} asked ${O(T.createdAt)}`,children:[(0,Z.jsxs)(`p`,{className:`small`,style:{marginBottom:10},children:[T.days,` more days: “`,T.reason,`”`]}),w?(0,Z.jsx)(ve,{extension:T}):(0,Z.jsx)(`p`,{className:`muted small`,children:`Decided by this partner’s channel manager or an admin.`})]}),(0,Z.jsx)(I,{title:`Registration`,children:(0,Z.jsxs)(`dl`,{className:`dl compact`,children:[n&&(0,Z.jsxs)(Z.Fragment,{children:[(0,Z.jsx)(`dt`,{children:`Partner`}),(0,Z.jsxs)(`dd`,{children:[(0,Z.jsx)(r,{to:`/partners/${g.partner.id}`,children:g.partner.name}),(0,Z.jsx)(`div`,{children:(0,Z.jsx)(re,{tier:g.partner.tier})})]})]}),(0,Z.jsx)(`dt`,{children:`Registered by`}),(0,Z.jsx)(`dd`,{children:g.registeredBy.name}),(0,Z.jsx)(`dt`,{children:`Registered`}),(0,Z.jsx)(`dd`,{children:M(g.createdAt)}),(0,Z.jsx)(`dt`,{children:`Channel manager`}),(0,Z.jsx)(`dd`,{children:g.partner.manager?.name??`Unassigned`}),(0,Z.jsx)(`dt`,{children:`Reference`}),(0,Z.jsx)(`dd`,{children:(0,Z.jsx)(`code`,{className:`mono`,children:g.id})})]})})]})]})]}),p===`edit`&&(0,Z.jsx)($,{deal:g,onClose:()=>m(null)}),p===`withdraw`&&(0,Z.jsx)(he,{deal:g,onClose:()=>m(null)}),p===`extend`&&(0,Z.jsx)(ge,{deal:g,onClose:()=>m(null)}),p===`close`&&(0,Z.jsx)(_e,{deal:g,onClose:()=>m(null)})]})}export{Te as default};