/**
 * One CAN 2.0 frame as every transport, codec and log here sees it: identifier (11-bit standard or 29-bit extended),
 * remote-request flag and up to 8 data bytes (ISO 11898-1 classic CAN; no CAN FD). `checkFrame` is the one place
 * that rejects malformed frames (typed DecodeError), so nothing from a wire or a log reaches a driver unchecked.
 */

import { DecodeError } from '../../core/errors.js';

export interface CanFrame {
  /** 11-bit (0..0x7FF) or, with `ext`, 29-bit (0..0x1FFFFFFF) identifier. */
  id: number;
  ext: boolean;
  /** Remote transmission request: no data, `data.length` is the requested DLC (ISO 11898-1 8.4.2). */
  rtr?: boolean;
  data: Uint8Array;
}

/** ISO 11898-1: classic CAN carries at most 8 data bytes. */
export const CAN_MAX_DLC = 8;
export const CAN_STD_ID_MAX = 0x7ff;
export const CAN_EXT_ID_MAX = 0x1fffffff;

/** Throws a DecodeError when the frame is not a valid classic CAN frame. */
export function checkFrame(f: CanFrame): CanFrame {
  const max = f.ext ? CAN_EXT_ID_MAX : CAN_STD_ID_MAX;
  if (!Number.isInteger(f.id) || f.id < 0 || f.id > max) {
    throw new DecodeError(`CAN id 0x${Number(f.id).toString(16)} out of range for ${f.ext ? '29' : '11'}-bit`);
  }
  if (f.data.length > CAN_MAX_DLC) throw new DecodeError(`CAN frame with ${f.data.length} data bytes (max 8)`);
  return f;
}

export function extFrame(id: number, data: ArrayLike<number>): CanFrame {
  return checkFrame({ id, ext: true, data: Uint8Array.from(data) });
}

/** `0C080000#00112233` style text (the candump / cansend notation), for logs and test messages. */
export function frameText(f: CanFrame): string {
  const id = f.id
    .toString(16)
    .toUpperCase()
    .padStart(f.ext ? 8 : 3, '0');
  if (f.rtr) return `${id}#R${f.data.length ? f.data.length : ''}`;
  return `${id}#${Buffer.from(f.data).toString('hex').toUpperCase()}`;
}
