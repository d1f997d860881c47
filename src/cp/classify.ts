/**
 * Level 1 of the control pilot (style guide P8): CP plateau volts -> IEC 61851-1 state A..F or invalid.
 * Pure: a thresholds table, hysteresis through the gaps between adjacent bands, and a debouncer.
 * Knows no hardware and no timers; the CP machines call it with every sample.
 *
 * Bands (volts on the positive plateau) are our own triangulation of IEC 61851-1 Table A.3 as cited in
 * ../shared/reference/standards.md 2.4.1: nominal 12/9/6/3/0/-12 V, windows like Beckhoff EL6761's
 * defaults (nominal +-1.25 V), and 0.5 V gaps between adjacent bands. A value inside a gap keeps the
 * previous state when that state is one of the two neighbours (that is the hysteresis: a state is left
 * only 0.25 V past the midpoint), otherwise it goes to the nearer band.
 */

export type CpState = 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'invalid';

/** Why a reading is `invalid` (or E/F): for diagnostics and for the `error` event. */
export type CpReason =
  | 'shortToPe' // E: both plateaus near 0 V
  | 'generatorLow' // F: the whole waveform near -12 V
  | 'diodeFault' // PWM runs but the negative plateau is loaded (car diode missing/shorted)
  | 'noNegativePlateau' // PWM expected but there is no negative plateau
  | 'outOfRange' // a level outside every band (cable fault, wrong scaling, overvoltage)
  | 'unstable'; // readings keep disagreeing with the believed state but never settle (noise, bad contact)

export interface CpClass {
  state: CpState;
  reason?: CpReason;
}

export interface CpBand {
  state: 'A' | 'B' | 'C' | 'D' | 'E' | 'F';
  minV: number;
  maxV: number;
}

export interface CpThresholds {
  /** Bands of the positive plateau, ordered from the highest voltage down. */
  bands: readonly CpBand[];
  /** Window in which the negative plateau of a healthy PWM must lie (generator -12 V, diode blocking). */
  negativePlateau: { minV: number; maxV: number };
}

/** Default thresholds (volts). Adjacent positive bands leave 0.5 V gaps: the hysteresis. */
export const DEFAULT_CP_THRESHOLDS: CpThresholds = Object.freeze({
  bands: Object.freeze([
    { state: 'A', minV: 10.75, maxV: 13.0 }, // 12 V: no vehicle
    { state: 'B', minV: 7.75, maxV: 10.25 }, // 9 V: vehicle connected (2.74 kOhm)
    { state: 'C', minV: 4.75, maxV: 7.25 }, // 6 V: ready, no ventilation (882 Ohm)
    { state: 'D', minV: 1.75, maxV: 4.25 }, // 3 V: ready, ventilation required (246 Ohm)
    { state: 'E', minV: -1.25, maxV: 1.25 }, // 0 V: CP shorted to PE / EVSE mains problem
    { state: 'F', minV: -13.0, maxV: -10.75 }, // -12 V: EVSE not available
  ] as const),
  negativePlateau: Object.freeze({ minV: -13.0, maxV: -10.75 }),
}) as CpThresholds;

/** States whose bands are adjacent on the voltage axis and may share a hysteresis gap. */
const ADJACENT: ReadonlySet<string> = new Set(['A|B', 'B|C', 'C|D', 'D|E']);

function inBand(v: number, b: CpBand): boolean {
  return v >= b.minV && v <= b.maxV;
}

/** Band state of the positive plateau alone, with gap hysteresis against `prev`. */
function positiveBand(v: number, prev: CpState | undefined, t: CpThresholds): CpBand['state'] | undefined {
  const bands = t.bands;
  for (const b of bands) if (inBand(v, b)) return b.state;
  for (let i = 0; i + 1 < bands.length; i++) {
    const upper = bands[i] as CpBand;
    const lower = bands[i + 1] as CpBand;
    if (v < upper.minV && v > lower.maxV && ADJACENT.has(`${upper.state}|${lower.state}`)) {
      if (prev === upper.state || prev === lower.state) return prev;
      return v - lower.maxV < upper.minV - v ? lower.state : upper.state;
    }
  }
  return undefined;
}

/**
 * Classify one reading.
 * @param pwmExpected true when the generator is running a PWM (0 < duty < 100): only then is a
 *   negative plateau required, and a loaded one means a diode fault.
 * @param prev the current (debounced) state, for hysteresis.
 */
export function classifyCp(
  highV: number,
  lowV: number,
  pwmExpected: boolean,
  prev?: CpState,
  t: CpThresholds = DEFAULT_CP_THRESHOLDS,
): CpClass {
  if (!Number.isFinite(highV) || !Number.isFinite(lowV)) return { state: 'invalid', reason: 'outOfRange' };
  const band = positiveBand(highV, prev, t);
  if (band === undefined) return { state: 'invalid', reason: 'outOfRange' };
  if (band === 'E') return { state: 'E', reason: 'shortToPe' };
  if (band === 'F') return { state: 'F', reason: 'generatorLow' };
  if (pwmExpected) {
    const n = t.negativePlateau;
    if (lowV < n.minV) return { state: 'invalid', reason: 'outOfRange' };
    if (lowV > n.maxV) {
      // A negative plateau clearly below 0 V but above -10.75 V is the car's R2 loading it: no diode.
      const eMax = (t.bands.find((b) => b.state === 'E') as CpBand).minV;
      return { state: 'invalid', reason: lowV < eMax ? 'diodeFault' : 'noNegativePlateau' };
    }
  }
  return { state: band };
}

/** Debouncer state: the believed class and a candidate that must repeat `samples` times. */
export interface CpDebounce {
  stable: CpClass | undefined;
  candidate: CpClass | undefined;
  count: number;
  /** Consecutive samples that disagreed with `stable`. */
  differ: number;
}

export const INITIAL_DEBOUNCE: CpDebounce = Object.freeze({
  stable: undefined,
  candidate: undefined,
  count: 0,
  differ: 0,
});

function sameClass(a: CpClass | undefined, b: CpClass | undefined): boolean {
  return a?.state === b?.state && a?.reason === b?.reason;
}

/**
 * Feed one classification. A change is accepted after `samples` consecutive equal classifications;
 * returns the new debouncer state and whether the stable class changed.
 * Safety net: when `unstableLimit` consecutive samples disagree with the believed state without ever
 * settling (noise beyond the band margins, a loose contact), the state becomes `invalid (unstable)`,
 * so a noisy C->B can never keep a contactor closed. Default limit: 3 x `samples`.
 */
export function debounceCp(
  d: CpDebounce,
  c: CpClass,
  samples: number,
  unstableLimit = 3 * Math.max(1, samples),
): { next: CpDebounce; changed: boolean } {
  if (sameClass(d.stable, c))
    return { next: { stable: d.stable, candidate: undefined, count: 0, differ: 0 }, changed: false };
  const count = sameClass(d.candidate, c) ? d.count + 1 : 1;
  if (count >= Math.max(1, samples)) {
    return { next: { stable: c, candidate: undefined, count: 0, differ: 0 }, changed: true };
  }
  const differ = d.differ + 1;
  const unstable: CpClass = { state: 'invalid', reason: 'unstable' };
  if (differ >= unstableLimit && d.stable !== undefined && !sameClass(d.stable, unstable)) {
    return { next: { stable: unstable, candidate: undefined, count: 0, differ: 0 }, changed: true };
  }
  return { next: { stable: d.stable, candidate: c, count, differ }, changed: false };
}
