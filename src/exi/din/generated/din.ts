// generated, do not edit.
// DIN 70121: schema-informed EXI 1.0 codec (non-strict, V2G options), built by src/exi/gen from:
//   din/V2G_CI_MsgDef.xsd
//   din/V2G_CI_MsgHeader.xsd
//   din/V2G_CI_MsgDataTypes.xsd
//   din/V2G_CI_MsgBody.xsd
//   din/xmldsig-core-schema.xsd
// Regenerate with `npm run gen:exi -- ../shared/schemas`.
/* eslint-disable */

import type { BitReader } from '../../core/bit-reader.js';
import { type BitWriter, encodeFail, prefixError } from '../../core/bit-writer.js';
import { asArray, asObject, type ExiObject, extraKeyFail, firstKey, keyCount, pushItem } from '../../core/doc.js';

/** Global elements in DocContent order (sorted by local name, then namespace). */
export const ROOT_ELEMENTS: readonly string[] = ["AC_EVChargeParameter","AC_EVSEChargeParameter","AC_EVSEStatus","BodyElement","CableCheckReq","CableCheckRes","CanonicalizationMethod","CertificateInstallationReq","CertificateInstallationRes","CertificateUpdateReq","CertificateUpdateRes","ChargeParameterDiscoveryReq","ChargeParameterDiscoveryRes","ChargingStatusReq","ChargingStatusRes","ContractAuthenticationReq","ContractAuthenticationRes","CurrentDemandReq","CurrentDemandRes","DC_EVChargeParameter","DC_EVPowerDeliveryParameter","DC_EVSEChargeParameter","DC_EVSEStatus","DC_EVStatus","DSAKeyValue","DigestMethod","DigestValue","EVChargeParameter","EVPowerDeliveryParameter","EVSEChargeParameter","EVSEStatus","EVStatus","Entry","KeyInfo","KeyName","KeyValue","Manifest","MeteringReceiptReq","MeteringReceiptRes","MgmtData","Object","PGPData","PMaxScheduleEntry","PaymentDetailsReq","PaymentDetailsRes","PowerDeliveryReq","PowerDeliveryRes","PreChargeReq","PreChargeRes","RSAKeyValue","Reference","RelativeTimeInterval","RetrievalMethod","SAScheduleList","SASchedules","SPKIData","SalesTariffEntry","ServiceCharge","ServiceDetailReq","ServiceDetailRes","ServiceDiscoveryReq","ServiceDiscoveryRes","ServicePaymentSelectionReq","ServicePaymentSelectionRes","SessionSetupReq","SessionSetupRes","SessionStopReq","SessionStopRes","Signature","SignatureMethod","SignatureProperties","SignatureProperty","SignatureValue","SignedInfo","TimeInterval","Transform","Transforms","V2G_Message","WeldingDetectionReq","WeldingDetectionRes","X509Data"];

const EN0: readonly string[] = ["None","StopCharging","ReNegotiation"];
const EM0: ReadonlyMap<string, number> = new Map(EN0.map((v, i) => [v, i]));
const EN1: readonly string[] = ["OK","OK_NewSessionEstablished","OK_OldSessionJoined","OK_CertificateExpiresSoon","FAILED","FAILED_SequenceError","FAILED_ServiceIDInvalid","FAILED_UnknownSession","FAILED_ServiceSelectionInvalid","FAILED_PaymentSelectionInvalid","FAILED_CertificateExpired","FAILED_SignatureError","FAILED_NoCertificateAvailable","FAILED_CertChainError","FAILED_ChallengeInvalid","FAILED_ContractCanceled","FAILED_WrongChargeParameter","FAILED_PowerDeliveryNotApplied","FAILED_TariffSelectionInvalid","FAILED_ChargingProfileInvalid","FAILED_EVSEPresentVoltageToLow","FAILED_MeteringSignatureNotValid","FAILED_WrongEnergyTransferType"];
const EM1: ReadonlyMap<string, number> = new Map(EN1.map((v, i) => [v, i]));
const EN2: readonly string[] = ["Finished","Ongoing"];
const EM2: ReadonlyMap<string, number> = new Map(EN2.map((v, i) => [v, i]));
const EN3: readonly string[] = ["AC_single_phase_core","AC_three_phase_core","DC_core","DC_extended","DC_combo_core","DC_unique"];
const EM3: ReadonlyMap<string, number> = new Map(EN3.map((v, i) => [v, i]));
const EN4: readonly string[] = ["Invalid","Valid","Warning","Fault"];
const EM4: ReadonlyMap<string, number> = new Map(EN4.map((v, i) => [v, i]));
const EN5: readonly string[] = ["EVSE_NotReady","EVSE_Ready","EVSE_Shutdown","EVSE_UtilityInterruptEvent","EVSE_IsolationMonitoringActive","EVSE_EmergencyShutdown","EVSE_Malfunction","Reserved_8","Reserved_9","Reserved_A","Reserved_B","Reserved_C"];
const EM5: ReadonlyMap<string, number> = new Map(EN5.map((v, i) => [v, i]));
const EN6: readonly string[] = ["NO_ERROR","FAILED_RESSTemperatureInhibit","FAILED_EVShiftPosition","FAILED_ChargerConnectorLockFault","FAILED_EVRESSMalfunction","FAILED_ChargingCurrentdifferential","FAILED_ChargingVoltageOutOfRange","Reserved_A","Reserved_B","Reserved_C","FAILED_ChargingSystemIncompatibility","NoData"];
const EM6: ReadonlyMap<string, number> = new Map(EN6.map((v, i) => [v, i]));
const EN7: readonly string[] = ["AC_single_phase_core","AC_three_phase_core","DC_core","DC_extended","DC_combo_core","DC_dual","AC_core1p_DC_extended","AC_single_DC_core","AC_single_phase_three_phase_core_DC_extended","AC_core3p_DC_extended"];
const EM7: ReadonlyMap<string, number> = new Map(EN7.map((v, i) => [v, i]));
const EN8: readonly string[] = ["EVCharging","Internet","ContractCertificate","OtherCustom"];
const EM8: ReadonlyMap<string, number> = new Map(EN8.map((v, i) => [v, i]));
const EN9: readonly string[] = ["Contract","ExternalPayment"];
const EM9: ReadonlyMap<string, number> = new Map(EN9.map((v, i) => [v, i]));
const EN10: readonly string[] = ["h","m","s","A","Ah","V","VA","W","W/s","Wh"];
const EM10: ReadonlyMap<string, number> = new Map(EN10.map((v, i) => [v, i]));
const EN11: readonly string[] = ["relativePricePercentage","RenewableGenerationPercentage","CarbonDioxideEmission"];
const EM11: ReadonlyMap<string, number> = new Map(EN11.map((v, i) => [v, i]));
const EN12: readonly string[] = ["ParsingError","NoTLSRootCertificatAvailable","UnknownError"];
const EM12: ReadonlyMap<string, number> = new Map(EN12.map((v, i) => [v, i]));
const EN13: readonly string[] = ["bool","byte","short","int","physicalValue","string"];
const EM13: ReadonlyMap<string, number> = new Map(EN13.map((v, i) => [v, i]));

/** Decodes DocContent (after the EXI header) up to ED; returns the document in the EXI JSON form. */
export function decodeDocument(r: BitReader): ExiObject {
  switch (r.bits(7)) {
    case 0: { let v: unknown; v = d_AC_EVChargeParameterType(r); return { "AC_EVChargeParameter": v }; }
    case 1: { let v: unknown; v = d_AC_EVSEChargeParameterType(r); return { "AC_EVSEChargeParameter": v }; }
    case 2: { let v: unknown; v = d_AC_EVSEStatusType(r); return { "AC_EVSEStatus": v }; }
    case 3: { let v: unknown; v = d_BodyBaseType(r); return { "BodyElement": v }; }
    case 4: { let v: unknown; v = d_CableCheckReqType(r); return { "CableCheckReq": v }; }
    case 5: { let v: unknown; v = d_CableCheckResType(r); return { "CableCheckRes": v }; }
    case 6: { let v: unknown; v = d_CanonicalizationMethodType(r); return { "CanonicalizationMethod": v }; }
    case 7: { let v: unknown; v = d_CertificateInstallationReqType(r); return { "CertificateInstallationReq": v }; }
    case 8: { let v: unknown; v = d_CertificateInstallationResType(r); return { "CertificateInstallationRes": v }; }
    case 9: { let v: unknown; v = d_CertificateUpdateReqType(r); return { "CertificateUpdateReq": v }; }
    case 10: { let v: unknown; v = d_CertificateUpdateResType(r); return { "CertificateUpdateRes": v }; }
    case 11: { let v: unknown; v = d_ChargeParameterDiscoveryReqType(r); return { "ChargeParameterDiscoveryReq": v }; }
    case 12: { let v: unknown; v = d_ChargeParameterDiscoveryResType(r); return { "ChargeParameterDiscoveryRes": v }; }
    case 13: { let v: unknown; v = d_ChargingStatusReqType(r); return { "ChargingStatusReq": v }; }
    case 14: { let v: unknown; v = d_ChargingStatusResType(r); return { "ChargingStatusRes": v }; }
    case 15: { let v: unknown; v = d_ContractAuthenticationReqType(r); return { "ContractAuthenticationReq": v }; }
    case 16: { let v: unknown; v = d_ContractAuthenticationResType(r); return { "ContractAuthenticationRes": v }; }
    case 17: { let v: unknown; v = d_CurrentDemandReqType(r); return { "CurrentDemandReq": v }; }
    case 18: { let v: unknown; v = d_CurrentDemandResType(r); return { "CurrentDemandRes": v }; }
    case 19: { let v: unknown; v = d_DC_EVChargeParameterType(r); return { "DC_EVChargeParameter": v }; }
    case 20: { let v: unknown; v = d_DC_EVPowerDeliveryParameterType(r); return { "DC_EVPowerDeliveryParameter": v }; }
    case 21: { let v: unknown; v = d_DC_EVSEChargeParameterType(r); return { "DC_EVSEChargeParameter": v }; }
    case 22: { let v: unknown; v = d_DC_EVSEStatusType(r); return { "DC_EVSEStatus": v }; }
    case 23: { let v: unknown; v = d_DC_EVStatusType(r); return { "DC_EVStatus": v }; }
    case 24: { let v: unknown; v = d_DSAKeyValueType(r); return { "DSAKeyValue": v }; }
    case 25: { let v: unknown; v = d_DigestMethodType(r); return { "DigestMethod": v }; }
    case 26: { let v: unknown; if (r.chOrEmpty()) { v = r.binary(9007199254740991); r.expect0('EE of DigestValue'); } else v = {}; return { "DigestValue": v }; }
    case 27: { let v: unknown; v = d_EVChargeParameterType(r); return { "EVChargeParameter": v }; }
    case 28: { let v: unknown; v = d_EVPowerDeliveryParameterType(r); return { "EVPowerDeliveryParameter": v }; }
    case 29: { let v: unknown; v = d_EVSEChargeParameterType(r); return { "EVSEChargeParameter": v }; }
    case 30: { let v: unknown; v = d_EVSEStatusType(r); return { "EVSEStatus": v }; }
    case 31: { let v: unknown; v = d_EVStatusType(r); return { "EVStatus": v }; }
    case 32: { let v: unknown; v = d_EntryType(r); return { "Entry": v }; }
    case 33: { let v: unknown; v = d_KeyInfoType(r); return { "KeyInfo": v }; }
    case 34: { let v: unknown; if (r.chOrEmpty()) { v = r.string(9007199254740991); r.expect0('EE of KeyName'); } else v = {}; return { "KeyName": v }; }
    case 35: { let v: unknown; v = d_KeyValueType(r); return { "KeyValue": v }; }
    case 36: { let v: unknown; v = d_ManifestType(r); return { "Manifest": v }; }
    case 37: { let v: unknown; v = d_MeteringReceiptReqType(r); return { "MeteringReceiptReq": v }; }
    case 38: { let v: unknown; v = d_MeteringReceiptResType(r); return { "MeteringReceiptRes": v }; }
    case 39: { let v: unknown; if (r.chOrEmpty()) { v = r.string(9007199254740991); r.expect0('EE of MgmtData'); } else v = {}; return { "MgmtData": v }; }
    case 40: { let v: unknown; v = d_ObjectType(r); return { "Object": v }; }
    case 41: { let v: unknown; v = d_PGPDataType(r); return { "PGPData": v }; }
    case 42: { let v: unknown; v = d_PMaxScheduleEntryType(r); return { "PMaxScheduleEntry": v }; }
    case 43: { let v: unknown; v = d_PaymentDetailsReqType(r); return { "PaymentDetailsReq": v }; }
    case 44: { let v: unknown; v = d_PaymentDetailsResType(r); return { "PaymentDetailsRes": v }; }
    case 45: { let v: unknown; v = d_PowerDeliveryReqType(r); return { "PowerDeliveryReq": v }; }
    case 46: { let v: unknown; v = d_PowerDeliveryResType(r); return { "PowerDeliveryRes": v }; }
    case 47: { let v: unknown; v = d_PreChargeReqType(r); return { "PreChargeReq": v }; }
    case 48: { let v: unknown; v = d_PreChargeResType(r); return { "PreChargeRes": v }; }
    case 49: { let v: unknown; v = d_RSAKeyValueType(r); return { "RSAKeyValue": v }; }
    case 50: { let v: unknown; v = d_ReferenceType(r); return { "Reference": v }; }
    case 51: { let v: unknown; v = d_RelativeTimeIntervalType(r); return { "RelativeTimeInterval": v }; }
    case 52: { let v: unknown; v = d_RetrievalMethodType(r); return { "RetrievalMethod": v }; }
    case 53: { let v: unknown; v = d_SAScheduleListType(r); return { "SAScheduleList": v }; }
    case 54: { let v: unknown; v = d_SASchedulesType(r); return { "SASchedules": v }; }
    case 55: { let v: unknown; v = d_SPKIDataType(r); return { "SPKIData": v }; }
    case 56: { let v: unknown; v = d_SalesTariffEntryType(r); return { "SalesTariffEntry": v }; }
    case 57: { let v: unknown; v = d_ServiceChargeType(r); return { "ServiceCharge": v }; }
    case 58: { let v: unknown; v = d_ServiceDetailReqType(r); return { "ServiceDetailReq": v }; }
    case 59: { let v: unknown; v = d_ServiceDetailResType(r); return { "ServiceDetailRes": v }; }
    case 60: { let v: unknown; v = d_ServiceDiscoveryReqType(r); return { "ServiceDiscoveryReq": v }; }
    case 61: { let v: unknown; v = d_ServiceDiscoveryResType(r); return { "ServiceDiscoveryRes": v }; }
    case 62: { let v: unknown; v = d_ServicePaymentSelectionReqType(r); return { "ServicePaymentSelectionReq": v }; }
    case 63: { let v: unknown; v = d_ServicePaymentSelectionResType(r); return { "ServicePaymentSelectionRes": v }; }
    case 64: { let v: unknown; v = d_SessionSetupReqType(r); return { "SessionSetupReq": v }; }
    case 65: { let v: unknown; v = d_SessionSetupResType(r); return { "SessionSetupRes": v }; }
    case 66: { let v: unknown; v = d_SessionStopType(r); return { "SessionStopReq": v }; }
    case 67: { let v: unknown; v = d_SessionStopResType(r); return { "SessionStopRes": v }; }
    case 68: { let v: unknown; v = d_SignatureType(r); return { "Signature": v }; }
    case 69: { let v: unknown; v = d_SignatureMethodType(r); return { "SignatureMethod": v }; }
    case 70: { let v: unknown; v = d_SignaturePropertiesType(r); return { "SignatureProperties": v }; }
    case 71: { let v: unknown; v = d_SignaturePropertyType(r); return { "SignatureProperty": v }; }
    case 72: { let v: unknown; v = d_SignatureValueType(r); return { "SignatureValue": v }; }
    case 73: { let v: unknown; v = d_SignedInfoType(r); return { "SignedInfo": v }; }
    case 74: { let v: unknown; v = d_IntervalType(r); return { "TimeInterval": v }; }
    case 75: { let v: unknown; v = d_TransformType(r); return { "Transform": v }; }
    case 76: { let v: unknown; v = d_TransformsType(r); return { "Transforms": v }; }
    case 77: { let v: unknown; v = d_V2G_Message_anon(r); return { "V2G_Message": v }; }
    case 78: { let v: unknown; v = d_WeldingDetectionReqType(r); return { "WeldingDetectionReq": v }; }
    case 79: { let v: unknown; v = d_WeldingDetectionResType(r); return { "WeldingDetectionRes": v }; }
    case 80: { let v: unknown; v = d_X509DataType(r); return { "X509Data": v }; }
    default: return r.fail('document root is not a global element of this schema');
  }
}

/** Encodes DocContent of a document in the EXI JSON form (one key: the root element). */
export function encodeDocument(w: BitWriter, doc: ExiObject, root: string): void {
  const v = doc[root];
  switch (root) {
    case "AC_EVChargeParameter": w.bits(0, 7); e_AC_EVChargeParameterType(w, v); return;
    case "AC_EVSEChargeParameter": w.bits(1, 7); e_AC_EVSEChargeParameterType(w, v); return;
    case "AC_EVSEStatus": w.bits(2, 7); e_AC_EVSEStatusType(w, v); return;
    case "BodyElement": w.bits(3, 7); e_BodyBaseType(w, v); return;
    case "CableCheckReq": w.bits(4, 7); e_CableCheckReqType(w, v); return;
    case "CableCheckRes": w.bits(5, 7); e_CableCheckResType(w, v); return;
    case "CanonicalizationMethod": w.bits(6, 7); e_CanonicalizationMethodType(w, v); return;
    case "CertificateInstallationReq": w.bits(7, 7); e_CertificateInstallationReqType(w, v); return;
    case "CertificateInstallationRes": w.bits(8, 7); e_CertificateInstallationResType(w, v); return;
    case "CertificateUpdateReq": w.bits(9, 7); e_CertificateUpdateReqType(w, v); return;
    case "CertificateUpdateRes": w.bits(10, 7); e_CertificateUpdateResType(w, v); return;
    case "ChargeParameterDiscoveryReq": w.bits(11, 7); e_ChargeParameterDiscoveryReqType(w, v); return;
    case "ChargeParameterDiscoveryRes": w.bits(12, 7); e_ChargeParameterDiscoveryResType(w, v); return;
    case "ChargingStatusReq": w.bits(13, 7); e_ChargingStatusReqType(w, v); return;
    case "ChargingStatusRes": w.bits(14, 7); e_ChargingStatusResType(w, v); return;
    case "ContractAuthenticationReq": w.bits(15, 7); e_ContractAuthenticationReqType(w, v); return;
    case "ContractAuthenticationRes": w.bits(16, 7); e_ContractAuthenticationResType(w, v); return;
    case "CurrentDemandReq": w.bits(17, 7); e_CurrentDemandReqType(w, v); return;
    case "CurrentDemandRes": w.bits(18, 7); e_CurrentDemandResType(w, v); return;
    case "DC_EVChargeParameter": w.bits(19, 7); e_DC_EVChargeParameterType(w, v); return;
    case "DC_EVPowerDeliveryParameter": w.bits(20, 7); e_DC_EVPowerDeliveryParameterType(w, v); return;
    case "DC_EVSEChargeParameter": w.bits(21, 7); e_DC_EVSEChargeParameterType(w, v); return;
    case "DC_EVSEStatus": w.bits(22, 7); e_DC_EVSEStatusType(w, v); return;
    case "DC_EVStatus": w.bits(23, 7); e_DC_EVStatusType(w, v); return;
    case "DSAKeyValue": w.bits(24, 7); e_DSAKeyValueType(w, v); return;
    case "DigestMethod": w.bits(25, 7); e_DigestMethodType(w, v); return;
    case "DigestValue": w.bits(26, 7); if (!w.emptyElement(v)) { w.bits(0, 1); w.binary(v, 9007199254740991); w.bits(0, 1); } return;
    case "EVChargeParameter": w.bits(27, 7); e_EVChargeParameterType(w, v); return;
    case "EVPowerDeliveryParameter": w.bits(28, 7); e_EVPowerDeliveryParameterType(w, v); return;
    case "EVSEChargeParameter": w.bits(29, 7); e_EVSEChargeParameterType(w, v); return;
    case "EVSEStatus": w.bits(30, 7); e_EVSEStatusType(w, v); return;
    case "EVStatus": w.bits(31, 7); e_EVStatusType(w, v); return;
    case "Entry": w.bits(32, 7); e_EntryType(w, v); return;
    case "KeyInfo": w.bits(33, 7); e_KeyInfoType(w, v); return;
    case "KeyName": w.bits(34, 7); if (!w.emptyElement(v)) { w.bits(0, 1); w.string(v, 9007199254740991); w.bits(0, 1); } return;
    case "KeyValue": w.bits(35, 7); e_KeyValueType(w, v); return;
    case "Manifest": w.bits(36, 7); e_ManifestType(w, v); return;
    case "MeteringReceiptReq": w.bits(37, 7); e_MeteringReceiptReqType(w, v); return;
    case "MeteringReceiptRes": w.bits(38, 7); e_MeteringReceiptResType(w, v); return;
    case "MgmtData": w.bits(39, 7); if (!w.emptyElement(v)) { w.bits(0, 1); w.string(v, 9007199254740991); w.bits(0, 1); } return;
    case "Object": w.bits(40, 7); e_ObjectType(w, v); return;
    case "PGPData": w.bits(41, 7); e_PGPDataType(w, v); return;
    case "PMaxScheduleEntry": w.bits(42, 7); e_PMaxScheduleEntryType(w, v); return;
    case "PaymentDetailsReq": w.bits(43, 7); e_PaymentDetailsReqType(w, v); return;
    case "PaymentDetailsRes": w.bits(44, 7); e_PaymentDetailsResType(w, v); return;
    case "PowerDeliveryReq": w.bits(45, 7); e_PowerDeliveryReqType(w, v); return;
    case "PowerDeliveryRes": w.bits(46, 7); e_PowerDeliveryResType(w, v); return;
    case "PreChargeReq": w.bits(47, 7); e_PreChargeReqType(w, v); return;
    case "PreChargeRes": w.bits(48, 7); e_PreChargeResType(w, v); return;
    case "RSAKeyValue": w.bits(49, 7); e_RSAKeyValueType(w, v); return;
    case "Reference": w.bits(50, 7); e_ReferenceType(w, v); return;
    case "RelativeTimeInterval": w.bits(51, 7); e_RelativeTimeIntervalType(w, v); return;
    case "RetrievalMethod": w.bits(52, 7); e_RetrievalMethodType(w, v); return;
    case "SAScheduleList": w.bits(53, 7); e_SAScheduleListType(w, v); return;
    case "SASchedules": w.bits(54, 7); e_SASchedulesType(w, v); return;
    case "SPKIData": w.bits(55, 7); e_SPKIDataType(w, v); return;
    case "SalesTariffEntry": w.bits(56, 7); e_SalesTariffEntryType(w, v); return;
    case "ServiceCharge": w.bits(57, 7); e_ServiceChargeType(w, v); return;
    case "ServiceDetailReq": w.bits(58, 7); e_ServiceDetailReqType(w, v); return;
    case "ServiceDetailRes": w.bits(59, 7); e_ServiceDetailResType(w, v); return;
    case "ServiceDiscoveryReq": w.bits(60, 7); e_ServiceDiscoveryReqType(w, v); return;
    case "ServiceDiscoveryRes": w.bits(61, 7); e_ServiceDiscoveryResType(w, v); return;
    case "ServicePaymentSelectionReq": w.bits(62, 7); e_ServicePaymentSelectionReqType(w, v); return;
    case "ServicePaymentSelectionRes": w.bits(63, 7); e_ServicePaymentSelectionResType(w, v); return;
    case "SessionSetupReq": w.bits(64, 7); e_SessionSetupReqType(w, v); return;
    case "SessionSetupRes": w.bits(65, 7); e_SessionSetupResType(w, v); return;
    case "SessionStopReq": w.bits(66, 7); e_SessionStopType(w, v); return;
    case "SessionStopRes": w.bits(67, 7); e_SessionStopResType(w, v); return;
    case "Signature": w.bits(68, 7); e_SignatureType(w, v); return;
    case "SignatureMethod": w.bits(69, 7); e_SignatureMethodType(w, v); return;
    case "SignatureProperties": w.bits(70, 7); e_SignaturePropertiesType(w, v); return;
    case "SignatureProperty": w.bits(71, 7); e_SignaturePropertyType(w, v); return;
    case "SignatureValue": w.bits(72, 7); e_SignatureValueType(w, v); return;
    case "SignedInfo": w.bits(73, 7); e_SignedInfoType(w, v); return;
    case "TimeInterval": w.bits(74, 7); e_IntervalType(w, v); return;
    case "Transform": w.bits(75, 7); e_TransformType(w, v); return;
    case "Transforms": w.bits(76, 7); e_TransformsType(w, v); return;
    case "V2G_Message": w.bits(77, 7); e_V2G_Message_anon(w, v); return;
    case "WeldingDetectionReq": w.bits(78, 7); e_WeldingDetectionReqType(w, v); return;
    case "WeldingDetectionRes": w.bits(79, 7); e_WeldingDetectionResType(w, v); return;
    case "X509Data": w.bits(80, 7); e_X509DataType(w, v); return;
    default: return encodeFail(`unknown root element '${root}' (one of: ${ROOT_ELEMENTS.join(', ')})`);
  }
}

function d_AC_EVChargeParameterType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.uint(4294967295); r.expect0('EE of DepartureTime'); } else v = {}; o.DepartureTime = v; s = 1; continue;
          default: return r.escape("AC_EVChargeParameterType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: v = d_PhysicalValueType(r); o.EAmount = v; s = 2; continue;
          default: return r.escape("AC_EVChargeParameterType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: v = d_PhysicalValueType(r); o.EVMaxVoltage = v; s = 3; continue;
          default: return r.escape("AC_EVChargeParameterType state 2");
        }
      case 3:
        switch (r.bits(1)) {
          case 0: v = d_PhysicalValueType(r); o.EVMaxCurrent = v; s = 4; continue;
          default: return r.escape("AC_EVChargeParameterType state 3");
        }
      case 4:
        switch (r.bits(1)) {
          case 0: v = d_PhysicalValueType(r); o.EVMinCurrent = v; s = 5; continue;
          default: return r.escape("AC_EVChargeParameterType state 4");
        }
      case 5:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("AC_EVChargeParameterType state 5");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_AC_EVChargeParameterType: readonly string[] = ["DepartureTime","EAmount","EVMaxVoltage","EVMaxCurrent","EVMinCurrent"];
function e_AC_EVChargeParameterType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.DepartureTime) !== undefined) { w.bits(0, 1); k = "DepartureTime"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.uint(v, 4294967295); w.bits(0, 1); } n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'DepartureTime'", "DepartureTime");
        case 1:
          if ((v = o.EAmount) !== undefined) { w.bits(0, 1); k = "EAmount"; ki = -1; e_PhysicalValueType(w, v); n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'EAmount'", "EAmount");
        case 2:
          if ((v = o.EVMaxVoltage) !== undefined) { w.bits(0, 1); k = "EVMaxVoltage"; ki = -1; e_PhysicalValueType(w, v); n++; m += 4; s = 3; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVMaxVoltage'", "EVMaxVoltage");
        case 3:
          if ((v = o.EVMaxCurrent) !== undefined) { w.bits(0, 1); k = "EVMaxCurrent"; ki = -1; e_PhysicalValueType(w, v); n++; m += 8; s = 4; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVMaxCurrent'", "EVMaxCurrent");
        case 4:
          if ((v = o.EVMinCurrent) !== undefined) { w.bits(0, 1); k = "EVMinCurrent"; ki = -1; e_PhysicalValueType(w, v); n++; m += 16; s = 5; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVMinCurrent'", "EVMinCurrent");
        case 5:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_AC_EVChargeParameterType, m);
}

function d_AC_EVSEChargeParameterType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: v = d_AC_EVSEStatusType(r); o.AC_EVSEStatus = v; s = 1; continue;
          default: return r.escape("AC_EVSEChargeParameterType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: v = d_PhysicalValueType(r); o.EVSEMaxVoltage = v; s = 2; continue;
          default: return r.escape("AC_EVSEChargeParameterType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: v = d_PhysicalValueType(r); o.EVSEMaxCurrent = v; s = 3; continue;
          default: return r.escape("AC_EVSEChargeParameterType state 2");
        }
      case 3:
        switch (r.bits(1)) {
          case 0: v = d_PhysicalValueType(r); o.EVSEMinCurrent = v; s = 4; continue;
          default: return r.escape("AC_EVSEChargeParameterType state 3");
        }
      case 4:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("AC_EVSEChargeParameterType state 4");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_AC_EVSEChargeParameterType: readonly string[] = ["AC_EVSEStatus","EVSEMaxVoltage","EVSEMaxCurrent","EVSEMinCurrent"];
function e_AC_EVSEChargeParameterType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.AC_EVSEStatus) !== undefined) { w.bits(0, 1); k = "AC_EVSEStatus"; ki = -1; e_AC_EVSEStatusType(w, v); n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'AC_EVSEStatus'", "AC_EVSEStatus");
        case 1:
          if ((v = o.EVSEMaxVoltage) !== undefined) { w.bits(0, 1); k = "EVSEMaxVoltage"; ki = -1; e_PhysicalValueType(w, v); n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVSEMaxVoltage'", "EVSEMaxVoltage");
        case 2:
          if ((v = o.EVSEMaxCurrent) !== undefined) { w.bits(0, 1); k = "EVSEMaxCurrent"; ki = -1; e_PhysicalValueType(w, v); n++; m += 4; s = 3; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVSEMaxCurrent'", "EVSEMaxCurrent");
        case 3:
          if ((v = o.EVSEMinCurrent) !== undefined) { w.bits(0, 1); k = "EVSEMinCurrent"; ki = -1; e_PhysicalValueType(w, v); n++; m += 8; s = 4; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVSEMinCurrent'", "EVSEMinCurrent");
        case 4:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_AC_EVSEChargeParameterType, m);
}

function d_AC_EVSEStatusType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.bool(); r.expect0('EE of PowerSwitchClosed'); } else v = {}; o.PowerSwitchClosed = v; s = 1; continue;
          default: return r.escape("AC_EVSEStatusType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.bool(); r.expect0('EE of RCD'); } else v = {}; o.RCD = v; s = 2; continue;
          default: return r.escape("AC_EVSEStatusType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.uint(4294967295); r.expect0('EE of NotificationMaxDelay'); } else v = {}; o.NotificationMaxDelay = v; s = 3; continue;
          default: return r.escape("AC_EVSEStatusType state 2");
        }
      case 3:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN0, 2); r.expect0('EE of EVSENotification'); } else v = {}; o.EVSENotification = v; s = 4; continue;
          default: return r.escape("AC_EVSEStatusType state 3");
        }
      case 4:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("AC_EVSEStatusType state 4");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_AC_EVSEStatusType: readonly string[] = ["PowerSwitchClosed","RCD","NotificationMaxDelay","EVSENotification"];
function e_AC_EVSEStatusType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.PowerSwitchClosed) !== undefined) { w.bits(0, 1); k = "PowerSwitchClosed"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.bool(v); w.bits(0, 1); } n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'PowerSwitchClosed'", "PowerSwitchClosed");
        case 1:
          if ((v = o.RCD) !== undefined) { w.bits(0, 1); k = "RCD"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.bool(v); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'RCD'", "RCD");
        case 2:
          if ((v = o.NotificationMaxDelay) !== undefined) { w.bits(0, 1); k = "NotificationMaxDelay"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.uint(v, 4294967295); w.bits(0, 1); } n++; m += 4; s = 3; continue; }
          k = ''; return encodeFail("missing mandatory element 'NotificationMaxDelay'", "NotificationMaxDelay");
        case 3:
          if ((v = o.EVSENotification) !== undefined) { w.bits(0, 1); k = "EVSENotification"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM0, 2); w.bits(0, 1); } n++; m += 8; s = 4; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVSENotification'", "EVSENotification");
        case 4:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_AC_EVSEStatusType, m);
}

function d_BodyBaseType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("BodyBaseType state 0");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_BodyBaseType: readonly string[] = [];
function e_BodyBaseType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_BodyBaseType, m);
}

function d_CableCheckReqType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: v = d_DC_EVStatusType(r); o.DC_EVStatus = v; s = 1; continue;
          default: return r.escape("CableCheckReqType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("CableCheckReqType state 1");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_CableCheckReqType: readonly string[] = ["DC_EVStatus"];
function e_CableCheckReqType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.DC_EVStatus) !== undefined) { w.bits(0, 1); k = "DC_EVStatus"; ki = -1; e_DC_EVStatusType(w, v); n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'DC_EVStatus'", "DC_EVStatus");
        case 1:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_CableCheckReqType, m);
}

function d_CableCheckResType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN1, 5); r.expect0('EE of ResponseCode'); } else v = {}; o.ResponseCode = v; s = 1; continue;
          default: return r.escape("CableCheckResType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: v = d_DC_EVSEStatusType(r); o.DC_EVSEStatus = v; s = 2; continue;
          default: return r.escape("CableCheckResType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN2, 1); r.expect0('EE of EVSEProcessing'); } else v = {}; o.EVSEProcessing = v; s = 3; continue;
          default: return r.escape("CableCheckResType state 2");
        }
      case 3:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("CableCheckResType state 3");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_CableCheckResType: readonly string[] = ["ResponseCode","DC_EVSEStatus","EVSEProcessing"];
function e_CableCheckResType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.ResponseCode) !== undefined) { w.bits(0, 1); k = "ResponseCode"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM1, 5); w.bits(0, 1); } n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'ResponseCode'", "ResponseCode");
        case 1:
          if ((v = o.DC_EVSEStatus) !== undefined) { w.bits(0, 1); k = "DC_EVSEStatus"; ki = -1; e_DC_EVSEStatusType(w, v); n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'DC_EVSEStatus'", "DC_EVSEStatus");
        case 2:
          if ((v = o.EVSEProcessing) !== undefined) { w.bits(0, 1); k = "EVSEProcessing"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM2, 1); w.bits(0, 1); } n++; m += 4; s = 3; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVSEProcessing'", "EVSEProcessing");
        case 3:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_CableCheckResType, m);
}

function d_CanonicalizationMethodType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: o["@Algorithm"] = r.string(9007199254740991); s = 1; continue;
          default: return r.escape("CanonicalizationMethodType state 0");
        }
      case 1:
        switch (r.bits(2)) {
          case 0: return r.fail('wildcard element (xs:any) in CanonicalizationMethodType is not supported');
          case 1: return o;
          case 2: return r.fail('untyped character content in CanonicalizationMethodType is not supported');
          default: return r.escape("CanonicalizationMethodType state 1");
        }
      case 2:
        switch (r.bits(2)) {
          case 0: return r.fail('wildcard element (xs:any) in CanonicalizationMethodType is not supported');
          case 1: return o;
          case 2: return r.fail('untyped character content in CanonicalizationMethodType is not supported');
          default: return r.escape("CanonicalizationMethodType state 2");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_CanonicalizationMethodType: readonly string[] = ["@Algorithm"];
function e_CanonicalizationMethodType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o["@Algorithm"]) !== undefined) { w.bits(0, 1); k = "@Algorithm"; ki = -1; w.string(v, 9007199254740991); n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory attribute '@Algorithm'", "@Algorithm");
        case 1:
          w.bits(1, 2); break loop;
        case 2:
          w.bits(1, 2); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_CanonicalizationMethodType, m);
}

function d_CertificateInstallationReqType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(2)) {
          case 0: o["@Id"] = r.string(9007199254740991); s = 1; continue;
          case 1: if (r.chOrEmpty()) { v = r.binary(1200); r.expect0('EE of OEMProvisioningCert'); } else v = {}; o.OEMProvisioningCert = v; s = 2; continue;
          default: return r.escape("CertificateInstallationReqType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.binary(1200); r.expect0('EE of OEMProvisioningCert'); } else v = {}; o.OEMProvisioningCert = v; s = 2; continue;
          default: return r.escape("CertificateInstallationReqType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: v = d_ListOfRootCertificateIDsType(r); o.ListOfRootCertificateIDs = v; s = 3; continue;
          default: return r.escape("CertificateInstallationReqType state 2");
        }
      case 3:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.binary(256); r.expect0('EE of DHParams'); } else v = {}; o.DHParams = v; s = 4; continue;
          default: return r.escape("CertificateInstallationReqType state 3");
        }
      case 4:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("CertificateInstallationReqType state 4");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_CertificateInstallationReqType: readonly string[] = ["@Id","OEMProvisioningCert","ListOfRootCertificateIDs","DHParams"];
function e_CertificateInstallationReqType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o["@Id"]) !== undefined) { w.bits(0, 2); k = "@Id"; ki = -1; w.string(v, 9007199254740991); n++; m += 1; s = 1; continue; }
          if ((v = o.OEMProvisioningCert) !== undefined) { w.bits(1, 2); k = "OEMProvisioningCert"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.binary(v, 1200); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory attribute '@Id'", "@Id");
        case 1:
          if ((v = o.OEMProvisioningCert) !== undefined) { w.bits(0, 1); k = "OEMProvisioningCert"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.binary(v, 1200); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'OEMProvisioningCert'", "OEMProvisioningCert");
        case 2:
          if ((v = o.ListOfRootCertificateIDs) !== undefined) { w.bits(0, 1); k = "ListOfRootCertificateIDs"; ki = -1; e_ListOfRootCertificateIDsType(w, v); n++; m += 4; s = 3; continue; }
          k = ''; return encodeFail("missing mandatory element 'ListOfRootCertificateIDs'", "ListOfRootCertificateIDs");
        case 3:
          if ((v = o.DHParams) !== undefined) { w.bits(0, 1); k = "DHParams"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.binary(v, 256); w.bits(0, 1); } n++; m += 8; s = 4; continue; }
          k = ''; return encodeFail("missing mandatory element 'DHParams'", "DHParams");
        case 4:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_CertificateInstallationReqType, m);
}

