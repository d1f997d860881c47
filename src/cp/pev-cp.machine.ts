/**
 * The PEV-side (car emulator) control-pilot statechart.
 *   noPilot         - nothing on the CP (unplugged, shorted, cable broken): S2 open
 *   evseUnavailable - the EVSE drives -12 V (F): S2 open
 *   connected.dc    - pilot without PWM (B1/C1, X1): S2 open
 *   connected.pwm   - PWM present; idle (B2) or charging (S2 closed, C2) when power is requested and the
 *                     duty allows it (nominal >= 6 A, or 5 % for HLC)
 *   fault           - the CP input failed (hardware): S2 open until `reset`
 * Detection: the same classifier as the EVSE (the car sees the same node) plus the edge-timing duty
 * meter; both debounced over `debounceSamples` samples. S2 opens within one debounce of E/F, pilot
 * loss or PWM loss. Knows ports, not SLAC or V2G.
 * Safety (when fitted, hal PevSafetyPorts): the car's contactor closes only on request while S2 is closed and opens
 * before S2 opens, always (as a car does: the charger must see no current when the CP goes back to B); its
 * auxiliary contact is checked against the command (mismatch, weld); an emergency stop opens the contactor and S2
 * at once. A trip is latched until the inputs are healthy and the pilot is gone; a weld until `clearWeld`.
 */

import { enqueueActions, setup } from 'xstate';
import type { Clock } from '../core/clock.js';
import { type CpReading, type PevCpPorts, type PwmMeasurement, pevSafeState } from '../hal/ports.js';
import {
  type CpClass,
  type CpDebounce,
  type CpThresholds,
  classifyCp,
  DEFAULT_CP_THRESHOLDS,
  debounceCp,
  INITIAL_DEBOUNCE,
} from './classify.js';
import { type DutyMeaning, dutyToMeaning } from './duty.js';
import { type CpEnqueuer, out } from './event-out.js';
import type { PevCpCommand, PevCpEvent } from './pev-cp.events.js';
import {
  DEFAULT_SAFETY_TIMING,
  debounceSafety,
  SAFETY_TRIPS,
  type SafetyTiming,
  type SafetyTripCode,
  safetyConditions,
} from './safety.js';
import { type SafetyInputEvent, type SafetyInputsInput, safetyInputsActor } from './safety-inputs.js';
import { type SamplingEvent, type SamplingInput, samplingActor } from './sampling.js';
import { type CpTiming, DEFAULT_CP_TIMING } from './timing.js';

export interface PevCpInput {
  ports: PevCpPorts;
  clock: Clock;
  timing?: Partial<Pick<CpTiming, 'samplePeriodMs' | 'debounceSamples'>>;
  thresholds?: CpThresholds;
  samplerErrorLimit?: number;
  /** A duty change smaller than this (percent) is jitter, not a new offer. Default 0.5. */
  dutyChangeThreshold?: number;
  notify?: (e: PevCpEvent) => void;
  safetyTiming?: Partial<SafetyTiming>;
}

export interface PevSample {
  reading: CpReading;
  pwm: PwmMeasurement | null;
}

interface Ctx {
  ports: PevCpPorts;
  clock: Clock;
  timing: Pick<CpTiming, 'samplePeriodMs' | 'debounceSamples'>;
  thresholds: CpThresholds;
  samplerErrorLimit: number;
  dutyChangeThreshold: number;
  notify: ((e: PevCpEvent) => void) | undefined;
  debounce: CpDebounce;
  candidateSince: number;
  level: CpClass | undefined;
  pwmOn: boolean;
  pwmCount: number;
  duty: number;
  wantPower: boolean;
  s2: boolean;
  safetyTiming: SafetyTiming;
  /** The EVCC asked for the contactor closed. */
  contactorWanted: boolean;
  contactorClosed: boolean;
  contactorChangedAt: number;
  trip: SafetyTripCode | undefined;
  welded: boolean;
  safetyStrikes: Partial<Record<SafetyTripCode, number>>;
}

type Ev = PevCpCommand | SamplingEvent<PevSample> | SafetyInputEvent | { type: 'cp.changed' };

