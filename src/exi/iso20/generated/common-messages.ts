// generated, do not edit.
// ISO 15118-20 CommonMessages: schema-informed EXI 1.0 codec (non-strict, V2G options), built by src/exi/gen from:
//   iso20/V2G_CI_CommonMessages.xsd
//   iso20/V2G_CI_CommonTypes.xsd
//   iso20/xmldsig-core-schema.xsd
// Regenerate with `npm run gen:exi -- ../shared/schemas`.
/* eslint-disable */

import type { BitReader } from '../../core/bit-reader.js';
import { type BitWriter, encodeFail, prefixError } from '../../core/bit-writer.js';
import { asArray, asObject, type ExiObject, extraKeyFail, firstKey, keyCount, pushItem } from '../../core/doc.js';

/** Global elements in DocContent order (sorted by local name, then namespace). */
export const ROOT_ELEMENTS: readonly string[] = ["AuthorizationReq","AuthorizationRes","AuthorizationSetupReq","AuthorizationSetupRes","CLReqControlMode","CLResControlMode","CanonicalizationMethod","CertificateInstallationReq","CertificateInstallationRes","DSAKeyValue","DigestMethod","DigestValue","KeyInfo","KeyName","KeyValue","Manifest","MeteringConfirmationReq","MeteringConfirmationRes","MgmtData","Object","PGPData","PowerDeliveryReq","PowerDeliveryRes","RSAKeyValue","Reference","RetrievalMethod","SPKIData","ScheduleExchangeReq","ScheduleExchangeRes","ServiceDetailReq","ServiceDetailRes","ServiceDiscoveryReq","ServiceDiscoveryRes","ServiceSelectionReq","ServiceSelectionRes","SessionSetupReq","SessionSetupRes","SessionStopReq","SessionStopRes","Signature","SignatureMethod","SignatureProperties","SignatureProperty","SignatureValue","SignedInfo","SignedInstallationData","SignedMeteringData","Transform","Transforms","VehicleCheckInReq","VehicleCheckInRes","VehicleCheckOutReq","VehicleCheckOutRes","X509Data"];

const EN0: readonly string[] = ["EIM","PnC"];
const EM0: ReadonlyMap<string, number> = new Map(EN0.map((v, i) => [v, i]));
const EN1: readonly string[] = ["OK","OK_CertificateExpiresSoon","OK_NewSessionEstablished","OK_OldSessionJoined","OK_PowerToleranceConfirmed","WARNING_AuthorizationSelectionInvalid","WARNING_CertificateExpired","WARNING_CertificateNotYetValid","WARNING_CertificateRevoked","WARNING_CertificateValidationError","WARNING_ChallengeInvalid","WARNING_EIMAuthorizationFailure","WARNING_eMSPUnknown","WARNING_EVPowerProfileViolation","WARNING_GeneralPnCAuthorizationError","WARNING_NoCertificateAvailable","WARNING_NoContractMatchingPCIDFound","WARNING_PowerToleranceNotConfirmed","WARNING_ScheduleRenegotiationFailed","WARNING_StandbyNotAllowed","WARNING_WPT","FAILED","FAILED_AssociationError","FAILED_ContactorError","FAILED_EVPowerProfileInvalid","FAILED_EVPowerProfileViolation","FAILED_MeteringSignatureNotValid","FAILED_NoEnergyTransferServiceSelected","FAILED_NoServiceRenegotiationSupported","FAILED_PauseNotAllowed","FAILED_PowerDeliveryNotApplied","FAILED_PowerToleranceNotConfirmed","FAILED_ScheduleRenegotiation","FAILED_ScheduleSelectionInvalid","FAILED_SequenceError","FAILED_ServiceIDInvalid","FAILED_ServiceSelectionInvalid","FAILED_SignatureError","FAILED_UnknownSession","FAILED_WrongChargeParameter"];
const EM1: ReadonlyMap<string, number> = new Map(EN1.map((v, i) => [v, i]));
const EN2: readonly string[] = ["Finished","Ongoing","Ongoing_WaitingForCustomerInteraction"];
const EM2: ReadonlyMap<string, number> = new Map(EN2.map((v, i) => [v, i]));
const EN3: readonly string[] = ["Start","Stop","Standby","ScheduleRenegotiation"];
const EM3: ReadonlyMap<string, number> = new Map(EN3.map((v, i) => [v, i]));
const EN4: readonly string[] = ["Charge","Discharge"];
const EM4: ReadonlyMap<string, number> = new Map(EN4.map((v, i) => [v, i]));
const EN5: readonly string[] = ["Pause","Terminate","ServiceRenegotiation"];
const EM5: ReadonlyMap<string, number> = new Map(EN5.map((v, i) => [v, i]));
const EN6: readonly string[] = ["SECP521","X448"];
const EM6: ReadonlyMap<string, number> = new Map(EN6.map((v, i) => [v, i]));
const EN7: readonly string[] = ["CheckIn","Processing","Completed"];
const EM7: ReadonlyMap<string, number> = new Map(EN7.map((v, i) => [v, i]));
const EN8: readonly string[] = ["AutoParking","MVGuideManual","Manual"];
const EM8: ReadonlyMap<string, number> = new Map(EN8.map((v, i) => [v, i]));
const EN9: readonly string[] = ["CheckOut","Processing","Completed"];
const EM9: ReadonlyMap<string, number> = new Map(EN9.map((v, i) => [v, i]));
const EN10: readonly string[] = ["Scheduled","Completed"];
const EM10: ReadonlyMap<string, number> = new Map(EN10.map((v, i) => [v, i]));
const EN11: readonly string[] = ["Pause","ExitStandby","Terminate","ScheduleRenegotiation","ServiceRenegotiation","MeteringConfirmation"];
const EM11: ReadonlyMap<string, number> = new Map(EN11.map((v, i) => [v, i]));
const EN12: readonly string[] = ["PowerToleranceNotConfirmed","PowerToleranceConfirmed"];
const EM12: ReadonlyMap<string, number> = new Map(EN12.map((v, i) => [v, i]));

/** Decodes DocContent (after the EXI header) up to ED; returns the document in the EXI JSON form. */
export function decodeDocument(r: BitReader): ExiObject {
  switch (r.bits(6)) {
    case 0: { let v: unknown; v = d_AuthorizationReqType(r); return { "AuthorizationReq": v }; }
    case 1: { let v: unknown; v = d_AuthorizationResType(r); return { "AuthorizationRes": v }; }
    case 2: { let v: unknown; v = d_AuthorizationSetupReqType(r); return { "AuthorizationSetupReq": v }; }
    case 3: { let v: unknown; v = d_AuthorizationSetupResType(r); return { "AuthorizationSetupRes": v }; }
    case 4: { let v: unknown; v = d_CLReqControlModeType(r); return { "CLReqControlMode": v }; }
    case 5: { let v: unknown; v = d_CLResControlModeType(r); return { "CLResControlMode": v }; }
    case 6: { let v: unknown; v = d_CanonicalizationMethodType(r); return { "CanonicalizationMethod": v }; }
    case 7: { let v: unknown; v = d_CertificateInstallationReqType(r); return { "CertificateInstallationReq": v }; }
    case 8: { let v: unknown; v = d_CertificateInstallationResType(r); return { "CertificateInstallationRes": v }; }
    case 9: { let v: unknown; v = d_DSAKeyValueType(r); return { "DSAKeyValue": v }; }
    case 10: { let v: unknown; v = d_DigestMethodType(r); return { "DigestMethod": v }; }
    case 11: { let v: unknown; if (r.chOrEmpty()) { v = r.binary(9007199254740991); r.expect0('EE of DigestValue'); } else v = {}; return { "DigestValue": v }; }
    case 12: { let v: unknown; v = d_KeyInfoType(r); return { "KeyInfo": v }; }
    case 13: { let v: unknown; if (r.chOrEmpty()) { v = r.string(9007199254740991); r.expect0('EE of KeyName'); } else v = {}; return { "KeyName": v }; }
    case 14: { let v: unknown; v = d_KeyValueType(r); return { "KeyValue": v }; }
    case 15: { let v: unknown; v = d_ManifestType(r); return { "Manifest": v }; }
    case 16: { let v: unknown; v = d_MeteringConfirmationReqType(r); return { "MeteringConfirmationReq": v }; }
    case 17: { let v: unknown; v = d_MeteringConfirmationResType(r); return { "MeteringConfirmationRes": v }; }
    case 18: { let v: unknown; if (r.chOrEmpty()) { v = r.string(9007199254740991); r.expect0('EE of MgmtData'); } else v = {}; return { "MgmtData": v }; }
    case 19: { let v: unknown; v = d_ObjectType(r); return { "Object": v }; }
    case 20: { let v: unknown; v = d_PGPDataType(r); return { "PGPData": v }; }
    case 21: { let v: unknown; v = d_PowerDeliveryReqType(r); return { "PowerDeliveryReq": v }; }
    case 22: { let v: unknown; v = d_PowerDeliveryResType(r); return { "PowerDeliveryRes": v }; }
    case 23: { let v: unknown; v = d_RSAKeyValueType(r); return { "RSAKeyValue": v }; }
    case 24: { let v: unknown; v = d_ReferenceType(r); return { "Reference": v }; }
    case 25: { let v: unknown; v = d_RetrievalMethodType(r); return { "RetrievalMethod": v }; }
    case 26: { let v: unknown; v = d_SPKIDataType(r); return { "SPKIData": v }; }
    case 27: { let v: unknown; v = d_ScheduleExchangeReqType(r); return { "ScheduleExchangeReq": v }; }
    case 28: { let v: unknown; v = d_ScheduleExchangeResType(r); return { "ScheduleExchangeRes": v }; }
    case 29: { let v: unknown; v = d_ServiceDetailReqType(r); return { "ServiceDetailReq": v }; }
    case 30: { let v: unknown; v = d_ServiceDetailResType(r); return { "ServiceDetailRes": v }; }
    case 31: { let v: unknown; v = d_ServiceDiscoveryReqType(r); return { "ServiceDiscoveryReq": v }; }
    case 32: { let v: unknown; v = d_ServiceDiscoveryResType(r); return { "ServiceDiscoveryRes": v }; }
    case 33: { let v: unknown; v = d_ServiceSelectionReqType(r); return { "ServiceSelectionReq": v }; }
    case 34: { let v: unknown; v = d_ServiceSelectionResType(r); return { "ServiceSelectionRes": v }; }
    case 35: { let v: unknown; v = d_SessionSetupReqType(r); return { "SessionSetupReq": v }; }
    case 36: { let v: unknown; v = d_SessionSetupResType(r); return { "SessionSetupRes": v }; }
    case 37: { let v: unknown; v = d_SessionStopReqType(r); return { "SessionStopReq": v }; }
    case 38: { let v: unknown; v = d_SessionStopResType(r); return { "SessionStopRes": v }; }
    case 39: { let v: unknown; v = d_SignatureType(r); return { "Signature": v }; }
    case 40: { let v: unknown; v = d_SignatureMethodType(r); return { "SignatureMethod": v }; }
    case 41: { let v: unknown; v = d_SignaturePropertiesType(r); return { "SignatureProperties": v }; }
    case 42: { let v: unknown; v = d_SignaturePropertyType(r); return { "SignatureProperty": v }; }
    case 43: { let v: unknown; v = d_SignatureValueType(r); return { "SignatureValue": v }; }
    case 44: { let v: unknown; v = d_SignedInfoType(r); return { "SignedInfo": v }; }
    case 45: { let v: unknown; v = d_SignedInstallationDataType(r); return { "SignedInstallationData": v }; }
    case 46: { let v: unknown; v = d_SignedMeteringDataType(r); return { "SignedMeteringData": v }; }
    case 47: { let v: unknown; v = d_TransformType(r); return { "Transform": v }; }
    case 48: { let v: unknown; v = d_TransformsType(r); return { "Transforms": v }; }
    case 49: { let v: unknown; v = d_VehicleCheckInReqType(r); return { "VehicleCheckInReq": v }; }
    case 50: { let v: unknown; v = d_VehicleCheckInResType(r); return { "VehicleCheckInRes": v }; }
    case 51: { let v: unknown; v = d_VehicleCheckOutReqType(r); return { "VehicleCheckOutReq": v }; }
    case 52: { let v: unknown; v = d_VehicleCheckOutResType(r); return { "VehicleCheckOutRes": v }; }
    case 53: { let v: unknown; v = d_X509DataType(r); return { "X509Data": v }; }
    default: return r.fail('document root is not a global element of this schema');
  }
}

/** Encodes DocContent of a document in the EXI JSON form (one key: the root element). */
export function encodeDocument(w: BitWriter, doc: ExiObject, root: string): void {
  const v = doc[root];
  switch (root) {
    case "AuthorizationReq": w.bits(0, 6); e_AuthorizationReqType(w, v); return;
    case "AuthorizationRes": w.bits(1, 6); e_AuthorizationResType(w, v); return;
    case "AuthorizationSetupReq": w.bits(2, 6); e_AuthorizationSetupReqType(w, v); return;
    case "AuthorizationSetupRes": w.bits(3, 6); e_AuthorizationSetupResType(w, v); return;
    case "CLReqControlMode": w.bits(4, 6); e_CLReqControlModeType(w, v); return;
    case "CLResControlMode": w.bits(5, 6); e_CLResControlModeType(w, v); return;
    case "CanonicalizationMethod": w.bits(6, 6); e_CanonicalizationMethodType(w, v); return;
    case "CertificateInstallationReq": w.bits(7, 6); e_CertificateInstallationReqType(w, v); return;
    case "CertificateInstallationRes": w.bits(8, 6); e_CertificateInstallationResType(w, v); return;
    case "DSAKeyValue": w.bits(9, 6); e_DSAKeyValueType(w, v); return;
    case "DigestMethod": w.bits(10, 6); e_DigestMethodType(w, v); return;
    case "DigestValue": w.bits(11, 6); if (!w.emptyElement(v)) { w.bits(0, 1); w.binary(v, 9007199254740991); w.bits(0, 1); } return;
    case "KeyInfo": w.bits(12, 6); e_KeyInfoType(w, v); return;
    case "KeyName": w.bits(13, 6); if (!w.emptyElement(v)) { w.bits(0, 1); w.string(v, 9007199254740991); w.bits(0, 1); } return;
    case "KeyValue": w.bits(14, 6); e_KeyValueType(w, v); return;
    case "Manifest": w.bits(15, 6); e_ManifestType(w, v); return;
    case "MeteringConfirmationReq": w.bits(16, 6); e_MeteringConfirmationReqType(w, v); return;
    case "MeteringConfirmationRes": w.bits(17, 6); e_MeteringConfirmationResType(w, v); return;
    case "MgmtData": w.bits(18, 6); if (!w.emptyElement(v)) { w.bits(0, 1); w.string(v, 9007199254740991); w.bits(0, 1); } return;
    case "Object": w.bits(19, 6); e_ObjectType(w, v); return;
    case "PGPData": w.bits(20, 6); e_PGPDataType(w, v); return;
    case "PowerDeliveryReq": w.bits(21, 6); e_PowerDeliveryReqType(w, v); return;
    case "PowerDeliveryRes": w.bits(22, 6); e_PowerDeliveryResType(w, v); return;
    case "RSAKeyValue": w.bits(23, 6); e_RSAKeyValueType(w, v); return;
    case "Reference": w.bits(24, 6); e_ReferenceType(w, v); return;
    case "RetrievalMethod": w.bits(25, 6); e_RetrievalMethodType(w, v); return;
    case "SPKIData": w.bits(26, 6); e_SPKIDataType(w, v); return;
    case "ScheduleExchangeReq": w.bits(27, 6); e_ScheduleExchangeReqType(w, v); return;
    case "ScheduleExchangeRes": w.bits(28, 6); e_ScheduleExchangeResType(w, v); return;
    case "ServiceDetailReq": w.bits(29, 6); e_ServiceDetailReqType(w, v); return;
    case "ServiceDetailRes": w.bits(30, 6); e_ServiceDetailResType(w, v); return;
    case "ServiceDiscoveryReq": w.bits(31, 6); e_ServiceDiscoveryReqType(w, v); return;
    case "ServiceDiscoveryRes": w.bits(32, 6); e_ServiceDiscoveryResType(w, v); return;
    case "ServiceSelectionReq": w.bits(33, 6); e_ServiceSelectionReqType(w, v); return;
    case "ServiceSelectionRes": w.bits(34, 6); e_ServiceSelectionResType(w, v); return;
    case "SessionSetupReq": w.bits(35, 6); e_SessionSetupReqType(w, v); return;
    case "SessionSetupRes": w.bits(36, 6); e_SessionSetupResType(w, v); return;
    case "SessionStopReq": w.bits(37, 6); e_SessionStopReqType(w, v); return;
    case "SessionStopRes": w.bits(38, 6); e_SessionStopResType(w, v); return;
    case "Signature": w.bits(39, 6); e_SignatureType(w, v); return;
    case "SignatureMethod": w.bits(40, 6); e_SignatureMethodType(w, v); return;
    case "SignatureProperties": w.bits(41, 6); e_SignaturePropertiesType(w, v); return;
    case "SignatureProperty": w.bits(42, 6); e_SignaturePropertyType(w, v); return;
    case "SignatureValue": w.bits(43, 6); e_SignatureValueType(w, v); return;
    case "SignedInfo": w.bits(44, 6); e_SignedInfoType(w, v); return;
    case "SignedInstallationData": w.bits(45, 6); e_SignedInstallationDataType(w, v); return;
    case "SignedMeteringData": w.bits(46, 6); e_SignedMeteringDataType(w, v); return;
    case "Transform": w.bits(47, 6); e_TransformType(w, v); return;
    case "Transforms": w.bits(48, 6); e_TransformsType(w, v); return;
    case "VehicleCheckInReq": w.bits(49, 6); e_VehicleCheckInReqType(w, v); return;
    case "VehicleCheckInRes": w.bits(50, 6); e_VehicleCheckInResType(w, v); return;
    case "VehicleCheckOutReq": w.bits(51, 6); e_VehicleCheckOutReqType(w, v); return;
    case "VehicleCheckOutRes": w.bits(52, 6); e_VehicleCheckOutResType(w, v); return;
    case "X509Data": w.bits(53, 6); e_X509DataType(w, v); return;
    default: return encodeFail(`unknown root element '${root}' (one of: ${ROOT_ELEMENTS.join(', ')})`);
  }
}

function d_AuthorizationReqType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: v = d_MessageHeaderType(r); o.Header = v; s = 1; continue;
          default: return r.escape("AuthorizationReqType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN0, 1); r.expect0('EE of SelectedAuthorizationService'); } else v = {}; o.SelectedAuthorizationService = v; s = 2; continue;
          default: return r.escape("AuthorizationReqType state 1");
        }
      case 2:
        switch (r.bits(2)) {
          case 0: v = d_EIM_AReqAuthorizationModeType(r); o.EIM_AReqAuthorizationMode = v; s = 3; continue;
          case 1: v = d_PnC_AReqAuthorizationModeType(r); o.PnC_AReqAuthorizationMode = v; s = 4; continue;
          default: return r.escape("AuthorizationReqType state 2");
        }
      case 3:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("AuthorizationReqType state 3");
        }
      case 4:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("AuthorizationReqType state 4");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_AuthorizationReqType: readonly string[] = ["Header","SelectedAuthorizationService","EIM_AReqAuthorizationMode","PnC_AReqAuthorizationMode"];
function e_AuthorizationReqType(w: BitWriter, x: unknown): void {
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
          if ((v = o.SelectedAuthorizationService) !== undefined) { w.bits(0, 1); k = "SelectedAuthorizationService"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM0, 1); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'SelectedAuthorizationService'", "SelectedAuthorizationService");
        case 2:
          if ((v = o.EIM_AReqAuthorizationMode) !== undefined) { w.bits(0, 2); k = "EIM_AReqAuthorizationMode"; ki = -1; e_EIM_AReqAuthorizationModeType(w, v); n++; m += 4; s = 3; continue; }
          if ((v = o.PnC_AReqAuthorizationMode) !== undefined) { w.bits(1, 2); k = "PnC_AReqAuthorizationMode"; ki = -1; e_PnC_AReqAuthorizationModeType(w, v); n++; m += 8; s = 4; continue; }
          k = ''; return encodeFail("missing mandatory element 'EIM_AReqAuthorizationMode'", "EIM_AReqAuthorizationMode");
        case 3:
          w.bits(0, 1); break loop;
        case 4:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_AuthorizationReqType, m);
}

function d_AuthorizationResType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: v = d_MessageHeaderType(r); o.Header = v; s = 1; continue;
          default: return r.escape("AuthorizationResType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN1, 6); r.expect0('EE of ResponseCode'); } else v = {}; o.ResponseCode = v; s = 2; continue;
          default: return r.escape("AuthorizationResType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN2, 2); r.expect0('EE of EVSEProcessing'); } else v = {}; o.EVSEProcessing = v; s = 3; continue;
          default: return r.escape("AuthorizationResType state 2");
        }
      case 3:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("AuthorizationResType state 3");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_AuthorizationResType: readonly string[] = ["Header","ResponseCode","EVSEProcessing"];
function e_AuthorizationResType(w: BitWriter, x: unknown): void {
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
          if ((v = o.ResponseCode) !== undefined) { w.bits(0, 1); k = "ResponseCode"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM1, 6); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'ResponseCode'", "ResponseCode");
        case 2:
          if ((v = o.EVSEProcessing) !== undefined) { w.bits(0, 1); k = "EVSEProcessing"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM2, 2); w.bits(0, 1); } n++; m += 4; s = 3; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVSEProcessing'", "EVSEProcessing");
        case 3:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_AuthorizationResType, m);
}

function d_AuthorizationSetupReqType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: v = d_MessageHeaderType(r); o.Header = v; s = 1; continue;
          default: return r.escape("AuthorizationSetupReqType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("AuthorizationSetupReqType state 1");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_AuthorizationSetupReqType: readonly string[] = ["Header"];
function e_AuthorizationSetupReqType(w: BitWriter, x: unknown): void {
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
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_AuthorizationSetupReqType, m);
}

function d_AuthorizationSetupResType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let c2 = 0;
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: v = d_MessageHeaderType(r); o.Header = v; s = 1; continue;
          default: return r.escape("AuthorizationSetupResType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN1, 6); r.expect0('EE of ResponseCode'); } else v = {}; o.ResponseCode = v; s = 2; continue;
          default: return r.escape("AuthorizationSetupResType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN0, 1); r.expect0('EE of AuthorizationServices'); } else v = {}; pushItem(o, "AuthorizationServices", v); c2 = 1; s = c2 < 2 ? 3 : 4; continue;
          default: return r.escape("AuthorizationSetupResType state 2");
        }
      case 3:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN0, 1); r.expect0('EE of AuthorizationServices'); } else v = {}; pushItem(o, "AuthorizationServices", v); if (++c2 > 2) return r.fail("more than 2 AuthorizationServices items (maxOccurs)"); s = c2 < 2 ? 3 : 4; continue;
          case 1: if (r.chOrEmpty()) { v = r.bool(); r.expect0('EE of CertificateInstallationService'); } else v = {}; o.CertificateInstallationService = v; s = 5; continue;
          default: return r.escape("AuthorizationSetupResType state 3");
        }
      case 4:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.bool(); r.expect0('EE of CertificateInstallationService'); } else v = {}; o.CertificateInstallationService = v; s = 5; continue;
          default: return r.escape("AuthorizationSetupResType state 4");
        }
      case 5:
        switch (r.bits(2)) {
          case 0: v = d_EIM_ASResAuthorizationModeType(r); o.EIM_ASResAuthorizationMode = v; s = 6; continue;
          case 1: v = d_PnC_ASResAuthorizationModeType(r); o.PnC_ASResAuthorizationMode = v; s = 7; continue;
          default: return r.escape("AuthorizationSetupResType state 5");
        }
      case 6:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("AuthorizationSetupResType state 6");
        }
      case 7:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("AuthorizationSetupResType state 7");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_AuthorizationSetupResType: readonly string[] = ["Header","ResponseCode","AuthorizationServices","CertificateInstallationService","EIM_ASResAuthorizationMode","PnC_ASResAuthorizationMode"];
function e_AuthorizationSetupResType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1, c2 = 0, i2 = 0;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.Header) !== undefined) { w.bits(0, 1); k = "Header"; ki = -1; e_MessageHeaderType(w, v); n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'Header'", "Header");
        case 1:
          if ((v = o.ResponseCode) !== undefined) { w.bits(0, 1); k = "ResponseCode"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM1, 6); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'ResponseCode'", "ResponseCode");
        case 2:
          if ((v = o.AuthorizationServices) !== undefined && i2 < asArray(v, "AuthorizationServices").length) { w.bits(0, 1); k = "AuthorizationServices"; ki = i2; if (!w.emptyElement((v as unknown[])[i2])) { w.bits(0, 1); w.enumeration((v as unknown[])[i2], EM0, 1); w.bits(0, 1); } if (i2++ === 0) { n++; m += 4; } c2 = 1; s = c2 < 2 ? 3 : 4; continue; }
          k = ''; return encodeFail("missing mandatory element 'AuthorizationServices'", "AuthorizationServices[0]");
        case 3:
          if ((v = o.AuthorizationServices) !== undefined && i2 < asArray(v, "AuthorizationServices").length) { w.bits(0, 2); k = "AuthorizationServices"; ki = i2; if (!w.emptyElement((v as unknown[])[i2])) { w.bits(0, 1); w.enumeration((v as unknown[])[i2], EM0, 1); w.bits(0, 1); } if (i2++ === 0) { n++; m += 4; } if (++c2 > 2) return encodeFail("more than 2 AuthorizationServices items (maxOccurs)"); s = c2 < 2 ? 3 : 4; continue; }
          if ((v = o.CertificateInstallationService) !== undefined) { w.bits(1, 2); k = "CertificateInstallationService"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.bool(v); w.bits(0, 1); } n++; m += 8; s = 5; continue; }
          k = ''; return encodeFail("missing mandatory element 'AuthorizationServices'", "AuthorizationServices[0]");
        case 4:
          if ((v = o.CertificateInstallationService) !== undefined) { w.bits(0, 1); k = "CertificateInstallationService"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.bool(v); w.bits(0, 1); } n++; m += 8; s = 5; continue; }
          k = ''; return encodeFail("missing mandatory element 'CertificateInstallationService'", "CertificateInstallationService");
        case 5:
          if ((v = o.EIM_ASResAuthorizationMode) !== undefined) { w.bits(0, 2); k = "EIM_ASResAuthorizationMode"; ki = -1; e_EIM_ASResAuthorizationModeType(w, v); n++; m += 16; s = 6; continue; }
          if ((v = o.PnC_ASResAuthorizationMode) !== undefined) { w.bits(1, 2); k = "PnC_ASResAuthorizationMode"; ki = -1; e_PnC_ASResAuthorizationModeType(w, v); n++; m += 32; s = 7; continue; }
          k = ''; return encodeFail("missing mandatory element 'EIM_ASResAuthorizationMode'", "EIM_ASResAuthorizationMode");
        case 6:
          w.bits(0, 1); break loop;
        case 7:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (i2 !== 0 && i2 < (o.AuthorizationServices as unknown[]).length) encodeFail(`too many items (${(o.AuthorizationServices as unknown[]).length}) or items out of order`, "AuthorizationServices[" + i2 + ']');
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_AuthorizationSetupResType, m);
}

