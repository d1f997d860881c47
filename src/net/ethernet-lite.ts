/**
 * Minimal Ethernet II header split for the listener (14 bytes, optional 802.1Q tag skipped).
 * Stop-gap until `src/link/ethernet.ts` (owned by the SLAC engineer) is on main; then this delegates to it.
 * Pure; throws DecodeError on frames shorter than a header.
 */

import { DecodeError } from '../core/errors.js';

export const ETHERTYPE_IPV4 = 0x0800;
export const ETHERTYPE_IPV6 = 0x86dd;
/** HomePlug AV / Green PHY MMEs (IEEE 1901, ISO 15118-3). */
export const ETHERTYPE_HOMEPLUG = 0x88e1;
/** Qualcomm/Atheros vendor MMEs use the same ethertype; 0x8912 is the older HomePlug 1.0 one. */
export const ETHERTYPE_HOMEPLUG_1_0 = 0x887b;
const ETHERTYPE_VLAN = 0x8100;

export interface EthernetHeader {
  dst: Buffer;
  src: Buffer;
  etherType: number;
  payload: Buffer;
}

export function splitEthernet(frame: Buffer): EthernetHeader {
  if (frame.length < 14) throw new DecodeError(`Ethernet frame of ${frame.length} bytes is shorter than its header`, 0);
  let etherType = frame.readUInt16BE(12);
  let off = 14;
  if (etherType === ETHERTYPE_VLAN) {
    if (frame.length < 18) throw new DecodeError('truncated 802.1Q tag', 14);
    etherType = frame.readUInt16BE(16);
    off = 18;
  }
  return { dst: frame.subarray(0, 6), src: frame.subarray(6, 12), etherType, payload: frame.subarray(off) };
}
