/**
 * Physics of a DC charger's output for the emulators: N modules in parallel (each a constant-voltage /
 * constant-current source with a soft-start voltage ramp and a current lag) on an output node with capacitance
 * and a bleeder, the charger's DC contactor, the cable, and the car's battery behind the car's contactors
 * (open-circuit voltage + internal resistance). Integrated lazily on the injected clock in small steps, like the
 * V2G sim link, so it needs no timer of its own.
 * Two things a test needs to see are recorded: the largest current through the contactor at an opening (switching
 * under load), and the inlet voltage (cable side of the contactor), which WeldingDetection reads.
 * A welded contactor (fault injection) stays closed whatever it is told.
 */

import type { Clock } from '../../core/clock.js';

export interface PlantParams {
  /** Output capacitance of the modules and the cable (F). */
  capacitanceF: number;
  /** Bleeder / discharge resistor across the output (ohm). */
  bleederOhm: number;
  /** Active output discharge of a module switched off (time constant, ms): its DC side discharge circuit. */
  dischargeTauMs: number;
  /** Module soft-start ramp of the voltage reference (V/s). */
  moduleVoltageRampVPerS: number;
  /** Time constant of a module's current regulation (ms). */
  moduleCurrentTauMs: number;
  /** One module's limits. */
  moduleMaxVoltageV: number;
  moduleMaxCurrentA: number;
  moduleMaxPowerW: number;
}

export const DEFAULT_PLANT: PlantParams = {
  // 20 kW class modules (InfyPower REG1K0100G: 1000 V, 100 A... rated 20 kW; UR100030: 1000 V, 30 A, 30 kW)
  capacitanceF: 1e-3,
  bleederOhm: 20_000,
  dischargeTauMs: 200,
  moduleVoltageRampVPerS: 1000,
  moduleCurrentTauMs: 20,
  moduleMaxVoltageV: 1000,
  moduleMaxCurrentA: 100,
  moduleMaxPowerW: 20_000,
};

/** The car as the plant sees it. */
export interface PlantBattery {
  contactorsClosed(): boolean;
  /** Open-circuit voltage now. */
  ocvV(): number;
  internalResistanceOhm: number;
  /** Energy pushed into the car (the car's own model integrates SoC). */
  absorb(voltageV: number, currentA: number): void;
}

export interface PlantModule {
  on: boolean;
  setVoltageV: number;
  setCurrentA: number;
  /** The module's own communication timeout: it switches off at this clock time (its controller went silent). */
  offAtMs: number;
  /** Set when the module switched itself off by its timeout. */
  timedOut: boolean;
  /** Internal state. */
  vref: number;
  currentA: number;
}

const STEP_MS = 2;

export class DcPlant {
  readonly p: PlantParams;
  readonly modules: PlantModule[];
  private t: number;
  private uNode = 0;
  private uInlet = 0;
  private contactor = false;
  private welded = false;
  /** Largest |current| through the contactor at an opening. */
  maxOpenCurrentA = 0;
  /** Number of contactor openings. */
  openings = 0;

  constructor(
    private readonly clock: Clock,
    moduleCount: number,
    private readonly battery: PlantBattery,
    params: Partial<PlantParams> = {},
    /** Where the contactor coil's state comes from (the board's contactor output); default: setContactor(). */
    private readonly contactorSource?: () => boolean,
  ) {
    this.p = { ...DEFAULT_PLANT, ...params };
    this.t = clock.now();
    this.modules = Array.from({ length: moduleCount }, () => ({
      on: false,
      setVoltageV: 0,
      setCurrentA: 0,
      offAtMs: Number.POSITIVE_INFINITY,
      timedOut: false,
      vref: 0,
      currentA: 0,
    }));
  }

  /** Output node (module terminals). */
  get nodeVoltageV(): number {
    this.update();
    return this.uNode;
  }
  /** Cable / inlet side of the contactor. */
  get inletVoltageV(): number {
    this.update();
    return this.uInlet;
  }
  get outputCurrentA(): number {
    this.update();
    return this.modules.reduce((s, m) => s + m.currentA, 0);
  }
  get contactorClosed(): boolean {
    return this.contactor || this.welded;
  }

  setContactor(closed: boolean): void {
    this.update();
    this.switchContactor(closed);
  }

