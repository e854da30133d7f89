import { expect, test, type Page } from '@playwright/test';
import { shot, signIn } from './helpers';

// The bell and the deal's MDF activity, on the demo data: partner sales registers a deal sourced by
// Acme's approved roadshow, the channel manager approves it, and the rep's bell counts the
// "approved" notification, which opens the deal and is marked read on the way. Then the channel
// manager reads the MDF charts and the roadshow's return, which now counts the deal.
test.describe.configure({ mode: 'serial' });

const run = Date.now().toString(36);
const title = `Roadshow follow-up: fleet telematics ${run}`;
const activity = 'Customer roadshow, Chicago';

function inDays(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The unread count the bell announces. */
async function unread(page: Page): Promise<number> {
  const bell = page.getByRole('banner').getByRole('button', { name: /^Notifications, / });
  await expect(bell).toBeVisible();
  const name = (await bell.getAttribute('aria-label')) ?? '';
  const m = /(\d+) unread/.exec(name);
  return m ? Number(m[1]) : 0;
}

let before = 0;

test('partner sales registers a deal naming the MDF activity that sourced it', async ({ page }) => {
  await signIn(page, 'sales@acme-reseller.test');
  await expect(page.getByRole('heading', { level: 1, name: /Sam/ })).toBeVisible();
  before = await unread(page);
  await page.goto('/deals/new');
  const form = page.getByRole('form', { name: 'Register a deal' });
  await form.getByLabel('Company').fill('Fleetwise Logistics');
  await form.getByLabel('Web domain').fill(`fleetwise-${run}.test`);
  await form.getByLabel('Title').fill(title);
  await form.getByLabel('Expected value').fill('64,000');
  await form.getByLabel('Expected close date').fill(inDays(60));
  const select = form.getByLabel('Sourced by an MDF activity');
  await expect(select.locator('option', { hasText: activity })).toHaveCount(1);
  // Only approved or completed activities are offered.
  await expect(select.locator('option', { hasText: 'Executive dinner series' })).toHaveCount(0);
  await select.selectOption({ label: (await select.locator('option', { hasText: activity }).innerText()).trim() });
  await form.getByRole('button', { name: 'Register deal' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole('link', { name: activity })).toHaveAttribute('href', /^\/mdf\/requests\//);
  await shot(page, 'deal-mdf-activity');
});

test('the channel manager approves it', async ({ page }) => {
  await signIn(page, 'pam@vendor.test');
  await expect(page.getByRole('heading', { level: 1, name: /Pat/ })).toBeVisible();
  await page.goto('/approvals');
  // Other journeys leave registrations waiting too: narrow the queue to Acme and page on if need be.
  await page.getByRole('combobox', { name: 'Partner' }).selectOption({ label: 'Acme Reseller' });
  const item = page.getByRole('article', { name: title });
  await expect(async () => {
    if (!(await item.isVisible())) {
      await page.getByRole('navigation', { name: 'Pagination' }).getByRole('button', { name: 'Next' }).click({ timeout: 2_000 });
    }
    await expect(item).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await item.getByRole('button', { name: `Approve ${title}` }).click();
  await item.getByRole('button', { name: 'Approve registration' }).click();
  await expect(item.getByRole('status')).toContainText(/Approved/);
});

test('the rep’s bell counts the approval, which opens the deal and is marked read', async ({ page }) => {
  await signIn(page, 'sales@acme-reseller.test');
  await expect(page.getByRole('heading', { level: 1, name: /Sam/ })).toBeVisible();
  // Daily jobs may have told the rep of other things meanwhile: the count rises by one at least.
  await expect.poll(() => unread(page)).toBeGreaterThan(before);
  const now = await unread(page);
  const bell = page.getByRole('banner').getByRole('button', { name: /^Notifications, / });
  await bell.click();
  const panel = page.getByRole('dialog', { name: 'Notifications' });
  await expect(panel).toBeFocused();
  const item = panel.getByRole('button', { name: new RegExp(`approved.*${run}|${run}.*approved`, 'i') }).first();
  await expect(item).toHaveClass(/is-unread/);
  await shot(page, 'notifications-open', { fullPage: false });
  await item.click();
  await expect(page).toHaveURL(/\/deals\/dea_/);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(panel).toHaveCount(0);
  await expect.poll(() => unread(page)).toBe(now - 1);
  // Escape closes the panel and gives focus back to the bell.
  await bell.click();
  await expect(panel.getByRole('button', { name: new RegExp(run) }).first()).not.toHaveClass(/is-unread/);
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(bell).toBeFocused();
});

test('the bell fits a phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, 'sales@acme-reseller.test');
  await expect(page.getByRole('heading', { level: 1, name: /Sam/ })).toBeVisible();
  await page.getByRole('banner').getByRole('button', { name: /^Notifications, / }).click();
  const panel = page.getByRole('dialog', { name: 'Notifications' });
  const box = await panel.boundingBox();
  expect(box).not.toBeNull();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(390);
  await shot(page, 'notifications-phone', { fullPage: false });
});

test('the channel manager reads utilization and the return on MDF, and the roadshow’s return', async ({ page }) => {
  await signIn(page, 'pam@vendor.test');
  await expect(page.getByRole('heading', { level: 1, name: /Pat/ })).toBeVisible();
  await page.goto('/mdf');
  await expect(page.getByRole('heading', { level: 1, name: 'MDF queue' })).toBeVisible();
  const util = page.getByRole('region', { name: /^Utilization by partner in / });
  await expect(util.getByRole('row', { name: /Acme Reseller/ })).toContainText(/\$[\d,]+/);
  await expect(page.getByRole('img', { name: /^Paid vs allocated per partner/ })).toBeVisible();
  await page.getByRole('button', { name: 'Per tier' }).click();
  await expect(page.getByRole('region', { name: /^Utilization by tier in / }).getByRole('row')).not.toHaveCount(1);
  const returns = page.getByRole('region', { name: /^Return on MDF per quarter in / });
  await expect(returns.getByRole('row').nth(1)).toContainText(/Q\d \d{4}/);
  await expect(returns).toContainText(/\$[\d,]+/);
  await expect(page.getByRole('img', { name: /^Spend vs won revenue per quarter/ })).toBeVisible();
  await shot(page, 'mdf-charts');

  await page.getByRole('link', { name: activity }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: activity })).toBeVisible();
  const roi = page.getByTestId('roi');
  // The seeded deals and the one registered above are its open pipeline.
  await expect(roi).toContainText(/Pipeline\s*\$[\d,.]+ \(\d+ deals?\)/);
  await expect(roi).toContainText(/Spend\s*\$[\d,]+/);
  await shot(page, 'mdf-request-roi');
});
