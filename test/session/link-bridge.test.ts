import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type AnyEventObject, createActor, createMachine } from 'xstate';
import { ManualClock } from '../../src/core/clock.js';
import { evseSessionMachine } from '../../src/session/evse.machine.js';
import { carrierToSession, linkSessionActor } from '../../src/session/link-bridge.js';
import { fakeCarrier } from '../helpers/fake-carrier.js';
import { fakeChild } from '../helpers/fake-children.js';

/** A parent that invokes the link child and records what it sends up. */
function host(carrier: ReturnType<typeof fakeCarrier>, iface = 'eth0') {
  const seen: string[] = [];
  const readings: string[] = [];
  const parent = createMachine({
    invoke: {
      id: 'link',
      src: linkSessionActor({
        watch: carrier.watch,
        iface,
        onReading: (s, first) => readings.push(`${first ? 'first ' : ''}${s.up ? 'up' : 'down'}`),
      }),
    },
    on: { '*': { actions: ({ event }: { event: AnyEventObject }) => seen.push(event.type) } },
  });
  const actor = createActor(parent);
  actor.start();
  return { actor, seen, readings };
}

describe('link bridge (carrier watcher -> session events)', () => {
  it('maps readings: a first reading that is up is silent, everything else is an event', () => {
    const s = { iface: 'eth0', carrier: '1', operstate: 'up' };
    assert.equal(carrierToSession({ ...s, up: true }, true), undefined);
    assert.deepEqual(carrierToSession({ ...s, up: true }, false), { type: 'link.up', iface: 'eth0' });
    assert.deepEqual(carrierToSession({ ...s, up: false }, true), { type: 'link.down', iface: 'eth0' });
    assert.deepEqual(carrierToSession({ ...s, up: false }, false), { type: 'link.down', iface: 'eth0' });
  });

  it('sends link.down / link.up on changes and stops the watcher with the child', () => {
    const c = fakeCarrier();
    const h = host(c);
    assert.equal(c.watching, 1);
    assert.deepEqual(h.seen, []);
    c.set('eth0', false);
    c.set('eth1', false);
    c.set('eth0', true);
    assert.deepEqual(h.seen, ['link.down', 'link.up']);
    assert.deepEqual(h.readings, ['first up', 'down', 'up']);
    h.actor.stop();
    assert.equal(c.watching, 0);
  });

  it('a carrier already down when the child starts is reported at once', () => {
    const h = host(fakeCarrier({ eth0: false }));
    assert.deepEqual(h.seen, ['link.down']);
    h.actor.stop();
  });
});

describe('link bridge as the EVSE session statechart link child', () => {
  it('carrier loss during the session ends it on the failure path; the fake watcher stops with the session', () => {
    const c = fakeCarrier();
    const [cp, slac, comm, v2g] = [fakeChild(), fakeChild(), fakeChild(), fakeChild()];
    const actor = createActor(
      evseSessionMachine.provide({
        actors: {
          cp: cp.logic,
          slac: slac.logic,
          comm: comm.logic,
          v2g: v2g.logic,
          link: linkSessionActor({ watch: c.watch, iface: 'eth0' }),
        },
      }),
      { clock: new ManualClock(), input: {} },
    );
    actor.start();
    c.set('eth0', false);
    c.set('eth0', true);
    assert.equal(actor.getSnapshot().value, 'idle', 'idle: only remembered');
    cp.child.emit({ type: 'cp.pluggedIn' });
    slac.child.emit({ type: 'slac.matched', peerMac: 'aa:bb:cc:dd:ee:ff' });
    comm.child.emit({ type: 'comm.connected', connection: 1, peer: 'p' });
    v2g.child.emit({ type: 'v2g.powerOn' });
    cp.child.received.length = 0;
    c.set('eth0', false);
    assert.equal(actor.getSnapshot().value, 'failed');
    assert.equal(cp.child.received[0], 'power.deny');
    assert.match(actor.getSnapshot().context.outcome?.reason ?? '', /^PLC link down on eth0/);
    actor.stop();
    assert.equal(c.watching, 0);
  });
});
