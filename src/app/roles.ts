/**
 * Composition root of the `evse` and `pev` roles: builds the parts (CP board or simulated CP line, SLAC on the
 * raw interface, SDP + TCP, SECC or EVCC on a simulated power stage / battery) and hands them to the top session
 * statechart (src/session/) as its `cp`, `slac`, `comm` and `v2g` children. With `once` it ends after one session
 * and returns the `sim`-style summary (DESIGN.md "Contracts").
 * `hw: 'sim'`: the CP line is simulated and this process also plays the other side's CP behaviour on it (the EVSE
 * role plugs a simulated car in and closes S2 in the V2G session; the PEV role runs an EVSE CP machine that offers
 * 5 % after plug-in), while SLAC, SDP and TCP use the real interface.
 * The PLC interface's carrier is watched for the whole run (session.carrierPollMs) and given to the session as its
 * `link` child together with the raw port's health: carrier loss, or the capture process dying (the interface went
 * down or was removed), ends a running session on the failure path at once and is only logged while idle; the port
 * is reopened when the interface is back.
 * Owns wiring only: no protocol logic lives here.
 */

import { type AnyActorLogic, type AnyEventObject, createActor, fromCallback } from 'xstate';
import type { Config } from '../config/index.js';
import type { Clock, TimerHandle } from '../core/clock.js';
import type { Log } from '../core/log.js';
import { childLog } from '../core/log.js';
import { evseCpMachine } from '../cp/evse-cp.machine.js';
import { type EvseCpPorts, evseSafeState, type PevCpPorts, pevSafeState } from '../hal/ports.js';
import { openRealEvseBoard, openRealPevBoard } from '../hal/real/board.js';
import { installExitSafety } from '../hal/safe-exit.js';
import { createSimCpRig } from '../hal/sim/board.js';
import { SimCpLine } from '../hal/sim/cp-line.js';
import { openPcapPort } from '../link/pcap.js';
import { ReopeningPort } from '../link/reopening-port.js';
import {
  type CarrierState,
  describeCarrier,
  readCarrier,
  sysfsCarrierWatcher,
  type WatchCarrier,
} from '../netif/carrier.js';
import { evseCpSessionActor, pevCpSessionActor } from '../session/cp-bridge.js';
import type { SessionEvent, SessionOutcome } from '../session/events.js';
import { evseSessionMachine } from '../session/evse.machine.js';
import { linkSessionActor } from '../session/link-bridge.js';
import { pevSessionMachine } from '../session/pev.machine.js';
import { createEvseSlacMachine, createPevSlacMachine, evseSlacOptionsFrom, pevSlacOptionsFrom } from '../slac/index.js';
import {
  type EvBattery,
  Evcc,
  type EvsePowerStage,
  evccSettingsFromConfig,
  Secc,
  SimDcLink,
  seccSettingsFromConfig,
  simLinkOptionsFromConfig,
  type V2gEvent,
  type V2gProtocol,
} from '../v2g/index.js';
import {
  connectEvccComm,
  createExiPort,
  type SeccComm,
  startSeccComm,
  type V2gConnection,
} from '../v2gtp/transport.js';
import { type SessionSummary, SummaryRecorder } from './summary.js';

export type Role = 'evse' | 'pev';

export interface RoleOptions {
  role: Role;
  config: Config;
  iface: string;
  protocol: V2gProtocol;
  mode: 'dc' | 'ac';
  hw: 'sim' | 'real';
  modem: 'qca' | 'none';
  /** End after one session (finished or failed) and report it. */
  once: boolean;
  clock: Clock;
  log: Log;
  /** Give up a `once` run after this long (clock ms). Default 120 s + the charge time. */
  onceTimeoutMs?: number;
  /** Resolves the run early (operator stop, signal): the session is stopped safely. */
  stopSignal?: AbortSignal;
  /** The carrier watcher port (default: sysfs polled every session.carrierPollMs; 0 = not watched). */
  watchCarrier?: WatchCarrier;
}

/** The `sim` summary (DESIGN.md "Contracts"), plus the role and, when it failed, where. */
export type RoleSummary = SessionSummary & { role: Role; during?: string };

/** Top session states in which a session has ended (with an outcome). */
const SESSION_END_STATES: ReadonlySet<string> = new Set(['finished', 'failed', 'faulted', 'stopped']);

