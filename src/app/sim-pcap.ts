/**
 * `piccs sim --pcap FILE`: the IP half of the recording. The powerline hub records the SLAC and modem frames
 * itself (link/sim-hub-taps.ts); this tap gets the in-memory SDP datagrams and V2G messages from sim-comm.ts and
 * writes them as the Ethernet/IPv6/UDP and TCP frames the two hosts would have exchanged (capture/ip-frames.ts):
 * SDP request to ff02::1 and unicast response, per V2G connection the handshake, one V2GTP message per send with
 * the receiver's acknowledgement when it arrives, the FIN exchange or a reset. Timestamps: the wall-clock start of
 * the run plus the simulated time, the same origin as the hub's frames, so the file reads as one session.
 */

import { type Station, TcpFlowFrames, udp6Frame } from '../capture/ip-frames.js';
import type { PcapOutFrame } from '../capture/pcap-writer.js';
import { parseMac } from '../core/bytes.js';
import type { Clock } from '../core/clock.js';
import { parseIpv6 } from '../sdp/ipv6.js';
import { SDP_SERVER_PORT } from '../sdp/sdp.js';
import { encodeMessage, PayloadType } from '../v2gtp/header.js';

/** IPv6 all-nodes multicast group, where the EVCC sends its SDP request [V2G2-139 / DIN [V2G-DC-176]]. */
const ALL_NODES = parseIpv6('ff02::1');
/** First client port of the simulated EV's TCP connections (in Linux's ephemeral range, net.ipv4.ip_local_port_range). */
const EV_TCP_PORT_BASE = 49_152;
/** UDP source port of the simulated EV's SDP requests. */
const EV_SDP_PORT = 49_151;
/** Fixed initial sequence numbers: a regenerated capture comes out the same (real stacks pick random ones). */
const ISN = { client: 0x1000_0000, server: 0x2000_0000 } as const;

export interface SimHosts {
  ev: Station;
  evse: Station & { tcpPort: number };
}

/** What sim-comm.ts reports about the IP side (all at the simulated time it happens). */
export interface SimIpTap {
  sdp(fromEv: boolean, datagram: Uint8Array): void;
  /** A V2G connection opened; returns its id for the calls below. */
  tcpOpen(): number;
  /** One EXI message (without the V2GTP header) sent on connection `id`. */
  tcpMessage(id: number, fromEv: boolean, exi: Uint8Array): void;
  /** One side closed the connection (the first close starts the FIN exchange; later ones are ignored). */
  tcpClose(id: number, fromEv: boolean): void;
  /** The connection was aborted (tcp-drop fault): a reset from `fromEv`'s side. */
  tcpReset(id: number, fromEv: boolean): void;
}

export function simHosts(evMac: string, evIp: string, evseMac: string, evseIp: string, tcpPort: number): SimHosts {
  return {
    ev: { mac: parseMac(evMac), ip: parseIpv6(evIp) },
    evse: { mac: parseMac(evseMac), ip: parseIpv6(evseIp), tcpPort },
  };
}

export class SimPcapIpTap implements SimIpTap {
  private readonly flows: TcpFlowFrames[] = [];

  constructor(
    private readonly clock: Clock,
    private readonly writer: { append(frame: PcapOutFrame): void },
    private readonly epochUs: number,
    private readonly hosts: SimHosts,
    /** One-way latency of the simulated link: when the receiver's ACK goes out. */
    private readonly latencyMs: number,
  ) {}

  sdp(fromEv: boolean, datagram: Uint8Array): void {
    const { ev, evse } = this.hosts;
    const evEp = { ...ev, port: EV_SDP_PORT };
    const evseEp = { ...evse, port: SDP_SERVER_PORT };
    this.write(
      fromEv ? udp6Frame(evEp, { ip: ALL_NODES, port: SDP_SERVER_PORT }, datagram) : udp6Frame(evseEp, evEp, datagram),
    );
  }

  tcpOpen(): number {
    const { ev, evse } = this.hosts;
    const id = this.flows.length;
    const flow = new TcpFlowFrames(
      { ...ev, port: EV_TCP_PORT_BASE + id },
      { ...evse, port: evse.tcpPort },
      { client: ISN.client + id * 0x100_0000, server: ISN.server + id * 0x100_0000 },
    );
    this.flows.push(flow);
    for (const f of flow.handshake()) this.write(f);
    return id;
  }

  tcpMessage(id: number, fromEv: boolean, exi: Uint8Array): void {
    const flow = this.flows[id];
    if (!flow || flow.ended || flow.finSent(fromEv)) return;
    for (const f of flow.data(fromEv, encodeMessage(PayloadType.EXI, exi))) this.write(f);
    // the receiver acknowledges when the data arrives, unless its own data has carried the ACK by then
    this.later(() => {
      if (flow.owesAck(!fromEv)) this.write(flow.ack(!fromEv));
    });
  }

  tcpClose(id: number, fromEv: boolean): void {
    const flow = this.flows[id];
    if (!flow || flow.ended || flow.finSent(fromEv) || flow.finSent(!fromEv)) return;
    this.write(flow.fin(fromEv));
    // the peer's stack answers the FIN with its own when its side closes (at once here), then the last ACK
    this.later(() => {
      if (flow.ended) return;
      this.write(flow.fin(!fromEv));
      this.later(() => {
        if (flow.ended) return;
        this.write(flow.ack(fromEv));
        flow.ended = true;
      });
    });
  }

  tcpReset(id: number, fromEv: boolean): void {
    const flow = this.flows[id];
    if (!flow || flow.ended) return;
    this.write(flow.reset(fromEv));
  }

  private later(fn: () => void): void {
    this.clock.setTimeout(fn, this.latencyMs);
  }

  private write(data: Buffer): void {
    this.writer.append({ tsUs: this.epochUs + Math.round(this.clock.now() * 1000), data });
  }
}
