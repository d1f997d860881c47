/**
 * The safety inputs beyond the CP, as the CP statecharts judge them: what a reading of them is, the trip codes
 * with their named reasons (a table), the timers (named, with where the value comes from), and the one pure
 * function that decides whether a reading trips: emergency stop, residual current, a welded or disobedient
 * contactor (auxiliary contact against the command, after the contactor's travel time), a lock whose feedback
 * does not confirm, an invalid proximity pilot. Shared by the EVSE and the PEV machines. Pure: no ports, no XState.
 */

import { ppAmps } from './proximity.js';

/** Why a safety input stopped the charge. */
export type SafetyTripCode = 'estop' | 'rcd' | 'contactorWelded' | 'contactorMismatch' | 'lockFailed' | 'ppInvalid';

/** The `--fault` name (DESIGN.md) and the reason text of each trip code. */
export const SAFETY_TRIPS: Readonly<Record<SafetyTripCode, { fault: string; text: string }>> = Object.freeze({
  estop: { fault: 'estop', text: 'emergency stop pressed' },
  rcd: { fault: 'rcd', text: 'residual current device tripped (RCD / 6 mA DC residual current monitor)' },
  contactorWelded: {
    fault: 'weld',
    text: 'contactor welded: its auxiliary contact still reads closed after opening (sessions refused until cleared)',
  },
  contactorMismatch: {
    fault: 'contactor-mismatch',
    text: 'contactor feedback does not follow the command (auxiliary contact reads open while closed)',
  },
  lockFailed: { fault: 'lock-fail', text: 'connector lock feedback missing: the lock did not confirm locked' },
  ppInvalid: {
    fault: 'pp-invalid',
    text: 'proximity pilot invalid: the cable coding resistor matches no Type 2 code (IEC 61851-1 Annex B)',
  },
});

/** One reading of the fitted inputs; an absent field = that input is not fitted. */
export interface SafetyReading {
  ppOhms?: number;
  /** Lock feedback: true = locked. */
  locked?: boolean;
  /** Contactor auxiliary contact: true = closed. */
  contactorClosed?: boolean;
  rcd?: boolean;
  estop?: boolean;
}

/** Contactor travel: the auxiliary contact must follow the command within this (our choice: 5x a typical 20 ms). */
export const T_CONTACTOR_FEEDBACK_MS = 100;
/** Lock actuator travel: the feedback must confirm within this (our choice; actuators take 100..600 ms). */
export const T_LOCK_FEEDBACK_MS = 1000;
/** DC precharge relay closed before the main contactor (our choice; size it to the precharge resistor's RC). */
export const T_PRECHARGE_MS = 500;
/** After a trip the pilot shows F (-12 V) this long, then X1 to watch for the unplug (EVerest state_F_after_fault_ms). */
export const T_STATE_F_AFTER_TRIP_MS = 300;
/** Consecutive equal readings before a switch input (RCD, e-stop, PP) trips: filters a single EMI glitch. */
export const SAFETY_INPUT_DEBOUNCE_SAMPLES = 2;

export interface SafetyTiming {
  contactorFeedbackMs: number;
  lockFeedbackMs: number;
  prechargeMs: number;
  stateFAfterTripMs: number;
  inputDebounceSamples: number;
}

export const DEFAULT_SAFETY_TIMING: Readonly<SafetyTiming> = Object.freeze({
  contactorFeedbackMs: T_CONTACTOR_FEEDBACK_MS,
  lockFeedbackMs: T_LOCK_FEEDBACK_MS,
  prechargeMs: T_PRECHARGE_MS,
  stateFAfterTripMs: T_STATE_F_AFTER_TRIP_MS,
  inputDebounceSamples: SAFETY_INPUT_DEBOUNCE_SAMPLES,
});

/** What the machine commands and knows when a reading arrives. */
export interface SafetyCommandState {
  now: number;
  contactorClosed: boolean;
  contactorChangedAt: number;
  /** undefined = no lock fitted. */
  lockCommanded?: boolean;
  lockChangedAt: number;
  /** The feedback confirmed locked since the lock was commanded: losing it then trips at once. */
  lockHeld?: boolean;
  /** A car is connected (B, C or D): the PP must then be valid. */
  carPresent: boolean;
  timing: SafetyTiming;
}

/** The conditions a reading shows against the commands (undebounced), most severe first. */
export function safetyConditions(r: SafetyReading, s: SafetyCommandState): SafetyTripCode[] {
  const out: SafetyTripCode[] = [];
  if (r.estop) out.push('estop');
  if (r.rcd) out.push('rcd');
  if (r.contactorClosed !== undefined && r.contactorClosed !== s.contactorClosed) {
    if (s.now - s.contactorChangedAt > s.timing.contactorFeedbackMs) {
      out.push(s.contactorClosed ? 'contactorMismatch' : 'contactorWelded');
    }
  }
  if (r.locked !== undefined && s.lockCommanded === true && !r.locked) {
    if (s.lockHeld || s.now - s.lockChangedAt > s.timing.lockFeedbackMs) out.push('lockFailed');
  }
  if (r.ppOhms !== undefined && s.carPresent && ppAmps(r.ppOhms) === null) out.push('ppInvalid');
  return out;
}

/**
 * Count consecutive sightings per code; the first code that reached its count trips.
 * Returns the new counters and the trip (if any).
 */
export function debounceSafety(
  strikes: Readonly<Partial<Record<SafetyTripCode, number>>>,
  seen: readonly SafetyTripCode[],
  samples: number,
): { strikes: Partial<Record<SafetyTripCode, number>>; trip?: SafetyTripCode } {
  const next: Partial<Record<SafetyTripCode, number>> = {};
  let trip: SafetyTripCode | undefined;
  for (const code of seen) {
    const n = (strikes[code] ?? 0) + 1;
    next[code] = n;
    if (trip === undefined && n >= Math.max(1, samples)) trip = code;
  }
  return trip === undefined ? { strikes: next } : { strikes: next, trip };
}

export const isSafetyTrip = (code: string): code is SafetyTripCode => Object.hasOwn(SAFETY_TRIPS, code);

/** The reason text for a trip (log, session outcome, summary). */
export const tripReason = (code: SafetyTripCode): string => `${code}: ${SAFETY_TRIPS[code].text}`;

/** Whether a reading has anything to read at all. */
export const hasSafetyInputs = (r: SafetyReading): boolean => Object.keys(r).length > 0;
