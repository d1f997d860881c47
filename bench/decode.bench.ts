/**
 * Decode throughput on the largest real capture: capture-file parsing alone, then the whole listener pipeline
 * (dissect, SLAC names, SDP, TCP reassembly, V2GTP, EXI when the codec is available, sessions, JSON rendering),
 * reported as frames/s and MB/s with p50/p99/max over repeated runs. Skips with a message when ../shared is absent.
 */

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readCapture } from '../src/capture/pcap-reader.js';
import { ListenDecoder } from '../src/listen/decoder.js';
import { renderEventJson } from '../src/listen/render-json.js';
import { sharedPath } from '../test/helpers/shared.js';

const dir = sharedPath('fixtures/pyplc/results');
if (!dir) {
  console.log('decode bench: ../shared is absent, skipped');
  process.exit(0);
}
const largest = readdirSync(dir)
  .filter((f) => /\.pcap(ng)?$/.test(f))
  .map((f) => ({ f, size: statSync(join(dir, f)).size }))
  .sort((a, b) => b.size - a.size)[0]!;
const buf = readFileSync(join(dir, largest.f));

function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function run(label: string, fn: () => number, rounds: number): void {
  fn(); // warm-up (JIT)
  fn();
  const ms: number[] = [];
  let frames = 0;
  for (let i = 0; i < rounds; i++) {
    const t0 = process.hrtime.bigint();
    frames = fn();
    ms.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  ms.sort((a, b) => a - b);
  const p50 = pct(ms, 50);
  console.log(
    `${label}: ${largest.f} (${(buf.length / 1e6).toFixed(2)} MB, ${frames} frames) ` +
      `p50 ${p50.toFixed(2)} ms, p99 ${pct(ms, 99).toFixed(2)} ms, max ${ms.at(-1)!.toFixed(2)} ms; ` +
      `${Math.round(frames / (p50 / 1000))} frames/s, ${(buf.length / 1e6 / (p50 / 1000)).toFixed(1)} MB/s (at p50)`,
  );
}

run(
  'read capture',
  () => {
    let n = 0;
    for (const _f of readCapture(buf)) n++;
    return n;
  },
  20,
);

run(
  'full decode (JSON lines)',
  () => {
    const dec = new ListenDecoder();
    let n = 0;
    let chars = 0;
    for (const f of readCapture(buf)) {
      n++;
      for (const e of dec.push(f)) chars += renderEventJson(e).length;
    }
    const end = dec.finish();
    for (const e of end.events) chars += renderEventJson(e).length;
    chars += renderEventJson(end.summary).length;
    if (chars === 0) throw new Error('no output');
    return n;
  },
  10,
);
