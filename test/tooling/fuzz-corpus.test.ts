/**
 * `npm run fuzz` without the shared EXI vectors refuses instead of passing on a thin corpus; `npm test` without them
 * fuzzes the built-in seeds and says so in every test title. (PICCS_SHARED_DIR=none hides ../shared.)
 */

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { PROJECT_ROOT } from '../helpers/shared.js';

function fuzz(env: Record<string, string>): { status: number | null; out: string } {
  const base = { ...process.env };
  delete base.NODE_TEST_CONTEXT; // set inside a test file; node --test would refuse to run files
  const r = spawnSync(process.execPath, ['scripts/run-tests.mjs', 'exi/fuzz'], {
    cwd: PROJECT_ROOT,
    env: { ...base, PICCS_SHARED_DIR: 'none', FUZZ_ITERATIONS: '200', ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

describe('the EXI fuzzer without the shared vectors', () => {
  it('npm run fuzz (FUZZ_REQUIRE_VECTORS=1) refuses, naming what is missing', () => {
    const r = fuzz({ FUZZ_REQUIRE_VECTORS: '1' });
    assert.equal(r.status, 1, r.out);
    assert.match(r.out, /npm run fuzz refuses to run on the built-in seeds alone/);
    assert.match(r.out, /PICCS_SHARED_DIR/);
  });

  it('npm test fuzzes the built-in seeds and says so loudly', () => {
    const r = fuzz({});
    assert.equal(r.status, 0, r.out);
    for (const schema of ['apphand', 'din', 'iso2', 'iso20']) {
      assert.match(
        r.out,
        new RegExp(
          `${schema}: 200 random .*corpus: ONLY \\d built-in seed messages?: the shared EXI vectors are absent`,
        ),
      );
    }
  });
});
