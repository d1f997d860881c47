/** The EXI facade loads a schema's generated grammar on first use only: a DIN session never loads ISO-2/ISO-20. */

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';

const facade = new URL('../../src/exi/index.js', import.meta.url).href;

/** Runs `body` in a fresh Node process (nothing loaded yet) and returns the grammars it loaded. */
function grammarsAfter(body: string): string[] {
  const script = `import * as x from ${JSON.stringify(facade)};\n${body}\nconsole.log(JSON.stringify(x.loadedGrammars()));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout.trim().split('\n').at(-1) ?? '[]') as string[];
}

describe('EXI facade loads grammars lazily', () => {
  it('loads nothing on import', () => {
    assert.deepEqual(grammarsAfter(''), []);
  });

  it('a DIN message round trip loads only the DIN grammar', () => {
    const doc = {
      V2G_Message: {
        Header: { SessionID: '0ebe5b8d693ee379' },
        Body: { WeldingDetectionReq: { DC_EVStatus: { EVReady: true, EVErrorCode: 'NO_ERROR', EVRESSSOC: 73 } } },
      },
    };
    const body = `const d = ${JSON.stringify(doc)}; x.decodeExi(x.encodeExi(d, 'din'), 'din');`;
    assert.deepEqual(grammarsAfter(body), ['din']);
  });

  it('an ISO 15118-20 decode directed at one namespace loads that namespace only', () => {
    const body = `try { x.decodeExi(Buffer.from('8000', 'hex'), 'iso20', { iso20Namespace: 'DC' }); } catch {}`;
    assert.deepEqual(grammarsAfter(body), ['DC']);
  });
});
