/**
 * Qualcomm Atheros vendor MMEs (OUI 00:B0:52) used to manage the local modem: firmware version, reset,
 * network membership, powerline link status (open-plc-utils `mme/qualcomm.h`; standards.md 2.1.2-2.1.3),
 * plus the per-sound attenuation report 0xA14E that AR7420 modems emit (pyplc-notes §2.4).
 * Payload offsets are after the MME header (17 for MMV 0, 19 for MMV 1); every payload starts with the OUI.
 */

import type { ByteReader, ByteWriter } from '../../core/cursor.js';
import { DecodeError } from '../../core/errors.js';
import { NID_LENGTH, QUALCOMM_OUI } from '../defs.js';
import { byte, fixed, type PayloadCodec } from './codec.js';

/** MDEVICEID values seen with SLAC modems (open-plc-utils chipset list; 0x20 confirmed by the captures). */
export const QCA_DEVICE_ID: Record<number, string> = {
  1: 'INT6000',
  2: 'INT6300',
  3: 'INT6400',
  4: 'AR7400',
  5: 'AR6405',
  32: 'QCA7420/AR7420',
};

/** Station role in VS_NW_INFO (HomePlug AV): 0 station, 1 proxy coordinator, 2 central coordinator. */
export const QCA_STATION_ROLE: Record<number, string> = { 0: 'STA', 1: 'PCO', 2: 'CCO' };

function oui(r: ByteReader): Buffer {
  const o = r.bytes(3, 'OUI');
  if (!o.equals(QUALCOMM_OUI))
    throw new DecodeError(`vendor OUI ${o.toString('hex')} is not Qualcomm 00b052`, r.pos - 3);
  return o;
}

function writeOui(w: ByteWriter): void {
  w.bytes(QUALCOMM_OUI);
}

export interface VsSwVerReq {
  type: 'VS_SW_VER.REQ';
}
export interface VsSwVerCnf {
  type: 'VS_SW_VER.CNF';
  mstatus: number;
  deviceId: number;
  /** Firmware version string, e.g. MAC-QCA7420-1.4.0.20-00-20171027-CS. */
  version: string;
}
export interface VsRsDevReq {
  type: 'VS_RS_DEV.REQ';
}
export interface VsRsDevCnf {
  type: 'VS_RS_DEV.CNF';
  mstatus: number;
}
export interface VsPlLnkStatusReq {
  type: 'VS_PL_LNK_STATUS.REQ';
}
export interface VsPlLnkStatusCnf {
  type: 'VS_PL_LNK_STATUS.CNF';
  mstatus: number;
  /** 0x01 = powerline link up (libslac). */
  linkStatus: number;
}
export interface VsNwInfoReq {
  type: 'VS_NW_INFO.REQ';
}
export interface QcaNetworkStation {
  mac: Buffer;
  tei: number;
  /** Bridged destination address: the host behind that station's modem. */
  bda: Buffer;
  avgTxMbps: number;
  avgRxMbps: number;
}
export interface QcaNetwork {
  nid: Buffer;
  snid: number;
  tei: number;
  role: number;
  ccoMac: Buffer;
  ccoTei: number;
  stations: QcaNetworkStation[];
}
export interface VsNwInfoCnf {
  type: 'VS_NW_INFO.CNF';
  /** Decoded for the AV 1.0 form (MMV 0, what `piccs modem` asks for). */
  networks?: QcaNetwork[];
  /** The AV 1.1 form (MMV 1) is kept as bytes (layout not needed here). */
  raw?: Buffer;
}
export interface VsSoundAttenInd {
  type: 'VS_SOUND_ATTEN.IND';
  /** 00:B0:52 from AR7420 (SuperCharger capture); 00:00:00 from the FoccciCape modem (2026-02-03 capture). */
  oui?: Buffer;
  /** The sounding EV host MAC. */
  pevMac: Buffer;
  /** Fields between NumGroups and the groups, meaning unknown (kept for a byte-exact round trip). */
  reserved: Buffer;
  /** Attenuation per group in dB; empty when the modem reports nothing. */
  aag: number[];
}

const reqOnly = <T extends { type: string }>(type: T['type']): PayloadCodec<T> => ({
  encode(w) {
    writeOui(w);
  },
  decode(r) {
    oui(r);
    return { type } as T;
  },
});

export const vsSwVerReq = reqOnly<VsSwVerReq>('VS_SW_VER.REQ');
export const vsRsDevReq = reqOnly<VsRsDevReq>('VS_RS_DEV.REQ');
export const vsPlLnkStatusReq = reqOnly<VsPlLnkStatusReq>('VS_PL_LNK_STATUS.REQ');
export const vsNwInfoReq = reqOnly<VsNwInfoReq>('VS_NW_INFO.REQ');

