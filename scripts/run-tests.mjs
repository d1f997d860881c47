#!/usr/bin/env node
// Runs every compiled test file (dist/test/**/*.test.js) with node's built-in test runner.
// Node 20 does not expand globs itself, and a directory argument would also pick up helpers,
// so the file list is built here. Extra arguments are passed through (e.g. a path filter).
// After node's summary (the `ℹ tests/pass/fail/skipped` lines CI reads) it lists every skipped suite and test with
// its reason and fix, collected by scripts/skip-reporter.mjs: node does not count a skipped suite's tests at all.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

// PICCS_TEST_ROOT: another folder of compiled tests (the runner's own test uses it)
const root = process.env.PICCS_TEST_ROOT ?? 'dist/test';
const filters = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const passthrough = process.argv.slice(2).filter((a) => a.startsWith('--'));

function walk(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else if (name.endsWith('.test.js')) out.push(p);
  }
  return out;
}

const files = walk(root)
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort();
if (files.length === 0) {
  console.error(`no test files found under ${root}${filters.length ? ` matching ${filters.join(', ')}` : ''}`);
  process.exit(1);
}
const concurrency = Math.max(2, availableParallelism());
const skipDir = mkdtempSync(join(tmpdir(), 'piccs-skips-'));
const skipFile = join(skipDir, 'skips.jsonl');
const skipReporter = fileURLToPath(new URL('./skip-reporter.mjs', import.meta.url));
const r = spawnSync(
  process.execPath,
  [
    '--test',
    `--test-concurrency=${concurrency}`,
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    `--test-reporter=${skipReporter}`,
    `--test-reporter-destination=${skipFile}`,
    ...passthrough,
    ...files,
  ],
  { stdio: 'inherit' },
);
let skips = [];
try {
  skips = readFileSync(skipFile, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
} catch {
  // no file: the run ended before the reporter wrote one
}
rmSync(skipDir, { recursive: true, force: true });
process.stdout.write(skipList(skips));
process.exit(r.status ?? 1);

/** The end-of-run list: counts, then per reason (it carries the fix) the suites and tests it skipped. */
export function skipList(list) {
  if (list.length === 0) return '';
  const suites = list.filter((s) => s.kind === 'suite').length;
  const tests = list.length - suites;
  const byReason = new Map();
  for (const s of list) byReason.set(s.reason, [...(byReason.get(s.reason) ?? []), s]);
  const lines = [
    `ℹ skipped suites ${suites} (their tests did not run and are not in the counts above), skipped tests ${tests}`,
  ];
  for (const [reason, items] of byReason) {
    lines.push(`﹣ skipped: ${reason}`);
    for (const s of items) {
      const file = s.file ? relative(process.cwd(), s.file.startsWith('file:') ? fileURLToPath(s.file) : s.file) : '';
      lines.push(`    ${s.kind.padEnd(5)} ${s.name}${file ? `  (${file})` : ''}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
