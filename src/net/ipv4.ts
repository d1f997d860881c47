/**
 * IPv4 header decoder (RFC 791), just enough to label and skip traffic that is not V2G (pyPLC's UDP syslog
 * broadcasts, DHCP, mDNS). Pure; options skipped; payload cut to Total Length.
 */

import { DecodeError } from '../core/errors.js';

export interface Ipv4Packet {
  src: Buffer;
  dst: Buffer;
  protocol: number;
  ttl: number;
  /** Fragment offset in bytes and the More Fragments flag. */
  fragmentOffset: number;
  moreFragments: boolean;
  payload: Buffer;
  truncated: boolean;
}

export function decodeIpv4(buf: Buffer): Ipv4Packet {
  if (buf.length < 20) throw new DecodeError(`IPv4 header needs 20 bytes, ${buf.length} present`, 0);
  const vihl = buf[0]!;
  if (vihl >> 4 !== 4) throw new DecodeError(`IP version ${vihl >> 4} in an IPv4 frame`, 0);
  const ihl = (vihl & 0x0f) * 4;
  if (ihl < 20 || ihl > buf.length) throw new DecodeError(`bad IPv4 header length ${ihl}`, 0);
  const total = buf.readUInt16BE(2);
  if (total < ihl) throw new DecodeError(`IPv4 total length ${total} below header length ${ihl}`, 2);
  const flagsFrag = buf.readUInt16BE(6);
  return {
    src: buf.subarray(12, 16),
    dst: buf.subarray(16, 20),
    protocol: buf[9]!,
    ttl: buf[8]!,
    fragmentOffset: (flagsFrag & 0x1fff) * 8,
    moreFragments: (flagsFrag & 0x2000) !== 0,
    payload: buf.subarray(ihl, Math.min(total, buf.length)),
    truncated: total > buf.length,
  };
}

export function formatIpv4(addr: Uint8Array): string {
  return Array.from(addr.subarray(0, 4)).join('.');
}
