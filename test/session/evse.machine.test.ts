import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { createActor } from 'xstate';
import { ManualClock } from '../../src/core/clock.js';
import { evseSessionMachine } from '../../src/session/evse.machine.js';
import { V2G_SECC_COMMUNICATION_SETUP_PERFORMANCE_TIME_MS } from '../../src/session/timing.js';
import { type FakeChild, fakeChild } from '../helpers/fake-children.js';

function start() {
  const clock = new ManualClock();
  const cp = fakeChild();
  const slac = fakeChild();
  const comm = fakeChild();
  const v2g = fakeChild();
  const machine = evseSessionMachine.provide({
    actors: { cp: cp.logic, slac: slac.logic, comm: comm.logic, v2g: v2g.logic },
  });
  const actor = createActor(machine, { clock, input: { retryBackoffMs: 1000 } });
  actor.start();
  const state = () => JSON.stringify(actor.getSnapshot().value);
  return { clock, actor, cp: cp.child, slac: slac.child, comm: comm.child, v2g: v2g.child, state };
}

type S = ReturnType<typeof start>;

function toSession(s: S): void {
  s.cp.emit({ type: 'cp.pluggedIn' });
  s.slac.emit({ type: 'slac.matched', peerMac: '04:65:65:00:64:c3' });
  s.comm.emit({ type: 'comm.connected', connection: { id: 1 }, peer: 'fe80::1%eth0' });
}

const last = (c: FakeChild) => c.received[c.received.length - 1];

