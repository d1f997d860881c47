/**
 * DIN ContractAuthenticationReq / ISO-2 AuthorizationReq (EIM): repeat while EVSEProcessing is Ongoing, bounded by
 * the authorization loop timer (V2G_EVCC_Ongoing_Timeout; field preset: pyPLC's 120 repeats).
 */

import { type EvccRequest, fail, send } from '../context.js';

export const authorization: EvccRequest = {
  build: () => ({}),
  onResponse: (res, ctx) => {
    const start = ctx.loopStartMs ?? ctx.nowMs;
    if (res.EVSEProcessing === 'Finished') {
      return { ctx: { ...ctx, loopStartMs: ctx.nowMs, loopCount: 0 }, next: send('ChargeParameterDiscovery') };
    }
    if (ctx.nowMs - start >= ctx.config.timing.authorizationLoopMs) {
      return {
        ctx,
        next: fail('timeout', `authorization still Ongoing after ${ctx.config.timing.authorizationLoopMs} ms`),
      };
    }
    return {
      ctx: { ...ctx, loopStartMs: start, loopCount: ctx.loopCount + 1 },
      next: send('ContractAuthentication', ctx.config.ongoingRepeatMs),
    };
  },
};
