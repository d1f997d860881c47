/**
 * EVCC TCP client: connects to the SECC endpoint that SDP announced (`fe80::...%ifname`, port) and hands back a
 * V2gConnection. The connect timeout runs on the injected Clock. Knows nothing about EXI or the session.
 */

import { connect, type Socket } from 'node:net';
import type { Clock } from '../core/clock.js';
import { CcsError } from '../core/errors.js';
import { childLog, type Log, silentLogger } from '../core/log.js';
import { TcpV2gConnection, type V2gConnection } from './connection.js';
import type { FramerOptions } from './framer.js';

/**
 * Our bound on one TCP connect (not a number from the standard): the whole of SLAC + SDP + connect + SessionSetup
 * must fit in V2G_EVCC_CommunicationSetup_Timeout (20 s); a connect during the peer's DAD/ND took ~1 s here.
 */
export const TCP_CONNECT_TIMEOUT_MS = 5000;

export class V2gConnectError extends CcsError {
  constructor(message: string, context: Record<string, unknown>) {
    super('V2G_CONNECT', message, context);
  }
}

export interface V2gClientOptions extends FramerOptions {
  /** SECC address with zone for link-local (as discoverSecc returns it) */
  host: string;
  port: number;
  clock: Clock;
  log?: Log;
  connectTimeoutMs?: number;
  signal?: AbortSignal;
}

/** Connect to the SECC. Rejects with V2gConnectError (refused, unreachable, timeout, aborted). */
export function connectV2g(opts: V2gClientOptions): Promise<V2gConnection> {
  const log = childLog(opts.log ?? silentLogger(), 'v2gtp', { role: 'client' });
  const timeoutMs = opts.connectTimeoutMs ?? TCP_CONNECT_TIMEOUT_MS;
  const target = `[${opts.host}]:${opts.port}`;
  const start = opts.clock.now();
  return new Promise((resolve, reject) => {
    if (opts.signal?.aborted) {
      reject(new V2gConnectError(`connect to ${target} aborted`, { target }));
      return;
    }
    let socket: Socket;
    let settled = false;
    const fail = (why: string, code?: string) => {
      if (settled) return;
      settled = true;
      opts.clock.clearTimeout(timer);
      opts.signal?.removeEventListener('abort', onAbort);
      socket.destroy();
      reject(new V2gConnectError(`connect to ${target} failed: ${why}`, { target, code }));
    };
    const onAbort = () => fail('aborted');
    const timer = opts.clock.setTimeout(() => fail(`no connection within ${timeoutMs} ms`, 'ETIMEDOUT'), timeoutMs);
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    try {
      socket = connect({ host: opts.host, port: opts.port, noDelay: true });
    } catch (e) {
      // e.g. ERR_INVALID_IP_ADDRESS before any socket exists
      settled = true;
      opts.clock.clearTimeout(timer);
      opts.signal?.removeEventListener('abort', onAbort);
      reject(new V2gConnectError(`connect to ${target} failed: ${(e as Error).message}`, { target }));
      return;
    }
    socket.once('error', (err: NodeJS.ErrnoException) => fail(err.code ?? err.message, err.code));
    socket.once('connect', () => {
      if (settled) return;
      settled = true;
      opts.clock.clearTimeout(timer);
      opts.signal?.removeEventListener('abort', onAbort);
      const conn = new TcpV2gConnection(socket, { ...opts, log: opts.log });
      log.info({ secc: target, connectMs: Math.round(opts.clock.now() - start) }, 'connected to SECC');
      resolve(conn);
    });
  });
}
