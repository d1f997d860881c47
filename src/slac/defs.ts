/**
 * ISO 15118-3 SLAC and HomePlug Green PHY constants: MMTYPEs, MMV, field values and the spec timers.
 * Numbers only; no IO. Sources: ISO 15118-3 Table 3 / Annex A Table A.1 (as cited by libslac `slac.hpp`,
 * Tinkerforge `slac.h`, pyslac `enums.py`), HomePlug GP spec via open-plc-utils `mme/homeplug.h`.
 */

// ---- MME header -------------------------------------------------------------------------------

/** MMV: management message version. 0 = HomePlug AV 1.0 (no FMI; Qualcomm vendor MMEs), 1 = AV 1.1 (SLAC). */
export const MMV_AV_1_0 = 0x00;
export const MMV_AV_1_1 = 0x01;
export const MMV_AV_2_0 = 0x02;

/** MMTYPE low two bits: request, confirm, indication, response. */
export const MMTYPE_MODE = { REQ: 0, CNF: 1, IND: 2, RSP: 3 } as const;
export type MmtypeMode = keyof typeof MMTYPE_MODE;

/** MMTYPE categories (top bits). 0x8000 manufacturer-specific, 0xA000 vendor-specific. */
export const MMTYPE_VENDOR_MIN = 0xa000;
export const MMTYPE_MANUFACTURER_MIN = 0x8000;

/** HomePlug GP / ISO 15118-3 Table A.x MMTYPE bases (standards.md 2.1.2). */
export const MMTYPE = {
  CM_ENCRYPTED_PAYLOAD: 0x6004,
  CM_SET_KEY: 0x6008,
  CM_GET_KEY: 0x600c,
  CM_AMP_MAP: 0x601c,
  CM_BRG_INFO: 0x6020,
  CM_SLAC_PARM: 0x6064,
  CM_START_ATTEN_CHAR: 0x6068,
  CM_ATTEN_CHAR: 0x606c,
  CM_PKCS_CERT: 0x6070,
  CM_MNBC_SOUND: 0x6074,
  CM_VALIDATE: 0x6078,
  CM_SLAC_MATCH: 0x607c,
  CM_SLAC_USER_DATA: 0x6080,
  CM_ATTEN_PROFILE: 0x6084,
  /** Qualcomm (open-plc-utils `mme/qualcomm.h`). */
  VS_SW_VER: 0xa000,
  VS_RS_DEV: 0xa01c,
  VS_NW_INFO: 0xa038,
  VS_PL_LNK_STATUS: 0xa0b8,
  /** Emitted by AR7420 modems once per M-sound (pyplc-notes §2.4, open-plc-utils#156); layout inferred from captures. */
  VS_SOUND_ATTEN: 0xa14c,
} as const;

/** Qualcomm Atheros OUI, first 3 payload bytes of every Qualcomm vendor MME. */
export const QUALCOMM_OUI = Buffer.from([0x00, 0xb0, 0x52]);
/** Qualcomm "local management address": a host may address its own modem with it. */
export const QUALCOMM_LOCAL_MAC = Buffer.from([0x00, 0xb0, 0x52, 0x00, 0x00, 0x01]);

// ---- field values -----------------------------------------------------------------------------

/** CM_SLAC_PARM APPLICATION_TYPE 0 = PEV-EVSE association (ISO 15118-3 A.9.1). */
export const SLAC_APPLICATION_TYPE_PEV_EVSE = 0x00;
/** SECURITY_TYPE 0 = no security, 1 = public key signature. */
export const SLAC_SECURITY_NONE = 0x00;
export const SLAC_SECURITY_PKS = 0x01;
/** RESP_TYPE 1 = other green PHY station (the HLE). */
export const SLAC_RESP_TYPE_HLE = 0x01;
/** RunID length in bytes (ISO 15118-3 A.9.1.2); in MNBC_SOUND and SLAC_MATCH it sits in a 16-byte field. */
export const RUN_ID_LENGTH = 8;
/** Number of attenuation groups in ATTEN_CHAR / ATTEN_PROFILE (HomePlug GP: 58 carrier groups). */
export const SLAC_GROUPS = 58;
/** Size of SOURCE_ID / RESP_ID / PEV_ID / EVSE_ID fields (17 bytes, all zero in practice). */
export const SLAC_ID_LENGTH = 17;
/** CM_SLAC_MATCH MVFLength: REQ 0x3E, CNF 0x56 (standards.md 2.1.3). */
export const SLAC_MATCH_REQ_MVF_LENGTH = 0x3e;
export const SLAC_MATCH_CNF_MVF_LENGTH = 0x56;
/** CM_SLAC_PARM.CNF TIME_OUT field unit: 100 ms (6 = TT_EVSE_match_MNBC 600 ms; Compleo insists on 6, pyPLC #15). */
export const SLAC_TIME_OUT_UNIT_MS = 100;

