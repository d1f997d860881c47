/**
 * Per-protocol timers (ms) with their table references: standards.md 2.3.2.
 * - DIN 70121: Josev din_spec/timeouts.py "section 9.6.2 Table 75" and "9.6.5.5 Table 77": every EVCC message
 *   timeout 2 s except CurrentDemand 0.25 s; SECC performance 1.5 s / CurrentDemand 25 ms; CableCheck 40 s,
 *   PreCharge 7 s, ReadyToCharge 150 s, CommunicationSetup 20 s, SECC sequence 60 s.
 *   (Other DIN readings exist, e.g. HotWire: CurrentDemand 0.5 s, CableCheck 38 s; we keep standards.md.)
 * - ISO 15118-2: Table 109 (message timeouts / performance times) and Table 111 (loop timers).
 * The EVCC defaults are the "field" preset: pyPLC's longer waits (pyplc-notes.md 2.5), because public chargers
 * need them (Compleo answers PowerDelivery after 910 ms, Alpitronic PreCharge lasts up to 8.5 s).
 * Pure data + small lookups; no clocks here.
 */

import type { V2gProtocol } from './types.js';

/** Message base names (request name without "Req"). */
export type MessageName =
  | 'supportedAppProtocol'
  | 'SessionSetup'
  | 'ServiceDiscovery'
  | 'ServiceDetail'
  | 'ServicePaymentSelection'
  | 'PaymentServiceSelection'
  | 'PaymentDetails'
  | 'ContractAuthentication'
  | 'Authorization'
  | 'ChargeParameterDiscovery'
  | 'CableCheck'
  | 'PreCharge'
  | 'PowerDelivery'
  | 'CurrentDemand'
  | 'ChargingStatus'
  | 'MeteringReceipt'
  | 'WeldingDetection'
  | 'SessionStop'
  | 'CertificateInstallation'
  | 'CertificateUpdate';

// ---- DIN 70121 (Table 75 / 77 via Josev din_spec/timeouts.py; standards.md 2.3.2) ----
export const DIN_V2G_EVCC_MSG_TIMEOUT_MS = 2000;
export const DIN_V2G_EVCC_MSG_TIMEOUT_CURRENT_DEMAND_MS = 250;
export const DIN_V2G_SECC_MSG_PERFORMANCE_TIME_MS = 1500;
export const DIN_V2G_SECC_MSG_PERFORMANCE_TIME_CURRENT_DEMAND_MS = 25;
export const DIN_V2G_EVCC_ONGOING_TIMEOUT_MS = 60_000;
export const DIN_V2G_EVCC_CABLE_CHECK_TIMEOUT_MS = 40_000;
export const DIN_V2G_EVCC_PRE_CHARGE_TIMEOUT_MS = 7_000;
export const DIN_V2G_EVCC_READY_TO_CHARGE_TIMEOUT_MS = 150_000;
export const DIN_V2G_EVCC_COMMUNICATION_SETUP_TIMEOUT_MS = 20_000;
export const DIN_V2G_SECC_SEQUENCE_TIMEOUT_MS = 60_000;

// ---- ISO 15118-2 (Table 109 / 111; standards.md 2.3.2) ----
export const ISO2_V2G_EVCC_MSG_TIMEOUT_MS = 2000;
export const ISO2_V2G_EVCC_MSG_TIMEOUT_LONG_MS = 5000; // ServiceDetail, PaymentDetails, PowerDelivery, Cert*
export const ISO2_V2G_EVCC_MSG_TIMEOUT_CURRENT_DEMAND_MS = 250;
export const ISO2_V2G_SECC_MSG_PERFORMANCE_TIME_MS = 1500;
export const ISO2_V2G_SECC_MSG_PERFORMANCE_TIME_LONG_MS = 4500;
export const ISO2_V2G_SECC_MSG_PERFORMANCE_TIME_CURRENT_DEMAND_MS = 25;
export const ISO2_V2G_SECC_SEQUENCE_TIMEOUT_MS = 60_000; // [V2G2-443]
export const ISO2_V2G_EVCC_ONGOING_TIMEOUT_MS = 60_000; // [V2G2-710..713]
export const ISO2_V2G_SECC_ONGOING_PERFORMANCE_TIME_MS = 55_000;
export const ISO2_V2G_EVCC_CABLE_CHECK_TIMEOUT_MS = 40_000; // Table 111
export const ISO2_V2G_SECC_CABLE_CHECK_PERFORMANCE_TIME_MS = 38_000; // Table 111 [verify 38]
export const ISO2_V2G_EVCC_PRE_CHARGE_TIMEOUT_MS = 7_000; // Table 111
export const ISO2_V2G_SECC_PRE_CHARGE_PERFORMANCE_TIME_MS = 5_000; // Table 111 [verify 5]
export const ISO2_V2G_EVCC_COMMUNICATION_SETUP_TIMEOUT_MS = 20_000; // [V2G2-605]
export const ISO2_V2G_SECC_COMMUNICATION_SETUP_PERFORMANCE_TIME_MS = 18_000; // [V2G2-716/723]