function d_CertificateInstallationResType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: o["@Id"] = r.string(9007199254740991); s = 1; continue;
          default: return r.escape("CertificateInstallationResType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN1, 5); r.expect0('EE of ResponseCode'); } else v = {}; o.ResponseCode = v; s = 2; continue;
          default: return r.escape("CertificateInstallationResType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: v = d_CertificateChainType(r); o.ContractSignatureCertChain = v; s = 3; continue;
          default: return r.escape("CertificateInstallationResType state 2");
        }
      case 3:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.binary(128); r.expect0('EE of ContractSignatureEncryptedPrivateKey'); } else v = {}; o.ContractSignatureEncryptedPrivateKey = v; s = 4; continue;
          default: return r.escape("CertificateInstallationResType state 3");
        }
      case 4:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.binary(256); r.expect0('EE of DHParams'); } else v = {}; o.DHParams = v; s = 5; continue;
          default: return r.escape("CertificateInstallationResType state 4");
        }
      case 5:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.string(24); r.expect0('EE of ContractID'); } else v = {}; o.ContractID = v; s = 6; continue;
          default: return r.escape("CertificateInstallationResType state 5");
        }
      case 6:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("CertificateInstallationResType state 6");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_CertificateInstallationResType: readonly string[] = ["@Id","ResponseCode","ContractSignatureCertChain","ContractSignatureEncryptedPrivateKey","DHParams","ContractID"];
function e_CertificateInstallationResType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o["@Id"]) !== undefined) { w.bits(0, 1); k = "@Id"; ki = -1; w.string(v, 9007199254740991); n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory attribute '@Id'", "@Id");
        case 1:
          if ((v = o.ResponseCode) !== undefined) { w.bits(0, 1); k = "ResponseCode"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM1, 5); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'ResponseCode'", "ResponseCode");
        case 2:
          if ((v = o.ContractSignatureCertChain) !== undefined) { w.bits(0, 1); k = "ContractSignatureCertChain"; ki = -1; e_CertificateChainType(w, v); n++; m += 4; s = 3; continue; }
          k = ''; return encodeFail("missing mandatory element 'ContractSignatureCertChain'", "ContractSignatureCertChain");
        case 3:
          if ((v = o.ContractSignatureEncryptedPrivateKey) !== undefined) { w.bits(0, 1); k = "ContractSignatureEncryptedPrivateKey"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.binary(v, 128); w.bits(0, 1); } n++; m += 8; s = 4; continue; }
          k = ''; return encodeFail("missing mandatory element 'ContractSignatureEncryptedPrivateKey'", "ContractSignatureEncryptedPrivateKey");
        case 4:
          if ((v = o.DHParams) !== undefined) { w.bits(0, 1); k = "DHParams"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.binary(v, 256); w.bits(0, 1); } n++; m += 16; s = 5; continue; }
          k = ''; return encodeFail("missing mandatory element 'DHParams'", "DHParams");
        case 5:
          if ((v = o.ContractID) !== undefined) { w.bits(0, 1); k = "ContractID"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.string(v, 24); w.bits(0, 1); } n++; m += 32; s = 6; continue; }
          k = ''; return encodeFail("missing mandatory element 'ContractID'", "ContractID");
        case 6:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_CertificateInstallationResType, m);
}

function d_CertificateUpdateReqType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(2)) {
          case 0: o["@Id"] = r.string(9007199254740991); s = 1; continue;
          case 1: v = d_CertificateChainType(r); o.ContractSignatureCertChain = v; s = 2; continue;
          default: return r.escape("CertificateUpdateReqType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: v = d_CertificateChainType(r); o.ContractSignatureCertChain = v; s = 2; continue;
          default: return r.escape("CertificateUpdateReqType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.string(24); r.expect0('EE of ContractID'); } else v = {}; o.ContractID = v; s = 3; continue;
          default: return r.escape("CertificateUpdateReqType state 2");
        }
      case 3:
        switch (r.bits(1)) {
          case 0: v = d_ListOfRootCertificateIDsType(r); o.ListOfRootCertificateIDs = v; s = 4; continue;
          default: return r.escape("CertificateUpdateReqType state 3");
        }
      case 4:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.binary(256); r.expect0('EE of DHParams'); } else v = {}; o.DHParams = v; s = 5; continue;
          default: return r.escape("CertificateUpdateReqType state 4");
        }
      case 5:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("CertificateUpdateReqType state 5");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_CertificateUpdateReqType: readonly string[] = ["@Id","ContractSignatureCertChain","ContractID","ListOfRootCertificateIDs","DHParams"];
function e_CertificateUpdateReqType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o["@Id"]) !== undefined) { w.bits(0, 2); k = "@Id"; ki = -1; w.string(v, 9007199254740991); n++; m += 1; s = 1; continue; }
          if ((v = o.ContractSignatureCertChain) !== undefined) { w.bits(1, 2); k = "ContractSignatureCertChain"; ki = -1; e_CertificateChainType(w, v); n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory attribute '@Id'", "@Id");
        case 1:
          if ((v = o.ContractSignatureCertChain) !== undefined) { w.bits(0, 1); k = "ContractSignatureCertChain"; ki = -1; e_CertificateChainType(w, v); n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'ContractSignatureCertChain'", "ContractSignatureCertChain");
        case 2:
          if ((v = o.ContractID) !== undefined) { w.bits(0, 1); k = "ContractID"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.string(v, 24); w.bits(0, 1); } n++; m += 4; s = 3; continue; }
          k = ''; return encodeFail("missing mandatory element 'ContractID'", "ContractID");
        case 3:
          if ((v = o.ListOfRootCertificateIDs) !== undefined) { w.bits(0, 1); k = "ListOfRootCertificateIDs"; ki = -1; e_ListOfRootCertificateIDsType(w, v); n++; m += 8; s = 4; continue; }
          k = ''; return encodeFail("missing mandatory element 'ListOfRootCertificateIDs'", "ListOfRootCertificateIDs");
        case 4:
          if ((v = o.DHParams) !== undefined) { w.bits(0, 1); k = "DHParams"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.binary(v, 256); w.bits(0, 1); } n++; m += 16; s = 5; continue; }
          k = ''; return encodeFail("missing mandatory element 'DHParams'", "DHParams");
        case 5:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_CertificateUpdateReqType, m);
}

function d_CertificateUpdateResType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: o["@Id"] = r.string(9007199254740991); s = 1; continue;
          default: return r.escape("CertificateUpdateResType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN1, 5); r.expect0('EE of ResponseCode'); } else v = {}; o.ResponseCode = v; s = 2; continue;
          default: return r.escape("CertificateUpdateResType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: v = d_CertificateChainType(r); o.ContractSignatureCertChain = v; s = 3; continue;
          default: return r.escape("CertificateUpdateResType state 2");
        }
      case 3:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.binary(128); r.expect0('EE of ContractSignatureEncryptedPrivateKey'); } else v = {}; o.ContractSignatureEncryptedPrivateKey = v; s = 4; continue;
          default: return r.escape("CertificateUpdateResType state 3");
        }
      case 4:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.binary(256); r.expect0('EE of DHParams'); } else v = {}; o.DHParams = v; s = 5; continue;
          default: return r.escape("CertificateUpdateResType state 4");
        }
      case 5:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.string(24); r.expect0('EE of ContractID'); } else v = {}; o.ContractID = v; s = 6; continue;
          default: return r.escape("CertificateUpdateResType state 5");
        }
      case 6:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.int(-32768, 32767); r.expect0('EE of RetryCounter'); } else v = {}; o.RetryCounter = v; s = 7; continue;
          default: return r.escape("CertificateUpdateResType state 6");
        }
      case 7:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("CertificateUpdateResType state 7");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_CertificateUpdateResType: readonly string[] = ["@Id","ResponseCode","ContractSignatureCertChain","ContractSignatureEncryptedPrivateKey","DHParams","ContractID","RetryCounter"];
function e_CertificateUpdateResType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o["@Id"]) !== undefined) { w.bits(0, 1); k = "@Id"; ki = -1; w.string(v, 9007199254740991); n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory attribute '@Id'", "@Id");
        case 1:
          if ((v = o.ResponseCode) !== undefined) { w.bits(0, 1); k = "ResponseCode"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM1, 5); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'ResponseCode'", "ResponseCode");
        case 2:
          if ((v = o.ContractSignatureCertChain) !== undefined) { w.bits(0, 1); k = "ContractSignatureCertChain"; ki = -1; e_CertificateChainType(w, v); n++; m += 4; s = 3; continue; }
          k = ''; return encodeFail("missing mandatory element 'ContractSignatureCertChain'", "ContractSignatureCertChain");
        case 3:
          if ((v = o.ContractSignatureEncryptedPrivateKey) !== undefined) { w.bits(0, 1); k = "ContractSignatureEncryptedPrivateKey"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.binary(v, 128); w.bits(0, 1); } n++; m += 8; s = 4; continue; }
          k = ''; return encodeFail("missing mandatory element 'ContractSignatureEncryptedPrivateKey'", "ContractSignatureEncryptedPrivateKey");
        case 4:
          if ((v = o.DHParams) !== undefined) { w.bits(0, 1); k = "DHParams"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.binary(v, 256); w.bits(0, 1); } n++; m += 16; s = 5; continue; }
          k = ''; return encodeFail("missing mandatory element 'DHParams'", "DHParams");
        case 5:
          if ((v = o.ContractID) !== undefined) { w.bits(0, 1); k = "ContractID"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.string(v, 24); w.bits(0, 1); } n++; m += 32; s = 6; continue; }
          k = ''; return encodeFail("missing mandatory element 'ContractID'", "ContractID");
        case 6:
          if ((v = o.RetryCounter) !== undefined) { w.bits(0, 1); k = "RetryCounter"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.int(v, -32768, 32767); w.bits(0, 1); } n++; m += 64; s = 7; continue; }
          k = ''; return encodeFail("missing mandatory element 'RetryCounter'", "RetryCounter");
        case 7:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_CertificateUpdateResType, m);
}

function d_ChargeParameterDiscoveryReqType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN3, 3); r.expect0('EE of EVRequestedEnergyTransferType'); } else v = {}; o.EVRequestedEnergyTransferType = v; s = 1; continue;
          default: return r.escape("ChargeParameterDiscoveryReqType state 0");
        }
      case 1:
        switch (r.bits(2)) {
          case 0: v = d_AC_EVChargeParameterType(r); o.AC_EVChargeParameter = v; s = 2; continue;
          case 1: v = d_DC_EVChargeParameterType(r); o.DC_EVChargeParameter = v; s = 2; continue;
          case 2: v = d_EVChargeParameterType(r); o.EVChargeParameter = v; s = 2; continue;
          default: return r.escape("ChargeParameterDiscoveryReqType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("ChargeParameterDiscoveryReqType state 2");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_ChargeParameterDiscoveryReqType: readonly string[] = ["EVRequestedEnergyTransferType","AC_EVChargeParameter","DC_EVChargeParameter","EVChargeParameter"];
function e_ChargeParameterDiscoveryReqType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.EVRequestedEnergyTransferType) !== undefined) { w.bits(0, 1); k = "EVRequestedEnergyTransferType"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM3, 3); w.bits(0, 1); } n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVRequestedEnergyTransferType'", "EVRequestedEnergyTransferType");
        case 1:
          if ((v = o.AC_EVChargeParameter) !== undefined) { w.bits(0, 2); k = "AC_EVChargeParameter"; ki = -1; e_AC_EVChargeParameterType(w, v); n++; m += 2; s = 2; continue; }
          if ((v = o.DC_EVChargeParameter) !== undefined) { w.bits(1, 2); k = "DC_EVChargeParameter"; ki = -1; e_DC_EVChargeParameterType(w, v); n++; m += 4; s = 2; continue; }
          if ((v = o.EVChargeParameter) !== undefined) { w.bits(2, 2); k = "EVChargeParameter"; ki = -1; e_EVChargeParameterType(w, v); n++; m += 8; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'AC_EVChargeParameter'", "AC_EVChargeParameter");
        case 2:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_ChargeParameterDiscoveryReqType, m);
}

function d_ChargeParameterDiscoveryResType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN1, 5); r.expect0('EE of ResponseCode'); } else v = {}; o.ResponseCode = v; s = 1; continue;
          default: return r.escape("ChargeParameterDiscoveryResType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN2, 1); r.expect0('EE of EVSEProcessing'); } else v = {}; o.EVSEProcessing = v; s = 2; continue;
          default: return r.escape("ChargeParameterDiscoveryResType state 1");
        }
      case 2:
        switch (r.bits(2)) {
          case 0: v = d_SAScheduleListType(r); o.SAScheduleList = v; s = 3; continue;
          case 1: v = d_SASchedulesType(r); o.SASchedules = v; s = 3; continue;
          default: return r.escape("ChargeParameterDiscoveryResType state 2");
        }
      case 3:
        switch (r.bits(2)) {
          case 0: v = d_AC_EVSEChargeParameterType(r); o.AC_EVSEChargeParameter = v; s = 4; continue;
          case 1: v = d_DC_EVSEChargeParameterType(r); o.DC_EVSEChargeParameter = v; s = 4; continue;
          case 2: v = d_EVSEChargeParameterType(r); o.EVSEChargeParameter = v; s = 4; continue;
          default: return r.escape("ChargeParameterDiscoveryResType state 3");
        }
      case 4:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("ChargeParameterDiscoveryResType state 4");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_ChargeParameterDiscoveryResType: readonly string[] = ["ResponseCode","EVSEProcessing","SAScheduleList","SASchedules","AC_EVSEChargeParameter","DC_EVSEChargeParameter","EVSEChargeParameter"];
function e_ChargeParameterDiscoveryResType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.ResponseCode) !== undefined) { w.bits(0, 1); k = "ResponseCode"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM1, 5); w.bits(0, 1); } n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'ResponseCode'", "ResponseCode");
        case 1:
          if ((v = o.EVSEProcessing) !== undefined) { w.bits(0, 1); k = "EVSEProcessing"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM2, 1); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVSEProcessing'", "EVSEProcessing");
        case 2:
          if ((v = o.SAScheduleList) !== undefined) { w.bits(0, 2); k = "SAScheduleList"; ki = -1; e_SAScheduleListType(w, v); n++; m += 4; s = 3; continue; }
          if ((v = o.SASchedules) !== undefined) { w.bits(1, 2); k = "SASchedules"; ki = -1; e_SASchedulesType(w, v); n++; m += 8; s = 3; continue; }
          k = ''; return encodeFail("missing mandatory element 'SAScheduleList'", "SAScheduleList");
        case 3:
          if ((v = o.AC_EVSEChargeParameter) !== undefined) { w.bits(0, 2); k = "AC_EVSEChargeParameter"; ki = -1; e_AC_EVSEChargeParameterType(w, v); n++; m += 16; s = 4; continue; }
          if ((v = o.DC_EVSEChargeParameter) !== undefined) { w.bits(1, 2); k = "DC_EVSEChargeParameter"; ki = -1; e_DC_EVSEChargeParameterType(w, v); n++; m += 32; s = 4; continue; }
          if ((v = o.EVSEChargeParameter) !== undefined) { w.bits(2, 2); k = "EVSEChargeParameter"; ki = -1; e_EVSEChargeParameterType(w, v); n++; m += 64; s = 4; continue; }
          k = ''; return encodeFail("missing mandatory element 'AC_EVSEChargeParameter'", "AC_EVSEChargeParameter");
        case 4:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_ChargeParameterDiscoveryResType, m);
}

function d_ChargingStatusReqType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("ChargingStatusReqType state 0");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_ChargingStatusReqType: readonly string[] = [];
function e_ChargingStatusReqType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_ChargingStatusReqType, m);
}

function d_ChargingStatusResType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN1, 5); r.expect0('EE of ResponseCode'); } else v = {}; o.ResponseCode = v; s = 1; continue;
          default: return r.escape("ChargingStatusResType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.binary(32); r.expect0('EE of EVSEID'); } else v = {}; o.EVSEID = v; s = 2; continue;
          default: return r.escape("ChargingStatusResType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.int(-32768, 32767); r.expect0('EE of SAScheduleTupleID'); } else v = {}; o.SAScheduleTupleID = v; s = 3; continue;
          default: return r.escape("ChargingStatusResType state 2");
        }
      case 3:
        switch (r.bits(2)) {
          case 0: v = d_PhysicalValueType(r); o.EVSEMaxCurrent = v; s = 4; continue;
          case 1: v = d_MeterInfoType(r); o.MeterInfo = v; s = 5; continue;
          case 2: if (r.chOrEmpty()) { v = r.bool(); r.expect0('EE of ReceiptRequired'); } else v = {}; o.ReceiptRequired = v; s = 6; continue;
          default: return r.escape("ChargingStatusResType state 3");
        }
      case 4:
        switch (r.bits(2)) {
          case 0: v = d_MeterInfoType(r); o.MeterInfo = v; s = 5; continue;
          case 1: if (r.chOrEmpty()) { v = r.bool(); r.expect0('EE of ReceiptRequired'); } else v = {}; o.ReceiptRequired = v; s = 6; continue;
          default: return r.escape("ChargingStatusResType state 4");
        }
      case 5:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.bool(); r.expect0('EE of ReceiptRequired'); } else v = {}; o.ReceiptRequired = v; s = 6; continue;
          default: return r.escape("ChargingStatusResType state 5");
        }
      case 6:
        switch (r.bits(1)) {
          case 0: v = d_AC_EVSEStatusType(r); o.AC_EVSEStatus = v; s = 7; continue;
          default: return r.escape("ChargingStatusResType state 6");
        }
      case 7:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("ChargingStatusResType state 7");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_ChargingStatusResType: readonly string[] = ["ResponseCode","EVSEID","SAScheduleTupleID","EVSEMaxCurrent","MeterInfo","ReceiptRequired","AC_EVSEStatus"];
function e_ChargingStatusResType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.ResponseCode) !== undefined) { w.bits(0, 1); k = "ResponseCode"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM1, 5); w.bits(0, 1); } n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'ResponseCode'", "ResponseCode");
        case 1:
          if ((v = o.EVSEID) !== undefined) { w.bits(0, 1); k = "EVSEID"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.binary(v, 32); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVSEID'", "EVSEID");
        case 2:
          if ((v = o.SAScheduleTupleID) !== undefined) { w.bits(0, 1); k = "SAScheduleTupleID"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.int(v, -32768, 32767); w.bits(0, 1); } n++; m += 4; s = 3; continue; }
          k = ''; return encodeFail("missing mandatory element 'SAScheduleTupleID'", "SAScheduleTupleID");
        case 3:
          if ((v = o.EVSEMaxCurrent) !== undefined) { w.bits(0, 2); k = "EVSEMaxCurrent"; ki = -1; e_PhysicalValueType(w, v); n++; m += 8; s = 4; continue; }
          if ((v = o.MeterInfo) !== undefined) { w.bits(1, 2); k = "MeterInfo"; ki = -1; e_MeterInfoType(w, v); n++; m += 16; s = 5; continue; }
          if ((v = o.ReceiptRequired) !== undefined) { w.bits(2, 2); k = "ReceiptRequired"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.bool(v); w.bits(0, 1); } n++; m += 32; s = 6; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVSEMaxCurrent'", "EVSEMaxCurrent");
        case 4:
          if ((v = o.MeterInfo) !== undefined) { w.bits(0, 2); k = "MeterInfo"; ki = -1; e_MeterInfoType(w, v); n++; m += 16; s = 5; continue; }
          if ((v = o.ReceiptRequired) !== undefined) { w.bits(1, 2); k = "ReceiptRequired"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.bool(v); w.bits(0, 1); } n++; m += 32; s = 6; continue; }
          k = ''; return encodeFail("missing mandatory element 'MeterInfo'", "MeterInfo");
        case 5:
          if ((v = o.ReceiptRequired) !== undefined) { w.bits(0, 1); k = "ReceiptRequired"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.bool(v); w.bits(0, 1); } n++; m += 32; s = 6; continue; }
          k = ''; return encodeFail("missing mandatory element 'ReceiptRequired'", "ReceiptRequired");
        case 6:
          if ((v = o.AC_EVSEStatus) !== undefined) { w.bits(0, 1); k = "AC_EVSEStatus"; ki = -1; e_AC_EVSEStatusType(w, v); n++; m += 64; s = 7; continue; }
          k = ''; return encodeFail("missing mandatory element 'AC_EVSEStatus'", "AC_EVSEStatus");
        case 7:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_ChargingStatusResType, m);
}

function d_ContractAuthenticationReqType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(2)) {
          case 0: o["@Id"] = r.string(9007199254740991); s = 1; continue;
          case 1: if (r.chOrEmpty()) { v = r.string(9007199254740991); r.expect0('EE of GenChallenge'); } else v = {}; o.GenChallenge = v; s = 2; continue;
          case 2: return o;
          default: return r.escape("ContractAuthenticationReqType state 0");
        }
      case 1:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.string(9007199254740991); r.expect0('EE of GenChallenge'); } else v = {}; o.GenChallenge = v; s = 2; continue;
          case 1: return o;
          default: return r.escape("ContractAuthenticationReqType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("ContractAuthenticationReqType state 2");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_ContractAuthenticationReqType: readonly string[] = ["@Id","GenChallenge"];
function e_ContractAuthenticationReqType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o["@Id"]) !== undefined) { w.bits(0, 2); k = "@Id"; ki = -1; w.string(v, 9007199254740991); n++; m += 1; s = 1; continue; }
          if ((v = o.GenChallenge) !== undefined) { w.bits(1, 2); k = "GenChallenge"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.string(v, 9007199254740991); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          w.bits(2, 2); break loop;
        case 1:
          if ((v = o.GenChallenge) !== undefined) { w.bits(0, 2); k = "GenChallenge"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.string(v, 9007199254740991); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          w.bits(1, 2); break loop;
        case 2:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_ContractAuthenticationReqType, m);
}

function d_ContractAuthenticationResType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN1, 5); r.expect0('EE of ResponseCode'); } else v = {}; o.ResponseCode = v; s = 1; continue;
          default: return r.escape("ContractAuthenticationResType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN2, 1); r.expect0('EE of EVSEProcessing'); } else v = {}; o.EVSEProcessing = v; s = 2; continue;
          default: return r.escape("ContractAuthenticationResType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("ContractAuthenticationResType state 2");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_ContractAuthenticationResType: readonly string[] = ["ResponseCode","EVSEProcessing"];
function e_ContractAuthenticationResType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.ResponseCode) !== undefined) { w.bits(0, 1); k = "ResponseCode"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM1, 5); w.bits(0, 1); } n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'ResponseCode'", "ResponseCode");
        case 1:
          if ((v = o.EVSEProcessing) !== undefined) { w.bits(0, 1); k = "EVSEProcessing"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM2, 1); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVSEProcessing'", "EVSEProcessing");
        case 2:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_ContractAuthenticationResType, m);
}

function d_CurrentDemandReqType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: v = d_DC_EVStatusType(r); o.DC_EVStatus = v; s = 1; continue;
          default: return r.escape("CurrentDemandReqType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: v = d_PhysicalValueType(r); o.EVTargetCurrent = v; s = 2; continue;
          default: return r.escape("CurrentDemandReqType state 1");
        }
      case 2:
        switch (r.bits(3)) {
          case 0: v = d_PhysicalValueType(r); o.EVMaximumVoltageLimit = v; s = 3; continue;
          case 1: v = d_PhysicalValueType(r); o.EVMaximumCurrentLimit = v; s = 4; continue;
          case 2: v = d_PhysicalValueType(r); o.EVMaximumPowerLimit = v; s = 5; continue;
          case 3: if (r.chOrEmpty()) { v = r.bool(); r.expect0('EE of BulkChargingComplete'); } else v = {}; o.BulkChargingComplete = v; s = 6; continue;
          case 4: if (r.chOrEmpty()) { v = r.bool(); r.expect0('EE of ChargingComplete'); } else v = {}; o.ChargingComplete = v; s = 7; continue;
          default: return r.escape("CurrentDemandReqType state 2");
        }
      case 3:
        switch (r.bits(3)) {
          case 0: v = d_PhysicalValueType(r); o.EVMaximumCurrentLimit = v; s = 4; continue;
          case 1: v = d_PhysicalValueType(r); o.EVMaximumPowerLimit = v; s = 5; continue;
          case 2: if (r.chOrEmpty()) { v = r.bool(); r.expect0('EE of BulkChargingComplete'); } else v = {}; o.BulkChargingComplete = v; s = 6; continue;
          case 3: if (r.chOrEmpty()) { v = r.bool(); r.expect0('EE of ChargingComplete'); } else v = {}; o.ChargingComplete = v; s = 7; continue;
          default: return r.escape("CurrentDemandReqType state 3");
        }
      case 4:
        switch (r.bits(2)) {
          case 0: v = d_PhysicalValueType(r); o.EVMaximumPowerLimit = v; s = 5; continue;
          case 1: if (r.chOrEmpty()) { v = r.bool(); r.expect0('EE of BulkChargingComplete'); } else v = {}; o.BulkChargingComplete = v; s = 6; continue;
          case 2: if (r.chOrEmpty()) { v = r.bool(); r.expect0('EE of ChargingComplete'); } else v = {}; o.ChargingComplete = v; s = 7; continue;
          default: return r.escape("CurrentDemandReqType state 4");
        }
      case 5:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.bool(); r.expect0('EE of BulkChargingComplete'); } else v = {}; o.BulkChargingComplete = v; s = 6; continue;
          case 1: if (r.chOrEmpty()) { v = r.bool(); r.expect0('EE of ChargingComplete'); } else v = {}; o.ChargingComplete = v; s = 7; continue;
          default: return r.escape("CurrentDemandReqType state 5");
        }
      case 6:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.bool(); r.expect0('EE of ChargingComplete'); } else v = {}; o.ChargingComplete = v; s = 7; continue;
          default: return r.escape("CurrentDemandReqType state 6");
        }
      case 7:
        switch (r.bits(2)) {
          case 0: v = d_PhysicalValueType(r); o.RemainingTimeToFullSoC = v; s = 8; continue;
          case 1: v = d_PhysicalValueType(r); o.RemainingTimeToBulkSoC = v; s = 9; continue;
          case 2: v = d_PhysicalValueType(r); o.EVTargetVoltage = v; s = 10; continue;
          default: return r.escape("CurrentDemandReqType state 7");
        }
      case 8:
        switch (r.bits(2)) {
          case 0: v = d_PhysicalValueType(r); o.RemainingTimeToBulkSoC = v; s = 9; continue;
          case 1: v = d_PhysicalValueType(r); o.EVTargetVoltage = v; s = 10; continue;
          default: return r.escape("CurrentDemandReqType state 8");
        }
      case 9:
        switch (r.bits(1)) {
          case 0: v = d_PhysicalValueType(r); o.EVTargetVoltage = v; s = 10; continue;
          default: return r.escape("CurrentDemandReqType state 9");
        }
      case 10:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("CurrentDemandReqType state 10");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_CurrentDemandReqType: readonly string[] = ["DC_EVStatus","EVTargetCurrent","EVMaximumVoltageLimit","EVMaximumCurrentLimit","EVMaximumPowerLimit","BulkChargingComplete","ChargingComplete","RemainingTimeToFullSoC","RemainingTimeToBulkSoC","EVTargetVoltage"];
function e_CurrentDemandReqType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.DC_EVStatus) !== undefined) { w.bits(0, 1); k = "DC_EVStatus"; ki = -1; e_DC_EVStatusType(w, v); n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'DC_EVStatus'", "DC_EVStatus");
        case 1:
          if ((v = o.EVTargetCurrent) !== undefined) { w.bits(0, 1); k = "EVTargetCurrent"; ki = -1; e_PhysicalValueType(w, v); n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVTargetCurrent'", "EVTargetCurrent");
        case 2:
          if ((v = o.EVMaximumVoltageLimit) !== undefined) { w.bits(0, 3); k = "EVMaximumVoltageLimit"; ki = -1; e_PhysicalValueType(w, v); n++; m += 4; s = 3; continue; }
          if ((v = o.EVMaximumCurrentLimit) !== undefined) { w.bits(1, 3); k = "EVMaximumCurrentLimit"; ki = -1; e_PhysicalValueType(w, v); n++; m += 8; s = 4; continue; }
          if ((v = o.EVMaximumPowerLimit) !== undefined) { w.bits(2, 3); k = "EVMaximumPowerLimit"; ki = -1; e_PhysicalValueType(w, v); n++; m += 16; s = 5; continue; }
          if ((v = o.BulkChargingComplete) !== undefined) { w.bits(3, 3); k = "BulkChargingComplete"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.bool(v); w.bits(0, 1); } n++; m += 32; s = 6; continue; }
          if ((v = o.ChargingComplete) !== undefined) { w.bits(4, 3); k = "ChargingComplete"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.bool(v); w.bits(0, 1); } n++; m += 64; s = 7; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVMaximumVoltageLimit'", "EVMaximumVoltageLimit");
        case 3:
          if ((v = o.EVMaximumCurrentLimit) !== undefined) { w.bits(0, 3); k = "EVMaximumCurrentLimit"; ki = -1; e_PhysicalValueType(w, v); n++; m += 8; s = 4; continue; }
          if ((v = o.EVMaximumPowerLimit) !== undefined) { w.bits(1, 3); k = "EVMaximumPowerLimit"; ki = -1; e_PhysicalValueType(w, v); n++; m += 16; s = 5; continue; }
          if ((v = o.BulkChargingComplete) !== undefined) { w.bits(2, 3); k = "BulkChargingComplete"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.bool(v); w.bits(0, 1); } n++; m += 32; s = 6; continue; }
          if ((v = o.ChargingComplete) !== undefined) { w.bits(3, 3); k = "ChargingComplete"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.bool(v); w.bits(0, 1); } n++; m += 64; s = 7; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVMaximumCurrentLimit'", "EVMaximumCurrentLimit");
        case 4:
          if ((v = o.EVMaximumPowerLimit) !== undefined) { w.bits(0, 2); k = "EVMaximumPowerLimit"; ki = -1; e_PhysicalValueType(w, v); n++; m += 16; s = 5; continue; }
          if ((v = o.BulkChargingComplete) !== undefined) { w.bits(1, 2); k = "BulkChargingComplete"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.bool(v); w.bits(0, 1); } n++; m += 32; s = 6; continue; }
          if ((v = o.ChargingComplete) !== undefined) { w.bits(2, 2); k = "ChargingComplete"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.bool(v); w.bits(0, 1); } n++; m += 64; s = 7; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVMaximumPowerLimit'", "EVMaximumPowerLimit");
        case 5:
          if ((v = o.BulkChargingComplete) !== undefined) { w.bits(0, 2); k = "BulkChargingComplete"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.bool(v); w.bits(0, 1); } n++; m += 32; s = 6; continue; }
          if ((v = o.ChargingComplete) !== undefined) { w.bits(1, 2); k = "ChargingComplete"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.bool(v); w.bits(0, 1); } n++; m += 64; s = 7; continue; }
          k = ''; return encodeFail("missing mandatory element 'BulkChargingComplete'", "BulkChargingComplete");
        case 6:
          if ((v = o.ChargingComplete) !== undefined) { w.bits(0, 1); k = "ChargingComplete"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.bool(v); w.bits(0, 1); } n++; m += 64; s = 7; continue; }
          k = ''; return encodeFail("missing mandatory element 'ChargingComplete'", "ChargingComplete");
        case 7:
          if ((v = o.RemainingTimeToFullSoC) !== undefined) { w.bits(0, 2); k = "RemainingTimeToFullSoC"; ki = -1; e_PhysicalValueType(w, v); n++; m += 128; s = 8; continue; }
          if ((v = o.RemainingTimeToBulkSoC) !== undefined) { w.bits(1, 2); k = "RemainingTimeToBulkSoC"; ki = -1; e_PhysicalValueType(w, v); n++; m += 256; s = 9; continue; }
          if ((v = o.EVTargetVoltage) !== undefined) { w.bits(2, 2); k = "EVTargetVoltage"; ki = -1; e_PhysicalValueType(w, v); n++; m += 512; s = 10; continue; }
          k = ''; return encodeFail("missing mandatory element 'RemainingTimeToFullSoC'", "RemainingTimeToFullSoC");
        case 8:
          if ((v = o.RemainingTimeToBulkSoC) !== undefined) { w.bits(0, 2); k = "RemainingTimeToBulkSoC"; ki = -1; e_PhysicalValueType(w, v); n++; m += 256; s = 9; continue; }
          if ((v = o.EVTargetVoltage) !== undefined) { w.bits(1, 2); k = "EVTargetVoltage"; ki = -1; e_PhysicalValueType(w, v); n++; m += 512; s = 10; continue; }
          k = ''; return encodeFail("missing mandatory element 'RemainingTimeToBulkSoC'", "RemainingTimeToBulkSoC");
        case 9:
          if ((v = o.EVTargetVoltage) !== undefined) { w.bits(0, 1); k = "EVTargetVoltage"; ki = -1; e_PhysicalValueType(w, v); n++; m += 512; s = 10; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVTargetVoltage'", "EVTargetVoltage");
        case 10:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_CurrentDemandReqType, m);
}

function d_CurrentDemandResType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN1, 5); r.expect0('EE of ResponseCode'); } else v = {}; o.ResponseCode = v; s = 1; continue;
          default: return r.escape("CurrentDemandResType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: v = d_DC_EVSEStatusType(r); o.DC_EVSEStatus = v; s = 2; continue;
          default: return r.escape("CurrentDemandResType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: v = d_PhysicalValueType(r); o.EVSEPresentVoltage = v; s = 3; continue;
          default: return r.escape("CurrentDemandResType state 2");
        }
      case 3:
        switch (r.bits(1)) {
          case 0: v = d_PhysicalValueType(r); o.EVSEPresentCurrent = v; s = 4; continue;
          default: return r.escape("CurrentDemandResType state 3");
        }
      case 4:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.bool(); r.expect0('EE of EVSECurrentLimitAchieved'); } else v = {}; o.EVSECurrentLimitAchieved = v; s = 5; continue;
          default: return r.escape("CurrentDemandResType state 4");
        }
      case 5:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.bool(); r.expect0('EE of EVSEVoltageLimitAchieved'); } else v = {}; o.EVSEVoltageLimitAchieved = v; s = 6; continue;
          default: return r.escape("CurrentDemandResType state 5");
        }
      case 6:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.bool(); r.expect0('EE of EVSEPowerLimitAchieved'); } else v = {}; o.EVSEPowerLimitAchieved = v; s = 7; continue;
          default: return r.escape("CurrentDemandResType state 6");
        }
      case 7:
        switch (r.bits(3)) {
          case 0: v = d_PhysicalValueType(r); o.EVSEMaximumVoltageLimit = v; s = 8; continue;
          case 1: v = d_PhysicalValueType(r); o.EVSEMaximumCurrentLimit = v; s = 9; continue;
          case 2: v = d_PhysicalValueType(r); o.EVSEMaximumPowerLimit = v; s = 10; continue;
          case 3: return o;
          default: return r.escape("CurrentDemandResType state 7");
        }
      case 8:
        switch (r.bits(2)) {
          case 0: v = d_PhysicalValueType(r); o.EVSEMaximumCurrentLimit = v; s = 9; continue;
          case 1: v = d_PhysicalValueType(r); o.EVSEMaximumPowerLimit = v; s = 10; continue;
          case 2: return o;
          default: return r.escape("CurrentDemandResType state 8");
        }
      case 9:
        switch (r.bits(2)) {
          case 0: v = d_PhysicalValueType(r); o.EVSEMaximumPowerLimit = v; s = 10; continue;
          case 1: return o;
          default: return r.escape("CurrentDemandResType state 9");
        }
      case 10:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("CurrentDemandResType state 10");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_CurrentDemandResType: readonly string[] = ["ResponseCode","DC_EVSEStatus","EVSEPresentVoltage","EVSEPresentCurrent","EVSECurrentLimitAchieved","EVSEVoltageLimitAchieved","EVSEPowerLimitAchieved","EVSEMaximumVoltageLimit","EVSEMaximumCurrentLimit","EVSEMaximumPowerLimit"];
