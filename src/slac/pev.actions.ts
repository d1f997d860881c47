/**
 * The EV SLAC statechart's actions, by name: a new attempt (fresh RunID), the frames the EV sends
 * (CM_SLAC_PARM.REQ, START_ATTEN_CHAR + MNBC_SOUND, CM_ATTEN_CHAR.RSP, CM_SLAC_MATCH.REQ, CM_SET_KEY and link
 * polls to the own modem), collecting EVSE candidates and choosing the one with the lowest attenuation, and
 * the reports upward (`slac.matched` / `slac.failed`). Frames go out through machine-io.ts.
 */

import { type AssignArgs, type ParameterizedObject, assign as xassign } from 'xstate';
import { formatMac } from '../core/bytes.js';
import {
  QUALCOMM_LOCAL_MAC,
  RUN_ID_LENGTH,
  SLAC_APPLICATION_TYPE_PEV_EVSE,
  SLAC_RESP_TYPE_HLE,
  SLAC_SECURITY_NONE,
} from './defs.js';
import { type MmeEvent, mean, reportUp, type SlacReport, sendMme, sendSetKey } from './machine-io.js';
import { freshAttempt, msgOf, type PevSlacCtx } from './pev.context.js';
import { pevSlacSetup } from './pev.setup.js';

const { assign, createAction, enqueueActions } = pevSlacSetup;

const BCAST = Buffer.alloc(6, 0xff);

/** `assign` of this machine for an action with params (the setup's own `assign` takes none). */
const assignWith = <P extends ParameterizedObject['params']>(
  fn: (args: AssignArgs<PevSlacCtx, MmeEvent, MmeEvent, never>, params: P) => Partial<PevSlacCtx>,
) => xassign<PevSlacCtx, MmeEvent, P, MmeEvent, never>(fn);

