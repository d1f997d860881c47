/**
 * An electrical model of the control-pilot line, shared by a simulated EVSE and a simulated car.
 * Physical, not scripted (style guide P5): volts come from the generator output, the series resistor,
 * the car's diode and state resistors, and fault flags. It knows no IEC states and no time.
 *
 *   EVSE: +-12 V generator --[R1 1 kOhm]--+-- CP ------------------+
 *                                          |                        |  car
 *                                   sense (EVSE)              diode >|-+-- R2 2.74 kOhm --+
 *                                                                      +-- S2 -- R3 ------+-- PE
 *                                                       R3 = 1.3 kOhm (C, 882 Ohm total) or 270 Ohm (D, 246 Ohm)
 *
 * Values per IEC 61851-1 Annex A as cited in ../shared/reference/standards.md 2.4.1.
 */

import type { CpReading, PilotOutput, PwmMeasurement } from '../ports.js';

export interface CpLineParams {
  /** Generator amplitude (+-), volts. IEC 61851-1: 12 V +-0.6 V. */
  generatorV: number;
  /** EVSE series resistor R1, ohms (1 kOhm +-3 %). */
  r1Ohm: number;
  /** Car diode forward drop, volts (a silicon diode: ~0.7 V; puts B at ~9 V). */
  diodeDropV: number;
  /** Car state-B resistor R2, ohms (2.74 kOhm). */
  r2Ohm: number;
  /** S2 resistor for state C, ohms (1.3 kOhm -> 882 Ohm with R2). */
  r3cOhm: number;
  /** S2 resistor for state D (ventilation), ohms (270 Ohm -> 246 Ohm with R2). */
  r3dOhm: number;
  /** PWM frequency, Hz. */
  pwmFrequencyHz: number;
}

export const DEFAULT_CP_LINE: Readonly<CpLineParams> = Object.freeze({
  generatorV: 12,
  r1Ohm: 1000,
  diodeDropV: 0.7,
  r2Ohm: 2740,
  r3cOhm: 1300,
  r3dOhm: 270,
  pwmFrequencyHz: 1000,
});

/** Faults the line can carry. */
export type CpLineFault =
  /** CP shorted to PE: both plateaus 0 V (state E). */
  | 'shortToPe'
  /** The car's diode is missing (shorted): R2 also loads the negative plateau. */
  | 'diodeMissing'
  /** The CP wire is broken between EVSE and car: the EVSE sees no car, the car sees no pilot. */
  | 'cableBreak';

export const CP_LINE_FAULTS: readonly CpLineFault[] = ['shortToPe', 'diodeMissing', 'cableBreak'];