function e_CurrentDemandResType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.ResponseCode) !== undefined) { w.bits(0, 1); k = "ResponseCode"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM1, 5); w.bits(0, 1); } n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'ResponseCode'", "ResponseCode");
        case 1:
          if ((v = o.DC_EVSEStatus) !== undefined) { w.bits(0, 1); k = "DC_EVSEStatus"; ki = -1; e_DC_EVSEStatusType(w, v); n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'DC_EVSEStatus'", "DC_EVSEStatus");
        case 2:
          if ((v = o.EVSEPresentVoltage) !== undefined) { w.bits(0, 1); k = "EVSEPresentVoltage"; ki = -1; e_PhysicalValueType(w, v); n++; m += 4; s = 3; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVSEPresentVoltage'", "EVSEPresentVoltage");
        case 3:
          if ((v = o.EVSEPresentCurrent) !== undefined) { w.bits(0, 1); k = "EVSEPresentCurrent"; ki = -1; e_PhysicalValueType(w, v); n++; m += 8; s = 4; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVSEPresentCurrent'", "EVSEPresentCurrent");
        case 4:
          if ((v = o.EVSECurrentLimitAchieved) !== undefined) { w.bits(0, 1); k = "EVSECurrentLimitAchieved"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.bool(v); w.bits(0, 1); } n++; m += 16; s = 5; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVSECurrentLimitAchieved'", "EVSECurrentLimitAchieved");
        case 5:
          if ((v = o.EVSEVoltageLimitAchieved) !== undefined) { w.bits(0, 1); k = "EVSEVoltageLimitAchieved"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.bool(v); w.bits(0, 1); } n++; m += 32; s = 6; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVSEVoltageLimitAchieved'", "EVSEVoltageLimitAchieved");
        case 6:
          if ((v = o.EVSEPowerLimitAchieved) !== undefined) { w.bits(0, 1); k = "EVSEPowerLimitAchieved"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.bool(v); w.bits(0, 1); } n++; m += 64; s = 7; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVSEPowerLimitAchieved'", "EVSEPowerLimitAchieved");
        case 7:
          if ((v = o.EVSEMaximumVoltageLimit) !== undefined) { w.bits(0, 3); k = "EVSEMaximumVoltageLimit"; ki = -1; e_PhysicalValueType(w, v); n++; m += 128; s = 8; continue; }
          if ((v = o.EVSEMaximumCurrentLimit) !== undefined) { w.bits(1, 3); k = "EVSEMaximumCurrentLimit"; ki = -1; e_PhysicalValueType(w, v); n++; m += 256; s = 9; continue; }
          if ((v = o.EVSEMaximumPowerLimit) !== undefined) { w.bits(2, 3); k = "EVSEMaximumPowerLimit"; ki = -1; e_PhysicalValueType(w, v); n++; m += 512; s = 10; continue; }
          w.bits(3, 3); break loop;
        case 8:
          if ((v = o.EVSEMaximumCurrentLimit) !== undefined) { w.bits(0, 2); k = "EVSEMaximumCurrentLimit"; ki = -1; e_PhysicalValueType(w, v); n++; m += 256; s = 9; continue; }
          if ((v = o.EVSEMaximumPowerLimit) !== undefined) { w.bits(1, 2); k = "EVSEMaximumPowerLimit"; ki = -1; e_PhysicalValueType(w, v); n++; m += 512; s = 10; continue; }
          w.bits(2, 2); break loop;
        case 9:
          if ((v = o.EVSEMaximumPowerLimit) !== undefined) { w.bits(0, 2); k = "EVSEMaximumPowerLimit"; ki = -1; e_PhysicalValueType(w, v); n++; m += 512; s = 10; continue; }
          w.bits(1, 2); break loop;
        case 10:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_CurrentDemandResType, m);
}

function d_DC_EVChargeParameterType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: v = d_DC_EVStatusType(r); o.DC_EVStatus = v; s = 1; continue;
          default: return r.escape("DC_EVChargeParameterType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: v = d_PhysicalValueType(r); o.EVMaximumCurrentLimit = v; s = 2; continue;
          default: return r.escape("DC_EVChargeParameterType state 1");
        }
      case 2:
        switch (r.bits(2)) {
          case 0: v = d_PhysicalValueType(r); o.EVMaximumPowerLimit = v; s = 3; continue;
          case 1: v = d_PhysicalValueType(r); o.EVMaximumVoltageLimit = v; s = 4; continue;
          default: return r.escape("DC_EVChargeParameterType state 2");
        }
      case 3:
        switch (r.bits(1)) {
          case 0: v = d_PhysicalValueType(r); o.EVMaximumVoltageLimit = v; s = 4; continue;
          default: return r.escape("DC_EVChargeParameterType state 3");
        }
      case 4:
        switch (r.bits(3)) {
          case 0: v = d_PhysicalValueType(r); o.EVEnergyCapacity = v; s = 5; continue;
          case 1: v = d_PhysicalValueType(r); o.EVEnergyRequest = v; s = 6; continue;
          case 2: if (r.chOrEmpty()) { v = r.nbit(7, 0, 100); r.expect0('EE of FullSOC'); } else v = {}; o.FullSOC = v; s = 7; continue;
          case 3: if (r.chOrEmpty()) { v = r.nbit(7, 0, 100); r.expect0('EE of BulkSOC'); } else v = {}; o.BulkSOC = v; s = 8; continue;
          case 4: return o;
          default: return r.escape("DC_EVChargeParameterType state 4");
        }
      case 5:
        switch (r.bits(3)) {
          case 0: v = d_PhysicalValueType(r); o.EVEnergyRequest = v; s = 6; continue;
          case 1: if (r.chOrEmpty()) { v = r.nbit(7, 0, 100); r.expect0('EE of FullSOC'); } else v = {}; o.FullSOC = v; s = 7; continue;
          case 2: if (r.chOrEmpty()) { v = r.nbit(7, 0, 100); r.expect0('EE of BulkSOC'); } else v = {}; o.BulkSOC = v; s = 8; continue;
          case 3: return o;
          default: return r.escape("DC_EVChargeParameterType state 5");
        }
      case 6:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.nbit(7, 0, 100); r.expect0('EE of FullSOC'); } else v = {}; o.FullSOC = v; s = 7; continue;
          case 1: if (r.chOrEmpty()) { v = r.nbit(7, 0, 100); r.expect0('EE of BulkSOC'); } else v = {}; o.BulkSOC = v; s = 8; continue;
          case 2: return o;
          default: return r.escape("DC_EVChargeParameterType state 6");
        }
      case 7:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.nbit(7, 0, 100); r.expect0('EE of BulkSOC'); } else v = {}; o.BulkSOC = v; s = 8; continue;
          case 1: return o;
          default: return r.escape("DC_EVChargeParameterType state 7");
        }
      case 8:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("DC_EVChargeParameterType state 8");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_DC_EVChargeParameterType: readonly string[] = ["DC_EVStatus","EVMaximumCurrentLimit","EVMaximumPowerLimit","EVMaximumVoltageLimit","EVEnergyCapacity","EVEnergyRequest","FullSOC","BulkSOC"];
function e_DC_EVChargeParameterType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.DC_EVStatus) !== undefined) { w.bits(0, 1); k = "DC_EVStatus"; ki = -1; e_DC_EVStatusType(w, v); n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'DC_EVStatus'", "DC_EVStatus");
        case 1:
          if ((v = o.EVMaximumCurrentLimit) !== undefined) { w.bits(0, 1); k = "EVMaximumCurrentLimit"; ki = -1; e_PhysicalValueType(w, v); n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVMaximumCurrentLimit'", "EVMaximumCurrentLimit");
        case 2:
          if ((v = o.EVMaximumPowerLimit) !== undefined) { w.bits(0, 2); k = "EVMaximumPowerLimit"; ki = -1; e_PhysicalValueType(w, v); n++; m += 4; s = 3; continue; }
          if ((v = o.EVMaximumVoltageLimit) !== undefined) { w.bits(1, 2); k = "EVMaximumVoltageLimit"; ki = -1; e_PhysicalValueType(w, v); n++; m += 8; s = 4; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVMaximumPowerLimit'", "EVMaximumPowerLimit");
        case 3:
          if ((v = o.EVMaximumVoltageLimit) !== undefined) { w.bits(0, 1); k = "EVMaximumVoltageLimit"; ki = -1; e_PhysicalValueType(w, v); n++; m += 8; s = 4; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVMaximumVoltageLimit'", "EVMaximumVoltageLimit");
        case 4:
          if ((v = o.EVEnergyCapacity) !== undefined) { w.bits(0, 3); k = "EVEnergyCapacity"; ki = -1; e_PhysicalValueType(w, v); n++; m += 16; s = 5; continue; }
          if ((v = o.EVEnergyRequest) !== undefined) { w.bits(1, 3); k = "EVEnergyRequest"; ki = -1; e_PhysicalValueType(w, v); n++; m += 32; s = 6; continue; }
          if ((v = o.FullSOC) !== undefined) { w.bits(2, 3); k = "FullSOC"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.nbit(v, 7, 0, 100); w.bits(0, 1); } n++; m += 64; s = 7; continue; }
          if ((v = o.BulkSOC) !== undefined) { w.bits(3, 3); k = "BulkSOC"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.nbit(v, 7, 0, 100); w.bits(0, 1); } n++; m += 128; s = 8; continue; }
          w.bits(4, 3); break loop;
        case 5:
          if ((v = o.EVEnergyRequest) !== undefined) { w.bits(0, 3); k = "EVEnergyRequest"; ki = -1; e_PhysicalValueType(w, v); n++; m += 32; s = 6; continue; }
          if ((v = o.FullSOC) !== undefined) { w.bits(1, 3); k = "FullSOC"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.nbit(v, 7, 0, 100); w.bits(0, 1); } n++; m += 64; s = 7; continue; }
          if ((v = o.BulkSOC) !== undefined) { w.bits(2, 3); k = "BulkSOC"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.nbit(v, 7, 0, 100); w.bits(0, 1); } n++; m += 128; s = 8; continue; }
          w.bits(3, 3); break loop;
        case 6:
          if ((v = o.FullSOC) !== undefined) { w.bits(0, 2); k = "FullSOC"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.nbit(v, 7, 0, 100); w.bits(0, 1); } n++; m += 64; s = 7; continue; }
          if ((v = o.BulkSOC) !== undefined) { w.bits(1, 2); k = "BulkSOC"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.nbit(v, 7, 0, 100); w.bits(0, 1); } n++; m += 128; s = 8; continue; }
          w.bits(2, 2); break loop;
        case 7:
          if ((v = o.BulkSOC) !== undefined) { w.bits(0, 2); k = "BulkSOC"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.nbit(v, 7, 0, 100); w.bits(0, 1); } n++; m += 128; s = 8; continue; }
          w.bits(1, 2); break loop;
        case 8:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_DC_EVChargeParameterType, m);
}

function d_DC_EVPowerDeliveryParameterType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: v = d_DC_EVStatusType(r); o.DC_EVStatus = v; s = 1; continue;
          default: return r.escape("DC_EVPowerDeliveryParameterType state 0");
        }
      case 1:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.bool(); r.expect0('EE of BulkChargingComplete'); } else v = {}; o.BulkChargingComplete = v; s = 2; continue;
          case 1: if (r.chOrEmpty()) { v = r.bool(); r.expect0('EE of ChargingComplete'); } else v = {}; o.ChargingComplete = v; s = 3; continue;
          default: return r.escape("DC_EVPowerDeliveryParameterType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.bool(); r.expect0('EE of ChargingComplete'); } else v = {}; o.ChargingComplete = v; s = 3; continue;
          default: return r.escape("DC_EVPowerDeliveryParameterType state 2");
        }
      case 3:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("DC_EVPowerDeliveryParameterType state 3");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_DC_EVPowerDeliveryParameterType: readonly string[] = ["DC_EVStatus","BulkChargingComplete","ChargingComplete"];
function e_DC_EVPowerDeliveryParameterType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.DC_EVStatus) !== undefined) { w.bits(0, 1); k = "DC_EVStatus"; ki = -1; e_DC_EVStatusType(w, v); n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'DC_EVStatus'", "DC_EVStatus");
        case 1:
          if ((v = o.BulkChargingComplete) !== undefined) { w.bits(0, 2); k = "BulkChargingComplete"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.bool(v); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          if ((v = o.ChargingComplete) !== undefined) { w.bits(1, 2); k = "ChargingComplete"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.bool(v); w.bits(0, 1); } n++; m += 4; s = 3; continue; }
          k = ''; return encodeFail("missing mandatory element 'BulkChargingComplete'", "BulkChargingComplete");
        case 2:
          if ((v = o.ChargingComplete) !== undefined) { w.bits(0, 1); k = "ChargingComplete"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.bool(v); w.bits(0, 1); } n++; m += 4; s = 3; continue; }
          k = ''; return encodeFail("missing mandatory element 'ChargingComplete'", "ChargingComplete");
        case 3:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_DC_EVPowerDeliveryParameterType, m);
}

function d_DC_EVSEChargeParameterType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: v = d_DC_EVSEStatusType(r); o.DC_EVSEStatus = v; s = 1; continue;
          default: return r.escape("DC_EVSEChargeParameterType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: v = d_PhysicalValueType(r); o.EVSEMaximumCurrentLimit = v; s = 2; continue;
          default: return r.escape("DC_EVSEChargeParameterType state 1");
        }
      case 2:
        switch (r.bits(2)) {
          case 0: v = d_PhysicalValueType(r); o.EVSEMaximumPowerLimit = v; s = 3; continue;
          case 1: v = d_PhysicalValueType(r); o.EVSEMaximumVoltageLimit = v; s = 4; continue;
          default: return r.escape("DC_EVSEChargeParameterType state 2");
        }
      case 3:
        switch (r.bits(1)) {
          case 0: v = d_PhysicalValueType(r); o.EVSEMaximumVoltageLimit = v; s = 4; continue;
          default: return r.escape("DC_EVSEChargeParameterType state 3");
        }
      case 4:
        switch (r.bits(1)) {
          case 0: v = d_PhysicalValueType(r); o.EVSEMinimumCurrentLimit = v; s = 5; continue;
          default: return r.escape("DC_EVSEChargeParameterType state 4");
        }
      case 5:
        switch (r.bits(1)) {
          case 0: v = d_PhysicalValueType(r); o.EVSEMinimumVoltageLimit = v; s = 6; continue;
          default: return r.escape("DC_EVSEChargeParameterType state 5");
        }
      case 6:
        switch (r.bits(2)) {
          case 0: v = d_PhysicalValueType(r); o.EVSECurrentRegulationTolerance = v; s = 7; continue;
          case 1: v = d_PhysicalValueType(r); o.EVSEPeakCurrentRipple = v; s = 8; continue;
          default: return r.escape("DC_EVSEChargeParameterType state 6");
        }
      case 7:
        switch (r.bits(1)) {
          case 0: v = d_PhysicalValueType(r); o.EVSEPeakCurrentRipple = v; s = 8; continue;
          default: return r.escape("DC_EVSEChargeParameterType state 7");
        }
      case 8:
        switch (r.bits(2)) {
          case 0: v = d_PhysicalValueType(r); o.EVSEEnergyToBeDelivered = v; s = 9; continue;
          case 1: return o;
          default: return r.escape("DC_EVSEChargeParameterType state 8");
        }
      case 9:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("DC_EVSEChargeParameterType state 9");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_DC_EVSEChargeParameterType: readonly string[] = ["DC_EVSEStatus","EVSEMaximumCurrentLimit","EVSEMaximumPowerLimit","EVSEMaximumVoltageLimit","EVSEMinimumCurrentLimit","EVSEMinimumVoltageLimit","EVSECurrentRegulationTolerance","EVSEPeakCurrentRipple","EVSEEnergyToBeDelivered"];
function e_DC_EVSEChargeParameterType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.DC_EVSEStatus) !== undefined) { w.bits(0, 1); k = "DC_EVSEStatus"; ki = -1; e_DC_EVSEStatusType(w, v); n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'DC_EVSEStatus'", "DC_EVSEStatus");
        case 1:
          if ((v = o.EVSEMaximumCurrentLimit) !== undefined) { w.bits(0, 1); k = "EVSEMaximumCurrentLimit"; ki = -1; e_PhysicalValueType(w, v); n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVSEMaximumCurrentLimit'", "EVSEMaximumCurrentLimit");
        case 2:
          if ((v = o.EVSEMaximumPowerLimit) !== undefined) { w.bits(0, 2); k = "EVSEMaximumPowerLimit"; ki = -1; e_PhysicalValueType(w, v); n++; m += 4; s = 3; continue; }
          if ((v = o.EVSEMaximumVoltageLimit) !== undefined) { w.bits(1, 2); k = "EVSEMaximumVoltageLimit"; ki = -1; e_PhysicalValueType(w, v); n++; m += 8; s = 4; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVSEMaximumPowerLimit'", "EVSEMaximumPowerLimit");
        case 3:
          if ((v = o.EVSEMaximumVoltageLimit) !== undefined) { w.bits(0, 1); k = "EVSEMaximumVoltageLimit"; ki = -1; e_PhysicalValueType(w, v); n++; m += 8; s = 4; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVSEMaximumVoltageLimit'", "EVSEMaximumVoltageLimit");
        case 4:
          if ((v = o.EVSEMinimumCurrentLimit) !== undefined) { w.bits(0, 1); k = "EVSEMinimumCurrentLimit"; ki = -1; e_PhysicalValueType(w, v); n++; m += 16; s = 5; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVSEMinimumCurrentLimit'", "EVSEMinimumCurrentLimit");
        case 5:
          if ((v = o.EVSEMinimumVoltageLimit) !== undefined) { w.bits(0, 1); k = "EVSEMinimumVoltageLimit"; ki = -1; e_PhysicalValueType(w, v); n++; m += 32; s = 6; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVSEMinimumVoltageLimit'", "EVSEMinimumVoltageLimit");
        case 6:
          if ((v = o.EVSECurrentRegulationTolerance) !== undefined) { w.bits(0, 2); k = "EVSECurrentRegulationTolerance"; ki = -1; e_PhysicalValueType(w, v); n++; m += 64; s = 7; continue; }
          if ((v = o.EVSEPeakCurrentRipple) !== undefined) { w.bits(1, 2); k = "EVSEPeakCurrentRipple"; ki = -1; e_PhysicalValueType(w, v); n++; m += 128; s = 8; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVSECurrentRegulationTolerance'", "EVSECurrentRegulationTolerance");
        case 7:
          if ((v = o.EVSEPeakCurrentRipple) !== undefined) { w.bits(0, 1); k = "EVSEPeakCurrentRipple"; ki = -1; e_PhysicalValueType(w, v); n++; m += 128; s = 8; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVSEPeakCurrentRipple'", "EVSEPeakCurrentRipple");
        case 8:
          if ((v = o.EVSEEnergyToBeDelivered) !== undefined) { w.bits(0, 2); k = "EVSEEnergyToBeDelivered"; ki = -1; e_PhysicalValueType(w, v); n++; m += 256; s = 9; continue; }
          w.bits(1, 2); break loop;
        case 9:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_DC_EVSEChargeParameterType, m);
}

function d_DC_EVSEStatusType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN4, 2); r.expect0('EE of EVSEIsolationStatus'); } else v = {}; o.EVSEIsolationStatus = v; s = 1; continue;
          case 1: if (r.chOrEmpty()) { v = r.enumeration(EN5, 4); r.expect0('EE of EVSEStatusCode'); } else v = {}; o.EVSEStatusCode = v; s = 2; continue;
          default: return r.escape("DC_EVSEStatusType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN5, 4); r.expect0('EE of EVSEStatusCode'); } else v = {}; o.EVSEStatusCode = v; s = 2; continue;
          default: return r.escape("DC_EVSEStatusType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.uint(4294967295); r.expect0('EE of NotificationMaxDelay'); } else v = {}; o.NotificationMaxDelay = v; s = 3; continue;
          default: return r.escape("DC_EVSEStatusType state 2");
        }
      case 3:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN0, 2); r.expect0('EE of EVSENotification'); } else v = {}; o.EVSENotification = v; s = 4; continue;
          default: return r.escape("DC_EVSEStatusType state 3");
        }
      case 4:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("DC_EVSEStatusType state 4");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_DC_EVSEStatusType: readonly string[] = ["EVSEIsolationStatus","EVSEStatusCode","NotificationMaxDelay","EVSENotification"];
function e_DC_EVSEStatusType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.EVSEIsolationStatus) !== undefined) { w.bits(0, 2); k = "EVSEIsolationStatus"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM4, 2); w.bits(0, 1); } n++; m += 1; s = 1; continue; }
          if ((v = o.EVSEStatusCode) !== undefined) { w.bits(1, 2); k = "EVSEStatusCode"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM5, 4); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVSEIsolationStatus'", "EVSEIsolationStatus");
        case 1:
          if ((v = o.EVSEStatusCode) !== undefined) { w.bits(0, 1); k = "EVSEStatusCode"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM5, 4); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVSEStatusCode'", "EVSEStatusCode");
        case 2:
          if ((v = o.NotificationMaxDelay) !== undefined) { w.bits(0, 1); k = "NotificationMaxDelay"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.uint(v, 4294967295); w.bits(0, 1); } n++; m += 4; s = 3; continue; }
          k = ''; return encodeFail("missing mandatory element 'NotificationMaxDelay'", "NotificationMaxDelay");
        case 3:
          if ((v = o.EVSENotification) !== undefined) { w.bits(0, 1); k = "EVSENotification"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM0, 2); w.bits(0, 1); } n++; m += 8; s = 4; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVSENotification'", "EVSENotification");
        case 4:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_DC_EVSEStatusType, m);
}

function d_DC_EVStatusType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.bool(); r.expect0('EE of EVReady'); } else v = {}; o.EVReady = v; s = 1; continue;
          default: return r.escape("DC_EVStatusType state 0");
        }
      case 1:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.bool(); r.expect0('EE of EVCabinConditioning'); } else v = {}; o.EVCabinConditioning = v; s = 2; continue;
          case 1: if (r.chOrEmpty()) { v = r.bool(); r.expect0('EE of EVRESSConditioning'); } else v = {}; o.EVRESSConditioning = v; s = 3; continue;
          case 2: if (r.chOrEmpty()) { v = r.enumeration(EN6, 4); r.expect0('EE of EVErrorCode'); } else v = {}; o.EVErrorCode = v; s = 4; continue;
          default: return r.escape("DC_EVStatusType state 1");
        }
      case 2:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.bool(); r.expect0('EE of EVRESSConditioning'); } else v = {}; o.EVRESSConditioning = v; s = 3; continue;
          case 1: if (r.chOrEmpty()) { v = r.enumeration(EN6, 4); r.expect0('EE of EVErrorCode'); } else v = {}; o.EVErrorCode = v; s = 4; continue;
          default: return r.escape("DC_EVStatusType state 2");
        }
      case 3:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN6, 4); r.expect0('EE of EVErrorCode'); } else v = {}; o.EVErrorCode = v; s = 4; continue;
          default: return r.escape("DC_EVStatusType state 3");
        }
      case 4:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.nbit(7, 0, 100); r.expect0('EE of EVRESSSOC'); } else v = {}; o.EVRESSSOC = v; s = 5; continue;
          default: return r.escape("DC_EVStatusType state 4");
        }
      case 5:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("DC_EVStatusType state 5");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_DC_EVStatusType: readonly string[] = ["EVReady","EVCabinConditioning","EVRESSConditioning","EVErrorCode","EVRESSSOC"];
function e_DC_EVStatusType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.EVReady) !== undefined) { w.bits(0, 1); k = "EVReady"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.bool(v); w.bits(0, 1); } n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVReady'", "EVReady");
        case 1:
          if ((v = o.EVCabinConditioning) !== undefined) { w.bits(0, 2); k = "EVCabinConditioning"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.bool(v); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          if ((v = o.EVRESSConditioning) !== undefined) { w.bits(1, 2); k = "EVRESSConditioning"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.bool(v); w.bits(0, 1); } n++; m += 4; s = 3; continue; }
          if ((v = o.EVErrorCode) !== undefined) { w.bits(2, 2); k = "EVErrorCode"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM6, 4); w.bits(0, 1); } n++; m += 8; s = 4; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVCabinConditioning'", "EVCabinConditioning");
        case 2:
          if ((v = o.EVRESSConditioning) !== undefined) { w.bits(0, 2); k = "EVRESSConditioning"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.bool(v); w.bits(0, 1); } n++; m += 4; s = 3; continue; }
          if ((v = o.EVErrorCode) !== undefined) { w.bits(1, 2); k = "EVErrorCode"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM6, 4); w.bits(0, 1); } n++; m += 8; s = 4; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVRESSConditioning'", "EVRESSConditioning");
        case 3:
          if ((v = o.EVErrorCode) !== undefined) { w.bits(0, 1); k = "EVErrorCode"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM6, 4); w.bits(0, 1); } n++; m += 8; s = 4; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVErrorCode'", "EVErrorCode");
        case 4:
          if ((v = o.EVRESSSOC) !== undefined) { w.bits(0, 1); k = "EVRESSSOC"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.nbit(v, 7, 0, 100); w.bits(0, 1); } n++; m += 16; s = 5; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVRESSSOC'", "EVRESSSOC");
        case 5:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_DC_EVStatusType, m);
}

function d_DSAKeyValueType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.binary(9007199254740991); r.expect0('EE of P'); } else v = {}; o.P = v; s = 1; continue;
          case 1: if (r.chOrEmpty()) { v = r.binary(9007199254740991); r.expect0('EE of G'); } else v = {}; o.G = v; s = 3; continue;
          case 2: if (r.chOrEmpty()) { v = r.binary(9007199254740991); r.expect0('EE of Y'); } else v = {}; o.Y = v; s = 4; continue;
          default: return r.escape("DSAKeyValueType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.binary(9007199254740991); r.expect0('EE of Q'); } else v = {}; o.Q = v; s = 2; continue;
          default: return r.escape("DSAKeyValueType state 1");
        }
      case 2:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.binary(9007199254740991); r.expect0('EE of G'); } else v = {}; o.G = v; s = 3; continue;
          case 1: if (r.chOrEmpty()) { v = r.binary(9007199254740991); r.expect0('EE of Y'); } else v = {}; o.Y = v; s = 4; continue;
          default: return r.escape("DSAKeyValueType state 2");
        }
      case 3:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.binary(9007199254740991); r.expect0('EE of Y'); } else v = {}; o.Y = v; s = 4; continue;
          default: return r.escape("DSAKeyValueType state 3");
        }
      case 4:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.binary(9007199254740991); r.expect0('EE of J'); } else v = {}; o.J = v; s = 5; continue;
          case 1: if (r.chOrEmpty()) { v = r.binary(9007199254740991); r.expect0('EE of Seed'); } else v = {}; o.Seed = v; s = 6; continue;
          case 2: return o;
          default: return r.escape("DSAKeyValueType state 4");
        }
      case 5:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.binary(9007199254740991); r.expect0('EE of Seed'); } else v = {}; o.Seed = v; s = 6; continue;
          case 1: return o;
          default: return r.escape("DSAKeyValueType state 5");
        }
      case 6:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.binary(9007199254740991); r.expect0('EE of PgenCounter'); } else v = {}; o.PgenCounter = v; s = 7; continue;
          default: return r.escape("DSAKeyValueType state 6");
        }
      case 7:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("DSAKeyValueType state 7");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_DSAKeyValueType: readonly string[] = ["P","Q","G","Y","J","Seed","PgenCounter"];
function e_DSAKeyValueType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.P) !== undefined) { w.bits(0, 2); k = "P"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.binary(v, 9007199254740991); w.bits(0, 1); } n++; m += 1; s = 1; continue; }
          if ((v = o.G) !== undefined) { w.bits(1, 2); k = "G"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.binary(v, 9007199254740991); w.bits(0, 1); } n++; m += 4; s = 3; continue; }
          if ((v = o.Y) !== undefined) { w.bits(2, 2); k = "Y"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.binary(v, 9007199254740991); w.bits(0, 1); } n++; m += 8; s = 4; continue; }
          k = ''; return encodeFail("missing mandatory element 'P'", "P");
        case 1:
          if ((v = o.Q) !== undefined) { w.bits(0, 1); k = "Q"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.binary(v, 9007199254740991); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'Q'", "Q");
        case 2:
          if ((v = o.G) !== undefined) { w.bits(0, 2); k = "G"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.binary(v, 9007199254740991); w.bits(0, 1); } n++; m += 4; s = 3; continue; }
          if ((v = o.Y) !== undefined) { w.bits(1, 2); k = "Y"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.binary(v, 9007199254740991); w.bits(0, 1); } n++; m += 8; s = 4; continue; }
          k = ''; return encodeFail("missing mandatory element 'G'", "G");
        case 3:
          if ((v = o.Y) !== undefined) { w.bits(0, 1); k = "Y"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.binary(v, 9007199254740991); w.bits(0, 1); } n++; m += 8; s = 4; continue; }
          k = ''; return encodeFail("missing mandatory element 'Y'", "Y");
        case 4:
          if ((v = o.J) !== undefined) { w.bits(0, 2); k = "J"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.binary(v, 9007199254740991); w.bits(0, 1); } n++; m += 16; s = 5; continue; }
          if ((v = o.Seed) !== undefined) { w.bits(1, 2); k = "Seed"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.binary(v, 9007199254740991); w.bits(0, 1); } n++; m += 32; s = 6; continue; }
          w.bits(2, 2); break loop;
        case 5:
          if ((v = o.Seed) !== undefined) { w.bits(0, 2); k = "Seed"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.binary(v, 9007199254740991); w.bits(0, 1); } n++; m += 32; s = 6; continue; }
          w.bits(1, 2); break loop;
        case 6:
          if ((v = o.PgenCounter) !== undefined) { w.bits(0, 1); k = "PgenCounter"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.binary(v, 9007199254740991); w.bits(0, 1); } n++; m += 64; s = 7; continue; }
          k = ''; return encodeFail("missing mandatory element 'PgenCounter'", "PgenCounter");
        case 7:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_DSAKeyValueType, m);
}

function d_DigestMethodType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: o["@Algorithm"] = r.string(9007199254740991); s = 1; continue;
          default: return r.escape("DigestMethodType state 0");
        }
      case 1:
        switch (r.bits(2)) {
          case 0: return r.fail('wildcard element (xs:any) in DigestMethodType is not supported');
          case 1: return o;
          case 2: return r.fail('untyped character content in DigestMethodType is not supported');
          default: return r.escape("DigestMethodType state 1");
        }
      case 2:
        switch (r.bits(2)) {
          case 0: return r.fail('wildcard element (xs:any) in DigestMethodType is not supported');
          case 1: return o;
          case 2: return r.fail('untyped character content in DigestMethodType is not supported');
          default: return r.escape("DigestMethodType state 2");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_DigestMethodType: readonly string[] = ["@Algorithm"];
function e_DigestMethodType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o["@Algorithm"]) !== undefined) { w.bits(0, 1); k = "@Algorithm"; ki = -1; w.string(v, 9007199254740991); n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory attribute '@Algorithm'", "@Algorithm");
        case 1:
          w.bits(1, 2); break loop;
        case 2:
          w.bits(1, 2); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_DigestMethodType, m);
}

function d_EVChargeParameterType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("EVChargeParameterType state 0");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_EVChargeParameterType: readonly string[] = [];
function e_EVChargeParameterType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_EVChargeParameterType, m);
}

function d_EVPowerDeliveryParameterType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("EVPowerDeliveryParameterType state 0");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_EVPowerDeliveryParameterType: readonly string[] = [];
function e_EVPowerDeliveryParameterType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_EVPowerDeliveryParameterType, m);
}

function d_EVSEChargeParameterType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("EVSEChargeParameterType state 0");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_EVSEChargeParameterType: readonly string[] = [];
function e_EVSEChargeParameterType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_EVSEChargeParameterType, m);
}

function d_EVSEStatusType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("EVSEStatusType state 0");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_EVSEStatusType: readonly string[] = [];
function e_EVSEStatusType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_EVSEStatusType, m);
}

function d_EVStatusType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("EVStatusType state 0");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_EVStatusType: readonly string[] = [];
function e_EVStatusType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_EVStatusType, m);
}

function d_EntryType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(2)) {
          case 0: v = d_RelativeTimeIntervalType(r); o.RelativeTimeInterval = v; s = 1; continue;
          case 1: v = d_IntervalType(r); o.TimeInterval = v; s = 1; continue;
          default: return r.escape("EntryType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("EntryType state 1");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_EntryType: readonly string[] = ["RelativeTimeInterval","TimeInterval"];
function e_EntryType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.RelativeTimeInterval) !== undefined) { w.bits(0, 2); k = "RelativeTimeInterval"; ki = -1; e_RelativeTimeIntervalType(w, v); n++; m += 1; s = 1; continue; }
          if ((v = o.TimeInterval) !== undefined) { w.bits(1, 2); k = "TimeInterval"; ki = -1; e_IntervalType(w, v); n++; m += 2; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'RelativeTimeInterval'", "RelativeTimeInterval");
        case 1:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_EntryType, m);
}

