/**
 * CM_SET_KEY.REQ / .CNF (HomePlug AV 11.5.4): a host sets the NMK/NID on its own modem.
 * Result in the CNF: 0 = success per the text, but a Qualcomm local modem answers 0x01 when it accepted the key
 * (Tinkerforge slac.h; pyPLC treats any value as accepted). Callers must not treat 0x01 as a failure.
 */

import { NID_LENGTH } from '../defs.js';
import { byte, fixed, type PayloadCodec } from './codec.js';

export interface CmSetKeyReq {
  type: 'CM_SET_KEY.REQ';
  keyType: number;
  myNonce: number;
  yourNonce: number;
  pid: number;
  prn: number;
  pmn: number;
  ccoCapability: number;
  nid: Buffer;
  newEks: number;
  /** The new key (16 bytes for an NMK). */
  newKey: Buffer;
}

export interface CmSetKeyCnf {
  type: 'CM_SET_KEY.CNF';
  result: number;
  myNonce: number;
  yourNonce: number;
  pid: number;
  prn: number;
  pmn: number;
  ccoCapability: number;
}

export const cmSetKeyReq: PayloadCodec<CmSetKeyReq> = {
  encode(w, m) {
    byte(w, m.keyType, 'keyType');
    w.u32le(m.myNonce);
    w.u32le(m.yourNonce);
    byte(w, m.pid, 'pid');
    w.u16le(m.prn);
    byte(w, m.pmn, 'pmn');
    byte(w, m.ccoCapability, 'ccoCapability');
    fixed(w, m.nid, NID_LENGTH, 'nid');
    byte(w, m.newEks, 'newEks');
    w.bytes(m.newKey);
  },
  decode(r) {
    const keyType = r.u8('KeyType');
    const myNonce = r.u32le('MyNonce');
    const yourNonce = r.u32le('YourNonce');
    const pid = r.u8('PID');
    const prn = r.u16le('PRN');
    const pmn = r.u8('PMN');
    const ccoCapability = r.u8('CCo Capability');
    const nid = r.bytes(NID_LENGTH, 'NID');
    const newEks = r.u8('NewEKS');
    const newKey = r.bytes(16, 'NewKey');
    return { type: 'CM_SET_KEY.REQ', keyType, myNonce, yourNonce, pid, prn, pmn, ccoCapability, nid, newEks, newKey };
  },
};

export const cmSetKeyCnf: PayloadCodec<CmSetKeyCnf> = {
  encode(w, m) {
    byte(w, m.result, 'result');
    w.u32le(m.myNonce);
    w.u32le(m.yourNonce);
    byte(w, m.pid, 'pid');
    w.u16le(m.prn);
    byte(w, m.pmn, 'pmn');
    byte(w, m.ccoCapability, 'ccoCapability');
  },
  decode(r) {
    return {
      type: 'CM_SET_KEY.CNF',
      result: r.u8('Result'),
      myNonce: r.u32le('MyNonce'),
      yourNonce: r.u32le('YourNonce'),
      pid: r.u8('PID'),
      prn: r.u16le('PRN'),
      pmn: r.u8('PMN'),
      ccoCapability: r.u8('CCo Capability'),
    };
  },
};
