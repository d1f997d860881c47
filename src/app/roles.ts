/**
 * Composition root of the `evse` and `pev` roles: builds the parts (CP board or simulated CP line, SLAC on the
 * raw interface, SDP + TCP, SECC or EVCC on a simulated power stage / battery) and hands them to the top session
 * statechart (src/session/) as its `cp`, `slac`, `comm`, `v2g` and `link` children. With `once` it ends after one
 * session and returns the `sim`-style summary (DESIGN.md "Contracts").
 * `hw: 'sim'`: the CP line is simulated and this process also plays the other side's CP behaviour on it, while
 * SLAC, SDP and TCP use the real interface.
 * Layout: the options in role-options.ts, the CP side in role-cp.ts, the raw port, SLAC and the carrier-watching
 * link child in role-link.ts, the --pcap recording in role-pcap.ts, SDP + TCP in role-comm.ts, the SECC / EVCC in role-v2g.ts, the summary recording in
 * role-recorder.ts and the run loop (start, once, stop signal) in role-run.ts.
 * Owns wiring only: no protocol logic lives here.
 */

import type { AnyActorLogic } from 'xstate';
import { childLog } from '../core/log.js';
import { LogLimiter } from '../core/log-limit.js';
import { SimDcLink, simLinkOptionsFromConfig } from '../v2g/index.js';
import { takePowerLock } from './power-lock.js';
import {
  buildEmulatedPower,
  buildRealPower,
  type PowerRig,
  powerOptionsFromConfig,
  powerSummary,
} from './power-rig.js';
import { evseComm, pevComm } from './role-comm.js';
import { type CpTapOptions, evseCp, pevCp } from './role-cp.js';
import { linkChild, openRolePort, slacChild, slacNotUsed } from './role-link.js';
import type { RoleOptions } from './role-options.js';
import { openRolePcap } from './role-pcap.js';
import { RoleRecorders, type RoleSummary } from './role-recorder.js';
import { runSession } from './role-run.js';
import { evseV2g, evseV2gOnPower, pevV2g } from './role-v2g.js';

export type { Role, RoleOptions } from './role-options.js';
export type { RoleSummary } from './role-recorder.js';

/** Runs one role until `once` ends it (or the stop signal). Resolves with the summary of the last session. */
export async function runRole(o: RoleOptions): Promise<RoleSummary> {
  const { clock, config } = o;
  const log = childLog(o.log, o.role);
  // one recorder per session: a new plug-in starts a fresh one (the summary is about the last session)
  const slacOff = config.slac.mode === 'off';
  const recs = new RoleRecorders(o.role, clock, slacOff);
  const link = new SimDcLink(clock, {
    ...simLinkOptionsFromConfig(config.v2g.sim, o.role === 'evse' ? 'evse' : 'ev'),
    ac: o.mode === 'ac',
  });
  const closers: Array<() => Promise<void> | void> = [];
  // one rate limit for the lines strangers on the powerline trigger (SDP, TCP connects, CM_SLAC_PARM.REQ), for the run
  const logLimiter = new LogLimiter({ clock });
  closers.push(() => logLimiter.close());
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
    // --pcap: the recording starts first and ends last, so it holds the whole run (the TCP close included)
    if (o.pcap !== undefined) {
      const pcap = await openRolePcap({ iface: o.iface, path: o.pcap, clock, log });
      closers.push(() => pcap.close());
    }
    // the raw port reopens itself after its capture process died (interface down or removed), see linkChild;
    // SLAC off: no raw frames at all (no capture addon, no CAP_NET_RAW), SDP and TCP use the kernel's sockets
    const port = slacOff ? undefined : await openRolePort(o, log);
    if (port) closers.push(() => port.close());
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
    const slac = port ? slacChild(o, port, logLimiter) : slacNotUsed;

    // the real power stage (power.stage infypower|uugreen): modules emulated with --hw sim (or can.transport
    // emulated), else on SocketCAN / SLCAN
    const powerOpts = o.role === 'evse' && o.mode === 'dc' ? powerOptionsFromConfig(config.power) : undefined;
    let power: PowerRig | undefined;
    // the emulated load: the simulated car's battery (v2g.sim), its contactors closed while the SECC charges
    const load = new SimDcLink(clock, { ...simLinkOptionsFromConfig(config.v2g.sim, 'ev') });
    if (powerOpts) {
      const emulate = powerOpts.transport === 'emulated' || o.hw === 'sim';
      power = emulate
        ? buildEmulatedPower(
            powerOpts,
            clock,
            {
              contactorsClosed: () => load.evContactorsClosed,
              ocvV: () => load.ev.batteryVoltageV(),
              internalResistanceOhm: load.evParams.internalResistanceOhm,
              absorb: (u, i) => load.ev.observeCharger?.(u, i),
            },
            () => outputClosed,
            () => Date.now() / 1000,
          )
        : await buildRealPower(powerOpts, clock, () => outputClosed);
      const rig = power;
      closers.push(() => rig.close());
      // `piccs power set|off` refuses while a session drives real modules
      if (!emulate) closers.push(takePowerLock());
      log.info({ stage: powerOpts.stage, modules: powerOpts.addresses, emulated: emulate }, 'power stage');
    }

    let comm: AnyActorLogic;
    let v2g: AnyActorLogic;
    if (o.role === 'evse') {
      // the SECC listens and answers SDP for the whole run; the comm child only takes the next connection
      const secc = await evseComm(o, log, recs, logLimiter);
      closers.push(secc.close);
      comm = secc.comm;
      v2g = power
        ? evseV2gOnPower(o, power, recs, (charging) => load.ev.setContactors(charging))
        : evseV2g(o, link, recs, () => outputClosed);
    } else {
      comm = pevComm(o, recs);
      v2g = pevV2g(o, link, recs);
    }

    const outcome = await runSession(
      o,
      log,
      { cp, slac, comm, v2g, link: (sessionState) => linkChild(o, log, port, sessionState) },
      recs,
    );
    const rec = recs.current;
    rec.energyWh = power ? load.energyDeliveredWh : link.energyDeliveredWh;
    const summary = rec.summary({ ok: outcome.ok, mode: o.mode }, outcome);
    if (power) summary.power = powerSummary(power);
    if (!outcome.ok) summary.safe = !outputClosed;
    summary.sessions = { ...recs.counts };
    return summary;
  } finally {
    await closeAll();
  }
}
