/**
 * Real link port over libpcap through the optional native addon `cap` (lazy import, so nothing else needs it).
 * Opens one interface with a BPF filter (default: HomePlug MMEs not sent by us; listen mode passes its own),
 * discovers the interface's MAC from sysfs, and turns a missing addon, a missing interface or missing
 * privileges into a HardwareError with the fix. SDP/TCP do not go through here: they use the kernel's IPv6 stack.
 */

import { readdirSync, readFileSync } from 'node:fs';
import { formatMac, parseMac } from '../core/bytes.js';
import { HardwareError, importOptional } from '../core/errors.js';
import { type Log, silentLogger } from '../core/log.js';
import { type EthernetPort, FrameFanout } from './ports.js';

/** The slice of the `cap` addon we use (mscdex/cap 0.2). */
interface CapHandle {
  open(device: string, filter: string, bufSize: number, buffer: Buffer): string;
  setMinBytes?(n: number): void;
  on(event: 'packet', fn: (nbytes: number, truncated: boolean) => void): void;
  send(buf: Buffer, len: number): void;
  close(): void;
}
interface CapModule {
  Cap: new () => CapHandle;
}

export const CAP_INSTALL_HINT =
  "install the libpcap headers and rebuild the optional 'cap' addon: sudo apt-get install -y libpcap-dev && npm rebuild cap " +
  '(npm drops an optional dependency silently when its build fails)';

export const CAP_PERMISSION_HINT =
  'raw frames need root or CAP_NET_RAW: run with sudo, or `sudo setcap cap_net_raw,cap_net_admin+ep "$(readlink -f "$(command -v node)")"`, ' +
  'or AmbientCapabilities=CAP_NET_RAW in the systemd unit';

/** BPF for SLAC: HomePlug AV frames except our own (Linux pcap also captures the handle's outgoing frames). */
export function slacFilter(ownMac: Uint8Array): string {
  return `ether proto 0x88e1 and not ether src ${formatMac(ownMac)}`;
}

/** BPF for listen mode: everything (empty filter). */
export const LISTEN_FILTER = '';

export interface PcapPortOptions {
  iface: string;
  /** BPF filter text, or a function of our MAC (default: slacFilter). */
  filter?: string | ((ownMac: Buffer) => string);
  /** Kernel capture buffer (default 10 MiB). */
  bufferSize?: number;
  /** Override the MAC discovered from sysfs. */
  mac?: Buffer;
  log?: Log;
}

/** The MAC address of a Linux interface (sysfs), or a HardwareError naming the interfaces that exist. */
export function interfaceMac(iface: string): Buffer {
  try {
    return parseMac(readFileSync(`/sys/class/net/${iface}/address`, 'utf8').trim());
  } catch {
    let known = '';
    try {
      known = readdirSync('/sys/class/net').join(', ');
    } catch {
      // not Linux
    }
    throw new HardwareError(
      `network interface '${iface}' not found`,
      known ? `interfaces here: ${known}; pass --iface NAME` : 'pass --iface NAME',
    );
  }
}

let capModule: Promise<CapModule> | undefined;

/** Loads the `cap` addon once (HardwareError with the install hint when it is missing). */
export function loadCap(): Promise<CapModule> {
  capModule ??= importOptional<CapModule>('cap', CAP_INSTALL_HINT).catch((err: unknown) => {
    capModule = undefined;
    throw err;
  });
  return capModule;
}

export async function openPcapPort(opts: PcapPortOptions): Promise<EthernetPort> {
  const log = opts.log ?? silentLogger();
  const mac = opts.mac ?? interfaceMac(opts.iface);
  const { Cap } = await loadCap();
  const filter = typeof opts.filter === 'function' ? opts.filter(mac) : (opts.filter ?? slacFilter(mac));
  const cap = new Cap();
  const buffer = Buffer.alloc(65536);
  try {
    cap.open(opts.iface, filter, opts.bufferSize ?? 10 * 1024 * 1024, buffer);
  } catch (err) {
    const msg = (err as Error).message;
    const perm = /permi|not permitted|EPERM|socket/i.test(msg);
    throw new HardwareError(
      `cannot capture on '${opts.iface}': ${msg}`,
      perm ? CAP_PERMISSION_HINT : CAP_INSTALL_HINT,
      {
        iface: opts.iface,
      },
    );
  }
  cap.setMinBytes?.(0);
  const fanout = new FrameFanout();
  fanout.onError = (err) => log.error({ err: (err as Error).message }, 'frame handler threw');
  let closed = false;
  cap.on('packet', (nbytes) => {
    if (closed) return;
    // copy: cap reuses its buffer for the next packet
    fanout.emit(Buffer.from(buffer.subarray(0, nbytes)));
  });
  log.info({ iface: opts.iface, mac: formatMac(mac), filter }, 'pcap port open');
  return {
    mac,
    send(frame: Buffer) {
      if (closed) throw new HardwareError(`pcap port on '${opts.iface}' is closed`);
      try {
        cap.send(frame, frame.length);
      } catch (err) {
        throw new HardwareError(`send on '${opts.iface}' failed: ${(err as Error).message}`, 'is the interface up?');
      }
    },
    onFrame: (h) => fanout.add(h),
    close() {
      if (closed) return;
      closed = true;
      fanout.clear();
      cap.close();
    },
  };
}
