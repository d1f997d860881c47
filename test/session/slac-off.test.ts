/**
 * slac.mode off in the top session statecharts (simulated clock): the EVSE goes from plug-in + 5 % straight to waiting
 * for SDP + TCP, the PEV starts SDP as soon as it sees 5 %; the SLAC child is never started; retries and the carrier
 * rule keep working.
 */

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createActor } from 'xstate';
import { ManualClock } from '../../src/core/clock.js';
import { evseSessionMachine } from '../../src/session/evse.machine.js';
import { pevSessionMachine } from '../../src/session/pev.machine.js';
import { V2G_SECC_COMMUNICATION_SETUP_PERFORMANCE_TIME_MS } from '../../src/session/timing.js';
import { fakeChild } from '../helpers/fake-children.js';

function children() {
  return { cp: fakeChild(), slac: fakeChild(), comm: fakeChild(), v2g: fakeChild(), link: fakeChild() };
}

function startEvse(slac: 'on' | 'off') {
  const clock = new ManualClock();
  const c = children();
  const machine = evseSessionMachine.provide({
    actors: { cp: c.cp.logic, slac: c.slac.logic, comm: c.comm.logic, v2g: c.v2g.logic, link: c.link.logic },
  });
  const actor = createActor(machine, { clock, input: { retryBackoffMs: 1000, slac } });
  actor.start();
  return { clock, actor, c, state: () => JSON.stringify(actor.getSnapshot().value) };
}

function startPev(slac: 'on' | 'off') {
  const clock = new ManualClock();
  const c = children();
  const machine = pevSessionMachine.provide({
    actors: { cp: c.cp.logic, slac: c.slac.logic, comm: c.comm.logic, v2g: c.v2g.logic, link: c.link.logic },
  });
  const actor = createActor(machine, { clock, input: { slac } });
  actor.start();
  return { clock, actor, c, state: () => JSON.stringify(actor.getSnapshot().value) };
}

describe('session statecharts with SLAC off', () => {
  it('EVSE: plug-in turns 5 % on and waits for the car at once; SLAC never starts', () => {
    const s = startEvse('off');
    s.c.cp.child.emit({ type: 'cp.pluggedIn' });
    assert.equal(s.state(), '"waitingForConnection"');
    assert.deepEqual(s.c.cp.child.received.slice(-2), ['hlc.enable', 'slac.started']);
    assert.equal(s.c.slac.child.starts, 0);
    assert.equal(s.c.comm.child.running, true);
    assert.equal(s.actor.getSnapshot().context.sessions, 1);
    s.c.comm.child.emit({ type: 'comm.connected', connection: { id: 1 }, peer: 'car' });
    assert.equal(s.state(), '"session"');
    s.c.v2g.child.emit({ type: 'v2g.finished' });
    assert.equal(s.state(), '"finished"');
    assert.equal(s.c.slac.child.starts, 0);
  });

  it('EVSE: no car within V2G_SECC_CommunicationSetup fails; the retry goes back to waiting, not to SLAC', () => {
    const s = startEvse('off');
    s.c.cp.child.emit({ type: 'cp.pluggedIn' });
    s.clock.advance(V2G_SECC_COMMUNICATION_SETUP_PERFORMANCE_TIME_MS);
    assert.equal(s.state(), '"failed"');
    assert.match(s.actor.getSnapshot().context.outcome?.reason ?? '', /no TCP connection/);
    s.clock.advance(1000);
    assert.equal(s.state(), '"waitingForConnection"');
    assert.equal(s.actor.getSnapshot().context.sessions, 2);
    assert.equal(s.c.slac.child.starts, 0);
  });

  it('EVSE: plugged in while the carrier is down fails at once with the reason', () => {
    const s = startEvse('off');
    s.c.link.child.emit({ type: 'link.down', iface: 'eth0' });
    s.c.cp.child.emit({ type: 'cp.pluggedIn' });
    assert.equal(s.state(), '"failed"');
    assert.equal(s.actor.getSnapshot().context.outcome?.during, 'waitingForConnection');
  });

  it('EVSE with SLAC on (the default) still matches first', () => {
    const s = startEvse('on');
    s.c.cp.child.emit({ type: 'cp.pluggedIn' });
    assert.equal(s.state(), '"matching"');
    assert.equal(s.c.slac.child.running, true);
  });

  it('PEV: 5 % starts SDP at once; SLAC never starts', () => {
    const s = startPev('off');
    s.c.cp.child.emit({ type: 'cp.pluggedIn' });
    s.c.cp.child.emit({ type: 'cp.hlcOffered' });
    assert.equal(s.state(), '{"communicationSetup":"discovering"}');
    assert.equal(s.c.comm.child.running, true);
    assert.equal(s.c.slac.child.starts, 0);
    s.c.comm.child.emit({ type: 'comm.connected', connection: 'c', peer: 'fe80::2%eth0' });
    assert.equal(s.state(), '"session"');
  });

  it('PEV with SLAC on (the default) still matches first', () => {
    const s = startPev('on');
    s.c.cp.child.emit({ type: 'cp.pluggedIn' });
    s.c.cp.child.emit({ type: 'cp.hlcOffered' });
    assert.equal(s.state(), '{"communicationSetup":"matching"}');
  });
});
