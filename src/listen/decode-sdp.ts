/**
 * SDP datagrams (UDP port 15118) -> `sdp` timeline events: request/response with security and transport, roles
 * learnt from who asks and who answers, the SECC endpoint announced (decode-tcp.ts uses it for roles), repeats
 * without response and responses later than 250 ms [V2G2-159]. An SDP request makes V2G unicast expected.
 * The UDP checksum is verified over the IPv6 pseudo-header: a datagram with a wrong one is flagged, and since the
 * receiver's kernel drops it, it is named as the reason when the request is repeated (pyPLC's car computes its
 * first request's checksum before it has set its own address).
 */

import { formatMac } from '../core/bytes.js';
import { hex16, verifyTransportChecksum6 } from '../net/checksum.js';
import { IPPROTO_UDP } from '../net/ipv6.js';
import { formatIpv6 } from '../sdp/ipv6.js';
import { decodeSdpDatagram, sdpSecurityName, sdpTransportName } from '../sdp/sdp.js';
import type { BroadcastWatch } from './broadcast-watch.js';
import type { Dissected } from './dissect.js';
import type { SdpEvent } from './events.js';
import { SDP_RESPONSE_WAIT_MS } from './limits.js';
import { directionOf, type Role } from './roles.js';
import { round3, type Timeline } from './timeline.js';

export class SdpDecoder {
  private sdpPendingUs: number | undefined;
  private sdpUnanswered = 0;
  /** Requests since the last response that carried a wrong UDP checksum (dropped by the SECC's kernel). */
  private sdpDropped = 0;

  constructor(
    private readonly t: Timeline,
    private readonly watch: BroadcastWatch,
  ) {}

  onDatagram(d: Extract<Dissected, { kind: 'udp6' }>, tsUs: number): void {
    const t = this.t;
    const srcIp = formatIpv6(d.ip.src);
    const srcMac = formatMac(d.eth.src);
    let msg: ReturnType<typeof decodeSdpDatagram>;
    try {
      msg = decodeSdpDatagram(d.udp.payload);
    } catch (err) {
      t.malformed(tsUs, 'sdp', err);
      return;
    }
    const role: Role = msg.kind === 'req' ? 'EV' : 'EVSE';
    t.roles.learnMac(srcMac, role);
    t.roles.learnIp(srcIp, role);
    const ev: SdpEvent = {
      type: 'sdp',
      t: t.rel(tsUs),
      frame: t.frameNo,
      sdp: msg.kind,
      name: msg.kind === 'req' ? 'SDP request' : 'SDP response',
      src: `[${srcIp}]:${d.udp.srcPort}`,
      dst: `[${formatIpv6(d.ip.dst)}]:${d.udp.dstPort}`,
      dir: directionOf(role),
      security: sdpSecurityName(msg.security),
      transport: sdpTransportName(msg.transport),
      flags: [],
    };
    const dropped = this.checksumWrong(d, ev.flags!);
    if (msg.kind === 'req') {
      t.counts.sdpReq++;
      this.watch.expectUnicast(tsUs);
      if (this.sdpPendingUs !== undefined) {
        this.sdpUnanswered++;
        const why =
          this.sdpDropped > 0
            ? `; ${this.sdpDropped === 1 ? 'a previous request had' : `${this.sdpDropped} previous requests had`} a wrong UDP checksum, dropped by the receiver`
            : '';
        ev.flags!.push(`SDP request repeated (${this.sdpUnanswered} without response${why})`);
      }
      if (dropped) this.sdpDropped++;
      this.sdpPendingUs = tsUs;
    } else if (dropped) {
      // the EV's kernel drops it: the request stays unanswered
      t.counts.sdpRes++;
      ev.address = msg.address;
      ev.port = msg.port;
    } else {
      t.counts.sdpRes++;
      ev.address = msg.address;
      ev.port = msg.port;
      t.seccEndpoint = `${msg.address}|${msg.port}`;
      t.roles.learnIp(msg.address, 'EVSE');
      if (this.sdpPendingUs !== undefined) {
        const ms = (tsUs - this.sdpPendingUs) / 1000;
        ev.latencyMs = round3(ms);
        if (ms > SDP_RESPONSE_WAIT_MS) ev.flags!.push(`SDP response after ${Math.round(ms)} ms (> 250 ms [V2G2-159])`);
      }
      this.sdpPendingUs = undefined;
      this.sdpUnanswered = 0;
      this.sdpDropped = 0;
    }
    t.emit(ev);
  }

  /** Flags a wrong UDP checksum (the receiver drops the datagram) and says whether it was wrong. */
  private checksumWrong(d: Extract<Dissected, { kind: 'udp6' }>, flags: string[]): boolean {
    const segment = d.ip.payload.subarray(0, d.udp.length);
    const c = verifyTransportChecksum6(d.ip.src, d.ip.dst, IPPROTO_UDP, segment, d.udp.truncated || d.ip.truncated);
    if (c.status !== 'bad') return false;
    flags.push(
      `UDP checksum wrong (${hex16(c.got)}, should be ${hex16(c.expected)}): the receiver's kernel drops this datagram`,
    );
    return true;
  }
}
