/**
 * A fake of the carrier watcher port (src/netif/carrier.ts): the test sets each interface up or down and every
 * watcher of it hears the change at once, as the sysfs watcher reports it (first reading, then changes only).
 */

import type { CarrierState, WatchCarrier } from '../../src/netif/carrier.js';

export interface FakeCarrier {
  watch: WatchCarrier;
  /** Set the interface's carrier; watchers hear it only when `up` changes. */
  set(iface: string, up: boolean): void;
  /** Number of watchers currently running. */
  readonly watching: number;
}

export function fakeCarrier(initial: Record<string, boolean> = {}): FakeCarrier {
  const up = new Map<string, boolean>(Object.entries(initial));
  const watchers = new Set<{ iface: string; onChange: (s: CarrierState) => void }>();
  const state = (iface: string): CarrierState => {
    const u = up.get(iface) ?? true;
    return { iface, up: u, carrier: u ? '1' : '0', operstate: u ? 'up' : 'lowerlayerdown' };
  };
  return {
    watch(iface, onChange) {
      const w = { iface, onChange };
      watchers.add(w);
      onChange(state(iface));
      return () => {
        watchers.delete(w);
      };
    },
    set(iface, u) {
      const was = up.get(iface) ?? true;
      up.set(iface, u);
      if (was === u) return;
      for (const w of [...watchers]) if (w.iface === iface) w.onChange(state(iface));
    },
    get watching() {
      return watchers.size;
    },
  };
}
