import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pv, pvNum } from '../../src/v2g/index.js';

describe('PhysicalValue helpers', () => {
  it('keeps integers at multiplier 0 and one decimal at -1 (348.4 V as in the OpenV2Gx PreCharge example)', () => {
    assert.deepEqual(pv(400, 'V'), { Multiplier: 0, Unit: 'V', Value: 400 });
    assert.deepEqual(pv(348.4, 'V'), { Multiplier: -1, Unit: 'V', Value: 3484 });
  });

  it('scales large values into xs:short', () => {
    assert.deepEqual(pv(50_000, 'W', 0), { Multiplier: 1, Unit: 'W', Value: 5000 });
    assert.deepEqual(pv(28_000, 'Wh', 0), { Multiplier: 0, Unit: 'Wh', Value: 28000 });
    const big = pv(350_000, 'W', 0);
    assert.ok(Math.abs(big.Value) <= 32767);
    assert.equal(pvNum(big), 350_000);
  });

  it('saturates beyond the range and maps non-finite input to 0', () => {
    assert.deepEqual(pv(1e12, 'W'), { Multiplier: 3, Unit: 'W', Value: 32767 });
    assert.equal(pv(Number.NaN, 'A').Value, 0);
  });

  it('pvNum reads Value x 10^Multiplier and tolerates garbage', () => {
    assert.equal(pvNum({ Multiplier: -1, Unit: 'V', Value: 3484 }), 348.4);
    assert.equal(pvNum({ Multiplier: 3, Value: 98 }), 98_000);
    assert.equal(pvNum(undefined), undefined);
    assert.equal(pvNum({ Value: 'x' }), undefined);
  });
});
