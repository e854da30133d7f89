// Recharts lives in these lazily loaded chunks, so pages without a chart don't download it.
import { lazy, Suspense, type ComponentProps } from 'react';
import { SkeletonBlock } from '../States';

const TierBenefitsChartLazy = lazy(() => import('./TierBenefitsChart'));
const CountBarChartLazy = lazy(() => import('./CountBarChart'));
const PipelineChartLazy = lazy(() => import('./PipelineChart'));
const TrendChartLazy = lazy(() => import('./TrendChart'));
const WinRateChartLazy = lazy(() => import('./WinRateChart'));
const HealthTrendChartLazy = lazy(() => import('./HealthTrendChart'));
const MoneyBarsChartLazy = lazy(() => import('./MoneyBarsChart'));

export function HealthTrendChart(props: ComponentProps<typeof HealthTrendChartLazy>) {
  return (
    <Suspense fallback={<SkeletonBlock height={260} />}>
      <HealthTrendChartLazy {...props} />
    </Suspense>
  );
}

export function TierBenefitsChart(props: ComponentProps<typeof TierBenefitsChartLazy>) {
  return (
    <Suspense fallback={<SkeletonBlock height={260} />}>
      <TierBenefitsChartLazy {...props} />
    </Suspense>
  );
}

export function CountBarChart(props: ComponentProps<typeof CountBarChartLazy>) {
  return (
    <Suspense fallback={<SkeletonBlock height={260} />}>
      <CountBarChartLazy {...props} />
    </Suspense>
  );
}

export function PipelineChart(props: ComponentProps<typeof PipelineChartLazy>) {
  return (
    <Suspense fallback={<SkeletonBlock height={props.height ?? 260} />}>
      <PipelineChartLazy {...props} />
    </Suspense>
  );
}

export function TrendChart(props: ComponentProps<typeof TrendChartLazy>) {
  return (
    <Suspense fallback={<SkeletonBlock height={260} />}>
      <TrendChartLazy {...props} />
    </Suspense>
  );
}

export function WinRateChart(props: ComponentProps<typeof WinRateChartLazy>) {
  return (
    <Suspense fallback={<SkeletonBlock height={260} />}>
      <WinRateChartLazy {...props} />
    </Suspense>
  );
}

export function MoneyBarsChart(props: ComponentProps<typeof MoneyBarsChartLazy>) {
  return (
    <Suspense fallback={<SkeletonBlock height={260} />}>
      <MoneyBarsChartLazy {...props} />
    </Suspense>
  );
}

export type { MoneyBarsPoint, MoneySeries } from './MoneyBarsChart';
export type { PipelinePoint } from './PipelineChart';
export type { TrendPoint } from './TrendChart';
