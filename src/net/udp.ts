/** UDP header decoder (RFC 768). Pure; payload cut to the Length field (trailing link padding dropped). */

import { DecodeError } from '../core/errors.js';
import { fillTransportChecksum6 } from './checksum.js';
import { IPPROTO_UDP } from './ipv6.js';

export interface UdpDatagram {
  srcPort: number;
  dstPort: number;
  length: number;
  checksum: number;
  payload: Buffer;
  truncated: boolean;
}

export function decodeUdp(buf: Buffer): UdpDatagram {
  if (buf.length < 8) throw new DecodeError(`UDP header needs 8 bytes, ${buf.length} present`, 0);
  const length = buf.readUInt16BE(4);
  if (length < 8) throw new DecodeError(`UDP length ${length} below its header size`, 4);
  return {
    srcPort: buf.readUInt16BE(0),
    dstPort: buf.readUInt16BE(2),
    length,
    checksum: buf.readUInt16BE(6),
    payload: buf.subarray(8, Math.min(length, buf.length)),
    truncated: length > buf.length,
  };
}

/** A UDP datagram over IPv6 with its checksum filled in [RFC 768, RFC 8200 §8.1]. */
export function encodeUdp6(
  src: Uint8Array,
  dst: Uint8Array,
  srcPort: number,
  dstPort: number,
  payload: Uint8Array,
): Buffer {
  const b = Buffer.alloc(8 + payload.length);
  b.writeUInt16BE(srcPort, 0);
  b.writeUInt16BE(dstPort, 2);
  b.writeUInt16BE(b.length, 4);
  b.set(payload, 8);
  return fillTransportChecksum6(src, dst, IPPROTO_UDP, b);
}
