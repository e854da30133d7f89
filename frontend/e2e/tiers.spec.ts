import { expect, test } from '@playwright/test';
import { PASSWORD, shot, signIn } from './helpers';

// The demo data ran the tier evaluation at seeding: Wayne Analytics qualifies for Silver and
// awaits its channel manager (pam), some partners are in a grace period, and Acme holds Gold with
// progress to Platinum (docs/tier-evaluation.md).

test('pam approves the proposed upgrade of a partner she manages', async ({ page }) => {
  await signIn(page, 'pam@vendor.test');
  await page.getByRole('navigation', { name: 'Portal' }).getByRole('link', { name: 'Tier changes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tier changes' })).toBeVisible();
  const rows = page.getByTestId('tier-change');
  await expect(rows.filter({ hasText: 'Grace until' }).first()).toBeVisible();
  const wayne = rows.filter({ hasText: 'Wayne Analytics' });
  await expect(wayne).toContainText('Registered → Silver');
  // Soylent's upgrade is for its own channel manager to decide.
  await expect(rows.filter({ hasText: 'Soylent Networks' }).getByRole('button', { name: /Approve/ })).toHaveCount(0);
  await shot(page, 'tier-changes');

  await page.getByRole('button', { name: 'Approve Wayne Analytics for Silver' }).click();
  await expect(page.getByText('Wayne Analytics is now Silver')).toBeVisible();
  await expect(wayne).toHaveCount(0);

  // Its scorecard shows Silver as the tier held.
  await page.goto('/tier-changes');
  await expect(page.getByRole('heading', { level: 1, name: 'Tier changes' })).toBeVisible();
  await expect(rows.filter({ hasText: 'Wayne Analytics' })).toHaveCount(0);
});

