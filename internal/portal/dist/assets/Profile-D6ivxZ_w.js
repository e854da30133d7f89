import{a as e,n as t,t as n}from"./jsx-runtime-Wy9s6hX0.js";import{t as r}from"./external-link-Ciyo2gSs.js";import{t as i}from"./earth-DtWwPPTb.js";import{$ as a,E as o,F as s,N as c,P as l,S as u,X as d,_ as f,a as p,f as m,g as h,k as g,l as _,m as v,n as y,pt as b,q as x,r as S,t as C,u as w,v as T,x as E}from"./index-BtfVeBhV.js";import{i as D,n as O,t as k}from"./Field-BPpLB17Z.js";var A=e(t(),1),j=`
    query ProfilePage {
  viewer {
    id
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
    `,M=`
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
    `,N=n();function P({partner:e}){let[t,n]=(0,A.useState)(e.website),[r,i]=(0,A.useState)(e.country),[a,o]=(0,A.useState)(e.verticals??[]),[s,c]=(0,A.useState)(),u=y(M),d=C(),f=(0,A.useMemo)(l,[]),p=t!==e.website||r!==e.country||a.join(`
`)!==(e.verticals??[]).join(`
`),m=e=>u.error instanceof g?u.error.fieldError(e):void 0,h=u.error&&!(u.error instanceof g&&u.error.fieldErrors.length>0);function b(i){i.preventDefault(),t.trim()?(c(void 0),u.mutate({input:{id:e.id,website:t.trim(),country:r,verticals:a}},{onSuccess:e=>{n(e.updatePartner.partner.website),d(`Profile saved`)}})):c(`Enter your company website, e.g. https://www.example.com.`)}return(0,N.jsxs)(`form`,{onSubmit:b,noValidate:!0,"aria-label":`Company profile`,children:[(0,N.jsxs)(`div`,{className:`stack`,style:{gap:16},children:[h&&(0,N.jsx)(_,{error:u.error}),(0,N.jsx)(D,{label:`Website`,type:`url`,inputMode:`url`,autoComplete:`url`,value:t,onChange:e=>n(e.target.value),hint:`Your web domain is derived from it${e.domain?` (now ${e.domain})`:``}; deal registrations are matched against it.`,error:s??m(`website`)}),(0,N.jsxs)(O,{label:`Headquarters country`,value:r,onChange:e=>i(e.target.value),error:m(`country`),children:[!r&&(0,N.jsx)(`option`,{value:``,children:`Choose a country`}),f.map(e=>(0,N.jsx)(`option`,{value:e.code,children:e.name},e.code))]}),(0,N.jsx)(k,{label:`Industries you specialise in`,hint:`Press Enter or comma after each one.`,placeholder:`e.g. Healthcare`,value:a,onChange:o,error:m(`verticals`)})]}),(0,N.jsxs)(`div`,{className:`form-actions`,children:[(0,N.jsx)(v,{disabled:!p||u.isPending,onClick:()=>{n(e.website),i(e.country),o(e.verticals??[]),u.reset()},children:`Discard changes`}),(0,N.jsx)(v,{type:`submit`,variant:`primary`,loading:u.isPending,disabled:!p,children:`Save profile`})]})]})}function F({partner:e}){return(0,N.jsxs)(`dl`,{className:`dl`,children:[(0,N.jsx)(`dt`,{children:`Website`}),(0,N.jsx)(`dd`,{children:e.website?(0,N.jsx)(`a`,{href:a(e.website),target:`_blank`,rel:`noopener noreferrer`,children:e.website}):`—`}),(0,N.jsx)(`dt`,{children:`Headquarters`}),(0,N.jsx)(`dd`,{children:c(e.country)}),(0,N.jsx)(`dt`,{children:`Industries`}),(0,N.jsx)(`dd`,{children:e.verticals?.length?e.verticals.join(`, `):`—`})]})}function I(){p(`Company profile`);let e=o(),t=S(j,{}),n=t.data?.viewer.partner,c=e.role===`PARTNER_ADMIN`;return(0,N.jsxs)(N.Fragment,{children:[(0,N.jsx)(T,{eyebrow:`Company profile`,title:n?.name??e.partner?.name??`Your organisation`,subtitle:n&&(0,N.jsxs)(`span`,{className:`row`,children:[(0,N.jsx)(u,{tier:n.tier}),(0,N.jsx)(E,{status:n.status}),(0,N.jsxs)(`span`,{className:`muted`,children:[x[n.type]??n.type,` · `,d[n.region]??n.region]})]}),actions:n?.website&&(0,N.jsxs)(`a`,{className:`btn`,href:a(n.website),target:`_blank`,rel:`noopener noreferrer`,"data-testid":`profile-website`,children:[(0,N.jsx)(i,{size:15,"aria-hidden":`true`}),n.domain??n.website,(0,N.jsx)(r,{size:13,"aria-hidden":`true`})]})}),t.isError?(0,N.jsx)(`div`,{className:`card`,children:(0,N.jsx)(w,{error:t.error,onRetry:()=>void t.refetch()})}):n?(0,N.jsxs)(`div`,{className:`grid grid-2`,children:[(0,N.jsx)(f,{title:`Public profile`,hint:c?`How the vendor and its sales teams see your organisation.`:`Your partner admin can change these details.`,children:c?(0,N.jsx)(P,{partner:n},n.id):(0,N.jsx)(F,{partner:n})}),(0,N.jsxs)(`div`,{className:`stack`,children:[(0,N.jsx)(f,{title:`Partnership`,children:(0,N.jsxs)(`dl`,{className:`dl`,children:[(0,N.jsx)(`dt`,{children:`Partner type`}),(0,N.jsx)(`dd`,{children:x[n.type]??n.type}),(0,N.jsx)(`dt`,{children:`Tier`}),(0,N.jsx)(`dd`,{children:(0,N.jsx)(u,{tier:n.tier})}),(0,N.jsx)(`dt`,{children:`Status`}),(0,N.jsx)(`dd`,{children:(0,N.jsx)(E,{status:n.status})}),(0,N.jsx)(`dt`,{children:`Region`}),(0,N.jsx)(`dd`,{children:d[n.region]??n.region}),(0,N.jsx)(`dt`,{children:`Agreement signed`}),(0,N.jsx)(`dd`,{children:s(n.contractSignedAt)}),(0,N.jsx)(`dt`,{children:`First registered deal`}),(0,N.jsx)(`dd`,{children:n.firstDealAt?s(n.firstDealAt):`Not yet`}),(0,N.jsx)(`dt`,{children:`Partner handle`}),(0,N.jsx)(`dd`,{className:`mono`,children:n.slug})]})}),(0,N.jsx)(f,{title:`Partner account manager`,children:n.manager?(0,N.jsxs)(`div`,{className:`person-card`,children:[(0,N.jsx)(h,{name:n.manager.name,size:`lg`}),(0,N.jsxs)(`div`,{style:{flex:1,minWidth:0},children:[(0,N.jsx)(`div`,{className:`cell-title`,children:n.manager.name}),(0,N.jsx)(`div`,{className:`cell-sub`,children:n.manager.email})]}),(0,N.jsxs)(`a`,{className:`btn btn-sm`,href:`mailto:${n.manager.email}`,children:[(0,N.jsx)(b,{size:14,"aria-hidden":`true`}),` E-mail`]})]}):(0,N.jsx)(`p`,{className:`muted`,children:`No account manager is assigned yet.`})})]})]}):(0,N.jsxs)(`div`,{className:`grid grid-2`,children:[(0,N.jsx)(m,{height:320}),(0,N.jsx)(m,{height:320})]})]})}export{I as default};