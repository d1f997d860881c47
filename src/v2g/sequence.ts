/**
 * Message sequences as tables (style guide P9): for each SECC state, the requests the car may send, with the
 * requirement that says so. DIN 70121 after EvseV2G din_server.hpp `din_states[]` ([V2G-DC-437] ...);
 * ISO 15118-2 after the sequence in standards.md 2.3.1 ([V2G2-xxx] references as cited by EvseV2G / Josev).
 * A request not listed for the current state is answered FAILED_SequenceError and the connection closed
 * [V2G-DC-665], [V2G2-538/539]. Pure data.
 */

import type { V2gProtocol } from './types.js';

export type SeccState =
  | 'WaitForSupportedAppProtocol'
  | 'WaitForSessionSetup'
  | 'WaitForServiceDiscovery'
  | 'WaitForServiceDetailOrPaymentSelection'
  | 'WaitForPaymentSelection'
  | 'WaitForAuthorization'
  | 'WaitForChargeParameterDiscovery'
  | 'WaitForCableCheck'
  | 'WaitForPreCharge'
  | 'WaitForPreChargeOrPowerDelivery'
  | 'WaitForPowerDelivery'
  | 'WaitForCurrentDemand'
  | 'WaitForCurrentDemandOrPowerDelivery'
  | 'WaitForChargingStatusOrPowerDelivery'
  | 'WaitForWeldingDetectionOrSessionStop'
  | 'WaitForSessionStop'
  | 'Terminated';

export interface SequenceEntry {
  /** Request element names allowed in this state. */
  allowed: readonly string[];
  /** Requirement IDs that define the entry. */
  ref: string;
}

export type SequenceTable = Partial<Record<SeccState, SequenceEntry>>;

/** DIN 70121 DC (EvseV2G din_server.hpp din_states[]). */
export const DIN_SEQUENCE: SequenceTable = {
  WaitForSessionSetup: { allowed: ['SessionSetupReq'], ref: 'V2G-DC-437' },
  WaitForServiceDiscovery: { allowed: ['ServiceDiscoveryReq', 'SessionStopReq'], ref: 'V2G-DC-439' },
  WaitForPaymentSelection: { allowed: ['ServicePaymentSelectionReq', 'SessionStopReq'], ref: 'V2G-DC-441' },
  WaitForAuthorization: { allowed: ['ContractAuthenticationReq', 'SessionStopReq'], ref: 'V2G-DC-444, V2G-DC-497' },
  WaitForChargeParameterDiscovery: {
    allowed: ['ChargeParameterDiscoveryReq', 'SessionStopReq'],
    ref: 'V2G-DC-498, V2G-DC-495',
  },
  // field: Audi Q4 ends with PowerDeliveryReq(ReadyToChargeState=false) right after CableCheckRes
  // (2026-02-08_pyPLC_FoccciCape_AudiQ4_break_after_cableCheck.pcap); a stop is accepted here, a start is not
  // (power-delivery.ts answers FAILED_SequenceError)
  WaitForCableCheck: {
    allowed: ['CableCheckReq', 'PowerDeliveryReq', 'SessionStopReq'],
    ref: 'V2G-DC-453, V2G-DC-499; field: Audi Q4 PowerDelivery(stop)',
  },
  WaitForPreCharge: {
    allowed: ['PreChargeReq', 'PowerDeliveryReq', 'SessionStopReq'],
    ref: 'V2G-DC-455; field: Audi Q4 PowerDelivery(stop)',
  },
  WaitForPreChargeOrPowerDelivery: {
    allowed: ['PreChargeReq', 'PowerDeliveryReq', 'SessionStopReq'],
    ref: 'V2G-DC-458',
  },
  WaitForCurrentDemand: { allowed: ['CurrentDemandReq'], ref: 'V2G-DC-462' },
  WaitForCurrentDemandOrPowerDelivery: {
    allowed: ['CurrentDemandReq', 'PowerDeliveryReq'],
    ref: 'V2G-DC-462, V2G-DC-465',
  },
  WaitForWeldingDetectionOrSessionStop: {
    allowed: ['WeldingDetectionReq', 'SessionStopReq'],
    ref: 'V2G-DC-459, V2G-DC-469',
  },
  WaitForSessionStop: { allowed: ['SessionStopReq'], ref: 'V2G-DC-665 (after FAILED only SessionStop)' },
  Terminated: { allowed: [], ref: 'session closed' },
};

