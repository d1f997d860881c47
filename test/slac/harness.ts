/** Test harness: an EVSE and one or more PEVs on a simulated powerline, all on one ManualClock. */

import { createActor } from 'xstate';
import { ManualClock } from '../../src/core/clock.js';
import {
  SimHub,
  type SimHubOptions,
  type SimStation,
  type StationOptions,
  type TapRecord,
} from '../../src/link/sim-hub.js';
import { type EvseSlacInput, evseSlacMachine } from '../../src/slac/evse.machine.js';
import { decodeMme } from '../../src/slac/homeplug.js';
import type { SlacReport } from '../../src/slac/machine-io.js';
import { type PevSlacInput, pevSlacMachine } from '../../src/slac/pev.machine.js';

/** A deterministic random source (xorshift). */
export function seededRandom(seed = 7): (n: number) => Buffer {
  let s = seed >>> 0 || 1;
  return (n) => {
    const b = Buffer.alloc(n);
    for (let i = 0; i < n; i++) {
      s ^= s << 13;
      s >>>= 0;
      s ^= s >>> 17;
      s ^= s << 5;
      s >>>= 0;
      b[i] = s & 0xff;
    }
    return b;
  };
}

export interface Started<A> {
  actor: A;
  reports: SlacReport[];
}

export function startEvse(clock: ManualClock, input: EvseSlacInput) {
  const actor = createActor(evseSlacMachine, { clock, input: { clock, random: seededRandom(1), ...input } });
  const reports: SlacReport[] = [];
  actor.on('slac.matched', (e) => reports.push(e));
  actor.on('slac.failed', (e) => reports.push(e));
  actor.start();
  return { actor, reports };
}

export function startPev(clock: ManualClock, input: PevSlacInput) {
  const actor = createActor(pevSlacMachine, { clock, input: { clock, random: seededRandom(2), ...input } });
  const reports: SlacReport[] = [];
  actor.on('slac.matched', (e) => reports.push(e));
  actor.on('slac.failed', (e) => reports.push(e));
  actor.start();
  return { actor, reports };
}

export interface Bench {
  clock: ManualClock;
  hub: SimHub;
  evse: SimStation;
  pev: SimStation;
  log: TapRecord[];
  /** MME names in transmission order, as `origin:NAME`. */
  names(): string[];
}

export function bench(
  hubOpts: Partial<SimHubOptions> = {},
  evseSt: Partial<StationOptions> = {},
  pevSt: Partial<StationOptions> = {},
): Bench {
  const clock = new ManualClock();
  const hub = new SimHub({ clock, ...hubOpts });
  const evse = hub.addStation({ name: 'evse', hostMac: '02:00:00:00:0e:01', ...evseSt });
  const pev = hub.addStation({ name: 'pev', hostMac: '02:00:00:00:0a:01', ...pevSt });
  const log: TapRecord[] = [];
  hub.tap((r) => log.push(r));
  return {
    clock,
    hub,
    evse,
    pev,
    log,
    names: () =>
      log.map((r) => {
        const m = decodeMme(r.frame);
        return `${r.origin}:${m.msg.type}`;
      }),
  };
}

/** Advances the clock in small steps until `done()` or `maxMs` simulated ms have passed. */
export function runUntil(clock: ManualClock, done: () => boolean, maxMs = 60_000, stepMs = 1): void {
  const end = clock.now() + maxMs;
  while (!done() && clock.now() < end) clock.advance(stepMs);
}
