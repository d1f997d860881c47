/** UDP header decoder (RFC 768). Pure; payload cut to the Length field (trailing link padding dropped). */

import { DecodeError } from '../core/errors.js';

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
