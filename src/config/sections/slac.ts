/** SLAC keys (ISO 15118-3 matching over the HomePlug modem): defaults are the spec values of slac/defs.ts. */

import { bool, int, oneOf, str } from '../spec.js';

export const slac = {
  mode: oneOf(
    ['on', 'off'],
    'on',
    'evse/pev: on = SLAC matching before SDP (ISO 15118-3); off = no SLAC, for benches where the link already exists (a direct Ethernet cable, modems already paired, a stack without SLAC): the EVSE goes from B + 5 % straight to SDP, the PEV sends SDP at once',
  ),
  modem: oneOf(
    ['qca', 'none'],
    'qca',
    'qca: a Qualcomm-firmware HomePlug modem (QCA7000/7420, AR7420) gets the NMK via CM_SET_KEY; none: no modem (veth tests, --modem none)',
  ),
  attenuation: oneOf(
    ['auto', 'profile', 'fixed'],
    'auto',
    'EVSE: attenuation reported in CM_ATTEN_CHAR.IND: from the modem (CM_ATTEN_PROFILE.IND / 0xA14E), a fixed value, or the modem when it reports one (AR7420/TP-Link do not)',
  ),
  fixedAttenuationDb: int(
    9,
    'EVSE: attenuation sent when the modem reports none (pyPLC uses 9 dB; cars pick the lowest)',
    {
      unit: 'dB',
      min: 0,
      max: 255,
    },
  ),
  slacInitMs: int(
    40_000,
    'EVSE: TT_EVSE_SLAC_init, wait for the first CM_SLAC_PARM.REQ after 5 % PWM (ISO 15118-3: 20..50 s)',
    {
      unit: 'ms',
      min: 20_000,
      max: 50_000,
    },
  ),
  matchMnbcMs: int(
    600,
    'EVSE: TT_EVSE_match_MNBC sounding window, also announced to the EV (Compleo needs the 600 ms default)',
    {
      unit: 'ms',
      min: 100,
      max: 2_500,
    },
  ),
  strictMatchReq: bool(
    true,
    'EVSE: reject a CM_SLAC_MATCH.REQ whose PEV_MAC/EVSE_MAC are wrong (libslac); false accepts and logs (EVerest#1812: some EVs put the modem MAC there)',
  ),
  runId: str('', 'PEV: fixed RunID as 16 hex digits (e.g. 5445534c41204556 = "TESLA EV"); empty = random per attempt', {
    pattern: /^([0-9a-fA-F]{16})?$/,
    patternHelp: 'empty or 16 hex digits',
  }),
  batchIntervalMs: int(
    20,
    'PEV: TP_EV_batch_msg_interval between START_ATTEN_CHAR/MNBC_SOUND frames (ISO 15118-3: 20..50 ms)',
    {
      unit: 'ms',
      min: 20,
      max: 50,
    },
  ),
  matchResponseMs: int(200, 'both: TT_match_response, wait for a CNF/RSP before resending (ISO 15118-3 Table A.1)', {
    unit: 'ms',
    min: 100,
    max: 2_000,
  }),
  matchJoinMs: int(12_000, 'PEV: TT_match_join, the powerline link must come up after CM_SLAC_MATCH.CNF', {
    unit: 'ms',
    min: 1_000,
    max: 60_000,
  }),
  maxMatchAttempts: int(
    3,
    'both: C_conn_max_match, matching attempts before SLAC is reported failed (ISO 15118-3: >= 3)',
    {
      min: 1,
      max: 20,
    },
  ),
} as const;
