/**
 * Test harness: an SECC and an EVCC joined in memory on a ManualClock over one simulated DC link.
 */

import { ManualClock } from '../../../src/core/clock.js';
import type { Log } from '../../../src/core/log.js';
import {
  createMemoryPortPair,
  type DocCodec,
  Evcc,
  type EvccSettings,
  type EvseAuthorizer,
  Secc,
  type SeccSettings,
  SimDcLink,
  type SimDcLinkOptions,
  type V2gEvent,
  type V2gMessagePort,
} from '../../../src/v2g/index.js';

export interface Pair {
  clock: ManualClock;
  link: SimDcLink;
  secc: Secc;
  evcc: Evcc;
  seccEvents: V2gEvent[];
  evccEvents: V2gEvent[];
  /** Run the clock until both sides ended or `maxMs` passed. */
  run(maxMs?: number): void;
  done(): boolean;
}

export function fixedBytes(hex: string): (n: number) => Uint8Array {
  return (n) => Buffer.from(hex, 'hex').subarray(0, n);
}

export function makePair(
  opts: {
    secc?: SeccSettings;
    evcc?: EvccSettings;
    link?: SimDcLinkOptions;
    codec?: DocCodec;
    latencyMs?: number;
    /** Wrap the SECC's end (e.g. tamperPort) to play a misbehaving charger. */
    wrapSecc?: (p: V2gMessagePort) => V2gMessagePort;
    wrapEvcc?: (p: V2gMessagePort) => V2gMessagePort;
    authorizer?: EvseAuthorizer;
    /** SessionID of a paused session the SECC may resume (ISO-2). */
    resumableSessionId?: string;
    seccLog?: Log;
    evccLog?: Log;
  } = {},
): Pair {
  const clock = new ManualClock();
  const link = new SimDcLink(clock, opts.link);
  const { a, b } = createMemoryPortPair({ clock, latencyMs: opts.latencyMs ?? 2, codec: opts.codec });
  const seccEvents: V2gEvent[] = [];
  const evccEvents: V2gEvent[] = [];
  const secc = new Secc({
    port: opts.wrapSecc ? opts.wrapSecc(b) : b,
    clock,
    powerStage: link.evse,
    authorizer: opts.authorizer,
    resumableSessionId: opts.resumableSessionId,
    settings: opts.secc,
    randomBytes: fixedBytes('0ebe5b8d693ee379'),
    log: opts.seccLog,
    onEvent: (e) => seccEvents.push(e),
  });
  const evcc = new Evcc({
    port: opts.wrapEvcc ? opts.wrapEvcc(a) : a,
    clock,
    battery: link.ev,
    settings: opts.evcc,
    log: opts.evccLog,
    onEvent: (e) => evccEvents.push(e),
  });
  let seccDone = false;
  let evccDone = false;
  void secc.outcome.then(() => {
    seccDone = true;
  });
  void evcc.outcome.then(() => {
    evccDone = true;
  });
  const ended = () =>
    seccEvents.some((e) => e.type === 'v2g.closed') && evccEvents.some((e) => e.type === 'v2g.closed');
  return {
    clock,
    link,
    secc,
    evcc,
    seccEvents,
    evccEvents,
    done: () => ended() || (seccDone && evccDone),
    run(maxMs = 600_000) {
      const end = clock.now() + maxMs;
      while (!ended() && clock.now() < end) {
        const next = clock.nextDeadline();
        if (next === undefined || next > end) break;
        clock.runNext();
      }
    },
  };
}

export function names(events: V2gEvent[], dir: 'rx' | 'tx'): string[] {
  return events.flatMap((e) => (e.type === 'v2g.message' && e.dir === dir ? [e.name] : []));
}

/** Collapse consecutive repeats: [A, B, B, C] -> [A, B, C]. */
export function dedupe(list: string[]): string[] {
  return list.filter((x, i) => i === 0 || list[i - 1] !== x);
}
