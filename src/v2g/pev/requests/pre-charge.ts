/**
 * PreChargeReq(target = battery voltage, <= 2 A) -> Res: repeat until the charger's EVSEPresentVoltage (or our
 * inlet measurement, configurable like pyPLC) is within preChargeToleranceV of the battery, then close the
 * battery contactors and, after contactorCloseDelayMs, send PowerDelivery(start). Bounded by the PreCharge loop
 * timer (DIN 7 s; field preset 30 s: Alpitronic needs up to 8.5 s).
 */

import { pv } from '../../physical.js';
import { type EvccRequest, fail, send } from '../context.js';
import { dcEvStatus, readEvse } from './common.js';

/** IEC 61851-23: PreCharge current <= 2 A. */
export const PRECHARGE_CURRENT_A = 2;

export const preCharge: EvccRequest = {
  build: (ctx) => ({
    DC_EVStatus: dcEvStatus(ctx, true),
    EVTargetVoltage: pv(ctx.ev.batteryVoltageV, 'V'),
    EVTargetCurrent: pv(PRECHARGE_CURRENT_A, 'A'),
  }),
  onResponse: (res, ctx0) => {
    const ctx = readEvse(ctx0, res);
    const start = ctx.loopStartMs ?? ctx.nowMs;
    const u =
      ctx.config.useInletVoltageForPreCharge && ctx.ev.inletVoltageV !== undefined
        ? ctx.ev.inletVoltageV
        : (ctx.evse.presentVoltageV ?? 0);
    if (Math.abs(u - ctx.ev.batteryVoltageV) < ctx.config.preChargeToleranceV) {
      return {
        ctx: { ...ctx, loopStartMs: undefined, loopCount: 0 },
        next: send('PowerDelivery', ctx.config.contactorCloseDelayMs, 'start'),
        effects: [{ type: 'setContactors', closed: true }],
      };
    }
    if (ctx.nowMs - start >= ctx.config.timing.preChargeLoopMs) {
      return {
        ctx,
        next: fail(
          'timeout',
          `PreCharge: ${u.toFixed(1)} V not within ${ctx.config.preChargeToleranceV} V of ${ctx.ev.batteryVoltageV.toFixed(1)} V after ${ctx.config.timing.preChargeLoopMs} ms`,
        ),
      };
    }
    return {
      ctx: { ...ctx, loopStartMs: start, loopCount: ctx.loopCount + 1 },
      next: send('PreCharge', ctx.config.preChargeRepeatMs),
    };
  },
};