function d_KeyInfoType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(4)) {
          case 0: o["@Id"] = r.string(9007199254740991); s = 1; continue;
          case 1: if (r.chOrEmpty()) { v = r.string(9007199254740991); r.expect0('EE of KeyName'); } else v = {}; pushItem(o, "KeyName", v); s = 2; continue;
          case 2: v = d_KeyValueType(r); pushItem(o, "KeyValue", v); s = 3; continue;
          case 3: v = d_RetrievalMethodType(r); pushItem(o, "RetrievalMethod", v); s = 4; continue;
          case 4: v = d_X509DataType(r); pushItem(o, "X509Data", v); s = 5; continue;
          case 5: v = d_PGPDataType(r); pushItem(o, "PGPData", v); s = 6; continue;
          case 6: v = d_SPKIDataType(r); pushItem(o, "SPKIData", v); s = 7; continue;
          case 7: if (r.chOrEmpty()) { v = r.string(9007199254740991); r.expect0('EE of MgmtData'); } else v = {}; pushItem(o, "MgmtData", v); s = 8; continue;
          case 8: return r.fail('wildcard element (xs:any) in KeyInfoType is not supported');
          case 9: return r.fail('untyped character content in KeyInfoType is not supported');
          default: return r.escape("KeyInfoType state 0");
        }
      case 1:
        switch (r.bits(4)) {
          case 0: if (r.chOrEmpty()) { v = r.string(9007199254740991); r.expect0('EE of KeyName'); } else v = {}; pushItem(o, "KeyName", v); s = 2; continue;
          case 1: v = d_KeyValueType(r); pushItem(o, "KeyValue", v); s = 3; continue;
          case 2: v = d_RetrievalMethodType(r); pushItem(o, "RetrievalMethod", v); s = 4; continue;
          case 3: v = d_X509DataType(r); pushItem(o, "X509Data", v); s = 5; continue;
          case 4: v = d_PGPDataType(r); pushItem(o, "PGPData", v); s = 6; continue;
          case 5: v = d_SPKIDataType(r); pushItem(o, "SPKIData", v); s = 7; continue;
          case 6: if (r.chOrEmpty()) { v = r.string(9007199254740991); r.expect0('EE of MgmtData'); } else v = {}; pushItem(o, "MgmtData", v); s = 8; continue;
          case 7: return r.fail('wildcard element (xs:any) in KeyInfoType is not supported');
          case 8: return r.fail('untyped character content in KeyInfoType is not supported');
          default: return r.escape("KeyInfoType state 1");
        }
      case 2:
        switch (r.bits(4)) {
          case 0: if (r.chOrEmpty()) { v = r.string(9007199254740991); r.expect0('EE of KeyName'); } else v = {}; pushItem(o, "KeyName", v); s = 2; continue;
          case 1: v = d_KeyValueType(r); pushItem(o, "KeyValue", v); s = 3; continue;
          case 2: v = d_RetrievalMethodType(r); pushItem(o, "RetrievalMethod", v); s = 4; continue;
          case 3: v = d_X509DataType(r); pushItem(o, "X509Data", v); s = 5; continue;
          case 4: v = d_PGPDataType(r); pushItem(o, "PGPData", v); s = 6; continue;
          case 5: v = d_SPKIDataType(r); pushItem(o, "SPKIData", v); s = 7; continue;
          case 6: if (r.chOrEmpty()) { v = r.string(9007199254740991); r.expect0('EE of MgmtData'); } else v = {}; pushItem(o, "MgmtData", v); s = 8; continue;
          case 7: return r.fail('wildcard element (xs:any) in KeyInfoType is not supported');
          case 8: return o;
          case 9: return r.fail('untyped character content in KeyInfoType is not supported');
          default: return r.escape("KeyInfoType state 2");
        }
      case 3:
        switch (r.bits(4)) {
          case 0: if (r.chOrEmpty()) { v = r.string(9007199254740991); r.expect0('EE of KeyName'); } else v = {}; pushItem(o, "KeyName", v); s = 2; continue;
          case 1: v = d_KeyValueType(r); pushItem(o, "KeyValue", v); s = 3; continue;
          case 2: v = d_RetrievalMethodType(r); pushItem(o, "RetrievalMethod", v); s = 4; continue;
          case 3: v = d_X509DataType(r); pushItem(o, "X509Data", v); s = 5; continue;
          case 4: v = d_PGPDataType(r); pushItem(o, "PGPData", v); s = 6; continue;
          case 5: v = d_SPKIDataType(r); pushItem(o, "SPKIData", v); s = 7; continue;
          case 6: if (r.chOrEmpty()) { v = r.string(9007199254740991); r.expect0('EE of MgmtData'); } else v = {}; pushItem(o, "MgmtData", v); s = 8; continue;
          case 7: return r.fail('wildcard element (xs:any) in KeyInfoType is not supported');
          case 8: return o;
          case 9: return r.fail('untyped character content in KeyInfoType is not supported');
          default: return r.escape("KeyInfoType state 3");
        }
      case 4:
        switch (r.bits(4)) {
          case 0: if (r.chOrEmpty()) { v = r.string(9007199254740991); r.expect0('EE of KeyName'); } else v = {}; pushItem(o, "KeyName", v); s = 2; continue;
          case 1: v = d_KeyValueType(r); pushItem(o, "KeyValue", v); s = 3; continue;
          case 2: v = d_RetrievalMethodType(r); pushItem(o, "RetrievalMethod", v); s = 4; continue;
          case 3: v = d_X509DataType(r); pushItem(o, "X509Data", v); s = 5; continue;
          case 4: v = d_PGPDataType(r); pushItem(o, "PGPData", v); s = 6; continue;
          case 5: v = d_SPKIDataType(r); pushItem(o, "SPKIData", v); s = 7; continue;
          case 6: if (r.chOrEmpty()) { v = r.string(9007199254740991); r.expect0('EE of MgmtData'); } else v = {}; pushItem(o, "MgmtData", v); s = 8; continue;
          case 7: return r.fail('wildcard element (xs:any) in KeyInfoType is not supported');
          case 8: return o;
          case 9: return r.fail('untyped character content in KeyInfoType is not supported');
          default: return r.escape("KeyInfoType state 4");
        }
      case 5:
        switch (r.bits(4)) {
          case 0: if (r.chOrEmpty()) { v = r.string(9007199254740991); r.expect0('EE of KeyName'); } else v = {}; pushItem(o, "KeyName", v); s = 2; continue;
          case 1: v = d_KeyValueType(r); pushItem(o, "KeyValue", v); s = 3; continue;
          case 2: v = d_RetrievalMethodType(r); pushItem(o, "RetrievalMethod", v); s = 4; continue;
          case 3: v = d_X509DataType(r); pushItem(o, "X509Data", v); s = 5; continue;
          case 4: v = d_PGPDataType(r); pushItem(o, "PGPData", v); s = 6; continue;
          case 5: v = d_SPKIDataType(r); pushItem(o, "SPKIData", v); s = 7; continue;
          case 6: if (r.chOrEmpty()) { v = r.string(9007199254740991); r.expect0('EE of MgmtData'); } else v = {}; pushItem(o, "MgmtData", v); s = 8; continue;
          case 7: return r.fail('wildcard element (xs:any) in KeyInfoType is not supported');
          case 8: return o;
          case 9: return r.fail('untyped character content in KeyInfoType is not supported');
          default: return r.escape("KeyInfoType state 5");
        }
      case 6:
        switch (r.bits(4)) {
          case 0: if (r.chOrEmpty()) { v = r.string(9007199254740991); r.expect0('EE of KeyName'); } else v = {}; pushItem(o, "KeyName", v); s = 2; continue;
          case 1: v = d_KeyValueType(r); pushItem(o, "KeyValue", v); s = 3; continue;
          case 2: v = d_RetrievalMethodType(r); pushItem(o, "RetrievalMethod", v); s = 4; continue;
          case 3: v = d_X509DataType(r); pushItem(o, "X509Data", v); s = 5; continue;
          case 4: v = d_PGPDataType(r); pushItem(o, "PGPData", v); s = 6; continue;
          case 5: v = d_SPKIDataType(r); pushItem(o, "SPKIData", v); s = 7; continue;
          case 6: if (r.chOrEmpty()) { v = r.string(9007199254740991); r.expect0('EE of MgmtData'); } else v = {}; pushItem(o, "MgmtData", v); s = 8; continue;
          case 7: return r.fail('wildcard element (xs:any) in KeyInfoType is not supported');
          case 8: return o;
          case 9: return r.fail('untyped character content in KeyInfoType is not supported');
          default: return r.escape("KeyInfoType state 6");
        }
      case 7:
        switch (r.bits(4)) {
          case 0: if (r.chOrEmpty()) { v = r.string(9007199254740991); r.expect0('EE of KeyName'); } else v = {}; pushItem(o, "KeyName", v); s = 2; continue;
          case 1: v = d_KeyValueType(r); pushItem(o, "KeyValue", v); s = 3; continue;
          case 2: v = d_RetrievalMethodType(r); pushItem(o, "RetrievalMethod", v); s = 4; continue;
          case 3: v = d_X509DataType(r); pushItem(o, "X509Data", v); s = 5; continue;
          case 4: v = d_PGPDataType(r); pushItem(o, "PGPData", v); s = 6; continue;
          case 5: v = d_SPKIDataType(r); pushItem(o, "SPKIData", v); s = 7; continue;
          case 6: if (r.chOrEmpty()) { v = r.string(9007199254740991); r.expect0('EE of MgmtData'); } else v = {}; pushItem(o, "MgmtData", v); s = 8; continue;
          case 7: return r.fail('wildcard element (xs:any) in KeyInfoType is not supported');
          case 8: return o;
          case 9: return r.fail('untyped character content in KeyInfoType is not supported');
          default: return r.escape("KeyInfoType state 7");
        }
      case 8:
        switch (r.bits(4)) {
          case 0: if (r.chOrEmpty()) { v = r.string(9007199254740991); r.expect0('EE of KeyName'); } else v = {}; pushItem(o, "KeyName", v); s = 2; continue;
          case 1: v = d_KeyValueType(r); pushItem(o, "KeyValue", v); s = 3; continue;
          case 2: v = d_RetrievalMethodType(r); pushItem(o, "RetrievalMethod", v); s = 4; continue;
          case 3: v = d_X509DataType(r); pushItem(o, "X509Data", v); s = 5; continue;
          case 4: v = d_PGPDataType(r); pushItem(o, "PGPData", v); s = 6; continue;
          case 5: v = d_SPKIDataType(r); pushItem(o, "SPKIData", v); s = 7; continue;
          case 6: if (r.chOrEmpty()) { v = r.string(9007199254740991); r.expect0('EE of MgmtData'); } else v = {}; pushItem(o, "MgmtData", v); s = 8; continue;
          case 7: return r.fail('wildcard element (xs:any) in KeyInfoType is not supported');
          case 8: return o;
          case 9: return r.fail('untyped character content in KeyInfoType is not supported');
          default: return r.escape("KeyInfoType state 8");
        }
      case 9:
        switch (r.bits(4)) {
          case 0: if (r.chOrEmpty()) { v = r.string(9007199254740991); r.expect0('EE of KeyName'); } else v = {}; pushItem(o, "KeyName", v); s = 2; continue;
          case 1: v = d_KeyValueType(r); pushItem(o, "KeyValue", v); s = 3; continue;
          case 2: v = d_RetrievalMethodType(r); pushItem(o, "RetrievalMethod", v); s = 4; continue;
          case 3: v = d_X509DataType(r); pushItem(o, "X509Data", v); s = 5; continue;
          case 4: v = d_PGPDataType(r); pushItem(o, "PGPData", v); s = 6; continue;
          case 5: v = d_SPKIDataType(r); pushItem(o, "SPKIData", v); s = 7; continue;
          case 6: if (r.chOrEmpty()) { v = r.string(9007199254740991); r.expect0('EE of MgmtData'); } else v = {}; pushItem(o, "MgmtData", v); s = 8; continue;
          case 7: return r.fail('wildcard element (xs:any) in KeyInfoType is not supported');
          case 8: return o;
          case 9: return r.fail('untyped character content in KeyInfoType is not supported');
          default: return r.escape("KeyInfoType state 9");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_KeyInfoType: readonly string[] = ["@Id","KeyName","KeyValue","RetrievalMethod","X509Data","PGPData","SPKIData","MgmtData"];
function e_KeyInfoType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1, i1 = 0, i2 = 0, i3 = 0, i4 = 0, i5 = 0, i6 = 0, i7 = 0;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o["@Id"]) !== undefined) { w.bits(0, 4); k = "@Id"; ki = -1; w.string(v, 9007199254740991); n++; m += 1; s = 1; continue; }
          if ((v = o.KeyName) !== undefined && i1 < asArray(v, "KeyName").length) { w.bits(1, 4); k = "KeyName"; ki = i1; if (!w.emptyElement((v as unknown[])[i1])) { w.bits(0, 1); w.string((v as unknown[])[i1], 9007199254740991); w.bits(0, 1); } if (i1++ === 0) { n++; m += 2; } s = 2; continue; }
          if ((v = o.KeyValue) !== undefined && i2 < asArray(v, "KeyValue").length) { w.bits(2, 4); k = "KeyValue"; ki = i2; e_KeyValueType(w, (v as unknown[])[i2]); if (i2++ === 0) { n++; m += 4; } s = 3; continue; }
          if ((v = o.RetrievalMethod) !== undefined && i3 < asArray(v, "RetrievalMethod").length) { w.bits(3, 4); k = "RetrievalMethod"; ki = i3; e_RetrievalMethodType(w, (v as unknown[])[i3]); if (i3++ === 0) { n++; m += 8; } s = 4; continue; }
          if ((v = o.X509Data) !== undefined && i4 < asArray(v, "X509Data").length) { w.bits(4, 4); k = "X509Data"; ki = i4; e_X509DataType(w, (v as unknown[])[i4]); if (i4++ === 0) { n++; m += 16; } s = 5; continue; }
          if ((v = o.PGPData) !== undefined && i5 < asArray(v, "PGPData").length) { w.bits(5, 4); k = "PGPData"; ki = i5; e_PGPDataType(w, (v as unknown[])[i5]); if (i5++ === 0) { n++; m += 32; } s = 6; continue; }
          if ((v = o.SPKIData) !== undefined && i6 < asArray(v, "SPKIData").length) { w.bits(6, 4); k = "SPKIData"; ki = i6; e_SPKIDataType(w, (v as unknown[])[i6]); if (i6++ === 0) { n++; m += 64; } s = 7; continue; }
          if ((v = o.MgmtData) !== undefined && i7 < asArray(v, "MgmtData").length) { w.bits(7, 4); k = "MgmtData"; ki = i7; if (!w.emptyElement((v as unknown[])[i7])) { w.bits(0, 1); w.string((v as unknown[])[i7], 9007199254740991); w.bits(0, 1); } if (i7++ === 0) { n++; m += 128; } s = 8; continue; }
          k = ''; return encodeFail("missing mandatory attribute '@Id'", "@Id");
        case 1:
          if ((v = o.KeyName) !== undefined && i1 < asArray(v, "KeyName").length) { w.bits(0, 4); k = "KeyName"; ki = i1; if (!w.emptyElement((v as unknown[])[i1])) { w.bits(0, 1); w.string((v as unknown[])[i1], 9007199254740991); w.bits(0, 1); } if (i1++ === 0) { n++; m += 2; } s = 2; continue; }
          if ((v = o.KeyValue) !== undefined && i2 < asArray(v, "KeyValue").length) { w.bits(1, 4); k = "KeyValue"; ki = i2; e_KeyValueType(w, (v as unknown[])[i2]); if (i2++ === 0) { n++; m += 4; } s = 3; continue; }
          if ((v = o.RetrievalMethod) !== undefined && i3 < asArray(v, "RetrievalMethod").length) { w.bits(2, 4); k = "RetrievalMethod"; ki = i3; e_RetrievalMethodType(w, (v as unknown[])[i3]); if (i3++ === 0) { n++; m += 8; } s = 4; continue; }
          if ((v = o.X509Data) !== undefined && i4 < asArray(v, "X509Data").length) { w.bits(3, 4); k = "X509Data"; ki = i4; e_X509DataType(w, (v as unknown[])[i4]); if (i4++ === 0) { n++; m += 16; } s = 5; continue; }
          if ((v = o.PGPData) !== undefined && i5 < asArray(v, "PGPData").length) { w.bits(4, 4); k = "PGPData"; ki = i5; e_PGPDataType(w, (v as unknown[])[i5]); if (i5++ === 0) { n++; m += 32; } s = 6; continue; }
          if ((v = o.SPKIData) !== undefined && i6 < asArray(v, "SPKIData").length) { w.bits(5, 4); k = "SPKIData"; ki = i6; e_SPKIDataType(w, (v as unknown[])[i6]); if (i6++ === 0) { n++; m += 64; } s = 7; continue; }
          if ((v = o.MgmtData) !== undefined && i7 < asArray(v, "MgmtData").length) { w.bits(6, 4); k = "MgmtData"; ki = i7; if (!w.emptyElement((v as unknown[])[i7])) { w.bits(0, 1); w.string((v as unknown[])[i7], 9007199254740991); w.bits(0, 1); } if (i7++ === 0) { n++; m += 128; } s = 8; continue; }
          k = ''; return encodeFail("missing mandatory element 'KeyName'", "KeyName[0]");
        case 2:
          if ((v = o.KeyName) !== undefined && i1 < asArray(v, "KeyName").length) { w.bits(0, 4); k = "KeyName"; ki = i1; if (!w.emptyElement((v as unknown[])[i1])) { w.bits(0, 1); w.string((v as unknown[])[i1], 9007199254740991); w.bits(0, 1); } if (i1++ === 0) { n++; m += 2; } s = 2; continue; }
          if ((v = o.KeyValue) !== undefined && i2 < asArray(v, "KeyValue").length) { w.bits(1, 4); k = "KeyValue"; ki = i2; e_KeyValueType(w, (v as unknown[])[i2]); if (i2++ === 0) { n++; m += 4; } s = 3; continue; }
          if ((v = o.RetrievalMethod) !== undefined && i3 < asArray(v, "RetrievalMethod").length) { w.bits(2, 4); k = "RetrievalMethod"; ki = i3; e_RetrievalMethodType(w, (v as unknown[])[i3]); if (i3++ === 0) { n++; m += 8; } s = 4; continue; }
          if ((v = o.X509Data) !== undefined && i4 < asArray(v, "X509Data").length) { w.bits(3, 4); k = "X509Data"; ki = i4; e_X509DataType(w, (v as unknown[])[i4]); if (i4++ === 0) { n++; m += 16; } s = 5; continue; }
          if ((v = o.PGPData) !== undefined && i5 < asArray(v, "PGPData").length) { w.bits(4, 4); k = "PGPData"; ki = i5; e_PGPDataType(w, (v as unknown[])[i5]); if (i5++ === 0) { n++; m += 32; } s = 6; continue; }
          if ((v = o.SPKIData) !== undefined && i6 < asArray(v, "SPKIData").length) { w.bits(5, 4); k = "SPKIData"; ki = i6; e_SPKIDataType(w, (v as unknown[])[i6]); if (i6++ === 0) { n++; m += 64; } s = 7; continue; }
          if ((v = o.MgmtData) !== undefined && i7 < asArray(v, "MgmtData").length) { w.bits(6, 4); k = "MgmtData"; ki = i7; if (!w.emptyElement((v as unknown[])[i7])) { w.bits(0, 1); w.string((v as unknown[])[i7], 9007199254740991); w.bits(0, 1); } if (i7++ === 0) { n++; m += 128; } s = 8; continue; }
          w.bits(8, 4); break loop;
        case 3:
          if ((v = o.KeyName) !== undefined && i1 < asArray(v, "KeyName").length) { w.bits(0, 4); k = "KeyName"; ki = i1; if (!w.emptyElement((v as unknown[])[i1])) { w.bits(0, 1); w.string((v as unknown[])[i1], 9007199254740991); w.bits(0, 1); } if (i1++ === 0) { n++; m += 2; } s = 2; continue; }
          if ((v = o.KeyValue) !== undefined && i2 < asArray(v, "KeyValue").length) { w.bits(1, 4); k = "KeyValue"; ki = i2; e_KeyValueType(w, (v as unknown[])[i2]); if (i2++ === 0) { n++; m += 4; } s = 3; continue; }
          if ((v = o.RetrievalMethod) !== undefined && i3 < asArray(v, "RetrievalMethod").length) { w.bits(2, 4); k = "RetrievalMethod"; ki = i3; e_RetrievalMethodType(w, (v as unknown[])[i3]); if (i3++ === 0) { n++; m += 8; } s = 4; continue; }
          if ((v = o.X509Data) !== undefined && i4 < asArray(v, "X509Data").length) { w.bits(3, 4); k = "X509Data"; ki = i4; e_X509DataType(w, (v as unknown[])[i4]); if (i4++ === 0) { n++; m += 16; } s = 5; continue; }
          if ((v = o.PGPData) !== undefined && i5 < asArray(v, "PGPData").length) { w.bits(4, 4); k = "PGPData"; ki = i5; e_PGPDataType(w, (v as unknown[])[i5]); if (i5++ === 0) { n++; m += 32; } s = 6; continue; }
          if ((v = o.SPKIData) !== undefined && i6 < asArray(v, "SPKIData").length) { w.bits(5, 4); k = "SPKIData"; ki = i6; e_SPKIDataType(w, (v as unknown[])[i6]); if (i6++ === 0) { n++; m += 64; } s = 7; continue; }
          if ((v = o.MgmtData) !== undefined && i7 < asArray(v, "MgmtData").length) { w.bits(6, 4); k = "MgmtData"; ki = i7; if (!w.emptyElement((v as unknown[])[i7])) { w.bits(0, 1); w.string((v as unknown[])[i7], 9007199254740991); w.bits(0, 1); } if (i7++ === 0) { n++; m += 128; } s = 8; continue; }
          w.bits(8, 4); break loop;
        case 4:
          if ((v = o.KeyName) !== undefined && i1 < asArray(v, "KeyName").length) { w.bits(0, 4); k = "KeyName"; ki = i1; if (!w.emptyElement((v as unknown[])[i1])) { w.bits(0, 1); w.string((v as unknown[])[i1], 9007199254740991); w.bits(0, 1); } if (i1++ === 0) { n++; m += 2; } s = 2; continue; }
          if ((v = o.KeyValue) !== undefined && i2 < asArray(v, "KeyValue").length) { w.bits(1, 4); k = "KeyValue"; ki = i2; e_KeyValueType(w, (v as unknown[])[i2]); if (i2++ === 0) { n++; m += 4; } s = 3; continue; }
          if ((v = o.RetrievalMethod) !== undefined && i3 < asArray(v, "RetrievalMethod").length) { w.bits(2, 4); k = "RetrievalMethod"; ki = i3; e_RetrievalMethodType(w, (v as unknown[])[i3]); if (i3++ === 0) { n++; m += 8; } s = 4; continue; }
          if ((v = o.X509Data) !== undefined && i4 < asArray(v, "X509Data").length) { w.bits(3, 4); k = "X509Data"; ki = i4; e_X509DataType(w, (v as unknown[])[i4]); if (i4++ === 0) { n++; m += 16; } s = 5; continue; }
          if ((v = o.PGPData) !== undefined && i5 < asArray(v, "PGPData").length) { w.bits(4, 4); k = "PGPData"; ki = i5; e_PGPDataType(w, (v as unknown[])[i5]); if (i5++ === 0) { n++; m += 32; } s = 6; continue; }
          if ((v = o.SPKIData) !== undefined && i6 < asArray(v, "SPKIData").length) { w.bits(5, 4); k = "SPKIData"; ki = i6; e_SPKIDataType(w, (v as unknown[])[i6]); if (i6++ === 0) { n++; m += 64; } s = 7; continue; }
          if ((v = o.MgmtData) !== undefined && i7 < asArray(v, "MgmtData").length) { w.bits(6, 4); k = "MgmtData"; ki = i7; if (!w.emptyElement((v as unknown[])[i7])) { w.bits(0, 1); w.string((v as unknown[])[i7], 9007199254740991); w.bits(0, 1); } if (i7++ === 0) { n++; m += 128; } s = 8; continue; }
          w.bits(8, 4); break loop;
        case 5:
          if ((v = o.KeyName) !== undefined && i1 < asArray(v, "KeyName").length) { w.bits(0, 4); k = "KeyName"; ki = i1; if (!w.emptyElement((v as unknown[])[i1])) { w.bits(0, 1); w.string((v as unknown[])[i1], 9007199254740991); w.bits(0, 1); } if (i1++ === 0) { n++; m += 2; } s = 2; continue; }
          if ((v = o.KeyValue) !== undefined && i2 < asArray(v, "KeyValue").length) { w.bits(1, 4); k = "KeyValue"; ki = i2; e_KeyValueType(w, (v as unknown[])[i2]); if (i2++ === 0) { n++; m += 4; } s = 3; continue; }
          if ((v = o.RetrievalMethod) !== undefined && i3 < asArray(v, "RetrievalMethod").length) { w.bits(2, 4); k = "RetrievalMethod"; ki = i3; e_RetrievalMethodType(w, (v as unknown[])[i3]); if (i3++ === 0) { n++; m += 8; } s = 4; continue; }
          if ((v = o.X509Data) !== undefined && i4 < asArray(v, "X509Data").length) { w.bits(3, 4); k = "X509Data"; ki = i4; e_X509DataType(w, (v as unknown[])[i4]); if (i4++ === 0) { n++; m += 16; } s = 5; continue; }
          if ((v = o.PGPData) !== undefined && i5 < asArray(v, "PGPData").length) { w.bits(4, 4); k = "PGPData"; ki = i5; e_PGPDataType(w, (v as unknown[])[i5]); if (i5++ === 0) { n++; m += 32; } s = 6; continue; }
          if ((v = o.SPKIData) !== undefined && i6 < asArray(v, "SPKIData").length) { w.bits(5, 4); k = "SPKIData"; ki = i6; e_SPKIDataType(w, (v as unknown[])[i6]); if (i6++ === 0) { n++; m += 64; } s = 7; continue; }
          if ((v = o.MgmtData) !== undefined && i7 < asArray(v, "MgmtData").length) { w.bits(6, 4); k = "MgmtData"; ki = i7; if (!w.emptyElement((v as unknown[])[i7])) { w.bits(0, 1); w.string((v as unknown[])[i7], 9007199254740991); w.bits(0, 1); } if (i7++ === 0) { n++; m += 128; } s = 8; continue; }
          w.bits(8, 4); break loop;
        case 6:
          if ((v = o.KeyName) !== undefined && i1 < asArray(v, "KeyName").length) { w.bits(0, 4); k = "KeyName"; ki = i1; if (!w.emptyElement((v as unknown[])[i1])) { w.bits(0, 1); w.string((v as unknown[])[i1], 9007199254740991); w.bits(0, 1); } if (i1++ === 0) { n++; m += 2; } s = 2; continue; }
          if ((v = o.KeyValue) !== undefined && i2 < asArray(v, "KeyValue").length) { w.bits(1, 4); k = "KeyValue"; ki = i2; e_KeyValueType(w, (v as unknown[])[i2]); if (i2++ === 0) { n++; m += 4; } s = 3; continue; }
          if ((v = o.RetrievalMethod) !== undefined && i3 < asArray(v, "RetrievalMethod").length) { w.bits(2, 4); k = "RetrievalMethod"; ki = i3; e_RetrievalMethodType(w, (v as unknown[])[i3]); if (i3++ === 0) { n++; m += 8; } s = 4; continue; }
          if ((v = o.X509Data) !== undefined && i4 < asArray(v, "X509Data").length) { w.bits(3, 4); k = "X509Data"; ki = i4; e_X509DataType(w, (v as unknown[])[i4]); if (i4++ === 0) { n++; m += 16; } s = 5; continue; }
          if ((v = o.PGPData) !== undefined && i5 < asArray(v, "PGPData").length) { w.bits(4, 4); k = "PGPData"; ki = i5; e_PGPDataType(w, (v as unknown[])[i5]); if (i5++ === 0) { n++; m += 32; } s = 6; continue; }
          if ((v = o.SPKIData) !== undefined && i6 < asArray(v, "SPKIData").length) { w.bits(5, 4); k = "SPKIData"; ki = i6; e_SPKIDataType(w, (v as unknown[])[i6]); if (i6++ === 0) { n++; m += 64; } s = 7; continue; }
          if ((v = o.MgmtData) !== undefined && i7 < asArray(v, "MgmtData").length) { w.bits(6, 4); k = "MgmtData"; ki = i7; if (!w.emptyElement((v as unknown[])[i7])) { w.bits(0, 1); w.string((v as unknown[])[i7], 9007199254740991); w.bits(0, 1); } if (i7++ === 0) { n++; m += 128; } s = 8; continue; }
          w.bits(8, 4); break loop;
        case 7:
          if ((v = o.KeyName) !== undefined && i1 < asArray(v, "KeyName").length) { w.bits(0, 4); k = "KeyName"; ki = i1; if (!w.emptyElement((v as unknown[])[i1])) { w.bits(0, 1); w.string((v as unknown[])[i1], 9007199254740991); w.bits(0, 1); } if (i1++ === 0) { n++; m += 2; } s = 2; continue; }
          if ((v = o.KeyValue) !== undefined && i2 < asArray(v, "KeyValue").length) { w.bits(1, 4); k = "KeyValue"; ki = i2; e_KeyValueType(w, (v as unknown[])[i2]); if (i2++ === 0) { n++; m += 4; } s = 3; continue; }
          if ((v = o.RetrievalMethod) !== undefined && i3 < asArray(v, "RetrievalMethod").length) { w.bits(2, 4); k = "RetrievalMethod"; ki = i3; e_RetrievalMethodType(w, (v as unknown[])[i3]); if (i3++ === 0) { n++; m += 8; } s = 4; continue; }
          if ((v = o.X509Data) !== undefined && i4 < asArray(v, "X509Data").length) { w.bits(3, 4); k = "X509Data"; ki = i4; e_X509DataType(w, (v as unknown[])[i4]); if (i4++ === 0) { n++; m += 16; } s = 5; continue; }
          if ((v = o.PGPData) !== undefined && i5 < asArray(v, "PGPData").length) { w.bits(4, 4); k = "PGPData"; ki = i5; e_PGPDataType(w, (v as unknown[])[i5]); if (i5++ === 0) { n++; m += 32; } s = 6; continue; }
          if ((v = o.SPKIData) !== undefined && i6 < asArray(v, "SPKIData").length) { w.bits(5, 4); k = "SPKIData"; ki = i6; e_SPKIDataType(w, (v as unknown[])[i6]); if (i6++ === 0) { n++; m += 64; } s = 7; continue; }
          if ((v = o.MgmtData) !== undefined && i7 < asArray(v, "MgmtData").length) { w.bits(6, 4); k = "MgmtData"; ki = i7; if (!w.emptyElement((v as unknown[])[i7])) { w.bits(0, 1); w.string((v as unknown[])[i7], 9007199254740991); w.bits(0, 1); } if (i7++ === 0) { n++; m += 128; } s = 8; continue; }
          w.bits(8, 4); break loop;
        case 8:
          if ((v = o.KeyName) !== undefined && i1 < asArray(v, "KeyName").length) { w.bits(0, 4); k = "KeyName"; ki = i1; if (!w.emptyElement((v as unknown[])[i1])) { w.bits(0, 1); w.string((v as unknown[])[i1], 9007199254740991); w.bits(0, 1); } if (i1++ === 0) { n++; m += 2; } s = 2; continue; }
          if ((v = o.KeyValue) !== undefined && i2 < asArray(v, "KeyValue").length) { w.bits(1, 4); k = "KeyValue"; ki = i2; e_KeyValueType(w, (v as unknown[])[i2]); if (i2++ === 0) { n++; m += 4; } s = 3; continue; }
          if ((v = o.RetrievalMethod) !== undefined && i3 < asArray(v, "RetrievalMethod").length) { w.bits(2, 4); k = "RetrievalMethod"; ki = i3; e_RetrievalMethodType(w, (v as unknown[])[i3]); if (i3++ === 0) { n++; m += 8; } s = 4; continue; }
          if ((v = o.X509Data) !== undefined && i4 < asArray(v, "X509Data").length) { w.bits(3, 4); k = "X509Data"; ki = i4; e_X509DataType(w, (v as unknown[])[i4]); if (i4++ === 0) { n++; m += 16; } s = 5; continue; }
          if ((v = o.PGPData) !== undefined && i5 < asArray(v, "PGPData").length) { w.bits(4, 4); k = "PGPData"; ki = i5; e_PGPDataType(w, (v as unknown[])[i5]); if (i5++ === 0) { n++; m += 32; } s = 6; continue; }
          if ((v = o.SPKIData) !== undefined && i6 < asArray(v, "SPKIData").length) { w.bits(5, 4); k = "SPKIData"; ki = i6; e_SPKIDataType(w, (v as unknown[])[i6]); if (i6++ === 0) { n++; m += 64; } s = 7; continue; }
          if ((v = o.MgmtData) !== undefined && i7 < asArray(v, "MgmtData").length) { w.bits(6, 4); k = "MgmtData"; ki = i7; if (!w.emptyElement((v as unknown[])[i7])) { w.bits(0, 1); w.string((v as unknown[])[i7], 9007199254740991); w.bits(0, 1); } if (i7++ === 0) { n++; m += 128; } s = 8; continue; }
          w.bits(8, 4); break loop;
        case 9:
          if ((v = o.KeyName) !== undefined && i1 < asArray(v, "KeyName").length) { w.bits(0, 4); k = "KeyName"; ki = i1; if (!w.emptyElement((v as unknown[])[i1])) { w.bits(0, 1); w.string((v as unknown[])[i1], 9007199254740991); w.bits(0, 1); } if (i1++ === 0) { n++; m += 2; } s = 2; continue; }
          if ((v = o.KeyValue) !== undefined && i2 < asArray(v, "KeyValue").length) { w.bits(1, 4); k = "KeyValue"; ki = i2; e_KeyValueType(w, (v as unknown[])[i2]); if (i2++ === 0) { n++; m += 4; } s = 3; continue; }
          if ((v = o.RetrievalMethod) !== undefined && i3 < asArray(v, "RetrievalMethod").length) { w.bits(2, 4); k = "RetrievalMethod"; ki = i3; e_RetrievalMethodType(w, (v as unknown[])[i3]); if (i3++ === 0) { n++; m += 8; } s = 4; continue; }
          if ((v = o.X509Data) !== undefined && i4 < asArray(v, "X509Data").length) { w.bits(3, 4); k = "X509Data"; ki = i4; e_X509DataType(w, (v as unknown[])[i4]); if (i4++ === 0) { n++; m += 16; } s = 5; continue; }
          if ((v = o.PGPData) !== undefined && i5 < asArray(v, "PGPData").length) { w.bits(4, 4); k = "PGPData"; ki = i5; e_PGPDataType(w, (v as unknown[])[i5]); if (i5++ === 0) { n++; m += 32; } s = 6; continue; }
          if ((v = o.SPKIData) !== undefined && i6 < asArray(v, "SPKIData").length) { w.bits(5, 4); k = "SPKIData"; ki = i6; e_SPKIDataType(w, (v as unknown[])[i6]); if (i6++ === 0) { n++; m += 64; } s = 7; continue; }
          if ((v = o.MgmtData) !== undefined && i7 < asArray(v, "MgmtData").length) { w.bits(6, 4); k = "MgmtData"; ki = i7; if (!w.emptyElement((v as unknown[])[i7])) { w.bits(0, 1); w.string((v as unknown[])[i7], 9007199254740991); w.bits(0, 1); } if (i7++ === 0) { n++; m += 128; } s = 8; continue; }
          w.bits(8, 4); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (i1 !== 0 && i1 < (o.KeyName as unknown[]).length) encodeFail(`too many items (${(o.KeyName as unknown[]).length}) or items out of order`, "KeyName[" + i1 + ']');
  if (i2 !== 0 && i2 < (o.KeyValue as unknown[]).length) encodeFail(`too many items (${(o.KeyValue as unknown[]).length}) or items out of order`, "KeyValue[" + i2 + ']');
  if (i3 !== 0 && i3 < (o.RetrievalMethod as unknown[]).length) encodeFail(`too many items (${(o.RetrievalMethod as unknown[]).length}) or items out of order`, "RetrievalMethod[" + i3 + ']');
  if (i4 !== 0 && i4 < (o.X509Data as unknown[]).length) encodeFail(`too many items (${(o.X509Data as unknown[]).length}) or items out of order`, "X509Data[" + i4 + ']');
  if (i5 !== 0 && i5 < (o.PGPData as unknown[]).length) encodeFail(`too many items (${(o.PGPData as unknown[]).length}) or items out of order`, "PGPData[" + i5 + ']');
  if (i6 !== 0 && i6 < (o.SPKIData as unknown[]).length) encodeFail(`too many items (${(o.SPKIData as unknown[]).length}) or items out of order`, "SPKIData[" + i6 + ']');
  if (i7 !== 0 && i7 < (o.MgmtData as unknown[]).length) encodeFail(`too many items (${(o.MgmtData as unknown[]).length}) or items out of order`, "MgmtData[" + i7 + ']');
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_KeyInfoType, m);
}

function d_KeyValueType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(3)) {
          case 0: v = d_DSAKeyValueType(r); o.DSAKeyValue = v; s = 1; continue;
          case 1: v = d_RSAKeyValueType(r); o.RSAKeyValue = v; s = 2; continue;
          case 2: return r.fail('wildcard element (xs:any) in KeyValueType is not supported');
          case 3: return r.fail('untyped character content in KeyValueType is not supported');
          default: return r.escape("KeyValueType state 0");
        }
      case 1:
        switch (r.bits(2)) {
          case 0: return o;
          case 1: return r.fail('untyped character content in KeyValueType is not supported');
          default: return r.escape("KeyValueType state 1");
        }
      case 2:
        switch (r.bits(2)) {
          case 0: return o;
          case 1: return r.fail('untyped character content in KeyValueType is not supported');
          default: return r.escape("KeyValueType state 2");
        }
      case 3:
        switch (r.bits(2)) {
          case 0: return o;
          case 1: return r.fail('untyped character content in KeyValueType is not supported');
          default: return r.escape("KeyValueType state 3");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_KeyValueType: readonly string[] = ["DSAKeyValue","RSAKeyValue"];
function e_KeyValueType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.DSAKeyValue) !== undefined) { w.bits(0, 3); k = "DSAKeyValue"; ki = -1; e_DSAKeyValueType(w, v); n++; m += 1; s = 1; continue; }
          if ((v = o.RSAKeyValue) !== undefined) { w.bits(1, 3); k = "RSAKeyValue"; ki = -1; e_RSAKeyValueType(w, v); n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'DSAKeyValue'", "DSAKeyValue");
        case 1:
          w.bits(0, 2); break loop;
        case 2:
          w.bits(0, 2); break loop;
        case 3:
          w.bits(0, 2); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_KeyValueType, m);
}

function d_ManifestType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(2)) {
          case 0: o["@Id"] = r.string(9007199254740991); s = 1; continue;
          case 1: v = d_ReferenceType(r); pushItem(o, "Reference", v); s = 2; continue;
          default: return r.escape("ManifestType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: v = d_ReferenceType(r); pushItem(o, "Reference", v); s = 2; continue;
          default: return r.escape("ManifestType state 1");
        }
      case 2:
        switch (r.bits(2)) {
          case 0: v = d_ReferenceType(r); pushItem(o, "Reference", v); s = 2; continue;
          case 1: return o;
          default: return r.escape("ManifestType state 2");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_ManifestType: readonly string[] = ["@Id","Reference"];
function e_ManifestType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1, i1 = 0;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o["@Id"]) !== undefined) { w.bits(0, 2); k = "@Id"; ki = -1; w.string(v, 9007199254740991); n++; m += 1; s = 1; continue; }
          if ((v = o.Reference) !== undefined && i1 < asArray(v, "Reference").length) { w.bits(1, 2); k = "Reference"; ki = i1; e_ReferenceType(w, (v as unknown[])[i1]); if (i1++ === 0) { n++; m += 2; } s = 2; continue; }
          k = ''; return encodeFail("missing mandatory attribute '@Id'", "@Id");
        case 1:
          if ((v = o.Reference) !== undefined && i1 < asArray(v, "Reference").length) { w.bits(0, 1); k = "Reference"; ki = i1; e_ReferenceType(w, (v as unknown[])[i1]); if (i1++ === 0) { n++; m += 2; } s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'Reference'", "Reference[0]");
        case 2:
          if ((v = o.Reference) !== undefined && i1 < asArray(v, "Reference").length) { w.bits(0, 2); k = "Reference"; ki = i1; e_ReferenceType(w, (v as unknown[])[i1]); if (i1++ === 0) { n++; m += 2; } s = 2; continue; }
          w.bits(1, 2); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (i1 !== 0 && i1 < (o.Reference as unknown[]).length) encodeFail(`too many items (${(o.Reference as unknown[]).length}) or items out of order`, "Reference[" + i1 + ']');
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_ManifestType, m);
}

function d_MeteringReceiptReqType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(2)) {
          case 0: o["@Id"] = r.string(9007199254740991); s = 1; continue;
          case 1: if (r.chOrEmpty()) { v = r.binary(8); r.expect0('EE of SessionID'); } else v = {}; o.SessionID = v; s = 2; continue;
          default: return r.escape("MeteringReceiptReqType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.binary(8); r.expect0('EE of SessionID'); } else v = {}; o.SessionID = v; s = 2; continue;
          default: return r.escape("MeteringReceiptReqType state 1");
        }
      case 2:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.int(-32768, 32767); r.expect0('EE of SAScheduleTupleID'); } else v = {}; o.SAScheduleTupleID = v; s = 3; continue;
          case 1: v = d_MeterInfoType(r); o.MeterInfo = v; s = 4; continue;
          default: return r.escape("MeteringReceiptReqType state 2");
        }
      case 3:
        switch (r.bits(1)) {
          case 0: v = d_MeterInfoType(r); o.MeterInfo = v; s = 4; continue;
          default: return r.escape("MeteringReceiptReqType state 3");
        }
      case 4:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("MeteringReceiptReqType state 4");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_MeteringReceiptReqType: readonly string[] = ["@Id","SessionID","SAScheduleTupleID","MeterInfo"];
function e_MeteringReceiptReqType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o["@Id"]) !== undefined) { w.bits(0, 2); k = "@Id"; ki = -1; w.string(v, 9007199254740991); n++; m += 1; s = 1; continue; }
          if ((v = o.SessionID) !== undefined) { w.bits(1, 2); k = "SessionID"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.binary(v, 8); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory attribute '@Id'", "@Id");
        case 1:
          if ((v = o.SessionID) !== undefined) { w.bits(0, 1); k = "SessionID"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.binary(v, 8); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'SessionID'", "SessionID");
        case 2:
          if ((v = o.SAScheduleTupleID) !== undefined) { w.bits(0, 2); k = "SAScheduleTupleID"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.int(v, -32768, 32767); w.bits(0, 1); } n++; m += 4; s = 3; continue; }
          if ((v = o.MeterInfo) !== undefined) { w.bits(1, 2); k = "MeterInfo"; ki = -1; e_MeterInfoType(w, v); n++; m += 8; s = 4; continue; }
          k = ''; return encodeFail("missing mandatory element 'SAScheduleTupleID'", "SAScheduleTupleID");
        case 3:
          if ((v = o.MeterInfo) !== undefined) { w.bits(0, 1); k = "MeterInfo"; ki = -1; e_MeterInfoType(w, v); n++; m += 8; s = 4; continue; }
          k = ''; return encodeFail("missing mandatory element 'MeterInfo'", "MeterInfo");
        case 4:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_MeteringReceiptReqType, m);
}

