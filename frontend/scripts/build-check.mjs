// Builds the portal into a temporary folder and fails when the committed build that the Go binary
// embeds (internal/portal/dist) differs from it. Prints the build's size (gzip) for the record.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { diffDirs, sizes } from './compare.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const committed = path.resolve(root, '../internal/portal/dist');
const out = mkdtempSync(path.join(tmpdir(), 'partnerhub-build-'));
try {
  execFileSync(path.join(root, 'node_modules/.bin/vite'), ['build', '--outDir', out, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
  const total = { js: 0, css: 0, jsGz: 0, cssGz: 0, initialGz: 0 };
  const index = readFileSync(path.join(out, 'index.html'), 'utf8');
  for (const { file } of sizes(out)) {
    const body = readFileSync(path.join(out, file));
    const gz = gzipSync(body, { level: 9 }).length;
    const kind = file.endsWith('.js') ? 'js' : file.endsWith('.css') ? 'css' : null;
    if (!kind) continue;
    total[kind] += body.length;
    total[`${kind}Gz`] += gz;
    if (index.includes(`/${file}`)) total.initialGz += gz;
  }
  const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
  console.log(
    `portal build: JS ${kb(total.js)} (${kb(total.jsGz)} gzip), CSS ${kb(total.css)} (${kb(total.cssGz)} gzip); ` +
      `first load ${kb(total.initialGz)} gzip`,
  );
  const changed = diffDirs(committed, out);
  if (changed.length) {
    console.error('the committed portal build is stale; run `make frontend` and commit internal/portal/dist:');
    for (const f of changed) console.error(`  internal/portal/dist/${f}`);
    process.exit(1);
  }
  console.log('the committed portal build matches its sources');
} finally {
  rmSync(out, { recursive: true, force: true });
}
