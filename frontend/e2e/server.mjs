// Starts a real PartnerHub server for the browser tests: the Go binary (PARTNERHUB_BIN, or built
// here from the repository), on PORT, with a fresh SQLite DATA_DIR that the server seeds with the
// demo data. Playwright's webServer runs this, waits for /readyz, and stops it after the tests.
import { spawn, execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdtempSync, mkdirSync, rmSync, createWriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');
const port = process.env.PORT;
if (!port) throw new Error('PORT is not set');

let bin = process.env.PARTNERHUB_BIN;
if (!bin) {
  const dir = path.join(here, '../node_modules/.cache/partnerhub-e2e');
  mkdirSync(dir, { recursive: true });
  bin = path.join(dir, 'partnerhub');
  console.log(`building ${bin}`);
  execFileSync('go', ['build', '-o', bin, '.'], { cwd: repo, stdio: 'inherit' });
}

const dataDir = mkdtempSync(path.join(tmpdir(), 'ph-e2e-'));
// Run a private copy under a name of its own, so that nothing stopping other "partnerhub"
// processes on a shared machine (other test suites) takes this server down mid-run.
const server = path.join(dataDir, 'ph-e2e-server');
copyFileSync(bin, server);
chmodSync(server, 0o755);
const logDir = path.join(here, '../test-results');
mkdirSync(logDir, { recursive: true });
const log = createWriteStream(path.join(logDir, 'server.log'));
console.log(`partnerhub on :${port}, DATA_DIR=${dataDir}, log in test-results/server.log`);

const child = spawn(server, [], {
  cwd: dataDir,
  // The webhook journey's receiver listens on 127.0.0.1, which the SSRF guard refuses unless told
  // (docs/webhooks.md).
  env: { ...process.env, PORT: port, DATA_DIR: dataDir, APP_ENV: 'development', DATABASE_URL: '', WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true' },
  stdio: ['ignore', 'pipe', 'pipe'],
});
child.stdout.pipe(log);
child.stderr.pipe(log);

let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  child.kill('SIGTERM');
};
child.on('exit', (code) => {
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(stopping ? 0 : (code ?? 1));
});
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, stop);
