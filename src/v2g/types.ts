/**
 * Shared vocabulary of the V2G application layer: protocols, EXI JSON documents (DESIGN.md "EXI JSON form"),
 * and the enumeration tokens used in DIN 70121 and ISO 15118-2 bodies (XSD tokens, standards.md 2.3.3).
 * Owns no behaviour; must not know transports, codecs or hardware.
 */

/** Protocols the session layer speaks. ISO 15118-20 is decoded by the codec but not driven here yet. */
export type V2gProtocol = 'din' | 'iso2';

/** Schema names of the EXI codec facade (`decodeExi(bytes, schema)` / `encodeExi(doc, schema)`). */
export type ExiSchema = 'apphand' | 'din' | 'iso2' | 'iso20';

/** A decoded EXI document in the JSON form of DESIGN.md: one root key. */
export type ExiDocument = Record<string, unknown>;

/** Any complex element in JSON form. */
export type Obj = Record<string, unknown>;

/** PhysicalValueType (DIN: Unit optional; ISO-2: Unit mandatory). Value is xs:short. */
export interface PhysicalValue {
  Multiplier: number;
  Unit?: string;
  Value: number;
}

/** responseCodeType tokens (DIN and ISO-2 share the names up to ordinal 19; see standards.md 2.3.3). */
export type ResponseCode =
  | 'OK'
  | 'OK_NewSessionEstablished'
  | 'OK_OldSessionJoined'
  | 'OK_CertificateExpiresSoon'
  | 'FAILED'
  | 'FAILED_SequenceError'
  | 'FAILED_ServiceIDInvalid'
  | 'FAILED_UnknownSession'
  | 'FAILED_ServiceSelectionInvalid'
  | 'FAILED_PaymentSelectionInvalid'
  | 'FAILED_CertificateExpired'
  | 'FAILED_SignatureError'
  | 'FAILED_NoCertificateAvailable'
  | 'FAILED_CertChainError'
  | 'FAILED_ChallengeInvalid'
  | 'FAILED_ContractCanceled'
  | 'FAILED_WrongChargeParameter'
  | 'FAILED_PowerDeliveryNotApplied'
  | 'FAILED_TariffSelectionInvalid'
  | 'FAILED_ChargingProfileInvalid'
  // DIN only (ordinal 20, 22)
  | 'FAILED_EVSEPresentVoltageToLow'
  | 'FAILED_WrongEnergyTransferType'
  // both (DIN 21, ISO-2 20)
  | 'FAILED_MeteringSignatureNotValid'
  // ISO-2 only (21..25)
  | 'FAILED_NoChargeServiceSelected'
  | 'FAILED_WrongEnergyTransferMode'
  | 'FAILED_ContactorError'
  | 'FAILED_CertificateNotAllowedAtThisEVSE'
  | 'FAILED_CertificateRevoked';

/** True for the OK family (OK, OK_NewSessionEstablished, OK_OldSessionJoined, OK_CertificateExpiresSoon). */
export function isOkCode(code: unknown): boolean {
  return typeof code === 'string' && code.startsWith('OK');
}

/** DC_EVSEStatusCodeType (DIN = ISO-2). */
export type DcEvseStatusCode =
  | 'EVSE_NotReady'
  | 'EVSE_Ready'
  | 'EVSE_Shutdown'
  | 'EVSE_UtilityInterruptEvent'
  | 'EVSE_IsolationMonitoringActive'
  | 'EVSE_EmergencyShutdown'
  | 'EVSE_Malfunction';

/** isolationLevelType; `No_IMD` exists in ISO-2 only. */
export type IsolationLevel = 'Invalid' | 'Valid' | 'Warning' | 'Fault' | 'No_IMD';

export type EvseNotification = 'None' | 'StopCharging' | 'ReNegotiation';

export type EvseProcessing = 'Finished' | 'Ongoing' | 'Ongoing_WaitingForCustomerInteraction';

/** DC_EVErrorCodeType (DIN = ISO-2). */
export type DcEvErrorCode =
  | 'NO_ERROR'
  | 'FAILED_RESSTemperatureInhibit'
  | 'FAILED_EVShiftPosition'
  | 'FAILED_ChargerConnectorLockFault'
  | 'FAILED_EVRESSMalfunction'
  | 'FAILED_ChargingCurrentdifferential'
  | 'FAILED_ChargingVoltageOutOfRange'
  | 'FAILED_ChargingSystemIncompatibility'
  | 'NoData';

/** Energy transfer: DIN EVRequestedEnergyTransferType / ISO-2 EnergyTransferModeType. */
export type EnergyMode = 'dc' | 'ac';