/** ISO 15118-2 EIM, DC and AC (standards.md 2.3.1). */
export const ISO2_SEQUENCE: SequenceTable = {
  WaitForSessionSetup: {
    allowed: ['SessionSetupReq'],
    ref: 'ISO 15118-2 message sequence (standards.md 2.3.1); V2G2-034',
  },
  WaitForServiceDiscovery: {
    allowed: ['ServiceDiscoveryReq', 'SessionStopReq'],
    ref: 'ISO 15118-2 sequence, standards.md 2.3.1',
  },
  WaitForServiceDetailOrPaymentSelection: {
    allowed: ['ServiceDetailReq', 'PaymentServiceSelectionReq', 'SessionStopReq'],
    ref: 'ISO 15118-2 sequence, standards.md 2.3.1',
  },
  WaitForAuthorization: {
    allowed: ['AuthorizationReq', 'SessionStopReq'],
    ref: 'ISO 15118-2 sequence, standards.md 2.3.1',
  },
  WaitForChargeParameterDiscovery: {
    allowed: ['ChargeParameterDiscoveryReq', 'SessionStopReq'],
    ref: 'ISO 15118-2 sequence, standards.md 2.3.1',
  },
  WaitForCableCheck: { allowed: ['CableCheckReq', 'SessionStopReq'], ref: 'ISO 15118-2 sequence, standards.md 2.3.1' },
  WaitForPreCharge: { allowed: ['PreChargeReq', 'SessionStopReq'], ref: 'ISO 15118-2 sequence, standards.md 2.3.1' },
  WaitForPreChargeOrPowerDelivery: {
    allowed: ['PreChargeReq', 'PowerDeliveryReq', 'SessionStopReq'],
    ref: 'ISO 15118-2 sequence, standards.md 2.3.1',
  },
  // AC: after ChargeParameterDiscovery the car goes straight to PowerDelivery(Start)
  WaitForPowerDelivery: {
    allowed: ['PowerDeliveryReq', 'ChargeParameterDiscoveryReq', 'SessionStopReq'],
    ref: 'ISO 15118-2 sequence, standards.md 2.3.1',
  },
  WaitForCurrentDemand: { allowed: ['CurrentDemandReq'], ref: 'ISO 15118-2 sequence, standards.md 2.3.1' },
  WaitForCurrentDemandOrPowerDelivery: {
    allowed: ['CurrentDemandReq', 'PowerDeliveryReq', 'MeteringReceiptReq'],
    ref: 'ISO 15118-2 sequence, standards.md 2.3.1',
  },
  WaitForChargingStatusOrPowerDelivery: {
    allowed: ['ChargingStatusReq', 'PowerDeliveryReq', 'MeteringReceiptReq'],
    ref: 'ISO 15118-2 sequence, standards.md 2.3.1',
  },
  WaitForWeldingDetectionOrSessionStop: {
    allowed: ['WeldingDetectionReq', 'SessionStopReq', 'ChargeParameterDiscoveryReq'],
    ref: 'ISO 15118-2 sequence, standards.md 2.3.1(ChargeParameterDiscovery after Renegotiate)',
  },
  WaitForSessionStop: { allowed: ['SessionStopReq'], ref: 'V2G2-539 (after FAILED only SessionStop)' },
  Terminated: { allowed: [], ref: 'session closed' },
};

export const SEQUENCES: Record<V2gProtocol, SequenceTable> = { din: DIN_SEQUENCE, iso2: ISO2_SEQUENCE };

export function isAllowed(protocol: V2gProtocol, state: SeccState, request: string): boolean {
  return SEQUENCES[protocol][state]?.allowed.includes(request) ?? false;
}

/** Request element names of each protocol's schema that an SECC may receive (for "not a request" checks). */
export const REQUEST_NAMES: Record<V2gProtocol, readonly string[]> = {
  din: [
    'SessionSetupReq',
    'ServiceDiscoveryReq',
    'ServiceDetailReq',
    'ServicePaymentSelectionReq',
    'PaymentDetailsReq',
    'ContractAuthenticationReq',
    'ChargeParameterDiscoveryReq',
    'PowerDeliveryReq',
    'ChargingStatusReq',
    'MeteringReceiptReq',
    'SessionStopReq',
    'CertificateUpdateReq',
    'CertificateInstallationReq',
    'CableCheckReq',
    'PreChargeReq',
    'CurrentDemandReq',
    'WeldingDetectionReq',
  ],
  iso2: [
    'SessionSetupReq',
    'ServiceDiscoveryReq',
    'ServiceDetailReq',
    'PaymentServiceSelectionReq',
    'PaymentDetailsReq',
    'AuthorizationReq',
    'ChargeParameterDiscoveryReq',
    'PowerDeliveryReq',
    'ChargingStatusReq',
    'MeteringReceiptReq',
    'SessionStopReq',
    'CertificateUpdateReq',
    'CertificateInstallationReq',
    'CableCheckReq',
    'PreChargeReq',
    'CurrentDemandReq',
    'WeldingDetectionReq',
  ],
};
