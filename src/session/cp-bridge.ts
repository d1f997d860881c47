/**
 * Bridge between the CP machines and the session statecharts (src/session/): translates the CP machines'
 * semantic events into the session's `cp.*` events and the session's CP commands into CP machine
 * commands, and wraps a CP machine as the invokable `cp` child the session expects
 * (`evseSessionMachine.provide({ actors: { cp: evseCpSessionActor({ ports, clock }) } })`).
 * It lives beside the session statecharts: it speaks their vocabulary (./events.ts) and uses the CP machines.
 */

import { createActor, type EventObject, fromCallback } from 'xstate';
import type { EvseCpCommand, EvseCpEvent } from '../cp/evse-cp.events.js';
import { type EvseCpInput, evseCpMachine } from '../cp/evse-cp.machine.js';
import type { PevCpCommand, PevCpEvent } from '../cp/pev-cp.events.js';
import { type PevCpInput, pevCpMachine } from '../cp/pev-cp.machine.js';
import type { CpCommand, CpEvent } from './events.js';

/** EVSE errors that are CP faults for the session (the rest, e.g. a refused command, are only logged). */
const EVSE_FAULT_CODES: ReadonlySet<string> = new Set([
  'shortToPe',
  'generatorLow',
  'diodeFault',
  'noNegativePlateau',
  'outOfRange',
  'unstable',
  'hardware',
  'c1Timeout',
  // safety inputs (src/cp/safety.ts)
  'estop',
  'rcd',
  'contactorWelded',
  'contactorMismatch',
  'lockFailed',
  'ppInvalid',
]);

export function evseCpEventToSession(e: EvseCpEvent): CpEvent[] {
  switch (e.type) {
    case 'evseCp.carPluggedIn':
      return [{ type: 'cp.pluggedIn' }];
    case 'evseCp.carUnplugged':
      return [{ type: 'cp.unplugged' }];
    case 'evseCp.carRequestedPower':
      return [{ type: 'cp.stateC' }];
    case 'evseCp.carRequestedStopPower':
      return [{ type: 'cp.stateB' }];
    case 'evseCp.error':
      return EVSE_FAULT_CODES.has(e.code) ? [{ type: 'cp.fault', reason: `${e.code}: ${e.message}` }] : [];
    case 'evseCp.errorCleared':
      return [{ type: 'cp.faultCleared' }];
    default:
      return [];
  }
}

const EVSE_COMMANDS: Record<CpCommand['type'], EvseCpCommand | undefined> = {
  'hlc.enable': { type: 'startHlc' },
  'hlc.disable': { type: 'pwmOff' },
  'power.allow': { type: 'allowPower' },
  'power.deny': { type: 'stopPower' },
  'slac.started': { type: 'slacStarted' },
  's2.close': undefined,
  's2.open': undefined,
  'contactors.close': undefined,
  'contactors.open': undefined,
};

/** The CP command for a session command; undefined for anything else (other roles' or unknown events). */
export function sessionCommandToEvseCp(c: CpCommand | EventObject): EvseCpCommand | undefined {
  return Object.hasOwn(EVSE_COMMANDS, c.type) ? EVSE_COMMANDS[c.type as CpCommand['type']] : undefined;
}

/**
 * The PEV side. The E/F step of ISO 15118-3 (the EVSE drives F to make the car start over) and a real
 * "EVSE not available" both end the car's session: `evseUnavailable` maps to `cp.unplugged`, and the
 * pilot coming back to `cp.pluggedIn`, so the session restarts from waiting for HLC.
 */
export function pevCpEventToSession(e: PevCpEvent): CpEvent[] {
  switch (e.type) {
    case 'pevCp.evseDetected':
      return [{ type: 'cp.pluggedIn' }];
    case 'pevCp.pilotLost':
    case 'pevCp.evseUnavailable':
      return [{ type: 'cp.unplugged' }];
    case 'pevCp.pwmDetected':
    case 'pevCp.dutyChanged':
      return e.meaning.kind === 'hlc'
        ? [{ type: 'cp.hlcOffered' }]
        : [{ type: 'cp.pwmChanged', dutyPercent: e.dutyPercent }];
    case 'pevCp.pwmLost':
      return [{ type: 'cp.pwmChanged', dutyPercent: 0 }];
    case 'pevCp.error':
      return [{ type: 'cp.fault', reason: `${e.code}: ${e.message}` }];
    case 'pevCp.errorCleared':
      return [{ type: 'cp.faultCleared' }];
    default:
      return [];
  }
}

const PEV_COMMANDS: Record<CpCommand['type'], PevCpCommand | undefined> = {
  'hlc.enable': undefined,
  'hlc.disable': undefined,
  'power.allow': undefined,
  'power.deny': undefined,
  'slac.started': undefined,
  's2.close': { type: 'requestPower' },
  's2.open': { type: 'stopPower' },
  'contactors.close': { type: 'closeContactor' },
  'contactors.open': { type: 'openContactor' },
};

export function sessionCommandToPevCp(c: CpCommand | EventObject): PevCpCommand | undefined {
  return Object.hasOwn(PEV_COMMANDS, c.type) ? PEV_COMMANDS[c.type as CpCommand['type']] : undefined;
}

/** Optional taps for logs/timelines: every raw CP machine event, before translation. */
export interface BridgeTaps<E> {
  onCpEvent?: (e: E) => void;
}

/** The EVSE CP machine as the session's `cp` child: runs it on `input.clock`, translates both ways. */
export function evseCpSessionActor(input: EvseCpInput & BridgeTaps<EvseCpEvent>) {
  return fromCallback<EventObject>(({ sendBack, receive }) => {
    const cp = createActor(evseCpMachine, { clock: input.clock, input });
    cp.on('*', (e) => {
      input.onCpEvent?.(e);
      for (const s of evseCpEventToSession(e)) sendBack(s);
    });
    receive((c) => {
      const cmd = sessionCommandToEvseCp(c);
      if (cmd) cp.send(cmd);
    });
    cp.start();
    return () => cp.stop();
  });
}

/** The PEV CP machine as the session's `cp` child. */
export function pevCpSessionActor(input: PevCpInput & BridgeTaps<PevCpEvent>) {
  return fromCallback<EventObject>(({ sendBack, receive }) => {
    const cp = createActor(pevCpMachine, { clock: input.clock, input });
    cp.on('*', (e) => {
      input.onCpEvent?.(e);
      for (const s of pevCpEventToSession(e)) sendBack(s);
    });
    receive((c) => {
      const cmd = sessionCommandToPevCp(c);
      if (cmd) cp.send(cmd);
    });
    cp.start();
    return () => cp.stop();
  });
}
