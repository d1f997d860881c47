/**
 * Pure helpers for the ADC paths: ADC volts -> CP volts (the front end's scale and offset, see
 * hw/cp-frontend.md), and the two plateaus of a burst of samples spanning at least one PWM period.
 * Knows no states.
 */

import type { CpReading, PwmMeasurement } from '../ports.js';

/** cpVolts = (adcVolts - offsetV) * scale. For the MCP3008 divider in hw/cp-frontend.md: scale 10.09, offset 1.4865 V. */
export interface AdcScaling {
  scale: number;
  offsetV: number;
}

export const toCpVolts = (adcV: number, s: AdcScaling): number => (adcV - s.offsetV) * s.scale;

/**
 * High and low plateau of a burst (CP volts): its maximum and minimum. No rank-based spike rejection:
 * at 5 % duty a 1 MHz MCP3008 burst (one sample per ~35 us) has one or two samples on the 50 us high plateau
 * per period, and dropping one would read 5 % PWM as state F (mcp3008-timing.ts guarantees at least one). Spikes are the front end's RC filter's job, and a single bad burst is absorbed
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
 * Duty from a burst: the share of samples above the midpoint between the plateaus, counted over whole PWM
 * periods only (from the first rising edge to the last one), so the result does not depend on where the
 * burst starts. Needs a burst spanning more than two periods (`hal.adc.burstSamples` >= 64 at 1 MHz);
 * with fewer rising edges it falls back to the whole burst (biased by the phase). Coarse: one sample
 * (about 35 us at 1 MHz) is 3.5 % of a period. Works without edge timing (Raspberry Pi 5, no pigpio).
 * Null when the plateaus are less than `minSwingV` apart (no PWM).
 */
export function dutyFromBurst(volts: readonly number[], frequencyHz: number, minSwingV = 6): PwmMeasurement | null {
  const { highV, lowV } = plateausFromBurst(volts);
  if (!(highV - lowV >= minSwingV)) return null;
  const mid = (highV + lowV) / 2;
  const rises: number[] = [];
  for (let i = 1; i < volts.length; i++) {
    if ((volts[i - 1] as number) <= mid && (volts[i] as number) > mid) rises.push(i);
  }
  const from = rises.length >= 2 ? (rises[0] as number) : 0;
  const to = rises.length >= 2 ? (rises[rises.length - 1] as number) : volts.length;
  let above = 0;
  for (let i = from; i < to; i++) if ((volts[i] as number) > mid) above++;
  return { dutyPercent: Math.round((above / (to - from)) * 1000) / 10, frequencyHz };
}
