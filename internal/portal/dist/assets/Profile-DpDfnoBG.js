import{a as e,n as t,t as n}from"./jsx-runtime-Wy9s6hX0.js";import{t as r}from"./createLucideIcon-DGfbxOj1.js";import{D as i,G as a,J as o,M as s,N as c,T as l,_ as u,a as d,b as f,c as p,d as m,g as h,h as g,j as _,l as v,lt as y,n as b,p as x,r as S,t as C,x as w}from"./index-RnFRxBnP.js";import{i as T,n as E,t as D}from"./Field-BGjoe2Et.js";var O={name:`earth`,size:24,node:[[`path`,{d:`M21.54 15H17a2 2 0 0 0-2 2v4.54`,key:`1djwo0`}],[`path`,{d:`M7 3.34V5a3 3 0 0 0 3 3a2 2 0 0 1 2 2c0 1.1.9 2 2 2a2 2 0 0 0 2-2c0-1.1.9-2 2-2h3.17`,key:`1tzkfa`}],[`path`,{d:`M11 21.95V18a2 2 0 0 0-2-2a2 2 0 0 1-2-2v-1a2 2 0 0 0-2-2H2.05`,key:`14pb5j`}],[`circle`,{cx:`12`,cy:`12`,r:`10`,key:`1mglay`}]],aliases:[`globe-2`]};O.node;var k=r(O),A={name:`external-link`,size:24,node:[[`path`,{d:`M15 3h6v6`,key:`1q9fwt`}],[`path`,{d:`M10 14 21 3`,key:`gplh6r`}],[`path`,{d:`M18 13v6a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V8a2 2 0 0 1 2-2h6`,key:`a6xqqp`}]]};A.node;var j=r(A),M=e(t(),1),N=n(),P=`
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
    `,F=`
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
    `;function I(e){return/^https?:\/\//i.test(e)?e:`https://${e}`}function L({partner:e}){let[t,n]=(0,M.useState)(e.website),[r,a]=(0,M.useState)(e.country),[o,c]=(0,M.useState)(e.verticals??[]),[l,u]=(0,M.useState)(),d=b(F),f=C(),m=(0,M.useMemo)(s,[]),h=t!==e.website||r!==e.country||o.join(`
`)!==(e.verticals??[]).join(`
`),g=e=>d.error instanceof i?d.error.fieldError(e):void 0,_=d.error&&!(d.error instanceof i&&d.error.fieldErrors.length>0);function v(i){i.preventDefault(),t.trim()?(u(void 0),d.mutate({input:{id:e.id,website:t.trim(),country:r,verticals:o}},{onSuccess:e=>{n(e.updatePartner.partner.website),f(`Profile saved`)}})):u(`Enter your company website, e.g. https://www.example.com.`)}return(0,N.jsxs)(`form`,{onSubmit:v,noValidate:!0,"aria-label":`Company profile`,children:[(0,N.jsxs)(`div`,{className:`stack`,style:{gap:16},children:[_&&(0,N.jsx)(p,{error:d.error}),(0,N.jsx)(T,{label:`Website`,type:`url`,inputMode:`url`,autoComplete:`url`,value:t,onChange:e=>n(e.target.value),hint:`Your web domain is derived from it${e.domain?` (now ${e.domain})`:``}; deal registrations are matched against it.`,error:l??g(`website`)}),(0,N.jsxs)(E,{label:`Headquarters country`,value:r,onChange:e=>a(e.target.value),error:g(`country`),children:[!r&&(0,N.jsx)(`option`,{value:``,children:`Choose a country`}),m.map(e=>(0,N.jsx)(`option`,{value:e.code,children:e.name},e.code))]}),(0,N.jsx)(D,{label:`Industries you specialise in`,hint:`Press Enter or comma after each one.`,placeholder:`e.g. Healthcare`,value:o,onChange:c,error:g(`verticals`)})]}),(0,N.jsxs)(`div`,{className:`form-actions`,children:[(0,N.jsx)(x,{disabled:!h||d.isPending,onClick:()=>{n(e.website),a(e.country),c(e.verticals??[]),d.reset()},children:`Discard changes`}),(0,N.jsx)(x,{type:`submit`,variant:`primary`,loading:d.isPending,disabled:!h,children:`Save profile`})]})]})}function R({partner:e}){return(0,N.jsxs)(`dl`,{className:`dl`,children:[(0,N.jsx)(`dt`,{children:`Website`}),(0,N.jsx)(`dd`,{children:e.website?(0,N.jsx)(`a`,{href:I(e.website),target:`_blank`,rel:`noopener noreferrer`,children:e.website}):`—`}),(0,N.jsx)(`dt`,{children:`Headquarters`}),(0,N.jsx)(`dd`,{children:_(e.country)}),(0,N.jsx)(`dt`,{children:`Industries`}),(0,N.jsx)(`dd`,{children:e.verticals?.length?e.verticals.join(`, `):`—`})]})}function z(){d(`Company profile`);let e=l(),t=S(P,{}),n=t.data?.viewer.partner,r=e.role===`PARTNER_ADMIN`;return(0,N.jsxs)(N.Fragment,{children:[(0,N.jsx)(u,{eyebrow:`Company profile`,title:n?.name??e.partner?.name??`Your organisation`,subtitle:n&&(0,N.jsxs)(`span`,{className:`row`,children:[(0,N.jsx)(w,{tier:n.tier}),(0,N.jsx)(f,{status:n.status}),(0,N.jsxs)(`span`,{className:`muted`,children:[a[n.type]??n.type,` · `,o[n.region]??n.region]})]}),actions:n?.website&&(0,N.jsxs)(`a`,{className:`btn`,href:I(n.website),target:`_blank`,rel:`noopener noreferrer`,"data-testid":`profile-website`,children:[(0,N.jsx)(k,{size:15,"aria-hidden":`true`}),n.domain??n.website,(0,N.jsx)(j,{size:13,"aria-hidden":`true`})]})}),t.isError?(0,N.jsx)(`div`,{className:`card`,children:(0,N.jsx)(v,{error:t.error,onRetry:()=>void t.refetch()})}):n?(0,N.jsxs)(`div`,{className:`grid grid-2`,children:[(0,N.jsx)(h,{title:`Public profile`,hint:r?`How the vendor and its sales teams see your organisation.`:`Your partner admin can change these details.`,children:r?(0,N.jsx)(L,{partner:n},n.id):(0,N.jsx)(R,{partner:n})}),(0,N.jsxs)(`div`,{className:`stack`,children:[(0,N.jsx)(h,{title:`Partnership`,children:(0,N.jsxs)(`dl`,{className:`dl`,children:[(0,N.jsx)(`dt`,{children:`Partner type`}),(0,N.jsx)(`dd`,{children:a[n.type]??n.type}),(0,N.jsx)(`dt`,{children:`Tier`}),(0,N.jsx)(`dd`,{children:(0,N.jsx)(w,{tier:n.tier})}),(0,N.jsx)(`dt`,{children:`Status`}),(0,N.jsx)(`dd`,{children:(0,N.jsx)(f,{status:n.status})}),(0,N.jsx)(`dt`,{children:`Region`}),(0,N.jsx)(`dd`,{children:o[n.region]??n.region}),(0,N.jsx)(`dt`,{children:`Agreement signed`}),(0,N.jsx)(`dd`,{children:c(n.contractSignedAt)}),(0,N.jsx)(`dt`,{children:`First registered deal`}),(0,N.jsx)(`dd`,{children:n.firstDealAt?c(n.firstDealAt):`Not yet`}),(0,N.jsx)(`dt`,{children:`Partner handle`}),(0,N.jsx)(`dd`,{className:`mono`,children:n.slug})]})}),(0,N.jsx)(h,{title:`Partner account manager`,children:n.manager?(0,N.jsxs)(`div`,{className:`person-card`,children:[(0,N.jsx)(g,{name:n.manager.name,size:`lg`}),(0,N.jsxs)(`div`,{style:{flex:1,minWidth:0},children:[(0,N.jsx)(`div`,{className:`cell-title`,children:n.manager.name}),(0,N.jsx)(`div`,{className:`cell-sub`,children:n.manager.email})]}),(0,N.jsxs)(`a`,{className:`btn btn-sm`,href:`mailto:${n.manager.email}`,children:[(0,N.jsx)(y,{size:14,"aria-hidden":`true`}),` E-mail`]})]}):(0,N.jsx)(`p`,{className:`muted`,children:`No account manager is assigned yet.`})})]})]}):(0,N.jsxs)(`div`,{className:`grid grid-2`,children:[(0,N.jsx)(m,{height:320}),(0,N.jsx)(m,{height:320})]})]})}export{z as default,k as n,j as t,I as websiteHref};