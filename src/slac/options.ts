/**
 * Options of the SLAC machines: spec defaults from defs.ts, each overridable (config maps onto these in app/).
 * Plain data; no IO.
 */

import {
  C_CONN_MAX_MATCH,
  C_EV_MATCH_MNBC,
  C_EV_MATCH_RETRY,
  C_EV_START_ATTEN_CHAR_INDS,
  C_EVSE_MATCH_PARALLEL,
  TP_EV_BATCH_MSG_INTERVAL_MS,
  TP_LINK_READY_NOTIFICATION_MS,
  TT_EV_ATTEN_RESULTS_MS,
  TT_EVSE_MATCH_MNBC_MS,
  TT_EVSE_MATCH_SESSION_MS,
  TT_EVSE_SLAC_INIT_MS,
  TT_MATCH_JOIN_MS,
  TT_MATCH_RESPONSE_MS,
  TT_MATCH_SEQUENCE_MS,
  TT_MATCHING_RATE_MS,
  TT_MATCHING_REPETITION_MS,
  VALIDATE_RESULT,
} from './defs.js';

/**
 * How the host reaches its modem:
 * - 'qca': a HomePlug modem (QCA7000/7420, AR7420) answers CM_SET_KEY and Qualcomm vendor MMEs;
 * - 'none': no modem (veth pair, `--modem none`): no key is set, the link counts as up after CM_SLAC_MATCH.
 */
export type ModemMode = 'qca' | 'none';

/**
 * Where the EVSE gets the attenuation it reports in CM_ATTEN_CHAR.IND:
 * - 'profile': from CM_ATTEN_PROFILE.IND (or vendor 0xA14E) of its modem;
 * - 'fixed': always `fixedAttenuationDb` (AR7420 / TP-Link report nothing usable; pyPLC sends 9 dB);
 * - 'auto': the profile when the modem reported one, else the fixed value.
 */
export type AttenuationMode = 'auto' | 'profile' | 'fixed';

export interface EvseSlacOptions {
  modem: ModemMode;
  /** Destination of CM_SET_KEY.REQ: the modem's MAC or the Qualcomm local management address. */
  modemMac?: Buffer;
  attenuation: AttenuationMode;
  fixedAttenuationDb: number;
  /** TT_EVSE_SLAC_init: first CM_SLAC_PARM.REQ must arrive within this after start. */
  slacInitMs: number;
  /** TT_EVSE_match_MNBC: sounding window (also sent as TIME_OUT in 100 ms units). */
  matchMnbcMs: number;
  /** TT_EVSE_match_session: wait for CM_SLAC_MATCH.REQ after the attenuation exchange. */
  matchSessionMs: number;
  /** TT_match_response: wait for a response (ATTEN_CHAR.RSP, SET_KEY.CNF). */
  matchResponseMs: number;
  /** TT_match_sequence: wait for CM_START_ATTEN_CHAR.IND after CM_SLAC_PARM.CNF. */
  matchSequenceMs: number;
  /** TT_matching_repetition: after a failed session, how long to wait for the EV to try again. */
  matchingRepetitionMs: number;
  /** C_EV_match_retry: resends of CM_ATTEN_CHAR.IND / CM_SET_KEY.REQ. */
  retries: number;
  /** C_conn_max_match: failed sessions before reporting slac.failed. */
  maxMatchAttempts: number;
  /** C_EVSE_match_parallel. */
  maxParallel: number;
  /** NUM_SOUNDS announced in CM_SLAC_PARM.CNF (C_EV_match_MNBC). */
  numSounds: number;
  /** CM_VALIDATE.CNF Result when an EV asks for BCB validation (libslac: failure, i.e. not supported). */
  validateResult: number;
  /**
   * Strict CM_SLAC_MATCH.REQ check (libslac): PEV_MAC must equal the EV host MAC and EVSE_MAC ours.
   * false only logs the mismatch (EVerest#1812: some stacks put the modem MAC there).
   */
  strictMatchReq: boolean;
}

