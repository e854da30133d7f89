import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { shot, signIn } from './helpers';

// The vendor's integration screens: an ADMIN edits the lead routing rules, subscribes a receiver
// to webhooks and watches its deliveries (and redelivers one), and imports partners from CSV after
// a dry run. Every name carries this run's suffix, so the journeys depend on no other spec's data.
// The screens pass axe-core (WCAG 2.1 A/AA, no serious or critical violation) at desktop and phone width.

test.describe.configure({ timeout: 120_000 });

const suffix = Date.now().toString(36);

async function checkA11y(page: Page, name: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = serious.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => `${n.target.join(' ')} — ${n.failureSummary ?? ''}`).slice(0, 5).join('\n  ')}`);
  expect(report, `${name}: serious or critical accessibility violations`).toEqual([]);
}

async function open(page: Page, label: string, heading = label) {
  await page.getByRole('navigation', { name: 'Portal' }).getByRole('link', { name: label, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  await expect(page.locator('.skeleton')).toHaveCount(0, { timeout: 15_000 });
}

function csvFile(name: string, text: string) {
  return { name, mimeType: 'text/csv', buffer: Buffer.from(text) };
}

async function importPartners(page: Page, csv: string, action: 'Check' | 'Import') {
  await page.getByLabel('What to import').selectOption({ label: 'Partners' });
  await page.getByLabel('CSV file').setInputFiles(csvFile('partners.csv', csv));
  await page.getByRole('button', { name: action, exact: true }).click();
  return page.getByTestId('import-report');
}

test('an admin adds a required region rule, edits, reorders and deletes it', async ({ page }) => {
  const name = `DACH leads to EMEA partners ${suffix}`;
  await signIn(page, 'admin@vendor.test');
  await open(page, 'Routing rules');
  const table = page.getByRole('region', { name: 'Routing rules in the order they run' });
  await expect(table.getByRole('row', { name: /DACH leads go to DACH partners/ })).toBeVisible();

  await page.getByRole('button', { name: 'New rule' }).click();
  const dialog = page.getByRole('dialog', { name: 'New routing rule' });
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByLabel('Kind').selectOption({ label: 'Region' });
  // DACH is a group of countries, not a region: the API's answer is shown on the field.
  await dialog.getByLabel('Values', { exact: true }).fill('DACH');
  await dialog.getByLabel('Values', { exact: true }).press('Enter');
  for (const c of ['DE', 'AT', 'CH']) {
    await dialog.getByLabel('Only for leads from').fill(c);
    await dialog.getByLabel('Only for leads from').press('Enter');
  }
  await dialog.getByRole('checkbox', { name: /Required/ }).check();
  await dialog.getByRole('button', { name: 'Add rule' }).click();
  await expect(dialog.getByRole('alert')).toContainText('"DACH" is not a region');
  await dialog.getByRole('button', { name: 'Remove DACH' }).click();
  await dialog.getByLabel('Values', { exact: true }).fill('EMEA');
  await dialog.getByLabel('Values', { exact: true }).press('Enter');
  await dialog.getByRole('button', { name: 'Add rule' }).click();
  await expect(dialog).toBeHidden();

  const row = table.getByRole('row', { name: new RegExp(name) });
  await expect(row).toContainText('Region: EMEA · leads from DE, AT, CH');
  await expect(row).toContainText('Required: manual queue');
  // A new rule runs last.
  await expect(table.getByRole('row').last()).toContainText(name);
  await shot(page, 'routing-rules');

  await row.getByRole('button', { name: `Edit ${name}` }).click();
  const edit = page.getByRole('dialog', { name: `Edit ${name}` });
  await expect(edit.getByLabel('Kind')).toBeDisabled();
  await edit.getByRole('checkbox', { name: /Required/ }).uncheck();
  await edit.getByRole('button', { name: 'Save rule' }).click();
  await expect(edit).toBeHidden();
  await expect(row).toContainText('Optional: skipped');

  const before = await table.getByRole('row').count();
  await row.getByRole('button', { name: `Move ${name} up` }).click();
  await expect(table.getByRole('row').nth(before - 2)).toContainText(name);
  await expect(table.getByRole('row').last()).not.toContainText(name);

  await row.getByRole('button', { name: `Delete ${name}` }).click();
  await page.getByRole('dialog', { name: `Delete ${name}?` }).getByRole('button', { name: 'Delete rule' }).click();
  await expect(table.getByRole('row', { name: new RegExp(name) })).toHaveCount(0);
  await expect(table.getByRole('row')).toHaveCount(before - 1);
});

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

test('an admin subscribes a receiver, sees the delivery in the log and redelivers it', async ({ page }) => {
  const received: Received[] = [];
  const receiver: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/partnerhub`;
  const partner = `Hook Test ${suffix}`;
  try {
    await signIn(page, 'admin@vendor.test');
    await open(page, 'Webhooks');
    await page.getByRole('button', { name: 'New subscription' }).click();
    const dialog = page.getByRole('dialog', { name: 'New webhook subscription' });
    await dialog.getByLabel('URL').fill(url);
    await dialog.getByRole('button', { name: 'Generate' }).click();
    const secret = await dialog.getByLabel('Secret').inputValue();
    expect(secret.length).toBeGreaterThanOrEqual(24);
    // The choices are the API's list of event types.
    await dialog.getByRole('checkbox', { name: 'partner.created' }).check();
    await dialog.getByRole('button', { name: 'Subscribe' }).click();
    await expect(dialog).toBeHidden();
    const card = page.getByRole('region', { name: url });
    await expect(card).toContainText('Events: partner.created');
    await expect(card.getByText('Active')).toBeVisible();

    // The event: a partner created through the import screen.
    await open(page, 'Imports');
    const report = await importPartners(page, `name,type,region\n${partner},MSP,EMEA\n`, 'Import');
    await expect(report).toContainText('Imported 1 partner');

    await expect.poll(() => received.length, { timeout: 20_000 }).toBe(1);
    const first = received[0];
    expect(first.headers['partnerhub-event-type']).toBe('partner.created');
    expect(JSON.parse(first.body).object.name).toBe(partner);
    // Signed with the secret the form generated (docs/webhooks.md, "Verifying the signature").
    const [t, v1] = String(first.headers['partnerhub-signature']).split(',').map((p) => p.slice(p.indexOf('=') + 1));
    expect(v1).toBe(createHmac('sha256', secret).update(`${t}.${first.body}`).digest('hex'));

    await open(page, 'Webhooks');
    await page.getByRole('region', { name: url }).getByRole('button', { name: 'Delivery log' }).click();
    const delivery = page.getByRole('region', { name: `Deliveries to ${url}` }).getByTestId('delivery');
    await expect(delivery).toHaveCount(1);
    await expect(delivery).toContainText('partner.created');
    await expect(delivery).toContainText(String(first.headers['partnerhub-event-id']));
    await expect(delivery).toContainText('Delivered');
    await expect(delivery).toContainText('1 attempt');
    await expect(delivery).toContainText('HTTP 204');
    await shot(page, 'webhook-delivery-log');

    await delivery.getByRole('button', { name: /^Redeliver partner.created/ }).click();
    await expect.poll(() => received.length, { timeout: 20_000 }).toBe(2);
    // The same event, the same bytes.
    expect(received[1].headers['partnerhub-event-id']).toBe(first.headers['partnerhub-event-id']);
    expect(received[1].body).toBe(first.body);
    await expect(delivery).toContainText('2 attempts', { timeout: 15_000 });
    await expect(delivery).toContainText('Delivered');
    await expect(delivery.getByRole('list', { name: 'Attempts of partner.created' }).getByRole('listitem')).toHaveCount(2);

    await page.getByRole('region', { name: url }).getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('dialog', { name: 'Delete the subscription?' }).getByRole('button', { name: 'Delete subscription' }).click();
    await expect(page.getByRole('region', { name: url })).toHaveCount(0);
  } finally {
    receiver.close();
  }
});

