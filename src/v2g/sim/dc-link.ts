/**
 * Simulated DC charging hardware with believable physics, driven by the injected Clock (integrated lazily on
 * every reading, in <= 10 ms steps, so it needs no periodic timer and runs on a ManualClock):
 * - EVSE power stage: output contactors, isolation check of configurable length, voltage ramp towards the
 *   target (PreCharge ramps the inlet towards the battery voltage), current following the request within
 *   the charger's limits (current, power, voltage), latched emergency stop.
 * - Car battery: SoC and energy integrate U*I over time; open-circuit voltage rises with SoC; internal
 *   resistance; a CC/CV-like taper of the requested current above BulkSOC; CP state C and contactors.
 * Both sides share one cable node when linked (sim role). Alone, the EVSE drives an ideal load and the car
 * integrates what the charger reports (observeCharger), so each side also works against real equipment.
 */

import type { Clock } from '../../core/clock.js';
import type { EvBattery, EvLimits, EvseDcLimits, EvseHealth, EvseOutputMode, EvsePowerStage } from '../controller.js';
import type { IsolationLevel } from '../types.js';

export interface SimEvseParams {
  limits: EvseDcLimits;
  /** Duration of the insulation test in CableCheck. */
  isolationCheckMs: number;
  /** What the insulation monitor reports when done. */
  isolationResult: IsolationLevel;
  /** Test voltage applied during CableCheck (clamped to maxVoltageV). */
  cableCheckVoltageV: number;
  /** Output voltage slew rate. */
  voltageRampVPerS: number;
  /** Output current slew rate. */
  currentRampAPerS: number;
  /** Time constant of the output bleeder when the stage is off (welding detection sees this decay). */
  dischargeTauMs: number;
}

export interface SimEvParams {
  limits: EvLimits;
  initialSocPercent: number;
  /** Open-circuit voltage at 0 % and 100 % SoC (linear in between). */
  ocvEmptyV: number;
  ocvFullV: number;
  internalResistanceOhm: number;
  /** Charge stops at this SoC (chargingComplete). */
  targetSocPercent: number;
}

export const DEFAULT_SIM_EVSE: SimEvseParams = {
  limits: {
    maxVoltageV: 500,
    maxCurrentA: 125,
    maxPowerW: 50_000,
    minVoltageV: 150,
    minCurrentA: 0,
    peakCurrentRippleA: 5,
    currentRegulationToleranceA: 5,
  },
  isolationCheckMs: 1500,
  isolationResult: 'Valid',
  cableCheckVoltageV: 500,
  voltageRampVPerS: 400,
  currentRampAPerS: 100,
  dischargeTauMs: 300,
};

export const DEFAULT_SIM_EV: SimEvParams = {
  // an Ioniq-like 28 kWh pack (pyPLC's reference car), 360 V nominal
  limits: {
    maxVoltageV: 400,
    maxCurrentA: 100,
    maxPowerW: 40_000,
    capacityWh: 28_000,
    fullSocPercent: 100,
    bulkSocPercent: 80,
  },
  initialSocPercent: 30,
  ocvEmptyV: 320,
  ocvFullV: 395,
  internalResistanceOhm: 0.1,
  targetSocPercent: 80,
};

const STEP_MS = 10;

function approach(x: number, target: number, maxDelta: number): number {
  if (x < target) return Math.min(target, x + maxDelta);
  return Math.max(target, x - maxDelta);
}

export interface SimDcLinkOptions {
  evse?: Partial<SimEvseParams>;
  ev?: Partial<SimEvParams>;
  /** Which sides are simulated: 'both' (sim role), 'evse' (real car), 'ev' (real charger). */
  sides?: 'both' | 'evse' | 'ev';
  /**
   * AC charging (ISO-2 AC): the EVSE's contactor feeds the car's on-board charger, which draws its AC current
   * (min of the EVSE's offer and the car's acMaxCurrentA, on acPhases phases) while the car is in state C.
   */
  ac?: boolean;
}

export class SimDcLink {
  readonly evseParams: SimEvseParams;
  readonly evParams: SimEvParams;
  readonly sides: 'both' | 'evse' | 'ev';
  readonly ac: boolean;
  private t: number;
  // cable node
  private uCable = 0;
  private iOut = 0;
  // EVSE
  private mode: EvseOutputMode = 'off';
  private targetV = 0;
  private targetI = 0;
  private evseContactors = false;
  private isoRunningUntil?: number;
  private iso: IsolationLevel = 'Invalid';
  private emergency = false;
  private healthOverride?: EvseHealth;
  // EV
  private soc: number;
  private evContactors = false;
  private stateC = false;
  private energyWh = 0;
  private chargerReport = { u: 0, i: 0 };

