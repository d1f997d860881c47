/**
 * Runs a simulation on a ManualClock: jumps from timer to timer, letting promises and I/O callbacks
 * settle in between, optionally paced to real time (speed 1 = real time, 10 = ten times faster,
 * 0 = as fast as possible). Every simulated part takes this clock, so a 60 s session can be
 * checked in well under a second in tests, or watched live on a terminal.
 */

import { setImmediate as tick } from 'node:timers/promises';
import type { ManualClock } from '../core/clock.js';

export interface VirtualRunOptions {
  /** 0 = as fast as possible; 1 = real time. */
  speed: number;
  /** Stop (and report `timedOut`) when simulated time passes this. */
  maxSimMs: number;
  /** Called after every step (progress display). */
  onStep?: () => void;
}

export interface VirtualRunResult {
  timedOut: boolean;
  /** No timer pending and not done: the simulation is stuck. */
  stalled: boolean;
  simMs: number;
}

/** Let queued microtasks and immediate callbacks run (in-memory channels, resolved promises). */
async function settle(rounds = 3): Promise<void> {
  for (let i = 0; i < rounds; i++) await tick();
}

export async function runVirtual(
  clock: ManualClock,
  done: () => boolean,
  opts: VirtualRunOptions,
): Promise<VirtualRunResult> {
  const start = clock.now();
  const realStart = performance.now();
  for (;;) {
    await settle();
    if (done()) return { timedOut: false, stalled: false, simMs: clock.now() - start };
    const next = clock.nextDeadline();
    if (next === undefined) return { timedOut: false, stalled: true, simMs: clock.now() - start };
    if (next - start > opts.maxSimMs) {
      clock.advanceTo(start + opts.maxSimMs);
      return { timedOut: true, stalled: false, simMs: opts.maxSimMs };
    }
    if (opts.speed > 0) {
      const dueReal = realStart + (next - start) / opts.speed;
      const wait = dueReal - performance.now();
      if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    }
    clock.advanceTo(next);
    opts.onStep?.();
  }
}
