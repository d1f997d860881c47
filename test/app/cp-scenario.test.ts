import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CP_SCENARIO_FAULTS, formatCpTimeline, runCpScenario } from '../../src/app/cp-scenario.js';
import { ManualClock } from '../../src/core/clock.js';

describe('simulated CP scenario', () => {
  it('plug -> B -> nominal PWM -> C -> contactor -> stop -> B -> unplug, on a ManualClock', async () => {
    const r = await runCpScenario({ chargeSeconds: 2, amps: 16 });
    assert.equal(r.ok, true);
    assert.equal(r.safe, true);
    assert.ok(r.chargeMs >= 2000 && r.chargeMs <= 2100, `${r.chargeMs}`);
    assert.ok(r.stopToOpenMs !== undefined && r.stopToOpenMs <= 100);
    const what = r.timeline.map((e) => `${e.side}:${e.what}`);
    const order = [
      'line:car plugged in',
      'evse:carPluggedIn',
      'evse:pilot PWM 26.67 %',
      'pev:pwmDetected 26.67 % -> 16 A',
      'pev:s2Closed',
      'evse:carRequestedPower',
      'evse:contactor CLOSED',
      'pev:driver stops charging',
      'evse:contactor OPEN (evStopped)',
      'evse:carRequestedStopPower',
      'line:car unplugged',
      'evse:carUnplugged',
    ];
    let i = -1;
    for (const w of order) {
      const j = what.indexOf(w, i + 1);
      assert.ok(j > i, `timeline lacks "${w}" after position ${i}:\n${what.join('\n')}`);
      i = j;
    }
    const text = formatCpTimeline(r);
    assert.match(text, /EVSE {2}contactor CLOSED/);
    assert.match(text, /ok=true safe=true/);
  });

  it('is deterministic with noise and a seed', async () => {
    const a = await runCpScenario({ noiseVpp: 0.8, seed: 5, chargeSeconds: 1 });
    const b = await runCpScenario({ noiseVpp: 0.8, seed: 5, chargeSeconds: 1 });
    assert.deepEqual(a.timeline, b.timeline);
    assert.equal(a.ok, true);
  });

  for (const fault of CP_SCENARIO_FAULTS) {
    it(`fault ${fault}: not ok, but safe with the contactor open within 100 ms`, async () => {
      const r = await runCpScenario({ fault, clock: new ManualClock(1_000_000) });
      assert.equal(r.ok, false);
      assert.equal(r.safe, true);
      assert.ok(r.contactorOpenMs !== undefined && r.contactorOpenMs <= 100, `${r.contactorOpenMs}`);
      assert.match(formatCpTimeline(r), new RegExp(`fault ${fault}: contactor opened`));
    });
  }

  it('runs on the system clock too (short charge)', async () => {
    const { systemClock } = await import('../../src/core/clock.js');
    const r = await runCpScenario({ clock: systemClock, chargeSeconds: 0.05, plugInAtMs: 10, unplugAfterMs: 20 });
    assert.equal(r.ok, true);
    assert.equal(r.safe, true);
  });
});
