/**
 * CableCheckReq -> Res: repeat while Ongoing (Alpitronic: 15-85 s at ~1 s per request), within the CableCheck loop
 * timer; Finished goes to PreCharge.
 */

import { type EvccRequest, fail, send } from '../context.js';
import { dcEvStatus, readEvse } from './common.js';

export const cableCheck: EvccRequest = {
  build: (ctx) => ({ DC_EVStatus: dcEvStatus(ctx, true) }),
  onResponse: (res, ctx0) => {
    const ctx = readEvse(ctx0, res);
    const start = ctx.loopStartMs ?? ctx.nowMs;
    if (res.EVSEProcessing === 'Finished') {
      return { ctx: { ...ctx, loopStartMs: ctx.nowMs, loopCount: 0 }, next: send('PreCharge') };
    }
    if (ctx.nowMs - start >= ctx.config.timing.cableCheckLoopMs) {
      return { ctx, next: fail('timeout', `CableCheck still Ongoing after ${ctx.config.timing.cableCheckLoopMs} ms`) };
    }
    return {
      ctx: { ...ctx, loopStartMs: start, loopCount: ctx.loopCount + 1 },
      next: send('CableCheck', ctx.config.ongoingRepeatMs),
    };
  },
};
