/**
 * EVCC context and the shape of the per-message modules: `build(ctx) -> request body` and
 * `onResponse(res, ctx) -> {ctx', next, effects}` (pure; the driver evcc.ts does I/O, timers and effects).
 */

import type { EvLimits } from '../controller.js';
import type { V2gFailReason, V2gWarningCode } from '../events.js';
import type { EvccTiming, MessageName } from '../timing.js';
import type { Obj, V2gProtocol } from '../types.js';

/** PowerDelivery flavour: start charging, stop it, or (ISO-2) renegotiate the schedule. */
export type Variant = 'start' | 'stop' | 'renegotiate';

export interface EvccConfig {
  /** Protocols offered in supportedAppProtocolReq, in priority order. */
  protocols: V2gProtocol[];
  /** SchemaID of the first offered entry (pyPLC/Ioniq: 1). */
  firstSchemaId: number;
  /** EVCCID, hexBinary (usually the car's MAC, 6 bytes). */
  evccId: string;
  /** DIN EVRequestedEnergyTransferType / ISO-2 RequestedEnergyTransferMode. */
  dinEnergyTransferType: string;
  /** ISO-2 DC mode (DC_extended ...) or AC mode (AC_three_phase_core / AC_single_phase_core) per energyMode. */
  iso2EnergyTransferMode: string;
  iso2AcEnergyTransferMode: string;
  /** DC or AC charging (AC exists in ISO-2 only; a DIN session is always DC). */
  energyMode: 'dc' | 'ac';
  /** Pause between ChargingStatus requests (AC loop). */
  chargingStatusIntervalMs: number;
  /** Pause between requests of an Ongoing loop (ContractAuthentication, ChargeParameterDiscovery, CableCheck). */
  ongoingRepeatMs: number;
  /** Pause between PreCharge requests (pyPLC ~0.5 s, Ioniq 0.22 s). */
  preChargeRepeatMs: number;
  /** Pause between CurrentDemand requests (Ioniq on Alpitronic: 90 ms cycle). */
  currentDemandIntervalMs: number;
  /** PreCharge is done when |EVSEPresentVoltage - battery| < this (pyPLC u_delta_max_for_end_of_precharge). */
  preChargeToleranceV: number;
  /** End PreCharge on the measured inlet voltage instead of EVSEPresentVoltage (pyPLC option). */
  useInletVoltageForPreCharge: boolean;
  /** Delay after switching CP to state C before CableCheck (connector lock; pyPLC WaitForConnectorLock). */
  stateCDelayMs: number;
  /** Delay after closing the battery contactors before PowerDelivery(start) (pyPLC 10 cycles = 330 ms). */
  contactorCloseDelayMs: number;
  /** Delay after PowerDelivery(stop) before opening the contactors (current ramps down). */
  contactorOpenDelayMs: number;
  /** WeldingDetection: repeat until EVSEPresentVoltage < this, at most weldingMaxRequests times. */
  weldingVoltageThresholdV: number;
  weldingMaxRequests: number;
  weldingRepeatMs: number;
  /** Safe shutdown: CP to B at once, battery contactors open after this (pyPLC: 2 s). */
  safeShutdownContactorDelayMs: number;
  /** ISO-2 resume after a pause: SessionSetupReq carries this SessionID ('' = new session, all-zero ID). */
  resumeSessionId: string;
  /** Tester quirk (ISO-2): PowerDelivery(Renegotiate) after this many CurrentDemand loops (0 = never). */
  renegotiateAfterChargeLoops: number;
  /** Tester quirk: stop charging after this many CurrentDemand loops (0 = never). */
  stopAfterChargeLoops: number;
  timing: EvccTiming;
}

/** Car readings taken right before a request is built / a response handled. */
export interface EvSnapshot {
  limits: EvLimits;
  socPercent: number;
  batteryVoltageV: number;
  targetVoltageV: number;
  targetCurrentA: number;
  inletVoltageV?: number;
  chargingComplete: boolean;
  contactorsClosed: boolean;
}