  readonly evse: EvsePowerStage;
  readonly ev: EvBattery;

  constructor(
    private readonly clock: Clock,
    opts: SimDcLinkOptions = {},
  ) {
    this.evseParams = {
      ...DEFAULT_SIM_EVSE,
      ...opts.evse,
      limits: { ...DEFAULT_SIM_EVSE.limits, ...opts.evse?.limits },
    };
    this.evParams = { ...DEFAULT_SIM_EV, ...opts.ev, limits: { ...DEFAULT_SIM_EV.limits, ...opts.ev?.limits } };
    this.sides = opts.sides ?? 'both';
    this.ac = opts.ac ?? false;
    this.t = clock.now();
    this.soc = this.evParams.initialSocPercent;
    this.evse = this.makeEvse();
    this.ev = this.makeEv();
  }

  // ---- observation helpers (tests, sim summary) ----
  get cableVoltageV(): number {
    this.update();
    return this.uCable;
  }
  get currentA(): number {
    this.update();
    return this.iOut;
  }
  get energyDeliveredWh(): number {
    this.update();
    return this.energyWh;
  }
  get stateCRequested(): boolean {
    return this.stateC;
  }
  get evseContactorsClosed(): boolean {
    return this.evseContactors;
  }
  get evContactorsClosed(): boolean {
    return this.evContactors;
  }
  /** Fault injection: force the EVSE health (e.g. 'malfunction'); undefined clears. */
  setEvseHealth(h: EvseHealth | undefined): void {
    this.healthOverride = h;
  }

  private ocv(): number {
    const p = this.evParams;
    return p.ocvEmptyV + ((p.ocvFullV - p.ocvEmptyV) * Math.max(0, Math.min(100, this.soc))) / 100;
  }

  /** Integrate from the last update to clock.now(). */
  update(): void {
    const now = this.clock.now();
    let remaining = now - this.t;
    this.t = now;
    // bound the work for very long gaps: beyond 10 min use 1 s steps
    const step = remaining > 600_000 ? 1000 : STEP_MS;
    while (remaining > 0) {
      const dt = Math.min(step, remaining);
      remaining -= dt;
      this.step(dt / 1000, now - remaining);
    }
  }

  private step(dtS: number, atMs: number): void {
    const e = this.evseParams;
    if (this.ac) {
      this.stepAc(dtS);
      return;
    }
    const batteryAttached = this.sides !== 'evse';
    const evseSimulated = this.sides !== 'ev';
    if (!evseSimulated) {
      // real charger: integrate what it reports while the car's contactors are closed
      if (this.evContactors) {
        this.uCable = this.chargerReport.u;
        this.iOut = this.chargerReport.i;
      } else {
        this.iOut = 0;
      }
    } else {
      if (this.isoRunningUntil !== undefined && atMs >= this.isoRunningUntil) {
        this.isoRunningUntil = undefined;
        this.iso = e.isolationResult;
      }
      const on = this.evseContactors && !this.emergency && this.mode !== 'off';
      const loaded = batteryAttached && this.evContactors;
      if (on) {
        const vLimit = Math.min(
          this.mode === 'cableCheck' ? (this.isoRunningUntil !== undefined ? e.cableCheckVoltageV : 0) : this.targetV,
          e.limits.maxVoltageV,
        );
        if (loaded) {
          // current source into the battery: follows the request within the limits
          const u = Math.max(this.uCable, 1);
          const iCap = Math.min(this.targetI, e.limits.maxCurrentA, e.limits.maxPowerW / u);
          // voltage limit: no more current than brings the terminal voltage to vLimit
          const iVolt = Math.max(0, (vLimit - this.ocv()) / this.evParams.internalResistanceOhm);
          const iTarget = this.mode === 'charge' ? Math.max(0, Math.min(iCap, iVolt)) : Math.min(iCap, iVolt, 2);
          this.iOut = approach(this.iOut, iTarget, e.currentRampAPerS * dtS);
          this.uCable = this.ocv() + this.iOut * this.evParams.internalResistanceOhm;
        } else if (!batteryAttached && this.mode === 'charge') {
          // ideal load (EVSE alone against a real car we cannot see): U follows the target, I the request
          this.uCable = approach(this.uCable, vLimit, e.voltageRampVPerS * dtS);
          this.iOut = approach(this.iOut, Math.min(this.targetI, e.limits.maxCurrentA), e.currentRampAPerS * dtS);
        } else {
          this.iOut = 0;
          this.uCable = approach(this.uCable, vLimit, e.voltageRampVPerS * dtS);
        }
      } else {
        this.iOut = approach(this.iOut, 0, e.currentRampAPerS * 10 * dtS);
        if (loaded) this.uCable = this.ocv();
        else this.uCable *= Math.exp((-dtS * 1000) / e.dischargeTauMs);
        if (this.uCable < 0.05) this.uCable = 0;
      }
    }
    if (batteryAttached && this.evContactors && this.iOut > 0) {
      const wh = (this.uCable * this.iOut * dtS) / 3600;
      this.energyWh += wh;
      this.soc = Math.min(100, this.soc + (wh / this.evParams.limits.capacityWh) * 100);
    } else if (!batteryAttached && this.iOut > 0) {
      this.energyWh += (this.uCable * this.iOut * dtS) / 3600;
    }
  }

