// Every screen of the portal, in one registry: the navigation, the routes and the dashboards'
// "coming next" tiles are all read from here. A feature whose API has not landed yet has no `page`:
// it shows in the navigation as "Soon" (not a link) and is listed on the dashboard, so when its
// branch merges, adding `page: () => import('../features/…')` is all it takes to switch it on.
import type { ComponentType } from 'react';
import type { LucideIcon } from 'lucide-react';
import {
  Award,
  BadgeDollarSign,
  BarChart3,
  BookOpen,
  Briefcase,
  Building2,
  ClipboardCheck,
  FileSearch,
  Gauge,
  GraduationCap,
  Handshake,
  Inbox,
  KeyRound,
  LayoutDashboard,
  MessageSquareHeart,
  PenLine,
  Route,
  ScrollText,
  Users,
  UsersRound,
  Webhook,
  FileUp,
} from 'lucide-react';
import { UserRole } from '../gql/graphql';
import { PARTNER_ROLES, VENDOR_ROLES } from '../lib/roles';

export type Section = 'Workspace' | 'Program' | 'Organisation' | 'Administration';

export interface Feature {
  id: string;
  label: string;
  /** Route path; nested routes (e.g. /partners/:id) are listed in `routes`. */
  path: string;
  icon: LucideIcon;
  section: Section;
  roles: readonly UserRole[];
  /** One line for the dashboard's "coming next" tiles. */
  blurb: string;
  /** The lazily loaded page; absent while the feature's API is still being built. */
  page?: () => Promise<{ default: ComponentType }>;
  /** Further routes the feature owns, lazily loaded too. */
  routes?: { path: string; page: () => Promise<{ default: ComponentType }> }[];
  /** Hidden from the navigation (reached from elsewhere). */
  hidden?: boolean;
}

// Page modules shared by several features (each role sees one of them).
const dealsPage = () => import('../features/deals/DealsList');
const dealDetailPage = () => import('../features/deals/DealDetail');
const registerDealPage = () => import('../features/deals/RegisterDeal');
const leadsPage = () => import('../features/leads/Leads');
const mdfPage = () => import('../features/mdf/Mdf');
const mdfRequestPage = () => import('../features/mdf/MdfRequestDetail');
const webhooksPage = () => import('../features/webhooks/Webhooks');
const importsPage = () => import('../features/imports/Imports');

