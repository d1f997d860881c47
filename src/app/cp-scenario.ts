/**
 * A simulated control-pilot scenario (what `piccs sim` shows until the full session exists):
 * a car plugs into the simulated EVSE, the EVSE offers a nominal duty (AC basic charging), the car
 * closes S2 (B -> C), the contactor closes, the car stops after `chargeSeconds` (C -> B: contactor opens
 * within 100 ms), and unplugs. Optionally a CP fault is injected during charging, and the time from the
 * fault to the contactor opening is measured on the simulated line.
 * Runs on a ManualClock (instant, deterministic; the default) or on the system clock (real time).
 * A composition root: it builds the sim line, both boards and both CP actors, and plays a tiny session.
 */

import { createActor } from 'xstate';
import { type Clock, ManualClock } from '../core/clock.js';
import type { EvseCpEvent } from '../cp/evse-cp.events.js';
import { evseCpMachine } from '../cp/evse-cp.machine.js';
import type { PevCpEvent } from '../cp/pev-cp.events.js';
import { pevCpMachine } from '../cp/pev-cp.machine.js';
import type { CpTiming } from '../cp/timing.js';
import { SimEvseBoard, SimPevBoard } from '../hal/sim/board.js';
import { SimCpLine } from '../hal/sim/cp-line.js';

/** CP-level faults the scenario can inject (names as in `piccs sim --fault`). */
export type CpScenarioFault = 'unplug' | 'cp-short' | 'diode-fail' | 'cable-break' | 'adc-fail';
export const CP_SCENARIO_FAULTS: readonly CpScenarioFault[] = [
  'unplug',
  'cp-short',
  'diode-fail',
  'cable-break',
  'adc-fail',
];

export interface CpScenarioOptions {
  /** Default: a fresh ManualClock (the run completes at once). Pass `systemClock` for real time. */
  clock?: Clock;
  /** Current offered with the nominal duty, A. Default 16 (26.67 %). */
  amps?: number;
  /** How long the car draws power before it stops, seconds. Default 3. */
  chargeSeconds?: number;
  /** When the car plugs in, ms after start. Default 500. */
  plugInAtMs?: number;
  /** When the car unplugs after the contactor opened, ms. Default 1000. */
  unplugAfterMs?: number;
  /** Inject a fault this many ms after the contactor closed (default 1000), instead of a normal stop. */
  fault?: CpScenarioFault;
  faultAfterMs?: number;
  /** Noise on the CP line, volts peak-to-peak, and its seed. */
  noiseVpp?: number;
  seed?: number;
  timing?: Partial<CpTiming>;
  /** Give up after this many ms of clock time. Default: 60 s + the charge time. */
  deadlineMs?: number;
}

export interface CpTimelineEntry {
  t: number;
  side: 'evse' | 'pev' | 'line';
  what: string;
}

export interface CpScenarioResult {
  /** The session ended normally (plug, charge, stop, unplug) without a fault. */
  ok: boolean;
  /** The outputs ended safe: contactor open (and, after a fault, opened within 100 ms). */
  safe: boolean;
  fault?: CpScenarioFault;
  /** Fault -> contactor output open, ms (only with `fault`). */
  contactorOpenMs?: number;
  /** Car stop (S2 opened) -> contactor output open, ms (only without a fault). */
  stopToOpenMs?: number;
  /** Contactor closed time, ms. */
  chargeMs: number;
  durationMs: number;
  timeline: CpTimelineEntry[];
}

function describeEvse(e: EvseCpEvent): string | undefined {
  switch (e.type) {
    case 'evseCp.pilot':
      if (e.output.kind === 'pwm') return `pilot PWM ${e.output.dutyPercent} %`;
      return e.output.kind === 'high' ? 'pilot +12 V (no PWM)' : 'pilot -12 V (state F)';
    case 'evseCp.cpState':
      return `CP ${e.state}${e.reason ? ` (${e.reason})` : ''}, first sample at ${e.sampleAt} ms`;
    case 'evseCp.powerOff':
      return `contactor OPEN (${e.reason})`;
    case 'evseCp.powerOn':
      return 'contactor CLOSED';
    case 'evseCp.error':
      return `error ${e.code}: ${e.message}`;
    default:
      return e.type.slice('evseCp.'.length);
  }
}

function describePev(e: PevCpEvent): string | undefined {
  switch (e.type) {
    case 'pevCp.cpState':
      return undefined; // the EVSE's view is enough for the timeline
    case 'pevCp.pwmDetected':
    case 'pevCp.dutyChanged': {
      const m = e.meaning.kind === 'current' ? `${e.meaning.amps} A` : e.meaning.kind;
      return `${e.type.slice('pevCp.'.length)} ${e.dutyPercent} % -> ${m}`;
    }
    case 'pevCp.error':
      return `error ${e.code}: ${e.message}`;
    default:
      return e.type.slice('pevCp.'.length);
  }
}