test('an admin checks a partners CSV with two bad rows, fixes it and imports it', async ({ page }) => {
  // A tag of this journey's own: the webhook journey imports a partner with the run's suffix too.
  const tag = `csv${suffix}`;
  const names = ['Alpen IT', 'Baltic Cloud', 'Cordillera Systems', 'Delta Integrations'].map((n) => `${n} ${tag}`);
  const header = 'name,type,region,country,verticals';
  const bad = [header, `${names[0]},RESELLER,EMEA,AT,Retail`, `${names[1]},DISTRIBUTOR,EMEA,LV,`, `${names[2]},SI,LATAM,CL,`, `${names[3]},VAR,MARS,,`].join('\n');
  const good = bad.replace('DISTRIBUTOR', 'MSP').replace('MARS', 'NA');

  await signIn(page, 'admin@vendor.test');
  await open(page, 'Imports');
  await expect(page.getByRole('region', { name: 'Columns for partners' })).toContainText('verticals');

  const report = await importPartners(page, bad, 'Check');
  await expect(report).toContainText('2 rows have problems');
  await expect(report).toContainText('Nothing was written');
  const problems = report.getByRole('region', { name: 'Problems by row' }).getByRole('row');
  await expect(problems).toHaveCount(3);
  await expect(problems.nth(1)).toContainText(/^2\s*type/);
  await expect(problems.nth(2)).toContainText(/^4\s*region/);
  await shot(page, 'import-dry-run');

  // The import refuses the same file whole.
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(report).toContainText('2 rows have problems');

  await page.goto(`/partners?q=${tag}`);
  await expect(page.getByText('Try a broader search or remove a filter.')).toBeVisible();

  await open(page, 'Imports');
  await expect(await importPartners(page, good, 'Check')).toContainText('All 4 rows are good');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(report).toContainText('Imported 4 partners');

  await page.goto(`/partners?q=${tag}`);
  for (const n of names) await expect(page.getByRole('row', { name: new RegExp(n) })).toBeVisible();
  await expect(page.getByText('1–4 of 4 partners')).toBeVisible();
});

