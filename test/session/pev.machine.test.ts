import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { createActor } from 'xstate';
import { ManualClock } from '../../src/core/clock.js';
import { linkDownReason } from '../../src/session/events.js';
import { pevSessionMachine } from '../../src/session/pev.machine.js';
import { PEV_WAIT_FOR_HLC_PWM_MS, V2G_EVCC_COMMUNICATION_SETUP_TIMEOUT_MS } from '../../src/session/timing.js';
import { type FakeChild, fakeChild } from '../helpers/fake-children.js';

function start() {
  const clock = new ManualClock();
  const cp = fakeChild();
  const slac = fakeChild();
  const comm = fakeChild();
  const v2g = fakeChild();
  const link = fakeChild();
  const machine = pevSessionMachine.provide({
    actors: { cp: cp.logic, slac: slac.logic, comm: comm.logic, v2g: v2g.logic, link: link.logic },
  });
  const actor = createActor(machine, { clock, input: {} });
  actor.start();
  const state = () => JSON.stringify(actor.getSnapshot().value);
  return { clock, actor, cp: cp.child, slac: slac.child, comm: comm.child, v2g: v2g.child, link: link.child, state };
}
type S = ReturnType<typeof start>;
const last = (c: FakeChild) => c.received[c.received.length - 1];

