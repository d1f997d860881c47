/**
 * Pure helpers for the ADC paths: ADC volts -> CP volts (the front end's scale and offset, see
 * hw/cp-frontend.md), and the two plateaus of a burst of samples spanning at least one PWM period.
 * Knows no states.
 */

import type { CpReading, PwmMeasurement } from '../ports.js';

/** cpVolts = (adcVolts - offsetV) * scale. For the MCP3008 divider in hw/cp-frontend.md: scale 10.4, offset 1.491 V. */
export interface AdcScaling {
  scale: number;
  offsetV: number;
}

export const toCpVolts = (adcV: number, s: AdcScaling): number => (adcV - s.offsetV) * s.scale;

/**
 * High and low plateau of a burst (CP volts): its maximum and minimum. No rank-based spike rejection:
 * at 5 % duty a 1 MHz MCP3008 burst has only 2 samples on the 50 us high plateau, and dropping one would
 * read 5 % PWM as state F. Spikes are the front end's RC filter's job, and a single bad burst is absorbed
 * by the classifier's debounce.
 */
export function plateausFromBurst(volts: readonly number[]): CpReading {
  if (volts.length === 0) return { highV: Number.NaN, lowV: Number.NaN };
  let highV = -Infinity;
  let lowV = Infinity;
  for (const v of volts) {
    if (v > highV) highV = v;
    if (v < lowV) lowV = v;
  }
  return { highV, lowV };
}

/**
 * Duty from a burst: the share of samples above the midpoint between the plateaus. Coarse (1/n per
 * burst, e.g. 1.6 % at 64 samples over one period) but works without edge timing (Raspberry Pi 5, no
 * pigpio). Null when the plateaus are less than `minSwingV` apart (no PWM).
 */
export function dutyFromBurst(volts: readonly number[], frequencyHz: number, minSwingV = 6): PwmMeasurement | null {
  const { highV, lowV } = plateausFromBurst(volts);
  if (!(highV - lowV >= minSwingV)) return null;
  const mid = (highV + lowV) / 2;
  let above = 0;
  for (const v of volts) if (v > mid) above++;
  return { dutyPercent: Math.round((above / volts.length) * 1000) / 10, frequencyHz };
}
