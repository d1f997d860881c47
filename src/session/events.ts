/**
 * The events children report to the top session statecharts, and the commands the statecharts send
 * down to the CP child. Children are adapters provided by app/ (`machine.provide({actors})`): each
 * wraps a real part (CP machine, SLAC machine, SDP+TCP, V2G session, carrier watcher) and translates its events
 * into these.
 */

/** From the CP child (both roles). */
export type CpEvent =
  | { type: 'cp.pluggedIn' }
  | { type: 'cp.unplugged' }
  /** EVSE: car switched to C/D (wants power). PEV: n/a. */
  | { type: 'cp.stateC' }
  /** EVSE: car back to B (C->B: stop power within 100 ms, done by the CP machine itself). */
  | { type: 'cp.stateB' }
  /** PEV: the EVSE's PWM says digital communication (5 %). */
  | { type: 'cp.hlcOffered' }
  /** PEV: PWM with a nominal duty (basic AC charging) or PWM lost. */
  | { type: 'cp.pwmChanged'; dutyPercent: number }
  | { type: 'cp.fault'; reason: string }
  | { type: 'cp.faultCleared' };

export type SlacEvent = { type: 'slac.matched'; peerMac: string } | { type: 'slac.failed'; reason: string };

/** From the comm child: SDP (server or client) + TCP (listen/accept or connect). */
export type CommEvent =
  | { type: 'comm.connected'; connection: unknown; peer: string }
  | { type: 'comm.failed'; reason: string };

/** From the V2G child (SECC or EVCC). */
export type V2gEvent =
  | { type: 'v2g.progress'; state: string }
  /** EVSE: the session wants the contactors closed (PowerDelivery start after C). */
  | { type: 'v2g.powerOn' }
  | { type: 'v2g.powerOff' }
  /** PEV: the EVCC wants the CP switched to C (S2 closed) / back to B. */
  | { type: 'v2g.requestStateC' }
  | { type: 'v2g.requestStateB' }
  /** PEV: the EVCC closes / opens the car's battery contactor (the CP machine drives it, never with S2 open). */
  | { type: 'v2g.contactorsClose' }
  | { type: 'v2g.contactorsOpen' }
  | { type: 'v2g.finished' }
  | { type: 'v2g.failed'; reason: string };

/**
 * From the link child: the Ethernet carrier of the PLC interface (Pi <-> HomePlug modem). Down in an active session
 * state ends the session on the failure path at once; while idle it is only remembered (a session that starts
 * while the link is down fails at once with the same reason).
 */
export type LinkEvent =
  /** `reason`: why, when it is not a plain carrier loss (interface down or removed, the raw capture died). */
  { type: 'link.down'; iface: string; reason?: string } | { type: 'link.up'; iface: string };

/** The outcome reason for a carrier loss (log, `--json` summary). */
export function linkDownReason(iface: string): string {
  return `PLC link down on ${iface} (modem lost power or cable unplugged)`;
}

/** The outcome reason for a link remembered as down (context.linkDown / linkReason of both session machines). */
export function rememberedLinkReason(c: { linkDown?: string | undefined; linkReason?: string | undefined }): string {
  return c.linkReason ?? linkDownReason(c.linkDown ?? '?');
}

/** The outcome reason of a link.down: its own reason, else the carrier-loss text. */
export function linkEventReason(e: { iface: string; reason?: string | undefined }): string {
  return e.reason ?? linkDownReason(e.iface);
}

/** From outside (operator, signal handler). */
export type ControlEvent = { type: 'session.stop'; reason: string };

export type SessionEvent = CpEvent | SlacEvent | CommEvent | V2gEvent | LinkEvent | ControlEvent;

/** Commands the session statecharts send to the CP child. */
export type CpCommand =
  /** EVSE: 5 % PWM (digital communication) on / back to the state's default output. */
  | { type: 'hlc.enable' }
  | { type: 'hlc.disable' }
  /** EVSE: allow / forbid closing the contactor (the CP machine still only closes it in C, and opens it on C->B). */
  | { type: 'power.allow' }
  | { type: 'power.deny' }
  /** EVSE: SLAC is under way (ISO 15118-3 [V2G3-M06-07]: cancels the TT_EVSE_SLAC_init E/F retry). */
  | { type: 'slac.started' }
  /** PEV: close / open S2 (state C / state B). */
  | { type: 's2.close' }
  | { type: 's2.open' }
  /** PEV: the car's battery contactor (closes only while S2 is closed; opens before S2 opens). */
  | { type: 'contactors.close' }
  | { type: 'contactors.open' };

/** Why a session ended: recorded in context for the summary and logs. */
export interface SessionOutcome {
  ok: boolean;
  reason: string;
  /** Name of the state the session was in when it ended. */
  during: string;
}
