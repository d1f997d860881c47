/**
 * V2gMessagePort (src/v2g/port.ts) over a V2gConnection: EXI JSON documents in and out of V2GTP payload type
 * 0x8001 on a real connection, so the SECC/EVCC drivers run unchanged on TCP (and later TLS).
 * Decode failures and unexpected payload types become 'error' events (the session answers/closes as the standard
 * says); the connection's close becomes a 'closed' event. Knows no session logic.
 */

import { decodeExi, encodeExi } from '../exi/index.js';
import type { DocCodec, PortEvent, V2gMessagePort } from '../v2g/port.js';
import type { ExiDocument, ExiSchema } from '../v2g/types.js';
import type { V2gConnection } from './connection.js';
import { PayloadType, payloadTypeName, V2gtpHeaderError } from './header.js';

export interface ExiPortOptions {
  /** Codec (default: the EXI facade, encodeExi / decodeExi). */
  codec?: DocCodec;
  /** Every message's bytes, in and out (for response-time measurements and pcaps). */
  onBytes?: (dir: 'in' | 'out', bytes: Uint8Array, schema: ExiSchema) => void;
}

const exiCodec: DocCodec = {
  encode: (doc, schema) => encodeExi(doc, schema),
  decode: (bytes, schema) => decodeExi(bytes, schema),
};

class ExiPort implements V2gMessagePort {
  private listeners: ((e: PortEvent) => void)[] = [];
  private rxSchema: ExiSchema = 'apphand';
  private attached = false;
  private readonly codec: DocCodec;

  constructor(
    private readonly conn: V2gConnection,
    private readonly opts: ExiPortOptions,
  ) {
    this.codec = opts.codec ?? exiCodec;
  }

  send(doc: ExiDocument, schema: ExiSchema): void {
    const bytes = this.codec.encode(doc, schema); // EncodeError goes to the caller, as with the memory port
    this.opts.onBytes?.('out', bytes, schema);
    this.conn.send(bytes, PayloadType.EXI);
  }

  expect(schema: ExiSchema): void {
    this.rxSchema = schema;
  }

  subscribe(listener: (e: PortEvent) => void): () => void {
    this.listeners.push(listener);
    // attach on the first subscriber: the connection queues messages until then, so none is lost
    if (!this.attached) {
      this.attached = true;
      this.conn.onMessage((payload, type) => this.onMessage(payload, type));
      this.conn.onClose((info) => {
        if (info.by === 'bad-header' && info.error) this.emit({ type: 'error', error: info.error });
        this.emit({ type: 'closed', reason: `${info.by}: ${info.reason}` });
      });
    }
    return () => {
      this.listeners = this.listeners.filter((l) => l !== listener);
    };
  }

  close(): void {
    this.conn.close();
  }

  private onMessage(payload: Buffer, type: number): void {
    if (type !== PayloadType.EXI) {
      this.emit({
        type: 'error',
        error: new V2gtpHeaderError('payload-type', `unexpected V2GTP payload type ${payloadTypeName(type)}`, 2),
      });
      return;
    }
    const schema = this.rxSchema;
    this.opts.onBytes?.('in', payload, schema);
    let doc: ExiDocument;
    try {
      doc = this.codec.decode(payload, schema);
    } catch (error) {
      this.emit({ type: 'error', error: error as Error });
      return;
    }
    this.emit({ type: 'message', doc, schema });
  }

  private emit(e: PortEvent): void {
    for (const l of [...this.listeners]) l(e);
  }
}

/** A V2gMessagePort on a connection (starts expecting 'apphand', like every V2G session). */
export function createExiPort(conn: V2gConnection, opts: ExiPortOptions = {}): V2gMessagePort {
  return new ExiPort(conn, opts);
}
