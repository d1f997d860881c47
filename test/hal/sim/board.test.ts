import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ManualClock } from '../../../src/core/clock.js';
import { HardwareError } from '../../../src/core/errors.js';
import { evseSafeState, pevSafeState } from '../../../src/hal/ports.js';
import { createSimCpRig } from '../../../src/hal/sim/board.js';
import { SimCpLine } from '../../../src/hal/sim/cp-line.js';

describe('sim boards', () => {
  it('the EVSE board drives the line and records every call with the clock time', () => {
    const clock = new ManualClock(1000);
    const { line, evse } = createSimCpRig(clock, new SimCpLine());
    evse.pwm.constantHigh();
    assert.deepEqual(line.generator, { kind: 'high' });
    clock.advance(5);
    evse.pwm.setDuty(5);
    assert.deepEqual(line.generator, { kind: 'pwm', dutyPercent: 5 });
    evse.pwm.setDuty(100);
    assert.deepEqual(line.generator, { kind: 'high' });
    evse.pwm.setDuty(0);
    assert.deepEqual(line.generator, { kind: 'low' });
    evse.contactor.set(true);
    evse.contactor.set(true); // no change, not recorded
    clock.advance(10);
    evse.pwm.off();
    evse.contactor.set(false);
    assert.deepEqual(
      evse.calls.map((c) => [c.t, c.port, c.call, c.value]),
      [
        [1000, 'pwm', 'constantHigh', undefined],
        [1005, 'pwm', 'setDuty', 5],
        [1005, 'pwm', 'setDuty', 100],
        [1005, 'pwm', 'setDuty', 0],
        [1005, 'contactor', 'set', true],
        [1015, 'pwm', 'off', undefined],
        [1015, 'contactor', 'set', false],
      ],
    );
    assert.equal(evse.lastSet('contactor', false), 1015);
    assert.equal(evse.lastSet('contactor', true), 1005);
    assert.equal(evse.lastSet('contactor', true, 1010), undefined);
  });

  it('the PEV board switches S2 on the line and reads the EVSE duty', () => {
    const clock = new ManualClock();
    const { line, evse, pev } = createSimCpRig(clock, new SimCpLine());
    line.plug();
    evse.pwm.setDuty(53.33);
    assert.deepEqual(pev.pwmMeter.read(), { dutyPercent: 53.33, frequencyHz: 1000 });
    pev.s2.set(true);
    assert.equal(line.s2Closed, true);
    assert.ok(Math.abs((pev.sampler.read() as { highV: number }).highV - 6) < 0.2);
    pevSafeState(pev);
    assert.equal(line.s2Closed, false);
  });

  it('failSampler makes reads throw a HardwareError until healed', () => {
    const clock = new ManualClock();
    const { evse } = createSimCpRig(clock, new SimCpLine());
    evse.failSampler();
    assert.throws(() => evse.sampler.read(), HardwareError);
    evse.failSampler(null);
    assert.doesNotThrow(() => evse.sampler.read());
  });

  it('evseSafeState opens the contactor before switching the generator to -12 V', () => {
    const clock = new ManualClock();
    const { line, evse } = createSimCpRig(clock, new SimCpLine());
    evse.pwm.setDuty(26.67);
    evse.contactor.set(true);
    evseSafeState(evse);
    assert.deepEqual(
      evse.calls.slice(-2).map((c) => `${c.port}.${c.call}`),
      ['contactor.set', 'pwm.off'],
    );
    assert.deepEqual(line.generator, { kind: 'low' });
  });
});
