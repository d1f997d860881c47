/**
 * EVSE and EV SLAC over a real veth pair between two network namespaces, raw frames through cap (root only).
 * Without the optional cap addon it skips outside CI (the run's end lists it with the fix); in CI it fails,
 * never skips, when cap does not load: CI must prove the real path works.
 */

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { loadCap } from '../../src/link/pcap.js';
import { NEEDS_CAP, needs } from '../helpers/needs.js';
import { createVethPair, IS_ROOT, NOT_ROOT_MESSAGE, runPeer, type VethPair } from './veth.js';

describe('SLAC EVSE vs EV over veth (cap)', { skip: needs(IS_ROOT ? false : NOT_ROOT_MESSAGE, NEEDS_CAP) }, () => {
  let pair: VethPair | undefined;

  before(() => {
    pair = createVethPair('t');
  });

  after(() => {
    pair?.destroy();
  });

  it('loads the cap addon', async () => {
    await loadCap(); // throws HardwareError with the install hint
  });

  it('matches 3 times in a row (actors stopped and restarted), agreeing on the NMK', async () => {
    const p = pair as VethPair;
    const evse = runPeer(p.nsA, 'evse', p.ifA, 3);
    await evse.ready;
    assert.ok(!evse.lines.some((l) => l.error), `evse: ${JSON.stringify(evse.lines)} ${evse.stderr}`);
    const pev = runPeer(p.nsB, 'pev', p.ifB, 3);
    const [ec, pc] = await Promise.all([evse.exit, pev.exit]);
    assert.equal(pc, 0, `pev exit ${pc}: ${JSON.stringify(pev.lines)} ${pev.stderr}`);
    assert.equal(ec, 0, `evse exit ${ec}: ${JSON.stringify(evse.lines)} ${evse.stderr}`);
    const er = evse.lines.filter((l) => l.round !== undefined);
    const pr = pev.lines.filter((l) => l.round !== undefined);
    assert.equal(pr.length, 3);
    for (let i = 0; i < 3; i++) {
      assert.equal(pr[i]?.type, 'slac.matched', JSON.stringify(pr[i]));
      assert.equal(er[i]?.type, 'slac.matched', JSON.stringify(er[i]));
      assert.equal(pr[i]?.nmk, er[i]?.nmk);
      // the < 1 s target is measured by bench/slac.bench.ts; here only a gross bound (CI runs tests in parallel)
      assert.ok((pr[i]?.ms ?? 1e9) < 5000, `round ${i}: ${pr[i]?.ms} ms`);
    }
  });
});
