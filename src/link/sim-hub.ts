/**
 * Simulated powerline: N stations (host EthernetPort + optional modem emulator) on one segment, timed by an
 * injected Clock. The modem emulator consumes what a real Qualcomm modem consumes from its host (CM_SET_KEY,
 * VS_SW_VER, VS_NW_INFO, VS_PL_LNK_STATUS, VS_RS_DEV), answers it, and reports every received M-sound to its
 * host as CM_ATTEN_PROFILE.IND (profile 'qca') or as vendor 0xA14E + an empty ATTEN_PROFILE (profile 'ar7420',
 * field behaviour of TP-Link modems). HomePlug MMEs cross the segment between any stations; other traffic (IPv6)
 * only between modems that share an NMK and have joined (joinDelayMs after the later CM_SET_KEY).
 * Faults (drop, duplicate, delay) apply to powerline transmissions; a tap sees every frame with its time.
 */

import type { PcapOutFrame } from '../capture/pcap-writer.js';
import { formatMac, parseMac } from '../core/bytes.js';
import type { Clock } from '../core/clock.js';
import { HardwareError } from '../core/errors.js';
import { QUALCOMM_LOCAL_MAC, SLAC_GROUPS } from '../slac/defs.js';
import { encodeMme, type Mme, type MmeFrame, tryDecodeMme } from '../slac/homeplug.js';
import { nidFromNmk } from '../slac/keys.js';
import { ETHERTYPE, peekEtherType } from './ethernet.js';
import { type EthernetPort, FrameFanout } from './ports.js';

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

export interface StationOptions {
  name: string;
  hostMac: Buffer | string;
  /** A modem emulator between host and powerline (default), or none (a raw link such as a veth pair). */
  modem?: ModemOptions | false;
}

export interface FaultDecision {
  drop?: boolean;
  /** Extra copies delivered (1 = the frame arrives twice). */
  duplicate?: number;
  /** Extra delay in ms on top of the segment latency. */
  delayMs?: number;
}

export interface FrameInfo {
  from: SimStation;
  frame: Buffer;
  /** Decoded when it is an MME. */
  mme?: MmeFrame;
}

export type FaultRule = (info: FrameInfo) => FaultDecision | undefined;

export interface TapRecord {
  /** Simulated time (clock.now()) in ms. */
  timeMs: number;
  frame: Buffer;
  /** Who put the frame on its way: a station name, or `<name>.modem`. */
  origin: string;
}

export interface SimHubOptions {
  clock: Clock;
  /** One-way delay over the powerline (default 1 ms). */
  latencyMs?: number;
  /** Delay host <-> own modem (default 0.5 ms). */
  modemLatencyMs?: number;
  /** Attenuation between two stations when not set with setAttenuation (default 20 dB). */
  defaultAttenuationDb?: number;
  /** Extra random delay per powerline frame, uniform 0..jitterMs (default 0), from a seeded generator. */
  jitterMs?: number;
  jitterSeed?: number;
}

interface ModemState {
  mac: Buffer;
  profile: AttenProfileKind;
  firmware: string;
  setKeyResult: number;
  joinDelayMs: number;
  silent: boolean;
  nmk: Buffer;
  nid: Buffer;
  keySetAt: number;
}

let modemSerial = 0;

export class SimStation {
  readonly name: string;
  readonly hostMac: Buffer;
  readonly port: EthernetPort;
  /** Undefined when the station has no modem. */
  readonly modem: ModemState | undefined;
  private readonly fanout = new FrameFanout();
  private closed = false;

