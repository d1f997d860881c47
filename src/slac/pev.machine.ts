/**
 * EV SLAC (ISO 15118-3 A.9, EV side; standards.md 2.1.5). One actor = up to C_conn_max_match attempts:
 * CM_SLAC_PARM.REQ (bcast, resent after TT_match_response, C_EV_match_retry times) -> 3 START_ATTEN_CHAR.IND +
 * 10 MNBC_SOUND.IND at TP_EV_batch_msg_interval -> CM_ATTEN_CHAR.IND from one or more EVSEs (each answered with
 * .RSP, repeats too) until all EVSEs that answered reported or TT_EV_atten_results -> pick the lowest average
 * attenuation -> CM_SLAC_MATCH.REQ (retried) -> .CNF -> CM_SET_KEY to the own modem -> link up within
 * TT_match_join (VS_PL_LNK_STATUS polling) -> matched. A failed attempt waits TT_matching_rate and starts over.
 * Reports `slac.matched` / `slac.failed` (emitted, and sent to the parent actor).
 * Layout: this file is the statechart (states, transitions, timers used); the input and context are in
 * pev.context.ts, the typed base (frame listener, named delays) in pev.setup.ts, the guards and actions tables
 * in pev.guards.ts / pev.actions.ts.
 */

import { type ActorRefFrom, not } from 'xstate';
import { bindInput } from './machine-io.js';
import { pevSlacActions } from './pev.actions.js';
import { initialPevSlacContext, type PevSlacInput } from './pev.context.js';
import { pevSlacGuards } from './pev.guards.js';
import { pevSlacSetup } from './pev.setup.js';

export type { PevSlacInput } from './pev.context.js';

/**
 * Builds the machine; `bound` input is merged under the invoke/createActor input, so a parent statechart can
 * invoke it without passing input (`machine.provide({actors: {slac: createPevSlacMachine({port, clock, log})}})`).
 */
export function createPevSlacMachine(bound: Partial<PevSlacInput> = {}) {
  return pevSlacSetup.extend({ guards: pevSlacGuards, actions: pevSlacActions }).createMachine({
    id: 'pevSlac',
    context: ({ input: given }) => initialPevSlacContext(bindInput(bound, given)),
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

export type PevSlacActor = ActorRefFrom<typeof pevSlacMachine>;
