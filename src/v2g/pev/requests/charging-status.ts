/**
 * ISO-2 AC ChargingStatusReq (empty) -> Res: the AC charge loop. Ends with PowerDelivery(Stop) when the battery is
 * full, on a stop command, after stopAfterChargeLoops, or when the EVSE notifies StopCharging.
 */

import { pvNum } from '../../physical.js';
import { type EvccRequest, send } from '../context.js';
import { evseWantsStop, readEvse } from './common.js';

export const chargingStatus: EvccRequest = {
  build: () => ({}),
  onResponse: (res, ctx0) => {
    const c1 = readEvse(ctx0, res);
    const ctx = {
      ...c1,
      chargeLoopCount: ctx0.chargeLoopCount + 1,
      evse: { ...c1.evse, acMaxCurrentA: pvNum(res.EVSEMaxCurrent) ?? c1.evse.acMaxCurrentA },
    };
    const limit = ctx.config.stopAfterChargeLoops;
    const stop =
      ctx.ev.chargingComplete || ctx.stopRequested || evseWantsStop(ctx) || (limit > 0 && ctx.chargeLoopCount >= limit);
    if (stop) return { ctx, next: send('PowerDelivery', 0, 'stop'), effects: [{ type: 'chargeLoop' }] };
    return {
      ctx,
      next: send('ChargingStatus', ctx.config.chargingStatusIntervalMs),
      effects: [{ type: 'chargeLoop' }],
    };
  },
};
