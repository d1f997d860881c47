/**
 * Bender ISOMETER isoCHA425HV insulation monitor over Modbus RTU: holding registers. Facts from EVerest's driver
 * (everest-core modules/HardwareDrivers/IsolationMonitors/Bender_isoCHA425HV, main/isolation_monitorImpl.{hpp,cpp}),
 * which follows Bender's manual:
 *   a measurement channel is 4 registers: float32 value (high word first), then a word whose high byte carries the
 *   alarm (bits 0-2: 0 none, 1 pre-warning, 2 device error, 4 warning, 5 alarm) and test state (bits 6-7: 1 internal,
 *   2 external test) and whose low byte the validity (bits 6-7: 0 true value, 3 invalid) and unit (bits 0-4: 2 ohm,
 *   4 volt), then a channel description word.
 *   1000: insulation resistance R_F (ohm)   1008: voltage U_n (V)
 *   3026: device enable (1) / disable (0)   8005: write 0x5445 ("TE") to start the self test
 * The driver enables the device and starts a measurement at CableCheck, and reads R_F until a true (valid, not in
 * test) value arrives; its level follows the IEC 61851-23 thresholds (isolation.ts). An alarm, a device error or no
 * answer during charging is a fault.
 */

import type { Clock, TimerHandle } from '../../core/clock.js';
import type { IsolationLevel } from '../../v2g/types.js';
import { type IsolationMonitor, isolationLevelFor } from '../isolation.js';
import { floatToRegs, type ModbusClient, type RegisterMap, regsToFloat } from './client.js';

export const BENDER_REG = { resistance: 1000, voltage: 1008, deviceEnable: 3026, selfTest: 8005 } as const;
export const BENDER_SELF_TEST_MAGIC = 0x5445;
export const BENDER_ALARM: Record<number, string> = { 1: 'pre-warning', 2: 'device error', 4: 'warning', 5: 'alarm' };
export const BENDER_UNIT_OHM = 2;
export const BENDER_UNIT_VOLT = 4;

export interface BenderChannel {
  value: number;
  alarm: number;
  test: 'none' | 'internal' | 'external';
  valid: boolean;
  unit: number;
}

export function parseBenderChannel(r: readonly number[]): BenderChannel {
  const status = r[2] ?? 0;
  const hi = status >> 8;
  const lo = status & 0xff;
  const t = hi >> 6;
  return {
    value: regsToFloat(r[0] ?? 0, r[1] ?? 0),
    alarm: hi & 0x07,
    test: t === 1 ? 'internal' : t === 2 ? 'external' : 'none',
    valid: lo >> 6 !== 3,
    unit: lo & 0x1f,
  };
}

export function benderChannelRegs(c: BenderChannel): number[] {
  const t = c.test === 'internal' ? 1 : c.test === 'external' ? 2 : 0;
  const [hi, lo] = floatToRegs(c.value);
  return [hi, lo, (((t << 6) | (c.alarm & 7)) << 8) | ((c.valid ? 0 : 3) << 6) | (c.unit & 0x1f), 0];
}

export interface BenderOptions {
  client: ModbusClient;
  clock: Clock;
  /** The charger's maximum output voltage: the IEC 61851-23 ohm-per-volt limits scale with it. */
  maxVoltageV: number;
  pollMs: number;
  /** No answer this long while monitoring is a fault. */
  timeoutMs: number;
}

export class BenderImd implements IsolationMonitor {
  readonly kind = 'bender' as const;
  readonly checks = true;
  private result: IsolationLevel = 'Invalid';
  private measuring = false;
  private monitoring = false;
  private lastAnswerAt = 0;
  private ohm?: number;
  private timer?: TimerHandle;
  private readonly listeners = new Set<(reason: string) => void>();

  constructor(private readonly o: BenderOptions) {}

  start(): void {
    this.result = 'Invalid';
    this.measuring = true;
    this.monitoring = true;
    this.lastAnswerAt = this.o.clock.now();
    void this.o.client.writeRegisters(BENDER_REG.deviceEnable, [1]).catch((e) => this.raise(`enable: ${e.message}`));
    this.schedule();
  }
  running(): boolean {
    return this.measuring;
  }
  level(): IsolationLevel {
    return this.result;
  }
  resistanceOhm(): number | undefined {
    return this.ohm;
  }
  onFault(l: (reason: string) => void): () => void {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  }
  stop(): void {
    this.monitoring = false;
    if (this.timer !== undefined) this.o.clock.clearTimeout(this.timer);
    this.timer = undefined;
  }

