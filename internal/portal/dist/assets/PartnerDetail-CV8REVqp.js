import{a as e,n as t,t as n}from"./jsx-runtime-Wy9s6hX0.js";import{n as r}from"./award-DSCkb1dL.js";import{n as i,t as a,websiteHref as o}from"./Profile-cgnIdPBK.js";import{A as s,B as c,E as l,F as u,I as d,L as f,M as p,O as m,P as h,R as g,X as _,a as v,b as y,c as b,d as x,g as S,h as C,it as w,l as T,m as E,n as D,p as O,q as k,r as A,s as j,t as M,tt as N,w as P,y as F,z as I}from"./index-ReApz8Vb.js";import{t as L}from"./pencil-Xse2wl3L.js";import{n as R,r as z}from"./tiers-DWUik5dq.js";import{t as B}from"./Dialog-BcCwpEKj.js";import{n as V}from"./Field-DW9ARWu7.js";import{TierOptionsQuery as H}from"./PartnersList-BdGDbm_y.js";var U={name:`arrow-left`,size:24,node:[[`path`,{d:`m12 19-7-7 7-7`,key:`1l729n`}],[`path`,{d:`M19 12H5`,key:`x3x0zl`}]]};U.node;var W=r(U),G=e(t(),1),K=n(),q=m(`
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
`),J=m(`
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
`),Y=m(`
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
`),X=[`ONBOARDING`,`ACTIVE`,`SUSPENDED`,`CHURNED`];function Z({partner:e,canChangeManager:t,onClose:n}){let r=A(H,{}),i=A(J,{},{enabled:t}),[a,o]=(0,G.useState)(e.tier?.id??``),[s,u]=(0,G.useState)(e.status),[d,f]=(0,G.useState)(e.manager?.id??``),p=D(Y),m=M(),g=e=>p.error instanceof l?p.error.fieldError(e):void 0;return(0,K.jsx)(B,{open:!0,onClose:n,title:`Edit ${e.name}`,description:`Tier, lifecycle status and who looks after this partner.`,onSubmit:()=>p.mutate({input:{id:e.id,status:s,...a&&a!==e.tier?.id?{tierId:a}:{},...t&&d&&d!==e.manager?.id?{managerId:d}:{}}},{onSuccess:()=>{m(`${e.name} updated`),n()}}),footer:(0,K.jsxs)(K.Fragment,{children:[(0,K.jsx)(O,{onClick:n,children:`Cancel`}),(0,K.jsx)(O,{type:`submit`,variant:`primary`,loading:p.isPending,children:`Save changes`})]}),children:(0,K.jsxs)(`div`,{className:`stack`,style:{gap:16},children:[p.error&&!(p.error instanceof l&&p.error.fieldErrors.length)&&(0,K.jsx)(b,{error:p.error}),(0,K.jsxs)(V,{label:`Tier`,value:a,onChange:e=>o(e.target.value),error:g(`tierId`),children:[!e.tier&&(0,K.jsx)(`option`,{value:``,children:`No tier`}),z(R(r.data?.tiers)).map(e=>(0,K.jsx)(`option`,{value:e.id,children:e.name},e.id))]}),(0,K.jsx)(V,{label:`Status`,value:s,onChange:e=>u(e.target.value),error:g(`status`),children:X.map(e=>(0,K.jsx)(`option`,{value:e,children:h(e)},e))}),t&&(0,K.jsxs)(V,{label:`Partner account manager`,value:d,onChange:e=>f(e.target.value),error:g(`managerId`),children:[!e.manager&&(0,K.jsx)(`option`,{value:``,children:`Unassigned`}),R(i.data?.users).map(e=>(0,K.jsxs)(`option`,{value:e.id,children:[e.name,` (`,c[e.role],`)`]},e.id))]})]})})}function Q(){let{id:e=``}=w(),t=P(),n=A(q,{id:e}),[r,l]=(0,G.useState)(!1),m=n.data?.node,b=m&&`slug`in m?m:void 0;v(b?.name??`Partner`);let D=(0,K.jsxs)(N,{to:`/partners`,className:`row`,style:{gap:4},children:[(0,K.jsx)(W,{size:14,"aria-hidden":`true`}),` Partners`]});if(n.isError)return(0,K.jsxs)(K.Fragment,{children:[(0,K.jsx)(S,{eyebrow:D,title:`Partner`}),(0,K.jsx)(`div`,{className:`card`,children:(0,K.jsx)(T,{error:n.error,onRetry:()=>void n.refetch()})})]});if(n.isPending)return(0,K.jsxs)(K.Fragment,{children:[(0,K.jsx)(S,{eyebrow:D,title:(0,K.jsx)(`span`,{className:`skeleton`,style:{height:28,width:260}})}),(0,K.jsxs)(`div`,{className:`grid grid-3`,children:[(0,K.jsx)(x,{height:260}),(0,K.jsx)(x,{height:260}),(0,K.jsx)(x,{height:260})]})]});if(!b)return(0,K.jsxs)(K.Fragment,{children:[(0,K.jsx)(S,{eyebrow:D,title:`Partner not found`}),(0,K.jsx)(`div`,{className:`card`,children:(0,K.jsx)(j,{title:`We couldn’t find this partner`,children:`It may have been removed, or the link may be wrong.`})})]});let M=R(b.users),z=t.role===`ADMIN`||t.role===`CHANNEL_MANAGER`&&b.manager?.id===t.id,B=b.tier;return(0,K.jsxs)(K.Fragment,{children:[(0,K.jsx)(S,{eyebrow:D,title:b.name,subtitle:(0,K.jsxs)(`span`,{className:`row`,children:[(0,K.jsx)(y,{tier:B}),(0,K.jsx)(F,{status:b.status}),(0,K.jsxs)(`span`,{className:`muted`,children:[d[b.type]??b.type,` · `,s(b.country)]})]}),actions:(0,K.jsxs)(K.Fragment,{children:[b.website&&(0,K.jsxs)(`a`,{className:`btn`,href:o(b.website),target:`_blank`,rel:`noopener noreferrer`,children:[(0,K.jsx)(i,{size:15,"aria-hidden":`true`}),` `,b.domain??`Website`,` `,(0,K.jsx)(a,{size:13,"aria-hidden":`true`})]}),z&&(0,K.jsx)(O,{variant:`primary`,icon:(0,K.jsx)(L,{size:15,"aria-hidden":`true`}),onClick:()=>l(!0),children:`Edit partner`})]})}),(0,K.jsxs)(`div`,{className:`stack`,children:[(0,K.jsxs)(`div`,{className:`grid grid-3`,children:[(0,K.jsx)(C,{title:`Details`,children:(0,K.jsxs)(`dl`,{className:`dl`,children:[(0,K.jsx)(`dt`,{children:`Type`}),(0,K.jsx)(`dd`,{children:d[b.type]??b.type}),(0,K.jsx)(`dt`,{children:`Region`}),(0,K.jsx)(`dd`,{children:g[b.region]??b.region}),(0,K.jsx)(`dt`,{children:`Country`}),(0,K.jsx)(`dd`,{children:s(b.country)}),(0,K.jsx)(`dt`,{children:`Industries`}),(0,K.jsx)(`dd`,{children:b.verticals?.length?b.verticals.join(`, `):`—`}),(0,K.jsx)(`dt`,{children:`Agreement signed`}),(0,K.jsx)(`dd`,{children:p(b.contractSignedAt)}),(0,K.jsx)(`dt`,{children:`First deal`}),(0,K.jsx)(`dd`,{children:b.firstDealAt?p(b.firstDealAt):`Not yet`})]})}),(0,K.jsx)(C,{title:`Tier`,children:B?(0,K.jsxs)(K.Fragment,{children:[(0,K.jsxs)(`div`,{className:`row`,style:{marginBottom:12},children:[(0,K.jsx)(y,{tier:B}),(0,K.jsxs)(`span`,{className:`muted`,style:{fontSize:`0.85rem`},children:[`Rank `,B.rank]})]}),(0,K.jsxs)(`dl`,{className:`dl`,children:[(0,K.jsx)(`dt`,{children:`Discount`}),(0,K.jsx)(`dd`,{children:f(B.discountBps)}),(0,K.jsx)(`dt`,{children:`Rebate`}),(0,K.jsx)(`dd`,{children:f(B.rebateBps)}),(0,K.jsx)(`dt`,{children:`MDF per quarter`}),(0,K.jsx)(`dd`,{children:u(B.mdfQuarterlyAllowance,B.currency)}),(0,K.jsx)(`dt`,{children:`Deal protection`}),(0,K.jsxs)(`dd`,{children:[B.dealProtectionDays,` days`]})]})]}):(0,K.jsx)(`p`,{className:`muted`,children:`No tier assigned yet.`})}),(0,K.jsx)(C,{title:`Partner account manager`,children:b.manager?(0,K.jsxs)(`div`,{className:`person-card`,children:[(0,K.jsx)(E,{name:b.manager.name,size:`lg`}),(0,K.jsxs)(`div`,{style:{flex:1,minWidth:0},children:[(0,K.jsxs)(`div`,{className:`cell-title`,children:[b.manager.name,b.manager.id===t.id&&(0,K.jsx)(`span`,{className:`muted`,children:` (you)`})]}),(0,K.jsx)(`div`,{className:`cell-sub`,children:b.manager.email})]}),(0,K.jsx)(`a`,{className:`btn btn-sm btn-icon`,href:`mailto:${b.manager.email}`,"aria-label":`E-mail ${b.manager.name}`,children:(0,K.jsx)(_,{size:14,"aria-hidden":`true`})})]}):(0,K.jsx)(`p`,{className:`muted`,children:`Unassigned.`})})]}),(0,K.jsx)(C,{title:`People`,hint:`${M.length} ${M.length===1?`person has`:`people have`} access to the portal.`,flush:!0,children:M.length===0?(0,K.jsx)(j,{icon:(0,K.jsx)(k,{size:22}),title:`No users yet`,children:`The partner admin invites colleagues once the organisation is set up.`}):(0,K.jsx)(`div`,{className:`table-wrap`,children:(0,K.jsxs)(`table`,{className:`table table-cards`,children:[(0,K.jsx)(`thead`,{children:(0,K.jsxs)(`tr`,{children:[(0,K.jsx)(`th`,{scope:`col`,children:`Name`}),(0,K.jsx)(`th`,{scope:`col`,children:`Role`}),(0,K.jsx)(`th`,{scope:`col`,children:`Job`}),(0,K.jsx)(`th`,{scope:`col`,children:`Status`}),(0,K.jsx)(`th`,{scope:`col`,children:`Last sign-in`})]})}),(0,K.jsx)(`tbody`,{children:M.map(e=>(0,K.jsxs)(`tr`,{children:[(0,K.jsx)(`td`,{children:(0,K.jsxs)(`div`,{className:`cell-person`,children:[(0,K.jsx)(E,{name:e.name,size:`sm`}),(0,K.jsxs)(`div`,{children:[(0,K.jsx)(`div`,{className:`cell-title`,children:e.name}),(0,K.jsx)(`div`,{className:`cell-sub`,children:e.email})]})]})}),(0,K.jsx)(`td`,{"data-label":`Role`,children:c[e.role]}),(0,K.jsx)(`td`,{"data-label":`Job`,children:h(e.jobFunction)}),(0,K.jsx)(`td`,{"data-label":`Status`,children:(0,K.jsx)(F,{status:e.status,kind:`user`})}),(0,K.jsx)(`td`,{"data-label":`Last sign-in`,children:I(e.lastLoginAt)})]},e.id))})]})})})]}),r&&(0,K.jsx)(Z,{partner:b,canChangeManager:t.role===`ADMIN`,onClose:()=>l(!1)})]})}export{Q as default};