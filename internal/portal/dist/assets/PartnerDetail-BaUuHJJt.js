import{a as e,n as t,t as n}from"./jsx-runtime-Wy9s6hX0.js";import{A as r,E as i,J as a,M as o,N as s,O as c,P as l,S as u,U as d,V as f,Y as p,_ as m,b as h,c as g,d as _,f as v,i as y,j as b,k as x,l as S,m as C,n as w,o as T,p as E,q as D,r as O,s as k,t as A,v as j,w as M,x as N}from"./index-DkBKh3Jg.js";import{n as P,t as F,websiteHref as I}from"./Profile-BYW1uDFi.js";import{t as L}from"./pencil-C7Q15aNb.js";import{n as R,r as z}from"./tiers-BWbC_0eF.js";import{t as B}from"./Dialog-ByaHs2zu.js";import{n as V}from"./Field-AJvsLL7n.js";import{TierOptionsQuery as H}from"./PartnersList-Dj5WIwkE.js";var U={name:`arrow-left`,size:24,node:[[`path`,{d:`m12 19-7-7 7-7`,key:`1l729n`}],[`path`,{d:`M19 12H5`,key:`x3x0zl`}]]};U.node;var W=D(U),G=e(t(),1),K=n(),q=u(`
  query PartnerDetail($id: ID!) {
    node(id: $id) {
      ... on Partner {
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
        createdAt
        tier {
          ...TierFields
        }
        manager {
          id
          name
          email
        }
        users(first: 100, orderBy: { field: NAME, direction: ASC }) {
          totalCount
          edges {
            node {
              id
              name
              email
              role
              jobFunction
              status
              lastLoginAt
            }
          }
        }
      }
    }
  }
`),J=u(`
  query ManagerOptions {
    users(first: 100, orderBy: { field: NAME, direction: ASC }, where: { roleIn: [ADMIN, CHANNEL_MANAGER], status: ACTIVE }) {
      edges {
        node {
          id
          name
          role
        }
      }
    }
  }
`),Y=u(`
  mutation UpdatePartnerAccount($input: UpdatePartnerInput!) {
    updatePartner(input: $input) {
      partner {
        id
        status
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
`),X=[`ONBOARDING`,`ACTIVE`,`SUSPENDED`,`CHURNED`];function Z({partner:e,canChangeManager:t,onClose:n}){let r=O(H,{}),i=O(J,{},{enabled:t}),[a,o]=(0,G.useState)(e.tier?.id??``),[s,u]=(0,G.useState)(e.status),[d,f]=(0,G.useState)(e.manager?.id??``),p=w(Y),m=A(),h=e=>p.error instanceof N?p.error.fieldError(e):void 0;return(0,K.jsx)(B,{open:!0,onClose:n,title:`Edit ${e.name}`,description:`Tier, lifecycle status and who looks after this partner.`,onSubmit:()=>p.mutate({input:{id:e.id,status:s,...a&&a!==e.tier?.id?{tierId:a}:{},...t&&d&&d!==e.manager?.id?{managerId:d}:{}}},{onSuccess:()=>{m(`${e.name} updated`),n()}}),footer:(0,K.jsxs)(K.Fragment,{children:[(0,K.jsx)(_,{onClick:n,children:`Cancel`}),(0,K.jsx)(_,{type:`submit`,variant:`primary`,loading:p.isPending,children:`Save changes`})]}),children:(0,K.jsxs)(`div`,{className:`stack`,style:{gap:16},children:[p.error&&!(p.error instanceof N&&p.error.fieldErrors.length)&&(0,K.jsx)(k,{error:p.error}),(0,K.jsxs)(V,{label:`Tier`,value:a,onChange:e=>o(e.target.value),error:h(`tierId`),children:[!e.tier&&(0,K.jsx)(`option`,{value:``,children:`No tier`}),z(R(r.data?.tiers)).map(e=>(0,K.jsx)(`option`,{value:e.id,children:e.name},e.id))]}),(0,K.jsx)(V,{label:`Status`,value:s,onChange:e=>u(e.target.value),error:h(`status`),children:X.map(e=>(0,K.jsx)(`option`,{value:e,children:c(e)},e))}),t&&(0,K.jsxs)(V,{label:`Partner account manager`,value:d,onChange:e=>f(e.target.value),error:h(`managerId`),children:[!e.manager&&(0,K.jsx)(`option`,{value:``,children:`Unassigned`}),R(i.data?.users).map(e=>(0,K.jsxs)(`option`,{value:e.id,children:[e.name,` (`,l[e.role],`)`]},e.id))]})]})})}function Q(){let{id:e=``}=p(),t=h(),n=O(q,{id:e}),[u,w]=(0,G.useState)(!1),D=n.data?.node,k=D&&`slug`in D?D:void 0;y(k?.name??`Partner`);let A=(0,K.jsxs)(a,{to:`/partners`,className:`row`,style:{gap:4},children:[(0,K.jsx)(W,{size:14,"aria-hidden":`true`}),` Partners`]});if(n.isError)return(0,K.jsxs)(K.Fragment,{children:[(0,K.jsx)(C,{eyebrow:A,title:`Partner`}),(0,K.jsx)(`div`,{className:`card`,children:(0,K.jsx)(g,{error:n.error,onRetry:()=>void n.refetch()})})]});if(n.isPending)return(0,K.jsxs)(K.Fragment,{children:[(0,K.jsx)(C,{eyebrow:A,title:(0,K.jsx)(`span`,{className:`skeleton`,style:{height:28,width:260}})}),(0,K.jsxs)(`div`,{className:`grid grid-3`,children:[(0,K.jsx)(S,{height:260}),(0,K.jsx)(S,{height:260}),(0,K.jsx)(S,{height:260})]})]});if(!k)return(0,K.jsxs)(K.Fragment,{children:[(0,K.jsx)(C,{eyebrow:A,title:`Partner not found`}),(0,K.jsx)(`div`,{className:`card`,children:(0,K.jsx)(T,{title:`We couldn’t find this partner`,children:`It may have been removed, or the link may be wrong.`})})]});let N=R(k.users),z=t.role===`ADMIN`||t.role===`CHANNEL_MANAGER`&&k.manager?.id===t.id,B=k.tier;return(0,K.jsxs)(K.Fragment,{children:[(0,K.jsx)(C,{eyebrow:A,title:k.name,subtitle:(0,K.jsxs)(`span`,{className:`row`,children:[(0,K.jsx)(j,{tier:B}),(0,K.jsx)(m,{status:k.status}),(0,K.jsxs)(`span`,{className:`muted`,children:[r[k.type]??k.type,` · `,M(k.country)]})]}),actions:(0,K.jsxs)(K.Fragment,{children:[k.website&&(0,K.jsxs)(`a`,{className:`btn`,href:I(k.website),target:`_blank`,rel:`noopener noreferrer`,children:[(0,K.jsx)(P,{size:15,"aria-hidden":`true`}),` `,k.domain??`Website`,` `,(0,K.jsx)(F,{size:13,"aria-hidden":`true`})]}),z&&(0,K.jsx)(_,{variant:`primary`,icon:(0,K.jsx)(L,{size:15,"aria-hidden":`true`}),onClick:()=>w(!0),children:`Edit partner`})]})}),(0,K.jsxs)(`div`,{className:`stack`,children:[(0,K.jsxs)(`div`,{className:`grid grid-3`,children:[(0,K.jsx)(E,{title:`Details`,children:(0,K.jsxs)(`dl`,{className:`dl`,children:[(0,K.jsx)(`dt`,{children:`Type`}),(0,K.jsx)(`dd`,{children:r[k.type]??k.type}),(0,K.jsx)(`dt`,{children:`Region`}),(0,K.jsx)(`dd`,{children:o[k.region]??k.region}),(0,K.jsx)(`dt`,{children:`Country`}),(0,K.jsx)(`dd`,{children:M(k.country)}),(0,K.jsx)(`dt`,{children:`Industries`}),(0,K.jsx)(`dd`,{children:k.verticals?.length?k.verticals.join(`, `):`—`}),(0,K.jsx)(`dt`,{children:`Agreement signed`}),(0,K.jsx)(`dd`,{children:i(k.contractSignedAt)}),(0,K.jsx)(`dt`,{children:`First deal`}),(0,K.jsx)(`dd`,{children:k.firstDealAt?i(k.firstDealAt):`Not yet`})]})}),(0,K.jsx)(E,{title:`Tier`,children:B?(0,K.jsxs)(K.Fragment,{children:[(0,K.jsxs)(`div`,{className:`row`,style:{marginBottom:12},children:[(0,K.jsx)(j,{tier:B}),(0,K.jsxs)(`span`,{className:`muted`,style:{fontSize:`0.85rem`},children:[`Rank `,B.rank]})]}),(0,K.jsxs)(`dl`,{className:`dl`,children:[(0,K.jsx)(`dt`,{children:`Discount`}),(0,K.jsx)(`dd`,{children:b(B.discountBps)}),(0,K.jsx)(`dt`,{children:`Rebate`}),(0,K.jsx)(`dd`,{children:b(B.rebateBps)}),(0,K.jsx)(`dt`,{children:`MDF per quarter`}),(0,K.jsx)(`dd`,{children:x(B.mdfQuarterlyAllowance,B.currency)}),(0,K.jsx)(`dt`,{children:`Deal protection`}),(0,K.jsxs)(`dd`,{children:[B.dealProtectionDays,` days`]})]})]}):(0,K.jsx)(`p`,{className:`muted`,children:`No tier assigned yet.`})}),(0,K.jsx)(E,{title:`Partner account manager`,children:k.manager?(0,K.jsxs)(`div`,{className:`person-card`,children:[(0,K.jsx)(v,{name:k.manager.name,size:`lg`}),(0,K.jsxs)(`div`,{style:{flex:1,minWidth:0},children:[(0,K.jsxs)(`div`,{className:`cell-title`,children:[k.manager.name,k.manager.id===t.id&&(0,K.jsx)(`span`,{className:`muted`,children:` (you)`})]}),(0,K.jsx)(`div`,{className:`cell-sub`,children:k.manager.email})]}),(0,K.jsx)(`a`,{className:`btn btn-sm btn-icon`,href:`mailto:${k.manager.email}`,"aria-label":`E-mail ${k.manager.name}`,children:(0,K.jsx)(d,{size:14,"aria-hidden":`true`})})]}):(0,K.jsx)(`p`,{className:`muted`,children:`Unassigned.`})})]}),(0,K.jsx)(E,{title:`People`,hint:`${N.length} ${N.length===1?`person has`:`people have`} access to the portal.`,flush:!0,children:N.length===0?(0,K.jsx)(T,{icon:(0,K.jsx)(f,{size:22}),title:`No users yet`,children:`The partner admin invites colleagues once the organisation is set up.`}):(0,K.jsx)(`div`,{className:`table-wrap`,children:(0,K.jsxs)(`table`,{className:`table table-cards`,children:[(0,K.jsx)(`thead`,{children:(0,K.jsxs)(`tr`,{children:[(0,K.jsx)(`th`,{scope:`col`,children:`Name`}),(0,K.jsx)(`th`,{scope:`col`,children:`Role`}),(0,K.jsx)(`th`,{scope:`col`,children:`Job`}),(0,K.jsx)(`th`,{scope:`col`,children:`Status`}),(0,K.jsx)(`th`,{scope:`col`,children:`Last sign-in`})]})}),(0,K.jsx)(`tbody`,{children:N.map(e=>(0,K.jsxs)(`tr`,{children:[(0,K.jsx)(`td`,{children:(0,K.jsxs)(`div`,{className:`cell-person`,children:[(0,K.jsx)(v,{name:e.name,size:`sm`}),(0,K.jsxs)(`div`,{children:[(0,K.jsx)(`div`,{className:`cell-title`,children:e.name}),(0,K.jsx)(`div`,{className:`cell-sub`,children:e.email})]})]})}),(0,K.jsx)(`td`,{"data-label":`Role`,children:l[e.role]}),(0,K.jsx)(`td`,{"data-label":`Job`,children:c(e.jobFunction)}),(0,K.jsx)(`td`,{"data-label":`Status`,children:(0,K.jsx)(m,{status:e.status,kind:`user`})}),(0,K.jsx)(`td`,{"data-label":`Last sign-in`,children:s(e.lastLoginAt)})]},e.id))})]})})})]}),u&&(0,K.jsx)(Z,{partner:k,canChangeManager:t.role===`ADMIN`,onClose:()=>w(!1)})]})}export{Q as default};