import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ManualClock } from '../../../src/core/clock.js';
import { MemoryCanBus } from '../../../src/power/can/memory-bus.js';
import { ModuleEmulator } from '../../../src/power/modules/emulator.js';
import { type GroupFault, ModuleGroup } from '../../../src/power/modules/group.js';
import { infypower } from '../../../src/power/modules/infypower.js';
import { DcPlant, type PlantBattery } from '../../../src/power/modules/plant.js';
import type { ModuleProtocol } from '../../../src/power/modules/types.js';
import { uugreen } from '../../../src/power/modules/uugreen.js';

function rig(protocol: ModuleProtocol, addrs = [1, 2, 3]) {
  const clock = new ManualClock();
  const bus = new MemoryCanBus();
  let carClosed = false;
  let energyWs = 0;
  const battery: PlantBattery = {
    contactorsClosed: () => carClosed,
    ocvV: () => 350,
    internalResistanceOhm: 0.1,
    absorb: (u, i) => {
      energyWs += u * i * 0.002;
    },
  };
  const plant = new DcPlant(clock, addrs.length, battery);
  const emus = addrs.map((a, i) => new ModuleEmulator(bus.attach(`module${a}`), protocol, a, plant, i, clock));
  const group = new ModuleGroup({
    port: bus.attach('controller'),
    protocol,
    addresses: addrs,
    clock,
    pollMs: 100,
    keepAliveMs: 1000,
    silentMs: 300,
  });
  const faults: GroupFault[] = [];
  group.onFault((f) => faults.push(f));
  group.start();
  const run = (ms: number) => {
    const end = clock.now() + ms;
    while ((clock.nextDeadline() ?? Number.POSITIVE_INFINITY) <= end) clock.advanceTo(clock.nextDeadline() as number);
    clock.advanceTo(end);
  };
  return {
    clock,
    plant,
    emus,
    group,
    faults,
    run,
    closeCar: (c: boolean) => {
      carClosed = c;
    },
    energyWh: () => energyWs / 3600,
  };
}

for (const protocol of [infypower, uugreen]) {
  describe(`ModuleGroup over the emulators (${protocol.name})`, () => {
    it('voltage shared, current split and summed, read back over the bus', () => {
      const r = rig(protocol);
      r.plant.setContactor(true);
      r.group.set(true, 360, 2);
      r.run(2000);
      assert.ok(Math.abs(r.group.presentVoltageV() - 360) < 1, `precharged to ${r.group.presentVoltageV()}`);
      r.closeCar(true);
      r.group.set(true, 400, 60);
      r.run(2000);
      assert.ok(Math.abs(r.group.presentCurrentA() - 60) < 1, `60 A total, got ${r.group.presentCurrentA()}`);
      for (const m of r.group.modules.values())
        assert.ok(Math.abs(m.currentA - 20) < 1, `20 A each, got ${m.currentA}`);
      assert.ok(r.energyWh() > 0);
      assert.deepEqual(r.faults, []);
    });

    it('a module alarm is a fault naming the module, seen within one poll', () => {
      const r = rig(protocol);
      r.group.set(true, 360, 2);
      r.run(500);
      const at = r.clock.now();
      (r.emus[1] as ModuleEmulator).setAlarm(protocol === infypower ? 'fault_alarm' : 'status_bit_3');
      r.run(500);
      assert.equal(r.faults.length, 1);
      assert.equal(r.faults[0]?.kind, 'alarm');
      assert.equal(r.faults[0]?.addr, 2);
      assert.ok((r.faults[0]?.atMs ?? 0) - at <= 100, 'detected at the next poll');
    });

    it('a silent module is a fault after silentMs; the modules turn themselves off when the controller stops', () => {
      const r = rig(protocol);
      r.group.set(true, 360, 2);
      r.run(500);
      (r.emus[0] as ModuleEmulator).setSilent(true);
      r.run(600);
      assert.equal(r.faults[0]?.kind, 'silent');
      assert.equal(r.faults[0]?.addr, 1);
      // the controller dies: no more keep-alive; each module's own timeout switches it off
      r.group.stop();
      r.run(protocol.moduleTimeoutMs - 500);
      assert.ok((r.emus[1] as ModuleEmulator).outputOn, 'still on before its timeout');
      r.run(1000);
      for (const e of r.emus) assert.equal(e.outputOn, false);
      assert.ok((r.emus[1] as ModuleEmulator).timedOut);
      assert.ok(r.plant.nodeVoltageV < 360);
    });
  });
}
