import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { shot, signIn } from './helpers';

// The vendor's training authoring: an ADMIN writes a small course with a quiz, puts it in a sales
// track, and a partner sales user finds it in their learning. The screen and its dialogs pass
// axe-core (WCAG 2.1 A/AA, no serious or critical violation) at desktop and phone width.

test.describe.configure({ timeout: 180_000 });

async function checkA11y(page: Page, name: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = serious.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => `${n.target.join(' ')} — ${n.failureSummary ?? ''}`).slice(0, 5).join('\n  ')}`);
  expect(report, `${name}: serious or critical accessibility violations`).toEqual([]);
}

async function openAuthoring(page: Page) {
  await page.getByRole('navigation', { name: 'Portal' }).getByRole('link', { name: 'Training authoring' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Training authoring' })).toBeVisible();
  await expect(page.locator('.skeleton')).toHaveCount(0, { timeout: 15_000 });
}

test('an admin authors a course with a quiz, adds it to a sales track, and a sales rep sees it in their learning', async ({ page, browser }) => {
  await signIn(page, 'admin@vendor.test');
  await openAuthoring(page);

  await page.getByRole('button', { name: 'New course' }).click();
  const course = page.getByRole('dialog', { name: 'New course' });
  await course.getByLabel('Course title').fill('Registering a deal');
  await course.getByRole('button', { name: 'Add lesson' }).click();
  await course.getByLabel('Lesson 1 title').fill('Why register');
  await course.getByLabel('Lesson 1 text').fill('A registered deal is **protected** for 90 days.');
  await course.getByRole('button', { name: 'Add quiz' }).click();
  await course.getByLabel('Question 1 prompt').fill('How long is a registered deal protected?');
  await course.getByRole('textbox', { name: 'Question 1 choice 1', exact: true }).fill('30 days');
  await course.getByRole('textbox', { name: 'Question 1 choice 2', exact: true }).fill('90 days');
  // Sending without a right choice is stopped in the portal, with the reason.
  await course.getByRole('button', { name: 'Create course' }).click();
  await expect(course.getByText('Mark the one right choice.')).toBeVisible();
  await course.getByRole('radio', { name: /question 1 choice 2$/ }).check();
  await course.getByRole('button', { name: 'Add question' }).click();
  await course.getByLabel('Question 2 prompt').fill('Who registers deals?');
  await course.getByRole('checkbox', { name: 'Question 2: several choices are right' }).check();
  await course.getByRole('textbox', { name: 'Question 2 choice 1', exact: true }).fill('Partner sales reps');
  await course.getByRole('textbox', { name: 'Question 2 choice 2', exact: true }).fill('Partner admins');
  await course.getByRole('button', { name: 'Add a choice to question 2' }).click();
  await course.getByRole('textbox', { name: 'Question 2 choice 3', exact: true }).fill('The customer');
  await course.getByRole('checkbox', { name: /question 2 choice 1$/ }).check();
  await course.getByRole('checkbox', { name: /question 2 choice 2$/ }).check();
  await course.getByLabel('Pass mark (%)').fill('50');
  await checkA11y(page, 'course dialog');
  await course.getByRole('button', { name: 'Create course' }).click();
  await expect(course).toBeHidden();
  const row = page.getByRole('table', { name: 'Courses' }).getByRole('row', { name: /Registering a deal/ });
  await expect(row).toContainText('Registering a deal quiz, pass mark 50%');

  await page.getByRole('button', { name: 'New track' }).click();
  const track = page.getByRole('dialog', { name: 'New track' });
  await track.getByLabel('Track name').fill('Sales: registering deals');
  await track.getByLabel('Job function').selectOption('SALES');
  await track.getByLabel('Course to add').selectOption({ label: 'Registering a deal' });
  await track.getByRole('button', { name: 'Add course' }).click();
  await expect(track.getByTestId('track-course')).toHaveText(['Registering a deal']);
  await track.getByRole('button', { name: 'Create track' }).click();
  await expect(track).toBeHidden();
  await expect(page.getByRole('table', { name: 'Learning tracks' }).getByRole('row', { name: /Sales: registering deals/ })).toContainText('Registering a deal');
  await shot(page, 'training-authoring');

  // A sales rep (job function SALES) finds the track among theirs and the quiz without answers.
  const rep = await browser.newContext();
  const repPage = await rep.newPage();
  await signIn(repPage, 'sales@acme-reseller.test');
  await repPage.getByRole('navigation', { name: 'Portal' }).getByRole('link', { name: 'Learning' }).click();
  const repTrack = repPage.locator('[data-testid="track"][data-track="Sales: registering deals"]');
  await expect(repTrack).toBeVisible();
  await repTrack.getByRole('link', { name: 'Registering a deal' }).click();
  await expect(repPage.getByRole('heading', { level: 1, name: 'Registering a deal' })).toBeVisible();
  await expect(repPage.getByText('How long is a registered deal protected?')).toBeVisible();
  await expect(repPage.getByLabel('90 days')).not.toBeChecked();
  await rep.close();

  // A course in a track is not deleted: the API's reason is shown.
  await row.getByRole('button', { name: 'Delete Registering a deal' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete Registering a deal?' });
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(confirm.getByRole('alert')).toContainText('track');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
});

for (const w of [
  { name: 'desktop', viewport: { width: 1440, height: 900 } },
  { name: 'phone', viewport: { width: 390, height: 844 } },
]) {
  test(`training authoring passes axe at ${w.name} width`, async ({ page }) => {
    await page.setViewportSize(w.viewport);
    await signIn(page, 'admin@vendor.test');
    await expect(page.locator('.user-button')).toBeVisible();
    await page.goto('/training');
    await expect(page.getByRole('heading', { level: 1, name: 'Training authoring' })).toBeVisible();
    await page.waitForLoadState('networkidle');
    await expect(page.locator('.skeleton')).toHaveCount(0, { timeout: 15_000 });
    await checkA11y(page, `${w.name} training authoring`);
    await shot(page, `${w.name}/admin-training-authoring`);
    const dialogs: [string, string][] = [
      ['New course', 'New course'],
      ['New track', 'New track'],
      ['New certification', 'New certification'],
      ['New plan', 'New onboarding plan'],
    ];
    for (const [button, title] of dialogs) {
      await page.getByRole('button', { name: button }).click();
      const d = page.getByRole('dialog', { name: title });
      await expect(d).toBeVisible();
      await checkA11y(page, `${w.name} ${title} dialog`);
      await d.getByRole('button', { name: 'Cancel' }).click();
      await expect(d).toBeHidden();
    }
    await page.getByRole('button', { name: /^Edit / }).first().click();
    await expect(page.getByRole('dialog', { name: /^Edit / })).toBeVisible();
    await checkA11y(page, `${w.name} edit dialog`);
  });
}