// ---- piccs safety choice (no standard names a shorter SECC timer than the 60 s sequence timeout) ----
/**
 * DC energy transfer: response sent -> next request while current flows. Past it the charger switches the output
 * off and ends the session instead of following a silent car's last CurrentDemandReq for 60 s. Field gaps in the
 * captures (../shared/fixtures/pyplc): CurrentDemandRes -> CurrentDemandReq at most 365 ms (Ioniq, 13 312 loops),
 * PowerDeliveryRes -> first CurrentDemandReq at most 430 ms (Ioniq at Alpitronic HYC150); 1 s leaves 2.3x margin.
 */
export const PICCS_SECC_CHARGE_LOOP_TIMEOUT_MS = 1000;

// ---- pyPLC field values (pyplc-notes.md 2.5, fsmPev state table) ----
export const FIELD_EVCC_MSG_TIMEOUT_MS = 2000;
export const FIELD_EVCC_CHARGE_PARAMETER_DISCOVERY_TIMEOUT_MS = 5000; // "some chargers need more than a second"
export const FIELD_EVCC_CABLE_CHECK_MSG_TIMEOUT_MS = 30_000;
export const FIELD_EVCC_PRE_CHARGE_MSG_TIMEOUT_MS = 30_000;
export const FIELD_EVCC_POWER_DELIVERY_TIMEOUT_MS = 6000; // Compleo > 1 s; ISO performance 4.5 s
export const FIELD_EVCC_CURRENT_DEMAND_TIMEOUT_MS = 5000; // pyPLC "experimental"; spec 250 ms
export const FIELD_EVCC_AUTHORIZATION_LOOP_MS = 120_000; // pyPLC: up to 120 repeats ~1 s apart
export const FIELD_EVCC_CHARGE_PARAMETER_LOOP_MS = 60_000; // pyPLC: up to 60 repeats
export const FIELD_EVCC_CABLE_CHECK_LOOP_MS = 90_000; // Alpitronic CableCheck lasted up to 84.8 s (pyplc-notes 2.8)
export const FIELD_EVCC_PRE_CHARGE_LOOP_MS = 30_000; // Alpitronic PreCharge up to 8.5 s > DIN 7 s

/** Timers an EVCC uses; every entry may be overridden by configuration. */
export interface EvccTiming {
  /** Response timeout per message (V2G_EVCC_Msg_Timeout). */
  msgTimeoutMs: Record<MessageName, number>;
  /** Whole Ongoing loop of ContractAuthentication / Authorization (V2G_EVCC_Ongoing_Timeout). */
  authorizationLoopMs: number;
  /** Whole Ongoing loop of ChargeParameterDiscovery (V2G_EVCC_Ongoing_Timeout). */
  chargeParameterLoopMs: number;
  /** Whole CableCheck loop (V2G_EVCC_CableCheck_Timeout). */
  cableCheckLoopMs: number;
  /** Whole PreCharge loop (V2G_EVCC_PreCharge_Timeout). */
  preChargeLoopMs: number;
  /** Connection start to SessionSetupRes (V2G_EVCC_CommunicationSetup_Timeout, here without SLAC/SDP). */
  communicationSetupMs: number;
  /** DIN V2G_EVCC_ReadyToCharge_Timeout: ChargeParameterDiscovery finished -> PowerDeliveryRes(start). */
  readyToChargeMs: number;
}

/** Timers an SECC uses. */
export interface SeccTiming {
  /** Performance time per message (what we must meet; used for warnings in logs). */
  performanceMs: Record<MessageName, number>;
  /** Response sent -> next request received (V2G_SECC_Sequence_Timeout). */
  sequenceTimeoutMs: number;
  /** The same while DC current flows (PowerDelivery start .. stop): PICCS_SECC_CHARGE_LOOP_TIMEOUT_MS. */
  chargeLoopTimeoutMs: number;
  /** Connection start -> SessionSetupReq (V2G_SECC_CommunicationSetup_Performance_Time). */
  communicationSetupMs: number;
  /** Longest we answer Ongoing in an authorization / parameter loop before FAILED. */
  ongoingLimitMs: number;
  /** Longest the isolation check may run before CableCheckRes FAILED. */
  cableCheckLimitMs: number;
}

