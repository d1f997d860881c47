/**
 * EVSE machine against real cars: the car's (and the EVSE modem's) frames from the pyPLC captures are injected
 * at their captured times on a simulated clock; the machine's answers are checked.
 */

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createActor } from 'xstate';
import { fromHex } from '../../src/core/bytes.js';
import { ManualClock } from '../../src/core/clock.js';
import { evseSlacMachine } from '../../src/slac/evse.machine.js';
import type { SlacReport } from '../../src/slac/machine-io.js';
import type { EvseSlacOptions } from '../../src/slac/options.js';
import { SHARED_MISSING } from '../helpers/shared.js';
import { type CapturedMme, capturedMmes, fakePort, hexOf, RESULTS_DIR } from './replay-helpers.js';

interface Replay {
  sent: ReturnType<typeof fakePort>['sent'];
  reports: SlacReport[];
}

/** Injects `frames` (from the first one on, at captured spacing) into an EVSE machine whose MAC is `evseMac`. */
function replayIntoEvse(evseMac: string, frames: CapturedMme[], options: Partial<EvseSlacOptions> = {}): Replay {
  const clock = new ManualClock();
  const port = fakePort(evseMac);
  const reports: SlacReport[] = [];
  const actor = createActor(evseSlacMachine, {
    clock,
    input: { port, clock, random: (n) => Buffer.alloc(n, 0x5a), options: { modem: 'none', ...options } },
  });
  actor.on('*', (e) => reports.push(e));
  actor.start();
  // the machine is started when the car plugs in: replay from the car's first CM_SLAC_PARM.REQ
  const first = frames.findIndex((f) => f.mme.msg.type === 'CM_SLAC_PARM.REQ');
  const t0 = frames[first]?.ms ?? 0;
  for (const f of frames.slice(Math.max(0, first))) {
    clock.advanceTo(f.ms - t0);
    port.inject(f.frame);
  }
  clock.advance(1000);
  actor.stop();
  return { sent: port.sent, reports };
}

const from = (frames: CapturedMme[], ...macs: string[]) => frames.filter((f) => macs.includes(hexOf(f.mme.src)));

