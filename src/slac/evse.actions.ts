/**
 * The EVSE SLAC statechart's actions, by name: CM_SET_KEY to the own modem, starting one matching session child
 * per (EV MAC, RunID) and routing each of the EV's MMEs to its session, bookkeeping when a session ends, answering
 * a repeated CM_SLAC_MATCH.REQ once matched, and the reports upward (`slac.matched` / `slac.failed`).
 * Frames go out through machine-io.ts; the sessions' own frames are theirs (evse-session.machine.ts).
 */

import { enqueueActions as xenqueueActions } from 'xstate';
import { formatMac } from '../core/bytes.js';
import { type EvseSlacCtx, type EvseSlacEvent, isDone } from './evse.context.js';
import { evseSlacSetup } from './evse.setup.js';
import { type EvseSessionEvent, matchCnfFor } from './evse-session.machine.js';
import { reportUp, type SlacReport, sendMme, sendSetKey, sessionKey } from './machine-io.js';

const { assign, createAction, enqueueActions } = evseSlacSetup;

export const evseSlacActions = {
  sendSetKey: assign({
    setKeySent: ({ context: c }) => {
      sendSetKey(c.port, c.log, c.options.modemMac, c.key);
      return c.setKeySent + 1;
    },
  }),
  logSetKeyCnf: createAction(({ context, event }) => {
    if (event.type === 'mme' && event.frame.msg.type === 'CM_SET_KEY.CNF') {
      // 0x01 is what a Qualcomm local modem answers on success (Tinkerforge slac.h); 0x00 per the HomePlug text
      context.log.info({ result: event.frame.msg.result, nid: context.key.nid.toString('hex') }, 'modem key set');
    }
  }),
  spawnSession: enqueueActions(({ context: c, event, enqueue }) => {
    if (event.type !== 'mme' || event.frame.msg.type !== 'CM_SLAC_PARM.REQ') return;
    const evMac = event.frame.src;
    const runId = event.frame.msg.runId;
    const key = sessionKey(evMac, runId);
    const sessions = { ...c.sessions };
    // the same EV starting over with a new RunID replaces its old session
    for (const [k, s] of Object.entries(sessions)) {
      if (s.evMac.equals(evMac)) {
        enqueue.stopChild(k);
        delete sessions[k];
      }
    }
    sessions[key] = { evMac, runId, startedAt: c.clock.now() };
    // anyone on the powerline can send these: rate-limited per kind
    c.logLimiter.line(
      c.log,
      'CM_SLAC_PARM.REQ',
      'info',
      { ev: formatMac(evMac), runId: runId.toString('hex') },
      'CM_SLAC_PARM.REQ: session started',
    );
    enqueue.assign({ sessions });
    enqueue.spawnChild('session', {
      id: key,
      input: { port: c.port, log: c.log, options: c.options, evMac, runId, nmk: c.key.nmk, nid: c.key.nid },
    });
  }),
  routeToSession: enqueueActions(({ context: c, event, enqueue, self }) => {
    if (event.type !== 'mme') return;
    const f = event.frame;
    const m = f.msg;
    let byMac: Buffer | undefined;
    let runId: Buffer | undefined;
    let ev: EvseSessionEvent | undefined;
    switch (m.type) {
      case 'CM_SLAC_PARM.REQ':
        [byMac, runId, ev] = [f.src, m.runId, { type: 'parm' }];
        break;
      case 'CM_START_ATTEN_CHAR.IND':
        [byMac, runId, ev] = [f.src, m.runId, { type: 'start' }];
        break;
      case 'CM_MNBC_SOUND.IND':
        [byMac, runId, ev] = [f.src, m.runId, { type: 'sound', cnt: m.cnt }];
        break;
      case 'CM_ATTEN_PROFILE.IND':
        [byMac, ev] = [m.pevMac, { type: 'profile', source: 'profile', aag: m.aag }];
        break;
      case 'VS_SOUND_ATTEN.IND':
        [byMac, ev] = [m.pevMac, { type: 'profile', source: 'vendor', aag: m.aag }];
        break;
      case 'CM_ATTEN_CHAR.RSP':
        [byMac, runId, ev] = [f.src, m.runId, { type: 'attenRsp', result: m.result }];
        break;
      case 'CM_VALIDATE.REQ':
        [byMac, ev] = [f.src, { type: 'validate' }];
        break;
      case 'CM_SLAC_MATCH.REQ':
        [byMac, runId, ev] = [f.src, m.runId, { type: 'matchReq', msg: m }];
        break;
      default:
        return;
    }
    for (const [k, s] of Object.entries(c.sessions)) {
      if (!s.evMac.equals(byMac) || (runId && !s.runId.equals(runId))) continue;
      if (self.getSnapshot().children[k]) enqueue.sendTo(k, ev);
    }
  }),
  sessionEnded: assign(({ context: c, event }) => {
    if (!isDone(event)) return {};
    const { [event.actorId]: ended, ...sessions } = c.sessions;
    const out = event.output;
    if (out.ok && ended) return { sessions, matched: { ...ended, key: event.actorId } };
    c.logLimiter.line(
      c.log,
      'SLAC session failed',
      'warn',
      { ev: formatMac(out.evMac), reason: out.reason },
      'session failed',
    );
    return { sessions, failures: c.failures + 1, lastReason: out.reason };
  }),
  stopAllSessions: enqueueActions(({ context, enqueue }) => {
    for (const k of Object.keys(context.sessions)) enqueue.stopChild(k);
    enqueue.assign({ sessions: {} });
  }),
  resendMatchCnf: createAction(({ context: c }) => {
    if (!c.matched) return;
    c.log.info({ ev: formatMac(c.matched.evMac) }, 'repeated CM_SLAC_MATCH.REQ: CNF sent again');
    sendMme(
      c.port,
      c.log,
      c.matched.evMac,
      matchCnfFor({ ...c.matched, nid: c.key.nid, nmk: c.key.nmk, port: c.port }),
    );
  }),
  reportMatched: enqueueActions(({ context: c, enqueue, self }) => {
    const m = c.matched;
    if (!m) return;
    const report: SlacReport = {
      type: 'slac.matched',
      role: 'evse',
      peerMac: formatMac(m.evMac),
      evMac: m.evMac,
      evseMac: c.port.mac,
      nmk: c.key.nmk,
      nid: c.key.nid,
      runId: m.runId,
      durationMs: c.clock.now() - m.startedAt,
    };
    c.log.info({ ev: report.peerMac, ms: report.durationMs }, 'slac matched');
    reportUp(enqueue, self, report);
  }),
  // with params (the reason when it is not the last session's): the setup's own enqueueActions takes none
  reportFailed: xenqueueActions<
    EvseSlacCtx,
    EvseSlacEvent,
    { reason?: string },
    EvseSlacEvent,
    never,
    never,
    never,
    never,
    SlacReport
  >(({ context: c, enqueue, self }, params) => {
    const report: SlacReport = { type: 'slac.failed', role: 'evse', reason: params.reason ?? c.lastReason };
    c.log.warn({ reason: report.reason }, 'slac failed');
    reportUp(enqueue, self, report);
  }),
};
