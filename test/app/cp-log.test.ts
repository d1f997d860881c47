/** The roles' CP log: state changes with volts and duty at info, readings at debug (on change, 1 s heartbeat). */

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CpLog, READING_HEARTBEAT_MS } from '../../src/app/cp-log.js';
import { ManualClock } from '../../src/core/clock.js';
import { memoryLogger } from '../../src/core/log.js';
import type { CpReading, EvseCpPorts, PevCpPorts, PwmMeasurement } from '../../src/hal/ports.js';

const DEBUG = 20;
const INFO = 30;

function evsePorts(reading: { r: CpReading }): EvseCpPorts {
  let closed = false;
  return {
    pwm: { setDuty: () => {}, off: () => {}, constantHigh: () => {} } as unknown as EvseCpPorts['pwm'],
    sampler: { read: () => reading.r },
    contactor: { set: (on) => (closed = on), get: () => closed },
  };
}

describe('CpLog', () => {
  it('EVSE: generator changes and CP states at info with the volts of the last reading and the duty', () => {
    const clock = new ManualClock();
    const { log, lines } = memoryLogger('debug');
    const cp = new CpLog(log, clock);
    const line = { r: { highV: 12, lowV: 12 } };
    const ports = cp.evsePorts(evsePorts(line));
    cp.onEvent({ type: 'evseCp.pilot', at: 0, output: { kind: 'high' } });
    ports.sampler.read();
    cp.onEvent({ type: 'evseCp.cpState', at: 0, state: 'A', sampleAt: 0 });
    line.r = { highV: 8.96, lowV: 8.96 };
    ports.sampler.read();
    cp.onEvent({ type: 'evseCp.cpState', at: 0, state: 'B', sampleAt: 0 });
    cp.onEvent({ type: 'evseCp.pilot', at: 0, output: { kind: 'pwm', dutyPercent: 5 } });
    line.r = { highV: 8.96, lowV: -11.94 };
    ports.sampler.read();
    line.r = { highV: 1.2, lowV: -11.9 };
    ports.sampler.read();
    cp.onEvent({ type: 'evseCp.cpState', at: 0, state: 'E', reason: 'shortToPe', sampleAt: 0 });
    const info = lines.filter((l) => l.level === INFO).map((l) => l.msg);
    assert.deepEqual(info, [
      'CP generator: constant +12 V',
      'CP state A at +12.0 V / +12.0 V, no PWM',
      'CP state B at +9.0 V / +9.0 V, no PWM',
      'CP generator: PWM 5 %',
      'CP state E at +1.2 V / -11.9 V, PWM 5 % (shortToPe)',
    ]);
    const b = lines.find((l) => l.state === 'B');
    assert.deepEqual([b?.highV, b?.lowV, b?.dutyPercent], [9, 9, null]);
    assert.equal(lines.filter((l) => l.level === DEBUG && l.msg === 'CP reading').length, 4);
  });

  it('readings at debug only when they move or once a second, and not built when debug is off', () => {
    const clock = new ManualClock();
    const { log, lines } = memoryLogger('debug');
    const cp = new CpLog(log, clock);
    const line = { r: { highV: 9, lowV: -12 } };
    const ports = cp.evsePorts(evsePorts(line));
    for (let i = 0; i < 400; i++) {
      line.r = { highV: 9 + (i % 2) * 0.1, lowV: -12 };
      ports.sampler.read();
      clock.advance(5);
    }
    const n = lines.filter((l) => l.msg === 'CP reading').length;
    // readings at 0..1995 ms, each within 0.1 V of the last: logged at 0 and at the 1 s heartbeat only
    assert.equal(n, Math.ceil((400 * 5) / READING_HEARTBEAT_MS), `${n} reading lines for 2 s`);
    const quiet = memoryLogger('info');
    const cpq = new CpLog(quiet.log, clock);
    const pq = cpq.evsePorts(evsePorts(line));
    for (let i = 0; i < 10; i++) pq.sampler.read();
    assert.equal(quiet.lines.length, 0);
  });

  it('PEV: the measured duty goes with the state; PWM changes at info with their meaning', () => {
    const clock = new ManualClock();
    const { log, lines } = memoryLogger('info');
    const cp = new CpLog(log, clock);
    let duty: PwmMeasurement | null = { dutyPercent: 5.04, frequencyHz: 1000 };
    const ports = cp.pevPorts({
      sampler: { read: () => ({ highV: 9, lowV: -12 }) },
      pwmMeter: { read: () => duty },
      s2: { set: () => {}, get: () => false },
    } as PevCpPorts);
    ports.pwmMeter.read();
    ports.sampler.read();
    cp.onEvent({ type: 'pevCp.pwmDetected', at: 0, dutyPercent: 5.04, meaning: { kind: 'hlc' } });
    cp.onEvent({ type: 'pevCp.cpState', at: 0, state: 'B', pwm: true, sampleAt: 0 });
    duty = null;
    ports.pwmMeter.read();
    cp.onEvent({ type: 'pevCp.pwmLost', at: 0 });
    assert.deepEqual(
      lines.map((l) => l.msg),
      ['CP PWM 5 % (hlc)', 'CP state B at +9.0 V / -12.0 V, PWM 5 %', 'CP PWM gone (constant level)'],
    );
  });
});
