/**
 * WeldingDetectionReq -> Res: repeat until the charger reports the cable voltage below weldingVoltageThresholdV
 * (our contactors are not welded) or weldingMaxRequests. Field tolerance: Alpitronic answers FAILED and ABB does
 * not answer at all (pyplc-notes 4.1); charging is over by then, so both lead to SessionStop, with a warning when
 * the voltage was never confirmed low (the summary's warnings; no answer at all shows in its unanswered list).
 */

import { type EvccRequest, send } from '../context.js';
import { dcEvStatus, readEvse } from './common.js';

export const weldingDetection: EvccRequest = {
  build: (ctx) => ({ DC_EVStatus: dcEvStatus(ctx, false) }),
  onResponse: (res, ctx0) => {
    const ctx = { ...readEvse(ctx0, res), weldingCount: ctx0.weldingCount + 1 };
    const threshold = ctx.config.weldingVoltageThresholdV;
    const u = ctx.evse.presentVoltageV;
    const low = (u ?? 0) < threshold;
    if (typeof res.ResponseCode !== 'string' || !res.ResponseCode.startsWith('OK')) {
      const detail = `WeldingDetectionRes ${String(res.ResponseCode)}: the cable voltage was not confirmed below ${threshold} V`;
      return { ctx, next: send('SessionStop'), effects: [{ type: 'warn', code: 'weldingDetectionFailed', detail }] };
    }
    if (low) return { ctx, next: send('SessionStop') };
    if (ctx.weldingCount >= ctx.config.weldingMaxRequests) {
      // pyPLC's charger: 345 V -> 111 V over 10 requests: say so rather than ending silently
      const detail = `WeldingDetection: the charger's voltage never fell below ${threshold} V in ${ctx.weldingCount} requests (last ${u ?? '?'} V): welded contactor or an output that does not discharge`;
      return { ctx, next: send('SessionStop'), effects: [{ type: 'warn', code: 'weldingVoltageStayedHigh', detail }] };
    }
    return { ctx, next: send('WeldingDetection', ctx.config.weldingRepeatMs) };
  },
  onTimeout: (ctx) => ({ ctx, next: send('SessionStop') }),
};