  private raise(reason: string): void {
    this.result = 'Fault';
    this.measuring = false;
    this.stop();
    for (const l of [...this.listeners]) l(reason);
  }

  private schedule(): void {
    this.timer = this.o.clock.setTimeout(() => void this.poll(), this.o.pollMs);
  }

  private async poll(): Promise<void> {
    if (!this.monitoring) return;
    if (this.o.clock.now() - this.lastAnswerAt > this.o.timeoutMs) {
      this.raise(`no answer for ${Math.round(this.o.clock.now() - this.lastAnswerAt)} ms`);
      return;
    }
    try {
      const ch = parseBenderChannel(await this.o.client.readHoldingRegisters(BENDER_REG.resistance, 4));
      this.lastAnswerAt = this.o.clock.now();
      if (ch.alarm === 2) return this.raise('device error');
      if (ch.valid && ch.test === 'none' && ch.unit === BENDER_UNIT_OHM) {
        this.ohm = ch.value;
        this.result = isolationLevelFor(ch.value, this.o.maxVoltageV);
        this.measuring = false;
        if (this.result === 'Fault' || ch.alarm === 5)
          return this.raise(`insulation ${Math.round(ch.value)} ohm (alarm)`);
      }
    } catch {
      // counted by the timeout above
    }
    if (this.monitoring) this.schedule();
  }
}

/**
 * The isoCHA425HV's holding registers as its manual lists them, for the emulator on its own (not the driver's
 * BENDER_REG), so a driver address misread from the manual fails the tests.
 */
const ISOCHA425_MANUAL = {
  /** insulation resistance channel: 4 registers (float32 value, alarm/test and validity/unit word, reserved) */
  resistance: 1000,
  /** measured voltage channel */
  voltage: 1008,
  /** 1 = device (measurement) enabled */
  deviceEnable: 3026,
  /** write 0x5445 ("TE") to start the self test */
  selfTest: 8005,
  selfTestCode: 0x5445,
} as const;

/** The isoCHA425HV's register map for the emulator: a settable insulation resistance and faults. */
export class BenderEmulator {
  resistanceOhm = 10e6;
  voltageV = 0;
  enabled = false;
  deviceError = false;
  /** Measurement settle time after enabling (the device measures for a while before its first true value). */
  settleMs = 1000;
  private enabledAt = 0;
  selfTests = 0;

  constructor(
    private readonly clock: Clock,
    /** The DC voltage the device sees (U_n); default: the `voltageV` field. */
    private readonly voltage?: () => number,
  ) {}

  private get un(): number {
    return this.voltage ? this.voltage() : this.voltageV;
  }

  readonly map: RegisterMap = {
    holding: (a) => {
      const measuring = this.enabled && this.clock.now() - this.enabledAt >= this.settleMs;
      if (a >= ISOCHA425_MANUAL.resistance && a < ISOCHA425_MANUAL.resistance + 4) {
        return (
          benderChannelRegs({
            value: this.resistanceOhm,
            alarm: this.deviceError ? 2 : this.resistanceOhm / Math.max(this.un, 1) <= 100 ? 5 : 0,
            test: 'none',
            valid: measuring,
            unit: BENDER_UNIT_OHM,
          })[a - ISOCHA425_MANUAL.resistance] ?? 0
        );
      }
      if (a >= ISOCHA425_MANUAL.voltage && a < ISOCHA425_MANUAL.voltage + 4) {
        return (
          benderChannelRegs({ value: this.un, alarm: 0, test: 'none', valid: true, unit: BENDER_UNIT_VOLT })[
            a - ISOCHA425_MANUAL.voltage
          ] ?? 0
        );
      }
      if (a === ISOCHA425_MANUAL.deviceEnable) return this.enabled ? 1 : 0;
      return 0;
    },
    write: (a, v) => {
      if (a === ISOCHA425_MANUAL.deviceEnable) {
        if (v && !this.enabled) this.enabledAt = this.clock.now();
        this.enabled = v !== 0;
      }
      if (a === ISOCHA425_MANUAL.selfTest && v === ISOCHA425_MANUAL.selfTestCode) this.selfTests++;
    },
  };
}
