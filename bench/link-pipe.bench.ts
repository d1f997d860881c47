/**
 * What the capture child costs per frame (root only; prints a skip line otherwise): raw-frame round trips over a
 * veth pair between two namespaces, echo on one side and pinger on the other, with cap in the process itself
 * (before) and in the capture child (openPcapPort: two pipe hops more per direction). Alternating runs, p50/p99/max.
 */

import { createNetnsPair, NETNS_SKIP, runInNetns } from '../test/helpers/netns.js';
import type { PeerArg } from './link-pipe-peers.js';

const ROUNDS = Number(process.env.LINK_PIPE_ROUNDS ?? 500);
const RUNS = 2;

function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

if (NETNS_SKIP) {
  console.log(`skipped: ${NETNS_SKIP}`);
} else {
  const pair = createNetnsPair({ tag: 'lpb' });
  const peers = new URL('./link-pipe-peers.js', import.meta.url);
  const all: Record<PeerArg['mode'], number[]> = { inproc: [], child: [] };
  try {
    for (let run = 0; run < RUNS; run++) {
      for (const mode of ['inproc', 'child'] as const) {
        const echo = runInNetns(pair.b.ns, peers, 'echo', { iface: pair.b.iface, mode } satisfies PeerArg);
        try {
          await echo.next((e) => e.type === 'ready');
          const pinger = runInNetns<number[]>(pair.a.ns, peers, 'ping', {
            iface: pair.a.iface,
            mode,
            rounds: ROUNDS,
          } satisfies PeerArg);
          all[mode].push(...(await pinger.result));
        } finally {
          await echo.stop();
        }
      }
    }
    const p50: Record<string, number> = {};
    for (const mode of ['inproc', 'child'] as const) {
      const s = [...all[mode]].sort((x, y) => x - y);
      p50[mode] = pct(s, 50);
      console.log(
        `raw frame round trip, cap ${mode === 'inproc' ? 'in process    ' : 'capture child '} n=${s.length}  p50 ${pct(s, 50).toFixed(3)} ms  p99 ${pct(s, 99).toFixed(3)} ms  max ${(s.at(-1) as number).toFixed(3)} ms`,
      );
    }
    const extra = (p50.child as number) - (p50.inproc as number);
    console.log(
      `capture child adds ${extra.toFixed(3)} ms per round trip at p50 (4 pipe hops: ${(extra / 4).toFixed(3)} ms per frame per side)`,
    );
  } finally {
    pair.destroy();
  }
}
