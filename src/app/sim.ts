/**
 * `piccs sim` composition root: an EVSE and a PEV in one process, on one simulated clock.
 * Both top session statecharts run with their real children: the CP machines on a simulated CP line,
 * the SLAC machines on the in-memory powerline (sim hub with modem emulators), SDP and the V2G
 * connection in memory through the EXI codec, the SECC and EVCC on a simulated DC (or AC) power link.
 * A fault can be injected; the run then reports whether the outputs ended safe and how long the
 * contactor took to open after the fault.
 */

import { type AnyEventObject, createActor, fromCallback } from 'xstate';
import { PcapFileWriter } from '../capture/pcap-writer.js';
import { ManualClock } from '../core/clock.js';
import { childLog, type Log, silentLogger } from '../core/log.js';
import { createSimCpRig } from '../hal/sim/board.js';
import { SimCpLine } from '../hal/sim/cp-line.js';
import { SimHub } from '../link/index.js';
import { evseCpSessionActor, pevCpSessionActor } from '../session/cp-bridge.js';
import type { SessionOutcome } from '../session/events.js';
import { evseSessionMachine } from '../session/evse.machine.js';
import { pevSessionMachine } from '../session/pev.machine.js';
import { createEvseSlacMachine, createPevSlacMachine } from '../slac/index.js';
import {
  type EvBattery,
  Evcc,
  type EvsePowerStage,
  Secc,
  SimDcLink,
  type SimDcLinkOptions,
  type V2gEvent,
  type V2gMessagePort,
} from '../v2g/index.js';
import { SimComm } from './sim-comm.js';
import { type FaultName, type SessionSummary, SummaryRecorder } from './summary.js';
import { runVirtual } from './virtual-time.js';

export interface SimOptions {
  protocol: 'din' | 'iso2';
  mode: 'dc' | 'ac';
  chargeSeconds: number;
  fault?: FaultName;
  /** Where the fault is injected: a session/V2G state name fragment (default: the charging loop). */
  faultAt?: string;
  pcap?: string;
  /** 0 = as fast as possible, 1 = real time. */
  speed: number;
  log?: Log;
  /** Called on every simulation step with a progress snapshot (live terminal line). */
  onProgress?: (p: SimProgress) => void;
  /** Simulated charger and car (config v2g.sim; default: the built-in 50 kW charger and 28 kWh car). */
  link?: SimDcLinkOptions;
  /** Called with each timeline line (human output). */
  onTimeline?: (line: string) => void;
}

export interface SimProgress {
  simMs: number;
  evse: string;
  pev: string;
  voltageV: number;
  currentA: number;
  socPercent: number;
}

export interface SimResult {
  summary: SessionSummary;
  /** True when the session ended the way it should (normal end, or a fault ending safe). */
  exitOk: boolean;
  /** Every SECC response time of the (first) session, ms, in order (benchmarks pool them). */
  seccResponseMs: number[];
}

/** Simulated time budget for one run: a session plus every protocol timeout on the way. */
const SIM_MAX_MS = 15 * 60_000;
/** After the session ended, the car unplugs after this pause (as a driver would). */
const UNPLUG_AFTER_END_MS = 1_000;
/** The driver plugs in this long after start. */
const PLUG_IN_AT_MS = 500;

/** Children are typed by their own input; the session statecharts give them theirs at invoke time. */
const child = (logic: unknown) => logic as ReturnType<typeof fromCallback>;

const stateName = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v));