  /** AC: the cable carries the nominal phase voltage while the contactor is closed; current per phase. */
  private stepAc(dtS: number): void {
    const on = this.evseContactors && !this.emergency && this.mode === 'charge';
    this.uCable = on ? this.targetV : 0;
    const lim = this.evParams.limits;
    const draw = on && this.stateC && this.soc < this.evParams.targetSocPercent;
    const iTarget = draw ? Math.min(this.targetI, lim.acMaxCurrentA ?? 16) : 0;
    this.iOut = approach(this.iOut, iTarget, this.evseParams.currentRampAPerS * dtS);
    if (this.iOut > 0) {
      const wh = (this.uCable * this.iOut * (lim.acPhases ?? 3) * dtS) / 3600;
      this.energyWh += wh;
      if (this.sides !== 'evse') this.soc = Math.min(100, this.soc + (wh / lim.capacityWh) * 100);
    }
  }

  private makeEvse(): EvsePowerStage {
    return {
      limits: () => ({ ...this.evseParams.limits }),
      presentVoltageV: () => {
        this.update();
        return this.uCable;
      },
      presentCurrentA: () => {
        this.update();
        return this.iOut;
      },
      isolation: () => {
        this.update();
        return this.iso;
      },
      isolationCheckRunning: () => {
        this.update();
        return this.isoRunningUntil !== undefined;
      },
      startIsolationCheck: () => {
        this.update();
        if (this.emergency) return;
        this.evseContactors = true;
        this.mode = 'cableCheck';
        this.iso = 'Invalid';
        this.isoRunningUntil = this.clock.now() + this.evseParams.isolationCheckMs;
      },
      setTarget: (mode, voltageV, currentA) => {
        this.update();
        if (this.emergency && mode !== 'off') return;
        this.mode = mode;
        this.targetV = voltageV;
        this.targetI = currentA;
        if (mode !== 'off') this.evseContactors = true;
      },
      setContactors: (closed) => {
        this.update();
        if (this.emergency && closed) return;
        this.evseContactors = closed;
      },
      contactorsClosed: () => this.evseContactors,
      emergencyStop: () => {
        this.update();
        this.emergency = true;
        this.mode = 'off';
        this.evseContactors = false;
        this.iOut = 0;
      },
      health: () => (this.emergency ? 'emergency' : (this.healthOverride ?? 'ok')),
    };
  }

  private makeEv(): EvBattery {
    const p = this.evParams;
    return {
      limits: () => ({ ...p.limits }),
      socPercent: () => {
        this.update();
        return this.soc;
      },
      batteryVoltageV: () => {
        this.update();
        return this.ocv();
      },
      targetVoltageV: () => p.limits.maxVoltageV,
      targetCurrentA: () => {
        this.update();
        // constant current up to BulkSOC, then a linear taper to 10 % at FullSOC
        const bulk = p.limits.bulkSocPercent;
        const full = p.limits.fullSocPercent;
        if (this.soc < bulk || full <= bulk) return p.limits.maxCurrentA;
        const f = Math.max(0.1, 1 - (0.9 * (this.soc - bulk)) / (full - bulk));
        return Math.round(p.limits.maxCurrentA * f);
      },
      inletVoltageV: () => {
        this.update();
        return this.uCable;
      },
      chargingComplete: () => {
        this.update();
        return this.soc >= p.targetSocPercent;
      },
      setStateC: (on) => {
        this.stateC = on;
      },
      setContactors: (closed) => {
        this.update();
        this.evContactors = closed;
      },
      contactorsClosed: () => this.evContactors,
      observeCharger: (u, i) => {
        this.update();
        this.chargerReport = { u, i };
      },
    };
  }
}