/** Small deterministic PRNG (mulberry32), so noisy runs are reproducible from a seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class SimCpLine {
  readonly params: CpLineParams;
  private output: PilotOutput = { kind: 'low' };
  private plugged = false;
  private s2 = false;
  private ventilation = false;
  private readonly faults = new Set<CpLineFault>();
  private noiseVpp = 0;
  private random: () => number;
  private readonly listeners: Array<(what: string) => void> = [];

  constructor(params: Partial<CpLineParams> = {}, seed = 1) {
    this.params = { ...DEFAULT_CP_LINE, ...params };
    this.random = seededRandom(seed);
  }

  // --- EVSE side -------------------------------------------------------------------------------
  drive(output: PilotOutput): void {
    this.output = output;
    this.changed('drive');
  }

  get generator(): PilotOutput {
    return this.output;
  }

  // --- car side --------------------------------------------------------------------------------
  plug(): void {
    this.plugged = true;
    this.changed('plug');
  }

  unplug(): void {
    this.plugged = false;
    this.changed('unplug');
  }

  get isPlugged(): boolean {
    return this.plugged;
  }

  /** Close/open the car's S2 (state C, or D when `ventilation` is set). */
  setS2(closed: boolean): void {
    this.s2 = closed;
    this.changed('s2');
  }

  get s2Closed(): boolean {
    return this.s2;
  }

  /** The car asks for ventilation: S2 switches 270 Ohm instead of 1.3 kOhm (state D). */
  setVentilation(on: boolean): void {
    this.ventilation = on;
    this.changed('ventilation');
  }

  // --- faults ----------------------------------------------------------------------------------
  setFault(fault: CpLineFault, on = true): void {
    if (on) this.faults.add(fault);
    else this.faults.delete(fault);
    this.changed(`fault:${fault}`);
  }

  hasFault(fault: CpLineFault): boolean {
    return this.faults.has(fault);
  }

  clearFaults(): void {
    this.faults.clear();
    this.changed('faults');
  }

  /** Uniform noise of `vpp` volts peak-to-peak added to every plateau reading. */
  setNoise(vpp: number, seed?: number): void {
    this.noiseVpp = Math.max(0, vpp);
    if (seed !== undefined) this.random = seededRandom(seed);
  }

  onChange(fn: (what: string) => void): void {
    this.listeners.push(fn);
  }

  // --- physics ---------------------------------------------------------------------------------
  /** The car's load to PE, ohms (Infinity when no car is electrically connected). */
  carLoadOhm(): number {
    if (!this.plugged || this.faults.has('cableBreak')) return Infinity;
    const p = this.params;
    if (!this.s2) return p.r2Ohm;
    const r3 = this.ventilation ? p.r3dOhm : p.r3cOhm;
    return (p.r2Ohm * r3) / (p.r2Ohm + r3);
  }

  /** Node voltage for a generator level `vg`, as the EVSE sees it (noise-free). */
  nodeVoltsAt(vg: number): number {
    if (this.faults.has('shortToPe')) return 0;
    const rl = this.carLoadOhm();
    if (!Number.isFinite(rl)) return vg;
    const { r1Ohm, diodeDropV } = this.params;
    if (this.faults.has('diodeMissing')) return (vg * rl) / (r1Ohm + rl);
    if (vg <= diodeDropV) return vg; // diode blocks: no current, node follows the generator
    return diodeDropV + ((vg - diodeDropV) * rl) / (r1Ohm + rl);
  }

  private plateaus(): { high: number; low: number } {
    const g = this.params.generatorV;
    const o = this.output;
    if (o.kind === 'high' || (o.kind === 'pwm' && o.dutyPercent >= 100)) {
      const v = this.nodeVoltsAt(g);
      return { high: v, low: v };
    }
    if (o.kind === 'low' || (o.kind === 'pwm' && o.dutyPercent <= 0)) {
      const v = this.nodeVoltsAt(-g);
      return { high: v, low: v };
    }
    return { high: this.nodeVoltsAt(g), low: this.nodeVoltsAt(-g) };
  }

  private noise(): number {
    return this.noiseVpp === 0 ? 0 : (this.random() - 0.5) * this.noiseVpp;
  }

  /** What the EVSE's sense front end reads (both plateaus, plus noise). */
  evseReading(): CpReading {
    const p = this.plateaus();
    return { highV: p.high + this.noise(), lowV: p.low + this.noise() };
  }

  /** Whether the car's CP input is connected to the EVSE's CP wire. */
  carSeesPilot(): boolean {
    return this.plugged && !this.faults.has('cableBreak');
  }

  /** What the car's CP input reads: the same node, or 0 V (its own R2 to PE) when not connected. */
  carReading(): CpReading {
    if (!this.carSeesPilot()) return { highV: this.noise(), lowV: this.noise() };
    return this.evseReading();
  }

  /** The PWM the car's comparator sees (null: no PWM on its input). */
  carPwm(): PwmMeasurement | null {
    if (!this.carSeesPilot() || this.faults.has('shortToPe')) return null;
    const o = this.output;
    if (o.kind !== 'pwm' || o.dutyPercent <= 0 || o.dutyPercent >= 100) return null;
    return { dutyPercent: o.dutyPercent, frequencyHz: this.params.pwmFrequencyHz };
  }

  private changed(what: string): void {
    for (const fn of this.listeners) fn(what);
  }
}
