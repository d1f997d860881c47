/**
 * PEV-side duty measurement from edge timing (a comparator on the CP feeds a GPIO; pigpio alerts give
 * each edge with a microsecond tick). Pure: fed with (level, tick) pairs, read with the current tick.
 * Handles the 32-bit tick wrap (pigpio ticks wrap every ~71.6 minutes).
 */

import type { PwmMeasurement, PwmMeter } from '../ports.js';

const U32 = 0x1_0000_0000;
const since = (now: number, then: number) => (((now - then) % U32) + U32) % U32;

export interface EdgeDutyOptions {
  /** The PWM counts as lost after this many nominal periods without an edge. Default 3. */
  stalePeriods?: number;
  /** Periods outside this range (us) are ignored as glitches. Default 500..2000 us (1 kHz +-50 %). */
  minPeriodUs?: number;
  maxPeriodUs?: number;
}

export class EdgeDutyMeter {
  private lastRise: number | undefined;
  private lastFall: number | undefined;
  private lastEdge: number | undefined;
  private measurement: PwmMeasurement | null = null;
  private periodUs = 1000;
  private readonly stale: number;
  private readonly minP: number;
  private readonly maxP: number;

  constructor(opts: EdgeDutyOptions = {}) {
    this.stale = opts.stalePeriods ?? 3;
    this.minP = opts.minPeriodUs ?? 500;
    this.maxP = opts.maxPeriodUs ?? 2000;
  }

  /** One edge: level after the edge (1 = rising) and its tick (us, uint32). */
  edge(level: 0 | 1, tick: number): void {
    this.lastEdge = tick;
    if (level === 1) {
      if (this.lastRise !== undefined && this.lastFall !== undefined) {
        const period = since(tick, this.lastRise);
        const high = since(this.lastFall, this.lastRise);
        if (period >= this.minP && period <= this.maxP && high <= period) {
          this.periodUs = period;
          this.measurement = {
            dutyPercent: Math.round((high / period) * 10000) / 100,
            frequencyHz: Math.round(1e7 / period) / 10,
          };
        }
      }
      this.lastRise = tick;
    } else {
      this.lastFall = tick;
    }
  }

  /** The latest measurement, or null when no edge came for `stalePeriods` periods (constant level). */
  read(nowTick: number): PwmMeasurement | null {
    if (this.lastEdge === undefined || since(nowTick, this.lastEdge) > this.stale * this.periodUs) return null;
    return this.measurement;
  }

  /** A PwmMeter port reading against a tick source. */
  asMeter(nowTick: () => number): PwmMeter {
    return { read: () => this.read(nowTick()) };
  }
}
