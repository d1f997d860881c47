/**
 * Clock port: the only source of time for codecs' callers, machines and adapters.
 * Compatible with xstate's `Clock` (setTimeout/clearTimeout), plus `now()` in ms.
 * `systemClock` is the real one; `ManualClock` is a simulated clock for tests and the sim,
 * advanced explicitly, so timers fire in a deterministic order and tests never sleep.
 */

export type TimerHandle = unknown;

export interface Clock {
  /** Milliseconds since an arbitrary epoch (monotonic for systemClock). */
  now(): number;
  setTimeout(fn: (...args: unknown[]) => void, timeoutMs: number): TimerHandle;
  clearTimeout(handle: TimerHandle): void;
}

const origin = performance.now();

export const systemClock: Clock = {
  now: () => performance.now() - origin,
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

interface PendingTimer {
  id: number;
  at: number;
  fn: (...args: unknown[]) => void;
}

/** A simulated clock: time moves only through `advance()` / `advanceTo()` / `runNext()`. */
export class ManualClock implements Clock {
  private t: number;
  private seq = 0;
  private timers: PendingTimer[] = [];

  constructor(startMs = 0) {
    this.t = startMs;
  }

  now(): number {
    return this.t;
  }

  setTimeout(fn: (...args: unknown[]) => void, timeoutMs: number): TimerHandle {
    const id = ++this.seq;
    const at = this.t + Math.max(0, Number.isFinite(timeoutMs) ? timeoutMs : 0);
    // keep sorted by (at, id) so equal deadlines fire in creation order
    let i = this.timers.length;
    while (i > 0 && (this.timers[i - 1] as PendingTimer).at > at) i--;
    this.timers.splice(i, 0, { id, at, fn });
    return id;
  }

  clearTimeout(handle: TimerHandle): void {
    const i = this.timers.findIndex((p) => p.id === handle);
    if (i >= 0) this.timers.splice(i, 1);
  }

  /** Number of timers still pending. */
  get pending(): number {
    return this.timers.length;
  }

  /** Deadline of the next timer, or undefined. */
  nextDeadline(): number | undefined {
    return this.timers[0]?.at;
  }

  /** Advance time by `ms`, firing every timer due on the way (including ones scheduled while advancing). */
  advance(ms: number): void {
    this.advanceTo(this.t + ms);
  }

  advanceTo(targetMs: number): void {
    for (;;) {
      const next = this.timers[0];
      if (!next || next.at > targetMs) break;
      this.timers.shift();
      this.t = Math.max(this.t, next.at);
      next.fn();
    }
    this.t = Math.max(this.t, targetMs);
  }

  /** Jump to the next timer and fire it; returns false when none is pending. */
  runNext(): boolean {
    const next = this.timers[0];
    if (!next) return false;
    this.advanceTo(next.at);
    return true;
  }
}
