import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { PASSWORD, shot, signIn } from './helpers';

// Channel managers see performance (docs/partner-performance.md): pam reads pipeline, won revenue,
// tier progress and risk on the partner list, opens Acme, reads its performance card, writes a
// note and deletes it again; Acme's own admin never sees the notes.
test.describe.configure({ mode: 'serial' });

const note = `Call with Acme about the healthcare push ${Date.now()}`;

async function openAcme(page: Page) {
  await page.goto('/partners');
  await page.getByLabel('Search').fill('Acme');
  await expect(page).toHaveURL(/q=Acme/); // the debounced filter has applied: the rows are final
  await expect(page.locator('.skeleton')).toHaveCount(0, { timeout: 15_000 });
  await page.getByRole('link', { name: 'Acme Reseller' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Acme Reseller' })).toBeVisible();
}

async function expectNoSeriousViolations(page: Page) {
  await expect(page.locator('.skeleton')).toHaveCount(0, { timeout: 15_000 });
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('pam sees performance on the partner list and writes a note on Acme', async ({ page }) => {
  await signIn(page, 'pam@vendor.test');
  await expect(page.locator('.user-button')).toBeVisible();
  await page.goto('/partners');
  const table = page.getByRole('table');
  for (const column of ['Open pipeline', 'Won (12 months)', 'Tier progress', 'Risk']) {
    await expect(table.getByRole('columnheader', { name: column })).toBeVisible();
  }
  const acmeRow = table.getByRole('row').filter({ hasText: 'Acme Reseller' });
  await expect(acmeRow.getByText(/(Low|Medium|High) risk/)).toBeVisible();
  // Varied levels on the demo list.
  await expect(table.getByText(/(Medium|High) risk/).first()).toBeVisible();
  await expectNoSeriousViolations(page);
  await shot(page, 'partners-performance-1440');

  await acmeRow.getByRole('link', { name: 'Acme Reseller' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Acme Reseller' })).toBeVisible();
  const perf = page.getByRole('region', { name: 'Performance' });
  await expect(perf.getByText('Open pipeline', { exact: true })).toBeVisible();
  await expect(perf.getByText('Won (12 months)', { exact: true })).toBeVisible();
  await expect(perf.getByText(/(Low|Medium|High) risk/)).toBeVisible();

  const notes = page.getByRole('region', { name: 'Notes' });
  await expect(notes.getByRole('list', { name: 'Notes on Acme Reseller' }).getByRole('listitem')).toHaveCount(3);
  await notes.getByLabel('New note').fill(note);
  await notes.getByRole('button', { name: 'Add note' }).click();
  const item = notes.getByRole('listitem').filter({ hasText: note });
  await expect(item).toBeVisible();
  await expect(item.getByText('Pat Morgan')).toBeVisible();
  await expect(notes.getByRole('listitem').first()).toContainText(note); // newest first
  await expectNoSeriousViolations(page);
  await shot(page, 'partner-detail-notes-1440');

  await item.getByRole('button', { name: /Delete note by Pat Morgan/ }).click();
  await expect(notes.getByRole('listitem').filter({ hasText: note })).toHaveCount(0);
  await expect(notes.getByRole('listitem')).toHaveCount(3);
});

test('the partner list and page stay usable at 390 px', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, 'pam@vendor.test');
  await expect(page.locator('.user-button')).toBeVisible();
  await page.goto('/partners');
  await expect(page.getByRole('heading', { level: 1, name: 'Partners' })).toBeVisible();
  await expect(page.locator('td[data-label="Risk"]').first()).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(1);
  await expectNoSeriousViolations(page);
  await shot(page, 'partners-performance-390');

  await openAcme(page);
  await expect(page.getByRole('region', { name: 'Performance' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Notes' }).getByLabel('New note')).toBeVisible();
  const overflow2 = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow2).toBeLessThanOrEqual(1);
  await expectNoSeriousViolations(page);
  await shot(page, 'partner-detail-390');
});

test('Acme’s partner admin never sees the notes', async ({ page, request }) => {
  await signIn(page, 'admin@acme-reseller.test');
  await expect(page.locator('.user-button')).toBeVisible();
  // The partner pages are the channel team's: no Partners entry, and no notes anywhere.
  await expect(page.getByRole('navigation', { name: 'Portal' }).getByRole('link', { name: 'Partners' })).toHaveCount(0);
  const login = await request.post('/query', {
    headers: { 'Content-Type': 'application/json' },
    data: {
      query: 'mutation($in: LoginInput!) { login(input: $in) { accessToken } }',
      variables: { in: { email: 'admin@acme-reseller.test', password: PASSWORD } },
    },
  });
  const token = ((await login.json()) as { data?: { login?: { accessToken?: string } } }).data?.login?.accessToken ?? '';
  expect(token).not.toBe('');
  const res = await request.post('/query', {
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    data: { query: '{ partnerNotes(first: 10) { totalCount edges { node { id body } } } }' },
  });
  const body = (await res.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
  expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  expect(JSON.stringify(body)).not.toContain('pno_');
  await page.goto('/partners');
  await expect(page.getByRole('region', { name: 'Notes' })).toHaveCount(0);
  await expect(page.getByText('Quarterly business review with Acme')).toHaveCount(0);
});