function d_CLReqControlModeType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("CLReqControlModeType state 0");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_CLReqControlModeType: readonly string[] = [];
function e_CLReqControlModeType(w: BitWriter, x: unknown): void {
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
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_CLReqControlModeType, m);
}

function d_CLResControlModeType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("CLResControlModeType state 0");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_CLResControlModeType: readonly string[] = [];
function e_CLResControlModeType(w: BitWriter, x: unknown): void {
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
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_CLResControlModeType, m);
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
        switch (r.bits(1)) {
          case 0: v = d_MessageHeaderType(r); o.Header = v; s = 1; continue;
          default: return r.escape("CertificateInstallationReqType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: v = d_SignedCertificateChainType(r); o.OEMProvisioningCertificateChain = v; s = 2; continue;
          default: return r.escape("CertificateInstallationReqType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: v = d_ListOfRootCertificateIDsType(r); o.ListOfRootCertificateIDs = v; s = 3; continue;
          default: return r.escape("CertificateInstallationReqType state 2");
        }
      case 3:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.nbit(8, 0, 255); r.expect0('EE of MaximumContractCertificateChains'); } else v = {}; o.MaximumContractCertificateChains = v; s = 4; continue;
          default: return r.escape("CertificateInstallationReqType state 3");
        }
      case 4:
        switch (r.bits(2)) {
          case 0: v = d_EMAIDListType(r); o.PrioritizedEMAIDs = v; s = 5; continue;
          case 1: return o;
          default: return r.escape("CertificateInstallationReqType state 4");
        }
      case 5:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("CertificateInstallationReqType state 5");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_CertificateInstallationReqType: readonly string[] = ["Header","OEMProvisioningCertificateChain","ListOfRootCertificateIDs","MaximumContractCertificateChains","PrioritizedEMAIDs"];
function e_CertificateInstallationReqType(w: BitWriter, x: unknown): void {
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
          if ((v = o.OEMProvisioningCertificateChain) !== undefined) { w.bits(0, 1); k = "OEMProvisioningCertificateChain"; ki = -1; e_SignedCertificateChainType(w, v); n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'OEMProvisioningCertificateChain'", "OEMProvisioningCertificateChain");
        case 2:
          if ((v = o.ListOfRootCertificateIDs) !== undefined) { w.bits(0, 1); k = "ListOfRootCertificateIDs"; ki = -1; e_ListOfRootCertificateIDsType(w, v); n++; m += 4; s = 3; continue; }
          k = ''; return encodeFail("missing mandatory element 'ListOfRootCertificateIDs'", "ListOfRootCertificateIDs");
        case 3:
          if ((v = o.MaximumContractCertificateChains) !== undefined) { w.bits(0, 1); k = "MaximumContractCertificateChains"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.nbit(v, 8, 0, 255); w.bits(0, 1); } n++; m += 8; s = 4; continue; }
          k = ''; return encodeFail("missing mandatory element 'MaximumContractCertificateChains'", "MaximumContractCertificateChains");
        case 4:
          if ((v = o.PrioritizedEMAIDs) !== undefined) { w.bits(0, 2); k = "PrioritizedEMAIDs"; ki = -1; e_EMAIDListType(w, v); n++; m += 16; s = 5; continue; }
          w.bits(1, 2); break loop;
        case 5:
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
          case 0: v = d_MessageHeaderType(r); o.Header = v; s = 1; continue;
          default: return r.escape("CertificateInstallationResType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN1, 6); r.expect0('EE of ResponseCode'); } else v = {}; o.ResponseCode = v; s = 2; continue;
          default: return r.escape("CertificateInstallationResType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN2, 2); r.expect0('EE of EVSEProcessing'); } else v = {}; o.EVSEProcessing = v; s = 3; continue;
          default: return r.escape("CertificateInstallationResType state 2");
        }
      case 3:
        switch (r.bits(1)) {
          case 0: v = d_CertificateChainType(r); o.CPSCertificateChain = v; s = 4; continue;
          default: return r.escape("CertificateInstallationResType state 3");
        }
      case 4:
        switch (r.bits(1)) {
          case 0: v = d_SignedInstallationDataType(r); o.SignedInstallationData = v; s = 5; continue;
          default: return r.escape("CertificateInstallationResType state 4");
        }
      case 5:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.nbit(8, 0, 255); r.expect0('EE of RemainingContractCertificateChains'); } else v = {}; o.RemainingContractCertificateChains = v; s = 6; continue;
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

const K_CertificateInstallationResType: readonly string[] = ["Header","ResponseCode","EVSEProcessing","CPSCertificateChain","SignedInstallationData","RemainingContractCertificateChains"];
function e_CertificateInstallationResType(w: BitWriter, x: unknown): void {
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
          if ((v = o.ResponseCode) !== undefined) { w.bits(0, 1); k = "ResponseCode"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM1, 6); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'ResponseCode'", "ResponseCode");
        case 2:
          if ((v = o.EVSEProcessing) !== undefined) { w.bits(0, 1); k = "EVSEProcessing"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM2, 2); w.bits(0, 1); } n++; m += 4; s = 3; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVSEProcessing'", "EVSEProcessing");
        case 3:
          if ((v = o.CPSCertificateChain) !== undefined) { w.bits(0, 1); k = "CPSCertificateChain"; ki = -1; e_CertificateChainType(w, v); n++; m += 8; s = 4; continue; }
          k = ''; return encodeFail("missing mandatory element 'CPSCertificateChain'", "CPSCertificateChain");
        case 4:
          if ((v = o.SignedInstallationData) !== undefined) { w.bits(0, 1); k = "SignedInstallationData"; ki = -1; e_SignedInstallationDataType(w, v); n++; m += 16; s = 5; continue; }
          k = ''; return encodeFail("missing mandatory element 'SignedInstallationData'", "SignedInstallationData");
        case 5:
          if ((v = o.RemainingContractCertificateChains) !== undefined) { w.bits(0, 1); k = "RemainingContractCertificateChains"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.nbit(v, 8, 0, 255); w.bits(0, 1); } n++; m += 32; s = 6; continue; }
          k = ''; return encodeFail("missing mandatory element 'RemainingContractCertificateChains'", "RemainingContractCertificateChains");
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

function d_MeteringConfirmationReqType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: v = d_MessageHeaderType(r); o.Header = v; s = 1; continue;
          default: return r.escape("MeteringConfirmationReqType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: v = d_SignedMeteringDataType(r); o.SignedMeteringData = v; s = 2; continue;
          default: return r.escape("MeteringConfirmationReqType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("MeteringConfirmationReqType state 2");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_MeteringConfirmationReqType: readonly string[] = ["Header","SignedMeteringData"];
function e_MeteringConfirmationReqType(w: BitWriter, x: unknown): void {
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
          if ((v = o.SignedMeteringData) !== undefined) { w.bits(0, 1); k = "SignedMeteringData"; ki = -1; e_SignedMeteringDataType(w, v); n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'SignedMeteringData'", "SignedMeteringData");
        case 2:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_MeteringConfirmationReqType, m);
}

function d_MeteringConfirmationResType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: v = d_MessageHeaderType(r); o.Header = v; s = 1; continue;
          default: return r.escape("MeteringConfirmationResType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN1, 6); r.expect0('EE of ResponseCode'); } else v = {}; o.ResponseCode = v; s = 2; continue;
          default: return r.escape("MeteringConfirmationResType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("MeteringConfirmationResType state 2");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_MeteringConfirmationResType: readonly string[] = ["Header","ResponseCode"];
function e_MeteringConfirmationResType(w: BitWriter, x: unknown): void {
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
          if ((v = o.ResponseCode) !== undefined) { w.bits(0, 1); k = "ResponseCode"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM1, 6); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'ResponseCode'", "ResponseCode");
        case 2:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_MeteringConfirmationResType, m);
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

function d_PowerDeliveryReqType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: v = d_MessageHeaderType(r); o.Header = v; s = 1; continue;
          default: return r.escape("PowerDeliveryReqType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN2, 2); r.expect0('EE of EVProcessing'); } else v = {}; o.EVProcessing = v; s = 2; continue;
          default: return r.escape("PowerDeliveryReqType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN3, 2); r.expect0('EE of ChargeProgress'); } else v = {}; o.ChargeProgress = v; s = 3; continue;
          default: return r.escape("PowerDeliveryReqType state 2");
        }
      case 3:
        switch (r.bits(2)) {
          case 0: v = d_EVPowerProfileType(r); o.EVPowerProfile = v; s = 4; continue;
          case 1: if (r.chOrEmpty()) { v = r.enumeration(EN4, 1); r.expect0('EE of BPT_ChannelSelection'); } else v = {}; o.BPT_ChannelSelection = v; s = 5; continue;
          case 2: return o;
          default: return r.escape("PowerDeliveryReqType state 3");
        }
      case 4:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN4, 1); r.expect0('EE of BPT_ChannelSelection'); } else v = {}; o.BPT_ChannelSelection = v; s = 5; continue;
          case 1: return o;
          default: return r.escape("PowerDeliveryReqType state 4");
        }
      case 5:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("PowerDeliveryReqType state 5");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_PowerDeliveryReqType: readonly string[] = ["Header","EVProcessing","ChargeProgress","EVPowerProfile","BPT_ChannelSelection"];
function e_PowerDeliveryReqType(w: BitWriter, x: unknown): void {
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
          if ((v = o.EVProcessing) !== undefined) { w.bits(0, 1); k = "EVProcessing"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM2, 2); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVProcessing'", "EVProcessing");
        case 2:
          if ((v = o.ChargeProgress) !== undefined) { w.bits(0, 1); k = "ChargeProgress"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM3, 2); w.bits(0, 1); } n++; m += 4; s = 3; continue; }
          k = ''; return encodeFail("missing mandatory element 'ChargeProgress'", "ChargeProgress");
        case 3:
          if ((v = o.EVPowerProfile) !== undefined) { w.bits(0, 2); k = "EVPowerProfile"; ki = -1; e_EVPowerProfileType(w, v); n++; m += 8; s = 4; continue; }
          if ((v = o.BPT_ChannelSelection) !== undefined) { w.bits(1, 2); k = "BPT_ChannelSelection"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM4, 1); w.bits(0, 1); } n++; m += 16; s = 5; continue; }
          w.bits(2, 2); break loop;
        case 4:
          if ((v = o.BPT_ChannelSelection) !== undefined) { w.bits(0, 2); k = "BPT_ChannelSelection"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM4, 1); w.bits(0, 1); } n++; m += 16; s = 5; continue; }
          w.bits(1, 2); break loop;
        case 5:
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
          case 0: v = d_MessageHeaderType(r); o.Header = v; s = 1; continue;
          default: return r.escape("PowerDeliveryResType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN1, 6); r.expect0('EE of ResponseCode'); } else v = {}; o.ResponseCode = v; s = 2; continue;
          default: return r.escape("PowerDeliveryResType state 1");
        }
      case 2:
        switch (r.bits(2)) {
          case 0: v = d_EVSEStatusType(r); o.EVSEStatus = v; s = 3; continue;
          case 1: return o;
          default: return r.escape("PowerDeliveryResType state 2");
        }
      case 3:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("PowerDeliveryResType state 3");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_PowerDeliveryResType: readonly string[] = ["Header","ResponseCode","EVSEStatus"];
function e_PowerDeliveryResType(w: BitWriter, x: unknown): void {
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
          if ((v = o.ResponseCode) !== undefined) { w.bits(0, 1); k = "ResponseCode"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM1, 6); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'ResponseCode'", "ResponseCode");
        case 2:
          if ((v = o.EVSEStatus) !== undefined) { w.bits(0, 2); k = "EVSEStatus"; ki = -1; e_EVSEStatusType(w, v); n++; m += 4; s = 3; continue; }
          w.bits(1, 2); break loop;
        case 3:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_PowerDeliveryResType, m);
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

function d_ScheduleExchangeReqType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: v = d_MessageHeaderType(r); o.Header = v; s = 1; continue;
          default: return r.escape("ScheduleExchangeReqType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.nbit(10, 12, 1024); r.expect0('EE of MaximumSupportingPoints'); } else v = {}; o.MaximumSupportingPoints = v; s = 2; continue;
          default: return r.escape("ScheduleExchangeReqType state 1");
        }
      case 2:
        switch (r.bits(2)) {
          case 0: v = d_Dynamic_SEReqControlModeType(r); o.Dynamic_SEReqControlMode = v; s = 3; continue;
          case 1: v = d_Scheduled_SEReqControlModeType(r); o.Scheduled_SEReqControlMode = v; s = 4; continue;
          default: return r.escape("ScheduleExchangeReqType state 2");
        }
      case 3:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("ScheduleExchangeReqType state 3");
        }
      case 4:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("ScheduleExchangeReqType state 4");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_ScheduleExchangeReqType: readonly string[] = ["Header","MaximumSupportingPoints","Dynamic_SEReqControlMode","Scheduled_SEReqControlMode"];
function e_ScheduleExchangeReqType(w: BitWriter, x: unknown): void {
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
          if ((v = o.MaximumSupportingPoints) !== undefined) { w.bits(0, 1); k = "MaximumSupportingPoints"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.nbit(v, 10, 12, 1024); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'MaximumSupportingPoints'", "MaximumSupportingPoints");
        case 2:
          if ((v = o.Dynamic_SEReqControlMode) !== undefined) { w.bits(0, 2); k = "Dynamic_SEReqControlMode"; ki = -1; e_Dynamic_SEReqControlModeType(w, v); n++; m += 4; s = 3; continue; }
          if ((v = o.Scheduled_SEReqControlMode) !== undefined) { w.bits(1, 2); k = "Scheduled_SEReqControlMode"; ki = -1; e_Scheduled_SEReqControlModeType(w, v); n++; m += 8; s = 4; continue; }
          k = ''; return encodeFail("missing mandatory element 'Dynamic_SEReqControlMode'", "Dynamic_SEReqControlMode");
        case 3:
          w.bits(0, 1); break loop;
        case 4:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_ScheduleExchangeReqType, m);
}

function d_ScheduleExchangeResType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: v = d_MessageHeaderType(r); o.Header = v; s = 1; continue;
          default: return r.escape("ScheduleExchangeResType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN1, 6); r.expect0('EE of ResponseCode'); } else v = {}; o.ResponseCode = v; s = 2; continue;
          default: return r.escape("ScheduleExchangeResType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN2, 2); r.expect0('EE of EVSEProcessing'); } else v = {}; o.EVSEProcessing = v; s = 3; continue;
          default: return r.escape("ScheduleExchangeResType state 2");
        }
      case 3:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.bool(); r.expect0('EE of GoToPause'); } else v = {}; o.GoToPause = v; s = 4; continue;
          case 1: v = d_Dynamic_SEResControlModeType(r); o.Dynamic_SEResControlMode = v; s = 5; continue;
          case 2: v = d_Scheduled_SEResControlModeType(r); o.Scheduled_SEResControlMode = v; s = 6; continue;
          default: return r.escape("ScheduleExchangeResType state 3");
        }
      case 4:
        switch (r.bits(2)) {
          case 0: v = d_Dynamic_SEResControlModeType(r); o.Dynamic_SEResControlMode = v; s = 5; continue;
          case 1: v = d_Scheduled_SEResControlModeType(r); o.Scheduled_SEResControlMode = v; s = 6; continue;
          default: return r.escape("ScheduleExchangeResType state 4");
        }
      case 5:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("ScheduleExchangeResType state 5");
        }
      case 6:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("ScheduleExchangeResType state 6");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_ScheduleExchangeResType: readonly string[] = ["Header","ResponseCode","EVSEProcessing","GoToPause","Dynamic_SEResControlMode","Scheduled_SEResControlMode"];
function e_ScheduleExchangeResType(w: BitWriter, x: unknown): void {
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
          if ((v = o.ResponseCode) !== undefined) { w.bits(0, 1); k = "ResponseCode"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM1, 6); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'ResponseCode'", "ResponseCode");
        case 2:
          if ((v = o.EVSEProcessing) !== undefined) { w.bits(0, 1); k = "EVSEProcessing"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM2, 2); w.bits(0, 1); } n++; m += 4; s = 3; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVSEProcessing'", "EVSEProcessing");
        case 3:
          if ((v = o.GoToPause) !== undefined) { w.bits(0, 2); k = "GoToPause"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.bool(v); w.bits(0, 1); } n++; m += 8; s = 4; continue; }
          if ((v = o.Dynamic_SEResControlMode) !== undefined) { w.bits(1, 2); k = "Dynamic_SEResControlMode"; ki = -1; e_Dynamic_SEResControlModeType(w, v); n++; m += 16; s = 5; continue; }
          if ((v = o.Scheduled_SEResControlMode) !== undefined) { w.bits(2, 2); k = "Scheduled_SEResControlMode"; ki = -1; e_Scheduled_SEResControlModeType(w, v); n++; m += 32; s = 6; continue; }
          k = ''; return encodeFail("missing mandatory element 'GoToPause'", "GoToPause");
        case 4:
          if ((v = o.Dynamic_SEResControlMode) !== undefined) { w.bits(0, 2); k = "Dynamic_SEResControlMode"; ki = -1; e_Dynamic_SEResControlModeType(w, v); n++; m += 16; s = 5; continue; }
          if ((v = o.Scheduled_SEResControlMode) !== undefined) { w.bits(1, 2); k = "Scheduled_SEResControlMode"; ki = -1; e_Scheduled_SEResControlModeType(w, v); n++; m += 32; s = 6; continue; }
          k = ''; return encodeFail("missing mandatory element 'Dynamic_SEResControlMode'", "Dynamic_SEResControlMode");
        case 5:
          w.bits(0, 1); break loop;
        case 6:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_ScheduleExchangeResType, m);
}

function d_ServiceDetailReqType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: v = d_MessageHeaderType(r); o.Header = v; s = 1; continue;
          default: return r.escape("ServiceDetailReqType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.uint(65535); r.expect0('EE of ServiceID'); } else v = {}; o.ServiceID = v; s = 2; continue;
          default: return r.escape("ServiceDetailReqType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("ServiceDetailReqType state 2");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_ServiceDetailReqType: readonly string[] = ["Header","ServiceID"];
function e_ServiceDetailReqType(w: BitWriter, x: unknown): void {
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
          if ((v = o.ServiceID) !== undefined) { w.bits(0, 1); k = "ServiceID"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.uint(v, 65535); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'ServiceID'", "ServiceID");
        case 2:
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
          case 0: v = d_MessageHeaderType(r); o.Header = v; s = 1; continue;
          default: return r.escape("ServiceDetailResType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN1, 6); r.expect0('EE of ResponseCode'); } else v = {}; o.ResponseCode = v; s = 2; continue;
          default: return r.escape("ServiceDetailResType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.uint(65535); r.expect0('EE of ServiceID'); } else v = {}; o.ServiceID = v; s = 3; continue;
          default: return r.escape("ServiceDetailResType state 2");
        }
      case 3:
        switch (r.bits(1)) {
          case 0: v = d_ServiceParameterListType(r); o.ServiceParameterList = v; s = 4; continue;
          default: return r.escape("ServiceDetailResType state 3");
        }
      case 4:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("ServiceDetailResType state 4");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_ServiceDetailResType: readonly string[] = ["Header","ResponseCode","ServiceID","ServiceParameterList"];
function e_ServiceDetailResType(w: BitWriter, x: unknown): void {
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
          if ((v = o.ResponseCode) !== undefined) { w.bits(0, 1); k = "ResponseCode"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM1, 6); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'ResponseCode'", "ResponseCode");
        case 2:
          if ((v = o.ServiceID) !== undefined) { w.bits(0, 1); k = "ServiceID"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.uint(v, 65535); w.bits(0, 1); } n++; m += 4; s = 3; continue; }
          k = ''; return encodeFail("missing mandatory element 'ServiceID'", "ServiceID");
        case 3:
          if ((v = o.ServiceParameterList) !== undefined) { w.bits(0, 1); k = "ServiceParameterList"; ki = -1; e_ServiceParameterListType(w, v); n++; m += 8; s = 4; continue; }
          k = ''; return encodeFail("missing mandatory element 'ServiceParameterList'", "ServiceParameterList");
        case 4:
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
        switch (r.bits(1)) {
          case 0: v = d_MessageHeaderType(r); o.Header = v; s = 1; continue;
          default: return r.escape("ServiceDiscoveryReqType state 0");
        }
      case 1:
        switch (r.bits(2)) {
          case 0: v = d_ServiceIDListType(r); o.SupportedServiceIDs = v; s = 2; continue;
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

const K_ServiceDiscoveryReqType: readonly string[] = ["Header","SupportedServiceIDs"];
function e_ServiceDiscoveryReqType(w: BitWriter, x: unknown): void {
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
          if ((v = o.SupportedServiceIDs) !== undefined) { w.bits(0, 2); k = "SupportedServiceIDs"; ki = -1; e_ServiceIDListType(w, v); n++; m += 2; s = 2; continue; }
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
          case 0: v = d_MessageHeaderType(r); o.Header = v; s = 1; continue;
          default: return r.escape("ServiceDiscoveryResType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN1, 6); r.expect0('EE of ResponseCode'); } else v = {}; o.ResponseCode = v; s = 2; continue;
          default: return r.escape("ServiceDiscoveryResType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.bool(); r.expect0('EE of ServiceRenegotiationSupported'); } else v = {}; o.ServiceRenegotiationSupported = v; s = 3; continue;
          default: return r.escape("ServiceDiscoveryResType state 2");
        }
      case 3:
        switch (r.bits(1)) {
          case 0: v = d_ServiceListType(r); o.EnergyTransferServiceList = v; s = 4; continue;
          default: return r.escape("ServiceDiscoveryResType state 3");
        }
      case 4:
        switch (r.bits(2)) {
          case 0: v = d_ServiceListType(r); o.VASList = v; s = 5; continue;
          case 1: return o;
          default: return r.escape("ServiceDiscoveryResType state 4");
        }
      case 5:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("ServiceDiscoveryResType state 5");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_ServiceDiscoveryResType: readonly string[] = ["Header","ResponseCode","ServiceRenegotiationSupported","EnergyTransferServiceList","VASList"];
function e_ServiceDiscoveryResType(w: BitWriter, x: unknown): void {
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
          if ((v = o.ResponseCode) !== undefined) { w.bits(0, 1); k = "ResponseCode"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM1, 6); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'ResponseCode'", "ResponseCode");
        case 2:
          if ((v = o.ServiceRenegotiationSupported) !== undefined) { w.bits(0, 1); k = "ServiceRenegotiationSupported"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.bool(v); w.bits(0, 1); } n++; m += 4; s = 3; continue; }
          k = ''; return encodeFail("missing mandatory element 'ServiceRenegotiationSupported'", "ServiceRenegotiationSupported");
        case 3:
          if ((v = o.EnergyTransferServiceList) !== undefined) { w.bits(0, 1); k = "EnergyTransferServiceList"; ki = -1; e_ServiceListType(w, v); n++; m += 8; s = 4; continue; }
          k = ''; return encodeFail("missing mandatory element 'EnergyTransferServiceList'", "EnergyTransferServiceList");
        case 4:
          if ((v = o.VASList) !== undefined) { w.bits(0, 2); k = "VASList"; ki = -1; e_ServiceListType(w, v); n++; m += 16; s = 5; continue; }
          w.bits(1, 2); break loop;
        case 5:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_ServiceDiscoveryResType, m);
}

function d_ServiceSelectionReqType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: v = d_MessageHeaderType(r); o.Header = v; s = 1; continue;
          default: return r.escape("ServiceSelectionReqType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: v = d_SelectedServiceType(r); o.SelectedEnergyTransferService = v; s = 2; continue;
          default: return r.escape("ServiceSelectionReqType state 1");
        }
      case 2:
        switch (r.bits(2)) {
          case 0: v = d_SelectedServiceListType(r); o.SelectedVASList = v; s = 3; continue;
          case 1: return o;
          default: return r.escape("ServiceSelectionReqType state 2");
        }
      case 3:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("ServiceSelectionReqType state 3");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_ServiceSelectionReqType: readonly string[] = ["Header","SelectedEnergyTransferService","SelectedVASList"];
function e_ServiceSelectionReqType(w: BitWriter, x: unknown): void {
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
          if ((v = o.SelectedEnergyTransferService) !== undefined) { w.bits(0, 1); k = "SelectedEnergyTransferService"; ki = -1; e_SelectedServiceType(w, v); n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'SelectedEnergyTransferService'", "SelectedEnergyTransferService");
        case 2:
          if ((v = o.SelectedVASList) !== undefined) { w.bits(0, 2); k = "SelectedVASList"; ki = -1; e_SelectedServiceListType(w, v); n++; m += 4; s = 3; continue; }
          w.bits(1, 2); break loop;
        case 3:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_ServiceSelectionReqType, m);
}

function d_ServiceSelectionResType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: v = d_MessageHeaderType(r); o.Header = v; s = 1; continue;
          default: return r.escape("ServiceSelectionResType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN1, 6); r.expect0('EE of ResponseCode'); } else v = {}; o.ResponseCode = v; s = 2; continue;
          default: return r.escape("ServiceSelectionResType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("ServiceSelectionResType state 2");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_ServiceSelectionResType: readonly string[] = ["Header","ResponseCode"];
function e_ServiceSelectionResType(w: BitWriter, x: unknown): void {
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
          if ((v = o.ResponseCode) !== undefined) { w.bits(0, 1); k = "ResponseCode"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM1, 6); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'ResponseCode'", "ResponseCode");
        case 2:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_ServiceSelectionResType, m);
}

function d_SessionSetupReqType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: v = d_MessageHeaderType(r); o.Header = v; s = 1; continue;
          default: return r.escape("SessionSetupReqType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.string(255); r.expect0('EE of EVCCID'); } else v = {}; o.EVCCID = v; s = 2; continue;
          default: return r.escape("SessionSetupReqType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("SessionSetupReqType state 2");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_SessionSetupReqType: readonly string[] = ["Header","EVCCID"];
function e_SessionSetupReqType(w: BitWriter, x: unknown): void {
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
          if ((v = o.EVCCID) !== undefined) { w.bits(0, 1); k = "EVCCID"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.string(v, 255); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVCCID'", "EVCCID");
        case 2:
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
          case 0: v = d_MessageHeaderType(r); o.Header = v; s = 1; continue;
          default: return r.escape("SessionSetupResType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN1, 6); r.expect0('EE of ResponseCode'); } else v = {}; o.ResponseCode = v; s = 2; continue;
          default: return r.escape("SessionSetupResType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.string(255); r.expect0('EE of EVSEID'); } else v = {}; o.EVSEID = v; s = 3; continue;
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

const K_SessionSetupResType: readonly string[] = ["Header","ResponseCode","EVSEID"];
function e_SessionSetupResType(w: BitWriter, x: unknown): void {
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
          if ((v = o.ResponseCode) !== undefined) { w.bits(0, 1); k = "ResponseCode"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM1, 6); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'ResponseCode'", "ResponseCode");
        case 2:
          if ((v = o.EVSEID) !== undefined) { w.bits(0, 1); k = "EVSEID"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.string(v, 255); w.bits(0, 1); } n++; m += 4; s = 3; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVSEID'", "EVSEID");
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

function d_SessionStopReqType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: v = d_MessageHeaderType(r); o.Header = v; s = 1; continue;
          default: return r.escape("SessionStopReqType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN5, 2); r.expect0('EE of ChargingSession'); } else v = {}; o.ChargingSession = v; s = 2; continue;
          default: return r.escape("SessionStopReqType state 1");
        }
      case 2:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.string(80); r.expect0('EE of EVTerminationCode'); } else v = {}; o.EVTerminationCode = v; s = 3; continue;
          case 1: if (r.chOrEmpty()) { v = r.string(160); r.expect0('EE of EVTerminationExplanation'); } else v = {}; o.EVTerminationExplanation = v; s = 4; continue;
          case 2: return o;
          default: return r.escape("SessionStopReqType state 2");
        }
      case 3:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.string(160); r.expect0('EE of EVTerminationExplanation'); } else v = {}; o.EVTerminationExplanation = v; s = 4; continue;
          case 1: return o;
          default: return r.escape("SessionStopReqType state 3");
        }
      case 4:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("SessionStopReqType state 4");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_SessionStopReqType: readonly string[] = ["Header","ChargingSession","EVTerminationCode","EVTerminationExplanation"];
function e_SessionStopReqType(w: BitWriter, x: unknown): void {
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
          if ((v = o.ChargingSession) !== undefined) { w.bits(0, 1); k = "ChargingSession"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM5, 2); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'ChargingSession'", "ChargingSession");
        case 2:
          if ((v = o.EVTerminationCode) !== undefined) { w.bits(0, 2); k = "EVTerminationCode"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.string(v, 80); w.bits(0, 1); } n++; m += 4; s = 3; continue; }
          if ((v = o.EVTerminationExplanation) !== undefined) { w.bits(1, 2); k = "EVTerminationExplanation"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.string(v, 160); w.bits(0, 1); } n++; m += 8; s = 4; continue; }
          w.bits(2, 2); break loop;
        case 3:
          if ((v = o.EVTerminationExplanation) !== undefined) { w.bits(0, 2); k = "EVTerminationExplanation"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.string(v, 160); w.bits(0, 1); } n++; m += 8; s = 4; continue; }
          w.bits(1, 2); break loop;
        case 4:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_SessionStopReqType, m);
}

function d_SessionStopResType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: v = d_MessageHeaderType(r); o.Header = v; s = 1; continue;
          default: return r.escape("SessionStopResType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN1, 6); r.expect0('EE of ResponseCode'); } else v = {}; o.ResponseCode = v; s = 2; continue;
          default: return r.escape("SessionStopResType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("SessionStopResType state 2");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_SessionStopResType: readonly string[] = ["Header","ResponseCode"];
function e_SessionStopResType(w: BitWriter, x: unknown): void {
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
          if ((v = o.ResponseCode) !== undefined) { w.bits(0, 1); k = "ResponseCode"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM1, 6); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'ResponseCode'", "ResponseCode");
        case 2:
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

function d_SignedInstallationDataType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: o["@Id"] = r.string(9007199254740991); s = 1; continue;
          default: return r.escape("SignedInstallationDataType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: v = d_ContractCertificateChainType(r); o.ContractCertificateChain = v; s = 2; continue;
          default: return r.escape("SignedInstallationDataType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN6, 1); r.expect0('EE of ECDHCurve'); } else v = {}; o.ECDHCurve = v; s = 3; continue;
          default: return r.escape("SignedInstallationDataType state 2");
        }
      case 3:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.binary(133); r.expect0('EE of DHPublicKey'); } else v = {}; o.DHPublicKey = v; s = 4; continue;
          default: return r.escape("SignedInstallationDataType state 3");
        }
      case 4:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.binary(94); r.expect0('EE of SECP521_EncryptedPrivateKey'); } else v = {}; o.SECP521_EncryptedPrivateKey = v; s = 5; continue;
          case 1: if (r.chOrEmpty()) { v = r.binary(84); r.expect0('EE of X448_EncryptedPrivateKey'); } else v = {}; o.X448_EncryptedPrivateKey = v; s = 6; continue;
          case 2: if (r.chOrEmpty()) { v = r.binary(206); r.expect0('EE of TPM_EncryptedPrivateKey'); } else v = {}; o.TPM_EncryptedPrivateKey = v; s = 7; continue;
          default: return r.escape("SignedInstallationDataType state 4");
        }
      case 5:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("SignedInstallationDataType state 5");
        }
      case 6:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("SignedInstallationDataType state 6");
        }
      case 7:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("SignedInstallationDataType state 7");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_SignedInstallationDataType: readonly string[] = ["@Id","ContractCertificateChain","ECDHCurve","DHPublicKey","SECP521_EncryptedPrivateKey","X448_EncryptedPrivateKey","TPM_EncryptedPrivateKey"];
function e_SignedInstallationDataType(w: BitWriter, x: unknown): void {
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
          if ((v = o.ContractCertificateChain) !== undefined) { w.bits(0, 1); k = "ContractCertificateChain"; ki = -1; e_ContractCertificateChainType(w, v); n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'ContractCertificateChain'", "ContractCertificateChain");
        case 2:
          if ((v = o.ECDHCurve) !== undefined) { w.bits(0, 1); k = "ECDHCurve"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM6, 1); w.bits(0, 1); } n++; m += 4; s = 3; continue; }
          k = ''; return encodeFail("missing mandatory element 'ECDHCurve'", "ECDHCurve");
        case 3:
          if ((v = o.DHPublicKey) !== undefined) { w.bits(0, 1); k = "DHPublicKey"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.binary(v, 133); w.bits(0, 1); } n++; m += 8; s = 4; continue; }
          k = ''; return encodeFail("missing mandatory element 'DHPublicKey'", "DHPublicKey");
        case 4:
          if ((v = o.SECP521_EncryptedPrivateKey) !== undefined) { w.bits(0, 2); k = "SECP521_EncryptedPrivateKey"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.binary(v, 94); w.bits(0, 1); } n++; m += 16; s = 5; continue; }
          if ((v = o.X448_EncryptedPrivateKey) !== undefined) { w.bits(1, 2); k = "X448_EncryptedPrivateKey"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.binary(v, 84); w.bits(0, 1); } n++; m += 32; s = 6; continue; }
          if ((v = o.TPM_EncryptedPrivateKey) !== undefined) { w.bits(2, 2); k = "TPM_EncryptedPrivateKey"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.binary(v, 206); w.bits(0, 1); } n++; m += 64; s = 7; continue; }
          k = ''; return encodeFail("missing mandatory element 'SECP521_EncryptedPrivateKey'", "SECP521_EncryptedPrivateKey");
        case 5:
          w.bits(0, 1); break loop;
        case 6:
          w.bits(0, 1); break loop;
        case 7:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_SignedInstallationDataType, m);
}

