/** EVSE SLAC machine: every timer and retry path on a simulated clock, against a scripted EV. */

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  TT_EVSE_MATCH_MNBC_MS,
  TT_EVSE_SLAC_INIT_MS,
  TT_MATCH_RESPONSE_MS,
  TT_MATCH_SEQUENCE_MS,
  TT_MATCHING_REPETITION_MS,
} from '../../src/slac/defs.js';
import {
  attenRsp,
  BCAST,
  EV_MAC,
  EV2_MAC,
  EVSE_MAC,
  evseHarness,
  MODEM_MAC,
  matchReq,
  parmReq,
  profile,
  RUN,
  setKeyCnf,
  sound,
  startAtten,
} from './machine-helpers.js';

const RUN2 = Buffer.from('TESLA EV');

describe('EVSE SLAC machine', () => {
  it('sets a fresh NMK/NID on its modem first; CNF result 0x01 (QCA success) is accepted', () => {
    const h = evseHarness();
    assert.deepEqual(h.types(), ['CM_SET_KEY.REQ']);
    const req = h.log[0]?.frame;
    assert.ok(req?.msg.type === 'CM_SET_KEY.REQ');
    assert.deepEqual(req.msg.newKey, Buffer.alloc(16, 0x33));
    assert.equal(req.dst.toString('hex'), '00b052000001');
    h.clock.advance(1);
    h.inject(MODEM_MAC, setKeyCnf(0x01));
    assert.equal(h.actor.getSnapshot().value, 'waitingForParm');
  });

  it('resends CM_SET_KEY.REQ C_EV_match_retry times, then fails when the modem is silent', () => {
    const h = evseHarness();
    h.clock.advance(TT_MATCH_RESPONSE_MS * 3 - 1);
    assert.deepEqual(
      h.log.map((s) => s.at),
      [0, TT_MATCH_RESPONSE_MS, 2 * TT_MATCH_RESPONSE_MS],
    );
    assert.equal(h.reports.length, 0);
    h.clock.advance(1);
    assert.deepEqual(h.reports[0], {
      type: 'slac.failed',
      role: 'evse',
      reason: 'modem did not answer CM_SET_KEY.REQ',
    });
    assert.equal(h.actor.getSnapshot().status, 'done');
  });

  it('fails exactly at TT_EVSE_SLAC_init without CM_SLAC_PARM.REQ', () => {
    const h = evseHarness({ options: { modem: 'none' } });
    h.clock.advance(TT_EVSE_SLAC_INIT_MS - 1);
    assert.equal(h.reports.length, 0);
    h.clock.advance(1);
    assert.equal(h.reports[0]?.type, 'slac.failed');
    assert.match((h.reports[0] as { reason: string }).reason, /TT_EVSE_SLAC_init/);
  });

  it('answers CM_SLAC_PARM.REQ with a CNF echoing the RunID, again when the EV repeats it', () => {
    const h = evseHarness({ options: { modem: 'none' } });
    h.inject(EV_MAC, parmReq(RUN2), BCAST);
    h.clock.advance(150);
    h.inject(EV_MAC, parmReq(RUN2), BCAST);
    const cnfs = h.log.filter((s) => s.frame.msg.type === 'CM_SLAC_PARM.CNF');
    assert.equal(cnfs.length, 2);
    const m = cnfs[0]?.frame.msg;
    assert.ok(m?.type === 'CM_SLAC_PARM.CNF');
    assert.deepEqual(m.runId, RUN2);
    assert.deepEqual(cnfs[0]?.frame.dst, EV_MAC);
  });

  it('drops a session without CM_START_ATTEN_CHAR.IND after TT_match_sequence, then fails after TT_matching_repetition', () => {
    const h = evseHarness({ options: { modem: 'none' } });
    h.inject(EV_MAC, parmReq(), BCAST);
    h.clock.advance(TT_MATCH_SEQUENCE_MS);
    assert.equal(h.actor.getSnapshot().value, 'waitingForRetry');
    h.clock.advance(TT_MATCHING_REPETITION_MS);
    assert.equal(h.reports[0]?.type, 'slac.failed');
    assert.match((h.reports[0] as { reason: string }).reason, /CM_START_ATTEN_CHAR/);
  });

  it('waits the full TT_EVSE_match_MNBC window when sounds are missing, then reports the profile average', () => {
    const h = evseHarness({ options: { modem: 'none' } });
    h.inject(EV_MAC, parmReq(), BCAST);
    h.clock.advance(10);
    h.inject(EV_MAC, startAtten(), BCAST);
    for (let i = 0; i < 5; i++) {
      h.clock.advance(20);
      h.inject(EV_MAC, sound(9 - i), BCAST);
      h.inject(MODEM_MAC, profile(EV_MAC, 20 + i * 2));
    }
    h.clock.advance(TT_EVSE_MATCH_MNBC_MS - 101);
    assert.ok(!h.types().includes('CM_ATTEN_CHAR.IND'));
    h.clock.advance(1);
    const ind = h.log.find((s) => s.frame.msg.type === 'CM_ATTEN_CHAR.IND');
    assert.equal(ind?.at, 10 + TT_EVSE_MATCH_MNBC_MS);
    assert.ok(ind?.frame.msg.type === 'CM_ATTEN_CHAR.IND');
    assert.deepEqual(ind.frame.msg.aag, new Array(58).fill(24));
    assert.equal(ind.frame.msg.numSounds, 5);
  });

  it('without a modem (no profile can come) answers once all NUM_SOUNDS sounds arrived, not at TT_EVSE_match_MNBC', () => {
    const h = evseHarness({ options: { modem: 'none' } });
    h.inject(EV_MAC, parmReq(), BCAST);
    h.inject(EV_MAC, startAtten(), BCAST);
    for (let i = 0; i < 9; i++) {
      h.clock.advance(20);
      h.inject(EV_MAC, sound(9 - i), BCAST);
    }
    assert.ok(!h.types().includes('CM_ATTEN_CHAR.IND'));
    h.clock.advance(20);
    h.inject(EV_MAC, sound(0), BCAST);
    const ind = h.log.find((s) => s.frame.msg.type === 'CM_ATTEN_CHAR.IND');
    assert.equal(ind?.at, 200);
    assert.ok(ind?.frame.msg.type === 'CM_ATTEN_CHAR.IND');
    assert.equal(ind.frame.msg.numSounds, 10);
  });

  it('ends sounding early once all 10 profiles arrived', () => {
    const h = evseHarness({ options: { modem: 'none' } });
    h.inject(EV_MAC, parmReq(), BCAST);
    h.inject(EV_MAC, startAtten(), BCAST);
    for (let i = 0; i < 10; i++) {
      h.clock.advance(20);
      h.inject(EV_MAC, sound(9 - i), BCAST);
      h.inject(MODEM_MAC, profile(EV_MAC, 30));
    }
    const ind = h.log.find((s) => s.frame.msg.type === 'CM_ATTEN_CHAR.IND');
    assert.equal(ind?.at, 200);
  });

  it('resends CM_ATTEN_CHAR.IND every TT_match_response (C_EV_match_retry) and drops the session without RSP', () => {
    const h = evseHarness({ options: { modem: 'none', attenuation: 'fixed' } });
    h.inject(EV_MAC, parmReq(), BCAST);
    h.inject(EV_MAC, startAtten(), BCAST);
    for (let i = 0; i < 10; i++) h.inject(EV_MAC, sound(9 - i), BCAST);
    h.clock.advance(3 * TT_MATCH_RESPONSE_MS);
    const inds = h.log.filter((s) => s.frame.msg.type === 'CM_ATTEN_CHAR.IND');
    assert.deepEqual(
      inds.map((s) => s.at),
      [0, 200, 400],
    );
    assert.equal(h.actor.getSnapshot().value, 'waitingForRetry');
  });

  it('answers CM_VALIDATE.REQ with the configured result (failure = not supported)', () => {
    const h = evseHarness({ options: { modem: 'none', attenuation: 'fixed' } });
    h.inject(EV_MAC, parmReq(), BCAST);
    h.inject(EV_MAC, startAtten(), BCAST);
    for (let i = 0; i < 10; i++) h.inject(EV_MAC, sound(9 - i), BCAST);
    h.inject(EV_MAC, attenRsp());
    h.inject(EV_MAC, { type: 'CM_VALIDATE.REQ', signalType: 0, timer: 0, result: 1 });
    const v = h.log.find((s) => s.frame.msg.type === 'CM_VALIDATE.CNF')?.frame.msg;
    assert.ok(v?.type === 'CM_VALIDATE.CNF');
    assert.equal(v.result, 3);
  });

  it('handles two EVs in parallel and matches the one that completes; the other session is stopped', () => {
    const h = evseHarness({ options: { modem: 'none', attenuation: 'fixed' } });
    h.inject(EV_MAC, parmReq(RUN), BCAST);
    h.inject(EV2_MAC, parmReq(RUN2), BCAST);
    assert.equal(h.log.filter((s) => s.frame.msg.type === 'CM_SLAC_PARM.CNF').length, 2);
    h.inject(EV2_MAC, startAtten(EV2_MAC, RUN2), BCAST);
    for (let i = 0; i < 10; i++) h.inject(EV2_MAC, sound(9 - i, RUN2), BCAST);
    h.inject(EV2_MAC, attenRsp(EV2_MAC, RUN2));
    h.inject(EV2_MAC, matchReq(EV2_MAC, EVSE_MAC, RUN2));
    const r = h.reports[0];
    assert.ok(r?.type === 'slac.matched');
    assert.equal(r.peerMac, '02:00:00:00:0a:02');
    assert.deepEqual(r.runId, RUN2);
    assert.deepEqual(r.nmk, Buffer.alloc(16, 0x33));
    h.clock.advance(5000);
    assert.equal(h.reports.length, 1, 'the other session left no timer behind');
  });

  it('gives up after C_conn_max_match failed sessions', () => {
    const h = evseHarness({ options: { modem: 'none' } });
    for (let i = 0; i < 3; i++) {
      h.inject(EV_MAC, parmReq(Buffer.alloc(8, i + 1)), BCAST);
      h.clock.advance(TT_MATCH_SEQUENCE_MS);
    }
    assert.equal(h.reports[0]?.type, 'slac.failed');
    assert.equal(h.actor.getSnapshot().status, 'done');
  });

  it('lenient mode accepts a CM_SLAC_MATCH.REQ carrying another PEV_MAC (EVerest#1812 style)', () => {
    const h = evseHarness({ options: { modem: 'none', attenuation: 'fixed', strictMatchReq: false } });
    h.inject(EV_MAC, parmReq(), BCAST);
    h.inject(EV_MAC, startAtten(), BCAST);
    for (let i = 0; i < 10; i++) h.inject(EV_MAC, sound(9 - i), BCAST);
    h.inject(EV_MAC, attenRsp());
    h.inject(EV_MAC, matchReq(MODEM_MAC, EVSE_MAC, RUN));
    assert.equal(h.reports[0]?.type, 'slac.matched');
  });
});

describe('EVSE SLAC machine, reordering', () => {
  it('answers a CM_SLAC_MATCH.REQ that overtook (or replaced a lost) CM_ATTEN_CHAR.RSP', () => {
    const h = evseHarness({ options: { modem: 'none', attenuation: 'fixed' } });
    h.inject(EV_MAC, parmReq(), BCAST);
    h.inject(EV_MAC, startAtten(), BCAST);
    for (let i = 0; i < 10; i++) h.inject(EV_MAC, sound(9 - i), BCAST);
    h.inject(EV_MAC, matchReq());
    assert.equal(h.types().at(-1), 'CM_SLAC_MATCH.CNF');
    assert.equal(h.reports[0]?.type, 'slac.matched');
  });
});
