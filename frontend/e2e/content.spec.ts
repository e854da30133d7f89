import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { shot, signIn } from './helpers';

// The content library's journey: an admin uploads a deck for Gold partners and publishes it; a
// Gold partner (Acme) finds and downloads it; a Silver partner (Globex) cannot find it until the
// admin edits the deck (its link refused on the field first) to open it to every tier.
test.describe.configure({ mode: 'serial' });

const title = `Gold competitive deck ${Date.now().toString(36)}`;
const pdf = Buffer.from(`%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% ${title}\ntrailer << /Root 1 0 R >>\n%%EOF\n`);

test('an admin uploads a deck for Gold partners and publishes it', async ({ page }) => {
  await signIn(page, 'admin@vendor.test');
  await page.getByRole('navigation', { name: 'Portal' }).getByRole('link', { name: 'Content' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Content' })).toBeVisible();
  const form = page.getByRole('form', { name: 'New content' });
  await form.getByLabel('Title').fill(title);
  await form.getByLabel('Kind').selectOption('SALES_DECK');
  await form.getByLabel('Minimum tier').selectOption({ label: 'Gold' });
  await form.getByLabel('Summary').fill('Positioning against the incumbents, for Gold partners.');
  await form.getByLabel('File').setInputFiles({ name: 'gold-deck.pdf', mimeType: 'application/pdf', buffer: pdf });
  await form.getByRole('button', { name: 'Upload as draft' }).click();
  await page.getByRole('button', { name: `Publish ${title}` }).click();
  await expect(page.getByRole('row', { name: new RegExp(title) })).toContainText('PUBLISHED');
  await shot(page, 'content-authoring');
});

test('a Gold partner finds the deck and downloads it', async ({ page }) => {
  await signIn(page, 'admin@acme-reseller.test');
  await page.getByRole('navigation', { name: 'Portal' }).getByRole('link', { name: 'Content library' }).click();
  await page.getByRole('textbox', { name: 'Search' }).fill(title);
  const item = page.getByRole('article').filter({ hasText: title });
  await expect(item).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), item.getByRole('button', { name: 'Download' }).click()]);
  expect(download.suggestedFilename()).toBe('gold-deck.pdf');
  await shot(page, 'content-library');
});

test('a Silver partner cannot find the deck', async ({ page }) => {
  await signIn(page, 'admin@globex-msp.test');
  await page.getByRole('navigation', { name: 'Portal' }).getByRole('link', { name: 'Content library' }).click();
  await page.getByRole('textbox', { name: 'Search' }).fill(title);
  await expect(page.getByRole('heading', { name: 'No content found' })).toBeVisible();
});

async function checkA11y(page: Page, name: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = serious.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => `${n.target.join(' ')} — ${n.failureSummary ?? ''}`).slice(0, 5).join('\n  ')}`);
  expect(report, `${name}: serious or critical accessibility violations`).toEqual([]);
}

test('the admin edits the deck at phone width: a bad link is refused on its field, then it opens to every tier', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, 'admin@vendor.test');
  await expect(page.locator('.user-button')).toBeVisible();
  await page.goto('/content');
  await expect(page.getByRole('heading', { level: 1, name: 'Content' })).toBeVisible();
  await page.getByRole('button', { name: `Edit ${title}` }).click();
  const form = page.getByRole('form', { name: `Edit ${title}` });
  await expect(form.getByLabel('Minimum tier')).toHaveValue(/.+/);
  await checkA11y(page, 'content edit form at phone width');

  await form.getByLabel('Link').fill('ftp://files.vendor.test/deck.pdf');
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(form.getByLabel('Link')).toHaveAccessibleDescription(/http or https/);
  await checkA11y(page, 'content edit form with a field error');

  await form.getByLabel('Link').fill('https://videos.vendor.test/competitive');
  await form.getByLabel('Minimum tier').selectOption({ label: 'Every tier' });
  await form.getByLabel('Summary').fill('Positioning against the incumbents, now for every partner.');
  await form.getByLabel('Tags').fill('competitive,');
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByRole('row', { name: new RegExp(title) })).toContainText('Every tier');
  await shot(page, 'phone/content-edit');
});

test('Globex (Silver) now finds the edited deck', async ({ page }) => {
  await signIn(page, 'admin@globex-msp.test');
  await page.getByRole('navigation', { name: 'Portal' }).getByRole('link', { name: 'Content library' }).click();
  await page.getByRole('textbox', { name: 'Search' }).fill(title);
  const item = page.getByRole('article').filter({ hasText: title });
  await expect(item).toContainText('now for every partner');
  await expect(item).toContainText('#competitive');
});

test('a partner who prefers German sees the German version and can switch to the original', async ({ page }) => {
  await signIn(page, 'admin@acme-reseller.test');
  await page.goto('/profile');
  const prefs = page.getByRole('form', { name: 'Your preferences' });
  await prefs.getByLabel('Content language').selectOption('de');
  await prefs.getByRole('button', { name: 'Save preferences' }).click();
  await expect(page.getByText('Preferences saved')).toBeVisible();

  await page.getByRole('navigation', { name: 'Portal' }).getByRole('link', { name: 'Content library' }).click();
  await page.getByRole('textbox', { name: 'Search' }).fill('Partnerprogramm');
  const item = page.getByRole('article').filter({ hasText: 'Leitfaden zum Partnerprogramm' });
  await expect(item).toBeVisible();
  await expect(item).toContainText('German');
  await page.getByRole('textbox', { name: 'Search' }).fill('Partner program guide');
  await expect(page.getByRole('heading', { name: 'No content found' })).toBeVisible(); // one version per item

  await page.getByRole('textbox', { name: 'Search' }).fill('Partnerprogramm');
  await item.getByRole('button', { name: 'Preview' }).click();
  const picker = item.getByLabel('Language versions of Leitfaden zum Partnerprogramm');
  await expect(picker.locator('option')).toHaveText(['German', 'English', 'French']);
  await picker.selectOption({ label: 'English' });
  await expect(item.getByRole('heading', { name: 'Partner program guide' })).toBeVisible();
  await shot(page, 'content-language-versions');

  // Back to no preference, as the other journeys expect.
  await page.goto('/profile');
  await prefs.getByLabel('Content language').selectOption('');
  await prefs.getByRole('button', { name: 'Save preferences' }).click();
  await expect(page.getByText('Preferences saved')).toBeVisible();
});
