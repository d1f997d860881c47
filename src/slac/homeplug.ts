/**
 * HomePlug AV / Green PHY MME envelope codec and the codec table keyed by MMTYPE (pure).
 * Envelope (standards.md 2.1.2): Ethernet II (EtherType 0x88E1) | MMV (1) | MMTYPE (2, little-endian)
 * | FMI (1) + FMSN (1) only for MMV >= 1 | payload (offset 19, or 17 for MMV 0). Encode pads to 60 bytes.
 * Unknown MMTYPEs decode to an `UNKNOWN` message (vendor ones keep their OUI) instead of failing, so a sniffer
 * can list them; malformed known ones throw DecodeError with the byte offset.
 */

import { ByteReader, ByteWriter } from '../core/cursor.js';
import { DecodeError, EncodeError } from '../core/errors.js';
import { decodeEthernet, ETH_MIN_FRAME_LENGTH, ETHERTYPE } from '../link/ethernet.js';
import { MMTYPE, MMTYPE_MANUFACTURER_MIN, MMTYPE_MODE, MMV_AV_1_0, MMV_AV_1_1 } from './defs.js';
import { type CmAmpMapCnf, type CmAmpMapReq, cmAmpMapCnf, cmAmpMapReq } from './messages/cm-amp-map.js';
import { type CmAttenCharInd, type CmAttenCharRsp, cmAttenCharInd, cmAttenCharRsp } from './messages/cm-atten-char.js';
import { type CmAttenProfileInd, cmAttenProfileInd } from './messages/cm-atten-profile.js';
import { type CmGetKeyCnf, type CmGetKeyReq, cmGetKeyCnf, cmGetKeyReq } from './messages/cm-get-key.js';
import {
  type CmBrgInfoCnf,
  type CmBrgInfoReq,
  type CmEncryptedPayloadRsp,
  cmBrgInfoCnf,
  cmBrgInfoReq,
  cmEncryptedPayloadRsp,
} from './messages/cm-misc.js';
import { type CmMnbcSoundInd, cmMnbcSoundInd } from './messages/cm-mnbc-sound.js';
import { type CmSetKeyCnf, type CmSetKeyReq, cmSetKeyCnf, cmSetKeyReq } from './messages/cm-set-key.js';
import { type CmSlacMatchCnf, type CmSlacMatchReq, cmSlacMatchCnf, cmSlacMatchReq } from './messages/cm-slac-match.js';
import { type CmSlacParmCnf, type CmSlacParmReq, cmSlacParmCnf, cmSlacParmReq } from './messages/cm-slac-parm.js';
import { type CmStartAttenCharInd, cmStartAttenCharInd } from './messages/cm-start-atten-char.js';
import { type CmValidateCnf, type CmValidateReq, cmValidateCnf, cmValidateReq } from './messages/cm-validate.js';
import type { PayloadCodec } from './messages/codec.js';
import {
  type VsNwInfoCnf,
  type VsNwInfoReq,
  type VsPlLnkStatusCnf,
  type VsPlLnkStatusReq,
  type VsRsDevCnf,
  type VsRsDevReq,
  type VsSoundAttenInd,
  type VsSwVerCnf,
  type VsSwVerReq,
  vsNwInfoCnf,
  vsNwInfoReq,
  vsPlLnkStatusCnf,
  vsPlLnkStatusReq,
  vsRsDevCnf,
  vsRsDevReq,
  vsSoundAttenInd,
  vsSwVerCnf,
  vsSwVerReq,
} from './messages/vendor-qca.js';

export type KnownMme =
  | CmSlacParmReq
  | CmSlacParmCnf
  | CmStartAttenCharInd
  | CmMnbcSoundInd
  | CmAttenProfileInd
  | CmAttenCharInd
  | CmAttenCharRsp
  | CmValidateReq
  | CmValidateCnf
  | CmSlacMatchReq
  | CmSlacMatchCnf
  | CmSetKeyReq
  | CmSetKeyCnf
  | CmGetKeyReq
  | CmGetKeyCnf
  | CmAmpMapReq
  | CmAmpMapCnf
  | CmBrgInfoReq
  | CmBrgInfoCnf
  | CmEncryptedPayloadRsp
  | VsSwVerReq
  | VsSwVerCnf
  | VsRsDevReq
  | VsRsDevCnf
  | VsNwInfoReq
  | VsNwInfoCnf
  | VsPlLnkStatusReq
  | VsPlLnkStatusCnf
  | VsSoundAttenInd;

/** An MMTYPE without a codec here: kept as bytes. Vendor/manufacturer ones (>= 0x8000) carry their OUI. */
export interface UnknownMme {
  type: 'UNKNOWN';
  mmtype: number;
  vendor: boolean;
  oui?: Buffer;
  payload: Buffer;
}

export type Mme = KnownMme | UnknownMme;
export type MmeName = KnownMme['type'];
export type MmeOf<N extends MmeName> = Extract<KnownMme, { type: N }>;

