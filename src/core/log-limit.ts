/**
 * Rate limit for log lines that anyone on the powerline can trigger (each SDP request, each TCP connect, each
 * CM_SLAC_PARM.REQ): per kind, the first `burst` lines of a window are logged; the rest are counted and summed up in
 * one "suppressed N" line when the window ends, so a flood costs the journal one line per window and kind. Time comes
 * from the injected clock; `close()` writes what is still pending.
 */

import type { Clock, TimerHandle } from './clock.js';
import type { Log } from './log.js';

/** Lines of one kind logged per window before the rest are only counted (a normal session needs 1-3 of each). */
export const LOG_LIMIT_BURST = 5;
/** The window: at most one "suppressed" line per kind in this time. */
export const LOG_LIMIT_WINDOW_MS = 10_000;

export type LimitedLevel = 'debug' | 'info' | 'warn';

const RANK: Record<LimitedLevel, number> = { debug: 0, info: 1, warn: 2 };

export interface LogLimitOptions {
  clock: Clock;
  burst?: number;
  windowMs?: number;
}

interface KindState {
  windowStart: number;
  logged: number;
  suppressed: number;
  /** The highest level held back, and the log it was meant for: the summary goes there at that level. */
  level: LimitedLevel;
  log: Log;
  timer?: TimerHandle;
}

export class LogLimiter {
  private readonly kinds = new Map<string, KindState>();
  private readonly burst: number;
  private readonly windowMs: number;

  constructor(private readonly opts: LogLimitOptions) {
    this.burst = opts.burst ?? LOG_LIMIT_BURST;
    this.windowMs = opts.windowMs ?? LOG_LIMIT_WINDOW_MS;
  }

  /** Logs `msg` with `fields` at `level` through `log`, unless `kind` already used its lines in this window. */
  line(log: Log, kind: string, level: LimitedLevel, fields: Record<string, unknown>, msg: string): void {
    const now = this.opts.clock.now();
    let k = this.kinds.get(kind);
    if (!k || (k.timer === undefined && now - k.windowStart >= this.windowMs)) {
      k = { windowStart: now, logged: 0, suppressed: 0, level, log };
      this.kinds.set(kind, k);
    }
    if (k.logged < this.burst) {
      k.logged++;
      log[level](fields, msg);
      return;
    }
    k.suppressed++;
    if (RANK[level] >= RANK[k.level]) {
      k.level = level;
      k.log = log;
    }
    if (k.timer === undefined) {
      const state = k;
      k.timer = this.opts.clock.setTimeout(
        () => {
          state.timer = undefined;
          this.summarise(kind, state);
          this.kinds.delete(kind);
        },
        Math.max(0, state.windowStart + this.windowMs - now),
      );
      // a pending summary must not keep a stopping process alive (close() writes it)
      (k.timer as { unref?: () => void } | null)?.unref?.();
    }
  }

  /** Lines held back so far (not yet summed up), per kind. */
  pending(kind: string): number {
    return this.kinds.get(kind)?.suppressed ?? 0;
  }

  /** Writes every pending "suppressed" line and stops the timers. */
  close(): void {
    for (const [kind, k] of this.kinds) {
      if (k.timer !== undefined) this.opts.clock.clearTimeout(k.timer);
      k.timer = undefined;
      this.summarise(kind, k);
    }
    this.kinds.clear();
  }

  private summarise(kind: string, k: KindState): void {
    if (k.suppressed === 0) return;
    const seconds = Math.round((this.opts.clock.now() - k.windowStart) / 100) / 10;
    k.log[k.level](
      { kind, suppressed: k.suppressed, windowMs: this.windowMs },
      `suppressed ${k.suppressed} more '${kind}' line(s) in ${seconds} s`,
    );
  }
}
