import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createActor } from 'xstate';
import { ManualClock } from '../../src/core/clock.js';
import { type EvseCpEvent, iecStateName } from '../../src/cp/evse-cp.events.js';
import { evseCpMachine } from '../../src/cp/evse-cp.machine.js';
import {
  T_LEGACY_WAKEUP_MS,
  T_STAY_IN_X1_AFTER_STEP_EF_MS,
  T_STEP_EF_MS,
  T_STEP_X1_MS,
  TT_EVSE_SLAC_INIT_MS,
} from '../../src/cp/timing.js';
import type { CpReading } from '../../src/hal/ports.js';
import { SimEvseBoard } from '../../src/hal/sim/board.js';
import { SimCpLine } from '../../src/hal/sim/cp-line.js';
import { evseRig } from './rig.js';

const iec = (r: ReturnType<typeof evseRig>) => iecStateName(r.ctx().car, r.ctx().output);

describe('EVSE CP machine: plug, charge, stop, unplug', () => {
  it('starts at +12 V (X1) and detects A without announcing a car', () => {
    const r = evseRig();
    assert.deepEqual(r.board.calls[0], { t: 0, port: 'pwm', call: 'constantHigh' });
    assert.equal(iec(r), 'A1');
    assert.deepEqual(r.types(), ['pilot', 'cpState']);
  });

  it('A -> B: carPluggedIn + enterBcd; the pilot stays X1 (B1) until a mode is commanded', () => {
    const r = evseRig();
    const t = r.clock.now();
    r.line.plug();
    r.clock.advance(20);
    assert.deepEqual(r.types(t), ['cpState', 'carPluggedIn', 'enterBcd']);
    assert.equal(iec(r), 'B1');
    assert.deepEqual(r.line.generator, { kind: 'high' });
  });

  it('startHlc -> 5 % PWM (B2); startNominal direct -> nominal duty', () => {
    const r = evseRig();
    r.line.plug();
    r.clock.advance(20);
    r.actor.send({ type: 'startHlc' });
    assert.deepEqual(r.line.generator, { kind: 'pwm', dutyPercent: 5 });
    assert.equal(iec(r), 'B2');
    r.actor.send({ type: 'startNominal', amps: 32, via: 'direct' });
    assert.deepEqual(r.line.generator, { kind: 'pwm', dutyPercent: 53.33 });
    r.actor.send({ type: 'setCurrent', amps: 16 });
    assert.deepEqual(r.line.generator, { kind: 'pwm', dutyPercent: 26.67 });
  });

  it('a mode commanded before plug-in is applied when the car arrives, and reset on unplug', () => {
    const r = evseRig();
    r.actor.send({ type: 'startNominal', amps: 10 });
    assert.deepEqual(r.line.generator, { kind: 'high' }, 'no PWM without a car');
    r.line.plug();
    r.clock.advance(20);
    assert.deepEqual(r.line.generator, { kind: 'pwm', dutyPercent: 16.67 });
    r.line.unplug();
    r.clock.advance(20);
    assert.deepEqual(r.line.generator, { kind: 'high' });
    assert.equal(r.ctx().mode, 'off');
  });

  it('B -> C with PWM and permission closes the contactor (C2), C -> B opens it', () => {
    const r = evseRig();
    r.charge();
    assert.equal(iec(r), 'C2');
    assert.ok(r.types().includes('carRequestedPower'));
    assert.ok(r.types().includes('powerOn'));
    const t = r.clock.now();
    r.line.setS2(false);
    r.clock.advance(100);
    const opened = r.board.lastSet('contactor', false, t);
    assert.ok(opened !== undefined && opened - t <= 100, `opened after ${opened! - t} ms`);
    assert.deepEqual(r.types(t), ['cpState', 'powerOff', 'carRequestedStopPower']);
    const off = r.events.find((e) => e.type === 'evseCp.powerOff') as Extract<EvseCpEvent, { type: 'evseCp.powerOff' }>;
    assert.equal(off.reason, 'evStopped');
  });

  it('C without permission: carRequestedPower only; allowPower later closes at once', () => {
    const r = evseRig();
    r.line.plug();
    r.clock.advance(20);
    r.actor.send({ type: 'startNominal', amps: 16 });
    r.line.setS2(true);
    r.clock.advance(20);
    assert.equal(r.board.contactor.get(), false);
    assert.ok(r.types().includes('carRequestedPower'));
    r.actor.send({ type: 'allowPower' });
    assert.equal(r.board.contactor.get(), true);
  });

  it('C without PWM (C1): no power even with permission', () => {
    const r = evseRig();
    r.line.plug();
    r.clock.advance(20);
    r.actor.send({ type: 'allowPower' });
    r.line.setS2(true);
    r.clock.advance(20);
    assert.equal(iec(r), 'C1');
    assert.equal(r.board.contactor.get(), false);
  });

  it('stopPower opens the contactor in the same step; C -> B -> C re-closes while permitted', () => {
    const r = evseRig();
    r.charge();
    r.actor.send({ type: 'stopPower' });
    assert.equal(r.board.contactor.get(), false);
    r.actor.send({ type: 'allowPower' });
    assert.equal(r.board.contactor.get(), true);
    r.line.setS2(false);
    r.clock.advance(20);
    assert.equal(r.board.contactor.get(), false);
    r.line.setS2(true);
    r.clock.advance(20);
    assert.equal(r.board.contactor.get(), true, 'AC pause/resume by the car');
  });

  it('unplug while charging: contactor opens, stop + leaveBcd + carUnplugged, mode and permission reset', () => {
    const r = evseRig();
    r.charge();
    const t = r.clock.now();
    r.line.unplug();
    r.clock.advance(20);
    assert.equal(r.board.contactor.get(), false);
    assert.deepEqual(r.types(t), ['cpState', 'powerOff', 'carRequestedStopPower', 'leaveBcd', 'carUnplugged', 'pilot']);
    assert.equal(r.ctx().powerAllowed, false);
    r.line.plug();
    r.line.setS2(true);
    r.clock.advance(20);
    assert.equal(r.board.contactor.get(), false, 'a new car needs a new permission');
  });

  it('D without ventilation: error, no power; with ventilation: power', () => {
    const r = evseRig();
    r.line.plug();
    r.clock.advance(20);
    r.actor.send({ type: 'startNominal', amps: 16 });
    r.actor.send({ type: 'allowPower' });
    r.line.setVentilation(true);
    r.line.setS2(true);
    r.clock.advance(20);
    assert.equal(iec(r), 'D2');
    assert.equal(r.board.contactor.get(), false);
    assert.ok(r.events.some((e) => e.type === 'evseCp.error' && e.code === 'ventilationNotAvailable'));

    const v = evseRig({ ventilationAvailable: true });
    v.line.plug();
    v.clock.advance(20);
    v.actor.send({ type: 'startNominal', amps: 16 });
    v.actor.send({ type: 'allowPower' });
    v.line.setVentilation(true);
    v.line.setS2(true);
    v.clock.advance(20);
    assert.equal(v.board.contactor.get(), true);
  });

  it('C <-> D changes keep power only where permitted', () => {
    const r = evseRig();
    r.charge();
    r.line.setVentilation(true);
    r.clock.advance(20);
    assert.equal(r.board.contactor.get(), false, 'D without ventilation drops power');
  });

  it('cpState events carry the first sample that showed the change', () => {
    const r = evseRig();
    r.clock.advanceTo(102); // samples at 100, 105, 110...
    r.line.plug();
    r.clock.advance(30);
    const e = r.events.find((x) => x.type === 'evseCp.cpState' && x.state === 'B') as Extract<
      EvseCpEvent,
      { type: 'evseCp.cpState' }
    >;
    assert.equal(e.sampleAt, 105);
    assert.equal(e.at, 115, 'three samples: 105, 110, 115');
  });

  it('setCurrent / startNominal with fewer than 6 A are refused with an error event', () => {
    const r = evseRig();
    r.line.plug();
    r.clock.advance(20);
    r.actor.send({ type: 'startNominal', amps: 16 });
    r.actor.send({ type: 'setCurrent', amps: 3 });
    r.actor.send({ type: 'startNominal', amps: 0 });
    assert.deepEqual(r.line.generator, { kind: 'pwm', dutyPercent: 26.67 });
    assert.equal(r.events.filter((e) => e.type === 'evseCp.error' && e.code === 'badCommand').length, 2);
  });

  it('pwmOff returns to X1 (B1)', () => {
    const r = evseRig();
    r.line.plug();
    r.clock.advance(20);
    r.actor.send({ type: 'startHlc' });
    r.actor.send({ type: 'pwmOff' });
    assert.deepEqual(r.line.generator, { kind: 'high' });
    assert.equal(iec(r), 'B1');
  });

  it('notify receives the same events as emit', () => {
    const got: string[] = [];
    const r = evseRig({ notify: (e) => got.push(e.type) });
    r.line.plug();
    r.clock.advance(20);
    assert.deepEqual(
      got,
      r.events.map((e) => e.type),
    );
    assert.ok(got.includes('evseCp.carPluggedIn'));
  });
});

