<<<<<<<< HEAD:internal/portal/dist/assets/BarChart-DEezQruk.js
import{a as e,n as t}from"./jsx-runtime-Wy9s6hX0.js";import{lt as n}from"./CategoricalChart-Dcxjgb1I.js";import{t as r}from"./CartesianChart-DXfXe-k2.js";var i=e(t()),a=[`axis`,`item`],o=(0,i.forwardRef)((e,t)=>i.createElement(r,{chartName:`BarChart`,defaultTooltipEventType:`axis`,validateTooltipEventTypes:a,tooltipPayloadSearcher:n,categoricalChartProps:e,ref:t}));export{o as t};
========
import{a as e,n as t}from"./jsx-runtime-Wy9s6hX0.js";import{lt as n}from"./CategoricalChart-BwTgYXHs.js";import{t as r}from"./CartesianChart-DeNJu2bC.js";var i=e(t()),a=[`axis`,`item`],o=(0,i.forwardRef)((e,t)=>i.createElement(r,{chartName:`BarChart`,defaultTooltipEventType:`axis`,validateTooltipEventTypes:a,tooltipPayloadSearcher:n,categoricalChartProps:e,ref:t}));export{o as t};
>>>>>>>> training:internal/portal/dist/assets/BarChart-B-7x4pO9.js
