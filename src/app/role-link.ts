/**
 * The link side of `piccs evse` / `piccs pev`: the raw PLC port (it reopens itself after its capture process died:
 * interface down or removed), SLAC on it, and the session's `link` child, which watches the interface's carrier for
 * the whole run (session.carrierPollMs) together with the port's health: carrier loss, or the capture process
 * dying, ends a running session on the failure path at once and is only logged while idle; the port is reopened
 * when the carrier is back. Knows nothing about CP, SDP or V2G.
 */

import { type AnyActorLogic, fromCallback } from 'xstate';
import { childLog, type Log } from '../core/log.js';
import type { LogLimiter } from '../core/log-limit.js';
import { openPcapPort } from '../link/pcap.js';
import { ReopeningPort } from '../link/reopening-port.js';
import {
  type CarrierState,
  describeCarrier,
  readCarrier,
  sysfsCarrierWatcher,
  type WatchCarrier,
} from '../netif/carrier.js';
import { linkSessionActor } from '../session/link-bridge.js';
import { createEvseSlacMachine, createPevSlacMachine, evseSlacOptionsFrom, pevSlacOptionsFrom } from '../slac/index.js';
import type { RoleOptions } from './role-options.js';

/** The raw port on the role's interface; it is reopened only while the interface has carrier. */
export function openRolePort(o: RoleOptions, log: Log): Promise<ReopeningPort> {
  return ReopeningPort.open({
    open: () => openPcapPort({ iface: o.iface, log: childLog(o.log, 'pcap') }),
    clock: o.clock,
    canOpen: () => readCarrier(o.iface).up,
    log,
  });
}

/** The session's `slac` child on the raw port: the EVSE or PEV SLAC machine with the configured options. */
export function slacChild(o: RoleOptions, port: ReopeningPort, logLimiter: LogLimiter) {
  const { clock, config } = o;
  // SLAC lines carry their module tag, as in `piccs sim` (slac.evse / slac.pev)
  const log = childLog(o.log, `slac.${o.role}`);
  const slacOptions =
    o.role === 'evse'
      ? { ...evseSlacOptionsFrom(config.slac), modem: o.modem }
      : { ...pevSlacOptionsFrom(config.slac), modem: o.modem };
  return o.role === 'evse'
    ? createEvseSlacMachine({ port, clock, log, options: slacOptions, logLimiter })
    : createPevSlacMachine({ port, clock, log, options: slacOptions });
}

/** slac.mode off: the session never starts its `slac` child; starting it anyway is a wiring error, said loudly. */
export const slacNotUsed: AnyActorLogic = fromCallback(() => {
  throw new Error('slac.mode is off: the session must not start SLAC');
});

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
export function linkChild(
  o: RoleOptions,
  log: Log,
  port: ReopeningPort | undefined,
  sessionState: () => string,
): AnyActorLogic {
  const pollMs = o.config.session.carrierPollMs;
  const watch = o.watchCarrier ?? (pollMs === 0 ? carrierNotWatched : sysfsCarrierWatcher({ clock: o.clock, pollMs }));
  return linkSessionActor({
    watch,
    iface: o.iface,
    // SLAC off: no raw port, only the carrier counts
    ...(port ? { portHealth: (onChange: (reason: string | undefined) => void) => port.onHealth(onChange) } : {}),
    onReading: (s: CarrierState, first: boolean) => {
      const fields = { iface: s.iface, carrier: s.carrier, operstate: s.operstate, sessionState: sessionState() };
      if (!s.up) log.warn(fields, `PLC link down on ${s.iface} (${describeCarrier(s)})`);
      else if (!first) {
        log.info(fields, `PLC link up on ${s.iface}`);
        if (port?.broken) void port.reopen();
      }
    },
  });
}
