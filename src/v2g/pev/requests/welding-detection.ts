/**
 * WeldingDetectionReq -> Res: repeat until the charger reports the cable voltage below weldingVoltageThresholdV
 * (our contactors are not welded) or weldingMaxRequests. Field tolerance: Alpitronic answers FAILED and ABB does
 * not answer at all (pyplc-notes 4.1); charging is over by then, so both lead to SessionStop.
 */

import { type EvccRequest, send } from '../context.js';
import { dcEvStatus, readEvse } from './common.js';

export const weldingDetection: EvccRequest = {
  build: (ctx) => ({ DC_EVStatus: dcEvStatus(ctx, false) }),
  onResponse: (res, ctx0) => {
    const ctx = { ...readEvse(ctx0, res), weldingCount: ctx0.weldingCount + 1 };
    const low = (ctx.evse.presentVoltageV ?? 0) < ctx.config.weldingVoltageThresholdV;
    if (
      low ||
      ctx.weldingCount >= ctx.config.weldingMaxRequests ||
      typeof res.ResponseCode !== 'string' ||
      !res.ResponseCode.startsWith('OK')
    ) {
      return { ctx, next: send('SessionStop') };
    }
    return { ctx, next: send('WeldingDetection', ctx.config.weldingRepeatMs) };
  },
  onTimeout: (ctx) => ({ ctx, next: send('SessionStop') }),
};
