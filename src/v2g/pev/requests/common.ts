/**
 * Shared pieces of EVCC requests: DC_EVStatus, protocol spellings, and reading DC_EVSEStatus.
 */

import { pvNum } from '../../physical.js';
import type { MessageName } from '../../timing.js';
import type { Obj, V2gProtocol } from '../../types.js';
import type { EvccCtx } from '../context.js';

/** DC_EVStatus in schema order (DIN has optional conditioning flags between EVReady and EVErrorCode). */
export function dcEvStatus(ctx: EvccCtx, ready: boolean): Obj {
  return {
    EVReady: ready,
    EVErrorCode: 'NO_ERROR',
    EVRESSSOC: Math.max(0, Math.min(100, Math.round(ctx.ev.socPercent))),
  };
}

/** The protocol's element name for a step (DIN and ISO-2 spell two messages differently). */
export function requestName(protocol: V2gProtocol, msg: MessageName): string {
  if (protocol === 'iso2') {
    if (msg === 'ServicePaymentSelection') return 'PaymentServiceSelectionReq';
    if (msg === 'ContractAuthentication') return 'AuthorizationReq';
  }
  return `${msg}Req`;
}

export function responseName(protocol: V2gProtocol, msg: MessageName): string {
  return requestName(protocol, msg).replace(/Req$/, 'Res');
}

/** Store DC_EVSEStatus and EVSEPresentVoltage/Current of a response. */
export function readEvse(ctx: EvccCtx, res: Obj): EvccCtx {
  const st = res.DC_EVSEStatus as Obj | undefined;
  const evse = { ...ctx.evse };
  if (st) {
    if (typeof st.EVSEStatusCode === 'string') evse.statusCode = st.EVSEStatusCode;
    if (typeof st.EVSENotification === 'string') evse.notification = st.EVSENotification;
    if (typeof st.EVSEIsolationStatus === 'string') evse.isolation = st.EVSEIsolationStatus;
  }
  const ac = res.AC_EVSEStatus as Obj | undefined;
  if (ac && typeof ac.EVSENotification === 'string') evse.notification = ac.EVSENotification;
  const u = pvNum(res.EVSEPresentVoltage);
  if (u !== undefined) evse.presentVoltageV = u;
  const i = pvNum(res.EVSEPresentCurrent);
  if (i !== undefined) evse.presentCurrentA = i;
  return { ...ctx, evse };
}

/** Store the EVSEMaximum* limits a response carries (CurrentDemandRes may update them every loop). */
export function readEvseLimits(ctx: EvccCtx, res: Obj): EvccCtx {
  return {
    ...ctx,
    evse: {
      ...ctx.evse,
      maxVoltageV: pvNum(res.EVSEMaximumVoltageLimit) ?? ctx.evse.maxVoltageV,
      maxCurrentA: pvNum(res.EVSEMaximumCurrentLimit) ?? ctx.evse.maxCurrentA,
      maxPowerW: pvNum(res.EVSEMaximumPowerLimit) ?? ctx.evse.maxPowerW,
    },
  };
}

/** Status codes after which the car must shut down at once (standards.md 2.3.3; pyPLC checks 2/3/5/6/7-11). */
export const EMERGENCY_STATUS = new Set([
  'EVSE_EmergencyShutdown',
  'EVSE_Malfunction',
  'EVSE_UtilityInterruptEvent',
  'Reserved_8',
  'Reserved_9',
  'Reserved_A',
  'Reserved_B',
  'Reserved_C',
]);

/** The charger asks for a normal stop (EVSE_Shutdown or EVSENotification StopCharging). */
export function evseWantsStop(ctx: EvccCtx): boolean {
  return ctx.evse.statusCode === 'EVSE_Shutdown' || ctx.evse.notification === 'StopCharging';
}
