/**
 * `piccs sim` composition root: an EVSE and a PEV in one process, on one simulated clock.
 * Both top session statecharts run with their real children: the CP machines on a simulated CP line,
 * the SLAC machines on the in-memory powerline (sim hub with modem emulators), SDP and the V2G
 * connection in memory through the EXI codec, the SECC and EVCC on a simulated DC (or AC) power link.
 * A fault can be injected; the run then reports whether the outputs ended safe and how long the
 * contactor took to open after the fault.
 * Layout: this file wires the run; the media and both sides are built in sim-sides.ts, the faults in
 * sim-faults.ts, what is watched and recorded in sim-observer.ts, the plug/unplug phases in sim-phases.ts and the
 * result in sim-result.ts.
 */

import { ManualClock } from '../core/clock.js';
import { infoAtDebug, silentLogger } from '../core/log.js';
import { powerSummary } from './power-rig.js';
import { FaultInjector } from './sim-faults.js';
import { SimObserver } from './sim-observer.js';
import type { SimOptions, SimResult } from './sim-options.js';
import { runPhases } from './sim-phases.js';
import { simResult } from './sim-result.js';
import { createRig, createSides, type SimFlags, stateName } from './sim-sides.js';
import { SummaryRecorder } from './summary.js';

export type { SimOptions, SimProgress, SimResult } from './sim-options.js';

export async function runSim(opts: SimOptions): Promise<SimResult> {
  // the timeline on stdout shows the session; the sides' info lines (SLAC, SECC, EVCC) only at debug
  const log = infoAtDebug(opts.log ?? silentLogger());
  const clock = new ManualClock();
  const rec = new SummaryRecorder();
  const say = (text: string) => opts.onTimeline?.(`${(clock.now() / 1000).toFixed(3).padStart(8)} s  ${text}`);
  let powerFault: string | undefined;
  const flags: SimFlags = { recording: true, carFrozen: false, evccEnded: false, seccEnded: false };

  const rig = createRig(clock, opts, rec, flags);
  const fault = new FaultInjector(opts.fault, opts.faultAt, rig, flags, rec, say);
  const observer = new SimObserver(rig, opts, flags, rec, fault, say);
  const sides = createSides(rig, opts, flags, log, {
    onSeccEvent: (e) => observer.onSeccEvent(e),
    onEvccEvent: (e) => observer.onEvccEvent(e),
    onEvseCpEvent: (e) => observer.onEvseCpEvent(e),
    onPowerFault: (reason, atMs) => {
      rec.reacted(atMs);
      powerFault ??= reason;
      say(`power stage fault: ${reason}`);
    },
  });
  const { evseActor, pevActor } = sides;
  observer.watch(sides);

  evseActor.start();
  pevActor.start();
  const { evseBoard, link } = rig;
  const phases = await runPhases({
    rig,
    sides,
    flags,
    fault,
    observer,
    rec,
    say,
    speed: opts.speed,
    onStep: () => {
      // the power link follows the real contactor output (the CP machine may open it on its own)
      if (!evseBoard.contactor.get() && link.evseContactorsClosed) link.evse.setContactors(false);
      // the car's battery contactor follows the car's contactor output (its CP machine opens it before S2)
      if (!rig.pevBoard.contactor.get() && link.ev.contactorsClosed()) link.ev.setContactors(false);
      if (rec.faultAt !== undefined && rec.contactorOpenAt === undefined) {
        const t = evseBoard.lastSet('contactor', false, rec.faultAt);
        if (t !== undefined) rec.contactorOpenAt = t;
      }
      opts.onProgress?.({
        simMs: clock.now(),
        evse: sides.secc()?.state ?? stateName(evseActor.getSnapshot().value),
        pev: sides.evcc()?.state ?? stateName(pevActor.getSnapshot().value),
        voltageV: link.cableVoltageV,
        currentA: link.currentA,
        socPercent: link.ev.socPercent(),
      });
    },
  });
  observer.cancelChargeStop();
  const { first } = phases;
  rec.energyWh = first?.energyWh ?? link.energyDeliveredWh;
  const evseOutcome = first?.evse ?? evseActor.getSnapshot().context.outcome;
  const pevOutcome = first?.pev ?? pevActor.getSnapshot().context.outcome;
  evseActor.stop();
  pevActor.stop();
  await rig.pcapWriter?.close?.();
  const powerInfo = rig.power ? powerSummary(rig.power) : undefined;
  await rig.power?.close();

  const result = simResult({
    opts,
    rec,
    fault,
    phases,
    evseOutcome,
    pevOutcome,
    contactorClosed: evseBoard.contactor.get(),
    linkContactorsClosed: link.evseContactorsClosed || (rig.power?.emulated?.plant.contactorClosed ?? false),
  });
  if (powerInfo) {
    result.summary.power = powerInfo;
    // a device fault is the root cause of how the session ended: name it
    if (powerFault) {
      result.summary.power.fault = powerFault;
      if (!result.summary.ok) result.summary.reason = `power stage fault: ${powerFault}`;
    }
  }
  return result;
}
