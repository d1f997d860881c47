/**
 * The EV SLAC statechart's data: its input (port, random source, clock, log, options), its context (attempt,
 * RunID, the EVSEs that answered and their attenuation, the chosen one, the key it gave us) and the initial
 * context of a run. Pure: no XState, no frames sent.
 */

import { randomBytes } from 'node:crypto';
import { type Clock, systemClock } from '../core/clock.js';
import { type Log, silentLogger } from '../core/log.js';
import type { EthernetPort } from '../link/ports.js';
import { RUN_ID_LENGTH } from './defs.js';
import type { MmeFrame } from './homeplug.js';
import type { RandomSource } from './keys.js';
import { PEV_SLAC_DEFAULTS, type PevSlacOptions } from './options.js';

export interface PevSlacInput {
  port: EthernetPort;
  /** Random bytes for RunIDs and sound RND fields (default: node:crypto). */
  random?: RandomSource;
  clock?: Clock;
  log?: Log;
  options?: Partial<PevSlacOptions>;
}

export interface EvseCandidate {
  mac: Buffer;
  /** Mean of the reported per-group attenuation (dB); undefined until its CM_ATTEN_CHAR.IND arrived. */
  attenuationDb?: number;
}

export interface PevSlacCtx {
  port: EthernetPort;
  log: Log;
  clock: Clock;
  random: RandomSource;
  options: PevSlacOptions;
  attempt: number;
  runId: Buffer;
  firstParmAt: number | undefined;
  sent: number;
  soundStep: number;
  candidates: EvseCandidate[];
  chosen: Buffer | undefined;
  nmk: Buffer | undefined;
  nid: Buffer | undefined;
  matchCnfAt: number;
  reason: string;
}

export function initialPevSlacContext(input: PevSlacInput): PevSlacCtx {
  return {
    port: input.port,
    log: input.log ?? silentLogger(),
    clock: input.clock ?? systemClock,
    random: input.random ?? randomBytes,
    options: { ...PEV_SLAC_DEFAULTS, ...input.options },
    attempt: 0,
    runId: Buffer.alloc(RUN_ID_LENGTH),
    firstParmAt: undefined,
    matchCnfAt: 0,
    ...freshAttempt(),
  };
}

/** What every matching attempt starts from: nothing sent, no candidates, no key, no failure reason. */
export function freshAttempt() {
  return {
    sent: 0,
    soundStep: 0,
    candidates: [] as EvseCandidate[],
    chosen: undefined,
    nmk: undefined,
    nid: undefined,
    reason: '',
  } satisfies Partial<PevSlacCtx>;
}

/** The MME an `mme` event carries (undefined for any other event). */
export function msgOf(event: { type: string; frame?: MmeFrame }) {
  return event.type === 'mme' ? event.frame?.msg : undefined;
}
