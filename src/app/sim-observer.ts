/**
 * Watches both sides of `piccs sim` as they run: timeline lines for state changes and V2G events, the recorder's
 * times (SLAC start/match, charge loop, first reaction after a fault, message counts), when the fault point is
 * reached, and the car's charge timer (it stops charging after --charge-seconds). Acts only through the fault
 * injector and the EVCC's stopCharging.
 */

import type { V2gEvent } from '../v2g/index.js';
import type { FaultInjector } from './sim-faults.js';
import type { SimOptions } from './sim-options.js';
import { type SimFlags, type SimRig, type SimSides, stateName } from './sim-sides.js';
import { isOkChargeLoopResponse, type SummaryRecorder } from './summary.js';

/** ` (reason)` after a session state that ended it abnormally (faulted, failed), so the timeline names the fault. */
function failedWhy(state: string, outcome: { ok: boolean; reason: string } | undefined): string {
  return (state === 'faulted' || state === 'failed') && outcome && !outcome.ok ? ` (${outcome.reason})` : '';
}

export class SimObserver {
  private chargeStopTimer: unknown;
  /** When the SECC received the charge loop request it is answering. */
  private loopReqAt?: number;
  private sides: SimSides | undefined;

  constructor(
    private readonly rig: SimRig,
    private readonly opts: SimOptions,
    private readonly flags: SimFlags,
    private readonly rec: SummaryRecorder,
    private readonly fault: FaultInjector,
    private readonly say: (text: string) => void,
  ) {}

  /** Subscribe to both session statecharts (before they start). */
  watch(sides: SimSides): void {
    const { rec, fault, say } = this;
    const now = () => this.rig.clock.now();
    this.sides = sides;
    let lastEvse = '';
    let lastPev = '';
    sides.evseActor.subscribe((s) => {
      const n = stateName(s.value);
      if (n === lastEvse) return;
      lastEvse = n;
      rec.reacted(now());
      say(`EVSE session: ${n}${failedWhy(n, s.context.outcome)}`);
      if (n === 'matching') rec.slacStartAt ??= now();
      // SLAC time: until the EVSE sent CM_SLAC_MATCH.CNF (the car then still waits for its modem to join)
      if (n === 'waitingForConnection') rec.slacMatchedAt ??= now();
      if (fault.isStatePoint(n)) fault.inject();
    });
    sides.pevActor.subscribe((s) => {
      const n = stateName(s.value);
      if (n === lastPev) return;
      lastPev = n;
      if (!this.flags.carFrozen) rec.reacted(now());
      say(`PEV session:  ${n}${failedWhy(n, s.context.outcome)}`);
      if (fault.isStatePoint(n)) fault.inject();
    });
  }

  onSeccEvent(e: V2gEvent): void {
    const { rec, fault, say } = this;
    const clock = this.rig.clock;
    if (!this.flags.recording) return;
    if (e.type === 'v2g.message') {
      rec.countMessage(e.name);
      if (e.dir === 'rx')
        this.loopReqAt = e.name === 'CurrentDemandReq' || e.name === 'ChargingStatusReq' ? e.atMs : undefined;
      // a charge loop is a CurrentDemand / ChargingStatus request the SECC answered OK
      if (e.dir === 'tx' && this.loopReqAt !== undefined && isOkChargeLoopResponse(e)) {
        rec.chargeLoopCount++;
        rec.firstChargeLoopAt ??= this.loopReqAt;
        // default fault point: in the middle of the charging loop
        if (fault.at === 'charging' && clock.now() - rec.firstChargeLoopAt >= (this.opts.chargeSeconds * 1000) / 2)
          fault.inject();
      }
    } else if (e.type === 'v2g.state') {
      if (fault.isStatePoint(e.state)) fault.inject();
    } else if (e.type === 'v2g.protocol') {
      rec.protocol = e.protocol;
      say(`protocol negotiated: ${e.protocol}`);
    } else if (e.type === 'v2g.failed') {
      rec.reacted(clock.now());
      say(`SECC: failed (${e.reason}: ${e.detail})`);
    }
  }

  onEvccEvent(e: V2gEvent): void {
    const { say } = this;
    const clock = this.rig.clock;
    const carFrozen = this.flags.carFrozen;
    if (this.flags.recording) this.rec.note(e);
    if (e.type === 'v2g.chargingStarted') {
      say('EVCC: charging started');
      clock.clearTimeout(this.chargeStopTimer);
      this.chargeStopTimer = clock.setTimeout(() => {
        say(`EVCC: ${this.opts.chargeSeconds} s charged, stopping`);
        this.sides?.evcc()?.stopCharging();
      }, this.opts.chargeSeconds * 1000);
    } else if (e.type === 'v2g.failed') {
      if (!carFrozen) this.rec.reacted(clock.now()); // a hung controller's own timers act on nothing
      say(`EVCC: failed (${e.reason}: ${e.detail})${carFrozen ? ' (hung: nothing acts on it)' : ''}`);
    } else if (e.type === 'v2g.sessionStopped') {
      say('EVCC: session stopped');
    }
  }

  /** The car's charge timer is no longer wanted (fault healed, or the run ended). */
  cancelChargeStop(): void {
    this.rig.clock.clearTimeout(this.chargeStopTimer);
  }
}
