import { expect, test } from '@playwright/test';
import { shot, signIn } from './helpers';

// The demo data ran the tier evaluation at seeding: Wayne Analytics qualifies for Silver and
// awaits its channel manager (pam), some partners are in a grace period, and Acme holds Gold with
// progress to Platinum (docs/tier-evaluation.md).

test('pam approves the proposed upgrade of a partner she manages', async ({ page }) => {
  await signIn(page, 'pam@vendor.test');
  await page.getByRole('navigation', { name: 'Portal' }).getByRole('link', { name: 'Tier changes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tier changes' })).toBeVisible();
  const rows = page.getByTestId('tier-change');
  await expect(rows.filter({ hasText: 'Grace until' }).first()).toBeVisible();
  const wayne = rows.filter({ hasText: 'Wayne Analytics' });
  await expect(wayne).toContainText('Registered → Silver');
  // Soylent's upgrade is for its own channel manager to decide.
  await expect(rows.filter({ hasText: 'Soylent Networks' }).getByRole('button', { name: /Approve/ })).toHaveCount(0);
  await shot(page, 'tier-changes');

  await page.getByRole('button', { name: 'Approve Wayne Analytics for Silver' }).click();
  await expect(page.getByText('Wayne Analytics is now Silver')).toBeVisible();
  await expect(wayne).toHaveCount(0);

  // Its scorecard shows Silver as the tier held.
  await page.goto('/tier-changes');
  await expect(page.getByRole('heading', { level: 1, name: 'Tier changes' })).toBeVisible();
  await expect(rows.filter({ hasText: 'Wayne Analytics' })).toHaveCount(0);
});

test("Acme's admin sees its progress to the next tier, a what-if and its health", async ({ page }) => {
  await signIn(page, 'admin@acme-reseller.test');
  await page.getByRole('navigation', { name: 'Portal' }).getByRole('link', { name: 'Scorecard' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Scorecard' })).toBeVisible();
  await expect(page.getByTestId('current-tier')).toHaveText('Gold');
  await expect(page.getByRole('heading', { name: 'Progress to Platinum' })).toBeVisible();

  const progress = page.getByTestId('requirements-Platinum').first();
  const wonDeals = progress.locator('tr[data-requirement="WON_DEALS"]');
  await expect(wonDeals).toContainText('Not yet');
  await expect(progress.locator('tr[data-requirement="MANUAL_CHECK"]')).toContainText('ask your channel manager');

  // Health: every input with its contribution.
  await expect(page.getByTestId('health-inputs').locator('tbody tr')).toHaveCount(5);
  await shot(page, 'scorecard-acme');

  // What if Acme won enough deals and certified enough people? The deal and people requirements
  // are met, the channel team's check still is not, so Acme would stay Gold.
  const remainingDeals = Number((await wonDeals.locator('td').nth(2).innerText()).replace(/,/g, ''));
  expect(remainingDeals).toBeGreaterThan(0);
  await page.getByLabel('More won deals').fill(String(remainingDeals));
  await page.getByLabel('More certified people').fill('3');
  await page.getByRole('button', { name: 'Show the result' }).click();
  const result = page.getByTestId('what-if-result');
  await expect(result).toContainText('You would qualify for Gold');
  await expect(result.locator('tr[data-requirement="WON_DEALS"]')).toContainText('Met');
  await expect(result.locator('tr[data-requirement="CERTIFIED_PEOPLE"]')).toContainText('Met');
  await expect(result.locator('tr[data-requirement="MANUAL_CHECK"]')).toContainText('Not yet');
  await shot(page, 'scorecard-what-if');
});
