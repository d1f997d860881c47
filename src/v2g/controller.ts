/**
 * Controller ports the V2G sessions drive (style guide P5: ports know no protocol).
 * - EvsePowerStage: the charger's DC power stage as the SECC sees it: limits, present U/I, isolation monitor,
 *   output contactors, emergency stop. Readings are synchronous (the adapter caches the latest sample) so that
 *   SECC handlers stay pure and answer within the 25 ms CurrentDemand performance time.
 * - EvBattery: the car side as the EVCC sees it: SoC, battery voltage, target U/I, limits, CP state C switch,
 *   battery contactors.
 * Real adapters (PSU over CAN/MQTT, BMS) and sim/ implement these; the session layer may wrap them to gate
 * contactor commands on CP state (DESIGN.md: "close contactors only where allowed").
 */

import type { IsolationLevel } from './types.js';

export interface EvseDcLimits {
  maxVoltageV: number;
  maxCurrentA: number;
  maxPowerW: number;
  minVoltageV: number;
  minCurrentA: number;
  /** EVSEPeakCurrentRipple (mandatory in DIN/ISO-2 DC_EVSEChargeParameter). */
  peakCurrentRippleA: number;
  /** EVSECurrentRegulationTolerance (optional). */
  currentRegulationToleranceA?: number;
  /** EVSEEnergyToBeDelivered (optional). */
  energyToBeDeliveredWh?: number;
}

/** What the power stage is doing; the SECC maps this onto DC_EVSEStatusCode. */
export type EvseHealth = 'ok' | 'notReady' | 'shutdown' | 'emergency' | 'malfunction' | 'utilityInterrupt';

export type EvseOutputMode = 'off' | 'cableCheck' | 'preCharge' | 'charge';

export interface EvsePowerStage {
  limits(): EvseDcLimits;
  presentVoltageV(): number;
  presentCurrentA(): number;
  /** Isolation monitor result; 'Invalid' until a check has completed. */
  isolation(): IsolationLevel;
  /** True while an isolation check started by startIsolationCheck() is still running. */
  isolationCheckRunning(): boolean;
  /** Close the output contactors and run the insulation test (CableCheck). */
  startIsolationCheck(): void;
  /** Regulate the output: PreCharge (current <= 2 A per IEC 61851-23) or Charge (current-controlled). */
  setTarget(mode: EvseOutputMode, voltageV: number, currentA: number): void;
  setContactors(closed: boolean): void;
  contactorsClosed(): boolean;
  /** Latched emergency stop: output off, contactors open now. */
  emergencyStop(): void;
  health(): EvseHealth;
  /**
   * Optional, for stages that must not switch under load: run `cb` once the contactors asked to open are open
   * (the stage first brings the current below its threshold, bounded in time). The SECC sends the answer that
   * lets the car leave state C (PowerDeliveryRes stop, SessionStopRes) only then. Stages without it open at once.
   */
  whenOpen?(cb: () => void): void;
}

/** Customer authorization (external identification: RFID, app, free vending). */
export interface EvseAuthorizer {
  /** 'Ongoing' while waiting for the user, 'Finished' when accepted, 'Rejected' to refuse the session. */
  status(evccId: string): 'Finished' | 'Ongoing' | 'Rejected';
}

/** Always authorized (free vending), the default. */
export const FREE_VENDING: EvseAuthorizer = { status: () => 'Finished' };

export interface EvLimits {
  maxVoltageV: number;
  maxCurrentA: number;
  maxPowerW: number;
  /** Usable capacity (EVEnergyCapacity). */
  capacityWh: number;
  /** SoC at which the car stops charging (FullSOC). */
  fullSocPercent: number;
  /** BulkSOC. */
  bulkSocPercent: number;
  /** AC (ISO-2): on-board charger limits (EVMaxCurrent per phase, EVMinCurrent, phases). */
  acMaxCurrentA?: number;
  acMinCurrentA?: number;
  acPhases?: number;
}

export interface EvBattery {
  limits(): EvLimits;
  socPercent(): number;
  /** Battery (pack) voltage: the PreCharge target. */
  batteryVoltageV(): number;
  /** What the car asks for in CurrentDemand. */
  targetVoltageV(): number;
  targetCurrentA(): number;
  /** Inlet voltage if the car can measure it (pyPLC: use_evsepresentvoltage_for_precharge_end). */
  inletVoltageV?(): number;
  /** Car-side decision that charging is complete (SoC reached, BMS request). */
  chargingComplete(): boolean;
  /** CP switch S2: state C (true) or B (false). */
  setStateC(on: boolean): void;
  setContactors(closed: boolean): void;
  contactorsClosed(): boolean;
  /** What the charger reports (EVSEPresentVoltage/Current) for models without a physical link. */
  observeCharger?(presentVoltageV: number, presentCurrentA: number): void;
}
