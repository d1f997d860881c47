/**
 * The optional native addon `cap` (libpcap), used in-process ONLY by the capture child (pcap-child.ts).
 * cap aborts its whole process (SIGABRT from `assert(status == 0)` in its uv_poll callback) when the raw socket's
 * interface goes admin down or disappears, so it must never be loaded into the process that drives the contactor
 * and CP outputs: openPcapPort (pcap.ts) runs this in a child and survives the child's death.
 * Owns: loading the addon lazily with the install hint, opening one interface with a BPF filter, turning a missing
 * addon or missing privileges into a HardwareError with the fix. Knows nothing about the pipe or the parent.
 */

import { HardwareError, importOptional } from '../core/errors.js';
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

/**
 * npm drops an optional dependency whose build failed from node_modules, so `npm rebuild cap` finds nothing to
 * rebuild: only a new `npm install` (or `npm ci`) fetches and builds it again, once libpcap's headers are there.
 */
export const CAP_INSTALL_HINT =
  "the optional 'cap' addon is built against libpcap when npm installs it: sudo apt-get install -y libpcap-dev build-essential python3, " +
  'then run `npm install` again in the piccs folder (`cd /opt/piccs && sudo npm ci --omit=dev` on an installed Pi); ' +
  'npm drops a failed optional build, so `npm rebuild cap` cannot bring it back';

export const CAP_PERMISSION_HINT =
  'raw frames need root or CAP_NET_RAW: run with sudo, or `sudo setcap cap_net_raw,cap_net_admin+ep "$(readlink -f "$(command -v node)")"`, ' +
  'or AmbientCapabilities=CAP_NET_RAW in the systemd unit';

let capModule: Promise<CapModule> | undefined;

/** Loads the `cap` addon once (HardwareError with the install hint when it is missing). */
export function loadCap(): Promise<CapModule> {
  capModule ??= importOptional<CapModule>('cap', CAP_INSTALL_HINT).catch((err: unknown) => {
    capModule = undefined;
    throw err;
  });
  return capModule;
}

export interface CapOpenOptions {
  iface: string;
  /** BPF filter text ('' = everything). */
  filter: string;
  /** Kernel capture buffer in bytes. */
  bufferSize: number;
  /** This host's MAC on the interface (the port's `mac`). */
  mac: Buffer;
}

/** Opens cap on the interface in THIS process (the capture child only). */
export async function openCapInProcess(opts: CapOpenOptions): Promise<EthernetPort> {
  const { Cap } = await loadCap();
  const cap = new Cap();
  const buffer = Buffer.alloc(65536);
  try {
    cap.open(opts.iface, opts.filter, opts.bufferSize, buffer);
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
  let closed = false;
  cap.on('packet', (nbytes) => {
    if (closed) return;
    // copy: cap reuses its buffer for the next packet
    fanout.emit(Buffer.from(buffer.subarray(0, nbytes)));
  });
  return {
    mac: opts.mac,
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
