/**
 * CM_GET_KEY.REQ / .CNF (HomePlug AV 11.5.6). pyPLC broadcasts GET_KEY.REQ after SET_KEY and counts the
 * answering modems to see that the logical network formed (pyplc-notes §2.2 level 20).
 * The trailing key / hash key has a variable length and is kept as bytes up to the end of the frame.
 */

import type { ByteReader } from '../../core/cursor.js';
import { NID_LENGTH } from '../defs.js';
import { byte, fixed, type PayloadCodec } from './codec.js';

export interface CmGetKeyReq {
  type: 'CM_GET_KEY.REQ';
  requestType: number;
  requestedKeyType: number;
  nid: Buffer;
  myNonce: number;
  pid: number;
  prn: number;
  pmn: number;
  hashKey: Buffer;
}

export interface CmGetKeyCnf {
  type: 'CM_GET_KEY.CNF';
  result: number;
  requestedKeyType: number;
  myNonce: number;
  yourNonce: number;
  nid: Buffer;
  eks: number;
  pid: number;
  prn: number;
  pmn: number;
  key: Buffer;
}

/** Variable trailing data: without padding info we keep everything left (padding zeros included). */
function trailing(r: ByteReader): Buffer {
  return r.rest();
}

export const cmGetKeyReq: PayloadCodec<CmGetKeyReq> = {
  encode(w, m) {
    byte(w, m.requestType, 'requestType');
    byte(w, m.requestedKeyType, 'requestedKeyType');
    fixed(w, m.nid, NID_LENGTH, 'nid');
    w.u32le(m.myNonce);
    byte(w, m.pid, 'pid');
    w.u16le(m.prn);
    byte(w, m.pmn, 'pmn');
    w.bytes(m.hashKey);
  },
  decode(r) {
    return {
      type: 'CM_GET_KEY.REQ',
      requestType: r.u8('RequestType'),
      requestedKeyType: r.u8('RequestedKeyType'),
      nid: r.bytes(NID_LENGTH, 'NID'),
      myNonce: r.u32le('MyNonce'),
      pid: r.u8('PID'),
      prn: r.u16le('PRN'),
      pmn: r.u8('PMN'),
      hashKey: trailing(r),
    };
  },
};

export const cmGetKeyCnf: PayloadCodec<CmGetKeyCnf> = {
  encode(w, m) {
    byte(w, m.result, 'result');
    byte(w, m.requestedKeyType, 'requestedKeyType');
    w.u32le(m.myNonce);
    w.u32le(m.yourNonce);
    fixed(w, m.nid, NID_LENGTH, 'nid');
    byte(w, m.eks, 'eks');
    byte(w, m.pid, 'pid');
    w.u16le(m.prn);
    byte(w, m.pmn, 'pmn');
    w.bytes(m.key);
  },
  decode(r) {
    return {
      type: 'CM_GET_KEY.CNF',
      result: r.u8('Result'),
      requestedKeyType: r.u8('RequestedKeyType'),
      myNonce: r.u32le('MyNonce'),
      yourNonce: r.u32le('YourNonce'),
      nid: r.bytes(NID_LENGTH, 'NID'),
      eks: r.u8('EKS'),
      pid: r.u8('PID'),
      prn: r.u16le('PRN'),
      pmn: r.u8('PMN'),
      key: trailing(r),
    };
  },
};
