/**
 * The car's view of the charger's announced limits (pure, over EvccCtx): whether this charger can charge this car
 * at all (checked at ChargeParameterDiscovery, so a hopeless session ends at once with the reason instead of
 * timing out in PreCharge), the CurrentDemand targets kept within the limits, and whether the charger's output
 * exceeds them (a warning for the summary: a field-test tool must flag such a charger).
 */

import type { EvccCtx } from './context.js';

/**
 * How far the charger's present current may exceed the limit before it is flagged: the DC output current accuracy
 * of IEC 61851-23 (controlled DC charging: +-2.5 A below 50 A, +-5 % from 50 A on).
 */
export const CURRENT_TOLERANCE_ABS_A = 2.5;
export const CURRENT_TOLERANCE_REL = 0.05;
const CURRENT_TOLERANCE_KNEE_A = 50;

/** What a charger may deliver when `limitA` is the limit (limit plus the IEC 61851-23 tolerance). */
export function currentWithTolerance(limitA: number): number {
  return limitA < CURRENT_TOLERANCE_KNEE_A ? limitA + CURRENT_TOLERANCE_ABS_A : limitA * (1 + CURRENT_TOLERANCE_REL);
}

const round1 = (v: number) => Math.round(v * 10) / 10;

/**
 * DC: why this charger cannot charge this car, from its DC_EVSEChargeParameter (undefined: it can). PreCharge must
 * bring the cable to the battery voltage, so the battery voltage must lie within the charger's voltage range, and
 * the charger must offer some current.
 */
export function dcChargerCannotServe(ctx: EvccCtx): string | undefined {
  const { maxVoltageV, minVoltageV, maxCurrentA } = ctx.evse;
  const battery = round1(ctx.ev.batteryVoltageV);
  if (maxVoltageV !== undefined && maxVoltageV < battery) {
    return `the charger's EVSEMaximumVoltageLimit ${maxVoltageV} V is below the battery's ${battery} V: it cannot charge this car`;
  }
  if (minVoltageV !== undefined && minVoltageV > battery) {
    return `the charger's EVSEMinimumVoltageLimit ${minVoltageV} V is above the battery's ${battery} V: it cannot charge this car`;
  }
  if (maxCurrentA !== undefined && maxCurrentA <= 0) {
    return `the charger's EVSEMaximumCurrentLimit is ${maxCurrentA} A: it offers no current`;
  }
  return undefined;
}

/** The car's EVMinCurrent when its limits name none: 6 A, the lowest current IEC 61851-1's PWM can offer. */
export const DEFAULT_AC_MIN_CURRENT_A = 6;

/** AC: why this charger cannot charge this car (its EVSEMaxCurrent below the car's EVMinCurrent). */
export function acChargerCannotServe(ctx: EvccCtx): string | undefined {
  const max = ctx.evse.acMaxCurrentA;
  const min = ctx.ev.limits.acMinCurrentA ?? DEFAULT_AC_MIN_CURRENT_A;
  if (max !== undefined && max < min) {
    return `the charger's EVSEMaxCurrent ${max} A is below the car's EVMinCurrent ${min} A: it cannot charge this car`;
  }
  return undefined;
}

/** The CurrentDemand target current within the charger's announced current and power limits. */
export function targetCurrentWithinLimits(ctx: EvccCtx, wantA: number, targetVoltageV: number): number {
  const { maxCurrentA, maxPowerW } = ctx.evse;
  let a = wantA;
  if (maxCurrentA !== undefined && maxCurrentA >= 0) a = Math.min(a, maxCurrentA);
  if (maxPowerW !== undefined && maxPowerW >= 0 && targetVoltageV > 0) a = Math.min(a, maxPowerW / targetVoltageV);
  return Math.max(0, round1(a));
}

/** The CurrentDemand target voltage within the charger's announced maximum. */
export function targetVoltageWithinLimits(ctx: EvccCtx, wantV: number): number {
  const max = ctx.evse.maxVoltageV;
  return max !== undefined && max >= 0 ? Math.min(wantV, max) : wantV;
}

/** A charger delivering more current than it announced (beyond the tolerance): the warning's text, else undefined. */
export function chargerExceedsCurrent(ctx: EvccCtx): string | undefined {
  const { presentCurrentA, maxCurrentA } = ctx.evse;
  if (presentCurrentA === undefined || maxCurrentA === undefined || maxCurrentA < 0) return undefined;
  if (presentCurrentA <= currentWithTolerance(maxCurrentA)) return undefined;
  return `the charger delivered ${round1(presentCurrentA)} A, above its announced EVSEMaximumCurrentLimit ${maxCurrentA} A`;
}