/** CM_SET_KEY KeyType 1 = NMK (AES-128), PID 4 = HLE protocol (standards.md 2.1.3). */
export const SET_KEY_TYPE_NMK = 0x01;
export const SET_KEY_PID_HLE = 0x04;
export const SET_KEY_NEW_EKS = 0x01;
/** NMK and NID sizes. */
export const NMK_LENGTH = 16;
export const NID_LENGTH = 7;

/** CM_VALIDATE Result values (ISO 15118-3 A.9.4). */
export const VALIDATE_RESULT = { NOT_READY: 0, READY: 1, SUCCESS: 2, FAILURE: 3, NOT_REQUIRED: 4 } as const;

// ---- timers and counters (ISO 15118-3 Table 3 and Table A.1) -----------------------------------

/** C_EV_match_MNBC: number of M-sounds the EV sends. */
export const C_EV_MATCH_MNBC = 10;
/** C_EV_match_retry: retransmissions of a SLAC request (so 3 sends in all). */
export const C_EV_MATCH_RETRY = 2;
/** C_EV_start_atten_char_inds: CM_START_ATTEN_CHAR.IND repetitions. */
export const C_EV_START_ATTEN_CHAR_INDS = 3;
/** C_EVSE_match_parallel: matching sessions an EVSE handles at once. */
export const C_EVSE_MATCH_PARALLEL = 5;
/** C_conn_max_match: matching attempts before giving up (>= 3). */
export const C_CONN_MAX_MATCH = 3;

/** TP_EV_batch_msg_interval: spacing of START_ATTEN_CHAR / MNBC_SOUND, 20..50 ms (libslac uses 20). */
export const TP_EV_BATCH_MSG_INTERVAL_MS = 20;
export const TP_EV_BATCH_MSG_INTERVAL_MIN_MS = 20;
export const TP_EV_BATCH_MSG_INTERVAL_MAX_MS = 50;
/** TT_EV_atten_results: EV waits for CM_ATTEN_CHAR.IND, from the first START_ATTEN_CHAR. */
export const TT_EV_ATTEN_RESULTS_MS = 1200;
/** TP_EV_match_session: EV sends VALIDATE / SLAC_MATCH within this after ATTEN_CHAR.RSP (max). */
export const TP_EV_MATCH_SESSION_MS = 500;
/** TT_EVSE_match_MNBC: EVSE sounding window (encoded as TIME_OUT = 6 x 100 ms). */
export const TT_EVSE_MATCH_MNBC_MS = 600;
/** TT_EVSE_match_session: EVSE waits for VALIDATE / SLAC_MATCH after the attenuation exchange. */
export const TT_EVSE_MATCH_SESSION_MS = 10_000;
/** TT_EVSE_SLAC_init: EVSE waits for the first CM_SLAC_PARM.REQ after matching is allowed (20..50 s; libslac 40 s). */
export const TT_EVSE_SLAC_INIT_MS = 40_000;
/** TT_match_join: link must be up within this after CM_SLAC_MATCH.CNF. */
export const TT_MATCH_JOIN_MS = 12_000;
/** TT_match_response: wait for a response to a request. */
export const TT_MATCH_RESPONSE_MS = 200;
/** TT_match_sequence: wait for the peer's next request in a sequence. */
export const TT_MATCH_SEQUENCE_MS = 400;
/** TT_matching_repetition: window in which a failed matching may be repeated. */
export const TT_MATCHING_REPETITION_MS = 10_000;
/** TT_matching_rate: pause before repeating a matching [V2G3-A09-124]. */
export const TT_MATCHING_RATE_MS = 400;
/** TP_match_response / TP_match_sequence: performance times (max 100 ms); pyPLC: > 250 ms fails at SuC/Compleo. */
export const TP_MATCH_RESPONSE_MS = 100;
export const TP_MATCH_SEQUENCE_MS = 100;
/** TP_EVSE_avg_atten_calc: EVSE computes average attenuation (max). */
export const TP_EVSE_AVG_ATTEN_CALC_MS = 100;
/** TP_link_ready_notification: 200..1000 ms; used here as the link-status poll interval while joining. */
export const TP_LINK_READY_NOTIFICATION_MS = 200;
