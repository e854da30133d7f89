import { count, money } from '../../lib/format';

/** What each tier requirement and health input is called on screen. */
export const requirementLabels: Record<string, string> = {
  WON_REVENUE: 'Partner-sourced won revenue',
  WON_DEALS: 'Won deals',
  APPROVED_REGISTRATIONS: 'Approved registrations',
  CERTIFIED_PEOPLE: 'Certified people',
  MANUAL_CHECK: 'Channel team check',
};

export const healthLabels: Record<string, string> = {
  REGISTRATION_ACTIVITY: 'Registrations',
  WIN_RATE: 'Win rate',
  PORTAL_ACTIVITY: 'People active in the portal',
  CONTENT_ENGAGEMENT: 'Content views and downloads',
  CERTIFICATIONS: 'Certified people',
};

/** A requirement's figure in its unit: money for revenue, yes/no for the manual check. */
export function figure(key: string, n: number, currency: string): string {
  if (key === 'WON_REVENUE') return money(n, currency || 'USD');
  if (key === 'MANUAL_CHECK') return n >= 1 ? 'done' : 'not yet';
  return count(n);
}

export function windowText(days: number): string {
  return days > 0 ? `last ${days} days` : 'now';
}