  constructor(
    private readonly hub: SimHub,
    opts: StationOptions,
  ) {
    this.name = opts.name;
    this.hostMac = typeof opts.hostMac === 'string' ? parseMac(opts.hostMac) : Buffer.from(opts.hostMac);
    if (opts.modem !== false) {
      const m = opts.modem ?? {};
      const mac = m.mac
        ? typeof m.mac === 'string'
          ? parseMac(m.mac)
          : Buffer.from(m.mac)
        : Buffer.from(this.hostMac);
      if (!m.mac) {
        mac[0] = ((mac[0] as number) ^ 0x02) & 0xfe;
        mac[5] = 0xa0 + (modemSerial++ % 0x50);
      }
      // every modem starts in its own logical network (a random-looking NMK derived from its MAC)
      const nmk = Buffer.concat([mac, mac, mac.subarray(0, 4)]);
      this.modem = {
        mac,
        profile: m.profile ?? 'qca',
        firmware: m.firmware ?? 'MAC-QCA7420-1.4.0.20-00-20171027-CS (piccs sim)',
        setKeyResult: m.setKeyResult ?? 0x01,
        joinDelayMs: m.joinDelayMs ?? 500,
        silent: m.silent ?? false,
        nmk,
        nid: nidFromNmk(nmk),
        keySetAt: Number.NEGATIVE_INFINITY,
      };
    }
    const station = this;
    this.port = {
      get mac() {
        return station.hostMac;
      },
      send: (frame) => {
        if (station.closed) throw new HardwareError(`sim station ${station.name} is closed`);
        station.hub.fromHost(station, Buffer.from(frame));
      },
      onFrame: (h) => station.fanout.add(h),
      close: () => {
        station.closed = true;
        station.fanout.clear();
      },
    };
  }

  /** Delivers a frame to the host (used by the hub). */
  deliver(frame: Buffer): void {
    if (!this.closed) this.fanout.emit(frame);
  }

  setSilent(silent: boolean): void {
    if (this.modem) this.modem.silent = silent;
  }
}

const isGroup = (mac: Uint8Array) => ((mac[0] as number) & 0x01) === 1;

export class SimHub {
  readonly clock: Clock;
  private readonly latencyMs: number;
  private readonly modemLatencyMs: number;
  private readonly defaultAttenuationDb: number;
  private readonly jitterMs: number;
  private jitterState: number;
  private readonly stations: SimStation[] = [];
  private readonly attenuation = new Map<string, number>();
  private readonly taps = new Set<(r: TapRecord) => void>();
  private faults: FaultRule[] = [];

  constructor(opts: SimHubOptions) {
    this.clock = opts.clock;
    this.latencyMs = opts.latencyMs ?? 1;
    this.modemLatencyMs = opts.modemLatencyMs ?? 0.5;
    this.defaultAttenuationDb = opts.defaultAttenuationDb ?? 20;
    this.jitterMs = opts.jitterMs ?? 0;
    this.jitterState = (opts.jitterSeed ?? 1) >>> 0 || 1;
  }

  private jitter(): number {
    if (this.jitterMs <= 0) return 0;
    this.jitterState = (Math.imul(this.jitterState, 1664525) + 1013904223) >>> 0;
    return (this.jitterState / 2 ** 32) * this.jitterMs;
  }

  addStation(opts: StationOptions): SimStation {
    const s = new SimStation(this, opts);
    this.stations.push(s);
    return s;
  }

  station(name: string): SimStation | undefined {
    return this.stations.find((s) => s.name === name);
  }

  setAttenuation(a: SimStation, b: SimStation, db: number): void {
    this.attenuation.set(pairKey(a, b), db);
  }

  /** Adds a fault rule (applied to every powerline transmission); returns its remover. */
  addFault(rule: FaultRule): () => void {
    this.faults.push(rule);
    return () => {
      this.faults = this.faults.filter((r) => r !== rule);
    };
  }

  clearFaults(): void {
    this.faults = [];
  }

  /** Sees every frame a host or modem sends, with the simulated time (for --pcap and benchmarks). */
  tap(fn: (r: TapRecord) => void): () => void {
    this.taps.add(fn);
    return () => {
      this.taps.delete(fn);
    };
  }

  /**
   * Records every frame (host and modem originated) into a pcap writer (capture/pcap-writer.ts PcapFileWriter for
   * `--pcap FILE`), stamped with the simulated time plus `epochUs` (default 0: Wireshark shows time from 1970).
   */
  recordPcap(writer: { append(frame: PcapOutFrame): void }, epochUs = 0): () => void {
    return this.tap((r) => writer.append({ tsUs: epochUs + Math.round(r.timeMs * 1000), data: r.frame }));
  }

  /** True when the two stations' modems share an NMK and the join delay has passed (or neither has a modem). */
  linkUp(a: SimStation, b: SimStation): boolean {
    if (!a.modem || !b.modem) return !a.modem && !b.modem;
    if (!a.modem.nmk.equals(b.modem.nmk)) return false;
    const joinedAt = Math.max(a.modem.keySetAt + a.modem.joinDelayMs, b.modem.keySetAt + b.modem.joinDelayMs);
    return this.clock.now() >= joinedAt;
  }

