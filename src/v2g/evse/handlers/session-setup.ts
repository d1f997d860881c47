/**
 * SessionSetupReq -> SessionSetupRes. A zero (or unknown) SessionID starts a new session with the SessionID the
 * driver drew (OK_NewSessionEstablished); the SessionID of a paused session is joined (OK_OldSessionJoined,
 * ISO-2 pause/resume). EVCCID is hexBinary (DIN evccIDType, ISO-2 evccIDType; typically the car's MAC).
 */

import { isZeroSessionId } from '../../messages.js';
import { BadContent, type HandlerResult, type SeccCtx } from '../context.js';

export function handleSessionSetup(req: Record<string, unknown>, ctx: SeccCtx): HandlerResult {
  const evccId = req.EVCCID;
  if (typeof evccId !== 'string' || !/^([0-9a-fA-F]{2}){0,8}$/.test(evccId)) {
    throw new BadContent('FAILED', 'SessionSetupReq: EVCCID is not hexBinary of at most 8 bytes');
  }
  const join = !isZeroSessionId(ctx.rxSessionId) && ctx.rxSessionId === ctx.resumableSessionId;
  const sessionId = join ? ctx.rxSessionId : ctx.proposedSessionId;
  const code = join ? 'OK_OldSessionJoined' : 'OK_NewSessionEstablished';
  // DIN evseIDType is hexBinary: send the ASCII bytes of the configured ID; ISO-2 evseIDType is a string
  const evseId = ctx.protocol === 'din' ? Buffer.from(ctx.config.evseId, 'ascii').toString('hex') : ctx.config.evseId;
  // EVSETimeStamp (ISO-2, optional) is left out: the injected clock is not wall time
  const res: Record<string, unknown> = { ResponseCode: code, EVSEID: evseId };
  return {
    res,
    next: 'WaitForServiceDiscovery',
    ctx: { ...ctx, sessionId, ev: { ...ctx.ev, evccId: evccId.toLowerCase() } },
    effects: [],
  };
}
