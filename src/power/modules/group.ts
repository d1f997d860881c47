/**
 * Module-group driver: N modules of one protocol on one CAN port, run as one DC source. The voltage set point is
 * shared, the current is split equally over the modules and their answers are summed (voltage: the mean of the
 * modules that answer). A poll timer sends every module its read requests each `pollMs` (the keep-alive; well
 * inside the module's own timeout) and repeats the last set point every `keepAliveMs`; set point changes go out at
 * once. Faults: a fatal alarm bit, or a module that has not answered for `silentMs`, latch a fault that is
 * reported once to the `onFault` listeners with the module and the reason. Knows no sessions.
 */

import type { Clock, TimerHandle } from '../../core/clock.js';
import type { CanFrame } from '../can/frame.js';
import type { CanPort } from '../can/port.js';
import type { ModuleProtocol, ModuleReading } from './types.js';

export interface ModuleGroupOptions {
  port: CanPort;
  protocol: ModuleProtocol;
  addresses: readonly number[];
  clock: Clock;
  /** Read-request period (readback freshness, fault detection latency). */
  pollMs: number;
  /** Set point repetition when nothing changes (keep-alive). */
  keepAliveMs: number;
  /** A module silent this long is a fault. */
  silentMs: number;
}

export interface ModuleStatus {
  addr: number;
  voltageV: number;
  currentA: number;
  temperatureC?: number;
  alarms: string[];
  outputOff?: boolean;
  /** Clock ms of the last answer (undefined: never answered). */
  lastSeenAt?: number;
}

export interface GroupFault {
  addr: number;
  kind: 'alarm' | 'silent' | 'bus';
  reason: string;
  atMs: number;
}

export class ModuleGroup {
  readonly modules: Map<number, ModuleStatus>;
  private on = false;
  private voltageV = 0;
  private currentA = 0;
  private lastSetpointAt = Number.NEGATIVE_INFINITY;
  private timer?: TimerHandle;
  private unsubscribe?: () => void;
  private faultLatched?: GroupFault;
  private readonly faultListeners = new Set<(f: GroupFault) => void>();
  private startedAt = 0;
  /** Frames sent so far. */
  framesSent = 0;

  constructor(private readonly o: ModuleGroupOptions) {
    this.modules = new Map(o.addresses.map((addr) => [addr, { addr, voltageV: 0, currentA: 0, alarms: [] }]));
  }

  start(): void {
    if (this.unsubscribe) return;
    this.startedAt = this.o.clock.now();
    this.unsubscribe = this.o.port.onFrame((f) => {
      const r = this.o.protocol.decodeReading(f);
      if (r) this.onReading(r);
    });
    this.o.port.onError?.((e) =>
      this.latch({ addr: -1, kind: 'bus', reason: `CAN bus: ${e.message}`, atMs: this.o.clock.now() }),
    );
    this.sendSetpoint();
    this.poll();
  }

