/**
 * SessionStopReq -> SessionStopRes, then the connection closes. Output off and contactors open whatever the
 * state (a car may stop from PreCharge: Tesla Model Y 2024-04-20 capture). ISO-2 ChargingSession=Pause keeps the
 * SessionID resumable (OK_OldSessionJoined on the next SessionSetup).
 */

import type { Obj } from '../../types.js';
import type { HandlerResult, SeccCtx, SeccEffect } from '../context.js';

export function handleSessionStop(req: Obj, ctx: SeccCtx): HandlerResult {
  const pause = ctx.protocol === 'iso2' && req.ChargingSession === 'Pause';
  const effects: SeccEffect[] = [
    { type: 'setTarget', mode: 'off', voltageV: 0, currentA: 0 },
    { type: 'setContactors', closed: false },
  ];
  if (ctx.charging) effects.push({ type: 'chargingStopped' });
  effects.push(pause ? { type: 'paused' } : { type: 'sessionStopped' });
  return {
    res: { ResponseCode: 'OK' },
    next: 'Terminated',
    ctx: { ...ctx, charging: false, resumableSessionId: pause ? ctx.sessionId : '' },
    effects,
    close: true,
  };
}
