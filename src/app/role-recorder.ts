/**
 * The role's summary recording: RoleRecorder feeds the shared SummaryRecorder (summary.ts) from this side's SDP and
 * V2G events, with request -> response latency on this side's clock; RoleRecorders keeps one recorder per session
 * (a new plug-in starts a fresh one: the summary is about the last session) and stamps plug-in and SLAC times from
 * the top session's events. Knows nothing about how the parts are built.
 */

import type { AnyEventObject } from 'xstate';
import type { Clock } from '../core/clock.js';
import type { SessionOutcome } from '../session/events.js';
import type { V2gEvent } from '../v2g/index.js';
import type { Role } from './role-options.js';
import { isOkChargeLoopResponse, type SessionSummary, SummaryRecorder } from './summary.js';

/** Sessions that ended over the whole run of a role (a stopped, still running session is in neither). */
export interface RunCounts {
  completed: number;
  failed: number;
}

/**
 * The `sim` summary (DESIGN.md "Contracts"), plus the role, when it failed where, and the counts of sessions that
 * ended over the run (a long-running role stopped by a signal reports its last session and these).
 */
export type RoleSummary = SessionSummary & { role: Role; during?: string; sessions?: RunCounts };

const CHARGE_LOOP_REQUESTS: ReadonlySet<string> = new Set(['CurrentDemandReq', 'ChargingStatusReq']);

/** Feeds the shared SummaryRecorder from this side's V2G events (request -> response latency on this side's clock). */
export class RoleRecorder extends SummaryRecorder {
  private lastReqAt?: number;
  /** AC car: the session's energy from the charger's meter or estimated, as the EVCC last reported it. */
  private chargerEnergy?: { wh: number; source: 'meter' | 'estimate' };
  /** When the charge loop request now waiting for its answer was sent / received. */
  private loopReqAt?: number;
  private carConnected = false;

  /** @param slacOff slac.mode off: there is no SLAC match to wait for, SDP counts from plug-in on. */
  constructor(
    private readonly role: Role,
    private readonly slacOff = false,
  ) {
    super();
  }

  /** EVSE: an SDP request arrived; the first one after SLAC matched (or after plug-in, SLAC off) starts sdpMs. */
  sdpRequest(atMs: number): void {
    const setupStarted = this.slacOff ? this.pluggedAt !== undefined : this.slacMatchedAt !== undefined;
    if (setupStarted && !this.carConnected) this.sdpStartAt ??= atMs;
  }

  /** EVSE: an SDP response went out; the last one before the car's TCP connection ends sdpMs. */
  sdpAnswered(atMs: number): void {
    if (this.sdpStartAt !== undefined && !this.carConnected) this.sdpDoneAt = atMs;
  }

  /** EVSE: the car connected to the announced endpoint (later SDP traffic is not this session's setup). */
  connected(): void {
    this.carConnected = true;
  }

  v2g(e: V2gEvent): void {
    if (e.type === 'v2g.protocol') this.protocol = e.protocol;
    // an AC car knows the energy only from the charger's meter or its allowance (ac-energy.ts)
    if (e.type === 'v2g.chargeLoop' && e.energyWh !== undefined && e.energySource) {
      this.chargerEnergy = { wh: e.energyWh, source: e.energySource };
    }
    this.note(e);
    if (e.type !== 'v2g.message') return;
    this.countMessage(e.name);
    // the SECC's response time: EVSE role rx(req) -> tx(res); PEV role tx(req) -> rx(res) (includes the link)
    const reqDir = this.role === 'evse' ? 'rx' : 'tx';
    if (e.dir === reqDir) {
      this.lastReqAt = e.atMs;
      this.loopReqAt = CHARGE_LOOP_REQUESTS.has(e.name) ? e.atMs : undefined;
    } else {
      if (this.lastReqAt !== undefined) this.responseMs.push(e.atMs - this.lastReqAt);
      this.lastReqAt = undefined;
      // one charge loop per CurrentDemand (DC) or ChargingStatus (AC) answered OK, as `piccs sim` counts them
      if (this.loopReqAt !== undefined && isOkChargeLoopResponse(e)) {
        this.chargeLoopCount++;
        this.firstChargeLoopAt ??= this.loopReqAt;
      }
      this.loopReqAt = undefined;
    }
  }

  summary(base: { ok: boolean; mode: string }, outcome: SessionOutcome): RoleSummary {
    if (this.chargerEnergy) this.energyWh = this.chargerEnergy.wh;
    const s: RoleSummary = { ...this.build({ ...base, reason: outcome.reason }), role: this.role };
    if (this.chargerEnergy) s.energySource = this.chargerEnergy.source;
    if (!base.ok) s.during = outcome.during;
    return s;
  }
}

/** One recorder per session, swapped on the next plug-in; the parts read `current` when they record. */
export class RoleRecorders {
  current: RoleRecorder;
  /** Sessions ended over the run. */
  readonly counts: RunCounts = { completed: 0, failed: 0 };
  /** When the session last entered SLAC matching (used when slac.matched carries no duration). */
  private slacStartAt?: number;

  constructor(
    private readonly role: Role,
    private readonly clock: Clock,
    private readonly slacOff = false,
  ) {
    this.current = new RoleRecorder(role, slacOff);
  }

  /** A session ended (finished, failed, faulted or stopped) with this outcome. */
  sessionEnded(ok: boolean): void {
    if (ok) this.counts.completed++;
    else this.counts.failed++;
  }

  /** The top session entered SLAC matching. */
  matchingStarted(): void {
    this.slacStartAt = this.clock.now();
  }

  /** An event the top session received: plug-in starts a session's record, slac.matched stamps SLAC. */
  sessionEvent(e: AnyEventObject): void {
    if (e.type === 'cp.pluggedIn') {
      if (this.current.pluggedAt !== undefined) this.current = new RoleRecorder(this.role, this.slacOff);
      this.current.pluggedAt = this.clock.now();
    }
    if (e.type === 'slac.matched') {
      // SLAC time as the SLAC machine measured it (first CM_SLAC_PARM.REQ -> CM_SLAC_MATCH.CNF)
      const d = (e as { durationMs?: number }).durationMs;
      const rec = this.current;
      rec.slacMatchedAt = this.clock.now();
      rec.slacStartAt = d !== undefined ? rec.slacMatchedAt - d : this.slacStartAt;
    }
  }
}
