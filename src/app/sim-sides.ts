/**
 * Builds what `piccs sim` runs: the shared media on one ManualClock (the CP line with both boards, the in-memory
 * powerline with modem emulators and an optional pcap tap, the simulated DC/AC power link, the in-memory IP side)
 * and the two sides on them: the EVSE and PEV session statecharts with their real children (CP, SLAC, SDP/TCP,
 * SECC / EVCC). What the children report goes to the run's hooks and flags; no timeline, no faults, no phases.
 */

import { type AnyEventObject, createActor, fromCallback } from 'xstate';
import { PcapFileWriter } from '../capture/pcap-writer.js';
import type { ManualClock } from '../core/clock.js';
import { childLog, type Log } from '../core/log.js';
import type { EvseCpEvent } from '../cp/evse-cp.events.js';
import { createSimCpRig } from '../hal/sim/board.js';
import { SimCpLine } from '../hal/sim/cp-line.js';
import { SimHub } from '../link/index.js';
import { evseCpSessionActor, pevCpSessionActor } from '../session/cp-bridge.js';
import { evseSessionMachine } from '../session/evse.machine.js';
import { pevSessionMachine } from '../session/pev.machine.js';
import { createEvseSlacMachine, createPevSlacMachine } from '../slac/index.js';
import {
  type EvBattery,
  Evcc,
  type EvsePowerStage,
  Secc,
  SimDcLink,
  type V2gEvent,
  type V2gMessagePort,
} from '../v2g/index.js';
import { buildEmulatedPower, type PowerRig } from './power-rig.js';
import { LINK_LATENCY_MS, SIM_EV_ADDRESS, SIM_SECC_ADDRESS, SIM_SECC_PORT, SimComm } from './sim-comm.js';
import type { SimOptions } from './sim-options.js';
import { SimPcapIpTap, simHosts } from './sim-pcap.js';
import type { SummaryRecorder } from './summary.js';

/** candump time stamps of `sim` start here (2024-01-01T00:00:00Z) and follow the simulated clock. */
export const SIM_CAN_EPOCH_S = 1_704_067_200;

/** State of the run that the sides, the observer, the faults and the phases share. */
export interface SimFlags {
  /** The first session is recorded into the summary; the one after a fault is not. */
  recording: boolean;
  /** car-silent fault: the car's controller hangs with S2 closed; only the charger can end the session. */
  carFrozen: boolean;
  evccEnded: boolean;
  seccEnded: boolean;
}

/** Host MACs of the two simulated stations; their link-local addresses (sim-comm.ts) derive from them (EUI-64). */
const SIM_EVSE_MAC = '02:00:00:00:0e:01';
const SIM_EV_MAC = '02:00:00:00:0a:01';

export function createRig(clock: ManualClock, opts: SimOptions, rec: SummaryRecorder, flags: SimFlags) {
  // CP line with both boards
  // the charger has a Type 2 cable coded 32 A, a lock with feedback, a contactor with an aux contact, an RCD and an
  // e-stop; the car a contactor with an aux contact and an e-stop (src/hal/sim/safety-io.ts)
  const { line, evse: evseBoard, pev: pevBoard } = createSimCpRig(clock, new SimCpLine({}, 1), { inputs: true });
  // powerline
  const hub = new SimHub({ clock });
  const evseStation = hub.addStation({ name: 'evse', hostMac: SIM_EVSE_MAC });
  const pevStation = hub.addStation({ name: 'pev', hostMac: SIM_EV_MAC });
  // --pcap: the hub's SLAC/modem frames and the IP side's frames, stamped with wall-clock start + simulated time
  const pcapWriter = opts.pcap ? new PcapFileWriter(opts.pcap) : undefined;
  const epochUs = opts.pcapStartUs ?? Math.floor((performance.timeOrigin + performance.now()) * 1000);
  if (pcapWriter) hub.recordPcap(pcapWriter, epochUs);
  const ipTap = pcapWriter
    ? new SimPcapIpTap(
        clock,
        pcapWriter,
        epochUs,
        simHosts(SIM_EV_MAC, SIM_EV_ADDRESS, SIM_EVSE_MAC, SIM_SECC_ADDRESS, SIM_SECC_PORT),
        LINK_LATENCY_MS,
      )
    : undefined;
  // power link and IP side; with a real power stage driver the link models only the car, the emulated modules the charger
  const link = new SimDcLink(clock, { ...opts.link, ac: opts.mode === 'ac', ...(opts.power ? { sides: 'ev' } : {}) });
  const power: PowerRig | undefined = opts.power
    ? buildEmulatedPower(
        opts.power,
        clock,
        {
          contactorsClosed: () => link.evContactorsClosed,
          ocvV: () => link.ev.batteryVoltageV(),
          internalResistanceOhm: link.evParams.internalResistanceOhm,
          absorb: (u, i) => link.ev.observeCharger?.(u, i),
        },
        () => evseBoard.contactor.get(),
        // candump time stamps on the session clock, from a fixed epoch so logs are reproducible
        () => SIM_CAN_EPOCH_S + clock.now() / 1000,
      )
    : undefined;
  const comm = new SimComm(clock, {
    onSeccResponse: (ms) => {
      if (flags.recording) rec.responseMs.push(ms);
    },
    onSdpRequest: () => {
      if (flags.recording) rec.sdpStartAt ??= clock.now();
    },
    onSdpResponse: () => {
      if (flags.recording) rec.sdpDoneAt = clock.now();
    },
    ...(ipTap ? { ipTap } : {}),
  });
  return { clock, line, evseBoard, pevBoard, evseStation, pevStation, pcapWriter, link, comm, power };
}

