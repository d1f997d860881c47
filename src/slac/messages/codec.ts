/**
 * The shape every MME payload codec has: fields after the MME header (offset 19 for MMV 1, 17 for MMV 0).
 * Payload codecs are pure, read through a bounds-checked ByteReader and throw only DecodeError/EncodeError.
 */

import type { ByteReader, ByteWriter } from '../../core/cursor.js';
import { EncodeError } from '../../core/errors.js';

export interface PayloadCodec<T extends { type: string }> {
  encode(w: ByteWriter, msg: T): void;
  /** Reads the fields; `mmv` lets one MMTYPE differ by version. Returns the message without trailing padding. */
  decode(r: ByteReader, mmv: number): T;
}

/** Writes exactly `n` bytes of a fixed-size field, failing with the field path when the value has another size. */
export function fixed(w: ByteWriter, value: Uint8Array | undefined, n: number, path: string): void {
  if (value === undefined) {
    w.zeros(n);
    return;
  }
  if (value.length !== n) throw new EncodeError(`must be ${n} bytes, got ${value.length}`, path);
  w.bytes(value);
}

export function byte(w: ByteWriter, value: number | undefined, path: string): void {
  const v = value ?? 0;
  if (!Number.isInteger(v) || v < 0 || v > 0xff) throw new EncodeError(`must be an integer 0..255, got ${v}`, path);
  w.u8(v);
}

/** Reads up to `n` bytes, or what remains when the frame is shorter (for optional trailing data). */
export function upTo(r: ByteReader, n: number, what: string): Buffer {
  return r.bytes(Math.min(n, Math.max(0, r.remaining)), what);
}