export const EVSE_SLAC_DEFAULTS: EvseSlacOptions = {
  modem: 'qca',
  attenuation: 'auto',
  // pyPLC's fixed value for AR7420 modems (pyplc-notes §2.4)
  fixedAttenuationDb: 9,
  slacInitMs: TT_EVSE_SLAC_INIT_MS,
  matchMnbcMs: TT_EVSE_MATCH_MNBC_MS,
  matchSessionMs: TT_EVSE_MATCH_SESSION_MS,
  matchResponseMs: TT_MATCH_RESPONSE_MS,
  matchSequenceMs: TT_MATCH_SEQUENCE_MS,
  matchingRepetitionMs: TT_MATCHING_REPETITION_MS,
  retries: C_EV_MATCH_RETRY,
  maxMatchAttempts: C_CONN_MAX_MATCH,
  maxParallel: C_EVSE_MATCH_PARALLEL,
  numSounds: C_EV_MATCH_MNBC,
  validateResult: VALIDATE_RESULT.FAILURE,
  strictMatchReq: true,
};

export interface PevSlacOptions {
  modem: ModemMode;
  modemMac?: Buffer;
  /** Fixed RunID (8 bytes, e.g. 'TESLA EV'); random per attempt when absent. */
  runId?: Buffer;
  /** TP_EV_batch_msg_interval (20..50 ms). */
  batchIntervalMs: number;
  startAttenCharInds: number;
  numSounds: number;
  /** TIME_OUT field of CM_START_ATTEN_CHAR.IND, in 100 ms units (6 = 600 ms; Compleo needs 6). */
  timeOut100ms: number;
  /** TT_match_response: wait for CM_SLAC_PARM.CNF / CM_SLAC_MATCH.CNF / CM_SET_KEY.CNF. */
  matchResponseMs: number;
  /** TT_EV_atten_results: wait for CM_ATTEN_CHAR.IND from the first CM_START_ATTEN_CHAR.IND. */
  attenResultsMs: number;
  /** TT_match_join: link up after CM_SLAC_MATCH.CNF. */
  matchJoinMs: number;
  /** Link status poll interval while joining. */
  linkPollMs: number;
  /** TT_matching_rate: pause before a new matching attempt. */
  matchingRateMs: number;
  /** C_EV_match_retry. */
  retries: number;
  /** C_conn_max_match. */
  maxMatchAttempts: number;
}

export const PEV_SLAC_DEFAULTS: PevSlacOptions = {
  modem: 'qca',
  batchIntervalMs: TP_EV_BATCH_MSG_INTERVAL_MS,
  startAttenCharInds: C_EV_START_ATTEN_CHAR_INDS,
  numSounds: C_EV_MATCH_MNBC,
  timeOut100ms: TT_EVSE_MATCH_MNBC_MS / 100,
  matchResponseMs: TT_MATCH_RESPONSE_MS,
  attenResultsMs: TT_EV_ATTEN_RESULTS_MS,
  matchJoinMs: TT_MATCH_JOIN_MS,
  linkPollMs: TP_LINK_READY_NOTIFICATION_MS,
  matchingRateMs: TT_MATCHING_RATE_MS,
  retries: C_EV_MATCH_RETRY,
  maxMatchAttempts: C_CONN_MAX_MATCH,
};

/** The `slac` config section's values (config/sections/slac.ts), declared here structurally: logic does not import config. */
export interface SlacConfigValues {
  modem: ModemMode;
  attenuation: AttenuationMode;
  fixedAttenuationDb: number;
  slacInitMs: number;
  matchMnbcMs: number;
  strictMatchReq: boolean;
  runId: string;
  batchIntervalMs: number;
  matchResponseMs: number;
  matchJoinMs: number;
  maxMatchAttempts: number;
}

/** Config -> EVSE options (what app/ passes as input.options). */
export function evseSlacOptionsFrom(c: SlacConfigValues): Partial<EvseSlacOptions> {
  return {
    modem: c.modem,
    attenuation: c.attenuation,
    fixedAttenuationDb: c.fixedAttenuationDb,
    slacInitMs: c.slacInitMs,
    matchMnbcMs: c.matchMnbcMs,
    strictMatchReq: c.strictMatchReq,
    matchResponseMs: c.matchResponseMs,
    maxMatchAttempts: c.maxMatchAttempts,
  };
}

/** Config -> EV options. */
export function pevSlacOptionsFrom(c: SlacConfigValues): Partial<PevSlacOptions> {
  const o: Partial<PevSlacOptions> = {
    modem: c.modem,
    batchIntervalMs: c.batchIntervalMs,
    matchResponseMs: c.matchResponseMs,
    matchJoinMs: c.matchJoinMs,
    maxMatchAttempts: c.maxMatchAttempts,
  };
  if (c.runId) o.runId = Buffer.from(c.runId, 'hex');
  return o;
}
