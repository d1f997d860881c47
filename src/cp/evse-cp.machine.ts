/**
 * The EVSE control-pilot statechart (IEC 61851-1 Annex A, ISO 15118-3 clause 6 CP sequences).
 * Three parallel regions:
 *   car   - the debounced CP state (unknown, A, B, C, D, E, F, invalid); E/F/invalid latch until A or reset;
 *   pilot - what the generator drives: x1 (constant +12 V), pwm (5 % HLC or nominal duty), efStep
 *           (-12 V for T_step_EF) + efPause (X1 pause), x1Step (X1 for T_step_X1 before nominal duty);
 *   power - the contactor: open, closed, c1Grace (PWM stopped under load, T_C1 at most).
 * Combined with the pilot, the car region gives the IEC names (B1 = car B + x1, C2 = car C + pwm).
 * Top level: running | fault (hardware, latched, F output) | unavailable (commanded F).
 *
 * Safety: the contactor is closed only in `power.closed`/`c1Grace`; every path that removes the
 * permission opens it in the same macrostep as the sample that showed the change (C->B, unplug, E/F,
 * invalid, F output, stopPower, hardware error, actor stop). Time comes from the injected clock only.
 * This file knows ports and the classifier, not SLAC or V2G: the session layer drives it by commands
 * (evse-cp.events.ts) and consumes its semantic events.
 */

import { enqueueActions, not, setup } from 'xstate';
import type { Clock } from '../core/clock.js';
import { type CpReading, type EvseCpPorts, evseSafeState, type PilotOutput } from '../hal/ports.js';
import {
  type CpClass,
  type CpDebounce,
  type CpThresholds,
  classifyCp,
  DEFAULT_CP_THRESHOLDS,
  debounceCp,
  INITIAL_DEBOUNCE,
} from './classify.js';
import { ampsToDuty, DUTY_HLC_PERCENT, NOMINAL_MAX_AMPS, NOMINAL_MIN_AMPS } from './duty.js';
import {
  type CarState,
  carTransitionEvents,
  type EvseCpCommand,
  type EvseCpEvent,
  isCarPresent,
  isCpFault,
  type PowerOffReason,
} from './evse-cp.events.js';
import { type SamplingEvent, type SamplingInput, samplingActor } from './sampling.js';
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

type Mode = 'off' | 'hlc' | 'nominal';

