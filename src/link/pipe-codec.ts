/**
 * Framing of the stdio pipe between the raw-capture child (pcap-child.ts) and its parent adapter (pcap.ts):
 * each message is a 1-byte type, a 4-byte big-endian payload length and the payload. Types: ready (child -> parent,
 * empty), rx (child -> parent, one received Ethernet frame), tx (parent -> child, one frame to send), error (child ->
 * parent, UTF-8 JSON {message, hint?}: the child could not open or lost the capture and exits), warn (child -> parent,
 * UTF-8 text: a send failed, the capture goes on).
 * Pure codec: throws only DecodeError/EncodeError. The decoder holds at most one partial message (header + the
 * largest allowed payload), so a garbled stream is rejected, never buffered without bound.
 * Knows nothing about cap, processes or Ethernet.
 */

import { DecodeError, EncodeError } from '../core/errors.js';

/** type (1) + length (4). */
export const PIPE_HEADER_BYTES = 5;
/** Largest payload: the capture buffer is 64 KiB, so no frame is longer; text messages are far shorter. */
export const PIPE_MAX_PAYLOAD_BYTES = 65536;

export type PipeMessage =
  | { type: 'ready' }
  | { type: 'rx'; frame: Buffer }
  | { type: 'tx'; frame: Buffer }
  | { type: 'error'; message: string; hint?: string }
  | { type: 'warn'; text: string };

export type PipeMessageType = PipeMessage['type'];

/** Wire codes (ours; the pipe never leaves the host). */
const TYPE_CODE: Readonly<Record<PipeMessageType, number>> = { ready: 1, rx: 2, tx: 3, error: 4, warn: 5 };
const CODE_TYPE: ReadonlyMap<number, PipeMessageType> = new Map(
  Object.entries(TYPE_CODE).map(([t, c]) => [c, t as PipeMessageType]),
);

function payloadOf(m: PipeMessage): Buffer {
  switch (m.type) {
    case 'ready':
      return Buffer.alloc(0);
    case 'rx':
    case 'tx':
      return m.frame;
    case 'error':
      return Buffer.from(JSON.stringify(m.hint === undefined ? { message: m.message } : m), 'utf8');
    case 'warn':
      return Buffer.from(m.text, 'utf8');
  }
}

/** One message as bytes (header + payload). */
export function encodePipeMessage(m: PipeMessage): Buffer {
  const code = TYPE_CODE[m.type];
  if (code === undefined) throw new EncodeError(`unknown pipe message type '${String(m.type)}'`, 'type');
  const payload = payloadOf(m);
  if (payload.length > PIPE_MAX_PAYLOAD_BYTES) {
    throw new EncodeError(`pipe payload of ${payload.length} bytes exceeds ${PIPE_MAX_PAYLOAD_BYTES}`, m.type);
  }
  const out = Buffer.allocUnsafe(PIPE_HEADER_BYTES + payload.length);
  out[0] = code;
  out.writeUInt32BE(payload.length, 1);
  payload.copy(out, PIPE_HEADER_BYTES);
  return out;
}

/** The message for one complete payload (`offset`: stream position of the header, for the error). */
function decodePayload(type: PipeMessageType, payload: Buffer, offset: number): PipeMessage {
  switch (type) {
    case 'ready':
      if (payload.length !== 0) throw new DecodeError(`ready carries ${payload.length} bytes, expected 0`, offset);
      return { type };
    case 'rx':
    case 'tx':
      return { type, frame: payload };
    case 'warn':
      return { type, text: payload.toString('utf8') };
    case 'error': {
      let v: unknown;
      try {
        v = JSON.parse(payload.toString('utf8'));
      } catch {
        throw new DecodeError('error message is not JSON', offset);
      }
      const o = v as { message?: unknown; hint?: unknown };
      if (typeof o !== 'object' || o === null || typeof o.message !== 'string') {
        throw new DecodeError('error message without a text', offset);
      }
      return typeof o.hint === 'string' ? { type, message: o.message, hint: o.hint } : { type, message: o.message };
    }
  }
}

/**
 * Incremental decoder for one direction of the pipe: push() each chunk as it arrives, get the complete messages.
 * After a DecodeError the stream is out of step for good: every later push() throws the same error.
 */
export class PipeDecoder {
  private chunks: Buffer[] = [];
  private buffered = 0;
  /** Stream offset of the first buffered byte (for error positions). */
  private offset = 0;
  private failed: DecodeError | undefined;

  /** Bytes held for a message not yet complete (never more than header + max payload). */
  get pendingBytes(): number {
    return this.buffered;
  }

  push(chunk: Buffer): PipeMessage[] {
    if (this.failed) throw this.failed;
    if (chunk.length > 0) {
      this.chunks.push(chunk);
      this.buffered += chunk.length;
    }
    const out: PipeMessage[] = [];
    try {
      for (;;) {
        const m = this.next();
        if (!m) break;
        out.push(m);
      }
    } catch (err) {
      this.failed = err as DecodeError;
      this.chunks = [];
      this.buffered = 0;
      throw err;
    }
    return out;
  }

  /** Takes one complete message off the front, or undefined when more bytes are needed. */
  private next(): PipeMessage | undefined {
    if (this.buffered < PIPE_HEADER_BYTES) return undefined;
    const head = this.peek(PIPE_HEADER_BYTES);
    const code = head[0] as number;
    const type = CODE_TYPE.get(code);
    if (type === undefined) throw new DecodeError(`unknown pipe message type ${code}`, this.offset);
    const length = head.readUInt32BE(1);
    if (length > PIPE_MAX_PAYLOAD_BYTES) {
      throw new DecodeError(`pipe payload length ${length} exceeds ${PIPE_MAX_PAYLOAD_BYTES}`, this.offset + 1);
    }
    if (this.buffered < PIPE_HEADER_BYTES + length) return undefined;
    const whole = this.take(PIPE_HEADER_BYTES + length);
    const at = this.offset;
    this.offset += whole.length;
    // copy: the payload must not pin (or alias) the chunk it came in
    return decodePayload(type, Buffer.from(whole.subarray(PIPE_HEADER_BYTES)), at);
  }

  /** The first n buffered bytes (n <= buffered), joined only when they span chunks. */
  private peek(n: number): Buffer {
    const first = this.chunks[0] as Buffer;
    if (first.length >= n) return first;
    const joined = Buffer.concat(this.chunks);
    this.chunks = [joined];
    return joined;
  }

  /** Removes and returns the first n buffered bytes (n <= buffered). */
  private take(n: number): Buffer {
    const head = this.peek(n);
    const out = head.subarray(0, n);
    if (head.length === n) this.chunks.shift();
    else this.chunks[0] = head.subarray(n);
    this.buffered -= n;
    return out;
  }
}
