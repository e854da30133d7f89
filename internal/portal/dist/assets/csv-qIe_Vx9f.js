function e(e){let t=e==null?``:String(e);return/^[=+\-@]/.test(t)&&(t=`'${t}`),/[",\n]/.test(t)?`"${t.replace(/"/g,`""`)}"`:t}function t(t,n){return[t,...n].map(t=>t.map(e).join(`,`)).join(`
`)+`
`}function n(e,t){let n=URL.createObjectURL(new Blob([t],{type:`text/csv;charset=utf-8`})),r=document.createElement(`a`);r.href=n,r.download=e,r.click(),URL.revokeObjectURL(n)}export{t as n,n as t};