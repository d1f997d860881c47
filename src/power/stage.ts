/**
 * The real DC power stage behind the SECC's EvsePowerStage port: a module group on a CAN bus, the DC contactor
 * output, and an isolation monitor. What it adds to "set a voltage and a current":
 * - current ramp: the commanded current rises at `rampAPerS` (falls at once);
 * - PreCharge: the current is limited to 2 A (IEC 61851-23), and contactors asked to close while pre-charging
 *   close only once the output is within `preChargeToleranceV` of the target (the battery voltage);
 * - no switching under load: opening the contactors first sets the current to 0 and switches the modules off,
 *   then waits until every module reports a current below `openCurrentThresholdA`, bounded by `openWaitMaxMs`
 *   so that after a fault the contactor still opens within 100 ms of the detection;
 * - faults (module alarm, silent module, bus error, IMD fault) latch: output off, contactors opened by the same
 *   sequence, health 'malfunction', and the fault listeners get the reason (the composition root ends the session);
 * - present voltage and current are the modules' readback (WeldingDetection reads that voltage).
 */

import type { Clock, TimerHandle } from '../core/clock.js';
import type { EvseDcLimits, EvseHealth, EvseOutputMode, EvsePowerStage } from '../v2g/controller.js';
import type { IsolationLevel } from '../v2g/types.js';
import type { IsolationMonitor } from './isolation.js';
import type { ModuleGroup } from './modules/group.js';

/** IEC 61851-23: the current during PreCharge is at most 2 A. */
export const PRECHARGE_MAX_CURRENT_A = 2;
/** How often the open sequence re-reads the modules while it waits for the current to fall. */
export const OPEN_CHECK_PERIOD_MS = 10;

export interface ContactorDrive {
  set(closed: boolean): void;
  get(): boolean;
}

export interface PowerStageParams {
  limits: EvseDcLimits;
  /** Current ramp (A/s) when the current rises. */
  rampAPerS: number;
  /** Contactors open only below this current (A). */
  openCurrentThresholdA: number;
  /** Longest wait for the current to fall before opening anyway (ms). */
  openWaitMaxMs: number;
  /** PreCharge: contactors close only with |output - target| below this (V). */
  preChargeToleranceV: number;
  /** Output voltage during the insulation test (CableCheck). */
  cableCheckVoltageV: number;
  /** Voltage measured on the cable side of the contactor (DC meter, IMD), if fitted. */
  inletVoltageV?: () => number | undefined;
}

export interface StageFault {
  reason: string;
  atMs: number;
}

export class ModuleGroupPowerStage implements EvsePowerStage {
  private mode: EvseOutputMode = 'off';
  private targetV = 0;
  private targetI = 0;
  private commandedI = 0;
  private lastRampAt = 0;
  private rampTimer?: TimerHandle;
  private openTimer?: TimerHandle;
  private closeTimer?: TimerHandle;
  private wantClosed = false;
  private openDeadline?: number;
  private emergency = false;
  private faultLatched?: StageFault;
  private readonly faultListeners = new Set<(f: StageFault) => void>();
  private openWaiters: (() => void)[] = [];
  /** Largest module-reported current at which this stage opened the contactors (A). */
  maxCurrentAtOpenA = 0;
  /** Clock ms of the last contactor opening. */
  lastOpenAt?: number;

  constructor(
    private readonly group: ModuleGroup,
    private readonly contactor: ContactorDrive,
    private readonly imd: IsolationMonitor,
    private readonly clock: Clock,
    private readonly p: PowerStageParams,
  ) {
    group.onFault((f) => this.fault(f.reason, f.atMs));
    imd.onFault((reason) => this.fault(`isolation monitor: ${reason}`, clock.now()));
  }

  onFault(l: (f: StageFault) => void): () => void {
    this.faultListeners.add(l);
    return () => this.faultListeners.delete(l);
  }

  get latchedFault(): StageFault | undefined {
    return this.faultLatched;
  }

  /** A new session: clear a latched fault (it latches again at once if its cause is still there). */
  reset(): void {
    this.emergency = false;
    this.faultLatched = undefined;
    this.group.resetFault();
  }

  limits(): EvseDcLimits {
    return { ...this.p.limits };
  }
  /** The inlet (cable side) measurement when there is one (DC meter, IMD), else the modules' readback. */
  presentVoltageV(): number {
    return this.p.inletVoltageV?.() ?? this.group.presentVoltageV();
  }
  presentCurrentA(): number {
    return this.group.presentCurrentA();
  }
  isolation(): IsolationLevel {
    return this.imd.level();
  }
  isolationCheckRunning(): boolean {
    return this.imd.running();
  }

  startIsolationCheck(): void {
    if (this.blocked()) return;
    this.mode = 'cableCheck';
    this.targetV = Math.min(this.p.cableCheckVoltageV, this.p.limits.maxVoltageV);
    this.targetI = PRECHARGE_MAX_CURRENT_A;
    this.applyNow();
    this.closeContactors();
    this.imd.start(this.targetV);
  }

