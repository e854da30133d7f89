import { expect, test } from '@playwright/test';
import { shot, signIn } from './helpers';

// The content library's journey: an admin uploads a deck for Gold partners and publishes it; a
// Gold partner (Acme) finds and downloads it; a Silver partner (Globex) cannot find it.
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