function d_SignedMeteringDataType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: o["@Id"] = r.string(9007199254740991); s = 1; continue;
          default: return r.escape("SignedMeteringDataType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.binary(8); r.expect0('EE of SessionID'); } else v = {}; o.SessionID = v; s = 2; continue;
          default: return r.escape("SignedMeteringDataType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: v = d_MeterInfoType(r); o.MeterInfo = v; s = 3; continue;
          default: return r.escape("SignedMeteringDataType state 2");
        }
      case 3:
        switch (r.bits(2)) {
          case 0: v = d_ReceiptType(r); o.Receipt = v; s = 4; continue;
          case 1: v = d_Dynamic_SMDTControlModeType(r); o.Dynamic_SMDTControlMode = v; s = 5; continue;
          case 2: v = d_Scheduled_SMDTControlModeType(r); o.Scheduled_SMDTControlMode = v; s = 6; continue;
          default: return r.escape("SignedMeteringDataType state 3");
        }
      case 4:
        switch (r.bits(2)) {
          case 0: v = d_Dynamic_SMDTControlModeType(r); o.Dynamic_SMDTControlMode = v; s = 5; continue;
          case 1: v = d_Scheduled_SMDTControlModeType(r); o.Scheduled_SMDTControlMode = v; s = 6; continue;
          default: return r.escape("SignedMeteringDataType state 4");
        }
      case 5:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("SignedMeteringDataType state 5");
        }
      case 6:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("SignedMeteringDataType state 6");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_SignedMeteringDataType: readonly string[] = ["@Id","SessionID","MeterInfo","Receipt","Dynamic_SMDTControlMode","Scheduled_SMDTControlMode"];
function e_SignedMeteringDataType(w: BitWriter, x: unknown): void {
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
          if ((v = o.SessionID) !== undefined) { w.bits(0, 1); k = "SessionID"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.binary(v, 8); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'SessionID'", "SessionID");
        case 2:
          if ((v = o.MeterInfo) !== undefined) { w.bits(0, 1); k = "MeterInfo"; ki = -1; e_MeterInfoType(w, v); n++; m += 4; s = 3; continue; }
          k = ''; return encodeFail("missing mandatory element 'MeterInfo'", "MeterInfo");
        case 3:
          if ((v = o.Receipt) !== undefined) { w.bits(0, 2); k = "Receipt"; ki = -1; e_ReceiptType(w, v); n++; m += 8; s = 4; continue; }
          if ((v = o.Dynamic_SMDTControlMode) !== undefined) { w.bits(1, 2); k = "Dynamic_SMDTControlMode"; ki = -1; e_Dynamic_SMDTControlModeType(w, v); n++; m += 16; s = 5; continue; }
          if ((v = o.Scheduled_SMDTControlMode) !== undefined) { w.bits(2, 2); k = "Scheduled_SMDTControlMode"; ki = -1; e_Scheduled_SMDTControlModeType(w, v); n++; m += 32; s = 6; continue; }
          k = ''; return encodeFail("missing mandatory element 'Receipt'", "Receipt");
        case 4:
          if ((v = o.Dynamic_SMDTControlMode) !== undefined) { w.bits(0, 2); k = "Dynamic_SMDTControlMode"; ki = -1; e_Dynamic_SMDTControlModeType(w, v); n++; m += 16; s = 5; continue; }
          if ((v = o.Scheduled_SMDTControlMode) !== undefined) { w.bits(1, 2); k = "Scheduled_SMDTControlMode"; ki = -1; e_Scheduled_SMDTControlModeType(w, v); n++; m += 32; s = 6; continue; }
          k = ''; return encodeFail("missing mandatory element 'Dynamic_SMDTControlMode'", "Dynamic_SMDTControlMode");
        case 5:
          w.bits(0, 1); break loop;
        case 6:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_SignedMeteringDataType, m);
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

function d_VehicleCheckInReqType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: v = d_MessageHeaderType(r); o.Header = v; s = 1; continue;
          default: return r.escape("VehicleCheckInReqType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN7, 2); r.expect0('EE of EVCheckInStatus'); } else v = {}; o.EVCheckInStatus = v; s = 2; continue;
          default: return r.escape("VehicleCheckInReqType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN8, 2); r.expect0('EE of ParkingMethod'); } else v = {}; o.ParkingMethod = v; s = 3; continue;
          default: return r.escape("VehicleCheckInReqType state 2");
        }
      case 3:
        switch (r.bits(3)) {
          case 0: if (r.chOrEmpty()) { v = r.int(-32768, 32767); r.expect0('EE of VehicleFrame'); } else v = {}; o.VehicleFrame = v; s = 4; continue;
          case 1: if (r.chOrEmpty()) { v = r.int(-32768, 32767); r.expect0('EE of DeviceOffset'); } else v = {}; o.DeviceOffset = v; s = 5; continue;
          case 2: if (r.chOrEmpty()) { v = r.int(-32768, 32767); r.expect0('EE of VehicleTravel'); } else v = {}; o.VehicleTravel = v; s = 6; continue;
          case 3: return o;
          default: return r.escape("VehicleCheckInReqType state 3");
        }
      case 4:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.int(-32768, 32767); r.expect0('EE of DeviceOffset'); } else v = {}; o.DeviceOffset = v; s = 5; continue;
          case 1: if (r.chOrEmpty()) { v = r.int(-32768, 32767); r.expect0('EE of VehicleTravel'); } else v = {}; o.VehicleTravel = v; s = 6; continue;
          case 2: return o;
          default: return r.escape("VehicleCheckInReqType state 4");
        }
      case 5:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.int(-32768, 32767); r.expect0('EE of VehicleTravel'); } else v = {}; o.VehicleTravel = v; s = 6; continue;
          case 1: return o;
          default: return r.escape("VehicleCheckInReqType state 5");
        }
      case 6:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("VehicleCheckInReqType state 6");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_VehicleCheckInReqType: readonly string[] = ["Header","EVCheckInStatus","ParkingMethod","VehicleFrame","DeviceOffset","VehicleTravel"];
function e_VehicleCheckInReqType(w: BitWriter, x: unknown): void {
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
          if ((v = o.EVCheckInStatus) !== undefined) { w.bits(0, 1); k = "EVCheckInStatus"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM7, 2); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVCheckInStatus'", "EVCheckInStatus");
        case 2:
          if ((v = o.ParkingMethod) !== undefined) { w.bits(0, 1); k = "ParkingMethod"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM8, 2); w.bits(0, 1); } n++; m += 4; s = 3; continue; }
          k = ''; return encodeFail("missing mandatory element 'ParkingMethod'", "ParkingMethod");
        case 3:
          if ((v = o.VehicleFrame) !== undefined) { w.bits(0, 3); k = "VehicleFrame"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.int(v, -32768, 32767); w.bits(0, 1); } n++; m += 8; s = 4; continue; }
          if ((v = o.DeviceOffset) !== undefined) { w.bits(1, 3); k = "DeviceOffset"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.int(v, -32768, 32767); w.bits(0, 1); } n++; m += 16; s = 5; continue; }
          if ((v = o.VehicleTravel) !== undefined) { w.bits(2, 3); k = "VehicleTravel"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.int(v, -32768, 32767); w.bits(0, 1); } n++; m += 32; s = 6; continue; }
          w.bits(3, 3); break loop;
        case 4:
          if ((v = o.DeviceOffset) !== undefined) { w.bits(0, 2); k = "DeviceOffset"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.int(v, -32768, 32767); w.bits(0, 1); } n++; m += 16; s = 5; continue; }
          if ((v = o.VehicleTravel) !== undefined) { w.bits(1, 2); k = "VehicleTravel"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.int(v, -32768, 32767); w.bits(0, 1); } n++; m += 32; s = 6; continue; }
          w.bits(2, 2); break loop;
        case 5:
          if ((v = o.VehicleTravel) !== undefined) { w.bits(0, 2); k = "VehicleTravel"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.int(v, -32768, 32767); w.bits(0, 1); } n++; m += 32; s = 6; continue; }
          w.bits(1, 2); break loop;
        case 6:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_VehicleCheckInReqType, m);
}

function d_VehicleCheckInResType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: v = d_MessageHeaderType(r); o.Header = v; s = 1; continue;
          default: return r.escape("VehicleCheckInResType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN1, 6); r.expect0('EE of ResponseCode'); } else v = {}; o.ResponseCode = v; s = 2; continue;
          default: return r.escape("VehicleCheckInResType state 1");
        }
      case 2:
        switch (r.bits(3)) {
          case 0: if (r.chOrEmpty()) { v = r.int(-32768, 32767); r.expect0('EE of ParkingSpace'); } else v = {}; o.ParkingSpace = v; s = 3; continue;
          case 1: if (r.chOrEmpty()) { v = r.int(-32768, 32767); r.expect0('EE of DeviceLocation'); } else v = {}; o.DeviceLocation = v; s = 4; continue;
          case 2: if (r.chOrEmpty()) { v = r.int(-32768, 32767); r.expect0('EE of TargetDistance'); } else v = {}; o.TargetDistance = v; s = 5; continue;
          case 3: return o;
          default: return r.escape("VehicleCheckInResType state 2");
        }
      case 3:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.int(-32768, 32767); r.expect0('EE of DeviceLocation'); } else v = {}; o.DeviceLocation = v; s = 4; continue;
          case 1: if (r.chOrEmpty()) { v = r.int(-32768, 32767); r.expect0('EE of TargetDistance'); } else v = {}; o.TargetDistance = v; s = 5; continue;
          case 2: return o;
          default: return r.escape("VehicleCheckInResType state 3");
        }
      case 4:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.int(-32768, 32767); r.expect0('EE of TargetDistance'); } else v = {}; o.TargetDistance = v; s = 5; continue;
          case 1: return o;
          default: return r.escape("VehicleCheckInResType state 4");
        }
      case 5:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("VehicleCheckInResType state 5");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_VehicleCheckInResType: readonly string[] = ["Header","ResponseCode","ParkingSpace","DeviceLocation","TargetDistance"];
function e_VehicleCheckInResType(w: BitWriter, x: unknown): void {
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
          if ((v = o.ResponseCode) !== undefined) { w.bits(0, 1); k = "ResponseCode"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM1, 6); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'ResponseCode'", "ResponseCode");
        case 2:
          if ((v = o.ParkingSpace) !== undefined) { w.bits(0, 3); k = "ParkingSpace"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.int(v, -32768, 32767); w.bits(0, 1); } n++; m += 4; s = 3; continue; }
          if ((v = o.DeviceLocation) !== undefined) { w.bits(1, 3); k = "DeviceLocation"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.int(v, -32768, 32767); w.bits(0, 1); } n++; m += 8; s = 4; continue; }
          if ((v = o.TargetDistance) !== undefined) { w.bits(2, 3); k = "TargetDistance"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.int(v, -32768, 32767); w.bits(0, 1); } n++; m += 16; s = 5; continue; }
          w.bits(3, 3); break loop;
        case 3:
          if ((v = o.DeviceLocation) !== undefined) { w.bits(0, 2); k = "DeviceLocation"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.int(v, -32768, 32767); w.bits(0, 1); } n++; m += 8; s = 4; continue; }
          if ((v = o.TargetDistance) !== undefined) { w.bits(1, 2); k = "TargetDistance"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.int(v, -32768, 32767); w.bits(0, 1); } n++; m += 16; s = 5; continue; }
          w.bits(2, 2); break loop;
        case 4:
          if ((v = o.TargetDistance) !== undefined) { w.bits(0, 2); k = "TargetDistance"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.int(v, -32768, 32767); w.bits(0, 1); } n++; m += 16; s = 5; continue; }
          w.bits(1, 2); break loop;
        case 5:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_VehicleCheckInResType, m);
}

function d_VehicleCheckOutReqType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: v = d_MessageHeaderType(r); o.Header = v; s = 1; continue;
          default: return r.escape("VehicleCheckOutReqType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN9, 2); r.expect0('EE of EVCheckOutStatus'); } else v = {}; o.EVCheckOutStatus = v; s = 2; continue;
          default: return r.escape("VehicleCheckOutReqType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.ulong(18446744073709551615n); r.expect0('EE of CheckOutTime'); } else v = {}; o.CheckOutTime = v; s = 3; continue;
          default: return r.escape("VehicleCheckOutReqType state 2");
        }
      case 3:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("VehicleCheckOutReqType state 3");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_VehicleCheckOutReqType: readonly string[] = ["Header","EVCheckOutStatus","CheckOutTime"];
function e_VehicleCheckOutReqType(w: BitWriter, x: unknown): void {
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
          if ((v = o.EVCheckOutStatus) !== undefined) { w.bits(0, 1); k = "EVCheckOutStatus"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM9, 2); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVCheckOutStatus'", "EVCheckOutStatus");
        case 2:
          if ((v = o.CheckOutTime) !== undefined) { w.bits(0, 1); k = "CheckOutTime"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.ulong(v, 18446744073709551615n); w.bits(0, 1); } n++; m += 4; s = 3; continue; }
          k = ''; return encodeFail("missing mandatory element 'CheckOutTime'", "CheckOutTime");
        case 3:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_VehicleCheckOutReqType, m);
}

function d_VehicleCheckOutResType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: v = d_MessageHeaderType(r); o.Header = v; s = 1; continue;
          default: return r.escape("VehicleCheckOutResType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN1, 6); r.expect0('EE of ResponseCode'); } else v = {}; o.ResponseCode = v; s = 2; continue;
          default: return r.escape("VehicleCheckOutResType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN10, 1); r.expect0('EE of EVSECheckOutStatus'); } else v = {}; o.EVSECheckOutStatus = v; s = 3; continue;
          default: return r.escape("VehicleCheckOutResType state 2");
        }
      case 3:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("VehicleCheckOutResType state 3");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_VehicleCheckOutResType: readonly string[] = ["Header","ResponseCode","EVSECheckOutStatus"];
function e_VehicleCheckOutResType(w: BitWriter, x: unknown): void {
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
          if ((v = o.ResponseCode) !== undefined) { w.bits(0, 1); k = "ResponseCode"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM1, 6); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'ResponseCode'", "ResponseCode");
        case 2:
          if ((v = o.EVSECheckOutStatus) !== undefined) { w.bits(0, 1); k = "EVSECheckOutStatus"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM10, 1); w.bits(0, 1); } n++; m += 4; s = 3; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVSECheckOutStatus'", "EVSECheckOutStatus");
        case 3:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_VehicleCheckOutResType, m);
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
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.ulong(18446744073709551615n); r.expect0('EE of TimeStamp'); } else v = {}; o.TimeStamp = v; s = 2; continue;
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

const K_MessageHeaderType: readonly string[] = ["SessionID","TimeStamp","Signature"];
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
          if ((v = o.TimeStamp) !== undefined) { w.bits(0, 1); k = "TimeStamp"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.ulong(v, 18446744073709551615n); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'TimeStamp'", "TimeStamp");
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

function d_EIM_AReqAuthorizationModeType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("EIM_AReqAuthorizationModeType state 0");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_EIM_AReqAuthorizationModeType: readonly string[] = [];
function e_EIM_AReqAuthorizationModeType(w: BitWriter, x: unknown): void {
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
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_EIM_AReqAuthorizationModeType, m);
}

function d_PnC_AReqAuthorizationModeType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: o["@Id"] = r.string(9007199254740991); s = 1; continue;
          default: return r.escape("PnC_AReqAuthorizationModeType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.binary(16); r.expect0('EE of GenChallenge'); } else v = {}; o.GenChallenge = v; s = 2; continue;
          default: return r.escape("PnC_AReqAuthorizationModeType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: v = d_ContractCertificateChainType(r); o.ContractCertificateChain = v; s = 3; continue;
          default: return r.escape("PnC_AReqAuthorizationModeType state 2");
        }
      case 3:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("PnC_AReqAuthorizationModeType state 3");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_PnC_AReqAuthorizationModeType: readonly string[] = ["@Id","GenChallenge","ContractCertificateChain"];
function e_PnC_AReqAuthorizationModeType(w: BitWriter, x: unknown): void {
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
          if ((v = o.GenChallenge) !== undefined) { w.bits(0, 1); k = "GenChallenge"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.binary(v, 16); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'GenChallenge'", "GenChallenge");
        case 2:
          if ((v = o.ContractCertificateChain) !== undefined) { w.bits(0, 1); k = "ContractCertificateChain"; ki = -1; e_ContractCertificateChainType(w, v); n++; m += 4; s = 3; continue; }
          k = ''; return encodeFail("missing mandatory element 'ContractCertificateChain'", "ContractCertificateChain");
        case 3:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_PnC_AReqAuthorizationModeType, m);
}

function d_EIM_ASResAuthorizationModeType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("EIM_ASResAuthorizationModeType state 0");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_EIM_ASResAuthorizationModeType: readonly string[] = [];
function e_EIM_ASResAuthorizationModeType(w: BitWriter, x: unknown): void {
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
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_EIM_ASResAuthorizationModeType, m);
}

function d_PnC_ASResAuthorizationModeType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.binary(16); r.expect0('EE of GenChallenge'); } else v = {}; o.GenChallenge = v; s = 1; continue;
          default: return r.escape("PnC_ASResAuthorizationModeType state 0");
        }
      case 1:
        switch (r.bits(2)) {
          case 0: v = d_SupportedProvidersListType(r); o.SupportedProviders = v; s = 2; continue;
          case 1: return o;
          default: return r.escape("PnC_ASResAuthorizationModeType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("PnC_ASResAuthorizationModeType state 2");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_PnC_ASResAuthorizationModeType: readonly string[] = ["GenChallenge","SupportedProviders"];
function e_PnC_ASResAuthorizationModeType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.GenChallenge) !== undefined) { w.bits(0, 1); k = "GenChallenge"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.binary(v, 16); w.bits(0, 1); } n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'GenChallenge'", "GenChallenge");
        case 1:
          if ((v = o.SupportedProviders) !== undefined) { w.bits(0, 2); k = "SupportedProviders"; ki = -1; e_SupportedProvidersListType(w, v); n++; m += 2; s = 2; continue; }
          w.bits(1, 2); break loop;
        case 2:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_PnC_ASResAuthorizationModeType, m);
}

function d_SignedCertificateChainType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: o["@Id"] = r.string(9007199254740991); s = 1; continue;
          default: return r.escape("SignedCertificateChainType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.binary(1600); r.expect0('EE of Certificate'); } else v = {}; o.Certificate = v; s = 2; continue;
          default: return r.escape("SignedCertificateChainType state 1");
        }
      case 2:
        switch (r.bits(2)) {
          case 0: v = d_SubCertificatesType(r); o.SubCertificates = v; s = 3; continue;
          case 1: return o;
          default: return r.escape("SignedCertificateChainType state 2");
        }
      case 3:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("SignedCertificateChainType state 3");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_SignedCertificateChainType: readonly string[] = ["@Id","Certificate","SubCertificates"];
function e_SignedCertificateChainType(w: BitWriter, x: unknown): void {
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
          if ((v = o.Certificate) !== undefined) { w.bits(0, 1); k = "Certificate"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.binary(v, 1600); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'Certificate'", "Certificate");
        case 2:
          if ((v = o.SubCertificates) !== undefined) { w.bits(0, 2); k = "SubCertificates"; ki = -1; e_SubCertificatesType(w, v); n++; m += 4; s = 3; continue; }
          w.bits(1, 2); break loop;
        case 3:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_SignedCertificateChainType, m);
}

function d_ListOfRootCertificateIDsType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let c0 = 0;
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: v = d_X509IssuerSerialType(r); pushItem(o, "RootCertificateID", v); c0 = 1; s = 1; continue;
          default: return r.escape("ListOfRootCertificateIDsType state 0");
        }
      case 1:
        switch (r.bits(2)) {
          case 0: v = d_X509IssuerSerialType(r); pushItem(o, "RootCertificateID", v); if (++c0 > 20) return r.fail("more than 20 RootCertificateID items (maxOccurs)"); s = 1; continue;
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
  let s = 0, n = 0, m = 0, k = '', ki = -1, c0 = 0, i0 = 0;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.RootCertificateID) !== undefined && i0 < asArray(v, "RootCertificateID").length) { w.bits(0, 1); k = "RootCertificateID"; ki = i0; e_X509IssuerSerialType(w, (v as unknown[])[i0]); if (i0++ === 0) { n++; m += 1; } c0 = 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'RootCertificateID'", "RootCertificateID[0]");
        case 1:
          if ((v = o.RootCertificateID) !== undefined && i0 < asArray(v, "RootCertificateID").length) { w.bits(0, 2); k = "RootCertificateID"; ki = i0; e_X509IssuerSerialType(w, (v as unknown[])[i0]); if (i0++ === 0) { n++; m += 1; } if (++c0 > 20) return encodeFail("more than 20 RootCertificateID items (maxOccurs)"); s = 1; continue; }
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

function d_EMAIDListType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let c0 = 0;
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.string(255); r.expect0('EE of EMAID'); } else v = {}; pushItem(o, "EMAID", v); c0 = 1; s = 1; continue;
          default: return r.escape("EMAIDListType state 0");
        }
      case 1:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.string(255); r.expect0('EE of EMAID'); } else v = {}; pushItem(o, "EMAID", v); if (++c0 > 8) return r.fail("more than 8 EMAID items (maxOccurs)"); s = 1; continue;
          case 1: return o;
          default: return r.escape("EMAIDListType state 1");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_EMAIDListType: readonly string[] = ["EMAID"];
