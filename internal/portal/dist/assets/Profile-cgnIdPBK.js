import{a as e,n as t,t as n}from"./jsx-runtime-Wy9s6hX0.js";import{n as r}from"./award-DSCkb1dL.js";import{A as i,E as a,I as o,M as s,O as c,R as l,X as u,a as d,b as f,c as p,d as m,g as h,h as g,j as _,l as v,m as y,n as b,p as x,r as S,t as C,w,y as T}from"./index-ReApz8Vb.js";import{i as E,n as D,t as O}from"./Field-DW9ARWu7.js";var k={name:`earth`,size:24,node:[[`path`,{d:`M21.54 15H17a2 2 0 0 0-2 2v4.54`,key:`1djwo0`}],[`path`,{d:`M7 3.34V5a3 3 0 0 0 3 3a2 2 0 0 1 2 2c0 1.1.9 2 2 2a2 2 0 0 0 2-2c0-1.1.9-2 2-2h3.17`,key:`1tzkfa`}],[`path`,{d:`M11 21.95V18a2 2 0 0 0-2-2a2 2 0 0 1-2-2v-1a2 2 0 0 0-2-2H2.05`,key:`14pb5j`}],[`circle`,{cx:`12`,cy:`12`,r:`10`,key:`1mglay`}]],aliases:[`globe-2`]};k.node;var A=r(k),j={name:`external-link`,size:24,node:[[`path`,{d:`M15 3h6v6`,key:`1q9fwt`}],[`path`,{d:`M10 14 21 3`,key:`gplh6r`}],[`path`,{d:`M18 13v6a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V8a2 2 0 0 1 2-2h6`,key:`a6xqqp`}]]};j.node;var M=r(j),N=e(t(),1),P=n(),F=c(`
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
`),I=c(`
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
`);function L(e){return/^https?:\/\//i.test(e)?e:`https://${e}`}function R({partner:e}){let[t,n]=(0,N.useState)(e.website),[r,i]=(0,N.useState)(e.country),[o,s]=(0,N.useState)(e.verticals??[]),[c,l]=(0,N.useState)(),u=b(I),d=C(),f=(0,N.useMemo)(_,[]),m=t!==e.website||r!==e.country||o.join(`
`)!==(e.verticals??[]).join(`
`),h=e=>u.error instanceof a?u.error.fieldError(e):void 0,g=u.error&&!(u.error instanceof a&&u.error.fieldErrors.length>0);function v(i){i.preventDefault(),t.trim()?(l(void 0),u.mutate({input:{id:e.id,website:t.trim(),country:r,verticals:o}},{onSuccess:e=>{n(e.updatePartner.partner.website),d(`Profile saved`)}})):l(`Enter your company website, e.g. https://www.example.com.`)}return(0,P.jsxs)(`form`,{onSubmit:v,noValidate:!0,"aria-label":`Company profile`,children:[(0,P.jsxs)(`div`,{className:`stack`,style:{gap:16},children:[g&&(0,P.jsx)(p,{error:u.error}),(0,P.jsx)(E,{label:`Website`,type:`url`,inputMode:`url`,autoComplete:`url`,value:t,onChange:e=>n(e.target.value),hint:`Your web domain is derived from it${e.domain?` (now ${e.domain})`:``}; deal registrations are matched against it.`,error:c??h(`website`)}),(0,P.jsxs)(D,{label:`Headquarters country`,value:r,onChange:e=>i(e.target.value),error:h(`country`),children:[!r&&(0,P.jsx)(`option`,{value:``,children:`Choose a country`}),f.map(e=>(0,P.jsx)(`option`,{value:e.code,children:e.name},e.code))]}),(0,P.jsx)(O,{label:`Industries you specialise in`,hint:`Press Enter or comma after each one.`,placeholder:`e.g. Healthcare`,value:o,onChange:s,error:h(`verticals`)})]}),(0,P.jsxs)(`div`,{className:`form-actions`,children:[(0,P.jsx)(x,{disabled:!m||u.isPending,onClick:()=>{n(e.website),i(e.country),s(e.verticals??[]),u.reset()},children:`Discard changes`}),(0,P.jsx)(x,{type:`submit`,variant:`primary`,loading:u.isPending,disabled:!m,children:`Save profile`})]})]})}function z({partner:e}){return(0,P.jsxs)(`dl`,{className:`dl`,children:[(0,P.jsx)(`dt`,{children:`Website`}),(0,P.jsx)(`dd`,{children:e.website?(0,P.jsx)(`a`,{href:L(e.website),target:`_blank`,rel:`noopener noreferrer`,children:e.website}):`—`}),(0,P.jsx)(`dt`,{children:`Headquarters`}),(0,P.jsx)(`dd`,{children:i(e.country)}),(0,P.jsx)(`dt`,{children:`Industries`}),(0,P.jsx)(`dd`,{children:e.verticals?.length?e.verticals.join(`, `):`—`})]})}function B(){d(`Company profile`);let e=w(),t=S(F,{}),n=t.data?.viewer.partner,r=e.role===`PARTNER_ADMIN`;return(0,P.jsxs)(P.Fragment,{children:[(0,P.jsx)(h,{eyebrow:`Company profile`,title:n?.name??e.partner?.name??`Your organisation`,subtitle:n&&(0,P.jsxs)(`span`,{className:`row`,children:[(0,P.jsx)(f,{tier:n.tier}),(0,P.jsx)(T,{status:n.status}),(0,P.jsxs)(`span`,{className:`muted`,children:[o[n.type]??n.type,` · `,l[n.region]??n.region]})]}),actions:n?.website&&(0,P.jsxs)(`a`,{className:`btn`,href:L(n.website),target:`_blank`,rel:`noopener noreferrer`,"data-testid":`profile-website`,children:[(0,P.jsx)(A,{size:15,"aria-hidden":`true`}),n.domain??n.website,(0,P.jsx)(M,{size:13,"aria-hidden":`true`})]})}),t.isError?(0,P.jsx)(`div`,{className:`card`,children:(0,P.jsx)(v,{error:t.error,onRetry:()=>void t.refetch()})}):n?(0,P.jsxs)(`div`,{className:`grid grid-2`,children:[(0,P.jsx)(g,{title:`Public profile`,hint:r?`How the vendor and its sales teams see your organisation.`:`Your partner admin can change these details.`,children:r?(0,P.jsx)(R,{partner:n},n.id):(0,P.jsx)(z,{partner:n})}),(0,P.jsxs)(`div`,{className:`stack`,children:[(0,P.jsx)(g,{title:`Partnership`,children:(0,P.jsxs)(`dl`,{className:`dl`,children:[(0,P.jsx)(`dt`,{children:`Partner type`}),(0,P.jsx)(`dd`,{children:o[n.type]??n.type}),(0,P.jsx)(`dt`,{children:`Tier`}),(0,P.jsx)(`dd`,{children:(0,P.jsx)(f,{tier:n.tier})}),(0,P.jsx)(`dt`,{children:`Status`}),(0,P.jsx)(`dd`,{children:(0,P.jsx)(T,{status:n.status})}),(0,P.jsx)(`dt`,{children:`Region`}),(0,P.jsx)(`dd`,{children:l[n.region]??n.region}),(0,P.jsx)(`dt`,{children:`Agreement signed`}),(0,P.jsx)(`dd`,{children:s(n.contractSignedAt)}),(0,P.jsx)(`dt`,{children:`First registered deal`}),(0,P.jsx)(`dd`,{children:n.firstDealAt?s(n.firstDealAt):`Not yet`}),(0,P.jsx)(`dt`,{children:`Partner handle`}),(0,P.jsx)(`dd`,{className:`mono`,children:n.slug})]})}),(0,P.jsx)(g,{title:`Partner account manager`,children:n.manager?(0,P.jsxs)(`div`,{className:`person-card`,children:[(0,P.jsx)(y,{name:n.manager.name,size:`lg`}),(0,P.jsxs)(`div`,{style:{flex:1,minWidth:0},children:[(0,P.jsx)(`div`,{className:`cell-title`,children:n.manager.name}),(0,P.jsx)(`div`,{className:`cell-sub`,children:n.manager.email})]}),(0,P.jsxs)(`a`,{className:`btn btn-sm`,href:`mailto:${n.manager.email}`,children:[(0,P.jsx)(u,{size:14,"aria-hidden":`true`}),` E-mail`]})]}):(0,P.jsx)(`p`,{className:`muted`,children:`No account manager is assigned yet.`})})]})]}):(0,P.jsxs)(`div`,{className:`grid grid-2`,children:[(0,P.jsx)(m,{height:320}),(0,P.jsx)(m,{height:320})]})]})}export{B as default,A as n,M as t,L as websiteHref};