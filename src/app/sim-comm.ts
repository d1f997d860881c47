/**
 * The simulated IP side of `piccs sim`: SDP and the V2G connection between the two roles, in memory.
 * SDP requests and responses are real SDP datagrams (encoded, decoded, retried every
 * SDP retry interval like the real client); the V2G connection carries every document through the
 * project's EXI codec, so the sim exercises the codec on every message. Faults: `cut()` silences the
 * link both ways (modem gone: nothing crosses, not even a close), `freezeEvcc()` silences the car's end only
 * (its controller hangs), `drop()` closes the connection (TCP reset). With `--pcap`, every datagram and message
 * that crosses, every open, close and reset goes to the IP tap (sim-pcap.ts), which writes them as frames.
 */

import type { ManualClock } from '../core/clock.js';
import { decodeExi, encodeExi } from '../exi/index.js';
import {
  decodeSdpDatagram,
  encodeSdpRequestDatagram,
  encodeSdpResponseDatagram,
  SdpSecurity,
  SdpTransport,
} from '../sdp/sdp.js';
import { createMemoryPortPair, type PortEvent, type V2gMessagePort } from '../v2g/index.js';
import type { SimIpTap } from './sim-pcap.js';

/** [V2G2-159]: the EVCC waits at least 250 ms for an SDP response before repeating. */
const SDP_RETRY_INTERVAL_MS = 250;
/** [V2G2-161]: at most 50 consecutive SDP requests. */
const SDP_MAX_REQUESTS = 50;
/** One-way latency of the simulated powerline IP link. */
export const LINK_LATENCY_MS = 2;

export const SIM_SECC_ADDRESS = 'fe80::ff:fe00:e01';
export const SIM_SECC_PORT = 50_000;
/** The simulated EV's link-local address (EUI-64 of its MAC 02:00:00:00:0a:01). */
export const SIM_EV_ADDRESS = 'fe80::ff:fe00:a01';

/**
 * A port wrapper that can be cut (nothing sent or delivered, a close does not reach the other end: a dead link
 * or a hung peer) and measures the SECC's response time.
 */
class SimPort implements V2gMessagePort {
  cutOff = false;
  private inFlight = false;
  private t0 = 0;
  constructor(
    private readonly inner: V2gMessagePort,
    private readonly onResponse?: (ms: number) => void,
    private readonly decodeStart?: () => number,
    /** Told when this end closes the connection (the pcap tap's FIN). */
    private readonly onClose?: () => void,
  ) {}
  send(doc: Record<string, unknown>, schema: Parameters<V2gMessagePort['send']>[1]): void {
    if (this.cutOff) return;
    this.inner.send(doc, schema);
    if (this.inFlight && this.onResponse) {
      this.onResponse(performance.now() - this.t0);
      this.inFlight = false;
    }
  }
  expect(schema: Parameters<V2gMessagePort['expect']>[0]): void {
    this.inner.expect(schema);
  }
  subscribe(listener: (e: PortEvent) => void): () => void {
    return this.inner.subscribe((e) => {
      if (this.cutOff) return;
      if (e.type !== 'message') return listener(e);
      this.inFlight = true;
      this.t0 = this.decodeStart?.() ?? performance.now();
      try {
        listener(e);
      } finally {
        this.inFlight = false;
      }
    });
  }
  close(): void {
    if (this.cutOff) return;
    this.onClose?.();
    this.inner.close();
  }
}

export interface SimCommHooks {
  /** Real-time ms from request bytes in to response bytes out at the SECC. */
  onSeccResponse?: (ms: number) => void;
  onSdpRequest?: () => void;
  onSdpResponse?: () => void;
  /** Sees the IP side as it crosses (`--pcap`). */
  ipTap?: SimIpTap;
}

export class SimComm {
  private listener?: (port: V2gMessagePort, peer: string) => void;
  private ports: SimPort[] = [];
  private evccPorts: SimPort[] = [];
  /** The IP tap's ids of the connections since the last heal (a drop resets them). */
  private tapIds: number[] = [];
  private lastDecodeStart = 0;
  /** When true, SDP requests get no answer and nothing crosses (modem silent). */
  silent = false;

  constructor(
    private readonly clock: ManualClock,
    private readonly hooks: SimCommHooks = {},
  ) {}