interface CodecEntry {
  name: MmeName;
  mmtype: number;
  /** MMV used when encoding (0 for Qualcomm vendor MMEs, 1 for HomePlug GP / SLAC). */
  mmv: number;
  codec: PayloadCodec<KnownMme>;
}

function entry<N extends MmeName>(
  name: N,
  base: number,
  mode: keyof typeof MMTYPE_MODE,
  mmv: number,
  codec: PayloadCodec<MmeOf<N>>,
): CodecEntry {
  return { name, mmtype: base | MMTYPE_MODE[mode], mmv, codec: codec as unknown as PayloadCodec<KnownMme> };
}

const V1 = MMV_AV_1_1;
const V0 = MMV_AV_1_0;

/** The wire vocabulary: one row per MMTYPE with a codec. */
export const MME_TABLE: readonly CodecEntry[] = [
  entry('CM_SLAC_PARM.REQ', MMTYPE.CM_SLAC_PARM, 'REQ', V1, cmSlacParmReq),
  entry('CM_SLAC_PARM.CNF', MMTYPE.CM_SLAC_PARM, 'CNF', V1, cmSlacParmCnf),
  entry('CM_START_ATTEN_CHAR.IND', MMTYPE.CM_START_ATTEN_CHAR, 'IND', V1, cmStartAttenCharInd),
  entry('CM_MNBC_SOUND.IND', MMTYPE.CM_MNBC_SOUND, 'IND', V1, cmMnbcSoundInd),
  entry('CM_ATTEN_PROFILE.IND', MMTYPE.CM_ATTEN_PROFILE, 'IND', V1, cmAttenProfileInd),
  entry('CM_ATTEN_CHAR.IND', MMTYPE.CM_ATTEN_CHAR, 'IND', V1, cmAttenCharInd),
  entry('CM_ATTEN_CHAR.RSP', MMTYPE.CM_ATTEN_CHAR, 'RSP', V1, cmAttenCharRsp),
  entry('CM_VALIDATE.REQ', MMTYPE.CM_VALIDATE, 'REQ', V1, cmValidateReq),
  entry('CM_VALIDATE.CNF', MMTYPE.CM_VALIDATE, 'CNF', V1, cmValidateCnf),
  entry('CM_SLAC_MATCH.REQ', MMTYPE.CM_SLAC_MATCH, 'REQ', V1, cmSlacMatchReq),
  entry('CM_SLAC_MATCH.CNF', MMTYPE.CM_SLAC_MATCH, 'CNF', V1, cmSlacMatchCnf),
  entry('CM_SET_KEY.REQ', MMTYPE.CM_SET_KEY, 'REQ', V1, cmSetKeyReq),
  entry('CM_SET_KEY.CNF', MMTYPE.CM_SET_KEY, 'CNF', V1, cmSetKeyCnf),
  entry('CM_GET_KEY.REQ', MMTYPE.CM_GET_KEY, 'REQ', V1, cmGetKeyReq),
  entry('CM_GET_KEY.CNF', MMTYPE.CM_GET_KEY, 'CNF', V1, cmGetKeyCnf),
  entry('CM_AMP_MAP.REQ', MMTYPE.CM_AMP_MAP, 'REQ', V1, cmAmpMapReq),
  entry('CM_AMP_MAP.CNF', MMTYPE.CM_AMP_MAP, 'CNF', V1, cmAmpMapCnf),
  entry('CM_BRG_INFO.REQ', MMTYPE.CM_BRG_INFO, 'REQ', V1, cmBrgInfoReq),
  entry('CM_BRG_INFO.CNF', MMTYPE.CM_BRG_INFO, 'CNF', V1, cmBrgInfoCnf),
  entry('CM_ENCRYPTED_PAYLOAD.RSP', MMTYPE.CM_ENCRYPTED_PAYLOAD, 'RSP', V1, cmEncryptedPayloadRsp),
  entry('VS_SW_VER.REQ', MMTYPE.VS_SW_VER, 'REQ', V0, vsSwVerReq),
  entry('VS_SW_VER.CNF', MMTYPE.VS_SW_VER, 'CNF', V0, vsSwVerCnf),
  entry('VS_RS_DEV.REQ', MMTYPE.VS_RS_DEV, 'REQ', V0, vsRsDevReq),
  entry('VS_RS_DEV.CNF', MMTYPE.VS_RS_DEV, 'CNF', V0, vsRsDevCnf),
  entry('VS_NW_INFO.REQ', MMTYPE.VS_NW_INFO, 'REQ', V0, vsNwInfoReq),
  entry('VS_NW_INFO.CNF', MMTYPE.VS_NW_INFO, 'CNF', V0, vsNwInfoCnf),
  entry('VS_PL_LNK_STATUS.REQ', MMTYPE.VS_PL_LNK_STATUS, 'REQ', V0, vsPlLnkStatusReq),
  entry('VS_PL_LNK_STATUS.CNF', MMTYPE.VS_PL_LNK_STATUS, 'CNF', V0, vsPlLnkStatusCnf),
  entry('VS_SOUND_ATTEN.IND', MMTYPE.VS_SOUND_ATTEN, 'IND', V0, vsSoundAttenInd),
];

