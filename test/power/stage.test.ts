import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ManualClock } from '../../src/core/clock.js';
import type { CanFrame } from '../../src/power/can/frame.js';
import { MemoryCanBus } from '../../src/power/can/memory-bus.js';
import { noImd } from '../../src/power/isolation.js';
import { ModuleEmulator } from '../../src/power/modules/emulator.js';
import { ModuleGroup } from '../../src/power/modules/group.js';
import { infypower, parseInfyId } from '../../src/power/modules/infypower.js';
import { DcPlant } from '../../src/power/modules/plant.js';
import { ModuleGroupPowerStage, type StageFault } from '../../src/power/stage.js';

const THRESHOLD_A = 5;

function rig(opts: { ocv?: number } = {}) {
  const clock = new ManualClock();
  const bus = new MemoryCanBus();
  let car = false;
  let coil = false;
  const plant = new DcPlant(
    clock,
    2,
    { contactorsClosed: () => car, ocvV: () => opts.ocv ?? 350, internalResistanceOhm: 0.1, absorb: () => {} },
    {},
    () => coil,
  );
  const emus = [1, 2].map((a, i) => new ModuleEmulator(bus.attach(`m${a}`), infypower, a, plant, i, clock));
  const controller = bus.attach('controller');
  const setpoints: { t: number; currentA: number }[] = [];
  controller.onFrame(() => {});
  const group = new ModuleGroup({
    port: {
      ...controller,
      send: (f: CanFrame) => {
        if (parseInfyId(f.id).command === 0x1c) {
          setpoints.push({ t: clock.now(), currentA: new DataView(f.data.buffer).getUint32(4) / 1000 });
        }
        controller.send(f);
      },
    },
    protocol: infypower,
    addresses: [1, 2],
    clock,
    pollMs: 100,
    keepAliveMs: 1000,
    silentMs: 300,
  });
  group.start();
  const opens: number[] = [];
  const stage = new ModuleGroupPowerStage(
    group,
    {
      set: (c) => {
        if (coil && !c) opens.push(clock.now());
        coil = c;
      },
      get: () => coil,
    },
    noImd(),
    clock,
    {
      limits: {
        maxVoltageV: 500,
        maxCurrentA: 150,
        maxPowerW: 60_000,
        minVoltageV: 150,
        minCurrentA: 0,
        peakCurrentRippleA: 5,
      },
      rampAPerS: 50,
      openCurrentThresholdA: THRESHOLD_A,
      openWaitMaxMs: 80,
      preChargeToleranceV: 20,
      cableCheckVoltageV: 500,
    },
  );
  const faults: StageFault[] = [];
  stage.onFault((f) => faults.push(f));
  const run = (ms: number) => {
    const end = clock.now() + ms;
    while ((clock.nextDeadline() ?? Number.POSITIVE_INFINITY) <= end) clock.advanceTo(clock.nextDeadline() as number);
    clock.advanceTo(end);
  };
  /** CableCheck, PreCharge to the battery, car closes, charging at `amps`. */
  const charge = (amps: number) => {
    stage.startIsolationCheck();
    run(1000);
    stage.setTarget('preCharge', opts.ocv ?? 350, 2);
    run(2000);
    car = true;
    stage.setTarget('charge', 400, amps);
    for (let i = 0; i < 40; i++) {
      run(100);
      stage.setTarget('charge', 400, amps);
    }
  };
  return { clock, plant, emus, stage, group, faults, opens, setpoints, run, charge, openCar: () => (car = false) };
}

