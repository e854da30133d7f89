import { expect, test, type Page } from '@playwright/test';
import { shot, signIn } from './helpers';

// The deal journeys, one after another on the same registration: a partner registers a customer,
// the channel manager approves it from the queue, the partner sees it protected, and a second
// partner registering the same customer is told of the conflict without learning who holds it.
test.describe.configure({ mode: 'serial' });

const run = Date.now().toString(36);
const domain = `quantum-parcel-${run}.test`;
const acmeTitle = `Parcel tracking platform for 400 depots ${run}`;
const globexTitle = `Managed monitoring for the depot network ${run}`;
const DAY = 86_400_000;

/** YYYY-MM-DD in the browser's time zone, `days` from today. */
function inDays(days: number): string {
  const d = new Date(Date.now() + days * DAY);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

async function openRegisterForm(page: Page) {
  await page.getByRole('navigation', { name: 'Portal' }).getByRole('link', { name: 'Deals' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Deals' })).toBeVisible();
  await page.getByRole('link', { name: 'Register a deal' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Register a deal' })).toBeVisible();
}

test('partner sales registers a deal once, even when the answer is lost, and sees it SUBMITTED', async ({ page }) => {
  await signIn(page, 'sales@acme-reseller.test');
  await expect(page.getByRole('heading', { level: 1, name: /Sam/ })).toBeVisible();
  await openRegisterForm(page);

  const form = page.getByRole('form', { name: 'Register a deal' });
  await form.getByLabel('Company').fill('Quantum Parcel Networks');
  await form.getByLabel('Web domain').fill('not a domain');
  await form.getByLabel('Contact name').fill('Dana Dispatch');
  await form.getByLabel('Contact e-mail').fill(`dana@${domain}`);
  await form.getByLabel('Title').fill(acmeTitle);
  await form.getByLabel('Description').fill('Replacing three legacy tracking tools; IT and operations sponsor the project.');
  await form.getByLabel('Expected value').fill('48,500');
  await form.getByLabel('Expected close date').fill(inDays(75));
  await form.getByLabel('Products').fill('Platform');
  await form.getByLabel('Products').press('Enter');
  await form.getByLabel('Products').fill('Analytics');
  await form.getByLabel('Products').press('Enter');

  // The server refuses the domain; the form says so next to the field.
  await form.getByRole('button', { name: 'Register deal' }).click();
  const domainField = form.getByLabel('Web domain');
  await expect(form.getByText(/is not a web domain like example\.com/)).toBeVisible();
  await expect(domainField).toHaveAttribute('aria-invalid', 'true');
  await expect(domainField).toBeFocused();
  await domainField.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await shot(page, 'partner-register-field-error', { fullPage: false });

  // The first answer is lost on the way back (the server did register the deal); trying again
  // sends the same Idempotency-Key and gets the same registration, not a second one.
  await domainField.fill(domain);
  const keys: string[] = [];
  let dropped = false;
  await page.route('**/query', async (route) => {
    const req = route.request();
    if (req.postDataJSON()?.operationName !== 'RegisterDeal') return route.continue();
    keys.push((await req.allHeaders())['idempotency-key'] ?? '');
    if (!dropped) {
      dropped = true;
      await route.fetch();
      return route.abort('connectionreset');
    }
    return route.continue();
  });
  // A double click sends one request: the button is busy after the first.
  await form.getByRole('button', { name: 'Register deal' }).dblclick();
  await expect(page.getByRole('alert')).toContainText('We can’t reach PartnerHub');
  await form.getByRole('button', { name: 'Register deal' }).click();
  await expect(page).toHaveURL(/\/deals\/dea_/);
  await page.unroute('**/query');
  expect(keys).toHaveLength(2);
  expect(keys[0]).toMatch(/^[\w-]{16,}$/);
  expect(keys[1]).toBe(keys[0]);

  await expect(page.getByRole('heading', { level: 1, name: acmeTitle })).toBeVisible();
  await expect(page.getByTestId('deal-status')).toHaveAttribute('data-status', 'SUBMITTED');
  await expect(page.getByTestId('deal-status')).toHaveText('Submitted');
  await expect(page.getByText('Deal registered')).toBeVisible();
  await expect(page.getByTestId('decision-due')).toBeVisible();
  await expect(page.getByTestId('deal-timeline')).toContainText('Registered');
  await shot(page, 'partner-deal-submitted');

  // While it is SUBMITTED the partner may still change the details.
  await page.getByRole('button', { name: 'Edit' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit registration' });
  await expect(edit.getByLabel('Expected value')).toHaveValue('48500');
  await edit.getByLabel('Expected value').fill('52,000');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Registration updated')).toBeVisible();
  await expect(page.getByText('$52,000')).toBeVisible();
  await expect(page.getByTestId('deal-timeline')).toContainText('Details updated');

  // Exactly one registration of the customer.
  await page.goto(`/deals?q=${domain}`);
  await expect(page.getByText('1–1 of 1 deals')).toBeVisible();
  await expect(page.locator('tbody tr')).toHaveCount(1);
  await shot(page, 'partner-deals-list');
});

test('the channel manager approves it from the queue, in place', async ({ page }) => {
  await signIn(page, 'pam@vendor.test');
  await expect(page.getByRole('heading', { level: 1, name: /Pat/ })).toBeVisible();
  // The program dashboard: pipeline by tier and partner type, weekly volume and approval rate, win rate.
  await expect(page.getByRole('heading', { name: 'Pipeline by tier' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Pipeline by partner type' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Registrations and approval rate per week' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Win rate', exact: true })).toBeVisible();
  await expect(page.locator('.recharts-surface').first()).toBeVisible();
  await shot(page, 'vendor-program-dashboard');

  await page.getByRole('navigation', { name: 'Portal' }).getByRole('link', { name: 'Approval queue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Approval queue' })).toBeVisible();
  const item = page.getByRole('article', { name: acmeTitle });
  await expect(item).toBeVisible();
  await expect(item).toContainText('Acme Reseller');
  await expect(item).toContainText('Your partner');
  await expect(item).toContainText(/Due in/);
  // Overdue registrations come first.
  await expect(page.locator('article.queue-item').first()).toHaveClass(/is-overdue/);
  await expect(page.getByRole('heading', { name: 'Decision times per manager' })).toBeVisible();
  await shot(page, 'vendor-approval-queue', { fullPage: false });

  await item.getByRole('button', { name: `Approve ${acmeTitle}` }).click();
  await item.getByLabel(/Note to the partner/).fill('Qualified: budget confirmed with the customer’s CFO.');
  await item.getByRole('button', { name: 'Approve registration' }).click();
  await expect(item.getByRole('status')).toContainText(/Approved · protected until/);
  await expect(page).toHaveURL(/\/approvals$/);
  await item.evaluate((el) => {
    el.scrollIntoView({ block: 'start' });
    window.scrollBy(0, -76);
  });
  await shot(page, 'vendor-approval-done', { fullPage: false });
});

test('the partner sees it APPROVED with its protection date and timeline', async ({ page }) => {
  await signIn(page, 'sales@acme-reseller.test');
  await page.getByRole('navigation', { name: 'Portal' }).getByRole('link', { name: 'Deals' }).click();
  await page.getByRole('button', { name: /^Approved/ }).click();
  await expect(page).toHaveURL(/status=APPROVED/);
  await page.getByRole('link', { name: acmeTitle }).click();
  await expect(page.getByTestId('deal-status')).toHaveAttribute('data-status', 'APPROVED');
  await expect(page.getByTestId('deal-status')).toHaveText('Approved');
  // Gold partners are protected for 120 days from the approval.
  await expect(page.getByTestId('protection-date')).toHaveText(/^[A-Z][a-z]{2} \d{1,2}, \d{4}$/);
  await expect(page.getByText(/^(119|120) days left$/)).toBeVisible();
  const timeline = page.getByTestId('deal-timeline');
  await expect(timeline).toContainText('Registered');
  await expect(timeline).toContainText('Approved');
  await expect(timeline).toContainText('Pat Morgan');
  await expect(timeline).toContainText('budget confirmed');
  await expect(page.getByRole('button', { name: 'Request an extension' })).toBeVisible();
  await shot(page, 'partner-deal-approved');

  // Ask for more time: the reason and days are required, then the request shows as pending.
  await page.getByRole('button', { name: 'Request an extension' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ask for more protection time' });
  await dialog.getByRole('button', { name: 'Request extension' }).click();
  await expect(dialog.getByText(/Say why the deal needs longer/)).toBeVisible();
  await dialog.getByLabel('Reason').fill('The customer moved its budget approval to next quarter.');
  await dialog.getByLabel('Extra days').fill('45');
  await dialog.getByRole('button', { name: 'Request extension' }).click();
  await expect(page.getByTestId('extension-pending')).toContainText('45 more days');
  await expect(page.getByTestId('deal-timeline')).toContainText('Extension requested');

  // The dashboard counts it and shows the pipeline.
  await page.getByRole('navigation', { name: 'Portal' }).getByRole('link', { name: 'Dashboard' }).click();
  await expect(page.getByRole('heading', { name: 'Pipeline by status' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Registrations by month' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Needs your attention' })).toBeVisible();
  await expect(page.locator('.toast')).toHaveCount(0);
  await shot(page, 'partner-dashboard-deals');
});

test('a second partner registering the same customer sees a conflict notice that names nobody', async ({ page }) => {
  await signIn(page, 'sales@globex-msp.test');
  await openRegisterForm(page);
  const form = page.getByRole('form', { name: 'Register a deal' });
  await form.getByLabel('Company').fill('Quantum Parcel');
  await form.getByLabel('Web domain').fill(`https://www.${domain}/`);
  await form.getByLabel('Title').fill(globexTitle);
  await form.getByLabel('Expected value').fill('22000');
  await form.getByLabel('Currency').selectOption('EUR');
  await form.getByLabel('Expected close date').fill(inDays(40));
  await form.getByText('Partner-influenced').click();
  const detail = page.waitForResponse((r) => r.url().endsWith('/query') && r.request().postDataJSON()?.operationName === 'DealDetail');
  await form.getByRole('button', { name: 'Register deal' }).click();
  await expect(page).toHaveURL(/\/deals\/dea_/);

  await expect(page.getByTestId('deal-status')).toHaveAttribute('data-status', 'SUBMITTED');
  const notice = page.getByTestId('conflict-notice');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText(`Another partner registered ${domain} earlier`);
  await expect(notice).toContainText('What this means for you');
  await expect(notice).toContainText('First to register wins');
  // Nothing on the page, nor in what the API sent, names the other partner or its deal.
  const text = await page.locator('body').innerText();
  expect(text).not.toContain('Acme');
  expect(text).not.toContain(acmeTitle);
  expect(text).not.toContain('Sam Sales');
  const body = await (await detail).text();
  expect(body).not.toContain('Acme');
  expect(body).not.toContain(acmeTitle);
  await shot(page, 'partner-conflict-notice');

  // The channel team sees both registrations side by side.
  await page.getByRole('button', { name: /Gary Seller/ }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await signIn(page, 'pam@vendor.test');
  await page.getByRole('navigation', { name: 'Portal' }).getByRole('link', { name: 'Approval queue' }).click();
  const item = page.getByRole('article', { name: globexTitle });
  await expect(item).toContainText('Globex MSP');
  const compare = item.getByRole('region', { name: 'Same customer domain conflict' });
  await expect(compare).toContainText('Acme Reseller');
  await expect(compare).toContainText(acmeTitle);
  await expect(compare).toContainText('Blocks approval');
  await expect(item.getByRole('button', { name: /^Approve / })).toBeDisabled();
  await item.evaluate((el) => {
    el.scrollIntoView({ block: 'start' });
    window.scrollBy(0, -76);
  });
  await shot(page, 'vendor-queue-conflict', { fullPage: false });
});

/** Registers a deal through the API as `email` (the form is covered above) and returns its ID. */
async function registerByApi(page: Page, email: string, name: string, title: string): Promise<string> {
  const gql = async (query: string, variables: object, token?: string) => {
    const res = await page.request.post('/query', {
      data: { query, variables },
      headers: token ? { Authorization: `Bearer ${token}` } : {},
    });
    const body = await res.json();
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    return body.data;
  };
  const login = await gql('mutation($input: LoginInput!) { login(input: $input) { accessToken } }', {
    input: { email, password: process.env.DEMO_PASSWORD ?? 'partnerhub-demo' },
  });
  const slug = name.toLowerCase().replace(/[^a-z]+/g, '-');
  const d = await gql(
    'mutation($input: RegisterDealInput!) { registerDeal(input: $input) { deal { id } } }',
    {
      input: {
        customerName: name,
        customerDomain: `${slug}${run}.test`,
        title,
        amount: 7_654_300,
        currency: 'USD',
        expectedCloseDate: inDays(60),
        source: 'SOURCED',
      },
    },
    login.login.accessToken,
  );
  return d.registerDeal.deal.id;
}

test('the channel manager filters the queue, approves two registrations at once, and undoes the bulk approval and a single rejection', async ({ page }) => {
  const titles = [`Fleet telematics ${run}`, `Warehouse scanners ${run}`];
  await registerByApi(page, 'sales@acme-reseller.test', `Zircon Haulage ${run}`, titles[0]);
  await registerByApi(page, 'sales@acme-reseller.test', `Pelican Storage ${run}`, titles[1]);

  await signIn(page, 'pam@vendor.test');
  await expect(page.getByRole('heading', { level: 1, name: /Pat/ })).toBeVisible();
  await page.getByRole('navigation', { name: 'Portal' }).getByRole('link', { name: 'Approval queue' }).click();
  await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Table' }).click();
  await expect(page).toHaveURL(/view=table/);

  // Filter: Acme's registrations without conflicts, of exactly this value in USD.
  await page.getByLabel('Partner').selectOption({ label: 'Acme Reseller' });
  await page.getByRole('group', { name: 'Show' }).getByRole('button', { name: 'Without conflicts' }).click();
  await page.getByLabel('Currency').selectOption('USD');
  await page.getByLabel('Value from').fill('76,543');
  await page.getByLabel('Value to').fill('76,543');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(/show=clean/);
  await expect(page).toHaveURL(/currency=USD/);
  const table = page.getByRole('table', { name: 'Registrations waiting for a decision' });
  for (const t of titles) await expect(table.getByRole('link', { name: t })).toBeVisible();
  // The filtered view survives a reload.
  await page.reload();
  await expect(table.getByRole('link', { name: titles[0] })).toBeVisible();
  await expect(page.getByText(/match the filters/)).toBeVisible();
  await shot(page, 'vendor-queue-table', { fullPage: false });

  // Registrations with conflicts (of any partner) cannot be chosen.
  await page.getByLabel('Partner').selectOption('');
  await page.getByRole('group', { name: 'Show' }).getByRole('button', { name: 'With conflicts' }).click();
  await page.getByLabel('Currency').selectOption('');
  await page.getByRole('button', { name: 'Apply' }).click();
  const conflicted = table.locator('tbody tr').first();
  await expect(conflicted.getByRole('checkbox')).toBeDisabled();
  await expect(conflicted).toContainText(/conflict/);
  await page.getByLabel('Partner').selectOption({ label: 'Acme Reseller' });
  await page.getByRole('group', { name: 'Show' }).getByRole('button', { name: 'Without conflicts' }).click();
  await page.getByLabel('Currency').selectOption('USD');
  await page.getByLabel('Value from').fill('76,543');
  await page.getByLabel('Value to').fill('76,543');
  await page.getByRole('button', { name: 'Apply' }).click();

  // Bulk approve the two.
  for (const t of titles) await table.getByRole('checkbox', { name: new RegExp(`^Choose ${t}`) }).check();
  await page.getByRole('button', { name: 'Approve 2 without conflicts' }).click();
  const toast = page.getByTestId('undo-toast');
  await expect(toast).toContainText('Approved 2 registrations');
  await expect(table.locator('tr', { hasText: titles[0] })).toContainText('Approved');
  await expect(table.locator('tr', { hasText: titles[1] })).toContainText('Approved');
  await shot(page, 'vendor-queue-bulk-approved', { fullPage: false });

  // Undo: both are waiting again.
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(toast).toBeHidden();
  await page.reload();
  for (const t of titles) {
    await expect(table.locator('tr', { hasText: t })).toContainText(/Due in/);
  }

  // In the cards, reject one and undo that single decision: it is waiting again.
  await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Cards' }).click();
  await expect(page).not.toHaveURL(/view=table/);
  const card = page.getByRole('article', { name: titles[1] });
  await card.getByRole('button', { name: `Reject ${titles[1]}` }).click();
  await card.getByLabel(/Why \(the partner reads this\)/).fill('Registered twice by mistake.');
  await card.getByRole('button', { name: 'Reject registration' }).click();
  await expect(card.getByRole('status')).toContainText('Rejected');
  await expect(toast).toContainText(`Rejected “${titles[1]}”`);
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(toast).toBeHidden();
  await expect(card.getByRole('button', { name: `Approve ${titles[1]}` })).toBeVisible();

  await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Table' }).click();
  const id = await table.locator('tr', { hasText: titles[0] }).getAttribute('data-deal-id');
  await page.goto(`/deals/${id}`);
  await expect(page.getByTestId('deal-status')).toHaveAttribute('data-status', 'SUBMITTED');
  await expect(page.getByTestId('deal-timeline')).toContainText('decision undone');
});
