import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { mailedLink, PASSWORD, shot, signIn } from './helpers';

test('partner sales signs in and sees the dashboard with its tier', async ({ page }) => {
  await signIn(page, 'sales@acme-reseller.test');
  await expect(page.getByRole('heading', { level: 1, name: /Sam/ })).toBeVisible();
  await expect(page.getByTestId('current-tier')).toHaveText('Gold');
  // What it takes to reach the next tier, and where Acme stands as the tier evaluation measures it
  // (the demo data: revenue met, 28 of 40 won deals, nobody certified yet, no channel team check).
  await expect(page.getByRole('heading', { name: /Reach Platinum/ })).toBeVisible();
  const reqs = page.getByTestId('next-tier-requirements');
  await expect(reqs).toContainText('at least $1,000,000');
  await expect(reqs).toContainText('at least 40');
  await expect(reqs).toContainText('at least 3');
  const req = (key: string) => reqs.locator(`[data-requirement="${key}"]`);
  await expect(req('WON_REVENUE')).toContainText('$3,546,353.30 of $1,000,000');
  await expect(req('WON_REVENUE')).toContainText('Met');
  await expect(req('WON_DEALS')).toContainText('28 of 40');
  await expect(req('WON_DEALS')).toContainText('12 more deals');
  await expect(req('CERTIFIED_PEOPLE')).toContainText('0 of 3');
  await expect(req('CERTIFIED_PEOPLE')).toContainText('3 more certified people');
  await expect(req('MANUAL_CHECK')).toContainText('Awaiting the channel manager’s check');
  await expect(reqs).not.toContainText('not tracked');
  // Role-aware navigation: partner entries, no vendor administration.
  const nav = page.getByRole('navigation', { name: 'Portal' });
  await expect(nav.getByRole('link', { name: 'Dashboard' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Company profile' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Partners' })).toHaveCount(0);
  await expect(nav.getByRole('link', { name: 'Users' })).toHaveCount(0);
  await expect(page.locator('.recharts-surface').first()).toBeVisible();
  await shot(page, 'partner-dashboard');

  // Keyboard: the first Tab reaches the skip link, which moves focus to the page's content.
  await page.reload();
  await expect(page.getByTestId('current-tier')).toHaveText('Gold');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(page.locator('main :focus')).toHaveCount(1);

  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.getByRole('button', { name: 'Open navigation' })).toBeVisible();
  await shot(page, 'partner-dashboard-phone');
  await page.getByRole('button', { name: 'Open navigation' }).click();
  await expect(page.getByRole('link', { name: 'Tiers & benefits' })).toBeVisible();
  await shot(page, 'partner-nav-phone', { fullPage: false });
  await page.getByRole('link', { name: 'Tiers & benefits' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tiers & benefits' })).toBeVisible();
  await expect(page.getByText('Your tier', { exact: true })).toBeVisible();
});

test('admin filters the partners list and opens Acme Reseller', async ({ page }) => {
  await signIn(page, 'admin@vendor.test');
  await expect(page.getByRole('heading', { level: 1, name: /Ada/ })).toBeVisible();
  await expect(page.getByText('Partners by tier')).toBeVisible();
  await shot(page, 'vendor-overview');

  await page.getByRole('navigation', { name: 'Portal' }).getByRole('link', { name: 'Partners' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Partners' })).toBeVisible();
  await expect(page.getByText(/of 12 partners/)).toBeVisible();

  await page.getByLabel('Type').selectOption('RESELLER');
  await expect(page).toHaveURL(/type=RESELLER/);
  await expect(page.getByText(/of 3 partners/)).toBeVisible();
  await page.getByLabel('Search').fill('acme');
  await expect(page).toHaveURL(/q=acme/);
  await expect(page.getByText(/1–1 of 1 partners/)).toBeVisible();
  const rows = page.locator('tbody tr');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Acme Reseller');
  await shot(page, 'vendor-partners-filtered');

  // The filtered list exports as CSV, whole and with the same filters.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^partners-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = readFileSync(await download.path(), 'utf8').trim().split('\n');
  expect(csv[0]).toBe(
    'name,domain,type,status,country,region,tier.name,manager.name,' +
      'performance.openPipelineText,performance.openDeals,performance.wonRevenueText,performance.wonDeals,' +
      'performance.tierProgressText,performance.healthScore,performance.risk,performance.riskReasonsText',
  );
  expect(csv).toHaveLength(2);
  expect(csv[1]).toContain('Acme Reseller');
  expect(csv[1]).toMatch(/USD \d+/); // pipeline per currency, in one cell (docs/csv.md)

  // Sorting by name descending, across all partners.
  await page.goto('/partners?sort=NAME&dir=DESC');
  await expect(page.getByRole('columnheader', { name: 'Partner' })).toHaveAttribute('aria-sort', 'descending');
  await expect(page.locator('tbody tr').first()).toContainText('Wayne Analytics');

  await page.goto('/partners?q=acme');
  await page.getByRole('link', { name: 'Acme Reseller' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Acme Reseller' })).toBeVisible();
  await expect(page.locator('.person-card').getByText('Pat Morgan')).toBeVisible();
  // The people with access (Sam also appears in the partner's deals, as who registered them).
  const people = page.getByRole('table', { name: 'People of Acme Reseller' });
  await expect(people.getByRole('cell', { name: /Alice Acme/ })).toBeVisible();
  await expect(people.getByRole('cell', { name: /Sam Sales/ })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Latest deals of Acme Reseller' })).toBeVisible();
  await expect(page.locator('.tier-badge', { hasText: 'Gold' }).first()).toBeVisible();
  await shot(page, 'vendor-partner-detail');

  // Readable at phone width: the list turns into stacked cards.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/partners?region=EMEA');
  await expect(page.getByText(/of 3 partners/)).toBeVisible();
  await shot(page, 'vendor-partners-phone');
});

test('partner admin edits the company website and sees the change', async ({ page }) => {
  await signIn(page, 'admin@acme-reseller.test');
  await expect(page.getByRole('heading', { level: 1, name: /Alice/ })).toBeVisible();
  await page.getByRole('link', { name: 'Company profile' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Acme Reseller' })).toBeVisible();

  const website = page.getByLabel('Website');
  await expect(website).toHaveValue('https://www.acme-reseller.test');
  // The server refuses a website without a domain, and says so next to the field.
  await website.fill('not a website');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByText(/has no valid web domain/)).toBeVisible();
  await expect(website).toHaveAttribute('aria-invalid', 'true');

  await website.fill('https://partners.acme-reseller.test/');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByText('Profile saved')).toBeVisible();
  await expect(page.getByTestId('profile-website')).toContainText('partners.acme-reseller.test');
  await shot(page, 'partner-profile-saved');

  await page.reload();
  await expect(page.getByLabel('Website')).toHaveValue('https://partners.acme-reseller.test/');
});

test('the session survives a reload, and signing out ends it', async ({ page, context }) => {
  await signIn(page, 'sales@globex-msp.test');
  await expect(page.getByTestId('current-tier')).toHaveText('Silver');

  // Nothing long-lived in script-readable storage; the refresh token is an HttpOnly cookie.
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
  expect(stored).not.toMatch(/phr_|eyJ/);
  const cookie = (await context.cookies()).find((c) => c.name === 'ph_refresh');
  expect(cookie?.httpOnly).toBe(true);
  expect(cookie?.sameSite).toBe('Strict');
  expect(cookie?.path).toBe('/query');

  await page.goto('/tiers');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Tiers & benefits' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toHaveCount(0);

  await page.getByRole('button', { name: /Gary Seller/ }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await expect(page.getByText('You have signed out')).toBeVisible();
  await shot(page, 'signed-out');

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await page.goto('/tiers');
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
});

test('an expired session sends the person to sign in and back to where they were', async ({ page }) => {
  await signIn(page, 'sales@acme-reseller.test');
  await expect(page.getByTestId('current-tier')).toHaveText('Gold');
  await page.goto('/tiers');
  await expect(page.getByRole('heading', { level: 1, name: 'Tiers & benefits' })).toBeVisible();

  // The server now refuses the access token and the refresh cookie, as after a long sleep.
  await page.route('**/query', (route) =>
    route.fulfill({
      status: 401,
      contentType: 'application/json',
      body: JSON.stringify({ errors: [{ message: 'invalid or expired credentials', extensions: { code: 'UNAUTHENTICATED' } }] }),
    }),
  );
  await page.getByRole('link', { name: 'Company profile' }).click();
  await expect(page.getByText('Your session has ended')).toBeVisible();
  await shot(page, 'session-expired');

  await page.unroute('**/query');
  await page.getByLabel('Work e-mail').fill('sales@acme-reseller.test');
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/profile$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Acme Reseller' })).toBeVisible();
});

test('a wrong password shows a clear error', async ({ page }) => {
  await signIn(page, 'sales@acme-reseller.test', 'not-the-password');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Wrong e-mail address or password');
  await expect(page.getByLabel('Password')).toBeFocused();
  await expect(page.getByLabel('Password')).toHaveValue('');
  await shot(page, 'sign-in-wrong-password');
});

test('admin creates a vendor user, disables them, and finds both in the audit log', async ({ page }) => {
  await signIn(page, 'admin@vendor.test');
  await page.getByRole('navigation', { name: 'Portal' }).getByRole('link', { name: 'Users' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
  await page.getByRole('button', { name: 'New vendor user' }).click();
  const dialog = page.getByRole('dialog', { name: 'New vendor user' });
  await dialog.getByLabel('Full name').fill('Vera Vendor');
  await dialog.getByLabel('Work e-mail').fill('admin@vendor.test');
  await dialog.getByRole('button', { name: 'Create user' }).click();
  await expect(dialog.getByText(/exists already/)).toBeVisible();
  await dialog.getByLabel('Work e-mail').fill('vera@vendor.test');
  await dialog.getByLabel('Initial password').fill('a-long-enough-password');
  await dialog.getByRole('button', { name: 'Create user' }).click();
  await expect(page.getByText('Vera Vendor can sign in now')).toBeVisible();
  const row = page.locator('tbody tr', { hasText: 'Vera Vendor' });
  await expect(row).toContainText('Active');
  await shot(page, 'admin-users');

  await row.getByRole('button', { name: 'Disable Vera Vendor' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Disable user' }).click();
  await expect(row).toContainText('Disabled');

  await page.getByRole('navigation', { name: 'Portal' }).getByRole('link', { name: 'Audit log' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
  await expect(page.getByText('Disable user').first()).toBeVisible();
  await expect(page.getByText('Create user').first()).toBeVisible();
  // Records are named by kind and the end of their ID, not a raw ID.
  const created = page.locator('tbody tr', { hasText: 'Create user' }).first();
  await expect(created.getByRole('cell', { name: /Person/ })).toBeVisible();
  await expect(created).toContainText('Vera Vendor');
  await expect(created).not.toContainText('usr_');
  await shot(page, 'admin-audit-log');

  await page.getByRole('navigation', { name: 'Portal' }).getByRole('link', { name: 'Tiers & benefits' }).click();
  await page.getByRole('button', { name: 'Edit Gold' }).click();
  const tierDialog = page.getByRole('dialog', { name: 'Edit Gold' });
  await expect(tierDialog.getByLabel('Discount (%)')).toHaveValue('25');
  await shot(page, 'admin-tier-edit', { fullPage: false });
  await tierDialog.getByRole('button', { name: 'Cancel' }).click();
});

test('a partner admin invites a colleague who accepts and signs in, then creates and revokes an API key', async ({ page, browser }) => {
  await signIn(page, 'admin@globex-msp.test');
  await page.getByRole('navigation', { name: 'Portal' }).getByRole('link', { name: 'Team' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Team' })).toBeVisible();
  await page.getByRole('button', { name: 'Invite a colleague' }).click();
  const invite = page.getByRole('dialog', { name: 'Invite a colleague' });
  await invite.getByLabel('Work e-mail').fill('carla@globex-msp.test');
  await invite.getByLabel('Name').fill('Carla Colleague');
  await invite.getByLabel('Role').selectOption('PARTNER_SALES');
  await invite.getByRole('button', { name: 'Send invitation' }).click();
  await expect(page.getByText('Invitation sent to carla@globex-msp.test')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Pending invitations' })).toBeVisible();
  await expect(page.getByRole('cell', { name: /Carla Colleague/ })).toBeVisible();
  await shot(page, 'partner-team-invited');

  // The colleague opens the e-mailed link in their own browser, chooses a password and is in.
  const link = await mailedLink('carla@globex-msp.test');
  expect(link).toMatch(/^\/accept-invitation#token=/);
  const colleague = await browser.newContext();
  const carla = await colleague.newPage();
  await carla.goto(link);
  // Before choosing a password, Carla reads which company, address and role the link is for.
  await expect(carla.getByRole('heading', { name: 'Join Globex MSP on PartnerHub' })).toBeVisible();
  await expect(carla.getByText(/invited carla@globex-msp\.test to join Globex MSP as a sales rep/)).toBeVisible();
  await carla.getByLabel('Full name').fill('Carla Colleague');
  await carla.getByLabel(/^Password/).fill('carla-secret-pass');
  await carla.getByLabel('Repeat the password').fill('carla-secret-pass');
  await shot(carla, 'accept-invitation');
  await carla.getByRole('button', { name: 'Create my account' }).click();
  await expect(carla.getByRole('heading', { level: 1, name: /Carla/ })).toBeVisible();
  await expect(carla.getByTestId('current-tier')).toHaveText('Silver');
  // The link works once.
  await carla.getByRole('button', { name: /Carla Colleague/ }).click();
  await carla.getByRole('menuitem', { name: 'Sign out' }).click();
  await carla.goto(link);
  await expect(carla.getByText('This invitation was used already')).toBeVisible();
  await expect(carla.getByRole('button', { name: 'Create my account' })).toBeDisabled();
  // And the new account signs in with its password.
  await signIn(carla, 'carla@globex-msp.test', 'carla-secret-pass');
  await expect(carla.getByRole('heading', { level: 1, name: /Carla/ })).toBeVisible();
  await colleague.close();

  await page.reload();
  await expect(page.getByRole('cell', { name: /Carla Colleague/ }).first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Pending invitations' })).toHaveCount(0);

  // API key: the secret is shown once, works, and stops working when revoked.
  await page.getByRole('navigation', { name: 'Portal' }).getByRole('link', { name: 'API keys' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'API keys' })).toBeVisible();
  await page.getByRole('button', { name: 'New API key' }).click();
  const create = page.getByRole('dialog', { name: 'New API key' });
  await create.getByLabel('What is it for?').fill('CRM sync');
  await create.getByLabel('Access').selectOption('READ');
  await create.getByRole('button', { name: 'Create key' }).click();
  const secret = await page.getByTestId('api-key-secret').inputValue();
  expect(secret).toMatch(/^phk_/);
  await shot(page, 'partner-api-key-created', { fullPage: false });
  await page.getByRole('button', { name: 'I have copied it' }).click();
  const keyRow = page.locator('tbody tr', { hasText: 'CRM sync' });
  await expect(keyRow).toContainText('Active');
  await expect(keyRow).not.toContainText(secret);

  const query = { query: '{ partners(first: 5) { totalCount edges { node { name } } } }' };
  const ok = await page.request.post('/query', { data: query, headers: { Authorization: `Bearer ${secret}` } });
  expect(ok.status()).toBe(200);
  expect(JSON.stringify(await ok.json())).toContain('Globex MSP');

  await keyRow.getByRole('button', { name: 'Revoke CRM sync' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Revoke key' }).click();
  await expect(page.getByText('“CRM sync” is revoked')).toBeVisible();
  await page.getByRole('button', { name: 'All, with revoked' }).click();
  await expect(page.locator('tbody tr', { hasText: 'CRM sync' })).toContainText('Revoked');
  await shot(page, 'partner-api-keys');
  const refused = await page.request.post('/query', { data: query, headers: { Authorization: `Bearer ${secret}` } });
  expect(refused.status()).toBe(401);
});

test('a company applies to become a partner and the channel manager approves it', async ({ page, browser }) => {
  const applicant = await browser.newContext();
  const a = await applicant.newPage();
  await a.goto('/signin');
  await a.getByRole('link', { name: 'Apply to join the program' }).click();
  await expect(a.getByRole('heading', { name: 'Become a partner' })).toBeVisible();
  await a.getByLabel('Company').fill('Nakatomi Trading');
  await a.getByLabel('Website').fill('https://www.nakatomi.test');
  await a.getByLabel('How you go to market').selectOption('VAR');
  await a.getByLabel('Headquarters').selectOption('JP');
  await a.getByLabel('Your name').fill('Holly Gennero');
  await a.getByLabel('Your work e-mail').fill('holly@nakatomi.test');
  await a.getByLabel('Why partner with us?').fill('We resell to manufacturers across Japan.');
  await shot(a, 'apply-form');
  await a.getByRole('button', { name: 'Send application' }).click();
  await expect(a.getByRole('heading', { name: 'Thank you for applying' })).toBeVisible();
  await applicant.close();

  await signIn(page, 'pam@vendor.test');
  await expect(page.getByText('1 application is waiting for review')).toBeVisible();
  await page.getByRole('link', { name: 'Review' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Applications' })).toBeVisible();
  await page.getByRole('button', { name: 'Review Nakatomi Trading' }).click();
  const review = page.getByRole('dialog', { name: 'Nakatomi Trading' });
  await expect(review).toContainText('We resell to manufacturers across Japan.');
  await review.getByLabel('Starting tier').selectOption({ label: 'Registered' });
  await expect(review.getByLabel('Partner account manager')).toHaveValue(/.+/);
  await shot(page, 'vendor-application-review', { fullPage: false });
  await review.getByRole('button', { name: 'Approve and invite' }).click();
  await expect(page.getByText(/Nakatomi Trading approved; holly@nakatomi.test is invited/)).toBeVisible();
  await expect(page.getByText('Nothing waiting for review')).toBeVisible();
  await page.getByRole('button', { name: 'Approved' }).click();
  await expect(page.locator('tbody tr', { hasText: 'Nakatomi Trading' })).toContainText('Approved');
  await shot(page, 'vendor-applications-approved');

  // The contact is invited as the new partner's admin; the partner is onboarding.
  expect(await mailedLink('holly@nakatomi.test')).toMatch(/^\/accept-invitation#token=/);
  await page.goto('/partners?q=nakatomi');
  await expect(page.locator('tbody tr', { hasText: 'Nakatomi Trading' })).toContainText('Onboarding');
});
