/**
 * The session's `v2g` child per role, on a simulated power link: EVSE: the SECC on the simulated power stage (its
 * contactors gated by the CP machine: power on/off goes to the session first); PEV: the EVCC on the simulated
 * battery (state C/B requests go to the session), charging for session.chargeSeconds and then stopping normally.
 * V2G events go to the current recorder. Knows nothing about how the connection was made.
 */

import { type AnyActorLogic, type AnyEventObject, fromCallback } from 'xstate';
import type { TimerHandle } from '../core/clock.js';
import type { SessionEvent } from '../session/events.js';
import {
  type EvBattery,
  Evcc,
  type EvsePowerStage,
  evccSettingsFromConfig,
  Secc,
  type SimDcLink,
  seccSettingsFromConfig,
  type V2gEvent,
  type V2gProtocol,
} from '../v2g/index.js';
import { createExiPort, type V2gConnection } from '../v2gtp/transport.js';
import type { PowerRig } from './power-rig.js';
import type { RoleOptions } from './role-options.js';
import type { RoleRecorders } from './role-recorder.js';

/** What the session hears when the SECC or EVCC ended. */
function v2gEnded(r: { ok: boolean; reason?: string; detail?: string }): SessionEvent {
  return r.ok
    ? ({ type: 'v2g.finished' } satisfies SessionEvent)
    : ({ type: 'v2g.failed', reason: `${r.reason}: ${r.detail ?? ''}` } satisfies SessionEvent);
}

/** A V2G event goes to the current recorder; a state change is the session's progress. */
function reported(recs: RoleRecorders, sendBack: (e: SessionEvent) => void, e: V2gEvent): void {
  recs.current.v2g(e);
  if (e.type === 'v2g.state') sendBack({ type: 'v2g.progress', state: e.state } satisfies SessionEvent);
}

/** Protocols in the order offered/requested: the chosen one first, then the configured rest (EVSE only). */
function protocolOrder(first: V2gProtocol, configured: readonly V2gProtocol[]): V2gProtocol[] {
  return [first, ...configured.filter((p) => p !== first)];
}

/** EVSE: the SECC; `outputClosed` is the contactor output as the CP machine last reported it. */
export function evseV2g(
  o: RoleOptions,
  link: SimDcLink,
  recs: RoleRecorders,
  outputClosed: () => boolean,
): AnyActorLogic {
  const { clock, config } = o;
  const settings = seccSettingsFromConfig(config.v2g.secc);
  settings.protocols = protocolOrder(o.protocol, config.v2g.secc.protocols);
  if (o.mode === 'ac') settings.iso2EnergyTransferModes = ['AC_three_phase_core'];
  return fromCallback<AnyEventObject, { connection: V2gConnection }>(({ sendBack, input }) => {
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
    powerStage.contactorsClosed = () => link.evse.contactorsClosed() && outputClosed();
    const s = new Secc({
      port: createExiPort(input.connection),
      clock,
      powerStage,
      settings,
      log: o.log,
      onEvent: (e) => reported(recs, sendBack, e),
    });
    void s.outcome.then((r) => sendBack(v2gEnded(r)));
    s.start();
    return () => s.close();
  });
}

/**
 * EVSE on the real power stage (--power infypower|uugreen): the SECC drives the module-group stage; contactor
 * commands go to the session (CP machine) through the stage's relay; a latched stage fault ends the session with
 * its reason once the stage has the contactor open; the session hears the end only once the contactor is open
 * without load. `onCharging` tells the emulated load (--hw sim) when the car's contactors would be closed.
 */
export function evseV2gOnPower(
  o: RoleOptions,
  power: PowerRig,
  recs: RoleRecorders,
  onCharging: (charging: boolean) => void,
): AnyActorLogic {
  const { clock, config } = o;
  const settings = seccSettingsFromConfig(config.v2g.secc);
  settings.protocols = protocolOrder(o.protocol, config.v2g.secc.protocols);
  return fromCallback<AnyEventObject, { connection: V2gConnection }>(({ sendBack, input }) => {
    const stage = power.stage;
    stage.reset();
    power.relay.sink = (closed) => sendBack({ type: closed ? 'v2g.powerOn' : 'v2g.powerOff' } satisfies SessionEvent);
    const s = new Secc({
      port: createExiPort(input.connection),
      clock,
      powerStage: stage,
      settings,
      log: o.log,
      onEvent: (e) => {
        if (e.type === 'v2g.chargingStarted') onCharging(true);
        if (e.type === 'v2g.chargingStopped' || e.type === 'v2g.closed') onCharging(false);
        reported(recs, sendBack, e);
      },
    });
    const offFault = stage.onFault((f) => {
      o.log.error({ reason: f.reason }, 'power stage fault: ending the session');
      stage.whenOpen(() => s.close(`power stage fault: ${f.reason}`));
    });
    void s.outcome.then((r) => stage.whenOpen(() => sendBack(v2gEnded(r))));
    s.start();
    return () => {
      offFault();
      s.close();
    };
  });
}

/** PEV: the EVCC, which charges for session.chargeSeconds and then stops normally. */
export function pevV2g(o: RoleOptions, link: SimDcLink, recs: RoleRecorders): AnyActorLogic {
  const { clock, config } = o;
  const settings = evccSettingsFromConfig(config.v2g.evcc);
  settings.protocols = [o.protocol];
  settings.energyMode = o.mode;
  const chargeMs = config.session.chargeSeconds * 1000;
  return fromCallback<AnyEventObject, { connection: V2gConnection }>(({ sendBack, input }) => {
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
        reported(recs, sendBack, ev);
        // the car charges for session.chargeSeconds, then stops normally
        if (ev.type === 'v2g.chargeLoop' && stopTimer === undefined) {
          stopTimer = clock.setTimeout(() => e.stopCharging(), chargeMs);
        }
      },
    });
    void e.outcome.then((r) => sendBack(v2gEnded(r)));
    e.start();
    return () => {
      if (stopTimer !== undefined) clock.clearTimeout(stopTimer);
      e.close();
    };
  });
}
