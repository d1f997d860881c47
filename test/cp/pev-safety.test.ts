/**
 * The PEV CP machine's safety part on the simulated car board (contactor with aux contact, e-stop): the car's
 * contactor closes only with S2 closed and always opens before S2 opens; e-stop, contactor mismatch and weld end
 * safe within 100 ms of detection with a named reason. Also the pure tables behind both machines: the PP coding
 * and the trip conditions. ManualClock throughout.
 */

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createActor } from 'xstate';
import { ManualClock } from '../../src/core/clock.js';
import { evseCpMachine } from '../../src/cp/evse-cp.machine.js';
import type { PevCpEvent } from '../../src/cp/pev-cp.events.js';
import { pevCpMachine } from '../../src/cp/pev-cp.machine.js';
import { PP_BANDS, ppAmps, ppOhmsFromVolts, ppVoltsFromOhms } from '../../src/cp/proximity.js';
import {
  DEFAULT_SAFETY_TIMING,
  debounceSafety,
  SAFETY_TRIPS,
  type SafetyCommandState,
  safetyConditions,
} from '../../src/cp/safety.js';
import { createSimCpRig } from '../../src/hal/sim/board.js';
import { SimCpLine } from '../../src/hal/sim/cp-line.js';

function rig() {
  const clock = new ManualClock();
  const { line, evse, pev } = createSimCpRig(clock, new SimCpLine(), { inputs: true });
  // a charger on the same line: 5 % once the car is seen, power while the car is in C
  const charger = createActor(evseCpMachine, { clock, input: { ports: evse, clock } });
  charger.on('*', (e) => {
    if (e.type === 'evseCp.carPluggedIn') charger.send({ type: 'startHlc' });
    else if (e.type === 'evseCp.carRequestedPower') charger.send({ type: 'allowPower' });
  });
  charger.start();
  const events: PevCpEvent[] = [];
  const car = createActor(pevCpMachine, { clock, input: { ports: pev, clock } });
  car.on('*', (e) => events.push(e));
  car.start();
  clock.advance(20);
  return {
    clock,
    line,
    evse,
    pev,
    car,
    events,
    /** Plug in, S2 closed, the car's contactor closed. */
    charge() {
      line.plug();
      clock.advance(50);
      car.send({ type: 'requestPower' });
      clock.advance(50);
      car.send({ type: 'closeContactor' });
      clock.advance(150);
      assert.equal(pev.contactor.get(), true, 'rig: car contactor closed');
      assert.equal(pev.s2.get(), true);
    },
  };
}

/** The car's contactor opened before (or in the same instant as, but ahead of) S2. */
function assertContactorBeforeS2(p: ReturnType<typeof rig>['pev'], since: number): void {
  const i = p.calls.findIndex((c) => c.t >= since && c.port === 'contactor' && c.value === false);
  const j = p.calls.findIndex((c) => c.t >= since && c.port === 's2' && c.value === false);
  assert.ok(i >= 0 && j >= 0 && i < j, `contactor (#${i}) opens before S2 (#${j})`);
}

