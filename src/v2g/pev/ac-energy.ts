/**
 * The energy of an AC session as the car can know it against a real charger (pure): the charger's own meter
 * (ChargingStatusRes MeterInfo.MeterReading, Wh, ISO 15118-2 MeterInfoType) when it sends one, the difference
 * between the first and the latest reading; otherwise an estimate: the current the charger allows (EVSEMaxCurrent,
 * capped by the car's own EVMaxCurrent) times the phase voltage (EVSENominalVoltage) times the phases, integrated
 * between ChargingStatus responses. The summary labels which one it is (energySource).
 */

import type { Obj } from '../types.js';
import type { AcEnergy, EvccCtx } from './context.js';

export type AcEnergySource = 'meter' | 'estimate';

/** European phase voltage when the charger names none (IEC 60038: 230 V). */
export const DEFAULT_AC_PHASE_VOLTAGE_V = 230;
/** EVSENominalVoltage above this is a line-to-line voltage (400 V): the phase voltage is it / sqrt(3). */
const LINE_VOLTAGE_ABOVE_V = 300;

function meterReadingWh(res: Obj): number | undefined {
  const r = (res.MeterInfo as Obj | undefined)?.MeterReading;
  if (typeof r === 'number' && Number.isFinite(r) && r >= 0) return r;
  if (typeof r === 'string' && /^\d+$/.test(r)) return Number(r);
  return undefined;
}

/** Phases the car draws on: its own limits, else what its requested energy transfer mode says. */
function phases(ctx: EvccCtx): number {
  return ctx.ev.limits.acPhases ?? (ctx.config.iso2AcEnergyTransferMode === 'AC_single_phase_core' ? 1 : 3);
}

/** The power the charger allows this car now, W (the estimate's basis). */
export function allowedAcPowerW(ctx: EvccCtx): number {
  const evseA = ctx.evse.acMaxCurrentA ?? 0;
  const carA = ctx.ev.limits.acMaxCurrentA ?? evseA;
  const nominal = ctx.evse.acNominalVoltageV ?? DEFAULT_AC_PHASE_VOLTAGE_V;
  const phaseV = nominal > LINE_VOLTAGE_ABOVE_V ? nominal / Math.sqrt(3) : nominal;
  return Math.max(0, Math.min(evseA, carA)) * phaseV * phases(ctx);
}

/** Advance the session's AC energy with a ChargingStatusRes received at ctx.nowMs (the allowance read before it). */
export function acEnergyStep(ctx: EvccCtx, res: Obj): AcEnergy {
  const prev = ctx.acEnergy ?? { estimatedWh: 0 };
  const dtMs = prev.lastAtMs === undefined ? 0 : Math.max(0, ctx.nowMs - prev.lastAtMs);
  const next: AcEnergy = {
    ...prev,
    estimatedWh: prev.estimatedWh + (allowedAcPowerW(ctx) * dtMs) / 3_600_000,
    lastAtMs: ctx.nowMs,
  };
  const m = meterReadingWh(res);
  if (m !== undefined) {
    next.meterFirstWh ??= m;
    next.meterLatestWh = m;
  }
  return next;
}

/** The session's AC energy and where it comes from. */
export function acEnergyReport(e: AcEnergy | undefined): { wh: number; source: AcEnergySource } | undefined {
  if (!e) return undefined;
  if (e.meterFirstWh !== undefined && e.meterLatestWh !== undefined) {
    return { wh: Math.max(0, e.meterLatestWh - e.meterFirstWh), source: 'meter' };
  }
  return { wh: e.estimatedWh, source: 'estimate' };
}