export type SimRig = ReturnType<typeof createRig>;

/** Where the sides' V2G events go (the observer: timeline, recorder, fault trigger, charge stop). */
export interface SideHooks {
  onSeccEvent(e: V2gEvent): void;
  onEvccEvent(e: V2gEvent): void;
  /** Every EVSE CP machine event (safety trips, cable code, lock). */
  onEvseCpEvent?(e: EvseCpEvent): void;
  /** The real power stage latched a fault (module alarm, silent module...) at `atMs`. */
  onPowerFault?(reason: string, atMs: number): void;
}

/** Children are typed by their own input; the session statecharts give them theirs at invoke time. */
const child = (logic: unknown) => logic as ReturnType<typeof fromCallback>;

const v2gEnded = (o: { ok: boolean; reason?: string; detail?: string }): AnyEventObject =>
  o.ok ? { type: 'v2g.finished' } : { type: 'v2g.failed', reason: `${o.reason ?? 'failed'}: ${o.detail ?? ''}` };

export function createSides(rig: SimRig, opts: SimOptions, flags: SimFlags, log: Log, hooks: SideHooks) {
  const { clock, link, comm, evseBoard } = rig;
  let secc: Secc | undefined;
  // the cable's capacity from its PP code: limits the AC current the charger offers (IEC 61851-1 Annex B)
  let cableAmps = Infinity;
  const onEvseCpEvent = (e: EvseCpEvent): void => {
    if (e.type === 'evseCp.cable') cableAmps = e.amps ?? 0;
    hooks.onEvseCpEvent?.(e);
  };
  let evcc: Evcc | undefined;

  // ---- EVSE children
  const evseSlac = createEvseSlacMachine({ port: rig.evseStation.port, clock, log: childLog(log, 'slac.evse') });
  const evseComm = fromCallback<AnyEventObject>(({ sendBack }) =>
    comm.listen((port, peer) => sendBack({ type: 'comm.connected', connection: port, peer })),
  );
  const evseV2g = fromCallback<AnyEventObject, { connection: V2gMessagePort }>(({ sendBack, input }) => {
    if (rig.power) return realStageV2g(rig.power, input.connection, sendBack);
    const stage: EvsePowerStage = {
      ...link.evse,
      // CableCheck closes the output contactors for the insulation test: ask the CP machine first
      startIsolationCheck() {
        sendBack({ type: 'v2g.powerOn' });
        link.evse.startIsolationCheck();
      },
      setContactors(closed: boolean) {
        link.evse.setContactors(closed);
        sendBack({ type: closed ? 'v2g.powerOn' : 'v2g.powerOff' });
      },
      // the SECC sees the real contactor output, which the CP machine may have opened for safety
      contactorsClosed: () => link.evse.contactorsClosed() && evseBoard.contactor.get(),
      limits: () => cableLimited(link.evse.limits(), opts.mode === 'ac' ? cableAmps : Infinity),
    };
    const s = new Secc({
      port: input.connection,
      clock,
      powerStage: stage,
      settings: {
        protocols: [opts.protocol],
        ...(opts.mode === 'ac' ? { iso2EnergyTransferModes: ['AC_three_phase_core'] } : {}),
      },
      // the SECC adds mod 'secc'; its message lines at debug: the timeline above shows the session's progress
      log,
      messageLogLevel: 'debug',
      onEvent: (e) => {
        hooks.onSeccEvent(e);
        if (e.type === 'v2g.state') sendBack({ type: 'v2g.progress', state: e.state });
      },
    });
    secc = s;
    void s.outcome.then((o) => {
      flags.seccEnded = true;
      sendBack(v2gEnded(o));
    });
    s.start();
    return () => s.close('session ended');
  });

  /** The SECC on the real power stage driver: contactor commands go to the CP machine (which gates them). */
  function realStageV2g(power: PowerRig, connection: V2gMessagePort, sendBack: (e: AnyEventObject) => void) {
    const stage = power.stage;
    stage.reset();
    power.relay.sink = (closed) => sendBack({ type: closed ? 'v2g.powerOn' : 'v2g.powerOff' });
    const s = new Secc({
      port: connection,
      clock,
      powerStage: stage,
      settings: { protocols: [opts.protocol] },
      log,
      messageLogLevel: 'debug',
      onEvent: (e) => {
        hooks.onSeccEvent(e);
        if (e.type === 'v2g.state') sendBack({ type: 'v2g.progress', state: e.state });
      },
    });
    secc = s;
    const offFault = stage.onFault((f) => {
      hooks.onPowerFault?.(f.reason, f.atMs);
      // the stage is already bringing the current down; the session ends once the contactor is open
      stage.whenOpen(() => s.close(`power stage fault: ${f.reason}`));
    });
    void s.outcome.then((o) => {
      flags.seccEnded = true;
      // leaving the session opens the contactor output outright: first let the stage open it without load
      stage.whenOpen(() => sendBack(v2gEnded(o)));
    });
    s.start();
    return () => {
      offFault();
      s.close('session ended');
    };
  }

  // ---- PEV children
  const pevSlac = createPevSlacMachine({ port: rig.pevStation.port, clock, log: childLog(log, 'slac.pev') });
  const pevComm = fromCallback<AnyEventObject>(({ sendBack }) =>
    comm.connect((r) =>
      'error' in r
        ? sendBack({ type: 'comm.failed', reason: r.error })
        : sendBack({ type: 'comm.connected', connection: r.port, peer: r.peer }),
    ),
  );
  const pevV2g = fromCallback<AnyEventObject, { connection: V2gMessagePort }>(({ sendBack, input }) => {
    const battery: EvBattery = {
      ...link.ev,
      // with emulated modules the plant feeds the battery model; the car's view of the charger must not
      ...(rig.power ? { observeCharger: () => {} } : {}),
      setStateC(on: boolean) {
        if (flags.carFrozen) return;
        link.ev.setStateC(on);
        sendBack({ type: on ? 'v2g.requestStateC' : 'v2g.requestStateB' });
      },
      // the car's contactor output is the CP machine's (never closed with S2 open); the battery model follows it
      setContactors(closed: boolean) {
        if (flags.carFrozen) return;
        sendBack({ type: closed ? 'v2g.contactorsClose' : 'v2g.contactorsOpen' });
        link.ev.setContactors(closed && rig.pevBoard.contactor.get());
      },
    };
    const e = new Evcc({
      port: input.connection,
      clock,
      battery,
      // our simulated charger meets the standard's performance times, so the car uses the standard's timeouts
      settings: { protocols: [opts.protocol], energyMode: opts.mode, timingPreset: 'spec' },
      log,
      messageLogLevel: 'debug',
      onEvent: (ev) => {
        hooks.onEvccEvent(ev);
        if (ev.type === 'v2g.state') sendBack({ type: 'v2g.progress', state: ev.state });
      },
    });
    evcc = e;
    void e.outcome.then((o) => {
      flags.evccEnded = true;
      if (flags.carFrozen) return; // a frozen car reports nothing and keeps S2 where it was
      sendBack(v2gEnded(o));
    });
    e.start();
    return () => e.close('session ended');
  });

  // ---- top statecharts
  const evseActor = createActor(
    evseSessionMachine.provide({
      actors: {
        cp: child(evseCpSessionActor({ ports: evseBoard, clock, onCpEvent: onEvseCpEvent })),
        slac: child(evseSlac),
        comm: child(evseComm),
        v2g: child(evseV2g),
      },
    }),
    { clock, input: {} },
  );
  const pevActor = createActor(
    pevSessionMachine.provide({
      actors: {
        cp: child(pevCpSessionActor({ ports: rig.pevBoard, clock })),
        slac: child(pevSlac),
        comm: child(pevComm),
        v2g: child(pevV2g),
      },
    }),
    { clock, input: {} },
  );
  return { evseActor, pevActor, secc: () => secc, evcc: () => evcc };
}

export type SimSides = ReturnType<typeof createSides>;

/** The charger's limits with the current capped at the cable's capacity. */
export function cableLimited<L extends { maxCurrentA: number }>(l: L, cableAmps: number): L {
  return cableAmps < l.maxCurrentA ? { ...l, maxCurrentA: cableAmps } : l;
}

/**
 * A statechart value by name: 'idle', or the path to the active leaf of a compound state
 * ({communicationSetup: 'matching'} -> 'communicationSetup.matching'); parallel regions joined by ', '.
 */
export const stateName = (v: unknown): string => {
  if (typeof v === 'string') return v;
  if (v === null || typeof v !== 'object') return String(v);
  return Object.entries(v as Record<string, unknown>)
    .map(([k, sub]) => (sub && typeof sub === 'object' && Object.keys(sub).length === 0 ? k : `${k}.${stateName(sub)}`))
    .join(', ');
};