function d_MeteringReceiptResType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN1, 5); r.expect0('EE of ResponseCode'); } else v = {}; o.ResponseCode = v; s = 1; continue;
          default: return r.escape("MeteringReceiptResType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: v = d_AC_EVSEStatusType(r); o.AC_EVSEStatus = v; s = 2; continue;
          default: return r.escape("MeteringReceiptResType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("MeteringReceiptResType state 2");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_MeteringReceiptResType: readonly string[] = ["ResponseCode","AC_EVSEStatus"];
function e_MeteringReceiptResType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.ResponseCode) !== undefined) { w.bits(0, 1); k = "ResponseCode"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM1, 5); w.bits(0, 1); } n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'ResponseCode'", "ResponseCode");
        case 1:
          if ((v = o.AC_EVSEStatus) !== undefined) { w.bits(0, 1); k = "AC_EVSEStatus"; ki = -1; e_AC_EVSEStatusType(w, v); n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'AC_EVSEStatus'", "AC_EVSEStatus");
        case 2:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_MeteringReceiptResType, m);
}

function d_ObjectType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(3)) {
          case 0: o["@Encoding"] = r.string(9007199254740991); s = 1; continue;
          case 1: o["@Id"] = r.string(9007199254740991); s = 2; continue;
          case 2: o["@MimeType"] = r.string(9007199254740991); s = 3; continue;
          case 3: return r.fail('wildcard element (xs:any) in ObjectType is not supported');
          case 4: return o;
          case 5: return r.fail('untyped character content in ObjectType is not supported');
          default: return r.escape("ObjectType state 0");
        }
      case 1:
        switch (r.bits(3)) {
          case 0: o["@Id"] = r.string(9007199254740991); s = 2; continue;
          case 1: o["@MimeType"] = r.string(9007199254740991); s = 3; continue;
          case 2: return r.fail('wildcard element (xs:any) in ObjectType is not supported');
          case 3: return o;
          case 4: return r.fail('untyped character content in ObjectType is not supported');
          default: return r.escape("ObjectType state 1");
        }
      case 2:
        switch (r.bits(3)) {
          case 0: o["@MimeType"] = r.string(9007199254740991); s = 3; continue;
          case 1: return r.fail('wildcard element (xs:any) in ObjectType is not supported');
          case 2: return o;
          case 3: return r.fail('untyped character content in ObjectType is not supported');
          default: return r.escape("ObjectType state 2");
        }
      case 3:
        switch (r.bits(2)) {
          case 0: return r.fail('wildcard element (xs:any) in ObjectType is not supported');
          case 1: return o;
          case 2: return r.fail('untyped character content in ObjectType is not supported');
          default: return r.escape("ObjectType state 3");
        }
      case 4:
        switch (r.bits(2)) {
          case 0: return r.fail('wildcard element (xs:any) in ObjectType is not supported');
          case 1: return o;
          case 2: return r.fail('untyped character content in ObjectType is not supported');
          default: return r.escape("ObjectType state 4");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_ObjectType: readonly string[] = ["@Encoding","@Id","@MimeType"];
function e_ObjectType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o["@Encoding"]) !== undefined) { w.bits(0, 3); k = "@Encoding"; ki = -1; w.string(v, 9007199254740991); n++; m += 1; s = 1; continue; }
          if ((v = o["@Id"]) !== undefined) { w.bits(1, 3); k = "@Id"; ki = -1; w.string(v, 9007199254740991); n++; m += 2; s = 2; continue; }
          if ((v = o["@MimeType"]) !== undefined) { w.bits(2, 3); k = "@MimeType"; ki = -1; w.string(v, 9007199254740991); n++; m += 4; s = 3; continue; }
          w.bits(4, 3); break loop;
        case 1:
          if ((v = o["@Id"]) !== undefined) { w.bits(0, 3); k = "@Id"; ki = -1; w.string(v, 9007199254740991); n++; m += 2; s = 2; continue; }
          if ((v = o["@MimeType"]) !== undefined) { w.bits(1, 3); k = "@MimeType"; ki = -1; w.string(v, 9007199254740991); n++; m += 4; s = 3; continue; }
          w.bits(3, 3); break loop;
        case 2:
          if ((v = o["@MimeType"]) !== undefined) { w.bits(0, 3); k = "@MimeType"; ki = -1; w.string(v, 9007199254740991); n++; m += 4; s = 3; continue; }
          w.bits(2, 3); break loop;
        case 3:
          w.bits(1, 2); break loop;
        case 4:
          w.bits(1, 2); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_ObjectType, m);
}

function d_PGPDataType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.binary(9007199254740991); r.expect0('EE of PGPKeyID'); } else v = {}; o.PGPKeyID = v; s = 1; continue;
          case 1: if (r.chOrEmpty()) { v = r.binary(9007199254740991); r.expect0('EE of PGPKeyPacket'); } else v = {}; o.PGPKeyPacket = v; s = 4; continue;
          default: return r.escape("PGPDataType state 0");
        }
      case 1:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.binary(9007199254740991); r.expect0('EE of PGPKeyPacket'); } else v = {}; o.PGPKeyPacket = v; s = 2; continue;
          case 1: return r.fail('wildcard element (xs:any) in PGPDataType is not supported');
          case 2: return o;
          default: return r.escape("PGPDataType state 1");
        }
      case 2:
        switch (r.bits(2)) {
          case 0: return r.fail('wildcard element (xs:any) in PGPDataType is not supported');
          case 1: return o;
          default: return r.escape("PGPDataType state 2");
        }
      case 3:
        switch (r.bits(2)) {
          case 0: return r.fail('wildcard element (xs:any) in PGPDataType is not supported');
          case 1: return o;
          default: return r.escape("PGPDataType state 3");
        }
      case 4:
        switch (r.bits(2)) {
          case 0: return r.fail('wildcard element (xs:any) in PGPDataType is not supported');
          case 1: return o;
          default: return r.escape("PGPDataType state 4");
        }
      case 5:
        switch (r.bits(2)) {
          case 0: return r.fail('wildcard element (xs:any) in PGPDataType is not supported');
          case 1: return o;
          default: return r.escape("PGPDataType state 5");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_PGPDataType: readonly string[] = ["PGPKeyID","PGPKeyPacket"];
function e_PGPDataType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.PGPKeyID) !== undefined) { w.bits(0, 2); k = "PGPKeyID"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.binary(v, 9007199254740991); w.bits(0, 1); } n++; m += 1; s = 1; continue; }
          if ((v = o.PGPKeyPacket) !== undefined) { w.bits(1, 2); k = "PGPKeyPacket"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.binary(v, 9007199254740991); w.bits(0, 1); } n++; m += 2; s = 4; continue; }
          k = ''; return encodeFail("missing mandatory element 'PGPKeyID'", "PGPKeyID");
        case 1:
          if ((v = o.PGPKeyPacket) !== undefined) { w.bits(0, 2); k = "PGPKeyPacket"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.binary(v, 9007199254740991); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          w.bits(2, 2); break loop;
        case 2:
          w.bits(1, 2); break loop;
        case 3:
          w.bits(1, 2); break loop;
        case 4:
          w.bits(1, 2); break loop;
        case 5:
          w.bits(1, 2); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_PGPDataType, m);
}

function d_PMaxScheduleEntryType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(2)) {
          case 0: v = d_RelativeTimeIntervalType(r); o.RelativeTimeInterval = v; s = 1; continue;
          case 1: v = d_IntervalType(r); o.TimeInterval = v; s = 1; continue;
          default: return r.escape("PMaxScheduleEntryType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.int(-32768, 32767); r.expect0('EE of PMax'); } else v = {}; o.PMax = v; s = 2; continue;
          default: return r.escape("PMaxScheduleEntryType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("PMaxScheduleEntryType state 2");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_PMaxScheduleEntryType: readonly string[] = ["RelativeTimeInterval","TimeInterval","PMax"];
function e_PMaxScheduleEntryType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.RelativeTimeInterval) !== undefined) { w.bits(0, 2); k = "RelativeTimeInterval"; ki = -1; e_RelativeTimeIntervalType(w, v); n++; m += 1; s = 1; continue; }
          if ((v = o.TimeInterval) !== undefined) { w.bits(1, 2); k = "TimeInterval"; ki = -1; e_IntervalType(w, v); n++; m += 2; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'RelativeTimeInterval'", "RelativeTimeInterval");
        case 1:
          if ((v = o.PMax) !== undefined) { w.bits(0, 1); k = "PMax"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.int(v, -32768, 32767); w.bits(0, 1); } n++; m += 4; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'PMax'", "PMax");
        case 2:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_PMaxScheduleEntryType, m);
}

function d_PaymentDetailsReqType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.string(24); r.expect0('EE of ContractID'); } else v = {}; o.ContractID = v; s = 1; continue;
          default: return r.escape("PaymentDetailsReqType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: v = d_CertificateChainType(r); o.ContractSignatureCertChain = v; s = 2; continue;
          default: return r.escape("PaymentDetailsReqType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("PaymentDetailsReqType state 2");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_PaymentDetailsReqType: readonly string[] = ["ContractID","ContractSignatureCertChain"];
function e_PaymentDetailsReqType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.ContractID) !== undefined) { w.bits(0, 1); k = "ContractID"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.string(v, 24); w.bits(0, 1); } n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'ContractID'", "ContractID");
        case 1:
          if ((v = o.ContractSignatureCertChain) !== undefined) { w.bits(0, 1); k = "ContractSignatureCertChain"; ki = -1; e_CertificateChainType(w, v); n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'ContractSignatureCertChain'", "ContractSignatureCertChain");
        case 2:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_PaymentDetailsReqType, m);
}

function d_PaymentDetailsResType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN1, 5); r.expect0('EE of ResponseCode'); } else v = {}; o.ResponseCode = v; s = 1; continue;
          default: return r.escape("PaymentDetailsResType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.string(9007199254740991); r.expect0('EE of GenChallenge'); } else v = {}; o.GenChallenge = v; s = 2; continue;
          default: return r.escape("PaymentDetailsResType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.long(-9223372036854775808n, 9223372036854775807n); r.expect0('EE of DateTimeNow'); } else v = {}; o.DateTimeNow = v; s = 3; continue;
          default: return r.escape("PaymentDetailsResType state 2");
        }
      case 3:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("PaymentDetailsResType state 3");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_PaymentDetailsResType: readonly string[] = ["ResponseCode","GenChallenge","DateTimeNow"];
function e_PaymentDetailsResType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.ResponseCode) !== undefined) { w.bits(0, 1); k = "ResponseCode"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM1, 5); w.bits(0, 1); } n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'ResponseCode'", "ResponseCode");
        case 1:
          if ((v = o.GenChallenge) !== undefined) { w.bits(0, 1); k = "GenChallenge"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.string(v, 9007199254740991); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'GenChallenge'", "GenChallenge");
        case 2:
          if ((v = o.DateTimeNow) !== undefined) { w.bits(0, 1); k = "DateTimeNow"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.long(v, -9223372036854775808n, 9223372036854775807n); w.bits(0, 1); } n++; m += 4; s = 3; continue; }
          k = ''; return encodeFail("missing mandatory element 'DateTimeNow'", "DateTimeNow");
        case 3:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_PaymentDetailsResType, m);
}

function d_PowerDeliveryReqType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.bool(); r.expect0('EE of ReadyToChargeState'); } else v = {}; o.ReadyToChargeState = v; s = 1; continue;
          default: return r.escape("PowerDeliveryReqType state 0");
        }
      case 1:
        switch (r.bits(3)) {
          case 0: v = d_ChargingProfileType(r); o.ChargingProfile = v; s = 2; continue;
          case 1: v = d_DC_EVPowerDeliveryParameterType(r); o.DC_EVPowerDeliveryParameter = v; s = 3; continue;
          case 2: v = d_EVPowerDeliveryParameterType(r); o.EVPowerDeliveryParameter = v; s = 3; continue;
          case 3: return o;
          default: return r.escape("PowerDeliveryReqType state 1");
        }
      case 2:
        switch (r.bits(2)) {
          case 0: v = d_DC_EVPowerDeliveryParameterType(r); o.DC_EVPowerDeliveryParameter = v; s = 3; continue;
          case 1: v = d_EVPowerDeliveryParameterType(r); o.EVPowerDeliveryParameter = v; s = 3; continue;
          case 2: return o;
          default: return r.escape("PowerDeliveryReqType state 2");
        }
      case 3:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("PowerDeliveryReqType state 3");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_PowerDeliveryReqType: readonly string[] = ["ReadyToChargeState","ChargingProfile","DC_EVPowerDeliveryParameter","EVPowerDeliveryParameter"];
function e_PowerDeliveryReqType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.ReadyToChargeState) !== undefined) { w.bits(0, 1); k = "ReadyToChargeState"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.bool(v); w.bits(0, 1); } n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'ReadyToChargeState'", "ReadyToChargeState");
        case 1:
          if ((v = o.ChargingProfile) !== undefined) { w.bits(0, 3); k = "ChargingProfile"; ki = -1; e_ChargingProfileType(w, v); n++; m += 2; s = 2; continue; }
          if ((v = o.DC_EVPowerDeliveryParameter) !== undefined) { w.bits(1, 3); k = "DC_EVPowerDeliveryParameter"; ki = -1; e_DC_EVPowerDeliveryParameterType(w, v); n++; m += 4; s = 3; continue; }
          if ((v = o.EVPowerDeliveryParameter) !== undefined) { w.bits(2, 3); k = "EVPowerDeliveryParameter"; ki = -1; e_EVPowerDeliveryParameterType(w, v); n++; m += 8; s = 3; continue; }
          w.bits(3, 3); break loop;
        case 2:
          if ((v = o.DC_EVPowerDeliveryParameter) !== undefined) { w.bits(0, 2); k = "DC_EVPowerDeliveryParameter"; ki = -1; e_DC_EVPowerDeliveryParameterType(w, v); n++; m += 4; s = 3; continue; }
          if ((v = o.EVPowerDeliveryParameter) !== undefined) { w.bits(1, 2); k = "EVPowerDeliveryParameter"; ki = -1; e_EVPowerDeliveryParameterType(w, v); n++; m += 8; s = 3; continue; }
          w.bits(2, 2); break loop;
        case 3:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_PowerDeliveryReqType, m);
}

function d_PowerDeliveryResType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN1, 5); r.expect0('EE of ResponseCode'); } else v = {}; o.ResponseCode = v; s = 1; continue;
          default: return r.escape("PowerDeliveryResType state 0");
        }
      case 1:
        switch (r.bits(2)) {
          case 0: v = d_AC_EVSEStatusType(r); o.AC_EVSEStatus = v; s = 2; continue;
          case 1: v = d_DC_EVSEStatusType(r); o.DC_EVSEStatus = v; s = 2; continue;
          case 2: v = d_EVSEStatusType(r); o.EVSEStatus = v; s = 2; continue;
          default: return r.escape("PowerDeliveryResType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("PowerDeliveryResType state 2");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_PowerDeliveryResType: readonly string[] = ["ResponseCode","AC_EVSEStatus","DC_EVSEStatus","EVSEStatus"];
function e_PowerDeliveryResType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.ResponseCode) !== undefined) { w.bits(0, 1); k = "ResponseCode"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM1, 5); w.bits(0, 1); } n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'ResponseCode'", "ResponseCode");
        case 1:
          if ((v = o.AC_EVSEStatus) !== undefined) { w.bits(0, 2); k = "AC_EVSEStatus"; ki = -1; e_AC_EVSEStatusType(w, v); n++; m += 2; s = 2; continue; }
          if ((v = o.DC_EVSEStatus) !== undefined) { w.bits(1, 2); k = "DC_EVSEStatus"; ki = -1; e_DC_EVSEStatusType(w, v); n++; m += 4; s = 2; continue; }
          if ((v = o.EVSEStatus) !== undefined) { w.bits(2, 2); k = "EVSEStatus"; ki = -1; e_EVSEStatusType(w, v); n++; m += 8; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'AC_EVSEStatus'", "AC_EVSEStatus");
        case 2:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_PowerDeliveryResType, m);
}

function d_PreChargeReqType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: v = d_DC_EVStatusType(r); o.DC_EVStatus = v; s = 1; continue;
          default: return r.escape("PreChargeReqType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: v = d_PhysicalValueType(r); o.EVTargetVoltage = v; s = 2; continue;
          default: return r.escape("PreChargeReqType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: v = d_PhysicalValueType(r); o.EVTargetCurrent = v; s = 3; continue;
          default: return r.escape("PreChargeReqType state 2");
        }
      case 3:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("PreChargeReqType state 3");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_PreChargeReqType: readonly string[] = ["DC_EVStatus","EVTargetVoltage","EVTargetCurrent"];
function e_PreChargeReqType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.DC_EVStatus) !== undefined) { w.bits(0, 1); k = "DC_EVStatus"; ki = -1; e_DC_EVStatusType(w, v); n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'DC_EVStatus'", "DC_EVStatus");
        case 1:
          if ((v = o.EVTargetVoltage) !== undefined) { w.bits(0, 1); k = "EVTargetVoltage"; ki = -1; e_PhysicalValueType(w, v); n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVTargetVoltage'", "EVTargetVoltage");
        case 2:
          if ((v = o.EVTargetCurrent) !== undefined) { w.bits(0, 1); k = "EVTargetCurrent"; ki = -1; e_PhysicalValueType(w, v); n++; m += 4; s = 3; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVTargetCurrent'", "EVTargetCurrent");
        case 3:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_PreChargeReqType, m);
}

function d_PreChargeResType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN1, 5); r.expect0('EE of ResponseCode'); } else v = {}; o.ResponseCode = v; s = 1; continue;
          default: return r.escape("PreChargeResType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: v = d_DC_EVSEStatusType(r); o.DC_EVSEStatus = v; s = 2; continue;
          default: return r.escape("PreChargeResType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: v = d_PhysicalValueType(r); o.EVSEPresentVoltage = v; s = 3; continue;
          default: return r.escape("PreChargeResType state 2");
        }
      case 3:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("PreChargeResType state 3");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_PreChargeResType: readonly string[] = ["ResponseCode","DC_EVSEStatus","EVSEPresentVoltage"];
function e_PreChargeResType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.ResponseCode) !== undefined) { w.bits(0, 1); k = "ResponseCode"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM1, 5); w.bits(0, 1); } n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'ResponseCode'", "ResponseCode");
        case 1:
          if ((v = o.DC_EVSEStatus) !== undefined) { w.bits(0, 1); k = "DC_EVSEStatus"; ki = -1; e_DC_EVSEStatusType(w, v); n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'DC_EVSEStatus'", "DC_EVSEStatus");
        case 2:
          if ((v = o.EVSEPresentVoltage) !== undefined) { w.bits(0, 1); k = "EVSEPresentVoltage"; ki = -1; e_PhysicalValueType(w, v); n++; m += 4; s = 3; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVSEPresentVoltage'", "EVSEPresentVoltage");
        case 3:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_PreChargeResType, m);
}

function d_RSAKeyValueType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.binary(9007199254740991); r.expect0('EE of Modulus'); } else v = {}; o.Modulus = v; s = 1; continue;
          default: return r.escape("RSAKeyValueType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.binary(9007199254740991); r.expect0('EE of Exponent'); } else v = {}; o.Exponent = v; s = 2; continue;
          default: return r.escape("RSAKeyValueType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("RSAKeyValueType state 2");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_RSAKeyValueType: readonly string[] = ["Modulus","Exponent"];
function e_RSAKeyValueType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.Modulus) !== undefined) { w.bits(0, 1); k = "Modulus"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.binary(v, 9007199254740991); w.bits(0, 1); } n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'Modulus'", "Modulus");
        case 1:
          if ((v = o.Exponent) !== undefined) { w.bits(0, 1); k = "Exponent"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.binary(v, 9007199254740991); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'Exponent'", "Exponent");
        case 2:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_RSAKeyValueType, m);
}

function d_ReferenceType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(3)) {
          case 0: o["@Id"] = r.string(9007199254740991); s = 1; continue;
          case 1: o["@Type"] = r.string(9007199254740991); s = 2; continue;
          case 2: o["@URI"] = r.string(9007199254740991); s = 3; continue;
          case 3: v = d_TransformsType(r); o.Transforms = v; s = 4; continue;
          case 4: v = d_DigestMethodType(r); o.DigestMethod = v; s = 5; continue;
          default: return r.escape("ReferenceType state 0");
        }
      case 1:
        switch (r.bits(3)) {
          case 0: o["@Type"] = r.string(9007199254740991); s = 2; continue;
          case 1: o["@URI"] = r.string(9007199254740991); s = 3; continue;
          case 2: v = d_TransformsType(r); o.Transforms = v; s = 4; continue;
          case 3: v = d_DigestMethodType(r); o.DigestMethod = v; s = 5; continue;
          default: return r.escape("ReferenceType state 1");
        }
      case 2:
        switch (r.bits(2)) {
          case 0: o["@URI"] = r.string(9007199254740991); s = 3; continue;
          case 1: v = d_TransformsType(r); o.Transforms = v; s = 4; continue;
          case 2: v = d_DigestMethodType(r); o.DigestMethod = v; s = 5; continue;
          default: return r.escape("ReferenceType state 2");
        }
      case 3:
        switch (r.bits(2)) {
          case 0: v = d_TransformsType(r); o.Transforms = v; s = 4; continue;
          case 1: v = d_DigestMethodType(r); o.DigestMethod = v; s = 5; continue;
          default: return r.escape("ReferenceType state 3");
        }
      case 4:
        switch (r.bits(1)) {
          case 0: v = d_DigestMethodType(r); o.DigestMethod = v; s = 5; continue;
          default: return r.escape("ReferenceType state 4");
        }
      case 5:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.binary(9007199254740991); r.expect0('EE of DigestValue'); } else v = {}; o.DigestValue = v; s = 6; continue;
          default: return r.escape("ReferenceType state 5");
        }
      case 6:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("ReferenceType state 6");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_ReferenceType: readonly string[] = ["@Id","@Type","@URI","Transforms","DigestMethod","DigestValue"];
function e_ReferenceType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o["@Id"]) !== undefined) { w.bits(0, 3); k = "@Id"; ki = -1; w.string(v, 9007199254740991); n++; m += 1; s = 1; continue; }
          if ((v = o["@Type"]) !== undefined) { w.bits(1, 3); k = "@Type"; ki = -1; w.string(v, 9007199254740991); n++; m += 2; s = 2; continue; }
          if ((v = o["@URI"]) !== undefined) { w.bits(2, 3); k = "@URI"; ki = -1; w.string(v, 9007199254740991); n++; m += 4; s = 3; continue; }
          if ((v = o.Transforms) !== undefined) { w.bits(3, 3); k = "Transforms"; ki = -1; e_TransformsType(w, v); n++; m += 8; s = 4; continue; }
          if ((v = o.DigestMethod) !== undefined) { w.bits(4, 3); k = "DigestMethod"; ki = -1; e_DigestMethodType(w, v); n++; m += 16; s = 5; continue; }
          k = ''; return encodeFail("missing mandatory attribute '@Id'", "@Id");
        case 1:
          if ((v = o["@Type"]) !== undefined) { w.bits(0, 3); k = "@Type"; ki = -1; w.string(v, 9007199254740991); n++; m += 2; s = 2; continue; }
          if ((v = o["@URI"]) !== undefined) { w.bits(1, 3); k = "@URI"; ki = -1; w.string(v, 9007199254740991); n++; m += 4; s = 3; continue; }
          if ((v = o.Transforms) !== undefined) { w.bits(2, 3); k = "Transforms"; ki = -1; e_TransformsType(w, v); n++; m += 8; s = 4; continue; }
          if ((v = o.DigestMethod) !== undefined) { w.bits(3, 3); k = "DigestMethod"; ki = -1; e_DigestMethodType(w, v); n++; m += 16; s = 5; continue; }
          k = ''; return encodeFail("missing mandatory attribute '@Type'", "@Type");
        case 2:
          if ((v = o["@URI"]) !== undefined) { w.bits(0, 2); k = "@URI"; ki = -1; w.string(v, 9007199254740991); n++; m += 4; s = 3; continue; }
          if ((v = o.Transforms) !== undefined) { w.bits(1, 2); k = "Transforms"; ki = -1; e_TransformsType(w, v); n++; m += 8; s = 4; continue; }
          if ((v = o.DigestMethod) !== undefined) { w.bits(2, 2); k = "DigestMethod"; ki = -1; e_DigestMethodType(w, v); n++; m += 16; s = 5; continue; }
          k = ''; return encodeFail("missing mandatory attribute '@URI'", "@URI");
        case 3:
          if ((v = o.Transforms) !== undefined) { w.bits(0, 2); k = "Transforms"; ki = -1; e_TransformsType(w, v); n++; m += 8; s = 4; continue; }
          if ((v = o.DigestMethod) !== undefined) { w.bits(1, 2); k = "DigestMethod"; ki = -1; e_DigestMethodType(w, v); n++; m += 16; s = 5; continue; }
          k = ''; return encodeFail("missing mandatory element 'Transforms'", "Transforms");
        case 4:
          if ((v = o.DigestMethod) !== undefined) { w.bits(0, 1); k = "DigestMethod"; ki = -1; e_DigestMethodType(w, v); n++; m += 16; s = 5; continue; }
          k = ''; return encodeFail("missing mandatory element 'DigestMethod'", "DigestMethod");
        case 5:
          if ((v = o.DigestValue) !== undefined) { w.bits(0, 1); k = "DigestValue"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.binary(v, 9007199254740991); w.bits(0, 1); } n++; m += 32; s = 6; continue; }
          k = ''; return encodeFail("missing mandatory element 'DigestValue'", "DigestValue");
        case 6:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_ReferenceType, m);
}

function d_RelativeTimeIntervalType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.uint(4294967295); r.expect0('EE of start'); } else v = {}; o.start = v; s = 1; continue;
          default: return r.escape("RelativeTimeIntervalType state 0");
        }
      case 1:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.uint(4294967295); r.expect0('EE of duration'); } else v = {}; o.duration = v; s = 2; continue;
          case 1: return o;
          default: return r.escape("RelativeTimeIntervalType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("RelativeTimeIntervalType state 2");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_RelativeTimeIntervalType: readonly string[] = ["start","duration"];
function e_RelativeTimeIntervalType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.start) !== undefined) { w.bits(0, 1); k = "start"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.uint(v, 4294967295); w.bits(0, 1); } n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'start'", "start");
        case 1:
          if ((v = o.duration) !== undefined) { w.bits(0, 2); k = "duration"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.uint(v, 4294967295); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          w.bits(1, 2); break loop;
        case 2:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_RelativeTimeIntervalType, m);
}

function d_RetrievalMethodType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(3)) {
          case 0: o["@Type"] = r.string(9007199254740991); s = 1; continue;
          case 1: o["@URI"] = r.string(9007199254740991); s = 2; continue;
          case 2: v = d_TransformsType(r); o.Transforms = v; s = 3; continue;
          case 3: return o;
          default: return r.escape("RetrievalMethodType state 0");
        }
      case 1:
        switch (r.bits(2)) {
          case 0: o["@URI"] = r.string(9007199254740991); s = 2; continue;
          case 1: v = d_TransformsType(r); o.Transforms = v; s = 3; continue;
          case 2: return o;
          default: return r.escape("RetrievalMethodType state 1");
        }
      case 2:
        switch (r.bits(2)) {
          case 0: v = d_TransformsType(r); o.Transforms = v; s = 3; continue;
          case 1: return o;
          default: return r.escape("RetrievalMethodType state 2");
        }
      case 3:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("RetrievalMethodType state 3");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_RetrievalMethodType: readonly string[] = ["@Type","@URI","Transforms"];
function e_RetrievalMethodType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o["@Type"]) !== undefined) { w.bits(0, 3); k = "@Type"; ki = -1; w.string(v, 9007199254740991); n++; m += 1; s = 1; continue; }
          if ((v = o["@URI"]) !== undefined) { w.bits(1, 3); k = "@URI"; ki = -1; w.string(v, 9007199254740991); n++; m += 2; s = 2; continue; }
          if ((v = o.Transforms) !== undefined) { w.bits(2, 3); k = "Transforms"; ki = -1; e_TransformsType(w, v); n++; m += 4; s = 3; continue; }
          w.bits(3, 3); break loop;
        case 1:
          if ((v = o["@URI"]) !== undefined) { w.bits(0, 2); k = "@URI"; ki = -1; w.string(v, 9007199254740991); n++; m += 2; s = 2; continue; }
          if ((v = o.Transforms) !== undefined) { w.bits(1, 2); k = "Transforms"; ki = -1; e_TransformsType(w, v); n++; m += 4; s = 3; continue; }
          w.bits(2, 2); break loop;
        case 2:
          if ((v = o.Transforms) !== undefined) { w.bits(0, 2); k = "Transforms"; ki = -1; e_TransformsType(w, v); n++; m += 4; s = 3; continue; }
          w.bits(1, 2); break loop;
        case 3:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_RetrievalMethodType, m);
}

function d_SAScheduleListType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: v = d_SAScheduleTupleType(r); pushItem(o, "SAScheduleTuple", v); s = 1; continue;
          default: return r.escape("SAScheduleListType state 0");
        }
      case 1:
        switch (r.bits(2)) {
          case 0: v = d_SAScheduleTupleType(r); pushItem(o, "SAScheduleTuple", v); s = 1; continue;
          case 1: return o;
          default: return r.escape("SAScheduleListType state 1");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_SAScheduleListType: readonly string[] = ["SAScheduleTuple"];
function e_SAScheduleListType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1, i0 = 0;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.SAScheduleTuple) !== undefined && i0 < asArray(v, "SAScheduleTuple").length) { w.bits(0, 1); k = "SAScheduleTuple"; ki = i0; e_SAScheduleTupleType(w, (v as unknown[])[i0]); if (i0++ === 0) { n++; m += 1; } s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'SAScheduleTuple'", "SAScheduleTuple[0]");
        case 1:
          if ((v = o.SAScheduleTuple) !== undefined && i0 < asArray(v, "SAScheduleTuple").length) { w.bits(0, 2); k = "SAScheduleTuple"; ki = i0; e_SAScheduleTupleType(w, (v as unknown[])[i0]); if (i0++ === 0) { n++; m += 1; } s = 1; continue; }
          w.bits(1, 2); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (i0 !== 0 && i0 < (o.SAScheduleTuple as unknown[]).length) encodeFail(`too many items (${(o.SAScheduleTuple as unknown[]).length}) or items out of order`, "SAScheduleTuple[" + i0 + ']');
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_SAScheduleListType, m);
}

function d_SASchedulesType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("SASchedulesType state 0");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_SASchedulesType: readonly string[] = [];
function e_SASchedulesType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_SASchedulesType, m);
}

function d_SPKIDataType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.binary(9007199254740991); r.expect0('EE of SPKISexp'); } else v = {}; pushItem(o, "SPKISexp", v); s = 1; continue;
          default: return r.escape("SPKIDataType state 0");
        }
      case 1:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.binary(9007199254740991); r.expect0('EE of SPKISexp'); } else v = {}; pushItem(o, "SPKISexp", v); s = 1; continue;
          case 1: return r.fail('wildcard element (xs:any) in SPKIDataType is not supported');
          case 2: return o;
          default: return r.escape("SPKIDataType state 1");
        }
      case 2:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.binary(9007199254740991); r.expect0('EE of SPKISexp'); } else v = {}; pushItem(o, "SPKISexp", v); s = 1; continue;
          case 1: return o;
          default: return r.escape("SPKIDataType state 2");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_SPKIDataType: readonly string[] = ["SPKISexp"];
function e_SPKIDataType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1, i0 = 0;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.SPKISexp) !== undefined && i0 < asArray(v, "SPKISexp").length) { w.bits(0, 1); k = "SPKISexp"; ki = i0; if (!w.emptyElement((v as unknown[])[i0])) { w.bits(0, 1); w.binary((v as unknown[])[i0], 9007199254740991); w.bits(0, 1); } if (i0++ === 0) { n++; m += 1; } s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'SPKISexp'", "SPKISexp[0]");
        case 1:
          if ((v = o.SPKISexp) !== undefined && i0 < asArray(v, "SPKISexp").length) { w.bits(0, 2); k = "SPKISexp"; ki = i0; if (!w.emptyElement((v as unknown[])[i0])) { w.bits(0, 1); w.binary((v as unknown[])[i0], 9007199254740991); w.bits(0, 1); } if (i0++ === 0) { n++; m += 1; } s = 1; continue; }
          w.bits(2, 2); break loop;
        case 2:
          if ((v = o.SPKISexp) !== undefined && i0 < asArray(v, "SPKISexp").length) { w.bits(0, 2); k = "SPKISexp"; ki = i0; if (!w.emptyElement((v as unknown[])[i0])) { w.bits(0, 1); w.binary((v as unknown[])[i0], 9007199254740991); w.bits(0, 1); } if (i0++ === 0) { n++; m += 1; } s = 1; continue; }
          w.bits(1, 2); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (i0 !== 0 && i0 < (o.SPKISexp as unknown[]).length) encodeFail(`too many items (${(o.SPKISexp as unknown[]).length}) or items out of order`, "SPKISexp[" + i0 + ']');
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_SPKIDataType, m);
}

function d_SalesTariffEntryType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(2)) {
          case 0: v = d_RelativeTimeIntervalType(r); o.RelativeTimeInterval = v; s = 1; continue;
          case 1: v = d_IntervalType(r); o.TimeInterval = v; s = 1; continue;
          default: return r.escape("SalesTariffEntryType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.nbit(8, 0, 255); r.expect0('EE of EPriceLevel'); } else v = {}; o.EPriceLevel = v; s = 2; continue;
          default: return r.escape("SalesTariffEntryType state 1");
        }
      case 2:
        switch (r.bits(2)) {
          case 0: v = d_ConsumptionCostType(r); pushItem(o, "ConsumptionCost", v); s = 3; continue;
          case 1: return o;
          default: return r.escape("SalesTariffEntryType state 2");
        }
      case 3:
        switch (r.bits(2)) {
          case 0: v = d_ConsumptionCostType(r); pushItem(o, "ConsumptionCost", v); s = 3; continue;
          case 1: return o;
          default: return r.escape("SalesTariffEntryType state 3");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_SalesTariffEntryType: readonly string[] = ["RelativeTimeInterval","TimeInterval","EPriceLevel","ConsumptionCost"];
function e_SalesTariffEntryType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1, i3 = 0;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.RelativeTimeInterval) !== undefined) { w.bits(0, 2); k = "RelativeTimeInterval"; ki = -1; e_RelativeTimeIntervalType(w, v); n++; m += 1; s = 1; continue; }
          if ((v = o.TimeInterval) !== undefined) { w.bits(1, 2); k = "TimeInterval"; ki = -1; e_IntervalType(w, v); n++; m += 2; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'RelativeTimeInterval'", "RelativeTimeInterval");
        case 1:
          if ((v = o.EPriceLevel) !== undefined) { w.bits(0, 1); k = "EPriceLevel"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.nbit(v, 8, 0, 255); w.bits(0, 1); } n++; m += 4; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'EPriceLevel'", "EPriceLevel");
        case 2:
          if ((v = o.ConsumptionCost) !== undefined && i3 < asArray(v, "ConsumptionCost").length) { w.bits(0, 2); k = "ConsumptionCost"; ki = i3; e_ConsumptionCostType(w, (v as unknown[])[i3]); if (i3++ === 0) { n++; m += 8; } s = 3; continue; }
          w.bits(1, 2); break loop;
        case 3:
          if ((v = o.ConsumptionCost) !== undefined && i3 < asArray(v, "ConsumptionCost").length) { w.bits(0, 2); k = "ConsumptionCost"; ki = i3; e_ConsumptionCostType(w, (v as unknown[])[i3]); if (i3++ === 0) { n++; m += 8; } s = 3; continue; }
          w.bits(1, 2); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (i3 !== 0 && i3 < (o.ConsumptionCost as unknown[]).length) encodeFail(`too many items (${(o.ConsumptionCost as unknown[]).length}) or items out of order`, "ConsumptionCost[" + i3 + ']');
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_SalesTariffEntryType, m);
}

function d_ServiceChargeType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: v = d_ServiceTagType(r); o.ServiceTag = v; s = 1; continue;
          default: return r.escape("ServiceChargeType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.bool(); r.expect0('EE of FreeService'); } else v = {}; o.FreeService = v; s = 2; continue;
          default: return r.escape("ServiceChargeType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN7, 4); r.expect0('EE of EnergyTransferType'); } else v = {}; o.EnergyTransferType = v; s = 3; continue;
          default: return r.escape("ServiceChargeType state 2");
        }
      case 3:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("ServiceChargeType state 3");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_ServiceChargeType: readonly string[] = ["ServiceTag","FreeService","EnergyTransferType"];
function e_ServiceChargeType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.ServiceTag) !== undefined) { w.bits(0, 1); k = "ServiceTag"; ki = -1; e_ServiceTagType(w, v); n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'ServiceTag'", "ServiceTag");
        case 1:
          if ((v = o.FreeService) !== undefined) { w.bits(0, 1); k = "FreeService"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.bool(v); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'FreeService'", "FreeService");
        case 2:
          if ((v = o.EnergyTransferType) !== undefined) { w.bits(0, 1); k = "EnergyTransferType"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM7, 4); w.bits(0, 1); } n++; m += 4; s = 3; continue; }
          k = ''; return encodeFail("missing mandatory element 'EnergyTransferType'", "EnergyTransferType");
        case 3:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_ServiceChargeType, m);
}

function d_ServiceDetailReqType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.uint(65535); r.expect0('EE of ServiceID'); } else v = {}; o.ServiceID = v; s = 1; continue;
          default: return r.escape("ServiceDetailReqType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("ServiceDetailReqType state 1");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_ServiceDetailReqType: readonly string[] = ["ServiceID"];
function e_ServiceDetailReqType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.ServiceID) !== undefined) { w.bits(0, 1); k = "ServiceID"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.uint(v, 65535); w.bits(0, 1); } n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'ServiceID'", "ServiceID");
        case 1:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_ServiceDetailReqType, m);
}

