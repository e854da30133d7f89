import{a as e,n as t,t as n}from"./jsx-runtime-Wy9s6hX0.js";import{L as r,U as i,a,d as o,i as s,rt as c,s as l}from"./index-D7DUstJB.js";import{R as u,i as d,n as f,r as p,t as m,u as h}from"./usePageTitle-atKqKR4V.js";var g=e(t(),1),_=`
    mutation ImportPartners($input: ImportCsvInput!) {
  importPartners(input: $input) {
    report {
      ...ImportReportFields
    }
  }
}
    fragment ImportReportFields on ImportReport {
  dryRun
  rows
  created
  errors {
    row
    field
    message
  }
}`,v=`
    mutation ImportLeads($input: ImportCsvInput!) {
  importLeads(input: $input) {
    report {
      ...ImportReportFields
    }
  }
}
    fragment ImportReportFields on ImportReport {
  dryRun
  rows
  created
  errors {
    row
    field
    message
  }
}`,y=`
    mutation ImportUsers($input: ImportCsvInput!) {
  importUsers(input: $input) {
    report {
      ...ImportReportFields
    }
  }
}
    fragment ImportReportFields on ImportReport {
  dryRun
  rows
  created
  errors {
    row
    field
    message
  }
}`,b=`
    mutation ImportExchangeRates($input: ImportCsvInput!) {
  importExchangeRates(input: $input) {
    report {
      ...ImportReportFields
    }
  }
}
    fragment ImportReportFields on ImportReport {
  dryRun
  rows
  created
  errors {
    row
    field
    message
  }
}`,x=`NA, LATAM, EMEA, APAC`,S={partners:{label:`Partners`,noun:[`partner`,`partners`],roles:[u.Admin],columns:[{name:`name`,required:!0,value:`company name`},{name:`type`,required:!0,value:`RESELLER, VAR, MSP, SI, ISV, REFERRAL, ALLIANCE, MARKETPLACE`},{name:`region`,required:!0,value:x},{name:`slug`,required:!1,value:`derived from the name when empty`},{name:`status`,required:!1,value:`ONBOARDING (default), ACTIVE, SUSPENDED, CHURNED`},{name:`tier`,required:!1,value:`a tier’s name, e.g. Silver`},{name:`website`,required:!1,value:`its domain must not belong to another partner`},{name:`country`,required:!1,value:`ISO-3166 alpha-2, e.g. AT`},{name:`verticals`,required:!1,value:`separated by semicolons: Retail; Healthcare`}],example:`name,type,region,country,website,tier,verticals
Alpen IT,RESELLER,EMEA,AT,https://alpen-it.example,Silver,Manufacturing; Retail`},leads:{label:`Leads`,noun:[`lead`,`leads`],roles:[u.Admin,u.ChannelManager],columns:[{name:`company`,required:!0,value:`company name`},{name:`country`,required:!0,value:`ISO-3166 alpha-2`},{name:`region`,required:!0,value:x},{name:`domain, contact_name, contact_email, vertical, interest, source`,required:!1,value:`text`},{name:`estimated_value`,required:!1,value:`whole minor units (cents)`},{name:`currency`,required:!1,value:`ISO-4217, USD when empty`}],example:`company,country,region,domain,interest,estimated_value,currency
Halden Logistik,DE,EMEA,halden.example,Warehouse automation,2500000,EUR`},users:{label:`People (invitations)`,noun:[`invitation`,`invitations`],roles:[u.Admin,u.PartnerAdmin],columns:[{name:`email`,required:!0,value:`work e-mail`},{name:`role`,required:!0,value:`ADMIN, CHANNEL_MANAGER, PARTNER_ADMIN, PARTNER_SALES`},{name:`name`,required:!1,value:`prefilled on the invitation`},{name:`partner`,required:!1,value:`a partner’s name or ID; empty: your own organisation`},{name:`job_function`,required:!1,value:`SALES, PRESALES, SUPPORT, MARKETING, MANAGEMENT`}],example:`email,name,role,partner,job_function
nia@alpen-it.example,Nia Berger,PARTNER_SALES,Alpen IT,SALES`},exchangeRates:{label:`Exchange rates`,noun:[`exchange rate`,`exchange rates`],roles:[u.Admin],columns:[{name:`date`,required:!0,value:`YYYY-MM-DD: the rate applies from this day`},{name:`from, to`,required:!0,value:`ISO-4217, different`},{name:`rate`,required:!0,value:`a positive number: 1 from = rate to`}],example:`date,from,to,rate
2026-01-01,EUR,USD,1.08`}};function C(e){return Object.keys(S).filter(t=>S[t].roles.includes(e))}function w(e,t){let[n,r]=S[e].noun,i=(e,t)=>`${e} ${e===1?t[0]:t[1]}`,a=i(t.rows,[`row`,`rows`]);if(t.errors.length>0){let e=new Set(t.errors.map(e=>e.row)).size;return{tone:`danger`,title:`${i(e,[`row has`,`rows have`])} problems`,detail:`${a} checked. Nothing was written: fix the rows below and check again.`}}return t.dryRun?{tone:`success`,title:t.rows===1?`The row is good`:`All ${a} are good`,detail:`Nothing was written yet. Import writes ${i(t.rows,[n,r])}.`}:{tone:`success`,title:`Imported ${i(t.created,[n,r])}`,detail:`All ${a} were written.`}}var T=n();function E(){m(`Imports`);let e=i(),t=e?C(e.role):[],[n,u]=(0,g.useState)(t[0]),[x,E]=(0,g.useState)(null),[D,O]=(0,g.useState)(null),k=o(_),A=o(v),j=o(y),M=o(b);if(!n)return(0,T.jsx)(p,{title:`Nothing to import`,children:`Your role has no CSV imports.`});let N=S[n],P=k.isPending||A.isPending||j.isPending||M.isPending,F={partners:k.error,leads:A.error,users:j.error,exchangeRates:M.error}[n];async function I(e){if(!x||!n)return;O(null);let t={input:{csv:await x.text(),dryRun:e}},r=n,i=e=>O({kind:r,report:e});r===`partners`&&k.mutate(t,{onSuccess:e=>i(e.importPartners.report)}),r===`leads`&&A.mutate(t,{onSuccess:e=>i(e.importLeads.report)}),r===`users`&&j.mutate(t,{onSuccess:e=>i(e.importUsers.report)}),r===`exchangeRates`&&M.mutate(t,{onSuccess:e=>i(e.importExchangeRates.report)})}let L=D&&D.kind===n?w(n,D.report):null;return(0,T.jsxs)(T.Fragment,{children:[(0,T.jsx)(a,{title:`Imports`,subtitle:`Bring records in from a CSV file. Check it first: every row is validated exactly like a single entry and nothing is written. An import writes every row, or none when any row is wrong.`}),(0,T.jsx)(s,{title:`File`,labelledBy:`import-file`,children:(0,T.jsxs)(`form`,{className:`stack`,style:{gap:16},onSubmit:e=>(e.preventDefault(),I(!0)),children:[(0,T.jsxs)(`div`,{className:`form-grid`,children:[(0,T.jsx)(r,{label:`What to import`,value:n,onChange:e=>{u(e.target.value),O(null)},children:t.map(e=>(0,T.jsx)(`option`,{value:e,children:S[e].label},e))}),(0,T.jsxs)(`div`,{className:`field`,children:[(0,T.jsx)(`label`,{htmlFor:`import-csv`,children:`CSV file`}),(0,T.jsx)(`input`,{id:`import-csv`,className:`input`,type:`file`,accept:`.csv,text/csv`,"aria-describedby":`import-csv-hint`,onChange:e=>{E(e.target.files?.[0]??null),O(null)}}),(0,T.jsxs)(`div`,{className:`hint`,id:`import-csv-hint`,children:[`Header line first; at most 5,000 rows. `,(0,T.jsxs)(`a`,{href:`#import-columns`,children:[`Columns for `,N.label.toLowerCase()]})]})]})]}),(0,T.jsxs)(`div`,{className:`row`,children:[(0,T.jsx)(h,{type:`submit`,disabled:!x,loading:P,children:`Check`}),(0,T.jsx)(h,{variant:`primary`,icon:(0,T.jsx)(c,{size:16,"aria-hidden":`true`}),disabled:!x||P,onClick:()=>I(!1),children:`Import`})]}),(0,T.jsx)(d,{error:F})]})}),L&&D&&(0,T.jsx)(s,{title:D.report.dryRun?`Check`:`Import`,labelledBy:`import-report`,children:(0,T.jsxs)(`div`,{className:`stack`,style:{gap:12},"data-testid":`import-report`,children:[(0,T.jsx)(f,{tone:L.tone,title:L.title,children:L.detail}),D.report.errors.length>0&&(0,T.jsx)(`div`,{className:`table-wrap`,tabIndex:0,role:`region`,"aria-label":`Problems by row`,children:(0,T.jsxs)(`table`,{className:`table`,children:[(0,T.jsx)(`thead`,{children:(0,T.jsxs)(`tr`,{children:[(0,T.jsx)(`th`,{scope:`col`,children:`Row`}),(0,T.jsx)(`th`,{scope:`col`,children:`Column`}),(0,T.jsx)(`th`,{scope:`col`,children:`Problem`})]})}),(0,T.jsx)(`tbody`,{children:D.report.errors.map((e,t)=>(0,T.jsxs)(`tr`,{children:[(0,T.jsx)(`td`,{children:e.row}),(0,T.jsx)(`td`,{children:e.field?(0,T.jsx)(`code`,{children:e.field}):`—`}),(0,T.jsx)(`td`,{children:e.message})]},t))})]})})]})}),(0,T.jsx)(s,{title:`Columns for ${N.label.toLowerCase()}`,labelledBy:`import-columns`,hint:`Any order, case-insensitive; unknown columns are refused. Row 1 is the line after the header.`,children:(0,T.jsxs)(`div`,{className:`stack import-columns`,style:{gap:12},children:[(0,T.jsx)(`div`,{className:`table-wrap`,tabIndex:0,role:`region`,"aria-label":`Column reference`,children:(0,T.jsxs)(`table`,{className:`table`,children:[(0,T.jsx)(`thead`,{children:(0,T.jsxs)(`tr`,{children:[(0,T.jsx)(`th`,{scope:`col`,children:`Column`}),(0,T.jsx)(`th`,{scope:`col`,children:`Required`}),(0,T.jsx)(`th`,{scope:`col`,children:`Value`})]})}),(0,T.jsx)(`tbody`,{children:N.columns.map(e=>(0,T.jsxs)(`tr`,{children:[(0,T.jsx)(`td`,{children:(0,T.jsx)(`code`,{children:e.name})}),(0,T.jsx)(`td`,{children:e.required?(0,T.jsx)(l,{tone:`warning`,children:`Required`}):`Optional`}),(0,T.jsx)(`td`,{children:e.value})]},e.name))})]})}),(0,T.jsxs)(`div`,{children:[`Example:`,(0,T.jsx)(`pre`,{className:`mono`,style:{whiteSpace:`pre-wrap`,overflowWrap:`anywhere`},children:N.example})]})]})})]})}export{E as default};