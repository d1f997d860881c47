/**
 * CM_ATTEN_CHAR.IND (EVSE -> EV) and .RSP (EV -> EVSE) (ISO 15118-3 A.9.2; standards.md 2.1.3).
 * The EVSE may repeat the IND until it gets the RSP (field: 211 repeats in
 * 2025-07-22_pyPLC_with_tesla_model_x_plaid_until_charging_loop.pcapng); an EV answers every copy.
 */

import { DecodeError } from '../../core/errors.js';
import { RUN_ID_LENGTH, SLAC_ID_LENGTH } from '../defs.js';
import { byte, fixed, type PayloadCodec } from './codec.js';

export interface CmAttenCharInd {
  type: 'CM_ATTEN_CHAR.IND';
  applicationType: number;
  securityType: number;
  /** SOURCE_ADDRESS: the EV host MAC the sounds came from. */
  sourceAddress: Buffer;
  runId: Buffer;
  sourceId?: Buffer;
  respId?: Buffer;
  /** Number of sounds the averages are based on. */
  numSounds: number;
  /** Average attenuation per group in dB (58 groups). */
  aag: number[];
}

export interface CmAttenCharRsp {
  type: 'CM_ATTEN_CHAR.RSP';
  applicationType: number;
  securityType: number;
  sourceAddress: Buffer;
  runId: Buffer;
  sourceId?: Buffer;
  respId?: Buffer;
  /** 0 = success. */
  result: number;
}

export const cmAttenCharInd: PayloadCodec<CmAttenCharInd> = {
  encode(w, m) {
    byte(w, m.applicationType, 'applicationType');
    byte(w, m.securityType, 'securityType');
    fixed(w, m.sourceAddress, 6, 'sourceAddress');
    fixed(w, m.runId, RUN_ID_LENGTH, 'runId');
    fixed(w, m.sourceId, SLAC_ID_LENGTH, 'sourceId');
    fixed(w, m.respId, SLAC_ID_LENGTH, 'respId');
    byte(w, m.numSounds, 'numSounds');
    byte(w, m.aag.length, 'aag.length');
    for (const [i, a] of m.aag.entries()) byte(w, a, `aag[${i}]`);
  },
  decode(r) {
    const applicationType = r.u8('APPLICATION_TYPE');
    const securityType = r.u8('SECURITY_TYPE');
    const sourceAddress = r.bytes(6, 'SOURCE_ADDRESS');
    const runId = r.bytes(RUN_ID_LENGTH, 'RunID');
    const sourceId = r.bytes(SLAC_ID_LENGTH, 'SOURCE_ID');
    const respId = r.bytes(SLAC_ID_LENGTH, 'RESP_ID');
    const numSounds = r.u8('NUM_SOUNDS');
    const n = r.u8('NumGroups');
    if (n > r.remaining)
      throw new DecodeError(`NumGroups ${n} exceeds the frame (${r.remaining} bytes left)`, r.pos - 1);
    const aag = [...r.bytes(n, 'AAG')];
    return {
      type: 'CM_ATTEN_CHAR.IND',
      applicationType,
      securityType,
      sourceAddress,
      runId,
      sourceId,
      respId,
      numSounds,
      aag,
    };
  },
};

export const cmAttenCharRsp: PayloadCodec<CmAttenCharRsp> = {
  encode(w, m) {
    byte(w, m.applicationType, 'applicationType');
    byte(w, m.securityType, 'securityType');
    fixed(w, m.sourceAddress, 6, 'sourceAddress');
    fixed(w, m.runId, RUN_ID_LENGTH, 'runId');
    fixed(w, m.sourceId, SLAC_ID_LENGTH, 'sourceId');
    fixed(w, m.respId, SLAC_ID_LENGTH, 'respId');
    byte(w, m.result, 'result');
  },
  decode(r) {
    return {
      type: 'CM_ATTEN_CHAR.RSP',
      applicationType: r.u8('APPLICATION_TYPE'),
      securityType: r.u8('SECURITY_TYPE'),
      sourceAddress: r.bytes(6, 'SOURCE_ADDRESS'),
      runId: r.bytes(RUN_ID_LENGTH, 'RunID'),
      sourceId: r.bytes(SLAC_ID_LENGTH, 'SOURCE_ID'),
      respId: r.bytes(SLAC_ID_LENGTH, 'RESP_ID'),
      result: r.u8('Result'),
    };
  },
};
