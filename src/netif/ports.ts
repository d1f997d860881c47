/**
 * The link-state port of the PLC interface, as the session logic sees it (types only). The sysfs-polling
 * implementation is netif/carrier.ts; logic (session/link-bridge.ts) imports only this file.
 */

export interface CarrierState {
  iface: string;
  /** Carrier present and the operstate not down. A read error (interface vanished, admin down) counts as down. */
  up: boolean;
  /** Content of /sys/class/net/<if>/carrier: '1', '0', or undefined when it cannot be read. */
  carrier: string | undefined;
  /** Content of /sys/class/net/<if>/operstate, or undefined when it cannot be read. */
  operstate: string | undefined;
}

/**
 * The port: watch `iface` and call `onChange` with the first reading (synchronously, before it returns) and after
 * that on every change of `up`. Returns the function that stops watching (idempotent).
 */
export type WatchCarrier = (iface: string, onChange: (s: CarrierState) => void) => () => void;
