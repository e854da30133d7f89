import{t as e}from"./arrow-left-COmg42yM.js";import{a as t,t as n}from"./RegisterDealForm-D6Yq-xgz.js";import{t as r}from"./shield-check-BAC0fqOJ.js";import{t as i}from"./trophy-CvXrwilj.js";import{$ as a,K as o,t as s}from"./usePageTitle-atKqKR4V.js";import{a as c,f as l,i as u}from"./index-D7DUstJB.js";import{t as d}from"./jsx-runtime-Wy9s6hX0.js";var f=`
    query RegisterDealContext {
  viewer {
    id
    partner {
      id
      tier {
        id
        name
        dealProtectionDays
      }
    }
  }
}
    `,p=d();function m(){s(`Register a deal`);let d=a(),m=l(f,{}).data?.viewer.partner?.tier;return(0,p.jsxs)(p.Fragment,{children:[(0,p.jsx)(c,{eyebrow:(0,p.jsxs)(o,{to:`/deals`,className:`row`,style:{gap:4},children:[(0,p.jsx)(e,{size:14,"aria-hidden":`true`}),` Deals`]}),title:`Register a deal`,subtitle:`Tell us about the opportunity. Once the channel team approves it, the customer is protected for you.`}),(0,p.jsxs)(`div`,{className:`split`,children:[(0,p.jsx)(`div`,{className:`card`,children:(0,p.jsx)(`div`,{className:`card-body`,children:(0,p.jsx)(n,{onRegistered:e=>d(`/deals/${e.id}`,{state:{registered:!0}}),onCancel:()=>d(`/deals`)})})}),(0,p.jsx)(`aside`,{className:`stack`,"aria-label":`How registration works`,children:(0,p.jsx)(u,{title:`How registration works`,children:(0,p.jsxs)(`ul`,{className:`how-list`,children:[(0,p.jsxs)(`li`,{children:[(0,p.jsx)(`span`,{className:`icon-bubble`,"aria-hidden":`true`,children:(0,p.jsx)(i,{size:16})}),(0,p.jsxs)(`div`,{children:[(0,p.jsx)(`strong`,{children:`First to register wins`}),(0,p.jsx)(`span`,{children:`If another partner already holds the customer, yours is kept but flagged. We never tell anyone who else registered, and never tell others about yours.`})]})]}),(0,p.jsxs)(`li`,{children:[(0,p.jsx)(`span`,{className:`icon-bubble`,"aria-hidden":`true`,children:(0,p.jsx)(t,{size:16})}),(0,p.jsxs)(`div`,{children:[(0,p.jsx)(`strong`,{children:`A decision, usually within 48 hours`}),(0,p.jsx)(`span`,{children:`Your channel manager approves or rejects it, and the deal shows when the decision is due. Until then you can still edit it.`})]})]}),(0,p.jsxs)(`li`,{children:[(0,p.jsx)(`span`,{className:`icon-bubble`,"aria-hidden":`true`,children:(0,p.jsx)(r,{size:16})}),(0,p.jsxs)(`div`,{children:[(0,p.jsx)(`strong`,{children:m?`${m.dealProtectionDays} days of protection`:`Protection once approved`}),(0,p.jsx)(`span`,{children:m?`As a ${m.name} partner, an approved deal is yours for ${m.dealProtectionDays} days; ask for an extension if it needs longer.`:`An approved deal is protected for the days your tier grants; ask for an extension if it needs longer.`})]})]})]})})})]})]})}export{m as default};