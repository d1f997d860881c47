/**
 * Checksum offload in live captures: Linux hands a packet capture the frames it sends (and, on a veth pair, the
 * frames its peer sent) before the network card computes the UDP/TCP checksum, so the field holds only the
 * pseudo-header sum (net/checksum.ts status `offload`). `completeOffloadedChecksum` writes the checksum the card
 * puts on the wire, so a recorded file opens in Wireshark without false "checksum incorrect" marks. Any other
 * checksum, right or wrong, is kept as captured. Pure.
 */

import { decodeEthernet, ETHERTYPE } from '../link/ethernet.js';
import { CHECKSUM_OFFSET, fillTransportChecksum6, verifyTransportChecksum6 } from '../net/checksum.js';
import { decodeIpv6 } from '../net/ipv6.js';

/** The frame with an offloaded UDP/TCP checksum completed (a copy), or the same frame when there is none. */
export function completeOffloadedChecksum(frame: Buffer): Buffer {
  try {
    const eth = decodeEthernet(frame);
    if (eth.etherType !== ETHERTYPE.IPV6) return frame;
    const ip = decodeIpv6(eth.payload);
    if (ip.fragment || ip.truncated || CHECKSUM_OFFSET[ip.nextHeader] === undefined) return frame;
    if (verifyTransportChecksum6(ip.src, ip.dst, ip.nextHeader, ip.payload).status !== 'offload') return frame;
    // the decoders return copies: locate the segment from the header sizes (IPv6 payload = its end - its length)
    const ipEnd = eth.payloadOffset + 40 + (eth.payload.readUInt16BE(4) || eth.payload.length - 40);
    const ipPayloadOffset = Math.min(ipEnd, frame.length) - ip.payload.length;
    const out = Buffer.from(frame);
    const segment = out.subarray(ipPayloadOffset, ipPayloadOffset + ip.payload.length);
    fillTransportChecksum6(ip.src, ip.dst, ip.nextHeader, segment);
    return out;
  } catch {
    // not a frame we can read: recorded as it is
    return frame;
  }
}
