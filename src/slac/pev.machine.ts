/**
 * EV SLAC (ISO 15118-3 A.9, EV side; standards.md 2.1.5). One actor = up to C_conn_max_match attempts:
 * CM_SLAC_PARM.REQ (bcast, resent after TT_match_response, C_EV_match_retry times) -> 3 START_ATTEN_CHAR.IND +
 * 10 MNBC_SOUND.IND at TP_EV_batch_msg_interval -> CM_ATTEN_CHAR.IND from one or more EVSEs (each answered with
 * .RSP, repeats too) until all EVSEs that answered reported or TT_EV_atten_results -> pick the lowest average
 * attenuation -> CM_SLAC_MATCH.REQ (retried) -> .CNF -> CM_SET_KEY to the own modem -> link up within
 * TT_match_join (VS_PL_LNK_STATUS polling) -> matched. A failed attempt waits TT_matching_rate and starts over.
 * Reports `slac.matched` / `slac.failed` (emitted, and sent to the parent actor).
 */

import { randomBytes } from 'node:crypto';
import { type ActorRefFrom, assign, enqueueActions, not, setup } from 'xstate';
import { formatMac } from '../core/bytes.js';
import { type Clock, systemClock } from '../core/clock.js';
import { type Log, silentLogger } from '../core/log.js';
import type { EthernetPort } from '../link/ports.js';
import {
  QUALCOMM_LOCAL_MAC,
  RUN_ID_LENGTH,
  SET_KEY_NEW_EKS,
  SET_KEY_PID_HLE,
  SET_KEY_TYPE_NMK,
  SLAC_APPLICATION_TYPE_PEV_EVSE,
  SLAC_RESP_TYPE_HLE,
  SLAC_SECURITY_NONE,
} from './defs.js';
import type { MmeFrame } from './homeplug.js';
import type { RandomSource } from './keys.js';
import { frameListener, type MmeEvent, mean, type SlacReport, sendMme } from './machine-io.js';
import { PEV_SLAC_DEFAULTS, type PevSlacOptions } from './options.js';

export interface PevSlacInput {
  port: EthernetPort;
  /** Random bytes for RunIDs and sound RND fields (default: node:crypto). */
  random?: RandomSource;
  clock?: Clock;
  log?: Log;
  options?: Partial<PevSlacOptions>;
}

interface EvseCandidate {
  mac: Buffer;
  /** Mean of the reported per-group attenuation (dB); undefined until its CM_ATTEN_CHAR.IND arrived. */
  attenuationDb?: number;
}

interface Ctx {
  port: EthernetPort;
  log: Log;
  clock: Clock;
  random: RandomSource;
  options: PevSlacOptions;
  attempt: number;
  runId: Buffer;
  firstParmAt: number | undefined;
  sent: number;
  soundStep: number;
  candidates: EvseCandidate[];
  chosen: Buffer | undefined;
  nmk: Buffer | undefined;
  nid: Buffer | undefined;
  matchCnfAt: number;
  reason: string;
}

const BCAST = Buffer.alloc(6, 0xff);

function msgOf(event: { type: string; frame?: MmeFrame }) {
  return event.type === 'mme' ? event.frame?.msg : undefined;
}

/**
 * Builds the machine; `bound` input is merged under the invoke/createActor input, so a parent statechart can
 * invoke it without passing input (`machine.provide({actors: {slac: createPevSlacMachine({port, clock, log})}})`).
 */