describe('EVSE CP machine: C1 grace (IEC 61851-1 seq 10.2)', () => {
  it('PWM off under load: the contactor stays until the car goes B', () => {
    const r = evseRig();
    r.charge();
    r.actor.send({ type: 'pwmOff' });
    assert.equal(r.board.contactor.get(), true);
    assert.deepEqual(r.value().power, 'c1Grace');
    r.line.setS2(false);
    r.clock.advance(20);
    assert.equal(r.board.contactor.get(), false);
  });

  it('... and opens after 6 s when the car stays in C, with a c1Timeout error', () => {
    const r = evseRig();
    r.charge();
    const t = r.clock.now();
    r.actor.send({ type: 'pwmOff' });
    r.clock.advance(5999);
    assert.equal(r.board.contactor.get(), true);
    r.clock.advance(1);
    assert.equal(r.board.contactor.get(), false);
    assert.equal(r.board.lastSet('contactor', false), t + 6000);
    assert.ok(r.events.some((e) => e.type === 'evseCp.error' && e.code === 'c1Timeout'));
  });

  it('PWM back on during the grace keeps the contactor closed', () => {
    const r = evseRig();
    r.charge();
    r.actor.send({ type: 'pwmOff' });
    r.clock.advance(1000);
    r.actor.send({ type: 'startNominal', amps: 16, via: 'direct' });
    r.clock.advance(10_000);
    assert.equal(r.board.contactor.get(), true);
    assert.equal(r.value().power, 'closed');
  });
});

