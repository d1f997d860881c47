/**
 * PowerDeliveryReq -> PowerDeliveryRes.
 * DIN: ReadyToChargeState true starts the charge loop, false ends it [V2G-DC-459/462].
 * ISO-2: ChargeProgress Start | Stop | Renegotiate (back to ChargeParameterDiscovery).
 * Stop: output off and contactors open (the power stage ramps the current down first).
 * A start while the power stage cannot deliver is FAILED_PowerDeliveryNotApplied.
 */

import type { SeccState } from '../../sequence.js';
import type { Obj } from '../../types.js';
import { BadContent, type HandlerResult, type SeccCtx, type SeccEffect } from '../context.js';
import { acEvseStatus, dcEvseStatus, need, obj, readDcEvStatus } from '../status.js';

/** States in which PowerDelivery may start charging (stop is accepted in more: see sequence.ts). */
const START_STATES: readonly SeccState[] = [
  'WaitForPreChargeOrPowerDelivery',
  'WaitForCurrentDemandOrPowerDelivery',
  'WaitForPowerDelivery',
  'WaitForChargingStatusOrPowerDelivery',
];

export function handlePowerDelivery(req: Obj, ctx: SeccCtx): HandlerResult {
  const where = 'PowerDeliveryReq';
  let progress: 'Start' | 'Stop' | 'Renegotiate';
  if (ctx.protocol === 'din') {
    const ready = need(req, 'ReadyToChargeState', where);
    if (typeof ready !== 'boolean') throw new BadContent('FAILED', `${where}: ReadyToChargeState is not a boolean`);
    progress = ready ? 'Start' : 'Stop';
  } else {
    const p = need<string>(req, 'ChargeProgress', where);
    if (p !== 'Start' && p !== 'Stop' && p !== 'Renegotiate')
      throw new BadContent('FAILED', `${where}: ChargeProgress ${p}`);
    progress = p;
  }
  let c = ctx;
  const param = req.DC_EVPowerDeliveryParameter;
  if (param) c = readDcEvStatus(c, obj(param, where).DC_EVStatus);
  const ac = c.ev.energyMode === 'ac';
  const status = ac ? { AC_EVSEStatus: acEvseStatus(c) } : { DC_EVSEStatus: dcEvseStatus(c) };
  const effects: SeccEffect[] = [];
  let next: HandlerResult['next'];
  if (progress === 'Start') {
    if (!START_STATES.includes(c.state)) {
      throw new BadContent('FAILED_SequenceError', `${where}: start not allowed in ${c.state}`, 'sequenceError');
    }
    if (c.stopRequested || c.emergency || c.evse.health !== 'ok') {
      throw new BadContent('FAILED_PowerDeliveryNotApplied', `${where}: power stage cannot deliver (${c.evse.health})`);
    }
    // AC: close the contactor (the session layer gates it on CP state C, <= 3 s [V2G2-860]); the sim draws power
    if (ac) {
      effects.push(
        {
          type: 'setTarget',
          mode: 'charge',
          voltageV: c.config.acNominalVoltageV,
          currentA: c.evse.limits.maxCurrentA,
        },
        { type: 'setContactors', closed: true },
      );
    } else
      effects.push({
        type: 'setTarget',
        mode: 'charge',
        voltageV: c.ev.targetVoltageV ?? c.evse.presentVoltageV,
        currentA: 0,
      });
    if (!c.charging) effects.push({ type: 'chargingStarted' });
    c = { ...c, charging: true };
    next = ac ? 'WaitForChargingStatusOrPowerDelivery' : 'WaitForCurrentDemand';
  } else if (progress === 'Renegotiate') {
    // ISO-2: current to zero, contactors stay closed, new parameters follow (ChargeParameterDiscovery)
    effects.push({ type: 'setTarget', mode: ac ? 'off' : 'charge', voltageV: c.evse.presentVoltageV, currentA: 0 });
    c = { ...c, renegotiating: true };
    next = 'WaitForChargeParameterDiscovery';
  } else {
    effects.push(
      { type: 'setTarget', mode: 'off', voltageV: 0, currentA: 0 },
      { type: 'setContactors', closed: false },
    );
    if (c.charging) effects.push({ type: 'chargingStopped' });
    c = { ...c, charging: false };
    next = 'WaitForWeldingDetectionOrSessionStop';
  }
  return { res: { ResponseCode: 'OK', ...status }, next, ctx: c, effects };
}