function e_EMAIDListType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1, c0 = 0, i0 = 0;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.EMAID) !== undefined && i0 < asArray(v, "EMAID").length) { w.bits(0, 1); k = "EMAID"; ki = i0; if (!w.emptyElement((v as unknown[])[i0])) { w.bits(0, 1); w.string((v as unknown[])[i0], 255); w.bits(0, 1); } if (i0++ === 0) { n++; m += 1; } c0 = 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'EMAID'", "EMAID[0]");
        case 1:
          if ((v = o.EMAID) !== undefined && i0 < asArray(v, "EMAID").length) { w.bits(0, 2); k = "EMAID"; ki = i0; if (!w.emptyElement((v as unknown[])[i0])) { w.bits(0, 1); w.string((v as unknown[])[i0], 255); w.bits(0, 1); } if (i0++ === 0) { n++; m += 1; } if (++c0 > 8) return encodeFail("more than 8 EMAID items (maxOccurs)"); s = 1; continue; }
          w.bits(1, 2); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (i0 !== 0 && i0 < (o.EMAID as unknown[]).length) encodeFail(`too many items (${(o.EMAID as unknown[]).length}) or items out of order`, "EMAID[" + i0 + ']');
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_EMAIDListType, m);
}

function d_CertificateChainType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.binary(1600); r.expect0('EE of Certificate'); } else v = {}; o.Certificate = v; s = 1; continue;
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
          if ((v = o.Certificate) !== undefined) { w.bits(0, 1); k = "Certificate"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.binary(v, 1600); w.bits(0, 1); } n++; m += 1; s = 1; continue; }
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

function d_EVPowerProfileType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.ulong(18446744073709551615n); r.expect0('EE of TimeAnchor'); } else v = {}; o.TimeAnchor = v; s = 1; continue;
          default: return r.escape("EVPowerProfileType state 0");
        }
      case 1:
        switch (r.bits(2)) {
          case 0: v = d_Dynamic_EVPPTControlModeType(r); o.Dynamic_EVPPTControlMode = v; s = 2; continue;
          case 1: v = d_Scheduled_EVPPTControlModeType(r); o.Scheduled_EVPPTControlMode = v; s = 3; continue;
          default: return r.escape("EVPowerProfileType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: v = d_EVPowerProfileEntryListType(r); o.EVPowerProfileEntries = v; s = 4; continue;
          default: return r.escape("EVPowerProfileType state 2");
        }
      case 3:
        switch (r.bits(1)) {
          case 0: v = d_EVPowerProfileEntryListType(r); o.EVPowerProfileEntries = v; s = 4; continue;
          default: return r.escape("EVPowerProfileType state 3");
        }
      case 4:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("EVPowerProfileType state 4");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_EVPowerProfileType: readonly string[] = ["TimeAnchor","Dynamic_EVPPTControlMode","Scheduled_EVPPTControlMode","EVPowerProfileEntries"];
function e_EVPowerProfileType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.TimeAnchor) !== undefined) { w.bits(0, 1); k = "TimeAnchor"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.ulong(v, 18446744073709551615n); w.bits(0, 1); } n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'TimeAnchor'", "TimeAnchor");
        case 1:
          if ((v = o.Dynamic_EVPPTControlMode) !== undefined) { w.bits(0, 2); k = "Dynamic_EVPPTControlMode"; ki = -1; e_Dynamic_EVPPTControlModeType(w, v); n++; m += 2; s = 2; continue; }
          if ((v = o.Scheduled_EVPPTControlMode) !== undefined) { w.bits(1, 2); k = "Scheduled_EVPPTControlMode"; ki = -1; e_Scheduled_EVPPTControlModeType(w, v); n++; m += 4; s = 3; continue; }
          k = ''; return encodeFail("missing mandatory element 'Dynamic_EVPPTControlMode'", "Dynamic_EVPPTControlMode");
        case 2:
          if ((v = o.EVPowerProfileEntries) !== undefined) { w.bits(0, 1); k = "EVPowerProfileEntries"; ki = -1; e_EVPowerProfileEntryListType(w, v); n++; m += 8; s = 4; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVPowerProfileEntries'", "EVPowerProfileEntries");
        case 3:
          if ((v = o.EVPowerProfileEntries) !== undefined) { w.bits(0, 1); k = "EVPowerProfileEntries"; ki = -1; e_EVPowerProfileEntryListType(w, v); n++; m += 8; s = 4; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVPowerProfileEntries'", "EVPowerProfileEntries");
        case 4:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_EVPowerProfileType, m);
}

function d_EVSEStatusType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.uint(65535); r.expect0('EE of NotificationMaxDelay'); } else v = {}; o.NotificationMaxDelay = v; s = 1; continue;
          default: return r.escape("EVSEStatusType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN11, 3); r.expect0('EE of EVSENotification'); } else v = {}; o.EVSENotification = v; s = 2; continue;
          default: return r.escape("EVSEStatusType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("EVSEStatusType state 2");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_EVSEStatusType: readonly string[] = ["NotificationMaxDelay","EVSENotification"];
function e_EVSEStatusType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.NotificationMaxDelay) !== undefined) { w.bits(0, 1); k = "NotificationMaxDelay"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.uint(v, 65535); w.bits(0, 1); } n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'NotificationMaxDelay'", "NotificationMaxDelay");
        case 1:
          if ((v = o.EVSENotification) !== undefined) { w.bits(0, 1); k = "EVSENotification"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM11, 3); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVSENotification'", "EVSENotification");
        case 2:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_EVSEStatusType, m);
}

function d_Dynamic_SEReqControlModeType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.uint(4294967295); r.expect0('EE of DepartureTime'); } else v = {}; o.DepartureTime = v; s = 1; continue;
          default: return r.escape("Dynamic_SEReqControlModeType state 0");
        }
      case 1:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.nbit(7, 0, 100); r.expect0('EE of MinimumSOC'); } else v = {}; o.MinimumSOC = v; s = 2; continue;
          case 1: if (r.chOrEmpty()) { v = r.nbit(7, 0, 100); r.expect0('EE of TargetSOC'); } else v = {}; o.TargetSOC = v; s = 3; continue;
          case 2: v = d_RationalNumberType(r); o.EVTargetEnergyRequest = v; s = 4; continue;
          default: return r.escape("Dynamic_SEReqControlModeType state 1");
        }
      case 2:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.nbit(7, 0, 100); r.expect0('EE of TargetSOC'); } else v = {}; o.TargetSOC = v; s = 3; continue;
          case 1: v = d_RationalNumberType(r); o.EVTargetEnergyRequest = v; s = 4; continue;
          default: return r.escape("Dynamic_SEReqControlModeType state 2");
        }
      case 3:
        switch (r.bits(1)) {
          case 0: v = d_RationalNumberType(r); o.EVTargetEnergyRequest = v; s = 4; continue;
          default: return r.escape("Dynamic_SEReqControlModeType state 3");
        }
      case 4:
        switch (r.bits(1)) {
          case 0: v = d_RationalNumberType(r); o.EVMaximumEnergyRequest = v; s = 5; continue;
          default: return r.escape("Dynamic_SEReqControlModeType state 4");
        }
      case 5:
        switch (r.bits(1)) {
          case 0: v = d_RationalNumberType(r); o.EVMinimumEnergyRequest = v; s = 6; continue;
          default: return r.escape("Dynamic_SEReqControlModeType state 5");
        }
      case 6:
        switch (r.bits(2)) {
          case 0: v = d_RationalNumberType(r); o.EVMaximumV2XEnergyRequest = v; s = 7; continue;
          case 1: v = d_RationalNumberType(r); o.EVMinimumV2XEnergyRequest = v; s = 8; continue;
          case 2: return o;
          default: return r.escape("Dynamic_SEReqControlModeType state 6");
        }
      case 7:
        switch (r.bits(2)) {
          case 0: v = d_RationalNumberType(r); o.EVMinimumV2XEnergyRequest = v; s = 8; continue;
          case 1: return o;
          default: return r.escape("Dynamic_SEReqControlModeType state 7");
        }
      case 8:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("Dynamic_SEReqControlModeType state 8");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_Dynamic_SEReqControlModeType: readonly string[] = ["DepartureTime","MinimumSOC","TargetSOC","EVTargetEnergyRequest","EVMaximumEnergyRequest","EVMinimumEnergyRequest","EVMaximumV2XEnergyRequest","EVMinimumV2XEnergyRequest"];
function e_Dynamic_SEReqControlModeType(w: BitWriter, x: unknown): void {
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
          if ((v = o.MinimumSOC) !== undefined) { w.bits(0, 2); k = "MinimumSOC"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.nbit(v, 7, 0, 100); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          if ((v = o.TargetSOC) !== undefined) { w.bits(1, 2); k = "TargetSOC"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.nbit(v, 7, 0, 100); w.bits(0, 1); } n++; m += 4; s = 3; continue; }
          if ((v = o.EVTargetEnergyRequest) !== undefined) { w.bits(2, 2); k = "EVTargetEnergyRequest"; ki = -1; e_RationalNumberType(w, v); n++; m += 8; s = 4; continue; }
          k = ''; return encodeFail("missing mandatory element 'MinimumSOC'", "MinimumSOC");
        case 2:
          if ((v = o.TargetSOC) !== undefined) { w.bits(0, 2); k = "TargetSOC"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.nbit(v, 7, 0, 100); w.bits(0, 1); } n++; m += 4; s = 3; continue; }
          if ((v = o.EVTargetEnergyRequest) !== undefined) { w.bits(1, 2); k = "EVTargetEnergyRequest"; ki = -1; e_RationalNumberType(w, v); n++; m += 8; s = 4; continue; }
          k = ''; return encodeFail("missing mandatory element 'TargetSOC'", "TargetSOC");
        case 3:
          if ((v = o.EVTargetEnergyRequest) !== undefined) { w.bits(0, 1); k = "EVTargetEnergyRequest"; ki = -1; e_RationalNumberType(w, v); n++; m += 8; s = 4; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVTargetEnergyRequest'", "EVTargetEnergyRequest");
        case 4:
          if ((v = o.EVMaximumEnergyRequest) !== undefined) { w.bits(0, 1); k = "EVMaximumEnergyRequest"; ki = -1; e_RationalNumberType(w, v); n++; m += 16; s = 5; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVMaximumEnergyRequest'", "EVMaximumEnergyRequest");
        case 5:
          if ((v = o.EVMinimumEnergyRequest) !== undefined) { w.bits(0, 1); k = "EVMinimumEnergyRequest"; ki = -1; e_RationalNumberType(w, v); n++; m += 32; s = 6; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVMinimumEnergyRequest'", "EVMinimumEnergyRequest");
        case 6:
          if ((v = o.EVMaximumV2XEnergyRequest) !== undefined) { w.bits(0, 2); k = "EVMaximumV2XEnergyRequest"; ki = -1; e_RationalNumberType(w, v); n++; m += 64; s = 7; continue; }
          if ((v = o.EVMinimumV2XEnergyRequest) !== undefined) { w.bits(1, 2); k = "EVMinimumV2XEnergyRequest"; ki = -1; e_RationalNumberType(w, v); n++; m += 128; s = 8; continue; }
          w.bits(2, 2); break loop;
        case 7:
          if ((v = o.EVMinimumV2XEnergyRequest) !== undefined) { w.bits(0, 2); k = "EVMinimumV2XEnergyRequest"; ki = -1; e_RationalNumberType(w, v); n++; m += 128; s = 8; continue; }
          w.bits(1, 2); break loop;
        case 8:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_Dynamic_SEReqControlModeType, m);
}

function d_Scheduled_SEReqControlModeType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(3)) {
          case 0: if (r.chOrEmpty()) { v = r.uint(4294967295); r.expect0('EE of DepartureTime'); } else v = {}; o.DepartureTime = v; s = 1; continue;
          case 1: v = d_RationalNumberType(r); o.EVTargetEnergyRequest = v; s = 2; continue;
          case 2: v = d_RationalNumberType(r); o.EVMaximumEnergyRequest = v; s = 3; continue;
          case 3: v = d_RationalNumberType(r); o.EVMinimumEnergyRequest = v; s = 4; continue;
          case 4: v = d_EVEnergyOfferType(r); o.EVEnergyOffer = v; s = 5; continue;
          case 5: return o;
          default: return r.escape("Scheduled_SEReqControlModeType state 0");
        }
      case 1:
        switch (r.bits(3)) {
          case 0: v = d_RationalNumberType(r); o.EVTargetEnergyRequest = v; s = 2; continue;
          case 1: v = d_RationalNumberType(r); o.EVMaximumEnergyRequest = v; s = 3; continue;
          case 2: v = d_RationalNumberType(r); o.EVMinimumEnergyRequest = v; s = 4; continue;
          case 3: v = d_EVEnergyOfferType(r); o.EVEnergyOffer = v; s = 5; continue;
          case 4: return o;
          default: return r.escape("Scheduled_SEReqControlModeType state 1");
        }
      case 2:
        switch (r.bits(3)) {
          case 0: v = d_RationalNumberType(r); o.EVMaximumEnergyRequest = v; s = 3; continue;
          case 1: v = d_RationalNumberType(r); o.EVMinimumEnergyRequest = v; s = 4; continue;
          case 2: v = d_EVEnergyOfferType(r); o.EVEnergyOffer = v; s = 5; continue;
          case 3: return o;
          default: return r.escape("Scheduled_SEReqControlModeType state 2");
        }
      case 3:
        switch (r.bits(2)) {
          case 0: v = d_RationalNumberType(r); o.EVMinimumEnergyRequest = v; s = 4; continue;
          case 1: v = d_EVEnergyOfferType(r); o.EVEnergyOffer = v; s = 5; continue;
          case 2: return o;
          default: return r.escape("Scheduled_SEReqControlModeType state 3");
        }
      case 4:
        switch (r.bits(2)) {
          case 0: v = d_EVEnergyOfferType(r); o.EVEnergyOffer = v; s = 5; continue;
          case 1: return o;
          default: return r.escape("Scheduled_SEReqControlModeType state 4");
        }
      case 5:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("Scheduled_SEReqControlModeType state 5");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_Scheduled_SEReqControlModeType: readonly string[] = ["DepartureTime","EVTargetEnergyRequest","EVMaximumEnergyRequest","EVMinimumEnergyRequest","EVEnergyOffer"];
function e_Scheduled_SEReqControlModeType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.DepartureTime) !== undefined) { w.bits(0, 3); k = "DepartureTime"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.uint(v, 4294967295); w.bits(0, 1); } n++; m += 1; s = 1; continue; }
          if ((v = o.EVTargetEnergyRequest) !== undefined) { w.bits(1, 3); k = "EVTargetEnergyRequest"; ki = -1; e_RationalNumberType(w, v); n++; m += 2; s = 2; continue; }
          if ((v = o.EVMaximumEnergyRequest) !== undefined) { w.bits(2, 3); k = "EVMaximumEnergyRequest"; ki = -1; e_RationalNumberType(w, v); n++; m += 4; s = 3; continue; }
          if ((v = o.EVMinimumEnergyRequest) !== undefined) { w.bits(3, 3); k = "EVMinimumEnergyRequest"; ki = -1; e_RationalNumberType(w, v); n++; m += 8; s = 4; continue; }
          if ((v = o.EVEnergyOffer) !== undefined) { w.bits(4, 3); k = "EVEnergyOffer"; ki = -1; e_EVEnergyOfferType(w, v); n++; m += 16; s = 5; continue; }
          w.bits(5, 3); break loop;
        case 1:
          if ((v = o.EVTargetEnergyRequest) !== undefined) { w.bits(0, 3); k = "EVTargetEnergyRequest"; ki = -1; e_RationalNumberType(w, v); n++; m += 2; s = 2; continue; }
          if ((v = o.EVMaximumEnergyRequest) !== undefined) { w.bits(1, 3); k = "EVMaximumEnergyRequest"; ki = -1; e_RationalNumberType(w, v); n++; m += 4; s = 3; continue; }
          if ((v = o.EVMinimumEnergyRequest) !== undefined) { w.bits(2, 3); k = "EVMinimumEnergyRequest"; ki = -1; e_RationalNumberType(w, v); n++; m += 8; s = 4; continue; }
          if ((v = o.EVEnergyOffer) !== undefined) { w.bits(3, 3); k = "EVEnergyOffer"; ki = -1; e_EVEnergyOfferType(w, v); n++; m += 16; s = 5; continue; }
          w.bits(4, 3); break loop;
        case 2:
          if ((v = o.EVMaximumEnergyRequest) !== undefined) { w.bits(0, 3); k = "EVMaximumEnergyRequest"; ki = -1; e_RationalNumberType(w, v); n++; m += 4; s = 3; continue; }
          if ((v = o.EVMinimumEnergyRequest) !== undefined) { w.bits(1, 3); k = "EVMinimumEnergyRequest"; ki = -1; e_RationalNumberType(w, v); n++; m += 8; s = 4; continue; }
          if ((v = o.EVEnergyOffer) !== undefined) { w.bits(2, 3); k = "EVEnergyOffer"; ki = -1; e_EVEnergyOfferType(w, v); n++; m += 16; s = 5; continue; }
          w.bits(3, 3); break loop;
        case 3:
          if ((v = o.EVMinimumEnergyRequest) !== undefined) { w.bits(0, 2); k = "EVMinimumEnergyRequest"; ki = -1; e_RationalNumberType(w, v); n++; m += 8; s = 4; continue; }
          if ((v = o.EVEnergyOffer) !== undefined) { w.bits(1, 2); k = "EVEnergyOffer"; ki = -1; e_EVEnergyOfferType(w, v); n++; m += 16; s = 5; continue; }
          w.bits(2, 2); break loop;
        case 4:
          if ((v = o.EVEnergyOffer) !== undefined) { w.bits(0, 2); k = "EVEnergyOffer"; ki = -1; e_EVEnergyOfferType(w, v); n++; m += 16; s = 5; continue; }
          w.bits(1, 2); break loop;
        case 5:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_Scheduled_SEReqControlModeType, m);
}

function d_Dynamic_SEResControlModeType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(3)) {
          case 0: if (r.chOrEmpty()) { v = r.uint(4294967295); r.expect0('EE of DepartureTime'); } else v = {}; o.DepartureTime = v; s = 1; continue;
          case 1: if (r.chOrEmpty()) { v = r.nbit(7, 0, 100); r.expect0('EE of MinimumSOC'); } else v = {}; o.MinimumSOC = v; s = 2; continue;
          case 2: if (r.chOrEmpty()) { v = r.nbit(7, 0, 100); r.expect0('EE of TargetSOC'); } else v = {}; o.TargetSOC = v; s = 3; continue;
          case 3: v = d_AbsolutePriceScheduleType(r); o.AbsolutePriceSchedule = v; s = 4; continue;
          case 4: v = d_PriceLevelScheduleType(r); o.PriceLevelSchedule = v; s = 5; continue;
          case 5: return o;
          default: return r.escape("Dynamic_SEResControlModeType state 0");
        }
      case 1:
        switch (r.bits(3)) {
          case 0: if (r.chOrEmpty()) { v = r.nbit(7, 0, 100); r.expect0('EE of MinimumSOC'); } else v = {}; o.MinimumSOC = v; s = 2; continue;
          case 1: if (r.chOrEmpty()) { v = r.nbit(7, 0, 100); r.expect0('EE of TargetSOC'); } else v = {}; o.TargetSOC = v; s = 3; continue;
          case 2: v = d_AbsolutePriceScheduleType(r); o.AbsolutePriceSchedule = v; s = 4; continue;
          case 3: v = d_PriceLevelScheduleType(r); o.PriceLevelSchedule = v; s = 5; continue;
          case 4: return o;
          default: return r.escape("Dynamic_SEResControlModeType state 1");
        }
      case 2:
        switch (r.bits(3)) {
          case 0: if (r.chOrEmpty()) { v = r.nbit(7, 0, 100); r.expect0('EE of TargetSOC'); } else v = {}; o.TargetSOC = v; s = 3; continue;
          case 1: v = d_AbsolutePriceScheduleType(r); o.AbsolutePriceSchedule = v; s = 4; continue;
          case 2: v = d_PriceLevelScheduleType(r); o.PriceLevelSchedule = v; s = 5; continue;
          case 3: return o;
          default: return r.escape("Dynamic_SEResControlModeType state 2");
        }
      case 3:
        switch (r.bits(2)) {
          case 0: v = d_AbsolutePriceScheduleType(r); o.AbsolutePriceSchedule = v; s = 4; continue;
          case 1: v = d_PriceLevelScheduleType(r); o.PriceLevelSchedule = v; s = 5; continue;
          case 2: return o;
          default: return r.escape("Dynamic_SEResControlModeType state 3");
        }
      case 4:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("Dynamic_SEResControlModeType state 4");
        }
      case 5:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("Dynamic_SEResControlModeType state 5");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_Dynamic_SEResControlModeType: readonly string[] = ["DepartureTime","MinimumSOC","TargetSOC","AbsolutePriceSchedule","PriceLevelSchedule"];
function e_Dynamic_SEResControlModeType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.DepartureTime) !== undefined) { w.bits(0, 3); k = "DepartureTime"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.uint(v, 4294967295); w.bits(0, 1); } n++; m += 1; s = 1; continue; }
          if ((v = o.MinimumSOC) !== undefined) { w.bits(1, 3); k = "MinimumSOC"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.nbit(v, 7, 0, 100); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          if ((v = o.TargetSOC) !== undefined) { w.bits(2, 3); k = "TargetSOC"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.nbit(v, 7, 0, 100); w.bits(0, 1); } n++; m += 4; s = 3; continue; }
          if ((v = o.AbsolutePriceSchedule) !== undefined) { w.bits(3, 3); k = "AbsolutePriceSchedule"; ki = -1; e_AbsolutePriceScheduleType(w, v); n++; m += 8; s = 4; continue; }
          if ((v = o.PriceLevelSchedule) !== undefined) { w.bits(4, 3); k = "PriceLevelSchedule"; ki = -1; e_PriceLevelScheduleType(w, v); n++; m += 16; s = 5; continue; }
          w.bits(5, 3); break loop;
        case 1:
          if ((v = o.MinimumSOC) !== undefined) { w.bits(0, 3); k = "MinimumSOC"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.nbit(v, 7, 0, 100); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          if ((v = o.TargetSOC) !== undefined) { w.bits(1, 3); k = "TargetSOC"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.nbit(v, 7, 0, 100); w.bits(0, 1); } n++; m += 4; s = 3; continue; }
          if ((v = o.AbsolutePriceSchedule) !== undefined) { w.bits(2, 3); k = "AbsolutePriceSchedule"; ki = -1; e_AbsolutePriceScheduleType(w, v); n++; m += 8; s = 4; continue; }
          if ((v = o.PriceLevelSchedule) !== undefined) { w.bits(3, 3); k = "PriceLevelSchedule"; ki = -1; e_PriceLevelScheduleType(w, v); n++; m += 16; s = 5; continue; }
          w.bits(4, 3); break loop;
        case 2:
          if ((v = o.TargetSOC) !== undefined) { w.bits(0, 3); k = "TargetSOC"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.nbit(v, 7, 0, 100); w.bits(0, 1); } n++; m += 4; s = 3; continue; }
          if ((v = o.AbsolutePriceSchedule) !== undefined) { w.bits(1, 3); k = "AbsolutePriceSchedule"; ki = -1; e_AbsolutePriceScheduleType(w, v); n++; m += 8; s = 4; continue; }
          if ((v = o.PriceLevelSchedule) !== undefined) { w.bits(2, 3); k = "PriceLevelSchedule"; ki = -1; e_PriceLevelScheduleType(w, v); n++; m += 16; s = 5; continue; }
          w.bits(3, 3); break loop;
        case 3:
          if ((v = o.AbsolutePriceSchedule) !== undefined) { w.bits(0, 2); k = "AbsolutePriceSchedule"; ki = -1; e_AbsolutePriceScheduleType(w, v); n++; m += 8; s = 4; continue; }
          if ((v = o.PriceLevelSchedule) !== undefined) { w.bits(1, 2); k = "PriceLevelSchedule"; ki = -1; e_PriceLevelScheduleType(w, v); n++; m += 16; s = 5; continue; }
          w.bits(2, 2); break loop;
        case 4:
          w.bits(0, 1); break loop;
        case 5:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_Dynamic_SEResControlModeType, m);
}

function d_Scheduled_SEResControlModeType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let c0 = 0;
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: v = d_ScheduleTupleType(r); pushItem(o, "ScheduleTuple", v); c0 = 1; s = 1; continue;
          default: return r.escape("Scheduled_SEResControlModeType state 0");
        }
      case 1:
        switch (r.bits(2)) {
          case 0: v = d_ScheduleTupleType(r); pushItem(o, "ScheduleTuple", v); if (++c0 > 3) return r.fail("more than 3 ScheduleTuple items (maxOccurs)"); s = 1; continue;
          case 1: return o;
          default: return r.escape("Scheduled_SEResControlModeType state 1");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_Scheduled_SEResControlModeType: readonly string[] = ["ScheduleTuple"];
function e_Scheduled_SEResControlModeType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1, c0 = 0, i0 = 0;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.ScheduleTuple) !== undefined && i0 < asArray(v, "ScheduleTuple").length) { w.bits(0, 1); k = "ScheduleTuple"; ki = i0; e_ScheduleTupleType(w, (v as unknown[])[i0]); if (i0++ === 0) { n++; m += 1; } c0 = 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'ScheduleTuple'", "ScheduleTuple[0]");
        case 1:
          if ((v = o.ScheduleTuple) !== undefined && i0 < asArray(v, "ScheduleTuple").length) { w.bits(0, 2); k = "ScheduleTuple"; ki = i0; e_ScheduleTupleType(w, (v as unknown[])[i0]); if (i0++ === 0) { n++; m += 1; } if (++c0 > 3) return encodeFail("more than 3 ScheduleTuple items (maxOccurs)"); s = 1; continue; }
          w.bits(1, 2); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (i0 !== 0 && i0 < (o.ScheduleTuple as unknown[]).length) encodeFail(`too many items (${(o.ScheduleTuple as unknown[]).length}) or items out of order`, "ScheduleTuple[" + i0 + ']');
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_Scheduled_SEResControlModeType, m);
}

