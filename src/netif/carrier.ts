/**
 * Link state port of the PLC interface: is the Ethernet carrier between the Pi and its HomePlug modem up?
 * A modem that loses power (it hangs off the charger's or car's supply) or a pulled cable drops the carrier at once,
 * and the kernel shows it in /sys/class/net/<if>/carrier (0, or EINVAL while the interface is admin down) and
 * operstate (down, lowerlayerdown). Polling those two sysfs files every ~20 ms is cheap and needs no native addon,
 * netlink socket or `ip monitor` subprocess. Time comes from the injected Clock; file access from a NetifReader.
 * Knows nothing about sessions: the caller decides what a change means.
 */

import type { Clock, TimerHandle } from '../core/clock.js';
import { type NetifReader, systemNetifReader } from './netif.js';
import type { CarrierState, WatchCarrier } from './ports.js';

export type { CarrierState, WatchCarrier } from './ports.js';

/** Default poll interval: well inside the 100 ms a charger has to react, a few sysfs reads per second. */
export const CARRIER_POLL_DEFAULT_MS = 20;

/** operstate values (RFC 2863, as the kernel prints them) that mean no usable link whatever `carrier` says. */
const DOWN_OPERSTATES: ReadonlySet<string> = new Set(['down', 'lowerlayerdown', 'notpresent']);

/** One reading of the interface's link state. */
export function readCarrier(iface: string, reader: NetifReader = systemNetifReader): CarrierState {
  // a name with '/' would read another path; such an interface cannot exist, so it is down
  const read = (file: string) => (iface.includes('/') ? undefined : reader.readFile(`/sys/class/net/${iface}/${file}`));
  const carrier = read('carrier')?.trim();
  const operstate = read('operstate')?.trim();
  const up = carrier === '1' && !DOWN_OPERSTATES.has(operstate ?? 'down');
  return { iface, up, carrier, operstate };
}

/** A short text for logs: "carrier 0, operstate lowerlayerdown". */
export function describeCarrier(s: CarrierState): string {
  return `carrier ${s.carrier ?? 'unreadable'}, operstate ${s.operstate ?? 'unreadable'}`;
}

export interface CarrierWatchOptions {
  clock: Clock;
  pollMs?: number;
  reader?: NetifReader;
}

/** The sysfs-polling implementation of the port. */
export function sysfsCarrierWatcher(opts: CarrierWatchOptions): WatchCarrier {
  const { clock, reader = systemNetifReader } = opts;
  const pollMs = Math.max(1, opts.pollMs ?? CARRIER_POLL_DEFAULT_MS);
  return (iface, onChange) => {
    let stopped = false;
    let timer: TimerHandle | undefined;
    let last = readCarrier(iface, reader);
    const poll = () => {
      timer = undefined;
      if (stopped) return;
      const now = readCarrier(iface, reader);
      if (now.up !== last.up) {
        last = now;
        onChange(now);
      }
      if (!stopped) timer = clock.setTimeout(poll, pollMs);
    };
    onChange(last);
    if (!stopped) timer = clock.setTimeout(poll, pollMs);
    return () => {
      stopped = true;
      if (timer !== undefined) clock.clearTimeout(timer);
      timer = undefined;
    };
  };
}