export const features: Feature[] = [
  // Partners
  {
    id: 'partner-dashboard',
    label: 'Dashboard',
    path: '/',
    icon: LayoutDashboard,
    section: 'Workspace',
    roles: PARTNER_ROLES,
    blurb: 'Your tier, pipeline and what needs attention.',
    page: () => import('../features/dashboard/PartnerDashboard'),
  },
  {
    id: 'deals',
    label: 'Deals',
    path: '/deals',
    icon: Briefcase,
    section: 'Workspace',
    roles: PARTNER_ROLES,
    blurb: 'Register opportunities and follow their approval and protection.',
    page: dealsPage,
    routes: [
      { path: '/deals/new', page: registerDealPage },
      { path: '/deals/:id', page: dealDetailPage },
    ],
  },
  {
    id: 'lead-inbox',
    label: 'Leads',
    path: '/leads',
    icon: Inbox,
    section: 'Workspace',
    roles: PARTNER_ROLES,
    blurb: 'Leads the vendor offers you: accept or decline before the deadline, convert to a deal.',
    page: leadsPage,
  },
  {
    id: 'content',
    label: 'Content library',
    path: '/content',
    icon: BookOpen,
    section: 'Workspace',
    roles: PARTNER_ROLES,
    blurb: 'Playbooks, sales decks and campaign kits for your tier.',
    page: () => import('../features/content/Library'),
  },
  {
    id: 'mdf',
    label: 'Marketing funds',
    path: '/mdf',
    icon: BadgeDollarSign,
    section: 'Workspace',
    roles: PARTNER_ROLES,
    blurb: 'Request MDF for campaigns and claim it back with proof.',
    page: mdfPage,
    routes: [{ path: '/mdf/requests/:id', page: mdfRequestPage }],
  },
  // Vendor
  {
    id: 'learning',
    label: 'Learning',
    path: '/learning',
    icon: GraduationCap,
    section: 'Workspace',
    roles: PARTNER_ROLES,
    blurb: 'Your onboarding plan, training tracks, quizzes and certificates.',
    page: () => import('../features/learning/Learning'),
    routes: [{ path: '/learning/courses/:id', page: () => import('../features/learning/CoursePage') }],
  },
  {
    id: 'vendor-overview',
    label: 'Overview',
    path: '/',
    icon: LayoutDashboard,
    section: 'Workspace',
    roles: VENDOR_ROLES,
    blurb: 'The program at a glance.',
    page: () => import('../features/dashboard/VendorOverview'),
  },
  {
    id: 'approvals',
    label: 'Approval queue',
    path: '/approvals',
    icon: ClipboardCheck,
    section: 'Workspace',
    roles: VENDOR_ROLES,
    blurb: 'Deal registrations waiting for a decision, overdue first.',
    page: () => import('../features/deals/Approvals'),
  },
  {
    id: 'vendor-deals',
    label: 'Deals',
    path: '/deals',
    icon: Briefcase,
    section: 'Workspace',
    roles: VENDOR_ROLES,
    blurb: 'Every registered deal across partners, with conflicts.',
    page: dealsPage,
    routes: [{ path: '/deals/:id', page: dealDetailPage }],
  },
  {
    id: 'vendor-leads',
    label: 'Leads',
    path: '/leads',
    icon: Inbox,
    section: 'Workspace',
    roles: VENDOR_ROLES,
    blurb: 'Leads with their routing traces, and the manual queue.',
    page: leadsPage,
  },
  {
    id: 'routing-rules',
    label: 'Routing rules',
    path: '/routing-rules',
    icon: Route,
    section: 'Workspace',
    roles: [UserRole.Admin],
    blurb: 'The rules that decide which partner is offered each lead, in the order they run.',
    page: () => import('../features/routing/RoutingRules'),
  },
  {
    id: 'partners',
    label: 'Partners',
    path: '/partners',
    icon: Building2,
    section: 'Workspace',
    roles: VENDOR_ROLES,
    blurb: 'Every partner organisation, its tier, manager and people.',
    page: () => import('../features/partners/PartnersList'),
    routes: [{ path: '/partners/:id', page: () => import('../features/partners/PartnerDetail') }],
  },
  {
    id: 'vendor-onboarding',
    label: 'Onboarding',
    path: '/onboarding',
    icon: GraduationCap,
    section: 'Program',
    roles: VENDOR_ROLES,
    blurb: 'Partners’ 90-day plans, overdue steps, completion by tier and certifications.',
    page: () => import('../features/learning/OnboardingOverview'),
  },
  {
    id: 'training-authoring',
    label: 'Training authoring',
    path: '/training',
    icon: PenLine,
    section: 'Program',
    roles: [UserRole.Admin],
    blurb: 'Author onboarding plans, courses with quizzes, learning tracks and certifications.',
    page: () => import('../features/learning/TrainingAuthoring'),
  },
  {
    id: 'applications',
    label: 'Applications',
    path: '/applications',
    icon: Inbox,
    section: 'Workspace',
    roles: VENDOR_ROLES,
    blurb: 'Companies applying to join the program.',
    page: () => import('../features/applications/Applications'),
  },
  {
    id: 'scorecard',
    label: 'Scorecard',
    path: '/scorecard',
    icon: Gauge,
    section: 'Workspace',
    roles: PARTNER_ROLES,
    blurb: 'Your tier, progress to the next, a what-if and your health score.',
    page: () => import('../features/scorecard/Scorecard'),
  },
  // Program
  {
    id: 'tier-changes',
    label: 'Tier changes',
    path: '/tier-changes',
    icon: Gauge,
    section: 'Program',
    roles: VENDOR_ROLES,
    blurb: 'Upgrades to approve and downgrades in their grace period.',
    page: () => import('../features/scorecard/TierChanges'),
    routes: [{ path: '/scorecard/:id', page: () => import('../features/scorecard/Scorecard') }],
  },
  {
    id: 'tiers',
    label: 'Tiers & benefits',
    path: '/tiers',
    icon: Award,
    section: 'Program',
    roles: [...PARTNER_ROLES, ...VENDOR_ROLES],
    blurb: 'Requirements and benefits of every tier.',
    page: () => import('../features/tiers/Tiers'),
  },
  {
    id: 'vendor-content',
    label: 'Content',
    path: '/content',
    icon: BookOpen,
    section: 'Program',
    roles: VENDOR_ROLES,
    blurb: 'Publish enablement content by tier and partner type.',
    page: () => import('../features/content/Authoring'),
  },
  {
    id: 'vendor-mdf',
    label: 'Marketing funds',
    path: '/mdf',
    icon: BadgeDollarSign,
    section: 'Program',
    roles: VENDOR_ROLES,
    blurb: 'Allocate MDF and decide requests and claims.',
    page: mdfPage,
    routes: [{ path: '/mdf/requests/:id', page: mdfRequestPage }],
  },
  {
    id: 'analytics',
    label: 'Analytics',
    path: '/analytics',
    icon: BarChart3,
    section: 'Program',
    roles: VENDOR_ROLES,
    blurb: 'Sourced and influenced revenue, activation, retention, ROPI and NPS, each with its formula.',
    page: () => import('../features/analytics/ProgramAnalytics'),
  },
  {
    id: 'surveys',
    label: 'Surveys',
    path: '/surveys',
    icon: MessageSquareHeart,
    section: 'Program',
    roles: VENDOR_ROLES,
    blurb: 'Ask partner people how likely they are to recommend the program.',
    page: () => import('../features/analytics/Surveys'),
  },
  // Partner organisation
  {
    id: 'profile',
    label: 'Company profile',
    path: '/profile',
    icon: Handshake,
    section: 'Organisation',
    roles: PARTNER_ROLES,
    blurb: 'Your organisation as the vendor sees it.',
    page: () => import('../features/profile/Profile'),
  },
  {
    id: 'team',
    label: 'Team',
    path: '/team',
    icon: UsersRound,
    section: 'Organisation',
    roles: [UserRole.PartnerAdmin],
    blurb: 'Colleagues with access to the portal.',
    page: () => import('../features/team/Team'),
  },
  {
    id: 'api-keys',
    label: 'API keys',
    path: '/api-keys',
    icon: KeyRound,
    section: 'Organisation',
    roles: [UserRole.PartnerAdmin],
    blurb: 'Keys for your developers to sync deals with your CRM.',
    page: () => import('../features/api-keys/ApiKeys'),
  },
  {
    id: 'partner-audit',
    label: 'Audit log',
    path: '/audit',
    icon: FileSearch,
    section: 'Organisation',
    roles: [UserRole.PartnerAdmin],
    blurb: 'Who did what in your organisation, and when.',
    page: () => import('../features/audit/AuditLog'),
  },
  {
    id: 'partner-webhooks',
    label: 'Webhooks',
    path: '/webhooks',
    icon: Webhook,
    section: 'Organisation',
    roles: [UserRole.PartnerAdmin],
    blurb: 'Send your organisation’s deal, lead and partner events to your CRM, with a delivery log.',
    page: webhooksPage,
  },
  {
    id: 'partner-imports',
    label: 'Imports',
    path: '/imports',
    icon: FileUp,
    section: 'Organisation',
    roles: [UserRole.PartnerAdmin],
    blurb: 'Invite your colleagues from a CSV file.',
    page: importsPage,
  },
  // Vendor administration
  {
    id: 'users',
    label: 'Users',
    path: '/users',
    icon: Users,
    section: 'Administration',
    roles: [UserRole.Admin],
    blurb: 'Vendor users: create, change roles, disable.',
    page: () => import('../features/users/UsersAdmin'),
  },
  {
    id: 'vendor-api-keys',
    label: 'API keys',
    path: '/api-keys',
    icon: KeyRound,
    section: 'Administration',
    roles: [UserRole.Admin],
    blurb: 'Keys for the channel team’s scripts and integrations.',
    page: () => import('../features/api-keys/ApiKeys'),
  },
  {
    id: 'audit',
    label: 'Audit log',
    path: '/audit',
    icon: ScrollText,
    section: 'Administration',
    roles: [UserRole.Admin],
    blurb: 'Every change and sign-in, with who and from where.',
    page: () => import('../features/audit/AuditLog'),
  },
  {
    id: 'vendor-webhooks',
    label: 'Webhooks',
    path: '/webhooks',
    icon: Webhook,
    section: 'Administration',
    roles: [UserRole.Admin],
    blurb: 'Send every event to your CRM or data warehouse, with a delivery log and redelivery.',
    page: webhooksPage,
  },
  {
    id: 'vendor-imports',
    label: 'Imports',
    path: '/imports',
    icon: FileUp,
    section: 'Administration',
    roles: VENDOR_ROLES,
    blurb: 'Partners, leads, people and exchange rates from CSV files, checked before they are written.',
    page: importsPage,
  },
];

/** Pages anyone may open, signed in or not (links from e-mails and the public site). */
export const publicPages: { path: string; page: () => Promise<{ default: ComponentType }> }[] = [
  { path: '/accept-invitation', page: () => import('../features/auth/AcceptInvitation') },
  { path: '/apply', page: () => import('../features/applications/Apply') },
  { path: '/forgot-password', page: () => import('../features/auth/ForgotPassword') },
  { path: '/reset-password', page: () => import('../features/auth/ResetPassword') },
  { path: '/survey', page: () => import('../features/analytics/AnswerSurvey') },
];

export function featuresFor(role: UserRole): Feature[] {
  return features.filter((f) => f.roles.includes(role));
}

export function isReady(f: Feature): boolean {
  return Boolean(f.page);
}

export const sections: Section[] = ['Workspace', 'Program', 'Organisation', 'Administration'];
