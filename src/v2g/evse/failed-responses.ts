/**
 * Prebuilt failed responses (style guide P9, after Josev secc/failed_responses.py): for every request an SECC
 * may receive, the response element with the given FAILED_* code and every mandatory field filled with a
 * neutral value, so the answer always encodes. The connection closes after it ([V2G-DC-665], [V2G2-539]).
 * Certificate messages have no sensible neutral body (certificate chains, keys): they get no answer and the
 * connection closes.
 */

import type { Obj, ResponseCode, V2gProtocol } from '../types.js';
import type { SeccCtx } from './context.js';
import { dcEvseChargeParameter, saScheduleList } from './handlers/charge-parameter-discovery.js';
import { acEvseStatus, current, dcEvseStatus, power, voltage } from './status.js';

type FailedBuilder = (code: ResponseCode, ctx: SeccCtx) => Obj;

const dcStatusOnly: FailedBuilder = (code, ctx) => ({ ResponseCode: code, DC_EVSEStatus: dcEvseStatus(ctx) });

const withVoltage: FailedBuilder = (code, ctx) => ({
  ResponseCode: code,
  DC_EVSEStatus: dcEvseStatus(ctx),
  EVSEPresentVoltage: voltage(ctx, ctx.evse.presentVoltageV),
});

const COMMON: Record<string, FailedBuilder> = {
  SessionSetupReq: (code, ctx) =>
    ctx.protocol === 'din'
      ? { ResponseCode: code, EVSEID: Buffer.from(ctx.config.evseId, 'ascii').toString('hex') }
      : { ResponseCode: code, EVSEID: ctx.config.evseId },
  ServiceDiscoveryReq: (code, ctx) =>
    ctx.protocol === 'din'
      ? {
          ResponseCode: code,
          PaymentOptions: { PaymentOption: ['ExternalPayment'] },
          ChargeService: {
            ServiceTag: { ServiceID: 1, ServiceCategory: 'EVCharging' },
            FreeService: false,
            EnergyTransferType: ctx.config.dinEnergyTransferType,
          },
        }
      : {
          ResponseCode: code,
          PaymentOptionList: { PaymentOption: ['ExternalPayment'] },
          ChargeService: {
            ServiceID: 1,
            ServiceCategory: 'EVCharging',
            FreeService: false,
            SupportedEnergyTransferMode: { EnergyTransferMode: [...ctx.config.iso2EnergyTransferModes] },
          },
        },
  ServiceDetailReq: (code) => ({ ResponseCode: code, ServiceID: 1 }),
  ServicePaymentSelectionReq: (code) => ({ ResponseCode: code }),
  PaymentServiceSelectionReq: (code) => ({ ResponseCode: code }),
  PaymentDetailsReq: (code, ctx) =>
    ctx.protocol === 'din'
      ? { ResponseCode: code, GenChallenge: '0', DateTimeNow: Math.floor(ctx.nowMs / 1000) }
      : {
          ResponseCode: code,
          GenChallenge: '00000000000000000000000000000000',
          EVSETimeStamp: Math.floor(ctx.nowMs / 1000),
        },
  ContractAuthenticationReq: (code) => ({ ResponseCode: code, EVSEProcessing: 'Finished' }),
  AuthorizationReq: (code) => ({ ResponseCode: code, EVSEProcessing: 'Finished' }),
  ChargeParameterDiscoveryReq: (code, ctx) => ({
    ResponseCode: code,
    EVSEProcessing: 'Finished',
    SAScheduleList: saScheduleList(ctx),
    DC_EVSEChargeParameter: dcEvseChargeParameter(ctx),
  }),
  PowerDeliveryReq: dcStatusOnly,
  ChargingStatusReq: (code, ctx) => ({
    ResponseCode: code,
    EVSEID: ctx.protocol === 'din' ? Buffer.from(ctx.config.evseId, 'ascii').toString('hex') : ctx.config.evseId,
    SAScheduleTupleID: 1,
    ReceiptRequired: false,
    AC_EVSEStatus: acEvseStatus(ctx),
  }),
  MeteringReceiptReq: (code, ctx) =>
    ctx.protocol === 'din'
      ? { ResponseCode: code, AC_EVSEStatus: acEvseStatus(ctx) }
      : { ResponseCode: code, AC_EVSEStatus: acEvseStatus(ctx) },
  SessionStopReq: (code) => ({ ResponseCode: code }),
  CableCheckReq: (code, ctx) => ({ ResponseCode: code, DC_EVSEStatus: dcEvseStatus(ctx), EVSEProcessing: 'Finished' }),
  PreChargeReq: withVoltage,
  CurrentDemandReq: (code, ctx) => {
    const l = ctx.evse.limits;
    const res: Obj = {
      ResponseCode: code,
      DC_EVSEStatus: dcEvseStatus(ctx),
      EVSEPresentVoltage: voltage(ctx, ctx.evse.presentVoltageV),
      EVSEPresentCurrent: current(ctx, ctx.evse.presentCurrentA),
      EVSECurrentLimitAchieved: false,
      EVSEVoltageLimitAchieved: false,
      EVSEPowerLimitAchieved: false,
      EVSEMaximumVoltageLimit: voltage(ctx, l.maxVoltageV),
      EVSEMaximumCurrentLimit: current(ctx, l.maxCurrentA),
      EVSEMaximumPowerLimit: power(ctx, l.maxPowerW),
    };
    if (ctx.protocol === 'iso2') {
      res.EVSEID = ctx.config.evseId;
      res.SAScheduleTupleID = 1;
      res.ReceiptRequired = false;
    }
    return res;
  },
  WeldingDetectionReq: withVoltage,
};

/** The failed response body for `request` (e.g. "CurrentDemandReq"), or undefined when none is defined. */
export function failedResponse(
  request: string,
  code: ResponseCode,
  ctx: SeccCtx,
): { name: string; body: Obj } | undefined {
  const b = COMMON[request];
  if (!b) return undefined;
  return { name: request.replace(/Req$/, 'Res'), body: b(code, ctx) };
}

/** Requests that have a failed response in each protocol (for tests). */
export function failedResponseRequests(_protocol: V2gProtocol): string[] {
  return Object.keys(COMMON);
}
