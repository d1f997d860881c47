import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EdgeDutyMeter } from '../../../src/hal/real/edge-duty.js';
import { dutyFromBurst, plateausFromBurst, toCpVolts } from '../../../src/hal/real/plateaus.js';

/** n samples over `periods` PWM periods of a +hi/lo square wave with `duty` %, starting at `phase` (0..1). */
function burst(n: number, duty: number, hi: number, lo: number, periods = 1.5, phase = 0.3): number[] {
  return Array.from({ length: n }, (_, i) => {
    const x = (phase + (i / n) * periods) % 1;
    return x < duty / 100 ? hi : lo;
  });
}

describe('ADC scaling (hw/cp-frontend.md divider 100k / 22k / 22k)', () => {
  it('maps the divider output back to CP volts', () => {
    const s = { scale: 10.09, offsetV: 1.4865 };
    // The divider: 100k from CP, 22k to 3.3 V, 22k to GND (conductances 10 + 45.45 + 45.45 uS).
    const g = 1 / 100e3 + 2 / 22e3;
    for (const cp of [12, 9, 6, 3, 0, -12]) {
      const adc = (cp / 100e3 + 3.3 / 22e3) / g;
      assert.ok(Math.abs(toCpVolts(adc, s) - cp) < 0.05, `${cp} V`);
    }
  });
});

describe('plateausFromBurst / dutyFromBurst', () => {
  it('finds both plateaus of a 26.67 % burst', () => {
    assert.deepEqual(plateausFromBurst(burst(64, 26.67, 9, -12)), { highV: 9, lowV: -12 });
  });
  it('sees the 50 us plateau of a 5 % PWM with 64 samples over 1.5 ms', () => {
    const b = burst(64, 5, 9, -12);
    assert.equal(b.filter((v) => v > 0).length, 2, 'only two samples on the high plateau');
    assert.deepEqual(plateausFromBurst(b), { highV: 9, lowV: -12 });
  });
  it('a constant level gives equal plateaus and no duty', () => {
    const b = new Array(64).fill(9);
    assert.deepEqual(plateausFromBurst(b), { highV: 9, lowV: 9 });
    assert.equal(dutyFromBurst(b, 1000), null);
  });
  it('coarse duty from a burst, counted over whole periods whatever the phase', () => {
    for (const duty of [5, 26.67, 53.33, 89.2]) {
      for (const phase of [0, 0.1, 0.45, 0.8]) {
        // 100 samples at 24 us = 2.4 periods
        const m = dutyFromBurst(burst(100, duty, 6, -12, 2.4, phase), 1000);
        assert.ok(m && Math.abs(m.dutyPercent - duty) <= 2.5, `${duty} % phase ${phase}: ${JSON.stringify(m)}`);
      }
    }
  });
  it('an empty burst is NaN (the classifier makes it invalid)', () => {
    assert.ok(Number.isNaN(plateausFromBurst([]).highV));
  });
});

describe('EdgeDutyMeter (pigpio alert ticks)', () => {
  function feed(m: EdgeDutyMeter, start: number, duty: number, periods: number, periodUs = 1000): number {
    let t = start;
    for (let i = 0; i < periods; i++) {
      m.edge(1, t >>> 0);
      m.edge(0, (t + (periodUs * duty) / 100) >>> 0);
      t += periodUs;
    }
    return t;
  }
  it('measures duty and frequency', () => {
    const m = new EdgeDutyMeter();
    const t = feed(m, 1000, 26.67, 5);
    // ticks are whole microseconds: 266 us of 1000 us
    assert.deepEqual(m.read(t), { dutyPercent: 26.6, frequencyHz: 1000 });
  });
  it('survives the 32-bit tick wrap', () => {
    const m = new EdgeDutyMeter();
    const t = feed(m, 0xffff_ffff - 2500, 5, 6);
    assert.deepEqual(m.read(t >>> 0), { dutyPercent: 5, frequencyHz: 1000 });
  });
  it('no edges for 3 periods = no PWM (constant level)', () => {
    const m = new EdgeDutyMeter();
    const t = feed(m, 0, 50, 5);
    assert.notEqual(m.read(t + 2000), null);
    assert.equal(m.read(t + 3500), null);
    assert.equal(new EdgeDutyMeter().read(0), null);
  });
  it('ignores glitch periods outside 500..2000 us', () => {
    const m = new EdgeDutyMeter();
    let t = feed(m, 0, 26.67, 3);
    m.edge(1, t);
    m.edge(0, t + 10);
    m.edge(1, t + 20); // a 20 us "period"
    t += 20;
    assert.equal(m.read(t)?.dutyPercent, 26.6);
  });
  it('asMeter reads against a tick source', () => {
    const m = new EdgeDutyMeter();
    const t = feed(m, 0, 10, 3);
    assert.equal(m.asMeter(() => t).read()?.dutyPercent, 10);
  });
});
