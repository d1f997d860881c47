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
 * Layout: this file is the statechart (states, transitions, timers used); the context and its predicates are in
 * evse-cp.context.ts, the typed base (child actor, named delays) in evse-cp.setup.ts, the guards and actions
 * tables in evse-cp.guards.ts / evse-cp.actions.ts, the port-driving helpers in evse-cp.outputs.ts.
 */

import { not } from 'xstate';
import { type CpReading, evseSafeState } from '../hal/ports.js';
import { evseCpActions } from './evse-cp.actions.js';
import { type EvseCpMachineEvent, initialEvseCpContext } from './evse-cp.context.js';
import { evseCpGuards } from './evse-cp.guards.js';
import { evseCpSetup } from './evse-cp.setup.js';
import type { SafetyInputsInput } from './safety-inputs.js';
import type { SamplingInput } from './sampling.js';

export type { EvseCpInput } from './evse-cp.context.js';

export const evseCpMachine = evseCpSetup.extend({ guards: evseCpGuards, actions: evseCpActions }).createMachine({
  id: 'evseCp',
  context: ({ input }) => initialEvseCpContext(input),
  invoke: [
    {
      src: 'sampling',
      input: ({ context: c }): SamplingInput<CpReading> => ({
        clock: c.clock,
        periodMs: c.timing.samplePeriodMs,
        read: () => c.ports.sampler.read(),
        errorLimit: c.samplerErrorLimit,
        onStop: () => evseSafeState(c.ports),
      }),
    },
    {
      src: 'safetyInputs',
      input: ({ context: c }): SafetyInputsInput => ({
        clock: c.clock,
        periodMs: c.timing.samplePeriodMs,
        ports: c.ports.safety,
        errorLimit: c.samplerErrorLimit,
      }),
    },
  ],
  initial: 'running',
  on: {
    'cp.samplerError': { target: '.fault', actions: 'hardwareFault' },
    'safety.inputError': { target: '.fault', actions: 'hardwareFault' },
    hwError: { target: '.fault', actions: 'hardwareFault' },
    clearWeld: { actions: 'clearWeld' },
  },
  states: {
    running: {
      type: 'parallel',
      entry: 'resetDetection',
      exit: 'openContactorOnExit',
      on: {
        'cp.sample': { actions: 'onSample' },
        'safety.sample': { actions: 'onSafety' },
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
                guard: ({ event }: { event: EvseCpMachineEvent }) =>
                  event.type === 'cp.changed' && event.cls.state === s,
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
            // a safety input tripped (the contactor is already open): F for a moment, then X1 to see the unplug
            'safety.trip': { target: '.tripStep' },
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
            tripStep: { entry: 'driveLow', after: { T_STATE_F_AFTER_TRIP: 'x1' } },
          },
        },
        power: {
          initial: 'open',
          states: {
            open: {
              always: [
                { guard: 'permitWithPrecharge', target: 'precharging' },
                { guard: 'permit', target: 'closed' },
              ],
            },
            // DC precharge relay (when fitted): closed first, the main contactor after T_PRECHARGE
            precharging: {
              entry: 'closePrecharge',
              always: { guard: not('permit'), target: 'open', actions: 'openPrecharge' },
              after: { T_PRECHARGE: 'closed' },
            },
            closed: {
              entry: ['closeContactor', 'openPrecharge'],
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