function d_ServiceParameterListType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let c0 = 0;
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: v = d_ParameterSetType(r); pushItem(o, "ParameterSet", v); c0 = 1; s = 1; continue;
          default: return r.escape("ServiceParameterListType state 0");
        }
      case 1:
        switch (r.bits(2)) {
          case 0: v = d_ParameterSetType(r); pushItem(o, "ParameterSet", v); if (++c0 > 32) return r.fail("more than 32 ParameterSet items (maxOccurs)"); s = 1; continue;
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
  let s = 0, n = 0, m = 0, k = '', ki = -1, c0 = 0, i0 = 0;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.ParameterSet) !== undefined && i0 < asArray(v, "ParameterSet").length) { w.bits(0, 1); k = "ParameterSet"; ki = i0; e_ParameterSetType(w, (v as unknown[])[i0]); if (i0++ === 0) { n++; m += 1; } c0 = 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'ParameterSet'", "ParameterSet[0]");
        case 1:
          if ((v = o.ParameterSet) !== undefined && i0 < asArray(v, "ParameterSet").length) { w.bits(0, 2); k = "ParameterSet"; ki = i0; e_ParameterSetType(w, (v as unknown[])[i0]); if (i0++ === 0) { n++; m += 1; } if (++c0 > 32) return encodeFail("more than 32 ParameterSet items (maxOccurs)"); s = 1; continue; }
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

function d_ServiceIDListType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let c0 = 0;
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.uint(65535); r.expect0('EE of ServiceID'); } else v = {}; pushItem(o, "ServiceID", v); c0 = 1; s = 1; continue;
          default: return r.escape("ServiceIDListType state 0");
        }
      case 1:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.uint(65535); r.expect0('EE of ServiceID'); } else v = {}; pushItem(o, "ServiceID", v); if (++c0 > 16) return r.fail("more than 16 ServiceID items (maxOccurs)"); s = 1; continue;
          case 1: return o;
          default: return r.escape("ServiceIDListType state 1");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_ServiceIDListType: readonly string[] = ["ServiceID"];
function e_ServiceIDListType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1, c0 = 0, i0 = 0;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.ServiceID) !== undefined && i0 < asArray(v, "ServiceID").length) { w.bits(0, 1); k = "ServiceID"; ki = i0; if (!w.emptyElement((v as unknown[])[i0])) { w.bits(0, 1); w.uint((v as unknown[])[i0], 65535); w.bits(0, 1); } if (i0++ === 0) { n++; m += 1; } c0 = 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'ServiceID'", "ServiceID[0]");
        case 1:
          if ((v = o.ServiceID) !== undefined && i0 < asArray(v, "ServiceID").length) { w.bits(0, 2); k = "ServiceID"; ki = i0; if (!w.emptyElement((v as unknown[])[i0])) { w.bits(0, 1); w.uint((v as unknown[])[i0], 65535); w.bits(0, 1); } if (i0++ === 0) { n++; m += 1; } if (++c0 > 16) return encodeFail("more than 16 ServiceID items (maxOccurs)"); s = 1; continue; }
          w.bits(1, 2); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (i0 !== 0 && i0 < (o.ServiceID as unknown[]).length) encodeFail(`too many items (${(o.ServiceID as unknown[]).length}) or items out of order`, "ServiceID[" + i0 + ']');
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_ServiceIDListType, m);
}

function d_ServiceListType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let c0 = 0;
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: v = d_ServiceType(r); pushItem(o, "Service", v); c0 = 1; s = 1; continue;
          default: return r.escape("ServiceListType state 0");
        }
      case 1:
        switch (r.bits(2)) {
          case 0: v = d_ServiceType(r); pushItem(o, "Service", v); if (++c0 > 8) return r.fail("more than 8 Service items (maxOccurs)"); s = 1; continue;
          case 1: return o;
          default: return r.escape("ServiceListType state 1");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_ServiceListType: readonly string[] = ["Service"];
function e_ServiceListType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1, c0 = 0, i0 = 0;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.Service) !== undefined && i0 < asArray(v, "Service").length) { w.bits(0, 1); k = "Service"; ki = i0; e_ServiceType(w, (v as unknown[])[i0]); if (i0++ === 0) { n++; m += 1; } c0 = 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'Service'", "Service[0]");
        case 1:
          if ((v = o.Service) !== undefined && i0 < asArray(v, "Service").length) { w.bits(0, 2); k = "Service"; ki = i0; e_ServiceType(w, (v as unknown[])[i0]); if (i0++ === 0) { n++; m += 1; } if (++c0 > 8) return encodeFail("more than 8 Service items (maxOccurs)"); s = 1; continue; }
          w.bits(1, 2); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (i0 !== 0 && i0 < (o.Service as unknown[]).length) encodeFail(`too many items (${(o.Service as unknown[]).length}) or items out of order`, "Service[" + i0 + ']');
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_ServiceListType, m);
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
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.uint(65535); r.expect0('EE of ParameterSetID'); } else v = {}; o.ParameterSetID = v; s = 2; continue;
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
          if ((v = o.ParameterSetID) !== undefined) { w.bits(0, 1); k = "ParameterSetID"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.uint(v, 65535); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'ParameterSetID'", "ParameterSetID");
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

function d_SelectedServiceListType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let c0 = 0;
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: v = d_SelectedServiceType(r); pushItem(o, "SelectedService", v); c0 = 1; s = 1; continue;
          default: return r.escape("SelectedServiceListType state 0");
        }
      case 1:
        switch (r.bits(2)) {
          case 0: v = d_SelectedServiceType(r); pushItem(o, "SelectedService", v); if (++c0 > 16) return r.fail("more than 16 SelectedService items (maxOccurs)"); s = 1; continue;
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
  let s = 0, n = 0, m = 0, k = '', ki = -1, c0 = 0, i0 = 0;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.SelectedService) !== undefined && i0 < asArray(v, "SelectedService").length) { w.bits(0, 1); k = "SelectedService"; ki = i0; e_SelectedServiceType(w, (v as unknown[])[i0]); if (i0++ === 0) { n++; m += 1; } c0 = 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'SelectedService'", "SelectedService[0]");
        case 1:
          if ((v = o.SelectedService) !== undefined && i0 < asArray(v, "SelectedService").length) { w.bits(0, 2); k = "SelectedService"; ki = i0; e_SelectedServiceType(w, (v as unknown[])[i0]); if (i0++ === 0) { n++; m += 1; } if (++c0 > 16) return encodeFail("more than 16 SelectedService items (maxOccurs)"); s = 1; continue; }
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

function d_ContractCertificateChainType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.binary(1600); r.expect0('EE of Certificate'); } else v = {}; o.Certificate = v; s = 1; continue;
          default: return r.escape("ContractCertificateChainType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: v = d_SubCertificatesType(r); o.SubCertificates = v; s = 2; continue;
          default: return r.escape("ContractCertificateChainType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("ContractCertificateChainType state 2");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_ContractCertificateChainType: readonly string[] = ["Certificate","SubCertificates"];
function e_ContractCertificateChainType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.Certificate) !== undefined) { w.bits(0, 1); k = "Certificate"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.binary(v, 1600); w.bits(0, 1); } n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'Certificate'", "Certificate");
        case 1:
          if ((v = o.SubCertificates) !== undefined) { w.bits(0, 1); k = "SubCertificates"; ki = -1; e_SubCertificatesType(w, v); n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'SubCertificates'", "SubCertificates");
        case 2:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_ContractCertificateChainType, m);
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
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.ulong(18446744073709551615n); r.expect0('EE of ChargedEnergyReadingWh'); } else v = {}; o.ChargedEnergyReadingWh = v; s = 2; continue;
          default: return r.escape("MeterInfoType state 1");
        }
      case 2:
        switch (r.bits(3)) {
          case 0: if (r.chOrEmpty()) { v = r.ulong(18446744073709551615n); r.expect0('EE of BPT_DischargedEnergyReadingWh'); } else v = {}; o.BPT_DischargedEnergyReadingWh = v; s = 3; continue;
          case 1: if (r.chOrEmpty()) { v = r.ulong(18446744073709551615n); r.expect0('EE of CapacitiveEnergyReadingVARh'); } else v = {}; o.CapacitiveEnergyReadingVARh = v; s = 4; continue;
          case 2: if (r.chOrEmpty()) { v = r.ulong(18446744073709551615n); r.expect0('EE of BPT_InductiveEnergyReadingVARh'); } else v = {}; o.BPT_InductiveEnergyReadingVARh = v; s = 5; continue;
          case 3: if (r.chOrEmpty()) { v = r.binary(64); r.expect0('EE of MeterSignature'); } else v = {}; o.MeterSignature = v; s = 6; continue;
          case 4: if (r.chOrEmpty()) { v = r.int(-32768, 32767); r.expect0('EE of MeterStatus'); } else v = {}; o.MeterStatus = v; s = 7; continue;
          case 5: if (r.chOrEmpty()) { v = r.ulong(18446744073709551615n); r.expect0('EE of MeterTimestamp'); } else v = {}; o.MeterTimestamp = v; s = 8; continue;
          case 6: return o;
          default: return r.escape("MeterInfoType state 2");
        }
      case 3:
        switch (r.bits(3)) {
          case 0: if (r.chOrEmpty()) { v = r.ulong(18446744073709551615n); r.expect0('EE of CapacitiveEnergyReadingVARh'); } else v = {}; o.CapacitiveEnergyReadingVARh = v; s = 4; continue;
          case 1: if (r.chOrEmpty()) { v = r.ulong(18446744073709551615n); r.expect0('EE of BPT_InductiveEnergyReadingVARh'); } else v = {}; o.BPT_InductiveEnergyReadingVARh = v; s = 5; continue;
          case 2: if (r.chOrEmpty()) { v = r.binary(64); r.expect0('EE of MeterSignature'); } else v = {}; o.MeterSignature = v; s = 6; continue;
          case 3: if (r.chOrEmpty()) { v = r.int(-32768, 32767); r.expect0('EE of MeterStatus'); } else v = {}; o.MeterStatus = v; s = 7; continue;
          case 4: if (r.chOrEmpty()) { v = r.ulong(18446744073709551615n); r.expect0('EE of MeterTimestamp'); } else v = {}; o.MeterTimestamp = v; s = 8; continue;
          case 5: return o;
          default: return r.escape("MeterInfoType state 3");
        }
      case 4:
        switch (r.bits(3)) {
          case 0: if (r.chOrEmpty()) { v = r.ulong(18446744073709551615n); r.expect0('EE of BPT_InductiveEnergyReadingVARh'); } else v = {}; o.BPT_InductiveEnergyReadingVARh = v; s = 5; continue;
          case 1: if (r.chOrEmpty()) { v = r.binary(64); r.expect0('EE of MeterSignature'); } else v = {}; o.MeterSignature = v; s = 6; continue;
          case 2: if (r.chOrEmpty()) { v = r.int(-32768, 32767); r.expect0('EE of MeterStatus'); } else v = {}; o.MeterStatus = v; s = 7; continue;
          case 3: if (r.chOrEmpty()) { v = r.ulong(18446744073709551615n); r.expect0('EE of MeterTimestamp'); } else v = {}; o.MeterTimestamp = v; s = 8; continue;
          case 4: return o;
          default: return r.escape("MeterInfoType state 4");
        }
      case 5:
        switch (r.bits(3)) {
          case 0: if (r.chOrEmpty()) { v = r.binary(64); r.expect0('EE of MeterSignature'); } else v = {}; o.MeterSignature = v; s = 6; continue;
          case 1: if (r.chOrEmpty()) { v = r.int(-32768, 32767); r.expect0('EE of MeterStatus'); } else v = {}; o.MeterStatus = v; s = 7; continue;
          case 2: if (r.chOrEmpty()) { v = r.ulong(18446744073709551615n); r.expect0('EE of MeterTimestamp'); } else v = {}; o.MeterTimestamp = v; s = 8; continue;
          case 3: return o;
          default: return r.escape("MeterInfoType state 5");
        }
      case 6:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.int(-32768, 32767); r.expect0('EE of MeterStatus'); } else v = {}; o.MeterStatus = v; s = 7; continue;
          case 1: if (r.chOrEmpty()) { v = r.ulong(18446744073709551615n); r.expect0('EE of MeterTimestamp'); } else v = {}; o.MeterTimestamp = v; s = 8; continue;
          case 2: return o;
          default: return r.escape("MeterInfoType state 6");
        }
      case 7:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.ulong(18446744073709551615n); r.expect0('EE of MeterTimestamp'); } else v = {}; o.MeterTimestamp = v; s = 8; continue;
          case 1: return o;
          default: return r.escape("MeterInfoType state 7");
        }
      case 8:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("MeterInfoType state 8");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_MeterInfoType: readonly string[] = ["MeterID","ChargedEnergyReadingWh","BPT_DischargedEnergyReadingWh","CapacitiveEnergyReadingVARh","BPT_InductiveEnergyReadingVARh","MeterSignature","MeterStatus","MeterTimestamp"];
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
          if ((v = o.ChargedEnergyReadingWh) !== undefined) { w.bits(0, 1); k = "ChargedEnergyReadingWh"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.ulong(v, 18446744073709551615n); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'ChargedEnergyReadingWh'", "ChargedEnergyReadingWh");
        case 2:
          if ((v = o.BPT_DischargedEnergyReadingWh) !== undefined) { w.bits(0, 3); k = "BPT_DischargedEnergyReadingWh"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.ulong(v, 18446744073709551615n); w.bits(0, 1); } n++; m += 4; s = 3; continue; }
          if ((v = o.CapacitiveEnergyReadingVARh) !== undefined) { w.bits(1, 3); k = "CapacitiveEnergyReadingVARh"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.ulong(v, 18446744073709551615n); w.bits(0, 1); } n++; m += 8; s = 4; continue; }
          if ((v = o.BPT_InductiveEnergyReadingVARh) !== undefined) { w.bits(2, 3); k = "BPT_InductiveEnergyReadingVARh"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.ulong(v, 18446744073709551615n); w.bits(0, 1); } n++; m += 16; s = 5; continue; }
          if ((v = o.MeterSignature) !== undefined) { w.bits(3, 3); k = "MeterSignature"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.binary(v, 64); w.bits(0, 1); } n++; m += 32; s = 6; continue; }
          if ((v = o.MeterStatus) !== undefined) { w.bits(4, 3); k = "MeterStatus"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.int(v, -32768, 32767); w.bits(0, 1); } n++; m += 64; s = 7; continue; }
          if ((v = o.MeterTimestamp) !== undefined) { w.bits(5, 3); k = "MeterTimestamp"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.ulong(v, 18446744073709551615n); w.bits(0, 1); } n++; m += 128; s = 8; continue; }
          w.bits(6, 3); break loop;
        case 3:
          if ((v = o.CapacitiveEnergyReadingVARh) !== undefined) { w.bits(0, 3); k = "CapacitiveEnergyReadingVARh"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.ulong(v, 18446744073709551615n); w.bits(0, 1); } n++; m += 8; s = 4; continue; }
          if ((v = o.BPT_InductiveEnergyReadingVARh) !== undefined) { w.bits(1, 3); k = "BPT_InductiveEnergyReadingVARh"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.ulong(v, 18446744073709551615n); w.bits(0, 1); } n++; m += 16; s = 5; continue; }
          if ((v = o.MeterSignature) !== undefined) { w.bits(2, 3); k = "MeterSignature"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.binary(v, 64); w.bits(0, 1); } n++; m += 32; s = 6; continue; }
          if ((v = o.MeterStatus) !== undefined) { w.bits(3, 3); k = "MeterStatus"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.int(v, -32768, 32767); w.bits(0, 1); } n++; m += 64; s = 7; continue; }
          if ((v = o.MeterTimestamp) !== undefined) { w.bits(4, 3); k = "MeterTimestamp"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.ulong(v, 18446744073709551615n); w.bits(0, 1); } n++; m += 128; s = 8; continue; }
          w.bits(5, 3); break loop;
        case 4:
          if ((v = o.BPT_InductiveEnergyReadingVARh) !== undefined) { w.bits(0, 3); k = "BPT_InductiveEnergyReadingVARh"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.ulong(v, 18446744073709551615n); w.bits(0, 1); } n++; m += 16; s = 5; continue; }
          if ((v = o.MeterSignature) !== undefined) { w.bits(1, 3); k = "MeterSignature"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.binary(v, 64); w.bits(0, 1); } n++; m += 32; s = 6; continue; }
          if ((v = o.MeterStatus) !== undefined) { w.bits(2, 3); k = "MeterStatus"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.int(v, -32768, 32767); w.bits(0, 1); } n++; m += 64; s = 7; continue; }
          if ((v = o.MeterTimestamp) !== undefined) { w.bits(3, 3); k = "MeterTimestamp"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.ulong(v, 18446744073709551615n); w.bits(0, 1); } n++; m += 128; s = 8; continue; }
          w.bits(4, 3); break loop;
        case 5:
          if ((v = o.MeterSignature) !== undefined) { w.bits(0, 3); k = "MeterSignature"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.binary(v, 64); w.bits(0, 1); } n++; m += 32; s = 6; continue; }
          if ((v = o.MeterStatus) !== undefined) { w.bits(1, 3); k = "MeterStatus"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.int(v, -32768, 32767); w.bits(0, 1); } n++; m += 64; s = 7; continue; }
          if ((v = o.MeterTimestamp) !== undefined) { w.bits(2, 3); k = "MeterTimestamp"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.ulong(v, 18446744073709551615n); w.bits(0, 1); } n++; m += 128; s = 8; continue; }
          w.bits(3, 3); break loop;
        case 6:
          if ((v = o.MeterStatus) !== undefined) { w.bits(0, 2); k = "MeterStatus"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.int(v, -32768, 32767); w.bits(0, 1); } n++; m += 64; s = 7; continue; }
          if ((v = o.MeterTimestamp) !== undefined) { w.bits(1, 2); k = "MeterTimestamp"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.ulong(v, 18446744073709551615n); w.bits(0, 1); } n++; m += 128; s = 8; continue; }
          w.bits(2, 2); break loop;
        case 7:
          if ((v = o.MeterTimestamp) !== undefined) { w.bits(0, 2); k = "MeterTimestamp"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.ulong(v, 18446744073709551615n); w.bits(0, 1); } n++; m += 128; s = 8; continue; }
          w.bits(1, 2); break loop;
        case 8:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_MeterInfoType, m);
}

function d_ReceiptType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let c5 = 0;
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.ulong(18446744073709551615n); r.expect0('EE of TimeAnchor'); } else v = {}; o.TimeAnchor = v; s = 1; continue;
          default: return r.escape("ReceiptType state 0");
        }
      case 1:
        switch (r.bits(3)) {
          case 0: v = d_DetailedCostType(r); o.EnergyCosts = v; s = 2; continue;
          case 1: v = d_DetailedCostType(r); o.OccupancyCosts = v; s = 3; continue;
          case 2: v = d_DetailedCostType(r); o.AdditionalServicesCosts = v; s = 4; continue;
          case 3: v = d_DetailedCostType(r); o.OverstayCosts = v; s = 5; continue;
          case 4: v = d_DetailedTaxType(r); pushItem(o, "TaxCosts", v); c5 = 1; s = 6; continue;
          case 5: return o;
          default: return r.escape("ReceiptType state 1");
        }
      case 2:
        switch (r.bits(3)) {
          case 0: v = d_DetailedCostType(r); o.OccupancyCosts = v; s = 3; continue;
          case 1: v = d_DetailedCostType(r); o.AdditionalServicesCosts = v; s = 4; continue;
          case 2: v = d_DetailedCostType(r); o.OverstayCosts = v; s = 5; continue;
          case 3: v = d_DetailedTaxType(r); pushItem(o, "TaxCosts", v); c5 = 1; s = 6; continue;
          case 4: return o;
          default: return r.escape("ReceiptType state 2");
        }
      case 3:
        switch (r.bits(3)) {
          case 0: v = d_DetailedCostType(r); o.AdditionalServicesCosts = v; s = 4; continue;
          case 1: v = d_DetailedCostType(r); o.OverstayCosts = v; s = 5; continue;
          case 2: v = d_DetailedTaxType(r); pushItem(o, "TaxCosts", v); c5 = 1; s = 6; continue;
          case 3: return o;
          default: return r.escape("ReceiptType state 3");
        }
      case 4:
        switch (r.bits(2)) {
          case 0: v = d_DetailedCostType(r); o.OverstayCosts = v; s = 5; continue;
          case 1: v = d_DetailedTaxType(r); pushItem(o, "TaxCosts", v); c5 = 1; s = 6; continue;
          case 2: return o;
          default: return r.escape("ReceiptType state 4");
        }
      case 5:
        switch (r.bits(2)) {
          case 0: v = d_DetailedTaxType(r); pushItem(o, "TaxCosts", v); c5 = 1; s = 6; continue;
          case 1: return o;
          default: return r.escape("ReceiptType state 5");
        }
      case 6:
        switch (r.bits(2)) {
          case 0: v = d_DetailedTaxType(r); pushItem(o, "TaxCosts", v); if (++c5 > 10) return r.fail("more than 10 TaxCosts items (maxOccurs)"); s = 6; continue;
          case 1: return o;
          default: return r.escape("ReceiptType state 6");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_ReceiptType: readonly string[] = ["TimeAnchor","EnergyCosts","OccupancyCosts","AdditionalServicesCosts","OverstayCosts","TaxCosts"];
function e_ReceiptType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1, c5 = 0, i5 = 0;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.TimeAnchor) !== undefined) { w.bits(0, 1); k = "TimeAnchor"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.ulong(v, 18446744073709551615n); w.bits(0, 1); } n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'TimeAnchor'", "TimeAnchor");
        case 1:
          if ((v = o.EnergyCosts) !== undefined) { w.bits(0, 3); k = "EnergyCosts"; ki = -1; e_DetailedCostType(w, v); n++; m += 2; s = 2; continue; }
          if ((v = o.OccupancyCosts) !== undefined) { w.bits(1, 3); k = "OccupancyCosts"; ki = -1; e_DetailedCostType(w, v); n++; m += 4; s = 3; continue; }
          if ((v = o.AdditionalServicesCosts) !== undefined) { w.bits(2, 3); k = "AdditionalServicesCosts"; ki = -1; e_DetailedCostType(w, v); n++; m += 8; s = 4; continue; }
          if ((v = o.OverstayCosts) !== undefined) { w.bits(3, 3); k = "OverstayCosts"; ki = -1; e_DetailedCostType(w, v); n++; m += 16; s = 5; continue; }
          if ((v = o.TaxCosts) !== undefined && i5 < asArray(v, "TaxCosts").length) { w.bits(4, 3); k = "TaxCosts"; ki = i5; e_DetailedTaxType(w, (v as unknown[])[i5]); if (i5++ === 0) { n++; m += 32; } c5 = 1; s = 6; continue; }
          w.bits(5, 3); break loop;
        case 2:
          if ((v = o.OccupancyCosts) !== undefined) { w.bits(0, 3); k = "OccupancyCosts"; ki = -1; e_DetailedCostType(w, v); n++; m += 4; s = 3; continue; }
          if ((v = o.AdditionalServicesCosts) !== undefined) { w.bits(1, 3); k = "AdditionalServicesCosts"; ki = -1; e_DetailedCostType(w, v); n++; m += 8; s = 4; continue; }
          if ((v = o.OverstayCosts) !== undefined) { w.bits(2, 3); k = "OverstayCosts"; ki = -1; e_DetailedCostType(w, v); n++; m += 16; s = 5; continue; }
          if ((v = o.TaxCosts) !== undefined && i5 < asArray(v, "TaxCosts").length) { w.bits(3, 3); k = "TaxCosts"; ki = i5; e_DetailedTaxType(w, (v as unknown[])[i5]); if (i5++ === 0) { n++; m += 32; } c5 = 1; s = 6; continue; }
          w.bits(4, 3); break loop;
        case 3:
          if ((v = o.AdditionalServicesCosts) !== undefined) { w.bits(0, 3); k = "AdditionalServicesCosts"; ki = -1; e_DetailedCostType(w, v); n++; m += 8; s = 4; continue; }
          if ((v = o.OverstayCosts) !== undefined) { w.bits(1, 3); k = "OverstayCosts"; ki = -1; e_DetailedCostType(w, v); n++; m += 16; s = 5; continue; }
          if ((v = o.TaxCosts) !== undefined && i5 < asArray(v, "TaxCosts").length) { w.bits(2, 3); k = "TaxCosts"; ki = i5; e_DetailedTaxType(w, (v as unknown[])[i5]); if (i5++ === 0) { n++; m += 32; } c5 = 1; s = 6; continue; }
          w.bits(3, 3); break loop;
        case 4:
          if ((v = o.OverstayCosts) !== undefined) { w.bits(0, 2); k = "OverstayCosts"; ki = -1; e_DetailedCostType(w, v); n++; m += 16; s = 5; continue; }
          if ((v = o.TaxCosts) !== undefined && i5 < asArray(v, "TaxCosts").length) { w.bits(1, 2); k = "TaxCosts"; ki = i5; e_DetailedTaxType(w, (v as unknown[])[i5]); if (i5++ === 0) { n++; m += 32; } c5 = 1; s = 6; continue; }
          w.bits(2, 2); break loop;
        case 5:
          if ((v = o.TaxCosts) !== undefined && i5 < asArray(v, "TaxCosts").length) { w.bits(0, 2); k = "TaxCosts"; ki = i5; e_DetailedTaxType(w, (v as unknown[])[i5]); if (i5++ === 0) { n++; m += 32; } c5 = 1; s = 6; continue; }
          w.bits(1, 2); break loop;
        case 6:
          if ((v = o.TaxCosts) !== undefined && i5 < asArray(v, "TaxCosts").length) { w.bits(0, 2); k = "TaxCosts"; ki = i5; e_DetailedTaxType(w, (v as unknown[])[i5]); if (i5++ === 0) { n++; m += 32; } if (++c5 > 10) return encodeFail("more than 10 TaxCosts items (maxOccurs)"); s = 6; continue; }
          w.bits(1, 2); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (i5 !== 0 && i5 < (o.TaxCosts as unknown[]).length) encodeFail(`too many items (${(o.TaxCosts as unknown[]).length}) or items out of order`, "TaxCosts[" + i5 + ']');
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_ReceiptType, m);
}

function d_Dynamic_SMDTControlModeType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("Dynamic_SMDTControlModeType state 0");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_Dynamic_SMDTControlModeType: readonly string[] = [];
function e_Dynamic_SMDTControlModeType(w: BitWriter, x: unknown): void {
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
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_Dynamic_SMDTControlModeType, m);
}

function d_Scheduled_SMDTControlModeType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.uint(4294967295); r.expect0('EE of SelectedScheduleTupleID'); } else v = {}; o.SelectedScheduleTupleID = v; s = 1; continue;
          default: return r.escape("Scheduled_SMDTControlModeType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("Scheduled_SMDTControlModeType state 1");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_Scheduled_SMDTControlModeType: readonly string[] = ["SelectedScheduleTupleID"];
function e_Scheduled_SMDTControlModeType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.SelectedScheduleTupleID) !== undefined) { w.bits(0, 1); k = "SelectedScheduleTupleID"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.uint(v, 4294967295); w.bits(0, 1); } n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'SelectedScheduleTupleID'", "SelectedScheduleTupleID");
        case 1:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_Scheduled_SMDTControlModeType, m);
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

function d_SupportedProvidersListType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let c0 = 0;
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.string(80); r.expect0('EE of ProviderID'); } else v = {}; pushItem(o, "ProviderID", v); c0 = 1; s = 1; continue;
          default: return r.escape("SupportedProvidersListType state 0");
        }
      case 1:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.string(80); r.expect0('EE of ProviderID'); } else v = {}; pushItem(o, "ProviderID", v); if (++c0 > 128) return r.fail("more than 128 ProviderID items (maxOccurs)"); s = 1; continue;
          case 1: return o;
          default: return r.escape("SupportedProvidersListType state 1");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_SupportedProvidersListType: readonly string[] = ["ProviderID"];
