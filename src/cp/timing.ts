/**
 * Control-pilot timers and counters, named as in the standards with the source they were taken from.
 * IEC 61851-1 itself is not available to us: values are as cited by EVerest EvseManager
 * (../shared/reference/standards.md 2.4.3) and by ISO 15118-3 via pyslac/Tinkerforge (2.1.1).
 * Every value is overridable through `CpTiming` (config `cp.timing.*`) where field practice differs.
 */

/** C->B (EV stops): the EVSE removes power within 100 ms. IEC 61851-1 Table A.6 seq 8.1 (EVerest IECStateMachine.cpp). */
export const T_POWER_OFF_AFTER_EV_STOP_MS = 100;

/** B->C with PWM (EV ready): the EVSE enables power within 3 s. IEC 61851-1 Table A.6 seq 4. */
export const T_POWER_ON_AFTER_EV_READY_MAX_MS = 3000;

/** PWM switched off but the EV stays in C (C1): power off under load after 6 s. IEC 61851-1 seq 10.2
 * (EVerest `power_off_under_load_in_c1_timeout`). */
export const T_C1_POWER_OFF_UNDER_LOAD_MS = 6000;

/** E/F duration in the ISO 15118-3 wake-up/retry/legacy sequences: >= 4 s. ISO 15118-3 Table 3 (EVerest T_STEP_EF). */
export const T_STEP_EF_MS = 4000;

/** 5 % -> nominal duty via X1 (after matching): X1 for T_step_X1 = 3 s. IEC 61851-1 seq 9.2, [V2G3-M06-06]
 * (EVerest Charger.hpp T_STEP_X1). */
export const T_STEP_X1_MS = 3000;

/** Pause in X1 after T_step_EF before PWM resumes (EV READY certification): 750 ms (500..1000).
 * EVerest STAY_IN_X1_AFTER_TSTEP_EF_MS. */
export const T_STAY_IN_X1_AFTER_STEP_EF_MS = 750;

/** No SLAC within TT_EVSE_SLAC_init at 5 %: retry the E/F step C_sequ_retry times, then X1. [V2G3-M06-07]. */
export const C_SEQU_RETRY = 2;

/** EVSE waits for the first CM_SLAC_PARM.REQ after state B at 5 %: 20..50 s. ISO 15118-3 Table A.1
 * (libslac 40 000 ms, pyslac 50 s). We use libslac's value. */
export const TT_EVSE_SLAC_INIT_MS = 40_000;

/** Legacy wake-up (IEC 61851-1 A.5.3): nominal PWM, car in B2 but never C: one E/F step after 30 s.
 * EVerest LEGACY_WAKEUP_TIMEOUT (field fix for cars that sleep before the PWM appears). */
export const T_LEGACY_WAKEUP_MS = 30_000;

/** IEC 61851-1: the PWM duty may only be updated every 5 s (EVerest IEC_PWM_MAX_UPDATE_INTERVAL).
 * Documented for the session layer; the CP machine applies a `setCurrent` at once. */
export const T_PWM_MIN_UPDATE_INTERVAL_MS = 5000;

/** How often the CP is sampled (our choice: leaves > 80 ms of the 100 ms budget after debounce). */
export const CP_SAMPLE_PERIOD_MS = 5;

/** Consecutive equal classifications before a CP state change is believed (our choice; see classify.ts). */
export const CP_DEBOUNCE_SAMPLES = 3;

/** Every tunable timer of the CP machines in one object (config `cp.timing`). */
export interface CpTiming {
  samplePeriodMs: number;
  debounceSamples: number;
  tStepEfMs: number;
  tStepX1Ms: number;
  tStayInX1AfterStepEfMs: number;
  tC1PowerOffUnderLoadMs: number;
  ttEvseSlacInitMs: number;
  cSequRetry: number;
  /** 0 = no legacy wake-up. */
  tLegacyWakeupMs: number;
}

export const DEFAULT_CP_TIMING: Readonly<CpTiming> = Object.freeze({
  samplePeriodMs: CP_SAMPLE_PERIOD_MS,
  debounceSamples: CP_DEBOUNCE_SAMPLES,
  tStepEfMs: T_STEP_EF_MS,
  tStepX1Ms: T_STEP_X1_MS,
  tStayInX1AfterStepEfMs: T_STAY_IN_X1_AFTER_STEP_EF_MS,
  tC1PowerOffUnderLoadMs: T_C1_POWER_OFF_UNDER_LOAD_MS,
  ttEvseSlacInitMs: TT_EVSE_SLAC_INIT_MS,
  cSequRetry: C_SEQU_RETRY,
  tLegacyWakeupMs: T_LEGACY_WAKEUP_MS,
});
