/**
 * The V2G message log of one SECC or EVCC, fed by its own V2gEvents, so every message is logged exactly once, by the
 * side that sent or received it (the roles and `sim` only listen to the events, they do not log messages again):
 * - each message at `level` (info by default): `rx SessionSetupReq`, `tx SessionSetupRes OK_NewSessionEstablished`,
 *   with fields {dir, name, code} (code = the response's ResponseCode);
 * - the charge loop messages (CurrentDemand DC, one every ~100 ms; ChargingStatus AC) at debug only, plus one line at
 *   `level` when the loop starts, one every CHARGE_LOOP_LOG_INTERVAL_MS with the loop count, U, I, targets and SoC,
 *   and one when it ends, so a long session stays readable;
 * - a request repeated while the charger says Ongoing (ContractAuthentication, ChargeParameterDiscovery, CableCheck,
 *   PreCharge, WeldingDetection: an Alpitronic CableCheck ran 157 times in 14 s) is logged at `level` once, its
 *   repeats at debug (a repeat's response whose code differs from the first one's still at `level`), then one line
 *   `CableCheck x157 in 14.4 s` when the next message comes;
 * - what a person needs of a body (message-detail.ts) is in the line: EVSEProcessing (a repeat's response whose
 *   EVSEProcessing changes, e.g. Ongoing -> Finished, is logged at `level` too, and the run's line counts them),
 *   PreCharge's present vs target voltage (also in its run's line), and in the charge loop lines whether the charger is
 *   at its current, voltage or power limit (and in how many of the loops since the last line).
 * Knows log levels and the event shapes; nothing about the protocol beyond the charge loop message names.
 */

import type { Log } from '../core/log.js';
import type { V2gEvent, V2gEventListener } from './events.js';
import type { MessageDetail } from './message-detail.js';

/** Messages of the charge loop (DIN 70121 / ISO 15118-2 DC: CurrentDemand; ISO 15118-2 AC: ChargingStatus). */
export const CHARGE_LOOP_MESSAGES: ReadonlySet<string> = new Set([
  'CurrentDemandReq',
  'CurrentDemandRes',
  'ChargingStatusReq',
  'ChargingStatusRes',
]);

/** One progress line per this much charge loop time (piccs choice: readable in the field, ~50 DC loops a line). */
export const CHARGE_LOOP_LOG_INTERVAL_MS = 5000;

export type MessageLogLevel = 'info' | 'debug';

export interface MessageLogOptions {
  /** Level of the message lines and of the charge loop progress lines (default info). */
  level?: MessageLogLevel;
  /** Progress line interval in clock ms (default CHARGE_LOOP_LOG_INTERVAL_MS). */
  loopIntervalMs?: number;
}

type LoopSample = Extract<V2gEvent, { type: 'v2g.chargeLoop' }>;
type MessageEvent = Extract<V2gEvent, { type: 'v2g.message' }>;

/** A run of one repeated (non-loop) request. */
interface Run {
  name: string;
  count: number;
  startAt: number;
  lastAt: number;
  /** The first response's code. */
  code?: string;
  /** The last response's EVSEProcessing, and how often each value came. */
  processing?: string;
  tally: Record<string, number>;
  /** The voltages last seen (PreCharge: the car's target, the charger's present voltage). */
  targetV?: number;
  presentV?: number;
}

const round1 = (v: number) => Math.round(v * 10) / 10;