describe('EVSE CP machine: ISO 15118-3 E/F and X1 sequences', () => {
  function hlcPlugged() {
    const r = evseRig();
    r.line.plug();
    r.clock.advance(20);
    r.actor.send({ type: 'startHlc' });
    return r;
  }

  it('[V2G3-M06-05] 5 % -> nominal without matching: F for T_step_EF, X1 pause, then nominal', () => {
    const r = hlcPlugged();
    r.actor.send({ type: 'slacStarted' });
    const t = r.clock.now();
    r.actor.send({ type: 'startNominal', amps: 16 });
    assert.deepEqual(r.line.generator, { kind: 'low' });
    assert.ok(r.types(t).includes('pilot'));
    r.clock.advance(T_STEP_EF_MS - 1);
    assert.deepEqual(r.line.generator, { kind: 'low' });
    r.clock.advance(1);
    assert.deepEqual(r.line.generator, { kind: 'high' });
    r.clock.advance(T_STAY_IN_X1_AFTER_STEP_EF_MS);
    assert.deepEqual(r.line.generator, { kind: 'pwm', dutyPercent: 26.67 });
    assert.ok(!r.types(t).includes('carUnplugged'), 'our own F is not a car event');
    assert.ok(!r.types(t).includes('error'));
  });

  it('[V2G3-M06-06] 5 % -> nominal after matching: X1 for T_step_X1, then nominal', () => {
    const r = hlcPlugged();
    r.actor.send({ type: 'slacStarted' });
    r.actor.send({ type: 'startNominal', amps: 16, via: 'x1' });
    assert.deepEqual(r.line.generator, { kind: 'high' });
    r.clock.advance(T_STEP_X1_MS - 1);
    assert.deepEqual(r.line.generator, { kind: 'high' });
    r.clock.advance(1);
    assert.deepEqual(r.line.generator, { kind: 'pwm', dutyPercent: 26.67 });
  });

  it('[V2G3-M06-07] no SLAC within TT_EVSE_SLAC_init: E/F retry C_sequ_retry times, then X1', () => {
    const r = hlcPlugged();
    const drives = () => r.board.calls.filter((c) => c.port === 'pwm').map((c) => `${c.call}${c.value ?? ''}`);
    const before = drives().length;
    const cycle = TT_EVSE_SLAC_INIT_MS + T_STEP_EF_MS + T_STAY_IN_X1_AFTER_STEP_EF_MS;
    r.clock.advance(3 * cycle);
    assert.deepEqual(drives().slice(before), [
      'off',
      'constantHigh',
      'setDuty5',
      'off',
      'constantHigh',
      'setDuty5',
      'constantHigh',
    ]);
    assert.ok(r.types().includes('hlcRetriesExhausted'));
    assert.equal(r.ctx().mode, 'off');
    assert.equal(iec(r), 'B1');
    // Each E/F step made the car leave and re-enter BCD (SLAC restarts), not unplug.
    assert.equal(r.types().filter((x) => x === 'carPluggedIn').length, 1);
  });

  it('slacStarted cancels the retry timer', () => {
    const r = hlcPlugged();
    r.clock.advance(1000);
    r.actor.send({ type: 'slacStarted' });
    r.clock.advance(2 * TT_EVSE_SLAC_INIT_MS);
    assert.deepEqual(r.line.generator, { kind: 'pwm', dutyPercent: 5 });
    assert.ok(!r.types().includes('hlcRetriesExhausted'));
  });

  it('efWakeUp: one E/F step, then back to the current mode (wake-up, [V2G3-M06-08])', () => {
    const r = evseRig();
    r.line.plug();
    r.clock.advance(20);
    r.actor.send({ type: 'startNominal', amps: 16 });
    r.actor.send({ type: 'efWakeUp' });
    assert.deepEqual(r.line.generator, { kind: 'low' });
    r.clock.advance(T_STEP_EF_MS + T_STAY_IN_X1_AFTER_STEP_EF_MS);
    assert.deepEqual(r.line.generator, { kind: 'pwm', dutyPercent: 26.67 });
  });

  it('efWakeUp needs a car', () => {
    const r = evseRig();
    r.actor.send({ type: 'efWakeUp' });
    assert.deepEqual(r.line.generator, { kind: 'high' });
  });

  it('an unplug during the E/F step is seen after it', () => {
    const r = evseRig();
    r.line.plug();
    r.clock.advance(20);
    r.actor.send({ type: 'startNominal', amps: 16 });
    r.actor.send({ type: 'efWakeUp' });
    r.line.unplug();
    r.clock.advance(T_STEP_EF_MS + T_STAY_IN_X1_AFTER_STEP_EF_MS + 20);
    assert.ok(r.types().includes('carUnplugged'));
    assert.deepEqual(r.line.generator, { kind: 'high' });
  });

  it('the E/F step opens a closed contactor before driving -12 V', () => {
    const r = evseRig();
    r.charge();
    r.actor.send({ type: 'efWakeUp' });
    const tail = r.board.calls.slice(-2).map((c) => `${c.port}.${c.call}`);
    assert.deepEqual(tail, ['contactor.set', 'pwm.off']);
    assert.equal(r.board.contactor.get(), false);
  });

  it('legacy wake-up (A.5.3): nominal PWM, car stays in B2: one E/F step after 30 s, once per plug-in', () => {
    const r = evseRig();
    r.line.plug();
    r.clock.advance(20);
    r.actor.send({ type: 'startNominal', amps: 16 });
    const offs = () => r.board.calls.filter((c) => c.port === 'pwm' && c.call === 'off').map((c) => c.t);
    const t = r.clock.now();
    r.clock.advance(T_LEGACY_WAKEUP_MS - 1);
    assert.deepEqual(offs(), []);
    r.clock.advance(1);
    assert.deepEqual(offs(), [t + T_LEGACY_WAKEUP_MS]);
    r.clock.advance(T_STEP_EF_MS + T_STAY_IN_X1_AFTER_STEP_EF_MS + 20);
    assert.deepEqual(r.line.generator, { kind: 'pwm', dutyPercent: 26.67 });
    r.clock.advance(3 * T_LEGACY_WAKEUP_MS);
    assert.equal(offs().length, 1, 'only once');
    r.line.unplug();
    r.clock.advance(20);
    r.line.plug();
    r.clock.advance(20);
    r.actor.send({ type: 'startNominal', amps: 16 });
    r.clock.advance(T_LEGACY_WAKEUP_MS + 10);
    assert.equal(offs().length, 2, 're-armed by the next plug-in');
  });

  it('no legacy wake-up when the car goes to C, in HLC mode, or when disabled', () => {
    const c = evseRig();
    c.charge();
    c.clock.advance(2 * T_LEGACY_WAKEUP_MS);
    assert.equal(c.board.contactor.get(), true);
    assert.ok(!c.board.calls.some((x) => x.call === 'off'));
    const off = evseRig({ timing: { tLegacyWakeupMs: 0 } });
    off.line.plug();
    off.clock.advance(20);
    off.actor.send({ type: 'startNominal', amps: 16 });
    off.clock.advance(2 * T_LEGACY_WAKEUP_MS);
    assert.ok(!off.board.calls.some((x) => x.call === 'off'));
  });

  it('timers are overridable (config cp.timing)', () => {
    const r = evseRig({ timing: { tStepEfMs: 100, tStayInX1AfterStepEfMs: 0 } });
    r.line.plug();
    r.clock.advance(20);
    r.actor.send({ type: 'startNominal', amps: 16 });
    r.actor.send({ type: 'efWakeUp' });
    r.clock.advance(100);
    assert.deepEqual(r.line.generator, { kind: 'pwm', dutyPercent: 26.67 });
  });
});

