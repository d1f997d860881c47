/**
 * The session summary printed by `piccs sim --json` and the roles' `--once --json` (DESIGN.md contract):
 * {"ok":true,"protocol":"din","mode":"dc","slacMs":..,"sdpMs":..,"firstCurrentDemandMs":..,"chargeLoopCount":..,
 *  "energyWh":..,"secc":{"responseMs":{"p50":..,"p99":..,"max":..}},"messages":{"<name>":count}}
 * With a fault: "ok":false,"safe":true,"fault":"unplug","contactorOpenMs":..; piccs adds "faultDetectedMs" (the fault
 * to the first reaction of either side: a session statechart leaving its state or a V2G side failing) and
 * "nextPlugInOk".
 * The recorder collects the numbers as the session runs; times are on the session's clock.
 * What the times span (the same keys for `sim` and both roles; each role measures on its own side):
 * - slacMs: first CM_SLAC_PARM.REQ -> CM_SLAC_MATCH.CNF (as the SLAC machine measured it).
 * - sdpMs: `sim` and the PEV role: first SDP request sent -> the SDP response received (so it includes the car's
 *   repeats when an answer was lost). The EVSE role: first SDP request received after SLAC matched -> the last SDP
 *   response sent before the car's TCP connection (the answer the car connected with). On a clean link that is the
 *   charger's own answer time (about 0 ms); more means the car had to repeat its request.
 * - firstCurrentDemandMs: plug-in -> the first charge loop request (CurrentDemandReq DC, ChargingStatusReq AC).
 * - protocol: what supportedAppProtocol negotiated (null when the session never got that far or it failed).
 * - warnings (only when there are any): what the other side did wrong without ending the session, e.g. a charger
 *   delivering more current than it announced, or WeldingDetection never seeing the voltage fall.
 * - unanswered (only when there are any): requests the other side never answered, tolerated as in the field
 *   (WeldingDetection, SessionStop) so the session still ended; the roles then exit with code 3.
 * - chargeLoopCount: charge loop requests answered OK (a FAILED answer ends the session, it is no loop);
 *   energyWh: energy of this side's simulated power stage / battery.
 */

import type { V2gEvent } from '../v2g/index.js';

export const FAULTS = [
  'unplug',
  'cp-short',
  'diode-fail',
  'tcp-drop',
  'modem-silent',
  'car-silent',
  'module-alarm',
  'module-silent',
  'imd-fault',
] as const;
/** Faults of the power stage's devices: they need a real power stage (--power infypower|uugreen). */
export const POWER_FAULTS: readonly FaultName[] = ['module-alarm', 'module-silent', 'imd-fault'];
export type FaultName = (typeof FAULTS)[number];

export interface Percentiles {
  p50: number;
  p99: number;
  max: number;
}

export interface SessionSummary {
  ok: boolean;
  /** The protocol the supportedAppProtocol handshake chose, null when none was negotiated. */
  protocol: string | null;
  mode: string;
  slacMs: number | null;
  sdpMs: number | null;
  firstCurrentDemandMs: number | null;
  chargeLoopCount: number;
  energyWh: number;
  secc: { responseMs: Percentiles };
  messages: Record<string, number>;
  safe?: boolean;
  fault?: FaultName;
  contactorOpenMs?: number | null;
  /** Fault -> first reaction of either side (what could notice it, and when). */
  faultDetectedMs?: number | null;
  /** After a fault: the fault was cleared, the car plugged in again and that session completed normally. */
  nextPlugInOk?: boolean;
  /** Why the session ended when it did not end normally. */
  reason?: string;
  /** The real power stage (--power infypower|uugreen): what ran and what the contactor broke. */
  power?: PowerSummary;
  /** What the other side did wrong without ending the session (e.g. current above its announced limit). */
  warnings?: string[];
  /**
   * Where energyWh comes from when it is not this side's simulated power stage or battery: an AC car against a
   * charger reports the charger's meter (MeterInfo) or, without one, an estimate (allowed current x nominal voltage).
   */
  energySource?: 'meter' | 'estimate';
  /** Requests the other side never answered (tolerated, so the session went on): a charger that hangs. */
  unanswered?: string[];
}

