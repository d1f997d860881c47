/**
 * Issue 14: the time from a CurrentDemandReq entering the SECC (its EXI bytes, decode included) to the set point
 * frame for the modules leaving on the CAN bus (target p99 < 5 ms here). An SECC on the real module-group power
 * stage (InfyPower and UUGreen, 2 modules, emulated on the in-memory bus) and an EVCC, in memory on a ManualClock.
 */

import { percentiles } from '../src/app/summary.js';
import { ManualClock } from '../src/core/clock.js';
import { decodeExi, encodeExi } from '../src/exi/index.js';
import { MemoryCanBus } from '../src/power/can/memory-bus.js';
import { tappedPort } from '../src/power/can/port.js';
import { noImd } from '../src/power/isolation.js';
import { ModuleEmulator } from '../src/power/modules/emulator.js';
import { ModuleGroup } from '../src/power/modules/group.js';
import { infypower } from '../src/power/modules/infypower.js';
import { DcPlant } from '../src/power/modules/plant.js';
import type { ModuleProtocol } from '../src/power/modules/types.js';
import { uugreen } from '../src/power/modules/uugreen.js';
import { ModuleGroupPowerStage } from '../src/power/stage.js';
import { createMemoryPortPair, Evcc, type PortEvent, Secc, SimDcLink, type V2gMessagePort } from '../src/v2g/index.js';

const LOOPS = Number(process.env.POWER_BENCH_N ?? 2000);

/** The frame that carries the current set point: InfyPower 0x1C, UUGreen Iout limit (command 3). */
const isSetpoint: Record<string, (id: number, data: Uint8Array) => boolean> = {
  infypower: (id) => ((id >>> 16) & 0x3f) === 0x1c,
  uugreen: (_id, d) => (d[0] ?? 0) % 16 === 0 && d[1] === 3,
};

function session(protocol: ModuleProtocol, v2g: 'din' | 'iso2', loops: number): number[] {
  const clock = new ManualClock();
  const car = new SimDcLink(clock, { sides: 'ev', ev: { initialSocPercent: 20, targetSocPercent: 99 } });
  const bus = new MemoryCanBus();
  let coil = false;
  const plant = new DcPlant(
    clock,
    2,
    {
      contactorsClosed: () => car.evContactorsClosed,
      ocvV: () => car.ev.batteryVoltageV(),
      internalResistanceOhm: car.evParams.internalResistanceOhm,
      absorb: (u, i) => car.ev.observeCharger?.(u, i),
    },
    {},
    () => coil,
  );
  for (const [i, a] of [1, 2].entries()) new ModuleEmulator(bus.attach(`m${a}`), protocol, a, plant, i, clock);
  let pending: number | undefined;
  const samples: number[] = [];
  const port = tappedPort(bus.attach('piccs'), (dir, f) => {
    if (dir === 'tx' && pending !== undefined && isSetpoint[protocol.name]?.(f.id, f.data)) {
      samples.push(performance.now() - pending);
      pending = undefined;
    }
  });
  const group = new ModuleGroup({
    port,
    protocol,
    addresses: [1, 2],
    clock,
    pollMs: 50,
    keepAliveMs: 1000,
    silentMs: 300,
  });
  group.start();
  const stage = new ModuleGroupPowerStage(group, { set: (c) => (coil = c), get: () => coil }, noImd(), clock, {
    limits: {
      maxVoltageV: 500,
      minVoltageV: 150,
      maxCurrentA: 150,
      maxPowerW: 60_000,
      minCurrentA: 0,
      peakCurrentRippleA: 5,
    },
    rampAPerS: 50,
    openCurrentThresholdA: 5,
    openWaitMaxMs: 60,
    preChargeToleranceV: 20,
    cableCheckVoltageV: 500,
  });
  let decodeStart = 0;
  const { a, b } = createMemoryPortPair({
    clock,
    latencyMs: 1,
    codec: {
      encode: (d, s) => encodeExi(d, s),
      decode: (bytes, s) => {
        decodeStart = performance.now();
        return decodeExi(bytes, s);
      },
    },
  });
  const timed: V2gMessagePort = {
    send: (doc, schema) => b.send(doc, schema),
    expect: (s) => b.expect(s),
    close: () => b.close(),
    subscribe: (l) =>
      b.subscribe((e: PortEvent) => {
        if (e.type === 'message') {
          const name = Object.keys((e.doc as { V2G_Message?: { Body?: object } }).V2G_Message?.Body ?? {})[0];
          pending = name === 'CurrentDemandReq' ? decodeStart : undefined;
        }
        l(e);
        pending = undefined;
      }),
  };
  const secc = new Secc({ port: timed, clock, powerStage: stage, settings: { protocols: [v2g] } });
  const evcc = new Evcc({
    port: a,
    clock,
    battery: car.ev,
    settings: { protocols: [v2g], energyMode: 'dc', timingPreset: 'spec', stopAfterChargeLoops: loops },
  });
  secc.start();
  evcc.start();
  // the module group polls for ever: run timer by timer until the SECC's session is over
  for (let i = 0; i < 10_000_000 && clock.runNext(); i++) if (secc.state === 'Terminated') break;
  group.stop();
  return samples;
}

for (const protocol of [infypower, uugreen]) {
  for (const v2g of ['din', 'iso2'] as const) {
    session(protocol, v2g, 200); // warm-up (JIT)
    const s = session(protocol, v2g, LOOPS);
    const p = percentiles(s);
    console.log(
      `${protocol.name} ${v2g}: CurrentDemandReq bytes in -> set point frame on the CAN bus: n=${s.length} p50 ${p.p50} ms p99 ${p.p99} ms max ${p.max} ms (target p99 < 5 ms)`,
    );
  }
}