describe('ModuleGroupPowerStage', () => {
  it('ramps the current up at the configured rate, down at once', () => {
    const r = rig();
    r.charge(100);
    const ups = r.setpoints.filter((s) => s.currentA > 1);
    for (let i = 1; i < ups.length; i++) {
      const a = ups[i - 1] as { t: number; currentA: number };
      const b = ups[i] as { t: number; currentA: number };
      if (b.currentA > a.currentA) {
        // per module: half the 50 A/s ramp
        assert.ok(b.currentA - a.currentA <= (25 * (b.t - a.t)) / 1000 + 1e-6, `${a.currentA} -> ${b.currentA}`);
      }
    }
    assert.ok(Math.abs(r.stage.presentCurrentA() - 100) < 2, `reached 100 A: ${r.stage.presentCurrentA()}`);
    r.stage.setTarget('charge', 400, 10);
    assert.equal(r.setpoints.at(-1)?.currentA, 5, 'down to 10 A (5 A per module) in one step');
  });

  it('PreCharge is limited to 2 A', () => {
    const r = rig();
    r.stage.setTarget('preCharge', 350, 50);
    assert.ok((r.setpoints.at(-1)?.currentA ?? 99) <= 1, 'per module 1 A of the 2 A');
  });

  it('contactors asked to close while pre-charging close only within the tolerance of the target', () => {
    const r = rig();
    r.stage.setTarget('preCharge', 350, 2);
    // setTarget asked for the contactors: nothing closed yet (0 V at the output)
    assert.equal(r.stage.contactorsClosed(), false);
    r.run(100);
    assert.equal(r.stage.contactorsClosed(), false);
    r.run(3000);
    assert.equal(r.stage.contactorsClosed(), true);
    assert.ok(Math.abs(r.stage.presentVoltageV() - 350) <= 20);
  });

  it('a normal stop brings the current below the threshold before the contactor opens', () => {
    const r = rig();
    r.charge(120);
    assert.ok(r.plant.outputCurrentA > 100);
    const t0 = r.clock.now();
    r.stage.setTarget('off', 0, 0);
    r.stage.setContactors(false); // same step, as the SECC's safe stop does
    assert.equal(r.stage.contactorsClosed(), true, 'not yet: current still flowing');
    r.run(200);
    assert.equal(r.stage.contactorsClosed(), false);
    assert.ok((r.opens[0] ?? 0) - t0 <= 80, `opened after ${(r.opens[0] ?? 0) - t0} ms`);
    assert.ok(r.plant.maxOpenCurrentA < THRESHOLD_A, `broke ${r.plant.maxOpenCurrentA} A`);
  });

  it('a module alarm while charging: safe, contactor open within 100 ms of detection, below the threshold', () => {
    const r = rig();
    r.charge(120);
    (r.emus[0] as ModuleEmulator).setAlarm('fault_alarm');
    r.run(500);
    assert.equal(r.faults.length, 1);
    assert.match(r.faults[0]?.reason ?? '', /module 1 .*fault_alarm/);
    assert.equal(r.stage.health(), 'malfunction');
    const detected = r.faults[0]?.atMs ?? 0;
    assert.ok(
      (r.opens[0] ?? Number.POSITIVE_INFINITY) - detected <= 100,
      `open ${(r.opens[0] ?? 0) - detected} ms after detection`,
    );
    assert.ok(r.plant.maxOpenCurrentA < THRESHOLD_A, `broke ${r.plant.maxOpenCurrentA} A`);
    // latched: no restart until reset
    r.stage.setTarget('charge', 400, 50);
    assert.equal(r.group.commanded.on, false);
  });

  it('a silent module: the wait is bounded, the contactor opens within 100 ms of the detection', () => {
    const r = rig();
    r.charge(120);
    (r.emus[1] as ModuleEmulator).setSilent(true);
    r.run(1000);
    assert.equal(r.faults.length, 1);
    assert.match(r.faults[0]?.reason ?? '', /module 2 .*silent/);
    const detected = r.faults[0]?.atMs ?? 0;
    assert.ok((r.opens[0] ?? Number.POSITIVE_INFINITY) - detected <= 100);
  });

  it('WeldingDetection reads the measured voltage: it falls after the stop', () => {
    const r = rig();
    r.charge(50);
    r.stage.setTarget('off', 0, 0);
    r.stage.setContactors(false);
    r.openCar();
    r.run(2000);
    assert.ok(r.stage.presentVoltageV() < 60, `${r.stage.presentVoltageV()} V`);
  });
});
