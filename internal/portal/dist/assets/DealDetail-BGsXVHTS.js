import{a as e,n as t,t as n}from"./jsx-runtime-Wy9s6hX0.js";import{K as r,Q as i,U as a,W as o,c as s,et as c,i as l,n as u,t as d,u as f,v as p}from"./usePageTitle-atKqKR4V.js";import{a as m,i as h,n as g,r as _}from"./RegisterDealForm-D6Yq-xgz.js";import{t as v}from"./pencil-DrospVN-.js";import{t as y}from"./shield-check-BAC0fqOJ.js";import{t as b}from"./trophy-CvXrwilj.js";import{a as x,i as S,n as ee,r as te,t as ne}from"./DecisionPanel-B7TYXpUE.js";import{B as C,C as w,E as T,F as E,I as re,L as D,M as O,R as k,T as A,U as j,_ as M,a as ie,b as N,d as P,f as F,g as I,i as L,l as ae,q as oe,s as R,v as z,y as se,z as B}from"./index-D7DUstJB.js";import{n as V,t as H}from"./DetailPage-C3rrboby.js";import{c as U,d as W,n as G,p as K,u as ce}from"./status-Cvs0A2qn.js";import{t as le}from"./send-CH5v0rWv.js";var q={name:`calendar-plus`,size:24,node:[[`path`,{d:`M16 18h6`,key:`987eiv`}],[`path`,{d:`M16 2v3`,key:`otl347`}],[`path`,{d:`M19 15v6`,key:`10aioa`}],[`path`,{d:`M21 11.5V5a2 2 0 00-2-2H5a2 2 0 00-2 2v14a2 2 0 002 2h8.3`,key:`jgwkxf`}],[`path`,{d:`M3 9h18`,key:`1pudct`}],[`path`,{d:`M8 2v3`,key:`1ioesn`}]]};q.node;var J=o(q),Y={name:`circle-dot`,size:24,node:[[`circle`,{cx:`12`,cy:`12`,r:`1`,key:`41hilf`}],[`circle`,{cx:`12`,cy:`12`,r:`10`,key:`1mglay`}]]};Y.node;var ue=o(Y),X=e(t(),1),de=`
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
    `,fe=`
    mutation WithdrawDeal($input: WithdrawDealInput!) {
  withdrawDeal(input: $input) {
    deal {
      id
      status
    }
  }
}
    `,pe=`
    mutation RequestDealExtension($input: RequestDealExtensionInput!) {
  requestDealExtension(input: $input) {
    extension {
      id
      status
      days
    }
  }
}
    `,me=`
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
    `,he=`
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
    `,Z=n();function Q(e){return{fe:t=>e instanceof p?e.fieldError(t):void 0,general:e&&!(e instanceof p&&e.fieldErrors.length)?e:null}}function ge({deal:e,onClose:t}){let n=!!j().partner,[r,i]=(0,X.useState)({title:e.title,description:e.description,contactName:e.contactName,contactEmail:e.contactEmail,amount:N(e.amount,e.currency),currency:e.currency,expectedCloseDate:e.expectedCloseDate.slice(0,10),products:[...e.products??[]],source:e.source,mdfRequestId:e.mdfRequest?.id??``}),[a,o]=(0,X.useState)({}),s=P(de),c=E(),{fe:u,general:d}=Q(s.error),p=e=>a[e]??u(e),m=(e,t)=>i(n=>({...n,[e]:t})),v=g.includes(e.currency)?g:[e.currency,...g];return(0,Z.jsx)(C,{open:!0,onClose:t,title:`Edit registration`,description:`You can change the details until the channel team decides. The customer itself cannot change: register a new deal for another customer.`,onSubmit:()=>{let n={},i=T(r.amount,r.currency);if(r.title.trim()||(n.title=`Give the opportunity a short title.`),(i===null||i<=0)&&(n.amount=`Enter an expected value more than zero.`),r.expectedCloseDate||(n.expectedCloseDate=`Choose when you expect the customer to sign.`),o(n),Object.keys(n).length)return;let a={id:e.id};r.title.trim()!==e.title&&(a.title=r.title.trim()),r.description!==e.description&&(a.description=r.description),r.contactName.trim()!==e.contactName&&(a.contactName=r.contactName.trim()),r.contactEmail.trim()!==e.contactEmail&&(a.contactEmail=r.contactEmail.trim()),(i!==e.amount||r.currency!==e.currency)&&(a.amount=i,a.currency=r.currency),r.expectedCloseDate!==e.expectedCloseDate.slice(0,10)&&(a.expectedCloseDate=r.expectedCloseDate),JSON.stringify(r.products)!==JSON.stringify(e.products??[])&&(a.products=r.products),r.source!==e.source&&(a.source=r.source),r.mdfRequestId!==(e.mdfRequest?.id??``)&&(r.mdfRequestId?a.mdfRequestId=r.mdfRequestId:a.clearMdfRequest=!0),Object.keys(a).length===1?t():s.mutate({input:a},{onSuccess:()=>{c(`Registration updated`),t()}})},footer:(0,Z.jsxs)(Z.Fragment,{children:[(0,Z.jsx)(f,{onClick:t,children:`Cancel`}),(0,Z.jsx)(f,{type:`submit`,variant:`primary`,loading:s.isPending,children:`Save changes`})]}),children:(0,Z.jsxs)(`div`,{className:`form-grid`,children:[d&&(0,Z.jsx)(`div`,{className:`full`,children:(0,Z.jsx)(l,{error:d})}),(0,Z.jsx)(B,{className:`full`,label:`Title`,required:!0,value:r.title,onChange:e=>m(`title`,e.target.value),error:p(`title`),maxLength:200}),(0,Z.jsx)(k,{className:`full`,label:`Description`,value:r.description,onChange:e=>m(`description`,e.target.value),error:p(`description`),maxLength:5e3}),(0,Z.jsx)(B,{label:`Contact name`,value:r.contactName,onChange:e=>m(`contactName`,e.target.value),error:p(`contactName`)}),(0,Z.jsx)(B,{label:`Contact e-mail`,type:`email`,value:r.contactEmail,onChange:e=>m(`contactEmail`,e.target.value),error:p(`contactEmail`)}),(0,Z.jsx)(B,{label:`Expected value`,required:!0,inputMode:`decimal`,value:r.amount,onChange:e=>m(`amount`,e.target.value),error:p(`amount`)}),(0,Z.jsx)(D,{label:`Currency`,value:r.currency,onChange:e=>m(`currency`,e.target.value),error:p(`currency`),children:v.map(e=>(0,Z.jsxs)(`option`,{value:e,children:[e,` · `,_(e)]},e))}),(0,Z.jsx)(B,{label:`Expected close date`,type:`date`,required:!0,min:w(new Date),value:r.expectedCloseDate,onChange:e=>m(`expectedCloseDate`,e.target.value),error:p(`expectedCloseDate`)}),(0,Z.jsxs)(D,{label:`Your role in the deal`,value:r.source,onChange:e=>m(`source`,e.target.value),error:p(`source`),children:[(0,Z.jsx)(`option`,{value:`SOURCED`,children:`Partner-sourced`}),(0,Z.jsx)(`option`,{value:`INFLUENCED`,children:`Partner-influenced`})]}),(0,Z.jsx)(re,{className:`full`,label:`Products`,value:r.products,onChange:e=>m(`products`,e),error:p(`products`)}),n&&(0,Z.jsx)(h,{className:`full`,value:r.mdfRequestId,current:e.mdfRequest,onChange:e=>m(`mdfRequestId`,e),error:p(`mdfRequestId`)??p(`clearMdfRequest`)})]})})}function _e({deal:e,onClose:t}){let[n,r]=(0,X.useState)(``),i=P(fe),a=E(),{fe:o,general:s}=Q(i.error);return(0,Z.jsx)(C,{open:!0,onClose:t,title:`Withdraw this registration?`,description:e.status===`APPROVED`?`The customer is no longer protected for you, and another partner may register it. This cannot be undone.`:`The channel team stops reviewing it. This cannot be undone.`,onSubmit:()=>i.mutate({input:{id:e.id,note:n.trim()||void 0}},{onSuccess:()=>{a(`“${e.title}” is withdrawn`),t()}}),footer:(0,Z.jsxs)(Z.Fragment,{children:[(0,Z.jsx)(f,{onClick:t,children:`Keep it`}),(0,Z.jsx)(f,{type:`submit`,variant:`danger`,loading:i.isPending,children:`Withdraw registration`})]}),children:(0,Z.jsxs)(`div`,{className:`stack`,style:{gap:14},children:[s&&(0,Z.jsx)(l,{error:s}),(0,Z.jsx)(k,{label:`Why (optional)`,rows:2,value:n,onChange:e=>r(e.target.value),error:o(`note`),hint:`E.g. the customer paused the project.`})]})})}function ve({deal:e,onClose:t}){let[n,r]=(0,X.useState)(``),[i,a]=(0,X.useState)(`30`),[o,s]=(0,X.useState)({}),c=P(pe),u=E(),{fe:d,general:p}=Q(c.error),m=e=>o[e]??d(e),h=Number(i),g=e.protectionExpiresAt&&Number.isInteger(h)&&h>=1&&h<=365?new Date(new Date(e.protectionExpiresAt).getTime()+h*864e5).toISOString():null;return(0,Z.jsx)(C,{open:!0,onClose:t,title:`Ask for more protection time`,description:`Your channel manager decides. Until then the current protection date stands.`,onSubmit:()=>{let r={};n.trim()||(r.reason=`Say why the deal needs longer, e.g. the customer moved its budget approval.`),(!Number.isInteger(h)||h<1||h>365)&&(r.days=`Ask for 1 to 365 days.`),s(r),Object.keys(r).length||c.mutate({input:{id:e.id,reason:n.trim(),days:h}},{onSuccess:()=>{u(`Extension requested: your channel manager will decide`),t()}})},footer:(0,Z.jsxs)(Z.Fragment,{children:[(0,Z.jsx)(f,{onClick:t,children:`Cancel`}),(0,Z.jsx)(f,{type:`submit`,variant:`primary`,loading:c.isPending,children:`Request extension`})]}),children:(0,Z.jsxs)(`div`,{className:`stack`,style:{gap:14},children:[p&&(0,Z.jsx)(l,{error:p}),(0,Z.jsx)(k,{label:`Reason`,required:!0,rows:3,value:n,onChange:e=>r(e.target.value),error:m(`reason`),maxLength:2e3}),(0,Z.jsx)(B,{label:`Extra days`,type:`number`,min:1,max:365,required:!0,value:i,onChange:e=>a(e.target.value),error:m(`days`),hint:g?`If approved, protected until ${I(g)}.`:`1 to 365 days.`})]})})}function ye({deal:e,onClose:t}){let[n,r]=(0,X.useState)(`WON`),[i,a]=(0,X.useState)(w(new Date)),[o,s]=(0,X.useState)(N(e.amount,e.currency)),[c,u]=(0,X.useState)(``),[d,p]=(0,X.useState)({}),m=P(me),h=E(),{fe:g,general:_}=Q(m.error),v=e=>d[e]??g(e);return(0,Z.jsx)(C,{open:!0,onClose:t,title:`Record the outcome`,description:`Won deals count toward your tier: their final value is partner revenue.`,onSubmit:()=>{let r={},a=T(o,e.currency);n===`WON`&&(a===null||a<=0)&&(r.closedAmount=`Enter the final value of the won deal.`),i||(r.closeDate=`Choose the day the customer decided.`),p(r),Object.keys(r).length||m.mutate({input:{id:e.id,outcome:n,closeDate:i,closedAmount:n===`WON`?a??void 0:void 0,note:c.trim()||void 0}},{onSuccess:()=>{h(n===`WON`?`Congratulations: “${e.title}” is won`:`“${e.title}” is recorded as lost`),t()}})},footer:(0,Z.jsxs)(Z.Fragment,{children:[(0,Z.jsx)(f,{onClick:t,children:`Cancel`}),(0,Z.jsx)(f,{type:`submit`,variant:`primary`,loading:m.isPending,children:n===`WON`?`Record as won`:`Record as lost`})]}),children:(0,Z.jsxs)(`div`,{className:`stack`,style:{gap:14},children:[_&&(0,Z.jsx)(l,{error:_}),(0,Z.jsxs)(`div`,{className:`segmented`,role:`group`,"aria-label":`Outcome`,children:[(0,Z.jsx)(`button`,{type:`button`,"aria-pressed":n===`WON`,onClick:()=>r(`WON`),children:`Won`}),(0,Z.jsx)(`button`,{type:`button`,"aria-pressed":n===`LOST`,onClick:()=>r(`LOST`),children:`Lost`})]}),(0,Z.jsxs)(`div`,{className:`form-grid`,children:[(0,Z.jsx)(B,{label:`Close date`,type:`date`,required:!0,max:w(new Date),min:e.createdAt.slice(0,10),value:i,onChange:e=>a(e.target.value),error:v(`closeDate`)}),n===`WON`&&(0,Z.jsx)(B,{label:`Final value (${e.currency})`,required:!0,inputMode:`decimal`,value:o,onChange:e=>s(e.target.value),error:v(`closedAmount`),hint:`Registered at ${A(e.amount,e.currency)}.`})]}),(0,Z.jsx)(k,{label:`Note (optional)`,rows:2,value:c,onChange:e=>u(e.target.value),error:v(`note`)})]})})}function be({extension:e,onDone:t}){let[n,r]=(0,X.useState)(``),i=P(he),a=E(),o=r=>i.mutate({input:{id:e.id,approve:r,note:n.trim()||void 0}},{onSuccess:e=>{a(r?`Extension approved: protected until ${I(e.decideDealExtension.deal.protectionExpiresAt)}`:`Extension declined`),t?.()}});return(0,Z.jsxs)(`div`,{className:`stack`,style:{gap:10},children:[i.error&&(0,Z.jsx)(l,{error:i.error}),(0,Z.jsx)(k,{label:`Note to the partner (optional)`,rows:2,value:n,onChange:e=>r(e.target.value)}),(0,Z.jsxs)(`div`,{className:`row`,children:[(0,Z.jsxs)(f,{size:`sm`,variant:`primary`,loading:i.isPending&&i.variables?.input.approve,onClick:()=>o(!0),children:[`Approve `,e.days,` days`]}),(0,Z.jsx)(f,{size:`sm`,loading:i.isPending&&!i.variables?.input.approve,onClick:()=>o(!1),children:`Decline`})]})]})}function $(e){switch(e.kind){case`UPDATED`:return{title:`Details updated`,icon:(0,Z.jsx)(v,{size:14}),tone:`neutral`};case`EXTENSION_REQUESTED`:return{title:`Extension requested`,icon:(0,Z.jsx)(J,{size:14}),tone:`info`};case`EXTENSION_APPROVED`:return{title:`Extension approved`,icon:(0,Z.jsx)(J,{size:14}),tone:`success`};case`EXTENSION_REJECTED`:return{title:`Extension declined`,icon:(0,Z.jsx)(J,{size:14}),tone:`danger`}}if(!e.fromStatus)return{title:`Registered`,icon:(0,Z.jsx)(le,{size:14}),tone:`info`};switch(e.toStatus){case`APPROVED`:return{title:`Approved`,icon:(0,Z.jsx)(a,{size:14}),tone:`success`};case`REJECTED`:return{title:`Rejected`,icon:(0,Z.jsx)(x,{size:14}),tone:`danger`};case`WITHDRAWN`:return{title:`Withdrawn`,icon:(0,Z.jsx)(S,{size:14}),tone:`neutral`};case`WON`:return{title:`Won`,icon:(0,Z.jsx)(b,{size:14}),tone:`brand`};case`LOST`:return{title:`Lost`,icon:(0,Z.jsx)(x,{size:14}),tone:`warning`};case`EXPIRED`:return{title:`Protection ended`,icon:(0,Z.jsx)(m,{size:14}),tone:`neutral`};default:return{title:ce[e.toStatus],icon:(0,Z.jsx)(ue,{size:14}),tone:`neutral`}}}function xe(e){return e.actorType===`SYSTEM`?`PartnerHub`:e.actor?e.actorType===`API_KEY`?`${e.actor.name}, through an API key`:e.actor.name:e.actorType===`API_KEY`?`An API key`:`Someone`}function Se(e){let t=e.note.trim();if(!t||t===`registered`)return``;let n=/^registered with (\d+) conflict\(s\) flagged$/.exec(t);return n?n[1]===`1`?`One possible conflict flagged for the channel team to check.`:`${n[1]} possible conflicts flagged for the channel team to check.`:t}function Ce({events:e}){let t=[...e].sort((e,t)=>e.createdAt.localeCompare(t.createdAt));return(0,Z.jsx)(`ol`,{className:`timeline`,"aria-label":`Timeline`,"data-testid":`deal-timeline`,children:t.map(e=>{let t=$(e),n=Se(e);return(0,Z.jsxs)(`li`,{className:`tl-${t.tone}`,children:[(0,Z.jsx)(`span`,{className:`tl-dot`,"aria-hidden":`true`,children:t.icon}),(0,Z.jsxs)(`div`,{className:`tl-body`,children:[(0,Z.jsxs)(`div`,{className:`tl-title`,children:[(0,Z.jsx)(`strong`,{children:t.title}),(0,Z.jsxs)(`span`,{className:`muted`,children:[` · `,xe(e)]})]}),(0,Z.jsxs)(`time`,{dateTime:e.createdAt,title:M(e.createdAt),className:`tl-time`,children:[M(e.createdAt),Math.abs(Date.now()-new Date(e.createdAt).getTime())<2592e6&&` · ${O(e.createdAt)}`]}),n&&(0,Z.jsx)(`p`,{className:`tl-note`,children:n})]})]},e.id)})})}var we=`
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
      mdfRequest {
        id
        title
      }
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
}`;function Te({deal:e,onExtend:t,canAct:n}){let r=Date.now(),i=(e.extensions??[]).find(e=>e.status===`PENDING`),a=e.partner.tier?.dealProtectionDays;if(e.status===`SUBMITTED`){let t=new Date(e.decisionDueAt).getTime()<r;return(0,Z.jsxs)(L,{title:`Decision`,children:[(0,Z.jsxs)(`div`,{className:`big-date`,children:[(0,Z.jsx)(m,{size:18,"aria-hidden":`true`}),(0,Z.jsxs)(`div`,{children:[(0,Z.jsx)(`div`,{className:`k`,children:t?`Decision was due`:`Decision due`}),(0,Z.jsx)(`div`,{className:`v`,"data-testid":`decision-due`,children:M(e.decisionDueAt)}),(0,Z.jsx)(`div`,{className:`muted small`,children:O(e.decisionDueAt,r)})]})]}),(0,Z.jsxs)(`p`,{className:`muted small`,style:{marginTop:12},children:[`Once approved, the customer is protected for `,n?`you`:e.partner.name,` for`,` `,a?`${a} days`:n?`your tier’s protection window`:`its tier’s protection window`,`.`]})]})}if(!e.protectionExpiresAt)return null;let o=se(e.protectionExpiresAt,r),s=e.status===`APPROVED`,c=e.decidedAt?Math.max(1,(new Date(e.protectionExpiresAt).getTime()-new Date(e.decidedAt).getTime())/864e5):90,l=Math.min(1,Math.max(0,1-o/c));return(0,Z.jsxs)(L,{title:`Protection`,children:[(0,Z.jsxs)(`div`,{className:`big-date`,children:[(0,Z.jsx)(y,{size:18,"aria-hidden":`true`}),(0,Z.jsxs)(`div`,{children:[(0,Z.jsx)(`div`,{className:`k`,children:s?`Protected until`:`Protection ended`}),(0,Z.jsx)(`div`,{className:`v`,"data-testid":`protection-date`,children:I(e.protectionExpiresAt)}),s&&(0,Z.jsx)(`div`,{className:o<=14?`text-warning small`:`muted small`,children:o<=0?`Ends today`:o===1?`1 day left`:`${o} days left`})]})]}),s&&(0,Z.jsx)(`div`,{className:`meter`,"aria-hidden":`true`,children:(0,Z.jsx)(`span`,{style:{width:`${l*100}%`},className:o<=14?`warn`:void 0})}),i?(0,Z.jsxs)(`div`,{className:`pending-ext`,"data-testid":`extension-pending`,children:[(0,Z.jsx)(R,{tone:`info`,children:`Extension requested`}),(0,Z.jsxs)(`p`,{className:`small`,children:[i.days,` more days asked `,O(i.createdAt),`: “`,i.reason,`”`]})]}):s&&n&&(0,Z.jsx)(f,{size:`sm`,icon:(0,Z.jsx)(J,{size:14,"aria-hidden":`true`}),onClick:t,style:{marginTop:12},children:`Request an extension`}),(e.extensions??[]).filter(e=>e.status!==`PENDING`).map(e=>(0,Z.jsxs)(`p`,{className:`small muted`,style:{marginTop:8},children:[`Extension of `,e.days,` days `,e.status===`APPROVED`?`approved`:`declined`,` `,I(e.decidedAt),e.decisionNote?`: “${e.decisionNote}”`:``]},e.id))]})}function Ee(){let{id:e=``}=c(),t=j(),n=oe(t.role),o=!!i().state?.registered,l=F(we,{id:e,vendor:n}),[p,m]=(0,X.useState)(null),h=l.data?.node,g=h?.__typename===`Deal`?h:void 0;d(g?.title??`Deal`);let _=(0,Z.jsx)(H,{to:`/deals`,children:`Deals`});if(l.isError||l.isPending||!g)return(0,Z.jsx)(V,{query:l,back:_,noun:`Deal`,titleWidth:300,loading:(0,Z.jsxs)(`div`,{className:`detail-grid`,children:[(0,Z.jsx)(s,{height:320}),(0,Z.jsx)(s,{height:220})]}),notFound:{title:`We couldn’t find this deal`,body:(0,Z.jsxs)(Z.Fragment,{children:[`It may belong to someone else, or the link may be wrong.`,` `,(0,Z.jsx)(r,{to:`/deals`,children:`Go to your deals`}),` or`,` `,n?(0,Z.jsx)(r,{to:`/approvals`,children:`the approval queue`}):(0,Z.jsx)(r,{to:`/deals/new`,children:`register a deal`}),`.`]})}});let y=g.conflicts??[],x=!n,C=n&&(t.role===`ADMIN`||g.partner.manager?.id===t.id),w=(g.extensions??[]).find(e=>e.status===`PENDING`);return(0,Z.jsxs)(Z.Fragment,{children:[(0,Z.jsx)(ie,{eyebrow:_,title:g.title,subtitle:(0,Z.jsxs)(`span`,{className:`row`,children:[(0,Z.jsx)(G,{status:g.status,testId:`deal-status`}),g.coSell&&(0,Z.jsx)(R,{tone:`brand`,children:`Co-sell`}),g.conflictOverridden&&(0,Z.jsx)(R,{tone:`warning`,children:`Conflict overridden`}),(0,Z.jsxs)(`span`,{className:`muted`,children:[g.customerName,` · `,g.customerDomain]})]}),actions:x&&(0,Z.jsxs)(Z.Fragment,{children:[g.status===`SUBMITTED`&&(0,Z.jsx)(f,{icon:(0,Z.jsx)(v,{size:15,"aria-hidden":`true`}),onClick:()=>m(`edit`),children:`Edit`}),g.status===`APPROVED`&&(0,Z.jsx)(f,{variant:`primary`,icon:(0,Z.jsx)(b,{size:15,"aria-hidden":`true`}),onClick:()=>m(`close`),children:`Record outcome`}),(g.status===`SUBMITTED`||g.status===`APPROVED`)&&(0,Z.jsx)(f,{variant:`ghost`,icon:(0,Z.jsx)(S,{size:15,"aria-hidden":`true`}),onClick:()=>m(`withdraw`),children:`Withdraw`})]})}),(0,Z.jsxs)(`div`,{className:`stack`,children:[o&&x&&(0,Z.jsx)(u,{tone:`success`,title:`Deal registered`,children:y.length>0?`It is saved and with the channel team, who will look at the overlap described below.`:`The channel team decides by ${M(g.decisionDueAt)}; you’ll see the decision here.`}),(0,Z.jsxs)(`div`,{className:`detail-grid`,children:[(0,Z.jsxs)(`div`,{className:`stack`,children:[n?y.length>0&&(0,Z.jsx)(L,{title:`Conflicts`,hint:`This registration and what it collides with, side by side.`,children:(0,Z.jsx)(ee,{deal:g,conflicts:y})}):(0,Z.jsx)(te,{conflicts:y}),(0,Z.jsx)(L,{title:`Opportunity`,children:(0,Z.jsxs)(`dl`,{className:`dl`,children:[(0,Z.jsx)(`dt`,{children:`Customer`}),(0,Z.jsxs)(`dd`,{children:[g.customerName,(0,Z.jsx)(`div`,{className:`cell-sub`,children:g.customerDomain})]}),(0,Z.jsx)(`dt`,{children:`Contact`}),(0,Z.jsx)(`dd`,{children:g.contactName||g.contactEmail?(0,Z.jsxs)(Z.Fragment,{children:[g.contactName||`—`,g.contactEmail&&(0,Z.jsx)(`div`,{className:`cell-sub`,children:g.contactEmail})]}):`—`}),(0,Z.jsx)(`dt`,{children:`Expected value`}),(0,Z.jsx)(`dd`,{className:`strong`,children:A(g.amount,g.currency)}),g.closedAmount!=null&&(0,Z.jsxs)(Z.Fragment,{children:[(0,Z.jsx)(`dt`,{children:`Final value`}),(0,Z.jsx)(`dd`,{className:`strong`,children:A(g.closedAmount,g.currency)})]}),(0,Z.jsx)(`dt`,{children:`Expected close`}),(0,Z.jsx)(`dd`,{children:z(g.expectedCloseDate)}),g.closedAt&&(0,Z.jsxs)(Z.Fragment,{children:[(0,Z.jsx)(`dt`,{children:`Closed`}),(0,Z.jsx)(`dd`,{children:z(g.closedAt)})]}),(0,Z.jsx)(`dt`,{children:`Role`}),(0,Z.jsx)(`dd`,{children:U[g.source]}),(0,Z.jsx)(`dt`,{children:`MDF activity`}),(0,Z.jsx)(`dd`,{children:g.mdfRequest?(0,Z.jsx)(r,{to:`/mdf/requests/${g.mdfRequest.id}`,children:g.mdfRequest.title}):`—`}),(0,Z.jsx)(`dt`,{children:`Products`}),(0,Z.jsx)(`dd`,{children:g.products?.length?(0,Z.jsx)(`span`,{className:`row`,style:{gap:6},children:g.products.map(e=>(0,Z.jsx)(R,{children:e},e))}):`—`}),(0,Z.jsx)(`dt`,{children:`Description`}),(0,Z.jsx)(`dd`,{className:`prewrap`,children:g.description||`—`})]})}),(0,Z.jsx)(L,{title:`Timeline`,hint:`Every change, who made it and why.`,children:(0,Z.jsx)(Ce,{events:g.events??[]})})]}),(0,Z.jsxs)(`aside`,{className:`stack`,"aria-label":`Status`,children:[n&&g.status===`SUBMITTED`&&(0,Z.jsx)(L,{title:`Decide`,hint:`Due ${O(g.decisionDueAt)} · ${M(g.decisionDueAt)}`,children:(0,Z.jsx)(ne,{deal:g,canDecide:C})}),(0,Z.jsxs)(L,{title:`Status`,children:[(0,Z.jsx)(`div`,{className:`row`,style:{marginBottom:8},children:(0,Z.jsx)(G,{status:g.status})}),(0,Z.jsx)(`p`,{className:`small`,children:(x?W:K)[g.status]}),g.decisionNote&&g.status!==`SUBMITTED`&&(0,Z.jsxs)(`blockquote`,{className:`quote`,children:[g.decisionNote,g.reviewer&&(0,Z.jsxs)(`footer`,{children:[`— `,g.reviewer.name]})]}),g.coSell&&(0,Z.jsxs)(`p`,{className:`small`,style:{marginTop:8},children:[(0,Z.jsx)(a,{size:13,"aria-hidden":`true`}),` Co-sell with the vendor’s direct sales`,n&&g.directRep?` (${g.directRep.name})`:``,`.`]})]}),g.status!==`SUBMITTED`||!n?(0,Z.jsx)(Te,{deal:g,canAct:x,onExtend:()=>m(`extend`)}):null,n&&w&&g.status===`APPROVED`&&(0,Z.jsxs)(L,{title:`Extension request`,hint:`${w.requestedBy.name} asked ${O(w.createdAt)}`,children:[(0,Z.jsxs)(`p`,{className:`small`,style:{marginBottom:10},children:[w.days,` more days: “`,w.reason,`”`]}),C?(0,Z.jsx)(be,{extension:w}):(0,Z.jsx)(`p`,{className:`muted small`,children:`Decided by this partner’s channel manager or an admin.`})]}),(0,Z.jsx)(L,{title:`Registration`,children:(0,Z.jsxs)(`dl`,{className:`dl compact`,children:[n&&(0,Z.jsxs)(Z.Fragment,{children:[(0,Z.jsx)(`dt`,{children:`Partner`}),(0,Z.jsxs)(`dd`,{children:[(0,Z.jsx)(r,{to:`/partners/${g.partner.id}`,children:g.partner.name}),(0,Z.jsx)(`div`,{children:(0,Z.jsx)(ae,{tier:g.partner.tier})})]})]}),(0,Z.jsx)(`dt`,{children:`Registered by`}),(0,Z.jsx)(`dd`,{children:g.registeredBy.name}),(0,Z.jsx)(`dt`,{children:`Registered`}),(0,Z.jsx)(`dd`,{children:M(g.createdAt)}),(0,Z.jsx)(`dt`,{children:`Channel manager`}),(0,Z.jsx)(`dd`,{children:g.partner.manager?.name??`Unassigned`}),(0,Z.jsx)(`dt`,{children:`Reference`}),(0,Z.jsx)(`dd`,{children:(0,Z.jsx)(`code`,{className:`mono`,children:g.id})})]})})]})]})]}),p===`edit`&&(0,Z.jsx)(ge,{deal:g,onClose:()=>m(null)}),p===`withdraw`&&(0,Z.jsx)(_e,{deal:g,onClose:()=>m(null)}),p===`extend`&&(0,Z.jsx)(ve,{deal:g,onClose:()=>m(null)}),p===`close`&&(0,Z.jsx)(ye,{deal:g,onClose:()=>m(null)})]})}export{Ee as default};