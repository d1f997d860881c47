/**
 * The EVSE control-pilot machine's interface: the commands it accepts, the semantic events it reports,
 * and the table that turns a change of the (debounced) CP state into those events (style guide P8,
 * level 2). The session statechart consumes only these events; it never reads volts.
 */

import type { PilotOutput } from '../hal/ports.js';
import type { CpReason, CpState } from './classify.js';
import type { SafetyTripCode } from './safety.js';

/** Commands (send them to the actor: `actor.send({type: 'startHlc'})`). */
export type EvseCpCommand =
  /** Leave `unavailable` (state F output) and start operating. */
  | { type: 'enable' }
  /** EVSE not available: constant -12 V (state F), contactor open. */
  | { type: 'disable' }
  /** Allow SLAC / HLC: 5 % PWM while a car is connected (B2/C2). Resets the SLAC retry counter. */
  | { type: 'startHlc' }
  /**
   * Nominal duty for `amps` (6..80 A). When switching from 5 %: `via: 'ef'` runs the E/F step first
   * ([V2G3-M06-05], no matching; the default), `'x1'` runs X1 for T_step_X1 first ([V2G3-M06-06], after
   * matching), `'direct'` changes the duty at once.
   */
  | { type: 'startNominal'; amps: number; via?: 'ef' | 'x1' | 'direct' }
  /** Change the nominal current (IEC 61851-1 asks for >= 5 s between changes; the caller paces). */
  | { type: 'setCurrent'; amps: number }
  /** Stop the PWM: constant +12 V (X1; B1/C1). A car left in C loses power after T_C1 (6 s) at the latest. */
  | { type: 'pwmOff' }
  /** Permit the contactor to close while the car is in C (or D with ventilation) and the PWM runs. */
  | { type: 'allowPower' }
  /** Withdraw the permission: the contactor opens at once. */
  | { type: 'stopPower' }
  /** SLAC has started (first CM_SLAC_PARM.REQ): cancels the TT_EVSE_SLAC_init retry timer. */
  | { type: 'slacStarted' }
  /** One E/F wake-up step (T_step_EF, then X1 pause, then back to the current mode). [V2G3-M06-08], A.5.3. */
  | { type: 'efWakeUp' }
  /** An external hardware fault (contactor feedback, RCD, ...): safe state, latched until `reset`. */
  | { type: 'hwError'; message: string }
  /** Clear a latched fault and start over (the CP state is re-detected from scratch). */
  | { type: 'reset' }
  /** Operator: the welded contactor was repaired; accept sessions again (a weld still seen trips again at once). */
  | { type: 'clearWeld' };

export type CpErrorCode =
  | CpReason // shortToPe, generatorLow, diodeFault, noNegativePlateau, outOfRange
  | 'hardware'
  | 'ventilationNotAvailable'
  | 'c1Timeout'
  | 'badCommand'
  | SafetyTripCode; // estop, rcd, contactorWelded, contactorMismatch, lockFailed, ppInvalid

/** Why the contactor opened. */
export type PowerOffReason =
  | 'stopPower'
  | 'evStopped' // C -> B
  | 'unplugged'
  | 'cpFault'
  | 'pilotOff' // EVSE drove F (E/F step, disable)
  | 'c1Timeout'
  | 'hardware'
  | 'safety'; // a safety input tripped (safety.ts) or does not permit power (lock, PP)

/** Semantic events out (emitted: `actor.on(type, fn)`; also passed to `input.notify`). `at` = clock ms. */
export type EvseCpEvent =
  | { type: 'evseCp.carPluggedIn'; at: number }
  | { type: 'evseCp.carRequestedPower'; at: number; ventilation: boolean }
  | { type: 'evseCp.carRequestedStopPower'; at: number }
  | { type: 'evseCp.carUnplugged'; at: number }
  /** The car entered B/C/D (SLAC may run) / left it (stop SLAC). EVerest slac `enter_bcd`/`leave_bcd`. */
  | { type: 'evseCp.enterBcd'; at: number }
  | { type: 'evseCp.leaveBcd'; at: number }
  | { type: 'evseCp.powerOn'; at: number }
  | { type: 'evseCp.powerOff'; at: number; reason: PowerOffReason }
  /** Every change of the generator output. */
  | { type: 'evseCp.pilot'; at: number; output: PilotOutput }
  /** Every debounced change of the CP line state; `sampleAt` = first sample that showed it. */
  | { type: 'evseCp.cpState'; at: number; state: CpState; reason?: CpReason; sampleAt: number }
  | { type: 'evseCp.error'; at: number; code: CpErrorCode; message: string }
  | { type: 'evseCp.errorCleared'; at: number }
  /** [V2G3-M06-07]: no SLAC after C_sequ_retry E/F retries; the pilot is now X1 (mode off). */
  | { type: 'evseCp.hlcRetriesExhausted'; at: number }
  /** The PP code of the cable in the socket changed: its capacity (A), null = invalid. */
  | { type: 'evseCp.cable'; at: number; amps: number | null; ohms: number }
  /** The connector lock was commanded (feedback, if fitted, follows in evseCp.lockConfirmed). */
  | { type: 'evseCp.lock'; at: number; locked: boolean };

