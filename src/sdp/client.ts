/**
 * SDP client (PEV / EVCC side): sends SDP requests to [ff02::1%iface]:15118 until a response arrives, at least
 * SDP_RETRY_INTERVAL_MS apart and at most SDP_MAX_REQUESTS times [V2G2-159..161]. All timing goes through the
 * injected Clock. The result is the SECC's TCP endpoint, zoned to the PLC interface when link-local, ready for
 * net.connect.
 * Knows the SDP codec and a datagram socket; nothing about TCP or the V2G session.
 */

import type { Clock } from '../core/clock.js';
import { CcsError, ConfigError, DecodeError } from '../core/errors.js';
import { childLog, type Log, silentLogger } from '../core/log.js';
import { isLinkLocal, parseIpv6, withZone } from './ipv6.js';
import {
  decodeSdpDatagram,
  encodeSdpRequestDatagram,
  SDP_MULTICAST_ADDRESS,
  SDP_SERVER_PORT,
  type SdpResponse,
  SdpSecurity,
  type SdpSecurityCode,
  SdpTransport,
  sdpSecurityName,
} from './sdp.js';
import { type DatagramSocket, openUdp6 } from './udp.js';

/** The EVCC waits at least this long for an SDP response before sending the next request [V2G2-159]. */
export const SDP_RETRY_INTERVAL_MS = 250;
/** At most this many consecutive SDP requests, then SDP has failed [V2G2-161]. */
export const SDP_MAX_REQUESTS = 50;

export class SdpTimeoutError extends CcsError {
  constructor(requests: number, elapsedMs: number) {
    super('SDP_TIMEOUT', `no SDP response after ${requests} request(s) in ${Math.round(elapsedMs)} ms`, {
      requests,
      elapsedMs,
    });
  }
}

export class SdpAbortedError extends CcsError {
  constructor(reason: string) {
    super('SDP_ABORTED', `SDP discovery aborted: ${reason}`);
  }
}

export interface SdpClientOptions {
  /** PLC interface name: multicast goes out here, and link-local answers are zoned to it. */
  iface: string;
  clock: Clock;
  log?: Log;
  /** Security to ask for (default no TLS; TLS is not implemented yet). */
  security?: SdpSecurityCode;
  /** Pause between requests in ms (default 250, the minimum the standard allows; pyPLC uses 500). */
  retryIntervalMs?: number;
  /** Requests before giving up (default 50, the maximum the standard allows). */
  maxRequests?: number;
  /** Where requests go (default `ff02::1%iface`); tests on loopback use '::1'. */
  destination?: string;
  /** Destination UDP port (default 15118). */
  serverPort?: number;
  /** Cancels the discovery (rejects with SdpAbortedError). */
  signal?: AbortSignal;
  /** Socket to use instead of opening one (tests); it is not closed by the client. */
  socket?: DatagramSocket;
}

export interface SdpResult {
  /** SECC address, `fe80::...%iface` for link-local answers */
  address: string;
  port: number;
  security: SdpResponse['security'];
  transport: SdpResponse['transport'];
  /** requests sent until the answer came */
  requests: number;
  /** first request -> response, on the injected clock */
  elapsedMs: number;
  /** where the answer came from (zoned) */
  from: string;
}

function validate(opts: SdpClientOptions): void {
  const problems = [];
  const interval = opts.retryIntervalMs ?? SDP_RETRY_INTERVAL_MS;
  const max = opts.maxRequests ?? SDP_MAX_REQUESTS;
  if (!(interval >= SDP_RETRY_INTERVAL_MS)) {
    problems.push({ key: 'sdp.retryIntervalMs', message: `must be >= ${SDP_RETRY_INTERVAL_MS} ms [V2G2-159]` });
  }
  if (!Number.isInteger(max) || max < 1 || max > SDP_MAX_REQUESTS) {
    problems.push({ key: 'sdp.maxRequests', message: `must be 1..${SDP_MAX_REQUESTS} [V2G2-161]` });
  }
  if (problems.length) throw new ConfigError(problems, 'SDP client options');
}

