/**
 * ChargeParameterDiscoveryReq -> Res. Reads the car's DC limits, answers the EVSE's limits and a SAScheduleList
 * with one tuple (field: BMW iX3 / Togg stay in ChargeParameterDiscovery without it, pyPLC#14).
 * Ongoing while the power stage is not ready (bounded by the SECC ongoing limit).
 * DIN: EVRequestedEnergyTransferType must be a DC type (else FAILED_WrongEnergyTransferType).
 * ISO-2: RequestedEnergyTransferMode; AC parameters answered with AC_EVSEChargeParameter (issue 9).
 */

import { pv, pvNum } from '../../physical.js';
import type { Obj } from '../../types.js';
import { BadContent, type HandlerResult, type SeccCtx } from '../context.js';
import { acEvseStatus, current, dcEvseStatus, need, obj, power, readDcEvStatus, voltage } from '../status.js';

/** One day: the schedule covers any session (RelativeTimeInterval.duration in s). */
const SCHEDULE_DURATION_S = 86_400;

export function saScheduleList(ctx: SeccCtx): Obj {
  const maxW = ctx.evse.limits.maxPowerW;
  if (ctx.protocol === 'din') {
    // DIN PMaxType is xs:short without a unit; pyPLC sends small numbers, we send W saturated to 32767
    const pmax = Math.max(0, Math.min(32767, Math.round(maxW)));
    return {
      SAScheduleTuple: [
        {
          SAScheduleTupleID: 1,
          PMaxSchedule: {
            PMaxScheduleID: 1,
            PMaxScheduleEntry: [{ RelativeTimeInterval: { start: 0, duration: SCHEDULE_DURATION_S }, PMax: pmax }],
          },
        },
      ],
    };
  }
  return {
    SAScheduleTuple: [
      {
        SAScheduleTupleID: 1,
        PMaxSchedule: {
          PMaxScheduleEntry: [
            { RelativeTimeInterval: { start: 0, duration: SCHEDULE_DURATION_S }, PMax: power(ctx, maxW) },
          ],
        },
      },
    ],
  };
}

export function dcEvseChargeParameter(ctx: SeccCtx): Obj {
  const l = ctx.evse.limits;
  const p: Obj = {
    DC_EVSEStatus: dcEvseStatus(ctx),
    EVSEMaximumCurrentLimit: current(ctx, l.maxCurrentA),
    EVSEMaximumPowerLimit: power(ctx, l.maxPowerW),
    EVSEMaximumVoltageLimit: voltage(ctx, l.maxVoltageV),
    EVSEMinimumCurrentLimit: current(ctx, l.minCurrentA),
    EVSEMinimumVoltageLimit: voltage(ctx, l.minVoltageV),
  };
  if (l.currentRegulationToleranceA !== undefined) {
    p.EVSECurrentRegulationTolerance = current(ctx, l.currentRegulationToleranceA);
  }
  p.EVSEPeakCurrentRipple = current(ctx, l.peakCurrentRippleA);
  if (l.energyToBeDeliveredWh !== undefined) p.EVSEEnergyToBeDelivered = { ...pv(l.energyToBeDeliveredWh, 'Wh', 0) };
  return p;
}

const DIN_DC_TYPES = ['DC_core', 'DC_extended', 'DC_combo_core', 'DC_unique'];

function readDcParameter(ctx: SeccCtx, p: Obj, where: string): SeccCtx {
  const maxI = pvNum(need(p, 'EVMaximumCurrentLimit', where));
  const maxV = pvNum(need(p, 'EVMaximumVoltageLimit', where));
  if (maxI === undefined || maxV === undefined) throw new BadContent('FAILED', `${where}: malformed limits`);
  const c = readDcEvStatus(ctx, need(p, 'DC_EVStatus', where));
  return {
    ...c,
    ev: {
      ...c.ev,
      energyMode: 'dc',
      maxCurrentA: maxI,
      maxVoltageV: maxV,
      maxPowerW: pvNum(p.EVMaximumPowerLimit),
      capacityWh: pvNum(p.EVEnergyCapacity),
      energyRequestWh: pvNum(p.EVEnergyRequest),
    },
  };
}

export function handleChargeParameterDiscovery(req: Obj, ctx: SeccCtx): HandlerResult {
  const where = 'ChargeParameterDiscoveryReq';
  let c = ctx;
  let ac = false;
  if (ctx.protocol === 'din') {
    const type = need<string>(req, 'EVRequestedEnergyTransferType', where);
    if (!DIN_DC_TYPES.includes(type)) {
      throw new BadContent('FAILED_WrongEnergyTransferType', `${where}: ${type} is not a DC transfer type`);
    }
    if (!req.DC_EVChargeParameter) throw new BadContent('FAILED_WrongChargeParameter', `${where}: no DC parameters`);
    c = readDcParameter(ctx, obj(req.DC_EVChargeParameter, where), where);
  } else {
    const mode = need<string>(req, 'RequestedEnergyTransferMode', where);
    if (!ctx.config.iso2EnergyTransferModes.includes(mode)) {
      throw new BadContent('FAILED_WrongEnergyTransferMode', `${where}: ${mode} is not offered`);
    }
    ac = mode.startsWith('AC');
    if (ac) {
      const p = req.AC_EVChargeParameter ? obj(req.AC_EVChargeParameter, where) : undefined;
      if (!p) throw new BadContent('FAILED_WrongChargeParameter', `${where}: no AC parameters`);
      c = {
        ...ctx,
        ev: {
          ...ctx.ev,
          energyMode: 'ac',
          energyRequestWh: pvNum(p.EAmount),
          maxVoltageV: pvNum(p.EVMaxVoltage),
          maxCurrentA: pvNum(p.EVMaxCurrent),
        },
      };
    } else {
      if (!req.DC_EVChargeParameter) throw new BadContent('FAILED_WrongChargeParameter', `${where}: no DC parameters`);
      c = readDcParameter(ctx, obj(req.DC_EVChargeParameter, where), where);
    }
  }
  if (!ac && (c.ev.maxVoltageV ?? 0) < c.evse.limits.minVoltageV) {
    throw new BadContent('FAILED_WrongChargeParameter', `${where}: EV max voltage below EVSE minimum voltage`);
  }

  const ready = c.evse.health !== 'notReady';
  const loopStartMs = c.loopStartMs ?? c.nowMs;
  if (!ready && c.nowMs - loopStartMs > c.config.timing.ongoingLimitMs) {
    throw new BadContent('FAILED', `${where}: power stage not ready within the SECC ongoing limit`);
  }
  const evseParam = ac
    ? {
        AC_EVSEChargeParameter: {
          AC_EVSEStatus: acEvseStatus(c),
          EVSENominalVoltage: voltage(c, c.config.acNominalVoltageV),
          EVSEMaxCurrent: current(c, c.evse.limits.maxCurrentA),
        },
      }
    : { DC_EVSEChargeParameter: dcEvseChargeParameter(c) };
  const res: Obj = {
    ResponseCode: 'OK',
    EVSEProcessing: ready ? 'Finished' : 'Ongoing',
    SAScheduleList: saScheduleList(c),
    ...evseParam,
  };
  // after a renegotiation (ISO-2) the cable was checked already: straight back to PowerDelivery
  const next = !ready
    ? 'WaitForChargeParameterDiscovery'
    : ac || c.renegotiating
      ? 'WaitForPowerDelivery'
      : 'WaitForCableCheck';
  return {
    res,
    next,
    ctx: { ...c, loopStartMs: ready ? undefined : loopStartMs, renegotiating: ready ? false : c.renegotiating },
    effects: [],
  };
}