/** The car region's states: the debounced CP state, or `unknown` before the first one. */
export type CarState = CpState | 'unknown';

const PRESENT: ReadonlySet<CarState> = new Set(['B', 'C', 'D']);
const WANTS_POWER: ReadonlySet<CarState> = new Set(['C', 'D']);
const FAULT: ReadonlySet<CarState> = new Set(['E', 'F', 'invalid']);

export const isCarPresent = (s: CarState) => PRESENT.has(s);
export const isPowerRequest = (s: CarState) => WANTS_POWER.has(s);
export const isCpFault = (s: CarState) => FAULT.has(s);

const FAULT_TEXT: Record<CpReason, string> = {
  shortToPe: 'state E: CP shorted to PE (both plateaus near 0 V)',
  generatorLow: 'state F seen while driving the pilot: generator stuck at -12 V',
  diodeFault: 'diode fault: the negative plateau is loaded (car diode missing or shorted)',
  noNegativePlateau: 'PWM running but no negative plateau on the line',
  outOfRange: 'CP voltage outside every state band (wiring, scaling or cable fault)',
  unstable: 'CP readings do not settle on any state (noise beyond the band margins or a loose contact)',
};

/**
 * The semantic events for a car-state change `prev -> next` (order matters: stop power before leaving
 * BCD before unplugging). A table in code form: one rule per line.
 */
export function carTransitionEvents(
  prev: CarState,
  next: CarState,
  reason: CpReason | undefined,
  at: number,
  ventilationAvailable: boolean,
): EvseCpEvent[] {
  const out: EvseCpEvent[] = [];
  if (isCarPresent(next) && !isCarPresent(prev) && !isCpFault(prev)) out.push({ type: 'evseCp.carPluggedIn', at });
  if (isCarPresent(next) && !isCarPresent(prev)) out.push({ type: 'evseCp.enterBcd', at });
  if (isPowerRequest(next) && !isPowerRequest(prev)) {
    out.push({ type: 'evseCp.carRequestedPower', at, ventilation: next === 'D' });
  }
  if (next === 'D' && prev !== 'D' && !ventilationAvailable) {
    out.push({
      type: 'evseCp.error',
      at,
      code: 'ventilationNotAvailable',
      message: 'state D: the car asks for ventilation, which this EVSE does not have; no power',
    });
  }
  if (isPowerRequest(prev) && !isPowerRequest(next)) out.push({ type: 'evseCp.carRequestedStopPower', at });
  if (isCarPresent(prev) && !isCarPresent(next)) out.push({ type: 'evseCp.leaveBcd', at });
  if (next === 'A' && (isCarPresent(prev) || isCpFault(prev))) out.push({ type: 'evseCp.carUnplugged', at });
  if (isCpFault(next)) {
    const code: CpReason = reason ?? 'outOfRange';
    out.push({ type: 'evseCp.error', at, code, message: FAULT_TEXT[code] });
  }
  if (isCpFault(prev) && !isCpFault(next)) out.push({ type: 'evseCp.errorCleared', at });
  return out;
}

/** IEC 61851-1 combined state name (A1, B2, C1, ...) from the car state and the generator output. */
export function iecStateName(car: CarState, output: PilotOutput): string {
  if (car === 'unknown' || car === 'invalid') return car;
  if (car === 'E' || car === 'F') return car;
  return `${car}${output.kind === 'pwm' ? '2' : '1'}`;
}
