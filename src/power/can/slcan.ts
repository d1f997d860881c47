/**
 * SLCAN, the Lawicel CAN232/CANUSB ASCII protocol that cheap USB-CAN adapters speak (CANable with slcan firmware,
 * USBtin, Lawicel CANUSB), as documented in the Lawicel CANUSB manual and the Linux `slcan` line discipline
 * (drivers/net/can/slcan): every command and frame is ASCII ending in CR.
 *   transmit / receive:  tiiildd..  (11-bit id, 3 hex digits)   Tiiiiiiiildd..  (29-bit id, 8 hex digits)
 *                        riiil / Riiiiiiiil (remote request)   l = DLC digit 0..8, then 2 hex digits per byte,
 *                        an adapter with time stamps on (Z1) appends 4 hex digits (ms) to received frames.
 *   answers:             CR = ok, BEL (0x07) = error, z CR / Z CR = a t / T frame was queued.
 *   setup:               Sn = bit rate (table below), O = open channel, C = close channel.
 * Pure codec: frames <-> text, and a stream splitter that bounds what it buffers.
 */

import { DecodeError } from '../../core/errors.js';
import { type CanFrame, checkFrame } from './frame.js';

/** Lawicel `Sn` bit rate codes (CANUSB manual, command S). */
export const SLCAN_BITRATES: Readonly<Record<number, string>> = {
  10000: 'S0',
  20000: 'S1',
  50000: 'S2',
  100000: 'S3',
  125000: 'S4',
  250000: 'S5',
  500000: 'S6',
  800000: 'S7',
  1000000: 'S8',
};

export const SLCAN_CR = '\r';
export const SLCAN_BEL = '\x07';
/** The longest valid line: T + 8 id + 1 dlc + 16 data + 4 time stamp. */
export const SLCAN_MAX_LINE = 30;

export function slcanOpenCommands(bitrate: number): string[] {
  const s = SLCAN_BITRATES[bitrate];
  if (!s) throw new DecodeError(`SLCAN has no bit rate ${bitrate} (one of ${Object.keys(SLCAN_BITRATES).join(', ')})`);
  // close first: an adapter left open by a crashed run refuses Sn while open
  return ['C', s, 'O'];
}

const hex = (n: number, digits: number) => n.toString(16).toUpperCase().padStart(digits, '0');

export function encodeSlcan(f: CanFrame): string {
  checkFrame(f);
  const kind = f.rtr ? (f.ext ? 'R' : 'r') : f.ext ? 'T' : 't';
  const id = hex(f.id, f.ext ? 8 : 3);
  const data = f.rtr ? '' : Buffer.from(f.data).toString('hex').toUpperCase();
  return `${kind}${id}${f.data.length}${data}${SLCAN_CR}`;
}

const FRAME_KIND: Record<string, { ext: boolean; rtr: boolean }> = {
  t: { ext: false, rtr: false },
  T: { ext: true, rtr: false },
  r: { ext: false, rtr: true },
  R: { ext: true, rtr: true },
};

/** One received line (without CR) -> frame; throws a DecodeError for a malformed frame line. */
export function decodeSlcanFrame(line: string): CanFrame {
  const kind = FRAME_KIND[line[0] ?? ''];
  if (!kind) throw new DecodeError(`not an SLCAN frame line: ${JSON.stringify(line.slice(0, 32))}`);
  const idLen = kind.ext ? 8 : 3;
  const idText = line.slice(1, 1 + idLen);
  const dlcText = line[1 + idLen] ?? '';
  if (!/^[0-9A-Fa-f]+$/.test(idText) || idText.length !== idLen || !/^[0-8]$/.test(dlcText)) {
    throw new DecodeError(`malformed SLCAN frame: ${JSON.stringify(line.slice(0, 32))}`);
  }
  const dlc = Number(dlcText);
  const rest = line.slice(2 + idLen);
  const dataLen = kind.rtr ? 0 : dlc * 2;
  // optional 4-digit time stamp after the data
  if (rest.length !== dataLen && rest.length !== dataLen + 4) {
    throw new DecodeError(`SLCAN frame length does not match DLC ${dlc}: ${JSON.stringify(line.slice(0, 32))}`);
  }
  const dataText = rest.slice(0, dataLen);
  if (!/^[0-9A-Fa-f]*$/.test(rest)) throw new DecodeError(`non-hex SLCAN data: ${JSON.stringify(line.slice(0, 32))}`);
  const data = kind.rtr ? new Uint8Array(dlc) : Uint8Array.from(Buffer.from(dataText, 'hex'));
  return checkFrame({ id: Number.parseInt(idText, 16), ext: kind.ext, ...(kind.rtr ? { rtr: true } : {}), data });
}

const POISON = '\u0000';

export type SlcanEvent = { type: 'frame'; frame: CanFrame } | { type: 'ok' } | { type: 'error'; detail: string };

/**
 * Splits the adapter's byte stream into events. Lines longer than any valid one are dropped (the buffer never
 * grows beyond SLCAN_MAX_LINE characters); a malformed frame becomes an 'error' event, not an exception.
 */
export class SlcanSplitter {
  private buf = '';

  push(chunk: string): SlcanEvent[] {
    const out: SlcanEvent[] = [];
    for (const ch of chunk) {
      if (ch === SLCAN_BEL) {
        out.push({ type: 'error', detail: 'adapter answered BEL (command refused)' });
        this.buf = '';
      } else if (ch === SLCAN_CR || ch === '\n') {
        const line = this.buf;
        this.buf = '';
        if (line.startsWith(POISON)) {
          out.push({ type: 'error', detail: `SLCAN line longer than ${SLCAN_MAX_LINE} characters dropped` });
          continue;
        }
        if (line === '' || line === 'z' || line === 'Z') {
          if (ch === SLCAN_CR) out.push({ type: 'ok' });
          continue;
        }
        if (FRAME_KIND[line[0] ?? '']) {
          try {
            out.push({ type: 'frame', frame: decodeSlcanFrame(line) });
          } catch (e) {
            out.push({ type: 'error', detail: (e as Error).message });
          }
        } else {
          // version (V), serial (N), status flags (F) answers: acknowledged, not frames
          out.push({ type: 'ok' });
        }
      } else if (this.buf.length < SLCAN_MAX_LINE) {
        this.buf += ch;
      } else {
        this.buf = POISON; // overlong: poison the line so it is dropped at its CR
      }
    }
    return out;
  }
}