  private record(frame: Buffer, origin: string): void {
    for (const t of this.taps) t({ timeMs: this.clock.now(), frame, origin });
  }

  /** A host sent a frame: its modem may consume it, else it goes onto the powerline. */
  fromHost(from: SimStation, frame: Buffer): void {
    this.record(frame, from.name);
    const mme = peekEtherType(frame) === ETHERTYPE.HOMEPLUG_AV ? tryDecodeMme(frame) : undefined;
    if (from.modem && mme && this.modemConsumes(from, mme)) {
      this.later(this.modemLatencyMs, () => this.modemHandle(from, mme));
      return;
    }
    this.transmit(from, frame, mme);
  }

  private modemConsumes(st: SimStation, mme: MmeFrame): boolean {
    const m = st.modem as ModemState;
    const t = mme.msg.type;
    const local = mme.dst.equals(m.mac) || mme.dst.equals(QUALCOMM_LOCAL_MAC) || isGroup(mme.dst);
    if (!local) return false;
    return (
      t === 'CM_SET_KEY.REQ' ||
      t === 'VS_SW_VER.REQ' ||
      t === 'VS_NW_INFO.REQ' ||
      t === 'VS_PL_LNK_STATUS.REQ' ||
      t === 'VS_RS_DEV.REQ' ||
      (t === 'UNKNOWN' && mme.mmtype >= 0xa000)
    );
  }

  private modemHandle(st: SimStation, mme: MmeFrame): void {
    const m = st.modem as ModemState;
    if (m.silent) return;
    const msg = mme.msg;
    let reply: Mme | undefined;
    switch (msg.type) {
      case 'CM_SET_KEY.REQ':
        m.nmk = Buffer.from(msg.newKey);
        m.nid = Buffer.from(msg.nid);
        m.keySetAt = this.clock.now();
        reply = {
          type: 'CM_SET_KEY.CNF',
          result: m.setKeyResult,
          myNonce: 0,
          yourNonce: msg.myNonce,
          pid: msg.pid,
          prn: msg.prn,
          pmn: 0xff,
          ccoCapability: 0,
        };
        break;
      case 'VS_SW_VER.REQ':
        reply = { type: 'VS_SW_VER.CNF', mstatus: 0, deviceId: 0x20, version: m.firmware };
        break;
      case 'VS_PL_LNK_STATUS.REQ': {
        const up = this.stations.some((o) => o !== st && o.modem && this.linkUp(st, o));
        reply = { type: 'VS_PL_LNK_STATUS.CNF', mstatus: 0, linkStatus: up ? 1 : 0 };
        break;
      }
      case 'VS_NW_INFO.REQ': {
        const peers = this.stations.filter((o) => o !== st && o.modem && this.linkUp(st, o));
        reply = {
          type: 'VS_NW_INFO.CNF',
          networks: peers.length
            ? [
                {
                  nid: m.nid,
                  snid: 1,
                  tei: 1,
                  role: 2,
                  ccoMac: m.mac,
                  ccoTei: 1,
                  stations: peers.map((o, i) => ({
                    mac: (o.modem as ModemState).mac,
                    tei: i + 2,
                    bda: o.hostMac,
                    avgTxMbps: 9,
                    avgRxMbps: 9,
                  })),
                },
              ]
            : [],
        };
        break;
      }
      case 'VS_RS_DEV.REQ':
        reply = { type: 'VS_RS_DEV.CNF', mstatus: 0 };
        break;
      default:
        return;
    }
    this.fromModem(st, encodeMme({ dst: mme.src, src: m.mac, msg: reply }));
  }

  private fromModem(st: SimStation, frame: Buffer): void {
    this.record(frame, `${st.name}.modem`);
    st.deliver(frame);
  }

