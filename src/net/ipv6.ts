/**
 * IPv6 header decoder (RFC 8200) with extension-header walk (address text: `formatIpv6` in sdp/ipv6.ts).
 * Pure. Ethernet pads short frames to 60 bytes, so the payload is cut to the header's Payload Length; a payload
 * shorter than announced (snap length, damaged frame) is returned as far as present with `truncated` set.
 */

import { DecodeError } from '../core/errors.js';

export const IPPROTO_HOPOPTS = 0;
export const IPPROTO_TCP = 6;
export const IPPROTO_UDP = 17;
export const IPPROTO_ROUTING = 43;
export const IPPROTO_FRAGMENT = 44;
export const IPPROTO_ESP = 50;
export const IPPROTO_AH = 51;
export const IPPROTO_ICMPV6 = 58;
export const IPPROTO_NONE = 59;
export const IPPROTO_DSTOPTS = 60;
export const IPPROTO_MOBILITY = 135;

/** Extension headers with the generic (next header, length in 8-octet units - 1) layout (RFC 8200 §4). */
const GENERIC_EXTENSIONS = new Set([IPPROTO_HOPOPTS, IPPROTO_ROUTING, IPPROTO_DSTOPTS, IPPROTO_MOBILITY]);

export interface Ipv6Fragment {
  offset: number;
  more: boolean;
  id: number;
}

export interface Ipv6Packet {
  src: Buffer;
  dst: Buffer;
  hopLimit: number;
  trafficClass: number;
  flowLabel: number;
  /** Upper-layer protocol after all extension headers. */
  nextHeader: number;
  /** Extension header types walked, in order. */
  extensions: number[];
  /** Present when a Fragment header was seen (the payload is then only a piece). */
  fragment?: Ipv6Fragment;
  payload: Buffer;
  truncated: boolean;
}

export function decodeIpv6(buf: Buffer): Ipv6Packet {
  if (buf.length < 40) throw new DecodeError(`IPv6 header needs 40 bytes, ${buf.length} present`, 0);
  const vtf = buf.readUInt32BE(0);
  if (vtf >>> 28 !== 6) throw new DecodeError(`IP version ${vtf >>> 28} in an IPv6 frame`, 0);
  const payloadLength = buf.readUInt16BE(4);
  let next = buf[6]!;
  const hopLimit = buf[7]!;
  // Payload Length 0 means a jumbogram (RFC 2675); take what the frame holds.
  const announcedEnd = payloadLength === 0 ? buf.length : 40 + payloadLength;
  const end = Math.min(announcedEnd, buf.length);
  const truncated = announcedEnd > buf.length;
  const extensions: number[] = [];
  let fragment: Ipv6Fragment | undefined;
  let off = 40;
  for (;;) {
    if (GENERIC_EXTENSIONS.has(next) || next === IPPROTO_AH) {
      if (off + 2 > end) throw new DecodeError('truncated IPv6 extension header', off);
      // AH counts its length in 4-octet units minus 2 (RFC 4302); the others in 8-octet units minus 1.
      const len = next === IPPROTO_AH ? (buf[off + 1]! + 2) * 4 : (buf[off + 1]! + 1) * 8;
      if (off + len > end) throw new DecodeError('IPv6 extension header runs past the packet', off);
      extensions.push(next);
      next = buf[off]!;
      off += len;
    } else if (next === IPPROTO_FRAGMENT) {
      if (off + 8 > end) throw new DecodeError('truncated IPv6 fragment header', off);
      extensions.push(next);
      const offMore = buf.readUInt16BE(off + 2);
      fragment = { offset: (offMore >> 3) * 8, more: (offMore & 1) === 1, id: buf.readUInt32BE(off + 4) };
      next = buf[off]!;
      off += 8;
      // Only the first fragment carries the upper-layer header; later ones are opaque.
      if (fragment.offset !== 0) break;
    } else {
      break;
    }
  }
  const packet: Ipv6Packet = {
    src: buf.subarray(8, 24),
    dst: buf.subarray(24, 40),
    hopLimit,
    trafficClass: (vtf >>> 20) & 0xff,
    flowLabel: vtf & 0xfffff,
    nextHeader: next,
    extensions,
    payload: buf.subarray(off, end),
    truncated,
  };
  if (fragment) packet.fragment = fragment;
  return packet;
}

/** IPv6 default hop limit for link-local traffic as Linux sends it (net.ipv6.conf.*.hop_limit). */
export const IPV6_DEFAULT_HOP_LIMIT = 64;

export interface Ipv6Header {
  src: Uint8Array;
  dst: Uint8Array;
  nextHeader: number;
  hopLimit?: number;
  trafficClass?: number;
  flowLabel?: number;
}

/** A 40-byte IPv6 header (no extension headers) followed by `payload` [RFC 8200 §3]. */
export function encodeIpv6(h: Ipv6Header, payload: Uint8Array): Buffer {
  if (h.src.length !== 16 || h.dst.length !== 16) throw new RangeError('IPv6 addresses are 16 bytes');
  if (payload.length > 0xffff) throw new RangeError(`IPv6 payload of ${payload.length} bytes needs a jumbogram`);
  const b = Buffer.alloc(40 + payload.length);
  b.writeUInt32BE(((6 << 28) | ((h.trafficClass ?? 0) << 20) | ((h.flowLabel ?? 0) & 0xfffff)) >>> 0, 0);
  b.writeUInt16BE(payload.length, 4);
  b[6] = h.nextHeader;
  b[7] = h.hopLimit ?? IPV6_DEFAULT_HOP_LIMIT;
  b.set(h.src, 8);
  b.set(h.dst, 24);
  b.set(payload, 40);
  return b;
}
