/**
 * PreChargeReq -> PreChargeRes: regulate the output to EVTargetVoltage with the current limited to
 * preChargeMaxCurrentA (IEC 61851-23: <= 2 A) and report the measured EVSEPresentVoltage (field: Tesla Model Y
 * and Polestar 2 need real voltage tracking the target, pyPLC#24; never report 0 V by mistake).
 */

import { pvNum } from '../../physical.js';
import type { Obj } from '../../types.js';
import { BadContent, type HandlerResult, type SeccCtx } from '../context.js';
import { dcEvseStatus, need, readDcEvStatus, voltage } from '../status.js';

export function handlePreCharge(req: Obj, ctx: SeccCtx): HandlerResult {
  const where = 'PreChargeReq';
  const c0 = readDcEvStatus(ctx, need(req, 'DC_EVStatus', where));
  const targetV = pvNum(need(req, 'EVTargetVoltage', where));
  const targetI = pvNum(need(req, 'EVTargetCurrent', where));
  if (targetV === undefined || targetI === undefined) throw new BadContent('FAILED', `${where}: malformed targets`);
  if (targetV > c0.evse.limits.maxVoltageV || targetV < 0) {
    throw new BadContent('FAILED_WrongChargeParameter', `${where}: target ${targetV} V outside the EVSE limits`);
  }
  const currentA = Math.max(0, Math.min(targetI, c0.config.preChargeMaxCurrentA));
  const c = { ...c0, ev: { ...c0.ev, targetVoltageV: targetV, targetCurrentA: targetI } };
  return {
    res: { ResponseCode: 'OK', DC_EVSEStatus: dcEvseStatus(c), EVSEPresentVoltage: voltage(c, c.evse.presentVoltageV) },
    next: 'WaitForPreChargeOrPowerDelivery',
    ctx: c,
    effects:
      c.stopRequested || c.emergency ? [] : [{ type: 'setTarget', mode: 'preCharge', voltageV: targetV, currentA }],
  };
}
