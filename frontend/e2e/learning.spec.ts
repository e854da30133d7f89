import { expect, test, type Page } from '@playwright/test';
import { shot, signIn } from './helpers';

/** Marks every open lesson of the course page complete. */
async function completeLessons(page: Page) {
  const buttons = page.getByRole('button', { name: 'Mark lesson complete' });
  while ((await buttons.count()) > 0) {
    const before = await buttons.count();
    await buttons.first().click();
    await expect(buttons).toHaveCount(before - 1);
  }
}

test('a sales rep completes the sales track, passes its quizzes, is certified and the certificate verifies', async ({ page, browser }) => {
  // Two courses, four quiz submissions and a second browser context: longer than one screen.
  test.setTimeout(120_000);
  await signIn(page, 'sales@acme-reseller.test');
  await page.getByRole('navigation', { name: 'Portal' }).getByRole('link', { name: 'Learning' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Learning' })).toBeVisible();

  // The journey shows only the sales rep's own steps; "Get certified" is still open.
  const steps = page.getByTestId('onboarding-step');
  await expect(steps).toHaveCount(3);
  const certifyStep = steps.filter({ hasText: 'Get certified' });
  await expect(certifyStep.getByLabel('Overdue')).toBeVisible();
  await expect(page.getByTestId('track').first()).toHaveAttribute('data-track', 'Sales essentials');
  await shot(page, 'learning-sales-before');

  // First course: the remaining lessons, a failed attempt, then a pass.
  await page.getByRole('link', { name: 'Selling the platform' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Selling the platform' })).toBeVisible();
  await completeLessons(page);
  await page.getByLabel('The IT help desk').check();
  await page.getByRole('button', { name: 'Submit answers' }).click();
  await expect(page.getByTestId('quiz-result')).toContainText('You scored 0%');
  await page.getByLabel('VP Sales or Channel Chief').check();
  await page.getByLabel('How partners register deals today').check();
  await page.getByLabel('A mid-market manufacturer with a growing channel').check();
  await page.getByLabel('A retailer with 500 employees selling through partners').check();
  await page.getByRole('button', { name: 'Submit answers' }).click();
  await expect(page.getByTestId('quiz-result')).toContainText('You scored 100%');
  await expect(page.getByTestId('awarded')).toHaveCount(0);

  // Second course: its lesson and quiz complete the track and issue the certification.
  await page.getByRole('link', { name: 'Learning' }).first().click();
  await page.getByRole('link', { name: 'Deal registration and rules of engagement' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Deal registration and rules of engagement' })).toBeVisible();
  await completeLessons(page);
  await page.getByLabel('The first to register').check();
  await page.getByLabel('Ask for an extension').check();
  await page.getByRole('button', { name: 'Submit answers' }).click();
  await expect(page.getByTestId('awarded')).toContainText('Certified Sales Professional');
  await shot(page, 'learning-certified');
  const href = await page.getByRole('link', { name: 'View your certificate' }).getAttribute('href');
  expect(href).toMatch(/\/verify\/[a-z0-9]{30,}$/);

  // The journey's training step completed by itself.
  await page.goto('/learning');
  await expect(page.getByTestId('certificate')).toContainText('Certified Sales Professional');
  await expect(certifyStep.getByLabel('Done')).toBeVisible();
  await expect(page.getByTestId('track').first()).toContainText('2 of 2 courses complete (100%)');

  // The public verification page, signed out: holder, certification, validity, nothing else.
  // A fresh browser context: no session, as a customer following the shared link.
  const visitor = await browser.newContext();
  const verify = await visitor.newPage();
  await verify.goto(href!);
  await expect(verify.getByRole('heading', { name: 'Valid certificate' })).toBeVisible();
  await expect(verify.getByTestId('holder')).toHaveText('Sam Sales');
  await expect(verify.getByTestId('certification')).toHaveText('Certified Sales Professional');
  await expect(verify.locator('body')).not.toContainText('acme');
  await visitor.close();
});

test('the channel manager sees overdue onboarding and completion by tier', async ({ page }) => {
  await signIn(page, 'pam@vendor.test');
  await page.getByRole('navigation', { name: 'Portal' }).getByRole('link', { name: 'Onboarding' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Onboarding and training' })).toBeVisible();
  // Oscorp signed 80 days ago and has registered nothing: its early steps are overdue.
  await expect(page.getByTestId('overdue-step').filter({ hasText: 'Oscorp Resellers' }).first()).toBeVisible();
  await expect(page.getByRole('table', { name: 'Completion by tier' })).toContainText('Gold');
  await shot(page, 'vendor-onboarding');
});