export interface PowerSummary {
  stage: string;
  modules: number;
  /** CAN frames logged (or sent, without a log). */
  canFrames: number;
  /** 'bender', or 'not checked (no IMD)'. */
  isolation: string;
  /** Largest current through the contactor at an opening (A). */
  maxCurrentAtOpenA: number;
  /** The power stage's latched fault, if any. */
  fault?: string;
}

const CHARGE_LOOP_RESPONSES: ReadonlySet<string> = new Set(['CurrentDemandRes', 'ChargingStatusRes']);

/** A charge loop response with an OK* ResponseCode (FAILED_SequenceError and the like are no charge loop). */
export function isOkChargeLoopResponse(e: { name: string; responseCode?: string }): boolean {
  return CHARGE_LOOP_RESPONSES.has(e.name) && (e.responseCode ?? '').startsWith('OK');
}

/** Nearest-rank percentile of an unsorted sample (0 for an empty one). */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  const rank = Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1));
  return s[rank] as number;
}

export function percentiles(values: readonly number[]): Percentiles {
  const r = (v: number) => Math.round(v * 1000) / 1000;
  return {
    p50: r(percentile(values, 50)),
    p99: r(percentile(values, 99)),
    max: r(values.length ? Math.max(...values) : 0),
  };
}

/** Collects what the summary reports while a session runs. All `*At` are clock ms. */
export class SummaryRecorder {
  /** The negotiated protocol (v2g.protocol), not the one asked for. */
  protocol?: string;
  pluggedAt?: number;
  slacStartAt?: number;
  slacMatchedAt?: number;
  sdpStartAt?: number;
  sdpDoneAt?: number;
  firstChargeLoopAt?: number;
  chargeLoopCount = 0;
  energyWh = 0;
  faultAt?: number;
  contactorOpenAt?: number;
  faultDetectedAt?: number;
  readonly responseMs: number[] = [];
  readonly messages: Record<string, number> = {};
  readonly warnings: string[] = [];
  readonly unanswered: string[] = [];

  /** A V2G side's warning or unanswered request (the keys appear in the summary when there are any). */
  note(e: V2gEvent): void {
    if (e.type === 'v2g.warning') this.warnings.push(e.detail);
    else if (e.type === 'v2g.unanswered') this.unanswered.push(e.request);
  }

  /** Something on either side reacted; the first reaction after the fault counts. */
  reacted(atMs: number): void {
    if (this.faultAt !== undefined && this.faultDetectedAt === undefined && atMs >= this.faultAt) {
      this.faultDetectedAt = atMs;
    }
  }

  countMessage(name: string): void {
    this.messages[name] = (this.messages[name] ?? 0) + 1;
  }

  build(
    base: { ok: boolean; mode: string; reason?: string },
    fault?: { name: FaultName; safe: boolean },
  ): SessionSummary {
    const span = (a?: number, b?: number) => (a !== undefined && b !== undefined ? Math.round(b - a) : null);
    const s: SessionSummary = {
      ok: base.ok,
      protocol: this.protocol ?? null,
      mode: base.mode,
      slacMs: span(this.slacStartAt, this.slacMatchedAt),
      sdpMs: span(this.sdpStartAt, this.sdpDoneAt),
      firstCurrentDemandMs: span(this.pluggedAt, this.firstChargeLoopAt),
      chargeLoopCount: this.chargeLoopCount,
      energyWh: Math.round(this.energyWh * 1000) / 1000,
      secc: { responseMs: percentiles(this.responseMs) },
      messages: { ...this.messages },
    };
    if (fault) {
      s.safe = fault.safe;
      s.fault = fault.name;
      s.contactorOpenMs = span(this.faultAt, this.contactorOpenAt);
      s.faultDetectedMs = span(this.faultAt, this.faultDetectedAt);
    }
    if (base.reason && !base.ok) s.reason = base.reason;
    if (this.warnings.length) s.warnings = [...this.warnings];
    if (this.unanswered.length) s.unanswered = [...this.unanswered];
    return s;
  }
}