export async function runSim(opts: SimOptions): Promise<SimResult> {
  const log = opts.log ?? silentLogger();
  const clock = new ManualClock();
  const rec = new SummaryRecorder();
  const say = (text: string) => opts.onTimeline?.(`${(clock.now() / 1000).toFixed(3).padStart(8)} s  ${text}`);

  // CP line with both boards
  const { line, evse: evseBoard, pev: pevBoard } = createSimCpRig(clock, new SimCpLine({}, 1));
  // powerline
  const hub = new SimHub({ clock });
  const evseStation = hub.addStation({ name: 'evse', hostMac: '02:00:00:00:0e:01' });
  const pevStation = hub.addStation({ name: 'pev', hostMac: '02:00:00:00:0a:01' });
  const pcapWriter = opts.pcap ? new PcapFileWriter(opts.pcap) : undefined;
  if (pcapWriter) hub.recordPcap(pcapWriter);
  // power link and IP side
  const link = new SimDcLink(clock, { ...opts.link, ac: opts.mode === 'ac' });
  const comm = new SimComm(clock, {
    onSeccResponse: (ms) => {
      if (recording) rec.responseMs.push(ms);
    },
    onSdpRequest: () => {
      if (recording) rec.sdpStartAt ??= clock.now();
    },
    onSdpResponse: () => {
      if (recording) rec.sdpDoneAt = clock.now();
    },
  });

  let secc: Secc | undefined;
  let evcc: Evcc | undefined;
  let evccEnded = false;
  /** car-silent fault: the car's controller hangs with S2 closed; only the charger can end the session. */
  let carFrozen = false;
  let seccEnded = false;

  // ---- EVSE children
  const evseSlac = createEvseSlacMachine({ port: evseStation.port, clock, log: childLog(log, 'slac.evse') });
  const evseComm = fromCallback<AnyEventObject>(({ sendBack }) =>
    comm.listen((port, peer) => sendBack({ type: 'comm.connected', connection: port, peer })),
  );
  const evseV2g = fromCallback<AnyEventObject, { connection: V2gMessagePort }>(({ sendBack, input }) => {
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
        onSeccEvent(e);
        if (e.type === 'v2g.state') sendBack({ type: 'v2g.progress', state: e.state });
      },
    });
    secc = s;
    void s.outcome.then((o) => {
      seccEnded = true;
      sendBack(
        o.ok ? { type: 'v2g.finished' } : { type: 'v2g.failed', reason: `${o.reason ?? 'failed'}: ${o.detail ?? ''}` },
      );
    });
    s.start();
    return () => s.close('session ended');
  });

  // ---- PEV children
  const pevSlac = createPevSlacMachine({ port: pevStation.port, clock, log: childLog(log, 'slac.pev') });
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
      setStateC(on: boolean) {
        if (carFrozen) return;
        link.ev.setStateC(on);
        sendBack({ type: on ? 'v2g.requestStateC' : 'v2g.requestStateB' });
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
        onEvccEvent(ev);
        if (ev.type === 'v2g.state') sendBack({ type: 'v2g.progress', state: ev.state });
      },
    });
    evcc = e;
    void e.outcome.then((o) => {
      evccEnded = true;
      if (carFrozen) return; // a frozen car reports nothing and keeps S2 where it was
      sendBack(
        o.ok ? { type: 'v2g.finished' } : { type: 'v2g.failed', reason: `${o.reason ?? 'failed'}: ${o.detail ?? ''}` },
      );
    });
    e.start();
    return () => e.close('session ended');
  });

  // ---- top statecharts
  const evseActor = createActor(
    evseSessionMachine.provide({
      actors: {
        cp: child(evseCpSessionActor({ ports: evseBoard, clock })),
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
        cp: child(pevCpSessionActor({ ports: pevBoard, clock })),
        slac: child(pevSlac),
        comm: child(pevComm),
        v2g: child(pevV2g),
      },
    }),
    { clock, input: {} },
  );

  // ---- observation, fault injection
  let faultDone = false;
  const faultWanted = opts.fault;
  const faultAt = (opts.faultAt ?? 'charging').toLowerCase();
  const injectFault = (): void => {
    if (!faultWanted || faultDone) return;
    faultDone = true;
    rec.faultAt = clock.now();
    say(`FAULT injected: ${faultWanted}`);
    switch (faultWanted) {
      case 'unplug':
        line.unplug();
        break;
      case 'cp-short':
        line.setFault('shortToPe');
        break;
      case 'diode-fail':
        line.setFault('diodeMissing');
        break;
      case 'tcp-drop':
        comm.drop();
        break;
      case 'modem-silent':
        evseStation.setSilent(true);
        comm.cut();
        break;
      case 'car-silent':
        // the car's communication controller hangs: nothing more is sent, no timeout closes the connection,
        // S2 stays closed; only the charger's own timers can end the session
        carFrozen = true;
        comm.freezeEvcc();
        break;
    }
  };
  const matchesFaultAt = (name: string): boolean => name.toLowerCase().includes(faultAt);

  let lastEvse = '';
  let lastPev = '';
  evseActor.subscribe((s) => {
    const n = stateName(s.value);
    if (n === lastEvse) return;
    lastEvse = n;
    rec.reacted(clock.now());
    say(`EVSE session: ${n}`);
    if (n === 'matching') rec.slacStartAt ??= clock.now();
    // SLAC time: until the EVSE sent CM_SLAC_MATCH.CNF (the car then still waits for its modem to join)
    if (n === 'waitingForConnection') rec.slacMatchedAt ??= clock.now();
    if (faultAt !== 'charging' && matchesFaultAt(n)) injectFault();
  });
  pevActor.subscribe((s) => {
    const n = stateName(s.value);
    if (n === lastPev) return;
    lastPev = n;
    if (!carFrozen) rec.reacted(clock.now());
    say(`PEV session:  ${n}`);
    if (faultAt !== 'charging' && matchesFaultAt(n)) injectFault();
  });

  let chargeStopTimer: unknown;
  function onSeccEvent(e: V2gEvent): void {
    if (!recording) return;
    if (e.type === 'v2g.message') {
      rec.countMessage(e.name);
      if (e.dir === 'rx' && (e.name === 'CurrentDemandReq' || e.name === 'ChargingStatusReq')) {
        rec.chargeLoopCount++;
        rec.firstChargeLoopAt ??= clock.now();
        // default fault point: in the middle of the charging loop
        if (faultAt === 'charging' && clock.now() - rec.firstChargeLoopAt >= (opts.chargeSeconds * 1000) / 2)
          injectFault();
      }
    } else if (e.type === 'v2g.state') {
      if (faultAt !== 'charging' && matchesFaultAt(e.state)) injectFault();
    } else if (e.type === 'v2g.protocol') {
      say(`protocol negotiated: ${e.protocol}`);
    } else if (e.type === 'v2g.failed') {
      rec.reacted(clock.now());
      say(`SECC: failed (${e.reason}: ${e.detail})`);
    }
  }
  function onEvccEvent(e: V2gEvent): void {
    if (e.type === 'v2g.chargingStarted') {
      say('EVCC: charging started');
      clock.clearTimeout(chargeStopTimer);
      chargeStopTimer = clock.setTimeout(() => {
        say(`EVCC: ${opts.chargeSeconds} s charged, stopping`);
        evcc?.stopCharging();
      }, opts.chargeSeconds * 1000);
    } else if (e.type === 'v2g.failed') {
      if (!carFrozen) rec.reacted(clock.now()); // a hung controller's own timers act on nothing
      say(`EVCC: failed (${e.reason}: ${e.detail})${carFrozen ? ' (hung: nothing acts on it)' : ''}`);
    } else if (e.type === 'v2g.sessionStopped') {
      say('EVCC: session stopped');
    }
  }

  evseActor.start();
  pevActor.start();
  clock.setTimeout(() => {
    rec.pluggedAt = clock.now();
    say('car plugged in');
    line.plug();
  }, PLUG_IN_AT_MS);

  const sessionOver = (): boolean => {
    const ev = stateName(evseActor.getSnapshot().value);
    const pv = stateName(pevActor.getSnapshot().value);
    const evseEnded = ['finished', 'failed', 'faulted', 'stopped', 'idle'].includes(ev);
    const pevEnded = ['finished', 'failed', 'idle'].includes(pv) || carFrozen;
    return rec.pluggedAt !== undefined && evseEnded && pevEnded && (evccEnded || seccEnded || faultDone);
  };

  // Phases: 1 first session runs; 2 it ended, the car unplugs; after a fault: 3 everything is healed and the
  // car plugs in again (the next plug-in must work without a restart); 4 that session ended, unplug; done.
  let phase = 1;
  let phaseAt = 0;
  let recording = true;
  let contactorOpenAfterFault: boolean | undefined;
  let sessionsBeforeReplug = 0;
  let nextPlugInOk: boolean | undefined;
  let first: { evse?: SessionOutcome; pev?: SessionOutcome; energyWh: number } | undefined;
  const unplugSoon = (): void => {
    phaseAt = clock.now() + UNPLUG_AFTER_END_MS;
    clock.setTimeout(() => {
      say('car unplugged');
      line.unplug();
    }, UNPLUG_AFTER_END_MS);
  };
  const result = await runVirtual(
    clock,
    () => {
      if (phase === 1 && sessionOver()) {
        phase = 2;
        unplugSoon();
      } else if (phase === 2 && clock.now() >= phaseAt + 200) {
        contactorOpenAfterFault = !evseBoard.contactor.get() && !link.evseContactorsClosed;
        first = {
          evse: evseActor.getSnapshot().context.outcome,
          pev: pevActor.getSnapshot().context.outcome,
          energyWh: link.energyDeliveredWh,
        };
        if (!faultWanted || !faultDone) return true;
        // heal the fault and plug in again
        recording = false;
        sessionsBeforeReplug = evseActor.getSnapshot().context.sessions;
        clock.clearTimeout(chargeStopTimer);
        evccEnded = false;
        seccEnded = false;
        carFrozen = false;
        line.clearFaults();
        evseStation.setSilent(false);
        comm.heal();
        phase = 3;
        clock.setTimeout(() => {
          say('fault cleared; car plugged in again');
          line.plug();
        }, UNPLUG_AFTER_END_MS);
      } else if (
        phase === 3 &&
        evseActor.getSnapshot().context.sessions > sessionsBeforeReplug &&
        ['finished', 'failed', 'faulted'].includes(stateName(evseActor.getSnapshot().value)) &&
        ['finished', 'failed'].includes(stateName(pevActor.getSnapshot().value)) &&
        (evccEnded || seccEnded)
      ) {
        nextPlugInOk =
          evseActor.getSnapshot().context.outcome?.ok === true && pevActor.getSnapshot().context.outcome?.ok === true;
        say(`next plug-in after the fault: ${nextPlugInOk ? 'completed normally' : 'FAILED'}`);
        phase = 4;
        unplugSoon();
      } else if (phase === 4 && clock.now() >= phaseAt + 200) {
        return true;
      }
      return false;
    },
    {
      speed: opts.speed,
      maxSimMs: SIM_MAX_MS,
      onStep: () => {
        // the power link follows the real contactor output (the CP machine may open it on its own)
        if (!evseBoard.contactor.get() && link.evseContactorsClosed) link.evse.setContactors(false);
        if (rec.faultAt !== undefined && rec.contactorOpenAt === undefined) {
          const t = evseBoard.lastSet('contactor', false, rec.faultAt);
          if (t !== undefined) rec.contactorOpenAt = t;
        }
        opts.onProgress?.({
          simMs: clock.now(),
          evse: secc?.state ?? stateName(evseActor.getSnapshot().value),
          pev: stateName(pevActor.getSnapshot().value),
          voltageV: link.cableVoltageV,
          currentA: link.currentA,
          socPercent: link.ev.socPercent(),
        });
      },
    },
  );
  clock.clearTimeout(chargeStopTimer);
  rec.energyWh = first?.energyWh ?? link.energyDeliveredWh;
  const evseCtx = { outcome: first?.evse ?? evseActor.getSnapshot().context.outcome };
  const pevCtx = { outcome: first?.pev ?? pevActor.getSnapshot().context.outcome };
  evseActor.stop();
  pevActor.stop();
  await pcapWriter?.close?.();

  // contactor opened at a fault if it was closed at the fault time, or it was never closed after it
  const contactorOpen = contactorOpenAfterFault ?? !evseBoard.contactor.get();
  if (faultWanted && rec.faultAt !== undefined && rec.contactorOpenAt === undefined && contactorOpen) {
    rec.contactorOpenAt = rec.faultAt; // it was already open when the fault hit
  }
  const outcome = evseCtx.outcome ?? pevCtx.outcome;
  const faultReason = faultWanted && (!outcome || outcome.ok) ? `fault: ${faultWanted}` : undefined;
  const ok =
    !faultWanted && !result.timedOut && !result.stalled && evseCtx.outcome?.ok === true && pevCtx.outcome?.ok === true;
  const reason = result.timedOut
    ? 'the simulation did not end within its time budget'
    : result.stalled
      ? 'the simulation stalled (nothing pending)'
      : (faultReason ??
        (pevCtx.outcome && !pevCtx.outcome.ok ? `car: ${pevCtx.outcome.reason}` : outcome?.reason) ??
        (faultWanted ? `fault: ${faultWanted}` : 'ended without an outcome'));
  const safe = contactorOpen && !link.evseContactorsClosed;
  const summary = rec.build(
    { ok, protocol: opts.protocol, mode: opts.mode, reason },
    faultWanted ? { name: faultWanted, safe } : undefined,
  );
  const exitOk = faultWanted ? safe && faultDone && nextPlugInOk === true : ok;
  if (faultWanted) summary.nextPlugInOk = nextPlugInOk ?? false;
  if (faultWanted && !faultDone) summary.reason = `the fault point '${faultAt}' was never reached`;
  return { summary, exitOk, seccResponseMs: [...rec.responseMs] };
}