const CHARGE_LOOP_REQUESTS: ReadonlySet<string> = new Set(['CurrentDemandReq', 'ChargingStatusReq']);

/** Feeds the shared SummaryRecorder from this side's V2G events (request -> response latency on this side's clock). */
class RoleRecorder extends SummaryRecorder {
  private lastReqAt?: number;
  private carConnected = false;

  constructor(private readonly role: Role) {
    super();
  }

  /** EVSE: an SDP request arrived; the first one after SLAC matched starts sdpMs (see summary.ts). */
  sdpRequest(atMs: number): void {
    if (this.slacMatchedAt !== undefined && !this.carConnected) this.sdpStartAt ??= atMs;
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
    if (e.type !== 'v2g.message') return;
    this.countMessage(e.name);
    // the SECC's response time: EVSE role rx(req) -> tx(res); PEV role tx(req) -> rx(res) (includes the link)
    const reqDir = this.role === 'evse' ? 'rx' : 'tx';
    if (e.dir === reqDir) {
      this.lastReqAt = e.atMs;
      // one charge loop per CurrentDemandReq (DC) or ChargingStatusReq (AC), as `piccs sim` counts them
      if (CHARGE_LOOP_REQUESTS.has(e.name)) {
        this.chargeLoopCount++;
        this.firstChargeLoopAt ??= e.atMs;
      }
    } else if (this.lastReqAt !== undefined) {
      this.responseMs.push(e.atMs - this.lastReqAt);
      this.lastReqAt = undefined;
    }
  }

  summary(base: { ok: boolean; protocol: string; mode: string }, outcome: SessionOutcome): RoleSummary {
    const s: RoleSummary = { ...this.build({ ...base, reason: outcome.reason }), role: this.role };
    if (!base.ok) s.during = outcome.during;
    return s;
  }
}

interface CpSide {
  /** The session's `cp` child. */
  actor: AnyActorLogic;
  /** Called on every top-session snapshot value (the sim plays the other side's CP from it). */
  onSessionState?: (state: string) => void;
  /** Safe outputs + release. */
  close(): Promise<void>;
}

const DEFAULT_ONCE_TIMEOUT_MS = 120_000;
/** The simulated other side plugs in shortly after start, so the CP machines see a clean A -> B. */
const SIM_PLUG_IN_AFTER_MS = 100;
/** Without --once the simulated other side unplugs this long after a session ended and plugs in again. */
const SIM_REPLUG_AFTER_MS = 2000;

/**
 * The simulated cable: plugged in shortly after start and, without `once`, unplugged after every ended session
 * and plugged in again, so a long-running role serves one session after another.
 */
function simCable(o: RoleOptions, line: SimCpLine): { onState: (s: string) => void; close: () => void } {
  const { clock } = o;
  let timer: TimerHandle | undefined = clock.setTimeout(() => {
    timer = undefined;
    line.plug();
  }, SIM_PLUG_IN_AFTER_MS);
  return {
    onState: (s) => {
      if (o.once || timer !== undefined || !line.isPlugged || (s !== 'finished' && s !== 'failed')) return;
      timer = clock.setTimeout(() => {
        line.unplug();
        timer = clock.setTimeout(() => {
          timer = undefined;
          line.plug();
        }, SIM_PLUG_IN_AFTER_MS);
      }, SIM_REPLUG_AFTER_MS);
    },
    close: () => {
      if (timer !== undefined) clock.clearTimeout(timer);
    },
  };
}

/**
 * The car's CP state C as the EVSE sees it: the simulated AC power stage delivers only while the car draws.
 * Also logs every contactor change (the line field tests and the carrier-loss test time from).
 */
function carPowerTap(o: CpTapOptions, onCarPower: (on: boolean) => void) {
  return (e: AnyEventObject): void => {
    if (e.type === 'evseCp.carRequestedPower') onCarPower(true);
    else if (e.type === 'evseCp.carRequestedStopPower' || e.type === 'evseCp.carUnplugged') onCarPower(false);
    if (e.type === 'evseCp.powerOn') {
      o.onOutput(true);
      o.log.info('contactor closed');
    } else if (e.type === 'evseCp.powerOff') {
      o.onOutput(false);
      o.log.info({ reason: e.reason }, 'contactor opened');
    }
  };
}

