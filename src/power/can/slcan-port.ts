/**
 * SLCAN transport: a CanPort over a serial device (USB CDC-ACM adapters such as CANable with slcan firmware) through
 * the `serialport` package, an optional dependency loaded only when such a port is opened. Opens the channel at the
 * configured bit rate (C, Sn, O), writes frames as SLCAN lines, and turns received lines into frames.
 */

import { HardwareError, importOptional } from '../../core/errors.js';
import type { CanFrame } from './frame.js';
import type { CanListener, CanPort } from './port.js';
import { encodeSlcan, SLCAN_CR, SlcanSplitter, slcanOpenCommands } from './slcan.js';

export const SERIALPORT_HINT =
  'npm install serialport (prebuilt for Linux x64/arm64/armv7); the user needs access to the device (group dialout)';

/** The part of serialport's SerialPort we use. */
export interface SerialPortLike {
  write(data: string | Buffer, cb?: (err?: Error | null) => void): unknown;
  on(event: 'data', fn: (b: Buffer) => void): unknown;
  on(event: 'error', fn: (e: Error) => void): unknown;
  on(event: 'close', fn: () => void): unknown;
  close(cb?: (err?: Error | null) => void): unknown;
  isOpen?: boolean;
}

interface SerialPortModule {
  SerialPort: new (
    opts: { path: string; baudRate: number; autoOpen?: boolean },
    cb?: (err: Error | null) => void,
  ) => SerialPortLike;
}

export interface SlcanOptions {
  /** Serial device, e.g. /dev/ttyACM0. */
  path: string;
  /** CAN bit rate (125000 for InfyPower and UUGreen modules). */
  bitrate: number;
  /** Serial line speed (ignored by USB CDC adapters, used by UART ones). */
  baudRate?: number;
}

/** Opens the serial device and the SLCAN channel. */
export async function openSlcanPort(opts: SlcanOptions): Promise<CanPort> {
  const mod = await importOptional<SerialPortModule>('serialport', SERIALPORT_HINT);
  const serial = await new Promise<SerialPortLike>((resolve, reject) => {
    const sp: SerialPortLike = new mod.SerialPort({ path: opts.path, baudRate: opts.baudRate ?? 115200 }, (err) =>
      err ? reject(new HardwareError(`cannot open ${opts.path}: ${err.message}`, SERIALPORT_HINT)) : resolve(sp),
    );
  });
  return slcanOverSerial(serial, opts.bitrate);
}

/** The SLCAN protocol over an already open serial port (tests pass a port opened on a pty). */
export function slcanOverSerial(serial: SerialPortLike, bitrate: number): CanPort {
  const listeners = new Set<CanListener>();
  const errorListeners = new Set<(e: Error) => void>();
  const splitter = new SlcanSplitter();
  const fail = (e: Error) => {
    for (const l of errorListeners) l(e);
  };
  serial.on('data', (b: Buffer) => {
    for (const ev of splitter.push(b.toString('latin1'))) {
      if (ev.type === 'frame') for (const l of [...listeners]) l(ev.frame);
      else if (ev.type === 'error') fail(new Error(`SLCAN: ${ev.detail}`));
    }
  });
  serial.on('error', fail);
  serial.on('close', () => fail(new Error('SLCAN: serial port closed')));
  serial.write(slcanOpenCommands(bitrate).join(SLCAN_CR) + SLCAN_CR);
  return {
    send(frame: CanFrame) {
      serial.write(encodeSlcan(frame));
    },
    onFrame(l) {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    onError(l) {
      errorListeners.add(l);
      return () => errorListeners.delete(l);
    },
    close: () =>
      new Promise<void>((resolve) => {
        listeners.clear();
        errorListeners.clear();
        serial.write(`C${SLCAN_CR}`, () => serial.close(() => resolve()));
      }),
  };
}
