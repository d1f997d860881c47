/**
 * The EVSE CP machine's safety region on the simulated board with every safety input fitted (PP, lock with
 * feedback, contactor aux contact, RCD, e-stop): each input fault ends safe (contactor open, pilot F then X1)
 * within 100 ms of its detection with a named reason; the PP limits the offered current; the lock holds before
 * power and releases only de-energized; a weld refuses the next plug-in until cleared; the precharge sequence.
 * All on a ManualClock.
 */

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createActor } from 'xstate';
import { ManualClock } from '../../src/core/clock.js';
import { ampsToDuty } from '../../src/cp/duty.js';
import type { EvseCpEvent } from '../../src/cp/evse-cp.events.js';
import { type EvseCpInput, evseCpMachine } from '../../src/cp/evse-cp.machine.js';
import { T_CONTACTOR_FEEDBACK_MS } from '../../src/cp/safety.js';
import { SimEvseBoard } from '../../src/hal/sim/board.js';
import { SimCpLine } from '../../src/hal/sim/cp-line.js';
import { SIM_LOCK_TRAVEL_MS } from '../../src/hal/sim/safety-io.js';

function rig(o: { precharge?: boolean; input?: Partial<EvseCpInput> } = {}) {
  const clock = new ManualClock();
  const line = new SimCpLine();
  const board = new SimEvseBoard(line, clock, { inputs: true, precharge: o.precharge ?? false });
  const events: EvseCpEvent[] = [];
  const actor = createActor(evseCpMachine, { clock, input: { ports: board, clock, ...o.input } });
  actor.on('*', (e) => events.push(e));
  actor.start();
  clock.advance(20);
  const errors = (since = 0) =>
    events.filter((e) => e.type === 'evseCp.error' && e.at >= since) as Extract<
      EvseCpEvent,
      { type: 'evseCp.error' }
    >[];
  return {
    clock,
    line,
    board,
    actor,
    events,
    errors,
    ctx: () => actor.getSnapshot().context,
    /** Plug in, offer `amps` nominal, allow power, close S2, wait for the lock: the contactor is closed afterwards. */
    charge(amps = 16) {
      line.plug();
      clock.advance(20);
      actor.send({ type: 'startNominal', amps, via: 'direct' });
      actor.send({ type: 'allowPower' });
      line.setS2(true);
      clock.advance(SIM_LOCK_TRAVEL_MS + 50 + (o.precharge ? 600 : 0));
      if (!board.contactor.get()) throw new Error('rig: contactor did not close');
    },
  };
}

type Rig = ReturnType<typeof rig>;

/** Inject at t0, run 150 ms: the trip is named, the contactor opened within 100 ms of detection. */
function assertTrip(r: Rig, code: string, inject: () => void, maxDetectMs = 20): void {
  const t0 = r.clock.now();
  inject();
  r.clock.advance(150);
  const err = r.errors(t0).find((e) => e.code === code);
  assert.ok(err, `no ${code} trip; events: ${r.events.map((e) => e.type).join()}`);
  assert.ok(err.message.length > 10, 'the reason is named');
  const detectedMs = err.at - t0;
  assert.ok(detectedMs <= maxDetectMs, `${code} detected after ${detectedMs} ms`);
  const openAt = r.board.lastSet('contactor', false, t0);
  assert.ok(openAt !== undefined, 'contactor opened');
  assert.ok(openAt - err.at <= 100, `${code}: contactor open ${openAt - err.at} ms after detection`);
  assert.equal(r.board.contactor.get(), false);
  assert.equal(r.board.line.generator.kind === 'pwm', false, 'no PWM after a trip');
  assert.equal(r.ctx().trip, code);
}

