import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { shot, signIn } from './helpers';

// Every main screen at desktop (1440 × 900) and phone (390 × 844) width: axe-core finds no serious
// or critical WCAG 2.1 A/AA violation, and the suite saves a screenshot of each (screenshots/,
// git-ignored) for review.

test.describe.configure({ timeout: 180_000 }); // many pages per test on a shared, busy machine

const widths = [
  { name: 'desktop', viewport: { width: 1440, height: 900 } },
  { name: 'phone', viewport: { width: 390, height: 844 } },
];

/** The main screens of each demo login, with the heading that says the page has loaded. */
const screens: { login: string; pages: { path: string; name: string; heading: RegExp }[] }[] = [
  {
    login: 'sales@acme-reseller.test',
    pages: [
      { path: '/', name: 'partner-dashboard', heading: /Sam/ },
      { path: '/deals', name: 'partner-deals', heading: /^Deals$/ },
      { path: '/deals/new', name: 'partner-register-deal', heading: /Register a deal/ },
      { path: '/tiers', name: 'partner-tiers', heading: /Tiers/ },
      { path: '/profile', name: 'partner-profile', heading: /Acme Reseller/ },
    ],
  },
  {
    login: 'admin@acme-reseller.test',
    pages: [
      { path: '/team', name: 'partner-team', heading: /Team/ },
      { path: '/api-keys', name: 'partner-api-keys', heading: /API keys/ },
      { path: '/audit', name: 'partner-audit', heading: /Audit/ },
      { path: '/mdf', name: 'partner-mdf', heading: /Marketing funds/ },
    ],
  },
  {
    login: 'pam@vendor.test',
    pages: [
      { path: '/', name: 'vendor-overview', heading: /Pat/ },
      { path: '/approvals', name: 'vendor-approvals', heading: /Approval queue/ },
      { path: '/deals', name: 'vendor-deals', heading: /Deals/ },
      { path: '/partners', name: 'vendor-partners', heading: /Partners/ },
      { path: '/applications', name: 'vendor-applications', heading: /Applications/ },
      { path: '/tiers', name: 'vendor-tiers', heading: /Tiers/ },
      { path: '/mdf', name: 'vendor-mdf', heading: /MDF queue/ },
    ],
  },
  {
    login: 'admin@vendor.test',
    pages: [
      { path: '/users', name: 'admin-users', heading: /Users/ },
      { path: '/api-keys', name: 'admin-api-keys', heading: /API keys/ },
      { path: '/audit', name: 'admin-audit', heading: /Audit/ },
    ],
  },
];

const publicScreens = [
  { path: '/', name: 'sign-in', heading: /Sign in/ },
  { path: '/forgot-password', name: 'forgot-password', heading: /Reset your password/ },
  { path: '/apply', name: 'apply', heading: /partner/i },
];

async function checkA11y(page: Page, name: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = serious.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => `${n.target.join(" ")} — ${n.failureSummary ?? ""}`).slice(0, 5).join("\n  ")}`);
  expect(report, `${name}: serious or critical accessibility violations`).toEqual([]);
}

async function settle(page: Page, heading: RegExp) {
  await expect(page.getByRole('heading', { level: 1, name: heading }).first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  // Skeletons give way to content (charts are loaded lazily).
  await expect(page.locator('.skeleton')).toHaveCount(0, { timeout: 15_000 });
}

for (const w of widths) {
  test.describe(`${w.name} width`, () => {
    test.use({ viewport: w.viewport });

    test('public pages', async ({ page }) => {
      for (const s of publicScreens) {
        await page.goto(s.path);
        await expect(page.getByRole('heading', { name: s.heading }).first()).toBeVisible();
        await checkA11y(page, s.name);
        await shot(page, `${w.name}/${s.name}`);
      }
    });

    for (const group of screens) {
      test(`main screens of ${group.login}`, async ({ page }) => {
        await signIn(page, group.login);
        await expect(page.locator('.user-button')).toBeVisible();
        for (const s of group.pages) {
          await page.goto(s.path);
          await settle(page, s.heading);
          await checkA11y(page, `${w.name} ${s.name}`);
          await shot(page, `${w.name}/${s.name}`);
        }
        // An MDF request's page (its return on MDF), reached from the MDF screen.
        if (group.pages.some((p) => p.path === '/mdf')) {
          await page.goto('/mdf');
          await settle(page, /Marketing funds|MDF queue/);
          await page.locator('a[href^="/mdf/requests/"]').first().click();
          await expect(page.getByRole('heading', { level: 2, name: 'Return on MDF' })).toBeVisible();
          await page.waitForLoadState('networkidle');
          const who = group.login.startsWith('pam') ? 'vendor' : 'partner';
          await checkA11y(page, `${w.name} ${who}-mdf-request`);
          await shot(page, `${w.name}/${who}-mdf-request`);
        }
        // The notifications panel, open.
        await page.getByRole('banner').getByRole('button', { name: /^Notifications, / }).click();
        await expect(page.getByRole('dialog', { name: 'Notifications' })).toBeVisible();
        await page.waitForLoadState('networkidle');
        await checkA11y(page, `${w.name} ${group.login} notifications`);
        await shot(page, `${w.name}/${group.login.split('@')[0]}-notifications`, { fullPage: false });
        await page.keyboard.press('Escape');
        // A deal's page, reached from the list.
        if (group.pages.some((p) => p.path === '/deals')) {
          await page.goto('/deals');
          await settle(page, /Deals/);
          await page.locator('a[href^="/deals/dea_"]').first().click();
          await expect(page.getByRole('heading', { level: 2, name: 'Timeline' })).toBeVisible();
          await page.waitForLoadState('networkidle');
          const who = group.login.startsWith('pam') ? 'vendor' : 'partner';
          await checkA11y(page, `${w.name} ${who}-deal`);
          await shot(page, `${w.name}/${who}-deal`);
        }
      });
    }
  });
}

test('a deal that does not exist, or is not yours, is "not found" with a way on, not an error to retry', async ({ page }) => {
  await signIn(page, 'sales@globex-msp.test');
  await expect(page.locator('.user-button')).toBeVisible();
  for (const path of ['/deals/dea_01ZZZZZZZZZZZZZZZZZZZZZZZZ', '/deals/not-a-deal-id']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: 'Deal not found' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Try again' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Go to your deals' })).toBeVisible();
    await checkA11y(page, 'deal not found');
  }
  await shot(page, 'deal-not-found', { fullPage: false });
});
