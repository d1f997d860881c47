/**
 * EV machine against real chargers' answers from the pyPLC captures. The charger frames are injected
 * reactively (a few ms after the request that caused them), since our EV is faster than the one captured.
 */

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createActor } from 'xstate';
import { fromHex } from '../../src/core/bytes.js';
import { ManualClock } from '../../src/core/clock.js';
import type { MmeName } from '../../src/slac/homeplug.js';
import type { SlacReport } from '../../src/slac/machine-io.js';
import { pevSlacMachine } from '../../src/slac/pev.machine.js';
import { SHARED_MISSING } from '../helpers/shared.js';
import { type CapturedMme, capturedMmes, fakePort, hexOf, RESULTS_DIR } from './replay-helpers.js';

interface Case {
  file: string;
  evMac: string;
  runId: string;
  evseMac: string;
}

/** Runs our EV with the captured EV's MAC and RunID; the charger's frames answer our requests. */
async function replayIntoPev(c: Case, repeatInd = 1) {
  const all = await capturedMmes(c.file);
  const charger = all.filter((f) => hexOf(f.mme.src) === c.evseMac);
  const firstCnf = charger.findIndex((f) => f.mme.msg.type === 'CM_SLAC_MATCH.CNF');
  const session = charger.slice(0, firstCnf + 1);
  const answers = new Map<MmeName, CapturedMme[]>([
    ['CM_SLAC_PARM.REQ', session.filter((f) => f.mme.msg.type === 'CM_SLAC_PARM.CNF').slice(0, 1)],
    ['CM_MNBC_SOUND.IND', session.filter((f) => f.mme.msg.type === 'CM_ATTEN_CHAR.IND')],
    ['CM_SLAC_MATCH.REQ', session.filter((f) => f.mme.msg.type === 'CM_SLAC_MATCH.CNF')],
  ]);
  const clock = new ManualClock();
  const port = fakePort(c.evMac);
  const send = port.send;
  port.send = (frame) => {
    send(frame);
    const sent = port.sent.at(-1);
    if (!sent || sent.msg.type === 'UNKNOWN') return;
    if (sent.msg.type === 'CM_MNBC_SOUND.IND' && sent.msg.cnt !== 0) return;
    const list = answers.get(sent.msg.type) ?? [];
    answers.delete(sent.msg.type);
    list.forEach((a, i) => {
      for (let k = 0; k < repeatInd; k++) clock.setTimeout(() => port.inject(a.frame), 5 + i + k);
    });
  };
  const reports: SlacReport[] = [];
  const actor = createActor(pevSlacMachine, {
    clock,
    input: { port, clock, options: { modem: 'none', runId: fromHex(c.runId) }, random: (n) => Buffer.alloc(n, 1) },
  });
  actor.on('*', (e) => reports.push(e));
  actor.start();
  clock.advance(3000);
  actor.stop();
  const cnf = session.at(-1)?.mme.msg;
  return { sent: port.sent, reports, capturedNmk: cnf?.type === 'CM_SLAC_MATCH.CNF' ? cnf.nmk : undefined };
}

describe('EV SLAC against real chargers (replays)', { skip: RESULTS_DIR ? false : SHARED_MISSING }, () => {
  it('Alpitronic HPC (Dehner): matches and takes the NMK from its CM_SLAC_MATCH.CNF', async () => {
    const r = await replayIntoPev({
      file: '2022-11-17_Dehner_Alpitronic_until_SdpRequest.pcapng',
      evMac: 'dc0ea1116708',
      runId: 'dc0ea11167080000',
      evseMac: '9a8ab66d2df6',
    });
    const m = r.reports[0];
    assert.ok(m?.type === 'slac.matched', JSON.stringify(r.reports));
    assert.deepEqual(m.nmk, r.capturedNmk);
    assert.equal(m.peerMac, '9a:8a:b6:6d:2d:f6');
    const types = r.sent.map((s) => s.msg.type);
    assert.deepEqual(types.slice(0, 1), ['CM_SLAC_PARM.REQ']);
    assert.equal(types.filter((t) => t === 'CM_START_ATTEN_CHAR.IND').length, 3);
    assert.equal(types.filter((t) => t === 'CM_MNBC_SOUND.IND').length, 10);
    assert.deepEqual(types.slice(-2), ['CM_ATTEN_CHAR.RSP', 'CM_SLAC_MATCH.REQ']);
    // our request names the charger and our host MAC (EVerest#1812)
    const req = r.sent.at(-1)?.msg;
    assert.ok(req?.type === 'CM_SLAC_MATCH.REQ');
    assert.equal(hexOf(req.evseMac), '9a8ab66d2df6');
    assert.equal(hexOf(req.pevMac), 'dc0ea1116708');
  });

  it("pyPLC EVSE as seen by a Tesla Model X ('TESLA EV'): matches", async () => {
    const r = await replayIntoPev({
      file: '2025-07-22_pyPLC_with_tesla_model_x_plaid_until_charging_loop.pcapng',
      evMac: '98ed5cb72a40',
      runId: Buffer.from('TESLA EV').toString('hex'),
      evseMac: '2ccf67bf7620',
    });
    const m = r.reports[0];
    assert.ok(m?.type === 'slac.matched', JSON.stringify(r.reports));
    assert.deepEqual(m.nmk, r.capturedNmk);
    assert.equal(m.runId.toString(), 'TESLA EV');
  });

  it('answers every repeated CM_ATTEN_CHAR.IND with a RSP and still sends one CM_SLAC_MATCH.REQ (Polestar 2 capture)', async () => {
    const r = await replayIntoPev(
      {
        file: '2024-06-11_Griffigroen_polestar2_stop_in_precharge.pcapng',
        evMac: '48c58db1e43e',
        runId: '43c06e5631b77b61',
        evseMac: 'b827ebd31e5a',
      },
      3,
    );
    const m = r.reports[0];
    assert.ok(m?.type === 'slac.matched', JSON.stringify(r.reports));
    assert.deepEqual(m.nmk, r.capturedNmk);
    const types = r.sent.map((s) => s.msg.type);
    assert.equal(types.filter((t) => t === 'CM_ATTEN_CHAR.RSP').length, 3);
    assert.equal(types.filter((t) => t === 'CM_SLAC_MATCH.REQ').length, 1);
  });
});
