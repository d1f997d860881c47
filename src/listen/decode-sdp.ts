/**
 * SDP datagrams (UDP port 15118) -> `sdp` timeline events: request/response with security and transport, roles
 * learnt from who asks and who answers, the SECC endpoint announced (decode-tcp.ts uses it for roles), repeats
 * without response and responses later than 250 ms [V2G2-159]. An SDP request makes V2G unicast expected.
 */

import { formatMac } from '../core/bytes.js';
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
    if (msg.kind === 'req') {
      t.counts.sdpReq++;
      this.watch.expectUnicast(tsUs);
      if (this.sdpPendingUs !== undefined) {
        this.sdpUnanswered++;
        ev.flags!.push(`SDP request repeated (${this.sdpUnanswered} without response)`);
      }
      this.sdpPendingUs = tsUs;
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
    }
    t.emit(ev);
  }
}
