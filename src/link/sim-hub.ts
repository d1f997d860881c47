/**
 * Simulated powerline: N stations (host EthernetPort + optional modem emulator) on one segment, timed by an
 * injected Clock. HomePlug MMEs cross the segment between any stations; other traffic (IPv6) only between modems
 * that share an NMK and have joined (joinDelayMs after the later CM_SET_KEY). Owns the medium: latency, jitter,
 * attenuation between stations, who receives what and when. Faults (drop, duplicate, delay) apply to powerline
 * transmissions; a tap sees every frame with its time.
 * Layout: the station in sim-hub-station.ts, the modem emulator (its MMEs, M-sound reports) in sim-hub-modem.ts,
 * the fault rules in sim-hub-faults.ts, the taps and pcap recording in sim-hub-taps.ts; this file re-exports their
 * public types and rules.
 */

import type { PcapOutFrame } from '../capture/pcap-writer.js';
import { formatMac } from '../core/bytes.js';
import type { Clock } from '../core/clock.js';
import { encodeMme, type MmeFrame, tryDecodeMme } from '../slac/homeplug.js';
import { ETHERTYPE, peekEtherType } from './ethernet.js';
import { decideFaults, type FaultRule } from './sim-hub-faults.js';
import type { ModemPeer } from './sim-hub-modem.js';
import { SimStation, type StationOptions } from './sim-hub-station.js';
import { FrameTaps, pcapTap, type TapRecord } from './sim-hub-taps.js';

export {
  delayAll,
  dropFirst,
  dropRandom,
  duplicateAll,
  type FaultDecision,
  type FaultRule,
  type FrameInfo,
  silenceStation,
} from './sim-hub-faults.js';
export type { AttenProfileKind, ModemOptions } from './sim-hub-modem.js';
export { SimStation, type StationOptions } from './sim-hub-station.js';
export type { TapRecord } from './sim-hub-taps.js';

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
  private readonly taps = new FrameTaps();
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
    return this.taps.add(fn);
  }

  /**
   * Records every frame (host and modem originated) into a pcap writer (capture/pcap-writer.ts PcapFileWriter for
   * `--pcap FILE`), stamped with the simulated time plus `epochUs` (default 0: Wireshark shows time from 1970).
   */
  recordPcap(writer: { append(frame: PcapOutFrame): void }, epochUs = 0): () => void {
    return this.tap(pcapTap(writer, epochUs));
  }

  /** True when the two stations' modems share an NMK and the join delay has passed (or neither has a modem). */
  linkUp(a: SimStation, b: SimStation): boolean {
    if (!a.modem || !b.modem) return !a.modem && !b.modem;
    if (!a.modem.nmk.equals(b.modem.nmk)) return false;
    const joinedAt = Math.max(a.modem.keySetAt + a.modem.joinDelayMs, b.modem.keySetAt + b.modem.joinDelayMs);
    return this.clock.now() >= joinedAt;
  }

  private record(frame: Buffer, origin: string): void {
    this.taps.record({ timeMs: this.clock.now(), frame, origin });
  }

  /** A host sent a frame: its modem may consume it, else it goes onto the powerline. */
  fromHost(from: SimStation, frame: Buffer): void {
    this.record(frame, from.name);
    const mme = peekEtherType(frame) === ETHERTYPE.HOMEPLUG_AV ? tryDecodeMme(frame) : undefined;
    if (from.modem && mme && from.modem.consumes(mme)) {
      this.later(this.modemLatencyMs, () => this.modemAnswer(from, mme));
      return;
    }
    this.transmit(from, frame, mme);
  }

  /** The station's modem answers a request its host sent it (after the host <-> modem latency). */
  private modemAnswer(st: SimStation, mme: MmeFrame): void {
    const m = st.modem;
    if (!m) return;
    const reply = m.answer(mme, this.clock.now(), () => this.linkedPeers(st));
    if (reply) this.fromModem(st, encodeMme({ dst: mme.src, src: m.mac, msg: reply }));
  }

  /** The other modem stations in a logical network with this one (VS_NW_INFO, VS_PL_LNK_STATUS). */
  private linkedPeers(st: SimStation): ModemPeer[] {
    const peers: ModemPeer[] = [];
    for (const o of this.stations) {
      if (o !== st && o.modem && this.linkUp(st, o)) peers.push({ modemMac: o.modem.mac, hostMac: o.hostMac });
    }
    return peers;
  }

  private fromModem(st: SimStation, frame: Buffer): void {
    this.record(frame, `${st.name}.modem`);
    st.deliver(frame);
  }

  private transmit(from: SimStation, frame: Buffer, mme: MmeFrame | undefined): void {
    const { drop, copies, extraDelayMs } = decideFaults(this.faults, { from, frame, mme });
    if (drop) return;
    const dst = frame.subarray(0, 6);
    const isHomePlug = mme !== undefined || peekEtherType(frame) === ETHERTYPE.HOMEPLUG_AV;
    const delay = this.latencyMs + extraDelayMs + this.jitter();
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

  /** The receiving modem measured an M-sound: it reports it to its host like the real chip does. */
  private reportSound(from: SimStation, to: SimStation, mme: MmeFrame): void {
    if (!to.modem) return;
    const db = this.attenuation.get(pairKey(from, to)) ?? this.defaultAttenuationDb;
    const report = to.modem.soundReport(mme.src, to.hostMac, db);
    if (report.length === 0) return;
    this.later(this.modemLatencyMs, () => {
      for (const f of report) this.fromModem(to, encodeMme(f));
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
