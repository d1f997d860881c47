/**
 * EVSE SLAC (ISO 15118-3 A.9, EVSE side). Started when matching is allowed (CP B + 5 %), stopped on unplug.
 * settingKey: fresh random NMK/NID per start, CM_SET_KEY.REQ to the own modem (any CNF result counts: a QCA local
 * modem answers 0x01 on success) -> waitingForParm (TT_EVSE_SLAC_init) -> matching: one spawned
 * evse-session.machine per (EV MAC, RunID), up to C_EVSE_match_parallel -> matched (keeps answering a repeated
 * CM_SLAC_MATCH.REQ) | failed. Reports `slac.matched` / `slac.failed` (emitted, and sent to the parent actor).
 * IO: input.port (EthernetPort), input.random (NMK source), the actor's clock (createActor(m, {clock})).
 */

import { randomBytes } from 'node:crypto';
import { type ActorRefFrom, assign, enqueueActions, setup } from 'xstate';
import { formatMac } from '../core/bytes.js';
import { type Clock, systemClock } from '../core/clock.js';
import { type Log, silentLogger } from '../core/log.js';
import type { EthernetPort } from '../link/ports.js';
import {
  QUALCOMM_LOCAL_MAC,
  SET_KEY_NEW_EKS,
  SET_KEY_PID_HLE,
  SET_KEY_TYPE_NMK,
  SLAC_APPLICATION_TYPE_PEV_EVSE,
} from './defs.js';
import {
  type EvseSessionEvent,
  type EvseSessionOutput,
  evseSessionMachine,
  matchCnfFor,
} from './evse-session.machine.js';
import { type NetworkKey, type RandomSource, randomNetworkKey } from './keys.js';
import { frameListener, type MmeEvent, type SlacReport, sendMme, sessionKey } from './machine-io.js';
import { EVSE_SLAC_DEFAULTS, type EvseSlacOptions } from './options.js';

export interface EvseSlacInput {
  port: EthernetPort;
  /** Random bytes for the NMK (default: node:crypto). */
  random?: RandomSource;
  /** Clock for durations (use the same one as the actor's clock). */
  clock?: Clock;
  log?: Log;
  options?: Partial<EvseSlacOptions>;
  /** A fixed key instead of a random one (tests, or a configured network). */
  key?: NetworkKey;
}

interface SessionInfo {
  evMac: Buffer;
  runId: Buffer;
  startedAt: number;
}

interface Ctx {
  port: EthernetPort;
  log: Log;
  clock: Clock;
  options: EvseSlacOptions;
  key: NetworkKey;
  setKeySent: number;
  sessions: Record<string, SessionInfo>;
  failures: number;
  lastReason: string;
  matched: (SessionInfo & { key: string }) | undefined;
}

type SessionDone = { type: `xstate.done.actor.${string}`; output: EvseSessionOutput; actorId: string };
const isDone = (e: { type: string }): e is SessionDone => e.type.startsWith('xstate.done.actor.');

type Events = MmeEvent | SessionDone;

/**
 * Builds the machine; `bound` input is merged under the invoke/createActor input, so a parent statechart can
 * invoke it without passing input (`machine.provide({actors: {slac: createEvseSlacMachine({port, clock, log})}})`).
 */
