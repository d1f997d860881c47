/**
 * SessionSetupReq (header SessionID all zero, EVCCID = our MAC) -> SessionSetupRes: keep the SessionID exactly
 * as received. Field: Tesla Supercharger V3 hands out a 4-byte SessionID (2023-03-02_SuperCharger_CableCheck_error
 * .pcapng; OpenV2Gx 9c08c19), ABB answers "OK" instead of OK_NewSessionEstablished (pyPLC fsmPev state 4).
 */

import { isValidSessionId } from '../../messages.js';
import { type EvccRequest, fail, send } from '../context.js';

export const sessionSetup: EvccRequest = {
  build: (ctx) => ({ EVCCID: ctx.config.evccId }),
  // the SessionID comes from the response header; the driver passes it in ctx.sessionId before this runs
  onResponse: (res, ctx) => {
    if (!isValidSessionId(ctx.sessionId) || /^0+$/.test(ctx.sessionId)) {
      return { ctx, next: fail('badContent', `SessionSetupRes carries no usable SessionID ('${ctx.sessionId}')`) };
    }
    const evseId = typeof res.EVSEID === 'string' ? res.EVSEID : undefined;
    return { ctx: { ...ctx, evse: { ...ctx.evse, evseId } }, next: send('ServiceDiscovery') };
  },
};
