/**
 * DIN ContractAuthenticationReq / ISO-2 AuthorizationReq (external identification): Ongoing while the
 * authorizer waits for the user, Finished when accepted. Rejected, or Ongoing beyond the SECC's ongoing limit
 * ([V2G2-710..713] 55 s performance), is answered FAILED and closes the session.
 */

import { BadContent, type HandlerResult, type SeccCtx } from '../context.js';

export function handleAuthorization(_req: Record<string, unknown>, ctx: SeccCtx): HandlerResult {
  const status = ctx.evse.authorization;
  if (status === 'Rejected') throw new BadContent('FAILED', 'authorization rejected');
  if (status === 'Finished') {
    return {
      res: { ResponseCode: 'OK', EVSEProcessing: 'Finished' },
      next: 'WaitForChargeParameterDiscovery',
      ctx: { ...ctx, loopStartMs: undefined },
      effects: [],
    };
  }
  const loopStartMs = ctx.loopStartMs ?? ctx.nowMs;
  if (ctx.nowMs - loopStartMs > ctx.config.timing.ongoingLimitMs) {
    throw new BadContent('FAILED', 'authorization still ongoing after the SECC ongoing limit');
  }
  return {
    res: {
      ResponseCode: 'OK',
      EVSEProcessing: ctx.protocol === 'iso2' ? 'Ongoing_WaitingForCustomerInteraction' : 'Ongoing',
    },
    next: 'WaitForAuthorization',
    ctx: { ...ctx, loopStartMs },
    effects: [],
  };
}
