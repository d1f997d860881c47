/**
 * What a caller gives `new Evcc(...)`: port, clock and battery (EvccOptions), the user settings (EvccSettings: a
 * partial EvccConfig, a timing preset and overrides) with their defaults, and the session's outcome type. Defaults
 * are the "field" behaviour (pyPLC's waits). Also the context a session starts from, and the timing once the
 * protocol is known. Knows no session logic and no transport.
 */

import type { Clock } from '../../core/clock.js';
import type { Log } from '../../core/log.js';
import type { EvBattery } from '../controller.js';
import type { V2gEventListener, V2gFailReason } from '../events.js';
import type { MessageLogLevel } from '../message-log.js';
import type { V2gMessagePort } from '../port.js';
import { type EvccTiming, type EvccTimingOverrides, evccTiming, type TimingPreset } from '../timing.js';
import type { V2gProtocol } from '../types.js';
import type { EvccConfig, EvccCtx, EvSnapshot } from './context.js';

export interface EvccSettings extends Partial<Omit<EvccConfig, 'timing'>> {
  timingPreset?: TimingPreset;
  timing?: EvccTimingOverrides;
}

export interface EvccOptions {
  port: V2gMessagePort;
  clock: Clock;
  battery: EvBattery;
  settings?: EvccSettings;
  log?: Log;
  /** Level of the per-message log lines (default info; `sim` uses debug: its timeline shows the progress). */
  messageLogLevel?: MessageLogLevel;
  onEvent?: V2gEventListener;
}

export interface EvccOutcome {
  ok: boolean;
  /** ISO-2: the session ended with SessionStop(Pause); resume with settings.resumeSessionId = evcc.sessionId. */
  paused?: boolean;
  reason?: V2gFailReason;
  detail?: string;
}

export const DEFAULT_EVCC_CONFIG: Omit<EvccConfig, 'timing'> = {
  protocols: ['din'],
  firstSchemaId: 1,
  evccId: '02000000c0de',
  dinEnergyTransferType: 'DC_extended',
  iso2EnergyTransferMode: 'DC_extended',
  iso2AcEnergyTransferMode: 'AC_three_phase_core',
  energyMode: 'dc',
  chargingStatusIntervalMs: 500,
  ongoingRepeatMs: 250,
  preChargeRepeatMs: 200,
  currentDemandIntervalMs: 100,
  preChargeToleranceV: 10,
  useInletVoltageForPreCharge: false,
  stateCDelayMs: 200,
  contactorCloseDelayMs: 330,
  contactorOpenDelayMs: 500,
  weldingVoltageThresholdV: 60,
  weldingMaxRequests: 10,
  weldingRepeatMs: 200,
  safeShutdownContactorDelayMs: 2000,
  stopAfterChargeLoops: 0,
  renegotiateAfterChargeLoops: 0,
  resumeSessionId: '',
};

/** The EVCC timers for `protocol` (preset + overrides): first for the preferred protocol, then the negotiated one. */
export function evccTimingFor(settings: EvccSettings, protocol: V2gProtocol): EvccTiming {
  return evccTiming(protocol, settings.timingPreset, settings.timing);
}

/** A session's context before supportedAppProtocolReq: defaults + settings, timing of the preferred protocol. */
export function initialEvccCtx(settings: EvccSettings, nowMs: number, ev: EvSnapshot): EvccCtx {
  const { timing: _timing, timingPreset: _preset, ...rest } = settings;
  const config: Omit<EvccConfig, 'timing'> = { ...DEFAULT_EVCC_CONFIG, ...rest };
  if (config.protocols.length === 0) throw new RangeError('EVCC needs at least one protocol to offer');
  const first = config.protocols[0] as V2gProtocol;
  return {
    protocol: first,
    sessionId: '',
    nowMs,
    config: { ...config, timing: evccTimingFor(settings, first) },
    ev,
    evse: {},
    loopCount: 0,
    chargeLoopCount: 0,
    weldingCount: 0,
    stopRequested: false,
    pauseRequested: false,
    charging: false,
    renegotiating: false,
    renegotiations: 0,
  };
}
