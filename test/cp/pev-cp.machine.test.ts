import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PevCpEvent } from '../../src/cp/pev-cp.events.js';
import { pevRig } from './rig.js';

type Ev<T extends PevCpEvent['type']> = Extract<PevCpEvent, { type: T }>;

function plugged() {
  const r = pevRig();
  r.evse.pwm.constantHigh();
  r.line.plug();
  r.clock.advance(20);
  return r;
}

describe('PEV CP machine', () => {
  it('no pilot while unplugged; S2 open', () => {
    const r = pevRig();
    assert.deepEqual(r.value(), { operating: 'noPilot' });
    assert.equal(r.board.s2.get(), false);
    assert.deepEqual(r.types(), ['cpState']);
  });

  it('plugged into an EVSE at +12 V: evseDetected, B1 (connected.dc)', () => {
    const r = plugged();
    assert.ok(r.types().includes('evseDetected'));
    assert.deepEqual(r.value(), { operating: { connected: 'dc' } });
  });

  it('detects B with PWM and reads the duty', () => {
    const r = plugged();
    r.evse.pwm.setDuty(26.67);
    r.clock.advance(20);
    const e = r.events.find((x) => x.type === 'pevCp.pwmDetected') as Ev<'pevCp.pwmDetected'>;
    assert.equal(e.dutyPercent, 26.67);
    assert.deepEqual(e.meaning, { kind: 'current', amps: 16 });
    assert.equal(r.board.s2.get(), false, 'no S2 without a request');
  });

  it('requestPower closes S2 (state C) on a nominal duty; stopPower opens it', () => {
    const r = plugged();
    r.evse.pwm.setDuty(26.67);
    r.clock.advance(20);
    r.actor.send({ type: 'requestPower' });
    assert.equal(r.board.s2.get(), true);
    assert.equal(r.line.s2Closed, true);
    r.actor.send({ type: 'stopPower' });
    assert.equal(r.board.s2.get(), false);
    assert.deepEqual(r.types().slice(-2), ['s2Closed', 's2Opened']);
  });

  it('a request before the PWM is honoured when a usable PWM appears', () => {
    const r = plugged();
    r.actor.send({ type: 'requestPower' });
    r.clock.advance(20);
    assert.equal(r.board.s2.get(), false, 'no PWM yet (B1)');
    r.evse.pwm.setDuty(16.67);
    r.clock.advance(20);
    assert.equal(r.board.s2.get(), true);
  });

  it('5 % = HLC: pwmDetected with meaning hlc; S2 closes on request (the V2G session decides)', () => {
    const r = plugged();
    r.evse.pwm.setDuty(5);
    r.clock.advance(20);
    const e = r.events.find((x) => x.type === 'pevCp.pwmDetected') as Ev<'pevCp.pwmDetected'>;
    assert.deepEqual(e.meaning, { kind: 'hlc' });
    r.actor.send({ type: 'requestPower' });
    assert.equal(r.board.s2.get(), true);
  });

  it('an error duty (7.5 %) or a duty below 6 A never closes S2', () => {
    const r = plugged();
    r.actor.send({ type: 'requestPower' });
    r.evse.pwm.setDuty(7.5);
    r.clock.advance(20);
    assert.equal(r.board.s2.get(), false);
    r.evse.pwm.setDuty(2);
    r.clock.advance(20);
    assert.equal(r.board.s2.get(), false);
  });

  it('duty changes are reported; an unusable duty opens S2', () => {
    const r = plugged();
    r.evse.pwm.setDuty(26.67);
    r.clock.advance(20);
    r.actor.send({ type: 'requestPower' });
    r.evse.pwm.setDuty(53.33);
    r.clock.advance(20);
    const e = r.events.filter((x) => x.type === 'pevCp.dutyChanged') as Ev<'pevCp.dutyChanged'>[];
    assert.deepEqual(
      e.map((x) => x.meaning),
      [{ kind: 'current', amps: 32 }],
    );
    r.evse.pwm.setDuty(7.5);
    r.clock.advance(20);
    assert.equal(r.board.s2.get(), false);
  });

  it('PWM loss (X1) while charging: pwmLost, S2 opens within one debounce', () => {
    const r = plugged();
    r.evse.pwm.setDuty(26.67);
    r.clock.advance(20);
    r.actor.send({ type: 'requestPower' });
    const t = r.clock.now();
    r.evse.pwm.constantHigh();
    r.clock.advance(20);
    assert.equal(r.board.s2.get(), false);
    assert.ok((r.board.lastSet('s2', false, t) ?? Infinity) - t <= 20);
    assert.ok(r.types(t).includes('pwmLost'));
    r.evse.pwm.setDuty(26.67);
    r.clock.advance(20);
    assert.equal(r.board.s2.get(), true, 'the request stands: C again when the PWM returns');
  });

  it('F (EVSE not available / E-F step): evseUnavailable, S2 open, back to charging afterwards', () => {
    const r = plugged();
    r.evse.pwm.setDuty(26.67);
    r.clock.advance(20);
    r.actor.send({ type: 'requestPower' });
    r.evse.pwm.off();
    r.clock.advance(20);
    assert.equal(r.board.s2.get(), false);
    assert.deepEqual(r.value(), { operating: 'evseUnavailable' });
    assert.ok(r.types().includes('evseUnavailable'));
    r.evse.pwm.setDuty(26.67);
    r.clock.advance(30);
    assert.equal(r.board.s2.get(), true);
  });

  it('unplug / CP short / cable break: pilotLost, S2 open, the request is forgotten', () => {
    for (const fault of ['unplug', 'shortToPe', 'cableBreak'] as const) {
      const r = plugged();
      r.evse.pwm.setDuty(26.67);
      r.clock.advance(20);
      r.actor.send({ type: 'requestPower' });
      if (fault === 'unplug') r.line.unplug();
      else r.line.setFault(fault);
      r.clock.advance(20);
      assert.equal(r.board.s2.get(), false, fault);
      assert.ok(r.types().includes('pilotLost'), fault);
      if (fault === 'unplug') r.line.plug();
      else r.line.setFault(fault, false);
      r.clock.advance(30);
      assert.equal(r.board.s2.get(), false, `${fault}: a new plug-in needs a new request`);
    }
  });

  it('sampler failure: fault, S2 open, error; reset recovers', () => {
    const r = plugged();
    r.evse.pwm.setDuty(26.67);
    r.clock.advance(20);
    r.actor.send({ type: 'requestPower' });
    r.board.failSampler();
    r.clock.advance(20);
    assert.equal(r.board.s2.get(), false);
    assert.equal(r.value(), 'fault');
    assert.ok(r.types().includes('error'));
    r.board.failSampler(null);
    r.actor.send({ type: 'reset' });
    r.clock.advance(30);
    assert.ok(r.types().filter((x) => x === 'evseDetected').length >= 2);
  });

  it('stopping the actor opens S2', () => {
    const r = plugged();
    r.evse.pwm.setDuty(26.67);
    r.clock.advance(20);
    r.actor.send({ type: 'requestPower' });
    r.actor.stop();
    assert.equal(r.board.s2.get(), false);
  });
});
