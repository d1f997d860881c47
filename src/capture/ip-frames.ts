/**
 * Synthesizes the Ethernet/IPv6/UDP and Ethernet/IPv6/TCP frames of traffic that never was on a wire (the
 * in-memory SDP and V2G connection of `piccs sim`), so a capture shows them as a kernel would have sent them:
 * correct checksums, a three-way handshake, sequence and acknowledgement numbers that follow the data, MSS-sized
 * segments, the FIN exchange or a reset. Pure: frames out, no clock, no file.
 */

import { ETHERTYPE, encodeEthernet } from '../link/ethernet.js';
import { encodeIpv6, IPPROTO_TCP, IPPROTO_UDP } from '../net/ipv6.js';
import { encodeTcp6, TCP_ACK, TCP_FIN, TCP_PSH, TCP_RST, TCP_SYN, tcpMssOption } from '../net/tcp.js';
import { encodeUdp6 } from '../net/udp.js';

/** Ethernet MTU 1500 - IPv6 header 40 - TCP header 20 [RFC 9293 §3.7.1]. */
export const TCP_MSS_ETHERNET_IPV6 = 1440;
/** Receive window advertised in the synthesized segments (64 KiB - 1, no window scaling). */
const TCP_WINDOW = 0xffff;

export interface Station {
  mac: Uint8Array;
  ip: Uint8Array;
}

export interface UdpEndpoint extends Station {
  port: number;
}

/** The Ethernet multicast address for an IPv6 multicast group: 33:33 + its last 32 bits [RFC 2464 §7]. */
export function ipv6MulticastMac(ip: Uint8Array): Buffer {
  return Buffer.from([0x33, 0x33, ip[12]!, ip[13]!, ip[14]!, ip[15]!]);
}

/** One UDP datagram as an Ethernet frame; a multicast destination gets its 33:33 MAC. */
export function udp6Frame(src: UdpEndpoint, dst: Omit<UdpEndpoint, 'mac'> & { mac?: Uint8Array }, payload: Uint8Array) {
  const mac = dst.ip[0] === 0xff ? ipv6MulticastMac(dst.ip) : dst.mac;
  if (!mac) throw new RangeError('a unicast destination needs its MAC');
  const udp = encodeUdp6(src.ip, dst.ip, src.port, dst.port, payload);
  const ip = encodeIpv6({ src: src.ip, dst: dst.ip, nextHeader: IPPROTO_UDP }, udp);
  return encodeEthernet({ dst: mac, src: src.mac, etherType: ETHERTYPE.IPV6 }, ip);
}

interface Side extends UdpEndpoint {
  /** Next sequence number to send. */
  nxt: number;
  /** Last acknowledgement number sent. */
  acked: number;
  finSent: boolean;
}

/**
 * One TCP connection between a client and a server, frame by frame. The caller decides when each frame is
 * sent (the timestamps); this keeps the numbers right.
 */
export class TcpFlowFrames {
  private readonly c: Side;
  private readonly s: Side;
  ended = false;

  constructor(client: UdpEndpoint, server: UdpEndpoint, isn: { client: number; server: number }) {
    this.c = { ...client, nxt: isn.client >>> 0, acked: 0, finSent: false };
    this.s = { ...server, nxt: isn.server >>> 0, acked: 0, finSent: false };
  }

  /** SYN, SYN-ACK, ACK (each SYN carries the MSS option). */
  handshake(): Buffer[] {
    const mss = tcpMssOption(TCP_MSS_ETHERNET_IPV6);
    const syn = this.segment(true, TCP_SYN, Buffer.alloc(0), mss, 1);
    const synAck = this.segment(false, TCP_SYN | TCP_ACK, Buffer.alloc(0), mss, 1);
    return [syn, synAck, this.ack(true)];
  }

  /** `bytes` from one side, in MSS-sized segments (PSH on the last). */
  data(fromClient: boolean, bytes: Uint8Array): Buffer[] {
    const out: Buffer[] = [];
    for (let at = 0; at < bytes.length; at += TCP_MSS_ETHERNET_IPV6) {
      const piece = bytes.subarray(at, at + TCP_MSS_ETHERNET_IPV6);
      const last = at + TCP_MSS_ETHERNET_IPV6 >= bytes.length;
      out.push(this.segment(fromClient, TCP_ACK | (last ? TCP_PSH : 0), piece, undefined, piece.length));
    }
    return out;
  }

  /** Whether the side has data or a FIN from its peer it has not acknowledged yet. */
  owesAck(fromClient: boolean): boolean {
    const me = fromClient ? this.c : this.s;
    const peer = fromClient ? this.s : this.c;
    return !this.ended && me.acked !== peer.nxt;
  }

  /** A pure acknowledgement of everything received so far. */
  ack(fromClient: boolean): Buffer {
    return this.segment(fromClient, TCP_ACK, Buffer.alloc(0), undefined, 0);
  }

  /** FIN (with ACK): this side has nothing more to send. */
  fin(fromClient: boolean): Buffer {
    (fromClient ? this.c : this.s).finSent = true;
    return this.segment(fromClient, TCP_FIN | TCP_ACK, Buffer.alloc(0), undefined, 1);
  }

  finSent(fromClient: boolean): boolean {
    return (fromClient ? this.c : this.s).finSent;
  }

  /** RST (with ACK): the connection is aborted; nothing follows. */
  reset(fromClient: boolean): Buffer {
    const f = this.segment(fromClient, TCP_RST | TCP_ACK, Buffer.alloc(0), undefined, 0);
    this.ended = true;
    return f;
  }

  private segment(
    fromClient: boolean,
    flags: number,
    payload: Uint8Array,
    options: Uint8Array | undefined,
    consumes: number,
  ) {
    const me = fromClient ? this.c : this.s;
    const peer = fromClient ? this.s : this.c;
    const ack = flags & TCP_ACK ? peer.nxt : 0;
    const tcp = encodeTcp6(
      me.ip,
      peer.ip,
      {
        srcPort: me.port,
        dstPort: peer.port,
        seq: me.nxt,
        ack,
        flags,
        window: TCP_WINDOW,
        ...(options ? { options } : {}),
      },
      payload,
    );
    me.nxt = (me.nxt + consumes) >>> 0;
    if (flags & TCP_ACK) me.acked = ack;
    const ip = encodeIpv6({ src: me.ip, dst: peer.ip, nextHeader: IPPROTO_TCP }, tcp);
    return encodeEthernet({ dst: peer.mac, src: me.mac, etherType: ETHERTYPE.IPV6 }, ip);
  }
}