export async function runCpScenario(opts: CpScenarioOptions = {}): Promise<CpScenarioResult> {
  const clock = opts.clock ?? new ManualClock();
  const manual = clock instanceof ManualClock ? clock : undefined;
  const t0 = clock.now();
  const rel = () => Math.round((clock.now() - t0) * 1000) / 1000;
  const amps = opts.amps ?? 16;
  const chargeMs = (opts.chargeSeconds ?? 3) * 1000;
  const deadline = opts.deadlineMs ?? 60_000 + chargeMs;
  const timeline: CpTimelineEntry[] = [];
  const note = (side: CpTimelineEntry['side'], what: string | undefined) => {
    if (what) timeline.push({ t: rel(), side, what });
  };

  const line = new SimCpLine({}, opts.seed ?? 1);
  if (opts.noiseVpp) line.setNoise(opts.noiseVpp);
  const evseBoard = new SimEvseBoard(line, clock);
  const pevBoard = new SimPevBoard(line, clock);
  const evse = createActor(evseCpMachine, { clock, input: { ports: evseBoard, clock, timing: opts.timing } });
  const pev = createActor(pevCpMachine, { clock, input: { ports: pevBoard, clock, timing: opts.timing } });

  let finished = false;
  let resolveDone: () => void = () => {};
  const done = new Promise<void>((r) => {
    resolveDone = r;
  });
  const finish = () => {
    if (finished) return;
    finished = true;
    resolveDone();
  };

  let closedAt: number | undefined;
  let chargeTotal = 0;
  let stopAt: number | undefined;
  let faultAt: number | undefined;
  let faultOpenAt: number | undefined;
  let stopOpenAt: number | undefined;
  let faulted = false;

  const injectFault = () => {
    if (!opts.fault) return;
    faultAt = clock.now();
    note('line', `FAULT ${opts.fault}`);
    switch (opts.fault) {
      case 'unplug':
        line.unplug();
        break;
      case 'cp-short':
        line.setFault('shortToPe');
        break;
      case 'diode-fail':
        line.setFault('diodeMissing');
        break;
      case 'cable-break':
        line.setFault('cableBreak');
        break;
      case 'adc-fail':
        evseBoard.failSampler();
        break;
    }
    // Let the machines react, then end (the session would clean up here).
    clock.setTimeout(finish, 1000);
  };

  evse.on('*', (e: EvseCpEvent) => {
    note('evse', describeEvse(e));
    switch (e.type) {
      case 'evseCp.carPluggedIn':
        evse.send({ type: 'startNominal', amps, via: 'direct' });
        evse.send({ type: 'allowPower' });
        break;
      case 'evseCp.powerOn':
        closedAt = clock.now();
        if (opts.fault) clock.setTimeout(injectFault, opts.faultAfterMs ?? 1000);
        else
          clock.setTimeout(() => {
            stopAt = clock.now();
            note('pev', 'driver stops charging');
            pev.send({ type: 'stopPower' });
          }, chargeMs);
        break;
      case 'evseCp.powerOff':
        if (closedAt !== undefined) chargeTotal += clock.now() - closedAt;
        closedAt = undefined;
        if (faultAt !== undefined && faultOpenAt === undefined) faultOpenAt = clock.now();
        if (stopAt !== undefined && stopOpenAt === undefined) {
          stopOpenAt = clock.now();
          clock.setTimeout(() => {
            note('line', 'car unplugged');
            line.unplug();
          }, opts.unplugAfterMs ?? 1000);
        }
        break;
      case 'evseCp.error':
        faulted = true;
        break;
      case 'evseCp.carUnplugged':
        if (!opts.fault) clock.setTimeout(finish, 100);
        break;
    }
  });
  pev.on('*', (e: PevCpEvent) => {
    note('pev', describePev(e));
    if (e.type === 'pevCp.pwmDetected' && e.meaning.kind === 'current') pev.send({ type: 'requestPower' });
  });

  clock.setTimeout(() => {
    note('line', 'car plugged in');
    line.plug();
  }, opts.plugInAtMs ?? 500);
  const giveUp = clock.setTimeout(() => {
    note('line', `deadline ${deadline} ms reached`);
    finish();
  }, deadline);

  evse.start();
  pev.start();
  if (manual) {
    while (!finished && manual.runNext()) {
      /* run the simulated clock until the scenario ends */
    }
  } else {
    await done;
  }
  clock.clearTimeout(giveUp);
  const contactorOpenAtEnd = !evseBoard.contactor.get();
  pev.stop();
  evse.stop();

  const contactorOpenMs = faultAt !== undefined && faultOpenAt !== undefined ? faultOpenAt - faultAt : undefined;
  // After a fault the contactor must have opened within 100 ms (IEC 61851-1), not merely by the end.
  const faultSafe = opts.fault ? contactorOpenMs !== undefined && contactorOpenMs <= 100 : true;
  const result: CpScenarioResult = {
    ok: !opts.fault && !faulted && stopOpenAt !== undefined && timeline.some((x) => x.what === 'carUnplugged'),
    safe: contactorOpenAtEnd && faultSafe,
    chargeMs: chargeTotal,
    durationMs: rel(),
    timeline,
  };
  if (opts.fault) result.fault = opts.fault;
  if (contactorOpenMs !== undefined) result.contactorOpenMs = contactorOpenMs;
  if (stopAt !== undefined && stopOpenAt !== undefined) result.stopToOpenMs = stopOpenAt - stopAt;
  return result;
}

/** The timeline as aligned text lines: `   1234.0 ms  EVSE  CP B ...`, then a one-line summary. */
export function formatCpTimeline(r: CpScenarioResult): string {
  const lines = r.timeline.map((e) => `${e.t.toFixed(1).padStart(9)} ms  ${e.side.toUpperCase().padEnd(4)}  ${e.what}`);
  const summary = r.fault
    ? `fault ${r.fault}: contactor opened ${r.contactorOpenMs ?? '?'} ms after the fault; safe=${r.safe}`
    : `ok=${r.ok} safe=${r.safe}: charged ${(r.chargeMs / 1000).toFixed(1)} s, car stop -> contactor open ${r.stopToOpenMs ?? '?'} ms`;
  return `${lines.join('\n')}\n${summary}\n`;
}
