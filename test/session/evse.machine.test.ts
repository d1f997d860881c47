import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { createActor } from 'xstate';
import { ManualClock } from '../../src/core/clock.js';
import { linkDownReason } from '../../src/session/events.js';
import { evseSessionMachine } from '../../src/session/evse.machine.js';
import { V2G_SECC_COMMUNICATION_SETUP_PERFORMANCE_TIME_MS } from '../../src/session/timing.js';
import { type FakeChild, fakeChild } from '../helpers/fake-children.js';

function start() {
  const clock = new ManualClock();
  const cp = fakeChild();
  const slac = fakeChild();
  const comm = fakeChild();
  const v2g = fakeChild();
  const link = fakeChild();
  const machine = evseSessionMachine.provide({
    actors: { cp: cp.logic, slac: slac.logic, comm: comm.logic, v2g: v2g.logic, link: link.logic },
  });
  const actor = createActor(machine, { clock, input: { retryBackoffMs: 1000 } });
  actor.start();
  const state = () => JSON.stringify(actor.getSnapshot().value);
  return { clock, actor, cp: cp.child, slac: slac.child, comm: comm.child, v2g: v2g.child, link: link.child, state };
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
  /** Drive the session to `where` (the same states the unplug test covers, plus the idle and end states). */
  function reach(where: string): void {
    if (where === 'idle') return;
    s.cp.emit({ type: 'cp.pluggedIn' });
    if (where === 'faulted') {
      s.cp.emit({ type: 'cp.fault', reason: 'state E' });
      return;
    }
    if (where === 'matching') return;
    s.slac.emit({ type: 'slac.matched', peerMac: 'aa:bb:cc:dd:ee:ff' });
    if (where === 'failed') s.comm.emit({ type: 'comm.failed', reason: 'x' });
    if (where === 'waitingForConnection' || where === 'failed') return;
    s.comm.emit({ type: 'comm.connected', connection: 1, peer: 'p' });
    s.v2g.emit({ type: 'v2g.progress', state: 'CurrentDemand' });
    s.v2g.emit({ type: 'v2g.powerOn' });
    if (where === 'finished') s.v2g.emit({ type: 'v2g.finished' });
    if (where === 'stopped') s.actor.send({ type: 'session.stop', reason: 'SIGTERM' });
  }

  for (const [where, during] of [
    ['matching', 'matching'],
    ['waitingForConnection', 'waitingForConnection'],
    ['session', 'CurrentDemand'],
  ] as const) {
    it(`link.down in ${where}: power denied first, every child stopped, failed with the carrier reason, retry after the carrier is back`, () => {
      reach(where);
      assert.equal(s.state(), `"${where}"`);
      s.cp.received.length = 0;
      s.link.emit({ type: 'link.down', iface: 'eth0' });
      assert.equal(s.state(), '"failed"', 'no clock advance needed: at once');
      assert.equal(s.cp.received[0], 'power.deny', 'safe state first');
      assert.ok(!s.slac.running && !s.comm.running && !s.v2g.running, 'children stopped');
      assert.deepEqual(s.actor.getSnapshot().context.outcome, {
        ok: false,
        reason: 'PLC link down on eth0 (modem lost power or cable unplugged)',
        during,
      });
      // carrier back before the back-off ends: the retry starts SLAC as after any other failure
      s.link.emit({ type: 'link.up', iface: 'eth0' });
      s.clock.advance(1000);
      assert.equal(s.state(), '"matching"');
      assert.equal(s.slac.running, true);
      s.slac.emit({ type: 'slac.matched', peerMac: 'aa:bb:cc:dd:ee:ff' });
      s.comm.emit({ type: 'comm.connected', connection: 2, peer: 'p' });
      assert.equal(s.state(), '"session"');
    });
  }

  for (const where of ['idle', 'finished', 'failed', 'faulted', 'stopped']) {
    it(`link.down in ${where} is only remembered: no transition, nothing sent to the CP machine`, () => {
      reach(where);
      assert.equal(s.state(), `"${where}"`);
      const outcome = s.actor.getSnapshot().context.outcome;
      const sent = s.cp.received.length;
      s.link.emit({ type: 'link.down', iface: 'eth0' });
      assert.equal(s.state(), `"${where}"`);
      assert.equal(s.cp.received.length, sent);
      assert.deepEqual(s.actor.getSnapshot().context.outcome, outcome, 'the earlier outcome stays');
      assert.equal(s.actor.getSnapshot().context.linkDown, 'eth0');
    });
  }

  it('plug-in (or a retry) while the carrier is down fails at once with the reason; after link.up the next plug-in works', () => {
    s.link.emit({ type: 'link.down', iface: 'eth0' });
    s.cp.emit({ type: 'cp.pluggedIn' });
    assert.equal(s.state(), '"failed"');
    assert.equal(s.slac.running, false);
    assert.equal(last(s.cp), 'hlc.disable');
    assert.deepEqual(s.actor.getSnapshot().context.outcome, {
      ok: false,
      reason: linkDownReason('eth0'),
      during: 'matching',
    });
    s.clock.advance(1000);
    assert.equal(s.state(), '"failed"', 'the retry after the back-off fails again while the carrier is down');
    assert.equal(s.actor.getSnapshot().context.sessions, 2);
    s.link.emit({ type: 'link.up', iface: 'eth0' });
    s.cp.emit({ type: 'cp.unplugged' });
    s.cp.emit({ type: 'cp.pluggedIn' });
    assert.equal(s.state(), '"matching"');
    assert.equal(s.slac.running, true);
  });

  it('without a link child (the sim) the machine runs as before', () => {
    const clock = new ManualClock();
    const children = [fakeChild(), fakeChild(), fakeChild(), fakeChild()] as const;
    const [cp, slac, comm, v2g] = children;
    const actor = createActor(
      evseSessionMachine.provide({ actors: { cp: cp.logic, slac: slac.logic, comm: comm.logic, v2g: v2g.logic } }),
      { clock, input: {} },
    );
    actor.start();
    cp.child.emit({ type: 'cp.pluggedIn' });
    slac.child.emit({ type: 'slac.matched', peerMac: 'aa:bb:cc:dd:ee:ff' });
    comm.child.emit({ type: 'comm.connected', connection: 1, peer: 'p' });
    assert.equal(actor.getSnapshot().value, 'session');
    actor.stop();
  });
});