test("Acme's admin sees its progress to the next tier, a what-if and its health", async ({ page }) => {
  await signIn(page, 'admin@acme-reseller.test');
  await page.getByRole('navigation', { name: 'Portal' }).getByRole('link', { name: 'Scorecard' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Scorecard' })).toBeVisible();
  await expect(page.getByTestId('current-tier')).toHaveText('Gold');
  await expect(page.getByRole('heading', { name: 'Progress to Platinum' })).toBeVisible();

  const progress = page.getByTestId('requirements-Platinum').first();
  const wonDeals = progress.locator('tr[data-requirement="WON_DEALS"]');
  await expect(wonDeals).toContainText('Not yet');
  await expect(progress.locator('tr[data-requirement="MANUAL_CHECK"]')).toContainText('ask your channel manager');

  // Health: every input with its contribution.
  await expect(page.getByTestId('health-inputs').locator('tbody tr')).toHaveCount(5);
  await shot(page, 'scorecard-acme');

  // What if Acme won enough deals and certified enough people? The deal and people requirements
  // are met, the channel team's check still is not, so Acme would stay Gold.
  const remainingDeals = Number((await wonDeals.locator('td').nth(2).innerText()).replace(/,/g, ''));
  expect(remainingDeals).toBeGreaterThan(0);
  await page.getByLabel('More won deals').fill(String(remainingDeals));
  await page.getByLabel('More certified people').fill('3');
  await page.getByRole('button', { name: 'Show the result' }).click();
  const result = page.getByTestId('what-if-result');
  await expect(result).toContainText('You would qualify for Gold');
  await expect(result.locator('tr[data-requirement="WON_DEALS"]')).toContainText('Met');
  await expect(result.locator('tr[data-requirement="CERTIFIED_PEOPLE"]')).toContainText('Met');
  await expect(result.locator('tr[data-requirement="MANUAL_CHECK"]')).toContainText('Not yet');
  await shot(page, 'scorecard-what-if');
});

test("pam confirms Acme's check for Platinum on its scorecard and sees the requirement met", async ({ page }) => {
  await signIn(page, 'pam@vendor.test');
  await page.getByRole('navigation', { name: 'Portal' }).getByRole('link', { name: 'Partners' }).click();
  await page.getByRole('link', { name: 'Acme Reseller' }).first().click();
  await page.getByRole('link', { name: 'Scorecard' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Scorecard' })).toBeVisible();
  await expect(page.getByText('Acme Reseller', { exact: true }).first()).toBeVisible();
  const check = page.getByTestId('requirements-Platinum').locator('tr[data-requirement="MANUAL_CHECK"]');
  await expect(check).toContainText('Not yet');

  await check.getByRole('button', { name: 'Confirm Acme Reseller’s check for Platinum' }).click();
  const dialog = page.getByRole('dialog', { name: 'Confirm Acme Reseller’s check for Platinum?' });
  await expect(dialog).toContainText('counts as met from now on');
  await shot(page, 'tier-check-confirm', { fullPage: false });
  await dialog.getByRole('button', { name: 'Confirm check' }).click();
  await expect(page.getByText('Platinum’s check confirmed for Acme Reseller')).toBeVisible();
  await expect(dialog).toBeHidden();
  await expect(check).toContainText('Met');
  await expect(check).toContainText('done');
  await expect(check.getByRole('button', { name: 'Withdraw Acme Reseller’s check for Platinum' })).toBeVisible();

  // Withdrawn again, so the other journeys find the demo data as seeded.
  await check.getByRole('button', { name: 'Withdraw Acme Reseller’s check for Platinum' }).click();
  await page.getByRole('dialog', { name: /Withdraw/ }).getByRole('button', { name: 'Withdraw check' }).click();
  await expect(page.getByText('Platinum’s check withdrawn for Acme Reseller')).toBeVisible();
  await expect(check).toContainText('Not yet');
});

test('pam rejects a proposed upgrade, with a reason, and it leaves the pending list', async ({ page }) => {
  // Arrange through the API: Globex MSP (Silver, pam's) wins a $200,000 sourced deal, which meets
  // Gold's revenue requirement, its only one still missing.
  const gql = async (query: string, variables: object, token?: string) => {
    const res = await page.request.post('/query', { data: { query, variables }, headers: token ? { Authorization: `Bearer ${token}` } : {} });
    const body = await res.json();
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    return body.data;
  };
  const token = async (email: string) =>
    (await gql('mutation($input: LoginInput!) { login(input: $input) { accessToken } }', { input: { email, password: PASSWORD } })).login.accessToken as string;
  const globex = await token('admin@globex-msp.test');
  const pam = await token('pam@vendor.test');
  const today = new Date().toISOString().slice(0, 10);
  const run = Date.now().toString(36);
  const { registerDeal } = await gql(
    'mutation($input: RegisterDealInput!) { registerDeal(input: $input) { deal { id } } }',
    {
      input: {
        customerName: `Brightwater Utilities ${run}`,
        customerDomain: `brightwater-${run}.test`,
        title: 'Grid analytics rollout',
        amount: 20_000_000,
        currency: 'USD',
        expectedCloseDate: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
        source: 'SOURCED',
      },
    },
    globex,
  );
  const id = registerDeal.deal.id as string;
  await gql('mutation($input: ApproveDealInput!) { approveDeal(input: $input) { deal { id } } }', { input: { id } }, pam);
  await gql(
    'mutation($input: CloseDealInput!) { closeDeal(input: $input) { deal { id } } }',
    { input: { id, outcome: 'WON', closeDate: today, closedAmount: 20_000_000 } },
    globex,
  );

  await signIn(page, 'pam@vendor.test');
  await page.getByRole('navigation', { name: 'Portal' }).getByRole('link', { name: 'Tier changes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tier changes' })).toBeVisible();
  await page.getByRole('button', { name: 'Evaluate now' }).click();
  await expect(page.getByText(/partners evaluated/)).toBeVisible();
  const globexRow = page.getByTestId('tier-change').filter({ hasText: 'Globex MSP' });
  await expect(globexRow).toContainText('Silver → Gold');

  await globexRow.getByRole('button', { name: 'Reject Globex MSP for Gold' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reject Globex MSP for Gold?' });
  await dialog.getByRole('button', { name: 'Reject upgrade' }).click();
  await expect(dialog.getByText(/Say why/)).toBeVisible();
  await dialog.getByLabel('Reason').fill('One large deal is not yet a Gold practice: let us review the enablement plan next quarter.');
  await shot(page, 'tier-change-reject', { fullPage: false });
  await dialog.getByRole('button', { name: 'Reject upgrade' }).click();
  await expect(page.getByText('Upgrade of Globex MSP to Gold rejected')).toBeVisible();
  await expect(globexRow).toHaveCount(0);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Tier changes' })).toBeVisible();
  await expect(page.getByTestId('tier-change').first()).toBeVisible();
  await expect(page.getByTestId('tier-change').filter({ hasText: 'Globex MSP' })).toHaveCount(0);
});

test('partner sales sees its organisation’s progress to the next tier as the evaluation measures it', async ({ page }) => {
  await signIn(page, 'sales@acme-reseller.test');
  await expect(page.getByTestId('current-tier')).toHaveText('Gold');
  const reqs = page.getByTestId('next-tier-requirements');
  const req = (key: string) => reqs.locator(`[data-requirement="${key}"]`);
  await expect(req('WON_REVENUE')).toContainText('$3,546,353.30 of $1,000,000');
  await expect(req('WON_REVENUE')).toContainText('Met');
  await expect(req('WON_DEALS')).toContainText('28 of 40');
  await expect(req('WON_DEALS')).toContainText('12 more deals');
  await expect(req('APPROVED_REGISTRATIONS')).toContainText('of 50');
  await expect(req('APPROVED_REGISTRATIONS')).toContainText('Met');
  // The learning journey certifies this sales rep when the whole suite runs.
  await expect(req('CERTIFIED_PEOPLE')).toContainText(/[01] of 3/);
  await expect(req('CERTIFIED_PEOPLE')).toContainText(/[23] more certified (people|person)/);
  await expect(req('MANUAL_CHECK')).toContainText('Awaiting the channel manager’s check');
  await shot(page, 'dashboard-next-tier');

  // The same figures, in full, on the scorecard.
  await page.getByRole('link', { name: 'Your scorecard and what-if' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Scorecard' })).toBeVisible();
  await expect(page.getByTestId('requirements-Platinum').first().locator('tr[data-requirement="WON_DEALS"]')).toContainText('28');
});
