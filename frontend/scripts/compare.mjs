// Compares two folders file by file; returns the relative paths that differ or exist on one side.
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';

function list(dir, base = dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? list(p, base) : [path.relative(base, p)];
  });
}

export function diffDirs(a, b) {
  const files = new Set([...list(a), ...list(b)]);
  const changed = [];
  for (const f of [...files].sort()) {
    const pa = path.join(a, f);
    const pb = path.join(b, f);
    if (!existsSync(pa) || !existsSync(pb) || !readFileSync(pa).equals(readFileSync(pb))) changed.push(f);
  }
  return changed;
}

export function sizes(dir) {
  return list(dir).map((f) => ({ file: f, bytes: statSync(path.join(dir, f)).size }));
}
