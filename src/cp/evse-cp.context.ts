/**
 * The EVSE CP statechart's data: its input (ports, clock, timing, thresholds), its context, its internal events,
 * and the pure predicates over the context that decide the pilot and the contactor (IEC 61851-1: PWM only with a
 * car present; power only with a car in C, or D with ventilation, permission and PWM; why power went off).
 * Pure: no XState, no ports called.
 */

import type { Clock } from '../core/clock.js';
import type { CpReading, EvseCpPorts, PilotOutput } from '../hal/ports.js';
import {
  type CpClass,
  type CpDebounce,
  type CpThresholds,
  DEFAULT_CP_THRESHOLDS,
  INITIAL_DEBOUNCE,
} from './classify.js';
import { ampsToDuty, DUTY_HLC_PERCENT, NOMINAL_MAX_AMPS, NOMINAL_MIN_AMPS } from './duty.js';
import {
  type CarState,
  type EvseCpCommand,
  type EvseCpEvent,
  isCarPresent,
  isCpFault,
  type PowerOffReason,
} from './evse-cp.events.js';
import { DEFAULT_SAFETY_TIMING, type SafetyTiming, type SafetyTripCode } from './safety.js';
import type { SafetyInputEvent } from './safety-inputs.js';
import type { SamplingEvent } from './sampling.js';
import { type CpTiming, DEFAULT_CP_TIMING } from './timing.js';

export interface EvseCpInput {
  ports: EvseCpPorts;
  /** The same clock the actor was created with (the sampling loop runs on it). */
  clock: Clock;
  timing?: Partial<CpTiming>;
  thresholds?: CpThresholds;
  /** Whether this EVSE has ventilation (state D may then draw power). Default false. */
  ventilationAvailable?: boolean;
  /** Consecutive failed CP reads before a hardware fault. Default 3. */
  samplerErrorLimit?: number;
  /** Also deliver every semantic event here (e.g. `(e) => parentRef.send(e)`). */
  notify?: (e: EvseCpEvent) => void;
  /** Safety input timers (contactor/lock feedback, precharge, F after a trip); defaults in safety.ts. */
  safetyTiming?: Partial<SafetyTiming>;
}

export type PilotMode = 'off' | 'hlc' | 'nominal';

export interface EvseCpCtx {
  ports: EvseCpPorts;
  clock: Clock;
  timing: CpTiming;
  thresholds: CpThresholds;
  ventilationAvailable: boolean;
  samplerErrorLimit: number;
  notify: ((e: EvseCpEvent) => void) | undefined;
  mode: PilotMode;
  amps: number;
  output: PilotOutput;
  powerAllowed: boolean;
  contactorClosed: boolean;
  debounce: CpDebounce;
  candidateSince: number;
  car: CarState;
  efRetries: number;
  slacStarted: boolean;
  /** The one legacy wake-up of this plug-in has happened. */
  legacyWakeupDone: boolean;
  // ---- safety inputs (safety.ts): latched trip, cable capacity, lock and contactor feedback
  safetyTiming: SafetyTiming;
  /** A safety input stopped the charge; latched until the inputs are healthy and the car is unplugged. */
  trip: SafetyTripCode | undefined;
  /** A welded contactor was seen: latched until `clearWeld` (or a restart whose start-up check reads it open). */
  welded: boolean;
  /** The cable's capacity from the PP (A); null = invalid or not read yet; undefined = no PP sense fitted. */
  ppAmps: number | null | undefined;
  lockCommanded: boolean;
  lockChangedAt: number;
  /** The lock feedback reads locked. */
  lockConfirmed: boolean;
  /** The feedback confirmed locked since the last lock command (losing it then trips at once). */
  lockHeld: boolean;
  contactorChangedAt: number;
  safetyStrikes: Partial<Record<SafetyTripCode, number>>;
}

/** Events the machine sends itself: samples from the sampling child, debounced CP state changes. */
type Internal =
  | SamplingEvent<CpReading>
  | SafetyInputEvent
  | { type: 'cp.changed'; cls: CpClass; sampleAt: number }
  | { type: 'safety.trip' };
export type EvseCpMachineEvent = EvseCpCommand | Internal;

export function initialEvseCpContext(input: EvseCpInput): EvseCpCtx {
  return {
    ports: input.ports,
    clock: input.clock,
    timing: { ...DEFAULT_CP_TIMING, ...input.timing },
    thresholds: input.thresholds ?? DEFAULT_CP_THRESHOLDS,
    ventilationAvailable: input.ventilationAvailable ?? false,
    samplerErrorLimit: input.samplerErrorLimit ?? 3,
    notify: input.notify,
    mode: 'off',
    amps: NOMINAL_MIN_AMPS,
    output: { kind: 'low' },
    powerAllowed: false,
    contactorClosed: false,
    debounce: INITIAL_DEBOUNCE,
    candidateSince: 0,
    car: 'unknown',
    efRetries: 0,
    slacStarted: false,
    legacyWakeupDone: false,
    safetyTiming: { ...DEFAULT_SAFETY_TIMING, ...input.safetyTiming },
    trip: undefined,
    welded: false,
    ppAmps: input.ports.safety?.pp ? null : undefined,
    lockCommanded: false,
    lockChangedAt: 0,
    lockConfirmed: false,
    lockHeld: false,
    contactorChangedAt: 0,
    safetyStrikes: {},
  };
}

/** PP fitted and the cable's code valid (or no PP sense fitted). */
const cableOk = (c: EvseCpCtx) => c.ppAmps !== null;
/** Nothing tripped or welded. */
export const untripped = (c: EvseCpCtx) => c.trip === undefined && !c.welded;
/** The lock holds the plug: commanded, and confirmed by its feedback when one is fitted (no lock = true). */
export const lockHolds = (c: EvseCpCtx) =>
  c.ports.lock === undefined || (c.lockCommanded && (c.ports.safety?.lockFeedback === undefined || c.lockConfirmed));
/** The safety inputs allow energizing: no trip, a valid cable, the plug locked. */
export const safetyPermits = (c: EvseCpCtx) => untripped(c) && cableOk(c) && lockHolds(c);

export const validAmps = (a: number) => Number.isFinite(a) && a >= NOMINAL_MIN_AMPS;
/** The nominal duty is limited by the cable's PP code (IEC 61851-1 Annex B). */
export const pwmDuty = (c: EvseCpCtx) =>
  c.mode === 'hlc' ? DUTY_HLC_PERCENT : ampsToDuty(Math.min(c.amps, NOMINAL_MAX_AMPS, c.ppAmps ?? Infinity));
export const wantsPwm = (c: EvseCpCtx) => c.mode !== 'off' && isCarPresent(c.car) && untripped(c) && cableOk(c);
/** Everything but the PWM itself: a car in C (or D with ventilation), permission, and no F output. */
export const permitExceptPwm = (c: EvseCpCtx) =>
  c.powerAllowed &&
  (c.car === 'C' || (c.car === 'D' && c.ventilationAvailable)) &&
  c.output.kind !== 'low' &&
  safetyPermits(c);
export const permit = (c: EvseCpCtx) => permitExceptPwm(c) && c.output.kind === 'pwm';

export function powerOffReason(c: EvseCpCtx): PowerOffReason {
  if (!safetyPermits(c)) return 'safety';
  if (c.output.kind === 'low') return 'pilotOff';
  if (c.car === 'A') return 'unplugged';
  if (isCpFault(c.car)) return 'cpFault';
  if (!c.powerAllowed) return 'stopPower';
  if (c.car === 'B' || c.car === 'unknown') return 'evStopped';
  return 'stopPower';
}