describe('EVSE SLAC against real cars (replays)', { skip: RESULTS_DIR ? false : SHARED_MISSING }, () => {
  it('Taycan: echoes the random RunID the car sends (the bug of old pyPLC versions)', async () => {
    // field: Taycan uses a random RunID, see 2023-05-03_TaycanLeftside_slacFail.pcapng
    const all = await capturedMmes('2023-05-03_TaycanLeftside_slacFail.pcapng');
    const car = from(all, '00188700a1d6').filter((f) => f.mme.msg.type === 'CM_SLAC_PARM.REQ');
    assert.ok(car.length >= 1);
    const r = replayIntoEvse('dc0ea1116708', car.slice(0, 1));
    const cnf = r.sent.find((s) => s.msg.type === 'CM_SLAC_PARM.CNF');
    assert.ok(cnf && cnf.msg.type === 'CM_SLAC_PARM.CNF');
    assert.equal(hexOf(cnf.msg.runId), '944dc3d0ed5abf0a');
    assert.equal(hexOf(cnf.dst), '00188700a1d6');
    assert.equal(hexOf(cnf.msg.forwardingSta), '00188700a1d6');
    assert.equal(cnf.msg.timeOut, 6);
    assert.equal(cnf.msg.numSounds, 10);
  });

  it("Tesla Model Y: matches with RunID 'TESLA EV'; AR7420 empty profiles -> fixed attenuation", async () => {
    const all = await capturedMmes('2024-04-20_ModelY_pyPLC_stop_in_precharge.pcapng');
    // the car and the EVSE-side TP-Link modem (0xA14E + empty ATTEN_PROFILE), up to the car's MATCH.REQ
    const frames = from(all, '98ed5cdad998', '9848275a3ce4').filter((f) => f.mme.msg.type !== 'CM_SET_KEY.CNF');
    const end = frames.findIndex((f) => f.mme.msg.type === 'CM_SLAC_MATCH.REQ');
    const r = replayIntoEvse('dc0ea1116708', frames.slice(0, end + 1));
    assert.deepEqual(
      r.sent.map((s) => s.msg.type),
      ['CM_SLAC_PARM.CNF', 'CM_ATTEN_CHAR.IND', 'CM_SLAC_MATCH.CNF'],
    );
    const ind = r.sent[1]?.msg;
    assert.ok(ind?.type === 'CM_ATTEN_CHAR.IND');
    assert.deepEqual(ind.aag, new Array(58).fill(9));
    const m = r.reports[0];
    assert.ok(m?.type === 'slac.matched', JSON.stringify(r.reports));
    assert.equal(m.runId.toString('latin1'), 'TESLA EV');
    assert.equal(m.peerMac, '98:ed:5c:da:d9:98');
    assert.deepEqual(m.nmk, Buffer.alloc(16, 0x5a));
  });

  it('FoccciCape + Ioniq: averages the modem-reported attenuation (ATTEN_PROFILE.IND and 0xA14E)', async () => {
    const all = await capturedMmes('2026-02-03_pyPLC_FoccciCape_with_Ioniq_runs_10_minutes.pcap');
    const frames = from(all, '0465650064c3', '046565ffff00');
    const start = frames.findIndex((f) => f.mme.msg.type === 'CM_SLAC_PARM.REQ');
    const end = frames.findIndex((f) => f.mme.msg.type === 'CM_SLAC_MATCH.REQ');
    assert.ok(start >= 0 && end > start);
    const window = frames.slice(start, end + 1);
    const r = replayIntoEvse('baf0f2e543a4', window);
    const ind = r.sent.find((s) => s.msg.type === 'CM_ATTEN_CHAR.IND')?.msg;
    assert.ok(ind?.type === 'CM_ATTEN_CHAR.IND');
    // expected: mean over the captured 58-group reports (profile and 0xA14E carry the same numbers)
    const reports = window
      .map((f) => f.mme.msg)
      .filter((m) => m.type === 'CM_ATTEN_PROFILE.IND' || m.type === 'VS_SOUND_ATTEN.IND')
      .map((m) => (m.type === 'CM_ATTEN_PROFILE.IND' || m.type === 'VS_SOUND_ATTEN.IND' ? m.aag : []));
    const g0 = Math.round(reports.reduce((a, aag) => a + (aag[0] ?? 0), 0) / reports.length);
    assert.equal(ind.aag.length, 58);
    assert.equal(ind.aag[0], g0);
    assert.notDeepEqual(ind.aag, new Array(58).fill(9));
    const m = r.reports[0];
    assert.ok(m?.type === 'slac.matched', JSON.stringify(r.reports));
    assert.equal(hexOf(m.runId), '0465650064c30000');
  });

  it('rejects a CM_SLAC_MATCH.REQ whose EVSE_MAC is not ours (strict), and the session times out', async () => {
    const all = await capturedMmes('2024-04-20_ModelY_pyPLC_stop_in_precharge.pcapng');
    const frames = from(all, '98ed5cdad998', '9848275a3ce4').filter((f) => f.mme.msg.type !== 'CM_SET_KEY.CNF');
    const end = frames.findIndex((f) => f.mme.msg.type === 'CM_SLAC_MATCH.REQ');
    const window = frames.slice(0, end + 1);
    const req = window[end] as CapturedMme;
    const bad = Buffer.from(req.frame);
    fromHex('020000000001').copy(bad, 63); // EVSE_MAC field
    window[end] = { ...req, frame: bad };
    const r = replayIntoEvse('dc0ea1116708', window, { matchSessionMs: 500, matchingRepetitionMs: 100 });
    assert.ok(!r.sent.some((s) => s.msg.type === 'CM_SLAC_MATCH.CNF'));
    assert.equal(r.reports[0]?.type, 'slac.failed');
    assert.match((r.reports[0] as { reason: string }).reason, /CM_SLAC_MATCH.REQ/);
  });
});
