/**
 * PowerDeliveryReq start / stop.
 * DIN: ReadyToChargeState true|false + DC_EVPowerDeliveryParameter; ISO-2: ChargeProgress Start|Stop,
 * SAScheduleTupleID 1. Start -> CurrentDemand loop. Stop -> CP state B, battery contactors open after the current
 * ramped down (contactorOpenDelayMs), then WeldingDetection.
 */

import type { Obj } from '../../types.js';
import { type EvccRequest, isAc, send } from '../context.js';
import { dcEvStatus, readEvse } from './common.js';

export const powerDelivery: EvccRequest = {
  build: (ctx, variant) => {
    const start = variant === 'start' || variant === undefined;
    const progress = variant === 'renegotiate' ? 'Renegotiate' : start ? 'Start' : 'Stop';
    const param: Obj = {
      DC_EVStatus: dcEvStatus(ctx, start),
      BulkChargingComplete: !start,
      ChargingComplete: !start,
    };
    if (ctx.protocol === 'din') return { ReadyToChargeState: start, DC_EVPowerDeliveryParameter: param };
    if (isAc(ctx))
      return { ChargeProgress: start ? 'Start' : 'Stop', SAScheduleTupleID: ctx.evse.saScheduleTupleId ?? 1 };
    return {
      ChargeProgress: progress,
      SAScheduleTupleID: ctx.evse.saScheduleTupleId ?? 1,
      DC_EVPowerDeliveryParameter: param,
    };
  },
  onResponse: (res, ctx0, variant) => {
    const ctx = readEvse(ctx0, res);
    if (variant === 'renegotiate') {
      // ISO-2: new ChargeParameterDiscovery, then straight back to PowerDelivery(Start)
      return {
        ctx: {
          ...ctx,
          renegotiating: true,
          renegotiations: ctx.renegotiations + 1,
          loopStartMs: ctx.nowMs,
          loopCount: 0,
        },
        next: send('ChargeParameterDiscovery'),
      };
    }
    if (variant !== 'stop') {
      return {
        ctx: { ...ctx, charging: true, loopStartMs: ctx.nowMs, chargeLoopCount: 0 },
        next: send(isAc(ctx) ? 'ChargingStatus' : 'CurrentDemand'),
        effects: ctx.charging ? [] : [{ type: 'clearReadyToCharge' }, { type: 'chargingStarted' }],
      };
    }
    if (isAc(ctx)) {
      // AC: back to state B, no welding detection (the EVSE's contactor opens on C->B)
      return {
        ctx: { ...ctx, charging: false },
        next: send('SessionStop'),
        effects: [{ type: 'setStateC', on: false }, { type: 'chargingStopped' }],
      };
    }
    return {
      ctx: { ...ctx, charging: false, weldingCount: 0 },
      next: send('WeldingDetection', ctx.config.contactorOpenDelayMs, undefined, [
        { type: 'setContactors', closed: false },
      ]),
      effects: [{ type: 'setStateC', on: false }, { type: 'chargingStopped' }],
    };
  },
};
