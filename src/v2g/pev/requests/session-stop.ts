/**
 * SessionStopReq (ISO-2: ChargingSession Terminate) -> Res, then close. Field: Alpitronic HYC300 did not answer
 * SessionStop (pyplc-notes 4.1); the session is over anyway, so a timeout or FAILED still ends normally.
 */

import type { EvccRequest } from '../context.js';

export const sessionStop: EvccRequest = {
  build: (ctx) => (ctx.protocol === 'iso2' ? { ChargingSession: ctx.pauseRequested ? 'Pause' : 'Terminate' } : {}),
  onResponse: (_res, ctx) => ({ ctx, next: { type: 'done' } }),
  onTimeout: (ctx) => ({ ctx, next: { type: 'done' } }),
};
