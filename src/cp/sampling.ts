/**
 * The CP sampling loop as an XState callback actor: reads a hal sampler every `periodMs` on the injected
 * clock and sends the readings to its parent machine. Synchronous readers (sim, cached values) are
 * delivered in the same tick, so a ManualClock test sees them at once; asynchronous readers (SPI/I2C
 * bursts) never overlap: the next read starts when the previous one settled.
 * After `errorLimit` consecutive failed reads it reports `cp.samplerError` (one glitch is not a fault,
 * a dead ADC is). On stop it runs `onStop` (the machines put their outputs into the safe state there).
 */

import { fromCallback } from 'xstate';
import type { Clock, TimerHandle } from '../core/clock.js';
import type { MaybePromise } from '../hal/ports.js';

export interface SamplingInput<T> {
  clock: Clock;
  periodMs: number;
  read: () => MaybePromise<T>;
  /** Consecutive failed reads before `cp.samplerError` is sent. */
  errorLimit: number;
  onStop?: () => void;
}

export type SamplingEvent<T> =
  | { type: 'cp.sample'; at: number; reading: T }
  | { type: 'cp.samplerError'; at: number; error: string };

function isPromise<T>(x: MaybePromise<T>): x is Promise<T> {
  return typeof (x as { then?: unknown })?.then === 'function';
}

/** Start a polling loop outside XState (the same logic the actor uses). Returns a stop function. */
export function startPolling<T>(input: SamplingInput<T>, deliver: (e: SamplingEvent<T>) => void): () => void {
  const { clock, periodMs } = input;
  let stopped = false;
  let timer: TimerHandle | undefined;
  let failures = 0;
  let reported = false;

  const schedule = (startedAt: number) => {
    if (stopped) return;
    const wait = Math.max(0, periodMs - (clock.now() - startedAt));
    timer = clock.setTimeout(tick, wait);
  };
  const ok = (at: number, reading: T) => {
    failures = 0;
    reported = false;
    deliver({ type: 'cp.sample', at, reading });
  };
  const fail = (at: number, err: unknown) => {
    failures++;
    if (failures >= Math.max(1, input.errorLimit) && !reported) {
      reported = true;
      deliver({ type: 'cp.samplerError', at, error: err instanceof Error ? err.message : String(err) });
    }
  };
  function tick(): void {
    timer = undefined;
    if (stopped) return;
    const at = clock.now();
    let r: MaybePromise<T>;
    try {
      r = input.read();
    } catch (err) {
      fail(at, err);
      schedule(at);
      return;
    }
    if (isPromise(r)) {
      r.then(
        (v) => {
          if (!stopped) ok(at, v);
        },
        (err: unknown) => {
          if (!stopped) fail(at, err);
        },
      ).finally(() => schedule(at));
    } else {
      ok(at, r);
      schedule(at);
    }
  }
  tick();
  return () => {
    stopped = true;
    if (timer !== undefined) clock.clearTimeout(timer);
    input.onStop?.();
  };
}

/** The same loop as an invokable actor. */
export function samplingActor<T>() {
  return fromCallback<{ type: 'noop' }, SamplingInput<T>>(({ sendBack, input }) =>
    startPolling(input, (e) => sendBack(e)),
  );
}
