/** TCP header decoder (RFC 9293): ports, sequence numbers, flags, window, options skipped. Pure. */

import { DecodeError } from '../core/errors.js';
import { fillTransportChecksum6 } from './checksum.js';
import { IPPROTO_TCP } from './ipv6.js';

export const TCP_FIN = 0x01;
export const TCP_SYN = 0x02;
export const TCP_RST = 0x04;
export const TCP_PSH = 0x08;
export const TCP_ACK = 0x10;
export const TCP_URG = 0x20;

const FLAG_NAMES: [number, string][] = [
  [TCP_SYN, 'SYN'],
  [TCP_FIN, 'FIN'],
  [TCP_RST, 'RST'],
  [TCP_PSH, 'PSH'],
  [TCP_ACK, 'ACK'],
  [TCP_URG, 'URG'],
];

export interface TcpSegment {
  srcPort: number;
  dstPort: number;
  /** Sequence and acknowledgement numbers as unsigned 32-bit values. */
  seq: number;
  ack: number;
  flags: number;
  window: number;
  headerLength: number;
  payload: Buffer;
}

export function decodeTcp(buf: Buffer): TcpSegment {
  if (buf.length < 20) throw new DecodeError(`TCP header needs 20 bytes, ${buf.length} present`, 0);
  const headerLength = (buf[12]! >> 4) * 4;
  if (headerLength < 20) throw new DecodeError(`TCP data offset ${headerLength} below 20`, 12);
  if (headerLength > buf.length) throw new DecodeError(`TCP header of ${headerLength} bytes runs past the segment`, 12);
  return {
    srcPort: buf.readUInt16BE(0),
    dstPort: buf.readUInt16BE(2),
    seq: buf.readUInt32BE(4),
    ack: buf.readUInt32BE(8),
    flags: buf[13]! & 0x3f,
    window: buf.readUInt16BE(14),
    headerLength,
    payload: buf.subarray(headerLength),
  };
}

/** "SYN,ACK" style text of the flags. */
export function tcpFlagsText(flags: number): string {
  return FLAG_NAMES.filter(([bit]) => flags & bit)
    .map(([, name]) => name)
    .join(',');
}

export interface TcpHeaderOut {
  srcPort: number;
  dstPort: number;
  seq: number;
  ack: number;
  flags: number;
  window: number;
  /** Options, already padded to a multiple of 4 bytes (e.g. MSS on a SYN). */
  options?: Uint8Array;
}

/** Maximum Segment Size option (kind 2, length 4) [RFC 9293 §3.2]. */
export function tcpMssOption(mss: number): Buffer {
  const o = Buffer.alloc(4);
  o[0] = 2;
  o[1] = 4;
  o.writeUInt16BE(mss, 2);
  return o;
}

/** A TCP segment over IPv6 with its checksum filled in [RFC 9293 §3.1, RFC 8200 §8.1]. */
export function encodeTcp6(src: Uint8Array, dst: Uint8Array, h: TcpHeaderOut, payload: Uint8Array): Buffer {
  const opts = h.options ?? new Uint8Array(0);
  if (opts.length % 4 !== 0 || opts.length > 40) throw new RangeError('TCP options must be padded to 4 bytes, <= 40');
  const hl = 20 + opts.length;
  const b = Buffer.alloc(hl + payload.length);
  b.writeUInt16BE(h.srcPort, 0);
  b.writeUInt16BE(h.dstPort, 2);
  b.writeUInt32BE(h.seq >>> 0, 4);
  b.writeUInt32BE(h.ack >>> 0, 8);
  b[12] = (hl / 4) << 4;
  b[13] = h.flags;
  b.writeUInt16BE(h.window, 14);
  b.set(opts, 20);
  b.set(payload, hl);
  return fillTransportChecksum6(src, dst, IPPROTO_TCP, b);
}
