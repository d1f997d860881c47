/**
 * The EVSE SLAC statechart's guards, by name: CM_SET_KEY resends left, a CM_SLAC_PARM.REQ that starts a new
 * session (new (EV MAC, RunID), below C_EVSE_match_parallel), how a session ended, failures left
 * (C_conn_max_match) and a repeated CM_SLAC_MATCH.REQ of the matched EV. Pure.
 */

import { SLAC_APPLICATION_TYPE_PEV_EVSE } from './defs.js';
import { type EvseSlacCtx, type EvseSlacEvent, isDone } from './evse.context.js';
import { sessionKey } from './machine-io.js';

type Args = { context: EvseSlacCtx; event: EvseSlacEvent };

export const evseSlacGuards = {
  noModem: ({ context }: Args) => context.options.modem === 'none',
  canResendSetKey: ({ context }: Args) => context.setKeySent <= context.options.retries,
  isSetKeyCnf: ({ event }: Args) => event.type === 'mme' && event.frame.msg.type === 'CM_SET_KEY.CNF',
  isNewParmReq: ({ context, event }: Args) => {
    if (event.type !== 'mme' || event.frame.msg.type !== 'CM_SLAC_PARM.REQ') return false;
    if (event.frame.msg.applicationType !== SLAC_APPLICATION_TYPE_PEV_EVSE) return false;
    const key = sessionKey(event.frame.src, event.frame.msg.runId);
    return !(key in context.sessions) && Object.keys(context.sessions).length < context.options.maxParallel;
  },
  sessionSucceeded: ({ event }: Args) => isDone(event) && event.output.ok,
  noSessionLeft: ({ context }: Args) => Object.keys(context.sessions).length === 0,
  tooManyFailures: ({ context }: Args) => context.failures >= context.options.maxMatchAttempts,
  isRepeatedMatchReq: ({ context, event }: Args) =>
    event.type === 'mme' &&
    event.frame.msg.type === 'CM_SLAC_MATCH.REQ' &&
    context.matched !== undefined &&
    event.frame.src.equals(context.matched.evMac) &&
    event.frame.msg.runId.equals(context.matched.runId),
};
