/**
 * Whole simulated sessions (piccs sim, virtual time): plug-in to first CurrentDemand (target < 5 s simulated),
 * SLAC time, and the SECC response time (request bytes in -> response bytes out, real time, EXI included)
 * pooled over every CurrentDemand of every run (target p99 < 2 ms on these machines).
 */

import { runSim } from '../src/app/sim.js';
import { percentiles } from '../src/app/summary.js';

const RUNS = 6;
const rows: { firstMs: number[]; slacMs: number[]; wallMs: number[] } = { firstMs: [], slacMs: [], wallMs: [] };
const p50s: number[] = [];
const p99s: number[] = [];
const pooled: number[] = [];
for (const [protocol, mode] of [
  ['din', 'dc'],
  ['iso2', 'dc'],
  ['iso2', 'ac'],
] as const) {
  rows.firstMs.length = 0;
  rows.slacMs.length = 0;
  rows.wallMs.length = 0;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const r = await runSim({ protocol, mode, chargeSeconds: 60, speed: 0 });
    const { summary } = r;
    rows.wallMs.push(performance.now() - t0);
    if (!summary.ok) throw new Error(`run failed: ${summary.reason}`);
    rows.firstMs.push(summary.firstCurrentDemandMs ?? Number.NaN);
    rows.slacMs.push(summary.slacMs ?? Number.NaN);
    p50s.push(summary.secc.responseMs.p50);
    p99s.push(summary.secc.responseMs.p99);
    // skip the first run (JIT warm-up), pool the rest
    if (i > 0) pooled.push(...r.seccResponseMs);
  }
  const f = percentiles(rows.firstMs);
  const s = percentiles(rows.slacMs);
  const w = percentiles(rows.wallMs);
  console.log(
    `${protocol} ${mode}: plug-in -> first charge loop p50 ${f.p50} ms max ${f.max} ms (target < 5000) | SLAC p50 ${s.p50} ms | ` +
      `SECC response p50 ${percentiles(p50s).p50} ms, per-run p99 median ${percentiles(p99s).p50} ms worst ${percentiles(p99s).max} ms | ` +
      `wall per 60 s session p50 ${w.p50.toFixed(0)} ms (x${(60_000 / w.p50).toFixed(0)} faster than real time)`,
  );
  const pr = percentiles(pooled);
  console.log(
    `${protocol} ${mode}: SECC response time pooled over ${pooled.length} requests of ${RUNS - 1} warm sessions: p50 ${pr.p50} ms p99 ${pr.p99} ms max ${pr.max} ms (target p99 < 2 ms)`,
  );
  p50s.length = 0;
  p99s.length = 0;
  pooled.length = 0;
}