export function createPevSlacMachine(bound: Partial<PevSlacInput> = {}) {
  return setup({
    types: {
      context: {} as Ctx,
      input: {} as Partial<PevSlacInput>,
      events: {} as MmeEvent,
      emitted: {} as SlacReport,
    },
    actors: { frameListener },
    delays: {
      TT_MATCH_RESPONSE: ({ context }) => context.options.matchResponseMs,
      TP_EV_BATCH_MSG_INTERVAL: ({ context }) => context.options.batchIntervalMs,
      TT_EV_ATTEN_RESULTS: ({ context }) => context.options.attenResultsMs,
      TT_MATCH_JOIN: ({ context }) => context.options.matchJoinMs,
      LINK_POLL: ({ context }) => context.options.linkPollMs,
      TT_MATCHING_RATE: ({ context }) => context.options.matchingRateMs,
    },
    guards: {
      canResend: ({ context }) => context.sent <= context.options.retries,
      noModem: ({ context }) => context.options.modem === 'none',
      isParmCnf: ({ context, event }) => {
        const m = msgOf(event);
        return m?.type === 'CM_SLAC_PARM.CNF' && m.runId.equals(context.runId);
      },
      soundingDone: ({ context }) =>
        context.soundStep >= context.options.startAttenCharInds + context.options.numSounds,
      isAttenCharInd: ({ context, event }) => {
        const m = msgOf(event);
        return (
          m?.type === 'CM_ATTEN_CHAR.IND' && m.runId.equals(context.runId) && m.sourceAddress.equals(context.port.mac)
        );
      },
      allReported: ({ context }) =>
        context.candidates.length > 0 && context.candidates.every((c) => c.attenuationDb !== undefined),
      anyReported: ({ context }) => context.candidates.some((c) => c.attenuationDb !== undefined),
      isMatchCnf: ({ context, event }) => {
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
      isSetKeyCnf: ({ event }) => msgOf(event)?.type === 'CM_SET_KEY.CNF',
      isLinkUp: ({ event }) => {
        const m = msgOf(event);
        return m?.type === 'VS_PL_LNK_STATUS.CNF' && m.linkStatus === 0x01;
      },
      canRetryMatching: ({ context }) => context.attempt < context.options.maxMatchAttempts,
    },
    actions: {
      newAttempt: assign(({ context: c }) => ({
        attempt: c.attempt + 1,
        runId: c.options.runId ? Buffer.from(c.options.runId) : Buffer.from(c.random(RUN_ID_LENGTH)),
        sent: 0,
        soundStep: 0,
        candidates: [],
        chosen: undefined,
        nmk: undefined,
        nid: undefined,
        reason: '',
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
        sendMme(c.port, c.log, c.options.modemMac ?? QUALCOMM_LOCAL_MAC, {
          type: 'CM_SET_KEY.REQ',
          keyType: SET_KEY_TYPE_NMK,
          myNonce: 0,
          yourNonce: 0,
          pid: SET_KEY_PID_HLE,
          prn: 0,
          pmn: 0,
          ccoCapability: 0,
          nid: c.nid as Buffer,
          newEks: SET_KEY_NEW_EKS,
          newKey: c.nmk as Buffer,
        });
        return { sent: c.sent + 1 };
      }),
      pollLink: ({ context: c }) => {
        sendMme(c.port, c.log, c.options.modemMac ?? QUALCOMM_LOCAL_MAC, { type: 'VS_PL_LNK_STATUS.REQ' });
      },
      fail: assign(({ context }, params: { reason: string }) => {
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
        enqueue.emit(report);
        if (self._parent) enqueue.sendParent(report);
      }),
      reportFailed: enqueueActions(({ context: c, enqueue, self }) => {
        const report: SlacReport = {
          type: 'slac.failed',
          role: 'pev',
          reason: `${c.reason} (after ${c.attempt} attempt${c.attempt === 1 ? '' : 's'})`,
        };
        c.log.warn({ reason: report.reason }, 'slac failed');
        enqueue.emit(report);
        if (self._parent) enqueue.sendParent(report);
      }),
    },
  }).createMachine({
    id: 'pevSlac',
    context: ({ input: given }) => {
      const input = bindInput(bound, given);
      return {
        port: input.port,
        log: input.log ?? silentLogger(),
        clock: input.clock ?? systemClock,
        random: input.random ?? randomBytes,
        options: { ...PEV_SLAC_DEFAULTS, ...input.options },
        attempt: 0,
        runId: Buffer.alloc(RUN_ID_LENGTH),
        firstParmAt: undefined,
        sent: 0,
        soundStep: 0,
        candidates: [],
        chosen: undefined,
        nmk: undefined,
        nid: undefined,
        matchCnfAt: 0,
        reason: '',
      };
    },
    invoke: { src: 'frameListener', input: ({ context }) => ({ port: context.port, log: context.log }) },
    initial: 'parm',
    states: {
      parm: {
        entry: ['newAttempt', 'sendParmReq'],
        initial: 'waitCnf',
        states: {
          waitCnf: {
            after: {
              TT_MATCH_RESPONSE: [
                { guard: 'canResend', target: 'waitCnf', reenter: true, actions: 'sendParmReq' },
                {
                  target: '#pevSlac.attemptFailed',
                  actions: { type: 'fail', params: { reason: 'no CM_SLAC_PARM.CNF' } },
                },
              ],
            },
          },
        },
        on: { mme: { guard: 'isParmCnf', target: 'characterizing', actions: 'addCandidate' } },
      },
      characterizing: {
        initial: 'sounding',
        on: {
          mme: [
            // further EVSEs on the same cable (or crosstalk) answer too: all are candidates
            { guard: 'isParmCnf', actions: 'addCandidate' },
            { guard: 'isAttenCharInd', actions: 'takeAttenChar' },
          ],
        },
        after: {
          TT_EV_ATTEN_RESULTS: [
            { guard: 'anyReported', target: 'match' },
            {
              target: 'attemptFailed',
              actions: { type: 'fail', params: { reason: 'no CM_ATTEN_CHAR.IND within TT_EV_atten_results' } },
            },
          ],
        },
        states: {
          sounding: {
            entry: 'sendSoundStep',
            always: { guard: 'soundingDone', target: 'waitResults' },
            after: { TP_EV_BATCH_MSG_INTERVAL: { target: 'sounding', reenter: true } },
          },
          waitResults: {
            // every EVSE that answered CM_SLAC_PARM reported: no need to wait out TT_EV_atten_results
            always: { guard: 'allReported', target: '#pevSlac.match' },
            on: {
              mme: [
                { guard: 'isParmCnf', actions: 'addCandidate' },
                { guard: 'isAttenCharInd', target: 'waitResults', reenter: true, actions: 'takeAttenChar' },
              ],
            },
          },
        },
      },
      match: {
        entry: 'chooseEvse',
        initial: 'waitCnf',
        states: {
          waitCnf: {
            entry: 'sendMatchReq',
            after: {
              TT_MATCH_RESPONSE: [
                { guard: 'canResend', target: 'waitCnf', reenter: true },
                {
                  target: '#pevSlac.attemptFailed',
                  actions: { type: 'fail', params: { reason: 'no CM_SLAC_MATCH.CNF' } },
                },
              ],
            },
          },
        },
        on: {
          mme: [
            { guard: 'isMatchCnf', target: 'matchConfirmed', actions: 'takeMatchCnf' },
            { guard: 'isAttenCharInd', actions: 'takeAttenChar' },
          ],
        },
      },
      matchConfirmed: { always: [{ guard: 'noModem', target: 'matched' }, { target: 'joining' }] },
      joining: {
        entry: 'resetSent',
        initial: 'settingKey',
        after: {
          TT_MATCH_JOIN: {
            target: 'attemptFailed',
            actions: { type: 'fail', params: { reason: 'link not up within TT_match_join' } },
          },
        },
        states: {
          settingKey: {
            entry: 'sendSetKey',
            on: { mme: { guard: 'isSetKeyCnf', target: 'waitLink' } },
            after: {
              TT_MATCH_RESPONSE: [
                { guard: 'canResend', target: 'settingKey', reenter: true },
                {
                  target: '#pevSlac.attemptFailed',
                  actions: { type: 'fail', params: { reason: 'modem did not answer CM_SET_KEY.REQ' } },
                },
              ],
            },
          },
          waitLink: {
            entry: 'pollLink',
            on: { mme: { guard: 'isLinkUp', target: '#pevSlac.matched' } },
            after: { LINK_POLL: { target: 'waitLink', reenter: true } },
          },
        },
      },
      attemptFailed: {
        always: { guard: not('canRetryMatching'), target: 'failed' },
        after: { TT_MATCHING_RATE: 'parm' },
      },
      matched: { entry: 'reportMatched' },
      failed: { type: 'final', entry: 'reportFailed' },
    },
  });
}

export const pevSlacMachine = createPevSlacMachine();

function bindInput(bound: Partial<PevSlacInput>, given: Partial<PevSlacInput> | undefined): PevSlacInput {
  const input = { ...bound, ...given, options: { ...bound.options, ...given?.options } };
  if (!input.port) throw new Error('SLAC machine needs input.port (an EthernetPort)');
  return input as PevSlacInput;
}

export type PevSlacActor = ActorRefFrom<typeof pevSlacMachine>;
