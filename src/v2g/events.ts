/**
 * Progress events the SECC and EVCC report upward (to session/ statecharts and the CLI summary).
 * Stable names: v2g.state, v2g.protocol, v2g.message, v2g.chargingStarted, v2g.chargeLoop,
 * v2g.chargingStopped, v2g.sessionStopped, v2g.failed, v2g.closed, v2g.warning, v2g.unanswered.
 */

import type { MessageDetail } from './message-detail.js';
import type { V2gProtocol } from './types.js';

export type V2gFailReason =
  | 'noProtocol'
  | 'sequenceError'
  | 'unknownSession'
  | 'badContent'
  | 'badMessage'
  | 'decodeError'
  | 'failedResponse'
  | 'timeout'
  | 'evseShutdown'
  | 'emergency'
  | 'connectionClosed'
  | 'rejected'
  | 'chargerLimits'
  | 'local';

export type V2gEvent =
  | { type: 'v2g.state'; state: string; atMs: number }
  | { type: 'v2g.protocol'; protocol: V2gProtocol; schemaId: number; atMs: number }
  | { type: 'v2g.session'; sessionId: string; atMs: number }
  | {
      type: 'v2g.message';
      dir: 'rx' | 'tx';
      name: string;
      atMs: number;
      responseCode?: string;
      /** What the log shows of the body (message-detail.ts). */
      detail?: MessageDetail;
    }
  | { type: 'v2g.chargingStarted'; atMs: number }
  | {
      type: 'v2g.chargeLoop';
      atMs: number;
      count: number;
      presentVoltageV: number;
      presentCurrentA: number;
      targetVoltageV: number;
      targetCurrentA: number;
      socPercent?: number;
      /** AC car: the session's energy so far, from the charger's meter or estimated (ac-energy.ts). */
      energyWh?: number;
      energySource?: 'meter' | 'estimate';
    }
  | { type: 'v2g.chargingStopped'; atMs: number }
  | { type: 'v2g.sessionStopped'; atMs: number }
  | { type: 'v2g.failed'; reason: V2gFailReason; detail: string; atMs: number }
  | { type: 'v2g.closed'; atMs: number; ok: boolean }
  /** Something the other side did that a field test must see (once per code and session): the summary's warnings. */
  | { type: 'v2g.warning'; code: V2gWarningCode; detail: string; atMs: number }
  /** A request the other side never answered, tolerated (field practice) so the session went on. */
  | { type: 'v2g.unanswered'; request: string; atMs: number };

/** What a warning is about. */
export type V2gWarningCode = 'chargerCurrentAboveLimit' | 'weldingVoltageStayedHigh' | 'weldingDetectionFailed';

export type V2gEventListener = (e: V2gEvent) => void;