/** What the CP taps report to: the role's log, and the output (contactor / S2) for the summary's `safe`. */
interface CpTapOptions {
  log: Log;
  onOutput: (closed: boolean) => void;
}

/** PEV: logs every S2 change (S2 open = state B: the charger must stop power). */
function s2Tap(o: CpTapOptions) {
  return (e: AnyEventObject): void => {
    if (e.type === 'pevCp.s2Closed') {
      o.onOutput(true);
      o.log.info('S2 closed');
    } else if (e.type === 'pevCp.s2Opened') {
      o.onOutput(false);
      o.log.info('S2 opened');
    }
  };
}

/** session.carrierPollMs = 0: no carrier watching, the carrier counts as always up (the port's health still counts). */
const carrierNotWatched: WatchCarrier = (iface, onChange) => {
  onChange({ iface, up: true, carrier: undefined, operstate: undefined });
  return () => {};
};

/**
 * The session's `link` child: the carrier watcher (logged; down at warn: while idle that is all that happens) and
 * the raw port's health (its capture process died: interface down or removed). When the carrier comes back while
 * the port is broken, the port is reopened at once, so the next plug-in works without a restart.
 */
function linkChild(o: RoleOptions, log: Log, port: ReopeningPort, sessionState: () => string): AnyActorLogic {
  const pollMs = o.config.session.carrierPollMs;
  const watch = o.watchCarrier ?? (pollMs === 0 ? carrierNotWatched : sysfsCarrierWatcher({ clock: o.clock, pollMs }));
  return linkSessionActor({
    watch,
    iface: o.iface,
    portHealth: (onChange) => port.onHealth(onChange),
    onReading: (s: CarrierState, first: boolean) => {
      const fields = { iface: s.iface, carrier: s.carrier, operstate: s.operstate, sessionState: sessionState() };
      if (!s.up) log.warn(fields, `PLC link down on ${s.iface} (${describeCarrier(s)})`);
      else if (!first) {
        log.info(fields, `PLC link up on ${s.iface}`);
        if (port.broken) void port.reopen();
      }
    },
  });
}

async function evseCp(o: RoleOptions, tap: CpTapOptions, onCarPower: (on: boolean) => void): Promise<CpSide> {
  const { clock } = o;
  const onCpEvent = carPowerTap(tap, onCarPower);
  if (o.hw === 'sim') {
    const rig = createSimCpRig(clock, new SimCpLine());
    const cable = simCable(o, rig.line);
    return {
      actor: evseCpSessionActor({ ports: rig.evse, clock, onCpEvent }),
      // the simulated car: state C while the V2G session runs (DIN/ISO DC cars close S2 before CableCheck)
      onSessionState: (s) => {
        rig.line.setS2(s === 'session');
        cable.onState(s);
      },
      close: async () => {
        cable.close();
        evseSafeState(rig.evse);
      },
    };
  }
  const board = await openRealEvseBoard(o.config.hal);
  const uninstall = installExitSafety(() => evseSafeState(board), { log: (m) => o.log.warn(m) });
  return {
    actor: evseCpSessionActor({ ports: board as EvseCpPorts, clock, onCpEvent }),
    close: async () => {
      evseSafeState(board);
      uninstall();
      await board.close();
    },
  };
}

async function pevCp(o: RoleOptions, tap: CpTapOptions): Promise<CpSide> {
  const { clock } = o;
  const onCpEvent = s2Tap(tap);
  if (o.hw === 'sim') {
    const rig = createSimCpRig(clock, new SimCpLine());
    // the simulated charger: an EVSE CP machine offering 5 % once the car is seen, power while the car is in C
    const charger = createActor(evseCpMachine, { clock, input: { ports: rig.evse, clock } });
    charger.on('*', (e: AnyEventObject) => {
      if (e.type === 'evseCp.carPluggedIn') charger.send({ type: 'startHlc' });
      else if (e.type === 'evseCp.carRequestedPower') charger.send({ type: 'allowPower' });
    });
    charger.start();
    const cable = simCable(o, rig.line);
    return {
      actor: pevCpSessionActor({ ports: rig.pev, clock, onCpEvent }),
      onSessionState: cable.onState,
      close: async () => {
        cable.close();
        pevSafeState(rig.pev);
        charger.stop();
      },
    };
  }
  const board = await openRealPevBoard(o.config.hal);
  const uninstall = installExitSafety(() => pevSafeState(board), { log: (m) => o.log.warn(m) });
  return {
    actor: pevCpSessionActor({ ports: board as PevCpPorts, clock, onCpEvent }),
    close: async () => {
      pevSafeState(board);
      uninstall();
      await board.close();
    },
  };
}

