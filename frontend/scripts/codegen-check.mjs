// Fails when the committed operation types (src/gql) differ from what graphql-codegen generates
// now from the committed SDL (../graph/*.graphql) and the operations in src/.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { diffDirs } from './compare.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = mkdtempSync(path.join(tmpdir(), 'partnerhub-codegen-'));
try {
  execFileSync(path.join(root, 'node_modules/.bin/graphql-codegen'), ['--config', 'codegen.ts', '--silent'], {
    cwd: root,
    env: { ...process.env, CODEGEN_OUT: out + path.sep },
    stdio: 'inherit',
  });
  const changed = diffDirs(path.join(root, 'src/gql'), out);
  if (changed.length) {
    console.error('generated GraphQL types are stale; run `npm run codegen` in frontend/ and commit src/gql:');
    for (const f of changed) console.error(`  src/gql/${f}`);
    process.exit(1);
  }
  console.log('generated GraphQL types are up to date');
} finally {
  rmSync(out, { recursive: true, force: true });
}
