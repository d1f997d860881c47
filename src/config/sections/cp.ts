/**
 * Control-pilot keys (cp): sampling, debounce and the IEC 61851-1 / ISO 15118-3 CP timers. Defaults and
 * sources are the named constants in src/cp/timing.ts; override only where field practice differs.
 */

import {
  T_CONTACTOR_FEEDBACK_MS,
  T_LOCK_FEEDBACK_MS,
  T_PRECHARGE_MS,
  T_STATE_F_AFTER_TRIP_MS,
} from '../../cp/safety.js';
import {
  C_SEQU_RETRY,
  CP_DEBOUNCE_SAMPLES,
  CP_SAMPLE_PERIOD_MS,
  T_C1_POWER_OFF_UNDER_LOAD_MS,
  T_LEGACY_WAKEUP_MS,
  T_STAY_IN_X1_AFTER_STEP_EF_MS,
  T_STEP_EF_MS,
  T_STEP_X1_MS,
  TT_EVSE_SLAC_INIT_MS,
} from '../../cp/timing.js';
import { bool, int } from '../spec.js';

export const cp = {
  samplePeriodMs: int(
    CP_SAMPLE_PERIOD_MS,
    'CP read interval; with the debounce it sets the detection latency (budget 100 ms)',
    {
      unit: 'ms',
      min: 1,
      max: 20,
    },
  ),
  debounceSamples: int(CP_DEBOUNCE_SAMPLES, 'equal readings before a CP state change is believed', { min: 1, max: 10 }),
  ventilationAvailable: bool(false, 'EVSE: state D (ventilation requested) may draw power'),
  timing: {
    tStepEfMs: int(
      T_STEP_EF_MS,
      'T_step_EF: E/F duration in the wake-up/retry sequences (ISO 15118-3 Table 3, >= 4 s)',
      {
        unit: 'ms',
        min: 4000,
        max: 60_000,
      },
    ),
    tStepX1Ms: int(T_STEP_X1_MS, 'T_step_X1: X1 before nominal duty after matching (IEC 61851-1 seq 9.2)', {
      unit: 'ms',
      min: 0,
      max: 60_000,
    }),
    tStayInX1AfterStepEfMs: int(T_STAY_IN_X1_AFTER_STEP_EF_MS, 'X1 pause after T_step_EF (EVerest: 500..1000 ms)', {
      unit: 'ms',
      min: 0,
      max: 10_000,
    }),
    tC1PowerOffUnderLoadMs: int(
      T_C1_POWER_OFF_UNDER_LOAD_MS,
      'PWM off but the car stays in C: power off after (IEC 61851-1 seq 10.2)',
      {
        unit: 'ms',
        min: 0,
        max: 6000,
      },
    ),
    ttEvseSlacInitMs: int(
      TT_EVSE_SLAC_INIT_MS,
      'TT_EVSE_SLAC_init: wait for SLAC at 5 % before an E/F retry (20..50 s); 0 = never retry',
      {
        unit: 'ms',
        min: 0,
        max: 50_000,
      },
    ),
    tLegacyWakeupMs: int(
      T_LEGACY_WAKEUP_MS,
      'nominal PWM, car stays in B: one E/F wake-up after this (IEC 61851-1 A.5.3); 0 = off',
      {
        unit: 'ms',
        min: 0,
        max: 600_000,
      },
    ),
    cSequRetry: int(C_SEQU_RETRY, 'C_sequ_retry: E/F retries of the 5 % sequence before X1 [V2G3-M06-07]', {
      min: 0,
      max: 10,
    }),
  },
  safety: {
    contactorFeedbackMs: int(T_CONTACTOR_FEEDBACK_MS, 'the contactor aux contact must follow the command within', {
      unit: 'ms',
      min: 10,
      max: 1000,
    }),
    lockFeedbackMs: int(T_LOCK_FEEDBACK_MS, 'the connector lock feedback must confirm locked within', {
      unit: 'ms',
      min: 50,
      max: 5000,
    }),
    prechargeMs: int(T_PRECHARGE_MS, 'DC: precharge relay closed this long before the main contactor', {
      unit: 'ms',
      min: 0,
      max: 10_000,
    }),
    stateFAfterTripMs: int(T_STATE_F_AFTER_TRIP_MS, 'after a safety trip the pilot shows F this long, then X1', {
      unit: 'ms',
      min: 0,
      max: 5000,
    }),
  },
} as const;
