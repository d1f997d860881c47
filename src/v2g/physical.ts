/**
 * PhysicalValueType helpers: numbers in SI units <-> {Multiplier, Unit, Value} with Value in xs:short range.
 * DIN 70121 and ISO 15118-2 both carry Value as a 16-bit signed integer scaled by 10^Multiplier (-3..3).
 * Pure; knows nothing about messages.
 */

import type { PhysicalValue, V2gProtocol } from './types.js';

const SHORT_MIN = -32768;
const SHORT_MAX = 32767;

/** Units of each protocol's unitSymbolType (DIN has Ah, VA, W/s too; ISO-2 only these seven). */
export const UNIT_SYMBOLS: Record<V2gProtocol, readonly string[]> = {
  din: ['h', 'm', 's', 'A', 'Ah', 'V', 'VA', 'W', 'W/s', 'Wh'],
  iso2: ['h', 'm', 's', 'A', 'V', 'W', 'Wh'],
};

/**
 * Encode `value` (in `unit`) with the smallest multiplier that keeps |Value| within xs:short and keeps
 * `decimals` fractional digits where possible (0.1 V resolution as real chargers report: e.g. 348.4 V ->
 * {Multiplier:-1, Value:3484}). Values beyond 32767e3 saturate.
 */
export function pv(value: number, unit: string, decimals = 1): PhysicalValue {
  const v = Number.isFinite(value) ? value : 0;
  for (let m = decimals > 0 ? -Math.min(3, decimals) : 0; m <= 3; m++) {
    const scaled = Math.round(m < 0 ? v * 10 ** -m : v / 10 ** m);
    if (scaled >= SHORT_MIN && scaled <= SHORT_MAX) {
      // prefer multiplier 0 when the value is integral (what most cars and chargers send)
      if (m < 0 && Number.isInteger(v) && v >= SHORT_MIN && v <= SHORT_MAX)
        return { Multiplier: 0, Unit: unit, Value: v };
      return { Multiplier: m, Unit: unit, Value: scaled + 0 };
    }
  }
  return { Multiplier: 3, Unit: unit, Value: v < 0 ? SHORT_MIN : SHORT_MAX };
}

/** Decode a PhysicalValue to a plain number (Value x 10^Multiplier); undefined when absent or malformed. */
export function pvNum(p: unknown): number | undefined {
  if (!p || typeof p !== 'object') return undefined;
  const o = p as Record<string, unknown>;
  if (typeof o.Value !== 'number') return undefined;
  const m = typeof o.Multiplier === 'number' ? o.Multiplier : 0;
  // divide for negative multipliers so 3484 x 10^-1 is exactly 348.4
  return m < 0 ? o.Value / 10 ** -m : o.Value * 10 ** m;
}
