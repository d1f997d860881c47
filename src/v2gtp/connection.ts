/**
 * The V2gConnection port (what SECC/EVCC sessions see: whole V2GTP messages in and out, one session per connection)
 * and its implementation over a node:net socket. TLS can come later as another implementation of the same port.
 * Owns framing on the stream (V2gtpFramer) and the close rules: a bad V2GTP header closes the connection
 * [V2G2-064..067]. Knows nothing about EXI or the session.
 */

import type { Socket } from 'node:net';
import { childLog, type Log, silentLogger } from '../core/log.js';
import { type FramerOptions, V2gtpFramer } from './framer.js';
import { encodeMessage, PayloadType, payloadTypeName, V2gtpHeaderError } from './header.js';

export type V2gCloseBy = 'local' | 'remote' | 'error' | 'bad-header';

export interface V2gCloseInfo {
  /** who ended it: we did (close()), the peer (FIN/RST), a socket error, or a bad header from the peer */
  by: V2gCloseBy;
  reason: string;
  error?: Error;
}

export type V2gMessageListener = (payload: Buffer, payloadType: number) => void;
export type V2gCloseListener = (info: V2gCloseInfo) => void;

/** One V2G communication session's transport (TCP now, TLS later). */
export interface V2gConnection {
  /** `[address%zone]:port` of the peer, for logs */
  readonly peer: string;
  readonly remoteAddress: string;
  readonly remotePort: number;
  readonly localAddress: string;
  readonly localPort: number;
  readonly closed: boolean;
  /** Send one message (V2GTP header added here). Returns false when the connection is already closed. */
  send(payload: Uint8Array, payloadType?: number): boolean;
  /** Whole messages from the peer, in order. Messages that arrive before the first listener are queued for it. */
  onMessage(fn: V2gMessageListener): () => void;
  /** Called once when the connection is gone (after close() too). Late listeners are called at once. */
  onClose(fn: V2gCloseListener): () => void;
  /** Flush what was sent, then close (FIN). Idempotent. */
  close(reason?: string): void;
}

let nextId = 1;

export interface TcpConnectionOptions extends FramerOptions {
  log?: Log;
}

export class TcpV2gConnection implements V2gConnection {
  readonly id = nextId++;
  readonly peer: string;
  readonly remoteAddress: string;
  readonly remotePort: number;
  readonly localAddress: string;
  readonly localPort: number;
  private readonly framer: V2gtpFramer;
  private readonly log: Log;
  private messageListeners: V2gMessageListener[] = [];
  private closeListeners: V2gCloseListener[] = [];
  private queued: { payload: Buffer; payloadType: number }[] = [];
  private closeInfo: V2gCloseInfo | undefined;
  private ended: V2gCloseInfo | undefined;

  constructor(
    private readonly socket: Socket,
    opts: TcpConnectionOptions = {},
  ) {
    this.remoteAddress = socket.remoteAddress ?? '';
    this.remotePort = socket.remotePort ?? 0;
    this.localAddress = socket.localAddress ?? '';
    this.localPort = socket.localPort ?? 0;
    this.peer = `[${this.remoteAddress}]:${this.remotePort}`;
    this.log = childLog(opts.log ?? silentLogger(), 'v2gtp', { conn: this.id, peer: this.peer });
    this.framer = new V2gtpFramer(opts);
    // V2G is strict request/response with small messages: Nagle would add up to one RTT per message
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => this.onData(chunk));
    socket.on('end', () => {
      this.closeInfo ??= { by: 'remote', reason: 'peer closed the connection' };
    });
    socket.on('error', (err: NodeJS.ErrnoException) => {
      this.closeInfo ??= { by: 'error', reason: err.code ?? err.message, error: err };
    });
    socket.on('close', () => this.onSocketClosed());
  }

  get closed(): boolean {
    return this.closeInfo !== undefined || this.ended !== undefined;
  }

  send(payload: Uint8Array, payloadType: number = PayloadType.EXI): boolean {
    if (this.closed || this.socket.destroyed) return false;
    this.socket.write(encodeMessage(payloadType, payload));
    return true;
  }

  onMessage(fn: V2gMessageListener): () => void {
    this.messageListeners.push(fn);
    if (this.queued.length) {
      const q = this.queued;
      this.queued = [];
      for (const m of q) this.dispatch(m.payload, m.payloadType);
    }
    return () => {
      this.messageListeners = this.messageListeners.filter((l) => l !== fn);
    };
  }

  onClose(fn: V2gCloseListener): () => void {
    if (this.ended) {
      fn(this.ended);
      return () => {};
    }
    this.closeListeners.push(fn);
    return () => {
      this.closeListeners = this.closeListeners.filter((l) => l !== fn);
    };
  }

  close(reason = 'closed locally'): void {
    if (this.closed) return;
    this.closeInfo = { by: 'local', reason };
    this.log.debug({ reason }, 'closing');
    // end() flushes queued writes (e.g. a FAILED_* response sent just before) and sends FIN; destroy when done
    this.socket.end(() => this.socket.destroy());
  }

  /** Abort at once (RST-like, unsent data is dropped): for faults and shutdown. */
  destroy(reason = 'destroyed locally'): void {
    this.closeInfo ??= { by: 'local', reason };
    this.socket.destroy();
  }

  private onData(chunk: Buffer): void {
    if (this.closeInfo) return;
    let msgs: { payload: Buffer; payloadType: number }[];
    try {
      msgs = this.framer.push(chunk);
    } catch (err) {
      if (!(err instanceof V2gtpHeaderError)) throw err;
      this.log.warn({ err: err.message, kind: err.kind }, 'bad V2GTP header: closing the connection');
      this.closeInfo = { by: 'bad-header', reason: err.message, error: err };
      this.socket.destroy();
      return;
    }
    for (const m of msgs) {
      this.log.trace({ type: payloadTypeName(m.payloadType), bytes: m.payload.length }, '<-');
      if (this.messageListeners.length === 0) this.queued.push(m);
      else this.dispatch(m.payload, m.payloadType);
      if (this.closeInfo) return; // a listener closed the connection: deliver nothing more
    }
  }

  private dispatch(payload: Buffer, payloadType: number): void {
    for (const l of [...this.messageListeners]) l(payload, payloadType);
  }

  private onSocketClosed(): void {
    if (this.ended) return;
    this.ended = this.closeInfo ?? { by: 'remote', reason: 'connection closed' };
    this.closeInfo = this.ended;
    this.log.debug({ by: this.ended.by, reason: this.ended.reason }, 'closed');
    const ls = this.closeListeners;
    this.closeListeners = [];
    for (const l of ls) l(this.ended);
  }
}
