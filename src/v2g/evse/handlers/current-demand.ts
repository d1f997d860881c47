/**
 * CurrentDemandReq -> CurrentDemandRes: the charge loop. Regulates to the car's targets within the EVSE limits
 * and reports the measured U/I, the limit flags and the EVSE maximum limits (present in every answer; some cars
 * and testers require them, HotWire V2G-DC-948..950). A user stop answers EVSE_Shutdown + StopCharging and
 * ramps the current to 0; the car then sends PowerDelivery(stop).
 * Performance time 25 ms (DIN Table 75 / ISO-2 Table 109): this handler does no I/O.
 */

import { pvNum } from '../../physical.js';
import type { Obj } from '../../types.js';
import { BadContent, type HandlerResult, type SeccCtx } from '../context.js';
import { current, dcEvseStatus, need, power, readDcEvStatus, voltage } from '../status.js';

export function handleCurrentDemand(req: Obj, ctx: SeccCtx): HandlerResult {
  const where = 'CurrentDemandReq';
  const c0 = readDcEvStatus(ctx, need(req, 'DC_EVStatus', where));
  const targetV = pvNum(need(req, 'EVTargetVoltage', where));
  const targetI = pvNum(need(req, 'EVTargetCurrent', where));
  if (targetV === undefined || targetI === undefined) throw new BadContent('FAILED', `${where}: malformed targets`);
  const l = c0.evse.limits;
  const v = Math.min(Math.max(0, targetV), l.maxVoltageV);
  const powerCapA = v > 0 ? l.maxPowerW / v : l.maxCurrentA;
  const i = Math.max(0, Math.min(targetI, l.maxCurrentA, powerCapA));
  const c: SeccCtx = {
    ...c0,
    chargeLoopCount: c0.chargeLoopCount + 1,
    ev: {
      ...c0.ev,
      targetVoltageV: targetV,
      targetCurrentA: targetI,
      chargingComplete: req.ChargingComplete === true,
      maxVoltageV: pvNum(req.EVMaximumVoltageLimit) ?? c0.ev.maxVoltageV,
      maxCurrentA: pvNum(req.EVMaximumCurrentLimit) ?? c0.ev.maxCurrentA,
      maxPowerW: pvNum(req.EVMaximumPowerLimit) ?? c0.ev.maxPowerW,
    },
  };
  const stopping = c.stopRequested || c.emergency || c.evse.health !== 'ok';
  const res: Obj = {
    ResponseCode: 'OK',
    DC_EVSEStatus: dcEvseStatus(c),
    EVSEPresentVoltage: voltage(c, c.evse.presentVoltageV),
    EVSEPresentCurrent: current(c, c.evse.presentCurrentA),
    EVSECurrentLimitAchieved: targetI > i + 1e-9 && i >= Math.min(l.maxCurrentA, powerCapA) - 1e-9,
    EVSEVoltageLimitAchieved: targetV >= l.maxVoltageV,
    EVSEPowerLimitAchieved: targetI * v >= l.maxPowerW,
    EVSEMaximumVoltageLimit: voltage(c, l.maxVoltageV),
    EVSEMaximumCurrentLimit: current(c, l.maxCurrentA),
    EVSEMaximumPowerLimit: power(c, l.maxPowerW),
  };
  if (c.protocol === 'iso2') {
    res.EVSEID = c.config.evseId;
    res.SAScheduleTupleID = 1;
    res.ReceiptRequired = false; // EIM: no metering receipt [V2G2-691]
  }
  return {
    res,
    next: 'WaitForCurrentDemandOrPowerDelivery',
    ctx: c,
    effects: [{ type: 'setTarget', mode: 'charge', voltageV: v, currentA: stopping ? 0 : i }],
  };
}
