import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classifyCp } from '../../../src/cp/classify.js';
import { SimCpLine } from '../../../src/hal/sim/cp-line.js';

const near = (a: number, b: number, tol = 0.15) => assert.ok(Math.abs(a - b) <= tol, `${a} is not ~${b}`);

function pwmLine(): SimCpLine {
  const l = new SimCpLine();
  l.drive({ kind: 'pwm', dutyPercent: 26.67 });
  return l;
}

describe('SimCpLine: volts per state (IEC 61851-1 Annex A values)', () => {
  it('A: no car, +12 / -12 V', () => {
    const r = pwmLine().evseReading();
    near(r.highV, 12, 0.01);
    near(r.lowV, -12, 0.01);
  });
  it('B: 2.74 kOhm through the diode, ~9 V / -12 V', () => {
    const l = pwmLine();
    l.plug();
    const r = l.evseReading();
    near(r.highV, 9);
    near(r.lowV, -12, 0.01);
    assert.equal(l.carLoadOhm(), 2740);
  });
  it('C: S2 closed, 882 Ohm, ~6 V', () => {
    const l = pwmLine();
    l.plug();
    l.setS2(true);
    near(l.carLoadOhm(), 882, 1);
    near(l.evseReading().highV, 6);
  });
  it('D: ventilation, 246 Ohm, ~3 V', () => {
    const l = pwmLine();
    l.plug();
    l.setVentilation(true);
    l.setS2(true);
    near(l.carLoadOhm(), 246, 1);
    near(l.evseReading().highV, 3);
  });
  it('constant +12 V (X1) with a car: both plateaus ~9 V', () => {
    const l = new SimCpLine();
    l.drive({ kind: 'high' });
    l.plug();
    const r = l.evseReading();
    near(r.highV, 9);
    assert.equal(r.highV, r.lowV);
  });
  it('F: the generator at -12 V, the diode blocks: -12 V whatever the car does', () => {
    const l = new SimCpLine();
    l.drive({ kind: 'low' });
    l.plug();
    l.setS2(true);
    assert.deepEqual(l.evseReading(), { highV: -12, lowV: -12 });
  });
  it('duty 0 / 100 behave like constant low / high', () => {
    const l = new SimCpLine();
    l.drive({ kind: 'pwm', dutyPercent: 100 });
    assert.equal(l.evseReading().lowV, 12);
    l.drive({ kind: 'pwm', dutyPercent: 0 });
    assert.equal(l.evseReading().highV, -12);
  });
  it('every state classifies as itself', () => {
    const l = pwmLine();
    assert.equal(classifyCp(l.evseReading().highV, l.evseReading().lowV, true).state, 'A');
    l.plug();
    assert.equal(classifyCp(l.evseReading().highV, l.evseReading().lowV, true).state, 'B');
    l.setS2(true);
    assert.equal(classifyCp(l.evseReading().highV, l.evseReading().lowV, true).state, 'C');
    l.setVentilation(true);
    assert.equal(classifyCp(l.evseReading().highV, l.evseReading().lowV, true).state, 'D');
  });
});

describe('SimCpLine: faults', () => {
  it('short to PE: 0 V on both plateaus (E), and the car sees no PWM', () => {
    const l = pwmLine();
    l.plug();
    l.setFault('shortToPe');
    assert.deepEqual(l.evseReading(), { highV: 0, lowV: 0 });
    assert.equal(l.carPwm(), null);
    assert.equal(classifyCp(0, 0, true).state, 'E');
  });
  it('diode missing: R2 loads the negative plateau too (~-8.8 V) -> diode fault', () => {
    const l = pwmLine();
    l.plug();
    l.setFault('diodeMissing');
    const r = l.evseReading();
    near(r.lowV, -8.79, 0.05);
    near(r.highV, 8.79, 0.05);
    assert.equal(classifyCp(r.highV, r.lowV, true).reason, 'diodeFault');
  });
  it('diode missing has no effect without a car', () => {
    const l = pwmLine();
    l.setFault('diodeMissing');
    assert.deepEqual(l.evseReading(), { highV: 12, lowV: -12 });
  });
  it('cable break: the EVSE sees no car (A), the car sees 0 V and no PWM', () => {
    const l = pwmLine();
    l.plug();
    l.setS2(true);
    l.setFault('cableBreak');
    assert.deepEqual(l.evseReading(), { highV: 12, lowV: -12 });
    assert.deepEqual(l.carReading(), { highV: 0, lowV: 0 });
    assert.equal(l.carPwm(), null);
    l.setFault('cableBreak', false);
    near(l.evseReading().highV, 6);
    assert.equal(l.hasFault('cableBreak'), false);
  });
  it('noise: bounded by vpp/2, reproducible from the seed', () => {
    const a = pwmLine();
    a.setNoise(1, 42);
    const b = pwmLine();
    b.setNoise(1, 42);
    for (let i = 0; i < 200; i++) {
      const ra = a.evseReading();
      assert.deepEqual(ra, b.evseReading());
      assert.ok(Math.abs(ra.highV - 12) <= 0.5 && Math.abs(ra.lowV + 12) <= 0.5);
    }
  });
  it('the car reads the EVSE duty only when connected', () => {
    const l = pwmLine();
    assert.equal(l.carPwm(), null);
    l.plug();
    assert.deepEqual(l.carPwm(), { dutyPercent: 26.67, frequencyHz: 1000 });
    l.drive({ kind: 'high' });
    assert.equal(l.carPwm(), null);
  });
  it('reports changes to listeners', () => {
    const l = new SimCpLine();
    const seen: string[] = [];
    l.onChange((w) => seen.push(w));
    l.plug();
    l.setS2(true);
    l.setFault('shortToPe');
    l.clearFaults();
    l.unplug();
    assert.deepEqual(seen, ['plug', 's2', 'fault:shortToPe', 'faults', 'unplug']);
  });
});
