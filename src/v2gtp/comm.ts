/**
 * Communication setup per role, for the session layer's "comm" child (app/ wires it): everything between a SLAC
 * match and a V2gConnection.
 *   SECC: wait for the PLC interface's link-local address (DAD), listen on it (dynamic port), announce by SDP.
 *   EVCC: discover the SECC by SDP on the PLC interface, connect to the announced endpoint.
 * Composes netif, sdp and the TCP transport; knows nothing about EXI or the session.
 */

import type { Clock } from '../core/clock.js';
import type { Log } from '../core/log.js';
import { LogLimiter } from '../core/log-limit.js';
import { DAD_WAIT_DEFAULT_MS, waitForLinkLocal } from '../netif/netif.js';
import { discoverSecc, type SdpClientOptions, type SdpResult } from '../sdp/client.js';
import { SdpServer, type SdpServerOptions } from '../sdp/server.js';
import type { V2gConnection } from './connection.js';
import type { FramerOptions } from './framer.js';
import { connectV2g } from './tcp-client.js';
import { V2gServer } from './tcp-server.js';

export interface SeccCommOptions extends FramerOptions {
  /** PLC interface name, e.g. 'eth1' */
  iface: string;
  clock: Clock;
  log?: Log;
  /** Fixed TCP port (pyPLC uses 15118); default random in 49152-65535. */
  tcpPort?: number;
  /** UDP port for SDP (default 15118). */
  sdpPort?: number;
  /** How long to wait for DAD on the interface (default 3000 ms). */
  dadTimeoutMs?: number;
  /** A car connected (one at a time). */
  onConnection: (conn: V2gConnection) => void;
  /** SDP timing hooks, passed to the SDP server (SdpServerOptions.onRequest / onAnswer). */
  onSdpRequest?: SdpServerOptions['onRequest'];
  onSdpAnswer?: SdpServerOptions['onAnswer'];
  /** Rate limit for the lines anyone on the powerline triggers (SDP requests, TCP connects); default: its own. */
  logLimiter?: LogLimiter;
}

export interface SeccComm {
  /** link-local address (no zone) and port announced by SDP */
  address: string;
  port: number;
  mac: string;
  sdp: SdpServer;
  server: V2gServer;
  /** Stop SDP and the TCP server, closing any connection. */
  close(): Promise<void>;
}

/** Start the SECC side. Rejects with HardwareError (interface missing/down, no address, cannot listen). */
export async function startSeccComm(opts: SeccCommOptions): Promise<SeccComm> {
  const nic = await waitForLinkLocal(opts.iface, {
    clock: opts.clock,
    timeoutMs: opts.dadTimeoutMs ?? DAD_WAIT_DEFAULT_MS,
  });
  const ownLimiter = opts.logLimiter ? undefined : new LogLimiter({ clock: opts.clock });
  const logLimiter = opts.logLimiter ?? (ownLimiter as LogLimiter);
  const server = await V2gServer.listen({
    ...opts,
    logLimiter,
    host: nic.linkLocalZoned,
    port: opts.tcpPort,
    onConnection: opts.onConnection,
  });
  let sdp: SdpServer;
  try {
    sdp = await SdpServer.start({
      iface: opts.iface,
      port: opts.sdpPort,
      log: opts.log,
      endpoint: { address: nic.linkLocal, port: server.port },
      onRequest: opts.onSdpRequest,
      onAnswer: opts.onSdpAnswer,
      logLimiter,
    });
  } catch (err) {
    await server.close();
    throw err;
  }
  return {
    address: nic.linkLocal,
    port: server.port,
    mac: nic.mac,
    sdp,
    server,
    async close() {
      await sdp.close();
      await server.close();
      ownLimiter?.close();
    },
  };
}

export interface EvccCommOptions extends FramerOptions, Omit<SdpClientOptions, 'socket'> {
  connectTimeoutMs?: number;
}

export interface EvccComm {
  connection: V2gConnection;
  secc: SdpResult;
  /** SDP start -> response, and response -> TCP connected, on the injected clock */
  sdpMs: number;
  connectMs: number;
}

/** Discover the SECC and connect. Rejects with SdpTimeoutError, SdpAbortedError or V2gConnectError. */
export async function connectEvccComm(opts: EvccCommOptions): Promise<EvccComm> {
  const t0 = opts.clock.now();
  const secc = await discoverSecc(opts);
  const t1 = opts.clock.now();
  const connection = await connectV2g({ ...opts, host: secc.address, port: secc.port });
  return { connection, secc, sdpMs: t1 - t0, connectMs: opts.clock.now() - t1 };
}
