import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PASSWORD = process.env.DEMO_PASSWORD ?? 'partnerhub-demo';
const screenshots = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../screenshots');

/** Signs in through the form, using the keyboard to submit. */
export async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await page.getByLabel('Work e-mail').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByLabel('Password').press('Enter');
}

/** Saves a full-page screenshot under frontend/screenshots (git-ignored). */
export async function shot(page: Page, name: string, opts: { fullPage?: boolean } = {}) {
  // Let web fonts and charts settle so screenshots are stable.
  await page.evaluate(() => document.fonts.ready);
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage: opts.fullPage ?? true });
}

const serverLog = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../test-results/server.log');

/**
 * The link of the last e-mail queued for `to`: in development the server logs e-mail links
 * ("e-mail queued (development: link logged)"), which stands in for the inbox. Returns the path
 * and fragment, to open on the test server.
 */
export async function mailedLink(to: string): Promise<string> {
  let found = '';
  await expect
    .poll(
      () => {
        const lines = readFileSync(serverLog, 'utf8').split('\n');
        for (const line of lines) {
          if (!line.includes('"link"')) continue;
          try {
            const rec = JSON.parse(line) as { to?: string; link?: string };
            if (rec.to === to && rec.link) found = rec.link;
          } catch {
            // not a JSON log line
          }
        }
        return found;
      },
      { message: `an e-mail link for ${to} in the server log`, timeout: 10_000 },
    )
    .not.toBe('');
  const url = new URL(found);
  return url.pathname + url.search + url.hash;
}
