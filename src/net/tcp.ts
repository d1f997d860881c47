/** TCP header decoder (RFC 9293): ports, sequence numbers, flags, window, options skipped. Pure. */

import { DecodeError } from '../core/errors.js';

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
