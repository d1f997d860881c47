/**
 * Bridge between the PLC link's watchers and the session statecharts: wraps a WatchCarrier (src/netif/carrier.ts)
 * and, optionally, the raw link port's health (the capture process died: interface down or removed) as the
 * invokable `link` child the session expects
 * (`evseSessionMachine.provide({ actors: { link: linkSessionActor({ watch, iface }) } })`), turning them into
 * `link.down` / `link.up`. The link is up while the carrier is up and the port is not broken: the first of the two
 * to fail sends link.down with its reason, link.up follows once both are fine again. A first carrier reading that
 * is up sends nothing (the session assumes up); a first reading that is down sends `link.down` at once. Stopping
 * the child (the session actor stops) stops both watchers.
 * Knows nothing about sysfs, processes or time: the watchers own them.
 */

import { type EventObject, fromCallback } from 'xstate';
import type { CarrierState, WatchCarrier } from '../netif/ports.js';
import type { LinkEvent } from './events.js';

/**
 * The port's health as a watch: `onChange(reason)` when the raw port breaks, `onChange(undefined)` when it works
 * again. Returns the function that stops watching.
 */
export type WatchPortHealth = (onChange: (brokenReason: string | undefined) => void) => () => void;

export interface LinkBridgeInput {
  watch: WatchCarrier;
  iface: string;
  /** Tap for logs: every reading the watcher reports (the first one and each change). */
  onReading?: (s: CarrierState, first: boolean) => void;
  /** The raw link port's health (the real roles' capture process); none: only the carrier counts. */
  portHealth?: WatchPortHealth;
}

/**
 * The reason for a carrier reading that is down: a plain carrier loss (carrier 0: modem off, cable pulled) keeps
 * the session's standard text (undefined here); an unreadable carrier means the interface itself is down or gone.
 */
export function carrierDownReason(s: CarrierState): string | undefined {
  if (s.carrier !== undefined) return undefined;
  return s.operstate === undefined
    ? `PLC interface ${s.iface} down or removed (no such interface now)`
    : `PLC interface ${s.iface} down or removed (administratively down, operstate ${s.operstate})`;
}

/** The session event for a reading; undefined for a first reading that is up. */
export function carrierToSession(s: CarrierState, first: boolean): LinkEvent | undefined {
  if (!s.up) {
    const reason = carrierDownReason(s);
    return reason === undefined ? { type: 'link.down', iface: s.iface } : { type: 'link.down', iface: s.iface, reason };
  }
  return first ? undefined : { type: 'link.up', iface: s.iface };
}

export function linkSessionActor(input: LinkBridgeInput) {
  return fromCallback<EventObject>(({ sendBack }) => {
    let first = true;
    let carrierDown: LinkEvent | undefined;
    let portBroken: string | undefined;
    /** What the session was told last: it assumes up until told otherwise. */
    let toldDown = false;
    const update = (cause: LinkEvent | undefined) => {
      const down = carrierDown !== undefined || portBroken !== undefined;
      if (down && !toldDown && cause) {
        toldDown = true;
        sendBack(cause);
      } else if (!down && toldDown) {
        toldDown = false;
        sendBack({ type: 'link.up', iface: input.iface } satisfies LinkEvent);
      }
    };
    const stopCarrier = input.watch(input.iface, (s) => {
      const wasFirst = first;
      first = false;
      input.onReading?.(s, wasFirst);
      const e = carrierToSession(s, wasFirst);
      carrierDown = s.up ? undefined : e;
      update(carrierDown);
    });
    const stopPort = input.portHealth?.((reason) => {
      portBroken = reason;
      update(reason === undefined ? undefined : { type: 'link.down', iface: input.iface, reason });
    });
    return () => {
      stopCarrier();
      stopPort?.();
    };
  });
}
