/**
 * SocketCAN transport (Linux can0 with an MCP2515 HAT, a CAN USB adapter with gs_usb, or vcan for tests) through the
 * `socketcan` npm package, an optional native dependency loaded only when such a port is opened, with the install
 * hint when it is missing. The kernel does the framing; this adapter maps the package's message objects to frames.
 */

import { HardwareError, importOptional } from '../../core/errors.js';
import { type CanFrame, checkFrame } from './frame.js';
import type { CanListener, CanPort } from './port.js';

export const SOCKETCAN_HINT =
  'npm install socketcan (builds a native addon: needs python3, make, g++ and the kernel headers); bring the interface up first: ip link set can0 up type can bitrate 125000';

/** The message object of the socketcan package (id, ext, rtr, data Buffer). */
export interface SocketcanMessage {
  id: number;
  ext?: boolean;
  rtr?: boolean;
  data: Buffer;
}

export interface SocketcanChannel {
  addListener(event: 'onMessage', fn: (m: SocketcanMessage) => void): unknown;
  addListener(event: 'onStopped', fn: () => void): unknown;
  send(m: SocketcanMessage): unknown;
  start(): unknown;
  stop(): unknown;
}

interface SocketcanModule {
  createRawChannel(iface: string, timestamps?: boolean): SocketcanChannel;
}

export const toSocketcan = (f: CanFrame): SocketcanMessage => ({
  id: f.id,
  ext: f.ext,
  rtr: f.rtr ?? false,
  data: Buffer.from(f.data),
});

/** A message from the kernel -> frame; undefined for one that is not valid classic CAN (dropped). */
export function fromSocketcan(m: SocketcanMessage): CanFrame | undefined {
  try {
    return checkFrame({
      id: m.id,
      ext: m.ext === true,
      ...(m.rtr ? { rtr: true } : {}),
      data: Uint8Array.from(m.data ?? []),
    });
  } catch {
    return undefined;
  }
}

export function socketcanPort(channel: SocketcanChannel): CanPort {
  const listeners = new Set<CanListener>();
  const errorListeners = new Set<(e: Error) => void>();
  channel.addListener('onMessage', (m) => {
    const f = fromSocketcan(m);
    if (f) for (const l of [...listeners]) l(f);
  });
  channel.addListener('onStopped', () => {
    for (const l of errorListeners) l(new Error('SocketCAN channel stopped'));
  });
  channel.start();
  return {
    send: (f) => {
      channel.send(toSocketcan(checkFrame(f)));
    },
    onFrame(l) {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    onError(l) {
      errorListeners.add(l);
      return () => errorListeners.delete(l);
    },
    close() {
      listeners.clear();
      channel.stop();
    },
  };
}

export async function openSocketcanPort(iface: string): Promise<CanPort> {
  const mod = await importOptional<SocketcanModule>('socketcan', SOCKETCAN_HINT);
  try {
    return socketcanPort(mod.createRawChannel(iface, true));
  } catch (e) {
    throw new HardwareError(`cannot open SocketCAN interface ${iface}: ${(e as Error).message}`, SOCKETCAN_HINT);
  }
}
