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
}

/** Events the machine sends itself: samples from the sampling child, debounced CP state changes. */
type Internal = SamplingEvent<CpReading> | { type: 'cp.changed'; cls: CpClass; sampleAt: number };
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
  };
}

export const validAmps = (a: number) => Number.isFinite(a) && a >= NOMINAL_MIN_AMPS;
export const pwmDuty = (c: EvseCpCtx) =>
  c.mode === 'hlc' ? DUTY_HLC_PERCENT : ampsToDuty(Math.min(c.amps, NOMINAL_MAX_AMPS));
export const wantsPwm = (c: EvseCpCtx) => c.mode !== 'off' && isCarPresent(c.car);
/** Everything but the PWM itself: a car in C (or D with ventilation), permission, and no F output. */
export const permitExceptPwm = (c: EvseCpCtx) =>
  c.powerAllowed && (c.car === 'C' || (c.car === 'D' && c.ventilationAvailable)) && c.output.kind !== 'low';
export const permit = (c: EvseCpCtx) => permitExceptPwm(c) && c.output.kind === 'pwm';

export function powerOffReason(c: EvseCpCtx): PowerOffReason {
  if (c.output.kind === 'low') return 'pilotOff';
  if (c.car === 'A') return 'unplugged';
  if (isCpFault(c.car)) return 'cpFault';
  if (!c.powerAllowed) return 'stopPower';
  if (c.car === 'B' || c.car === 'unknown') return 'evStopped';
  return 'stopPower';
}
