/**
 * CurrentDemandReq -> Res: the charge loop. The car asks for its target U/I and sends its maximum limits
 * (some chargers need EVMaximum* here: ccs32clara PR #59); the loop ends with PowerDelivery(stop) when the battery
 * is full, on a stop command, after stopAfterChargeLoops, or when the charger asks (EVSE_Shutdown / StopCharging).
 * The targets stay within the charger's announced limits (the latest CurrentDemandRes or ChargeParameterDiscoveryRes);
 * a present current above its announced maximum is flagged (charger-limits.ts).
 */

import { pv } from '../../physical.js';
import { chargerExceedsCurrent, targetCurrentWithinLimits, targetVoltageWithinLimits } from '../charger-limits.js';
import { type EvccEffect, type EvccRequest, send } from '../context.js';
import { dcEvStatus, evseWantsStop, readEvse, readEvseLimits } from './common.js';

export const currentDemand: EvccRequest = {
  build: (ctx) => {
    const l = ctx.ev.limits;
    const complete = ctx.ev.chargingComplete;
    // never more than the charger announced (current, power, voltage)
    const targetV = targetVoltageWithinLimits(ctx, ctx.ev.targetVoltageV);
    const wantA = complete || ctx.stopRequested ? 0 : ctx.ev.targetCurrentA;
    return {
      DC_EVStatus: dcEvStatus(ctx, true),
      EVTargetCurrent: pv(targetCurrentWithinLimits(ctx, wantA, targetV), 'A'),
      EVMaximumVoltageLimit: pv(l.maxVoltageV, 'V'),
      EVMaximumCurrentLimit: pv(l.maxCurrentA, 'A'),
      EVMaximumPowerLimit: pv(l.maxPowerW, 'W', 0),
      BulkChargingComplete: ctx.ev.socPercent >= l.bulkSocPercent,
      ChargingComplete: complete,
      EVTargetVoltage: pv(targetV, 'V'),
    };
  },
  onResponse: (res, ctx0) => {
    const ctx = { ...readEvseLimits(readEvse(ctx0, res), res), chargeLoopCount: ctx0.chargeLoopCount + 1 };
    const over = chargerExceedsCurrent(ctx);
    const warn: EvccEffect[] = over ? [{ type: 'warn', code: 'chargerCurrentAboveLimit', detail: over }] : [];
    const limit = ctx.config.stopAfterChargeLoops;
    const stop =
      ctx.ev.chargingComplete || ctx.stopRequested || evseWantsStop(ctx) || (limit > 0 && ctx.chargeLoopCount >= limit);
    if (stop) return { ctx, next: send('PowerDelivery', 0, 'stop'), effects: [...warn, { type: 'chargeLoop' }] };
    // ISO-2: the EVSE asks for new parameters (EVSENotification ReNegotiation), or the tester quirk
    const reneg = ctx.config.renegotiateAfterChargeLoops;
    if (
      ctx.protocol === 'iso2' &&
      (ctx.evse.notification === 'ReNegotiation' ||
        (reneg > 0 && ctx.chargeLoopCount === reneg && ctx.renegotiations === 0))
    ) {
      return { ctx, next: send('PowerDelivery', 0, 'renegotiate'), effects: [...warn, { type: 'chargeLoop' }] };
    }
    return {
      ctx,
      next: send('CurrentDemand', ctx.config.currentDemandIntervalMs),
      effects: [...warn, { type: 'chargeLoop' }],
    };
  },
};
