import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type AnyEventObject, createActor, createMachine } from 'xstate';
import { ManualClock } from '../../src/core/clock.js';
import { evseSessionMachine } from '../../src/session/evse.machine.js';
import { carrierToSession, linkSessionActor, type WatchPortHealth } from '../../src/session/link-bridge.js';
import { fakeCarrier } from '../helpers/fake-carrier.js';
import { fakeChild } from '../helpers/fake-children.js';

/** A parent that invokes the link child and records what it sends up. */
function host(carrier: ReturnType<typeof fakeCarrier>, iface = 'eth0', portHealth?: WatchPortHealth) {
  const seen: string[] = [];
  const events: AnyEventObject[] = [];
  const readings: string[] = [];
  const parent = createMachine({
    invoke: {
      id: 'link',
      src: linkSessionActor({
        watch: carrier.watch,
        iface,
        onReading: (s, first) => readings.push(`${first ? 'first ' : ''}${s.up ? 'up' : 'down'}`),
        ...(portHealth ? { portHealth } : {}),
      }),
    },
    on: {
      '*': {
        actions: ({ event }: { event: AnyEventObject }) => {
          seen.push(event.type);
          events.push(event);
        },
      },
    },
  });
  const actor = createActor(parent);
  actor.start();
  return { actor, seen, readings, events };
}

/** A fake port-health source: the test breaks and heals the port. */
function fakeHealth() {
  const watchers = new Set<(r: string | undefined) => void>();
  const watch: WatchPortHealth = (onChange) => {
    watchers.add(onChange);
    return () => {
      watchers.delete(onChange);
    };
  };
  return {
    watch,
    set: (r: string | undefined) => {
      for (const w of [...watchers]) w(r);
    },
    get watching() {
      return watchers.size;
    },
  };
}

describe('link bridge (carrier watcher -> session events)', () => {
  it('maps readings: a first reading that is up is silent, everything else is an event', () => {
    const s = { iface: 'eth0', carrier: '1', operstate: 'up' };
    assert.equal(carrierToSession({ ...s, up: true }, true), undefined);
    assert.deepEqual(carrierToSession({ ...s, up: true }, false), { type: 'link.up', iface: 'eth0' });
    assert.deepEqual(carrierToSession({ ...s, up: false }, true), { type: 'link.down', iface: 'eth0' });
    assert.deepEqual(carrierToSession({ ...s, up: false }, false), { type: 'link.down', iface: 'eth0' });
  });

  it('an unreadable carrier is the interface itself down or removed, with its own reason', () => {
    assert.deepEqual(carrierToSession({ iface: 'eth1', up: false, carrier: undefined, operstate: 'down' }, false), {
      type: 'link.down',
      iface: 'eth1',
      reason: 'PLC interface eth1 down or removed (administratively down, operstate down)',
    });
    assert.deepEqual(carrierToSession({ iface: 'usb0', up: false, carrier: undefined, operstate: undefined }, true), {
      type: 'link.down',
      iface: 'usb0',
      reason: 'PLC interface usb0 down or removed (no such interface now)',
    });
  });

  it('a broken raw port is link.down with its reason; link.up only once port and carrier are both fine', () => {
    const c = fakeCarrier();
    const health = fakeHealth();
    const h = host(c, 'eth0', health.watch);
    health.set('PLC interface eth0 down or removed (operstate down): raw capture stopped');
    assert.deepEqual(h.events, [
      {
        type: 'link.down',
        iface: 'eth0',
        reason: 'PLC interface eth0 down or removed (operstate down): raw capture stopped',
      },
    ]);
    // the carrier watcher sees the same outage: no second link.down
    c.set('eth0', false);
    // carrier back, port still broken: still down
    c.set('eth0', true);
    assert.deepEqual(h.seen, ['link.down']);
    health.set(undefined);
    assert.deepEqual(h.seen, ['link.down', 'link.up']);
    // carrier first, then the port: one link.down (the carrier's), one link.up at the end
    c.set('eth0', false);
    health.set('capture died');
    health.set(undefined);
    c.set('eth0', true);
    assert.deepEqual(h.seen, ['link.down', 'link.up', 'link.down', 'link.up']);
    assert.deepEqual(h.events[2], { type: 'link.down', iface: 'eth0' });
    h.actor.stop();
    assert.equal(health.watching, 0);
    assert.equal(c.watching, 0);
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

  it('a broken raw port during the session fails it with the port reason; a plug-in while broken fails at once', () => {
    const c = fakeCarrier();
    const health = fakeHealth();
    const [cp, slac, comm, v2g] = [fakeChild(), fakeChild(), fakeChild(), fakeChild()];
    const clock = new ManualClock();
    const actor = createActor(
      evseSessionMachine.provide({
        actors: {
          cp: cp.logic,
          slac: slac.logic,
          comm: comm.logic,
          v2g: v2g.logic,
          link: linkSessionActor({ watch: c.watch, iface: 'eth0', portHealth: health.watch }),
        },
      }),
      { clock, input: { retryBackoffMs: 100 } },
    );
    actor.start();
    cp.child.emit({ type: 'cp.pluggedIn' });
    slac.child.emit({ type: 'slac.matched', peerMac: 'aa:bb:cc:dd:ee:ff' });
    comm.child.emit({ type: 'comm.connected', connection: 1, peer: 'p' });
    v2g.child.emit({ type: 'v2g.progress', state: 'CurrentDemand' });
    v2g.child.emit({ type: 'v2g.powerOn' });
    cp.child.received.length = 0;
    const why =
      'PLC interface eth0 down or removed (operstate down): raw capture stopped (capture process killed by SIGABRT)';
    health.set(why);
    assert.equal(actor.getSnapshot().value, 'failed');
    assert.equal(cp.child.received[0], 'power.deny');
    assert.deepEqual(actor.getSnapshot().context.outcome, { ok: false, reason: why, during: 'CurrentDemand' });
    // the retry after the back-off finds the link still broken: fails at once with the same reason
    clock.advance(100);
    assert.equal(actor.getSnapshot().value, 'failed');
    assert.equal(actor.getSnapshot().context.outcome?.reason, why);
    assert.equal(actor.getSnapshot().context.outcome?.during, 'matching');
    health.set(undefined);
    clock.advance(100);
    assert.equal(actor.getSnapshot().value, 'matching', 'link back: the next attempt runs SLAC');
    actor.stop();
  });
});
