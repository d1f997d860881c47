/** `--slac off` / slac.mode: said by `piccs evse|pev --help` and `piccs config --explain`; bad values exit 2. */

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { main } from '../../src/cli/main.js';
import { fakeIO } from '../helpers/fake-io.js';

describe('the SLAC off option', () => {
  for (const role of ['evse', 'pev']) {
    it(`piccs ${role} --help explains --slac off`, async () => {
      const t = fakeIO();
      assert.equal(await main([role, '--help'], t.io), 0);
      assert.match(t.out(), /--slac on\|off +off: no SLAC, for benches where the link already exists/);
      assert.match(t.out(), role === 'evse' ? /from B \+ 5 % straight to SDP/ : /SDP as soon as it sees 5 %/);
    });
  }

  it('piccs config --explain lists slac.mode with what off does', async () => {
    const t = fakeIO();
    assert.equal(await main(['config', '--explain'], t.io), 0);
    assert.match(t.out(), /slac\.mode \(on\|off, default "on"\)\n.*off = no SLAC.*straight to SDP/);
  });

  it('--slac maybe is a config problem naming slac.mode (exit 2)', async () => {
    const t = fakeIO();
    assert.equal(await main(['evse', '--slac', 'maybe', '--hw', 'sim', '--once'], t.io), 2);
    assert.match(t.err(), /slac\.mode: 'maybe' is not one of on, off/);
  });
});
