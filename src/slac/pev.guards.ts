/**
 * The EV SLAC statechart's guards, by name: resends left (C_EV_match_retry), which MME arrived and whether it
 * belongs to this run (RunID, our MAC, the chosen EVSE), whether sounding is done and which EVSEs reported their
 * attenuation, link up, and matching attempts left (C_conn_max_match). Pure.
 */

import type { MmeEvent } from './machine-io.js';
import { msgOf, type PevSlacCtx } from './pev.context.js';

type Args = { context: PevSlacCtx; event: MmeEvent };

export const pevSlacGuards = {
  canResend: ({ context }: Args) => context.sent <= context.options.retries,
  noModem: ({ context }: Args) => context.options.modem === 'none',
  isParmCnf: ({ context, event }: Args) => {
    const m = msgOf(event);
    return m?.type === 'CM_SLAC_PARM.CNF' && m.runId.equals(context.runId);
  },
  soundingDone: ({ context }: Args) =>
    context.soundStep >= context.options.startAttenCharInds + context.options.numSounds,
  isAttenCharInd: ({ context, event }: Args) => {
    const m = msgOf(event);
    return m?.type === 'CM_ATTEN_CHAR.IND' && m.runId.equals(context.runId) && m.sourceAddress.equals(context.port.mac);
  },
  allReported: ({ context }: Args) =>
    context.candidates.length > 0 && context.candidates.every((c) => c.attenuationDb !== undefined),
  anyReported: ({ context }: Args) => context.candidates.some((c) => c.attenuationDb !== undefined),
  isMatchCnf: ({ context, event }: Args) => {
    const m = msgOf(event);
    return (
      m?.type === 'CM_SLAC_MATCH.CNF' &&
      event.type === 'mme' &&
      context.chosen !== undefined &&
      event.frame.src.equals(context.chosen) &&
      m.runId.equals(context.runId) &&
      m.pevMac.equals(context.port.mac)
    );
  },
  isSetKeyCnf: ({ event }: Args) => msgOf(event)?.type === 'CM_SET_KEY.CNF',
  isLinkUp: ({ event }: Args) => {
    const m = msgOf(event);
    return m?.type === 'VS_PL_LNK_STATUS.CNF' && m.linkStatus === 0x01;
  },
  canRetryMatching: ({ context }: Args) => context.attempt < context.options.maxMatchAttempts,
};