  /** Before integrating on: the current flowing at the moment the contacts part is what they break. */
  private switchContactor(closed: boolean): void {
    if (this.contactor && !closed && !this.welded) {
      this.openings++;
      const i = this.modules.reduce((s, m) => s + m.currentA, 0);
      this.maxOpenCurrentA = Math.max(this.maxOpenCurrentA, Math.abs(i));
    }
    this.contactor = closed;
  }

  /** Fault injection: the contactor's contacts weld (it stays closed). */
  weld(on: boolean): void {
    this.update();
    this.welded = on;
  }

  update(): void {
    const now = this.clock.now();
    let remaining = now - this.t;
    this.t = now;
    const step = remaining > 600_000 ? 1000 : STEP_MS;
    while (remaining > 0) {
      const dt = Math.min(step, remaining);
      remaining -= dt;
      this.step(dt / 1000, now - remaining);
    }
    // a coil switched since the last update switched now (every switch happens inside a clock step that reads
    // the plant right after): the current it breaks is the one flowing up to now
    if (this.contactorSource) {
      const closed = this.contactorSource();
      if (closed !== this.contactor) this.switchContactor(closed);
    }
    // the car integrates what flowed (once per update: its own model steps on the same clock)
    const i = this.battery.contactorsClosed() && this.contactorClosed ? this.outputCurrentANow() : 0;
    this.battery.absorb(this.uInlet, i);
  }

  private outputCurrentANow(): number {
    return this.modules.reduce((s, m) => s + m.currentA, 0);
  }

  private step(dtS: number, atMs: number): void {
    const p = this.p;
    for (const m of this.modules) {
      if (m.on && atMs >= m.offAtMs) {
        m.on = false;
        m.timedOut = true;
      }
    }
    const closed = this.contactorClosed;
    const batteryOn = closed && this.battery.contactorsClosed();
    const ocv = this.battery.ocvV();
    let total = 0;
    for (const m of this.modules) {
      const vTarget = m.on ? Math.min(m.setVoltageV, p.moduleMaxVoltageV) : 0;
      // soft start up, immediate down (the module stops regulating when switched off)
      m.vref = m.on ? Math.min(vTarget, m.vref + p.moduleVoltageRampVPerS * dtS) : 0;
      if (!m.on) m.vref = 0;
      const iLimit = m.on
        ? Math.min(m.setCurrentA, p.moduleMaxCurrentA, p.moduleMaxPowerW / Math.max(this.uNode, 1))
        : 0;
      let iWanted: number;
      if (batteryOn) {
        // CV/CC into the battery: the current that brings the terminal to vref, within the limit
        iWanted = Math.max(
          0,
          Math.min(iLimit, (m.vref - ocv) / (this.battery.internalResistanceOhm * this.modules.length)),
        );
      } else {
        // charging the output capacitance towards vref within the current limit
        iWanted = m.vref > this.uNode ? iLimit : 0;
      }
      const k = 1 - Math.exp((-dtS * 1000) / p.moduleCurrentTauMs);
      m.currentA += (iWanted - m.currentA) * k;
      if (!m.on && m.currentA < 0.01) m.currentA = 0;
      total += m.currentA;
    }
    if (batteryOn) {
      this.uNode = ocv + total * this.battery.internalResistanceOhm;
      this.uInlet = this.uNode;
    } else {
      if (total > 0) {
        // capacitor charge, clamped at the highest module reference (CV)
        const vmax = Math.max(...this.modules.map((m) => m.vref));
        this.uNode = Math.min(vmax, this.uNode + (total * dtS) / p.capacitanceF);
      }
      const allOff = this.modules.every((m) => !m.on);
      const tauS = allOff ? p.dischargeTauMs / 1000 : p.bleederOhm * p.capacitanceF;
      if (total === 0 || allOff) this.uNode *= Math.exp(-dtS / tauS);
      if (this.uNode < 0.05) this.uNode = 0;
      if (closed) {
        this.uInlet = this.uNode;
      } else if (this.battery.contactorsClosed()) {
        this.uInlet = ocv;
      } else {
        // the cable's own capacitance is small: it follows the car side's discharge quickly
        this.uInlet *= Math.exp(-dtS / 0.05);
        if (this.uInlet < 0.05) this.uInlet = 0;
      }
    }
  }
}
