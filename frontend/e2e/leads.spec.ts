import { expect, test } from '@playwright/test';
import { shot, signIn } from './helpers';

// The lead journey on the demo data: a partner finds the leads routed to it with their deadlines,
// declines one with a reason (it leaves the inbox) and converts an accepted one into a deal
// registration; the channel team reads the routing trace and offers a lead from the manual queue.
test.describe.configure({ mode: 'serial' });

test('a partner declines a lead with a reason and converts an accepted one into a deal', async ({ page }) => {
  await signIn(page, 'admin@acme-reseller.test');
  await page.getByRole('navigation', { name: 'Portal' }).getByRole('link', { name: 'Leads' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lead inbox' })).toBeVisible();

  const northwind = page.getByRole('region', { name: 'Northwind Robotics' });
  await expect(northwind.getByText('Offered')).toBeVisible();
  await expect(northwind.getByTestId('deadline')).toContainText('Answer by');
  await shot(page, 'lead-inbox');

  await northwind.getByRole('button', { name: 'Decline' }).click();
  const dialog = page.getByRole('dialog', { name: 'Decline the lead' });
  await dialog.getByLabel('Reason').selectOption({ label: 'Not our region' });
  await dialog.getByLabel('Note').fill('Our team covers retail, not robotics.');
  await dialog.getByRole('button', { name: 'Decline lead' }).click();
  await expect(page.getByRole('region', { name: 'Northwind Robotics' })).toHaveCount(0);

  const fabrikam = page.getByRole('region', { name: 'Fabrikam Stores' });
  await expect(fabrikam.getByText('Accepted')).toBeVisible();
  await fabrikam.getByRole('button', { name: 'Convert to deal' }).click();
  await expect(page).toHaveURL(/\/deals\/dea_/);
  await expect(page.getByText('fabrikam-stores.example').first()).toBeVisible();
});

test('the channel team reads a routing trace and offers a lead from the manual queue', async ({ page }) => {
  await signIn(page, 'admin@vendor.test');
  await page.getByRole('navigation', { name: 'Portal' }).getByRole('link', { name: 'Leads' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Leads' })).toBeVisible();

  const row = page.getByRole('row', { name: /Bergmann Maschinenbau/ });
  await row.getByRole('button', { name: 'Show trace' }).click();
  const trace = page.getByTestId('routing-trace').first();
  await expect(trace).toContainText('DACH leads go to DACH partners');
  await expect(trace).toContainText('Umbrella Cloud Services');
  await shot(page, 'lead-routing-trace');

  const queue = page.getByRole('region', { name: /Manual queue/ });
  await expect(queue).toContainText('Rio Verde Agro');
  await queue.getByLabel('Partner').selectOption({ label: 'Globex MSP' });
  await queue.getByRole('button', { name: 'Offer' }).click();
  await expect(page.getByRole('region', { name: 'Manual queue (0)' })).toBeVisible();
  await expect(page.getByRole('row', { name: /Rio Verde Agro/ })).toContainText('Globex MSP');
});
