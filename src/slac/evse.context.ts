/**
 * The EVSE SLAC statechart's data: its input (port, random source or fixed key, clock, log, options), its context
 * (the network key of this start, the matching sessions by (EV MAC, RunID), failures, the matched session), the
 * `done` event of a session child, and the initial context. Pure: no XState, no frames sent.
 */

import { randomBytes } from 'node:crypto';
import { type Clock, systemClock } from '../core/clock.js';
import { type Log, silentLogger } from '../core/log.js';
import { LogLimiter } from '../core/log-limit.js';
import type { EthernetPort } from '../link/ports.js';
import type { EvseSessionOutput } from './evse-session.machine.js';
import { type NetworkKey, type RandomSource, randomNetworkKey } from './keys.js';
import type { MmeEvent } from './machine-io.js';
import { EVSE_SLAC_DEFAULTS, type EvseSlacOptions } from './options.js';

export interface EvseSlacInput {
  port: EthernetPort;
  /** Random bytes for the NMK (default: node:crypto). */
  random?: RandomSource;
  /** Clock for durations (use the same one as the actor's clock). */
  clock?: Clock;
  log?: Log;
  /** Rate limit for the lines anyone on the powerline triggers (CM_SLAC_PARM.REQ); default: one per machine. */
  logLimiter?: LogLimiter;
  options?: Partial<EvseSlacOptions>;
  /** A fixed key instead of a random one (tests, or a configured network). */
  key?: NetworkKey;
}

export interface SessionInfo {
  evMac: Buffer;
  runId: Buffer;
  startedAt: number;
}

export interface EvseSlacCtx {
  port: EthernetPort;
  log: Log;
  clock: Clock;
  logLimiter: LogLimiter;
  options: EvseSlacOptions;
  key: NetworkKey;
  setKeySent: number;
  sessions: Record<string, SessionInfo>;
  failures: number;
  lastReason: string;
  matched: (SessionInfo & { key: string }) | undefined;
}

/** A session child ended (its actor id is its session key). */
export type SessionDone = { type: `xstate.done.actor.${string}`; output: EvseSessionOutput; actorId: string };
export const isDone = (e: { type: string }): e is SessionDone => e.type.startsWith('xstate.done.actor.');

export type EvseSlacEvent = MmeEvent | SessionDone;

export function initialEvseSlacContext(input: EvseSlacInput): EvseSlacCtx {
  return {
    port: input.port,
    log: input.log ?? silentLogger(),
    clock: input.clock ?? systemClock,
    logLimiter: input.logLimiter ?? new LogLimiter({ clock: input.clock ?? systemClock }),
    options: { ...EVSE_SLAC_DEFAULTS, ...input.options },
    key: input.key ?? randomNetworkKey(input.random ?? randomBytes),
    setKeySent: 0,
    sessions: {},
    failures: 0,
    lastReason: '',
    matched: undefined,
  };
}