describe('PEV safety (simulated car board)', () => {
  it('the contactor never closes with S2 open', () => {
    const r = rig();
    r.line.plug();
    r.clock.advance(50);
    r.car.send({ type: 'closeContactor' });
    r.clock.advance(50);
    assert.equal(r.pev.contactor.get(), false);
  });

  it('a normal stop (S2 opens) opens the contactor first', () => {
    const r = rig();
    r.charge();
    const t0 = r.clock.now();
    r.car.send({ type: 'stopPower' });
    r.clock.advance(20);
    assertContactorBeforeS2(r.pev, t0);
  });

  it('pilot loss (unplug) opens the contactor before S2', () => {
    const r = rig();
    r.charge();
    const t0 = r.clock.now();
    r.line.unplug();
    r.clock.advance(50);
    assertContactorBeforeS2(r.pev, t0);
  });

  for (const [code, inject] of [
    ['estop', (r: ReturnType<typeof rig>) => (r.pev.estop.active = true)],
    ['contactorMismatch', (r: ReturnType<typeof rig>) => r.pev.contactorModel.dropOut()],
  ] as const) {
    it(`${code}: contactor and S2 open within 100 ms of detection, reason named`, () => {
      const r = rig();
      r.charge();
      r.clock.advance(200);
      const t0 = r.clock.now();
      inject(r);
      r.clock.advance(150);
      const err = r.events.find((e) => e.type === 'pevCp.error' && e.at >= t0);
      assert.ok(err && err.type === 'pevCp.error' && err.code === code, JSON.stringify(err));
      assert.equal(err.message, SAFETY_TRIPS[code].text);
      const open = r.pev.lastSet('contactor', false, t0) ?? Infinity;
      const s2 = r.pev.lastSet('s2', false, t0) ?? Infinity;
      assert.ok(open - err.at <= 100 && s2 - err.at <= 100, `open ${open - err.at} ms, S2 ${s2 - err.at} ms`);
      assertContactorBeforeS2(r.pev, t0);
      r.car.send({ type: 'requestPower' });
      r.clock.advance(50);
      assert.equal(r.pev.s2.get(), false, 'no state C while tripped');
    });
  }

  it('weld: the car contactor reads closed after opening; latched until clearWeld', () => {
    const r = rig();
    r.charge();
    r.pev.contactorModel.weld();
    const t0 = r.clock.now();
    r.car.send({ type: 'openContactor' });
    r.clock.advance(200);
    const err = r.events.find((e) => e.type === 'pevCp.error' && e.at >= t0);
    assert.ok(err && err.type === 'pevCp.error' && err.code === 'contactorWelded');
    assert.equal(r.pev.s2.get(), false);
    r.line.unplug();
    r.clock.advance(100);
    assert.equal(r.car.getSnapshot().context.welded, true);
    r.car.send({ type: 'clearWeld' });
    assert.equal(r.car.getSnapshot().context.welded, false);
  });
});

describe('proximity pilot coding (IEC 61851-1 Annex B)', () => {
  it('nominal resistors give 13 / 20 / 32 / 63 A; open, short and in-between values are invalid', () => {
    assert.equal(ppAmps(1500), 13);
    assert.equal(ppAmps(680), 20);
    assert.equal(ppAmps(220), 32);
    assert.equal(ppAmps(100), 63);
    for (const bad of [0, 50, 79, 2460, 3300, Infinity, Number.NaN]) assert.equal(ppAmps(bad), null, String(bad));
    for (const b of PP_BANDS) {
      assert.equal(ppAmps(b.nominalOhms * 1.03), b.amps, '+3 % tolerance');
      assert.equal(ppAmps(b.nominalOhms * 0.97), b.amps, '-3 % tolerance');
    }
  });

  it('the pull-up front end converts both ways (1 kOhm to 3.3 V)', () => {
    for (const r of [100, 220, 680, 1500]) {
      const v = ppVoltsFromOhms(r, 3.3, 1000);
      assert.ok(Math.abs(ppOhmsFromVolts(v, 3.3, 1000) - r) < 1e-9);
    }
    assert.equal(ppOhmsFromVolts(3.3, 3.3, 1000), Infinity);
    assert.equal(ppOhmsFromVolts(0, 3.3, 1000), 0);
  });
});

describe('safety conditions (pure)', () => {
  const base: SafetyCommandState = {
    now: 1000,
    contactorClosed: false,
    contactorChangedAt: 0,
    lockChangedAt: 0,
    carPresent: true,
    timing: DEFAULT_SAFETY_TIMING,
  };
  it('feedback against command: weld after opening, mismatch after closing, nothing inside the travel window', () => {
    assert.deepEqual(safetyConditions({ contactorClosed: true }, base), ['contactorWelded']);
    assert.deepEqual(safetyConditions({ contactorClosed: false }, { ...base, contactorClosed: true }), [
      'contactorMismatch',
    ]);
    assert.deepEqual(safetyConditions({ contactorClosed: true }, { ...base, contactorChangedAt: 950 }), []);
  });
  it('switch inputs and PP; debounce needs consecutive sightings', () => {
    assert.deepEqual(safetyConditions({ estop: true, rcd: true, ppOhms: 5000 }, base), ['estop', 'rcd', 'ppInvalid']);
    assert.deepEqual(safetyConditions({ ppOhms: 5000 }, { ...base, carPresent: false }), [], 'no car: PP not judged');
    const one = debounceSafety({}, ['rcd'], 2);
    assert.equal(one.trip, undefined);
    assert.equal(debounceSafety(one.strikes, ['rcd'], 2).trip, 'rcd');
    assert.equal(debounceSafety(debounceSafety(one.strikes, [], 2).strikes, ['rcd'], 2).trip, undefined);
  });
});