interface Ctx {
  ports: EvseCpPorts;
  clock: Clock;
  timing: CpTiming;
  thresholds: CpThresholds;
  ventilationAvailable: boolean;
  samplerErrorLimit: number;
  notify: ((e: EvseCpEvent) => void) | undefined;
  mode: Mode;
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

type Internal = SamplingEvent<CpReading> | { type: 'cp.changed'; cls: CpClass; sampleAt: number };
type Ev = EvseCpCommand | Internal;

const validAmps = (a: number) => Number.isFinite(a) && a >= NOMINAL_MIN_AMPS;
const pwmDuty = (c: Ctx) => (c.mode === 'hlc' ? DUTY_HLC_PERCENT : ampsToDuty(Math.min(c.amps, NOMINAL_MAX_AMPS)));
const wantsPwm = (c: Ctx) => c.mode !== 'off' && isCarPresent(c.car);
/** Everything but the PWM itself: a car in C (or D with ventilation), permission, and no F output. */
const permitExceptPwm = (c: Ctx) =>
  c.powerAllowed && (c.car === 'C' || (c.car === 'D' && c.ventilationAvailable)) && c.output.kind !== 'low';
const permit = (c: Ctx) => permitExceptPwm(c) && c.output.kind === 'pwm';

function powerOffReason(c: Ctx): PowerOffReason {
  if (c.output.kind === 'low') return 'pilotOff';
  if (c.car === 'A') return 'unplugged';
  if (isCpFault(c.car)) return 'cpFault';
  if (!c.powerAllowed) return 'stopPower';
  if (c.car === 'B' || c.car === 'unknown') return 'evStopped';
  return 'stopPower';
}

export const evseCpMachine = setup({
  types: {
    context: {} as Ctx,
    events: {} as Ev,
    input: {} as EvseCpInput,
    emitted: {} as EvseCpEvent,
  },
  actors: { sampling: samplingActor<CpReading>() },
  delays: {
    T_STEP_EF: ({ context }) => context.timing.tStepEfMs,
    T_STAY_IN_X1_AFTER_STEP_EF: ({ context }) => context.timing.tStayInX1AfterStepEfMs,
    T_STEP_X1: ({ context }) => context.timing.tStepX1Ms,
    TT_EVSE_SLAC_INIT: ({ context }) => context.timing.ttEvseSlacInitMs,
    T_LEGACY_WAKEUP: ({ context }) => context.timing.tLegacyWakeupMs,
    T_C1_POWER_OFF_UNDER_LOAD: ({ context }) => context.timing.tC1PowerOffUnderLoadMs,
  },
  guards: {
    wantsPwm: ({ context }) => wantsPwm(context),
    permit: ({ context }) => permit(context),
    permitExceptPwm: ({ context }) => permitExceptPwm(context),
    pilotIsPwm: ({ context }) => context.output.kind === 'pwm',
    pilotIsHigh: ({ context }) => context.output.kind === 'high',
    carConnected: ({ context }) => isCarPresent(context.car),
    latchedFault: ({ context, event }) =>
      event.type === 'cp.changed' && isCpFault(context.car) && event.cls.state !== 'A',
    badAmps: ({ event }) => (event.type === 'startNominal' || event.type === 'setCurrent') && !validAmps(event.amps),
    nominalViaEf: ({ context, event }) =>
      event.type === 'startNominal' &&
      context.mode === 'hlc' &&
      context.output.kind === 'pwm' &&
      (event.via ?? 'ef') === 'ef',
    nominalViaX1: ({ context, event }) =>
      event.type === 'startNominal' && context.mode === 'hlc' && context.output.kind === 'pwm' && event.via === 'x1',
    awaitingSlac: ({ context }) =>
      context.mode === 'hlc' &&
      !context.slacStarted &&
      Number.isFinite(context.timing.ttEvseSlacInitMs) &&
      context.timing.ttEvseSlacInitMs > 0,
    retryLeft: ({ context }) => context.efRetries < context.timing.cSequRetry,
    legacyWakeupDue: ({ context }) =>
      context.mode === 'nominal' &&
      context.car === 'B' &&
      !context.legacyWakeupDone &&
      Number.isFinite(context.timing.tLegacyWakeupMs) &&
      context.timing.tLegacyWakeupMs > 0,
    carNotB: ({ context }) => context.car !== 'B' || context.mode !== 'nominal',
  },
  actions: {
    resetDetection: enqueueActions(({ enqueue }) =>
      enqueue.assign({
        debounce: INITIAL_DEBOUNCE,
        car: 'unknown' as CarState,
        mode: 'off' as Mode,
        powerAllowed: false,
        efRetries: 0,
        slacStarted: false,
        legacyWakeupDone: false,
      }),
    ),
    onSample: enqueueActions(({ context: c, event, enqueue }) => {
      if (event.type !== 'cp.sample' || c.output.kind === 'low') return; // while we drive F the line shows F
      const { highV, lowV } = event.reading;
      const cls = classifyCp(highV, lowV, c.output.kind === 'pwm', c.debounce.stable?.state, c.thresholds);
      const { next, changed } = debounceCp(c.debounce, cls, c.timing.debounceSamples);
      const since = next.count === 1 ? event.at : c.candidateSince;
      enqueue.assign({ debounce: next, candidateSince: since });
      if (!changed) return;
      const sampleAt = c.timing.debounceSamples <= 1 ? event.at : c.candidateSince;
      const e: EvseCpEvent = { type: 'evseCp.cpState', at: c.clock.now(), state: cls.state, sampleAt };
      if (cls.reason) e.reason = cls.reason;
      enqueue.emit(e);
      if (c.notify) enqueue(() => c.notify?.(e));
      enqueue.raise({ type: 'cp.changed', cls, sampleAt });
    }),
    carChanged: enqueueActions(({ context: c, event, enqueue }) => {
      if (event.type !== 'cp.changed') return;
      const prev = c.car;
      const next = event.cls.state;
      const after: Ctx = { ...c, car: next };
      if (next === 'A' || isCpFault(next)) {
        Object.assign(after, { powerAllowed: false, mode: next === 'A' ? 'off' : c.mode });
        if (next === 'A') Object.assign(after, { efRetries: 0, slacStarted: false, legacyWakeupDone: false });
      }
      // Safety first: open before anyone hears about the change.
      if (c.contactorClosed && !permitExceptPwm(after)) openNow(enqueue, c, powerOffReason(after));
      enqueue.assign({
        car: next,
        powerAllowed: after.powerAllowed,
        mode: after.mode,
        efRetries: after.efRetries,
        slacStarted: after.slacStarted,
        legacyWakeupDone: after.legacyWakeupDone,
      });
      const at = c.clock.now();
      for (const e of carTransitionEvents(prev, next, event.cls.reason, at, c.ventilationAvailable)) out(enqueue, c, e);
    }),
    driveHigh: enqueueActions(({ context: c, enqueue }) => drive(enqueue, c, { kind: 'high' })),
    drivePwm: enqueueActions(({ context: c, enqueue }) => drive(enqueue, c, { kind: 'pwm', dutyPercent: pwmDuty(c) })),
    refreshPwm: enqueueActions(({ context: c, enqueue }) => {
      if (c.output.kind === 'pwm') drive(enqueue, c, { kind: 'pwm', dutyPercent: pwmDuty(c) });
    }),
    driveLow: enqueueActions(({ context: c, enqueue }) => {
      if (c.contactorClosed) openNow(enqueue, c, 'pilotOff');
      enqueue.assign({ debounce: INITIAL_DEBOUNCE });
      drive(enqueue, c, { kind: 'low' });
    }),
    setHlc: enqueueActions(({ enqueue }) => enqueue.assign({ mode: 'hlc' as Mode, efRetries: 0, slacStarted: false })),
    setNominal: enqueueActions(({ event, enqueue }) => {
      if (event.type === 'startNominal') enqueue.assign({ mode: 'nominal' as Mode, amps: event.amps });
    }),
    setAmps: enqueueActions(({ event, enqueue }) => {
      if (event.type === 'setCurrent') enqueue.assign({ amps: event.amps });
    }),
    setModeOff: enqueueActions(({ enqueue }) => enqueue.assign({ mode: 'off' as Mode })),
    rejectAmps: enqueueActions(({ context: c, event, enqueue }) => {
      const amps = 'amps' in event ? event.amps : Number.NaN;
      out(enqueue, c, {
        type: 'evseCp.error',
        at: c.clock.now(),
        code: 'badCommand',
        message: `${event.type}: ${amps} A cannot be offered with a nominal duty (${NOMINAL_MIN_AMPS}..${NOMINAL_MAX_AMPS} A)`,
      });
    }),
    markSlacStarted: enqueueActions(({ enqueue }) => enqueue.assign({ slacStarted: true })),
    markLegacyWakeup: enqueueActions(({ enqueue }) => enqueue.assign({ legacyWakeupDone: true })),
    countRetry: enqueueActions(({ context: c, enqueue }) => enqueue.assign({ efRetries: c.efRetries + 1 })),
    giveUpHlc: enqueueActions(({ context: c, enqueue }) => {
      enqueue.assign({ mode: 'off' as Mode });
      out(enqueue, c, { type: 'evseCp.hlcRetriesExhausted', at: c.clock.now() });
    }),
    allow: enqueueActions(({ enqueue }) => enqueue.assign({ powerAllowed: true })),
    disallow: enqueueActions(({ enqueue }) => enqueue.assign({ powerAllowed: false })),
    closeContactor: enqueueActions(({ context: c, enqueue }) => {
      if (c.contactorClosed) return;
      enqueue(() => c.ports.contactor.set(true));
      enqueue.assign({ contactorClosed: true });
      out(enqueue, c, { type: 'evseCp.powerOn', at: c.clock.now() });
    }),
    openContactor: enqueueActions(({ context: c, enqueue }) => {
      if (c.contactorClosed) openNow(enqueue, c, powerOffReason(c));
    }),
    openContactorOnExit: enqueueActions(({ context: c, event, enqueue }) => {
      if (!c.contactorClosed) return;
      const hw = event.type === 'cp.samplerError' || event.type === 'hwError';
      openNow(enqueue, c, hw ? 'hardware' : event.type === 'disable' ? 'pilotOff' : powerOffReason(c));
    }),
    c1Timeout: enqueueActions(({ context: c, enqueue }) => {
      if (c.contactorClosed) openNow(enqueue, c, 'c1Timeout');
      out(enqueue, c, {
        type: 'evseCp.error',
        at: c.clock.now(),
        code: 'c1Timeout',
        message: 'PWM off but the car stayed in C: power removed under load after T_C1 (IEC 61851-1 seq 10.2)',
      });
    }),
    safeOutputs: enqueueActions(({ context: c, enqueue }) => {
      if (c.contactorClosed) openNow(enqueue, c, 'hardware');
      enqueue(() => evseSafeState(c.ports));
      enqueue.assign({ contactorClosed: false, output: { kind: 'low' } as PilotOutput, car: 'unknown' as CarState });
      if (c.output.kind !== 'low')
        out(enqueue, c, { type: 'evseCp.pilot', at: c.clock.now(), output: { kind: 'low' } });
    }),
    hardwareFault: enqueueActions(({ context: c, event, enqueue }) => {
      const message =
        event.type === 'cp.samplerError'
          ? `CP sampler failed: ${event.error}`
          : event.type === 'hwError'
            ? event.message
            : '';
      out(enqueue, c, { type: 'evseCp.error', at: c.clock.now(), code: 'hardware', message });
    }),
  },
}).createMachine({
  id: 'evseCp',
  context: ({ input }) => ({
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
  }),
  invoke: {
    src: 'sampling',
    input: ({ context: c }): SamplingInput<CpReading> => ({
      clock: c.clock,
      periodMs: c.timing.samplePeriodMs,
      read: () => c.ports.sampler.read(),
      errorLimit: c.samplerErrorLimit,
      onStop: () => evseSafeState(c.ports),
    }),
  },
  initial: 'running',
  on: {
    'cp.samplerError': { target: '.fault', actions: 'hardwareFault' },
    hwError: { target: '.fault', actions: 'hardwareFault' },
  },
  states: {
    running: {
      type: 'parallel',
      entry: 'resetDetection',
      exit: 'openContactorOnExit',
      on: {
        'cp.sample': { actions: 'onSample' },
        allowPower: { actions: 'allow' },
        stopPower: { actions: 'disallow' },
        disable: { target: 'unavailable' },
        reset: { target: 'running', reenter: true },
      },
      states: {
        car: {
          initial: 'unknown',
          on: {
            'cp.changed': [
              { guard: 'latchedFault' },
              ...(['A', 'B', 'C', 'D', 'E', 'F', 'invalid'] as const).map((s) => ({
                guard: ({ event }: { event: Ev }) => event.type === 'cp.changed' && event.cls.state === s,
                target: `.${s}`,
                actions: 'carChanged' as const,
              })),
            ],
          },
          states: { unknown: {}, A: {}, B: {}, C: {}, D: {}, E: {}, F: {}, invalid: {} },
        },
        pilot: {
          initial: 'x1',
          on: {
            startHlc: { actions: ['setHlc', 'refreshPwm'] },
            startNominal: [
              { guard: 'badAmps', actions: 'rejectAmps' },
              { guard: 'nominalViaEf', target: '.efStep', actions: 'setNominal' },
              { guard: 'nominalViaX1', target: '.x1Step', actions: 'setNominal' },
              { actions: ['setNominal', 'refreshPwm'] },
            ],
            setCurrent: [{ guard: 'badAmps', actions: 'rejectAmps' }, { actions: ['setAmps', 'refreshPwm'] }],
            pwmOff: { actions: 'setModeOff' },
            efWakeUp: { guard: 'carConnected', target: '.efStep' },
            slacStarted: { actions: 'markSlacStarted' },
          },
          states: {
            x1: { entry: 'driveHigh', always: { guard: 'wantsPwm', target: 'pwm' } },
            pwm: {
              entry: 'drivePwm',
              always: { guard: not('wantsPwm'), target: 'x1' },
              initial: 'choose',
              states: {
                choose: {
                  always: [
                    { guard: 'awaitingSlac', target: 'waitSlac' },
                    { guard: 'legacyWakeupDue', target: 'waitCar' },
                    { target: 'steady' },
                  ],
                },
                waitSlac: {
                  on: { slacStarted: { target: 'steady', actions: 'markSlacStarted' } },
                  after: {
                    TT_EVSE_SLAC_INIT: [
                      { guard: 'retryLeft', target: '#evseCp.running.pilot.efStep', actions: 'countRetry' },
                      { target: '#evseCp.running.pilot.x1', actions: 'giveUpHlc' },
                    ],
                  },
                },
                // Nominal duty, car in B2 and never C: one E/F wake-up (IEC 61851-1 A.5.3, EVerest legacy wake-up).
                waitCar: {
                  always: { guard: 'carNotB', target: 'steady' },
                  after: {
                    T_LEGACY_WAKEUP: { target: '#evseCp.running.pilot.efStep', actions: 'markLegacyWakeup' },
                  },
                },
                steady: {
                  always: [
                    { guard: 'awaitingSlac', target: 'waitSlac' },
                    { guard: 'legacyWakeupDue', target: 'waitCar' },
                  ],
                },
              },
            },
            efStep: { entry: 'driveLow', after: { T_STEP_EF: 'efPause' } },
            efPause: { entry: 'driveHigh', after: { T_STAY_IN_X1_AFTER_STEP_EF: 'x1' } },
            x1Step: { entry: 'driveHigh', after: { T_STEP_X1: 'x1' } },
          },
        },
        power: {
          initial: 'open',
          states: {
            open: { always: { guard: 'permit', target: 'closed' } },
            closed: {
              entry: 'closeContactor',
              always: [
                { guard: not('permitExceptPwm'), target: 'open', actions: 'openContactor' },
                { guard: 'pilotIsHigh', target: 'c1Grace' },
              ],
            },
            c1Grace: {
              always: [
                { guard: not('permitExceptPwm'), target: 'open', actions: 'openContactor' },
                { guard: 'pilotIsPwm', target: 'closed' },
              ],
              after: { T_C1_POWER_OFF_UNDER_LOAD: { target: 'open', actions: 'c1Timeout' } },
            },
          },
        },
      },
    },
    fault: { entry: 'safeOutputs', on: { reset: 'running' } },
    unavailable: { entry: 'safeOutputs', on: { enable: 'running', reset: 'running' } },
  },
});

// --- action helpers (run inside enqueueActions) ------------------------------------------------

/** The part of XState's action enqueuer the helpers use. */
interface Enq {
  (action: () => void): void;
  assign(values: Partial<Ctx>): void;
  emit(e: EvseCpEvent): void;
}

function out(enqueue: Enq, c: Ctx, e: EvseCpEvent): void {
  enqueue.emit(e);
  if (c.notify) enqueue(() => c.notify?.(e));
}

function drive(enqueue: Enq, c: Ctx, o: PilotOutput): void {
  const same =
    o.kind === c.output.kind &&
    (o.kind !== 'pwm' || (c.output.kind === 'pwm' && c.output.dutyPercent === o.dutyPercent));
  if (same) return;
  if (o.kind === 'high') enqueue(() => c.ports.pwm.constantHigh());
  else if (o.kind === 'low') enqueue(() => c.ports.pwm.off());
  else enqueue(() => c.ports.pwm.setDuty(o.dutyPercent));
  enqueue.assign({ output: o });
  out(enqueue, c, { type: 'evseCp.pilot', at: c.clock.now(), output: o });
}

function openNow(enqueue: Enq, c: Ctx, reason: PowerOffReason): void {
  enqueue(() => c.ports.contactor.set(false));
  enqueue.assign({ contactorClosed: false });
  out(enqueue, c, { type: 'evseCp.powerOff', at: c.clock.now(), reason });
}
