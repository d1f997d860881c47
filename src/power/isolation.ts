/**
 * The isolation monitor (IMD) as the power stage sees it, the IEC 61851-23 thresholds that turn a measured
 * insulation resistance into the V2G IsolationLevel, and the "no IMD" monitor for bench supplies.
 * IEC 61851-23 (DC EV supply equipment, insulation monitoring of the DC output; the same values as ISO 15118-2's
 * isolationLevel semantics): with R the insulation resistance and U the maximum output voltage,
 *   R > 500 ohm/V        -> Valid
 *   100 < R <= 500 ohm/V -> Warning (charging may continue, reported)
 *   R <= 100 ohm/V       -> Fault (no charging; during charging: shut down)
 */

import type { IsolationLevel } from '../v2g/types.js';

/** IEC 61851-23: insulation resistance above this per volt of output is good. */
export const IMD_VALID_OHM_PER_V = 500;
/** IEC 61851-23: at or below this per volt the insulation has failed. */
export const IMD_FAULT_OHM_PER_V = 100;

export function isolationLevelFor(resistanceOhm: number, voltageV: number): IsolationLevel {
  const perV = resistanceOhm / Math.max(voltageV, 1);
  if (perV > IMD_VALID_OHM_PER_V) return 'Valid';
  if (perV > IMD_FAULT_OHM_PER_V) return 'Warning';
  return 'Fault';
}

export interface IsolationMonitor {
  readonly kind: 'bender' | 'none';
  /** False for 'none': every summary says that isolation was not checked. */
  readonly checks: boolean;
  /** Start a measurement (CableCheck); the output is at the test voltage. */
  start(testVoltageV: number): void;
  /** True until the measurement has a result. */
  running(): boolean;
  /** Last result ('Invalid' before the first one). */
  level(): IsolationLevel;
  /** Last measured insulation resistance (ohm), if the monitor measures. */
  resistanceOhm(): number | undefined;
  /** A fault the monitor reports on its own (insulation fault during charging, device fault, no answer). */
  onFault(l: (reason: string) => void): () => void;
}

/** No IMD fitted (bench supply): CableCheck passes at once, and the summary says isolation was not checked. */
export function noImd(): IsolationMonitor {
  return {
    kind: 'none',
    checks: false,
    start() {},
    running: () => false,
    level: () => 'Valid',
    resistanceOhm: () => undefined,
    onFault: () => () => {},
  };
}
