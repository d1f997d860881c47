/**
 * The CP side of `piccs evse` / `piccs pev`: the session's `cp` child on the real board or on a simulated CP line.
 * With `hw: 'sim'` this process also plays the other side's CP behaviour on the line (the EVSE role plugs a
 * simulated car in and closes S2 in the V2G session; the PEV role runs an EVSE CP machine that offers 5 % after
 * plug-in and hears when the car's session starts SLAC), and the simulated cable replugs after every session unless
 * `once`. Taps log every contactor (EVSE) or S2 (PEV) change and report it for the summary's `safe`. Knows nothing
 * about SLAC, SDP or V2G beyond that one session state.
 */

import { type AnyActorLogic, type AnyEventObject, createActor } from 'xstate';
import type { TimerHandle } from '../core/clock.js';
import { childLog, type Log } from '../core/log.js';
import { evseCpMachine } from '../cp/evse-cp.machine.js';
import { type EvseCpPorts, evseSafeState, type PevCpPorts, pevSafeState } from '../hal/ports.js';
import { openRealEvseBoard, openRealPevBoard } from '../hal/real/board.js';
import { installExitSafety } from '../hal/safe-exit.js';
import { createSimCpRig } from '../hal/sim/board.js';
import { SimCpLine } from '../hal/sim/cp-line.js';
import { evseCpSessionActor, pevCpSessionActor } from '../session/cp-bridge.js';
import { CpLog } from './cp-log.js';
import type { RoleOptions } from './role-options.js';

export interface CpSide {
  /** The session's `cp` child. */
  actor: AnyActorLogic;
  /** Called on every top-session snapshot value (the sim plays the other side's CP from it). */
  onSessionState?: (state: string) => void;
  /** Safe outputs + release. */
  close(): Promise<void>;
}

/** What the CP taps report to: the role's log, and the output (contactor / S2) for the summary's `safe`. */
export interface CpTapOptions {
  log: Log;
  onOutput: (closed: boolean) => void;
}

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

/**
 * A real board as the CP side: its outputs go safe on process exit (installed before the CP machine starts) and on
 * close, before the board is released.
 */
function realBoardSide<B extends { close(): Promise<void> }>(
  o: RoleOptions,
  board: B,
  safeState: (board: B) => void,
  actor: () => AnyActorLogic,
): CpSide {
  const uninstall = installExitSafety(() => safeState(board), { log: (m) => o.log.warn(m) });
  return {
    actor: actor(),
    close: async () => {
      safeState(board);
      uninstall();
      await board.close();
    },
  };
}

/** EVSE role: the EVSE CP machine on the board (or a simulated line with a simulated car on it). */
export async function evseCp(o: RoleOptions, tap: CpTapOptions, onCarPower: (on: boolean) => void): Promise<CpSide> {
  const { clock } = o;
  // every CP state change with volts and duty at info, the readings at debug (hw/bringup.md step 7)
  const cpLog = new CpLog(childLog(o.log, 'cp'), clock);
  const power = carPowerTap(tap, onCarPower);
  const onCpEvent = (e: AnyEventObject) => {
    cpLog.onEvent(e);
    power(e);
  };
  if (o.hw === 'sim') {
    const rig = createSimCpRig(clock, new SimCpLine());
    const cable = simCable(o, rig.line);
    return {
      actor: evseCpSessionActor({ ports: cpLog.evsePorts(rig.evse), clock, onCpEvent }),
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
  return realBoardSide(o, board, evseSafeState, () =>
    evseCpSessionActor({ ports: cpLog.evsePorts(board as EvseCpPorts), clock, onCpEvent }),
  );
}

/** PEV role: the PEV CP machine on the board (or a simulated line with a simulated charger on it). */
export async function pevCp(o: RoleOptions, tap: CpTapOptions): Promise<CpSide> {
  const { clock } = o;
  // every CP state change with volts and duty at info, the readings at debug (hw/bringup.md step 7)
  const cpLog = new CpLog(childLog(o.log, 'cp'), clock);
  const s2 = s2Tap(tap);
  const onCpEvent = (e: AnyEventObject) => {
    cpLog.onEvent(e);
    s2(e);
  };
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
    // the simulated charger hears the car's first CM_SLAC_PARM.REQ when the car's session starts SLAC: without
    // this its TT_EVSE_SLAC_init (40 s) fired in every session and the E/F step ended it [V2G3-M06-07]
    let inSlac = false;
    return {
      actor: pevCpSessionActor({ ports: cpLog.pevPorts(rig.pev), clock, onCpEvent }),
      onSessionState: (s) => {
        const slac = s === 'communicationSetup';
        if (slac && !inSlac) charger.send({ type: 'slacStarted' });
        inSlac = slac;
        cable.onState(s);
      },
      close: async () => {
        cable.close();
        pevSafeState(rig.pev);
        charger.stop();
      },
    };
  }
  const board = await openRealPevBoard(o.config.hal);
  return realBoardSide(o, board, pevSafeState, () =>
    pevCpSessionActor({ ports: cpLog.pevPorts(board as PevCpPorts), clock, onCpEvent }),
  );
}
