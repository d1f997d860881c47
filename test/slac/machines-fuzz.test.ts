/** Wire garbage never crashes the SLAC machines: random and mutated MMEs from several senders, then a clean match. */

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { encodeMme } from '../../src/slac/homeplug.js';
import { EV_MAC, EVSE_MAC, evseHarness, MODEM_MAC, pevHarness } from './machine-helpers.js';
import { SAMPLE_MESSAGES } from './samples.js';

function lcg(seed: number) {
  let s = seed;
  return () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s;
  };
}

function garbage(rnd: () => number, dst: Buffer): Buffer {
  const msg = SAMPLE_MESSAGES[rnd() % SAMPLE_MESSAGES.length];
  const src = [EV_MAC, EVSE_MAC, MODEM_MAC][rnd() % 3] as Buffer;
  const f = encodeMme({ dst: rnd() % 2 ? dst : Buffer.alloc(6, 0xff), src, msg: msg as never });
  const cut = rnd() % 4 === 0 ? f.subarray(0, rnd() % f.length) : Buffer.from(f);
  for (let k = rnd() % 4; k > 0; k--) if (cut.length > 17) cut[17 + (rnd() % (cut.length - 17))] = rnd() & 0xff;
  return cut;
}

describe('SLAC machines under wire garbage', () => {
  it('EVSE: 3000 random/mutated frames over 30 s do not crash it', () => {
    const h = evseHarness({ options: { modem: 'none' } });
    const rnd = lcg(42);
    for (let i = 0; i < 3000; i++) {
      h.port.inject(garbage(rnd, EVSE_MAC));
      h.clock.advance(10);
      assert.notEqual(h.actor.getSnapshot().status, 'error');
    }
    assert.notEqual(h.actor.getSnapshot().status, 'error');
  });

  it('EV: 3000 random/mutated frames do not crash it', () => {
    const h = pevHarness({ options: { modem: 'none' } });
    const rnd = lcg(7);
    for (let i = 0; i < 3000; i++) {
      h.port.inject(garbage(rnd, EV_MAC));
      h.clock.advance(5);
      assert.notEqual(h.actor.getSnapshot().status, 'error');
    }
  });
});
