import{a as e,n as t,t as n}from"./jsx-runtime-Wy9s6hX0.js";import{t as r}from"./createLucideIcon-DGfbxOj1.js";import{Ct as i,E as a,F as o,I as s,L as c,O as l,P as u,R as d,S as f,U as p,V as m,W as h,X as g,_,a as v,b as y,bt as b,f as x,l as S,m as C,n as w,nt as ee,pt as T,r as te,s as ne,t as E,v as re,xt as D}from"./index-CPY0yktZ.js";import{i as O,n as k,r as ie}from"./RegisterDealForm-PneqmpAJ.js";import{t as A}from"./pencil-CeINSkNT.js";import{t as ae}from"./shield-check-CM7FA6rd.js";import{t as j}from"./trophy-BhOkct0U.js";import{n as M,t as N}from"./DetailPage-Bc83RiGs.js";import{i as P,n as oe,r as se,t as ce}from"./DecisionPanel-BLU-5WQG.js";import{t as F}from"./Dialog-RetkLxc1.js";import{i as I,n as L,r as R,t as z}from"./Field-C_CGVPzl.js";import{c as B,d as V,n as H,u as U}from"./status-BQisRSU-.js";import{t as W}from"./send-BDzkKaWt.js";var G={name:`calendar-plus`,size:24,node:[[`path`,{d:`M16 18h6`,key:`987eiv`}],[`path`,{d:`M16 2v3`,key:`otl347`}],[`path`,{d:`M19 15v6`,key:`10aioa`}],[`path`,{d:`M21 11.5V5a2 2 0 00-2-2H5a2 2 0 00-2 2v14a2 2 0 002 2h8.3`,key:`jgwkxf`}],[`path`,{d:`M3 9h18`,key:`1pudct`}],[`path`,{d:`M8 2v3`,key:`1ioesn`}]]};G.node;var K=r(G),q={name:`circle-dot`,size:24,node:[[`circle`,{cx:`12`,cy:`12`,r:`1`,key:`41hilf`}],[`circle`,{cx:`12`,cy:`12`,r:`10`,key:`1mglay`}]]};q.node;var le=r(q),J={name:`undo-2`,size:24,node:[[`path`,{d:`M9 14 4 9l5-5`,key:`102s5s`}],[`path`,{d:`M4 9h10.5a5.5 5.5 0 0 1 5.5 5.5a5.5 5.5 0 0 1-5.5 5.5H11`,key:`f3b9sd`}]]};J.node;var Y=r(J),X=e(t(),1),ue=`
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
    `,Z=n();function Q(e){return{fe:t=>e instanceof l?e.fieldError(t):void 0,general:e&&!(e instanceof l&&e.fieldErrors.length)?e:null}}function he({deal:e,onClose:t}){let[n,r]=(0,X.useState)({title:e.title,description:e.description,contactName:e.contactName,contactEmail:e.contactEmail,amount:d(e.amount,e.currency),currency:e.currency,expectedCloseDate:e.expectedCloseDate.slice(0,10),products:[...e.products??[]],source:e.source}),[i,a]=(0,X.useState)({}),o=w(ue),s=E(),{fe:c,general:l}=Q(o.error),u=e=>i[e]??c(e),f=(e,t)=>r(n=>({...n,[e]:t})),p=k.includes(e.currency)?k:[e.currency,...k];return(0,Z.jsx)(F,{open:!0,onClose:t,title:`Edit registration`,description:`You can change the details until the channel team decides. The customer itself cannot change: register a new deal for another customer.`,onSubmit:()=>{let r={},i=h(n.amount,n.currency);if(n.title.trim()||(r.title=`Give the opportunity a short title.`),(i===null||i<=0)&&(r.amount=`Enter an expected value more than zero.`),n.expectedCloseDate||(r.expectedCloseDate=`Choose when you expect the customer to sign.`),a(r),Object.keys(r).length)return;let c={id:e.id};n.title.trim()!==e.title&&(c.title=n.title.trim()),n.description!==e.description&&(c.description=n.description),n.contactName.trim()!==e.contactName&&(c.contactName=n.contactName.trim()),n.contactEmail.trim()!==e.contactEmail&&(c.contactEmail=n.contactEmail.trim()),(i!==e.amount||n.currency!==e.currency)&&(c.amount=i,c.currency=n.currency),n.expectedCloseDate!==e.expectedCloseDate.slice(0,10)&&(c.expectedCloseDate=n.expectedCloseDate),JSON.stringify(n.products)!==JSON.stringify(e.products??[])&&(c.products=n.products),n.source!==e.source&&(c.source=n.source),Object.keys(c).length===1?t():o.mutate({input:c},{onSuccess:()=>{s(`Registration updated`),t()}})},footer:(0,Z.jsxs)(Z.Fragment,{children:[(0,Z.jsx)(C,{onClick:t,children:`Cancel`}),(0,Z.jsx)(C,{type:`submit`,variant:`primary`,loading:o.isPending,children:`Save changes`})]}),children:(0,Z.jsxs)(`div`,{className:`form-grid`,children:[l&&(0,Z.jsx)(`div`,{className:`full`,children:(0,Z.jsx)(S,{error:l})}),(0,Z.jsx)(I,{className:`full`,label:`Title`,required:!0,value:n.title,onChange:e=>f(`title`,e.target.value),error:u(`title`),maxLength:200}),(0,Z.jsx)(R,{className:`full`,label:`Description`,value:n.description,onChange:e=>f(`description`,e.target.value),error:u(`description`),maxLength:5e3}),(0,Z.jsx)(I,{label:`Contact name`,value:n.contactName,onChange:e=>f(`contactName`,e.target.value),error:u(`contactName`)}),(0,Z.jsx)(I,{label:`Contact e-mail`,type:`email`,value:n.contactEmail,onChange:e=>f(`contactEmail`,e.target.value),error:u(`contactEmail`)}),(0,Z.jsx)(I,{label:`Expected value`,required:!0,inputMode:`decimal`,value:n.amount,onChange:e=>f(`amount`,e.target.value),error:u(`amount`)}),(0,Z.jsx)(L,{label:`Currency`,value:n.currency,onChange:e=>f(`currency`,e.target.value),error:u(`currency`),children:p.map(e=>(0,Z.jsxs)(`option`,{value:e,children:[e,` · `,ie(e)]},e))}),(0,Z.jsx)(I,{label:`Expected close date`,type:`date`,required:!0,min:m(new Date),value:n.expectedCloseDate,onChange:e=>f(`expectedCloseDate`,e.target.value),error:u(`expectedCloseDate`)}),(0,Z.jsxs)(L,{label:`Your role in the deal`,value:n.source,onChange:e=>f(`source`,e.target.value),error:u(`source`),children:[(0,Z.jsx)(`option`,{value:`SOURCED`,children:`Partner-sourced`}),(0,Z.jsx)(`option`,{value:`INFLUENCED`,children:`Partner-influenced`})]}),(0,Z.jsx)(z,{className:`full`,label:`Products`,value:n.products,onChange:e=>f(`products`,e),error:u(`products`)})]})})}function ge({deal:e,onClose:t}){let[n,r]=(0,X.useState)(``),i=w(de),a=E(),{fe:o,general:s}=Q(i.error);return(0,Z.jsx)(F,{open:!0,onClose:t,title:`Withdraw this registration?`,description:e.status===`APPROVED`?`The customer is no longer protected for you, and another partner may register it. This cannot be undone.`:`The channel team stops reviewing it. This cannot be undone.`,onSubmit:()=>i.mutate({input:{id:e.id,note:n.trim()||void 0}},{onSuccess:()=>{a(`“${e.title}” is withdrawn`),t()}}),footer:(0,Z.jsxs)(Z.Fragment,{children:[(0,Z.jsx)(C,{onClick:t,children:`Keep it`}),(0,Z.jsx)(C,{type:`submit`,variant:`danger`,loading:i.isPending,children:`Withdraw registration`})]}),children:(0,Z.jsxs)(`div`,{className:`stack`,style:{gap:14},children:[s&&(0,Z.jsx)(S,{error:s}),(0,Z.jsx)(R,{label:`Why (optional)`,rows:2,value:n,onChange:e=>r(e.target.value),error:o(`note`),hint:`E.g. the customer paused the project.`})]})})}function _e({deal:e,onClose:t}){let[n,r]=(0,X.useState)(``),[i,a]=(0,X.useState)(`30`),[o,s]=(0,X.useState)({}),c=w(fe),l=E(),{fe:d,general:f}=Q(c.error),p=e=>o[e]??d(e),m=Number(i),h=e.protectionExpiresAt&&Number.isInteger(m)&&m>=1&&m<=365?new Date(new Date(e.protectionExpiresAt).getTime()+m*864e5).toISOString():null;return(0,Z.jsx)(F,{open:!0,onClose:t,title:`Ask for more protection time`,description:`Your channel manager decides. Until then the current protection date stands.`,onSubmit:()=>{let r={};n.trim()||(r.reason=`Say why the deal needs longer, e.g. the customer moved its budget approval.`),(!Number.isInteger(m)||m<1||m>365)&&(r.days=`Ask for 1 to 365 days.`),s(r),Object.keys(r).length||c.mutate({input:{id:e.id,reason:n.trim(),days:m}},{onSuccess:()=>{l(`Extension requested: your channel manager will decide`),t()}})},footer:(0,Z.jsxs)(Z.Fragment,{children:[(0,Z.jsx)(C,{onClick:t,children:`Cancel`}),(0,Z.jsx)(C,{type:`submit`,variant:`primary`,loading:c.isPending,children:`Request extension`})]}),children:(0,Z.jsxs)(`div`,{className:`stack`,style:{gap:14},children:[f&&(0,Z.jsx)(S,{error:f}),(0,Z.jsx)(R,{label:`Reason`,required:!0,rows:3,value:n,onChange:e=>r(e.target.value),error:p(`reason`),maxLength:2e3}),(0,Z.jsx)(I,{label:`Extra days`,type:`number`,min:1,max:365,required:!0,value:i,onChange:e=>a(e.target.value),error:p(`days`),hint:h?`If approved, protected until ${u(h)}.`:`1 to 365 days.`})]})})}function $({deal:e,onClose:t}){let[n,r]=(0,X.useState)(`WON`),[i,a]=(0,X.useState)(m(new Date)),[o,s]=(0,X.useState)(d(e.amount,e.currency)),[c,l]=(0,X.useState)(``),[u,f]=(0,X.useState)({}),g=w(pe),_=E(),{fe:v,general:y}=Q(g.error),b=e=>u[e]??v(e);return(0,Z.jsx)(F,{open:!0,onClose:t,title:`Record the outcome`,description:`Won deals count toward your tier: their final value is partner revenue.`,onSubmit:()=>{let r={},a=h(o,e.currency);n===`WON`&&(a===null||a<=0)&&(r.closedAmount=`Enter the final value of the won deal.`),i||(r.closeDate=`Choose the day the customer decided.`),f(r),Object.keys(r).length||g.mutate({input:{id:e.id,outcome:n,closeDate:i,closedAmount:n===`WON`?a??void 0:void 0,note:c.trim()||void 0}},{onSuccess:()=>{_(n===`WON`?`Congratulations: “${e.title}” is won`:`“${e.title}” is recorded as lost`),t()}})},footer:(0,Z.jsxs)(Z.Fragment,{children:[(0,Z.jsx)(C,{onClick:t,children:`Cancel`}),(0,Z.jsx)(C,{type:`submit`,variant:`primary`,loading:g.isPending,children:n===`WON`?`Record as won`:`Record as lost`})]}),children:(0,Z.jsxs)(`div`,{className:`stack`,style:{gap:14},children:[y&&(0,Z.jsx)(S,{error:y}),(0,Z.jsxs)(`div`,{className:`segmented`,role:`group`,"aria-label":`Outcome`,children:[(0,Z.jsx)(`button`,{type:`button`,"aria-pressed":n===`WON`,onClick:()=>r(`WON`),children:`Won`}),(0,Z.jsx)(`button`,{type:`button`,"aria-pressed":n===`LOST`,onClick:()=>r(`LOST`),children:`Lost`})]}),(0,Z.jsxs)(`div`,{className:`form-grid`,children:[(0,Z.jsx)(I,{label:`Close date`,type:`date`,required:!0,max:m(new Date),min:e.createdAt.slice(0,10),value:i,onChange:e=>a(e.target.value),error:b(`closeDate`)}),n===`WON`&&(0,Z.jsx)(I,{label:`Final value (${e.currency})`,required:!0,inputMode:`decimal`,value:o,onChange:e=>s(e.target.value),error:b(`closedAmount`),hint:`Registered at ${p(e.amount,e.currency)}.`})]}),(0,Z.jsx)(R,{label:`Note (optional)`,rows:2,value:c,onChange:e=>l(e.target.value),error:b(`note`)})]})})}function ve({extension:e,onDone:t}){let[n,r]=(0,X.useState)(``),i=w(me),a=E(),o=r=>i.mutate({input:{id:e.id,approve:r,note:n.trim()||void 0}},{onSuccess:e=>{a(r?`Extension approved: protected until ${u(e.decideDealExtension.deal.protectionExpiresAt)}`:`Extension declined`),t?.()}});return(0,Z.jsxs)(`div`,{className:`stack`,style:{gap:10},children:[i.error&&(0,Z.jsx)(S,{error:i.error}),(0,Z.jsx)(R,{label:`Note to the partner (optional)`,rows:2,value:n,onChange:e=>r(e.target.value)}),(0,Z.jsxs)(`div`,{className:`row`,children:[(0,Z.jsxs)(C,{size:`sm`,variant:`primary`,loading:i.isPending&&i.variables?.input.approve,onClick:()=>o(!0),children:[`Approve `,e.days,` days`]}),(0,Z.jsx)(C,{size:`sm`,loading:i.isPending&&!i.variables?.input.approve,onClick:()=>o(!1),children:`Decline`})]})]})}function ye(e){switch(e.kind){case`UPDATED`:return{title:`Details updated`,icon:(0,Z.jsx)(A,{size:14}),tone:`neutral`};case`EXTENSION_REQUESTED`:return{title:`Extension requested`,icon:(0,Z.jsx)(K,{size:14}),tone:`info`};case`EXTENSION_APPROVED`:return{title:`Extension approved`,icon:(0,Z.jsx)(K,{size:14}),tone:`success`};case`EXTENSION_REJECTED`:return{title:`Extension declined`,icon:(0,Z.jsx)(K,{size:14}),tone:`danger`}}if(!e.fromStatus)return{title:`Registered`,icon:(0,Z.jsx)(W,{size:14}),tone:`info`};switch(e.toStatus){case`APPROVED`:return{title:`Approved`,icon:(0,Z.jsx)(T,{size:14}),tone:`success`};case`REJECTED`:return{title:`Rejected`,icon:(0,Z.jsx)(P,{size:14}),tone:`danger`};case`WITHDRAWN`:return{title:`Withdrawn`,icon:(0,Z.jsx)(Y,{size:14}),tone:`neutral`};case`WON`:return{title:`Won`,icon:(0,Z.jsx)(j,{size:14}),tone:`brand`};case`LOST`:return{title:`Lost`,icon:(0,Z.jsx)(P,{size:14}),tone:`warning`};case`EXPIRED`:return{title:`Protection ended`,icon:(0,Z.jsx)(O,{size:14}),tone:`neutral`};default:return{title:U[e.toStatus],icon:(0,Z.jsx)(le,{size:14}),tone:`neutral`}}}function be(e){return e.actorType===`SYSTEM`?`PartnerHub`:e.actor?e.actorType===`API_KEY`?`${e.actor.name}, through an API key`:e.actor.name:e.actorType===`API_KEY`?`An API key`:`Someone`}function xe(e){let t=e.note.trim();if(!t||t===`registered`)return``;let n=/^registered with (\d+) conflict\(s\) flagged$/.exec(t);return n?n[1]===`1`?`One possible conflict flagged for the channel team to check.`:`${n[1]} possible conflicts flagged for the channel team to check.`:t}function Se({events:e}){let t=[...e].sort((e,t)=>e.createdAt.localeCompare(t.createdAt));return(0,Z.jsx)(`ol`,{className:`timeline`,"aria-label":`Timeline`,"data-testid":`deal-timeline`,children:t.map(e=>{let t=ye(e),n=xe(e);return(0,Z.jsxs)(`li`,{className:`tl-${t.tone}`,children:[(0,Z.jsx)(`span`,{className:`tl-dot`,"aria-hidden":`true`,children:t.icon}),(0,Z.jsxs)(`div`,{className:`tl-body`,children:[(0,Z.jsxs)(`div`,{className:`tl-title`,children:[(0,Z.jsx)(`strong`,{children:t.title}),(0,Z.jsxs)(`span`,{className:`muted`,children:[` · `,be(e)]})]}),(0,Z.jsxs)(`time`,{dateTime:e.createdAt,title:o(e.createdAt),className:`tl-time`,children:[o(e.createdAt),Math.abs(Date.now()-new Date(e.createdAt).getTime())<2592e6&&` · ${g(e.createdAt)}`]}),n&&(0,Z.jsx)(`p`,{className:`tl-note`,children:n})]})]},e.id)})})}var Ce=`
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
}`;function we({deal:e,onExtend:t,canAct:n}){let r=Date.now(),i=(e.extensions??[]).find(e=>e.status===`PENDING`),a=e.partner.tier?.dealProtectionDays;if(e.status===`SUBMITTED`){let t=new Date(e.decisionDueAt).getTime()<r;return(0,Z.jsxs)(_,{title:`Decision`,children:[(0,Z.jsxs)(`div`,{className:`big-date`,children:[(0,Z.jsx)(O,{size:18,"aria-hidden":`true`}),(0,Z.jsxs)(`div`,{children:[(0,Z.jsx)(`div`,{className:`k`,children:t?`Decision was due`:`Decision due`}),(0,Z.jsx)(`div`,{className:`v`,"data-testid":`decision-due`,children:o(e.decisionDueAt)}),(0,Z.jsx)(`div`,{className:`muted small`,children:g(e.decisionDueAt,r)})]})]}),(0,Z.jsxs)(`p`,{className:`muted small`,style:{marginTop:12},children:[`Once approved, the customer is protected for you for `,a?`${a} days`:`your tier’s protection window`,`.`]})]})}if(!e.protectionExpiresAt)return null;let s=c(e.protectionExpiresAt,r),l=e.status===`APPROVED`,d=e.decidedAt?Math.max(1,(new Date(e.protectionExpiresAt).getTime()-new Date(e.decidedAt).getTime())/864e5):90,f=Math.min(1,Math.max(0,1-s/d));return(0,Z.jsxs)(_,{title:`Protection`,children:[(0,Z.jsxs)(`div`,{className:`big-date`,children:[(0,Z.jsx)(ae,{size:18,"aria-hidden":`true`}),(0,Z.jsxs)(`div`,{children:[(0,Z.jsx)(`div`,{className:`k`,children:l?`Protected until`:`Protection ended`}),(0,Z.jsx)(`div`,{className:`v`,"data-testid":`protection-date`,children:u(e.protectionExpiresAt)}),l&&(0,Z.jsx)(`div`,{className:s<=14?`text-warning small`:`muted small`,children:s<=0?`Ends today`:s===1?`1 day left`:`${s} days left`})]})]}),l&&(0,Z.jsx)(`div`,{className:`meter`,"aria-hidden":`true`,children:(0,Z.jsx)(`span`,{style:{width:`${f*100}%`},className:s<=14?`warn`:void 0})}),i?(0,Z.jsxs)(`div`,{className:`pending-ext`,"data-testid":`extension-pending`,children:[(0,Z.jsx)(y,{tone:`info`,children:`Extension requested`}),(0,Z.jsxs)(`p`,{className:`small`,children:[i.days,` more days asked `,g(i.createdAt),`: “`,i.reason,`”`]})]}):l&&n&&(0,Z.jsx)(C,{size:`sm`,icon:(0,Z.jsx)(K,{size:14,"aria-hidden":`true`}),onClick:t,style:{marginTop:12},children:`Request an extension`}),(e.extensions??[]).filter(e=>e.status!==`PENDING`).map(e=>(0,Z.jsxs)(`p`,{className:`small muted`,style:{marginTop:8},children:[`Extension of `,e.days,` days `,e.status===`APPROVED`?`approved`:`declined`,` `,u(e.decidedAt),e.decisionNote?`: “${e.decisionNote}”`:``]},e.id))]})}function Te(){let{id:e=``}=i(),t=a(),n=ee(t.role),r=!!D().state?.registered,c=te(Ce,{id:e,vendor:n}),[l,u]=(0,X.useState)(null),d=c.data?.node,m=d?.__typename===`Deal`?d:void 0;v(m?.title??`Deal`);let h=(0,Z.jsx)(N,{to:`/deals`,children:`Deals`});if(c.isError||c.isPending||!m)return(0,Z.jsx)(M,{query:c,back:h,noun:`Deal`,titleWidth:300,loading:(0,Z.jsxs)(`div`,{className:`detail-grid`,children:[(0,Z.jsx)(x,{height:320}),(0,Z.jsx)(x,{height:220})]}),notFound:{title:`We couldn’t find this deal`,body:`It may belong to someone else, or the link may be wrong.`}});let S=m.conflicts??[],w=!n,E=n&&(t.role===`ADMIN`||m.partner.manager?.id===t.id),O=(m.extensions??[]).find(e=>e.status===`PENDING`);return(0,Z.jsxs)(Z.Fragment,{children:[(0,Z.jsx)(re,{eyebrow:h,title:m.title,subtitle:(0,Z.jsxs)(`span`,{className:`row`,children:[(0,Z.jsx)(H,{status:m.status,testId:`deal-status`}),m.coSell&&(0,Z.jsx)(y,{tone:`brand`,children:`Co-sell`}),m.conflictOverridden&&(0,Z.jsx)(y,{tone:`warning`,children:`Conflict overridden`}),(0,Z.jsxs)(`span`,{className:`muted`,children:[m.customerName,` · `,m.customerDomain]})]}),actions:w&&(0,Z.jsxs)(Z.Fragment,{children:[m.status===`SUBMITTED`&&(0,Z.jsx)(C,{icon:(0,Z.jsx)(A,{size:15,"aria-hidden":`true`}),onClick:()=>u(`edit`),children:`Edit`}),m.status===`APPROVED`&&(0,Z.jsx)(C,{variant:`primary`,icon:(0,Z.jsx)(j,{size:15,"aria-hidden":`true`}),onClick:()=>u(`close`),children:`Record outcome`}),(m.status===`SUBMITTED`||m.status===`APPROVED`)&&(0,Z.jsx)(C,{variant:`ghost`,icon:(0,Z.jsx)(Y,{size:15,"aria-hidden":`true`}),onClick:()=>u(`withdraw`),children:`Withdraw`})]})}),(0,Z.jsxs)(`div`,{className:`stack`,children:[r&&w&&(0,Z.jsx)(ne,{tone:`success`,title:`Deal registered`,children:S.length>0?`It is saved and with the channel team, who will look at the overlap described below.`:`The channel team decides by ${o(m.decisionDueAt)}; you’ll see the decision here.`}),(0,Z.jsxs)(`div`,{className:`detail-grid`,children:[(0,Z.jsxs)(`div`,{className:`stack`,children:[n?S.length>0&&(0,Z.jsx)(_,{title:`Conflicts`,hint:`This registration and what it collides with, side by side.`,children:(0,Z.jsx)(oe,{deal:m,conflicts:S})}):(0,Z.jsx)(se,{conflicts:S}),(0,Z.jsx)(_,{title:`Opportunity`,children:(0,Z.jsxs)(`dl`,{className:`dl`,children:[(0,Z.jsx)(`dt`,{children:`Customer`}),(0,Z.jsxs)(`dd`,{children:[m.customerName,(0,Z.jsx)(`div`,{className:`cell-sub`,children:m.customerDomain})]}),(0,Z.jsx)(`dt`,{children:`Contact`}),(0,Z.jsx)(`dd`,{children:m.contactName||m.contactEmail?(0,Z.jsxs)(Z.Fragment,{children:[m.contactName||`—`,m.contactEmail&&(0,Z.jsx)(`div`,{className:`cell-sub`,children:m.contactEmail})]}):`—`}),(0,Z.jsx)(`dt`,{children:`Expected value`}),(0,Z.jsx)(`dd`,{className:`strong`,children:p(m.amount,m.currency,{cents:m.amount%100!=0})}),m.closedAmount!=null&&(0,Z.jsxs)(Z.Fragment,{children:[(0,Z.jsx)(`dt`,{children:`Final value`}),(0,Z.jsx)(`dd`,{className:`strong`,children:p(m.closedAmount,m.currency)})]}),(0,Z.jsx)(`dt`,{children:`Expected close`}),(0,Z.jsx)(`dd`,{children:s(m.expectedCloseDate)}),m.closedAt&&(0,Z.jsxs)(Z.Fragment,{children:[(0,Z.jsx)(`dt`,{children:`Closed`}),(0,Z.jsx)(`dd`,{children:s(m.closedAt)})]}),(0,Z.jsx)(`dt`,{children:`Role`}),(0,Z.jsx)(`dd`,{children:B[m.source]}),(0,Z.jsx)(`dt`,{children:`Products`}),(0,Z.jsx)(`dd`,{children:m.products?.length?(0,Z.jsx)(`span`,{className:`row`,style:{gap:6},children:m.products.map(e=>(0,Z.jsx)(y,{children:e},e))}):`—`}),(0,Z.jsx)(`dt`,{children:`Description`}),(0,Z.jsx)(`dd`,{className:`prewrap`,children:m.description||`—`})]})}),(0,Z.jsx)(_,{title:`Timeline`,hint:`Every change, who made it and why.`,children:(0,Z.jsx)(Se,{events:m.events??[]})})]}),(0,Z.jsxs)(`aside`,{className:`stack`,"aria-label":`Status`,children:[n&&m.status===`SUBMITTED`&&(0,Z.jsx)(_,{title:`Decide`,hint:`Due ${g(m.decisionDueAt)} · ${o(m.decisionDueAt)}`,children:(0,Z.jsx)(ce,{deal:m,canDecide:E})}),(0,Z.jsxs)(_,{title:`Status`,children:[(0,Z.jsx)(`div`,{className:`row`,style:{marginBottom:8},children:(0,Z.jsx)(H,{status:m.status})}),(0,Z.jsx)(`p`,{className:`small`,children:V[m.status]}),m.decisionNote&&m.status!==`SUBMITTED`&&(0,Z.jsxs)(`blockquote`,{className:`quote`,children:[m.decisionNote,m.reviewer&&(0,Z.jsxs)(`footer`,{children:[`— `,m.reviewer.name]})]}),m.coSell&&(0,Z.jsxs)(`p`,{className:`small`,style:{marginTop:8},children:[(0,Z.jsx)(T,{size:13,"aria-hidden":`true`}),` Co-sell with the vendor’s direct sales`,n&&m.directRep?` (${m.directRep.name})`:``,`.`]})]}),m.status!==`SUBMITTED`||!n?(0,Z.jsx)(we,{deal:m,canAct:w,onExtend:()=>u(`extend`)}):null,n&&O&&m.status===`APPROVED`&&(0,Z.jsxs)(_,{title:`Extension request`,hint:`${O.requestedBy.name} asked ${g(O.createdAt)}`,children:[(0,Z.jsxs)(`p`,{className:`small`,style:{marginBottom:10},children:[O.days,` more days: “`,O.reason,`”`]}),E?(0,Z.jsx)(ve,{extension:O}):(0,Z.jsx)(`p`,{className:`muted small`,children:`Decided by this partner’s channel manager or an admin.`})]}),(0,Z.jsx)(_,{title:`Registration`,children:(0,Z.jsxs)(`dl`,{className:`dl compact`,children:[n&&(0,Z.jsxs)(Z.Fragment,{children:[(0,Z.jsx)(`dt`,{children:`Partner`}),(0,Z.jsxs)(`dd`,{children:[(0,Z.jsx)(b,{to:`/partners/${m.partner.id}`,children:m.partner.name}),(0,Z.jsx)(`div`,{children:(0,Z.jsx)(f,{tier:m.partner.tier})})]})]}),(0,Z.jsx)(`dt`,{children:`Registered by`}),(0,Z.jsx)(`dd`,{children:m.registeredBy.name}),(0,Z.jsx)(`dt`,{children:`Registered`}),(0,Z.jsx)(`dd`,{children:o(m.createdAt)}),(0,Z.jsx)(`dt`,{children:`Channel manager`}),(0,Z.jsx)(`dd`,{children:m.partner.manager?.name??`Unassigned`}),(0,Z.jsx)(`dt`,{children:`Reference`}),(0,Z.jsx)(`dd`,{children:(0,Z.jsx)(`code`,{className:`mono`,children:m.id})})]})})]})]})]}),l===`edit`&&(0,Z.jsx)(he,{deal:m,onClose:()=>u(null)}),l===`withdraw`&&(0,Z.jsx)(ge,{deal:m,onClose:()=>u(null)}),l===`extend`&&(0,Z.jsx)(_e,{deal:m,onClose:()=>u(null)}),l===`close`&&(0,Z.jsx)($,{deal:m,onClose:()=>u(null)})]})}export{Te as default};