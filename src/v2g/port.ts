/**
 * The message port the SECC and EVCC talk through: whole EXI JSON documents, not bytes. An adapter over
 * V2GTP/TCP + the EXI codec implements it in app/ (or beside the transport); `createMemoryPortPair` joins an
 * SECC and an EVCC in memory, optionally round-tripping every document through a codec.
 * The schema travels with each document because DIN and ISO-2 share the root element `V2G_Message`.
 */

import type { Clock } from '../core/clock.js';
import type { ExiDocument, ExiSchema } from './types.js';

export type PortEvent =
  | { type: 'message'; doc: ExiDocument; schema: ExiSchema }
  /** Bytes arrived that did not decode (wire garbage); the session decides what to do. */
  | { type: 'error'; error: Error }
  /** The peer or the transport closed the connection. */
  | { type: 'closed'; reason?: string };

export interface V2gMessagePort {
  /** Encode and send one document with the given schema. */
  send(doc: ExiDocument, schema: ExiSchema): void;
  /** Schema to decode incoming messages with from now on (the connection starts with 'apphand'). */
  expect(schema: ExiSchema): void;
  /** Subscribe to incoming documents, decode errors and close; returns an unsubscribe function. */
  subscribe(listener: (e: PortEvent) => void): () => void;
  /** Close the connection (after flushing what was sent). Idempotent. */
  close(): void;
}

/** Codec hooks for the memory port (the `exi` facade: encodeExi / decodeExi). */
export interface DocCodec {
  encode(doc: ExiDocument, schema: ExiSchema): Uint8Array;
  decode(bytes: Uint8Array, schema: ExiSchema): ExiDocument;
}

export interface MemoryPortOptions {
  clock: Clock;
  /** One-way delivery delay in ms (default 0: delivered on the next clock tick, never re-entrantly). */
  latencyMs?: number;
  /** When set, every document is encoded by the sender and decoded by the receiver. */
  codec?: DocCodec;
  /** Called with every encoded message (for byte-level checks and benches). */
  onBytes?: (dir: 'a->b' | 'b->a', bytes: Uint8Array, schema: ExiSchema) => void;
}

class MemoryEnd implements V2gMessagePort {
  peer!: MemoryEnd;
  private listeners: ((e: PortEvent) => void)[] = [];
  private rxSchema: ExiSchema = 'apphand';
  closed = false;

  constructor(
    private readonly opts: MemoryPortOptions,
    private readonly dir: 'a->b' | 'b->a',
  ) {}

  send(doc: ExiDocument, schema: ExiSchema): void {
    if (this.closed) return;
    const { codec, clock } = this.opts;
    let bytes: Uint8Array | undefined;
    if (codec) {
      bytes = codec.encode(doc, schema); // throws EncodeError for a document that does not fit the schema
      this.opts.onBytes?.(this.dir, bytes, schema);
    }
    const payload = bytes ?? structuredClone(doc);
    clock.setTimeout(() => this.peer.deliver(payload), this.opts.latencyMs ?? 0);
  }

  private deliver(payload: Uint8Array | ExiDocument): void {
    if (this.closed) return;
    if (payload instanceof Uint8Array) {
      let doc: ExiDocument;
      try {
        doc = (this.opts.codec as DocCodec).decode(payload, this.rxSchema);
      } catch (error) {
        this.emit({ type: 'error', error: error as Error });
        return;
      }
      this.emit({ type: 'message', doc, schema: this.rxSchema });
    } else {
      this.emit({ type: 'message', doc: payload, schema: this.rxSchema });
    }
  }

  expect(schema: ExiSchema): void {
    this.rxSchema = schema;
  }

  subscribe(listener: (e: PortEvent) => void): () => void {
    this.listeners.push(listener);
    return () => {
      this.listeners = this.listeners.filter((l) => l !== listener);
    };
  }

  emit(e: PortEvent): void {
    for (const l of [...this.listeners]) l(e);
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.emit({ type: 'closed', reason: 'local close' });
    const peer = this.peer;
    // the peer sees the FIN after what was already in flight
    this.opts.clock.setTimeout(() => {
      if (peer.closed) return;
      peer.closed = true;
      peer.emit({ type: 'closed', reason: 'peer closed' });
    }, this.opts.latencyMs ?? 0);
  }
}

/** Two connected ends: `a` for one side (e.g. the EVCC), `b` for the other (the SECC). */
export function createMemoryPortPair(opts: MemoryPortOptions): { a: V2gMessagePort; b: V2gMessagePort } {
  const a = new MemoryEnd(opts, 'a->b');
  const b = new MemoryEnd(opts, 'b->a');
  a.peer = b;
  b.peer = a;
  return { a, b };
}
