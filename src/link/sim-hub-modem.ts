/**
 * The modem emulator of the simulated powerline (sim-hub.ts): consumes what a real Qualcomm modem consumes from its
 * host (CM_SET_KEY, VS_SW_VER, VS_NW_INFO, VS_PL_LNK_STATUS, VS_RS_DEV, other vendor MMEs) and answers it, and turns
 * every received M-sound into what the chip reports to its host: CM_ATTEN_PROFILE.IND (profile 'qca') or vendor
 * 0xA14E + an empty ATTEN_PROFILE (profile 'ar7420', field behaviour of TP-Link modems). Holds the modem's NMK/NID
 * and when it was set; the hub decides who is linked, when frames travel and where they go.
 */

import { parseMac } from '../core/bytes.js';
import { QUALCOMM_LOCAL_MAC, SLAC_GROUPS } from '../slac/defs.js';
import type { EncodeMmeArgs, Mme, MmeFrame } from '../slac/homeplug.js';
import { nidFromNmk } from '../slac/keys.js';

export type AttenProfileKind = 'qca' | 'ar7420' | 'none';

export interface ModemOptions {
  /** Modem MAC (default: host MAC with the locally-administered bit flipped in byte 0 and 0xA0 in byte 5). */
  mac?: Buffer | string;
  /** What the modem reports per received M-sound (default 'qca'). */
  profile?: AttenProfileKind;
  firmware?: string;
  /** CM_SET_KEY.CNF result (a QCA modem answers 0x01 on success). */
  setKeyResult?: number;
  /** Time from CM_SET_KEY until the logical network is formed with peers holding the same NMK (default 500 ms). */
  joinDelayMs?: number;
  /** The modem answers nothing (fault 'modem-silent'). */
  silent?: boolean;
}

/** A linked peer as VS_NW_INFO lists it: its modem's MAC and the host behind it. */
export interface ModemPeer {
  modemMac: Buffer;
  hostMac: Buffer;
}

const isGroup = (mac: Uint8Array) => ((mac[0] as number) & 0x01) === 1;

/** Host-side requests a modem answers itself instead of putting them on the powerline. */
const MODEM_LOCAL_REQUESTS: ReadonlySet<string> = new Set([
  'CM_SET_KEY.REQ',
  'VS_SW_VER.REQ',
  'VS_NW_INFO.REQ',
  'VS_PL_LNK_STATUS.REQ',
  'VS_RS_DEV.REQ',
]);

let modemSerial = 0;

export class SimModem {
  readonly mac: Buffer;
  readonly profile: AttenProfileKind;
  readonly firmware: string;
  readonly setKeyResult: number;
  readonly joinDelayMs: number;
  silent: boolean;
  nmk: Buffer;
  nid: Buffer;
  keySetAt = Number.NEGATIVE_INFINITY;

  constructor(hostMac: Buffer, m: ModemOptions) {
    const mac = m.mac ? (typeof m.mac === 'string' ? parseMac(m.mac) : Buffer.from(m.mac)) : Buffer.from(hostMac);
    if (!m.mac) {
      mac[0] = ((mac[0] as number) ^ 0x02) & 0xfe;
      mac[5] = 0xa0 + (modemSerial++ % 0x50);
    }
    this.mac = mac;
    this.profile = m.profile ?? 'qca';
    this.firmware = m.firmware ?? 'MAC-QCA7420-1.4.0.20-00-20171027-CS (piccs sim)';
    this.setKeyResult = m.setKeyResult ?? 0x01;
    this.joinDelayMs = m.joinDelayMs ?? 500;
    this.silent = m.silent ?? false;
    // every modem starts in its own logical network (a random-looking NMK derived from its MAC)
    this.nmk = Buffer.concat([mac, mac, mac.subarray(0, 4)]);
    this.nid = nidFromNmk(this.nmk);
  }

  /** True when a frame from the host is for this modem itself (addressed to it, the local MAC or a group). */
  consumes(mme: MmeFrame): boolean {
    const local = mme.dst.equals(this.mac) || mme.dst.equals(QUALCOMM_LOCAL_MAC) || isGroup(mme.dst);
    if (!local) return false;
    return MODEM_LOCAL_REQUESTS.has(mme.msg.type) || (mme.msg.type === 'UNKNOWN' && mme.mmtype >= 0xa000);
  }

  /** The reply to a consumed request at `nowMs` (undefined: none, e.g. an unknown vendor MME or a silent modem). */
  answer(mme: MmeFrame, nowMs: number, linkedPeers: () => ModemPeer[]): Mme | undefined {
    if (this.silent) return undefined;
    const msg = mme.msg;
    switch (msg.type) {
      case 'CM_SET_KEY.REQ':
        this.nmk = Buffer.from(msg.newKey);
        this.nid = Buffer.from(msg.nid);
        this.keySetAt = nowMs;
        return {
          type: 'CM_SET_KEY.CNF',
          result: this.setKeyResult,
          myNonce: 0,
          yourNonce: msg.myNonce,
          pid: msg.pid,
          prn: msg.prn,
          pmn: 0xff,
          ccoCapability: 0,
        };
      case 'VS_SW_VER.REQ':
        return { type: 'VS_SW_VER.CNF', mstatus: 0, deviceId: 0x20, version: this.firmware };
      case 'VS_PL_LNK_STATUS.REQ':
        return { type: 'VS_PL_LNK_STATUS.CNF', mstatus: 0, linkStatus: linkedPeers().length > 0 ? 1 : 0 };
      case 'VS_NW_INFO.REQ':
        return { type: 'VS_NW_INFO.CNF', networks: this.networks(linkedPeers()) };
      case 'VS_RS_DEV.REQ':
        return { type: 'VS_RS_DEV.CNF', mstatus: 0 };
      default:
        return undefined;
    }
  }

  /** VS_NW_INFO: one network (this modem as CCo) with the linked peers, or none while alone. */
  private networks(peers: ModemPeer[]) {
    if (!peers.length) return [];
    const stations = peers.map((p, i) => ({ mac: p.modemMac, tei: i + 2, bda: p.hostMac, avgTxMbps: 9, avgRxMbps: 9 }));
    return [{ nid: this.nid, snid: 1, tei: 1, role: 2, ccoMac: this.mac, ccoTei: 1, stations }];
  }

  /**
   * What this modem reports to its host (at `hostMac`) for an M-sound from `pevMac` received at `db` attenuation:
   * the frames in order, none while silent or with profile 'none'.
   */
  soundReport(pevMac: Buffer, hostMac: Buffer, db: number): EncodeMmeArgs[] {
    if (this.silent || this.profile === 'none') return [];
    const bcast = Buffer.alloc(6, 0xff);
    if (this.profile === 'ar7420') {
      const reserved = Buffer.from('001000000000000000', 'hex');
      return [
        { dst: bcast, src: this.mac, msg: { type: 'VS_SOUND_ATTEN.IND', pevMac, reserved, aag: [] } },
        { dst: bcast, src: this.mac, msg: { type: 'CM_ATTEN_PROFILE.IND', pevMac, aag: [] } },
      ];
    }
    // a plausible, deterministic spectrum: higher groups attenuate a little more
    const aag = Array.from({ length: SLAC_GROUPS }, (_, g) => Math.max(0, Math.round(db - 3 + (g * 6) / SLAC_GROUPS)));
    return [{ dst: hostMac, src: this.mac, msg: { type: 'CM_ATTEN_PROFILE.IND', pevMac, aag } }];
  }
}
