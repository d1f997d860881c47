/**
 * SDP and V2GTP over a real veth pair between two network namespaces (root only; prints a skip line otherwise):
 * SDP discovery time (first request -> response, link-local multicast), TCP connect time to the announced
 * link-local endpoint, and V2GTP request -> response round trips, as p50/p99/max over many rounds.
 * Uses the test helper and the peers of test/v2gtp/veth.test.ts.
 */

import { createNetnsPair, NETNS_SKIP, runInNetns } from '../test/helpers/netns.js';
import type { EvseResult, PevResult } from '../test/v2gtp/veth-peers.js';

const ROUNDS = Number(process.env.V2GTP_VETH_ROUNDS ?? 100);

function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}
function report(label: string, xs: number[]): void {
  const s = [...xs].sort((a, b) => a - b);
  console.log(
    `${label.padEnd(48)} n=${String(s.length).padStart(5)}  p50 ${pct(s, 50).toFixed(3)} ms  p99 ${pct(s, 99).toFixed(3)} ms  max ${(s.at(-1) as number).toFixed(3)} ms`,
  );
}

if (NETNS_SKIP) {
  console.log(`skipped: ${NETNS_SKIP}`);
} else {
  const pair = createNetnsPair({ tag: 'tpb' });
  const peers = new URL('../test/v2gtp/veth-peers.js', import.meta.url);
  try {
    const evse = runInNetns<EvseResult>(pair.a.ns, peers, 'evse', { iface: pair.a.iface, waitDad: true });
    try {
      await evse.next((e) => e.type === 'ready');
      const pev = runInNetns<PevResult>(pair.b.ns, peers, 'pev', {
        iface: pair.b.iface,
        rounds: ROUNDS,
        secondClient: false,
      });
      const r = await pev.result;
      // the first round pays neighbour discovery; report it apart
      const first = r.rounds[0];
      if (first) {
        console.log(
          `first round (cold ND cache): SDP ${first.sdpMs.toFixed(2)} ms, connect ${first.connectMs.toFixed(2)} ms, round trip ${first.roundTripMs.toFixed(2)} ms`,
        );
      }
      const rest = r.rounds.slice(1);
      report(
        'veth SDP discovery (request -> response)',
        rest.map((x) => x.sdpMs),
      );
      report(
        'veth TCP connect to announced endpoint',
        rest.map((x) => x.connectMs),
      );
      report(
        'veth V2GTP round trip (first message)',
        rest.map((x) => x.roundTripMs),
      );
      report(
        'veth SDP start -> first TCP response',
        rest.map((x) => x.totalMs),
      );
    } finally {
      await evse.stop();
    }
  } finally {
    pair.destroy();
  }
}
