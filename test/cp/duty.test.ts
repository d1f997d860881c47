import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ampsToDuty, DUTY_HLC_PERCENT, dutyToAmps, dutyToMeaning } from '../../src/cp/duty.js';

describe('dutyToMeaning (EV side, IEC 61851-1 Table A.8 as quoted)', () => {
  const rows: Array<[number, string, number?]> = [
    [0, 'none'],
    [2.9, 'none'],
    [3, 'hlc'],
    [5, 'hlc'],
    [7, 'hlc'],
    [7.5, 'error'],
    [8, 'current', 6],
    [9.9, 'current', 6],
    [10, 'current', 6],
    [26.67, 'current', 16],
    [50, 'current', 30],
    [85, 'current', 51],
    [86, 'current', 55],
    [90, 'current', 65],
    [96, 'current', 80],
    [96.5, 'current', 80],
    [97, 'current', 80],
    [97.1, 'none'],
    [100, 'none'],
    [Number.NaN, 'none'],
  ];
  for (const [d, kind, amps] of rows) {
    it(`${d} % -> ${kind}${amps !== undefined ? ` ${amps} A` : ''}`, () => {
      const m = dutyToMeaning(d);
      assert.equal(m.kind, kind);
      if (amps !== undefined) {
        assert.equal(m.kind === 'current' ? m.amps : undefined, amps);
        assert.equal(dutyToAmps(d), amps);
      } else assert.equal(dutyToAmps(d), 0);
    });
  }
  it('5 % is the HLC duty', () => assert.equal(dutyToMeaning(DUTY_HLC_PERCENT).kind, 'hlc'));
});

describe('ampsToDuty (EVSE side, EVerest ampere_to_duty_cycle rules)', () => {
  const rows: Array<[number, number]> = [
    [6, 10],
    [10, 16.67],
    [16, 26.67],
    [32, 53.33],
    [51, 85],
    [51.5, 85], // the table's gap: clamped down to 51 A
    [52.5, 85],
    [63, 89.2],
    [80, 96],
    [100, 96], // clamped to 80 A
  ];
  for (const [a, d] of rows) it(`${a} A -> ${d} %`, () => assert.equal(ampsToDuty(a), d));

  it('below 6 A there is no nominal duty', () => {
    assert.throws(() => ampsToDuty(5.9), RangeError);
    assert.throws(() => ampsToDuty(0), RangeError);
    assert.throws(() => ampsToDuty(Number.NaN), RangeError);
  });

  it('round trip: the car reads back the offered current (within rounding) for 6..80 A', () => {
    for (let a = 6; a <= 80; a += 0.5) {
      if (a > 51 && a <= 52.5) continue; // the gap: 85 % reads back as 51 A
      const back = dutyToAmps(ampsToDuty(a));
      assert.ok(Math.abs(back - a) <= 0.05, `${a} A -> ${ampsToDuty(a)} % -> ${back} A`);
    }
  });
});
