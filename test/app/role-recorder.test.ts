import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RoleRecorder } from '../../src/app/role-recorder.js';
import { DIN_STATE_PREFIXES, seccAt } from '../v2g/helpers/secc-harness.js';
import { makePair } from '../v2g/helpers/session.js';

const outcome = (ok: boolean) => ({ ok, reason: ok ? 'finished' : 'failed', during: 'session' });

describe('role summary: the negotiated protocol', () => {
  it('a car offering DIN first against an EVSE allowing ISO-2 and DIN: both sides report din', () => {
    const p = makePair({
      secc: { protocols: ['iso2', 'din'] },
      evcc: { protocols: ['din', 'iso2'], stopAfterChargeLoops: 3 },
    });
    const evse = new RoleRecorder('evse');
    const pev = new RoleRecorder('pev');
    p.secc.onEvent((e) => evse.v2g(e));
    p.evcc.onEvent((e) => pev.v2g(e));
    p.secc.start();
    p.evcc.start();
    p.run();
    assert.equal(p.evcc.protocol, 'din');
    assert.equal(evse.summary({ ok: true, mode: 'dc' }, outcome(true)).protocol, 'din');
    assert.equal(pev.summary({ ok: true, mode: 'dc' }, outcome(true)).protocol, 'din');
  });

  it('a failed negotiation reports no protocol (null)', () => {
    const p = makePair({ secc: { protocols: ['iso2'] }, evcc: { protocols: ['din'] } });
    const evse = new RoleRecorder('evse');
    const pev = new RoleRecorder('pev');
    p.secc.onEvent((e) => evse.v2g(e));
    p.evcc.onEvent((e) => pev.v2g(e));
    p.secc.start();
    p.evcc.start();
    p.run();
    assert.equal(evse.summary({ ok: false, mode: 'dc' }, outcome(false)).protocol, null);
    assert.equal(pev.summary({ ok: false, mode: 'dc' }, outcome(false)).protocol, null);
  });
});

describe('role summary: charge loops', () => {
  it('EVSE: a CurrentDemandReq answered FAILED_SequenceError is no charge loop', () => {
    const h = seccAt(DIN_STATE_PREFIXES.WaitForCableCheck as string[]);
    assert.equal(h.din('CurrentDemandReq')?.code, 'FAILED_SequenceError');
    const rec = new RoleRecorder('evse');
    for (const e of h.events) rec.v2g(e);
    const s = rec.summary({ ok: false, mode: 'dc' }, outcome(false));
    assert.equal(s.messages.CurrentDemandReq, 1);
    assert.equal(s.chargeLoopCount, 0);
    assert.equal(s.firstCurrentDemandMs, null);
  });

  it('PEV: only CurrentDemand / ChargingStatus answered OK count', () => {
    const rec = new RoleRecorder('pev');
    rec.pluggedAt = 0;
    const msg = (dir: 'rx' | 'tx', name: string, atMs: number, responseCode?: string) =>
      rec.v2g({ type: 'v2g.message', dir, name, atMs, responseCode });
    msg('tx', 'CurrentDemandReq', 100);
    msg('rx', 'CurrentDemandRes', 110, 'OK');
    msg('tx', 'CurrentDemandReq', 200);
    msg('rx', 'CurrentDemandRes', 210, 'FAILED_SequenceError');
    const s = rec.summary({ ok: false, mode: 'dc' }, outcome(false));
    assert.equal(s.chargeLoopCount, 1);
    assert.equal(s.firstCurrentDemandMs, 100);
  });
});