function d_ServiceDetailResType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN1, 5); r.expect0('EE of ResponseCode'); } else v = {}; o.ResponseCode = v; s = 1; continue;
          default: return r.escape("ServiceDetailResType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.uint(65535); r.expect0('EE of ServiceID'); } else v = {}; o.ServiceID = v; s = 2; continue;
          default: return r.escape("ServiceDetailResType state 1");
        }
      case 2:
        switch (r.bits(2)) {
          case 0: v = d_ServiceParameterListType(r); o.ServiceParameterList = v; s = 3; continue;
          case 1: return o;
          default: return r.escape("ServiceDetailResType state 2");
        }
      case 3:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("ServiceDetailResType state 3");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_ServiceDetailResType: readonly string[] = ["ResponseCode","ServiceID","ServiceParameterList"];
function e_ServiceDetailResType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.ResponseCode) !== undefined) { w.bits(0, 1); k = "ResponseCode"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM1, 5); w.bits(0, 1); } n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'ResponseCode'", "ResponseCode");
        case 1:
          if ((v = o.ServiceID) !== undefined) { w.bits(0, 1); k = "ServiceID"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.uint(v, 65535); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'ServiceID'", "ServiceID");
        case 2:
          if ((v = o.ServiceParameterList) !== undefined) { w.bits(0, 2); k = "ServiceParameterList"; ki = -1; e_ServiceParameterListType(w, v); n++; m += 4; s = 3; continue; }
          w.bits(1, 2); break loop;
        case 3:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_ServiceDetailResType, m);
}

function d_ServiceDiscoveryReqType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.string(32); r.expect0('EE of ServiceScope'); } else v = {}; o.ServiceScope = v; s = 1; continue;
          case 1: if (r.chOrEmpty()) { v = r.enumeration(EN8, 2); r.expect0('EE of ServiceCategory'); } else v = {}; o.ServiceCategory = v; s = 2; continue;
          case 2: return o;
          default: return r.escape("ServiceDiscoveryReqType state 0");
        }
      case 1:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN8, 2); r.expect0('EE of ServiceCategory'); } else v = {}; o.ServiceCategory = v; s = 2; continue;
          case 1: return o;
          default: return r.escape("ServiceDiscoveryReqType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("ServiceDiscoveryReqType state 2");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_ServiceDiscoveryReqType: readonly string[] = ["ServiceScope","ServiceCategory"];
function e_ServiceDiscoveryReqType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.ServiceScope) !== undefined) { w.bits(0, 2); k = "ServiceScope"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.string(v, 32); w.bits(0, 1); } n++; m += 1; s = 1; continue; }
          if ((v = o.ServiceCategory) !== undefined) { w.bits(1, 2); k = "ServiceCategory"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM8, 2); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          w.bits(2, 2); break loop;
        case 1:
          if ((v = o.ServiceCategory) !== undefined) { w.bits(0, 2); k = "ServiceCategory"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM8, 2); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          w.bits(1, 2); break loop;
        case 2:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_ServiceDiscoveryReqType, m);
}

function d_ServiceDiscoveryResType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN1, 5); r.expect0('EE of ResponseCode'); } else v = {}; o.ResponseCode = v; s = 1; continue;
          default: return r.escape("ServiceDiscoveryResType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: v = d_PaymentOptionsType(r); o.PaymentOptions = v; s = 2; continue;
          default: return r.escape("ServiceDiscoveryResType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: v = d_ServiceChargeType(r); o.ChargeService = v; s = 3; continue;
          default: return r.escape("ServiceDiscoveryResType state 2");
        }
      case 3:
        switch (r.bits(2)) {
          case 0: v = d_ServiceTagListType(r); o.ServiceList = v; s = 4; continue;
          case 1: return o;
          default: return r.escape("ServiceDiscoveryResType state 3");
        }
      case 4:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("ServiceDiscoveryResType state 4");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_ServiceDiscoveryResType: readonly string[] = ["ResponseCode","PaymentOptions","ChargeService","ServiceList"];
function e_ServiceDiscoveryResType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.ResponseCode) !== undefined) { w.bits(0, 1); k = "ResponseCode"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM1, 5); w.bits(0, 1); } n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'ResponseCode'", "ResponseCode");
        case 1:
          if ((v = o.PaymentOptions) !== undefined) { w.bits(0, 1); k = "PaymentOptions"; ki = -1; e_PaymentOptionsType(w, v); n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'PaymentOptions'", "PaymentOptions");
        case 2:
          if ((v = o.ChargeService) !== undefined) { w.bits(0, 1); k = "ChargeService"; ki = -1; e_ServiceChargeType(w, v); n++; m += 4; s = 3; continue; }
          k = ''; return encodeFail("missing mandatory element 'ChargeService'", "ChargeService");
        case 3:
          if ((v = o.ServiceList) !== undefined) { w.bits(0, 2); k = "ServiceList"; ki = -1; e_ServiceTagListType(w, v); n++; m += 8; s = 4; continue; }
          w.bits(1, 2); break loop;
        case 4:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_ServiceDiscoveryResType, m);
}

function d_ServicePaymentSelectionReqType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN9, 1); r.expect0('EE of SelectedPaymentOption'); } else v = {}; o.SelectedPaymentOption = v; s = 1; continue;
          default: return r.escape("ServicePaymentSelectionReqType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: v = d_SelectedServiceListType(r); o.SelectedServiceList = v; s = 2; continue;
          default: return r.escape("ServicePaymentSelectionReqType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("ServicePaymentSelectionReqType state 2");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_ServicePaymentSelectionReqType: readonly string[] = ["SelectedPaymentOption","SelectedServiceList"];
function e_ServicePaymentSelectionReqType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.SelectedPaymentOption) !== undefined) { w.bits(0, 1); k = "SelectedPaymentOption"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM9, 1); w.bits(0, 1); } n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'SelectedPaymentOption'", "SelectedPaymentOption");
        case 1:
          if ((v = o.SelectedServiceList) !== undefined) { w.bits(0, 1); k = "SelectedServiceList"; ki = -1; e_SelectedServiceListType(w, v); n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'SelectedServiceList'", "SelectedServiceList");
        case 2:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_ServicePaymentSelectionReqType, m);
}

function d_ServicePaymentSelectionResType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN1, 5); r.expect0('EE of ResponseCode'); } else v = {}; o.ResponseCode = v; s = 1; continue;
          default: return r.escape("ServicePaymentSelectionResType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("ServicePaymentSelectionResType state 1");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_ServicePaymentSelectionResType: readonly string[] = ["ResponseCode"];
function e_ServicePaymentSelectionResType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.ResponseCode) !== undefined) { w.bits(0, 1); k = "ResponseCode"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM1, 5); w.bits(0, 1); } n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'ResponseCode'", "ResponseCode");
        case 1:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_ServicePaymentSelectionResType, m);
}

function d_SessionSetupReqType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.binary(8); r.expect0('EE of EVCCID'); } else v = {}; o.EVCCID = v; s = 1; continue;
          default: return r.escape("SessionSetupReqType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("SessionSetupReqType state 1");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_SessionSetupReqType: readonly string[] = ["EVCCID"];
function e_SessionSetupReqType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.EVCCID) !== undefined) { w.bits(0, 1); k = "EVCCID"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.binary(v, 8); w.bits(0, 1); } n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVCCID'", "EVCCID");
        case 1:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_SessionSetupReqType, m);
}

function d_SessionSetupResType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN1, 5); r.expect0('EE of ResponseCode'); } else v = {}; o.ResponseCode = v; s = 1; continue;
          default: return r.escape("SessionSetupResType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.binary(32); r.expect0('EE of EVSEID'); } else v = {}; o.EVSEID = v; s = 2; continue;
          default: return r.escape("SessionSetupResType state 1");
        }
      case 2:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.long(-9223372036854775808n, 9223372036854775807n); r.expect0('EE of DateTimeNow'); } else v = {}; o.DateTimeNow = v; s = 3; continue;
          case 1: return o;
          default: return r.escape("SessionSetupResType state 2");
        }
      case 3:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("SessionSetupResType state 3");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_SessionSetupResType: readonly string[] = ["ResponseCode","EVSEID","DateTimeNow"];
function e_SessionSetupResType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.ResponseCode) !== undefined) { w.bits(0, 1); k = "ResponseCode"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM1, 5); w.bits(0, 1); } n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'ResponseCode'", "ResponseCode");
        case 1:
          if ((v = o.EVSEID) !== undefined) { w.bits(0, 1); k = "EVSEID"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.binary(v, 32); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVSEID'", "EVSEID");
        case 2:
          if ((v = o.DateTimeNow) !== undefined) { w.bits(0, 2); k = "DateTimeNow"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.long(v, -9223372036854775808n, 9223372036854775807n); w.bits(0, 1); } n++; m += 4; s = 3; continue; }
          w.bits(1, 2); break loop;
        case 3:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_SessionSetupResType, m);
}

function d_SessionStopType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("SessionStopType state 0");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_SessionStopType: readonly string[] = [];
function e_SessionStopType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_SessionStopType, m);
}

function d_SessionStopResType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN1, 5); r.expect0('EE of ResponseCode'); } else v = {}; o.ResponseCode = v; s = 1; continue;
          default: return r.escape("SessionStopResType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("SessionStopResType state 1");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_SessionStopResType: readonly string[] = ["ResponseCode"];
function e_SessionStopResType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.ResponseCode) !== undefined) { w.bits(0, 1); k = "ResponseCode"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM1, 5); w.bits(0, 1); } n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'ResponseCode'", "ResponseCode");
        case 1:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_SessionStopResType, m);
}

function d_SignatureType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(2)) {
          case 0: o["@Id"] = r.string(9007199254740991); s = 1; continue;
          case 1: v = d_SignedInfoType(r); o.SignedInfo = v; s = 2; continue;
          default: return r.escape("SignatureType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: v = d_SignedInfoType(r); o.SignedInfo = v; s = 2; continue;
          default: return r.escape("SignatureType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: v = d_SignatureValueType(r); o.SignatureValue = v; s = 3; continue;
          default: return r.escape("SignatureType state 2");
        }
      case 3:
        switch (r.bits(2)) {
          case 0: v = d_KeyInfoType(r); o.KeyInfo = v; s = 4; continue;
          case 1: v = d_ObjectType(r); pushItem(o, "Object", v); s = 5; continue;
          case 2: return o;
          default: return r.escape("SignatureType state 3");
        }
      case 4:
        switch (r.bits(2)) {
          case 0: v = d_ObjectType(r); pushItem(o, "Object", v); s = 5; continue;
          case 1: return o;
          default: return r.escape("SignatureType state 4");
        }
      case 5:
        switch (r.bits(2)) {
          case 0: v = d_ObjectType(r); pushItem(o, "Object", v); s = 5; continue;
          case 1: return o;
          default: return r.escape("SignatureType state 5");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_SignatureType: readonly string[] = ["@Id","SignedInfo","SignatureValue","KeyInfo","Object"];
function e_SignatureType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1, i4 = 0;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o["@Id"]) !== undefined) { w.bits(0, 2); k = "@Id"; ki = -1; w.string(v, 9007199254740991); n++; m += 1; s = 1; continue; }
          if ((v = o.SignedInfo) !== undefined) { w.bits(1, 2); k = "SignedInfo"; ki = -1; e_SignedInfoType(w, v); n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory attribute '@Id'", "@Id");
        case 1:
          if ((v = o.SignedInfo) !== undefined) { w.bits(0, 1); k = "SignedInfo"; ki = -1; e_SignedInfoType(w, v); n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'SignedInfo'", "SignedInfo");
        case 2:
          if ((v = o.SignatureValue) !== undefined) { w.bits(0, 1); k = "SignatureValue"; ki = -1; e_SignatureValueType(w, v); n++; m += 4; s = 3; continue; }
          k = ''; return encodeFail("missing mandatory element 'SignatureValue'", "SignatureValue");
        case 3:
          if ((v = o.KeyInfo) !== undefined) { w.bits(0, 2); k = "KeyInfo"; ki = -1; e_KeyInfoType(w, v); n++; m += 8; s = 4; continue; }
          if ((v = o.Object) !== undefined && i4 < asArray(v, "Object").length) { w.bits(1, 2); k = "Object"; ki = i4; e_ObjectType(w, (v as unknown[])[i4]); if (i4++ === 0) { n++; m += 16; } s = 5; continue; }
          w.bits(2, 2); break loop;
        case 4:
          if ((v = o.Object) !== undefined && i4 < asArray(v, "Object").length) { w.bits(0, 2); k = "Object"; ki = i4; e_ObjectType(w, (v as unknown[])[i4]); if (i4++ === 0) { n++; m += 16; } s = 5; continue; }
          w.bits(1, 2); break loop;
        case 5:
          if ((v = o.Object) !== undefined && i4 < asArray(v, "Object").length) { w.bits(0, 2); k = "Object"; ki = i4; e_ObjectType(w, (v as unknown[])[i4]); if (i4++ === 0) { n++; m += 16; } s = 5; continue; }
          w.bits(1, 2); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (i4 !== 0 && i4 < (o.Object as unknown[]).length) encodeFail(`too many items (${(o.Object as unknown[]).length}) or items out of order`, "Object[" + i4 + ']');
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_SignatureType, m);
}

function d_SignatureMethodType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: o["@Algorithm"] = r.string(9007199254740991); s = 1; continue;
          default: return r.escape("SignatureMethodType state 0");
        }
      case 1:
        switch (r.bits(3)) {
          case 0: if (r.chOrEmpty()) { v = r.long(null, null); r.expect0('EE of HMACOutputLength'); } else v = {}; o.HMACOutputLength = v; s = 2; continue;
          case 1: return r.fail('wildcard element (xs:any) in SignatureMethodType is not supported');
          case 2: return o;
          case 3: return r.fail('untyped character content in SignatureMethodType is not supported');
          default: return r.escape("SignatureMethodType state 1");
        }
      case 2:
        switch (r.bits(2)) {
          case 0: return r.fail('wildcard element (xs:any) in SignatureMethodType is not supported');
          case 1: return o;
          case 2: return r.fail('untyped character content in SignatureMethodType is not supported');
          default: return r.escape("SignatureMethodType state 2");
        }
      case 3:
        switch (r.bits(2)) {
          case 0: return r.fail('wildcard element (xs:any) in SignatureMethodType is not supported');
          case 1: return o;
          case 2: return r.fail('untyped character content in SignatureMethodType is not supported');
          default: return r.escape("SignatureMethodType state 3");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_SignatureMethodType: readonly string[] = ["@Algorithm","HMACOutputLength"];
function e_SignatureMethodType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o["@Algorithm"]) !== undefined) { w.bits(0, 1); k = "@Algorithm"; ki = -1; w.string(v, 9007199254740991); n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory attribute '@Algorithm'", "@Algorithm");
        case 1:
          if ((v = o.HMACOutputLength) !== undefined) { w.bits(0, 3); k = "HMACOutputLength"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.long(v, null, null); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          w.bits(2, 3); break loop;
        case 2:
          w.bits(1, 2); break loop;
        case 3:
          w.bits(1, 2); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_SignatureMethodType, m);
}

function d_SignaturePropertiesType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(2)) {
          case 0: o["@Id"] = r.string(9007199254740991); s = 1; continue;
          case 1: v = d_SignaturePropertyType(r); pushItem(o, "SignatureProperty", v); s = 2; continue;
          default: return r.escape("SignaturePropertiesType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: v = d_SignaturePropertyType(r); pushItem(o, "SignatureProperty", v); s = 2; continue;
          default: return r.escape("SignaturePropertiesType state 1");
        }
      case 2:
        switch (r.bits(2)) {
          case 0: v = d_SignaturePropertyType(r); pushItem(o, "SignatureProperty", v); s = 2; continue;
          case 1: return o;
          default: return r.escape("SignaturePropertiesType state 2");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_SignaturePropertiesType: readonly string[] = ["@Id","SignatureProperty"];
function e_SignaturePropertiesType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1, i1 = 0;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o["@Id"]) !== undefined) { w.bits(0, 2); k = "@Id"; ki = -1; w.string(v, 9007199254740991); n++; m += 1; s = 1; continue; }
          if ((v = o.SignatureProperty) !== undefined && i1 < asArray(v, "SignatureProperty").length) { w.bits(1, 2); k = "SignatureProperty"; ki = i1; e_SignaturePropertyType(w, (v as unknown[])[i1]); if (i1++ === 0) { n++; m += 2; } s = 2; continue; }
          k = ''; return encodeFail("missing mandatory attribute '@Id'", "@Id");
        case 1:
          if ((v = o.SignatureProperty) !== undefined && i1 < asArray(v, "SignatureProperty").length) { w.bits(0, 1); k = "SignatureProperty"; ki = i1; e_SignaturePropertyType(w, (v as unknown[])[i1]); if (i1++ === 0) { n++; m += 2; } s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'SignatureProperty'", "SignatureProperty[0]");
        case 2:
          if ((v = o.SignatureProperty) !== undefined && i1 < asArray(v, "SignatureProperty").length) { w.bits(0, 2); k = "SignatureProperty"; ki = i1; e_SignaturePropertyType(w, (v as unknown[])[i1]); if (i1++ === 0) { n++; m += 2; } s = 2; continue; }
          w.bits(1, 2); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (i1 !== 0 && i1 < (o.SignatureProperty as unknown[]).length) encodeFail(`too many items (${(o.SignatureProperty as unknown[]).length}) or items out of order`, "SignatureProperty[" + i1 + ']');
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_SignaturePropertiesType, m);
}

function d_SignaturePropertyType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(2)) {
          case 0: o["@Id"] = r.string(9007199254740991); s = 1; continue;
          case 1: o["@Target"] = r.string(9007199254740991); s = 2; continue;
          default: return r.escape("SignaturePropertyType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: o["@Target"] = r.string(9007199254740991); s = 2; continue;
          default: return r.escape("SignaturePropertyType state 1");
        }
      case 2:
        switch (r.bits(2)) {
          case 0: return r.fail('wildcard element (xs:any) in SignaturePropertyType is not supported');
          case 1: return r.fail('untyped character content in SignaturePropertyType is not supported');
          default: return r.escape("SignaturePropertyType state 2");
        }
      case 3:
        switch (r.bits(2)) {
          case 0: return r.fail('wildcard element (xs:any) in SignaturePropertyType is not supported');
          case 1: return o;
          case 2: return r.fail('untyped character content in SignaturePropertyType is not supported');
          default: return r.escape("SignaturePropertyType state 3");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_SignaturePropertyType: readonly string[] = ["@Id","@Target"];
function e_SignaturePropertyType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o["@Id"]) !== undefined) { w.bits(0, 2); k = "@Id"; ki = -1; w.string(v, 9007199254740991); n++; m += 1; s = 1; continue; }
          if ((v = o["@Target"]) !== undefined) { w.bits(1, 2); k = "@Target"; ki = -1; w.string(v, 9007199254740991); n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory attribute '@Id'", "@Id");
        case 1:
          if ((v = o["@Target"]) !== undefined) { w.bits(0, 1); k = "@Target"; ki = -1; w.string(v, 9007199254740991); n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory attribute '@Target'", "@Target");
        case 2:
          k = ''; return encodeFail("missing mandatory element ''", "");
        case 3:
          w.bits(1, 2); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_SignaturePropertyType, m);
}

function d_SignatureValueType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(2)) {
          case 0: o["@Id"] = r.string(9007199254740991); s = 1; continue;
          case 1: o.CONTENT = r.binary(9007199254740991); s = 2; continue;
          case 2: r.secondLevelEE(); return o;
          default: return r.escape("SignatureValueType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: o.CONTENT = r.binary(9007199254740991); s = 2; continue;
          case 1: r.secondLevelEE(); return o;
          default: return r.escape("SignatureValueType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("SignatureValueType state 2");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_SignatureValueType: readonly string[] = ["@Id","CONTENT"];
function e_SignatureValueType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o["@Id"]) !== undefined) { w.bits(0, 2); k = "@Id"; ki = -1; w.string(v, 9007199254740991); n++; m += 1; s = 1; continue; }
          if ((v = o.CONTENT) !== undefined) { w.bits(1, 2); k = "CONTENT"; ki = -1; w.binary(v, 9007199254740991); n++; m += 2; s = 2; continue; }
          w.bits(2, 2); w.bits(0, 3); break loop;
        case 1:
          if ((v = o.CONTENT) !== undefined) { w.bits(0, 1); k = "CONTENT"; ki = -1; w.binary(v, 9007199254740991); n++; m += 2; s = 2; continue; }
          w.bits(1, 1); w.bits(0, 3); break loop;
        case 2:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_SignatureValueType, m);
}

function d_SignedInfoType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(2)) {
          case 0: o["@Id"] = r.string(9007199254740991); s = 1; continue;
          case 1: v = d_CanonicalizationMethodType(r); o.CanonicalizationMethod = v; s = 2; continue;
          default: return r.escape("SignedInfoType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: v = d_CanonicalizationMethodType(r); o.CanonicalizationMethod = v; s = 2; continue;
          default: return r.escape("SignedInfoType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: v = d_SignatureMethodType(r); o.SignatureMethod = v; s = 3; continue;
          default: return r.escape("SignedInfoType state 2");
        }
      case 3:
        switch (r.bits(1)) {
          case 0: v = d_ReferenceType(r); pushItem(o, "Reference", v); s = 4; continue;
          default: return r.escape("SignedInfoType state 3");
        }
      case 4:
        switch (r.bits(2)) {
          case 0: v = d_ReferenceType(r); pushItem(o, "Reference", v); s = 4; continue;
          case 1: return o;
          default: return r.escape("SignedInfoType state 4");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_SignedInfoType: readonly string[] = ["@Id","CanonicalizationMethod","SignatureMethod","Reference"];
function e_SignedInfoType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1, i3 = 0;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o["@Id"]) !== undefined) { w.bits(0, 2); k = "@Id"; ki = -1; w.string(v, 9007199254740991); n++; m += 1; s = 1; continue; }
          if ((v = o.CanonicalizationMethod) !== undefined) { w.bits(1, 2); k = "CanonicalizationMethod"; ki = -1; e_CanonicalizationMethodType(w, v); n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory attribute '@Id'", "@Id");
        case 1:
          if ((v = o.CanonicalizationMethod) !== undefined) { w.bits(0, 1); k = "CanonicalizationMethod"; ki = -1; e_CanonicalizationMethodType(w, v); n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'CanonicalizationMethod'", "CanonicalizationMethod");
        case 2:
          if ((v = o.SignatureMethod) !== undefined) { w.bits(0, 1); k = "SignatureMethod"; ki = -1; e_SignatureMethodType(w, v); n++; m += 4; s = 3; continue; }
          k = ''; return encodeFail("missing mandatory element 'SignatureMethod'", "SignatureMethod");
        case 3:
          if ((v = o.Reference) !== undefined && i3 < asArray(v, "Reference").length) { w.bits(0, 1); k = "Reference"; ki = i3; e_ReferenceType(w, (v as unknown[])[i3]); if (i3++ === 0) { n++; m += 8; } s = 4; continue; }
          k = ''; return encodeFail("missing mandatory element 'Reference'", "Reference[0]");
        case 4:
          if ((v = o.Reference) !== undefined && i3 < asArray(v, "Reference").length) { w.bits(0, 2); k = "Reference"; ki = i3; e_ReferenceType(w, (v as unknown[])[i3]); if (i3++ === 0) { n++; m += 8; } s = 4; continue; }
          w.bits(1, 2); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (i3 !== 0 && i3 < (o.Reference as unknown[]).length) encodeFail(`too many items (${(o.Reference as unknown[]).length}) or items out of order`, "Reference[" + i3 + ']');
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_SignedInfoType, m);
}

function d_IntervalType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("IntervalType state 0");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_IntervalType: readonly string[] = [];
function e_IntervalType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_IntervalType, m);
}

function d_TransformType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: o["@Algorithm"] = r.string(9007199254740991); s = 1; continue;
          default: return r.escape("TransformType state 0");
        }
      case 1:
        switch (r.bits(3)) {
          case 0: if (r.chOrEmpty()) { v = r.string(9007199254740991); r.expect0('EE of XPath'); } else v = {}; pushItem(o, "XPath", v); s = 3; continue;
          case 1: return r.fail('wildcard element (xs:any) in TransformType is not supported');
          case 2: return o;
          case 3: return r.fail('untyped character content in TransformType is not supported');
          default: return r.escape("TransformType state 1");
        }
      case 2:
        switch (r.bits(3)) {
          case 0: if (r.chOrEmpty()) { v = r.string(9007199254740991); r.expect0('EE of XPath'); } else v = {}; pushItem(o, "XPath", v); s = 3; continue;
          case 1: return r.fail('wildcard element (xs:any) in TransformType is not supported');
          case 2: return o;
          case 3: return r.fail('untyped character content in TransformType is not supported');
          default: return r.escape("TransformType state 2");
        }
      case 3:
        switch (r.bits(3)) {
          case 0: if (r.chOrEmpty()) { v = r.string(9007199254740991); r.expect0('EE of XPath'); } else v = {}; pushItem(o, "XPath", v); s = 3; continue;
          case 1: return r.fail('wildcard element (xs:any) in TransformType is not supported');
          case 2: return o;
          case 3: return r.fail('untyped character content in TransformType is not supported');
          default: return r.escape("TransformType state 3");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_TransformType: readonly string[] = ["@Algorithm","XPath"];
function e_TransformType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1, i1 = 0;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o["@Algorithm"]) !== undefined) { w.bits(0, 1); k = "@Algorithm"; ki = -1; w.string(v, 9007199254740991); n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory attribute '@Algorithm'", "@Algorithm");
        case 1:
          if ((v = o.XPath) !== undefined && i1 < asArray(v, "XPath").length) { w.bits(0, 3); k = "XPath"; ki = i1; if (!w.emptyElement((v as unknown[])[i1])) { w.bits(0, 1); w.string((v as unknown[])[i1], 9007199254740991); w.bits(0, 1); } if (i1++ === 0) { n++; m += 2; } s = 3; continue; }
          w.bits(2, 3); break loop;
        case 2:
          if ((v = o.XPath) !== undefined && i1 < asArray(v, "XPath").length) { w.bits(0, 3); k = "XPath"; ki = i1; if (!w.emptyElement((v as unknown[])[i1])) { w.bits(0, 1); w.string((v as unknown[])[i1], 9007199254740991); w.bits(0, 1); } if (i1++ === 0) { n++; m += 2; } s = 3; continue; }
          w.bits(2, 3); break loop;
        case 3:
          if ((v = o.XPath) !== undefined && i1 < asArray(v, "XPath").length) { w.bits(0, 3); k = "XPath"; ki = i1; if (!w.emptyElement((v as unknown[])[i1])) { w.bits(0, 1); w.string((v as unknown[])[i1], 9007199254740991); w.bits(0, 1); } if (i1++ === 0) { n++; m += 2; } s = 3; continue; }
          w.bits(2, 3); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (i1 !== 0 && i1 < (o.XPath as unknown[]).length) encodeFail(`too many items (${(o.XPath as unknown[]).length}) or items out of order`, "XPath[" + i1 + ']');
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_TransformType, m);
}

function d_TransformsType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: v = d_TransformType(r); pushItem(o, "Transform", v); s = 1; continue;
          default: return r.escape("TransformsType state 0");
        }
      case 1:
        switch (r.bits(2)) {
          case 0: v = d_TransformType(r); pushItem(o, "Transform", v); s = 1; continue;
          case 1: return o;
          default: return r.escape("TransformsType state 1");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_TransformsType: readonly string[] = ["Transform"];
function e_TransformsType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1, i0 = 0;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.Transform) !== undefined && i0 < asArray(v, "Transform").length) { w.bits(0, 1); k = "Transform"; ki = i0; e_TransformType(w, (v as unknown[])[i0]); if (i0++ === 0) { n++; m += 1; } s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'Transform'", "Transform[0]");
        case 1:
          if ((v = o.Transform) !== undefined && i0 < asArray(v, "Transform").length) { w.bits(0, 2); k = "Transform"; ki = i0; e_TransformType(w, (v as unknown[])[i0]); if (i0++ === 0) { n++; m += 1; } s = 1; continue; }
          w.bits(1, 2); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (i0 !== 0 && i0 < (o.Transform as unknown[]).length) encodeFail(`too many items (${(o.Transform as unknown[]).length}) or items out of order`, "Transform[" + i0 + ']');
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_TransformsType, m);
}

function d_V2G_Message_anon(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: v = d_MessageHeaderType(r); o.Header = v; s = 1; continue;
          default: return r.escape("<V2G_Message> type state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: v = d_BodyType(r); o.Body = v; s = 2; continue;
          default: return r.escape("<V2G_Message> type state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("<V2G_Message> type state 2");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_V2G_Message_anon: readonly string[] = ["Header","Body"];
function e_V2G_Message_anon(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.Header) !== undefined) { w.bits(0, 1); k = "Header"; ki = -1; e_MessageHeaderType(w, v); n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'Header'", "Header");
        case 1:
          if ((v = o.Body) !== undefined) { w.bits(0, 1); k = "Body"; ki = -1; e_BodyType(w, v); n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'Body'", "Body");
        case 2:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_V2G_Message_anon, m);
}

function d_WeldingDetectionReqType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: v = d_DC_EVStatusType(r); o.DC_EVStatus = v; s = 1; continue;
          default: return r.escape("WeldingDetectionReqType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("WeldingDetectionReqType state 1");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_WeldingDetectionReqType: readonly string[] = ["DC_EVStatus"];
function e_WeldingDetectionReqType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.DC_EVStatus) !== undefined) { w.bits(0, 1); k = "DC_EVStatus"; ki = -1; e_DC_EVStatusType(w, v); n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'DC_EVStatus'", "DC_EVStatus");
        case 1:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_WeldingDetectionReqType, m);
}

function d_WeldingDetectionResType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN1, 5); r.expect0('EE of ResponseCode'); } else v = {}; o.ResponseCode = v; s = 1; continue;
          default: return r.escape("WeldingDetectionResType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: v = d_DC_EVSEStatusType(r); o.DC_EVSEStatus = v; s = 2; continue;
          default: return r.escape("WeldingDetectionResType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: v = d_PhysicalValueType(r); o.EVSEPresentVoltage = v; s = 3; continue;
          default: return r.escape("WeldingDetectionResType state 2");
        }
      case 3:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("WeldingDetectionResType state 3");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_WeldingDetectionResType: readonly string[] = ["ResponseCode","DC_EVSEStatus","EVSEPresentVoltage"];
function e_WeldingDetectionResType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.ResponseCode) !== undefined) { w.bits(0, 1); k = "ResponseCode"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM1, 5); w.bits(0, 1); } n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'ResponseCode'", "ResponseCode");
        case 1:
          if ((v = o.DC_EVSEStatus) !== undefined) { w.bits(0, 1); k = "DC_EVSEStatus"; ki = -1; e_DC_EVSEStatusType(w, v); n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'DC_EVSEStatus'", "DC_EVSEStatus");
        case 2:
          if ((v = o.EVSEPresentVoltage) !== undefined) { w.bits(0, 1); k = "EVSEPresentVoltage"; ki = -1; e_PhysicalValueType(w, v); n++; m += 4; s = 3; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVSEPresentVoltage'", "EVSEPresentVoltage");
        case 3:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_WeldingDetectionResType, m);
}

