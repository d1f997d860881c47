/**
 * CM_SLAC_PARM.REQ / .CNF (ISO 15118-3 A.9.1; layout standards.md 2.1.3).
 * The EVSE must echo the EV's RunID whatever its bytes are (field: Taycan random RunID,
 * 2023-05-03_TaycanLeftside_slacFail.pcapng; Tesla sends 'TESLA EV').
 */

import type { ByteReader, ByteWriter } from '../../core/cursor.js';
import { DecodeError } from '../../core/errors.js';
import { RUN_ID_LENGTH, SLAC_SECURITY_PKS } from '../defs.js';
import { byte, fixed, type PayloadCodec } from './codec.js';

export interface CmSlacParmReq {
  type: 'CM_SLAC_PARM.REQ';
  applicationType: number;
  securityType: number;
  runId: Buffer;
  /** Only when securityType = 1 (public key signature). */
  cipherSuites?: number[];
}

export interface CmSlacParmCnf {
  type: 'CM_SLAC_PARM.CNF';
  /** M-SOUND_TARGET: broadcast in practice. */
  msoundTarget: Buffer;
  numSounds: number;
  /** TIME_OUT in units of 100 ms (6 = 600 ms). */
  timeOut: number;
  respType: number;
  /** FORWARDING_STA: the EV host MAC. */
  forwardingSta: Buffer;
  applicationType: number;
  securityType: number;
  runId: Buffer;
  cipherSuite?: number;
}

export const cmSlacParmReq: PayloadCodec<CmSlacParmReq> = {
  encode(w: ByteWriter, m: CmSlacParmReq) {
    byte(w, m.applicationType, 'applicationType');
    byte(w, m.securityType, 'securityType');
    fixed(w, m.runId, RUN_ID_LENGTH, 'runId');
    if (m.securityType === SLAC_SECURITY_PKS) {
      const suites = m.cipherSuites ?? [];
      byte(w, suites.length, 'cipherSuites.length');
      for (const s of suites) w.u16le(s);
    }
  },
  decode(r: ByteReader): CmSlacParmReq {
    const applicationType = r.u8('APPLICATION_TYPE');
    const securityType = r.u8('SECURITY_TYPE');
    const runId = r.bytes(RUN_ID_LENGTH, 'RunID');
    const m: CmSlacParmReq = { type: 'CM_SLAC_PARM.REQ', applicationType, securityType, runId };
    if (securityType === SLAC_SECURITY_PKS) {
      const n = r.u8('CipherSuiteSetSize');
      if (n * 2 > r.remaining) throw new DecodeError(`CipherSuiteSetSize ${n} exceeds the frame`, r.pos - 1);
      m.cipherSuites = Array.from({ length: n }, () => r.u16le('CipherSuite'));
    }
    return m;
  },
};

export const cmSlacParmCnf: PayloadCodec<CmSlacParmCnf> = {
  encode(w, m) {
    fixed(w, m.msoundTarget, 6, 'msoundTarget');
    byte(w, m.numSounds, 'numSounds');
    byte(w, m.timeOut, 'timeOut');
    byte(w, m.respType, 'respType');
    fixed(w, m.forwardingSta, 6, 'forwardingSta');
    byte(w, m.applicationType, 'applicationType');
    byte(w, m.securityType, 'securityType');
    fixed(w, m.runId, RUN_ID_LENGTH, 'runId');
    if (m.securityType === SLAC_SECURITY_PKS) w.u16le(m.cipherSuite ?? 0);
  },
  decode(r) {
    const m: CmSlacParmCnf = {
      type: 'CM_SLAC_PARM.CNF',
      msoundTarget: r.bytes(6, 'M-SOUND_TARGET'),
      numSounds: r.u8('NUM_SOUNDS'),
      timeOut: r.u8('TIME_OUT'),
      respType: r.u8('RESP_TYPE'),
      forwardingSta: r.bytes(6, 'FORWARDING_STA'),
      applicationType: r.u8('APPLICATION_TYPE'),
      securityType: r.u8('SECURITY_TYPE'),
      runId: r.bytes(RUN_ID_LENGTH, 'RunID'),
    };
    if (m.securityType === SLAC_SECURITY_PKS) m.cipherSuite = r.u16le('CipherSuite');
    return m;
  },
};
