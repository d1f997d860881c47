/**
 * What a caller gives `new Secc(...)`: the ports and clock (SeccOptions), the user settings (SeccSettings, a partial
 * SeccConfig plus timing overrides) and their defaults, and the session's outcome type. Resolves settings into the
 * SeccConfig the pure handlers see. Knows no session logic and no transport.
 */

import type { Clock } from '../../core/clock.js';
import type { Log } from '../../core/log.js';
import type { EvseAuthorizer, EvsePowerStage } from '../controller.js';
import type { V2gEventListener, V2gFailReason } from '../events.js';
import type { MessageLogLevel } from '../message-log.js';
import type { V2gMessagePort } from '../port.js';
import { type SeccTimingOverrides, seccTiming } from '../timing.js';
import type { SeccConfig } from './context.js';

export interface SeccSettings extends Partial<Omit<SeccConfig, 'timing'>> {
  timing?: SeccTimingOverrides;
}

export interface SeccOptions {
  port: V2gMessagePort;
  clock: Clock;
  powerStage: EvsePowerStage;
  authorizer?: EvseAuthorizer;
  settings?: SeccSettings;
  log?: Log;
  /** Level of the per-message log lines (default info; `sim` uses debug: its timeline shows the progress). */
  messageLogLevel?: MessageLogLevel;
  onEvent?: V2gEventListener;
  /** Source of SessionIDs (tests inject a fixed one). */
  randomBytes?: (n: number) => Uint8Array;
  /** SessionID of a paused session this connection may resume (ISO-2). */
  resumableSessionId?: string;
}

export interface V2gOutcome {
  ok: boolean;
  reason?: V2gFailReason;
  detail?: string;
}

export const DEFAULT_SECC_CONFIG: Omit<SeccConfig, 'timing'> = {
  protocols: ['din', 'iso2'],
  evseId: 'ZZ00000', // pyPLC/OpenV2Gx default; real chargers use e.g. "DE*ABC*E123" (ISO-2) or its bytes (DIN)
  sessionIdBytes: 8,
  dinEnergyTransferType: 'DC_extended',
  iso2EnergyTransferModes: ['DC_extended'],
  acNominalVoltageV: 230,
  preChargeMaxCurrentA: 2,
  isolationRunningStatus: 'EVSE_IsolationMonitoringActive',
};

/** Defaults + settings, with the protocol-independent timing (the negotiated protocol refines it later). */
export function resolveSeccConfig(settings: SeccSettings): SeccConfig {
  const { timing, ...rest } = settings;
  const config: SeccConfig = { ...DEFAULT_SECC_CONFIG, ...rest, timing: seccTiming(undefined, timing) };
  if (!Number.isInteger(config.sessionIdBytes) || config.sessionIdBytes < 1 || config.sessionIdBytes > 8) {
    throw new RangeError('sessionIdBytes must be 1..8 (sessionIDType maxLength 8)');
  }
  return config;
}