const PILOT: ReadonlySet<string> = new Set(['A', 'B', 'C', 'D']);
const pilotPresent = (c: Ctx) => c.level !== undefined && PILOT.has(c.level.state);
const meaningOf = (c: Ctx): DutyMeaning => dutyToMeaning(c.duty);
const usable = (c: Ctx) => {
  const k = meaningOf(c).kind;
  return c.pwmOn && (k === 'current' || k === 'hlc');
};

type Enq = CpEnqueuer<Ctx, PevCpEvent>;

function setContactor(enqueue: Enq, c: Ctx, closed: boolean): void {
  const k = c.ports.safety?.contactor;
  if (!k || c.contactorClosed === closed) return;
  enqueue(() => k.set(closed));
  enqueue.assign({ contactorClosed: closed, contactorChangedAt: c.clock.now() });
  out(enqueue, c, { type: 'pevCp.contactor', at: c.clock.now(), closed });
}

/** The contactor follows the request while S2 is closed and nothing tripped. */
const contactorMay = (c: Ctx, s2: boolean) => c.contactorWanted && s2 && c.trip === undefined && !c.welded;

function setS2(enqueue: Enq, c: Ctx, on: boolean): void {
  // the car's contactor opens before S2 opens (no current when the charger sees B)
  if (!on) {
    setContactor(enqueue, c, false);
    if (c.contactorWanted) enqueue.assign({ contactorWanted: false });
  }
  if (c.s2 === on) return;
  enqueue(() => c.ports.s2.set(on));
  enqueue.assign({ s2: on });
  out(enqueue, c, { type: on ? 'pevCp.s2Closed' : 'pevCp.s2Opened', at: c.clock.now() });
}