  stop(): void {
    if (this.timer !== undefined) this.o.clock.clearTimeout(this.timer);
    this.timer = undefined;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  onFault(l: (f: GroupFault) => void): () => void {
    this.faultListeners.add(l);
    return () => this.faultListeners.delete(l);
  }

  get fault(): GroupFault | undefined {
    return this.faultLatched;
  }

  /** Clear a latched fault (next plug-in, operator reset); modules stay off until commanded. */
  resetFault(): void {
    this.faultLatched = undefined;
    const now = this.o.clock.now();
    this.startedAt = now;
    for (const m of this.modules.values()) {
      m.alarms = [];
      m.lastSeenAt = undefined;
    }
  }

  /** Output on at `voltageV`, total `currentA` shared by the modules; off: current 0 and modules off. */
  set(on: boolean, voltageV: number, currentA: number): void {
    const changed = on !== this.on || voltageV !== this.voltageV || currentA !== this.currentA;
    this.on = on;
    this.voltageV = Math.max(0, voltageV);
    this.currentA = Math.max(0, currentA);
    // while on, every request goes out (the car's CurrentDemand is the natural keep-alive); off only on change
    if (changed || on) this.sendSetpoint();
  }

  get commanded(): { on: boolean; voltageV: number; currentA: number } {
    return { on: this.on, voltageV: this.voltageV, currentA: this.currentA };
  }

  /** Every module has answered at or after `t` (the readback covers the whole output since then). */
  allAnsweredSince(t: number): boolean {
    for (const m of this.modules.values()) if (m.lastSeenAt === undefined || m.lastSeenAt < t) return false;
    return true;
  }

  /** Read every module now (the open sequence watches the current fall); the poll timer runs on as before. */
  pollNow(): void {
    for (const addr of this.modules.keys()) this.send(this.o.protocol.polls(addr));
  }

  /** Mean voltage of the modules with a fresh answer (0 when none). */
  presentVoltageV(): number {
    const fresh = this.fresh();
    return fresh.length ? fresh.reduce((s, m) => s + m.voltageV, 0) / fresh.length : 0;
  }

  /** Sum of the fresh modules' currents. */
  presentCurrentA(): number {
    return this.fresh().reduce((s, m) => s + m.currentA, 0);
  }

  private fresh(): ModuleStatus[] {
    const now = this.o.clock.now();
    return [...this.modules.values()].filter(
      (m) => m.lastSeenAt !== undefined && now - m.lastSeenAt <= this.o.silentMs,
    );
  }

  private send(frames: readonly CanFrame[]): void {
    for (const f of frames) {
      this.o.port.send(f);
      this.framesSent++;
    }
  }

  private sendSetpoint(): void {
    const n = this.modules.size || 1;
    const share = this.on ? this.currentA / n : 0;
    for (const addr of this.modules.keys()) {
      // current first when going down, on/off last when switching off: the output never jumps up
      this.send(this.o.protocol.setpoint(addr, this.voltageV, share));
      this.send(this.o.protocol.onOff(addr, this.on));
    }
    this.lastSetpointAt = this.o.clock.now();
  }

  private poll(): void {
    const now = this.o.clock.now();
    if (now - this.lastSetpointAt >= this.o.keepAliveMs) this.sendSetpoint();
    for (const addr of this.modules.keys()) this.send(this.o.protocol.polls(addr));
    this.checkSilent(now);
    this.timer = this.o.clock.setTimeout(() => this.poll(), this.o.pollMs);
  }

  private checkSilent(now: number): void {
    for (const m of this.modules.values()) {
      const since = m.lastSeenAt ?? this.startedAt;
      if (now - since > this.o.silentMs) {
        this.latch({
          addr: m.addr,
          kind: 'silent',
          reason: `module ${m.addr} (${this.o.protocol.name}) silent for ${Math.round(now - since)} ms`,
          atMs: now,
        });
      }
    }
  }

  private onReading(r: ModuleReading): void {
    const m = this.modules.get(r.addr);
    if (!m) return;
    m.lastSeenAt = this.o.clock.now();
    if (r.voltageV !== undefined) m.voltageV = r.voltageV;
    if (r.currentA !== undefined) m.currentA = r.currentA;
    if (r.temperatureC !== undefined) m.temperatureC = r.temperatureC;
    if (r.outputOff !== undefined) m.outputOff = r.outputOff;
    if (r.alarms) {
      m.alarms = r.alarms;
      const fatal = r.alarms.filter((a) => this.o.protocol.fatalAlarms.has(a));
      if (fatal.length) {
        this.latch({
          addr: m.addr,
          kind: 'alarm',
          reason: `module ${m.addr} (${this.o.protocol.name}) alarm: ${fatal.join(', ')}`,
          atMs: m.lastSeenAt,
        });
      }
    }
  }

  private latch(f: GroupFault): void {
    if (this.faultLatched) return;
    this.faultLatched = f;
    for (const l of [...this.faultListeners]) l(f);
  }
}
