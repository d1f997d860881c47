/**
 * V2GTP stream framer: turns TCP chunks into whole V2GTP messages. TCP may split one message across segments or
 * pack several into one read (pyPLC assumed one recv = one message; real stacks do not guarantee that).
 * Pure and incremental: push(chunk) -> messages completed by that chunk; the remainder is kept for the next push.
 * The header is checked as soon as its 8 bytes are in, so an oversize or garbage header is rejected before any
 * payload is buffered (memory stays bounded by maxPayloadLength + one chunk).
 * After a V2gtpHeaderError the stream cannot be resynchronised (no sync marker): the framer stays failed and the
 * caller must close the connection [V2G2-064..067].
 */

import {
  DIN_ISO2_PAYLOAD_TYPES,
  decodeHeader,
  V2GTP_HEADER_BYTES,
  type V2gtpHeader,
  type V2gtpHeaderError,
  type V2gtpMessage,
} from './header.js';

/**
 * Default largest payload accepted on a V2G TCP connection. DIN/ISO-2 messages are tens to a few thousand bytes;
 * the largest ISO-2 message (CertificateInstallationRes with a chain and keys) stays well below 16 KiB.
 * 64 KiB leaves room for ISO-20 while bounding what a broken peer can make us buffer.
 */
export const V2GTP_DEFAULT_MAX_PAYLOAD_BYTES = 65_536;

export interface FramerOptions {
  /** Largest PayloadLength accepted (default V2GTP_DEFAULT_MAX_PAYLOAD_BYTES). */
  maxPayloadBytes?: number;
  /** Payload types accepted on this stream (default: EXI, SDP request/response as DIN / ISO-2 define them). */
  acceptPayloadTypes?: ReadonlySet<number>;
}

export class V2gtpFramer {
  private readonly maxPayloadBytes: number;
  private readonly acceptPayloadTypes: ReadonlySet<number>;
  /** Chunks received and not yet consumed, oldest first; `headOffset` bytes of chunks[0] are already consumed. */
  private chunks: Buffer[] = [];
  private headOffset = 0;
  private pendingBytes = 0;
  /** Header of the message being assembled, once its 8 bytes were checked. */
  private header: V2gtpHeader | undefined;
  private failure: V2gtpHeaderError | undefined;

  constructor(opts: FramerOptions = {}) {
    this.maxPayloadBytes = opts.maxPayloadBytes ?? V2GTP_DEFAULT_MAX_PAYLOAD_BYTES;
    this.acceptPayloadTypes = opts.acceptPayloadTypes ?? DIN_ISO2_PAYLOAD_TYPES;
  }

  /** Bytes received but not yet part of an emitted message. */
  get buffered(): number {
    return this.pendingBytes;
  }

  /** The error that stopped this framer, if any. */
  get error(): V2gtpHeaderError | undefined {
    return this.failure;
  }

  /**
   * Feed one chunk; returns the messages it completed, in order (possibly none).
   * Throws V2gtpHeaderError (kinds 'version', 'inverse-version', 'payload-type', 'oversize') on a bad header;
   * messages completed earlier in the same chunk are lost with it, which is fine because the connection is closed.
   */
  push(chunk: Uint8Array): V2gtpMessage[] {
    if (this.failure) throw this.failure;
    if (chunk.length === 0) return [];
    const c = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    const out: V2gtpMessage[] = [];

    // Fast path: nothing pending, so whole messages can be cut straight out of this chunk without copying.
    let pos = 0;
    if (this.pendingBytes === 0) {
      while (c.length - pos >= V2GTP_HEADER_BYTES) {
        const h = this.check(c, pos);
        const end = pos + V2GTP_HEADER_BYTES + h.payloadLength;
        if (end > c.length) break;
        out.push({ payloadType: h.payloadType, payload: c.subarray(pos + V2GTP_HEADER_BYTES, end) });
        pos = end;
      }
      if (pos === c.length) return out;
    }
    this.append(pos === 0 ? c : c.subarray(pos));

    for (;;) {
      if (!this.header) {
        if (this.pendingBytes < V2GTP_HEADER_BYTES) break;
        this.header = this.check(this.take(V2GTP_HEADER_BYTES, true), 0);
      }
      const need = V2GTP_HEADER_BYTES + this.header.payloadLength;
      if (this.pendingBytes < need) break;
      const whole = this.take(need, false);
      out.push({ payloadType: this.header.payloadType, payload: whole.subarray(V2GTP_HEADER_BYTES) });
      this.header = undefined;
    }
    return out;
  }

  /** Drop everything buffered and clear a failure (for reuse on a new connection). */
  reset(): void {
    this.chunks = [];
    this.headOffset = 0;
    this.pendingBytes = 0;
    this.header = undefined;
    this.failure = undefined;
  }

  private check(buf: Buffer, at: number): V2gtpHeader {
    try {
      return decodeHeader(buf, at, {
        acceptPayloadTypes: this.acceptPayloadTypes,
        maxPayloadLength: this.maxPayloadBytes,
      });
    } catch (err) {
      this.failure = err as V2gtpHeaderError;
      throw err;
    }
  }

  private append(b: Buffer): void {
    this.chunks.push(b);
    this.pendingBytes += b.length;
  }

  /** The first `n` pending bytes as one buffer; consumed unless `peek`. Copies only when they span chunks. */
  private take(n: number, peek: boolean): Buffer {
    const first = this.chunks[0] as Buffer;
    let result: Buffer;
    if (first.length - this.headOffset >= n) {
      result = first.subarray(this.headOffset, this.headOffset + n);
    } else {
      result = Buffer.allocUnsafe(n);
      let filled = 0;
      let off = this.headOffset;
      for (const ch of this.chunks) {
        const k = Math.min(n - filled, ch.length - off);
        ch.copy(result, filled, off, off + k);
        filled += k;
        off = 0;
        if (filled === n) break;
      }
    }
    if (!peek) this.consume(n);
    return result;
  }

  private consume(n: number): void {
    this.pendingBytes -= n;
    while (n > 0) {
      const first = this.chunks[0] as Buffer;
      const avail = first.length - this.headOffset;
      if (avail > n) {
        this.headOffset += n;
        return;
      }
      n -= avail;
      this.chunks.shift();
      this.headOffset = 0;
    }
  }
}
