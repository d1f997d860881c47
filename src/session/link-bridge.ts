/**
 * Bridge between the carrier watcher port (src/netif/carrier.ts) and the session statecharts: wraps a WatchCarrier
 * as the invokable `link` child the session expects
 * (`evseSessionMachine.provide({ actors: { link: linkSessionActor({ watch, iface }) } })`), turning its readings
 * into `link.down` / `link.up`. A first reading that is up sends nothing (the session assumes up); a first reading
 * that is down sends `link.down` at once. Stopping the child (the session actor stops) stops the watcher.
 * Knows nothing about sysfs or time: the watcher owns both.
 */

import { type EventObject, fromCallback } from 'xstate';
import type { CarrierState, WatchCarrier } from '../netif/carrier.js';
import type { LinkEvent } from './events.js';

export interface LinkBridgeInput {
  watch: WatchCarrier;
  iface: string;
  /** Tap for logs: every reading the watcher reports (the first one and each change). */
  onReading?: (s: CarrierState, first: boolean) => void;
}

/** The session event for a reading; undefined for a first reading that is up. */
export function carrierToSession(s: CarrierState, first: boolean): LinkEvent | undefined {
  if (!s.up) return { type: 'link.down', iface: s.iface };
  return first ? undefined : { type: 'link.up', iface: s.iface };
}

export function linkSessionActor(input: LinkBridgeInput) {
  return fromCallback<EventObject>(({ sendBack }) => {
    let first = true;
    const stop = input.watch(input.iface, (s) => {
      const wasFirst = first;
      first = false;
      input.onReading?.(s, wasFirst);
      const e = carrierToSession(s, wasFirst);
      if (e) sendBack(e);
    });
    return stop;
  });
}
