/**
 * SECC TCP server: listens on the PLC interface's link-local address (`fe80::...%ifname`) on a port from the dynamic
 * range 49152-65535 [V2G2-153], retrying while the address is still tentative (EADDRNOTAVAIL during DAD, ~2 s after
 * link up, node-stack.md §2). Serves one car at a time: while a connection is active, further connections are
 * closed at once, so a second client never disturbs the session in progress.
 * All waiting goes through the injected Clock. Knows nothing about EXI or the session.
 */

import { createServer, type Server, type Socket } from 'node:net';
import type { Clock } from '../core/clock.js';
import { HardwareError } from '../core/errors.js';
import { childLog, type Log, silentLogger } from '../core/log.js';
import type { LimitedLevel, LogLimiter } from '../core/log-limit.js';
import { TcpV2gConnection, type V2gConnection } from './connection.js';
import type { FramerOptions } from './framer.js';

/** Dynamic/private port range for the SECC's TCP server [V2G2-153, RFC 6335]. */
export const SECC_PORT_RANGE_MIN = 49152;
export const SECC_PORT_RANGE_MAX = 65535;
/** Random ports tried when one is taken (EADDRINUSE). */
export const SECC_PORT_ATTEMPTS = 20;
/** Retry interval while listen() fails with EADDRNOTAVAIL (address tentative during DAD). */
export const LISTEN_RETRY_INTERVAL_MS = 100;
/** Give up listening after this long: DAD takes 1.2-2 s here (node-stack.md §2), so 5 s is ample. */
export const LISTEN_RETRY_TIMEOUT_MS = 5000;

export interface V2gServerOptions extends FramerOptions {
  /** Address to listen on: the PLC interface's zoned link-local address, e.g. 'fe80::1%eth1' ('::1' in tests). */
  host: string;
  /** Fixed port (e.g. 15118 like pyPLC); default: random in 49152-65535. */
  port?: number;
  clock: Clock;
  log?: Log;
  /** Random source in [0,1) for the port choice (tests). */
  random?: () => number;
  listenRetryIntervalMs?: number;
  listenRetryTimeoutMs?: number;
  /** A car connected (the only active connection until it closes). */
  onConnection: (conn: V2gConnection) => void;
  /** Rate limit for the per-connect lines (anyone on the powerline can connect); absent: every line is logged. */
  logLimiter?: LogLimiter;
}

export class V2gServer {
  private active: TcpV2gConnection | undefined;
  private readonly all = new Set<TcpV2gConnection>();
  private rejectedCount = 0;

  private constructor(
    private readonly server: Server,
    readonly host: string,
    readonly port: number,
    private readonly opts: V2gServerOptions,
    private readonly log: Log,
  ) {
    server.on('connection', (s) => this.accept(s));
    server.on('error', (err) => log.error({ err: err.message }, 'V2G TCP server error'));
  }

  /** Listen (with the port choice and the DAD retry described above). Rejects with HardwareError. */
  static async listen(opts: V2gServerOptions): Promise<V2gServer> {
    const log = childLog(opts.log ?? silentLogger(), 'v2gtp', { role: 'server' });
    const random = opts.random ?? Math.random;
    const retryInterval = opts.listenRetryIntervalMs ?? LISTEN_RETRY_INTERVAL_MS;
    const retryTimeout = opts.listenRetryTimeoutMs ?? LISTEN_RETRY_TIMEOUT_MS;
    const start = opts.clock.now();
    let portAttempts = 0;
    let notAvailAttempts = 0;
    for (;;) {
      const port =
        opts.port ?? SECC_PORT_RANGE_MIN + Math.floor(random() * (SECC_PORT_RANGE_MAX - SECC_PORT_RANGE_MIN + 1));
      const server = createServer({ noDelay: true });
      try {
        await listenOnce(server, opts.host, port);
        const bound = server.address();
        const actual = typeof bound === 'object' && bound ? bound.port : port;
        const s = new V2gServer(server, opts.host, actual, opts, log);
        log.info(
          { host: opts.host, port: actual, waitedMs: Math.round(opts.clock.now() - start), retries: notAvailAttempts },
          'V2G TCP server listening',
        );
        return s;
      } catch (e) {
        const err = e as NodeJS.ErrnoException;
        server.close();
        if (err.code === 'EADDRINUSE' && opts.port === undefined && ++portAttempts < SECC_PORT_ATTEMPTS) continue;
        if (err.code === 'EADDRNOTAVAIL' && opts.clock.now() - start < retryTimeout) {
          // the link-local address is still tentative (DAD) or not yet configured
          if (notAvailAttempts++ === 0) log.info({ host: opts.host }, 'address not available yet (DAD?), retrying');
          await delay(opts.clock, retryInterval);
          continue;
        }
        throw new HardwareError(
          `cannot listen on [${opts.host}]:${port}: ${err.code ?? err.message}`,
          err.code === 'EADDRNOTAVAIL'
            ? `the address is not (yet) on the interface after ${retryTimeout} ms; check \`ip -6 addr\` (tentative/dadfailed) and the zone name`
            : err.code === 'EADDRINUSE'
              ? 'the port is taken; choose another or let piccs pick one from the dynamic range'
              : 'check the interface name and IPv6 configuration',
          { host: opts.host, port, code: err.code },
        );
      }
    }
  }

  /** The connection being served, if any. */
  get activeConnection(): V2gConnection | undefined {
    return this.active;
  }

  /** Connections refused because one was active. */
  get rejected(): number {
    return this.rejectedCount;
  }

  /** Stop listening and close every connection (flushing pending sends). */
  close(): Promise<void> {
    for (const c of this.all) c.close('server closing');
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  /** A line per connect: through the rate limit when there is one. */
  private limited(kind: string, level: LimitedLevel, fields: Record<string, unknown>, msg: string): void {
    if (this.opts.logLimiter) this.opts.logLimiter.line(this.log, kind, level, fields, msg);
    else this.log[level](fields, msg);
  }

  private accept(socket: Socket): void {
    if (this.active && !this.active.closed) {
      this.rejectedCount++;
      this.limited(
        'TCP connect',
        'warn',
        { peer: `[${socket.remoteAddress}]:${socket.remotePort}`, active: this.active.peer },
        'second TCP connection while a session is active: closed',
      );
      socket.on('error', () => {});
      socket.destroy();
      return;
    }
    const conn = new TcpV2gConnection(socket, { ...this.opts, log: this.opts.log });
    this.active = conn;
    this.all.add(conn);
    conn.onClose(() => {
      this.all.delete(conn);
      if (this.active === conn) this.active = undefined;
    });
    this.limited('TCP connect', 'info', { peer: conn.peer }, 'car connected');
    this.opts.onConnection(conn);
  }
}

function listenOnce(server: Server, host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (err: Error) => reject(err);
    server.once('error', onError);
    server.listen({ host, port, ipv6Only: true, exclusive: true }, () => {
      server.off('error', onError);
      resolve();
    });
  });
}

function delay(clock: Clock, ms: number): Promise<void> {
  return new Promise((resolve) => clock.setTimeout(() => resolve(), ms));
}