export const vsSwVerCnf: PayloadCodec<VsSwVerCnf> = {
  encode(w, m) {
    writeOui(w);
    byte(w, m.mstatus, 'mstatus');
    byte(w, m.deviceId, 'deviceId');
    const v = Buffer.from(`${m.version}\0`, 'latin1');
    byte(w, v.length, 'version.length');
    w.bytes(v);
  },
  decode(r) {
    oui(r);
    const mstatus = r.u8('MSTATUS');
    const deviceId = r.u8('MDEVICEID');
    const n = r.u8('MVERLENGTH');
    const raw = r.bytes(n, 'MVERSION');
    const nul = raw.indexOf(0);
    return { type: 'VS_SW_VER.CNF', mstatus, deviceId, version: raw.toString('latin1', 0, nul < 0 ? n : nul) };
  },
};

export const vsRsDevCnf: PayloadCodec<VsRsDevCnf> = {
  encode(w, m) {
    writeOui(w);
    byte(w, m.mstatus, 'mstatus');
  },
  decode(r) {
    oui(r);
    return { type: 'VS_RS_DEV.CNF', mstatus: r.u8('MSTATUS') };
  },
};

export const vsPlLnkStatusCnf: PayloadCodec<VsPlLnkStatusCnf> = {
  encode(w, m) {
    writeOui(w);
    byte(w, m.mstatus, 'mstatus');
    byte(w, m.linkStatus, 'linkStatus');
  },
  decode(r) {
    oui(r);
    return { type: 'VS_PL_LNK_STATUS.CNF', mstatus: r.u8('MSTATUS'), linkStatus: r.u8('LINK_STATUS') };
  },
};

export const vsNwInfoCnf: PayloadCodec<VsNwInfoCnf> = {
  encode(w, m) {
    writeOui(w);
    if (m.raw) {
      w.bytes(m.raw);
      return;
    }
    const nets = m.networks ?? [];
    byte(w, nets.length, 'networks.length');
    for (const [i, n] of nets.entries()) {
      fixed(w, n.nid, NID_LENGTH, `networks[${i}].nid`);
      byte(w, n.snid, `networks[${i}].snid`);
      byte(w, n.tei, `networks[${i}].tei`);
      byte(w, n.role, `networks[${i}].role`);
      fixed(w, n.ccoMac, 6, `networks[${i}].ccoMac`);
      byte(w, n.ccoTei, `networks[${i}].ccoTei`);
      byte(w, n.stations.length, `networks[${i}].stations.length`);
      for (const [j, s] of n.stations.entries()) {
        fixed(w, s.mac, 6, `networks[${i}].stations[${j}].mac`);
        byte(w, s.tei, `networks[${i}].stations[${j}].tei`);
        fixed(w, s.bda, 6, `networks[${i}].stations[${j}].bda`);
        byte(w, s.avgTxMbps, `networks[${i}].stations[${j}].avgTxMbps`);
        byte(w, s.avgRxMbps, `networks[${i}].stations[${j}].avgRxMbps`);
      }
    }
  },
  decode(r, mmv) {
    oui(r);
    if (mmv !== 0) return { type: 'VS_NW_INFO.CNF', raw: r.rest() };
    const count = r.u8('NUMAVLNS');
    const networks: QcaNetwork[] = [];
    for (let i = 0; i < count; i++) {
      const nid = r.bytes(NID_LENGTH, 'NID');
      const snid = r.u8('SNID');
      const tei = r.u8('TEI');
      const role = r.u8('ROLE');
      const ccoMac = r.bytes(6, 'CCO_MAC');
      const ccoTei = r.u8('CCO_TEI');
      const numStas = r.u8('NUMSTAS');
      const stations: QcaNetworkStation[] = [];
      for (let j = 0; j < numStas; j++) {
        stations.push({
          mac: r.bytes(6, 'STA MAC'),
          tei: r.u8('STA TEI'),
          bda: r.bytes(6, 'STA BDA'),
          avgTxMbps: r.u8('AVGTX'),
          avgRxMbps: r.u8('AVGRX'),
        });
      }
      networks.push({ nid, snid, tei, role, ccoMac, ccoTei, stations });
    }
    return { type: 'VS_NW_INFO.CNF', networks };
  },
};

/** Reserved bytes between NumGroups and the first group in 0xA14E (captures: 00 10 00 00 00 00 00 00 00). */
const SOUND_ATTEN_RESERVED_LENGTH = 9;

export const vsSoundAttenInd: PayloadCodec<VsSoundAttenInd> = {
  encode(w, m) {
    fixed(w, m.oui ?? QUALCOMM_OUI, 3, 'oui');
    fixed(w, m.pevMac, 6, 'pevMac');
    byte(w, m.aag.length, 'aag.length');
    fixed(w, m.reserved, SOUND_ATTEN_RESERVED_LENGTH, 'reserved');
    for (const [i, a] of m.aag.entries()) byte(w, a, `aag[${i}]`);
  },
  decode(r) {
    const o = r.bytes(3, 'OUI');
    const pevMac = r.bytes(6, 'PEV_MAC');
    const n = r.u8('NumGroups');
    const reserved = r.bytes(SOUND_ATTEN_RESERVED_LENGTH, 'reserved');
    if (n > r.remaining) throw new DecodeError(`NumGroups ${n} exceeds the frame (${r.remaining} bytes left)`, r.pos);
    return { type: 'VS_SOUND_ATTEN.IND', oui: o, pevMac, reserved, aag: [...r.bytes(n, 'AAG')] };
  },
};
