// The features the signed-in person's role will get but that have not shipped yet, for the
// dashboards' "coming next" tiles. The app's feature registry (app/features.ts) provides them, so
// screens never import the registry, which imports every screen.
import { createContext, useContext } from 'react';
import type { LucideIcon } from 'lucide-react';

export interface UpcomingFeature {
  id: string;
  label: string;
  blurb: string;
  icon: LucideIcon;
}

export const UpcomingFeaturesContext = createContext<readonly UpcomingFeature[]>([]);

export function useUpcomingFeatures(): readonly UpcomingFeature[] {
  return useContext(UpcomingFeaturesContext);
}
