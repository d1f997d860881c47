/**
 * The SECC's admission check for a decoded V2G request, before any handler runs, in the order the standards
 * check it: a request of the negotiated protocol at all, our SessionID ([V2G-DC-391] / [V2G2-460]), allowed in
 * this state (sequence.ts), a handler for it. Pure: it returns the handler, or the failed ResponseCode to answer
 * with (none: just end the session) and the reason reported in v2g.failed. Knows no ports and no timers.
 */

import type { V2gFailReason } from '../events.js';
import { PROTOCOLS } from '../protocols.js';
import { isAllowed, REQUEST_NAMES } from '../sequence.js';
import type { ResponseCode } from '../types.js';
import type { SeccCtx, SeccHandler } from './context.js';
import { SECC_HANDLERS } from './handlers/index.js';

export type Admission =
  | { ok: true; handler: SeccHandler }
  | { ok: false; answer?: ResponseCode; reason: V2gFailReason; detail: string };

export function admitRequest(
  ctx: Pick<SeccCtx, 'protocol' | 'state' | 'sessionId'>,
  name: string,
  rxSid: string,
): Admission {
  const { protocol, state, sessionId } = ctx;
  if (!REQUEST_NAMES[protocol].includes(name)) {
    return { ok: false, reason: 'badMessage', detail: `${name} is not a ${PROTOCOLS[protocol].label} request` };
  }
  // a request with another SessionID than ours is answered FAILED_UnknownSession
  if (sessionId && name !== 'SessionSetupReq' && rxSid !== sessionId) {
    const detail = `SessionID ${rxSid} != ${sessionId}`;
    return { ok: false, answer: 'FAILED_UnknownSession', reason: 'unknownSession', detail };
  }
  if (!isAllowed(protocol, state, name)) {
    const detail = `${name} not allowed in ${state}`;
    return { ok: false, answer: 'FAILED_SequenceError', reason: 'sequenceError', detail };
  }
  const handler = SECC_HANDLERS[protocol][name];
  if (!handler) return { ok: false, answer: 'FAILED', reason: 'badContent', detail: `${name} is not supported` };
  return { ok: true, handler };
}
