/**
 * Other HomePlug station MMEs seen in the field captures, decoded so listen mode can name them:
 * CM_BRG_INFO (bridge info; pyPLC v0.2 probing, 2022-11-25_v0.2_ABB_until_ChargeParamDiscovery.pcapng) and
 * CM_ENCRYPTED_PAYLOAD.RSP (2025-01-21_listenMode_01_slow_and_only_broadcast_visible.pcapng).
 */

import { DecodeError } from '../../core/errors.js';
import { byte, type PayloadCodec } from './codec.js';

export interface CmBrgInfoReq {
  type: 'CM_BRG_INFO.REQ';
}

export interface CmBrgInfoCnf {
  type: 'CM_BRG_INFO.CNF';
  /** Bridging station flag. */
  bsf: number;
  /** Bridge TEI. */
  btei: number;
  /** Bridged destination addresses. */
  bridgedMacs: Buffer[];
}

export interface CmEncryptedPayloadRsp {
  type: 'CM_ENCRYPTED_PAYLOAD.RSP';
  result: number;
  pid: number;
  prn: number;
}

export const cmBrgInfoReq: PayloadCodec<CmBrgInfoReq> = {
  encode() {},
  decode() {
    return { type: 'CM_BRG_INFO.REQ' };
  },
};

export const cmBrgInfoCnf: PayloadCodec<CmBrgInfoCnf> = {
  encode(w, m) {
    byte(w, m.bsf, 'bsf');
    byte(w, m.btei, 'btei');
    byte(w, m.bridgedMacs.length, 'bridgedMacs.length');
    for (const mac of m.bridgedMacs) w.bytes(mac);
  },
  decode(r) {
    const bsf = r.u8('BSF');
    const btei = r.u8('BTEI');
    const n = r.u8('NBDA');
    if (n * 6 > r.remaining) throw new DecodeError(`NBDA ${n} exceeds the frame`, r.pos - 1);
    const bridgedMacs = Array.from({ length: n }, () => r.bytes(6, 'BDA'));
    return { type: 'CM_BRG_INFO.CNF', bsf, btei, bridgedMacs };
  },
};

export const cmEncryptedPayloadRsp: PayloadCodec<CmEncryptedPayloadRsp> = {
  encode(w, m) {
    byte(w, m.result, 'result');
    byte(w, m.pid, 'pid');
    w.u16le(m.prn);
  },
  decode(r) {
    return { type: 'CM_ENCRYPTED_PAYLOAD.RSP', result: r.u8('Result'), pid: r.u8('PID'), prn: r.u16le('PRN') };
  },
};
