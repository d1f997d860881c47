/**
 * DC_EVSEStatus / AC_EVSEStatus builders and the helpers every SECC handler shares.
 * Field lessons: Audi Q4 aborts after CableCheck when it sees EVSE_NotReady (OpenV2Gx 0244f1a, capture
 * 2026-02-08_pyPLC_FoccciCape_AudiQ4_break_after_cableCheck.pcap), so every "all good" answer is EVSE_Ready;
 * a user stop is EVSE_Shutdown + StopCharging, an emergency EVSE_EmergencyShutdown.
 */

import { pv } from '../physical.js';
import type { DcEvseStatusCode, Obj } from '../types.js';
import { BadContent, type SeccCtx } from './context.js';

export function dcEvseStatusCode(ctx: SeccCtx, duringIsolation = false): DcEvseStatusCode {
  if (ctx.emergency || ctx.evse.health === 'emergency') return 'EVSE_EmergencyShutdown';
  if (ctx.evse.health === 'malfunction') return 'EVSE_Malfunction';
  if (ctx.evse.health === 'utilityInterrupt') return 'EVSE_UtilityInterruptEvent';
  if (ctx.stopRequested || ctx.evse.health === 'shutdown') return 'EVSE_Shutdown';
  if (ctx.evse.health === 'notReady') return 'EVSE_NotReady';
  if (duringIsolation) return ctx.config.isolationRunningStatus;
  return 'EVSE_Ready';
}

export function dcEvseStatus(ctx: SeccCtx, duringIsolation = false): Obj {
  const stop = ctx.stopRequested || ctx.emergency || ctx.evse.health === 'shutdown' || ctx.evse.health === 'emergency';
  let isolation: string = ctx.evse.isolation;
  if (isolation === 'No_IMD' && ctx.protocol === 'din') isolation = 'Invalid'; // DIN has no No_IMD token
  const code = dcEvseStatusCode(ctx, duringIsolation);
  const notification = stop ? 'StopCharging' : 'None';
  // key order = schema order (DIN: isolation first; ISO-2: the EVSEStatusType base fields first)
  if (ctx.protocol === 'din') {
    return {
      EVSEIsolationStatus: isolation,
      EVSEStatusCode: code,
      NotificationMaxDelay: 0,
      EVSENotification: notification,
    };
  }
  return {
    NotificationMaxDelay: 0,
    EVSENotification: notification,
    EVSEIsolationStatus: isolation,
    EVSEStatusCode: code,
  };
}

export function acEvseStatus(ctx: SeccCtx): Obj {
  const notification = ctx.stopRequested || ctx.emergency ? 'StopCharging' : 'None';
  if (ctx.protocol === 'din') {
    return {
      PowerSwitchClosed: ctx.evse.contactorsClosed,
      RCD: false,
      NotificationMaxDelay: 0,
      EVSENotification: notification,
    };
  }
  return { NotificationMaxDelay: 0, EVSENotification: notification, RCD: false };
}

export function voltage(_ctx: SeccCtx, v: number): Obj {
  return { ...pv(v, 'V') };
}
export function current(_ctx: SeccCtx, a: number): Obj {
  return { ...pv(a, 'A') };
}
export function power(_ctx: SeccCtx, w: number): Obj {
  return { ...pv(w, 'W', 0) };
}

/** Read a mandatory child or throw BadContent(FAILED). */
export function need<T = unknown>(o: Obj, key: string, where: string): T {
  const v = o[key];
  if (v === undefined || v === null) throw new BadContent('FAILED', `${where}: ${key} missing`);
  return v as T;
}

export function obj(o: unknown, where: string): Obj {
  if (!o || typeof o !== 'object' || Array.isArray(o)) throw new BadContent('FAILED', `${where}: not an element`);
  return o as Obj;
}

/** Store what DC_EVStatus says into ctx.ev. */
export function readDcEvStatus(ctx: SeccCtx, s: unknown): SeccCtx {
  if (!s || typeof s !== 'object') return ctx;
  const st = s as Obj;
  return {
    ...ctx,
    ev: {
      ...ctx.ev,
      evReady: typeof st.EVReady === 'boolean' ? st.EVReady : ctx.ev.evReady,
      errorCode: typeof st.EVErrorCode === 'string' ? st.EVErrorCode : ctx.ev.errorCode,
      socPercent: typeof st.EVRESSSOC === 'number' ? st.EVRESSSOC : ctx.ev.socPercent,
    },
  };
}