export function createEvseSlacMachine(bound: Partial<EvseSlacInput> = {}) {
  return setup({
    types: {
      context: {} as Ctx,
      input: {} as Partial<EvseSlacInput>,
      events: {} as Events,
      emitted: {} as SlacReport,
    },
    actors: { frameListener, session: evseSessionMachine },
    delays: {
      TT_MATCH_RESPONSE: ({ context }) => context.options.matchResponseMs,
      TT_EVSE_SLAC_INIT: ({ context }) => context.options.slacInitMs,
      TT_MATCHING_REPETITION: ({ context }) => context.options.matchingRepetitionMs,
    },
    guards: {
      noModem: ({ context }) => context.options.modem === 'none',
      canResendSetKey: ({ context }) => context.setKeySent <= context.options.retries,
      isSetKeyCnf: ({ event }) => event.type === 'mme' && event.frame.msg.type === 'CM_SET_KEY.CNF',
      isNewParmReq: ({ context, event }) => {
        if (event.type !== 'mme' || event.frame.msg.type !== 'CM_SLAC_PARM.REQ') return false;
        if (event.frame.msg.applicationType !== SLAC_APPLICATION_TYPE_PEV_EVSE) return false;
        const key = sessionKey(event.frame.src, event.frame.msg.runId);
        return !(key in context.sessions) && Object.keys(context.sessions).length < context.options.maxParallel;
      },
      sessionSucceeded: ({ event }) => isDone(event) && event.output.ok,
      noSessionLeft: ({ context }) => Object.keys(context.sessions).length === 0,
      tooManyFailures: ({ context }) => context.failures >= context.options.maxMatchAttempts,
      isRepeatedMatchReq: ({ context, event }) =>
        event.type === 'mme' &&
        event.frame.msg.type === 'CM_SLAC_MATCH.REQ' &&
        context.matched !== undefined &&
        event.frame.src.equals(context.matched.evMac) &&
        event.frame.msg.runId.equals(context.matched.runId),
    },
    actions: {
      sendSetKey: assign({
        setKeySent: ({ context: c }) => {
          sendMme(c.port, c.log, c.options.modemMac ?? QUALCOMM_LOCAL_MAC, {
            type: 'CM_SET_KEY.REQ',
            keyType: SET_KEY_TYPE_NMK,
            myNonce: 0,
            yourNonce: 0,
            pid: SET_KEY_PID_HLE,
            prn: 0,
            pmn: 0,
            ccoCapability: 0,
            nid: c.key.nid,
            newEks: SET_KEY_NEW_EKS,
            newKey: c.key.nmk,
          });
          return c.setKeySent + 1;
        },
      }),
      logSetKeyCnf: ({ context, event }) => {
        if (event.type === 'mme' && event.frame.msg.type === 'CM_SET_KEY.CNF') {
          // 0x01 is what a Qualcomm local modem answers on success (Tinkerforge slac.h); 0x00 per the HomePlug text
          context.log.info({ result: event.frame.msg.result, nid: context.key.nid.toString('hex') }, 'modem key set');
        }
      },
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
        c.log.info({ ev: formatMac(evMac), runId: runId.toString('hex') }, 'CM_SLAC_PARM.REQ: session started');
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
        c.log.warn({ ev: formatMac(out.evMac), reason: out.reason }, 'session failed');
        return { sessions, failures: c.failures + 1, lastReason: out.reason };
      }),
      stopAllSessions: enqueueActions(({ context, enqueue }) => {
        for (const k of Object.keys(context.sessions)) enqueue.stopChild(k);
        enqueue.assign({ sessions: {} });
      }),
      resendMatchCnf: ({ context: c }) => {
        if (!c.matched) return;
        c.log.info({ ev: formatMac(c.matched.evMac) }, 'repeated CM_SLAC_MATCH.REQ: CNF sent again');
        sendMme(
          c.port,
          c.log,
          c.matched.evMac,
          matchCnfFor({ ...c.matched, nid: c.key.nid, nmk: c.key.nmk, port: c.port }),
        );
      },
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
        enqueue.emit(report);
        if (self._parent) enqueue.sendParent(report);
      }),
      reportFailed: enqueueActions(({ context: c, enqueue, self }, params: { reason?: string }) => {
        const report: SlacReport = { type: 'slac.failed', role: 'evse', reason: params.reason ?? c.lastReason };
        c.log.warn({ reason: report.reason }, 'slac failed');
        enqueue.emit(report);
        if (self._parent) enqueue.sendParent(report);
      }),
    },
  }).createMachine({
    id: 'evseSlac',
    context: ({ input: given }) => {
      const input = bindInput(bound, given);
      return {
        port: input.port,
        log: input.log ?? silentLogger(),
        clock: input.clock ?? systemClock,
        options: { ...EVSE_SLAC_DEFAULTS, ...input.options },
        key: input.key ?? randomNetworkKey(input.random ?? randomBytes),
        setKeySent: 0,
        sessions: {},
        failures: 0,
        lastReason: '',
        matched: undefined,
      };
    },
    invoke: { src: 'frameListener', input: ({ context }) => ({ port: context.port, log: context.log }) },
    initial: 'start',
    states: {
      start: { always: [{ guard: 'noModem', target: 'waitingForParm' }, { target: 'settingKey' }] },
      settingKey: {
        entry: 'sendSetKey',
        on: { mme: { guard: 'isSetKeyCnf', target: 'waitingForParm', actions: 'logSetKeyCnf' } },
        after: {
          TT_MATCH_RESPONSE: [
            { guard: 'canResendSetKey', target: 'settingKey', reenter: true },
            {
              target: 'failed',
              actions: { type: 'reportFailed', params: { reason: 'modem did not answer CM_SET_KEY.REQ' } },
            },
          ],
        },
      },
      waitingForParm: {
        on: { mme: { guard: 'isNewParmReq', target: 'matching', actions: 'spawnSession' } },
        after: {
          TT_EVSE_SLAC_INIT: {
            target: 'failed',
            actions: { type: 'reportFailed', params: { reason: 'no CM_SLAC_PARM.REQ within TT_EVSE_SLAC_init' } },
          },
        },
      },
      matching: {
        on: {
          mme: [{ guard: 'isNewParmReq', actions: 'spawnSession' }, { actions: 'routeToSession' }],
          'xstate.done.actor.*': [
            { guard: 'sessionSucceeded', target: 'matched', actions: ['sessionEnded', 'stopAllSessions'] },
            { actions: 'sessionEnded', target: 'afterFailure' },
          ],
        },
      },
      afterFailure: {
        always: [
          {
            guard: 'tooManyFailures',
            target: 'failed',
            actions: ['stopAllSessions', { type: 'reportFailed', params: {} }],
          },
          { guard: 'noSessionLeft', target: 'waitingForRetry' },
          { target: 'matching' },
        ],
      },
      waitingForRetry: {
        on: { mme: { guard: 'isNewParmReq', target: 'matching', actions: 'spawnSession' } },
        after: { TT_MATCHING_REPETITION: { target: 'failed', actions: { type: 'reportFailed', params: {} } } },
      },
      matched: {
        entry: 'reportMatched',
        on: {
          mme: [
            { guard: 'isRepeatedMatchReq', actions: 'resendMatchCnf' },
            // the EV starts over (e.g. its link did not come up): match again with the same key
            { guard: 'isNewParmReq', target: 'matching', actions: 'spawnSession' },
          ],
        },
      },
      failed: { type: 'final' },
    },
  });
}

export const evseSlacMachine = createEvseSlacMachine();

function bindInput(bound: Partial<EvseSlacInput>, given: Partial<EvseSlacInput> | undefined): EvseSlacInput {
  const input = { ...bound, ...given, options: { ...bound.options, ...given?.options } };
  if (!input.port) throw new Error('SLAC machine needs input.port (an EthernetPort)');
  return input as EvseSlacInput;
}

export type EvseSlacActor = ActorRefFrom<typeof evseSlacMachine>;
