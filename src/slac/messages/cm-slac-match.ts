/**
 * CM_SLAC_MATCH.REQ (EV -> EVSE) / .CNF (EVSE -> EV, carries NID + NMK) (ISO 15118-3 A.9.5; standards.md 2.1.3).
 * PEV_MAC must be the EV *host* MAC (EVerest#1812: a modem MAC there fails the match).
 */

import {
  NID_LENGTH,
  NMK_LENGTH,
  RUN_ID_LENGTH,
  SLAC_ID_LENGTH,
  SLAC_MATCH_CNF_MVF_LENGTH,
  SLAC_MATCH_REQ_MVF_LENGTH,
} from '../defs.js';
import { byte, fixed, type PayloadCodec } from './codec.js';

export interface CmSlacMatchReq {
  type: 'CM_SLAC_MATCH.REQ';
  applicationType: number;
  securityType: number;
  /** MVFLength; 0x3E when omitted on encode. */
  mvfLength?: number;
  pevId?: Buffer;
  pevMac: Buffer;
  evseId?: Buffer;
  evseMac: Buffer;
  runId: Buffer;
}

export interface CmSlacMatchCnf {
  type: 'CM_SLAC_MATCH.CNF';
  applicationType: number;
  securityType: number;
  /** MVFLength; 0x56 when omitted on encode. */
  mvfLength?: number;
  pevId?: Buffer;
  pevMac: Buffer;
  evseId?: Buffer;
  evseMac: Buffer;
  runId: Buffer;
  nid: Buffer;
  nmk: Buffer;
}

type MatchCommon = Omit<CmSlacMatchReq, 'type'>;

function encodeCommon(w: Parameters<PayloadCodec<CmSlacMatchReq>['encode']>[0], m: MatchCommon, mvf: number): void {
  byte(w, m.applicationType, 'applicationType');
  byte(w, m.securityType, 'securityType');
  w.u16le(m.mvfLength ?? mvf);
  fixed(w, m.pevId, SLAC_ID_LENGTH, 'pevId');
  fixed(w, m.pevMac, 6, 'pevMac');
  fixed(w, m.evseId, SLAC_ID_LENGTH, 'evseId');
  fixed(w, m.evseMac, 6, 'evseMac');
  fixed(w, m.runId, RUN_ID_LENGTH, 'runId');
  w.zeros(8); // RSVD: second half of the 16-byte RunID field
}

function decodeCommon(r: Parameters<PayloadCodec<CmSlacMatchReq>['decode']>[0]): MatchCommon {
  const applicationType = r.u8('APPLICATION_TYPE');
  const securityType = r.u8('SECURITY_TYPE');
  const mvfLength = r.u16le('MVFLength');
  const pevId = r.bytes(SLAC_ID_LENGTH, 'PEV_ID');
  const pevMac = r.bytes(6, 'PEV_MAC');
  const evseId = r.bytes(SLAC_ID_LENGTH, 'EVSE_ID');
  const evseMac = r.bytes(6, 'EVSE_MAC');
  const runId = r.bytes(RUN_ID_LENGTH, 'RunID');
  r.skip(8, 'RSVD');
  return { applicationType, securityType, mvfLength, pevId, pevMac, evseId, evseMac, runId };
}

export const cmSlacMatchReq: PayloadCodec<CmSlacMatchReq> = {
  encode(w, m) {
    encodeCommon(w, m, SLAC_MATCH_REQ_MVF_LENGTH);
  },
  decode(r) {
    return { type: 'CM_SLAC_MATCH.REQ', ...decodeCommon(r) };
  },
};

export const cmSlacMatchCnf: PayloadCodec<CmSlacMatchCnf> = {
  encode(w, m) {
    encodeCommon(w, m, SLAC_MATCH_CNF_MVF_LENGTH);
    fixed(w, m.nid, NID_LENGTH, 'nid');
    w.u8(0); // RSVD: NID is 7 bytes in an 8-byte field
    fixed(w, m.nmk, NMK_LENGTH, 'nmk');
  },
  decode(r) {
    const common = decodeCommon(r);
    const nid = r.bytes(NID_LENGTH, 'NID');
    r.skip(1, 'RSVD');
    const nmk = r.bytes(NMK_LENGTH, 'NMK');
    return { type: 'CM_SLAC_MATCH.CNF', ...common, nid, nmk };
  },
};
