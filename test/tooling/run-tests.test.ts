/**
 * scripts/run-tests.mjs on a machine without the optional `cap` addon (hidden by test/helpers/hide-modules.ts, the
 * way npm leaves node_modules when cap's build fails for lack of libpcap-dev): outside CI the suites that need cap
 * skip and the end of the run lists every skipped suite with its reason and fix; with CI=true they run and fail.
 */

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { PROJECT_ROOT } from '../helpers/shared.js';

const NEEDS = new URL('../helpers/needs.js', import.meta.url).href;
const HIDE = new URL('../helpers/hide-modules.js', import.meta.url).href;

const FIXTURE = `import { describe, it } from 'node:test';
import { NEEDS_CAP } from '${NEEDS}';
describe('a suite that needs cap', { skip: NEEDS_CAP }, () => {
  it('loads cap', async () => { const name = 'cap'; await import(name); });
});
describe('a suite skipped for another reason', { skip: 'needs a unicorn; fix: buy one' }, () => {
  it('never runs', () => {});
});
describe('a suite that runs', () => {
  it('passes', () => {});
  it('a skipped test', { skip: 'needs a second unicorn; fix: buy two' }, () => {});
});
`;

function run(dir: string, env: Record<string, string>): { status: number | null; out: string } {
  const base = { ...process.env };
  delete base.CI;
  delete base.NODE_TEST_CONTEXT; // set inside a test file; node --test would refuse to run files
  const r = spawnSync(process.execPath, ['scripts/run-tests.mjs', `--import=${HIDE}`], {
    cwd: PROJECT_ROOT,
    env: { ...base, PICCS_TEST_ROOT: dir, PICCS_HIDE_MODULES: 'cap', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

describe('npm test without the optional cap addon', () => {
  let dir = '';
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'piccs-runner-'));
    writeFileSync(join(dir, 'package.json'), '{"type":"module"}\n');
    writeFileSync(join(dir, 'cap.test.js'), FIXTURE);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('outside CI: the cap suite skips, the run passes and ends with every skipped suite, its reason and fix', () => {
    const r = run(dir, {});
    assert.equal(r.status, 0, r.out);
    // node's own summary stays (CI reads it), the list comes after it
    const summary = r.out.indexOf('ℹ fail 0');
    const list = r.out.indexOf('ℹ skipped suites 2');
    assert.ok(summary >= 0 && list > summary, r.out);
    const tail = r.out.slice(list);
    assert.match(tail, /skipped tests 1/);
    assert.match(tail, /needs the optional 'cap' addon .*fix: sudo apt-get install -y libpcap-dev .*`npm install`/);
    assert.match(tail, /suite a suite that needs cap/);
    assert.match(tail, /needs a unicorn; fix: buy one\n\s+suite a suite skipped for another reason/);
    assert.match(tail, /needs a second unicorn; fix: buy two\n\s+test\s+a skipped test/);
    assert.doesNotMatch(r.out, /&& npm rebuild cap/);
  });

  it('with CI=true a missing addon fails the run instead of skipping', () => {
    const r = run(dir, { CI: 'true' });
    assert.equal(r.status, 1, r.out);
    assert.match(r.out, /ℹ fail 1/);
    assert.match(r.out, /Cannot find package 'cap'/);
    assert.doesNotMatch(r.out, /suite a suite that needs cap/);
  });
});
