import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { shot, signIn } from './helpers';

// The MDF journey on the demo data (docs/mdf.md): Acme's partner admin requests funds for a webinar
// that has just taken place, pam approves part of it, Acme claims with a proof PDF, pam approves the
// claim and marks it paid; the balance of the quarter is checked after every step.
test.describe.configure({ mode: 'serial' });

const title = `Webinar: zero trust in an hour ${Date.now()}`;
const proof = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

/** The balance figures of the current quarter's allocation (the first card), in cents parsed back. */
async function balance(page: Page): Promise<Record<string, number>> {
  const grid = page.locator('[data-testid^="balance-"]').first();
  await expect(grid).toBeVisible();
  const out: Record<string, number> = {};
  for (const label of ['Allocated', 'Committed', 'Claimed', 'Paid', 'Remaining']) {
    const text = await grid.locator('.stat', { hasText: label }).locator('.stat-value').innerText();
    out[label] = Math.round(Number(text.replace(/[^0-9.]/g, '')) * 100);
  }
  return out;
}

async function openFunds(page: Page, email: string) {
  await signIn(page, email);
  await page.getByRole('navigation', { name: 'Portal' }).getByRole('link', { name: 'Marketing funds' }).click();
}

let before: Record<string, number>;

test('Acme requests funds for a webinar', async ({ page }) => {
  await openFunds(page, 'admin@acme-reseller.test');
  await expect(page.getByRole('heading', { level: 1, name: 'Marketing funds' })).toBeVisible();
  before = await balance(page);
  expect(before.Allocated).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Request funds' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Request funds' });
  const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  await dialog.getByLabel('Activity').selectOption({ label: 'Webinar' });
  await dialog.getByLabel('Title').fill(title);
  await dialog.getByLabel('Plan').fill('One hour for IT leaders, promoted by e-mail; follow-up calls within a week.');
  await dialog.getByLabel('Start date').fill(yesterday);
  await dialog.getByLabel('End date').fill(yesterday);
  await dialog.getByLabel(/^Amount/).fill('5000');
  await dialog.getByLabel('Expected leads').fill('40');
  await dialog.getByRole('button', { name: 'Submit request' }).click();
  const row = page.getByTestId(`request-${title}`);
  await expect(row).toContainText('Submitted');
  // Editable while submitted.
  await row.getByRole('button', { name: 'Edit' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit the request' });
  await edit.getByLabel('Expected leads').fill('45');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit).toHaveCount(0);
  expect(await balance(page)).toEqual(before); // nothing committed before the decision
  await shot(page, 'mdf-requested');
});

test('pam approves part of it', async ({ page }) => {
  await openFunds(page, 'pam@vendor.test');
  await expect(page.getByRole('heading', { level: 1, name: 'MDF queue' })).toBeVisible();
  const row = page.getByTestId(`queue-request-${title}`);
  await row.getByRole('button', { name: 'Approve' }).click();
  const dialog = page.getByRole('dialog', { name: 'Approve the request' });
  await dialog.getByLabel(/^Approved amount/).fill('3000');
  await dialog.getByLabel('Note for the partner').fill('Approved for the webinar platform and promotion.');
  await dialog.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByTestId(`queue-request-${title}`)).toHaveCount(0);
});

test('Acme sees the commitment and claims with a proof PDF', async ({ page }) => {
  await openFunds(page, 'admin@acme-reseller.test');
  const row = page.getByTestId(`request-${title}`);
  await expect(row).toContainText('Approved');
  expect(await balance(page)).toEqual({ ...before, Committed: before.Committed + 300_000, Remaining: before.Remaining - 300_000 });
  await row.getByRole('button', { name: 'Claim' }).click();
  const dialog = page.getByRole('dialog', { name: /Claim funds/ });
  await dialog.getByLabel(/^Amount/).fill('2800');
  await dialog.getByLabel('Leads generated').fill('52');
  await dialog.getByLabel(/^Pipeline generated/).fill('120000');
  await dialog.getByLabel('Proof of performance').setInputFiles({ name: 'webinar-proof.pdf', mimeType: 'application/pdf', buffer: proof });
  await dialog.getByRole('button', { name: 'Submit claim' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId(`request-${title}`)).toContainText('Submitted');
  expect(await balance(page)).toEqual({ ...before, Committed: before.Committed + 300_000, Remaining: before.Remaining - 300_000 });
  await shot(page, 'mdf-claimed');
});

test('pam approves the claim and marks it paid', async ({ page }) => {
  await openFunds(page, 'pam@vendor.test');
  const row = page.getByTestId(`queue-claim-${title}`);
  await expect(row.getByRole('link', { name: 'webinar-proof.pdf' })).toBeVisible();
  await row.getByRole('button', { name: 'Approve claim' }).click();
  await expect(row).toContainText('Approved');
  await row.getByRole('button', { name: 'Mark paid' }).click();
  const dialog = page.getByRole('dialog', { name: 'Mark the claim paid' });
  await dialog.getByLabel('Payment reference').fill('REM-2026-0042');
  await dialog.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByTestId(`queue-claim-${title}`)).toHaveCount(0);
  await shot(page, 'mdf-queue');
});

test('Acme sees the claim paid and the balance settled', async ({ page }) => {
  await openFunds(page, 'admin@acme-reseller.test');
  const row = page.getByTestId(`request-${title}`);
  await expect(row).toContainText('Completed');
  await expect(row).toContainText('Paid');
  // 3,000 approved, 2,800 claimed and paid, 200 back in the remaining balance.
  expect(await balance(page)).toEqual({ ...before, Paid: before.Paid + 280_000, Remaining: before.Remaining - 280_000 });
});

for (const [email, heading] of [
  ['admin@acme-reseller.test', 'Marketing funds'],
  ['pam@vendor.test', 'MDF queue'],
] as const) {
  for (const width of [1440, 390]) {
    test(`${heading} has no serious accessibility violations at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: width > 500 ? 900 : 844 });
      await signIn(page, email);
      await expect(page.locator('.user-button')).toBeVisible();
      await page.goto('/mdf');
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await expect(page.locator('.skeleton')).toHaveCount(0, { timeout: 15_000 });
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await shot(page, `mdf-${heading === 'MDF queue' ? 'vendor' : 'partner'}-${width}`);
    });
  }
}