  /** EVSE side: answer SDP and accept one connection; returns a stop function. */
  listen(onConnection: (port: V2gMessagePort, peer: string) => void): () => void {
    this.listener = onConnection;
    return () => {
      if (this.listener === onConnection) this.listener = undefined;
    };
  }

  /** PEV side: SDP with retries, then connect. Calls back once with the port or an error text. */
  connect(done: (r: { port: V2gMessagePort; peer: string } | { error: string }) => void): () => void {
    let requests = 0;
    let timer: unknown;
    let stopped = false;
    const attempt = (): void => {
      if (stopped) return;
      if (requests >= SDP_MAX_REQUESTS) {
        done({ error: `no SDP response after ${SDP_MAX_REQUESTS} requests` });
        return;
      }
      requests++;
      this.hooks.onSdpRequest?.();
      const req = encodeSdpRequestDatagram({ security: SdpSecurity.NONE, transport: SdpTransport.TCP });
      this.hooks.ipTap?.sdp(true, req);
      this.clock.setTimeout(() => {
        // the EVSE side: decode the request, answer if listening
        if (stopped || this.silent || !this.listener) return;
        const m = decodeSdpDatagram(req);
        if (m.kind !== 'req') return;
        const res = encodeSdpResponseDatagram({
          address: SIM_SECC_ADDRESS,
          port: SIM_SECC_PORT,
          security: SdpSecurity.NONE,
          transport: SdpTransport.TCP,
        });
        this.hooks.ipTap?.sdp(false, res);
        this.clock.setTimeout(() => {
          if (stopped || this.silent) return;
          const r = decodeSdpDatagram(res);
          if (r.kind !== 'res') return;
          this.clock.clearTimeout(timer);
          this.hooks.onSdpResponse?.();
          stopped = true;
          this.open(done);
        }, LINK_LATENCY_MS);
      }, LINK_LATENCY_MS);
      timer = this.clock.setTimeout(attempt, SDP_RETRY_INTERVAL_MS);
    };
    attempt();
    return () => {
      stopped = true;
      this.clock.clearTimeout(timer);
    };
  }

  private open(done: (r: { port: V2gMessagePort; peer: string }) => void): void {
    const accept = this.listener;
    if (!accept) return;
    const tap = this.hooks.ipTap;
    const id = tap?.tcpOpen();
    if (id !== undefined) this.tapIds.push(id);
    const { a, b } = createMemoryPortPair({
      clock: this.clock,
      latencyMs: LINK_LATENCY_MS,
      // a is the EVCC's end
      ...(tap && id !== undefined ? { onBytes: (dir, bytes) => tap.tcpMessage(id, dir === 'a->b', bytes) } : {}),
      codec: {
        encode: (doc, schema) => encodeExi(doc, schema),
        decode: (bytes, schema) => {
          this.lastDecodeStart = performance.now();
          return decodeExi(bytes, schema);
        },
      },
    });
    const closed = (fromEv: boolean) => (tap && id !== undefined ? () => tap.tcpClose(id, fromEv) : undefined);
    const evcc = new SimPort(a, undefined, undefined, closed(true));
    const secc = new SimPort(b, this.hooks.onSeccResponse, () => this.lastDecodeStart, closed(false));
    this.ports.push(evcc, secc);
    this.evccPorts.push(evcc);
    accept(secc, `${SIM_EV_ADDRESS}%sim`);
    done({ port: evcc, peer: `${SIM_SECC_ADDRESS}%sim` });
  }

  /** Fault: the link goes silent both ways (nothing delivered, no close). */
  cut(): void {
    this.silent = true;
    for (const p of this.ports) p.cutOff = true;
  }

  /** Fault: the car's controller hangs: it sends nothing more and never closes its connection. */
  freezeEvcc(): void {
    for (const p of this.evccPorts) p.cutOff = true;
  }

  /** Clear the faults for the next plug-in (new connections start clean). */
  heal(): void {
    this.silent = false;
    this.ports = [];
    this.evccPorts = [];
    this.tapIds = [];
  }

  /** Fault: the TCP connection is reset. */
  drop(): void {
    // the charger's end resets the connection
    for (const id of this.tapIds) this.hooks.ipTap?.tcpReset(id, false);
    for (const p of this.ports) p.close();
  }
}
