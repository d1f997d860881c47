/**
 * ISO-2 AC ChargingStatusReq -> ChargingStatusRes: the AC charge loop. EVSEMaxCurrent is always present (field:
 * cars read the current limit here, not from the duty cycle, ecog-io/iso15118#305); ReceiptRequired=false for EIM
 * [V2G2-691] (EVerest#946); a user stop is announced by AC_EVSEStatus.EVSENotification = StopCharging.
 */

import type { Obj } from '../../types.js';
import type { HandlerResult, SeccCtx } from '../context.js';
import { acEvseStatus, current } from '../status.js';

export function handleChargingStatus(_req: Obj, ctx: SeccCtx): HandlerResult {
  const c = { ...ctx, chargeLoopCount: ctx.chargeLoopCount + 1 };
  return {
    res: {
      ResponseCode: 'OK',
      EVSEID: c.config.evseId,
      SAScheduleTupleID: 1,
      EVSEMaxCurrent: current(c, c.stopRequested || c.emergency ? 0 : c.evse.limits.maxCurrentA),
      ReceiptRequired: false,
      AC_EVSEStatus: acEvseStatus(c),
    },
    next: 'WaitForChargingStatusOrPowerDelivery',
    ctx: c,
    effects: [],
  };
}