for (const w of [
  { name: 'desktop', viewport: { width: 1440, height: 900 } },
  { name: 'phone', viewport: { width: 390, height: 844 } },
]) {
  test(`routing rules, webhooks and imports pass axe at ${w.name} width`, async ({ page }) => {
    // axe over three screens and two dialogs takes minutes on a busy machine.
    test.setTimeout(300_000);
    await page.setViewportSize(w.viewport);
    await signIn(page, 'admin@vendor.test');
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeHidden({ timeout: 30_000 });
    await page.goto('/routing-rules');
    await expect(page.getByRole('heading', { level: 1, name: 'Routing rules' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Routing rules in the order they run' })).toBeVisible();
    await checkA11y(page, 'routing rules');
    await page.getByRole('button', { name: 'New rule' }).click();
    await checkA11y(page, 'routing rule dialog');
    await page.getByRole('dialog', { name: 'New routing rule' }).getByRole('button', { name: 'Cancel' }).click();

    await page.goto('/webhooks');
    await expect(page.getByRole('heading', { level: 1, name: 'Webhooks' })).toBeVisible();
    await expect(page.locator('.skeleton')).toHaveCount(0, { timeout: 15_000 });
    await checkA11y(page, 'webhooks');
    await page.getByRole('button', { name: 'New subscription' }).click();
    await checkA11y(page, 'subscription dialog');
    await page.getByRole('dialog', { name: 'New webhook subscription' }).getByRole('button', { name: 'Cancel' }).click();

    await page.goto('/imports');
    await expect(page.getByRole('heading', { level: 1, name: 'Imports' })).toBeVisible();
    await page.getByLabel('CSV file').setInputFiles(csvFile('partners.csv', 'name,type,region\nX,NOPE,EMEA\n'));
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await expect(page.getByTestId('import-report')).toContainText('1 row has problems');
    await checkA11y(page, 'imports');
    // Nothing overflows the phone's width.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}
