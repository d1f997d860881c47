/**
 * ISO-2 AC ChargingStatusReq (empty) -> Res: the AC charge loop. Ends with PowerDelivery(Stop) when the battery is
 * full, on a stop command, after stopAfterChargeLoops, or when the EVSE notifies StopCharging. Each response
 * advances the session's energy (ac-energy.ts: the charger's MeterInfo, else an estimate).
 */

import { pvNum } from '../../physical.js';
import { acEnergyStep } from '../ac-energy.js';
import { type EvccRequest, send } from '../context.js';
import { evseWantsStop, readEvse } from './common.js';

export const chargingStatus: EvccRequest = {
  build: () => ({}),
  onResponse: (res, ctx0) => {
    const c1 = readEvse(ctx0, res);
    const ctx = {
      ...c1,
      chargeLoopCount: ctx0.chargeLoopCount + 1,
      // the energy since the last response at the allowance announced until now, then the new allowance
      acEnergy: acEnergyStep(c1, res),
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