const ALL_MESSAGES: readonly MessageName[] = [
  'supportedAppProtocol',
  'SessionSetup',
  'ServiceDiscovery',
  'ServiceDetail',
  'ServicePaymentSelection',
  'PaymentServiceSelection',
  'PaymentDetails',
  'ContractAuthentication',
  'Authorization',
  'ChargeParameterDiscovery',
  'CableCheck',
  'PreCharge',
  'PowerDelivery',
  'CurrentDemand',
  'ChargingStatus',
  'MeteringReceipt',
  'WeldingDetection',
  'SessionStop',
  'CertificateInstallation',
  'CertificateUpdate',
];

function table(def: number, special: Partial<Record<MessageName, number>>): Record<MessageName, number> {
  const t = {} as Record<MessageName, number>;
  for (const m of ALL_MESSAGES) t[m] = special[m] ?? def;
  return t;
}

const ISO2_LONG: Partial<Record<MessageName, number>> = {
  ServiceDetail: ISO2_V2G_EVCC_MSG_TIMEOUT_LONG_MS,
  PaymentDetails: ISO2_V2G_EVCC_MSG_TIMEOUT_LONG_MS,
  PowerDelivery: ISO2_V2G_EVCC_MSG_TIMEOUT_LONG_MS,
  CertificateInstallation: ISO2_V2G_EVCC_MSG_TIMEOUT_LONG_MS,
  CertificateUpdate: ISO2_V2G_EVCC_MSG_TIMEOUT_LONG_MS,
};

/** The standard's EVCC timers for a protocol. */
export function specEvccTiming(protocol: V2gProtocol): EvccTiming {
  if (protocol === 'din') {
    return {
      msgTimeoutMs: table(DIN_V2G_EVCC_MSG_TIMEOUT_MS, { CurrentDemand: DIN_V2G_EVCC_MSG_TIMEOUT_CURRENT_DEMAND_MS }),
      authorizationLoopMs: DIN_V2G_EVCC_ONGOING_TIMEOUT_MS,
      chargeParameterLoopMs: DIN_V2G_EVCC_ONGOING_TIMEOUT_MS,
      cableCheckLoopMs: DIN_V2G_EVCC_CABLE_CHECK_TIMEOUT_MS,
      preChargeLoopMs: DIN_V2G_EVCC_PRE_CHARGE_TIMEOUT_MS,
      communicationSetupMs: DIN_V2G_EVCC_COMMUNICATION_SETUP_TIMEOUT_MS,
      readyToChargeMs: DIN_V2G_EVCC_READY_TO_CHARGE_TIMEOUT_MS,
    };
  }
  return {
    msgTimeoutMs: table(ISO2_V2G_EVCC_MSG_TIMEOUT_MS, {
      ...ISO2_LONG,
      CurrentDemand: ISO2_V2G_EVCC_MSG_TIMEOUT_CURRENT_DEMAND_MS,
    }),
    authorizationLoopMs: ISO2_V2G_EVCC_ONGOING_TIMEOUT_MS,
    chargeParameterLoopMs: ISO2_V2G_EVCC_ONGOING_TIMEOUT_MS,
    cableCheckLoopMs: ISO2_V2G_EVCC_CABLE_CHECK_TIMEOUT_MS,
    preChargeLoopMs: ISO2_V2G_EVCC_PRE_CHARGE_TIMEOUT_MS,
    communicationSetupMs: ISO2_V2G_EVCC_COMMUNICATION_SETUP_TIMEOUT_MS,
    // ISO-2 has no ReadyToCharge timer; the sequence performance time (40 s) is the nearest bound
    readyToChargeMs: 40_000,
  };
}

