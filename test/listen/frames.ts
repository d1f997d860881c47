/**
 * Test helper: builds Ethernet II frames carrying HomePlug MMEs, IPv6/UDP and IPv6/TCP. `ipv6()` fills in the UDP or
 * TCP checksum of what it carries (as a sending kernel would); `ipv6(..., { checksum: 'keep' })` leaves it as built.
 */

import { CHECKSUM_OFFSET, fillTransportChecksum6 } from '../../src/net/checksum.js';

export const EV_MAC = Buffer.from('0465650064c3', 'hex');
export const EVSE_MAC = Buffer.from('dc0ea1116708', 'hex');
export const BCAST = Buffer.from('ffffffffffff', 'hex');
export const MCAST_ALL_NODES = Buffer.from('333300000001', 'hex');
export const EV_IP = Buffer.from('fe800000000000000665650000ff64c3', 'hex');
export const EVSE_IP = Buffer.from('fe80000000000000c69083f3fbcb980e', 'hex');
export const ALL_NODES_IP = Buffer.from('ff020000000000000000000000000001', 'hex');

export function ethernet(dst: Buffer, src: Buffer, etherType: number, payload: Buffer): Buffer {
  const h = Buffer.alloc(14);
  dst.copy(h, 0);
  src.copy(h, 6);
  h.writeUInt16BE(etherType, 12);
  const f = Buffer.concat([h, payload]);
  return f.length < 60 ? Buffer.concat([f, Buffer.alloc(60 - f.length)]) : f;
}

/** A HomePlug MME (MMV 1, FMI 0) with `body` after the 5-byte header. */
export function mme(dst: Buffer, src: Buffer, mmtype: number, body: Buffer = Buffer.alloc(10)): Buffer {
  const h = Buffer.alloc(5);
  h[0] = 1;
  h.writeUInt16LE(mmtype, 1);
  return ethernet(dst, src, 0x88e1, Buffer.concat([h, body]));
}

export function ipv6(
  src: Buffer,
  dst: Buffer,
  nextHeader: number,
  payload: Buffer,
  ext?: Buffer,
  opts: { checksum?: 'fill' | 'keep' } = {},
): Buffer {
  const at = CHECKSUM_OFFSET[nextHeader];
  if (opts.checksum !== 'keep' && at !== undefined && payload.length >= at + 2) {
    payload = fillTransportChecksum6(src, dst, nextHeader, Buffer.from(payload));
  }
  const h = Buffer.alloc(40);
  h.writeUInt32BE(0x60000000, 0);
  const body = ext ? Buffer.concat([ext, payload]) : payload;
  h.writeUInt16BE(body.length, 4);
  h[6] = ext ? 0 : nextHeader; // hop-by-hop first when an extension is given
  h[7] = 64;
  src.copy(h, 8);
  dst.copy(h, 24);
  return Buffer.concat([h, body]);
}

export function udp(srcPort: number, dstPort: number, payload: Buffer): Buffer {
  const h = Buffer.alloc(8);
  h.writeUInt16BE(srcPort, 0);
  h.writeUInt16BE(dstPort, 2);
  h.writeUInt16BE(8 + payload.length, 4);
  return Buffer.concat([h, payload]);
}

export function tcp(
  srcPort: number,
  dstPort: number,
  seq: number,
  ack: number,
  flags: number,
  payload: Buffer,
): Buffer {
  const h = Buffer.alloc(20);
  h.writeUInt16BE(srcPort, 0);
  h.writeUInt16BE(dstPort, 2);
  h.writeUInt32BE(seq >>> 0, 4);
  h.writeUInt32BE(ack >>> 0, 8);
  h[12] = 5 << 4;
  h[13] = flags;
  h.writeUInt16BE(65535, 14);
  return Buffer.concat([h, payload]);
}

export function v2gtp(payloadType: number, payload: Buffer): Buffer {
  const h = Buffer.alloc(8);
  h[0] = 1;
  h[1] = 0xfe;
  h.writeUInt16BE(payloadType, 2);
  h.writeUInt32BE(payload.length, 4);
  return Buffer.concat([h, payload]);
}
