import{a as e,n as t,t as n}from"./jsx-runtime-Wy9s6hX0.js";import{t as r}from"./external-link-BykczwgN.js";import{t as i}from"./earth-CYZQynIo.js";import{$ as a,F as o,I as s,L as c,O as l,P as u,U as d,a as f,c as p,d as m,f as h,g,h as _,i as v,j as y,l as b,m as x,r as S,z as C}from"./index-D7DUstJB.js";import{a as w,c as T,i as E,t as D,u as O,v as k}from"./usePageTitle-atKqKR4V.js";import{a as A,o as j}from"./lib-1PO5C32X.js";var M=e(t(),1),N=`
    query ProfilePage {
  viewer {
    id
    preferredLanguage
    partner {
      id
      name
      slug
      type
      status
      website
      domain
      country
      region
      verticals
      contractSignedAt
      firstDealAt
      tier {
        id
        name
        rank
      }
      manager {
        id
        name
        email
      }
    }
  }
}
    `,P=`
    mutation UpdatePartnerProfile($input: UpdatePartnerInput!) {
  updatePartner(input: $input) {
    partner {
      id
      website
      domain
      country
      verticals
    }
  }
}
    `,F=`
    mutation UpdateMyPreferences($input: UpdateMyPreferencesInput!) {
  updateMyPreferences(input: $input) {
    user {
      id
      preferredLanguage
    }
  }
}
    `,I=n();function L({preferredLanguage:e}){let[t,n]=(0,M.useState)(e??``),r=m(F),i=o(),a=e&&!A.includes(e)?[e,...A]:A,s=r.error instanceof k?r.error.fieldError(`preferredLanguage`):void 0;function l(e){e.preventDefault(),r.mutate({input:{preferredLanguage:t}},{onSuccess:()=>i(`Preferences saved`)})}return(0,I.jsx)(v,{title:`Your preferences`,hint:`Only for you, not your organisation.`,children:(0,I.jsxs)(`form`,{onSubmit:l,"aria-label":`Your preferences`,className:`stack`,style:{gap:16},children:[r.error&&!s&&(0,I.jsx)(E,{error:r.error}),(0,I.jsxs)(c,{label:`Content language`,hint:`The content library shows you items in this language when a version exists, otherwise the original.`,value:t,onChange:e=>n(e.target.value),error:s,children:[(0,I.jsx)(`option`,{value:``,children:`No preference (originals)`}),a.map(e=>(0,I.jsx)(`option`,{value:e,children:j(e)},e))]}),(0,I.jsx)(`div`,{className:`form-actions`,children:(0,I.jsx)(O,{type:`submit`,variant:`primary`,loading:r.isPending,disabled:t===(e??``),children:`Save preferences`})})]})})}function R({partner:e}){let[t,n]=(0,M.useState)(e.website),[r,i]=(0,M.useState)(e.country),[a,l]=(0,M.useState)(e.verticals??[]),[u,d]=(0,M.useState)(),f=m(P),p=o(),h=(0,M.useMemo)(_,[]),g=t!==e.website||r!==e.country||a.join(`
`)!==(e.verticals??[]).join(`
`),v=e=>f.error instanceof k?f.error.fieldError(e):void 0,y=f.error&&!(f.error instanceof k&&f.error.fieldErrors.length>0);function b(i){i.preventDefault(),t.trim()?(d(void 0),f.mutate({input:{id:e.id,website:t.trim(),country:r,verticals:a}},{onSuccess:e=>{n(e.updatePartner.partner.website),p(`Profile saved`)}})):d(`Enter your company website, e.g. https://www.example.com.`)}return(0,I.jsxs)(`form`,{onSubmit:b,noValidate:!0,"aria-label":`Company profile`,children:[(0,I.jsxs)(`div`,{className:`stack`,style:{gap:16},children:[y&&(0,I.jsx)(E,{error:f.error}),(0,I.jsx)(C,{label:`Website`,type:`url`,inputMode:`url`,autoComplete:`url`,value:t,onChange:e=>n(e.target.value),hint:`Your web domain is derived from it${e.domain?` (now ${e.domain})`:``}; deal registrations are matched against it. A move to another domain goes through your channel manager.`,error:u??v(`website`)}),(0,I.jsxs)(c,{label:`Headquarters country`,value:r,onChange:e=>i(e.target.value),error:v(`country`),children:[!r&&(0,I.jsx)(`option`,{value:``,children:`Choose a country`}),h.map(e=>(0,I.jsx)(`option`,{value:e.code,children:e.name},e.code))]}),(0,I.jsx)(s,{label:`Industries you specialise in`,hint:`Press Enter or comma after each one.`,placeholder:`e.g. Healthcare`,value:a,onChange:l,error:v(`verticals`)})]}),(0,I.jsxs)(`div`,{className:`form-actions`,children:[(0,I.jsx)(O,{disabled:!g||f.isPending,onClick:()=>{n(e.website),i(e.country),l(e.verticals??[]),f.reset()},children:`Discard changes`}),(0,I.jsx)(O,{type:`submit`,variant:`primary`,loading:f.isPending,disabled:!g,children:`Save profile`})]})]})}function z({partner:e}){return(0,I.jsxs)(`dl`,{className:`dl`,children:[(0,I.jsx)(`dt`,{children:`Website`}),(0,I.jsx)(`dd`,{children:e.website?(0,I.jsx)(`a`,{href:u(e.website),target:`_blank`,rel:`noopener noreferrer`,children:e.website}):`—`}),(0,I.jsx)(`dt`,{children:`Headquarters`}),(0,I.jsx)(`dd`,{children:x(e.country)}),(0,I.jsx)(`dt`,{children:`Industries`}),(0,I.jsx)(`dd`,{children:e.verticals?.length?e.verticals.join(`, `):`—`})]})}function B(){D(`Company profile`);let e=d(),t=h(N,{}),n=t.data?.viewer.partner,o=e.role===`PARTNER_ADMIN`;return(0,I.jsxs)(I.Fragment,{children:[(0,I.jsx)(f,{eyebrow:`Company profile`,title:n?.name??e.partner?.name??`Your organisation`,subtitle:n&&(0,I.jsxs)(`span`,{className:`row`,children:[(0,I.jsx)(b,{tier:n.tier}),(0,I.jsx)(p,{status:n.status}),(0,I.jsxs)(`span`,{className:`muted`,children:[l[n.type]??n.type,` · `,y[n.region]??n.region]})]}),actions:n?.website&&(0,I.jsxs)(`a`,{className:`btn`,href:u(n.website),target:`_blank`,rel:`noopener noreferrer`,"data-testid":`profile-website`,children:[(0,I.jsx)(i,{size:15,"aria-hidden":`true`}),n.domain??n.website,(0,I.jsx)(r,{size:13,"aria-hidden":`true`})]})}),t.isError?(0,I.jsx)(`div`,{className:`card`,children:(0,I.jsx)(w,{error:t.error,onRetry:()=>void t.refetch()})}):n?(0,I.jsxs)(`div`,{className:`grid grid-2`,children:[(0,I.jsx)(v,{title:`Public profile`,hint:o?`How the vendor and its sales teams see your organisation.`:`Your partner admin can change these details.`,children:o?(0,I.jsx)(R,{partner:n},n.id):(0,I.jsx)(z,{partner:n})}),(0,I.jsxs)(`div`,{className:`stack`,children:[(0,I.jsx)(L,{preferredLanguage:t.data?.viewer.preferredLanguage},t.data?.viewer.id),(0,I.jsx)(v,{title:`Partnership`,children:(0,I.jsxs)(`dl`,{className:`dl`,children:[(0,I.jsx)(`dt`,{children:`Partner type`}),(0,I.jsx)(`dd`,{children:l[n.type]??n.type}),(0,I.jsx)(`dt`,{children:`Tier`}),(0,I.jsx)(`dd`,{children:(0,I.jsx)(b,{tier:n.tier})}),(0,I.jsx)(`dt`,{children:`Status`}),(0,I.jsx)(`dd`,{children:(0,I.jsx)(p,{status:n.status})}),(0,I.jsx)(`dt`,{children:`Region`}),(0,I.jsx)(`dd`,{children:y[n.region]??n.region}),(0,I.jsx)(`dt`,{children:`Agreement signed`}),(0,I.jsx)(`dd`,{children:g(n.contractSignedAt)}),(0,I.jsx)(`dt`,{children:`First registered deal`}),(0,I.jsx)(`dd`,{children:n.firstDealAt?g(n.firstDealAt):`Not yet`}),(0,I.jsx)(`dt`,{children:`Partner handle`}),(0,I.jsx)(`dd`,{className:`mono`,children:n.slug})]})}),(0,I.jsx)(v,{title:`Partner account manager`,children:n.manager?(0,I.jsxs)(`div`,{className:`person-card`,children:[(0,I.jsx)(S,{name:n.manager.name,size:`lg`}),(0,I.jsxs)(`div`,{style:{flex:1,minWidth:0},children:[(0,I.jsx)(`div`,{className:`cell-title`,children:n.manager.name}),(0,I.jsx)(`div`,{className:`cell-sub`,children:n.manager.email})]}),(0,I.jsxs)(`a`,{className:`btn btn-sm`,href:`mailto:${n.manager.email}`,children:[(0,I.jsx)(a,{size:14,"aria-hidden":`true`}),` E-mail`]})]}):(0,I.jsx)(`p`,{className:`muted`,children:`No account manager is assigned yet.`})})]})]}):(0,I.jsxs)(`div`,{className:`grid grid-2`,children:[(0,I.jsx)(T,{height:320}),(0,I.jsx)(T,{height:320})]})]})}export{B as default};