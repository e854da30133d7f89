import { createServer } from 'node:net';
import { defineConfig, devices } from '@playwright/test';

// Browser tests drive Debian's Chromium (apt package chromium); Playwright never downloads a
// browser here (PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1). CHROMIUM_PATH overrides the binary.
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** A free TCP port for this run's server, unless PARTNERHUB_PORT names one. */
async function freePort(): Promise<number> {
  if (process.env.PARTNERHUB_PORT) return Number(process.env.PARTNERHUB_PORT);
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => resolve(typeof addr === 'object' && addr ? addr.port : 0));
    });
  });
}

const port = await freePort();
// Remember the port for worker processes, which load this file again.
process.env.PARTNERHUB_PORT = String(port);
const baseURL = process.env.PARTNERHUB_URL ?? `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: './e2e',
  outputDir: './test-results/playwright',
  // One server and one database for all journeys; they run one after another.
  workers: 1,
  fullyParallel: false,
  retries: process.env.CI ? 1 : 0,
  timeout: 45_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--headless',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], viewport: { width: 1366, height: 900 } } }],
  webServer: process.env.PARTNERHUB_URL
    ? undefined
    : {
        command: 'node e2e/server.mjs',
        url: `${baseURL}/readyz`,
        env: { PORT: String(port) },
        timeout: 180_000,
        reuseExistingServer: false,
        stdout: 'pipe',
        gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
      },
});
