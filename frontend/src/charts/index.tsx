import { lazy, Suspense, type ComponentProps } from 'react';
import { SkeletonBlock } from '../ui/States';

const TierBenefitsChartLazy = lazy(() => import('./TierBenefitsChart'));
const CountBarChartLazy = lazy(() => import('./CountBarChart'));

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