/** MMTYPE -> codec row. */
export const MME_CODECS: ReadonlyMap<number, CodecEntry> = new Map(MME_TABLE.map((e) => [e.mmtype, e]));
const BY_NAME: ReadonlyMap<string, CodecEntry> = new Map(MME_TABLE.map((e) => [e.name, e]));

/** Wire MMTYPE of a message name (e.g. 0x6064 for CM_SLAC_PARM.REQ). */
export function mmtypeOf(name: MmeName): number {
  return (BY_NAME.get(name) as CodecEntry).mmtype;
}

/** Human name of an MMTYPE: the table name, or e.g. `vendor 0xA0B1` / `MMTYPE 0x6034`. */
export function mmeName(mmtype: number): string {
  const e = MME_CODECS.get(mmtype);
  if (e) return e.name;
  const hex = `0x${mmtype.toString(16).toUpperCase().padStart(4, '0')}`;
  return mmtype >= MMTYPE_MANUFACTURER_MIN ? `vendor ${hex}` : `MMTYPE ${hex}`;
}

export interface MmeFrame<M extends Mme = Mme> {
  dst: Buffer;
  src: Buffer;
  mmv: number;
  mmtype: number;
  /** Fragment management info (MMV >= 1 only; 0 = not fragmented). */
  fmi: number;
  fmsn: number;
  vlanId?: number;
  msg: M;
}

export interface EncodeMmeArgs {
  dst: Uint8Array;
  src: Uint8Array;
  msg: Mme;
  /** Overrides the table's MMV (e.g. a vendor MME sent with MMV 1). */
  mmv?: number;
}

export function encodeMme(a: EncodeMmeArgs): Buffer {
  if (a.dst.length !== 6) throw new EncodeError('must be 6 bytes', 'dst');
  if (a.src.length !== 6) throw new EncodeError('must be 6 bytes', 'src');
  let mmtype: number;
  let mmv: number;
  const w = new ByteWriter(128);
  w.bytes(a.dst).bytes(a.src).u16be(ETHERTYPE.HOMEPLUG_AV);
  const payload = new ByteWriter(128);
  if (a.msg.type === 'UNKNOWN') {
    mmtype = a.msg.mmtype;
    mmv = a.mmv ?? MMV_AV_1_1;
    payload.bytes(a.msg.payload);
  } else {
    const e = BY_NAME.get(a.msg.type);
    if (!e) throw new EncodeError(`no codec for ${a.msg.type}`, 'type');
    mmtype = e.mmtype;
    mmv = a.mmv ?? e.mmv;
    e.codec.encode(payload, a.msg);
  }
  w.u8(mmv).u16le(mmtype);
  if (mmv >= MMV_AV_1_1) w.u8(0).u8(0); // FMI, FMSN: never fragmented here
  w.bytes(payload.finish());
  return w.finish(ETH_MIN_FRAME_LENGTH);
}

/** Decodes one Ethernet frame carrying an MME. Throws DecodeError for non-0x88E1 frames, truncation or bad fields. */
export function decodeMme(frame: Uint8Array): MmeFrame {
  const eth = decodeEthernet(frame);
  if (eth.etherType !== ETHERTYPE.HOMEPLUG_AV) {
    throw new DecodeError(`EtherType 0x${eth.etherType.toString(16)} is not HomePlug AV (0x88e1)`, 12);
  }
  const r = new ByteReader(frame, eth.payloadOffset);
  const mmv = r.u8('MMV');
  const mmtype = r.u16le('MMTYPE');
  let fmi = 0;
  let fmsn = 0;
  if (mmv >= MMV_AV_1_1) {
    fmi = r.u8('FMI');
    fmsn = r.u8('FMSN');
  }
  if (fmi >> 4 !== 0) {
    throw new DecodeError(`fragmented MME (FMI 0x${fmi.toString(16)}) is not supported`, eth.payloadOffset + 3);
  }
  const e = MME_CODECS.get(mmtype);
  let msg: Mme;
  if (e) {
    msg = e.codec.decode(r, mmv);
  } else {
    const vendor = mmtype >= MMTYPE_MANUFACTURER_MIN;
    const payload = r.rest();
    msg = { type: 'UNKNOWN', mmtype, vendor, payload };
    if (vendor && payload.length >= 3) msg.oui = payload.subarray(0, 3);
  }
  const out: MmeFrame = { dst: eth.dst, src: eth.src, mmv, mmtype, fmi, fmsn, msg };
  if (eth.vlanId !== undefined) out.vlanId = eth.vlanId;
  return out;
}

/** decodeMme that returns undefined instead of throwing (for receive loops: wire garbage is dropped). */
export function tryDecodeMme(frame: Uint8Array): MmeFrame | undefined {
  try {
    return decodeMme(frame);
  } catch (err) {
    if (err instanceof DecodeError) return undefined;
    throw err;
  }
}