/** A V2gEventListener that writes the message log described above to `log`. */
export function v2gMessageLog(log: Log, opts: MessageLogOptions = {}): V2gEventListener {
  const level = opts.level ?? 'info';
  const intervalMs = opts.loopIntervalMs ?? CHARGE_LOOP_LOG_INTERVAL_MS;
  let loops = 0;
  let loopStartAt = 0;
  let lastReportAt = 0;
  let latest: LoopSample | undefined;
  let run: Run | undefined;
  let repeating = false;
  /** The charge loop's limit reports since the last loop line: loops at a limit, which limits, loops answered. */
  let limit = { loops: 0, kinds: new Set<string>(), answered: 0 };

  const endRun = () => {
    if (run && run.count > 1) {
      const seconds = Math.round((run.lastAt - run.startAt) / 100) / 10;
      const tally = Object.entries(run.tally);
      const processing = tally.length ? ` (EVSEProcessing ${tally.map(([p, n]) => `${p} x${n}`).join(', ')})` : '';
      const volts =
        run.presentV !== undefined && run.targetV !== undefined
          ? `: present ${round1(run.presentV)} V, target ${round1(run.targetV)} V`
          : '';
      log[level](
        {
          name: run.name,
          repeats: run.count,
          seconds,
          ...(tally.length ? { processing: run.tally } : {}),
          ...(volts ? { presentVoltageV: run.presentV, targetVoltageV: run.targetV } : {}),
        },
        `${run.name} x${run.count} in ${seconds} s${processing}${volts}`,
      );
    }
    run = undefined;
    repeating = false;
  };

  /** Remember the run's voltages and EVSEProcessing; true when EVSEProcessing changed (worth a line at `level`). */
  const noteDetail = (d: MessageDetail | undefined): boolean => {
    if (!run || !d) return false;
    if (d.targetVoltageV !== undefined) run.targetV = d.targetVoltageV;
    if (d.presentVoltageV !== undefined) run.presentV = d.presentVoltageV;
    if (d.processing === undefined) return false;
    run.tally[d.processing] = (run.tally[d.processing] ?? 0) + 1;
    const changed = run.processing !== undefined && run.processing !== d.processing;
    run.processing = d.processing;
    return changed;
  };

  /** What a line adds for the detail: ` (EVSEProcessing Ongoing)`, ` (present 12 V, target 400 V)`. */
  const detailText = (d: MessageDetail | undefined): string => {
    if (!d) return '';
    const parts: string[] = [];
    if (d.processing !== undefined) parts.push(`EVSEProcessing ${d.processing}`);
    if (d.presentVoltageV !== undefined) parts.push(`present ${round1(d.presentVoltageV)} V`);
    const target = d.targetVoltageV ?? (d.presentVoltageV !== undefined ? run?.targetV : undefined);
    if (target !== undefined) parts.push(`target ${round1(target)} V`);
    if (d.atLimit?.length) parts.push(`charger at its ${d.atLimit.join(' and ')} limit`);
    return parts.length ? ` (${parts.join(', ')})` : '';
  };

  /** Level of a non-loop message line; keeps track of runs of the same request. */
  const messageLevel = (e: MessageEvent): MessageLogLevel => {
    const base = e.name.replace(/(Req|Res)$/, '');
    if (e.name.endsWith('Req')) {
      if (run?.name === base) {
        run.count++;
        run.lastAt = e.atMs;
        repeating = true;
        noteDetail(e.detail);
        return 'debug';
      }
      endRun();
      run = { name: base, count: 1, startAt: e.atMs, lastAt: e.atMs, tally: {} };
      noteDetail(e.detail);
      return level;
    }
    if (!run || run.name !== base) return level;
    const processingChanged = noteDetail(e.detail);
    if (!repeating) {
      run.code = e.responseCode;
      return level;
    }
    return e.responseCode === run.code && !processingChanged ? 'debug' : level;
  };

  const values = () =>
    latest === undefined
      ? {}
      : {
          voltageV: latest.presentVoltageV,
          currentA: latest.presentCurrentA,
          targetVoltageV: latest.targetVoltageV,
          targetCurrentA: latest.targetCurrentA,
          socPercent: latest.socPercent,
        };

  /** The limit part of a loop line (fields and text), and a fresh count for the next line. */
  const takeLimit = (): { fields: Record<string, unknown>; text: string } => {
    const l = limit;
    limit = { loops: 0, kinds: new Set(), answered: 0 };
    if (l.loops === 0) return { fields: {}, text: '' };
    const kinds = [...l.kinds];
    return {
      fields: { atLimit: kinds, atLimitLoops: l.loops },
      text: ` (charger at its ${kinds.join('/')} limit in ${l.loops} of ${l.answered} loops)`,
    };
  };

  const endLoop = (atMs: number) => {
    if (loops === 0) return;
    const lim = takeLimit();
    log[level](
      { loops, seconds: Math.round((atMs - loopStartAt) / 100) / 10, ...values(), ...lim.fields },
      `charge loop ended${lim.text}`,
    );
    loops = 0;
    latest = undefined;
  };

  return (e) => {
    switch (e.type) {
      case 'v2g.message': {
        const loop = CHARGE_LOOP_MESSAGES.has(e.name);
        if (loop) endRun();
        const at = loop ? 'debug' : messageLevel(e);
        if (loop && e.name.endsWith('Res')) {
          limit.answered++;
          if (e.detail?.atLimit?.length) {
            limit.loops++;
            for (const k of e.detail.atLimit) limit.kinds.add(k);
          }
        }
        // the charge loop runs ~10 times a second: build its line only when debug is on
        if (log.isLevelEnabled(at)) {
          const code = e.responseCode;
          const fields = {
            dir: e.dir,
            name: e.name,
            ...(code !== undefined ? { code } : {}),
            ...(e.detail ? { detail: e.detail } : {}),
          };
          log[at](fields, `${e.dir} ${e.name}${code !== undefined ? ` ${code}` : ''}${detailText(e.detail)}`);
        }
        if (!loop) return;
        if (!e.name.endsWith('Req')) return;
        loops++;
        if (loops === 1) {
          loopStartAt = e.atMs;
          lastReportAt = e.atMs;
          limit = { loops: 0, kinds: new Set(), answered: 0 };
          log[level]({ name: e.name.replace(/Req$/, '') }, 'charge loop started');
        } else if (e.atMs - lastReportAt >= intervalMs) {
          lastReportAt = e.atMs;
          const lim = takeLimit();
          log[level]({ loops, ...values(), ...lim.fields }, `charge loop${lim.text}`);
        }
        return;
      }
      case 'v2g.chargeLoop':
        latest = e;
        return;
      case 'v2g.chargingStopped':
        endLoop(e.atMs);
        return;
      case 'v2g.closed':
        endRun();
        endLoop(e.atMs);
        return;
      default:
        return;
    }
  };
}
