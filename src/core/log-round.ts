/**
 * Numbers in log lines rounded to what they mean, so a line reads `"ms":444` instead of `"ms":444.05045699999994`:
 * the precision follows the field name's unit suffix (a table, first match wins); any other fraction keeps 3 decimals.
 * Integers, strings and non-plain objects (errors, buffers) pass unchanged. Used by every logger of core/log.ts.
 */

/** Field name pattern -> decimals. */
const ROUNDING: readonly [RegExp, (v: number) => number][] = [
  // durations in ms: whole ms, a tenth below 100 ms (a V2G response takes a few ms)
  [/(^ms|Ms)$/, (v) => (Math.abs(v) >= 100 ? 0 : 1)],
  [/(^seconds|Seconds)$/, () => 1],
  [/(^percent|Percent)$/, () => 1],
  [/(^db|Db|dB)$/, () => 1],
  [/Wh$/, () => 2],
  // volts, amps, watts, hertz: a tenth (the ADC and the DIN/ISO PhysicalValues resolve no better in the field)
  [/(V|A|W|Hz)$/, () => 1],
];

const FALLBACK_DECIMALS = 3;
const MAX_DEPTH = 5;

function roundTo(v: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(v * f) / f;
}

function isPlain(o: unknown): o is Record<string, unknown> {
  if (o === null || typeof o !== 'object') return false;
  const p = Object.getPrototypeOf(o);
  return p === Object.prototype || p === null;
}

function roundValue(key: string, v: unknown, depth: number): unknown {
  if (typeof v === 'number') {
    if (Number.isInteger(v) || !Number.isFinite(v)) return v;
    const rule = ROUNDING.find(([re]) => re.test(key));
    return roundTo(v, rule ? rule[1](v) : FALLBACK_DECIMALS);
  }
  if (depth >= MAX_DEPTH) return v;
  if (Array.isArray(v)) return v.map((x) => roundValue(key, x, depth + 1));
  if (isPlain(v)) return roundFields(v, depth + 1);
  return v;
}

/** A copy of a log line's fields with every fractional number rounded by its name (nested objects too). */
export function roundFields(o: Record<string, unknown>, depth = 0): Record<string, unknown> {
  let out: Record<string, unknown> | undefined;
  for (const [k, v] of Object.entries(o)) {
    const r = roundValue(k, v, depth);
    if (r !== v) {
      out ??= { ...o };
      out[k] = r;
    }
  }
  return out ?? o;
}