  private transmit(from: SimStation, frame: Buffer, mme: MmeFrame | undefined): void {
    let drop = false;
    let copies = 1;
    let extraDelay = 0;
    for (const rule of this.faults) {
      const d = rule({ from, frame, mme });
      if (!d) continue;
      drop ||= d.drop === true;
      copies += d.duplicate ?? 0;
      extraDelay += d.delayMs ?? 0;
    }
    if (drop) return;
    const dst = frame.subarray(0, 6);
    const isHomePlug = mme !== undefined || peekEtherType(frame) === ETHERTYPE.HOMEPLUG_AV;
    const delay = this.latencyMs + extraDelay + this.jitter();
    for (const to of this.stations) {
      if (to === from) continue;
      if (!isGroup(dst) && !dst.equals(to.hostMac)) continue;
      // IP traffic needs a logical network between the two modems; MMEs cross unassociated (SLAC)
      if (!isHomePlug && !this.linkUp(from, to)) continue;
      for (let i = 0; i < copies; i++) {
        this.later(delay + i * 0.1, () => {
          to.deliver(frame);
          if (mme?.msg.type === 'CM_MNBC_SOUND.IND') this.reportSound(from, to, mme);
        });
      }
    }
  }

  /** The receiving modem measured an M-sound: report it to its host like the real chip does. */
  private reportSound(from: SimStation, to: SimStation, mme: MmeFrame): void {
    const m = to.modem;
    if (!m || m.silent || m.profile === 'none') return;
    const db = this.attenuation.get(pairKey(from, to)) ?? this.defaultAttenuationDb;
    // a plausible, deterministic spectrum: higher groups attenuate a little more
    const aag = Array.from({ length: SLAC_GROUPS }, (_, g) => Math.max(0, Math.round(db - 3 + (g * 6) / SLAC_GROUPS)));
    const bcast = Buffer.alloc(6, 0xff);
    this.later(this.modemLatencyMs, () => {
      if (m.profile === 'ar7420') {
        const reserved = Buffer.from('001000000000000000', 'hex');
        this.fromModem(
          to,
          encodeMme({
            dst: bcast,
            src: m.mac,
            msg: { type: 'VS_SOUND_ATTEN.IND', pevMac: mme.src, reserved, aag: [] },
          }),
        );
        this.fromModem(
          to,
          encodeMme({ dst: bcast, src: m.mac, msg: { type: 'CM_ATTEN_PROFILE.IND', pevMac: mme.src, aag: [] } }),
        );
      } else {
        this.fromModem(
          to,
          encodeMme({ dst: to.hostMac, src: m.mac, msg: { type: 'CM_ATTEN_PROFILE.IND', pevMac: mme.src, aag } }),
        );
      }
    });
  }

  private later(ms: number, fn: () => void): void {
    this.clock.setTimeout(fn, ms);
  }

  describe(): string {
    return this.stations
      .map(
        (s) => `${s.name} host ${formatMac(s.hostMac)}${s.modem ? ` modem ${formatMac(s.modem.mac)}` : ' (no modem)'}`,
      )
      .join('; ');
  }
}

function pairKey(a: SimStation, b: SimStation): string {
  return [a.name, b.name].sort().join('|');
}

// ---- fault helpers ----------------------------------------------------------------------------

/** Drops the first `count` transmissions of the named MME (e.g. 'CM_SLAC_PARM.CNF'). */
export function dropFirst(name: string, count = 1): FaultRule {
  let left = count;
  return ({ mme }) => {
    if (mme?.msg.type !== name || left <= 0) return undefined;
    left--;
    return { drop: true };
  };
}

/** Duplicates every transmission of the named MME (`copies` extra copies). */
export function duplicateAll(name: string, copies = 1): FaultRule {
  return ({ mme }) => (mme?.msg.type === name ? { duplicate: copies } : undefined);
}

/** Delays every transmission of the named MME (or all frames with '*'). */
export function delayAll(name: string, delayMs: number): FaultRule {
  return ({ mme }) => (name === '*' || mme?.msg.type === name ? { delayMs } : undefined);
}

/** Drops each transmission with probability p, from a seeded generator (deterministic runs). */
export function dropRandom(p: number, seed = 1): FaultRule {
  let s = seed >>> 0 || 1;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32 < p ? { drop: true } : undefined;
  };
}

/** Drops everything a station sends (a silent peer: 'car-silent'). */
export function silenceStation(name: string): FaultRule {
  return ({ from }) => (from.name === name ? { drop: true } : undefined);
}