export const pevCpMachine = setup({
  types: { context: {} as Ctx, events: {} as Ev, input: {} as PevCpInput, emitted: {} as PevCpEvent },
  actors: { sampling: samplingActor<PevSample>(), safetyInputs: safetyInputsActor() },
  guards: {
    pilotPresent: ({ context }) => pilotPresent(context),
    levelF: ({ context }) => context.level?.state === 'F',
    noPilot: ({ context }) =>
      context.level !== undefined && !PILOT.has(context.level.state) && context.level.state !== 'F',
    pwmOn: ({ context }) => context.pwmOn,
    pwmOff: ({ context }) => !context.pwmOn,
    chargeWanted: ({ context }) => context.wantPower && usable(context) && context.trip === undefined,
    chargeNotWanted: ({ context }) => !(context.wantPower && usable(context) && context.trip === undefined),
  },
  actions: {
    onSafety: enqueueActions(({ context: c, event, enqueue }) => {
      if (event.type !== 'safety.sample') return;
      const r = event.reading;
      const now = c.clock.now();
      const seen = safetyConditions(r, {
        now,
        contactorClosed: c.contactorClosed,
        contactorChangedAt: c.contactorChangedAt,
        lockChangedAt: 0,
        carPresent: false, // the car does not judge the PP here
        timing: c.safetyTiming,
      });
      const { strikes, trip } = debounceSafety(c.safetyStrikes, seen, c.safetyTiming.inputDebounceSamples);
      enqueue.assign({ safetyStrikes: strikes });
      const tripped = c.trip !== undefined || c.welded;
      if (trip && (!tripped || (trip === 'contactorWelded' && !c.welded))) {
        // contactor first, then S2 (setS2 keeps that order), then the reason
        setS2(enqueue, c, false);
        enqueue.assign({ trip, welded: c.welded || trip === 'contactorWelded', wantPower: false });
        out(enqueue, c, { type: 'pevCp.error', at: now, code: trip, message: SAFETY_TRIPS[trip].text });
      } else if (c.trip !== undefined && c.trip !== 'contactorWelded' && seen.length === 0 && !pilotPresent(c)) {
        // healthy again and unplugged: accept the next plug-in
        enqueue.assign({ trip: undefined });
        out(enqueue, c, { type: 'pevCp.errorCleared', at: now });
      }
    }),
    wantContactor: enqueueActions(({ context: c, enqueue }) => {
      enqueue.assign({ contactorWanted: true });
      if (contactorMay({ ...c, contactorWanted: true }, c.s2)) setContactor(enqueue, c, true);
    }),
    unwantContactor: enqueueActions(({ context: c, enqueue }) => {
      enqueue.assign({ contactorWanted: false });
      setContactor(enqueue, c, false);
    }),
    clearWeld: enqueueActions(({ context: c, enqueue }) => {
      if (!c.welded) return;
      enqueue.assign({ welded: false, trip: c.trip === 'contactorWelded' ? undefined : c.trip, safetyStrikes: {} });
      out(enqueue, c, { type: 'pevCp.errorCleared', at: c.clock.now() });
    }),
    onSample: enqueueActions(({ context: c, event, enqueue }) => {
      if (event.type !== 'cp.sample') return;
      const { reading, pwm } = event.reading;
      const hasPwm = pwm !== null;
      const cls = classifyCp(reading.highV, reading.lowV, hasPwm, c.debounce.stable?.state, c.thresholds);
      const { next, changed } = debounceCp(c.debounce, cls, c.timing.debounceSamples);
      const since = next.count === 1 ? event.at : c.candidateSince;
      // PWM presence: believed after debounceSamples consecutive equal reports.
      const pwmCount = hasPwm === c.pwmOn ? 0 : c.pwmCount + 1;
      const pwmFlip = pwmCount >= Math.max(1, c.timing.debounceSamples);
      const pwmOn = pwmFlip ? hasPwm : c.pwmOn;
      const upd: Partial<Ctx> = { debounce: next, candidateSince: since, pwmCount: pwmFlip ? 0 : pwmCount, pwmOn };
      const at = c.clock.now();
      if (pwm && pwmOn && Math.abs(pwm.dutyPercent - c.duty) >= c.dutyChangeThreshold) {
        upd.duty = pwm.dutyPercent;
        if (c.pwmOn) {
          out(enqueue, c, {
            type: 'pevCp.dutyChanged',
            at,
            dutyPercent: pwm.dutyPercent,
            meaning: dutyToMeaning(pwm.dutyPercent),
          });
        }
      }
      if (changed) upd.level = cls;
      enqueue.assign(upd);
      if (changed) {
        const sampleAt = c.timing.debounceSamples <= 1 ? event.at : c.candidateSince;
        const e: PevCpEvent = { type: 'pevCp.cpState', at, state: cls.state, pwm: pwmOn, sampleAt };
        if (cls.reason) e.reason = cls.reason;
        out(enqueue, c, e);
      }
      if (changed || pwmFlip) enqueue.raise({ type: 'cp.changed' });
    }),
    openS2: enqueueActions(({ context: c, enqueue }) => setS2(enqueue, c, false)),
    closeS2: enqueueActions(({ context: c, enqueue }) => setS2(enqueue, c, true)),
    want: enqueueActions(({ enqueue }) => enqueue.assign({ wantPower: true })),
    unwant: enqueueActions(({ enqueue }) => enqueue.assign({ wantPower: false })),
    announceEvse: enqueueActions(({ context: c, enqueue }) =>
      out(enqueue, c, { type: 'pevCp.evseDetected', at: c.clock.now() }),
    ),
    announceLost: enqueueActions(({ context: c, enqueue }) => {
      enqueue.assign({ wantPower: false });
      out(enqueue, c, { type: 'pevCp.pilotLost', at: c.clock.now() });
    }),
    announceF: enqueueActions(({ context: c, enqueue }) =>
      out(enqueue, c, { type: 'pevCp.evseUnavailable', at: c.clock.now() }),
    ),
    announcePwm: enqueueActions(({ context: c, enqueue }) =>
      out(enqueue, c, { type: 'pevCp.pwmDetected', at: c.clock.now(), dutyPercent: c.duty, meaning: meaningOf(c) }),
    ),
    announcePwmLost: enqueueActions(({ context: c, enqueue }) =>
      out(enqueue, c, { type: 'pevCp.pwmLost', at: c.clock.now() }),
    ),
    hardwareFault: enqueueActions(({ context: c, event, enqueue }) => {
      setS2(enqueue, c, false);
      const message = event.type === 'cp.samplerError' ? `CP sampler failed: ${event.error}` : 'hardware fault';
      out(enqueue, c, { type: 'pevCp.error', at: c.clock.now(), code: 'hardware', message });
    }),
    resetDetection: enqueueActions(({ enqueue }) =>
      enqueue.assign({ debounce: INITIAL_DEBOUNCE, level: undefined, pwmOn: false, pwmCount: 0, duty: 0 }),
    ),
  },
}).createMachine({
  id: 'pevCp',
  context: ({ input }) => ({
    ports: input.ports,
    clock: input.clock,
    timing: {
      samplePeriodMs: DEFAULT_CP_TIMING.samplePeriodMs,
      debounceSamples: DEFAULT_CP_TIMING.debounceSamples,
      ...input.timing,
    },
    thresholds: input.thresholds ?? DEFAULT_CP_THRESHOLDS,
    samplerErrorLimit: input.samplerErrorLimit ?? 3,
    dutyChangeThreshold: input.dutyChangeThreshold ?? 0.5,
    notify: input.notify,
    debounce: INITIAL_DEBOUNCE,
    candidateSince: 0,
    level: undefined,
    pwmOn: false,
    pwmCount: 0,
    duty: 0,
    wantPower: false,
    s2: false,
    safetyTiming: { ...DEFAULT_SAFETY_TIMING, ...input.safetyTiming },
    contactorWanted: false,
    contactorClosed: false,
    contactorChangedAt: 0,
    trip: undefined,
    welded: false,
    safetyStrikes: {},
  }),
  invoke: [
    {
      src: 'safetyInputs',
      input: ({ context: c }): SafetyInputsInput => ({
        clock: c.clock,
        periodMs: c.timing.samplePeriodMs,
        ports: c.ports.safety,
        errorLimit: c.samplerErrorLimit,
      }),
    },
    {
      src: 'sampling',
      input: ({ context: c }): SamplingInput<PevSample> => ({
        clock: c.clock,
        periodMs: c.timing.samplePeriodMs,
        read: () => {
          const r = c.ports.sampler.read();
          if (r instanceof Promise) return r.then((reading) => ({ reading, pwm: c.ports.pwmMeter.read() }));
          return { reading: r, pwm: c.ports.pwmMeter.read() };
        },
        errorLimit: c.samplerErrorLimit,
        onStop: () => pevSafeState(c.ports),
      }),
    },
  ],
  initial: 'operating',
  on: {
    'cp.samplerError': { target: '.fault', actions: 'hardwareFault' },
    'safety.inputError': { target: '.fault', actions: 'hardwareFault' },
    'safety.sample': { actions: 'onSafety' },
    closeContactor: { actions: 'wantContactor' },
    openContactor: { actions: 'unwantContactor' },
    clearWeld: { actions: 'clearWeld' },
  },
  states: {
    operating: {
      entry: 'resetDetection',
      initial: 'noPilot',
      on: {
        'cp.sample': { actions: 'onSample' },
        requestPower: { actions: 'want' },
        stopPower: { actions: 'unwant' },
      },
      states: {
        noPilot: {
          entry: 'openS2',
          always: [
            { guard: 'pilotPresent', target: 'connected' },
            { guard: 'levelF', target: 'evseUnavailable' },
          ],
        },
        evseUnavailable: {
          entry: ['openS2', 'announceF'],
          always: [
            { guard: 'pilotPresent', target: 'connected' },
            { guard: 'noPilot', target: 'noPilot', actions: 'announceLost' },
          ],
        },
        connected: {
          entry: 'announceEvse',
          always: [
            { guard: 'levelF', target: 'evseUnavailable' },
            { guard: 'noPilot', target: 'noPilot', actions: 'announceLost' },
          ],
          initial: 'dc',
          states: {
            dc: { entry: 'openS2', always: { guard: 'pwmOn', target: 'pwm' } },
            pwm: {
              entry: 'announcePwm',
              always: { guard: 'pwmOff', target: 'dc', actions: 'announcePwmLost' },
              initial: 'idle',
              states: {
                idle: { entry: 'openS2', always: { guard: 'chargeWanted', target: 'charging' } },
                charging: { entry: 'closeS2', always: { guard: 'chargeNotWanted', target: 'idle' } },
              },
            },
          },
        },
      },
    },
    fault: { entry: 'openS2', on: { reset: 'operating' } },
  },
});
