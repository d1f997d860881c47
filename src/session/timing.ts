/**
 * Timers of the top-level session (the parts the children do not own themselves).
 * Message and loop timers live in v2g/timing.ts, SLAC timers in slac/defs.ts, CP timers in cp/.
 */

/** SECC: from SLAC match until the car's TCP connection (SDP + connect). ISO 15118-2 [V2G2-716/723]
 * V2G_SECC_CommunicationSetup_Performance_Time = 18 s (EvseV2G V2G_COMMUNICATION_SETUP_TIMEOUT). */
export const V2G_SECC_COMMUNICATION_SETUP_PERFORMANCE_TIME_MS = 18_000;

/** EVCC: plug-in (state B) until SessionSetupRes incl. SDP; ISO 15118-2 [V2G2-605], DIN uses 20 s too. */
export const V2G_EVCC_COMMUNICATION_SETUP_TIMEOUT_MS = 20_000;

/** PEV: how long to wait in state B for the EVSE's 5 % PWM before giving up on HLC.
 * IEC 61851-1 gives no bound; T_step_X1 (3 s) after B with nominal PWM would mean basic charging.
 * Field: chargers switch on 5 % within ~1 s after B (pyplc-notes 2.8). 10 s leaves margin. */
export const PEV_WAIT_FOR_HLC_PWM_MS = 10_000;

/** After a failed or finished session, how long the EVSE stays in its end state before it is ready
 * for a new attempt without unplug (ISO 15118-3 C_sequ_retry style back-off; configurable). */
export const SESSION_RETRY_BACKOFF_MS = 5_000;