describe('PEV session statechart', () => {
  let s: S;
  beforeEach(() => {
    s = start();
  });

  it('waits for 5 % PWM, then SLAC, SDP/TCP, EVCC; S2 follows the EVCC', () => {
    assert.equal(last(s.cp), 's2.open');
    s.cp.emit({ type: 'cp.pluggedIn' });
    assert.equal(s.state(), '"waitingForHlc"');
    assert.equal(s.slac.running, false);
    s.cp.emit({ type: 'cp.hlcOffered' });
    assert.equal(s.state(), '{"communicationSetup":"matching"}');
    s.slac.emit({ type: 'slac.matched', peerMac: '62:57:25:18:44:be' });
    assert.equal(s.comm.running, true);
    s.comm.emit({ type: 'comm.connected', connection: 'c', peer: 'fe80::2%eth0' });
    assert.equal(s.state(), '"session"');
    s.v2g.emit({ type: 'v2g.requestStateC' });
    assert.equal(last(s.cp), 's2.close');
    s.v2g.emit({ type: 'v2g.requestStateB' });
    assert.equal(last(s.cp), 's2.open');
    s.v2g.emit({ type: 'v2g.finished' });
    assert.equal(s.state(), '"finished"');
    assert.equal(s.actor.getSnapshot().context.outcome?.ok, true);
  });

  it('gives up when the EVSE never offers 5 % PWM', () => {
    s.cp.emit({ type: 'cp.pluggedIn' });
    s.clock.advance(PEV_WAIT_FOR_HLC_PWM_MS);
    assert.equal(s.state(), '"failed"');
    assert.match(s.actor.getSnapshot().context.outcome?.reason ?? '', /5 % PWM/);
  });

  it('V2G_EVCC_CommunicationSetup_Timeout covers SLAC and SDP together', () => {
    s.cp.emit({ type: 'cp.pluggedIn' });
    s.cp.emit({ type: 'cp.hlcOffered' });
    s.clock.advance(V2G_EVCC_COMMUNICATION_SETUP_TIMEOUT_MS / 2);
    s.slac.emit({ type: 'slac.matched', peerMac: 'x' });
    s.clock.advance(V2G_EVCC_COMMUNICATION_SETUP_TIMEOUT_MS / 2);
    assert.equal(s.state(), '"failed"');
    assert.equal(s.comm.running, false);
  });

  it('opens S2 and stops everything on a CP fault or unplug during charging', () => {
    s.cp.emit({ type: 'cp.pluggedIn' });
    s.cp.emit({ type: 'cp.hlcOffered' });
    s.slac.emit({ type: 'slac.matched', peerMac: 'x' });
    s.comm.emit({ type: 'comm.connected', connection: 'c', peer: 'p' });
    s.v2g.emit({ type: 'v2g.requestStateC' });
    s.cp.emit({ type: 'cp.fault', reason: 'PWM lost' });
    assert.equal(s.state(), '"failed"');
    assert.equal(last(s.cp), 's2.open');
    assert.equal(s.v2g.running, false);
    s.cp.emit({ type: 'cp.unplugged' });
    assert.equal(s.state(), '"idle"');
    s.cp.emit({ type: 'cp.pluggedIn' });
    s.cp.emit({ type: 'cp.hlcOffered' });
    assert.equal(s.slac.starts, 2);
  });
  function reach(where: string): void {
    if (where === 'idle') return;
    s.cp.emit({ type: 'cp.pluggedIn' });
    if (where === 'waitingForHlc') return;
    s.cp.emit({ type: 'cp.hlcOffered' });
    if (where === 'failed') s.slac.emit({ type: 'slac.failed', reason: 'x' });
    if (where === 'matching' || where === 'failed') return;
    s.slac.emit({ type: 'slac.matched', peerMac: 'x' });
    if (where === 'discovering') return;
    s.comm.emit({ type: 'comm.connected', connection: 'c', peer: 'p' });
    s.v2g.emit({ type: 'v2g.progress', state: 'CurrentDemand' });
    s.v2g.emit({ type: 'v2g.requestStateC' });
    if (where === 'finished') s.v2g.emit({ type: 'v2g.finished' });
  }

  for (const [where, value, during] of [
    ['matching', '{"communicationSetup":"matching"}', 'communicationSetup'],
    ['discovering', '{"communicationSetup":"discovering"}', 'communicationSetup'],
    ['session', '"session"', 'CurrentDemand'],
  ] as const) {
    it(`link.down in ${where}: S2 opened first, every child stopped, failed with the carrier reason; the next plug-in works`, () => {
      reach(where);
      assert.equal(s.state(), value);
      s.cp.received.length = 0;
      s.link.emit({ type: 'link.down', iface: 'eth1' });
      assert.equal(s.state(), '"failed"', 'at once, no clock advance');
      assert.equal(s.cp.received[0], 's2.open', 'safe state first');
      assert.ok(!s.slac.running && !s.comm.running && !s.v2g.running, 'children stopped');
      assert.deepEqual(s.actor.getSnapshot().context.outcome, {
        ok: false,
        reason: 'PLC link down on eth1 (modem lost power or cable unplugged)',
        during,
      });
      s.link.emit({ type: 'link.up', iface: 'eth1' });
      s.cp.emit({ type: 'cp.unplugged' });
      s.cp.emit({ type: 'cp.pluggedIn' });
      s.cp.emit({ type: 'cp.hlcOffered' });
      assert.equal(s.state(), '{"communicationSetup":"matching"}');
      assert.equal(s.slac.running, true);
    });
  }

  for (const where of ['idle', 'waitingForHlc', 'finished', 'failed']) {
    it(`link.down in ${where} is only remembered: no transition, nothing sent to the CP machine`, () => {
      reach(where);
      const before = s.state();
      const outcome = s.actor.getSnapshot().context.outcome;
      const sent = s.cp.received.length;
      s.link.emit({ type: 'link.down', iface: 'eth1' });
      assert.equal(s.state(), before);
      assert.equal(s.cp.received.length, sent);
      assert.deepEqual(s.actor.getSnapshot().context.outcome, outcome);
      assert.equal(s.actor.getSnapshot().context.linkDown, 'eth1');
    });
  }

  it('the EVSE offers HLC while the carrier is down: fails at once with the reason, S2 stays open', () => {
    s.cp.emit({ type: 'cp.pluggedIn' });
    s.link.emit({ type: 'link.down', iface: 'eth1' });
    s.cp.emit({ type: 'cp.hlcOffered' });
    assert.equal(s.state(), '"failed"');
    assert.equal(s.slac.running, false);
    assert.equal(last(s.cp), 's2.open');
    assert.deepEqual(s.actor.getSnapshot().context.outcome, {
      ok: false,
      reason: linkDownReason('eth1'),
      during: 'communicationSetup',
    });
  });

  it('a carrier that came back before the 5 % PWM does not spoil the session', () => {
    s.cp.emit({ type: 'cp.pluggedIn' });
    s.link.emit({ type: 'link.down', iface: 'eth1' });
    s.link.emit({ type: 'link.up', iface: 'eth1' });
    s.cp.emit({ type: 'cp.hlcOffered' });
    assert.equal(s.state(), '{"communicationSetup":"matching"}');
  });
});
