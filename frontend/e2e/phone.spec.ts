import { expect, test, type Locator, type Page } from '@playwright/test';
import { shot, signIn } from './helpers';

// The main screens at phone width (390 × 844): one column, the side panel below the form or the
// deal, navigation behind the menu button, chart labels that do not run together.
test.use({ viewport: { width: 390, height: 844 } });
test.describe.configure({ mode: 'serial' });

const run = Date.now().toString(36);
const domain = `harbour-cranes-${run}.test`;
const title = `Crane telemetry for two terminals ${run}`;

async function box(l: Locator) {
  const b = await l.boundingBox();
  if (!b) throw new Error('not rendered');
  return b;
}

/** Opens a page through the navigation drawer, as a person on a phone would. */
async function navigate(page: Page, link: string) {
  await page.getByRole('button', { name: 'Open navigation' }).click();
  await page.getByRole('navigation', { name: 'Portal' }).getByRole('link', { name: link }).click();
}

function inDays(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

test('on a phone, a partner registers a deal in one column and reads it with the side panel below', async ({ page }) => {
  await signIn(page, 'sales@acme-reseller.test');
  await expect(page.getByRole('heading', { level: 1, name: /Sam/ })).toBeVisible();
  await navigate(page, 'Deals');
  await page.getByRole('link', { name: 'Register a deal' }).first().click();
  const form = page.getByRole('form', { name: 'Register a deal' });
  const company = form.getByLabel('Company');
  await expect(company).toBeVisible();

  // The form uses the width of the screen, and nothing lies on top of its fields.
  const field = await box(company);
  expect(field.width).toBeGreaterThan(300);
  for (const label of ['Company', 'Web domain']) {
    const on = await form.getByLabel(label).evaluate((el) => {
      const r = el.getBoundingClientRect();
      return document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2) === el;
    });
    expect(on, `${label} is not covered by the side panel`).toBe(true);
  }
  const aside = page.getByRole('complementary', { name: 'How registration works' });
  expect((await box(aside)).y).toBeGreaterThan((await box(form.getByRole('button', { name: 'Register deal' }))).y);

  await company.fill('Harbour Cranes Ltd');
  await form.getByLabel('Web domain').fill('gmail.com');
  await form.getByLabel('Title').fill(title);
  await form.getByLabel('Expected value').fill('32,000');
  await form.getByLabel('Expected close date').fill(inDays(60));
  await form.getByRole('button', { name: 'Register deal' }).click();
  // A mailbox provider is not a customer: the server says so next to the field.
  await expect(form.getByText(/free or disposable e-mail domain/)).toBeVisible();
  await expect(form.getByLabel('Web domain')).toHaveAttribute('aria-invalid', 'true');
  await form.getByLabel('Web domain').fill(domain);
  await form.getByRole('button', { name: 'Register deal' }).click();
  await expect(page).toHaveURL(/\/deals\/dea_/);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();

  // The deal page is one column: the status panel follows the opportunity, full width.
  const opportunity = page.locator('.card').filter({ has: page.getByRole('heading', { level: 2, name: 'Opportunity' }) });
  const status = page.getByRole('complementary', { name: 'Status' });
  const o = await box(opportunity);
  const s = await box(status);
  expect(s.y).toBeGreaterThan(o.y + o.height - 1);
  expect(o.width).toBeGreaterThan(330);
  expect(Math.abs(s.width - o.width)).toBeLessThan(2);
  await shot(page, 'phone-partner-deal');
});

test('on a phone, the month labels of the partner dashboard chart do not run together', async ({ page }) => {
  await signIn(page, 'sales@acme-reseller.test');
  const chart = page.locator('.card').filter({ has: page.getByRole('heading', { name: 'Registrations by month' }) });
  await chart.scrollIntoViewIfNeeded();
  await expect(chart.getByRole('img', { name: /Registrations by month/ })).toBeVisible();
  // The month labels on the axis, left to right: each starts after the previous one ends.
  // (Recharts draws tick labels in a layer of their own; the x axis's are the bottom row.)
  const labels = async () =>
    chart.evaluate((card) => {
      const rects = Array.from(card.querySelectorAll('.recharts-cartesian-axis-tick-label text'))
        .map((t) => t.getBoundingClientRect())
        .filter((r) => r.width > 0);
      const bottom = Math.max(...rects.map((r) => r.y));
      return rects
        .filter((r) => r.y > bottom - 2)
        .map((r) => ({ x: r.x, width: r.width }))
        .sort((a, b) => a.x - b.x);
    });
  // Cards above it grow as their data arrives: keep the chart in view until it has drawn its axis.
  await expect
    .poll(
      async () => {
        await chart.scrollIntoViewIfNeeded();
        return (await labels()).length;
      },
      { timeout: 20_000 },
    )
    .toBeGreaterThan(2);
  const boxes = await labels();
  for (let i = 1; i < boxes.length; i++) {
    expect(boxes[i].x, 'a month label starts after the previous one ends').toBeGreaterThan(boxes[i - 1].x + boxes[i - 1].width + 2);
  }
});

test('on a phone, the channel manager works the approval queue and opens a deal', async ({ page }) => {
  await signIn(page, 'pam@vendor.test');
  await expect(page.getByRole('heading', { level: 1, name: /Pat/ })).toBeVisible();
  await navigate(page, 'Approval queue');
  await expect(page.getByRole('heading', { level: 1, name: /Approval/ })).toBeVisible();
  const card = page.getByRole('article').first();
  await expect(card).toBeVisible();
  // Nothing spills sideways: the page is as wide as the phone.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await shot(page, 'phone-vendor-approvals');
  await navigate(page, 'Deals');
  await expect(page.getByRole('heading', { level: 1, name: 'Deals' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
