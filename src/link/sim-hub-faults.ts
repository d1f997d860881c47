/**
 * Faults of the simulated powerline (sim-hub.ts): the rule type (a rule sees each powerline transmission and may
 * drop, duplicate or delay it), how the hub combines the rules for one transmission, and the stock rules the tests,
 * benches and `piccs sim` use. Knows nothing about delivery or modems.
 */

import type { MmeFrame } from '../slac/homeplug.js';
import type { SimStation } from './sim-hub-station.js';

export interface FaultDecision {
  drop?: boolean;
  /** Extra copies delivered (1 = the frame arrives twice). */
  duplicate?: number;
  /** Extra delay in ms on top of the segment latency. */
  delayMs?: number;
}

export interface FrameInfo {
  from: SimStation;
  frame: Buffer;
  /** Decoded when it is an MME. */
  mme?: MmeFrame;
}

export type FaultRule = (info: FrameInfo) => FaultDecision | undefined;

/** All rules applied to one transmission: dropped if any drops, copies and delays add up. */
export function decideFaults(
  rules: readonly FaultRule[],
  info: FrameInfo,
): { drop: boolean; copies: number; extraDelayMs: number } {
  let drop = false;
  let copies = 1;
  let extraDelayMs = 0;
  for (const rule of rules) {
    const d = rule(info);
    if (!d) continue;
    drop ||= d.drop === true;
    copies += d.duplicate ?? 0;
    extraDelayMs += d.delayMs ?? 0;
  }
  return { drop, copies, extraDelayMs };
}

/** Drops the first `count` transmissions of the named MME (e.g. 'CM_SLAC_PARM.CNF'). */
export function dropFirst(name: string, count = 1): FaultRule {
  let left = count;
  return ({ mme }) => {
    if (mme?.msg.type !== name || left <= 0) return undefined;
    left--;
    return { drop: true };
  };
}

/** Duplicates every transmission of the named MME (`copies` extra copies). */
export function duplicateAll(name: string, copies = 1): FaultRule {
  return ({ mme }) => (mme?.msg.type === name ? { duplicate: copies } : undefined);
}

/** Delays every transmission of the named MME (or all frames with '*'). */
export function delayAll(name: string, delayMs: number): FaultRule {
  return ({ mme }) => (name === '*' || mme?.msg.type === name ? { delayMs } : undefined);
}

/** Drops each transmission with probability p, from a seeded generator (deterministic runs). */
export function dropRandom(p: number, seed = 1): FaultRule {
  let s = seed >>> 0 || 1;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32 < p ? { drop: true } : undefined;
  };
}

/** Drops everything a station sends (a silent peer: 'car-silent'). */
export function silenceStation(name: string): FaultRule {
  return ({ from }) => (from.name === name ? { drop: true } : undefined);
}
