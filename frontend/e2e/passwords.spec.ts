import { expect, test } from '@playwright/test';
import { mailedLink, PASSWORD, shot, signIn } from './helpers';

// Passwords: a person who forgot theirs resets it from the e-mailed link (once), and a signed-in
// person changes theirs from the user menu, which ends their other sessions. The journeys use
// accounts no other journey signs in with.
test.describe.configure({ mode: 'serial' });

const forgetful = 'admin@initech-si.test';
const changer = 'admin@stark-digital.test';

test('forgot password: the link arrives by e-mail, sets a new password once, and the old one stops working', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Forgot password?' }).click();
  await expect(page.getByRole('heading', { name: 'Reset your password' })).toBeVisible();
  await page.getByLabel('Work e-mail').fill(forgetful);
  await page.getByRole('button', { name: 'Send the link' }).click();
  await expect(page.getByRole('heading', { name: 'Check your e-mail' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'works once, for 30 minutes' })).toBeVisible();
  await shot(page, 'forgot-password-sent', { fullPage: false });

  const link = await mailedLink(forgetful);
  expect(link).toMatch(/^\/reset-password#token=php_/);
  await page.goto(link);
  await expect(page.getByRole('heading', { name: 'Choose a new password' })).toBeVisible();
  await page.getByRole('textbox', { name: 'New password', exact: true }).fill('initech rebuilt 2026');
  await page.getByLabel('Repeat the new password').fill('initech rebuilt 2026');
  await page.getByRole('button', { name: 'Change my password' }).click();
  await expect(page.getByRole('heading', { name: 'Your password is changed' })).toBeVisible();

  // The link worked once (a fresh page load: the same URL would keep the page's state).
  await page.goto('about:blank');
  await page.goto(link);
  await page.getByRole('textbox', { name: 'New password', exact: true }).fill('someone else 2026!');
  await page.getByLabel('Repeat the new password').fill('someone else 2026!');
  await page.getByRole('button', { name: 'Change my password' }).click();
  await expect(page.getByText('This link has expired or was used already')).toBeVisible();

  await signIn(page, forgetful, PASSWORD);
  await expect(page.getByRole('alert')).toContainText(/wrong e-mail address or password/i);
  await signIn(page, forgetful, 'initech rebuilt 2026');
  await expect(page.locator('.user-button')).toBeVisible();
});

test('an address without an account gets the same answer and no e-mail', async ({ page }) => {
  await page.goto('/forgot-password');
  await page.getByLabel('Work e-mail').fill('nobody-here@initech-si.test');
  await page.getByRole('button', { name: 'Send the link' }).click();
  await expect(page.getByRole('heading', { name: 'Check your e-mail' })).toBeVisible();
});

test('change password from the user menu: wrong current password is refused, then other sessions end', async ({ page, browser }) => {
  test.setTimeout(120_000); // two devices and four password hashes
  // A second device signed in first.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signIn(otherPage, changer);
  await expect(otherPage.locator('.user-button')).toBeVisible();

  await signIn(page, changer);
  await page.locator('.user-button').click();
  await page.getByRole('menuitem', { name: 'Change password' }).click();
  const dialog = page.getByRole('dialog', { name: 'Change password' });
  await dialog.getByLabel('Current password').fill('not the password');
  await dialog.getByRole('textbox', { name: 'New password', exact: true }).fill('stark new secret 42');
  await dialog.getByLabel('Repeat the new password').fill('stark new secret 42');
  await dialog.getByRole('button', { name: 'Change password' }).click();
  await expect(dialog.getByText('that is not your current password')).toBeVisible();
  await expect(dialog.getByLabel('Current password')).toHaveAttribute('aria-invalid', 'true');

  await dialog.getByLabel('Current password').fill(PASSWORD);
  await dialog.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByText('Password changed. You stay signed in here')).toBeVisible();
  await expect(dialog).toBeHidden();
  // This tab goes on working after a reload (the new refresh cookie)…
  await page.reload();
  await expect(page.locator('.user-button')).toBeVisible();
  // …while the other device is signed out at its next refresh.
  await otherPage.reload();
  await expect(otherPage.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await other.close();
});
