/**
 * The CP lines of `piccs evse` / `piccs pev` (hw/bringup.md step 7 relies on them): every change of the CP state at
 * info, with the plateau volts of the reading that showed it and the PWM duty (the EVSE's own generator output, or what
 * the car's duty meter measures), every change of the EVSE's generator output at info, and the readings themselves at
 * debug: a reading when a plateau moved by READING_STEP_V or the duty by READING_STEP_PERCENT, and at least one every
 * READING_HEARTBEAT_MS (the CP is sampled every 5 ms: logging each would flood even a debug log).
 * Wraps the sampler / duty meter ports and taps the CP machine's events; decides nothing.
 */

import type { Clock } from '../core/clock.js';
import type { Log } from '../core/log.js';
import type { CpReading, CpSampler, EvseCpPorts, PevCpPorts, PilotOutput, PwmMeter } from '../hal/ports.js';

/** A reading is logged (debug) when a plateau moved this much since the last logged one (the ADC path resolves ~0.1 V). */
export const READING_STEP_V = 0.5;
/** ... or the measured duty moved this much (IEC 61851-1 allows +-0.5 % duty tolerance at the EVSE). */
export const READING_STEP_PERCENT = 1;
/** ... and at least this often while readings come in. */
export const READING_HEARTBEAT_MS = 1000;

const describeOutput = (o: PilotOutput): { text: string; dutyPercent: number | null } =>
  o.kind === 'pwm'
    ? { text: `PWM ${o.dutyPercent} %`, dutyPercent: o.dutyPercent }
    : { text: o.kind === 'high' ? 'constant +12 V' : 'constant -12 V', dutyPercent: null };

export class CpLog {
  private last?: CpReading;
  private lastDuty: number | null = null;
  private logged?: { r: CpReading; duty: number | null; at: number };

  constructor(
    private readonly log: Log,
    private readonly clock: Clock,
  ) {}

  /** EVSE ports with the sampler tapped. */
  evsePorts(p: EvseCpPorts): EvseCpPorts {
    return { pwm: p.pwm, sampler: this.sampler(p.sampler), contactor: p.contactor, lock: p.lock };
  }

  /** PEV ports with the sampler and the duty meter tapped. */
  pevPorts(p: PevCpPorts): PevCpPorts {
    return { sampler: this.sampler(p.sampler), pwmMeter: this.meter(p.pwmMeter), s2: p.s2 };
  }

  /** The CP machine's events (either role). */
  onEvent(e: { type: string; [k: string]: unknown }): void {
    if (e.type === 'evseCp.pilot') {
      const o = describeOutput(e.output as PilotOutput);
      this.lastDuty = o.dutyPercent;
      this.log.info({ output: (e.output as PilotOutput).kind, dutyPercent: o.dutyPercent }, `CP generator: ${o.text}`);
    } else if (e.type === 'pevCp.pwmDetected' || e.type === 'pevCp.dutyChanged') {
      // the car side: the charger's PWM came or changed (B1 -> B2, 5 % = digital communication)
      const duty = round1(Number(e.dutyPercent));
      const meaning = e.meaning as { kind: string; amps?: number };
      const what = meaning.kind === 'current' ? `${meaning.amps} A allowed` : meaning.kind;
      this.log.info({ dutyPercent: duty, meaning: meaning.kind, amps: meaning.amps }, `CP PWM ${duty} % (${what})`);
    } else if (e.type === 'pevCp.pwmLost') {
      this.log.info({ dutyPercent: null }, 'CP PWM gone (constant level)');
    } else if (e.type === 'evseCp.cpState' || e.type === 'pevCp.cpState') {
      const r = this.last;
      const volts = r ? ` at ${fmtV(r.highV)} / ${fmtV(r.lowV)}` : '';
      const duty = this.lastDuty === null ? 'no PWM' : `PWM ${round1(this.lastDuty)} %`;
      this.log.info(
        { state: e.state, reason: e.reason, highV: r?.highV, lowV: r?.lowV, dutyPercent: this.lastDuty },
        `CP state ${String(e.state)}${volts}, ${duty}${e.reason ? ` (${String(e.reason)})` : ''}`,
      );
    }
  }

  private sampler(inner: CpSampler): CpSampler {
    return {
      read: () => {
        const r = inner.read();
        if (r instanceof Promise) return r.then((x) => this.reading(x));
        return this.reading(r as CpReading);
      },
    };
  }

  private meter(inner: PwmMeter): PwmMeter {
    return {
      read: () => {
        const m = inner.read();
        this.lastDuty = m ? m.dutyPercent : null;
        return m;
      },
    };
  }

  private reading(r: CpReading): CpReading {
    this.last = r;
    const now = this.clock.now();
    const l = this.logged;
    const moved =
      !l ||
      Math.abs(r.highV - l.r.highV) >= READING_STEP_V ||
      Math.abs(r.lowV - l.r.lowV) >= READING_STEP_V ||
      (this.lastDuty === null) !== (l.duty === null) ||
      Math.abs((this.lastDuty ?? 0) - (l.duty ?? 0)) >= READING_STEP_PERCENT;
    if ((moved || now - l.at >= READING_HEARTBEAT_MS) && this.log.isLevelEnabled('debug')) {
      this.logged = { r, duty: this.lastDuty, at: now };
      this.log.debug({ highV: r.highV, lowV: r.lowV, dutyPercent: this.lastDuty }, 'CP reading');
    }
    return r;
  }
}

const round1 = (v: number) => Math.round(v * 10) / 10;
const fmtV = (v: number) => `${v >= 0 ? '+' : ''}${round1(v).toFixed(1)} V`;
