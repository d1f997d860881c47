/** The charger's limits as the SECC sees them in `piccs sim`: capped at the cable's PP capacity (AC). */

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cableLimited } from '../../src/app/sim-sides.js';
import { ppAmps } from '../../src/cp/proximity.js';

describe('cable capacity limits the offered current', () => {
  it('EVSEMaxCurrent is the smaller of the charger and the cable', () => {
    const l = { maxCurrentA: 32, maxVoltageV: 400 };
    assert.deepEqual(cableLimited(l, ppAmps(1500) ?? 0), { maxCurrentA: 13, maxVoltageV: 400 });
    assert.equal(cableLimited(l, ppAmps(100) ?? 0), l, 'a 63 A cable does not raise a 32 A charger');
    assert.equal(cableLimited(l, Infinity), l, 'no PP sense (tethered cable, DC): unchanged');
  });
});