  setTarget(mode: EvseOutputMode, voltageV: number, currentA: number): void {
    if (this.blocked() && mode !== 'off') return;
    this.mode = mode;
    this.targetV = Math.min(Math.max(0, voltageV), this.p.limits.maxVoltageV);
    const iMax = Math.min(this.p.limits.maxCurrentA, this.p.limits.maxPowerW / Math.max(this.targetV, 1));
    this.targetI =
      mode === 'preCharge' ? Math.min(currentA, PRECHARGE_MAX_CURRENT_A) : Math.min(Math.max(0, currentA), iMax);
    if (mode !== 'off' && !this.wantClosed) this.closeContactors();
    this.applyNow();
  }

  setContactors(closed: boolean): void {
    if (closed) {
      if (!this.blocked()) this.closeContactors();
    } else {
      this.openContactors();
    }
  }

  contactorsClosed(): boolean {
    return this.contactor.get();
  }

  /**
   * Run `cb` once the contactors are open: at once when they are, else when the open sequence (started here if
   * needed) has opened them, which is bounded by openWaitMaxMs. The composition root ends a session through this,
   * so that leaving the session (which opens the contactor output outright) never switches under load.
   */
  whenOpen(cb: () => void): void {
    if (!this.contactor.get()) {
      cb();
      return;
    }
    this.openWaiters.push(cb);
    this.setTarget('off', 0, 0);
    this.openContactors();
  }

  emergencyStop(): void {
    this.emergency = true;
    this.safeOff();
  }

  /**
   * After a fault the car first hears EVSE_Shutdown (stop normally) while the current comes down and the
   * contactors open, then EVSE_Malfunction: a car that answers Malfunction by opening S2 at once would otherwise
   * make the CP machine open the contactor under load.
   */
  health(): EvseHealth {
    if (this.emergency) return 'emergency';
    if (this.faultLatched) return this.contactor.get() ? 'shutdown' : 'malfunction';
    return 'ok';
  }

  // ---- internals

  private blocked(): boolean {
    return this.emergency || this.faultLatched !== undefined;
  }

  private fault(reason: string, atMs: number): void {
    if (this.faultLatched) return;
    this.faultLatched = { reason, atMs };
    this.safeOff();
    for (const l of [...this.faultListeners]) l(this.faultLatched);
  }

  private safeOff(): void {
    this.mode = 'off';
    this.targetI = 0;
    this.applyNow();
    this.openContactors();
  }

  /** Send the set point now: the current moves towards the target at the ramp rate (down at once). */
  private applyNow(): void {
    const now = this.clock.now();
    const dt = Math.max(0, now - this.lastRampAt) / 1000;
    this.lastRampAt = now;
    const target = this.mode === 'off' ? 0 : this.targetI;
    this.commandedI = target <= this.commandedI ? target : Math.min(target, this.commandedI + this.p.rampAPerS * dt);
    this.group.set(this.mode !== 'off', this.mode === 'off' ? 0 : this.targetV, this.commandedI);
    if (this.commandedI < target) {
      if (this.rampTimer === undefined) {
        this.rampTimer = this.clock.setTimeout(() => {
          this.rampTimer = undefined;
          this.applyNow();
        }, 100);
      }
    } else if (this.rampTimer !== undefined) {
      this.clock.clearTimeout(this.rampTimer);
      this.rampTimer = undefined;
    }
  }

  private closeContactors(): void {
    this.wantClosed = true;
    this.cancelOpen();
    if (this.contactor.get()) return;
    const ready = () =>
      this.mode !== 'preCharge' && this.mode !== 'charge'
        ? true
        : Math.abs(this.group.presentVoltageV() - this.targetV) <= this.p.preChargeToleranceV;
    const tryClose = () => {
      this.closeTimer = undefined;
      if (!this.wantClosed || this.blocked()) return;
      if (ready()) this.contactor.set(true);
      else this.closeTimer = this.clock.setTimeout(tryClose, OPEN_CHECK_PERIOD_MS * 5);
    };
    tryClose();
  }

  private cancelOpen(): void {
    if (this.openTimer !== undefined) this.clock.clearTimeout(this.openTimer);
    this.openTimer = undefined;
    this.openDeadline = undefined;
  }

  private openContactors(): void {
    this.wantClosed = false;
    if (this.closeTimer !== undefined) this.clock.clearTimeout(this.closeTimer);
    this.closeTimer = undefined;
    if (!this.contactor.get() || this.openDeadline !== undefined) return;
    // current to zero, modules off, then wait (bounded) until every module says the current is low
    if (this.mode !== 'off' || this.commandedI > 0) {
      this.mode = 'off';
      this.applyNow();
    }
    const requestedAt = this.clock.now();
    this.openDeadline = requestedAt + this.p.openWaitMaxMs;
    const check = () => {
      this.openTimer = undefined;
      const now = this.clock.now();
      const low =
        this.group.allAnsweredSince(requestedAt) && this.group.presentCurrentA() < this.p.openCurrentThresholdA;
      if (low || now >= (this.openDeadline ?? now)) {
        this.maxCurrentAtOpenA = Math.max(this.maxCurrentAtOpenA, this.group.presentCurrentA());
        this.openDeadline = undefined;
        this.lastOpenAt = now;
        this.contactor.set(false);
        const waiters = this.openWaiters;
        this.openWaiters = [];
        for (const w of waiters) w();
        return;
      }
      this.group.pollNow();
      this.openTimer = this.clock.setTimeout(check, OPEN_CHECK_PERIOD_MS);
    };
    this.group.pollNow();
    check();
  }
}
