import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createActor, fromCallback } from 'xstate';
import { ManualClock } from '../../src/core/clock.js';
import { SimEvseBoard, SimPevBoard } from '../../src/hal/sim/board.js';
import { SimCpLine } from '../../src/hal/sim/cp-line.js';
import {
  evseCpEventToSession,
  evseCpSessionActor,
  pevCpEventToSession,
  pevCpSessionActor,
  sessionCommandToEvseCp,
  sessionCommandToPevCp,
} from '../../src/session/cp-bridge.js';
import { evseSessionMachine } from '../../src/session/evse.machine.js';
import { pevSessionMachine } from '../../src/session/pev.machine.js';

const idle = fromCallback(() => () => {});

describe('CP <-> session bridge: translation tables', () => {
  it('EVSE events', () => {
    assert.deepEqual(evseCpEventToSession({ type: 'evseCp.carPluggedIn', at: 0 }), [{ type: 'cp.pluggedIn' }]);
    assert.deepEqual(evseCpEventToSession({ type: 'evseCp.carRequestedPower', at: 0, ventilation: false }), [
      { type: 'cp.stateC' },
    ]);
    assert.deepEqual(evseCpEventToSession({ type: 'evseCp.carRequestedStopPower', at: 0 }), [{ type: 'cp.stateB' }]);
    assert.deepEqual(evseCpEventToSession({ type: 'evseCp.carUnplugged', at: 0 }), [{ type: 'cp.unplugged' }]);
    assert.deepEqual(evseCpEventToSession({ type: 'evseCp.error', at: 0, code: 'diodeFault', message: 'm' }), [
      { type: 'cp.fault', reason: 'diodeFault: m' },
    ]);
    assert.deepEqual(evseCpEventToSession({ type: 'evseCp.error', at: 0, code: 'badCommand', message: 'm' }), []);
    assert.deepEqual(evseCpEventToSession({ type: 'evseCp.errorCleared', at: 0 }), [{ type: 'cp.faultCleared' }]);
    assert.deepEqual(evseCpEventToSession({ type: 'evseCp.powerOn', at: 0 }), []);
  });
  it('PEV events', () => {
    assert.deepEqual(
      pevCpEventToSession({ type: 'pevCp.pwmDetected', at: 0, dutyPercent: 5, meaning: { kind: 'hlc' } }),
      [{ type: 'cp.hlcOffered' }],
    );
    assert.deepEqual(
      pevCpEventToSession({
        type: 'pevCp.dutyChanged',
        at: 0,
        dutyPercent: 26.67,
        meaning: { kind: 'current', amps: 16 },
      }),
      [{ type: 'cp.pwmChanged', dutyPercent: 26.67 }],
    );
    assert.deepEqual(pevCpEventToSession({ type: 'pevCp.pwmLost', at: 0 }), [
      { type: 'cp.pwmChanged', dutyPercent: 0 },
    ]);
    assert.deepEqual(pevCpEventToSession({ type: 'pevCp.evseUnavailable', at: 0 }), [{ type: 'cp.unplugged' }]);
  });
  it('commands', () => {
    assert.deepEqual(sessionCommandToEvseCp({ type: 'hlc.enable' }), { type: 'startHlc' });
    assert.deepEqual(sessionCommandToEvseCp({ type: 'hlc.disable' }), { type: 'pwmOff' });
    assert.deepEqual(sessionCommandToEvseCp({ type: 'power.allow' }), { type: 'allowPower' });
    assert.deepEqual(sessionCommandToEvseCp({ type: 'power.deny' }), { type: 'stopPower' });
    assert.equal(sessionCommandToEvseCp({ type: 's2.close' }), undefined);
    assert.deepEqual(sessionCommandToPevCp({ type: 's2.close' }), { type: 'requestPower' });
    assert.deepEqual(sessionCommandToPevCp({ type: 's2.open' }), { type: 'stopPower' });
    assert.equal(sessionCommandToPevCp({ type: 'hlc.enable' }), undefined);
    assert.equal(sessionCommandToEvseCp({ type: 'toString' }), undefined, 'unknown events are ignored');
  });
});

describe("CP machines as the session statecharts' cp children, on one simulated line", () => {
  it('plug-in: the EVSE session offers 5 %, the PEV session sees HLC offered; unplug ends both', () => {
    const clock = new ManualClock();
    const line = new SimCpLine();
    const evseBoard = new SimEvseBoard(line, clock);
    const pevBoard = new SimPevBoard(line, clock);
    const evse = createActor(
      evseSessionMachine.provide({
        actors: { cp: evseCpSessionActor({ ports: evseBoard, clock }), slac: idle, comm: idle, v2g: idle },
      }),
      { clock, input: {} },
    );
    const pev = createActor(
      pevSessionMachine.provide({
        actors: { cp: pevCpSessionActor({ ports: pevBoard, clock }), slac: idle, comm: idle, v2g: idle },
      }),
      { clock, input: {} },
    );
    evse.start();
    pev.start();
    clock.advance(50);
    assert.equal(evse.getSnapshot().value, 'idle');
    line.plug();
    clock.advance(50);
    assert.equal(evse.getSnapshot().value, 'matching');
    assert.deepEqual(line.generator, { kind: 'pwm', dutyPercent: 5 }, 'hlc.enable reached the CP machine');
    assert.notEqual(pev.getSnapshot().value, 'idle', 'the PEV session saw the pilot and the 5 %');
    line.unplug();
    clock.advance(50);
    assert.equal(evse.getSnapshot().value, 'idle');
    assert.deepEqual(line.generator, { kind: 'high' });
    evse.stop();
    pev.stop();
    assert.deepEqual(line.generator, { kind: 'low' }, 'stopping the session leaves the CP safe (F)');
  });
});