/** Find the SECC: resolves with its endpoint, rejects with SdpTimeoutError / SdpAbortedError or a socket error. */
export async function discoverSecc(opts: SdpClientOptions): Promise<SdpResult> {
  validate(opts);
  const { clock, iface } = opts;
  const log = childLog(opts.log ?? silentLogger(), 'sdp', { role: 'client', iface });
  const interval = opts.retryIntervalMs ?? SDP_RETRY_INTERVAL_MS;
  const max = opts.maxRequests ?? SDP_MAX_REQUESTS;
  const asked = opts.security ?? SdpSecurity.NONE;
  const destination = opts.destination ?? `${SDP_MULTICAST_ADDRESS}%${iface}`;
  const serverPort = opts.serverPort ?? SDP_SERVER_PORT;
  if (opts.signal?.aborted) throw new SdpAbortedError(String(opts.signal.reason ?? 'aborted'));

  const socket = opts.socket ?? (await openUdp6({ port: 0, multicastInterface: iface }));
  const ownSocket = !opts.socket;
  const request = encodeSdpRequestDatagram({ security: asked, transport: SdpTransport.TCP });

  return new Promise<SdpResult>((resolve, reject) => {
    let sent = 0;
    let start = 0;
    let timer: unknown;
    let done = false;

    const finish = (err: Error | undefined, result?: SdpResult) => {
      if (done) return;
      done = true;
      if (timer !== undefined) clock.clearTimeout(timer);
      opts.signal?.removeEventListener('abort', onAbort);
      const close = ownSocket ? socket.close() : Promise.resolve();
      close.finally(() => (err ? reject(err) : resolve(result as SdpResult)));
    };
    const onAbort = () => finish(new SdpAbortedError(String(opts.signal?.reason ?? 'aborted')));
    opts.signal?.addEventListener('abort', onAbort, { once: true });

    socket.onError((err) => finish(err));
    socket.onMessage((buf, from) => {
      if (done) return;
      let msg: ReturnType<typeof decodeSdpDatagram>;
      try {
        msg = decodeSdpDatagram(buf);
      } catch (err) {
        if (!(err instanceof DecodeError)) throw err;
        log.warn({ from, err: err.message, hex: buf.subarray(0, 64).toString('hex') }, 'bad SDP datagram ignored');
        return;
      }
      if (msg.kind !== 'res') return;
      if (msg.security === SdpSecurity.TLS && asked !== SdpSecurity.TLS) {
        log.warn({ from }, 'SECC offers only TLS, which this EVCC did not ask for; ignored');
        return;
      }
      if (msg.transport !== SdpTransport.TCP) {
        log.warn({ from }, 'SECC offers UDP transport (reserved); ignored');
        return;
      }
      if (asked === SdpSecurity.TLS && msg.security !== SdpSecurity.TLS) {
        log.warn({ from }, 'asked for TLS, SECC answered without TLS: continuing on TCP');
      }
      const bytes = parseIpv6(msg.address);
      const address = isLinkLocal(bytes) ? withZone(msg.address, iface) : msg.address;
      const result: SdpResult = {
        address,
        port: msg.port,
        security: msg.security,
        transport: msg.transport,
        requests: sent,
        elapsedMs: clock.now() - start,
        from: from.address,
      };
      log.info(
        { secc: `[${address}]:${msg.port}`, security: sdpSecurityName(msg.security), requests: sent },
        'SECC discovered',
      );
      finish(undefined, result);
    });

    const sendNext = () => {
      if (done) return;
      if (sent >= max) {
        finish(new SdpTimeoutError(sent, clock.now() - start));
        return;
      }
      if (sent === 0) start = clock.now();
      sent++;
      log.debug({ to: destination, n: sent }, 'SDP request');
      // a failed send (e.g. ENETUNREACH while the link comes up) counts as a request without answer
      socket.send(request, serverPort, destination).catch((err: Error) => {
        log.warn({ err: err.message, n: sent }, 'SDP request not sent');
      });
      timer = clock.setTimeout(sendNext, interval);
    };
    sendNext();
  });
}
