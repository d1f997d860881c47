/**
 * ChargeParameterDiscoveryReq with the car's DC limits -> Res: store the EVSE limits; Finished leads to CP state C
 * and CableCheck (even with EVSE_NotReady: Compleo 2022-12-13 captures answer Finished + EVSE_NotReady);
 * Ongoing repeats within the ChargeParameterDiscovery loop timer. A charger whose limits cannot serve this car
 * (charger-limits.ts: e.g. EVSEMaximumVoltageLimit below the battery voltage) ends the session at once.
 */

import { pv, pvNum } from '../../physical.js';
import type { Obj } from '../../types.js';
import { acChargerCannotServe, DEFAULT_AC_MIN_CURRENT_A, dcChargerCannotServe } from '../charger-limits.js';
import { type EvccCtx, type EvccRequest, fail, isAc, send } from '../context.js';
import { dcEvStatus, readEvse } from './common.js';

export const chargeParameterDiscovery: EvccRequest = {
  build: (ctx) => {
    const l = ctx.ev.limits;
    if (isAc(ctx)) {
      return {
        RequestedEnergyTransferMode: ctx.config.iso2AcEnergyTransferMode,
        AC_EVChargeParameter: {
          EAmount: pv(Math.max(0, ((l.fullSocPercent - ctx.ev.socPercent) / 100) * l.capacityWh), 'Wh', 0),
          EVMaxVoltage: pv(400, 'V'),
          EVMaxCurrent: pv(l.acMaxCurrentA ?? 16, 'A'),
          EVMinCurrent: pv(l.acMinCurrentA ?? DEFAULT_AC_MIN_CURRENT_A, 'A'),
        },
      };
    }
    const param: Obj = {
      DC_EVStatus: dcEvStatus(ctx, false),
      EVMaximumCurrentLimit: pv(l.maxCurrentA, 'A'),
      EVMaximumPowerLimit: pv(l.maxPowerW, 'W', 0),
      EVMaximumVoltageLimit: pv(l.maxVoltageV, 'V'),
      EVEnergyCapacity: pv(l.capacityWh, 'Wh', 0),
      EVEnergyRequest: pv(Math.max(0, ((l.fullSocPercent - ctx.ev.socPercent) / 100) * l.capacityWh), 'Wh', 0),
      FullSOC: Math.round(l.fullSocPercent),
      BulkSOC: Math.round(l.bulkSocPercent),
    };
    if (ctx.protocol === 'din') {
      return { EVRequestedEnergyTransferType: ctx.config.dinEnergyTransferType, DC_EVChargeParameter: param };
    }
    return { RequestedEnergyTransferMode: ctx.config.iso2EnergyTransferMode, DC_EVChargeParameter: param };
  },
  onResponse: (res, ctx0) => {
    const start = ctx0.loopStartMs ?? ctx0.nowMs;
    const p = res.DC_EVSEChargeParameter as Obj | undefined;
    let ctx = ctx0;
    if (p) {
      ctx = readEvse(ctx, p);
      ctx = {
        ...ctx,
        evse: {
          ...ctx.evse,
          maxVoltageV: pvNum(p.EVSEMaximumVoltageLimit) ?? ctx.evse.maxVoltageV,
          maxCurrentA: pvNum(p.EVSEMaximumCurrentLimit) ?? ctx.evse.maxCurrentA,
          maxPowerW: pvNum(p.EVSEMaximumPowerLimit) ?? ctx.evse.maxPowerW,
          minVoltageV: pvNum(p.EVSEMinimumVoltageLimit) ?? ctx.evse.minVoltageV,
        },
      };
    }
    const tuples = (res.SAScheduleList as Obj | undefined)?.SAScheduleTuple;
    const firstId = Array.isArray(tuples) ? (tuples[0] as Obj | undefined)?.SAScheduleTupleID : undefined;
    if (typeof firstId === 'number') ctx = { ...ctx, evse: { ...ctx.evse, saScheduleTupleId: firstId } };
    const acp = res.AC_EVSEChargeParameter as Obj | undefined;
    if (isAc(ctx) && res.EVSEProcessing === 'Finished') {
      if (!acp) return { ctx, next: fail('badContent', 'ChargeParameterDiscoveryRes without AC_EVSEChargeParameter') };
      const acCtx: EvccCtx = {
        ...ctx,
        loopStartMs: undefined,
        loopCount: 0,
        evse: {
          ...ctx.evse,
          acMaxCurrentA: pvNum(acp.EVSEMaxCurrent),
          acNominalVoltageV: pvNum(acp.EVSENominalVoltage),
        },
      };
      const cannot = acChargerCannotServe(acCtx);
      if (cannot) return { ctx: acCtx, next: fail('chargerLimits', cannot) };
      // AC: state C, then PowerDelivery(Start); the EVSE closes its contactor within 3 s of C [V2G2-860]
      return {
        ctx: acCtx,
        next: send('PowerDelivery', ctx.config.stateCDelayMs, 'start'),
        effects: [{ type: 'setStateC', on: true }, { type: 'armReadyToCharge' }],
      };
    }
    const cannot = res.EVSEProcessing === 'Finished' && !isAc(ctx) ? dcChargerCannotServe(ctx) : undefined;
    if (cannot) return { ctx, next: fail('chargerLimits', cannot) };
    if (res.EVSEProcessing === 'Finished' && ctx.renegotiating) {
      return {
        ctx: { ...ctx, renegotiating: false, loopStartMs: undefined, loopCount: 0 },
        next: send('PowerDelivery', 0, 'start'),
      };
    }
    if (res.EVSEProcessing === 'Finished') {
      if (!p) return { ctx, next: fail('badContent', 'ChargeParameterDiscoveryRes without DC_EVSEChargeParameter') };
      return {
        ctx: { ...ctx, loopStartMs: undefined, loopCount: 0 },
        next: send('CableCheck', ctx.config.stateCDelayMs),
        effects: [{ type: 'setStateC', on: true }, { type: 'armReadyToCharge' }],
      };
    }
    if (ctx.nowMs - start >= ctx.config.timing.chargeParameterLoopMs) {
      return {
        ctx,
        next: fail(
          'timeout',
          `ChargeParameterDiscovery still Ongoing after ${ctx.config.timing.chargeParameterLoopMs} ms`,
        ),
      };
    }
    return {
      ctx: { ...ctx, loopStartMs: start, loopCount: ctx.loopCount + 1 },
      next: send('ChargeParameterDiscovery', ctx.config.ongoingRepeatMs),
    };
  },
};