describe('EVSE safety inputs (simulated board)', () => {
  it('e-stop: contactor open at once, F then X1, reason named; cleared after release and unplug', () => {
    const r = rig();
    r.charge();
    assertTrip(r, 'estop', () => {
      r.board.estop.active = true;
    });
    const off = r.events.find((e) => e.type === 'evseCp.powerOff');
    assert.equal(off && off.type === 'evseCp.powerOff' && off.reason, 'safety');
    r.clock.advance(400);
    assert.equal(r.line.generator.kind, 'high', 'X1 after the F step, to see the unplug');
    r.board.estop.active = false;
    r.clock.advance(100);
    assert.equal(r.ctx().trip, 'estop', 'still latched while the car is plugged in');
    r.line.setS2(false);
    r.line.unplug();
    r.clock.advance(100);
    assert.equal(r.ctx().trip, undefined);
    assert.ok(r.events.some((e) => e.type === 'evseCp.errorCleared'));
    r.charge(); // the next plug-in charges again
  });

  it('RCD (6 mA DC) trips like the e-stop', () => {
    const r = rig();
    r.charge();
    assertTrip(r, 'rcd', () => {
      r.board.rcd.active = true;
    });
  });

  it('contactor drop-out (aux contact opens while commanded closed) is a mismatch', () => {
    const r = rig();
    r.charge();
    r.clock.advance(T_CONTACTOR_FEEDBACK_MS); // past the closing's own travel window
    assertTrip(r, 'contactorMismatch', () => r.board.contactorModel.dropOut(), 40);
  });

  it('lock feedback lost while charging trips; the lock is released only once de-energized', () => {
    const r = rig();
    r.charge();
    assert.equal(r.board.lock?.get(), true);
    assertTrip(r, 'lockFailed', () => r.board.lockModel.jam());
    assert.equal(r.board.lock?.get(), false, 'unlocked after the contactor and its aux contact opened');
    const unlockAt = r.board.lastSet('lock', false) ?? -1;
    const openAt = r.board.lastSet('contactor', false) ?? Infinity;
    assert.ok(unlockAt >= openAt + r.board.contactorModel.auxDelayMs, 'unlock after the aux contact reads open');
  });

  it('PP invalid while charging trips', () => {
    const r = rig();
    r.charge();
    assertTrip(r, 'ppInvalid', () => {
      r.board.pp.ohms = 3300;
    });
  });

  it('PP invalid at plug-in: no PWM offered, the session is refused with the reason', () => {
    const r = rig();
    r.board.pp.ohms = 50; // shorted coding
    r.line.plug();
    r.clock.advance(20);
    r.actor.send({ type: 'startHlc' });
    r.clock.advance(50);
    assert.ok(r.errors().some((e) => e.code === 'ppInvalid'));
    assert.notEqual(r.line.generator.kind, 'pwm');
  });

  it('the PP limits the nominal duty to the cable (13 A cable, 32 A asked)', () => {
    const r = rig();
    r.board.pp.ohms = 1500;
    r.charge(32);
    const g = r.line.generator;
    assert.equal(g.kind, 'pwm');
    assert.equal(g.kind === 'pwm' && g.dutyPercent, ampsToDuty(13));
    const cable = r.events.findLast((e) => e.type === 'evseCp.cable');
    assert.ok(cable && cable.type === 'evseCp.cable' && cable.amps === 13);
  });

  it('the contactor waits for the lock feedback; a lock that never confirms trips', () => {
    const r = rig();
    r.board.lockModel.jam();
    r.line.plug();
    r.clock.advance(20);
    r.actor.send({ type: 'startNominal', amps: 16, via: 'direct' });
    r.actor.send({ type: 'allowPower' });
    r.line.setS2(true);
    r.clock.advance(500);
    assert.equal(r.board.contactor.get(), false, 'no power without lock confirmation');
    r.clock.advance(600);
    assert.ok(r.errors().some((e) => e.code === 'lockFailed'));
    assert.equal(r.board.lastSet('contactor', true), undefined, 'never energized');
  });

  it('weld: aux contact stays closed after opening; trips, stays locked, refuses the next plug-in until cleared', () => {
    const r = rig();
    r.charge();
    r.board.contactorModel.weld();
    r.clock.advance(100);
    const t0 = r.clock.now();
    r.actor.send({ type: 'stopPower' });
    r.clock.advance(T_CONTACTOR_FEEDBACK_MS + 50);
    const weld = r.errors(t0).find((e) => e.code === 'contactorWelded');
    assert.ok(weld, 'weld detected');
    assert.ok(weld.at - t0 <= T_CONTACTOR_FEEDBACK_MS + 15, `weld detected ${weld.at - t0} ms after opening`);
    assert.equal(r.board.contactor.get(), false);
    assert.equal(r.board.lock?.get(), true, 'a welded contactor keeps the plug locked');
    r.clock.advance(400); // F step over, X1: the unplug is seen
    r.line.setS2(false);
    r.line.unplug();
    r.clock.advance(200);
    assert.equal(r.ctx().welded, true, 'unplug does not clear a weld');
    r.board.contactorModel.heal(); // repaired
    r.clock.advance(50);
    const t1 = r.clock.now();
    r.line.plug();
    r.clock.advance(50);
    r.actor.send({ type: 'startHlc' });
    r.clock.advance(50);
    assert.ok(r.errors(t1).some((e) => e.code === 'contactorWelded' && /latched/.test(e.message)));
    assert.notEqual(r.line.generator.kind, 'pwm', 'refused: no PWM');
    r.line.unplug();
    r.clock.advance(50);
    r.actor.send({ type: 'clearWeld' });
    r.clock.advance(50);
    assert.equal(r.ctx().welded, false);
    assert.equal(r.ctx().trip, undefined);
    r.charge();
  });

  it('a contactor that reads closed at start-up is a weld (re-detected after a restart)', () => {
    const clock = new ManualClock();
    const board = new SimEvseBoard(new SimCpLine(), clock, { inputs: true });
    board.contactorModel.weld();
    board.contactorModel.coil(true);
    clock.advance(50);
    board.contactorModel.coil(false); // stays closed: welded
    const actor = createActor(evseCpMachine, { clock, input: { ports: board, clock } });
    const codes: string[] = [];
    actor.on('evseCp.error', (e) => codes.push(e.code));
    actor.start();
    clock.advance(T_CONTACTOR_FEEDBACK_MS + 30);
    assert.deepEqual(codes, ['contactorWelded']);
    actor.stop();
  });

  it('precharge relay: closed first, the main contactor after T_PRECHARGE, then the relay opens', () => {
    const r = rig({ precharge: true, input: { safetyTiming: { prechargeMs: 400 } } });
    r.charge();
    const pc = r.board.calls.filter((c) => c.port === 'precharge' || c.port === 'contactor');
    const seq = pc.map((c) => `${c.port}:${c.value}`);
    assert.deepEqual(seq, ['precharge:true', 'contactor:true', 'precharge:false']);
    const on = pc[0]?.t ?? 0;
    const main = pc[1]?.t ?? 0;
    assert.equal(main - on, 400);
    r.board.estop.active = true;
    r.clock.advance(20);
    assert.equal(r.board.contactor.get(), false);
  });
});
