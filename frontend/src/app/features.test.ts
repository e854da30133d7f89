import { describe, expect, it } from 'vitest';
import { UserRole } from '../gql/graphql';
import { features, featuresFor, isReady } from './features';

describe('feature registry', () => {
  it('gives partners and the vendor different navigation', () => {
    const labels = (role: Parameters<typeof featuresFor>[0]) => featuresFor(role).filter(isReady).map((f) => f.label);
    expect(labels('PARTNER_SALES')).toEqual(['Dashboard', 'Deals', 'Leads', 'Content library', 'Marketing funds', 'Learning', 'Scorecard', 'Tiers & benefits', 'Company profile']);
    expect(labels('PARTNER_ADMIN')).toEqual(['Dashboard', 'Deals', 'Leads', 'Content library', 'Marketing funds', 'Learning', 'Scorecard', 'Tiers & benefits', 'Company profile', 'Team', 'API keys', 'Audit log', 'Webhooks', 'Imports']);
    expect(labels('CHANNEL_MANAGER')).toEqual(['Overview', 'Approval queue', 'Deals', 'Leads', 'Partners', 'Onboarding', 'Applications', 'Tier changes', 'Tiers & benefits', 'Content', 'Marketing funds', 'Analytics', 'Surveys', 'Imports']);
    expect(labels('ADMIN')).toEqual([
      'Overview',
      'Approval queue',
      'Deals',
      'Leads',
      'Routing rules',
      'Partners',
      'Onboarding',
      'Training authoring',
      'Applications',
      'Tier changes',
      'Tiers & benefits',
      'Content',
      'Marketing funds',
      'Analytics',
      'Surveys',
      'Users',
      'API keys',
      'Audit log',
      'Webhooks',
      'Imports',
    ]);
  });

  it('never gives one role two screens on the same path', () => {
    for (const role of Object.values(UserRole)) {
      const paths = featuresFor(role).map((f) => f.path);
      expect(new Set(paths).size).toBe(paths.length);
    }
  });

  it('has no planned slots left: every screen in the registry has its page', () => {
    const planned = features.filter((f) => !isReady(f)).map((f) => f.id);
    expect(planned).toEqual([]);
  });

  it('routes the deal journeys: partners register and open deals, the vendor opens them too', () => {
    const routes = (role: Parameters<typeof featuresFor>[0]) =>
      featuresFor(role)
        .filter(isReady)
        .flatMap((f) => [f.path, ...(f.routes ?? []).map((r) => r.path)]);
    expect(routes('PARTNER_SALES')).toEqual(expect.arrayContaining(['/deals', '/deals/new', '/deals/:id']));
    expect(routes('CHANNEL_MANAGER')).toEqual(expect.arrayContaining(['/approvals', '/deals', '/deals/:id']));
    expect(routes('CHANNEL_MANAGER')).not.toContain('/deals/new');
  });
});
