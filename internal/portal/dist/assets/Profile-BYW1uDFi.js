import{a as e,n as t,t as n}from"./jsx-runtime-Wy9s6hX0.js";import{A as r,E as i,M as a,S as o,T as s,U as c,_ as l,b as u,c as d,d as f,f as p,i as m,l as h,m as g,n as _,p as v,q as y,r as b,s as x,t as S,v as C,w,x as T}from"./index-DkBKh3Jg.js";import{i as E,n as D,t as O}from"./Field-AJvsLL7n.js";var k={name:`earth`,size:24,node:[[`path`,{d:`M21.54 15H17a2 2 0 0 0-2 2v4.54`,key:`1djwo0`}],[`path`,{d:`M7 3.34V5a3 3 0 0 0 3 3a2 2 0 0 1 2 2c0 1.1.9 2 2 2a2 2 0 0 0 2-2c0-1.1.9-2 2-2h3.17`,key:`1tzkfa`}],[`path`,{d:`M11 21.95V18a2 2 0 0 0-2-2a2 2 0 0 1-2-2v-1a2 2 0 0 0-2-2H2.05`,key:`14pb5j`}],[`circle`,{cx:`12`,cy:`12`,r:`10`,key:`1mglay`}]],aliases:[`globe-2`]};k.node;var A=y(k),j={name:`external-link`,size:24,node:[[`path`,{d:`M15 3h6v6`,key:`1q9fwt`}],[`path`,{d:`M10 14 21 3`,key:`gplh6r`}],[`path`,{d:`M18 13v6a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V8a2 2 0 0 1 2-2h6`,key:`a6xqqp`}]]};j.node;var M=y(j),N=e(t(),1),P=n(),F=o(`
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
`),I=o(`
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
`);function L(e){return/^https?:\/\//i.test(e)?e:`https://${e}`}function R({partner:e}){let[t,n]=(0,N.useState)(e.website),[r,i]=(0,N.useState)(e.country),[a,o]=(0,N.useState)(e.verticals??[]),[c,l]=(0,N.useState)(),u=_(I),d=S(),p=(0,N.useMemo)(s,[]),m=t!==e.website||r!==e.country||a.join(`
`)!==(e.verticals??[]).join(`
`),h=e=>u.error instanceof T?u.error.fieldError(e):void 0,g=u.error&&!(u.error instanceof T&&u.error.fieldErrors.length>0);function v(i){i.preventDefault(),t.trim()?(l(void 0),u.mutate({input:{id:e.id,website:t.trim(),country:r,verticals:a}},{onSuccess:e=>{n(e.updatePartner.partner.website),d(`Profile saved`)}})):l(`Enter your company website, e.g. https://www.example.com.`)}return(0,P.jsxs)(`form`,{onSubmit:v,noValidate:!0,"aria-label":`Company profile`,children:[(0,P.jsxs)(`div`,{className:`stack`,style:{gap:16},children:[g&&(0,P.jsx)(x,{error:u.error}),(0,P.jsx)(E,{label:`Website`,type:`url`,inputMode:`url`,autoComplete:`url`,value:t,onChange:e=>n(e.target.value),hint:`Your web domain is derived from it${e.domain?` (now ${e.domain})`:``}; deal registrations are matched against it.`,error:c??h(`website`)}),(0,P.jsxs)(D,{label:`Headquarters country`,value:r,onChange:e=>i(e.target.value),error:h(`country`),children:[!r&&(0,P.jsx)(`option`,{value:``,children:`Choose a country`}),p.map(e=>(0,P.jsx)(`option`,{value:e.code,children:e.name},e.code))]}),(0,P.jsx)(O,{label:`Industries you specialise in`,hint:`Press Enter or comma after each one.`,placeholder:`e.g. Healthcare`,value:a,onChange:o,error:h(`verticals`)})]}),(0,P.jsxs)(`div`,{className:`form-actions`,children:[(0,P.jsx)(f,{disabled:!m||u.isPending,onClick:()=>{n(e.website),i(e.country),o(e.verticals??[]),u.reset()},children:`Discard changes`}),(0,P.jsx)(f,{type:`submit`,variant:`primary`,loading:u.isPending,disabled:!m,children:`Save profile`})]})]})}function z({partner:e}){return(0,P.jsxs)(`dl`,{className:`dl`,children:[(0,P.jsx)(`dt`,{children:`Website`}),(0,P.jsx)(`dd`,{children:e.website?(0,P.jsx)(`a`,{href:L(e.website),target:`_blank`,rel:`noopener noreferrer`,children:e.website}):`—`}),(0,P.jsx)(`dt`,{children:`Headquarters`}),(0,P.jsx)(`dd`,{children:w(e.country)}),(0,P.jsx)(`dt`,{children:`Industries`}),(0,P.jsx)(`dd`,{children:e.verticals?.length?e.verticals.join(`, `):`—`})]})}function B(){m(`Company profile`);let e=u(),t=b(F,{}),n=t.data?.viewer.partner,o=e.role===`PARTNER_ADMIN`;return(0,P.jsxs)(P.Fragment,{children:[(0,P.jsx)(g,{eyebrow:`Company profile`,title:n?.name??e.partner?.name??`Your organisation`,subtitle:n&&(0,P.jsxs)(`span`,{className:`row`,children:[(0,P.jsx)(C,{tier:n.tier}),(0,P.jsx)(l,{status:n.status}),(0,P.jsxs)(`span`,{className:`muted`,children:[r[n.type]??n.type,` · `,a[n.region]??n.region]})]}),actions:n?.website&&(0,P.jsxs)(`a`,{className:`btn`,href:L(n.website),target:`_blank`,rel:`noopener noreferrer`,"data-testid":`profile-website`,children:[(0,P.jsx)(A,{size:15,"aria-hidden":`true`}),n.domain??n.website,(0,P.jsx)(M,{size:13,"aria-hidden":`true`})]})}),t.isError?(0,P.jsx)(`div`,{className:`card`,children:(0,P.jsx)(d,{error:t.error,onRetry:()=>void t.refetch()})}):n?(0,P.jsxs)(`div`,{className:`grid grid-2`,children:[(0,P.jsx)(v,{title:`Public profile`,hint:o?`How the vendor and its sales teams see your organisation.`:`Your partner admin can change these details.`,children:o?(0,P.jsx)(R,{partner:n},n.id):(0,P.jsx)(z,{partner:n})}),(0,P.jsxs)(`div`,{className:`stack`,children:[(0,P.jsx)(v,{title:`Partnership`,children:(0,P.jsxs)(`dl`,{className:`dl`,children:[(0,P.jsx)(`dt`,{children:`Partner type`}),(0,P.jsx)(`dd`,{children:r[n.type]??n.type}),(0,P.jsx)(`dt`,{children:`Tier`}),(0,P.jsx)(`dd`,{children:(0,P.jsx)(C,{tier:n.tier})}),(0,P.jsx)(`dt`,{children:`Status`}),(0,P.jsx)(`dd`,{children:(0,P.jsx)(l,{status:n.status})}),(0,P.jsx)(`dt`,{children:`Region`}),(0,P.jsx)(`dd`,{children:a[n.region]??n.region}),(0,P.jsx)(`dt`,{children:`Agreement signed`}),(0,P.jsx)(`dd`,{children:i(n.contractSignedAt)}),(0,P.jsx)(`dt`,{children:`First registered deal`}),(0,P.jsx)(`dd`,{children:n.firstDealAt?i(n.firstDealAt):`Not yet`}),(0,P.jsx)(`dt`,{children:`Partner handle`}),(0,P.jsx)(`dd`,{className:`mono`,children:n.slug})]})}),(0,P.jsx)(v,{title:`Partner account manager`,children:n.manager?(0,P.jsxs)(`div`,{className:`person-card`,children:[(0,P.jsx)(p,{name:n.manager.name,size:`lg`}),(0,P.jsxs)(`div`,{style:{flex:1,minWidth:0},children:[(0,P.jsx)(`div`,{className:`cell-title`,children:n.manager.name}),(0,P.jsx)(`div`,{className:`cell-sub`,children:n.manager.email})]}),(0,P.jsxs)(`a`,{className:`btn btn-sm`,href:`mailto:${n.manager.email}`,children:[(0,P.jsx)(c,{size:14,"aria-hidden":`true`}),` E-mail`]})]}):(0,P.jsx)(`p`,{className:`muted`,children:`No account manager is assigned yet.`})})]})]}):(0,P.jsxs)(`div`,{className:`grid grid-2`,children:[(0,P.jsx)(h,{height:320}),(0,P.jsx)(h,{height:320})]})]})}export{B as default,A as n,M as t,L as websiteHref};