export const pevSlacActions = {
  newAttempt: assign(({ context: c }) => ({
    attempt: c.attempt + 1,
    runId: c.options.runId ? Buffer.from(c.options.runId) : Buffer.from(c.random(RUN_ID_LENGTH)),
    ...freshAttempt(),
  })),
  resetSent: assign({ sent: 0 }),
  sendParmReq: assign(({ context: c }) => {
    sendMme(c.port, c.log, BCAST, {
      type: 'CM_SLAC_PARM.REQ',
      applicationType: SLAC_APPLICATION_TYPE_PEV_EVSE,
      securityType: SLAC_SECURITY_NONE,
      runId: c.runId,
    });
    return { sent: c.sent + 1, firstParmAt: c.firstParmAt ?? c.clock.now() };
  }),
  addCandidate: assign({
    candidates: ({ context, event }) => {
      if (event.type !== 'mme' || context.candidates.some((c) => c.mac.equals(event.frame.src)))
        return context.candidates;
      context.log.info({ evse: formatMac(event.frame.src) }, 'CM_SLAC_PARM.CNF');
      return [...context.candidates, { mac: event.frame.src }];
    },
  }),
  sendSoundStep: assign({
    soundStep: ({ context: c }) => {
      const o = c.options;
      if (c.soundStep < o.startAttenCharInds) {
        sendMme(c.port, c.log, BCAST, {
          type: 'CM_START_ATTEN_CHAR.IND',
          applicationType: SLAC_APPLICATION_TYPE_PEV_EVSE,
          securityType: SLAC_SECURITY_NONE,
          numSounds: o.numSounds,
          timeOut: o.timeOut100ms,
          respType: SLAC_RESP_TYPE_HLE,
          forwardingSta: c.port.mac,
          runId: c.runId,
        });
      } else {
        const sound = c.soundStep - o.startAttenCharInds;
        sendMme(c.port, c.log, BCAST, {
          type: 'CM_MNBC_SOUND.IND',
          applicationType: SLAC_APPLICATION_TYPE_PEV_EVSE,
          securityType: SLAC_SECURITY_NONE,
          cnt: o.numSounds - 1 - sound,
          runId: c.runId,
          rnd: Buffer.from(c.random(16)),
        });
      }
      return c.soundStep + 1;
    },
  }),
  takeAttenChar: enqueueActions(({ context: c, event, enqueue }) => {
    if (event.type !== 'mme' || event.frame.msg.type !== 'CM_ATTEN_CHAR.IND') return;
    const m = event.frame.msg;
    const src = event.frame.src;
    // answer every copy: EVSEs repeat the IND until they see our RSP (field: Tesla Model X capture, 211 repeats)
    sendMme(c.port, c.log, src, {
      type: 'CM_ATTEN_CHAR.RSP',
      applicationType: SLAC_APPLICATION_TYPE_PEV_EVSE,
      securityType: SLAC_SECURITY_NONE,
      sourceAddress: c.port.mac,
      runId: c.runId,
      result: 0,
    });
    const attenuationDb = mean(m.aag);
    const candidates = c.candidates.filter((x) => !x.mac.equals(src));
    candidates.push({ mac: src, attenuationDb });
    enqueue.assign({ candidates });
  }),
  chooseEvse: assign(({ context: c }) => {
    const reported = c.candidates.filter((x) => x.attenuationDb !== undefined);
    reported.sort((a, b) => (a.attenuationDb as number) - (b.attenuationDb as number));
    const best = reported[0];
    c.log.info(
      {
        evses: reported.map((x) => ({ mac: formatMac(x.mac), db: x.attenuationDb })),
        chosen: best && formatMac(best.mac),
      },
      'EVSE chosen by lowest attenuation',
    );
    return { chosen: best?.mac, sent: 0 };
  }),
  sendMatchReq: assign(({ context: c }) => {
    sendMme(c.port, c.log, c.chosen as Buffer, {
      type: 'CM_SLAC_MATCH.REQ',
      applicationType: SLAC_APPLICATION_TYPE_PEV_EVSE,
      securityType: SLAC_SECURITY_NONE,
      pevMac: c.port.mac,
      evseMac: c.chosen as Buffer,
      runId: c.runId,
    });
    return { sent: c.sent + 1 };
  }),
  takeMatchCnf: assign(({ context, event }) => {
    const m = msgOf(event);
    if (m?.type !== 'CM_SLAC_MATCH.CNF') return {};
    return { nmk: m.nmk, nid: m.nid, matchCnfAt: context.clock.now() };
  }),
  sendSetKey: assign(({ context: c }) => {
    sendSetKey(c.port, c.log, c.options.modemMac, { nid: c.nid as Buffer, nmk: c.nmk as Buffer });
    return { sent: c.sent + 1 };
  }),
  pollLink: createAction(({ context: c }) => {
    sendMme(c.port, c.log, c.options.modemMac ?? QUALCOMM_LOCAL_MAC, { type: 'VS_PL_LNK_STATUS.REQ' });
  }),
  fail: assignWith<{ reason: string }>(({ context }, params) => {
    context.log.warn({ attempt: context.attempt, reason: params.reason }, 'matching attempt failed');
    return { reason: params.reason };
  }),
  reportMatched: enqueueActions(({ context: c, enqueue, self }) => {
    const report: SlacReport = {
      type: 'slac.matched',
      role: 'pev',
      peerMac: formatMac(c.chosen as Buffer),
      evMac: c.port.mac,
      evseMac: c.chosen as Buffer,
      nmk: c.nmk as Buffer,
      nid: c.nid as Buffer,
      runId: c.runId,
      durationMs: c.matchCnfAt - (c.firstParmAt ?? c.matchCnfAt),
    };
    c.log.info({ evse: report.peerMac, ms: report.durationMs, attempt: c.attempt }, 'slac matched');
    reportUp(enqueue, self, report);
  }),
  reportFailed: enqueueActions(({ context: c, enqueue, self }) => {
    const report: SlacReport = {
      type: 'slac.failed',
      role: 'pev',
      reason: `${c.reason} (after ${c.attempt} attempt${c.attempt === 1 ? '' : 's'})`,
    };
    c.log.warn({ reason: report.reason }, 'slac failed');
    reportUp(enqueue, self, report);
  }),
};
