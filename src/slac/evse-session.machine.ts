/**
 * One EVSE matching session for one EV, keyed by (EV MAC, RunID) (ISO 15118-3 A.9, EVSE side):
 * CM_SLAC_PARM.CNF -> sounding window (collect CM_ATTEN_PROFILE.IND / MNBC sounds) -> CM_ATTEN_CHAR.IND until .RSP
 * -> wait CM_SLAC_MATCH.REQ -> CM_SLAC_MATCH.CNF with NID/NMK. Ends with an output {ok, reason}.
 * Spawned by evse.machine.ts, which routes the EV's MMEs here. Knows frames and timers, not the modem.
 */

import { assign, setup } from 'xstate';
import { formatMac } from '../core/bytes.js';
import type { Log } from '../core/log.js';
import type { EthernetPort } from '../link/ports.js';
import {
  RUN_ID_LENGTH,
  SLAC_APPLICATION_TYPE_PEV_EVSE,
  SLAC_GROUPS,
  SLAC_RESP_TYPE_HLE,
  SLAC_SECURITY_NONE,
} from './defs.js';
import { averageGroups, sendMme } from './machine-io.js';
import type { CmSlacMatchReq } from './messages/cm-slac-match.js';
import type { EvseSlacOptions } from './options.js';

export interface EvseSessionInput {
  port: EthernetPort;
  log: Log;
  options: EvseSlacOptions;
  evMac: Buffer;
  runId: Buffer;
  nmk: Buffer;
  nid: Buffer;
}

export interface EvseSessionOutput {
  ok: boolean;
  reason: string;
  evMac: Buffer;
  runId: Buffer;
}

export type EvseSessionEvent =
  | { type: 'parm' }
  | { type: 'start' }
  | { type: 'sound'; cnt: number }
  /** Attenuation reported by our modem for one sound: CM_ATTEN_PROFILE.IND ('profile') or vendor 0xA14E. */
  | { type: 'profile'; source: ProfileSource; aag: number[] }
  | { type: 'attenRsp'; result: number }
  | { type: 'validate' }
  | { type: 'matchReq'; msg: CmSlacMatchReq };

export type ProfileSource = 'profile' | 'vendor';

interface ProfileTally {
  usable: number;
  empty: number;
  sums: number[];
}

const newTally = (): ProfileTally => ({ usable: 0, empty: 0, sums: new Array<number>(SLAC_GROUPS).fill(0) });

/** The source to average: CM_ATTEN_PROFILE.IND when it carried data, else the vendor report. */
function bestTally(c: { tallies: Record<ProfileSource, ProfileTally> }): ProfileTally {
  return c.tallies.profile.usable >= c.tallies.vendor.usable ? c.tallies.profile : c.tallies.vendor;
}

interface Ctx extends EvseSessionInput {
  sounds: number;
  tallies: Record<ProfileSource, ProfileTally>;
  aag: number[] | undefined;
  indSent: number;
  reason: string;
}

