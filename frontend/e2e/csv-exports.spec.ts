import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { signIn } from './helpers';

// Every table a user reads as data exports CSV (docs/csv.md): paged lists of the API through the
// server's streamed export, tables the portal computes built in the browser. Each test downloads
// the file and reads it back.

/** Clicks the "Export CSV" button in `scope` and returns the saved file's name and lines. */
async function exportCsv(page: Page, scope: Locator) {
  const [download] = await Promise.all([page.waitForEvent('download'), scope.getByRole('button', { name: 'Export CSV' }).click()]);
  const text = readFileSync(await download.path(), 'utf8');
  return { name: download.suggestedFilename(), lines: text.trim().split('\n') };
}

/** The card titled `title`. */
function card(page: Page, title: string | RegExp) {
  return page.locator('section.card', { has: page.getByRole('heading', { level: 2, name: title, exact: typeof title === 'string' }) });
}

test('an admin exports the metric definitions and the open tier changes', async ({ page }) => {
  await signIn(page, 'admin@vendor.test');
  await expect(page.getByRole('navigation', { name: 'Portal' })).toBeVisible();

  await page.goto('/analytics');
  await expect(page.getByRole('heading', { level: 1, name: 'Program analytics' })).toBeVisible();
  const definitions = await exportCsv(page, card(page, 'Every definition'));
  expect(definitions.name).toBe('metric-definitions.csv');
  expect(definitions.lines[0]).toBe('key,metric,formula,window');
  expect(definitions.lines.some((l) => l.startsWith('partner_sourced_revenue,'))).toBe(true);

  await page.goto('/tier-changes');
  await expect(page.getByRole('heading', { level: 1, name: 'Tier changes' })).toBeVisible();
  await expect(page.getByTestId('tier-change').first()).toBeVisible();
  const changes = await exportCsv(page, page.getByRole('main'));
  expect(changes.name).toBe('tier-changes.csv');
  expect(changes.lines[0]).toBe('partnerName,fromTierName,toTierName,kind,status,graceEndsAt,reason,createdAt');
  // The demo data has partners in a grace period; their grace end is an ISO time.
  expect(changes.lines.some((l) => /,GRACE,\d{4}-\d{2}-\d{2}T/.test(l))).toBe(true);
});

test('a channel manager exports the approval queue and the onboarding tables', async ({ page }) => {
  await signIn(page, 'pam@vendor.test');
  await expect(page.getByRole('navigation', { name: 'Portal' })).toBeVisible();

  // The queue is a paged list of the API: the server streams it, with the filters on screen.
  await page.goto('/approvals');
  await expect(page.getByRole('heading', { level: 1, name: 'Approval queue' })).toBeVisible();
  await expect(page.locator('article.queue-item').first()).toBeVisible();
  const queue = await exportCsv(page, page.getByRole('main').locator('.table-export').first());
  expect(queue.name).toMatch(/^dealApprovalQueue-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(queue.lines[0]).toBe(
    'deal.title,deal.customerName,deal.customerDomain,deal.amount,deal.currency,deal.partner.name,deal.registeredBy.name,deal.createdAt,decisionDueAt,overdue,managedByViewer',
  );
  expect(queue.lines.length).toBeGreaterThan(1);
  // Amounts in minor units beside their currency; times in RFC 3339.
  expect(queue.lines[1]).toMatch(/,\d+,[A-Z]{3},.*,\d{4}-\d{2}-\d{2}T[^,]*,(true|false),(true|false)$/);

  await page.goto('/onboarding');
  await expect(page.getByRole('heading', { level: 1, name: 'Onboarding and training' })).toBeVisible();
  // Server-side: the overdue steps, with the list's filter.
  const overdue = await exportCsv(page, card(page, /^Overdue onboarding steps/));
  expect(overdue.lines[0]).toBe('partner.name,title,ownerRole,dueAt,partner.manager.name');
  expect(overdue.lines.some((l) => l.startsWith('Oscorp Resellers,'))).toBe(true);
  // Client-side: completion by tier, computed by the portal.
  const byTier = await exportCsv(page, card(page, 'Completion by tier'));
  expect(byTier.name).toBe('onboarding-completion-tier.csv');
  expect(byTier.lines[0]).toBe('tier,partners,onboardingPercent,certifiedPeople');
  expect(byTier.lines.some((l) => /^Gold,\d+,\d+,\d+$/.test(l))).toBe(true);
  // Server-side: every partner's plan.
  const plans = await exportCsv(page, card(page, "Partners' plans"));
  expect(plans.lines[0]).toBe('partner.name,partner.tier.name,partner.type,name,startsAt,day,progress,overdueSteps,partner.certifiedPeople');
  expect(plans.lines.length).toBeGreaterThan(1);
});