describe('EVSE CP machine: faults', () => {
  it('E (CP short to PE): error, contactor open, latched until A', () => {
    const r = evseRig();
    r.charge();
    const t = r.clock.now();
    r.line.setFault('shortToPe');
    r.clock.advance(20);
    assert.equal(r.board.contactor.get(), false);
    assert.ok(r.events.some((e) => e.type === 'evseCp.error' && e.code === 'shortToPe'));
    assert.equal(iec(r), 'E');
    assert.deepEqual(r.line.generator, { kind: 'high' }, 'X1 while faulted');
    r.line.setFault('shortToPe', false);
    r.clock.advance(50);
    assert.equal(iec(r), 'E', 'latched while the car stays');
    assert.equal(r.board.contactor.get(), false);
    r.line.unplug();
    r.clock.advance(20);
    assert.deepEqual(r.types(t).slice(-3), ['cpState', 'carUnplugged', 'errorCleared']);
    assert.equal(iec(r), 'A1');
  });

  it('diode fault: invalid (diodeFault), contactor open, no PWM, reset re-detects', () => {
    const r = evseRig();
    r.charge();
    r.line.setFault('diodeMissing');
    r.clock.advance(20);
    assert.equal(r.board.contactor.get(), false);
    assert.equal(r.ctx().car, 'invalid');
    assert.ok(r.events.some((e) => e.type === 'evseCp.error' && e.code === 'diodeFault'));
    r.line.setFault('diodeMissing', false);
    r.actor.send({ type: 'reset' });
    r.clock.advance(20);
    assert.equal(r.ctx().car, 'C');
    assert.ok(r.types().filter((x) => x === 'carPluggedIn').length === 2, 'a fresh detection after reset');
  });

  it('F seen while driving the pilot (generator stuck at -12 V): error generatorLow, contactor open', () => {
    const r = evseRig();
    r.charge();
    r.line.drive({ kind: 'low' }); // the stage fails behind the port's back
    r.clock.advance(20);
    assert.equal(r.board.contactor.get(), false);
    assert.ok(r.events.some((e) => e.type === 'evseCp.error' && e.code === 'generatorLow'));
  });

  it('out-of-range readings: invalid (outOfRange)', () => {
    const r = evseRig();
    r.charge();
    r.line.setNoise(40, 3); // wild readings
    r.clock.advance(50);
    assert.equal(r.board.contactor.get(), false);
    assert.ok(r.events.some((e) => e.type === 'evseCp.error'));
  });

  it('cable break while charging: seen as unplug', () => {
    const r = evseRig();
    r.charge();
    r.line.setFault('cableBreak');
    r.clock.advance(20);
    assert.equal(r.board.contactor.get(), false);
    assert.ok(r.types().includes('carUnplugged'));
  });

  it('sampler failure: 3 failed reads -> fault, F output, contactor open; reset recovers', () => {
    const r = evseRig();
    r.charge();
    const t = r.clock.now();
    r.board.failSampler();
    r.clock.advance(20);
    assert.equal(r.board.contactor.get(), false);
    assert.deepEqual(r.line.generator, { kind: 'low' });
    assert.equal(r.actor.getSnapshot().value, 'fault');
    const err = r.events.find((e) => e.type === 'evseCp.error' && e.at >= t);
    assert.ok(err && err.type === 'evseCp.error' && err.code === 'hardware');
    assert.equal(r.board.lastSet('contactor', false, t), t + 15, 'third failed read (reads at +5, +10, +15 ms)');
    r.board.failSampler(null);
    r.actor.send({ type: 'reset' });
    r.clock.advance(20);
    assert.equal(r.ctx().car, 'C');
  });

  it('a single failed read is not a fault', () => {
    const r = evseRig();
    r.charge();
    r.board.failSampler();
    r.clock.advance(5);
    r.board.failSampler(null);
    r.clock.advance(50);
    assert.equal(r.board.contactor.get(), true);
  });

  it('hwError command: fault with the message, latched', () => {
    const r = evseRig();
    r.charge();
    r.actor.send({ type: 'hwError', message: 'contactor feedback mismatch' });
    assert.equal(r.board.contactor.get(), false);
    assert.deepEqual(r.line.generator, { kind: 'low' });
    assert.ok(r.events.some((e) => e.type === 'evseCp.error' && e.message === 'contactor feedback mismatch'));
    r.clock.advance(1000);
    assert.equal(r.actor.getSnapshot().value, 'fault');
  });

  it('disable -> F (unavailable), contactor open; enable -> running again', () => {
    const r = evseRig();
    r.charge();
    r.actor.send({ type: 'disable' });
    assert.equal(r.board.contactor.get(), false);
    assert.deepEqual(r.line.generator, { kind: 'low' });
    assert.equal(r.actor.getSnapshot().value, 'unavailable');
    r.actor.send({ type: 'enable' });
    r.clock.advance(20);
    assert.equal(iec(r), 'C1');
  });

  it('stopping the actor leaves the outputs safe (contactor open, -12 V)', () => {
    const r = evseRig();
    r.charge();
    r.actor.stop();
    assert.equal(r.board.contactor.get(), false);
    assert.deepEqual(r.line.generator, { kind: 'low' });
  });
});

describe('EVSE CP machine: asynchronous sampler (SPI/I2C-style)', () => {
  it('works with promise-returning reads and never overlaps them', async () => {
    const clock = new ManualClock();
    const line = new SimCpLine();
    const board = new SimEvseBoard(line, clock);
    let inFlight = 0;
    let maxInFlight = 0;
    const ports = {
      ...board,
      pwm: board.pwm,
      contactor: board.contactor,
      sampler: {
        read: async (): Promise<CpReading> => {
          inFlight++;
          maxInFlight = Math.max(maxInFlight, inFlight);
          await Promise.resolve();
          inFlight--;
          return line.evseReading();
        },
      },
    };
    const events: string[] = [];
    const actor = createActor(evseCpMachine, { clock, input: { ports, clock } });
    actor.on('*', (e) => events.push(e.type));
    actor.start();
    const step = async (ms: number) => {
      for (let i = 0; i < ms; i++) {
        clock.advance(1);
        for (let k = 0; k < 5; k++) await Promise.resolve();
      }
    };
    await step(30);
    line.plug();
    await step(30);
    assert.ok(events.includes('evseCp.carPluggedIn'));
    assert.equal(maxInFlight, 1);
    actor.stop();
  });
});