export const evseSessionMachine = setup({
  types: {
    context: {} as Ctx,
    input: {} as EvseSessionInput,
    events: {} as EvseSessionEvent,
    output: {} as EvseSessionOutput,
  },
  delays: {
    TT_MATCH_SEQUENCE: ({ context }) => context.options.matchSequenceMs,
    TT_EVSE_MATCH_MNBC: ({ context }) => context.options.matchMnbcMs,
    TT_MATCH_RESPONSE: ({ context }) => context.options.matchResponseMs,
    TT_EVSE_MATCH_SESSION: ({ context }) => context.options.matchSessionMs,
  },
  guards: {
    soundingComplete: ({ context: c }) => {
      const n = c.options.numSounds;
      if (c.options.attenuation === 'fixed') return c.sounds >= n;
      const best = bestTally(c);
      if (best.usable >= n) return true;
      // No modem on the link (`--modem none`, a veth pair) and no profile seen: nothing will report one, so the
      // EV's own sounds are all that can come. Answer once all expected sounds (NUM_SOUNDS of CM_SLAC_PARM.CNF,
      // C_EV_match_MNBC) are in instead of waiting out TT_EVSE_match_MNBC, which stays the upper bound
      // (ISO 15118-3 A.9.2, the EVSE side of the sounding).
      const reported =
        c.tallies.profile.usable + c.tallies.profile.empty + c.tallies.vendor.usable + c.tallies.vendor.empty;
      if (c.options.modem === 'none' && c.options.attenuation === 'auto' && c.sounds >= n && reported === 0)
        return true;
      // the modem reports nothing usable (AR7420: NumGroups 0): no point waiting for the window
      const empty = Math.max(c.tallies.profile.empty, c.tallies.vendor.empty);
      return c.options.attenuation === 'auto' && c.sounds >= n && empty >= n && best.usable === 0;
    },
    canResendInd: ({ context }) => context.indSent <= context.options.retries,
    matchReqValid: ({ context: c, event }) => {
      if (event.type !== 'matchReq') return false;
      const m = event.msg;
      const problems: string[] = [];
      if (!m.runId.equals(c.runId)) problems.push('RunID differs');
      if (!m.pevMac.equals(c.evMac)) problems.push(`PEV_MAC ${formatMac(m.pevMac)} is not the EV host MAC`);
      if (!m.evseMac.equals(c.port.mac)) problems.push(`EVSE_MAC ${formatMac(m.evseMac)} is not ours`);
      if (problems.length === 0) return true;
      const fatal = !m.runId.equals(c.runId) || c.options.strictMatchReq;
      c.log.warn({ ev: formatMac(c.evMac), problems, accepted: !fatal }, 'CM_SLAC_MATCH.REQ check');
      return !fatal;
    },
  },
  actions: {
    sendParmCnf: ({ context: c }) => {
      sendMme(c.port, c.log, c.evMac, {
        type: 'CM_SLAC_PARM.CNF',
        msoundTarget: Buffer.alloc(6, 0xff),
        numSounds: c.options.numSounds,
        timeOut: Math.round(c.options.matchMnbcMs / 100),
        respType: SLAC_RESP_TYPE_HLE,
        forwardingSta: c.evMac,
        applicationType: SLAC_APPLICATION_TYPE_PEV_EVSE,
        securityType: SLAC_SECURITY_NONE,
        // echo whatever the EV sent (field: Taycan random RunID, Tesla 'TESLA EV')
        runId: c.runId,
      });
    },
    countSound: assign({ sounds: ({ context, event }) => context.sounds + (event.type === 'sound' ? 1 : 0) }),
    addProfile: assign(({ context, event }) => {
      if (event.type !== 'profile') return {};
      const t = context.tallies[event.source];
      let next: ProfileTally;
      if (event.aag.length === 0) next = { ...t, empty: t.empty + 1 };
      else {
        const sums = t.sums.slice();
        for (let g = 0; g < SLAC_GROUPS; g++) sums[g] = (sums[g] ?? 0) + (event.aag[g] ?? event.aag.at(-1) ?? 0);
        next = { ...t, sums, usable: t.usable + 1 };
      }
      return { tallies: { ...context.tallies, [event.source]: next } };
    }),
    computeAttenuation: assign({
      aag: ({ context: c }) => {
        const best = bestTally(c);
        const useProfile = c.options.attenuation !== 'fixed' && best.usable > 0;
        const aag = useProfile
          ? averageGroups(best.sums, best.usable)
          : new Array<number>(SLAC_GROUPS).fill(c.options.fixedAttenuationDb);
        c.log.debug(
          {
            ev: formatMac(c.evMac),
            sounds: c.sounds,
            profiles: best.usable,
            source: useProfile ? 'profile' : 'fixed',
          },
          'attenuation computed',
        );
        return aag;
      },
    }),
    sendAttenCharInd: assign({
      indSent: ({ context: c }) => {
        sendMme(c.port, c.log, c.evMac, {
          type: 'CM_ATTEN_CHAR.IND',
          applicationType: SLAC_APPLICATION_TYPE_PEV_EVSE,
          securityType: SLAC_SECURITY_NONE,
          sourceAddress: c.evMac,
          runId: c.runId,
          numSounds: Math.min(bestTally(c).usable || c.sounds, 255),
          aag: c.aag ?? [],
        });
        return c.indSent + 1;
      },
    }),
    sendValidateCnf: ({ context: c }) => {
      sendMme(c.port, c.log, c.evMac, {
        type: 'CM_VALIDATE.CNF',
        signalType: 0,
        toggleNum: 0,
        result: c.options.validateResult,
      });
    },
    sendMatchCnf: ({ context: c }) => {
      sendMme(c.port, c.log, c.evMac, matchCnfFor(c));
    },
    fail: assign({ reason: (_, params: { reason: string }) => params.reason }),
  },
}).createMachine({
  id: 'evseSlacSession',
  context: ({ input }) => ({
    ...input,
    sounds: 0,
    tallies: { profile: newTally(), vendor: newTally() },
    aag: undefined,
    indSent: 0,
    reason: '',
  }),
  initial: 'waitStartAtten',
  states: {
    waitStartAtten: {
      entry: 'sendParmCnf',
      on: {
        // the EV repeats CM_SLAC_PARM.REQ when our CNF got lost: answer again
        parm: { target: 'waitStartAtten', reenter: true },
        start: 'sounding',
        // CM_START_ATTEN_CHAR.IND lost but the sounds arrive: sound anyway
        sound: { target: 'sounding', actions: 'countSound' },
        profile: { target: 'sounding', actions: 'addProfile' },
      },
      after: {
        TT_MATCH_SEQUENCE: {
          target: 'done',
          actions: { type: 'fail', params: { reason: 'no CM_START_ATTEN_CHAR.IND within TT_match_sequence' } },
        },
      },
    },
    sounding: {
      always: { guard: 'soundingComplete', target: 'waitAttenRsp' },
      on: {
        sound: { actions: 'countSound' },
        profile: { actions: 'addProfile' },
      },
      after: { TT_EVSE_MATCH_MNBC: 'waitAttenRsp' },
      exit: 'computeAttenuation',
    },
    waitAttenRsp: {
      entry: 'sendAttenCharInd',
      on: {
        attenRsp: 'waitMatch',
        // the RSP can be lost or overtaken by the EV's CM_SLAC_MATCH.REQ (sent right after it): a valid request
        // proves the EV got our CM_ATTEN_CHAR.IND, so answer it instead of making the EV wait TT_match_response
        matchReq: { guard: 'matchReqValid', target: 'done', actions: 'sendMatchCnf' },
        // late sounds/profiles after the window: ignored
      },
      after: {
        TT_MATCH_RESPONSE: [
          { guard: 'canResendInd', target: 'waitAttenRsp', reenter: true },
          {
            target: 'done',
            actions: { type: 'fail', params: { reason: 'no CM_ATTEN_CHAR.RSP after C_EV_match_retry resends' } },
          },
        ],
      },
    },
    waitMatch: {
      on: {
        validate: { actions: 'sendValidateCnf' },
        attenRsp: {},
        matchReq: [
          { guard: 'matchReqValid', target: 'done', actions: 'sendMatchCnf' },
          // invalid requests are ignored; the EV retries or TT_EVSE_match_session ends the session
        ],
      },
      after: {
        TT_EVSE_MATCH_SESSION: {
          target: 'done',
          actions: { type: 'fail', params: { reason: 'no valid CM_SLAC_MATCH.REQ within TT_EVSE_match_session' } },
        },
      },
    },
    done: { type: 'final' },
  },
  output: ({ context: c }) => ({ ok: c.reason === '', reason: c.reason, evMac: c.evMac, runId: c.runId }),
});

/** The CM_SLAC_MATCH.CNF for a session (also re-sent by the parent when the EV repeats its request). */
export function matchCnfFor(c: { evMac: Buffer; runId: Buffer; nid: Buffer; nmk: Buffer; port: EthernetPort }) {
  return {
    type: 'CM_SLAC_MATCH.CNF' as const,
    applicationType: SLAC_APPLICATION_TYPE_PEV_EVSE,
    securityType: SLAC_SECURITY_NONE,
    pevMac: c.evMac,
    evseMac: c.port.mac,
    runId: c.runId.subarray(0, RUN_ID_LENGTH),
    nid: c.nid,
    nmk: c.nmk,
  };
}
