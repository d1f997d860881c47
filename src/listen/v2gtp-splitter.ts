/**
 * Cuts one reassembled TCP direction into V2GTP messages for the listener. Wraps the transport's V2gtpFramer
 * (which, as a protocol endpoint, gives up on a bad header) with what a passive observer needs instead:
 * after lost bytes or a bad header it drops the partial message and resynchronises on the next plausible
 * header (0x01 0xFE, a known payload type, a sane length), reporting how many bytes it skipped.
 * Each message carries the capture time of the segment that completed it (when the receiver could act on it).
 */

import { V2GTP_DEFAULT_MAX_PAYLOAD_BYTES, V2gtpFramer } from '../v2gtp/framer.js';
import { decodeHeader, PAYLOAD_TYPE_NAMES, V2GTP_HEADER_BYTES } from '../v2gtp/header.js';

export interface SplitMessage {
  kind: 'message';
  payloadType: number;
  payload: Buffer;
  /** Capture time of the segment that completed the message. */
  tsUs: number;
}

export interface SplitSkip {
  kind: 'skipped';
  /** Bytes thrown away (a partial message cut by a gap, or garbage before the next header). */
  bytes: number;
  reason: string;
  tsUs: number;
}

export type SplitOut = SplitMessage | SplitSkip;

/** The listener accepts every payload type the header table knows (DIN, ISO-2, ISO-20). */
const ACCEPT_ALL: ReadonlySet<number> = new Set(PAYLOAD_TYPE_NAMES.keys());

export class V2gtpSplitter {
  private framer = new V2gtpFramer({ acceptPayloadTypes: ACCEPT_ALL });
  /** True while looking for the next header after a loss or a bad header. */
  private resync = false;

  push(data: Buffer, tsUs: number, afterGap: boolean): SplitOut[] {
    const out: SplitOut[] = [];
    if (afterGap) {
      const partial = this.framer.buffered;
      this.framer.reset();
      if (partial > 0) out.push({ kind: 'skipped', bytes: partial, reason: 'message cut by lost bytes', tsUs });
      this.resync = true;
    }
    let chunk = data;
    while (chunk.length > 0) {
      if (this.resync) {
        const at = findHeader(chunk);
        if (at < 0) {
          out.push({ kind: 'skipped', bytes: chunk.length, reason: 'no V2GTP header (resynchronising)', tsUs });
          return out;
        }
        if (at > 0) out.push({ kind: 'skipped', bytes: at, reason: 'bytes before the next V2GTP header', tsUs });
        chunk = chunk.subarray(at);
        this.resync = false;
      }
      try {
        for (const m of this.framer.push(chunk)) {
          out.push({ kind: 'message', payloadType: m.payloadType, payload: m.payload, tsUs });
        }
        return out;
      } catch (err) {
        // A bad header: report it and look for the next good one after its first byte.
        const buffered = this.framer.buffered;
        this.framer.reset();
        out.push({ kind: 'skipped', bytes: buffered || 1, reason: (err as Error).message, tsUs });
        this.resync = true;
        // Restart the scan one byte after where this chunk began (conservative: the bad header may sit later).
        chunk = chunk.subarray(1);
      }
    }
    return out;
  }

  /** Bytes held in an incomplete message (reported at the end of the stream). */
  get buffered(): number {
    return this.framer.buffered;
  }
}

/** Offset of the first plausible V2GTP header in `buf`, or -1. */
export function findHeader(buf: Buffer): number {
  for (let i = buf.indexOf(0x01); i >= 0 && i + V2GTP_HEADER_BYTES <= buf.length; i = buf.indexOf(0x01, i + 1)) {
    if (buf[i + 1] !== 0xfe) continue;
    try {
      decodeHeader(buf, i, { acceptPayloadTypes: ACCEPT_ALL, maxPayloadLength: V2GTP_DEFAULT_MAX_PAYLOAD_BYTES });
      return i;
    } catch {
      // not a header here
    }
  }
  return -1;
}