/** Protocols in the order offered/requested: the chosen one first, then the configured rest (EVSE only). */
function protocolOrder(first: V2gProtocol, configured: readonly V2gProtocol[]): V2gProtocol[] {
  return [first, ...configured.filter((p) => p !== first)];
}

/** Runs one role until `once` ends it (or the stop signal). Resolves with the summary of the last session. */
export async function runRole(o: RoleOptions): Promise<RoleSummary> {
  const { clock, config } = o;
  const log = childLog(o.log, o.role);
  // one recorder per session: a new plug-in starts a fresh one (the summary is about the last session)
  let rec = new RoleRecorder(o.role);
  const link = new SimDcLink(clock, {
    ...simLinkOptionsFromConfig(config.v2g.sim, o.role === 'evse' ? 'evse' : 'ev'),
    ac: o.mode === 'ac',
  });
  const closers: Array<() => Promise<void> | void> = [];
  const closeAll = async () => {
    for (const c of closers.reverse()) {
      try {
        await c();
      } catch (err) {
        log.warn({ err: (err as Error).message }, 'close failed');
      }
    }
  };

  try {
    // the raw port reopens itself after its capture process died (interface down or removed), see linkChild
    const port = await ReopeningPort.open({
      open: () => openPcapPort({ iface: o.iface, log: o.log }),
      clock,
      canOpen: () => readCarrier(o.iface).up,
      log,
    });
    closers.push(() => port.close());
    // the contactor (EVSE) or S2 (PEV) as last reported: a failed session reports `safe` when it ended open
    let outputClosed = false;
    const tap: CpTapOptions = {
      log,
      onOutput: (closed) => {
        outputClosed = closed;
        // the simulated power link follows the contactor output (the CP machine may open it on its own)
        if (!closed && o.role === 'evse' && link.evseContactorsClosed) link.evse.setContactors(false);
      },
    };
    const cp = o.role === 'evse' ? await evseCp(o, tap, (on) => link.ev.setStateC(on)) : await pevCp(o, tap);
    closers.push(() => cp.close());

    const slacOptions =
      o.role === 'evse'
        ? { ...evseSlacOptionsFrom(config.slac), modem: o.modem }
        : { ...pevSlacOptionsFrom(config.slac), modem: o.modem };
    const slac =
      o.role === 'evse'
        ? createEvseSlacMachine({ port, clock, log: o.log, options: slacOptions })
        : createPevSlacMachine({ port, clock, log: o.log, options: slacOptions });

    let comm: AnyActorLogic;
    let v2g: AnyActorLogic;
    if (o.role === 'evse') {
      // the SECC listens and answers SDP for the whole run; the comm child only takes the next connection
      let deliver: ((c: V2gConnection) => void) | undefined;
      const secc: SeccComm = await startSeccComm({
        iface: o.iface,
        clock,
        log: o.log,
        onSdpRequest: () => rec.sdpRequest(clock.now()),
        onSdpAnswer: () => rec.sdpAnswered(clock.now()),
        onConnection: (c) => {
          rec.connected();
          if (deliver) deliver(c);
          else {
            log.warn('TCP connection while no session waits for one: closed');
            c.close();
          }
        },
      });
      closers.push(() => secc.close());
      log.info({ address: secc.address, port: secc.port }, 'SECC listening');
      comm = fromCallback<AnyEventObject>(({ sendBack }) => {
        deliver = (connection) => {
          deliver = undefined;
          sendBack({ type: 'comm.connected', connection, peer: 'car' } satisfies SessionEvent);
        };
        return () => {
          deliver = undefined;
        };
      });
      const settings = seccSettingsFromConfig(config.v2g.secc);
      settings.protocols = protocolOrder(o.protocol, config.v2g.secc.protocols);
      if (o.mode === 'ac') settings.iso2EnergyTransferModes = ['AC_three_phase_core'];
      v2g = fromCallback<AnyEventObject, { connection: V2gConnection }>(({ sendBack, input }) => {
        const powerStage: EvsePowerStage = Object.create(link.evse) as EvsePowerStage;
        powerStage.setContactors = (closed: boolean) => {
          link.evse.setContactors(closed);
          sendBack({ type: closed ? 'v2g.powerOn' : 'v2g.powerOff' } satisfies SessionEvent);
        };
        // DC: CableCheck closes the output contactors for the insulation test, so ask the CP machine first (as
        // `piccs sim` does); without this the CP-gated contactor never closed in a DC session
        powerStage.startIsolationCheck = () => {
          sendBack({ type: 'v2g.powerOn' } satisfies SessionEvent);
          link.evse.startIsolationCheck();
        };
        // the SECC reports the real contactor output, which the CP machine may have opened for safety
        powerStage.contactorsClosed = () => link.evse.contactorsClosed() && outputClosed;
        const s = new Secc({
          port: createExiPort(input.connection),
          clock,
          powerStage,
          settings,
          log: o.log,
          onEvent: (e) => {
            rec.v2g(e);
            if (e.type === 'v2g.state') sendBack({ type: 'v2g.progress', state: e.state } satisfies SessionEvent);
          },
        });
        void s.outcome.then((r) =>
          sendBack(
            r.ok
              ? ({ type: 'v2g.finished' } satisfies SessionEvent)
              : ({ type: 'v2g.failed', reason: `${r.reason}: ${r.detail ?? ''}` } satisfies SessionEvent),
          ),
        );
        s.start();
        return () => s.close();
      });
    } else {
      comm = fromCallback<AnyEventObject>(({ sendBack }) => {
        const abort = new AbortController();
        rec.sdpStartAt = clock.now();
        connectEvccComm({ iface: o.iface, clock, log: o.log, signal: abort.signal }).then(
          (r) => {
            rec.sdpDoneAt = rec.sdpStartAt === undefined ? undefined : rec.sdpStartAt + r.sdpMs;
            if (abort.signal.aborted) {
              r.connection.close();
              return;
            }
            sendBack({
              type: 'comm.connected',
              connection: r.connection,
              peer: `[${r.secc.address}]:${r.secc.port}`,
            } satisfies SessionEvent);
          },
          (err: unknown) => {
            if (!abort.signal.aborted) {
              sendBack({ type: 'comm.failed', reason: (err as Error).message } satisfies SessionEvent);
            }
          },
        );
        return () => abort.abort('comm child stopped');
      });
      const settings = evccSettingsFromConfig(config.v2g.evcc);
      settings.protocols = [o.protocol];
      settings.energyMode = o.mode;
      const chargeMs = config.session.chargeSeconds * 1000;
      v2g = fromCallback<AnyEventObject, { connection: V2gConnection }>(({ sendBack, input }) => {
        const battery: EvBattery = Object.create(link.ev) as EvBattery;
        battery.setStateC = (on: boolean) => {
          link.ev.setStateC(on);
          sendBack({ type: on ? 'v2g.requestStateC' : 'v2g.requestStateB' } satisfies SessionEvent);
        };
        let stopTimer: TimerHandle | undefined;
        const e = new Evcc({
          port: createExiPort(input.connection),
          clock,
          battery,
          settings,
          log: o.log,
          onEvent: (ev) => {
            rec.v2g(ev);
            if (ev.type === 'v2g.state') sendBack({ type: 'v2g.progress', state: ev.state } satisfies SessionEvent);
            // the car charges for session.chargeSeconds, then stops normally
            if (ev.type === 'v2g.chargeLoop' && stopTimer === undefined) {
              stopTimer = clock.setTimeout(() => e.stopCharging(), chargeMs);
            }
          },
        });
        void e.outcome.then((r) =>
          sendBack(
            r.ok
              ? ({ type: 'v2g.finished' } satisfies SessionEvent)
              : ({ type: 'v2g.failed', reason: `${r.reason}: ${r.detail ?? ''}` } satisfies SessionEvent),
          ),
        );
        e.start();
        return () => {
          if (stopTimer !== undefined) clock.clearTimeout(stopTimer);
          e.close();
        };
      });
    }

    const machine = (o.role === 'evse' ? evseSessionMachine : pevSessionMachine) as typeof evseSessionMachine;
    let sessionState = 'idle';
    const provided = machine.provide({
      actors: {
        cp: cp.actor,
        slac,
        comm,
        v2g,
        link: linkChild(o, log, port, () => sessionState),
      } as unknown as Parameters<typeof machine.provide>[0]['actors'],
    });
    let slacStartAt: number | undefined;
    const actor = createActor(provided, {
      clock,
      input: {},
      inspect: (ev) => {
        if (ev.type !== '@xstate.event' || ev.actorRef !== actorRef) return;
        const e = ev.event as AnyEventObject;
        if (e.type === 'cp.pluggedIn') {
          if (rec.pluggedAt !== undefined) rec = new RoleRecorder(o.role);
          rec.pluggedAt = clock.now();
        }
        if (e.type === 'slac.matched') {
          // SLAC time as the SLAC machine measured it (first CM_SLAC_PARM.REQ -> CM_SLAC_MATCH.CNF)
          const d = (e as { durationMs?: number }).durationMs;
          rec.slacMatchedAt = clock.now();
          rec.slacStartAt = d !== undefined ? rec.slacMatchedAt - d : slacStartAt;
        }
      },
    });
    const actorRef: unknown = actor;

    const ended = new Promise<SessionOutcome>((resolve) => {
      let last = '';
      actor.subscribe((snap) => {
        const v = typeof snap.value === 'string' ? snap.value : (Object.keys(snap.value)[0] ?? '');
        const full = JSON.stringify(snap.value);
        sessionState = v;
        if (full !== last) {
          last = full;
          log.info({ state: snap.value }, 'session state');
          // each session's end with its reason (a long-running role's summary only covers the last one)
          const oc = snap.context.outcome;
          if (oc && SESSION_END_STATES.has(v)) {
            if (oc.ok) log.info({ outcome: oc }, 'session finished');
            else log.warn({ outcome: oc }, `session failed: ${oc.reason}`);
          }
          if (v === 'matching' || full.includes('matching')) slacStartAt = clock.now();
        }
        cp.onSessionState?.(v);
        if (!o.once || snap.context.sessions === 0) return;
        if (v === 'finished' || v === 'failed' || v === 'stopped' || v === 'faulted') {
          resolve(snap.context.outcome ?? { ok: v === 'finished', reason: v, during: v });
        }
      });
    });
    const limitMs = o.onceTimeoutMs ?? DEFAULT_ONCE_TIMEOUT_MS + config.session.chargeSeconds * 1000;
    let limitTimer: TimerHandle | undefined;
    const timedOut = new Promise<SessionOutcome>((resolve) => {
      if (o.once) {
        limitTimer = clock.setTimeout(
          () => resolve({ ok: false, reason: `no complete session within ${limitMs} ms`, during: 'once' }),
          limitMs,
        );
      }
    });
    const stopped = new Promise<SessionOutcome>((resolve) => {
      o.stopSignal?.addEventListener('abort', () =>
        resolve({ ok: false, reason: String(o.stopSignal?.reason ?? 'stopped'), during: 'stop' }),
      );
    });

    actor.start();
    log.info(
      { iface: o.iface, protocol: o.protocol, mode: o.mode, hw: o.hw, modem: o.modem, once: o.once },
      `${o.role} role started`,
    );
    const outcome = await Promise.race([ended, timedOut, stopped]);
    if (limitTimer !== undefined) clock.clearTimeout(limitTimer);
    // a timeout or an operator stop ends a running session safely first (power denied / S2 open)
    if (outcome.during === 'once' || outcome.during === 'stop') {
      actor.send({ type: 'session.stop', reason: outcome.reason } satisfies SessionEvent);
    }
    actor.stop();
    log.info({ outcome }, 'session ended');
    rec.energyWh = link.energyDeliveredWh;
    const summary = rec.summary({ ok: outcome.ok, protocol: o.protocol, mode: o.mode }, outcome);
    if (!outcome.ok) summary.safe = !outputClosed;
    return summary;
  } finally {
    await closeAll();
  }
}
