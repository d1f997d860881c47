/**
 * SECC handler context and results: what a pure handler `(req, ctx) -> {res, ctx', effects}` sees and returns.
 * The driver (secc.ts) snapshots the power stage before each request, so handlers never call ports.
 */

import type { EvseDcLimits, EvseHealth, EvseOutputMode } from '../controller.js';
import type { SeccState } from '../sequence.js';
import type { SeccTiming } from '../timing.js';
import type { IsolationLevel, Obj, ResponseCode, V2gProtocol } from '../types.js';

/** Resolved SECC options (defaults applied). */
export interface SeccConfig {
  /** Enabled protocols in preference order. */
  protocols: V2gProtocol[];
  /** EVSE ID: DIN sends its bytes as hexBinary, ISO-2 the string (e.g. "DE*PIC*E1234"). */
  evseId: string;
  /** Length of the SessionIDs we hand out, 1..8 bytes (sessionIDType). */
  sessionIdBytes: number;
  /** DIN ServiceDiscoveryRes EnergyTransferType (pyPLC and most DIN chargers: DC_extended). */
  dinEnergyTransferType: string;
  /** ISO-2 SupportedEnergyTransferMode list. */
  iso2EnergyTransferModes: string[];
  /** AC: EVSENominalVoltage (phase voltage) announced in ChargeParameterDiscoveryRes. */
  acNominalVoltageV: number;
  /** Max current during PreCharge (IEC 61851-23: <= 2 A). */
  preChargeMaxCurrentA: number;
  /** Status code while the isolation check runs (pyPLC: EVSE_IsolationMonitoringActive). */
  isolationRunningStatus: 'EVSE_IsolationMonitoringActive' | 'EVSE_Ready' | 'EVSE_NotReady';
  timing: SeccTiming;
}

/** Power stage readings taken right before a request is handled. */
export interface EvseSnapshot {
  limits: EvseDcLimits;
  presentVoltageV: number;
  presentCurrentA: number;
  isolation: IsolationLevel;
  isolationCheckRunning: boolean;
  contactorsClosed: boolean;
  health: EvseHealth;
  authorization: 'Finished' | 'Ongoing' | 'Rejected';
}

/** What the car told us (reported upward and used for targets). */
export interface EvReport {
  evccId?: string;
  socPercent?: number;
  evReady?: boolean;
  errorCode?: string;
  targetVoltageV?: number;
  targetCurrentA?: number;
  maxVoltageV?: number;
  maxCurrentA?: number;
  maxPowerW?: number;
  capacityWh?: number;
  energyRequestWh?: number;
  chargingComplete?: boolean;
  energyMode?: 'dc' | 'ac';
}

export interface SeccCtx {
  protocol: V2gProtocol;
  state: SeccState;
  /** Our SessionID (lowercase hex) once SessionSetup is done, '' before. */
  sessionId: string;
  /** Header SessionID of the request being handled. */
  rxSessionId: string;
  /** A fresh SessionID the driver drew for this request (used by SessionSetup). */
  proposedSessionId: string;
  /** SessionID of a paused session that may be resumed (ISO-2 OK_OldSessionJoined), '' if none. */
  resumableSessionId: string;
  nowMs: number;
  config: SeccConfig;
  evse: EvseSnapshot;
  ev: EvReport;
  /** Start of the current Ongoing loop (authorization, parameters, cable check); undefined outside one. */
  loopStartMs?: number;
  isolationStarted: boolean;
  stopRequested: boolean;
  emergency: boolean;
  charging: boolean;
  /** ISO-2 PowerDelivery(Renegotiate) seen: the next ChargeParameterDiscovery leads back to PowerDelivery. */
  renegotiating: boolean;
  chargeLoopCount: number;
}

export type SeccEffect =
  | { type: 'startIsolationCheck' }
  | { type: 'setTarget'; mode: EvseOutputMode; voltageV: number; currentA: number }
  | { type: 'setContactors'; closed: boolean }
  | { type: 'chargingStarted' }
  | { type: 'chargingStopped' }
  | { type: 'sessionStopped' }
  | { type: 'paused' };

export interface HandlerResult {
  /** Response body (the element content). */
  res: Obj;
  next: SeccState;
  ctx: SeccCtx;
  effects: SeccEffect[];
  /** Close the connection after sending (SessionStop, or a FAILED code). */
  close?: boolean;
}

export type SeccHandler = (req: Obj, ctx: SeccCtx) => HandlerResult;

/** Bad content from the car: the driver answers with the failed response of that message and closes. */
export class BadContent extends Error {
  constructor(
    readonly code: ResponseCode,
    message: string,
    /** Reason reported in v2g.failed (default badContent). */
    readonly reason: 'badContent' | 'sequenceError' = 'badContent',
  ) {
    super(message);
    this.name = 'BadContent';
  }
}
