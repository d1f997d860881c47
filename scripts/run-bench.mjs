#!/usr/bin/env node
// Runs every compiled benchmark (dist/bench/**/*.bench.js) one after another, each in its own process,
// so one benchmark's garbage does not skew the next. Pass a name fragment to run a subset.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = 'dist/bench';
const filters = process.argv.slice(2);
function walk(dir) {
  const out = [];
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else if (name.endsWith('.bench.js')) out.push(p);
  }
  return out;
}
const files = walk(root)
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort();
let failed = 0;
for (const f of files) {
  console.log(`\n=== ${f}`);
  const r = spawnSync(process.execPath, ['--expose-gc', f], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
console.log(`\n${files.length} benchmark file(s), ${failed} failed`);
process.exit(failed ? 1 : 0);
