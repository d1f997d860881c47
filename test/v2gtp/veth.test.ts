/**
 * SDP + V2GTP over a real veth pair between two network namespaces (root; runs in CI): the PEV finds the SECC by
 * link-local multicast SDP, connects over TCP to the announced link-local address/port and does V2GTP round trips.
 * Also: a second client does not disturb the first; listening while DAD runs waits for the address.
 */

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { createNetnsPair, linkLocalOf, NETNS_SKIP, type NetnsPair, runInNetns } from '../helpers/netns.js';
import type { EvseResult, PevResult } from './veth-peers.js';

const PEERS = new URL('./veth-peers.js', import.meta.url);

function nsList(): string[] {
  return execFileSync('ip', ['netns', 'list'], { encoding: 'utf8' })
    .split('\n')
    .map((l) => l.split(' ')[0] as string)
    .filter(Boolean);
}

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] as number;
}

describe('SDP + V2GTP over veth between two namespaces', { skip: NETNS_SKIP }, () => {
  let pair: NetnsPair | undefined;

  before(() => {
    pair = createNetnsPair({ tag: 'tp' });
  });

  after(() => {
    pair?.destroy();
  });

  it('the helper made two namespaces with link-local addresses ready at once (accept_dad=0)', () => {
    const p = pair as NetnsPair;
    const names = nsList();
    assert.ok(names.includes(p.a.ns) && names.includes(p.b.ns), names.join(' '));
    assert.match(linkLocalOf(p.a) ?? '', /^fe80:/);
    assert.match(linkLocalOf(p.b) ?? '', /^fe80:/);
  });

  it('PEV finds the SECC by multicast SDP, connects to the announced endpoint, round trips; a second client is refused', async () => {
    const p = pair as NetnsPair;
    const evse = runInNetns<EvseResult>(p.a.ns, PEERS, 'evse', { iface: p.a.iface, waitDad: true });
    try {
      const ready = await evse.next((e) => e.type === 'ready');
      assert.equal(ready.address, linkLocalOf(p.a));
      assert.ok((ready.port as number) >= 49152);
      const rounds = 10;
      const pev = runInNetns<PevResult>(p.b.ns, PEERS, 'pev', { iface: p.b.iface, rounds, secondClient: true });
      const r = await pev.result;
      assert.equal(r.rounds.length, rounds);
      for (const round of r.rounds) {
        assert.equal(round.seccAddress, `${ready.address}%${p.b.iface}`);
        assert.equal(round.seccPort, ready.port);
        assert.equal(round.sdpRequests, 1, 'answered at the first request');
      }
      assert.deepEqual(r.second && { ...r.second, closedBy: 'x' }, { closedBy: 'x', firstStillWorks: true });
      await evse.stop();
      const e = await evse.result;
      assert.equal(e.connections, rounds, 'the intruder never reached the session');
      assert.equal(e.rejected, 1);
      assert.equal(e.sdpRequests, rounds);
      const ms = (k: 'sdpMs' | 'connectMs' | 'roundTripMs' | 'totalMs') => r.rounds.map((x) => x[k]);
      const line = (k: 'sdpMs' | 'connectMs' | 'roundTripMs' | 'totalMs') =>
        `${k} p50 ${pct(ms(k), 50).toFixed(2)} max ${Math.max(...ms(k)).toFixed(2)}`;
      // numbers for the report (no timing assertions)
      console.log(
        `# veth SDP/TCP over ${rounds} rounds: ${['sdpMs', 'connectMs', 'roundTripMs', 'totalMs'].map((k) => line(k as 'sdpMs')).join('; ')}`,
      );
    } finally {
      await evse.stop();
    }
  });

  it('startSeccComm / connectEvccComm + EXI port: a supportedAppProtocol exchange as the session layer will do it', async () => {
    const p = pair as NetnsPair;
    const evse = runInNetns<{ requests: number }>(p.a.ns, PEERS, 'evseComm', { iface: p.a.iface });
    try {
      const ready = await evse.next((e) => e.type === 'ready');
      assert.equal(ready.address, linkLocalOf(p.a));
      const r = await runInNetns<{ doc: unknown }>(p.b.ns, PEERS, 'pevComm', { iface: p.b.iface }).result;
      assert.deepEqual(r.doc, { supportedAppProtocolRes: { ResponseCode: 'OK_SuccessfulNegotiation', SchemaID: 1 } });
      await evse.stop();
      assert.deepEqual(await evse.result, { requests: 1 });
    } finally {
      await evse.stop();
    }
  });

  it('with DAD on, the SECC listens as soon as the address is no longer tentative (EADDRNOTAVAIL retried)', async () => {
    const dadPair = createNetnsPair({ tag: 'tpd', dad: true });
    try {
      const evse = runInNetns<EvseResult>(dadPair.a.ns, PEERS, 'evse', { iface: dadPair.a.iface, waitDad: false });
      try {
        const ready = await evse.next((e) => e.type === 'ready');
        assert.match(String(ready.address), /^fe80:/);
        console.log(
          `# DAD: address state at start ${ready.stateAtStart}, listen succeeded after ${Number(ready.listenMs).toFixed(0)} ms`,
        );
        const pev = runInNetns<PevResult>(dadPair.b.ns, PEERS, 'pev', {
          iface: dadPair.b.iface,
          rounds: 1,
          secondClient: false,
        });
        const r = await pev.result;
        assert.equal(r.rounds[0]?.seccPort, ready.port);
      } finally {
        await evse.stop();
      }
    } finally {
      dadPair.destroy();
      const left = nsList();
      assert.ok(!left.includes(dadPair.a.ns) && !left.includes(dadPair.b.ns), 'namespaces deleted');
    }
  });
});
