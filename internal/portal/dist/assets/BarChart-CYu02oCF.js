<<<<<<<< HEAD:internal/portal/dist/assets/BarChart-CYu02oCF.js
import{a as e,n as t}from"./jsx-runtime-Wy9s6hX0.js";import{lt as n}from"./CategoricalChart-DH7cUmqT.js";import{t as r}from"./CartesianChart-BmCw54u1.js";var i=e(t()),a=[`axis`,`item`],o=(0,i.forwardRef)((e,t)=>i.createElement(r,{chartName:`BarChart`,defaultTooltipEventType:`axis`,validateTooltipEventTypes:a,tooltipPayloadSearcher:n,categoricalChartProps:e,ref:t}));export{o as t};
========
import{a as e,n as t}from"./jsx-runtime-Wy9s6hX0.js";import{lt as n}from"./CategoricalChart-eJte14Lw.js";import{t as r}from"./CartesianChart-BdXkDP31.js";var i=e(t()),a=[`axis`,`item`],o=(0,i.forwardRef)((e,t)=>i.createElement(r,{chartName:`BarChart`,defaultTooltipEventType:`axis`,validateTooltipEventTypes:a,tooltipPayloadSearcher:n,categoricalChartProps:e,ref:t}));export{o as t};
>>>>>>>> content:internal/portal/dist/assets/BarChart-BM55jXOx.js
