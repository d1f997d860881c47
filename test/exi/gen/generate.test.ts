/** The committed generated codecs are exactly what the generator makes from ../shared/schemas (byte for byte). */

import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { GRAMMARS, generateAll } from '../../../src/exi/gen/main.js';
import { PROJECT_ROOT, SHARED_MISSING, sharedPath } from '../../helpers/shared.js';

const schemas = sharedPath('schemas');

describe('EXI generator', { skip: schemas ? false : SHARED_MISSING }, () => {
  it('regenerates every committed codec byte for byte, twice', () => {
    const a = mkdtempSync(join(tmpdir(), 'piccs-exi-gen-'));
    const b = mkdtempSync(join(tmpdir(), 'piccs-exi-gen-'));
    try {
      const first = generateAll(schemas!, a);
      const second = generateAll(schemas!, b);
      assert.equal(first.length, GRAMMARS.length);
      for (const [i, f] of first.entries()) {
        const rel = relative(a, f);
        const text = readFileSync(f, 'utf8');
        assert.equal(readFileSync(second[i]!, 'utf8'), text, `${rel}: two runs differ`);
        assert.ok(text.startsWith('// generated, do not edit.'), `${rel}: banner`);
        const committed = readFileSync(join(PROJECT_ROOT, 'src/exi', rel), 'utf8');
        assert.ok(committed === text, `src/exi/${rel} is stale: run npm run gen:exi -- ../shared/schemas`);
      }
    } finally {
      rmSync(a, { recursive: true, force: true });
      rmSync(b, { recursive: true, force: true });
    }
  });
});
