/**
 * WeldingDetectionReq -> WeldingDetectionRes: the car opened its contactors and watches the voltage we
 * measure at the cable decay (EVSEPresentVoltage). Repeatable [V2G-DC-469].
 */

import type { Obj } from '../../types.js';
import type { HandlerResult, SeccCtx } from '../context.js';
import { dcEvseStatus, need, readDcEvStatus, voltage } from '../status.js';

export function handleWeldingDetection(req: Obj, ctx: SeccCtx): HandlerResult {
  const c = readDcEvStatus(ctx, need(req, 'DC_EVStatus', 'WeldingDetectionReq'));
  return {
    res: { ResponseCode: 'OK', DC_EVSEStatus: dcEvseStatus(c), EVSEPresentVoltage: voltage(c, c.evse.presentVoltageV) },
    next: 'WaitForWeldingDetectionOrSessionStop',
    ctx: c,
    effects: [],
  };
}