function e_SupportedProvidersListType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1, c0 = 0, i0 = 0;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.ProviderID) !== undefined && i0 < asArray(v, "ProviderID").length) { w.bits(0, 1); k = "ProviderID"; ki = i0; if (!w.emptyElement((v as unknown[])[i0])) { w.bits(0, 1); w.string((v as unknown[])[i0], 80); w.bits(0, 1); } if (i0++ === 0) { n++; m += 1; } c0 = 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'ProviderID'", "ProviderID[0]");
        case 1:
          if ((v = o.ProviderID) !== undefined && i0 < asArray(v, "ProviderID").length) { w.bits(0, 2); k = "ProviderID"; ki = i0; if (!w.emptyElement((v as unknown[])[i0])) { w.bits(0, 1); w.string((v as unknown[])[i0], 80); w.bits(0, 1); } if (i0++ === 0) { n++; m += 1; } if (++c0 > 128) return encodeFail("more than 128 ProviderID items (maxOccurs)"); s = 1; continue; }
          w.bits(1, 2); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (i0 !== 0 && i0 < (o.ProviderID as unknown[]).length) encodeFail(`too many items (${(o.ProviderID as unknown[]).length}) or items out of order`, "ProviderID[" + i0 + ']');
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_SupportedProvidersListType, m);
}

function d_SubCertificatesType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let c0 = 0;
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.binary(1600); r.expect0('EE of Certificate'); } else v = {}; pushItem(o, "Certificate", v); c0 = 1; s = 1; continue;
          default: return r.escape("SubCertificatesType state 0");
        }
      case 1:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.binary(1600); r.expect0('EE of Certificate'); } else v = {}; pushItem(o, "Certificate", v); if (++c0 > 3) return r.fail("more than 3 Certificate items (maxOccurs)"); s = 1; continue;
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
  let s = 0, n = 0, m = 0, k = '', ki = -1, c0 = 0, i0 = 0;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.Certificate) !== undefined && i0 < asArray(v, "Certificate").length) { w.bits(0, 1); k = "Certificate"; ki = i0; if (!w.emptyElement((v as unknown[])[i0])) { w.bits(0, 1); w.binary((v as unknown[])[i0], 1600); w.bits(0, 1); } if (i0++ === 0) { n++; m += 1; } c0 = 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'Certificate'", "Certificate[0]");
        case 1:
          if ((v = o.Certificate) !== undefined && i0 < asArray(v, "Certificate").length) { w.bits(0, 2); k = "Certificate"; ki = i0; if (!w.emptyElement((v as unknown[])[i0])) { w.bits(0, 1); w.binary((v as unknown[])[i0], 1600); w.bits(0, 1); } if (i0++ === 0) { n++; m += 1; } if (++c0 > 3) return encodeFail("more than 3 Certificate items (maxOccurs)"); s = 1; continue; }
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

function d_Dynamic_EVPPTControlModeType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("Dynamic_EVPPTControlModeType state 0");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_Dynamic_EVPPTControlModeType: readonly string[] = [];
function e_Dynamic_EVPPTControlModeType(w: BitWriter, x: unknown): void {
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
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_Dynamic_EVPPTControlModeType, m);
}

function d_Scheduled_EVPPTControlModeType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.uint(4294967295); r.expect0('EE of SelectedScheduleTupleID'); } else v = {}; o.SelectedScheduleTupleID = v; s = 1; continue;
          default: return r.escape("Scheduled_EVPPTControlModeType state 0");
        }
      case 1:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN12, 1); r.expect0('EE of PowerToleranceAcceptance'); } else v = {}; o.PowerToleranceAcceptance = v; s = 2; continue;
          case 1: return o;
          default: return r.escape("Scheduled_EVPPTControlModeType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("Scheduled_EVPPTControlModeType state 2");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_Scheduled_EVPPTControlModeType: readonly string[] = ["SelectedScheduleTupleID","PowerToleranceAcceptance"];
function e_Scheduled_EVPPTControlModeType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.SelectedScheduleTupleID) !== undefined) { w.bits(0, 1); k = "SelectedScheduleTupleID"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.uint(v, 4294967295); w.bits(0, 1); } n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'SelectedScheduleTupleID'", "SelectedScheduleTupleID");
        case 1:
          if ((v = o.PowerToleranceAcceptance) !== undefined) { w.bits(0, 2); k = "PowerToleranceAcceptance"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM12, 1); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          w.bits(1, 2); break loop;
        case 2:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_Scheduled_EVPPTControlModeType, m);
}

function d_EVPowerProfileEntryListType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let c0 = 0;
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: v = d_PowerScheduleEntryType(r); pushItem(o, "EVPowerProfileEntry", v); c0 = 1; s = 1; continue;
          default: return r.escape("EVPowerProfileEntryListType state 0");
        }
      case 1:
        switch (r.bits(2)) {
          case 0: v = d_PowerScheduleEntryType(r); pushItem(o, "EVPowerProfileEntry", v); if (++c0 > 2048) return r.fail("more than 2048 EVPowerProfileEntry items (maxOccurs)"); s = 1; continue;
          case 1: return o;
          default: return r.escape("EVPowerProfileEntryListType state 1");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_EVPowerProfileEntryListType: readonly string[] = ["EVPowerProfileEntry"];
function e_EVPowerProfileEntryListType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1, c0 = 0, i0 = 0;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.EVPowerProfileEntry) !== undefined && i0 < asArray(v, "EVPowerProfileEntry").length) { w.bits(0, 1); k = "EVPowerProfileEntry"; ki = i0; e_PowerScheduleEntryType(w, (v as unknown[])[i0]); if (i0++ === 0) { n++; m += 1; } c0 = 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVPowerProfileEntry'", "EVPowerProfileEntry[0]");
        case 1:
          if ((v = o.EVPowerProfileEntry) !== undefined && i0 < asArray(v, "EVPowerProfileEntry").length) { w.bits(0, 2); k = "EVPowerProfileEntry"; ki = i0; e_PowerScheduleEntryType(w, (v as unknown[])[i0]); if (i0++ === 0) { n++; m += 1; } if (++c0 > 2048) return encodeFail("more than 2048 EVPowerProfileEntry items (maxOccurs)"); s = 1; continue; }
          w.bits(1, 2); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (i0 !== 0 && i0 < (o.EVPowerProfileEntry as unknown[]).length) encodeFail(`too many items (${(o.EVPowerProfileEntry as unknown[]).length}) or items out of order`, "EVPowerProfileEntry[" + i0 + ']');
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_EVPowerProfileEntryListType, m);
}

function d_RationalNumberType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.nbit(8, -128, 127); r.expect0('EE of Exponent'); } else v = {}; o.Exponent = v; s = 1; continue;
          default: return r.escape("RationalNumberType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.int(-32768, 32767); r.expect0('EE of Value'); } else v = {}; o.Value = v; s = 2; continue;
          default: return r.escape("RationalNumberType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("RationalNumberType state 2");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_RationalNumberType: readonly string[] = ["Exponent","Value"];
function e_RationalNumberType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.Exponent) !== undefined) { w.bits(0, 1); k = "Exponent"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.nbit(v, 8, -128, 127); w.bits(0, 1); } n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'Exponent'", "Exponent");
        case 1:
          if ((v = o.Value) !== undefined) { w.bits(0, 1); k = "Value"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.int(v, -32768, 32767); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'Value'", "Value");
        case 2:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_RationalNumberType, m);
}

function d_EVEnergyOfferType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: v = d_EVPowerScheduleType(r); o.EVPowerSchedule = v; s = 1; continue;
          default: return r.escape("EVEnergyOfferType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: v = d_EVAbsolutePriceScheduleType(r); o.EVAbsolutePriceSchedule = v; s = 2; continue;
          default: return r.escape("EVEnergyOfferType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("EVEnergyOfferType state 2");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_EVEnergyOfferType: readonly string[] = ["EVPowerSchedule","EVAbsolutePriceSchedule"];
function e_EVEnergyOfferType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.EVPowerSchedule) !== undefined) { w.bits(0, 1); k = "EVPowerSchedule"; ki = -1; e_EVPowerScheduleType(w, v); n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVPowerSchedule'", "EVPowerSchedule");
        case 1:
          if ((v = o.EVAbsolutePriceSchedule) !== undefined) { w.bits(0, 1); k = "EVAbsolutePriceSchedule"; ki = -1; e_EVAbsolutePriceScheduleType(w, v); n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVAbsolutePriceSchedule'", "EVAbsolutePriceSchedule");
        case 2:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_EVEnergyOfferType, m);
}

function d_AbsolutePriceScheduleType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(2)) {
          case 0: o["@Id"] = r.string(9007199254740991); s = 1; continue;
          case 1: if (r.chOrEmpty()) { v = r.ulong(18446744073709551615n); r.expect0('EE of TimeAnchor'); } else v = {}; o.TimeAnchor = v; s = 2; continue;
          default: return r.escape("AbsolutePriceScheduleType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.ulong(18446744073709551615n); r.expect0('EE of TimeAnchor'); } else v = {}; o.TimeAnchor = v; s = 2; continue;
          default: return r.escape("AbsolutePriceScheduleType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.uint(4294967295); r.expect0('EE of PriceScheduleID'); } else v = {}; o.PriceScheduleID = v; s = 3; continue;
          default: return r.escape("AbsolutePriceScheduleType state 2");
        }
      case 3:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.string(160); r.expect0('EE of PriceScheduleDescription'); } else v = {}; o.PriceScheduleDescription = v; s = 4; continue;
          case 1: if (r.chOrEmpty()) { v = r.string(3); r.expect0('EE of Currency'); } else v = {}; o.Currency = v; s = 5; continue;
          default: return r.escape("AbsolutePriceScheduleType state 3");
        }
      case 4:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.string(3); r.expect0('EE of Currency'); } else v = {}; o.Currency = v; s = 5; continue;
          default: return r.escape("AbsolutePriceScheduleType state 4");
        }
      case 5:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.string(3); r.expect0('EE of Language'); } else v = {}; o.Language = v; s = 6; continue;
          default: return r.escape("AbsolutePriceScheduleType state 5");
        }
      case 6:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.string(255); r.expect0('EE of PriceAlgorithm'); } else v = {}; o.PriceAlgorithm = v; s = 7; continue;
          default: return r.escape("AbsolutePriceScheduleType state 6");
        }
      case 7:
        switch (r.bits(3)) {
          case 0: v = d_RationalNumberType(r); o.MinimumCost = v; s = 8; continue;
          case 1: v = d_RationalNumberType(r); o.MaximumCost = v; s = 9; continue;
          case 2: v = d_TaxRuleListType(r); o.TaxRules = v; s = 10; continue;
          case 3: v = d_PriceRuleStackListType(r); o.PriceRuleStacks = v; s = 11; continue;
          default: return r.escape("AbsolutePriceScheduleType state 7");
        }
      case 8:
        switch (r.bits(2)) {
          case 0: v = d_RationalNumberType(r); o.MaximumCost = v; s = 9; continue;
          case 1: v = d_TaxRuleListType(r); o.TaxRules = v; s = 10; continue;
          case 2: v = d_PriceRuleStackListType(r); o.PriceRuleStacks = v; s = 11; continue;
          default: return r.escape("AbsolutePriceScheduleType state 8");
        }
      case 9:
        switch (r.bits(2)) {
          case 0: v = d_TaxRuleListType(r); o.TaxRules = v; s = 10; continue;
          case 1: v = d_PriceRuleStackListType(r); o.PriceRuleStacks = v; s = 11; continue;
          default: return r.escape("AbsolutePriceScheduleType state 9");
        }
      case 10:
        switch (r.bits(1)) {
          case 0: v = d_PriceRuleStackListType(r); o.PriceRuleStacks = v; s = 11; continue;
          default: return r.escape("AbsolutePriceScheduleType state 10");
        }
      case 11:
        switch (r.bits(2)) {
          case 0: v = d_OverstayRuleListType(r); o.OverstayRules = v; s = 12; continue;
          case 1: v = d_AdditionalServiceListType(r); o.AdditionalSelectedServices = v; s = 13; continue;
          case 2: return o;
          default: return r.escape("AbsolutePriceScheduleType state 11");
        }
      case 12:
        switch (r.bits(2)) {
          case 0: v = d_AdditionalServiceListType(r); o.AdditionalSelectedServices = v; s = 13; continue;
          case 1: return o;
          default: return r.escape("AbsolutePriceScheduleType state 12");
        }
      case 13:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("AbsolutePriceScheduleType state 13");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_AbsolutePriceScheduleType: readonly string[] = ["@Id","TimeAnchor","PriceScheduleID","PriceScheduleDescription","Currency","Language","PriceAlgorithm","MinimumCost","MaximumCost","TaxRules","PriceRuleStacks","OverstayRules","AdditionalSelectedServices"];
function e_AbsolutePriceScheduleType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o["@Id"]) !== undefined) { w.bits(0, 2); k = "@Id"; ki = -1; w.string(v, 9007199254740991); n++; m += 1; s = 1; continue; }
          if ((v = o.TimeAnchor) !== undefined) { w.bits(1, 2); k = "TimeAnchor"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.ulong(v, 18446744073709551615n); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory attribute '@Id'", "@Id");
        case 1:
          if ((v = o.TimeAnchor) !== undefined) { w.bits(0, 1); k = "TimeAnchor"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.ulong(v, 18446744073709551615n); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'TimeAnchor'", "TimeAnchor");
        case 2:
          if ((v = o.PriceScheduleID) !== undefined) { w.bits(0, 1); k = "PriceScheduleID"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.uint(v, 4294967295); w.bits(0, 1); } n++; m += 4; s = 3; continue; }
          k = ''; return encodeFail("missing mandatory element 'PriceScheduleID'", "PriceScheduleID");
        case 3:
          if ((v = o.PriceScheduleDescription) !== undefined) { w.bits(0, 2); k = "PriceScheduleDescription"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.string(v, 160); w.bits(0, 1); } n++; m += 8; s = 4; continue; }
          if ((v = o.Currency) !== undefined) { w.bits(1, 2); k = "Currency"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.string(v, 3); w.bits(0, 1); } n++; m += 16; s = 5; continue; }
          k = ''; return encodeFail("missing mandatory element 'PriceScheduleDescription'", "PriceScheduleDescription");
        case 4:
          if ((v = o.Currency) !== undefined) { w.bits(0, 1); k = "Currency"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.string(v, 3); w.bits(0, 1); } n++; m += 16; s = 5; continue; }
          k = ''; return encodeFail("missing mandatory element 'Currency'", "Currency");
        case 5:
          if ((v = o.Language) !== undefined) { w.bits(0, 1); k = "Language"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.string(v, 3); w.bits(0, 1); } n++; m += 32; s = 6; continue; }
          k = ''; return encodeFail("missing mandatory element 'Language'", "Language");
        case 6:
          if ((v = o.PriceAlgorithm) !== undefined) { w.bits(0, 1); k = "PriceAlgorithm"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.string(v, 255); w.bits(0, 1); } n++; m += 64; s = 7; continue; }
          k = ''; return encodeFail("missing mandatory element 'PriceAlgorithm'", "PriceAlgorithm");
        case 7:
          if ((v = o.MinimumCost) !== undefined) { w.bits(0, 3); k = "MinimumCost"; ki = -1; e_RationalNumberType(w, v); n++; m += 128; s = 8; continue; }
          if ((v = o.MaximumCost) !== undefined) { w.bits(1, 3); k = "MaximumCost"; ki = -1; e_RationalNumberType(w, v); n++; m += 256; s = 9; continue; }
          if ((v = o.TaxRules) !== undefined) { w.bits(2, 3); k = "TaxRules"; ki = -1; e_TaxRuleListType(w, v); n++; m += 512; s = 10; continue; }
          if ((v = o.PriceRuleStacks) !== undefined) { w.bits(3, 3); k = "PriceRuleStacks"; ki = -1; e_PriceRuleStackListType(w, v); n++; m += 1024; s = 11; continue; }
          k = ''; return encodeFail("missing mandatory element 'MinimumCost'", "MinimumCost");
        case 8:
          if ((v = o.MaximumCost) !== undefined) { w.bits(0, 2); k = "MaximumCost"; ki = -1; e_RationalNumberType(w, v); n++; m += 256; s = 9; continue; }
          if ((v = o.TaxRules) !== undefined) { w.bits(1, 2); k = "TaxRules"; ki = -1; e_TaxRuleListType(w, v); n++; m += 512; s = 10; continue; }
          if ((v = o.PriceRuleStacks) !== undefined) { w.bits(2, 2); k = "PriceRuleStacks"; ki = -1; e_PriceRuleStackListType(w, v); n++; m += 1024; s = 11; continue; }
          k = ''; return encodeFail("missing mandatory element 'MaximumCost'", "MaximumCost");
        case 9:
          if ((v = o.TaxRules) !== undefined) { w.bits(0, 2); k = "TaxRules"; ki = -1; e_TaxRuleListType(w, v); n++; m += 512; s = 10; continue; }
          if ((v = o.PriceRuleStacks) !== undefined) { w.bits(1, 2); k = "PriceRuleStacks"; ki = -1; e_PriceRuleStackListType(w, v); n++; m += 1024; s = 11; continue; }
          k = ''; return encodeFail("missing mandatory element 'TaxRules'", "TaxRules");
        case 10:
          if ((v = o.PriceRuleStacks) !== undefined) { w.bits(0, 1); k = "PriceRuleStacks"; ki = -1; e_PriceRuleStackListType(w, v); n++; m += 1024; s = 11; continue; }
          k = ''; return encodeFail("missing mandatory element 'PriceRuleStacks'", "PriceRuleStacks");
        case 11:
          if ((v = o.OverstayRules) !== undefined) { w.bits(0, 2); k = "OverstayRules"; ki = -1; e_OverstayRuleListType(w, v); n++; m += 2048; s = 12; continue; }
          if ((v = o.AdditionalSelectedServices) !== undefined) { w.bits(1, 2); k = "AdditionalSelectedServices"; ki = -1; e_AdditionalServiceListType(w, v); n++; m += 4096; s = 13; continue; }
          w.bits(2, 2); break loop;
        case 12:
          if ((v = o.AdditionalSelectedServices) !== undefined) { w.bits(0, 2); k = "AdditionalSelectedServices"; ki = -1; e_AdditionalServiceListType(w, v); n++; m += 4096; s = 13; continue; }
          w.bits(1, 2); break loop;
        case 13:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_AbsolutePriceScheduleType, m);
}

function d_PriceLevelScheduleType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(2)) {
          case 0: o["@Id"] = r.string(9007199254740991); s = 1; continue;
          case 1: if (r.chOrEmpty()) { v = r.ulong(18446744073709551615n); r.expect0('EE of TimeAnchor'); } else v = {}; o.TimeAnchor = v; s = 2; continue;
          default: return r.escape("PriceLevelScheduleType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.ulong(18446744073709551615n); r.expect0('EE of TimeAnchor'); } else v = {}; o.TimeAnchor = v; s = 2; continue;
          default: return r.escape("PriceLevelScheduleType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.uint(4294967295); r.expect0('EE of PriceScheduleID'); } else v = {}; o.PriceScheduleID = v; s = 3; continue;
          default: return r.escape("PriceLevelScheduleType state 2");
        }
      case 3:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.string(160); r.expect0('EE of PriceScheduleDescription'); } else v = {}; o.PriceScheduleDescription = v; s = 4; continue;
          case 1: if (r.chOrEmpty()) { v = r.nbit(8, 0, 255); r.expect0('EE of NumberOfPriceLevels'); } else v = {}; o.NumberOfPriceLevels = v; s = 5; continue;
          default: return r.escape("PriceLevelScheduleType state 3");
        }
      case 4:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.nbit(8, 0, 255); r.expect0('EE of NumberOfPriceLevels'); } else v = {}; o.NumberOfPriceLevels = v; s = 5; continue;
          default: return r.escape("PriceLevelScheduleType state 4");
        }
      case 5:
        switch (r.bits(1)) {
          case 0: v = d_PriceLevelScheduleEntryListType(r); o.PriceLevelScheduleEntries = v; s = 6; continue;
          default: return r.escape("PriceLevelScheduleType state 5");
        }
      case 6:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("PriceLevelScheduleType state 6");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_PriceLevelScheduleType: readonly string[] = ["@Id","TimeAnchor","PriceScheduleID","PriceScheduleDescription","NumberOfPriceLevels","PriceLevelScheduleEntries"];
function e_PriceLevelScheduleType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o["@Id"]) !== undefined) { w.bits(0, 2); k = "@Id"; ki = -1; w.string(v, 9007199254740991); n++; m += 1; s = 1; continue; }
          if ((v = o.TimeAnchor) !== undefined) { w.bits(1, 2); k = "TimeAnchor"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.ulong(v, 18446744073709551615n); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory attribute '@Id'", "@Id");
        case 1:
          if ((v = o.TimeAnchor) !== undefined) { w.bits(0, 1); k = "TimeAnchor"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.ulong(v, 18446744073709551615n); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'TimeAnchor'", "TimeAnchor");
        case 2:
          if ((v = o.PriceScheduleID) !== undefined) { w.bits(0, 1); k = "PriceScheduleID"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.uint(v, 4294967295); w.bits(0, 1); } n++; m += 4; s = 3; continue; }
          k = ''; return encodeFail("missing mandatory element 'PriceScheduleID'", "PriceScheduleID");
        case 3:
          if ((v = o.PriceScheduleDescription) !== undefined) { w.bits(0, 2); k = "PriceScheduleDescription"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.string(v, 160); w.bits(0, 1); } n++; m += 8; s = 4; continue; }
          if ((v = o.NumberOfPriceLevels) !== undefined) { w.bits(1, 2); k = "NumberOfPriceLevels"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.nbit(v, 8, 0, 255); w.bits(0, 1); } n++; m += 16; s = 5; continue; }
          k = ''; return encodeFail("missing mandatory element 'PriceScheduleDescription'", "PriceScheduleDescription");
        case 4:
          if ((v = o.NumberOfPriceLevels) !== undefined) { w.bits(0, 1); k = "NumberOfPriceLevels"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.nbit(v, 8, 0, 255); w.bits(0, 1); } n++; m += 16; s = 5; continue; }
          k = ''; return encodeFail("missing mandatory element 'NumberOfPriceLevels'", "NumberOfPriceLevels");
        case 5:
          if ((v = o.PriceLevelScheduleEntries) !== undefined) { w.bits(0, 1); k = "PriceLevelScheduleEntries"; ki = -1; e_PriceLevelScheduleEntryListType(w, v); n++; m += 32; s = 6; continue; }
          k = ''; return encodeFail("missing mandatory element 'PriceLevelScheduleEntries'", "PriceLevelScheduleEntries");
        case 6:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_PriceLevelScheduleType, m);
}

function d_ScheduleTupleType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.uint(4294967295); r.expect0('EE of ScheduleTupleID'); } else v = {}; o.ScheduleTupleID = v; s = 1; continue;
          default: return r.escape("ScheduleTupleType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: v = d_ChargingScheduleType(r); o.ChargingSchedule = v; s = 2; continue;
          default: return r.escape("ScheduleTupleType state 1");
        }
      case 2:
        switch (r.bits(2)) {
          case 0: v = d_ChargingScheduleType(r); o.DischargingSchedule = v; s = 3; continue;
          case 1: return o;
          default: return r.escape("ScheduleTupleType state 2");
        }
      case 3:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("ScheduleTupleType state 3");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_ScheduleTupleType: readonly string[] = ["ScheduleTupleID","ChargingSchedule","DischargingSchedule"];
function e_ScheduleTupleType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.ScheduleTupleID) !== undefined) { w.bits(0, 1); k = "ScheduleTupleID"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.uint(v, 4294967295); w.bits(0, 1); } n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'ScheduleTupleID'", "ScheduleTupleID");
        case 1:
          if ((v = o.ChargingSchedule) !== undefined) { w.bits(0, 1); k = "ChargingSchedule"; ki = -1; e_ChargingScheduleType(w, v); n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'ChargingSchedule'", "ChargingSchedule");
        case 2:
          if ((v = o.DischargingSchedule) !== undefined) { w.bits(0, 2); k = "DischargingSchedule"; ki = -1; e_ChargingScheduleType(w, v); n++; m += 4; s = 3; continue; }
          w.bits(1, 2); break loop;
        case 3:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_ScheduleTupleType, m);
}

function d_ParameterSetType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let c1 = 0;
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.uint(65535); r.expect0('EE of ParameterSetID'); } else v = {}; o.ParameterSetID = v; s = 1; continue;
          default: return r.escape("ParameterSetType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: v = d_ParameterType(r); pushItem(o, "Parameter", v); c1 = 1; s = 2; continue;
          default: return r.escape("ParameterSetType state 1");
        }
      case 2:
        switch (r.bits(2)) {
          case 0: v = d_ParameterType(r); pushItem(o, "Parameter", v); if (++c1 > 32) return r.fail("more than 32 Parameter items (maxOccurs)"); s = 2; continue;
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
  let s = 0, n = 0, m = 0, k = '', ki = -1, c1 = 0, i1 = 0;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.ParameterSetID) !== undefined) { w.bits(0, 1); k = "ParameterSetID"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.uint(v, 65535); w.bits(0, 1); } n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'ParameterSetID'", "ParameterSetID");
        case 1:
          if ((v = o.Parameter) !== undefined && i1 < asArray(v, "Parameter").length) { w.bits(0, 1); k = "Parameter"; ki = i1; e_ParameterType(w, (v as unknown[])[i1]); if (i1++ === 0) { n++; m += 2; } c1 = 1; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'Parameter'", "Parameter[0]");
        case 2:
          if ((v = o.Parameter) !== undefined && i1 < asArray(v, "Parameter").length) { w.bits(0, 2); k = "Parameter"; ki = i1; e_ParameterType(w, (v as unknown[])[i1]); if (i1++ === 0) { n++; m += 2; } if (++c1 > 32) return encodeFail("more than 32 Parameter items (maxOccurs)"); s = 2; continue; }
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
          case 0: if (r.chOrEmpty()) { v = r.uint(65535); r.expect0('EE of ServiceID'); } else v = {}; o.ServiceID = v; s = 1; continue;
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

const K_ServiceType: readonly string[] = ["ServiceID","FreeService"];
function e_ServiceType(w: BitWriter, x: unknown): void {
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

function d_DetailedCostType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: v = d_RationalNumberType(r); o.Amount = v; s = 1; continue;
          default: return r.escape("DetailedCostType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: v = d_RationalNumberType(r); o.CostPerUnit = v; s = 2; continue;
          default: return r.escape("DetailedCostType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("DetailedCostType state 2");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_DetailedCostType: readonly string[] = ["Amount","CostPerUnit"];
function e_DetailedCostType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.Amount) !== undefined) { w.bits(0, 1); k = "Amount"; ki = -1; e_RationalNumberType(w, v); n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'Amount'", "Amount");
        case 1:
          if ((v = o.CostPerUnit) !== undefined) { w.bits(0, 1); k = "CostPerUnit"; ki = -1; e_RationalNumberType(w, v); n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'CostPerUnit'", "CostPerUnit");
        case 2:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_DetailedCostType, m);
}

function d_DetailedTaxType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.uint(4294967295); r.expect0('EE of TaxRuleID'); } else v = {}; o.TaxRuleID = v; s = 1; continue;
          default: return r.escape("DetailedTaxType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: v = d_RationalNumberType(r); o.Amount = v; s = 2; continue;
          default: return r.escape("DetailedTaxType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("DetailedTaxType state 2");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_DetailedTaxType: readonly string[] = ["TaxRuleID","Amount"];
function e_DetailedTaxType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.TaxRuleID) !== undefined) { w.bits(0, 1); k = "TaxRuleID"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.uint(v, 4294967295); w.bits(0, 1); } n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'TaxRuleID'", "TaxRuleID");
        case 1:
          if ((v = o.Amount) !== undefined) { w.bits(0, 1); k = "Amount"; ki = -1; e_RationalNumberType(w, v); n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'Amount'", "Amount");
        case 2:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_DetailedTaxType, m);
}