describe('EVSE session statechart', () => {
  let s: S;
  beforeEach(() => {
    s = start();
  });

  it('starts idle with power denied and PWM at its default', () => {
    assert.equal(s.state(), '"idle"');
    assert.deepEqual(s.cp.received, ['power.deny', 'hlc.disable']);
    assert.equal(s.slac.running, false);
  });

  it('gates SLAC -> comm -> V2G on plug-in, passing the connection to the SECC', () => {
    s.cp.emit({ type: 'cp.pluggedIn' });
    assert.equal(s.state(), '"matching"');
    assert.equal(last(s.cp), 'hlc.enable');
    assert.equal(s.slac.running, true);
    s.slac.emit({ type: 'slac.matched', peerMac: '04:65:65:00:64:c3' });
    assert.equal(s.slac.running, false, 'SLAC child stopped after match');
    assert.equal(last(s.cp), 'slac.started', 'the CP machine cancels its TT_EVSE_SLAC_init retry');
    assert.equal(s.comm.running, true);
    s.comm.emit({ type: 'comm.connected', connection: { id: 1 }, peer: 'fe80::1%eth0' });
    assert.equal(s.state(), '"session"');
    assert.equal(s.comm.running, false);
    assert.deepEqual(s.v2g.input, { connection: { id: 1 } });
    assert.equal(s.actor.getSnapshot().context.peerMac, '04:65:65:00:64:c3');
  });

  it('passes power on/off from the SECC to the CP machine and ends normally', () => {
    toSession(s);
    s.v2g.emit({ type: 'v2g.powerOn' });
    assert.equal(last(s.cp), 'power.allow');
    s.v2g.emit({ type: 'v2g.powerOff' });
    assert.equal(last(s.cp), 'power.deny');
    s.v2g.emit({ type: 'v2g.progress', state: 'waitForSessionStopReq' });
    s.v2g.emit({ type: 'v2g.finished' });
    assert.equal(s.state(), '"finished"');
    assert.equal(s.v2g.running, false);
    assert.deepEqual(s.actor.getSnapshot().context.outcome, {
      ok: true,
      reason: 'session stopped normally',
      during: 'waitForSessionStopReq',
    });
  });

  for (const where of ['matching', 'waitingForConnection', 'session', 'finished', 'failed']) {
    it(`unplug in ${where}: power denied, every child stopped, back to idle, next plug-in works`, () => {
      s.cp.emit({ type: 'cp.pluggedIn' });
      if (where !== 'matching') s.slac.emit({ type: 'slac.matched', peerMac: 'aa:bb:cc:dd:ee:ff' });
      if (where === 'failed') s.comm.emit({ type: 'comm.failed', reason: 'x' });
      if (where === 'session' || where === 'finished')
        s.comm.emit({ type: 'comm.connected', connection: 1, peer: 'p' });
      if (where === 'session') s.v2g.emit({ type: 'v2g.powerOn' });
      if (where === 'finished') s.v2g.emit({ type: 'v2g.finished' });
      assert.equal(s.state(), `"${where}"`);
      s.cp.received.length = 0;
      s.cp.emit({ type: 'cp.unplugged' });
      assert.equal(s.state(), '"idle"');
      assert.equal(s.cp.received[0], 'power.deny', 'safe state first');
      assert.ok(!s.slac.running && !s.comm.running && !s.v2g.running);
      s.cp.emit({ type: 'cp.pluggedIn' });
      assert.equal(s.state(), '"matching"');
      assert.equal(s.actor.getSnapshot().context.sessions, 2);
    });
  }

  it('a CP fault in the session denies power, stops the SECC, waits for the fault to clear', () => {
    toSession(s);
    s.v2g.emit({ type: 'v2g.powerOn' });
    s.cp.emit({ type: 'cp.fault', reason: 'state E (CP short to PE)' });
    assert.equal(s.state(), '"faulted"');
    assert.equal(s.cp.received.includes('power.deny'), true);
    assert.equal(s.v2g.running, false);
    assert.match(s.actor.getSnapshot().context.outcome?.reason ?? '', /state E/);
    s.cp.emit({ type: 'cp.faultCleared' });
    assert.equal(s.state(), '"idle"');
  });

  it('times out waiting for the car connection after V2G_SECC_CommunicationSetup, then retries after the back-off', () => {
    s.cp.emit({ type: 'cp.pluggedIn' });
    s.slac.emit({ type: 'slac.matched', peerMac: 'aa:bb:cc:dd:ee:ff' });
    s.clock.advance(V2G_SECC_COMMUNICATION_SETUP_PERFORMANCE_TIME_MS - 1);
    assert.equal(s.state(), '"waitingForConnection"');
    s.clock.advance(1);
    assert.equal(s.state(), '"failed"');
    assert.equal(s.comm.running, false);
    assert.equal(last(s.cp), 'hlc.disable');
    s.clock.advance(1000);
    assert.equal(s.state(), '"matching"');
    assert.equal(s.slac.starts, 2);
  });

  it('SLAC and V2G failures end in failed with the reason', () => {
    s.cp.emit({ type: 'cp.pluggedIn' });
    s.slac.emit({ type: 'slac.failed', reason: 'no CM_SLAC_PARM.REQ within TT_EVSE_SLAC_init' });
    assert.equal(s.state(), '"failed"');
    assert.match(s.actor.getSnapshot().context.outcome?.reason ?? '', /TT_EVSE_SLAC_init/);
    s.clock.advance(1000);
    s.slac.emit({ type: 'slac.matched', peerMac: 'aa:bb:cc:dd:ee:ff' });
    s.comm.emit({ type: 'comm.connected', connection: 1, peer: 'p' });
    s.v2g.emit({ type: 'v2g.progress', state: 'CurrentDemand' });
    s.v2g.emit({ type: 'v2g.powerOn' });
    s.cp.received.length = 0;
    s.v2g.emit({ type: 'v2g.failed', reason: 'timeout waiting for CurrentDemandReq' });
    assert.equal(s.state(), '"failed"');
    assert.equal(s.cp.received[0], 'power.deny');
    assert.deepEqual(s.actor.getSnapshot().context.outcome, {
      ok: false,
      reason: 'V2G: timeout waiting for CurrentDemandReq',
      during: 'CurrentDemand',
    });
  });

  it('an operator stop is safe and final until unplug', () => {
    toSession(s);
    s.actor.send({ type: 'session.stop', reason: 'SIGTERM' });
    assert.equal(s.state(), '"stopped"');
    assert.equal(s.v2g.running, false);
    s.clock.advance(60_000);
    assert.equal(s.state(), '"stopped"');
  });
});
