/**
 * Classifies one captured Ethernet frame into the layers the listener cares about: HomePlug MME, IPv6 UDP/TCP,
 * ICMPv6, IPv4 (only to label and skip, e.g. pyPLC's UDP syslog broadcasts) or other.
 * Pure: no state, no protocol semantics above the transport headers. Throws DecodeError on a damaged header;
 * the caller turns that into a flagged "malformed" line and goes on.
 */

import { DecodeError } from '../core/errors.js';
import { decodeEthernet, ETHERTYPE } from '../link/ethernet.js';
import { decodeIpv4, type Ipv4Packet } from '../net/ipv4.js';
import { decodeIpv6, IPPROTO_ICMPV6, IPPROTO_TCP, IPPROTO_UDP, type Ipv6Packet } from '../net/ipv6.js';
import { decodeTcp, type TcpSegment } from '../net/tcp.js';
import { decodeUdp, type UdpDatagram } from '../net/udp.js';

export interface EthernetView {
  dst: Buffer;
  src: Buffer;
  etherType: number;
}

/** HomePlug MME envelope fields the listener reads itself (MMV, MMTYPE); the body is left to slac/. */
export interface HomePlugView {
  mmv: number;
  mmtype: number;
  /** The MME from the MMV byte on (what slac/'s envelope codec decodes). */
  mme: Buffer;
}

export type Dissected =
  | { kind: 'homeplug'; eth: EthernetView; hp: HomePlugView }
  | { kind: 'udp6'; eth: EthernetView; ip: Ipv6Packet; udp: UdpDatagram }
  | { kind: 'tcp6'; eth: EthernetView; ip: Ipv6Packet; tcp: TcpSegment }
  | { kind: 'icmp6'; eth: EthernetView; ip: Ipv6Packet; icmpType: number }
  | { kind: 'ip6-other'; eth: EthernetView; ip: Ipv6Packet }
  | { kind: 'udp4'; eth: EthernetView; ip: Ipv4Packet; udp: UdpDatagram }
  | { kind: 'ip4-other'; eth: EthernetView; ip: Ipv4Packet }
  | { kind: 'other'; eth: EthernetView };

export function dissect(frame: Buffer): Dissected {
  const e = decodeEthernet(frame);
  const eth: EthernetView = { dst: e.dst, src: e.src, etherType: e.etherType };
  switch (e.etherType) {
    case ETHERTYPE.HOMEPLUG_AV: {
      // MMV (1) + MMTYPE (2, little-endian) [ISO 15118-3 / HomePlug AV MME header].
      if (e.payload.length < 3)
        throw new DecodeError('HomePlug MME shorter than its MMV/MMTYPE header', e.payloadOffset);
      return {
        kind: 'homeplug',
        eth,
        hp: { mmv: e.payload[0]!, mmtype: e.payload.readUInt16LE(1), mme: e.payload },
      };
    }
    case ETHERTYPE.IPV6: {
      const ip = decodeIpv6(e.payload);
      // A non-first fragment has no upper-layer header to read.
      if (ip.fragment && ip.fragment.offset !== 0) return { kind: 'ip6-other', eth, ip };
      if (ip.nextHeader === IPPROTO_TCP) return { kind: 'tcp6', eth, ip, tcp: decodeTcp(ip.payload) };
      if (ip.nextHeader === IPPROTO_UDP) return { kind: 'udp6', eth, ip, udp: decodeUdp(ip.payload) };
      if (ip.nextHeader === IPPROTO_ICMPV6 && ip.payload.length >= 1) {
        return { kind: 'icmp6', eth, ip, icmpType: ip.payload[0]! };
      }
      return { kind: 'ip6-other', eth, ip };
    }
    case ETHERTYPE.IPV4: {
      const ip = decodeIpv4(e.payload);
      if (ip.protocol === IPPROTO_UDP && ip.fragmentOffset === 0) {
        return { kind: 'udp4', eth, ip, udp: decodeUdp(ip.payload) };
      }
      return { kind: 'ip4-other', eth, ip };
    }
    default:
      return { kind: 'other', eth };
  }
}
