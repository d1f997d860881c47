/**
 * CM_ATTEN_PROFILE.IND (HomePlug GP; standards.md 2.1.3): the EVSE's own modem -> its host, one per received
 * M-sound, carrying the attenuation per carrier group. AR7420 (TP-Link) sends it with NumGroups = 0
 * (field: 2023-04-16_at_home_Ioniq_in_currentDemandLoop.pcapng), QCA7420/7000 with 58 groups
 * (field: 2026-02-03_pyPLC_FoccciCape_with_Ioniq_runs_10_minutes.pcap).
 */

import { DecodeError } from '../../core/errors.js';
import { byte, fixed, type PayloadCodec } from './codec.js';

export interface CmAttenProfileInd {
  type: 'CM_ATTEN_PROFILE.IND';
  /** The sounding EV's host MAC. */
  pevMac: Buffer;
  /** Average attenuation per group in dB (empty when the modem does not report it). */
  aag: number[];
}

export const cmAttenProfileInd: PayloadCodec<CmAttenProfileInd> = {
  encode(w, m) {
    fixed(w, m.pevMac, 6, 'pevMac');
    byte(w, m.aag.length, 'aag.length');
    w.u8(0); // RSVD
    for (const [i, a] of m.aag.entries()) byte(w, a, `aag[${i}]`);
  },
  decode(r) {
    const pevMac = r.bytes(6, 'PEV_MAC');
    const n = r.u8('NumGroups');
    r.skip(1, 'RSVD');
    if (n > r.remaining) throw new DecodeError(`NumGroups ${n} exceeds the frame (${r.remaining} bytes left)`, 25);
    return { type: 'CM_ATTEN_PROFILE.IND', pevMac, aag: [...r.bytes(n, 'AAG')] };
  },
};