function d_PowerScheduleEntryType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.uint(4294967295); r.expect0('EE of Duration'); } else v = {}; o.Duration = v; s = 1; continue;
          default: return r.escape("PowerScheduleEntryType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: v = d_RationalNumberType(r); o.Power = v; s = 2; continue;
          default: return r.escape("PowerScheduleEntryType state 1");
        }
      case 2:
        switch (r.bits(2)) {
          case 0: v = d_RationalNumberType(r); o.Power_L2 = v; s = 3; continue;
          case 1: v = d_RationalNumberType(r); o.Power_L3 = v; s = 4; continue;
          case 2: return o;
          default: return r.escape("PowerScheduleEntryType state 2");
        }
      case 3:
        switch (r.bits(2)) {
          case 0: v = d_RationalNumberType(r); o.Power_L3 = v; s = 4; continue;
          case 1: return o;
          default: return r.escape("PowerScheduleEntryType state 3");
        }
      case 4:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("PowerScheduleEntryType state 4");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_PowerScheduleEntryType: readonly string[] = ["Duration","Power","Power_L2","Power_L3"];
function e_PowerScheduleEntryType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.Duration) !== undefined) { w.bits(0, 1); k = "Duration"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.uint(v, 4294967295); w.bits(0, 1); } n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'Duration'", "Duration");
        case 1:
          if ((v = o.Power) !== undefined) { w.bits(0, 1); k = "Power"; ki = -1; e_RationalNumberType(w, v); n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'Power'", "Power");
        case 2:
          if ((v = o.Power_L2) !== undefined) { w.bits(0, 2); k = "Power_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 4; s = 3; continue; }
          if ((v = o.Power_L3) !== undefined) { w.bits(1, 2); k = "Power_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 8; s = 4; continue; }
          w.bits(2, 2); break loop;
        case 3:
          if ((v = o.Power_L3) !== undefined) { w.bits(0, 2); k = "Power_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 8; s = 4; continue; }
          w.bits(1, 2); break loop;
        case 4:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_PowerScheduleEntryType, m);
}

function d_EVPowerScheduleType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.ulong(18446744073709551615n); r.expect0('EE of TimeAnchor'); } else v = {}; o.TimeAnchor = v; s = 1; continue;
          default: return r.escape("EVPowerScheduleType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: v = d_EVPowerScheduleEntryListType(r); o.EVPowerScheduleEntries = v; s = 2; continue;
          default: return r.escape("EVPowerScheduleType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("EVPowerScheduleType state 2");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_EVPowerScheduleType: readonly string[] = ["TimeAnchor","EVPowerScheduleEntries"];
function e_EVPowerScheduleType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.TimeAnchor) !== undefined) { w.bits(0, 1); k = "TimeAnchor"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.ulong(v, 18446744073709551615n); w.bits(0, 1); } n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'TimeAnchor'", "TimeAnchor");
        case 1:
          if ((v = o.EVPowerScheduleEntries) !== undefined) { w.bits(0, 1); k = "EVPowerScheduleEntries"; ki = -1; e_EVPowerScheduleEntryListType(w, v); n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVPowerScheduleEntries'", "EVPowerScheduleEntries");
        case 2:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_EVPowerScheduleType, m);
}

function d_EVAbsolutePriceScheduleType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.ulong(18446744073709551615n); r.expect0('EE of TimeAnchor'); } else v = {}; o.TimeAnchor = v; s = 1; continue;
          default: return r.escape("EVAbsolutePriceScheduleType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.string(3); r.expect0('EE of Currency'); } else v = {}; o.Currency = v; s = 2; continue;
          default: return r.escape("EVAbsolutePriceScheduleType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.string(255); r.expect0('EE of PriceAlgorithm'); } else v = {}; o.PriceAlgorithm = v; s = 3; continue;
          default: return r.escape("EVAbsolutePriceScheduleType state 2");
        }
      case 3:
        switch (r.bits(1)) {
          case 0: v = d_EVPriceRuleStackListType(r); o.EVPriceRuleStacks = v; s = 4; continue;
          default: return r.escape("EVAbsolutePriceScheduleType state 3");
        }
      case 4:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("EVAbsolutePriceScheduleType state 4");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_EVAbsolutePriceScheduleType: readonly string[] = ["TimeAnchor","Currency","PriceAlgorithm","EVPriceRuleStacks"];
function e_EVAbsolutePriceScheduleType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.TimeAnchor) !== undefined) { w.bits(0, 1); k = "TimeAnchor"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.ulong(v, 18446744073709551615n); w.bits(0, 1); } n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'TimeAnchor'", "TimeAnchor");
        case 1:
          if ((v = o.Currency) !== undefined) { w.bits(0, 1); k = "Currency"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.string(v, 3); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'Currency'", "Currency");
        case 2:
          if ((v = o.PriceAlgorithm) !== undefined) { w.bits(0, 1); k = "PriceAlgorithm"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.string(v, 255); w.bits(0, 1); } n++; m += 4; s = 3; continue; }
          k = ''; return encodeFail("missing mandatory element 'PriceAlgorithm'", "PriceAlgorithm");
        case 3:
          if ((v = o.EVPriceRuleStacks) !== undefined) { w.bits(0, 1); k = "EVPriceRuleStacks"; ki = -1; e_EVPriceRuleStackListType(w, v); n++; m += 8; s = 4; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVPriceRuleStacks'", "EVPriceRuleStacks");
        case 4:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_EVAbsolutePriceScheduleType, m);
}

function d_TaxRuleListType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let c0 = 0;
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: v = d_TaxRuleType(r); pushItem(o, "TaxRule", v); c0 = 1; s = 1; continue;
          default: return r.escape("TaxRuleListType state 0");
        }
      case 1:
        switch (r.bits(2)) {
          case 0: v = d_TaxRuleType(r); pushItem(o, "TaxRule", v); if (++c0 > 10) return r.fail("more than 10 TaxRule items (maxOccurs)"); s = 1; continue;
          case 1: return o;
          default: return r.escape("TaxRuleListType state 1");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_TaxRuleListType: readonly string[] = ["TaxRule"];
function e_TaxRuleListType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1, c0 = 0, i0 = 0;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.TaxRule) !== undefined && i0 < asArray(v, "TaxRule").length) { w.bits(0, 1); k = "TaxRule"; ki = i0; e_TaxRuleType(w, (v as unknown[])[i0]); if (i0++ === 0) { n++; m += 1; } c0 = 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'TaxRule'", "TaxRule[0]");
        case 1:
          if ((v = o.TaxRule) !== undefined && i0 < asArray(v, "TaxRule").length) { w.bits(0, 2); k = "TaxRule"; ki = i0; e_TaxRuleType(w, (v as unknown[])[i0]); if (i0++ === 0) { n++; m += 1; } if (++c0 > 10) return encodeFail("more than 10 TaxRule items (maxOccurs)"); s = 1; continue; }
          w.bits(1, 2); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (i0 !== 0 && i0 < (o.TaxRule as unknown[]).length) encodeFail(`too many items (${(o.TaxRule as unknown[]).length}) or items out of order`, "TaxRule[" + i0 + ']');
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_TaxRuleListType, m);
}

function d_PriceRuleStackListType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let c0 = 0;
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: v = d_PriceRuleStackType(r); pushItem(o, "PriceRuleStack", v); c0 = 1; s = 1; continue;
          default: return r.escape("PriceRuleStackListType state 0");
        }
      case 1:
        switch (r.bits(2)) {
          case 0: v = d_PriceRuleStackType(r); pushItem(o, "PriceRuleStack", v); if (++c0 > 1024) return r.fail("more than 1024 PriceRuleStack items (maxOccurs)"); s = 1; continue;
          case 1: return o;
          default: return r.escape("PriceRuleStackListType state 1");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_PriceRuleStackListType: readonly string[] = ["PriceRuleStack"];
function e_PriceRuleStackListType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1, c0 = 0, i0 = 0;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.PriceRuleStack) !== undefined && i0 < asArray(v, "PriceRuleStack").length) { w.bits(0, 1); k = "PriceRuleStack"; ki = i0; e_PriceRuleStackType(w, (v as unknown[])[i0]); if (i0++ === 0) { n++; m += 1; } c0 = 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'PriceRuleStack'", "PriceRuleStack[0]");
        case 1:
          if ((v = o.PriceRuleStack) !== undefined && i0 < asArray(v, "PriceRuleStack").length) { w.bits(0, 2); k = "PriceRuleStack"; ki = i0; e_PriceRuleStackType(w, (v as unknown[])[i0]); if (i0++ === 0) { n++; m += 1; } if (++c0 > 1024) return encodeFail("more than 1024 PriceRuleStack items (maxOccurs)"); s = 1; continue; }
          w.bits(1, 2); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (i0 !== 0 && i0 < (o.PriceRuleStack as unknown[]).length) encodeFail(`too many items (${(o.PriceRuleStack as unknown[]).length}) or items out of order`, "PriceRuleStack[" + i0 + ']');
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_PriceRuleStackListType, m);
}

function d_OverstayRuleListType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let c2 = 0;
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.uint(4294967295); r.expect0('EE of OverstayTimeThreshold'); } else v = {}; o.OverstayTimeThreshold = v; s = 1; continue;
          case 1: v = d_RationalNumberType(r); o.OverstayPowerThreshold = v; s = 2; continue;
          case 2: v = d_OverstayRuleType(r); pushItem(o, "OverstayRule", v); c2 = 1; s = 3; continue;
          default: return r.escape("OverstayRuleListType state 0");
        }
      case 1:
        switch (r.bits(2)) {
          case 0: v = d_RationalNumberType(r); o.OverstayPowerThreshold = v; s = 2; continue;
          case 1: v = d_OverstayRuleType(r); pushItem(o, "OverstayRule", v); c2 = 1; s = 3; continue;
          default: return r.escape("OverstayRuleListType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: v = d_OverstayRuleType(r); pushItem(o, "OverstayRule", v); c2 = 1; s = 3; continue;
          default: return r.escape("OverstayRuleListType state 2");
        }
      case 3:
        switch (r.bits(2)) {
          case 0: v = d_OverstayRuleType(r); pushItem(o, "OverstayRule", v); if (++c2 > 5) return r.fail("more than 5 OverstayRule items (maxOccurs)"); s = 3; continue;
          case 1: return o;
          default: return r.escape("OverstayRuleListType state 3");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_OverstayRuleListType: readonly string[] = ["OverstayTimeThreshold","OverstayPowerThreshold","OverstayRule"];
function e_OverstayRuleListType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1, c2 = 0, i2 = 0;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.OverstayTimeThreshold) !== undefined) { w.bits(0, 2); k = "OverstayTimeThreshold"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.uint(v, 4294967295); w.bits(0, 1); } n++; m += 1; s = 1; continue; }
          if ((v = o.OverstayPowerThreshold) !== undefined) { w.bits(1, 2); k = "OverstayPowerThreshold"; ki = -1; e_RationalNumberType(w, v); n++; m += 2; s = 2; continue; }
          if ((v = o.OverstayRule) !== undefined && i2 < asArray(v, "OverstayRule").length) { w.bits(2, 2); k = "OverstayRule"; ki = i2; e_OverstayRuleType(w, (v as unknown[])[i2]); if (i2++ === 0) { n++; m += 4; } c2 = 1; s = 3; continue; }
          k = ''; return encodeFail("missing mandatory element 'OverstayTimeThreshold'", "OverstayTimeThreshold");
        case 1:
          if ((v = o.OverstayPowerThreshold) !== undefined) { w.bits(0, 2); k = "OverstayPowerThreshold"; ki = -1; e_RationalNumberType(w, v); n++; m += 2; s = 2; continue; }
          if ((v = o.OverstayRule) !== undefined && i2 < asArray(v, "OverstayRule").length) { w.bits(1, 2); k = "OverstayRule"; ki = i2; e_OverstayRuleType(w, (v as unknown[])[i2]); if (i2++ === 0) { n++; m += 4; } c2 = 1; s = 3; continue; }
          k = ''; return encodeFail("missing mandatory element 'OverstayPowerThreshold'", "OverstayPowerThreshold");
        case 2:
          if ((v = o.OverstayRule) !== undefined && i2 < asArray(v, "OverstayRule").length) { w.bits(0, 1); k = "OverstayRule"; ki = i2; e_OverstayRuleType(w, (v as unknown[])[i2]); if (i2++ === 0) { n++; m += 4; } c2 = 1; s = 3; continue; }
          k = ''; return encodeFail("missing mandatory element 'OverstayRule'", "OverstayRule[0]");
        case 3:
          if ((v = o.OverstayRule) !== undefined && i2 < asArray(v, "OverstayRule").length) { w.bits(0, 2); k = "OverstayRule"; ki = i2; e_OverstayRuleType(w, (v as unknown[])[i2]); if (i2++ === 0) { n++; m += 4; } if (++c2 > 5) return encodeFail("more than 5 OverstayRule items (maxOccurs)"); s = 3; continue; }
          w.bits(1, 2); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (i2 !== 0 && i2 < (o.OverstayRule as unknown[]).length) encodeFail(`too many items (${(o.OverstayRule as unknown[]).length}) or items out of order`, "OverstayRule[" + i2 + ']');
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_OverstayRuleListType, m);
}

function d_AdditionalServiceListType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let c0 = 0;
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: v = d_AdditionalServiceType(r); pushItem(o, "AdditionalService", v); c0 = 1; s = 1; continue;
          default: return r.escape("AdditionalServiceListType state 0");
        }
      case 1:
        switch (r.bits(2)) {
          case 0: v = d_AdditionalServiceType(r); pushItem(o, "AdditionalService", v); if (++c0 > 5) return r.fail("more than 5 AdditionalService items (maxOccurs)"); s = 1; continue;
          case 1: return o;
          default: return r.escape("AdditionalServiceListType state 1");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_AdditionalServiceListType: readonly string[] = ["AdditionalService"];
function e_AdditionalServiceListType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1, c0 = 0, i0 = 0;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.AdditionalService) !== undefined && i0 < asArray(v, "AdditionalService").length) { w.bits(0, 1); k = "AdditionalService"; ki = i0; e_AdditionalServiceType(w, (v as unknown[])[i0]); if (i0++ === 0) { n++; m += 1; } c0 = 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'AdditionalService'", "AdditionalService[0]");
        case 1:
          if ((v = o.AdditionalService) !== undefined && i0 < asArray(v, "AdditionalService").length) { w.bits(0, 2); k = "AdditionalService"; ki = i0; e_AdditionalServiceType(w, (v as unknown[])[i0]); if (i0++ === 0) { n++; m += 1; } if (++c0 > 5) return encodeFail("more than 5 AdditionalService items (maxOccurs)"); s = 1; continue; }
          w.bits(1, 2); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (i0 !== 0 && i0 < (o.AdditionalService as unknown[]).length) encodeFail(`too many items (${(o.AdditionalService as unknown[]).length}) or items out of order`, "AdditionalService[" + i0 + ']');
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_AdditionalServiceListType, m);
}

function d_PriceLevelScheduleEntryListType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let c0 = 0;
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: v = d_PriceLevelScheduleEntryType(r); pushItem(o, "PriceLevelScheduleEntry", v); c0 = 1; s = 1; continue;
          default: return r.escape("PriceLevelScheduleEntryListType state 0");
        }
      case 1:
        switch (r.bits(2)) {
          case 0: v = d_PriceLevelScheduleEntryType(r); pushItem(o, "PriceLevelScheduleEntry", v); if (++c0 > 1024) return r.fail("more than 1024 PriceLevelScheduleEntry items (maxOccurs)"); s = 1; continue;
          case 1: return o;
          default: return r.escape("PriceLevelScheduleEntryListType state 1");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_PriceLevelScheduleEntryListType: readonly string[] = ["PriceLevelScheduleEntry"];
function e_PriceLevelScheduleEntryListType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1, c0 = 0, i0 = 0;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.PriceLevelScheduleEntry) !== undefined && i0 < asArray(v, "PriceLevelScheduleEntry").length) { w.bits(0, 1); k = "PriceLevelScheduleEntry"; ki = i0; e_PriceLevelScheduleEntryType(w, (v as unknown[])[i0]); if (i0++ === 0) { n++; m += 1; } c0 = 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'PriceLevelScheduleEntry'", "PriceLevelScheduleEntry[0]");
        case 1:
          if ((v = o.PriceLevelScheduleEntry) !== undefined && i0 < asArray(v, "PriceLevelScheduleEntry").length) { w.bits(0, 2); k = "PriceLevelScheduleEntry"; ki = i0; e_PriceLevelScheduleEntryType(w, (v as unknown[])[i0]); if (i0++ === 0) { n++; m += 1; } if (++c0 > 1024) return encodeFail("more than 1024 PriceLevelScheduleEntry items (maxOccurs)"); s = 1; continue; }
          w.bits(1, 2); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (i0 !== 0 && i0 < (o.PriceLevelScheduleEntry as unknown[]).length) encodeFail(`too many items (${(o.PriceLevelScheduleEntry as unknown[]).length}) or items out of order`, "PriceLevelScheduleEntry[" + i0 + ']');
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_PriceLevelScheduleEntryListType, m);
}

function d_ChargingScheduleType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: v = d_PowerScheduleType(r); o.PowerSchedule = v; s = 1; continue;
          default: return r.escape("ChargingScheduleType state 0");
        }
      case 1:
        switch (r.bits(2)) {
          case 0: v = d_AbsolutePriceScheduleType(r); o.AbsolutePriceSchedule = v; s = 2; continue;
          case 1: v = d_PriceLevelScheduleType(r); o.PriceLevelSchedule = v; s = 3; continue;
          case 2: return o;
          default: return r.escape("ChargingScheduleType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("ChargingScheduleType state 2");
        }
      case 3:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("ChargingScheduleType state 3");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_ChargingScheduleType: readonly string[] = ["PowerSchedule","AbsolutePriceSchedule","PriceLevelSchedule"];
function e_ChargingScheduleType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.PowerSchedule) !== undefined) { w.bits(0, 1); k = "PowerSchedule"; ki = -1; e_PowerScheduleType(w, v); n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'PowerSchedule'", "PowerSchedule");
        case 1:
          if ((v = o.AbsolutePriceSchedule) !== undefined) { w.bits(0, 2); k = "AbsolutePriceSchedule"; ki = -1; e_AbsolutePriceScheduleType(w, v); n++; m += 2; s = 2; continue; }
          if ((v = o.PriceLevelSchedule) !== undefined) { w.bits(1, 2); k = "PriceLevelSchedule"; ki = -1; e_PriceLevelScheduleType(w, v); n++; m += 4; s = 3; continue; }
          w.bits(2, 2); break loop;
        case 2:
          w.bits(0, 1); break loop;
        case 3:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_ChargingScheduleType, m);
}

function d_ParameterType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: o["@Name"] = r.string(80); s = 1; continue;
          default: return r.escape("ParameterType state 0");
        }
      case 1:
        switch (r.bits(3)) {
          case 0: if (r.chOrEmpty()) { v = r.bool(); r.expect0('EE of boolValue'); } else v = {}; o.boolValue = v; s = 2; continue;
          case 1: if (r.chOrEmpty()) { v = r.nbit(8, -128, 127); r.expect0('EE of byteValue'); } else v = {}; o.byteValue = v; s = 3; continue;
          case 2: if (r.chOrEmpty()) { v = r.int(-32768, 32767); r.expect0('EE of shortValue'); } else v = {}; o.shortValue = v; s = 4; continue;
          case 3: if (r.chOrEmpty()) { v = r.int(-2147483648, 2147483647); r.expect0('EE of intValue'); } else v = {}; o.intValue = v; s = 5; continue;
          case 4: v = d_RationalNumberType(r); o.rationalNumber = v; s = 6; continue;
          case 5: if (r.chOrEmpty()) { v = r.string(80); r.expect0('EE of finiteString'); } else v = {}; o.finiteString = v; s = 7; continue;
          default: return r.escape("ParameterType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: return o;
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
      default: return r.fail('internal: bad state');
    }
  }
}

const K_ParameterType: readonly string[] = ["@Name","boolValue","byteValue","shortValue","intValue","rationalNumber","finiteString"];
function e_ParameterType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o["@Name"]) !== undefined) { w.bits(0, 1); k = "@Name"; ki = -1; w.string(v, 80); n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory attribute '@Name'", "@Name");
        case 1:
          if ((v = o.boolValue) !== undefined) { w.bits(0, 3); k = "boolValue"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.bool(v); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          if ((v = o.byteValue) !== undefined) { w.bits(1, 3); k = "byteValue"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.nbit(v, 8, -128, 127); w.bits(0, 1); } n++; m += 4; s = 3; continue; }
          if ((v = o.shortValue) !== undefined) { w.bits(2, 3); k = "shortValue"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.int(v, -32768, 32767); w.bits(0, 1); } n++; m += 8; s = 4; continue; }
          if ((v = o.intValue) !== undefined) { w.bits(3, 3); k = "intValue"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.int(v, -2147483648, 2147483647); w.bits(0, 1); } n++; m += 16; s = 5; continue; }
          if ((v = o.rationalNumber) !== undefined) { w.bits(4, 3); k = "rationalNumber"; ki = -1; e_RationalNumberType(w, v); n++; m += 32; s = 6; continue; }
          if ((v = o.finiteString) !== undefined) { w.bits(5, 3); k = "finiteString"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.string(v, 80); w.bits(0, 1); } n++; m += 64; s = 7; continue; }
          k = ''; return encodeFail("missing mandatory element 'boolValue'", "boolValue");
        case 2:
          w.bits(0, 1); break loop;
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
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_ParameterType, m);
}

function d_EVPowerScheduleEntryListType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let c0 = 0;
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: v = d_EVPowerScheduleEntryType(r); pushItem(o, "EVPowerScheduleEntry", v); c0 = 1; s = 1; continue;
          default: return r.escape("EVPowerScheduleEntryListType state 0");
        }
      case 1:
        switch (r.bits(2)) {
          case 0: v = d_EVPowerScheduleEntryType(r); pushItem(o, "EVPowerScheduleEntry", v); if (++c0 > 1024) return r.fail("more than 1024 EVPowerScheduleEntry items (maxOccurs)"); s = 1; continue;
          case 1: return o;
          default: return r.escape("EVPowerScheduleEntryListType state 1");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_EVPowerScheduleEntryListType: readonly string[] = ["EVPowerScheduleEntry"];
function e_EVPowerScheduleEntryListType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1, c0 = 0, i0 = 0;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.EVPowerScheduleEntry) !== undefined && i0 < asArray(v, "EVPowerScheduleEntry").length) { w.bits(0, 1); k = "EVPowerScheduleEntry"; ki = i0; e_EVPowerScheduleEntryType(w, (v as unknown[])[i0]); if (i0++ === 0) { n++; m += 1; } c0 = 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVPowerScheduleEntry'", "EVPowerScheduleEntry[0]");
        case 1:
          if ((v = o.EVPowerScheduleEntry) !== undefined && i0 < asArray(v, "EVPowerScheduleEntry").length) { w.bits(0, 2); k = "EVPowerScheduleEntry"; ki = i0; e_EVPowerScheduleEntryType(w, (v as unknown[])[i0]); if (i0++ === 0) { n++; m += 1; } if (++c0 > 1024) return encodeFail("more than 1024 EVPowerScheduleEntry items (maxOccurs)"); s = 1; continue; }
          w.bits(1, 2); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (i0 !== 0 && i0 < (o.EVPowerScheduleEntry as unknown[]).length) encodeFail(`too many items (${(o.EVPowerScheduleEntry as unknown[]).length}) or items out of order`, "EVPowerScheduleEntry[" + i0 + ']');
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_EVPowerScheduleEntryListType, m);
}

function d_EVPriceRuleStackListType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let c0 = 0;
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: v = d_EVPriceRuleStackType(r); pushItem(o, "EVPriceRuleStack", v); c0 = 1; s = 1; continue;
          default: return r.escape("EVPriceRuleStackListType state 0");
        }
      case 1:
        switch (r.bits(2)) {
          case 0: v = d_EVPriceRuleStackType(r); pushItem(o, "EVPriceRuleStack", v); if (++c0 > 1024) return r.fail("more than 1024 EVPriceRuleStack items (maxOccurs)"); s = 1; continue;
          case 1: return o;
          default: return r.escape("EVPriceRuleStackListType state 1");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_EVPriceRuleStackListType: readonly string[] = ["EVPriceRuleStack"];
function e_EVPriceRuleStackListType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1, c0 = 0, i0 = 0;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.EVPriceRuleStack) !== undefined && i0 < asArray(v, "EVPriceRuleStack").length) { w.bits(0, 1); k = "EVPriceRuleStack"; ki = i0; e_EVPriceRuleStackType(w, (v as unknown[])[i0]); if (i0++ === 0) { n++; m += 1; } c0 = 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVPriceRuleStack'", "EVPriceRuleStack[0]");
        case 1:
          if ((v = o.EVPriceRuleStack) !== undefined && i0 < asArray(v, "EVPriceRuleStack").length) { w.bits(0, 2); k = "EVPriceRuleStack"; ki = i0; e_EVPriceRuleStackType(w, (v as unknown[])[i0]); if (i0++ === 0) { n++; m += 1; } if (++c0 > 1024) return encodeFail("more than 1024 EVPriceRuleStack items (maxOccurs)"); s = 1; continue; }
          w.bits(1, 2); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (i0 !== 0 && i0 < (o.EVPriceRuleStack as unknown[]).length) encodeFail(`too many items (${(o.EVPriceRuleStack as unknown[]).length}) or items out of order`, "EVPriceRuleStack[" + i0 + ']');
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_EVPriceRuleStackListType, m);
}

function d_TaxRuleType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.uint(4294967295); r.expect0('EE of TaxRuleID'); } else v = {}; o.TaxRuleID = v; s = 1; continue;
          default: return r.escape("TaxRuleType state 0");
        }
      case 1:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.string(80); r.expect0('EE of TaxRuleName'); } else v = {}; o.TaxRuleName = v; s = 2; continue;
          case 1: v = d_RationalNumberType(r); o.TaxRate = v; s = 3; continue;
          default: return r.escape("TaxRuleType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: v = d_RationalNumberType(r); o.TaxRate = v; s = 3; continue;
          default: return r.escape("TaxRuleType state 2");
        }
      case 3:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.bool(); r.expect0('EE of TaxIncludedInPrice'); } else v = {}; o.TaxIncludedInPrice = v; s = 4; continue;
          case 1: if (r.chOrEmpty()) { v = r.bool(); r.expect0('EE of AppliesToEnergyFee'); } else v = {}; o.AppliesToEnergyFee = v; s = 5; continue;
          default: return r.escape("TaxRuleType state 3");
        }
      case 4:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.bool(); r.expect0('EE of AppliesToEnergyFee'); } else v = {}; o.AppliesToEnergyFee = v; s = 5; continue;
          default: return r.escape("TaxRuleType state 4");
        }
      case 5:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.bool(); r.expect0('EE of AppliesToParkingFee'); } else v = {}; o.AppliesToParkingFee = v; s = 6; continue;
          default: return r.escape("TaxRuleType state 5");
        }
      case 6:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.bool(); r.expect0('EE of AppliesToOverstayFee'); } else v = {}; o.AppliesToOverstayFee = v; s = 7; continue;
          default: return r.escape("TaxRuleType state 6");
        }
      case 7:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.bool(); r.expect0('EE of AppliesMinimumMaximumCost'); } else v = {}; o.AppliesMinimumMaximumCost = v; s = 8; continue;
          default: return r.escape("TaxRuleType state 7");
        }
      case 8:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("TaxRuleType state 8");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_TaxRuleType: readonly string[] = ["TaxRuleID","TaxRuleName","TaxRate","TaxIncludedInPrice","AppliesToEnergyFee","AppliesToParkingFee","AppliesToOverstayFee","AppliesMinimumMaximumCost"];
