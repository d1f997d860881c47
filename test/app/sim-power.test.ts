/**
 * `piccs sim --power infypower|uugreen`: the real module-group driver and power stage over the in-memory CAN bus
 * against the emulated modules (DC plant with the car's battery), whole DIN and ISO-2 DC sessions; the candump log
 * carries set points that follow the car's CurrentDemand targets; device faults end safe with their reason, the
 * contactor open within 100 ms of the detection and never above the current threshold.
 */

import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { type PowerOptions, powerOptionsFromConfig } from '../../src/app/power-rig.js';
import { runSim } from '../../src/app/sim.js';
import { loadConfig } from '../../src/config/index.js';
import { parseCandumpLog } from '../../src/power/can/candump.js';
import { parseInfyId } from '../../src/power/modules/infypower.js';

function powerOpts(stage: 'infypower' | 'uugreen', canLog?: string, imd: 'none' | 'bender' = 'none'): PowerOptions {
  const { config } = loadConfig({
    env: {},
    overrides: {
      'power.stage': stage,
      'power.modules.addresses': '1,2',
      'power.imd': imd,
      ...(canLog ? { 'power.can.log': canLog } : {}),
    },
  });
  return { ...(powerOptionsFromConfig(config.power) as PowerOptions), transport: 'emulated' };
}

const THRESHOLD_A = 5; // power.openCurrentThresholdA default

describe('piccs sim --power (module driver on emulated modules)', () => {
  for (const stage of ['infypower', 'uugreen'] as const) {
    for (const protocol of ['din', 'iso2'] as const) {
      it(`${stage}: a ${protocol} DC session completes; energy from the plant, no switching under load`, async () => {
        const { summary, exitOk } = await runSim({
          protocol,
          mode: 'dc',
          chargeSeconds: 3,
          speed: 0,
          power: powerOpts(stage),
        });
        assert.equal(exitOk, true, JSON.stringify(summary));
        assert.ok(summary.energyWh > 5, `${summary.energyWh} Wh`);
        assert.equal(summary.power?.stage, stage);
        assert.equal(summary.power?.modules, 2);
        assert.equal(summary.power?.isolation, 'not checked (no IMD)');
        assert.ok(
          (summary.power?.maxCurrentAtOpenA ?? 99) < THRESHOLD_A,
          `broke ${summary.power?.maxCurrentAtOpenA} A`,
        );
      });
    }
  }

  it('the candump log: InfyPower set points follow the car (target voltage, current ramped to its target, split over 2 modules)', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'piccs-canlog-')), 'can.log');
    const { summary } = await runSim({
      protocol: 'din',
      mode: 'dc',
      chargeSeconds: 4,
      speed: 0,
      power: powerOpts('infypower', file),
    });
    assert.equal(summary.ok, true);
    const recs = parseCandumpLog(readFileSync(file, 'utf8'));
    assert.equal(summary.power?.canFrames, recs.length);
    const sets = recs
      .filter((r) => parseInfyId(r.frame.id).command === 0x1c && parseInfyId(r.frame.id).dst === 1)
      .map((r) => {
        const d = new DataView(r.frame.data.buffer, r.frame.data.byteOffset);
        return { t: r.timeS, v: d.getUint32(0) / 1000, i: d.getUint32(4) / 1000 };
      });
    const charging = sets.filter((s) => s.v === 400); // the sim car's EVTargetVoltage
    assert.ok(charging.length > 10, `${charging.length} charge set points`);
    // the car asks for 100 A (sim car maxCurrentA); the stage allows min(100 A, 30 kW / 400 V = 75 A): each of
    // the 2 modules ramps to 37.5 A at <= 25 A/s (half of power.rampAPerS)
    const peak = Math.max(...charging.map((s) => s.i));
    assert.ok(Math.abs(peak - 37.5) < 0.01, `peak per-module set point ${peak} A`);
    for (let k = 1; k < charging.length; k++) {
      const a = charging[k - 1] as { t: number; i: number };
      const b = charging[k] as { t: number; i: number };
      if (b.i > a.i) assert.ok(b.i - a.i <= 25 * (b.t - a.t) + 0.01, `ramp ${a.i} -> ${b.i} in ${b.t - a.t} s`);
    }
    // the stop: the last set points bring the current to 0
    assert.equal(sets.at(-1)?.i, 0);
  });

  it('--imd bender: CableCheck measures on the emulated isoCHA425HV; an insulation fault while charging ends safe', async () => {
    const ok = await runSim({
      protocol: 'iso2',
      mode: 'dc',
      chargeSeconds: 3,
      speed: 0,
      power: powerOpts('infypower', undefined, 'bender'),
    });
    assert.equal(ok.exitOk, true, JSON.stringify(ok.summary));
    assert.equal(ok.summary.power?.isolation, 'bender');
    const { summary, exitOk } = await runSim({
      protocol: 'din',
      mode: 'dc',
      chargeSeconds: 3,
      speed: 0,
      fault: 'imd-fault',
      power: powerOpts('uugreen', undefined, 'bender'),
    });
    assert.equal(exitOk, true, JSON.stringify(summary));
    assert.match(summary.reason ?? '', /power stage fault: isolation monitor: insulation 20000 ohm/);
    const detected = summary.faultDetectedMs ?? Number.POSITIVE_INFINITY;
    const open = summary.contactorOpenMs ?? Number.POSITIVE_INFINITY;
    assert.ok(open >= detected && open - detected <= 100, `detected ${detected} ms, open ${open} ms`);
    assert.ok((summary.power?.maxCurrentAtOpenA ?? 99) < THRESHOLD_A);
    assert.equal(summary.nextPlugInOk, true);
  });

  for (const stage of ['infypower', 'uugreen'] as const) {
    for (const fault of ['module-alarm', 'module-silent'] as const) {
      it(`${stage} --fault ${fault}: ends safe with its reason, contactor open within 100 ms of detection`, async () => {
        const { summary, exitOk } = await runSim({
          protocol: 'din',
          mode: 'dc',
          chargeSeconds: 3,
          speed: 0,
          fault,
          power: powerOpts(stage),
        });
        assert.equal(exitOk, true, JSON.stringify(summary));
        assert.equal(summary.safe, true);
        assert.equal(summary.nextPlugInOk, true);
        assert.match(
          summary.reason ?? '',
          fault === 'module-alarm' ? /power stage fault: module 1 .*alarm/ : /module 2 .*silent/,
        );
        const detected = summary.faultDetectedMs ?? Number.POSITIVE_INFINITY;
        const open = summary.contactorOpenMs ?? Number.POSITIVE_INFINITY;
        assert.ok(open >= detected && open - detected <= 100, `detected ${detected} ms, open ${open} ms`);
        assert.ok(
          (summary.power?.maxCurrentAtOpenA ?? 99) < THRESHOLD_A,
          `broke ${summary.power?.maxCurrentAtOpenA} A`,
        );
      });
    }
  }
});
