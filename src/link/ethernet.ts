/**
 * Ethernet II header codec (pure): destination, source, optional 802.1Q tag, EtherType.
 * Knows EtherType numbers, nothing about what rides inside.
 */

import { ByteReader, ByteWriter } from '../core/cursor.js';
import { DecodeError, EncodeError } from '../core/errors.js';

/** IEEE 802.3: frames shorter than 60 bytes (without FCS) are zero padded on the wire. */
export const ETH_MIN_FRAME_LENGTH = 60;
export const ETH_HEADER_LENGTH = 14;

export const ETHERTYPE = {
  IPV4: 0x0800,
  ARP: 0x0806,
  VLAN: 0x8100,
  IPV6: 0x86dd,
  /** HomePlug AV / Green PHY management messages (IEEE 1901), the SLAC carrier. */
  HOMEPLUG_AV: 0x88e1,
} as const;

export interface EthernetFrame {
  dst: Buffer;
  src: Buffer;
  etherType: number;
  /** 802.1Q VLAN id when the frame carried a tag (listen mode on a mirror port). */
  vlanId?: number;
  /** Offset of the payload inside the original frame (14, or 18 when tagged). */
  payloadOffset: number;
  payload: Buffer;
}

export function decodeEthernet(frame: Uint8Array): EthernetFrame {
  const r = new ByteReader(frame);
  const dst = r.bytes(6, 'destination MAC');
  const src = r.bytes(6, 'source MAC');
  let etherType = r.u16be('EtherType');
  let vlanId: number | undefined;
  if (etherType === ETHERTYPE.VLAN) {
    vlanId = r.u16be('802.1Q TCI') & 0x0fff;
    etherType = r.u16be('EtherType');
  }
  if (etherType < 0x0600) throw new DecodeError(`IEEE 802.3 length field ${etherType}, not an Ethernet II frame`, 12);
  const payloadOffset = r.pos;
  return { dst, src, etherType, vlanId, payloadOffset, payload: r.rest() };
}

export interface EthernetHeader {
  dst: Uint8Array;
  src: Uint8Array;
  etherType: number;
}

/** Header + payload, zero padded to the 60-byte minimum. */
export function encodeEthernet(h: EthernetHeader, payload: Uint8Array): Buffer {
  if (h.dst.length !== 6) throw new EncodeError('must be 6 bytes', 'dst');
  if (h.src.length !== 6) throw new EncodeError('must be 6 bytes', 'src');
  const w = new ByteWriter(ETH_HEADER_LENGTH + payload.length);
  w.bytes(h.dst).bytes(h.src).u16be(h.etherType).bytes(payload);
  return w.finish(ETH_MIN_FRAME_LENGTH);
}

/** Cheap peek used by filters: EtherType of an untagged or tagged frame, or undefined when too short. */
export function peekEtherType(frame: Uint8Array): number | undefined {
  if (frame.length < 14) return undefined;
  const t = ((frame[12] as number) << 8) | (frame[13] as number);
  if (t !== ETHERTYPE.VLAN) return t;
  if (frame.length < 18) return undefined;
  return ((frame[16] as number) << 8) | (frame[17] as number);
}
