/**
 * Putting one EVCC request on the wire: the body from the message's pure builder (pev/requests/*), the element
 * name in the protocol's spelling, the header SessionID (SessionSetupReq: all-zero, pyPLC/Ioniq send 8 bytes of 00,
 * or the paused session's ID to resume it; afterwards the ID the charger gave us), then the tx event (which the
 * message log turns into the log line).
 * Knows no timers and no session flow: the driver decides what to send and when.
 */

import type { V2gEvent } from '../events.js';
import { messageDetail } from '../message-detail.js';
import { v2gMessage } from '../messages.js';
import type { V2gMessagePort } from '../port.js';
import { PROTOCOLS } from '../protocols.js';
import type { MessageName } from '../timing.js';
import type { EvccCtx, Variant } from './context.js';
import { requestName } from './requests/common.js';
import { EVCC_REQUESTS } from './requests/index.js';

export interface RequestIo {
  port: V2gMessagePort;
  emit: (e: V2gEvent) => void;
}

/** Build and send request `msg`; false when no module builds it. */
export function sendEvccRequest(io: RequestIo, ctx: EvccCtx, msg: MessageName, variant?: Variant): boolean {
  const handler = EVCC_REQUESTS[msg];
  if (!handler) return false;
  const body = handler.build(ctx, variant);
  const name = requestName(ctx.protocol, msg);
  const resume = ctx.config.resumeSessionId.toLowerCase();
  const sid = msg === 'SessionSetup' ? resume || '0000000000000000' : ctx.sessionId;
  io.port.send(v2gMessage(sid, name, body), PROTOCOLS[ctx.protocol].schema);
  io.emit({ type: 'v2g.message', dir: 'tx', name, atMs: ctx.nowMs, detail: messageDetail(name, body) });
  return true;
}
