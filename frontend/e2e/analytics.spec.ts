import { expect, test } from '@playwright/test';
import { mailedLink, shot, signIn } from './helpers';

test('the channel team reads the program dashboard with formulas, sends a survey, and a partner answers through the one-time link', async ({ page, browser }) => {
  test.setTimeout(90_000);
  await signIn(page, 'admin@vendor.test');
  await page.getByRole('navigation', { name: 'Portal' }).getByRole('link', { name: 'Analytics' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Program analytics' })).toBeVisible();

  // Every headline figure shows a value from the demo program and its formula beside it.
  for (const key of ['partner_sourced_revenue', 'partner_influenced_revenue', 'activation_rate', 'time_to_first_won_deal', 'partner_retention', 'ropi', 'partner_nps']) {
    const card = page.getByTestId(`metric-${key}`);
    await expect(card.getByTestId('metric-value')).not.toHaveText('—');
    await expect(card.getByTestId('metric-formula')).not.toBeEmpty();
  }
  await expect(page.getByTestId('metric-ropi').getByTestId('metric-formula')).toHaveText('sourced_gross_margin / program_cost');
  await expect(page.getByTestId('cohort').first()).toBeVisible();
  await expect(page.getByRole('img', { name: /Won revenue by month/ })).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).first().click();
  expect((await download).suggestedFilename()).toBe('program-metrics.csv');
  await shot(page, 'analytics-dashboard');

  // In EUR the figures are converted with the demo's USD→EUR rates.
  await page.getByLabel('Reporting currency').selectOption('EUR');
  await expect(page.getByTestId('metric-partner_sourced_revenue').getByTestId('metric-value')).toContainText('€');

  // A survey, sent to every active partner person by e-mail.
  await page.getByRole('navigation', { name: 'Portal' }).getByRole('link', { name: 'Surveys' }).click();
  await page.getByLabel('Title').fill('E2E pulse');
  await page.getByLabel('Optional question').fill('What should we change first?');
  await page.getByRole('button', { name: 'Create survey' }).click();
  const row = page.getByTestId('survey').filter({ hasText: 'E2E pulse' });
  await row.getByRole('button', { name: 'Send to all partners' }).click();
  await expect(page.getByText(/E2E pulse: \d+ people invited by e-mail/)).toBeVisible();

  // The partner answers without signing in; the link then works no more.
  const link = await mailedLink('admin@acme-reseller.test');
  const anon = await browser.newContext();
  const p = await anon.newPage();
  await p.goto(link);
  await expect(p.getByRole('heading', { name: 'E2E pulse' })).toBeVisible();
  await p.getByLabel('9', { exact: true }).check();
  await p.getByLabel('What should we change first?').fill('More joint webinars');
  await p.getByRole('button', { name: 'Send answer' }).click();
  await expect(p.getByText('your answer is recorded')).toBeVisible();
  await p.reload();
  await expect(p.getByText('This link has been used')).toBeVisible();
  await anon.close();
});
