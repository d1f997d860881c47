/** EVSE and EV SLAC machines against each other on the simulated powerline (spec timing, simulated clock). */

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createActor, createMachine } from 'xstate';
import { dropFirst, dropRandom, duplicateAll } from '../../src/link/sim-hub.js';
import { createEvseSlacMachine } from '../../src/slac/evse.machine.js';
import { createPevSlacMachine } from '../../src/slac/pev.machine.js';
import { bench, runUntil, startEvse, startPev } from '../slac/harness.js';

describe('SLAC EVSE vs EV on the sim hub', () => {
  it('matches with spec timing, both sides agree on NMK/NID, modem keys set, link up', () => {
    const b = bench();
    const e = startEvse(b.clock, { port: b.evse.port });
    b.clock.advance(50);
    const p = startPev(b.clock, { port: b.pev.port });
    runUntil(b.clock, () => e.reports.length > 0 && p.reports.length > 0, 20_000);
    const em = e.reports[0];
    const pm = p.reports[0];
    assert.equal(em?.type, 'slac.matched');
    assert.equal(pm?.type, 'slac.matched');
    if (em?.type !== 'slac.matched' || pm?.type !== 'slac.matched') return;
    assert.deepEqual(em.nmk, pm.nmk);
    assert.deepEqual(em.nid, pm.nid);
    assert.equal(em.peerMac, '02:00:00:00:0a:01');
    assert.equal(pm.peerMac, '02:00:00:00:0e:01');
    assert.deepEqual(em.runId, pm.runId);
    assert.deepEqual(b.evse.modem?.nmk, em.nmk);
    assert.deepEqual(b.pev.modem?.nmk, em.nmk);
    // 3 START_ATTEN_CHAR + 10 sounds at 20 ms: ~260 ms from PARM.REQ to MATCH.CNF
    assert.ok(pm.durationMs > 240 && pm.durationMs < 400, `duration ${pm.durationMs}`);
    const names = b.names().filter((n) => n.includes('CM_'));
    assert.deepEqual(
      names.filter((n) => /PARM|START|MNBC|ATTEN_CHAR|MATCH/.test(n)),
      [
        'pev:CM_SLAC_PARM.REQ',
        'evse:CM_SLAC_PARM.CNF',
        ...Array(3).fill('pev:CM_START_ATTEN_CHAR.IND'),
        ...Array(10).fill('pev:CM_MNBC_SOUND.IND'),
        'evse:CM_ATTEN_CHAR.IND',
        'pev:CM_ATTEN_CHAR.RSP',
        'pev:CM_SLAC_MATCH.REQ',
        'evse:CM_SLAC_MATCH.CNF',
      ],
    );
    assert.equal(names.filter((n) => n === 'evse.modem:CM_ATTEN_PROFILE.IND').length, 10);
    assert.ok(b.hub.linkUp(b.evse, b.pev));
  });

  it('matches with AR7420-like modems (no usable ATTEN_PROFILE) using the fixed attenuation', () => {
    const b = bench({}, { modem: { profile: 'ar7420' } }, { modem: { profile: 'ar7420' } });
    const e = startEvse(b.clock, { port: b.evse.port });
    const p = startPev(b.clock, { port: b.pev.port });
    runUntil(b.clock, () => p.reports.length > 0, 20_000);
    assert.equal(p.reports[0]?.type, 'slac.matched');
    assert.equal(e.reports[0]?.type, 'slac.matched');
    const ind = b.log.find((r) => r.frame.readUInt16LE(15) === 0x606e);
    assert.ok(ind);
    assert.equal(ind.frame[71], 9, 'pyPLC-style fixed 9 dB');
  });

  it('matches without modems (veth-like raw link)', () => {
    const b = bench({}, { modem: false }, { modem: false });
    const e = startEvse(b.clock, { port: b.evse.port, options: { modem: 'none', attenuation: 'fixed' } });
    const p = startPev(b.clock, { port: b.pev.port, options: { modem: 'none' } });
    runUntil(b.clock, () => p.reports.length > 0 && e.reports.length > 0, 20_000);
    assert.equal(p.reports[0]?.type, 'slac.matched');
    assert.equal(e.reports[0]?.type, 'slac.matched');
  });

  it('survives lost frames: PARM.CNF, ATTEN_CHAR.IND, MATCH.CNF and SET_KEY handled by retries', () => {
    const b = bench();
    b.hub.addFault(dropFirst('CM_SLAC_PARM.CNF'));
    b.hub.addFault(dropFirst('CM_ATTEN_CHAR.IND'));
    b.hub.addFault(dropFirst('CM_SLAC_MATCH.CNF'));
    const e = startEvse(b.clock, { port: b.evse.port });
    const p = startPev(b.clock, { port: b.pev.port });
    runUntil(b.clock, () => p.reports.length > 0 && e.reports.length > 0, 20_000);
    assert.equal(p.reports[0]?.type, 'slac.matched');
    assert.equal(e.reports[0]?.type, 'slac.matched');
    const names = b.names();
    assert.equal(names.filter((n) => n === 'pev:CM_SLAC_PARM.REQ').length, 2);
    assert.equal(names.filter((n) => n === 'evse:CM_ATTEN_CHAR.IND').length, 2);
    assert.equal(names.filter((n) => n === 'evse:CM_SLAC_MATCH.CNF').length, 2, 'repeated MATCH.REQ answered again');
  });

  it('survives duplicated frames (every SLAC MME twice)', () => {
    const b = bench();
    for (const n of [
      'CM_SLAC_PARM.REQ',
      'CM_SLAC_PARM.CNF',
      'CM_START_ATTEN_CHAR.IND',
      'CM_MNBC_SOUND.IND',
      'CM_ATTEN_CHAR.IND',
      'CM_ATTEN_CHAR.RSP',
      'CM_SLAC_MATCH.REQ',
      'CM_SLAC_MATCH.CNF',
    ]) {
      b.hub.addFault(duplicateAll(n));
    }
    const e = startEvse(b.clock, { port: b.evse.port });
    const p = startPev(b.clock, { port: b.pev.port });
    runUntil(b.clock, () => p.reports.length > 0 && e.reports.length > 0, 20_000);
    assert.equal(p.reports[0]?.type, 'slac.matched');
    assert.equal(e.reports[0]?.type, 'slac.matched');
    assert.equal(e.reports.length, 1);
  });

  it('matches through 20 % random loss within the attempts the spec allows (several seeds)', () => {
    let matched = 0;
    for (let seed = 1; seed <= 8; seed++) {
      const b = bench();
      b.hub.addFault(dropRandom(0.2, seed));
      const e = startEvse(b.clock, { port: b.evse.port });
      const p = startPev(b.clock, { port: b.pev.port });
      runUntil(b.clock, () => p.reports.length > 0, 60_000, 2);
      if (p.reports[0]?.type === 'slac.matched') matched++;
      e.actor.stop();
      p.actor.stop();
    }
    assert.ok(matched >= 6, `matched ${matched}/8`);
  });

  it('can be stopped and started again without a process restart (new key each start)', () => {
    const b = bench();
    const e1 = startEvse(b.clock, { port: b.evse.port });
    const p1 = startPev(b.clock, { port: b.pev.port });
    runUntil(b.clock, () => p1.reports.length > 0, 20_000);
    e1.actor.stop();
    p1.actor.stop();
    const e2 = startEvse(b.clock, { port: b.evse.port, random: (n) => Buffer.alloc(n, 0x42) });
    const p2 = startPev(b.clock, { port: b.pev.port });
    runUntil(b.clock, () => p2.reports.length > 0 && e2.reports.length > 0, 20_000);
    const r1 = e1.reports[0];
    const r2 = e2.reports[0];
    assert.equal(r2?.type, 'slac.matched');
    if (r1?.type !== 'slac.matched' || r2?.type !== 'slac.matched') return;
    assert.notDeepEqual(r1.nmk, r2.nmk);
    assert.deepEqual(r2.nmk, Buffer.alloc(16, 0x42));
  });

  it('runs as invoked children of a parent statechart (no input at invoke), which gets slac.matched', () => {
    const b = bench();
    const got: { type: string; peerMac?: string }[] = [];
    const parent = createMachine({
      invoke: [
        { id: 'evseSlac', src: createEvseSlacMachine({ port: b.evse.port, clock: b.clock }) },
        { id: 'pevSlac', src: createPevSlacMachine({ port: b.pev.port, clock: b.clock }) },
      ],
      on: {
        'slac.matched': { actions: ({ event }) => got.push(event as { type: string; peerMac: string }) },
        'slac.failed': { actions: ({ event }) => got.push(event) },
      },
    });
    const actor = createActor(parent, { clock: b.clock }).start();
    runUntil(b.clock, () => got.length >= 2, 20_000);
    actor.stop();
    assert.deepEqual(got.map((e) => [e.type, e.peerMac]).sort(), [
      ['slac.matched', '02:00:00:00:0a:01'],
      ['slac.matched', '02:00:00:00:0e:01'],
    ]);
  });
});
