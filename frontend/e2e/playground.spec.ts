import { expect, test } from '@playwright/test';
import { shot, signIn } from './helpers';

// The API playground knows the portal's session: signed in, queries run as you without pasting a
// token; the page shows the header a script would send; only roles that use the API see the link.

test('signed in, the playground runs queries as the signed-in person', async ({ page }) => {
  await signIn(page, 'pam@vendor.test');
  await expect(page.getByRole('heading', { level: 1, name: /Pat/ })).toBeVisible();
  const link = page.getByRole('link', { name: 'API playground' });
  await expect(link).toHaveAttribute('href', '/playground');

  await page.goto('/playground');
  const bar = page.getByRole('status').filter({ hasText: 'Signed in as' });
  await expect(bar).toContainText('pam@vendor.test');
  await expect(bar).toContainText('Authorization: Bearer phk_');
  await page.getByRole('button', { name: /Execute query/ }).click();
  await expect(page.locator('.graphiql-response')).toContainText('"email": "pam@vendor.test"');
  await expect(page.locator('.graphiql-response')).toContainText('"role": "CHANNEL_MANAGER"');
  await shot(page, 'playground-signed-in', { fullPage: false });

  // The portal's session survives the playground's refresh (they share the refresh lock and cookie).
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: /Pat/ })).toBeVisible();
});

test('signed out, the playground says queries run anonymously', async ({ page }) => {
  await page.goto('/playground');
  await expect(page.getByRole('status').filter({ hasText: 'Not signed in' })).toBeVisible();
  await page.getByRole('button', { name: /Execute query/ }).click();
  await expect(page.locator('.graphiql-response')).toContainText('UNAUTHENTICATED');
});

test('a sales rep, who has no API keys, gets no playground link', async ({ page }) => {
  await signIn(page, 'sales@acme-reseller.test');
  await expect(page.getByRole('heading', { level: 1, name: /Sam/ })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Deals' }).first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'API playground' })).toHaveCount(0);
});