/** What the charger told us. */
export interface EvseReport {
  evseId?: string;
  maxVoltageV?: number;
  maxCurrentA?: number;
  maxPowerW?: number;
  minVoltageV?: number;
  presentVoltageV?: number;
  presentCurrentA?: number;
  statusCode?: string;
  notification?: string;
  isolation?: string;
  /** AC: EVSEMaxCurrent and EVSENominalVoltage. */
  acMaxCurrentA?: number;
  acNominalVoltageV?: number;
  /** First SAScheduleTupleID of ChargeParameterDiscoveryRes (ISO-2 PowerDeliveryReq echoes it). */
  saScheduleTupleId?: number;
}

/** AC: the charger's meter readings and the car's energy estimate of a session (ac-energy.ts computes them). */
export interface AcEnergy {
  /** The first and the latest MeterReading (Wh) of this session, when the charger sends them. */
  meterFirstWh?: number;
  meterLatestWh?: number;
  /** Estimate so far (Wh) and when it was last advanced. */
  estimatedWh: number;
  lastAtMs?: number;
}

export interface EvccCtx {
  protocol: V2gProtocol;
  /** SessionID as received in SessionSetupRes (1..8 bytes, e.g. 4 at Tesla Superchargers), '' before. */
  sessionId: string;
  nowMs: number;
  config: EvccConfig;
  ev: EvSnapshot;
  evse: EvseReport;
  /** Start of the current loop (Ongoing / PreCharge / CurrentDemand). */
  loopStartMs?: number;
  loopCount: number;
  chargeLoopCount: number;
  weldingCount: number;
  stopRequested: boolean;
  /** ISO-2: end with SessionStop(Pause) instead of Terminate. */
  pauseRequested: boolean;
  charging: boolean;
  /** ISO-2: a renegotiation is running (ChargeParameterDiscovery leads straight back to PowerDelivery). */
  renegotiating: boolean;
  /** ISO-2: renegotiations done in this session. */
  renegotiations: number;
  /** AC: the charger's meter readings and the energy estimate (ac-energy.ts). */
  acEnergy?: AcEnergy;
}

export type EvccEffect =
  | { type: 'setStateC'; on: boolean }
  | { type: 'setContactors'; closed: boolean }
  | { type: 'chargingStarted' }
  | { type: 'chargingStopped' }
  | { type: 'chargeLoop' }
  | { type: 'armReadyToCharge' }
  | { type: 'clearReadyToCharge' }
  /** Warn about the charger (logged and reported once per code and session). */
  | { type: 'warn'; code: V2gWarningCode; detail: string };

/** What the driver does after a response. */
export type EvccNext =
  | {
      type: 'send';
      msg: MessageName;
      delayMs: number;
      variant?: Variant;
      /** Effects applied when the delay has passed, right before the request goes out. */
      beforeSend?: EvccEffect[];
    }
  | { type: 'done' }
  | { type: 'fail'; reason: V2gFailReason; detail: string };

export interface EvccStepResult {
  ctx: EvccCtx;
  next: EvccNext;
  effects?: EvccEffect[];
}

export interface EvccRequest {
  /** Base name (the request is `${name}Req` in the protocol's spelling). */
  build(ctx: EvccCtx, variant?: Variant): Obj;
  onResponse(res: Obj, ctx: EvccCtx, variant?: Variant): EvccStepResult;
  /** What to do when the response does not come in time (default: fail with timeout). */
  onTimeout?(ctx: EvccCtx): EvccStepResult;
}

/** AC charging applies: ISO-2 negotiated and the car is configured for AC. */
export function isAc(ctx: EvccCtx): boolean {
  return ctx.protocol === 'iso2' && ctx.config.energyMode === 'ac';
}

export function send(msg: MessageName, delayMs = 0, variant?: Variant, beforeSend?: EvccEffect[]): EvccNext {
  return { type: 'send', msg, delayMs, variant, beforeSend };
}

export function fail(reason: V2gFailReason, detail: string): EvccNext {
  return { type: 'fail', reason, detail };
}
