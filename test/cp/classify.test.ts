import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  type CpClass,
  type CpDebounce,
  classifyCp,
  DEFAULT_CP_THRESHOLDS,
  debounceCp,
  INITIAL_DEBOUNCE,
} from '../../src/cp/classify.js';

describe('classifyCp: thresholds table', () => {
  // [highV, lowV, pwmExpected, expected state, expected reason]
  const rows: Array<[number, number, boolean, string, string | undefined]> = [
    [12, 12, false, 'A', undefined],
    [12, -12, true, 'A', undefined], // A2: PWM with no car
    [9, 9, false, 'B', undefined], // B1
    [9, -12, true, 'B', undefined], // B2
    [6, 6, false, 'C', undefined],
    [6, -12, true, 'C', undefined],
    [3, 3, false, 'D', undefined],
    [3, -12, true, 'D', undefined],
    [0, 0, false, 'E', 'shortToPe'],
    [0, 0, true, 'E', 'shortToPe'],
    [-12, -12, false, 'F', 'generatorLow'],
    [9, -8.8, true, 'invalid', 'diodeFault'], // R2 loads the negative plateau
    [6, -6.5, true, 'invalid', 'diodeFault'],
    [9, 9, true, 'invalid', 'noNegativePlateau'],
    [9, -14, true, 'invalid', 'outOfRange'],
    [14, 14, false, 'invalid', 'outOfRange'], // overvoltage
    [-6, -6, false, 'invalid', 'outOfRange'],
    [Number.NaN, 0, false, 'invalid', 'outOfRange'],
  ];
  for (const [h, l, pwm, state, reason] of rows) {
    it(`${h} V / ${l} V (pwm ${pwm}) -> ${state}${reason ? ` (${reason})` : ''}`, () => {
      const c = classifyCp(h, l, pwm);
      assert.equal(c.state, state);
      assert.equal(c.reason, reason);
    });
  }

  it('accepts the whole band of each state (IEC tolerances fit inside)', () => {
    for (const b of DEFAULT_CP_THRESHOLDS.bands) {
      if (b.state === 'E' || b.state === 'F') continue;
      for (const v of [b.minV, (b.minV + b.maxV) / 2, b.maxV]) assert.equal(classifyCp(v, -12, true).state, b.state);
    }
    // IEC 61851-1 generator tolerance 12 V +- 0.6 V stays in A
    assert.equal(classifyCp(11.4, 11.4, false).state, 'A');
    assert.equal(classifyCp(12.6, 12.6, false).state, 'A');
  });
});

describe('classifyCp: hysteresis in the gaps between bands', () => {
  it('keeps the previous state inside a gap next to it', () => {
    assert.equal(classifyCp(10.5, -12, true, 'A').state, 'A');
    assert.equal(classifyCp(10.5, -12, true, 'B').state, 'B');
    assert.equal(classifyCp(7.5, -12, true, 'C').state, 'C');
    assert.equal(classifyCp(7.5, -12, true, 'B').state, 'B');
    assert.equal(classifyCp(1.5, 1.5, false, 'E').state, 'E');
    assert.equal(classifyCp(1.5, 1.5, false, 'D').state, 'D');
  });

  it('goes to the nearer band when the previous state is not a neighbour', () => {
    assert.equal(classifyCp(10.3, -12, true, 'D').state, 'B');
    assert.equal(classifyCp(10.7, -12, true, undefined).state, 'A');
    assert.equal(classifyCp(7.3, -12, true, 'A').state, 'C');
  });

  it('a state is left only past its band edge: 9 V -> 10.6 V stays B, 10.8 V is A', () => {
    let prev: CpClass['state'] = 'B';
    prev = classifyCp(10.6, -12, true, prev).state;
    assert.equal(prev, 'B');
    prev = classifyCp(10.8, -12, true, prev).state;
    assert.equal(prev, 'A');
    assert.equal(classifyCp(10.3, -12, true, prev).state, 'A', 'and back down only below 10.25 V');
  });
});

const A2 = (): CpClass => ({ state: 'A' });

describe('debounceCp', () => {
  const B: CpClass = { state: 'B' };
  const C: CpClass = { state: 'C' };
  const feed = (d: CpDebounce, c: CpClass) => debounceCp(d, c, 3);

  it('accepts a change after 3 equal samples', () => {
    let d = INITIAL_DEBOUNCE;
    let r = feed(d, B);
    assert.equal(r.changed, false);
    d = r.next;
    r = feed(d, B);
    assert.equal(r.changed, false);
    d = r.next;
    r = feed(d, B);
    assert.equal(r.changed, true);
    assert.deepEqual(r.next.stable, B);
  });

  it('a single glitch does not change the state and restarts the count', () => {
    let d: CpDebounce = { stable: B, candidate: undefined, count: 0, differ: 0 };
    for (const c of [C, C, B, C, C]) {
      const r = feed(d, c);
      assert.equal(r.changed, false);
      d = r.next;
    }
    const r = feed(d, C);
    assert.equal(r.changed, true);
  });

  it('treats the reason as part of the class (diode fault vs other invalid)', () => {
    let d: CpDebounce = {
      stable: { state: 'invalid', reason: 'outOfRange' },
      candidate: undefined,
      count: 0,
      differ: 0,
    };
    for (let i = 0; i < 2; i++) d = feed(d, { state: 'invalid', reason: 'diodeFault' }).next;
    assert.equal(feed(d, { state: 'invalid', reason: 'diodeFault' }).changed, true);
  });

  it('readings that never settle become invalid (unstable) after 3 x samples disagreeing samples', () => {
    let d: CpDebounce = { stable: C, candidate: undefined, count: 0, differ: 0 };
    const noisy: CpClass[] = [B, { state: 'invalid', reason: 'outOfRange' }, B, B, { state: 'A' }, B, B, A2(), B];
    let changedAt = -1;
    noisy.forEach((c, i) => {
      const r = feed(d, c);
      if (r.changed && changedAt < 0) changedAt = i;
      d = r.next;
    });
    assert.equal(changedAt, 8, 'the ninth disagreeing sample');
    assert.deepEqual(d.stable, { state: 'invalid', reason: 'unstable' });
  });

  it('samples <= 1 means no debounce', () => {
    assert.equal(debounceCp(INITIAL_DEBOUNCE, B, 1).changed, true);
    assert.equal(debounceCp(INITIAL_DEBOUNCE, B, 0).changed, true);
  });
});
