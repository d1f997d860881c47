/**
 * Maps the `v2g` config section (src/config/sections/v2g.ts) to the SECC / EVCC / sim option objects. The input
 * types are structural so that v2g/ does not import config/ (app/ passes `config.v2g` in; a test keeps the two in
 * step).
 */

import type { SeccSettings } from './evse/secc.js';
import type { EvccSettings } from './pev/evcc.js';
import type { SimDcLinkOptions } from './sim/dc-link.js';
import type { V2gProtocol } from './types.js';

export interface SeccConfigValues {
  protocols: V2gProtocol[];
  evseId: string;
  sessionIdBytes: number;
  dinEnergyTransferType: string;
  iso2EnergyTransferModes: string[];
  acNominalVoltageV: number;
  preChargeMaxCurrentA: number;
  isolationRunningStatus: 'EVSE_IsolationMonitoringActive' | 'EVSE_Ready' | 'EVSE_NotReady';
  sequenceTimeoutMs: number;
  chargeLoopTimeoutMs: number;
  communicationSetupMs: number;
  ongoingLimitMs: number;
  cableCheckLimitMs: number;
}

export interface EvccConfigValues {
  protocols: V2gProtocol[];
  evccId: string;
  energyMode: 'dc' | 'ac';
  iso2AcEnergyTransferMode: string;
  timingPreset: 'field' | 'spec';
  cableCheckLoopMs: number;
  preChargeLoopMs: number;
  ongoingRepeatMs: number;
  preChargeRepeatMs: number;
  currentDemandIntervalMs: number;
  preChargeToleranceV: number;
  useInletVoltageForPreCharge: boolean;
  contactorCloseDelayMs: number;
  contactorOpenDelayMs: number;
  safeShutdownContactorDelayMs: number;
  weldingMaxRequests: number;
  renegotiateAfterChargeLoops: number;
  stopAfterChargeLoops: number;
}

export interface SimConfigValues {
  evseMaxVoltageV: number;
  evseMaxCurrentA: number;
  evseMaxPowerW: number;
  isolationCheckMs: number;
  voltageRampVPerS: number;
  currentRampAPerS: number;
  evCapacityWh: number;
  evInitialSocPercent: number;
  evTargetSocPercent: number;
  evMaxVoltageV: number;
  evMaxCurrentA: number;
}

export function seccSettingsFromConfig(c: SeccConfigValues): SeccSettings {
  const { sequenceTimeoutMs, chargeLoopTimeoutMs, communicationSetupMs, ongoingLimitMs, cableCheckLimitMs, ...rest } =
    c;
  return {
    ...rest,
    timing: { sequenceTimeoutMs, chargeLoopTimeoutMs, communicationSetupMs, ongoingLimitMs, cableCheckLimitMs },
  };
}

export function evccSettingsFromConfig(c: EvccConfigValues): EvccSettings {
  const { timingPreset, cableCheckLoopMs, preChargeLoopMs, ...rest } = c;
  // the loop overrides are field values; with the spec preset the standard's numbers stay
  return {
    ...rest,
    timingPreset,
    timing: timingPreset === 'field' ? { cableCheckLoopMs, preChargeLoopMs } : {},
  };
}

export function simLinkOptionsFromConfig(
  c: SimConfigValues,
  sides: SimDcLinkOptions['sides'] = 'both',
): SimDcLinkOptions {
  return {
    sides,
    evse: {
      limits: {
        maxVoltageV: c.evseMaxVoltageV,
        maxCurrentA: c.evseMaxCurrentA,
        maxPowerW: c.evseMaxPowerW,
        minVoltageV: 150,
        minCurrentA: 0,
        peakCurrentRippleA: 5,
        currentRegulationToleranceA: 5,
      },
      isolationCheckMs: c.isolationCheckMs,
      voltageRampVPerS: c.voltageRampVPerS,
      currentRampAPerS: c.currentRampAPerS,
      cableCheckVoltageV: Math.min(500, c.evseMaxVoltageV),
    },
    ev: {
      initialSocPercent: c.evInitialSocPercent,
      targetSocPercent: c.evTargetSocPercent,
      limits: {
        maxVoltageV: c.evMaxVoltageV,
        maxCurrentA: c.evMaxCurrentA,
        maxPowerW: c.evMaxVoltageV * c.evMaxCurrentA,
        capacityWh: c.evCapacityWh,
        fullSocPercent: 100,
        bulkSocPercent: 80,
      },
    },
  };
}
