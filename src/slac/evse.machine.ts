/**
 * EVSE SLAC (ISO 15118-3 A.9, EVSE side). Started when matching is allowed (CP B + 5 %), stopped on unplug.
 * settingKey: fresh random NMK/NID per start, CM_SET_KEY.REQ to the own modem (any CNF result counts: a QCA local
 * modem answers 0x01 on success) -> waitingForParm (TT_EVSE_SLAC_init) -> matching: one spawned
 * evse-session.machine per (EV MAC, RunID), up to C_EVSE_match_parallel -> matched (keeps answering a repeated
 * CM_SLAC_MATCH.REQ) | failed. Reports `slac.matched` / `slac.failed` (emitted, and sent to the parent actor).
 * IO: input.port (EthernetPort), input.random (NMK source), the actor's clock (createActor(m, {clock})).
 * Layout: this file is the statechart (states, transitions, timers used); the input and context are in
 * evse.context.ts, the typed base (frame listener, session child, named delays) in evse.setup.ts, the guards and
 * actions tables in evse.guards.ts / evse.actions.ts.
 */

import type { ActorRefFrom } from 'xstate';
import { evseSlacActions } from './evse.actions.js';
import { type EvseSlacInput, initialEvseSlacContext } from './evse.context.js';
import { evseSlacGuards } from './evse.guards.js';
import { evseSlacSetup } from './evse.setup.js';
import { bindInput } from './machine-io.js';

export type { EvseSlacInput } from './evse.context.js';

/**
 * Builds the machine; `bound` input is merged under the invoke/createActor input, so a parent statechart can
 * invoke it without passing input (`machine.provide({actors: {slac: createEvseSlacMachine({port, clock, log})}})`).
 */
export function createEvseSlacMachine(bound: Partial<EvseSlacInput> = {}) {
  return evseSlacSetup.extend({ guards: evseSlacGuards, actions: evseSlacActions }).createMachine({
    id: 'evseSlac',
    context: ({ input: given }) => initialEvseSlacContext(bindInput(bound, given)),
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

export type EvseSlacActor = ActorRefFrom<typeof evseSlacMachine>;
