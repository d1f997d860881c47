/**
 * The Internet checksum (RFC 1071) over the IPv6 pseudo-header (RFC 8200 §8.1), as UDP (RFC 768) and TCP
 * (RFC 9293 §3.1) use it: compute one for a segment being built, verify one in a captured frame. Pure.
 *
 * A verified checksum is one of: `ok`; `bad` (the receiver's kernel drops the segment); `offload` (the field holds
 * only the pseudo-header sum: the frame was captured on the sending host before its network card filled the
 * checksum in, "checksum offload", so it says nothing about what crossed the wire); `unverifiable` (the capture
 * holds only part of the segment).
 */

import { IPPROTO_TCP, IPPROTO_UDP } from './ipv6.js';

/** Offset of the checksum field inside the transport header: UDP [RFC 768], TCP [RFC 9293 §3.1]. */
export const CHECKSUM_OFFSET: Readonly<Record<number, number>> = { [IPPROTO_UDP]: 6, [IPPROTO_TCP]: 16 };

export type ChecksumStatus = 'ok' | 'bad' | 'offload' | 'unverifiable';

export interface ChecksumCheck {
  status: ChecksumStatus;
  /** The checksum field as captured. */
  got: number;
  /** The checksum the segment should carry. */
  expected: number;
}

/** 32-bit running sum of 16-bit big-endian words (an odd last byte is padded with zero) [RFC 1071 §4.1]. */
function addWords(sum: number, b: Uint8Array): number {
  let s = sum;
  const n = b.length & ~1;
  for (let i = 0; i < n; i += 2) s += (b[i]! << 8) | b[i + 1]!;
  if (b.length & 1) s += b[b.length - 1]! << 8;
  // keep the running sum small: folding early does not change the one's-complement result
  return s > 0x3fffffff ? (s & 0xffff) + (s >>> 16) : s;
}

/** End-around carry down to 16 bits. */
function fold(sum: number): number {
  let s = sum;
  while (s > 0xffff) s = (s & 0xffff) + (s >>> 16);
  return s;
}

/** Sum of the IPv6 pseudo-header: source, destination, upper-layer length (32 bit), next header [RFC 8200 §8.1]. */
export function ipv6PseudoHeaderSum(src: Uint8Array, dst: Uint8Array, length: number, nextHeader: number): number {
  let s = addWords(0, src);
  s = addWords(s, dst);
  s += (length >>> 16) + (length & 0xffff) + nextHeader;
  return s;
}

/**
 * The checksum for `segment` (its checksum field is treated as zero). UDP sends a computed 0 as 0xffff, since 0
 * means "no checksum", which IPv6 forbids [RFC 8200 §8.1].
 */
export function transportChecksum6(src: Uint8Array, dst: Uint8Array, nextHeader: number, segment: Uint8Array): number {
  const at = CHECKSUM_OFFSET[nextHeader];
  if (at === undefined) throw new RangeError(`no checksum rule for next header ${nextHeader}`);
  let s = ipv6PseudoHeaderSum(src, dst, segment.length, nextHeader);
  s = addWords(s, segment.subarray(0, at));
  s = addWords(s, segment.subarray(at + 2));
  const c = ~fold(s) & 0xffff;
  return c === 0 && nextHeader === IPPROTO_UDP ? 0xffff : c;
}

/** Writes the right checksum into `segment` (a UDP or TCP header + payload) in place and returns it. */
export function fillTransportChecksum6<T extends Uint8Array>(
  src: Uint8Array,
  dst: Uint8Array,
  nextHeader: number,
  segment: T,
): T {
  const c = transportChecksum6(src, dst, nextHeader, segment);
  const at = CHECKSUM_OFFSET[nextHeader]!;
  segment[at] = c >> 8;
  segment[at + 1] = c & 0xff;
  return segment;
}

/** The value an offloading kernel leaves in the field: the folded pseudo-header sum, not complemented (Linux). */
function offloadValue(src: Uint8Array, dst: Uint8Array, nextHeader: number, length: number): number {
  return fold(ipv6PseudoHeaderSum(src, dst, length, nextHeader));
}

/** One's-complement equality: 0x0000 and 0xffff are both zero. */
const same = (a: number, b: number) => a === b || (a % 0xffff === 0 && b % 0xffff === 0);

/**
 * Verifies the UDP or TCP checksum of `segment` (from its header to the end of the IPv6 payload).
 * `truncated`: the capture cut the packet short, so the checksum cannot be checked.
 */
export function verifyTransportChecksum6(
  src: Uint8Array,
  dst: Uint8Array,
  nextHeader: number,
  segment: Uint8Array,
  truncated = false,
): ChecksumCheck {
  const at = CHECKSUM_OFFSET[nextHeader];
  if (at === undefined || segment.length < at + 2) return { status: 'unverifiable', got: 0, expected: 0 };
  const got = (segment[at]! << 8) | segment[at + 1]!;
  if (truncated) return { status: 'unverifiable', got, expected: got };
  const expected = transportChecksum6(src, dst, nextHeader, segment);
  // the sum over pseudo-header and segment, field included, is all ones when right [RFC 1071 §1]; UDP's 0 is
  // "no checksum", which IPv6 forbids [RFC 8200 §8.1]
  const total = fold(addWords(ipv6PseudoHeaderSum(src, dst, segment.length, nextHeader), segment));
  if (total === 0xffff && !(nextHeader === IPPROTO_UDP && got === 0)) return { status: 'ok', got, expected };
  if (got !== 0 && same(got, offloadValue(src, dst, nextHeader, segment.length))) {
    return { status: 'offload', got, expected };
  }
  return { status: 'bad', got, expected };
}

/** `0x1a2b` */
export const hex16 = (v: number) => `0x${v.toString(16).padStart(4, '0')}`;