/** pyPLC's longer waits (the EVCC default: real chargers need them). Same for every protocol. */
export function fieldEvccTiming(protocol: V2gProtocol): EvccTiming {
  const spec = specEvccTiming(protocol);
  return {
    msgTimeoutMs: table(FIELD_EVCC_MSG_TIMEOUT_MS, {
      ...(protocol === 'iso2' ? ISO2_LONG : {}),
      ChargeParameterDiscovery: FIELD_EVCC_CHARGE_PARAMETER_DISCOVERY_TIMEOUT_MS,
      CableCheck: FIELD_EVCC_CABLE_CHECK_MSG_TIMEOUT_MS,
      PreCharge: FIELD_EVCC_PRE_CHARGE_MSG_TIMEOUT_MS,
      PowerDelivery: FIELD_EVCC_POWER_DELIVERY_TIMEOUT_MS,
      CurrentDemand: FIELD_EVCC_CURRENT_DEMAND_TIMEOUT_MS,
    }),
    authorizationLoopMs: FIELD_EVCC_AUTHORIZATION_LOOP_MS,
    chargeParameterLoopMs: FIELD_EVCC_CHARGE_PARAMETER_LOOP_MS,
    cableCheckLoopMs: FIELD_EVCC_CABLE_CHECK_LOOP_MS,
    preChargeLoopMs: FIELD_EVCC_PRE_CHARGE_LOOP_MS,
    communicationSetupMs: spec.communicationSetupMs,
    readyToChargeMs: spec.readyToChargeMs,
  };
}

export type TimingPreset = 'spec' | 'field';

export interface EvccTimingOverrides extends Partial<Omit<EvccTiming, 'msgTimeoutMs'>> {
  msgTimeoutMs?: Partial<Record<MessageName, number>>;
}

export function evccTiming(
  protocol: V2gProtocol,
  preset: TimingPreset = 'field',
  o: EvccTimingOverrides = {},
): EvccTiming {
  const base = preset === 'spec' ? specEvccTiming(protocol) : fieldEvccTiming(protocol);
  const { msgTimeoutMs, ...rest } = o;
  return { ...base, ...rest, msgTimeoutMs: { ...base.msgTimeoutMs, ...(msgTimeoutMs ?? {}) } };
}

export interface SeccTimingOverrides extends Partial<Omit<SeccTiming, 'performanceMs'>> {}

export function seccTiming(protocol: V2gProtocol | undefined, o: SeccTimingOverrides = {}): SeccTiming {
  const din = protocol === 'din' || protocol === undefined;
  const performanceMs = din
    ? table(DIN_V2G_SECC_MSG_PERFORMANCE_TIME_MS, {
        CurrentDemand: DIN_V2G_SECC_MSG_PERFORMANCE_TIME_CURRENT_DEMAND_MS,
      })
    : table(ISO2_V2G_SECC_MSG_PERFORMANCE_TIME_MS, {
        ServiceDetail: ISO2_V2G_SECC_MSG_PERFORMANCE_TIME_LONG_MS,
        PaymentDetails: ISO2_V2G_SECC_MSG_PERFORMANCE_TIME_LONG_MS,
        PowerDelivery: ISO2_V2G_SECC_MSG_PERFORMANCE_TIME_LONG_MS,
        CertificateInstallation: ISO2_V2G_SECC_MSG_PERFORMANCE_TIME_LONG_MS,
        CertificateUpdate: ISO2_V2G_SECC_MSG_PERFORMANCE_TIME_LONG_MS,
        CurrentDemand: ISO2_V2G_SECC_MSG_PERFORMANCE_TIME_CURRENT_DEMAND_MS,
      });
  return {
    performanceMs,
    sequenceTimeoutMs: din ? DIN_V2G_SECC_SEQUENCE_TIMEOUT_MS : ISO2_V2G_SECC_SEQUENCE_TIMEOUT_MS,
    chargeLoopTimeoutMs: PICCS_SECC_CHARGE_LOOP_TIMEOUT_MS,
    // DIN names no SECC value; the ISO-2 18 s (EvseV2G V2G_COMMUNICATION_SETUP_TIMEOUT) is used for both
    communicationSetupMs: ISO2_V2G_SECC_COMMUNICATION_SETUP_PERFORMANCE_TIME_MS,
    ongoingLimitMs: ISO2_V2G_SECC_ONGOING_PERFORMANCE_TIME_MS,
    cableCheckLimitMs: ISO2_V2G_SECC_CABLE_CHECK_PERFORMANCE_TIME_MS,
    ...o,
  };
}

/** "CurrentDemandReq" -> "CurrentDemand"; undefined for names not ending in Req/Res. */
export function baseName(element: string): MessageName | undefined {
  const m = /^(.*)(Req|Res)$/.exec(element);
  return m ? (m[1] as MessageName) : undefined;
}
