// Words and small helpers shared by the learning and onboarding screens.
import type { OnboardingStepCompletion, OnboardingStepOwnerRole } from '../../gql/graphql';

export const completionLabels: Record<OnboardingStepCompletion, string> = {
  MANUAL: 'Ticked by hand',
  PROFILE_COMPLETED: 'Completes with your profile',
  COLLEAGUE_INVITED: 'Completes when a colleague accepts an invitation',
  CERTIFIED: 'Completes when someone is certified',
  DEAL_REGISTERED: 'Completes with your first registered deal',
};

export const ownerLabels: Record<OnboardingStepOwnerRole, string> = {
  PARTNER_ADMIN: 'Partner admin',
  PARTNER_SALES: 'Sales',
  CHANNEL_MANAGER: 'Channel manager',
};

/** A progress bar with its percentage for screen readers. */
export function progressStyle(percent: number): { width: string } {
  return { width: `${Math.max(0, Math.min(100, percent))}%` };
}
