import{a as e,n as t,t as n}from"./jsx-runtime-Wy9s6hX0.js";import{B as r,E as i,F as a,L as o,M as s,R as c,T as l,U as u,b as d,c as f,ct as p,g as m,l as h,n as g,o as _,q as v,s as y,t as b,x,z as S}from"./index-C_Smhd-H.js";import{D as C,E as w,T,_ as E,a as D,c as O,i as k,k as A,r as j,t as M,u as N}from"./usePageTitle-Duadk7S3.js";import{t as P}from"./connection-mmDI86VZ.js";var F=e(t(),1),I=`
    query PartnerMdf {
  mdfAllocations(first: 20, orderBy: {field: PERIOD_START, direction: DESC}) {
    edges {
      node {
        id
        periodStart
        periodEnd
        currency
        amount
        committed
        claimed
        paid
        expired
        remaining
        commitBy
      }
    }
  }
  mdfRequests(first: 50, orderBy: {field: START_DATE, direction: DESC}) {
    edges {
      node {
        id
        title
        activityType
        plan
        startDate
        endDate
        requestedAmount
        approvedAmount
        expectedLeads
        currency
        status
        decisionNote
        claimDeadline
        allocation {
          id
        }
        claims {
          id
          amount
          status
          reviewNote
          paymentReference
        }
      }
    }
  }
}
    `,L=`
    query VendorMdfQueue {
  mdfRequests(
    first: 50
    where: {status: SUBMITTED}
    orderBy: {field: CREATED_AT, direction: ASC}
  ) {
    totalCount
    edges {
      node {
        id
        title
        activityType
        plan
        startDate
        endDate
        requestedAmount
        expectedLeads
        currency
        createdAt
        partner {
          id
          name
        }
        allocation {
          id
          remaining
        }
      }
    }
  }
  mdfClaims(
    first: 50
    where: {statusIn: [SUBMITTED, APPROVED]}
    orderBy: {field: SUBMITTED_AT, direction: ASC}
  ) {
    totalCount
    edges {
      node {
        id
        amount
        currency
        status
        actualLeads
        pipelineGenerated
        note
        submittedAt
        partner {
          id
          name
        }
        request {
          id
          title
          approvedAmount
        }
        files {
          id
          name
          downloadUrl
        }
      }
    }
  }
}
    `,R=`
    mutation CreateMdfRequest($input: CreateMdfRequestInput!) {
  createMdfRequest(input: $input) {
    request {
      id
    }
  }
}
    `,z=`
    mutation UpdateMdfRequest($input: UpdateMdfRequestInput!) {
  updateMdfRequest(input: $input) {
    request {
      id
    }
  }
}
    `,B=`
    mutation CancelMdfRequest($input: CancelMdfRequestInput!) {
  cancelMdfRequest(input: $input) {
    request {
      id
    }
  }
}
    `,V=`
    mutation SubmitMdfClaim($input: SubmitMdfClaimInput!) {
  submitMdfClaim(input: $input) {
    claim {
      id
    }
  }
}
    `,H=`
    mutation ResubmitMdfClaim($input: ResubmitMdfClaimInput!) {
  resubmitMdfClaim(input: $input) {
    claim {
      id
    }
  }
}
    `,U=`
    mutation ApproveMdfRequest($input: ApproveMdfRequestInput!) {
  approveMdfRequest(input: $input) {
    request {
      id
    }
  }
}
    `,W=`
    mutation RejectMdfRequest($input: RejectMdfRequestInput!) {
  rejectMdfRequest(input: $input) {
    request {
      id
    }
  }
}
    `,G=`
    mutation ApproveMdfClaim($input: ApproveMdfClaimInput!) {
  approveMdfClaim(input: $input) {
    claim {
      id
    }
  }
}
    `,K=`
    mutation RejectMdfClaim($input: RejectMdfClaimInput!) {
  rejectMdfClaim(input: $input) {
    claim {
      id
    }
  }
}
    `,q=`
    mutation MarkMdfClaimPaid($input: MarkMdfClaimPaidInput!) {
  markMdfClaimPaid(input: $input) {
    claim {
      id
    }
  }
}
    `,J=`
    mutation AllocateMdfQuarter($input: AllocateMdfQuarterInput!) {
  allocateMdfQuarter(input: $input) {
    allocations {
      id
    }
  }
}
    `,Y=n(),X={[C.Submitted]:`warning`,[C.Approved]:`success`,[C.Rejected]:`danger`,[C.Cancelled]:`neutral`,[C.Completed]:`brand`},Z={[T.Submitted]:`warning`,[T.ChangesRequested]:`info`,[T.Approved]:`success`,[T.Rejected]:`danger`,[T.Paid]:`brand`};function ee(){let e=u();return M(`Marketing funds`),e&&v(e.role)?(0,Y.jsx)(ie,{}):(0,Y.jsx)(ne,{})}var te={gridTemplateColumns:`repeat(auto-fit, minmax(140px, 1fr))`,marginBottom:16};function ne(){let e=g(I,{}),t=b(B),[n,r]=(0,F.useState)(null),[i,o]=(0,F.useState)(null),[c,u]=(0,F.useState)(null),d=a();if(e.isPending)return(0,Y.jsx)(O,{height:240});if(e.isError)return(0,Y.jsx)(D,{error:e.error,onRetry:()=>e.refetch()});let p=P(e.data.mdfAllocations),v=P(e.data.mdfRequests),S=new Date().toISOString().slice(0,10);return(0,Y.jsxs)(Y.Fragment,{children:[(0,Y.jsx)(y,{title:`Marketing funds`,subtitle:`Your MDF per period: request funds for an activity, and claim them back with proof of performance after it.`}),(0,Y.jsx)(k,{error:t.error}),p.length===0&&(0,Y.jsx)(j,{title:`No funds allocated yet`,children:`Your channel manager allocates MDF per quarter.`}),p.map(e=>{let n=e.periodEnd.slice(0,10)>=S,i=e.commitBy>=new Date().toISOString()&&e.remaining>0,a=v.filter(t=>t.allocation.id===e.id);return(0,Y.jsxs)(_,{labelledBy:`alloc-${e.id}`,title:`${m(e.periodStart)} – ${m(e.periodEnd)}`,hint:i?`${l(e.remaining,e.currency)} to commit by ${m(e.commitBy)} (${s(e.commitBy)}); what is not committed by then expires.`:n?`Fully committed`:`Period ended`,actions:n&&(0,Y.jsx)(N,{variant:`primary`,onClick:()=>r(e),children:`Request funds`}),children:[(0,Y.jsxs)(`div`,{className:`grid`,style:te,"data-testid":`balance-${e.id}`,children:[(0,Y.jsx)(f,{label:`Allocated`,value:l(e.amount,e.currency)}),(0,Y.jsx)(f,{label:`Committed`,value:l(e.committed,e.currency)}),(0,Y.jsx)(f,{label:`Claimed`,value:l(e.claimed,e.currency)}),(0,Y.jsx)(f,{label:`Paid`,value:l(e.paid,e.currency)}),e.expired>0&&(0,Y.jsx)(f,{label:`Expired`,value:l(e.expired,e.currency)}),(0,Y.jsx)(f,{label:`Remaining`,value:l(e.remaining,e.currency)})]}),a.length>0&&(0,Y.jsx)(`div`,{className:`table-wrap`,tabIndex:0,role:`region`,"aria-label":`Requests of ${m(e.periodStart)} – ${m(e.periodEnd)}`,children:(0,Y.jsxs)(`table`,{className:`table`,children:[(0,Y.jsx)(`thead`,{children:(0,Y.jsxs)(`tr`,{children:[(0,Y.jsx)(`th`,{scope:`col`,children:`Activity`}),(0,Y.jsx)(`th`,{scope:`col`,children:`Dates`}),(0,Y.jsx)(`th`,{scope:`col`,children:`Requested`}),(0,Y.jsx)(`th`,{scope:`col`,children:`Approved`}),(0,Y.jsx)(`th`,{scope:`col`,children:`Status`}),(0,Y.jsx)(`th`,{scope:`col`,children:`Claim`}),(0,Y.jsx)(`th`,{scope:`col`,children:`Actions`})]})}),(0,Y.jsx)(`tbody`,{children:a.map(e=>{let n=(e.claims??[]).find(e=>e.status!==T.Rejected)??(e.claims??[])[0],r=e.status===C.Approved&&e.endDate.slice(0,10)<=S&&e.claimDeadline>=new Date().toISOString()&&(!n||n.status===T.Rejected);return(0,Y.jsxs)(`tr`,{"data-testid":`request-${e.title}`,children:[(0,Y.jsxs)(`td`,{children:[e.title,(0,Y.jsx)(`br`,{}),(0,Y.jsx)(`small`,{children:x(e.activityType)})]}),(0,Y.jsxs)(`td`,{children:[m(e.startDate),` – `,m(e.endDate)]}),(0,Y.jsx)(`td`,{children:l(e.requestedAmount,e.currency)}),(0,Y.jsx)(`td`,{children:e.approvedAmount==null?`—`:l(e.approvedAmount,e.currency)}),(0,Y.jsxs)(`td`,{children:[(0,Y.jsx)(h,{tone:X[e.status],children:x(e.status)}),e.decisionNote&&(0,Y.jsxs)(`small`,{children:[` `,e.decisionNote]})]}),(0,Y.jsx)(`td`,{children:n?(0,Y.jsxs)(Y.Fragment,{children:[(0,Y.jsx)(h,{tone:Z[n.status],children:x(n.status)}),` `,l(n.amount,e.currency),n.reviewNote&&(0,Y.jsxs)(`small`,{children:[` `,n.reviewNote]})]}):`Claim by ${m(e.claimDeadline)}`}),(0,Y.jsxs)(`td`,{className:`row`,children:[e.status===C.Submitted&&(0,Y.jsxs)(Y.Fragment,{children:[(0,Y.jsx)(N,{size:`sm`,onClick:()=>o(e),children:`Edit`}),(0,Y.jsx)(N,{size:`sm`,onClick:()=>t.mutate({input:{id:e.id}},{onSuccess:()=>d(`Cancelled ${e.title}`)}),children:`Cancel`})]}),r&&(0,Y.jsx)(N,{size:`sm`,variant:`primary`,onClick:()=>u({request:e}),children:`Claim`}),n?.status===T.ChangesRequested&&(0,Y.jsx)(N,{size:`sm`,variant:`primary`,onClick:()=>u({request:e,resubmit:n.id}),children:`Resubmit claim`})]})]},e.id)})})]})})]},e.id)}),n&&(0,Y.jsx)(Q,{allocation:n,onClose:()=>r(null)}),i&&(0,Y.jsx)(Q,{request:i,allocation:p.find(e=>e.id===i.allocation.id),onClose:()=>o(null)}),c&&(0,Y.jsx)(re,{request:c.request,resubmit:c.resubmit,onClose:()=>u(null)})]})}function Q({allocation:e,request:t,onClose:n}){let[s,u]=(0,F.useState)(t?.activityType??w.Webinar),[f,p]=(0,F.useState)(t?.title??``),[m,h]=(0,F.useState)(t?.plan??``),[g,_]=(0,F.useState)(t?.startDate.slice(0,10)??``),[v,y]=(0,F.useState)(t?.endDate.slice(0,10)??``),[C,T]=(0,F.useState)(t?d(t.requestedAmount,e.currency):``),[E,D]=(0,F.useState)(String(t?.expectedLeads??0)),[O,A]=(0,F.useState)(``),j=b(R),M=b(z),P=a();return(0,Y.jsxs)(r,{open:!0,onClose:n,title:t?`Edit the request`:`Request funds`,description:`${l(e.remaining,e.currency)} remain of this period's funds. Your channel manager decides.`,onSubmit:()=>{let r=i(C,e.currency);if(!r)return A(`Enter the amount, e.g. 5000`);let a={activityType:s,title:f,plan:m,startDate:g,endDate:v,requestedAmount:r,expectedLeads:Number(E)||0},o={onSuccess:()=>(P(t?`Request updated`:`Request submitted`),n())};t?M.mutate({input:{id:t.id,...a}},o):j.mutate({input:{allocationId:e.id,...a}},o)},footer:(0,Y.jsxs)(Y.Fragment,{children:[(0,Y.jsx)(N,{onClick:n,children:`Close`}),(0,Y.jsx)(N,{type:`submit`,variant:`primary`,loading:j.isPending||M.isPending,children:t?`Save`:`Submit request`})]}),children:[(0,Y.jsx)(k,{error:j.error??M.error}),(0,Y.jsx)(o,{label:`Activity`,value:s,onChange:e=>u(e.target.value),children:Object.values(w).map(e=>(0,Y.jsx)(`option`,{value:e,children:x(e)},e))}),(0,Y.jsx)(S,{label:`Title`,required:!0,value:f,onChange:e=>p(e.target.value)}),(0,Y.jsx)(c,{label:`Plan`,value:m,onChange:e=>h(e.target.value)}),(0,Y.jsx)(S,{label:`Start date`,type:`date`,required:!0,value:g,onChange:e=>_(e.target.value)}),(0,Y.jsx)(S,{label:`End date`,type:`date`,required:!0,value:v,onChange:e=>y(e.target.value)}),(0,Y.jsx)(S,{label:`Amount (${e.currency})`,required:!0,inputMode:`decimal`,value:C,error:O,onChange:e=>T(e.target.value)}),(0,Y.jsx)(S,{label:`Expected leads`,type:`number`,min:0,value:E,onChange:e=>D(e.target.value)})]})}function re({request:e,resubmit:t,onClose:n}){let[o,s]=(0,F.useState)(d(e.approvedAmount??0,e.currency)),[u,f]=(0,F.useState)(`0`),[h,g]=(0,F.useState)(`0`),[_,v]=(0,F.useState)(``),[y,x]=(0,F.useState)(null),[C,w]=(0,F.useState)(null),[T,D]=(0,F.useState)(!1),O=a(),A=b(H),j=p(),M=async()=>{w(null);let r=i(o,e.currency);if(!r)return w(Error(`Enter the amount claimed`));let a={amount:r,actualLeads:Number(u)||0,pipelineGenerated:i(h,e.currency)??0,note:_};D(!0);try{if(t)y?await E(H,{input:{id:t,...a,files:[null]}},y,`variables.input.files.0`):await A.mutateAsync({input:{id:t,...a}});else{if(!y)throw Error(`Attach proof of performance (a PDF, images or documents).`);await E(V,{input:{requestId:e.id,...a,files:[null]}},y,`variables.input.files.0`)}O(`Claim submitted`),await j.invalidateQueries(),n()}catch(e){w(e)}finally{D(!1)}};return(0,Y.jsxs)(r,{open:!0,onClose:n,title:t?`Resubmit the claim`:`Claim funds for ${e.title}`,description:`Up to ${l(e.approvedAmount??0,e.currency)} approved; claim by ${m(e.claimDeadline)}.`,onSubmit:()=>void M(),footer:(0,Y.jsxs)(Y.Fragment,{children:[(0,Y.jsx)(N,{onClick:n,children:`Close`}),(0,Y.jsx)(N,{type:`submit`,variant:`primary`,loading:T,children:`Submit claim`})]}),children:[(0,Y.jsx)(k,{error:C}),(0,Y.jsx)(S,{label:`Amount (${e.currency})`,required:!0,inputMode:`decimal`,value:o,onChange:e=>s(e.target.value)}),(0,Y.jsx)(S,{label:`Leads generated`,type:`number`,min:0,value:u,onChange:e=>f(e.target.value)}),(0,Y.jsx)(S,{label:`Pipeline generated (${e.currency})`,inputMode:`decimal`,value:h,onChange:e=>g(e.target.value)}),(0,Y.jsx)(c,{label:`Note`,value:_,onChange:e=>v(e.target.value)}),(0,Y.jsx)(S,{label:`Proof of performance`,type:`file`,required:!t,onChange:e=>x(e.target.files?.[0]??null)})]})}function ie(){let e=g(L,{}),t=b(G),n=b(J),r=u(),[i,o]=(0,F.useState)(null),s=a();if(e.isPending)return(0,Y.jsx)(O,{height:240});if(e.isError)return(0,Y.jsx)(D,{error:e.error,onRetry:()=>e.refetch()});let c=P(e.data.mdfRequests),d=P(e.data.mdfClaims);return(0,Y.jsxs)(Y.Fragment,{children:[(0,Y.jsx)(y,{title:`MDF queue`,subtitle:`Fund requests and claims waiting for the channel team, oldest first.`,actions:r?.role===A.Admin&&(0,Y.jsx)(N,{loading:n.isPending,onClick:()=>n.mutate({input:{day:new Date().toISOString().slice(0,10)}},{onSuccess:e=>s(`Allocated this quarter's tier allowance to ${e.allocateMdfQuarter.allocations.length} partner(s)`)}),children:`Allocate this quarter`})}),(0,Y.jsx)(k,{error:t.error??n.error}),(0,Y.jsx)(_,{labelledBy:`mdf-requests`,title:`Requests (${e.data.mdfRequests.totalCount})`,flush:!0,children:c.length===0?(0,Y.jsx)(`p`,{className:`card-body`,children:`No request waits for a decision.`}):(0,Y.jsx)(`div`,{className:`table-wrap`,tabIndex:0,role:`region`,"aria-label":`Requests waiting for a decision`,children:(0,Y.jsxs)(`table`,{className:`table`,children:[(0,Y.jsx)(`thead`,{children:(0,Y.jsxs)(`tr`,{children:[(0,Y.jsx)(`th`,{scope:`col`,children:`Partner`}),(0,Y.jsx)(`th`,{scope:`col`,children:`Activity`}),(0,Y.jsx)(`th`,{scope:`col`,children:`Dates`}),(0,Y.jsx)(`th`,{scope:`col`,children:`Requested`}),(0,Y.jsx)(`th`,{scope:`col`,children:`Remaining`}),(0,Y.jsx)(`th`,{scope:`col`,children:`Decide`})]})}),(0,Y.jsx)(`tbody`,{children:c.map(e=>(0,Y.jsxs)(`tr`,{"data-testid":`queue-request-${e.title}`,children:[(0,Y.jsx)(`td`,{children:e.partner.name}),(0,Y.jsxs)(`td`,{children:[e.title,(0,Y.jsx)(`br`,{}),(0,Y.jsxs)(`small`,{children:[x(e.activityType),` · `,e.expectedLeads,` leads expected`]})]}),(0,Y.jsxs)(`td`,{children:[m(e.startDate),` – `,m(e.endDate)]}),(0,Y.jsx)(`td`,{children:l(e.requestedAmount,e.currency)}),(0,Y.jsx)(`td`,{children:l(e.allocation.remaining,e.currency)}),(0,Y.jsxs)(`td`,{className:`row`,children:[(0,Y.jsx)(N,{size:`sm`,variant:`primary`,onClick:()=>o({kind:`approve`,id:e.id,max:Math.min(e.requestedAmount,e.allocation.remaining),currency:e.currency}),children:`Approve`}),(0,Y.jsx)(N,{size:`sm`,onClick:()=>o({kind:`reject`,id:e.id,currency:e.currency}),children:`Reject`})]})]},e.id))})]})})}),(0,Y.jsx)(_,{labelledBy:`mdf-claims`,title:`Claims (${e.data.mdfClaims.totalCount})`,flush:!0,children:d.length===0?(0,Y.jsx)(`p`,{className:`card-body`,children:`No claim waits for review or payment.`}):(0,Y.jsx)(`div`,{className:`table-wrap`,tabIndex:0,role:`region`,"aria-label":`Claims waiting for review or payment`,children:(0,Y.jsxs)(`table`,{className:`table`,children:[(0,Y.jsx)(`thead`,{children:(0,Y.jsxs)(`tr`,{children:[(0,Y.jsx)(`th`,{scope:`col`,children:`Partner`}),(0,Y.jsx)(`th`,{scope:`col`,children:`Activity`}),(0,Y.jsx)(`th`,{scope:`col`,children:`Claimed`}),(0,Y.jsx)(`th`,{scope:`col`,children:`Results`}),(0,Y.jsx)(`th`,{scope:`col`,children:`Proof`}),(0,Y.jsx)(`th`,{scope:`col`,children:`Status`}),(0,Y.jsx)(`th`,{scope:`col`,children:`Review`})]})}),(0,Y.jsx)(`tbody`,{children:d.map(e=>(0,Y.jsxs)(`tr`,{"data-testid":`queue-claim-${e.request.title}`,children:[(0,Y.jsx)(`td`,{children:e.partner.name}),(0,Y.jsx)(`td`,{children:e.request.title}),(0,Y.jsxs)(`td`,{children:[l(e.amount,e.currency),` of `,l(e.request.approvedAmount??0,e.currency)]}),(0,Y.jsxs)(`td`,{children:[e.actualLeads,` leads · `,l(e.pipelineGenerated,e.currency),` pipeline`]}),(0,Y.jsx)(`td`,{children:(e.files??[]).map(e=>(0,Y.jsx)(`a`,{href:e.downloadUrl??`/files/${e.id}`,children:e.name},e.id))}),(0,Y.jsx)(`td`,{children:(0,Y.jsx)(h,{tone:Z[e.status],children:x(e.status)})}),(0,Y.jsxs)(`td`,{className:`row`,children:[e.status===T.Submitted&&(0,Y.jsxs)(Y.Fragment,{children:[(0,Y.jsx)(N,{size:`sm`,variant:`primary`,loading:t.isPending,onClick:()=>t.mutate({input:{id:e.id}},{onSuccess:()=>s(`Claim approved`)}),children:`Approve claim`}),(0,Y.jsx)(N,{size:`sm`,onClick:()=>o({kind:`changes`,id:e.id,currency:e.currency}),children:`Ask for changes`}),(0,Y.jsx)(N,{size:`sm`,onClick:()=>o({kind:`rejectClaim`,id:e.id,currency:e.currency}),children:`Reject claim`})]}),e.status===T.Approved&&(0,Y.jsx)(N,{size:`sm`,variant:`primary`,onClick:()=>o({kind:`pay`,id:e.id,currency:e.currency}),children:`Mark paid`})]})]},e.id))})]})})}),i&&(0,Y.jsx)(ae,{...i,onClose:()=>o(null)})]})}var $={approve:`Approve the request`,reject:`Reject the request`,changes:`Ask for changes to the claim`,rejectClaim:`Reject the claim`,pay:`Mark the claim paid`};function ae({kind:e,id:t,max:n,currency:o,onClose:s}){let[u,f]=(0,F.useState)(n==null?``:d(n,o)),[p,m]=(0,F.useState)(``),h=b(U),g=b(W),_=b(K),v=b(q),y=a(),x={onSuccess:()=>(y($[e].replace(/^(\w+)/,`$1d`).replace(`Markd`,`Marked`).replace(`Askd`,`Asked`)),s())},C=()=>{switch(e){case`approve`:h.mutate({input:{id:t,approvedAmount:i(u,o)??0,note:p}},x);break;case`reject`:g.mutate({input:{id:t,note:p}},x);break;case`changes`:case`rejectClaim`:_.mutate({input:{id:t,note:p,requestChanges:e===`changes`}},x);break;case`pay`:v.mutate({input:{id:t,paymentReference:p}},x)}},w=h.isPending||g.isPending||_.isPending||v.isPending;return(0,Y.jsxs)(r,{open:!0,onClose:s,title:$[e],onSubmit:C,footer:(0,Y.jsxs)(Y.Fragment,{children:[(0,Y.jsx)(N,{onClick:s,children:`Close`}),(0,Y.jsx)(N,{type:`submit`,variant:`primary`,loading:w,children:`Confirm`})]}),children:[(0,Y.jsx)(k,{error:h.error??g.error??_.error??v.error}),e===`approve`&&(0,Y.jsx)(S,{label:`Approved amount (${o})`,hint:n==null?void 0:`At most ${l(n,o)}`,required:!0,inputMode:`decimal`,value:u,onChange:e=>f(e.target.value)}),e===`pay`?(0,Y.jsx)(S,{label:`Payment reference`,required:!0,value:p,onChange:e=>m(e.target.value)}):(0,Y.jsx)(c,{label:`Note for the partner`,required:e!==`approve`,value:p,onChange:e=>m(e.target.value)})]})}export{ee as default};