function d_X509DataType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(3)) {
          case 0: v = d_X509IssuerSerialType(r); pushItem(o, "X509IssuerSerial", v); s = 1; continue;
          case 1: if (r.chOrEmpty()) { v = r.binary(9007199254740991); r.expect0('EE of X509SKI'); } else v = {}; pushItem(o, "X509SKI", v); s = 2; continue;
          case 2: if (r.chOrEmpty()) { v = r.string(9007199254740991); r.expect0('EE of X509SubjectName'); } else v = {}; pushItem(o, "X509SubjectName", v); s = 3; continue;
          case 3: if (r.chOrEmpty()) { v = r.binary(9007199254740991); r.expect0('EE of X509Certificate'); } else v = {}; pushItem(o, "X509Certificate", v); s = 4; continue;
          case 4: if (r.chOrEmpty()) { v = r.binary(9007199254740991); r.expect0('EE of X509CRL'); } else v = {}; pushItem(o, "X509CRL", v); s = 5; continue;
          case 5: return r.fail('wildcard element (xs:any) in X509DataType is not supported');
          default: return r.escape("X509DataType state 0");
        }
      case 1:
        switch (r.bits(3)) {
          case 0: v = d_X509IssuerSerialType(r); pushItem(o, "X509IssuerSerial", v); s = 1; continue;
          case 1: if (r.chOrEmpty()) { v = r.binary(9007199254740991); r.expect0('EE of X509SKI'); } else v = {}; pushItem(o, "X509SKI", v); s = 2; continue;
          case 2: if (r.chOrEmpty()) { v = r.string(9007199254740991); r.expect0('EE of X509SubjectName'); } else v = {}; pushItem(o, "X509SubjectName", v); s = 3; continue;
          case 3: if (r.chOrEmpty()) { v = r.binary(9007199254740991); r.expect0('EE of X509Certificate'); } else v = {}; pushItem(o, "X509Certificate", v); s = 4; continue;
          case 4: if (r.chOrEmpty()) { v = r.binary(9007199254740991); r.expect0('EE of X509CRL'); } else v = {}; pushItem(o, "X509CRL", v); s = 5; continue;
          case 5: return r.fail('wildcard element (xs:any) in X509DataType is not supported');
          case 6: return o;
          default: return r.escape("X509DataType state 1");
        }
      case 2:
        switch (r.bits(3)) {
          case 0: v = d_X509IssuerSerialType(r); pushItem(o, "X509IssuerSerial", v); s = 1; continue;
          case 1: if (r.chOrEmpty()) { v = r.binary(9007199254740991); r.expect0('EE of X509SKI'); } else v = {}; pushItem(o, "X509SKI", v); s = 2; continue;
          case 2: if (r.chOrEmpty()) { v = r.string(9007199254740991); r.expect0('EE of X509SubjectName'); } else v = {}; pushItem(o, "X509SubjectName", v); s = 3; continue;
          case 3: if (r.chOrEmpty()) { v = r.binary(9007199254740991); r.expect0('EE of X509Certificate'); } else v = {}; pushItem(o, "X509Certificate", v); s = 4; continue;
          case 4: if (r.chOrEmpty()) { v = r.binary(9007199254740991); r.expect0('EE of X509CRL'); } else v = {}; pushItem(o, "X509CRL", v); s = 5; continue;
          case 5: return r.fail('wildcard element (xs:any) in X509DataType is not supported');
          case 6: return o;
          default: return r.escape("X509DataType state 2");
        }
      case 3:
        switch (r.bits(3)) {
          case 0: v = d_X509IssuerSerialType(r); pushItem(o, "X509IssuerSerial", v); s = 1; continue;
          case 1: if (r.chOrEmpty()) { v = r.binary(9007199254740991); r.expect0('EE of X509SKI'); } else v = {}; pushItem(o, "X509SKI", v); s = 2; continue;
          case 2: if (r.chOrEmpty()) { v = r.string(9007199254740991); r.expect0('EE of X509SubjectName'); } else v = {}; pushItem(o, "X509SubjectName", v); s = 3; continue;
          case 3: if (r.chOrEmpty()) { v = r.binary(9007199254740991); r.expect0('EE of X509Certificate'); } else v = {}; pushItem(o, "X509Certificate", v); s = 4; continue;
          case 4: if (r.chOrEmpty()) { v = r.binary(9007199254740991); r.expect0('EE of X509CRL'); } else v = {}; pushItem(o, "X509CRL", v); s = 5; continue;
          case 5: return r.fail('wildcard element (xs:any) in X509DataType is not supported');
          case 6: return o;
          default: return r.escape("X509DataType state 3");
        }
      case 4:
        switch (r.bits(3)) {
          case 0: v = d_X509IssuerSerialType(r); pushItem(o, "X509IssuerSerial", v); s = 1; continue;
          case 1: if (r.chOrEmpty()) { v = r.binary(9007199254740991); r.expect0('EE of X509SKI'); } else v = {}; pushItem(o, "X509SKI", v); s = 2; continue;
          case 2: if (r.chOrEmpty()) { v = r.string(9007199254740991); r.expect0('EE of X509SubjectName'); } else v = {}; pushItem(o, "X509SubjectName", v); s = 3; continue;
          case 3: if (r.chOrEmpty()) { v = r.binary(9007199254740991); r.expect0('EE of X509Certificate'); } else v = {}; pushItem(o, "X509Certificate", v); s = 4; continue;
          case 4: if (r.chOrEmpty()) { v = r.binary(9007199254740991); r.expect0('EE of X509CRL'); } else v = {}; pushItem(o, "X509CRL", v); s = 5; continue;
          case 5: return r.fail('wildcard element (xs:any) in X509DataType is not supported');
          case 6: return o;
          default: return r.escape("X509DataType state 4");
        }
      case 5:
        switch (r.bits(3)) {
          case 0: v = d_X509IssuerSerialType(r); pushItem(o, "X509IssuerSerial", v); s = 1; continue;
          case 1: if (r.chOrEmpty()) { v = r.binary(9007199254740991); r.expect0('EE of X509SKI'); } else v = {}; pushItem(o, "X509SKI", v); s = 2; continue;
          case 2: if (r.chOrEmpty()) { v = r.string(9007199254740991); r.expect0('EE of X509SubjectName'); } else v = {}; pushItem(o, "X509SubjectName", v); s = 3; continue;
          case 3: if (r.chOrEmpty()) { v = r.binary(9007199254740991); r.expect0('EE of X509Certificate'); } else v = {}; pushItem(o, "X509Certificate", v); s = 4; continue;
          case 4: if (r.chOrEmpty()) { v = r.binary(9007199254740991); r.expect0('EE of X509CRL'); } else v = {}; pushItem(o, "X509CRL", v); s = 5; continue;
          case 5: return r.fail('wildcard element (xs:any) in X509DataType is not supported');
          case 6: return o;
          default: return r.escape("X509DataType state 5");
        }
      case 6:
        switch (r.bits(3)) {
          case 0: v = d_X509IssuerSerialType(r); pushItem(o, "X509IssuerSerial", v); s = 1; continue;
          case 1: if (r.chOrEmpty()) { v = r.binary(9007199254740991); r.expect0('EE of X509SKI'); } else v = {}; pushItem(o, "X509SKI", v); s = 2; continue;
          case 2: if (r.chOrEmpty()) { v = r.string(9007199254740991); r.expect0('EE of X509SubjectName'); } else v = {}; pushItem(o, "X509SubjectName", v); s = 3; continue;
          case 3: if (r.chOrEmpty()) { v = r.binary(9007199254740991); r.expect0('EE of X509Certificate'); } else v = {}; pushItem(o, "X509Certificate", v); s = 4; continue;
          case 4: if (r.chOrEmpty()) { v = r.binary(9007199254740991); r.expect0('EE of X509CRL'); } else v = {}; pushItem(o, "X509CRL", v); s = 5; continue;
          case 5: return r.fail('wildcard element (xs:any) in X509DataType is not supported');
          case 6: return o;
          default: return r.escape("X509DataType state 6");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_X509DataType: readonly string[] = ["X509IssuerSerial","X509SKI","X509SubjectName","X509Certificate","X509CRL"];
function e_X509DataType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1, i0 = 0, i1 = 0, i2 = 0, i3 = 0, i4 = 0;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.X509IssuerSerial) !== undefined && i0 < asArray(v, "X509IssuerSerial").length) { w.bits(0, 3); k = "X509IssuerSerial"; ki = i0; e_X509IssuerSerialType(w, (v as unknown[])[i0]); if (i0++ === 0) { n++; m += 1; } s = 1; continue; }
          if ((v = o.X509SKI) !== undefined && i1 < asArray(v, "X509SKI").length) { w.bits(1, 3); k = "X509SKI"; ki = i1; if (!w.emptyElement((v as unknown[])[i1])) { w.bits(0, 1); w.binary((v as unknown[])[i1], 9007199254740991); w.bits(0, 1); } if (i1++ === 0) { n++; m += 2; } s = 2; continue; }
          if ((v = o.X509SubjectName) !== undefined && i2 < asArray(v, "X509SubjectName").length) { w.bits(2, 3); k = "X509SubjectName"; ki = i2; if (!w.emptyElement((v as unknown[])[i2])) { w.bits(0, 1); w.string((v as unknown[])[i2], 9007199254740991); w.bits(0, 1); } if (i2++ === 0) { n++; m += 4; } s = 3; continue; }
          if ((v = o.X509Certificate) !== undefined && i3 < asArray(v, "X509Certificate").length) { w.bits(3, 3); k = "X509Certificate"; ki = i3; if (!w.emptyElement((v as unknown[])[i3])) { w.bits(0, 1); w.binary((v as unknown[])[i3], 9007199254740991); w.bits(0, 1); } if (i3++ === 0) { n++; m += 8; } s = 4; continue; }
          if ((v = o.X509CRL) !== undefined && i4 < asArray(v, "X509CRL").length) { w.bits(4, 3); k = "X509CRL"; ki = i4; if (!w.emptyElement((v as unknown[])[i4])) { w.bits(0, 1); w.binary((v as unknown[])[i4], 9007199254740991); w.bits(0, 1); } if (i4++ === 0) { n++; m += 16; } s = 5; continue; }
          k = ''; return encodeFail("missing mandatory element 'X509IssuerSerial'", "X509IssuerSerial[0]");
        case 1:
          if ((v = o.X509IssuerSerial) !== undefined && i0 < asArray(v, "X509IssuerSerial").length) { w.bits(0, 3); k = "X509IssuerSerial"; ki = i0; e_X509IssuerSerialType(w, (v as unknown[])[i0]); if (i0++ === 0) { n++; m += 1; } s = 1; continue; }
          if ((v = o.X509SKI) !== undefined && i1 < asArray(v, "X509SKI").length) { w.bits(1, 3); k = "X509SKI"; ki = i1; if (!w.emptyElement((v as unknown[])[i1])) { w.bits(0, 1); w.binary((v as unknown[])[i1], 9007199254740991); w.bits(0, 1); } if (i1++ === 0) { n++; m += 2; } s = 2; continue; }
          if ((v = o.X509SubjectName) !== undefined && i2 < asArray(v, "X509SubjectName").length) { w.bits(2, 3); k = "X509SubjectName"; ki = i2; if (!w.emptyElement((v as unknown[])[i2])) { w.bits(0, 1); w.string((v as unknown[])[i2], 9007199254740991); w.bits(0, 1); } if (i2++ === 0) { n++; m += 4; } s = 3; continue; }
          if ((v = o.X509Certificate) !== undefined && i3 < asArray(v, "X509Certificate").length) { w.bits(3, 3); k = "X509Certificate"; ki = i3; if (!w.emptyElement((v as unknown[])[i3])) { w.bits(0, 1); w.binary((v as unknown[])[i3], 9007199254740991); w.bits(0, 1); } if (i3++ === 0) { n++; m += 8; } s = 4; continue; }
          if ((v = o.X509CRL) !== undefined && i4 < asArray(v, "X509CRL").length) { w.bits(4, 3); k = "X509CRL"; ki = i4; if (!w.emptyElement((v as unknown[])[i4])) { w.bits(0, 1); w.binary((v as unknown[])[i4], 9007199254740991); w.bits(0, 1); } if (i4++ === 0) { n++; m += 16; } s = 5; continue; }
          w.bits(6, 3); break loop;
        case 2:
          if ((v = o.X509IssuerSerial) !== undefined && i0 < asArray(v, "X509IssuerSerial").length) { w.bits(0, 3); k = "X509IssuerSerial"; ki = i0; e_X509IssuerSerialType(w, (v as unknown[])[i0]); if (i0++ === 0) { n++; m += 1; } s = 1; continue; }
          if ((v = o.X509SKI) !== undefined && i1 < asArray(v, "X509SKI").length) { w.bits(1, 3); k = "X509SKI"; ki = i1; if (!w.emptyElement((v as unknown[])[i1])) { w.bits(0, 1); w.binary((v as unknown[])[i1], 9007199254740991); w.bits(0, 1); } if (i1++ === 0) { n++; m += 2; } s = 2; continue; }
          if ((v = o.X509SubjectName) !== undefined && i2 < asArray(v, "X509SubjectName").length) { w.bits(2, 3); k = "X509SubjectName"; ki = i2; if (!w.emptyElement((v as unknown[])[i2])) { w.bits(0, 1); w.string((v as unknown[])[i2], 9007199254740991); w.bits(0, 1); } if (i2++ === 0) { n++; m += 4; } s = 3; continue; }
          if ((v = o.X509Certificate) !== undefined && i3 < asArray(v, "X509Certificate").length) { w.bits(3, 3); k = "X509Certificate"; ki = i3; if (!w.emptyElement((v as unknown[])[i3])) { w.bits(0, 1); w.binary((v as unknown[])[i3], 9007199254740991); w.bits(0, 1); } if (i3++ === 0) { n++; m += 8; } s = 4; continue; }
          if ((v = o.X509CRL) !== undefined && i4 < asArray(v, "X509CRL").length) { w.bits(4, 3); k = "X509CRL"; ki = i4; if (!w.emptyElement((v as unknown[])[i4])) { w.bits(0, 1); w.binary((v as unknown[])[i4], 9007199254740991); w.bits(0, 1); } if (i4++ === 0) { n++; m += 16; } s = 5; continue; }
          w.bits(6, 3); break loop;
        case 3:
          if ((v = o.X509IssuerSerial) !== undefined && i0 < asArray(v, "X509IssuerSerial").length) { w.bits(0, 3); k = "X509IssuerSerial"; ki = i0; e_X509IssuerSerialType(w, (v as unknown[])[i0]); if (i0++ === 0) { n++; m += 1; } s = 1; continue; }
          if ((v = o.X509SKI) !== undefined && i1 < asArray(v, "X509SKI").length) { w.bits(1, 3); k = "X509SKI"; ki = i1; if (!w.emptyElement((v as unknown[])[i1])) { w.bits(0, 1); w.binary((v as unknown[])[i1], 9007199254740991); w.bits(0, 1); } if (i1++ === 0) { n++; m += 2; } s = 2; continue; }
          if ((v = o.X509SubjectName) !== undefined && i2 < asArray(v, "X509SubjectName").length) { w.bits(2, 3); k = "X509SubjectName"; ki = i2; if (!w.emptyElement((v as unknown[])[i2])) { w.bits(0, 1); w.string((v as unknown[])[i2], 9007199254740991); w.bits(0, 1); } if (i2++ === 0) { n++; m += 4; } s = 3; continue; }
          if ((v = o.X509Certificate) !== undefined && i3 < asArray(v, "X509Certificate").length) { w.bits(3, 3); k = "X509Certificate"; ki = i3; if (!w.emptyElement((v as unknown[])[i3])) { w.bits(0, 1); w.binary((v as unknown[])[i3], 9007199254740991); w.bits(0, 1); } if (i3++ === 0) { n++; m += 8; } s = 4; continue; }
          if ((v = o.X509CRL) !== undefined && i4 < asArray(v, "X509CRL").length) { w.bits(4, 3); k = "X509CRL"; ki = i4; if (!w.emptyElement((v as unknown[])[i4])) { w.bits(0, 1); w.binary((v as unknown[])[i4], 9007199254740991); w.bits(0, 1); } if (i4++ === 0) { n++; m += 16; } s = 5; continue; }
          w.bits(6, 3); break loop;
        case 4:
          if ((v = o.X509IssuerSerial) !== undefined && i0 < asArray(v, "X509IssuerSerial").length) { w.bits(0, 3); k = "X509IssuerSerial"; ki = i0; e_X509IssuerSerialType(w, (v as unknown[])[i0]); if (i0++ === 0) { n++; m += 1; } s = 1; continue; }
          if ((v = o.X509SKI) !== undefined && i1 < asArray(v, "X509SKI").length) { w.bits(1, 3); k = "X509SKI"; ki = i1; if (!w.emptyElement((v as unknown[])[i1])) { w.bits(0, 1); w.binary((v as unknown[])[i1], 9007199254740991); w.bits(0, 1); } if (i1++ === 0) { n++; m += 2; } s = 2; continue; }
          if ((v = o.X509SubjectName) !== undefined && i2 < asArray(v, "X509SubjectName").length) { w.bits(2, 3); k = "X509SubjectName"; ki = i2; if (!w.emptyElement((v as unknown[])[i2])) { w.bits(0, 1); w.string((v as unknown[])[i2], 9007199254740991); w.bits(0, 1); } if (i2++ === 0) { n++; m += 4; } s = 3; continue; }
          if ((v = o.X509Certificate) !== undefined && i3 < asArray(v, "X509Certificate").length) { w.bits(3, 3); k = "X509Certificate"; ki = i3; if (!w.emptyElement((v as unknown[])[i3])) { w.bits(0, 1); w.binary((v as unknown[])[i3], 9007199254740991); w.bits(0, 1); } if (i3++ === 0) { n++; m += 8; } s = 4; continue; }
          if ((v = o.X509CRL) !== undefined && i4 < asArray(v, "X509CRL").length) { w.bits(4, 3); k = "X509CRL"; ki = i4; if (!w.emptyElement((v as unknown[])[i4])) { w.bits(0, 1); w.binary((v as unknown[])[i4], 9007199254740991); w.bits(0, 1); } if (i4++ === 0) { n++; m += 16; } s = 5; continue; }
          w.bits(6, 3); break loop;
        case 5:
          if ((v = o.X509IssuerSerial) !== undefined && i0 < asArray(v, "X509IssuerSerial").length) { w.bits(0, 3); k = "X509IssuerSerial"; ki = i0; e_X509IssuerSerialType(w, (v as unknown[])[i0]); if (i0++ === 0) { n++; m += 1; } s = 1; continue; }
          if ((v = o.X509SKI) !== undefined && i1 < asArray(v, "X509SKI").length) { w.bits(1, 3); k = "X509SKI"; ki = i1; if (!w.emptyElement((v as unknown[])[i1])) { w.bits(0, 1); w.binary((v as unknown[])[i1], 9007199254740991); w.bits(0, 1); } if (i1++ === 0) { n++; m += 2; } s = 2; continue; }
          if ((v = o.X509SubjectName) !== undefined && i2 < asArray(v, "X509SubjectName").length) { w.bits(2, 3); k = "X509SubjectName"; ki = i2; if (!w.emptyElement((v as unknown[])[i2])) { w.bits(0, 1); w.string((v as unknown[])[i2], 9007199254740991); w.bits(0, 1); } if (i2++ === 0) { n++; m += 4; } s = 3; continue; }
          if ((v = o.X509Certificate) !== undefined && i3 < asArray(v, "X509Certificate").length) { w.bits(3, 3); k = "X509Certificate"; ki = i3; if (!w.emptyElement((v as unknown[])[i3])) { w.bits(0, 1); w.binary((v as unknown[])[i3], 9007199254740991); w.bits(0, 1); } if (i3++ === 0) { n++; m += 8; } s = 4; continue; }
          if ((v = o.X509CRL) !== undefined && i4 < asArray(v, "X509CRL").length) { w.bits(4, 3); k = "X509CRL"; ki = i4; if (!w.emptyElement((v as unknown[])[i4])) { w.bits(0, 1); w.binary((v as unknown[])[i4], 9007199254740991); w.bits(0, 1); } if (i4++ === 0) { n++; m += 16; } s = 5; continue; }
          w.bits(6, 3); break loop;
        case 6:
          if ((v = o.X509IssuerSerial) !== undefined && i0 < asArray(v, "X509IssuerSerial").length) { w.bits(0, 3); k = "X509IssuerSerial"; ki = i0; e_X509IssuerSerialType(w, (v as unknown[])[i0]); if (i0++ === 0) { n++; m += 1; } s = 1; continue; }
          if ((v = o.X509SKI) !== undefined && i1 < asArray(v, "X509SKI").length) { w.bits(1, 3); k = "X509SKI"; ki = i1; if (!w.emptyElement((v as unknown[])[i1])) { w.bits(0, 1); w.binary((v as unknown[])[i1], 9007199254740991); w.bits(0, 1); } if (i1++ === 0) { n++; m += 2; } s = 2; continue; }
          if ((v = o.X509SubjectName) !== undefined && i2 < asArray(v, "X509SubjectName").length) { w.bits(2, 3); k = "X509SubjectName"; ki = i2; if (!w.emptyElement((v as unknown[])[i2])) { w.bits(0, 1); w.string((v as unknown[])[i2], 9007199254740991); w.bits(0, 1); } if (i2++ === 0) { n++; m += 4; } s = 3; continue; }
          if ((v = o.X509Certificate) !== undefined && i3 < asArray(v, "X509Certificate").length) { w.bits(3, 3); k = "X509Certificate"; ki = i3; if (!w.emptyElement((v as unknown[])[i3])) { w.bits(0, 1); w.binary((v as unknown[])[i3], 9007199254740991); w.bits(0, 1); } if (i3++ === 0) { n++; m += 8; } s = 4; continue; }
          if ((v = o.X509CRL) !== undefined && i4 < asArray(v, "X509CRL").length) { w.bits(4, 3); k = "X509CRL"; ki = i4; if (!w.emptyElement((v as unknown[])[i4])) { w.bits(0, 1); w.binary((v as unknown[])[i4], 9007199254740991); w.bits(0, 1); } if (i4++ === 0) { n++; m += 16; } s = 5; continue; }
          w.bits(6, 3); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (i0 !== 0 && i0 < (o.X509IssuerSerial as unknown[]).length) encodeFail(`too many items (${(o.X509IssuerSerial as unknown[]).length}) or items out of order`, "X509IssuerSerial[" + i0 + ']');
  if (i1 !== 0 && i1 < (o.X509SKI as unknown[]).length) encodeFail(`too many items (${(o.X509SKI as unknown[]).length}) or items out of order`, "X509SKI[" + i1 + ']');
  if (i2 !== 0 && i2 < (o.X509SubjectName as unknown[]).length) encodeFail(`too many items (${(o.X509SubjectName as unknown[]).length}) or items out of order`, "X509SubjectName[" + i2 + ']');
  if (i3 !== 0 && i3 < (o.X509Certificate as unknown[]).length) encodeFail(`too many items (${(o.X509Certificate as unknown[]).length}) or items out of order`, "X509Certificate[" + i3 + ']');
  if (i4 !== 0 && i4 < (o.X509CRL as unknown[]).length) encodeFail(`too many items (${(o.X509CRL as unknown[]).length}) or items out of order`, "X509CRL[" + i4 + ']');
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_X509DataType, m);
}

function d_PhysicalValueType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.nbit(3, -3, 3); r.expect0('EE of Multiplier'); } else v = {}; o.Multiplier = v; s = 1; continue;
          default: return r.escape("PhysicalValueType state 0");
        }
      case 1:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN10, 4); r.expect0('EE of Unit'); } else v = {}; o.Unit = v; s = 2; continue;
          case 1: if (r.chOrEmpty()) { v = r.int(-32768, 32767); r.expect0('EE of Value'); } else v = {}; o.Value = v; s = 3; continue;
          default: return r.escape("PhysicalValueType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.int(-32768, 32767); r.expect0('EE of Value'); } else v = {}; o.Value = v; s = 3; continue;
          default: return r.escape("PhysicalValueType state 2");
        }
      case 3:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("PhysicalValueType state 3");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_PhysicalValueType: readonly string[] = ["Multiplier","Unit","Value"];
function e_PhysicalValueType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.Multiplier) !== undefined) { w.bits(0, 1); k = "Multiplier"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.nbit(v, 3, -3, 3); w.bits(0, 1); } n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'Multiplier'", "Multiplier");
        case 1:
          if ((v = o.Unit) !== undefined) { w.bits(0, 2); k = "Unit"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM10, 4); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          if ((v = o.Value) !== undefined) { w.bits(1, 2); k = "Value"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.int(v, -32768, 32767); w.bits(0, 1); } n++; m += 4; s = 3; continue; }
          k = ''; return encodeFail("missing mandatory element 'Unit'", "Unit");
        case 2:
          if ((v = o.Value) !== undefined) { w.bits(0, 1); k = "Value"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.int(v, -32768, 32767); w.bits(0, 1); } n++; m += 4; s = 3; continue; }
          k = ''; return encodeFail("missing mandatory element 'Value'", "Value");
        case 3:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_PhysicalValueType, m);
}

function d_ListOfRootCertificateIDsType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.string(40); r.expect0('EE of RootCertificateID'); } else v = {}; pushItem(o, "RootCertificateID", v); s = 1; continue;
          default: return r.escape("ListOfRootCertificateIDsType state 0");
        }
      case 1:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.string(40); r.expect0('EE of RootCertificateID'); } else v = {}; pushItem(o, "RootCertificateID", v); s = 1; continue;
          case 1: return o;
          default: return r.escape("ListOfRootCertificateIDsType state 1");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_ListOfRootCertificateIDsType: readonly string[] = ["RootCertificateID"];
function e_ListOfRootCertificateIDsType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1, i0 = 0;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.RootCertificateID) !== undefined && i0 < asArray(v, "RootCertificateID").length) { w.bits(0, 1); k = "RootCertificateID"; ki = i0; if (!w.emptyElement((v as unknown[])[i0])) { w.bits(0, 1); w.string((v as unknown[])[i0], 40); w.bits(0, 1); } if (i0++ === 0) { n++; m += 1; } s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'RootCertificateID'", "RootCertificateID[0]");
        case 1:
          if ((v = o.RootCertificateID) !== undefined && i0 < asArray(v, "RootCertificateID").length) { w.bits(0, 2); k = "RootCertificateID"; ki = i0; if (!w.emptyElement((v as unknown[])[i0])) { w.bits(0, 1); w.string((v as unknown[])[i0], 40); w.bits(0, 1); } if (i0++ === 0) { n++; m += 1; } s = 1; continue; }
          w.bits(1, 2); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (i0 !== 0 && i0 < (o.RootCertificateID as unknown[]).length) encodeFail(`too many items (${(o.RootCertificateID as unknown[]).length}) or items out of order`, "RootCertificateID[" + i0 + ']');
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_ListOfRootCertificateIDsType, m);
}

function d_CertificateChainType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.binary(1200); r.expect0('EE of Certificate'); } else v = {}; o.Certificate = v; s = 1; continue;
          default: return r.escape("CertificateChainType state 0");
        }
      case 1:
        switch (r.bits(2)) {
          case 0: v = d_SubCertificatesType(r); o.SubCertificates = v; s = 2; continue;
          case 1: return o;
          default: return r.escape("CertificateChainType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("CertificateChainType state 2");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_CertificateChainType: readonly string[] = ["Certificate","SubCertificates"];
function e_CertificateChainType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.Certificate) !== undefined) { w.bits(0, 1); k = "Certificate"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.binary(v, 1200); w.bits(0, 1); } n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'Certificate'", "Certificate");
        case 1:
          if ((v = o.SubCertificates) !== undefined) { w.bits(0, 2); k = "SubCertificates"; ki = -1; e_SubCertificatesType(w, v); n++; m += 2; s = 2; continue; }
          w.bits(1, 2); break loop;
        case 2:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_CertificateChainType, m);
}

function d_MeterInfoType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.string(32); r.expect0('EE of MeterID'); } else v = {}; o.MeterID = v; s = 1; continue;
          default: return r.escape("MeterInfoType state 0");
        }
      case 1:
        switch (r.bits(3)) {
          case 0: v = d_PhysicalValueType(r); o.MeterReading = v; s = 2; continue;
          case 1: if (r.chOrEmpty()) { v = r.binary(32); r.expect0('EE of SigMeterReading'); } else v = {}; o.SigMeterReading = v; s = 3; continue;
          case 2: if (r.chOrEmpty()) { v = r.int(-32768, 32767); r.expect0('EE of MeterStatus'); } else v = {}; o.MeterStatus = v; s = 4; continue;
          case 3: if (r.chOrEmpty()) { v = r.long(-9223372036854775808n, 9223372036854775807n); r.expect0('EE of TMeter'); } else v = {}; o.TMeter = v; s = 5; continue;
          case 4: return o;
          default: return r.escape("MeterInfoType state 1");
        }
      case 2:
        switch (r.bits(3)) {
          case 0: if (r.chOrEmpty()) { v = r.binary(32); r.expect0('EE of SigMeterReading'); } else v = {}; o.SigMeterReading = v; s = 3; continue;
          case 1: if (r.chOrEmpty()) { v = r.int(-32768, 32767); r.expect0('EE of MeterStatus'); } else v = {}; o.MeterStatus = v; s = 4; continue;
          case 2: if (r.chOrEmpty()) { v = r.long(-9223372036854775808n, 9223372036854775807n); r.expect0('EE of TMeter'); } else v = {}; o.TMeter = v; s = 5; continue;
          case 3: return o;
          default: return r.escape("MeterInfoType state 2");
        }
      case 3:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.int(-32768, 32767); r.expect0('EE of MeterStatus'); } else v = {}; o.MeterStatus = v; s = 4; continue;
          case 1: if (r.chOrEmpty()) { v = r.long(-9223372036854775808n, 9223372036854775807n); r.expect0('EE of TMeter'); } else v = {}; o.TMeter = v; s = 5; continue;
          case 2: return o;
          default: return r.escape("MeterInfoType state 3");
        }
      case 4:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.long(-9223372036854775808n, 9223372036854775807n); r.expect0('EE of TMeter'); } else v = {}; o.TMeter = v; s = 5; continue;
          case 1: return o;
          default: return r.escape("MeterInfoType state 4");
        }
      case 5:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("MeterInfoType state 5");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_MeterInfoType: readonly string[] = ["MeterID","MeterReading","SigMeterReading","MeterStatus","TMeter"];
function e_MeterInfoType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.MeterID) !== undefined) { w.bits(0, 1); k = "MeterID"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.string(v, 32); w.bits(0, 1); } n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'MeterID'", "MeterID");
        case 1:
          if ((v = o.MeterReading) !== undefined) { w.bits(0, 3); k = "MeterReading"; ki = -1; e_PhysicalValueType(w, v); n++; m += 2; s = 2; continue; }
          if ((v = o.SigMeterReading) !== undefined) { w.bits(1, 3); k = "SigMeterReading"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.binary(v, 32); w.bits(0, 1); } n++; m += 4; s = 3; continue; }
          if ((v = o.MeterStatus) !== undefined) { w.bits(2, 3); k = "MeterStatus"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.int(v, -32768, 32767); w.bits(0, 1); } n++; m += 8; s = 4; continue; }
          if ((v = o.TMeter) !== undefined) { w.bits(3, 3); k = "TMeter"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.long(v, -9223372036854775808n, 9223372036854775807n); w.bits(0, 1); } n++; m += 16; s = 5; continue; }
          w.bits(4, 3); break loop;
        case 2:
          if ((v = o.SigMeterReading) !== undefined) { w.bits(0, 3); k = "SigMeterReading"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.binary(v, 32); w.bits(0, 1); } n++; m += 4; s = 3; continue; }
          if ((v = o.MeterStatus) !== undefined) { w.bits(1, 3); k = "MeterStatus"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.int(v, -32768, 32767); w.bits(0, 1); } n++; m += 8; s = 4; continue; }
          if ((v = o.TMeter) !== undefined) { w.bits(2, 3); k = "TMeter"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.long(v, -9223372036854775808n, 9223372036854775807n); w.bits(0, 1); } n++; m += 16; s = 5; continue; }
          w.bits(3, 3); break loop;
        case 3:
          if ((v = o.MeterStatus) !== undefined) { w.bits(0, 2); k = "MeterStatus"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.int(v, -32768, 32767); w.bits(0, 1); } n++; m += 8; s = 4; continue; }
          if ((v = o.TMeter) !== undefined) { w.bits(1, 2); k = "TMeter"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.long(v, -9223372036854775808n, 9223372036854775807n); w.bits(0, 1); } n++; m += 16; s = 5; continue; }
          w.bits(2, 2); break loop;
        case 4:
          if ((v = o.TMeter) !== undefined) { w.bits(0, 2); k = "TMeter"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.long(v, -9223372036854775808n, 9223372036854775807n); w.bits(0, 1); } n++; m += 16; s = 5; continue; }
          w.bits(1, 2); break loop;
        case 5:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_MeterInfoType, m);
}

function d_ChargingProfileType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.int(-32768, 32767); r.expect0('EE of SAScheduleTupleID'); } else v = {}; o.SAScheduleTupleID = v; s = 1; continue;
          default: return r.escape("ChargingProfileType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: v = d_ProfileEntryType(r); pushItem(o, "ProfileEntry", v); s = 2; continue;
          default: return r.escape("ChargingProfileType state 1");
        }
      case 2:
        switch (r.bits(2)) {
          case 0: v = d_ProfileEntryType(r); pushItem(o, "ProfileEntry", v); s = 2; continue;
          case 1: return o;
          default: return r.escape("ChargingProfileType state 2");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_ChargingProfileType: readonly string[] = ["SAScheduleTupleID","ProfileEntry"];
function e_ChargingProfileType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1, i1 = 0;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.SAScheduleTupleID) !== undefined) { w.bits(0, 1); k = "SAScheduleTupleID"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.int(v, -32768, 32767); w.bits(0, 1); } n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'SAScheduleTupleID'", "SAScheduleTupleID");
        case 1:
          if ((v = o.ProfileEntry) !== undefined && i1 < asArray(v, "ProfileEntry").length) { w.bits(0, 1); k = "ProfileEntry"; ki = i1; e_ProfileEntryType(w, (v as unknown[])[i1]); if (i1++ === 0) { n++; m += 2; } s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'ProfileEntry'", "ProfileEntry[0]");
        case 2:
          if ((v = o.ProfileEntry) !== undefined && i1 < asArray(v, "ProfileEntry").length) { w.bits(0, 2); k = "ProfileEntry"; ki = i1; e_ProfileEntryType(w, (v as unknown[])[i1]); if (i1++ === 0) { n++; m += 2; } s = 2; continue; }
          w.bits(1, 2); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (i1 !== 0 && i1 < (o.ProfileEntry as unknown[]).length) encodeFail(`too many items (${(o.ProfileEntry as unknown[]).length}) or items out of order`, "ProfileEntry[" + i1 + ']');
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_ChargingProfileType, m);
}

function d_SAScheduleTupleType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.int(-32768, 32767); r.expect0('EE of SAScheduleTupleID'); } else v = {}; o.SAScheduleTupleID = v; s = 1; continue;
          default: return r.escape("SAScheduleTupleType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: v = d_PMaxScheduleType(r); o.PMaxSchedule = v; s = 2; continue;
          default: return r.escape("SAScheduleTupleType state 1");
        }
      case 2:
        switch (r.bits(2)) {
          case 0: v = d_SalesTariffType(r); o.SalesTariff = v; s = 3; continue;
          case 1: return o;
          default: return r.escape("SAScheduleTupleType state 2");
        }
      case 3:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("SAScheduleTupleType state 3");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_SAScheduleTupleType: readonly string[] = ["SAScheduleTupleID","PMaxSchedule","SalesTariff"];
function e_SAScheduleTupleType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.SAScheduleTupleID) !== undefined) { w.bits(0, 1); k = "SAScheduleTupleID"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.int(v, -32768, 32767); w.bits(0, 1); } n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'SAScheduleTupleID'", "SAScheduleTupleID");
        case 1:
          if ((v = o.PMaxSchedule) !== undefined) { w.bits(0, 1); k = "PMaxSchedule"; ki = -1; e_PMaxScheduleType(w, v); n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'PMaxSchedule'", "PMaxSchedule");
        case 2:
          if ((v = o.SalesTariff) !== undefined) { w.bits(0, 2); k = "SalesTariff"; ki = -1; e_SalesTariffType(w, v); n++; m += 4; s = 3; continue; }
          w.bits(1, 2); break loop;
        case 3:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_SAScheduleTupleType, m);
}

function d_ConsumptionCostType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.uint(4294967295); r.expect0('EE of startValue'); } else v = {}; o.startValue = v; s = 1; continue;
          default: return r.escape("ConsumptionCostType state 0");
        }
      case 1:
        switch (r.bits(2)) {
          case 0: v = d_CostType(r); pushItem(o, "Cost", v); s = 2; continue;
          case 1: return o;
          default: return r.escape("ConsumptionCostType state 1");
        }
      case 2:
        switch (r.bits(2)) {
          case 0: v = d_CostType(r); pushItem(o, "Cost", v); s = 2; continue;
          case 1: return o;
          default: return r.escape("ConsumptionCostType state 2");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_ConsumptionCostType: readonly string[] = ["startValue","Cost"];
function e_ConsumptionCostType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1, i1 = 0;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.startValue) !== undefined) { w.bits(0, 1); k = "startValue"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.uint(v, 4294967295); w.bits(0, 1); } n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'startValue'", "startValue");
        case 1:
          if ((v = o.Cost) !== undefined && i1 < asArray(v, "Cost").length) { w.bits(0, 2); k = "Cost"; ki = i1; e_CostType(w, (v as unknown[])[i1]); if (i1++ === 0) { n++; m += 2; } s = 2; continue; }
          w.bits(1, 2); break loop;
        case 2:
          if ((v = o.Cost) !== undefined && i1 < asArray(v, "Cost").length) { w.bits(0, 2); k = "Cost"; ki = i1; e_CostType(w, (v as unknown[])[i1]); if (i1++ === 0) { n++; m += 2; } s = 2; continue; }
          w.bits(1, 2); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (i1 !== 0 && i1 < (o.Cost as unknown[]).length) encodeFail(`too many items (${(o.Cost as unknown[]).length}) or items out of order`, "Cost[" + i1 + ']');
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_ConsumptionCostType, m);
}

function d_ServiceTagType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.uint(65535); r.expect0('EE of ServiceID'); } else v = {}; o.ServiceID = v; s = 1; continue;
          default: return r.escape("ServiceTagType state 0");
        }
      case 1:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.string(32); r.expect0('EE of ServiceName'); } else v = {}; o.ServiceName = v; s = 2; continue;
          case 1: if (r.chOrEmpty()) { v = r.enumeration(EN8, 2); r.expect0('EE of ServiceCategory'); } else v = {}; o.ServiceCategory = v; s = 3; continue;
          default: return r.escape("ServiceTagType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN8, 2); r.expect0('EE of ServiceCategory'); } else v = {}; o.ServiceCategory = v; s = 3; continue;
          default: return r.escape("ServiceTagType state 2");
        }
      case 3:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.string(32); r.expect0('EE of ServiceScope'); } else v = {}; o.ServiceScope = v; s = 4; continue;
          case 1: return o;
          default: return r.escape("ServiceTagType state 3");
        }
      case 4:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("ServiceTagType state 4");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_ServiceTagType: readonly string[] = ["ServiceID","ServiceName","ServiceCategory","ServiceScope"];
function e_ServiceTagType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.ServiceID) !== undefined) { w.bits(0, 1); k = "ServiceID"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.uint(v, 65535); w.bits(0, 1); } n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'ServiceID'", "ServiceID");
        case 1:
          if ((v = o.ServiceName) !== undefined) { w.bits(0, 2); k = "ServiceName"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.string(v, 32); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          if ((v = o.ServiceCategory) !== undefined) { w.bits(1, 2); k = "ServiceCategory"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM8, 2); w.bits(0, 1); } n++; m += 4; s = 3; continue; }
          k = ''; return encodeFail("missing mandatory element 'ServiceName'", "ServiceName");
        case 2:
          if ((v = o.ServiceCategory) !== undefined) { w.bits(0, 1); k = "ServiceCategory"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM8, 2); w.bits(0, 1); } n++; m += 4; s = 3; continue; }
          k = ''; return encodeFail("missing mandatory element 'ServiceCategory'", "ServiceCategory");
        case 3:
          if ((v = o.ServiceScope) !== undefined) { w.bits(0, 2); k = "ServiceScope"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.string(v, 32); w.bits(0, 1); } n++; m += 8; s = 4; continue; }
          w.bits(1, 2); break loop;
        case 4:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_ServiceTagType, m);
}

function d_ServiceParameterListType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: v = d_ParameterSetType(r); pushItem(o, "ParameterSet", v); s = 1; continue;
          default: return r.escape("ServiceParameterListType state 0");
        }
      case 1:
        switch (r.bits(2)) {
          case 0: v = d_ParameterSetType(r); pushItem(o, "ParameterSet", v); s = 1; continue;
          case 1: return o;
          default: return r.escape("ServiceParameterListType state 1");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_ServiceParameterListType: readonly string[] = ["ParameterSet"];
function e_ServiceParameterListType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1, i0 = 0;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.ParameterSet) !== undefined && i0 < asArray(v, "ParameterSet").length) { w.bits(0, 1); k = "ParameterSet"; ki = i0; e_ParameterSetType(w, (v as unknown[])[i0]); if (i0++ === 0) { n++; m += 1; } s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'ParameterSet'", "ParameterSet[0]");
        case 1:
          if ((v = o.ParameterSet) !== undefined && i0 < asArray(v, "ParameterSet").length) { w.bits(0, 2); k = "ParameterSet"; ki = i0; e_ParameterSetType(w, (v as unknown[])[i0]); if (i0++ === 0) { n++; m += 1; } s = 1; continue; }
          w.bits(1, 2); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (i0 !== 0 && i0 < (o.ParameterSet as unknown[]).length) encodeFail(`too many items (${(o.ParameterSet as unknown[]).length}) or items out of order`, "ParameterSet[" + i0 + ']');
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_ServiceParameterListType, m);
}

function d_PaymentOptionsType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN9, 1); r.expect0('EE of PaymentOption'); } else v = {}; pushItem(o, "PaymentOption", v); s = 1; continue;
          default: return r.escape("PaymentOptionsType state 0");
        }
      case 1:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN9, 1); r.expect0('EE of PaymentOption'); } else v = {}; pushItem(o, "PaymentOption", v); s = 1; continue;
          case 1: return o;
          default: return r.escape("PaymentOptionsType state 1");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_PaymentOptionsType: readonly string[] = ["PaymentOption"];
function e_PaymentOptionsType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1, i0 = 0;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.PaymentOption) !== undefined && i0 < asArray(v, "PaymentOption").length) { w.bits(0, 1); k = "PaymentOption"; ki = i0; if (!w.emptyElement((v as unknown[])[i0])) { w.bits(0, 1); w.enumeration((v as unknown[])[i0], EM9, 1); w.bits(0, 1); } if (i0++ === 0) { n++; m += 1; } s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'PaymentOption'", "PaymentOption[0]");
        case 1:
          if ((v = o.PaymentOption) !== undefined && i0 < asArray(v, "PaymentOption").length) { w.bits(0, 2); k = "PaymentOption"; ki = i0; if (!w.emptyElement((v as unknown[])[i0])) { w.bits(0, 1); w.enumeration((v as unknown[])[i0], EM9, 1); w.bits(0, 1); } if (i0++ === 0) { n++; m += 1; } s = 1; continue; }
          w.bits(1, 2); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (i0 !== 0 && i0 < (o.PaymentOption as unknown[]).length) encodeFail(`too many items (${(o.PaymentOption as unknown[]).length}) or items out of order`, "PaymentOption[" + i0 + ']');
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_PaymentOptionsType, m);
}

