/** EV SLAC machine: every timer and retry path on a simulated clock, against scripted EVSEs. */

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  TT_EV_ATTEN_RESULTS_MS,
  TT_MATCH_JOIN_MS,
  TT_MATCH_RESPONSE_MS,
  TT_MATCHING_RATE_MS,
} from '../../src/slac/defs.js';
import {
  attenInd,
  EV_MAC,
  EVSE_MAC,
  EVSE2_MAC,
  MODEM_MAC,
  matchCnf,
  parmCnf,
  pevHarness,
  setKeyCnf,
} from './machine-helpers.js';

function runIdOf(h: ReturnType<typeof pevHarness>): Buffer {
  const req = h.log.filter((s) => s.frame.msg.type === 'CM_SLAC_PARM.REQ').at(-1)?.frame.msg;
  assert.ok(req?.type === 'CM_SLAC_PARM.REQ');
  return req.runId;
}

describe('EV SLAC machine', () => {
  it('resends CM_SLAC_PARM.REQ, pauses TT_matching_rate, retries C_conn_max_match times, then fails', () => {
    const h = pevHarness({ options: { modem: 'none' } });
    h.clock.advance(10_000);
    const at = h.log.filter((s) => s.frame.msg.type === 'CM_SLAC_PARM.REQ').map((s) => s.at);
    const attempt = 3 * TT_MATCH_RESPONSE_MS + TT_MATCHING_RATE_MS;
    assert.deepEqual(at, [
      0,
      200,
      400,
      attempt,
      attempt + 200,
      attempt + 400,
      2 * attempt,
      2 * attempt + 200,
      2 * attempt + 400,
    ]);
    assert.deepEqual(h.reports, [
      { type: 'slac.failed', role: 'pev', reason: 'no CM_SLAC_PARM.CNF (after 3 attempts)' },
    ]);
    // a fresh random RunID per attempt
    const runs = new Set(
      h.log.map((s) => (s.frame.msg.type === 'CM_SLAC_PARM.REQ' ? s.frame.msg.runId.toString('hex') : '')),
    );
    assert.equal(runs.size, 3);
  });

  it("uses a configured RunID ('TESLA EV')", () => {
    const h = pevHarness({ options: { modem: 'none', runId: Buffer.from('TESLA EV') } });
    assert.equal(runIdOf(h).toString(), 'TESLA EV');
  });

  it('sounds 3 START_ATTEN_CHAR + 10 MNBC_SOUND at TP_EV_batch_msg_interval with CNT 9..0', () => {
    const h = pevHarness({ options: { modem: 'none' } });
    h.clock.advance(5);
    h.inject(EVSE_MAC, parmCnf(EV_MAC, runIdOf(h)));
    h.clock.advance(400);
    const sounding = h.log.filter((s) => /START_ATTEN|MNBC/.test(s.frame.msg.type));
    assert.equal(sounding.length, 13);
    assert.deepEqual(
      sounding.map((s) => s.at),
      Array.from({ length: 13 }, (_, i) => 5 + i * 20),
    );
    assert.deepEqual(
      sounding.slice(3).map((s) => (s.frame.msg.type === 'CM_MNBC_SOUND.IND' ? s.frame.msg.cnt : -1)),
      [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
    );
    const start = sounding[0]?.frame.msg;
    assert.ok(start?.type === 'CM_START_ATTEN_CHAR.IND');
    assert.equal(start.timeOut, 6);
    assert.deepEqual(start.forwardingSta, EV_MAC);
  });

  it('fails the attempt at TT_EV_atten_results without CM_ATTEN_CHAR.IND', () => {
    const h = pevHarness({ options: { modem: 'none', maxMatchAttempts: 1 } });
    h.inject(EVSE_MAC, parmCnf(EV_MAC, runIdOf(h)));
    h.clock.advance(TT_EV_ATTEN_RESULTS_MS - 1);
    assert.equal(h.reports.length, 0);
    h.clock.advance(1);
    assert.match((h.reports[0] as { reason: string }).reason, /no CM_ATTEN_CHAR.IND within TT_EV_atten_results/);
  });

  it('waits for every EVSE that answered and matches the one with the lowest attenuation', () => {
    const h = pevHarness({ options: { modem: 'none' } });
    const run = runIdOf(h);
    h.inject(EVSE_MAC, parmCnf(EV_MAC, run));
    h.inject(EVSE2_MAC, parmCnf(EV_MAC, run));
    h.clock.advance(300);
    h.inject(EVSE_MAC, attenInd(EV_MAC, run, 30));
    assert.ok(!h.types().includes('CM_SLAC_MATCH.REQ'), 'still waiting for the second EVSE');
    h.inject(EVSE2_MAC, attenInd(EV_MAC, run, 12));
    const req = h.log.find((s) => s.frame.msg.type === 'CM_SLAC_MATCH.REQ');
    assert.deepEqual(req?.frame.dst, EVSE2_MAC);
    assert.equal(h.types().filter((t) => t === 'CM_ATTEN_CHAR.RSP').length, 2);
    h.inject(EVSE2_MAC, matchCnf(EV_MAC, EVSE2_MAC, run));
    const r = h.reports[0];
    assert.ok(r?.type === 'slac.matched');
    assert.equal(r.peerMac, '02:00:00:00:0e:02');
    assert.deepEqual(r.nmk, Buffer.alloc(16, 0x77));
  });

  it('picks the best reported EVSE at TT_EV_atten_results when another never reports', () => {
    const h = pevHarness({ options: { modem: 'none' } });
    const run = runIdOf(h);
    h.inject(EVSE_MAC, parmCnf(EV_MAC, run));
    h.inject(EVSE2_MAC, parmCnf(EV_MAC, run));
    h.clock.advance(300);
    h.inject(EVSE_MAC, attenInd(EV_MAC, run, 30));
    h.clock.advance(TT_EV_ATTEN_RESULTS_MS);
    assert.deepEqual(h.log.find((s) => s.frame.msg.type === 'CM_SLAC_MATCH.REQ')?.frame.dst, EVSE_MAC);
  });

  it('resends CM_SLAC_MATCH.REQ and fails the attempt without CNF; ignores a CNF with another RunID', () => {
    const h = pevHarness({ options: { modem: 'none', maxMatchAttempts: 1 } });
    const run = runIdOf(h);
    h.inject(EVSE_MAC, parmCnf(EV_MAC, run));
    h.clock.advance(300);
    h.inject(EVSE_MAC, attenInd(EV_MAC, run, 20));
    h.inject(EVSE_MAC, matchCnf(EV_MAC, EVSE_MAC, Buffer.alloc(8, 0xee)));
    h.clock.advance(3 * TT_MATCH_RESPONSE_MS);
    assert.equal(h.types().filter((t) => t === 'CM_SLAC_MATCH.REQ').length, 3);
    assert.match((h.reports[0] as { reason: string }).reason, /no CM_SLAC_MATCH.CNF/);
  });

  it('applies the key with CM_SET_KEY, polls the link and reports matched when it is up', () => {
    const h = pevHarness();
    const run = runIdOf(h);
    h.inject(EVSE_MAC, parmCnf(EV_MAC, run));
    h.clock.advance(300);
    h.inject(EVSE_MAC, attenInd(EV_MAC, run, 20));
    h.inject(EVSE_MAC, matchCnf(EV_MAC, EVSE_MAC, run));
    const sk = h.log.at(-1)?.frame.msg;
    assert.ok(sk?.type === 'CM_SET_KEY.REQ');
    assert.deepEqual(sk.newKey, Buffer.alloc(16, 0x77));
    h.inject(MODEM_MAC, setKeyCnf(1));
    assert.equal(h.types().at(-1), 'VS_PL_LNK_STATUS.REQ');
    h.inject(MODEM_MAC, { type: 'VS_PL_LNK_STATUS.CNF', mstatus: 0, linkStatus: 0 });
    h.clock.advance(200);
    assert.equal(h.types().filter((t) => t === 'VS_PL_LNK_STATUS.REQ').length, 2);
    assert.equal(h.reports.length, 0);
    h.inject(MODEM_MAC, { type: 'VS_PL_LNK_STATUS.CNF', mstatus: 0, linkStatus: 1 });
    assert.equal(h.reports[0]?.type, 'slac.matched');
  });

  it('fails the attempt when the link is not up within TT_match_join', () => {
    const h = pevHarness({ options: { maxMatchAttempts: 1 } });
    const run = runIdOf(h);
    h.inject(EVSE_MAC, parmCnf(EV_MAC, run));
    h.clock.advance(300);
    h.inject(EVSE_MAC, attenInd(EV_MAC, run, 20));
    h.inject(EVSE_MAC, matchCnf(EV_MAC, EVSE_MAC, run));
    h.inject(MODEM_MAC, setKeyCnf(1));
    h.clock.advance(TT_MATCH_JOIN_MS);
    assert.match((h.reports[0] as { reason: string }).reason, /TT_match_join/);
  });
});
