/**
 * SDP server (EVSE / SECC side): answers SDP requests on UDP [::]:15118 with the SECC's TCP endpoint, unicast to the
 * requester's address and port [V2G2-139..141]. Only requests that arrive on the PLC interface (zone of the source
 * address) are answered. A car that asks for TLS still gets an answer with the TCP endpoint while TLS is not
 * supported (Tesla Model X, Kia EV3: pyPLC PR #42; EvseV2G does the same), and that fallback is logged.
 * Knows the SDP codec and a datagram socket; nothing about the TCP server behind the announced port.
 */

import { DecodeError } from '../core/errors.js';
import { childLog, type Log, silentLogger } from '../core/log.js';
import type { LimitedLevel, LogLimiter } from '../core/log-limit.js';
import { splitZone } from './ipv6.js';
import {
  decodeSdpDatagram,
  encodeSdpResponseDatagram,
  SDP_SERVER_PORT,
  type SdpRequest,
  type SdpResponse,
  SdpSecurity,
  SdpTransport,
  sdpSecurityName,
  sdpTransportName,
} from './sdp.js';
import { type DatagramPeer, type DatagramSocket, openUdp6 } from './udp.js';

export interface SdpEndpoint {
  /** SECC address to announce (link-local, a zone suffix is ignored) */
  address: string;
  /** SECC TCP port */
  port: number;
  /** whether the SECC also offers TLS on that port (not yet: always false) */
  tls?: boolean;
}

/** Why the answer differs from what the car asked for. */
export type SdpAnswerNote = 'tls-fallback' | 'udp-requested';

/** The answer to one request (pure): the endpoint, with the security the SECC really offers. */
export function answerSdpRequest(
  req: SdpRequest,
  endpoint: SdpEndpoint,
): { response: SdpResponse; notes: SdpAnswerNote[] } {
  const notes: SdpAnswerNote[] = [];
  let security: SdpResponse['security'] = SdpSecurity.NONE;
  if (req.security === SdpSecurity.TLS) {
    if (endpoint.tls) security = SdpSecurity.TLS;
    else notes.push('tls-fallback');
  }
  // UDP as V2G transport is reserved [ISO 15118-2 Table 13]; the only endpoint is TCP
  if (req.transport !== SdpTransport.TCP) notes.push('udp-requested');
  return {
    response: {
      address: splitZone(endpoint.address).address,
      port: endpoint.port,
      security,
      transport: SdpTransport.TCP,
    },
    notes,
  };
}

export interface SdpRequestEvent {
  from: DatagramPeer;
  request: SdpRequest;
}

export interface SdpServerEvent {
  from: DatagramPeer;
  request: SdpRequest;
  response: SdpResponse;
  notes: SdpAnswerNote[];
}

export interface SdpServerOptions {
  /** PLC interface: requests whose source zone names another interface are ignored. */
  iface?: string;
  endpoint: SdpEndpoint;
  /** UDP port to listen on (default 15118; 0 = ephemeral, for tests) */
  port?: number;
  /** local address to bind (default '::') */
  bindAddress?: string;
  log?: Log;
  /**
   * Called for each valid request on the PLC interface, before it is answered (timing hook: the caller stamps it
   * with its own clock; the server keeps no time).
   */
  onRequest?: (ev: SdpRequestEvent) => void;
  /** called after each answer was sent */
  onAnswer?: (ev: SdpServerEvent) => void;
  /** socket to use instead of opening one (tests) */
  socket?: DatagramSocket;
  /** Rate limit for the per-datagram lines (anyone on the powerline can send SDP); absent: every line is logged. */
  logLimiter?: LogLimiter;
}

export interface SdpServerStats {
  requests: number;
  answered: number;
  dropped: number;
  tlsFallbacks: number;
}

export class SdpServer {
  readonly stats: SdpServerStats = { requests: 0, answered: 0, dropped: 0, tlsFallbacks: 0 };
  private endpoint: SdpEndpoint;
  private readonly log: Log;

  private constructor(
    private readonly socket: DatagramSocket,
    private readonly opts: SdpServerOptions,
  ) {
    this.endpoint = opts.endpoint;
    this.log = childLog(opts.log ?? silentLogger(), 'sdp', { role: 'server', iface: opts.iface });
    socket.onMessage((buf, from) => {
      this.handle(buf, from).catch((err: Error) =>
        this.log.warn({ err: err.message, to: from }, 'SDP response not sent'),
      );
    });
    socket.onError((err) => this.log.error({ err: err.message }, 'SDP socket error'));
  }

  static async start(opts: SdpServerOptions): Promise<SdpServer> {
    const socket =
      opts.socket ??
      (await openUdp6({ port: opts.port ?? SDP_SERVER_PORT, address: opts.bindAddress ?? '::', reuseAddr: true }));
    const s = new SdpServer(socket, opts);
    s.log.info({ port: socket.localPort, announce: opts.endpoint }, 'SDP server listening');
    return s;
  }

  /** The UDP port requests are received on. */
  get port(): number {
    return this.socket.localPort;
  }

  /** Change the announced endpoint (e.g. after the TCP server moved to another port). */
  setEndpoint(endpoint: SdpEndpoint): void {
    this.endpoint = endpoint;
  }

  close(): Promise<void> {
    return this.socket.close();
  }

  /** A line per datagram: through the rate limit when there is one. */
  private limited(kind: string, level: LimitedLevel, fields: Record<string, unknown>, msg: string): void {
    if (this.opts.logLimiter) this.opts.logLimiter.line(this.log, kind, level, fields, msg);
    else this.log[level](fields, msg);
  }

  private async handle(buf: Buffer, from: DatagramPeer): Promise<void> {
    const zone = splitZone(from.address).zone;
    if (this.opts.iface && zone && zone !== this.opts.iface) {
      this.stats.dropped++;
      this.log.debug({ from }, 'SDP datagram from another interface ignored');
      return;
    }
    let msg: ReturnType<typeof decodeSdpDatagram>;
    try {
      msg = decodeSdpDatagram(buf);
    } catch (err) {
      if (!(err instanceof DecodeError)) throw err;
      this.stats.dropped++;
      this.limited(
        'bad SDP datagram',
        'warn',
        { from, err: err.message, hex: buf.subarray(0, 64).toString('hex') },
        'bad SDP datagram dropped',
      );
      return;
    }
    if (msg.kind !== 'req') {
      this.stats.dropped++;
      this.log.debug({ from }, 'SDP response received by the server, ignored');
      return;
    }
    this.stats.requests++;
    const { kind: _k, ...request } = msg;
    this.opts.onRequest?.({ from, request });
    const { response, notes } = answerSdpRequest(request, this.endpoint);
    if (notes.includes('tls-fallback')) {
      this.stats.tlsFallbacks++;
      this.limited(
        'SDP TLS fallback',
        'warn',
        { from },
        'car asked for TLS; TLS is not supported, answering with the TCP endpoint (the car may fall back to TCP)',
      );
    }
    if (notes.includes('udp-requested')) {
      this.limited(
        'SDP UDP request',
        'warn',
        { from, transport: sdpTransportName(request.transport) },
        'car asked for UDP; answering TCP',
      );
    }
    await this.socket.send(encodeSdpResponseDatagram(response), from.port, from.address);
    this.stats.answered++;
    this.limited(
      'SDP request',
      'info',
      {
        from,
        asked: sdpSecurityName(request.security),
        answered: `[${response.address}]:${response.port} ${sdpSecurityName(response.security)}`,
      },
      'SDP request answered',
    );
    this.opts.onAnswer?.({ from, request, response, notes });
  }
}