function e_TaxRuleType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.TaxRuleID) !== undefined) { w.bits(0, 1); k = "TaxRuleID"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.uint(v, 4294967295); w.bits(0, 1); } n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'TaxRuleID'", "TaxRuleID");
        case 1:
          if ((v = o.TaxRuleName) !== undefined) { w.bits(0, 2); k = "TaxRuleName"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.string(v, 80); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          if ((v = o.TaxRate) !== undefined) { w.bits(1, 2); k = "TaxRate"; ki = -1; e_RationalNumberType(w, v); n++; m += 4; s = 3; continue; }
          k = ''; return encodeFail("missing mandatory element 'TaxRuleName'", "TaxRuleName");
        case 2:
          if ((v = o.TaxRate) !== undefined) { w.bits(0, 1); k = "TaxRate"; ki = -1; e_RationalNumberType(w, v); n++; m += 4; s = 3; continue; }
          k = ''; return encodeFail("missing mandatory element 'TaxRate'", "TaxRate");
        case 3:
          if ((v = o.TaxIncludedInPrice) !== undefined) { w.bits(0, 2); k = "TaxIncludedInPrice"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.bool(v); w.bits(0, 1); } n++; m += 8; s = 4; continue; }
          if ((v = o.AppliesToEnergyFee) !== undefined) { w.bits(1, 2); k = "AppliesToEnergyFee"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.bool(v); w.bits(0, 1); } n++; m += 16; s = 5; continue; }
          k = ''; return encodeFail("missing mandatory element 'TaxIncludedInPrice'", "TaxIncludedInPrice");
        case 4:
          if ((v = o.AppliesToEnergyFee) !== undefined) { w.bits(0, 1); k = "AppliesToEnergyFee"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.bool(v); w.bits(0, 1); } n++; m += 16; s = 5; continue; }
          k = ''; return encodeFail("missing mandatory element 'AppliesToEnergyFee'", "AppliesToEnergyFee");
        case 5:
          if ((v = o.AppliesToParkingFee) !== undefined) { w.bits(0, 1); k = "AppliesToParkingFee"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.bool(v); w.bits(0, 1); } n++; m += 32; s = 6; continue; }
          k = ''; return encodeFail("missing mandatory element 'AppliesToParkingFee'", "AppliesToParkingFee");
        case 6:
          if ((v = o.AppliesToOverstayFee) !== undefined) { w.bits(0, 1); k = "AppliesToOverstayFee"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.bool(v); w.bits(0, 1); } n++; m += 64; s = 7; continue; }
          k = ''; return encodeFail("missing mandatory element 'AppliesToOverstayFee'", "AppliesToOverstayFee");
        case 7:
          if ((v = o.AppliesMinimumMaximumCost) !== undefined) { w.bits(0, 1); k = "AppliesMinimumMaximumCost"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.bool(v); w.bits(0, 1); } n++; m += 128; s = 8; continue; }
          k = ''; return encodeFail("missing mandatory element 'AppliesMinimumMaximumCost'", "AppliesMinimumMaximumCost");
        case 8:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_TaxRuleType, m);
}

function d_PriceRuleStackType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let c1 = 0;
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.uint(4294967295); r.expect0('EE of Duration'); } else v = {}; o.Duration = v; s = 1; continue;
          default: return r.escape("PriceRuleStackType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: v = d_PriceRuleType(r); pushItem(o, "PriceRule", v); c1 = 1; s = 2; continue;
          default: return r.escape("PriceRuleStackType state 1");
        }
      case 2:
        switch (r.bits(2)) {
          case 0: v = d_PriceRuleType(r); pushItem(o, "PriceRule", v); if (++c1 > 8) return r.fail("more than 8 PriceRule items (maxOccurs)"); s = 2; continue;
          case 1: return o;
          default: return r.escape("PriceRuleStackType state 2");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_PriceRuleStackType: readonly string[] = ["Duration","PriceRule"];
function e_PriceRuleStackType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1, c1 = 0, i1 = 0;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.Duration) !== undefined) { w.bits(0, 1); k = "Duration"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.uint(v, 4294967295); w.bits(0, 1); } n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'Duration'", "Duration");
        case 1:
          if ((v = o.PriceRule) !== undefined && i1 < asArray(v, "PriceRule").length) { w.bits(0, 1); k = "PriceRule"; ki = i1; e_PriceRuleType(w, (v as unknown[])[i1]); if (i1++ === 0) { n++; m += 2; } c1 = 1; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'PriceRule'", "PriceRule[0]");
        case 2:
          if ((v = o.PriceRule) !== undefined && i1 < asArray(v, "PriceRule").length) { w.bits(0, 2); k = "PriceRule"; ki = i1; e_PriceRuleType(w, (v as unknown[])[i1]); if (i1++ === 0) { n++; m += 2; } if (++c1 > 8) return encodeFail("more than 8 PriceRule items (maxOccurs)"); s = 2; continue; }
          w.bits(1, 2); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (i1 !== 0 && i1 < (o.PriceRule as unknown[]).length) encodeFail(`too many items (${(o.PriceRule as unknown[]).length}) or items out of order`, "PriceRule[" + i1 + ']');
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_PriceRuleStackType, m);
}

function d_OverstayRuleType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.string(160); r.expect0('EE of OverstayRuleDescription'); } else v = {}; o.OverstayRuleDescription = v; s = 1; continue;
          case 1: if (r.chOrEmpty()) { v = r.uint(4294967295); r.expect0('EE of StartTime'); } else v = {}; o.StartTime = v; s = 2; continue;
          default: return r.escape("OverstayRuleType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.uint(4294967295); r.expect0('EE of StartTime'); } else v = {}; o.StartTime = v; s = 2; continue;
          default: return r.escape("OverstayRuleType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: v = d_RationalNumberType(r); o.OverstayFee = v; s = 3; continue;
          default: return r.escape("OverstayRuleType state 2");
        }
      case 3:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.uint(4294967295); r.expect0('EE of OverstayFeePeriod'); } else v = {}; o.OverstayFeePeriod = v; s = 4; continue;
          default: return r.escape("OverstayRuleType state 3");
        }
      case 4:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("OverstayRuleType state 4");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_OverstayRuleType: readonly string[] = ["OverstayRuleDescription","StartTime","OverstayFee","OverstayFeePeriod"];
function e_OverstayRuleType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.OverstayRuleDescription) !== undefined) { w.bits(0, 2); k = "OverstayRuleDescription"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.string(v, 160); w.bits(0, 1); } n++; m += 1; s = 1; continue; }
          if ((v = o.StartTime) !== undefined) { w.bits(1, 2); k = "StartTime"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.uint(v, 4294967295); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'OverstayRuleDescription'", "OverstayRuleDescription");
        case 1:
          if ((v = o.StartTime) !== undefined) { w.bits(0, 1); k = "StartTime"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.uint(v, 4294967295); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'StartTime'", "StartTime");
        case 2:
          if ((v = o.OverstayFee) !== undefined) { w.bits(0, 1); k = "OverstayFee"; ki = -1; e_RationalNumberType(w, v); n++; m += 4; s = 3; continue; }
          k = ''; return encodeFail("missing mandatory element 'OverstayFee'", "OverstayFee");
        case 3:
          if ((v = o.OverstayFeePeriod) !== undefined) { w.bits(0, 1); k = "OverstayFeePeriod"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.uint(v, 4294967295); w.bits(0, 1); } n++; m += 8; s = 4; continue; }
          k = ''; return encodeFail("missing mandatory element 'OverstayFeePeriod'", "OverstayFeePeriod");
        case 4:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_OverstayRuleType, m);
}

function d_AdditionalServiceType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.string(80); r.expect0('EE of ServiceName'); } else v = {}; o.ServiceName = v; s = 1; continue;
          default: return r.escape("AdditionalServiceType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: v = d_RationalNumberType(r); o.ServiceFee = v; s = 2; continue;
          default: return r.escape("AdditionalServiceType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("AdditionalServiceType state 2");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_AdditionalServiceType: readonly string[] = ["ServiceName","ServiceFee"];
function e_AdditionalServiceType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.ServiceName) !== undefined) { w.bits(0, 1); k = "ServiceName"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.string(v, 80); w.bits(0, 1); } n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'ServiceName'", "ServiceName");
        case 1:
          if ((v = o.ServiceFee) !== undefined) { w.bits(0, 1); k = "ServiceFee"; ki = -1; e_RationalNumberType(w, v); n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'ServiceFee'", "ServiceFee");
        case 2:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_AdditionalServiceType, m);
}

function d_PriceLevelScheduleEntryType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.uint(4294967295); r.expect0('EE of Duration'); } else v = {}; o.Duration = v; s = 1; continue;
          default: return r.escape("PriceLevelScheduleEntryType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.nbit(8, 0, 255); r.expect0('EE of PriceLevel'); } else v = {}; o.PriceLevel = v; s = 2; continue;
          default: return r.escape("PriceLevelScheduleEntryType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("PriceLevelScheduleEntryType state 2");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_PriceLevelScheduleEntryType: readonly string[] = ["Duration","PriceLevel"];
function e_PriceLevelScheduleEntryType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.Duration) !== undefined) { w.bits(0, 1); k = "Duration"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.uint(v, 4294967295); w.bits(0, 1); } n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'Duration'", "Duration");
        case 1:
          if ((v = o.PriceLevel) !== undefined) { w.bits(0, 1); k = "PriceLevel"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.nbit(v, 8, 0, 255); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'PriceLevel'", "PriceLevel");
        case 2:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_PriceLevelScheduleEntryType, m);
}

function d_PowerScheduleType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.ulong(18446744073709551615n); r.expect0('EE of TimeAnchor'); } else v = {}; o.TimeAnchor = v; s = 1; continue;
          default: return r.escape("PowerScheduleType state 0");
        }
      case 1:
        switch (r.bits(2)) {
          case 0: v = d_RationalNumberType(r); o.AvailableEnergy = v; s = 2; continue;
          case 1: v = d_RationalNumberType(r); o.PowerTolerance = v; s = 3; continue;
          case 2: v = d_PowerScheduleEntryListType(r); o.PowerScheduleEntries = v; s = 4; continue;
          default: return r.escape("PowerScheduleType state 1");
        }
      case 2:
        switch (r.bits(2)) {
          case 0: v = d_RationalNumberType(r); o.PowerTolerance = v; s = 3; continue;
          case 1: v = d_PowerScheduleEntryListType(r); o.PowerScheduleEntries = v; s = 4; continue;
          default: return r.escape("PowerScheduleType state 2");
        }
      case 3:
        switch (r.bits(1)) {
          case 0: v = d_PowerScheduleEntryListType(r); o.PowerScheduleEntries = v; s = 4; continue;
          default: return r.escape("PowerScheduleType state 3");
        }
      case 4:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("PowerScheduleType state 4");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_PowerScheduleType: readonly string[] = ["TimeAnchor","AvailableEnergy","PowerTolerance","PowerScheduleEntries"];
function e_PowerScheduleType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.TimeAnchor) !== undefined) { w.bits(0, 1); k = "TimeAnchor"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.ulong(v, 18446744073709551615n); w.bits(0, 1); } n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'TimeAnchor'", "TimeAnchor");
        case 1:
          if ((v = o.AvailableEnergy) !== undefined) { w.bits(0, 2); k = "AvailableEnergy"; ki = -1; e_RationalNumberType(w, v); n++; m += 2; s = 2; continue; }
          if ((v = o.PowerTolerance) !== undefined) { w.bits(1, 2); k = "PowerTolerance"; ki = -1; e_RationalNumberType(w, v); n++; m += 4; s = 3; continue; }
          if ((v = o.PowerScheduleEntries) !== undefined) { w.bits(2, 2); k = "PowerScheduleEntries"; ki = -1; e_PowerScheduleEntryListType(w, v); n++; m += 8; s = 4; continue; }
          k = ''; return encodeFail("missing mandatory element 'AvailableEnergy'", "AvailableEnergy");
        case 2:
          if ((v = o.PowerTolerance) !== undefined) { w.bits(0, 2); k = "PowerTolerance"; ki = -1; e_RationalNumberType(w, v); n++; m += 4; s = 3; continue; }
          if ((v = o.PowerScheduleEntries) !== undefined) { w.bits(1, 2); k = "PowerScheduleEntries"; ki = -1; e_PowerScheduleEntryListType(w, v); n++; m += 8; s = 4; continue; }
          k = ''; return encodeFail("missing mandatory element 'PowerTolerance'", "PowerTolerance");
        case 3:
          if ((v = o.PowerScheduleEntries) !== undefined) { w.bits(0, 1); k = "PowerScheduleEntries"; ki = -1; e_PowerScheduleEntryListType(w, v); n++; m += 8; s = 4; continue; }
          k = ''; return encodeFail("missing mandatory element 'PowerScheduleEntries'", "PowerScheduleEntries");
        case 4:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_PowerScheduleType, m);
}

function d_EVPowerScheduleEntryType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.uint(4294967295); r.expect0('EE of Duration'); } else v = {}; o.Duration = v; s = 1; continue;
          default: return r.escape("EVPowerScheduleEntryType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: v = d_RationalNumberType(r); o.Power = v; s = 2; continue;
          default: return r.escape("EVPowerScheduleEntryType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("EVPowerScheduleEntryType state 2");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_EVPowerScheduleEntryType: readonly string[] = ["Duration","Power"];
function e_EVPowerScheduleEntryType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.Duration) !== undefined) { w.bits(0, 1); k = "Duration"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.uint(v, 4294967295); w.bits(0, 1); } n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'Duration'", "Duration");
        case 1:
          if ((v = o.Power) !== undefined) { w.bits(0, 1); k = "Power"; ki = -1; e_RationalNumberType(w, v); n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'Power'", "Power");
        case 2:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_EVPowerScheduleEntryType, m);
}

function d_EVPriceRuleStackType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let c1 = 0;
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.uint(4294967295); r.expect0('EE of Duration'); } else v = {}; o.Duration = v; s = 1; continue;
          default: return r.escape("EVPriceRuleStackType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: v = d_EVPriceRuleType(r); pushItem(o, "EVPriceRule", v); c1 = 1; s = 2; continue;
          default: return r.escape("EVPriceRuleStackType state 1");
        }
      case 2:
        switch (r.bits(2)) {
          case 0: v = d_EVPriceRuleType(r); pushItem(o, "EVPriceRule", v); if (++c1 > 8) return r.fail("more than 8 EVPriceRule items (maxOccurs)"); s = 2; continue;
          case 1: return o;
          default: return r.escape("EVPriceRuleStackType state 2");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_EVPriceRuleStackType: readonly string[] = ["Duration","EVPriceRule"];
function e_EVPriceRuleStackType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1, c1 = 0, i1 = 0;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.Duration) !== undefined) { w.bits(0, 1); k = "Duration"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.uint(v, 4294967295); w.bits(0, 1); } n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'Duration'", "Duration");
        case 1:
          if ((v = o.EVPriceRule) !== undefined && i1 < asArray(v, "EVPriceRule").length) { w.bits(0, 1); k = "EVPriceRule"; ki = i1; e_EVPriceRuleType(w, (v as unknown[])[i1]); if (i1++ === 0) { n++; m += 2; } c1 = 1; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVPriceRule'", "EVPriceRule[0]");
        case 2:
          if ((v = o.EVPriceRule) !== undefined && i1 < asArray(v, "EVPriceRule").length) { w.bits(0, 2); k = "EVPriceRule"; ki = i1; e_EVPriceRuleType(w, (v as unknown[])[i1]); if (i1++ === 0) { n++; m += 2; } if (++c1 > 8) return encodeFail("more than 8 EVPriceRule items (maxOccurs)"); s = 2; continue; }
          w.bits(1, 2); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (i1 !== 0 && i1 < (o.EVPriceRule as unknown[]).length) encodeFail(`too many items (${(o.EVPriceRule as unknown[]).length}) or items out of order`, "EVPriceRule[" + i1 + ']');
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_EVPriceRuleStackType, m);
}

function d_PriceRuleType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: v = d_RationalNumberType(r); o.EnergyFee = v; s = 1; continue;
          default: return r.escape("PriceRuleType state 0");
        }
      case 1:
        switch (r.bits(3)) {
          case 0: v = d_RationalNumberType(r); o.ParkingFee = v; s = 2; continue;
          case 1: if (r.chOrEmpty()) { v = r.uint(4294967295); r.expect0('EE of ParkingFeePeriod'); } else v = {}; o.ParkingFeePeriod = v; s = 3; continue;
          case 2: if (r.chOrEmpty()) { v = r.uint(65535); r.expect0('EE of CarbonDioxideEmission'); } else v = {}; o.CarbonDioxideEmission = v; s = 4; continue;
          case 3: if (r.chOrEmpty()) { v = r.nbit(8, 0, 255); r.expect0('EE of RenewableGenerationPercentage'); } else v = {}; o.RenewableGenerationPercentage = v; s = 5; continue;
          case 4: v = d_RationalNumberType(r); o.PowerRangeStart = v; s = 6; continue;
          default: return r.escape("PriceRuleType state 1");
        }
      case 2:
        switch (r.bits(3)) {
          case 0: if (r.chOrEmpty()) { v = r.uint(4294967295); r.expect0('EE of ParkingFeePeriod'); } else v = {}; o.ParkingFeePeriod = v; s = 3; continue;
          case 1: if (r.chOrEmpty()) { v = r.uint(65535); r.expect0('EE of CarbonDioxideEmission'); } else v = {}; o.CarbonDioxideEmission = v; s = 4; continue;
          case 2: if (r.chOrEmpty()) { v = r.nbit(8, 0, 255); r.expect0('EE of RenewableGenerationPercentage'); } else v = {}; o.RenewableGenerationPercentage = v; s = 5; continue;
          case 3: v = d_RationalNumberType(r); o.PowerRangeStart = v; s = 6; continue;
          default: return r.escape("PriceRuleType state 2");
        }
      case 3:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.uint(65535); r.expect0('EE of CarbonDioxideEmission'); } else v = {}; o.CarbonDioxideEmission = v; s = 4; continue;
          case 1: if (r.chOrEmpty()) { v = r.nbit(8, 0, 255); r.expect0('EE of RenewableGenerationPercentage'); } else v = {}; o.RenewableGenerationPercentage = v; s = 5; continue;
          case 2: v = d_RationalNumberType(r); o.PowerRangeStart = v; s = 6; continue;
          default: return r.escape("PriceRuleType state 3");
        }
      case 4:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.nbit(8, 0, 255); r.expect0('EE of RenewableGenerationPercentage'); } else v = {}; o.RenewableGenerationPercentage = v; s = 5; continue;
          case 1: v = d_RationalNumberType(r); o.PowerRangeStart = v; s = 6; continue;
          default: return r.escape("PriceRuleType state 4");
        }
      case 5:
        switch (r.bits(1)) {
          case 0: v = d_RationalNumberType(r); o.PowerRangeStart = v; s = 6; continue;
          default: return r.escape("PriceRuleType state 5");
        }
      case 6:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("PriceRuleType state 6");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_PriceRuleType: readonly string[] = ["EnergyFee","ParkingFee","ParkingFeePeriod","CarbonDioxideEmission","RenewableGenerationPercentage","PowerRangeStart"];
function e_PriceRuleType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.EnergyFee) !== undefined) { w.bits(0, 1); k = "EnergyFee"; ki = -1; e_RationalNumberType(w, v); n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'EnergyFee'", "EnergyFee");
        case 1:
          if ((v = o.ParkingFee) !== undefined) { w.bits(0, 3); k = "ParkingFee"; ki = -1; e_RationalNumberType(w, v); n++; m += 2; s = 2; continue; }
          if ((v = o.ParkingFeePeriod) !== undefined) { w.bits(1, 3); k = "ParkingFeePeriod"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.uint(v, 4294967295); w.bits(0, 1); } n++; m += 4; s = 3; continue; }
          if ((v = o.CarbonDioxideEmission) !== undefined) { w.bits(2, 3); k = "CarbonDioxideEmission"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.uint(v, 65535); w.bits(0, 1); } n++; m += 8; s = 4; continue; }
          if ((v = o.RenewableGenerationPercentage) !== undefined) { w.bits(3, 3); k = "RenewableGenerationPercentage"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.nbit(v, 8, 0, 255); w.bits(0, 1); } n++; m += 16; s = 5; continue; }
          if ((v = o.PowerRangeStart) !== undefined) { w.bits(4, 3); k = "PowerRangeStart"; ki = -1; e_RationalNumberType(w, v); n++; m += 32; s = 6; continue; }
          k = ''; return encodeFail("missing mandatory element 'ParkingFee'", "ParkingFee");
        case 2:
          if ((v = o.ParkingFeePeriod) !== undefined) { w.bits(0, 3); k = "ParkingFeePeriod"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.uint(v, 4294967295); w.bits(0, 1); } n++; m += 4; s = 3; continue; }
          if ((v = o.CarbonDioxideEmission) !== undefined) { w.bits(1, 3); k = "CarbonDioxideEmission"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.uint(v, 65535); w.bits(0, 1); } n++; m += 8; s = 4; continue; }
          if ((v = o.RenewableGenerationPercentage) !== undefined) { w.bits(2, 3); k = "RenewableGenerationPercentage"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.nbit(v, 8, 0, 255); w.bits(0, 1); } n++; m += 16; s = 5; continue; }
          if ((v = o.PowerRangeStart) !== undefined) { w.bits(3, 3); k = "PowerRangeStart"; ki = -1; e_RationalNumberType(w, v); n++; m += 32; s = 6; continue; }
          k = ''; return encodeFail("missing mandatory element 'ParkingFeePeriod'", "ParkingFeePeriod");
        case 3:
          if ((v = o.CarbonDioxideEmission) !== undefined) { w.bits(0, 2); k = "CarbonDioxideEmission"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.uint(v, 65535); w.bits(0, 1); } n++; m += 8; s = 4; continue; }
          if ((v = o.RenewableGenerationPercentage) !== undefined) { w.bits(1, 2); k = "RenewableGenerationPercentage"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.nbit(v, 8, 0, 255); w.bits(0, 1); } n++; m += 16; s = 5; continue; }
          if ((v = o.PowerRangeStart) !== undefined) { w.bits(2, 2); k = "PowerRangeStart"; ki = -1; e_RationalNumberType(w, v); n++; m += 32; s = 6; continue; }
          k = ''; return encodeFail("missing mandatory element 'CarbonDioxideEmission'", "CarbonDioxideEmission");
        case 4:
          if ((v = o.RenewableGenerationPercentage) !== undefined) { w.bits(0, 2); k = "RenewableGenerationPercentage"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.nbit(v, 8, 0, 255); w.bits(0, 1); } n++; m += 16; s = 5; continue; }
          if ((v = o.PowerRangeStart) !== undefined) { w.bits(1, 2); k = "PowerRangeStart"; ki = -1; e_RationalNumberType(w, v); n++; m += 32; s = 6; continue; }
          k = ''; return encodeFail("missing mandatory element 'RenewableGenerationPercentage'", "RenewableGenerationPercentage");
        case 5:
          if ((v = o.PowerRangeStart) !== undefined) { w.bits(0, 1); k = "PowerRangeStart"; ki = -1; e_RationalNumberType(w, v); n++; m += 32; s = 6; continue; }
          k = ''; return encodeFail("missing mandatory element 'PowerRangeStart'", "PowerRangeStart");
        case 6:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_PriceRuleType, m);
}

function d_PowerScheduleEntryListType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let c0 = 0;
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: v = d_PowerScheduleEntryType(r); pushItem(o, "PowerScheduleEntry", v); c0 = 1; s = 1; continue;
          default: return r.escape("PowerScheduleEntryListType state 0");
        }
      case 1:
        switch (r.bits(2)) {
          case 0: v = d_PowerScheduleEntryType(r); pushItem(o, "PowerScheduleEntry", v); if (++c0 > 1024) return r.fail("more than 1024 PowerScheduleEntry items (maxOccurs)"); s = 1; continue;
          case 1: return o;
          default: return r.escape("PowerScheduleEntryListType state 1");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_PowerScheduleEntryListType: readonly string[] = ["PowerScheduleEntry"];
function e_PowerScheduleEntryListType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1, c0 = 0, i0 = 0;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.PowerScheduleEntry) !== undefined && i0 < asArray(v, "PowerScheduleEntry").length) { w.bits(0, 1); k = "PowerScheduleEntry"; ki = i0; e_PowerScheduleEntryType(w, (v as unknown[])[i0]); if (i0++ === 0) { n++; m += 1; } c0 = 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'PowerScheduleEntry'", "PowerScheduleEntry[0]");
        case 1:
          if ((v = o.PowerScheduleEntry) !== undefined && i0 < asArray(v, "PowerScheduleEntry").length) { w.bits(0, 2); k = "PowerScheduleEntry"; ki = i0; e_PowerScheduleEntryType(w, (v as unknown[])[i0]); if (i0++ === 0) { n++; m += 1; } if (++c0 > 1024) return encodeFail("more than 1024 PowerScheduleEntry items (maxOccurs)"); s = 1; continue; }
          w.bits(1, 2); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (i0 !== 0 && i0 < (o.PowerScheduleEntry as unknown[]).length) encodeFail(`too many items (${(o.PowerScheduleEntry as unknown[]).length}) or items out of order`, "PowerScheduleEntry[" + i0 + ']');
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_PowerScheduleEntryListType, m);
}

function d_EVPriceRuleType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: v = d_RationalNumberType(r); o.EnergyFee = v; s = 1; continue;
          default: return r.escape("EVPriceRuleType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: v = d_RationalNumberType(r); o.PowerRangeStart = v; s = 2; continue;
          default: return r.escape("EVPriceRuleType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("EVPriceRuleType state 2");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_EVPriceRuleType: readonly string[] = ["EnergyFee","PowerRangeStart"];
function e_EVPriceRuleType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.EnergyFee) !== undefined) { w.bits(0, 1); k = "EnergyFee"; ki = -1; e_RationalNumberType(w, v); n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'EnergyFee'", "EnergyFee");
        case 1:
          if ((v = o.PowerRangeStart) !== undefined) { w.bits(0, 1); k = "PowerRangeStart"; ki = -1; e_RationalNumberType(w, v); n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'PowerRangeStart'", "PowerRangeStart");
        case 2:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_EVPriceRuleType, m);
}