function d_ServiceTagListType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: v = d_ServiceType(r); pushItem(o, "Service", v); s = 1; continue;
          default: return r.escape("ServiceTagListType state 0");
        }
      case 1:
        switch (r.bits(2)) {
          case 0: v = d_ServiceType(r); pushItem(o, "Service", v); s = 1; continue;
          case 1: return o;
          default: return r.escape("ServiceTagListType state 1");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_ServiceTagListType: readonly string[] = ["Service"];
function e_ServiceTagListType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1, i0 = 0;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.Service) !== undefined && i0 < asArray(v, "Service").length) { w.bits(0, 1); k = "Service"; ki = i0; e_ServiceType(w, (v as unknown[])[i0]); if (i0++ === 0) { n++; m += 1; } s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'Service'", "Service[0]");
        case 1:
          if ((v = o.Service) !== undefined && i0 < asArray(v, "Service").length) { w.bits(0, 2); k = "Service"; ki = i0; e_ServiceType(w, (v as unknown[])[i0]); if (i0++ === 0) { n++; m += 1; } s = 1; continue; }
          w.bits(1, 2); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (i0 !== 0 && i0 < (o.Service as unknown[]).length) encodeFail(`too many items (${(o.Service as unknown[]).length}) or items out of order`, "Service[" + i0 + ']');
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_ServiceTagListType, m);
}

function d_SelectedServiceListType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: v = d_SelectedServiceType(r); pushItem(o, "SelectedService", v); s = 1; continue;
          default: return r.escape("SelectedServiceListType state 0");
        }
      case 1:
        switch (r.bits(2)) {
          case 0: v = d_SelectedServiceType(r); pushItem(o, "SelectedService", v); s = 1; continue;
          case 1: return o;
          default: return r.escape("SelectedServiceListType state 1");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_SelectedServiceListType: readonly string[] = ["SelectedService"];
function e_SelectedServiceListType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1, i0 = 0;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.SelectedService) !== undefined && i0 < asArray(v, "SelectedService").length) { w.bits(0, 1); k = "SelectedService"; ki = i0; e_SelectedServiceType(w, (v as unknown[])[i0]); if (i0++ === 0) { n++; m += 1; } s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'SelectedService'", "SelectedService[0]");
        case 1:
          if ((v = o.SelectedService) !== undefined && i0 < asArray(v, "SelectedService").length) { w.bits(0, 2); k = "SelectedService"; ki = i0; e_SelectedServiceType(w, (v as unknown[])[i0]); if (i0++ === 0) { n++; m += 1; } s = 1; continue; }
          w.bits(1, 2); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (i0 !== 0 && i0 < (o.SelectedService as unknown[]).length) encodeFail(`too many items (${(o.SelectedService as unknown[]).length}) or items out of order`, "SelectedService[" + i0 + ']');
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_SelectedServiceListType, m);
}

function d_MessageHeaderType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.binary(8); r.expect0('EE of SessionID'); } else v = {}; o.SessionID = v; s = 1; continue;
          default: return r.escape("MessageHeaderType state 0");
        }
      case 1:
        switch (r.bits(2)) {
          case 0: v = d_NotificationType(r); o.Notification = v; s = 2; continue;
          case 1: v = d_SignatureType(r); o.Signature = v; s = 3; continue;
          case 2: return o;
          default: return r.escape("MessageHeaderType state 1");
        }
      case 2:
        switch (r.bits(2)) {
          case 0: v = d_SignatureType(r); o.Signature = v; s = 3; continue;
          case 1: return o;
          default: return r.escape("MessageHeaderType state 2");
        }
      case 3:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("MessageHeaderType state 3");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_MessageHeaderType: readonly string[] = ["SessionID","Notification","Signature"];
function e_MessageHeaderType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.SessionID) !== undefined) { w.bits(0, 1); k = "SessionID"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.binary(v, 8); w.bits(0, 1); } n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'SessionID'", "SessionID");
        case 1:
          if ((v = o.Notification) !== undefined) { w.bits(0, 2); k = "Notification"; ki = -1; e_NotificationType(w, v); n++; m += 2; s = 2; continue; }
          if ((v = o.Signature) !== undefined) { w.bits(1, 2); k = "Signature"; ki = -1; e_SignatureType(w, v); n++; m += 4; s = 3; continue; }
          w.bits(2, 2); break loop;
        case 2:
          if ((v = o.Signature) !== undefined) { w.bits(0, 2); k = "Signature"; ki = -1; e_SignatureType(w, v); n++; m += 4; s = 3; continue; }
          w.bits(1, 2); break loop;
        case 3:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_MessageHeaderType, m);
}

function d_BodyType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(6)) {
          case 0: v = d_BodyBaseType(r); o.BodyElement = v; s = 1; continue;
          case 1: v = d_CableCheckReqType(r); o.CableCheckReq = v; s = 1; continue;
          case 2: v = d_CableCheckResType(r); o.CableCheckRes = v; s = 1; continue;
          case 3: v = d_CertificateInstallationReqType(r); o.CertificateInstallationReq = v; s = 1; continue;
          case 4: v = d_CertificateInstallationResType(r); o.CertificateInstallationRes = v; s = 1; continue;
          case 5: v = d_CertificateUpdateReqType(r); o.CertificateUpdateReq = v; s = 1; continue;
          case 6: v = d_CertificateUpdateResType(r); o.CertificateUpdateRes = v; s = 1; continue;
          case 7: v = d_ChargeParameterDiscoveryReqType(r); o.ChargeParameterDiscoveryReq = v; s = 1; continue;
          case 8: v = d_ChargeParameterDiscoveryResType(r); o.ChargeParameterDiscoveryRes = v; s = 1; continue;
          case 9: v = d_ChargingStatusReqType(r); o.ChargingStatusReq = v; s = 1; continue;
          case 10: v = d_ChargingStatusResType(r); o.ChargingStatusRes = v; s = 1; continue;
          case 11: v = d_ContractAuthenticationReqType(r); o.ContractAuthenticationReq = v; s = 1; continue;
          case 12: v = d_ContractAuthenticationResType(r); o.ContractAuthenticationRes = v; s = 1; continue;
          case 13: v = d_CurrentDemandReqType(r); o.CurrentDemandReq = v; s = 1; continue;
          case 14: v = d_CurrentDemandResType(r); o.CurrentDemandRes = v; s = 1; continue;
          case 15: v = d_MeteringReceiptReqType(r); o.MeteringReceiptReq = v; s = 1; continue;
          case 16: v = d_MeteringReceiptResType(r); o.MeteringReceiptRes = v; s = 1; continue;
          case 17: v = d_PaymentDetailsReqType(r); o.PaymentDetailsReq = v; s = 1; continue;
          case 18: v = d_PaymentDetailsResType(r); o.PaymentDetailsRes = v; s = 1; continue;
          case 19: v = d_PowerDeliveryReqType(r); o.PowerDeliveryReq = v; s = 1; continue;
          case 20: v = d_PowerDeliveryResType(r); o.PowerDeliveryRes = v; s = 1; continue;
          case 21: v = d_PreChargeReqType(r); o.PreChargeReq = v; s = 1; continue;
          case 22: v = d_PreChargeResType(r); o.PreChargeRes = v; s = 1; continue;
          case 23: v = d_ServiceDetailReqType(r); o.ServiceDetailReq = v; s = 1; continue;
          case 24: v = d_ServiceDetailResType(r); o.ServiceDetailRes = v; s = 1; continue;
          case 25: v = d_ServiceDiscoveryReqType(r); o.ServiceDiscoveryReq = v; s = 1; continue;
          case 26: v = d_ServiceDiscoveryResType(r); o.ServiceDiscoveryRes = v; s = 1; continue;
          case 27: v = d_ServicePaymentSelectionReqType(r); o.ServicePaymentSelectionReq = v; s = 1; continue;
          case 28: v = d_ServicePaymentSelectionResType(r); o.ServicePaymentSelectionRes = v; s = 1; continue;
          case 29: v = d_SessionSetupReqType(r); o.SessionSetupReq = v; s = 1; continue;
          case 30: v = d_SessionSetupResType(r); o.SessionSetupRes = v; s = 1; continue;
          case 31: v = d_SessionStopType(r); o.SessionStopReq = v; s = 1; continue;
          case 32: v = d_SessionStopResType(r); o.SessionStopRes = v; s = 1; continue;
          case 33: v = d_WeldingDetectionReqType(r); o.WeldingDetectionReq = v; s = 1; continue;
          case 34: v = d_WeldingDetectionResType(r); o.WeldingDetectionRes = v; s = 1; continue;
          case 35: return o;
          default: return r.escape("BodyType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("BodyType state 1");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const P_BodyType_0: ReadonlyMap<string, number> = new Map([["BodyElement",0],["CableCheckReq",1],["CableCheckRes",2],["CertificateInstallationReq",3],["CertificateInstallationRes",4],["CertificateUpdateReq",5],["CertificateUpdateRes",6],["ChargeParameterDiscoveryReq",7],["ChargeParameterDiscoveryRes",8],["ChargingStatusReq",9],["ChargingStatusRes",10],["ContractAuthenticationReq",11],["ContractAuthenticationRes",12],["CurrentDemandReq",13],["CurrentDemandRes",14],["MeteringReceiptReq",15],["MeteringReceiptRes",16],["PaymentDetailsReq",17],["PaymentDetailsRes",18],["PowerDeliveryReq",19],["PowerDeliveryRes",20],["PreChargeReq",21],["PreChargeRes",22],["ServiceDetailReq",23],["ServiceDetailRes",24],["ServiceDiscoveryReq",25],["ServiceDiscoveryRes",26],["ServicePaymentSelectionReq",27],["ServicePaymentSelectionRes",28],["SessionSetupReq",29],["SessionSetupRes",30],["SessionStopReq",31],["SessionStopRes",32],["WeldingDetectionReq",33],["WeldingDetectionRes",34]]);
const K_BodyType: readonly string[] = ["BodyElement","CableCheckReq","CableCheckRes","CertificateInstallationReq","CertificateInstallationRes","CertificateUpdateReq","CertificateUpdateRes","ChargeParameterDiscoveryReq","ChargeParameterDiscoveryRes","ChargingStatusReq","ChargingStatusRes","ContractAuthenticationReq","ContractAuthenticationRes","CurrentDemandReq","CurrentDemandRes","MeteringReceiptReq","MeteringReceiptRes","PaymentDetailsReq","PaymentDetailsRes","PowerDeliveryReq","PowerDeliveryRes","PreChargeReq","PreChargeRes","ServiceDetailReq","ServiceDetailRes","ServiceDiscoveryReq","ServiceDiscoveryRes","ServicePaymentSelectionReq","ServicePaymentSelectionRes","SessionSetupReq","SessionSetupRes","SessionStopReq","SessionStopRes","WeldingDetectionReq","WeldingDetectionRes"];
function e_BodyType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          switch (firstKey(o, P_BodyType_0)) {
            case 0: v = o.BodyElement; { w.bits(0, 6); k = "BodyElement"; ki = -1; e_BodyBaseType(w, v); n++; m += 1; s = 1; continue; }
            case 1: v = o.CableCheckReq; { w.bits(1, 6); k = "CableCheckReq"; ki = -1; e_CableCheckReqType(w, v); n++; m += 2; s = 1; continue; }
            case 2: v = o.CableCheckRes; { w.bits(2, 6); k = "CableCheckRes"; ki = -1; e_CableCheckResType(w, v); n++; m += 4; s = 1; continue; }
            case 3: v = o.CertificateInstallationReq; { w.bits(3, 6); k = "CertificateInstallationReq"; ki = -1; e_CertificateInstallationReqType(w, v); n++; m += 8; s = 1; continue; }
            case 4: v = o.CertificateInstallationRes; { w.bits(4, 6); k = "CertificateInstallationRes"; ki = -1; e_CertificateInstallationResType(w, v); n++; m += 16; s = 1; continue; }
            case 5: v = o.CertificateUpdateReq; { w.bits(5, 6); k = "CertificateUpdateReq"; ki = -1; e_CertificateUpdateReqType(w, v); n++; m += 32; s = 1; continue; }
            case 6: v = o.CertificateUpdateRes; { w.bits(6, 6); k = "CertificateUpdateRes"; ki = -1; e_CertificateUpdateResType(w, v); n++; m += 64; s = 1; continue; }
            case 7: v = o.ChargeParameterDiscoveryReq; { w.bits(7, 6); k = "ChargeParameterDiscoveryReq"; ki = -1; e_ChargeParameterDiscoveryReqType(w, v); n++; m += 128; s = 1; continue; }
            case 8: v = o.ChargeParameterDiscoveryRes; { w.bits(8, 6); k = "ChargeParameterDiscoveryRes"; ki = -1; e_ChargeParameterDiscoveryResType(w, v); n++; m += 256; s = 1; continue; }
            case 9: v = o.ChargingStatusReq; { w.bits(9, 6); k = "ChargingStatusReq"; ki = -1; e_ChargingStatusReqType(w, v); n++; m += 512; s = 1; continue; }
            case 10: v = o.ChargingStatusRes; { w.bits(10, 6); k = "ChargingStatusRes"; ki = -1; e_ChargingStatusResType(w, v); n++; m += 1024; s = 1; continue; }
            case 11: v = o.ContractAuthenticationReq; { w.bits(11, 6); k = "ContractAuthenticationReq"; ki = -1; e_ContractAuthenticationReqType(w, v); n++; m += 2048; s = 1; continue; }
            case 12: v = o.ContractAuthenticationRes; { w.bits(12, 6); k = "ContractAuthenticationRes"; ki = -1; e_ContractAuthenticationResType(w, v); n++; m += 4096; s = 1; continue; }
            case 13: v = o.CurrentDemandReq; { w.bits(13, 6); k = "CurrentDemandReq"; ki = -1; e_CurrentDemandReqType(w, v); n++; m += 8192; s = 1; continue; }
            case 14: v = o.CurrentDemandRes; { w.bits(14, 6); k = "CurrentDemandRes"; ki = -1; e_CurrentDemandResType(w, v); n++; m += 16384; s = 1; continue; }
            case 15: v = o.MeteringReceiptReq; { w.bits(15, 6); k = "MeteringReceiptReq"; ki = -1; e_MeteringReceiptReqType(w, v); n++; m += 32768; s = 1; continue; }
            case 16: v = o.MeteringReceiptRes; { w.bits(16, 6); k = "MeteringReceiptRes"; ki = -1; e_MeteringReceiptResType(w, v); n++; m += 65536; s = 1; continue; }
            case 17: v = o.PaymentDetailsReq; { w.bits(17, 6); k = "PaymentDetailsReq"; ki = -1; e_PaymentDetailsReqType(w, v); n++; m += 131072; s = 1; continue; }
            case 18: v = o.PaymentDetailsRes; { w.bits(18, 6); k = "PaymentDetailsRes"; ki = -1; e_PaymentDetailsResType(w, v); n++; m += 262144; s = 1; continue; }
            case 19: v = o.PowerDeliveryReq; { w.bits(19, 6); k = "PowerDeliveryReq"; ki = -1; e_PowerDeliveryReqType(w, v); n++; m += 524288; s = 1; continue; }
            case 20: v = o.PowerDeliveryRes; { w.bits(20, 6); k = "PowerDeliveryRes"; ki = -1; e_PowerDeliveryResType(w, v); n++; m += 1048576; s = 1; continue; }
            case 21: v = o.PreChargeReq; { w.bits(21, 6); k = "PreChargeReq"; ki = -1; e_PreChargeReqType(w, v); n++; m += 2097152; s = 1; continue; }
            case 22: v = o.PreChargeRes; { w.bits(22, 6); k = "PreChargeRes"; ki = -1; e_PreChargeResType(w, v); n++; m += 4194304; s = 1; continue; }
            case 23: v = o.ServiceDetailReq; { w.bits(23, 6); k = "ServiceDetailReq"; ki = -1; e_ServiceDetailReqType(w, v); n++; m += 8388608; s = 1; continue; }
            case 24: v = o.ServiceDetailRes; { w.bits(24, 6); k = "ServiceDetailRes"; ki = -1; e_ServiceDetailResType(w, v); n++; m += 16777216; s = 1; continue; }
            case 25: v = o.ServiceDiscoveryReq; { w.bits(25, 6); k = "ServiceDiscoveryReq"; ki = -1; e_ServiceDiscoveryReqType(w, v); n++; m += 33554432; s = 1; continue; }
            case 26: v = o.ServiceDiscoveryRes; { w.bits(26, 6); k = "ServiceDiscoveryRes"; ki = -1; e_ServiceDiscoveryResType(w, v); n++; m += 67108864; s = 1; continue; }
            case 27: v = o.ServicePaymentSelectionReq; { w.bits(27, 6); k = "ServicePaymentSelectionReq"; ki = -1; e_ServicePaymentSelectionReqType(w, v); n++; m += 134217728; s = 1; continue; }
            case 28: v = o.ServicePaymentSelectionRes; { w.bits(28, 6); k = "ServicePaymentSelectionRes"; ki = -1; e_ServicePaymentSelectionResType(w, v); n++; m += 268435456; s = 1; continue; }
            case 29: v = o.SessionSetupReq; { w.bits(29, 6); k = "SessionSetupReq"; ki = -1; e_SessionSetupReqType(w, v); n++; m += 536870912; s = 1; continue; }
            case 30: v = o.SessionSetupRes; { w.bits(30, 6); k = "SessionSetupRes"; ki = -1; e_SessionSetupResType(w, v); n++; m += 1073741824; s = 1; continue; }
            case 31: v = o.SessionStopReq; { w.bits(31, 6); k = "SessionStopReq"; ki = -1; e_SessionStopType(w, v); n++; m += 2147483648; s = 1; continue; }
            case 32: v = o.SessionStopRes; { w.bits(32, 6); k = "SessionStopRes"; ki = -1; e_SessionStopResType(w, v); n++; m += 4294967296; s = 1; continue; }
            case 33: v = o.WeldingDetectionReq; { w.bits(33, 6); k = "WeldingDetectionReq"; ki = -1; e_WeldingDetectionReqType(w, v); n++; m += 8589934592; s = 1; continue; }
            case 34: v = o.WeldingDetectionRes; { w.bits(34, 6); k = "WeldingDetectionRes"; ki = -1; e_WeldingDetectionResType(w, v); n++; m += 17179869184; s = 1; continue; }
          }
          w.bits(35, 6); break loop;
        case 1:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_BodyType, m);
}

function d_X509IssuerSerialType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.string(9007199254740991); r.expect0('EE of X509IssuerName'); } else v = {}; o.X509IssuerName = v; s = 1; continue;
          default: return r.escape("X509IssuerSerialType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.long(null, null); r.expect0('EE of X509SerialNumber'); } else v = {}; o.X509SerialNumber = v; s = 2; continue;
          default: return r.escape("X509IssuerSerialType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("X509IssuerSerialType state 2");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_X509IssuerSerialType: readonly string[] = ["X509IssuerName","X509SerialNumber"];
function e_X509IssuerSerialType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.X509IssuerName) !== undefined) { w.bits(0, 1); k = "X509IssuerName"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.string(v, 9007199254740991); w.bits(0, 1); } n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'X509IssuerName'", "X509IssuerName");
        case 1:
          if ((v = o.X509SerialNumber) !== undefined) { w.bits(0, 1); k = "X509SerialNumber"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.long(v, null, null); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'X509SerialNumber'", "X509SerialNumber");
        case 2:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_X509IssuerSerialType, m);
}

function d_SubCertificatesType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.binary(1200); r.expect0('EE of Certificate'); } else v = {}; pushItem(o, "Certificate", v); s = 1; continue;
          default: return r.escape("SubCertificatesType state 0");
        }
      case 1:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.binary(1200); r.expect0('EE of Certificate'); } else v = {}; pushItem(o, "Certificate", v); s = 1; continue;
          case 1: return o;
          default: return r.escape("SubCertificatesType state 1");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_SubCertificatesType: readonly string[] = ["Certificate"];
function e_SubCertificatesType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1, i0 = 0;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.Certificate) !== undefined && i0 < asArray(v, "Certificate").length) { w.bits(0, 1); k = "Certificate"; ki = i0; if (!w.emptyElement((v as unknown[])[i0])) { w.bits(0, 1); w.binary((v as unknown[])[i0], 1200); w.bits(0, 1); } if (i0++ === 0) { n++; m += 1; } s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'Certificate'", "Certificate[0]");
        case 1:
          if ((v = o.Certificate) !== undefined && i0 < asArray(v, "Certificate").length) { w.bits(0, 2); k = "Certificate"; ki = i0; if (!w.emptyElement((v as unknown[])[i0])) { w.bits(0, 1); w.binary((v as unknown[])[i0], 1200); w.bits(0, 1); } if (i0++ === 0) { n++; m += 1; } s = 1; continue; }
          w.bits(1, 2); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (i0 !== 0 && i0 < (o.Certificate as unknown[]).length) encodeFail(`too many items (${(o.Certificate as unknown[]).length}) or items out of order`, "Certificate[" + i0 + ']');
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_SubCertificatesType, m);
}

function d_ProfileEntryType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.uint(4294967295); r.expect0('EE of ChargingProfileEntryStart'); } else v = {}; o.ChargingProfileEntryStart = v; s = 1; continue;
          default: return r.escape("ProfileEntryType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.int(-32768, 32767); r.expect0('EE of ChargingProfileEntryMaxPower'); } else v = {}; o.ChargingProfileEntryMaxPower = v; s = 2; continue;
          default: return r.escape("ProfileEntryType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("ProfileEntryType state 2");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_ProfileEntryType: readonly string[] = ["ChargingProfileEntryStart","ChargingProfileEntryMaxPower"];
function e_ProfileEntryType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.ChargingProfileEntryStart) !== undefined) { w.bits(0, 1); k = "ChargingProfileEntryStart"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.uint(v, 4294967295); w.bits(0, 1); } n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'ChargingProfileEntryStart'", "ChargingProfileEntryStart");
        case 1:
          if ((v = o.ChargingProfileEntryMaxPower) !== undefined) { w.bits(0, 1); k = "ChargingProfileEntryMaxPower"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.int(v, -32768, 32767); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'ChargingProfileEntryMaxPower'", "ChargingProfileEntryMaxPower");
        case 2:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_ProfileEntryType, m);
}

function d_PMaxScheduleType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.int(-32768, 32767); r.expect0('EE of PMaxScheduleID'); } else v = {}; o.PMaxScheduleID = v; s = 1; continue;
          default: return r.escape("PMaxScheduleType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: v = d_PMaxScheduleEntryType(r); pushItem(o, "PMaxScheduleEntry", v); s = 2; continue;
          default: return r.escape("PMaxScheduleType state 1");
        }
      case 2:
        switch (r.bits(2)) {
          case 0: v = d_PMaxScheduleEntryType(r); pushItem(o, "PMaxScheduleEntry", v); s = 2; continue;
          case 1: return o;
          default: return r.escape("PMaxScheduleType state 2");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_PMaxScheduleType: readonly string[] = ["PMaxScheduleID","PMaxScheduleEntry"];
function e_PMaxScheduleType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1, i1 = 0;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.PMaxScheduleID) !== undefined) { w.bits(0, 1); k = "PMaxScheduleID"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.int(v, -32768, 32767); w.bits(0, 1); } n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'PMaxScheduleID'", "PMaxScheduleID");
        case 1:
          if ((v = o.PMaxScheduleEntry) !== undefined && i1 < asArray(v, "PMaxScheduleEntry").length) { w.bits(0, 1); k = "PMaxScheduleEntry"; ki = i1; e_PMaxScheduleEntryType(w, (v as unknown[])[i1]); if (i1++ === 0) { n++; m += 2; } s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'PMaxScheduleEntry'", "PMaxScheduleEntry[0]");
        case 2:
          if ((v = o.PMaxScheduleEntry) !== undefined && i1 < asArray(v, "PMaxScheduleEntry").length) { w.bits(0, 2); k = "PMaxScheduleEntry"; ki = i1; e_PMaxScheduleEntryType(w, (v as unknown[])[i1]); if (i1++ === 0) { n++; m += 2; } s = 2; continue; }
          w.bits(1, 2); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (i1 !== 0 && i1 < (o.PMaxScheduleEntry as unknown[]).length) encodeFail(`too many items (${(o.PMaxScheduleEntry as unknown[]).length}) or items out of order`, "PMaxScheduleEntry[" + i1 + ']');
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_PMaxScheduleType, m);
}

function d_SalesTariffType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: o["@Id"] = r.string(9007199254740991); s = 1; continue;
          default: return r.escape("SalesTariffType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.int(-32768, 32767); r.expect0('EE of SalesTariffID'); } else v = {}; o.SalesTariffID = v; s = 2; continue;
          default: return r.escape("SalesTariffType state 1");
        }
      case 2:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.string(32); r.expect0('EE of SalesTariffDescription'); } else v = {}; o.SalesTariffDescription = v; s = 3; continue;
          case 1: if (r.chOrEmpty()) { v = r.nbit(8, 0, 255); r.expect0('EE of NumEPriceLevels'); } else v = {}; o.NumEPriceLevels = v; s = 4; continue;
          default: return r.escape("SalesTariffType state 2");
        }
      case 3:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.nbit(8, 0, 255); r.expect0('EE of NumEPriceLevels'); } else v = {}; o.NumEPriceLevels = v; s = 4; continue;
          default: return r.escape("SalesTariffType state 3");
        }
      case 4:
        switch (r.bits(1)) {
          case 0: v = d_SalesTariffEntryType(r); pushItem(o, "SalesTariffEntry", v); s = 5; continue;
          default: return r.escape("SalesTariffType state 4");
        }
      case 5:
        switch (r.bits(2)) {
          case 0: v = d_SalesTariffEntryType(r); pushItem(o, "SalesTariffEntry", v); s = 5; continue;
          case 1: return o;
          default: return r.escape("SalesTariffType state 5");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_SalesTariffType: readonly string[] = ["@Id","SalesTariffID","SalesTariffDescription","NumEPriceLevels","SalesTariffEntry"];
function e_SalesTariffType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1, i4 = 0;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o["@Id"]) !== undefined) { w.bits(0, 1); k = "@Id"; ki = -1; w.string(v, 9007199254740991); n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory attribute '@Id'", "@Id");
        case 1:
          if ((v = o.SalesTariffID) !== undefined) { w.bits(0, 1); k = "SalesTariffID"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.int(v, -32768, 32767); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'SalesTariffID'", "SalesTariffID");
        case 2:
          if ((v = o.SalesTariffDescription) !== undefined) { w.bits(0, 2); k = "SalesTariffDescription"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.string(v, 32); w.bits(0, 1); } n++; m += 4; s = 3; continue; }
          if ((v = o.NumEPriceLevels) !== undefined) { w.bits(1, 2); k = "NumEPriceLevels"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.nbit(v, 8, 0, 255); w.bits(0, 1); } n++; m += 8; s = 4; continue; }
          k = ''; return encodeFail("missing mandatory element 'SalesTariffDescription'", "SalesTariffDescription");
        case 3:
          if ((v = o.NumEPriceLevels) !== undefined) { w.bits(0, 1); k = "NumEPriceLevels"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.nbit(v, 8, 0, 255); w.bits(0, 1); } n++; m += 8; s = 4; continue; }
          k = ''; return encodeFail("missing mandatory element 'NumEPriceLevels'", "NumEPriceLevels");
        case 4:
          if ((v = o.SalesTariffEntry) !== undefined && i4 < asArray(v, "SalesTariffEntry").length) { w.bits(0, 1); k = "SalesTariffEntry"; ki = i4; e_SalesTariffEntryType(w, (v as unknown[])[i4]); if (i4++ === 0) { n++; m += 16; } s = 5; continue; }
          k = ''; return encodeFail("missing mandatory element 'SalesTariffEntry'", "SalesTariffEntry[0]");
        case 5:
          if ((v = o.SalesTariffEntry) !== undefined && i4 < asArray(v, "SalesTariffEntry").length) { w.bits(0, 2); k = "SalesTariffEntry"; ki = i4; e_SalesTariffEntryType(w, (v as unknown[])[i4]); if (i4++ === 0) { n++; m += 16; } s = 5; continue; }
          w.bits(1, 2); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (i4 !== 0 && i4 < (o.SalesTariffEntry as unknown[]).length) encodeFail(`too many items (${(o.SalesTariffEntry as unknown[]).length}) or items out of order`, "SalesTariffEntry[" + i4 + ']');
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_SalesTariffType, m);
}

function d_CostType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN11, 2); r.expect0('EE of costKind'); } else v = {}; o.costKind = v; s = 1; continue;
          default: return r.escape("CostType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.uint(4294967295); r.expect0('EE of amount'); } else v = {}; o.amount = v; s = 2; continue;
          default: return r.escape("CostType state 1");
        }
      case 2:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.nbit(3, -3, 3); r.expect0('EE of amountMultiplier'); } else v = {}; o.amountMultiplier = v; s = 3; continue;
          case 1: return o;
          default: return r.escape("CostType state 2");
        }
      case 3:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("CostType state 3");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_CostType: readonly string[] = ["costKind","amount","amountMultiplier"];
function e_CostType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.costKind) !== undefined) { w.bits(0, 1); k = "costKind"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM11, 2); w.bits(0, 1); } n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'costKind'", "costKind");
        case 1:
          if ((v = o.amount) !== undefined) { w.bits(0, 1); k = "amount"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.uint(v, 4294967295); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'amount'", "amount");
        case 2:
          if ((v = o.amountMultiplier) !== undefined) { w.bits(0, 2); k = "amountMultiplier"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.nbit(v, 3, -3, 3); w.bits(0, 1); } n++; m += 4; s = 3; continue; }
          w.bits(1, 2); break loop;
        case 3:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_CostType, m);
}

function d_ParameterSetType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.int(-32768, 32767); r.expect0('EE of ParameterSetID'); } else v = {}; o.ParameterSetID = v; s = 1; continue;
          default: return r.escape("ParameterSetType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: v = d_ParameterType(r); pushItem(o, "Parameter", v); s = 2; continue;
          default: return r.escape("ParameterSetType state 1");
        }
      case 2:
        switch (r.bits(2)) {
          case 0: v = d_ParameterType(r); pushItem(o, "Parameter", v); s = 2; continue;
          case 1: return o;
          default: return r.escape("ParameterSetType state 2");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_ParameterSetType: readonly string[] = ["ParameterSetID","Parameter"];
function e_ParameterSetType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1, i1 = 0;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.ParameterSetID) !== undefined) { w.bits(0, 1); k = "ParameterSetID"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.int(v, -32768, 32767); w.bits(0, 1); } n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'ParameterSetID'", "ParameterSetID");
        case 1:
          if ((v = o.Parameter) !== undefined && i1 < asArray(v, "Parameter").length) { w.bits(0, 1); k = "Parameter"; ki = i1; e_ParameterType(w, (v as unknown[])[i1]); if (i1++ === 0) { n++; m += 2; } s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'Parameter'", "Parameter[0]");
        case 2:
          if ((v = o.Parameter) !== undefined && i1 < asArray(v, "Parameter").length) { w.bits(0, 2); k = "Parameter"; ki = i1; e_ParameterType(w, (v as unknown[])[i1]); if (i1++ === 0) { n++; m += 2; } s = 2; continue; }
          w.bits(1, 2); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (i1 !== 0 && i1 < (o.Parameter as unknown[]).length) encodeFail(`too many items (${(o.Parameter as unknown[]).length}) or items out of order`, "Parameter[" + i1 + ']');
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_ParameterSetType, m);
}

function d_ServiceType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: v = d_ServiceTagType(r); o.ServiceTag = v; s = 1; continue;
          default: return r.escape("ServiceType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.bool(); r.expect0('EE of FreeService'); } else v = {}; o.FreeService = v; s = 2; continue;
          default: return r.escape("ServiceType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("ServiceType state 2");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_ServiceType: readonly string[] = ["ServiceTag","FreeService"];
function e_ServiceType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.ServiceTag) !== undefined) { w.bits(0, 1); k = "ServiceTag"; ki = -1; e_ServiceTagType(w, v); n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'ServiceTag'", "ServiceTag");
        case 1:
          if ((v = o.FreeService) !== undefined) { w.bits(0, 1); k = "FreeService"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.bool(v); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'FreeService'", "FreeService");
        case 2:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_ServiceType, m);
}

function d_SelectedServiceType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.uint(65535); r.expect0('EE of ServiceID'); } else v = {}; o.ServiceID = v; s = 1; continue;
          default: return r.escape("SelectedServiceType state 0");
        }
      case 1:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.int(-32768, 32767); r.expect0('EE of ParameterSetID'); } else v = {}; o.ParameterSetID = v; s = 2; continue;
          case 1: return o;
          default: return r.escape("SelectedServiceType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("SelectedServiceType state 2");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_SelectedServiceType: readonly string[] = ["ServiceID","ParameterSetID"];
function e_SelectedServiceType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.ServiceID) !== undefined) { w.bits(0, 1); k = "ServiceID"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.uint(v, 65535); w.bits(0, 1); } n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'ServiceID'", "ServiceID");
        case 1:
          if ((v = o.ParameterSetID) !== undefined) { w.bits(0, 2); k = "ParameterSetID"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.int(v, -32768, 32767); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          w.bits(1, 2); break loop;
        case 2:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_SelectedServiceType, m);
}

function d_NotificationType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN12, 2); r.expect0('EE of FaultCode'); } else v = {}; o.FaultCode = v; s = 1; continue;
          default: return r.escape("NotificationType state 0");
        }
      case 1:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.string(64); r.expect0('EE of FaultMsg'); } else v = {}; o.FaultMsg = v; s = 2; continue;
          case 1: return o;
          default: return r.escape("NotificationType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("NotificationType state 2");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_NotificationType: readonly string[] = ["FaultCode","FaultMsg"];
function e_NotificationType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.FaultCode) !== undefined) { w.bits(0, 1); k = "FaultCode"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM12, 2); w.bits(0, 1); } n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'FaultCode'", "FaultCode");
        case 1:
          if ((v = o.FaultMsg) !== undefined) { w.bits(0, 2); k = "FaultMsg"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.string(v, 64); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          w.bits(1, 2); break loop;
        case 2:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_NotificationType, m);
}

function d_ParameterType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: o["@Name"] = r.string(9007199254740991); s = 1; continue;
          default: return r.escape("ParameterType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: o["@ValueType"] = r.enumeration(EN13, 3); s = 2; continue;
          default: return r.escape("ParameterType state 1");
        }
      case 2:
        switch (r.bits(3)) {
          case 0: if (r.chOrEmpty()) { v = r.bool(); r.expect0('EE of boolValue'); } else v = {}; o.boolValue = v; s = 3; continue;
          case 1: if (r.chOrEmpty()) { v = r.nbit(8, -128, 127); r.expect0('EE of byteValue'); } else v = {}; o.byteValue = v; s = 4; continue;
          case 2: if (r.chOrEmpty()) { v = r.int(-32768, 32767); r.expect0('EE of shortValue'); } else v = {}; o.shortValue = v; s = 5; continue;
          case 3: if (r.chOrEmpty()) { v = r.int(-2147483648, 2147483647); r.expect0('EE of intValue'); } else v = {}; o.intValue = v; s = 6; continue;
          case 4: v = d_PhysicalValueType(r); o.physicalValue = v; s = 7; continue;
          case 5: if (r.chOrEmpty()) { v = r.string(9007199254740991); r.expect0('EE of stringValue'); } else v = {}; o.stringValue = v; s = 8; continue;
          default: return r.escape("ParameterType state 2");
        }
      case 3:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("ParameterType state 3");
        }
      case 4:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("ParameterType state 4");
        }
      case 5:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("ParameterType state 5");
        }
      case 6:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("ParameterType state 6");
        }
      case 7:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("ParameterType state 7");
        }
      case 8:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("ParameterType state 8");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_ParameterType: readonly string[] = ["@Name","@ValueType","boolValue","byteValue","shortValue","intValue","physicalValue","stringValue"];
function e_ParameterType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o["@Name"]) !== undefined) { w.bits(0, 1); k = "@Name"; ki = -1; w.string(v, 9007199254740991); n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory attribute '@Name'", "@Name");
        case 1:
          if ((v = o["@ValueType"]) !== undefined) { w.bits(0, 1); k = "@ValueType"; ki = -1; w.enumeration(v, EM13, 3); n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory attribute '@ValueType'", "@ValueType");
        case 2:
          if ((v = o.boolValue) !== undefined) { w.bits(0, 3); k = "boolValue"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.bool(v); w.bits(0, 1); } n++; m += 4; s = 3; continue; }
          if ((v = o.byteValue) !== undefined) { w.bits(1, 3); k = "byteValue"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.nbit(v, 8, -128, 127); w.bits(0, 1); } n++; m += 8; s = 4; continue; }
          if ((v = o.shortValue) !== undefined) { w.bits(2, 3); k = "shortValue"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.int(v, -32768, 32767); w.bits(0, 1); } n++; m += 16; s = 5; continue; }
          if ((v = o.intValue) !== undefined) { w.bits(3, 3); k = "intValue"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.int(v, -2147483648, 2147483647); w.bits(0, 1); } n++; m += 32; s = 6; continue; }
          if ((v = o.physicalValue) !== undefined) { w.bits(4, 3); k = "physicalValue"; ki = -1; e_PhysicalValueType(w, v); n++; m += 64; s = 7; continue; }
          if ((v = o.stringValue) !== undefined) { w.bits(5, 3); k = "stringValue"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.string(v, 9007199254740991); w.bits(0, 1); } n++; m += 128; s = 8; continue; }
          k = ''; return encodeFail("missing mandatory element 'boolValue'", "boolValue");
        case 3:
          w.bits(0, 1); break loop;
        case 4:
          w.bits(0, 1); break loop;
        case 5:
          w.bits(0, 1); break loop;
        case 6:
          w.bits(0, 1); break loop;
        case 7:
          w.bits(0, 1); break loop;
        case 8:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_ParameterType, m);
}
