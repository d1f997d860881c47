/** CM_START_ATTEN_CHAR.IND (ISO 15118-3 A.9.2; standards.md 2.1.3): EV -> broadcast, sent 3 times. */

import { RUN_ID_LENGTH } from '../defs.js';
import { byte, fixed, type PayloadCodec } from './codec.js';

export interface CmStartAttenCharInd {
  type: 'CM_START_ATTEN_CHAR.IND';
  applicationType: number;
  securityType: number;
  numSounds: number;
  /** TIME_OUT in units of 100 ms. */
  timeOut: number;
  respType: number;
  /** FORWARDING_STA: the EV host MAC (where the EVSE sends ATTEN_CHAR.IND). */
  forwardingSta: Buffer;
  runId: Buffer;
}

export const cmStartAttenCharInd: PayloadCodec<CmStartAttenCharInd> = {
  encode(w, m) {
    byte(w, m.applicationType, 'applicationType');
    byte(w, m.securityType, 'securityType');
    byte(w, m.numSounds, 'numSounds');
    byte(w, m.timeOut, 'timeOut');
    byte(w, m.respType, 'respType');
    fixed(w, m.forwardingSta, 6, 'forwardingSta');
    fixed(w, m.runId, RUN_ID_LENGTH, 'runId');
  },
  decode(r) {
    return {
      type: 'CM_START_ATTEN_CHAR.IND',
      applicationType: r.u8('APPLICATION_TYPE'),
      securityType: r.u8('SECURITY_TYPE'),
      numSounds: r.u8('NUM_SOUNDS'),
      timeOut: r.u8('TIME_OUT'),
      respType: r.u8('RESP_TYPE'),
      forwardingSta: r.bytes(6, 'FORWARDING_STA'),
      runId: r.bytes(RUN_ID_LENGTH, 'RunID'),
    };
  },
};
