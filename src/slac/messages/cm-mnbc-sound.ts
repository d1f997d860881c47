/**
 * CM_MNBC_SOUND.IND (ISO 15118-3 A.9.3; standards.md 2.1.3): EV -> broadcast, 10 times, CNT counts down 9..0.
 * RunID sits in a 16-byte field (8 RunID + 8 reserved). RND is 16 random bytes (pyPLC sends all 0xFF).
 */

import { RUN_ID_LENGTH, SLAC_ID_LENGTH } from '../defs.js';
import { byte, fixed, type PayloadCodec } from './codec.js';

export interface CmMnbcSoundInd {
  type: 'CM_MNBC_SOUND.IND';
  applicationType: number;
  securityType: number;
  senderId?: Buffer;
  /** Remaining sounds after this one. */
  cnt: number;
  runId: Buffer;
  rnd?: Buffer;
}

export const cmMnbcSoundInd: PayloadCodec<CmMnbcSoundInd> = {
  encode(w, m) {
    byte(w, m.applicationType, 'applicationType');
    byte(w, m.securityType, 'securityType');
    fixed(w, m.senderId, SLAC_ID_LENGTH, 'senderId');
    byte(w, m.cnt, 'cnt');
    fixed(w, m.runId, RUN_ID_LENGTH, 'runId');
    w.zeros(8); // RSVD: second half of the 16-byte RunID field
    fixed(w, m.rnd, 16, 'rnd');
  },
  decode(r) {
    const applicationType = r.u8('APPLICATION_TYPE');
    const securityType = r.u8('SECURITY_TYPE');
    const senderId = r.bytes(SLAC_ID_LENGTH, 'SenderID');
    const cnt = r.u8('CNT');
    const runId = r.bytes(RUN_ID_LENGTH, 'RunID');
    r.skip(8, 'RSVD');
    const rnd = r.bytes(16, 'RND');
    return { type: 'CM_MNBC_SOUND.IND', applicationType, securityType, senderId, cnt, runId, rnd };
  },
};
