import{a as e,n as t,t as n}from"./jsx-runtime-Wy9s6hX0.js";import{t as r}from"./plus-wl5cgOBG.js";import{B as i,H as a,a as o,c as s,i as c,n as l,r as u,t as d,u as f,v as p,z as m}from"./usePageTitle-atKqKR4V.js";import{t as h}from"./trash-BfJ9DkVB.js";import{B as g,F as _,M as v,U as y,Y as b,_ as x,a as S,d as C,f as w,i as T,s as E,x as D,z as O}from"./index-D7DUstJB.js";import{t as k}from"./connection-mmDI86VZ.js";var A=e(t(),1),j=`
    query WebhookSubscriptions {
  webhookSubscriptions(first: 20, orderBy: {field: CREATED_AT, direction: DESC}) {
    totalCount
    edges {
      node {
        id
        url
        eventTypes
        status
        failingSince
        createdAt
      }
    }
  }
  webhookEventTypes
}
    `,M=`
    query WebhookDeliveries($id: ID!) {
  node(id: $id) {
    __typename
    ... on WebhookSubscription {
      id
      deliveries(first: 50, orderBy: {field: CREATED_AT, direction: DESC}) {
        edges {
          node {
            id
            eventID
            eventType
            createdAt
            status
            attempts
            lastStatusCode
            nextAttemptAt
            deliveredAt
            log {
              at
              statusCode
              error
              durationMs
            }
          }
        }
      }
    }
  }
}
    `,N=`
    mutation CreateWebhookSubscription($input: CreateWebhookSubscriptionInput!) {
  createWebhookSubscription(input: $input) {
    subscription {
      id
    }
  }
}
    `,P=`
    mutation DeleteWebhookSubscription($input: DeleteWebhookSubscriptionInput!) {
  deleteWebhookSubscription(input: $input) {
    deletedId
  }
}
    `,F=`
    mutation RedeliverWebhook($input: RedeliverWebhookInput!) {
  redeliverWebhook(input: $input) {
    delivery {
      id
      status
      attempts
      nextAttemptAt
    }
  }
}
    `;function I(e){let t=new Map;for(let n of e){let e=n.includes(`.`)?n.slice(0,n.indexOf(`.`)):n;t.set(e,[...t.get(e)??[],n])}return[...t].map(([e,t])=>({group:e,types:t}))}function L(){let e=new Uint8Array(32);return crypto.getRandomValues(e),Array.from(e,e=>e.toString(16).padStart(2,`0`)).join(``)}function R(e){return e.statusCode===0?e.error?`No answer: ${e.error}`:`No answer`:`HTTP ${e.statusCode}`}function z(e){return e>=200&&e<300}var B=n(),V={[i.Active]:`success`,[i.Failing]:`danger`,[i.Paused]:`neutral`},H={[m.Pending]:`warning`,[m.Delivered]:`success`,[m.Failed]:`danger`};function U(){d(`Webhooks`);let e=y(),t=w(j,{}),[n,a]=(0,A.useState)(!1),[c,p]=(0,A.useState)(null),[m,g]=(0,A.useState)(null);if(t.isPending)return(0,B.jsx)(s,{height:240});if(t.isError)return(0,B.jsx)(o,{error:t.error,onRetry:()=>t.refetch()});let _=k(t.data.webhookSubscriptions),v=e?.partner?e.partner.name:`the vendor`;return(0,B.jsxs)(B.Fragment,{children:[(0,B.jsx)(S,{title:`Webhooks`,subtitle:`Events about ${v}'s deals, partners, leads and more, POSTed to your systems and signed with your secret. Failed deliveries are retried for 24 hours.`,actions:(0,B.jsx)(f,{variant:`primary`,icon:(0,B.jsx)(r,{size:16,"aria-hidden":`true`}),onClick:()=>a(!0),children:`New subscription`})}),_.length===0?(0,B.jsx)(u,{icon:(0,B.jsx)(b,{size:22}),title:`No subscriptions yet`,children:`Subscribe a URL to the events your CRM or data warehouse needs.`}):(0,B.jsx)(`div`,{className:`stack`,children:_.map(e=>(0,B.jsx)(T,{labelledBy:`sub-${e.id}`,title:(0,B.jsx)(`span`,{style:{overflowWrap:`anywhere`},children:e.url}),actions:(0,B.jsx)(E,{tone:V[e.status],dot:!0,children:D(e.status)}),children:(0,B.jsxs)(`div`,{className:`stack`,style:{gap:12},children:[e.status===i.Failing&&(0,B.jsx)(l,{tone:`danger`,title:`Failing since ${x(e.failingSince)}`,children:`A delivery gave up after 24 hours of retries. Later events are still sent; the next one your receiver accepts makes the subscription active again. Fix the receiver, then redeliver what failed from the log.`}),(0,B.jsxs)(`p`,{children:[(0,B.jsx)(`span`,{className:`muted`,children:`Events: `}),e.eventTypes.join(`, `)]}),(0,B.jsxs)(`div`,{className:`row`,children:[(0,B.jsx)(f,{size:`sm`,"aria-expanded":c===e.id,onClick:()=>p(c===e.id?null:e.id),children:c===e.id?`Hide delivery log`:`Delivery log`}),(0,B.jsx)(f,{size:`sm`,variant:`danger`,icon:(0,B.jsx)(h,{size:15,"aria-hidden":`true`}),onClick:()=>g(e),children:`Delete`})]}),c===e.id&&(0,B.jsx)(W,{subscription:e})]})},e.id))}),n&&(0,B.jsx)(G,{eventTypes:t.data.webhookEventTypes,onClose:()=>a(!1)}),m&&(0,B.jsx)(K,{subscription:m,onClose:()=>g(null)})]})}function W({subscription:e}){let t=w(M,{id:e.id},{refetchInterval:3e3}),n=C(F),r=_();if(t.isPending)return(0,B.jsx)(s,{height:120});if(t.isError)return(0,B.jsx)(o,{error:t.error,onRetry:()=>t.refetch()});let i=t.data.node?.__typename===`WebhookSubscription`?k(t.data.node.deliveries):[];return i.length===0?(0,B.jsx)(`p`,{className:`muted`,children:`No deliveries yet. Events appear here a few seconds after they happen.`}):(0,B.jsxs)(`div`,{className:`stack`,style:{gap:12},children:[(0,B.jsx)(c,{error:n.error}),(0,B.jsx)(`div`,{className:`table-wrap`,tabIndex:0,role:`region`,"aria-label":`Deliveries to ${e.url}`,children:(0,B.jsxs)(`table`,{className:`table`,children:[(0,B.jsx)(`thead`,{children:(0,B.jsxs)(`tr`,{children:[(0,B.jsx)(`th`,{scope:`col`,children:`Event`}),(0,B.jsx)(`th`,{scope:`col`,children:`Time`}),(0,B.jsx)(`th`,{scope:`col`,children:`Status`}),(0,B.jsx)(`th`,{scope:`col`,children:`Attempts`}),(0,B.jsx)(`th`,{scope:`col`,children:(0,B.jsx)(`span`,{className:`visually-hidden`,children:`Actions`})})]})}),(0,B.jsx)(`tbody`,{children:i.map(e=>(0,B.jsxs)(`tr`,{"data-testid":`delivery`,children:[(0,B.jsxs)(`td`,{children:[(0,B.jsx)(`strong`,{children:e.eventType}),(0,B.jsx)(`div`,{className:`muted mono`,children:e.eventID})]}),(0,B.jsx)(`td`,{children:x(e.createdAt)}),(0,B.jsxs)(`td`,{children:[(0,B.jsx)(E,{tone:H[e.status],children:D(e.status)}),e.status===m.Pending&&e.attempts>0&&(0,B.jsxs)(`div`,{className:`muted`,children:[`next try `,v(e.nextAttemptAt)]})]}),(0,B.jsxs)(`td`,{children:[(0,B.jsxs)(`span`,{children:[e.attempts,` `,e.attempts===1?`attempt`:`attempts`]}),(e.log??[]).length>0&&(0,B.jsx)(`ol`,{className:`attempts`,"aria-label":`Attempts of ${e.eventType}`,children:(e.log??[]).map((e,t)=>(0,B.jsxs)(`li`,{children:[x(e.at),` · `,(0,B.jsx)(E,{tone:z(e.statusCode)?`success`:`danger`,children:R(e)}),` · `,e.durationMs,` ms`]},t))})]}),(0,B.jsx)(`td`,{children:(0,B.jsx)(f,{size:`sm`,icon:(0,B.jsx)(a,{size:15,"aria-hidden":`true`}),"aria-label":`Redeliver ${e.eventType} ${e.eventID}`,loading:n.isPending&&n.variables?.input.id===e.id,onClick:()=>n.mutate({input:{id:e.id}},{onSuccess:()=>r(`${e.eventType} is being sent again with the same event ID`)}),children:`Redeliver`})})]},e.id))})]})})]})}function G({eventTypes:e,onClose:t}){let[n,r]=(0,A.useState)(``),[i,a]=(0,A.useState)(``),[o,s]=(0,A.useState)([]),[l,u]=(0,A.useState)({}),d=C(N),m=_(),h=e=>d.error instanceof p?d.error.fieldError(e):void 0,v=d.error&&!(d.error instanceof p&&d.error.fieldErrors.some(e=>[`url`,`secret`,`eventTypes`].includes(e.field))),y=l.eventTypes??h(`eventTypes`),b=(e,t)=>s(n=>t?[...n,e]:n.filter(t=>t!==e));function x(){let r={};/^https?:\/\/\S+$/.test(n.trim())||(r.url=`Enter the receiver’s URL, starting with https://.`),i.length<24&&(r.secret=`Use at least 24 characters, or generate one.`),o.length===0&&(r.eventTypes=`Choose at least one event type.`),u(r),Object.keys(r).length||d.mutate({input:{url:n.trim(),secret:i,eventTypes:e.filter(e=>o.includes(e))}},{onSuccess:()=>(m(`Subscribed; events are sent from now on`),t())})}return(0,B.jsx)(g,{open:!0,onClose:t,title:`New webhook subscription`,description:`Copy the secret now: it signs every delivery (the PartnerHub-Signature header) and is never shown again.`,onSubmit:x,footer:(0,B.jsxs)(B.Fragment,{children:[(0,B.jsx)(f,{onClick:t,children:`Cancel`}),(0,B.jsx)(f,{type:`submit`,variant:`primary`,loading:d.isPending,children:`Subscribe`})]}),children:(0,B.jsxs)(`div`,{className:`stack`,style:{gap:16},children:[v&&(0,B.jsx)(c,{error:d.error}),(0,B.jsx)(O,{label:`URL`,required:!0,type:`url`,autoComplete:`off`,placeholder:`https://`,value:n,onChange:e=>r(e.target.value),error:l.url??h(`url`)}),(0,B.jsxs)(`div`,{className:`row`,style:{alignItems:`flex-end`},children:[(0,B.jsx)(O,{className:`grow`,label:`Secret`,required:!0,autoComplete:`off`,spellCheck:!1,value:i,hint:`24 to 200 characters.`,onChange:e=>a(e.target.value),error:l.secret??h(`secret`)}),(0,B.jsx)(f,{onClick:()=>a(L()),children:`Generate`})]}),(0,B.jsxs)(`fieldset`,{className:`field event-types`,"aria-describedby":y?`event-types-error`:void 0,children:[(0,B.jsx)(`legend`,{children:`Event types`}),I(e).map(e=>(0,B.jsx)(`div`,{className:`event-group`,children:e.types.map(e=>(0,B.jsxs)(`label`,{className:`check`,children:[(0,B.jsx)(`input`,{type:`checkbox`,checked:o.includes(e),onChange:t=>b(e,t.target.checked)}),(0,B.jsx)(`span`,{className:`mono`,children:e})]},e))},e.group)),y&&(0,B.jsx)(`div`,{className:`error`,id:`event-types-error`,role:`alert`,children:y})]})]})})}function K({subscription:e,onClose:t}){let n=C(P),r=_();return(0,B.jsx)(g,{open:!0,onClose:t,title:`Delete the subscription?`,description:`No more events go to ${e.url}, and its delivery log is deleted with it.`,onSubmit:()=>n.mutate({input:{id:e.id}},{onSuccess:()=>(r(`Subscription deleted`),t())}),footer:(0,B.jsxs)(B.Fragment,{children:[(0,B.jsx)(f,{onClick:t,children:`Cancel`}),(0,B.jsx)(f,{type:`submit`,variant:`danger`,loading:n.isPending,children:`Delete subscription`})]}),children:(0,B.jsx)(c,{error:n.error})})}export{U as default};