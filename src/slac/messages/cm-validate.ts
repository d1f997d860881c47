/** CM_VALIDATE.REQ / .CNF (ISO 15118-3 A.9.4; BCB-toggle validation). Result values in defs VALIDATE_RESULT. */

import { byte, type PayloadCodec } from './codec.js';

export interface CmValidateReq {
  type: 'CM_VALIDATE.REQ';
  signalType: number;
  /** Timer: 0 in the first request, then toggle window in 100 ms steps (0 = 100 ms). */
  timer: number;
  result: number;
}

export interface CmValidateCnf {
  type: 'CM_VALIDATE.CNF';
  signalType: number;
  toggleNum: number;
  result: number;
}

export const cmValidateReq: PayloadCodec<CmValidateReq> = {
  encode(w, m) {
    byte(w, m.signalType, 'signalType');
    byte(w, m.timer, 'timer');
    byte(w, m.result, 'result');
  },
  decode(r) {
    return { type: 'CM_VALIDATE.REQ', signalType: r.u8('SignalType'), timer: r.u8('Timer'), result: r.u8('Result') };
  },
};

export const cmValidateCnf: PayloadCodec<CmValidateCnf> = {
  encode(w, m) {
    byte(w, m.signalType, 'signalType');
    byte(w, m.toggleNum, 'toggleNum');
    byte(w, m.result, 'result');
  },
  decode(r) {
    return {
      type: 'CM_VALIDATE.CNF',
      signalType: r.u8('SignalType'),
      toggleNum: r.u8('ToggleNum'),
      result: r.u8('Result'),
    };
  },
};
