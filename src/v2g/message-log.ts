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
 *   `CableCheck x157 in 14.4 s` when the next message comes.
 * Knows log levels and the event shapes; nothing about the protocol beyond the charge loop message names.
 */

import type { Log } from '../core/log.js';
import type { V2gEvent, V2gEventListener } from './events.js';

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

/** A V2gEventListener that writes the message log described above to `log`. */
export function v2gMessageLog(log: Log, opts: MessageLogOptions = {}): V2gEventListener {
  const level = opts.level ?? 'info';
  const intervalMs = opts.loopIntervalMs ?? CHARGE_LOOP_LOG_INTERVAL_MS;
  let loops = 0;
  let loopStartAt = 0;
  let lastReportAt = 0;
  let latest: LoopSample | undefined;
  /** The current run of one repeated (non-loop) request: base name, count, first time, first response's code. */
  let run: { name: string; count: number; startAt: number; lastAt: number; code?: string } | undefined;
  let repeating = false;

  const endRun = () => {
    if (run && run.count > 1) {
      const seconds = Math.round((run.lastAt - run.startAt) / 100) / 10;
      log[level]({ name: run.name, repeats: run.count, seconds }, `${run.name} x${run.count} in ${seconds} s`);
    }
    run = undefined;
    repeating = false;
  };

  /** Level of a non-loop message line; keeps track of runs of the same request. */
  const messageLevel = (e: Extract<V2gEvent, { type: 'v2g.message' }>): MessageLogLevel => {
    const base = e.name.replace(/(Req|Res)$/, '');
    if (e.name.endsWith('Req')) {
      if (run?.name === base) {
        run.count++;
        run.lastAt = e.atMs;
        repeating = true;
        return 'debug';
      }
      endRun();
      run = { name: base, count: 1, startAt: e.atMs, lastAt: e.atMs };
      return level;
    }
    if (!run || run.name !== base) return level;
    if (!repeating) {
      run.code = e.responseCode;
      return level;
    }
    return e.responseCode === run.code ? 'debug' : level;
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

  const endLoop = (atMs: number) => {
    if (loops === 0) return;
    log[level]({ loops, seconds: Math.round((atMs - loopStartAt) / 100) / 10, ...values() }, 'charge loop ended');
    loops = 0;
    latest = undefined;
  };

  return (e) => {
    switch (e.type) {
      case 'v2g.message': {
        const loop = CHARGE_LOOP_MESSAGES.has(e.name);
        if (loop) endRun();
        const at = loop ? 'debug' : messageLevel(e);
        // the charge loop runs ~10 times a second: build its line only when debug is on
        if (log.isLevelEnabled(at)) {
          const code = e.responseCode;
          const fields = { dir: e.dir, name: e.name, ...(code !== undefined ? { code } : {}) };
          log[at](fields, `${e.dir} ${e.name}${code !== undefined ? ` ${code}` : ''}`);
        }
        if (!loop) return;
        if (!e.name.endsWith('Req')) return;
        loops++;
        if (loops === 1) {
          loopStartAt = e.atMs;
          lastReportAt = e.atMs;
          log[level]({ name: e.name.replace(/Req$/, '') }, 'charge loop started');
        } else if (e.atMs - lastReportAt >= intervalMs) {
          lastReportAt = e.atMs;
          log[level]({ loops, ...values() }, 'charge loop');
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
