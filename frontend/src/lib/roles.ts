// Which roles belong to the vendor's channel team and which to partner organisations. The API decides
// what each may do (the @hasRole directive and the privacy policies); the portal uses these only to
// choose what to show.
import { UserRole } from '../gql/graphql';

export const PARTNER_ROLES = [UserRole.PartnerAdmin, UserRole.PartnerSales] as const satisfies readonly UserRole[];
export const VENDOR_ROLES = [UserRole.Admin, UserRole.ChannelManager] as const satisfies readonly UserRole[];

export function isVendor(role: UserRole): boolean {
  return (VENDOR_ROLES as readonly UserRole[]).includes(role);
}

/**
 * Who gets the API playground link: the channel team scripts and explores the API, a partner admin
 * issues the API keys its developers use. A sales rep has neither need nor keys.
 */
export const API_PLAYGROUND_ROLES = [UserRole.Admin, UserRole.ChannelManager, UserRole.PartnerAdmin] as const satisfies readonly UserRole[];

export function usesApiPlayground(role: UserRole): boolean {
  return (API_PLAYGROUND_ROLES as readonly UserRole[]).includes(role);
}
