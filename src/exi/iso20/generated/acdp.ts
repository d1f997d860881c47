// generated, do not edit.
// ISO 15118-20 ACDP: schema-informed EXI 1.0 codec (non-strict, V2G options), built by src/exi/gen from:
//   iso20/V2G_CI_ACDP.xsd
//   iso20/V2G_CI_CommonTypes.xsd
//   iso20/xmldsig-core-schema.xsd
// Regenerate with `npm run gen:exi -- ../shared/schemas`.
/* eslint-disable */

import type { BitReader } from '../../core/bit-reader.js';
import { type BitWriter, encodeFail, prefixError } from '../../core/bit-writer.js';
import { asArray, asObject, type ExiObject, extraKeyFail, firstKey, keyCount, pushItem } from '../../core/doc.js';

/** Global elements in DocContent order (sorted by local name, then namespace). */
export const ROOT_ELEMENTS: readonly string[] = ["ACDP_ConnectReq","ACDP_ConnectRes","ACDP_DisconnectReq","ACDP_DisconnectRes","ACDP_SystemStatusReq","ACDP_SystemStatusRes","ACDP_VehiclePositioningReq","ACDP_VehiclePositioningRes","CLReqControlMode","CLResControlMode","CanonicalizationMethod","DSAKeyValue","DigestMethod","DigestValue","KeyInfo","KeyName","KeyValue","Manifest","MgmtData","Object","PGPData","RSAKeyValue","Reference","RetrievalMethod","SPKIData","Signature","SignatureMethod","SignatureProperties","SignatureProperty","SignatureValue","SignedInfo","Transform","Transforms","X509Data"];

const EN0: readonly string[] = ["State_A","State_B","State_C","State_D"];
const EM0: ReadonlyMap<string, number> = new Map(EN0.map((v, i) => [v, i]));
const EN1: readonly string[] = ["OK","OK_CertificateExpiresSoon","OK_NewSessionEstablished","OK_OldSessionJoined","OK_PowerToleranceConfirmed","WARNING_AuthorizationSelectionInvalid","WARNING_CertificateExpired","WARNING_CertificateNotYetValid","WARNING_CertificateRevoked","WARNING_CertificateValidationError","WARNING_ChallengeInvalid","WARNING_EIMAuthorizationFailure","WARNING_eMSPUnknown","WARNING_EVPowerProfileViolation","WARNING_GeneralPnCAuthorizationError","WARNING_NoCertificateAvailable","WARNING_NoContractMatchingPCIDFound","WARNING_PowerToleranceNotConfirmed","WARNING_ScheduleRenegotiationFailed","WARNING_StandbyNotAllowed","WARNING_WPT","FAILED","FAILED_AssociationError","FAILED_ContactorError","FAILED_EVPowerProfileInvalid","FAILED_EVPowerProfileViolation","FAILED_MeteringSignatureNotValid","FAILED_NoEnergyTransferServiceSelected","FAILED_NoServiceRenegotiationSupported","FAILED_PauseNotAllowed","FAILED_PowerDeliveryNotApplied","FAILED_PowerToleranceNotConfirmed","FAILED_ScheduleRenegotiation","FAILED_ScheduleSelectionInvalid","FAILED_SequenceError","FAILED_ServiceIDInvalid","FAILED_ServiceSelectionInvalid","FAILED_SignatureError","FAILED_UnknownSession","FAILED_WrongChargeParameter"];
const EM1: ReadonlyMap<string, number> = new Map(EN1.map((v, i) => [v, i]));
const EN2: readonly string[] = ["Finished","Ongoing","Ongoing_WaitingForCustomerInteraction"];
const EM2: ReadonlyMap<string, number> = new Map(EN2.map((v, i) => [v, i]));
const EN3: readonly string[] = ["Home","Moving","EndPosition"];
const EM3: ReadonlyMap<string, number> = new Map(EN3.map((v, i) => [v, i]));
const EN4: readonly string[] = ["Invalid","Safe","Warning","Fault"];
const EM4: ReadonlyMap<string, number> = new Map(EN4.map((v, i) => [v, i]));
const EN5: readonly string[] = ["StateA","StateB","StateC","StateD","StateE"];
const EM5: ReadonlyMap<string, number> = new Map(EN5.map((v, i) => [v, i]));
const EN6: readonly string[] = ["OK_NoEVError","FAILED","FAILED_EmergencyEvent","FAILED_Breaker","FAILED_RESSTemperatureInhibit","FAILED_RESS","FAILED_ChargingCurrentDifferential","FAILED_ChargingVoltageOutOfRange","FAILED_Reserved1","FAILED_Reserved2"];
const EM6: ReadonlyMap<string, number> = new Map(EN6.map((v, i) => [v, i]));

/** Decodes DocContent (after the EXI header) up to ED; returns the document in the EXI JSON form. */
export function decodeDocument(r: BitReader): ExiObject {
  switch (r.bits(6)) {
    case 0: { let v: unknown; v = d_ACDP_ConnectReqType(r); return { "ACDP_ConnectReq": v }; }
    case 1: { let v: unknown; v = d_ACDP_ConnectResType(r); return { "ACDP_ConnectRes": v }; }
    case 2: { let v: unknown; v = d_ACDP_ConnectReqType(r); return { "ACDP_DisconnectReq": v }; }
    case 3: { let v: unknown; v = d_ACDP_ConnectResType(r); return { "ACDP_DisconnectRes": v }; }
    case 4: { let v: unknown; v = d_ACDP_SystemStatusReqType(r); return { "ACDP_SystemStatusReq": v }; }
    case 5: { let v: unknown; v = d_ACDP_SystemStatusResType(r); return { "ACDP_SystemStatusRes": v }; }
    case 6: { let v: unknown; v = d_ACDP_VehiclePositioningReqType(r); return { "ACDP_VehiclePositioningReq": v }; }
    case 7: { let v: unknown; v = d_ACDP_VehiclePositioningResType(r); return { "ACDP_VehiclePositioningRes": v }; }
    case 8: { let v: unknown; v = d_CLReqControlModeType(r); return { "CLReqControlMode": v }; }
    case 9: { let v: unknown; v = d_CLResControlModeType(r); return { "CLResControlMode": v }; }
    case 10: { let v: unknown; v = d_CanonicalizationMethodType(r); return { "CanonicalizationMethod": v }; }
    case 11: { let v: unknown; v = d_DSAKeyValueType(r); return { "DSAKeyValue": v }; }
    case 12: { let v: unknown; v = d_DigestMethodType(r); return { "DigestMethod": v }; }
    case 13: { let v: unknown; if (r.chOrEmpty()) { v = r.binary(9007199254740991); r.expect0('EE of DigestValue'); } else v = {}; return { "DigestValue": v }; }
    case 14: { let v: unknown; v = d_KeyInfoType(r); return { "KeyInfo": v }; }
    case 15: { let v: unknown; if (r.chOrEmpty()) { v = r.string(9007199254740991); r.expect0('EE of KeyName'); } else v = {}; return { "KeyName": v }; }
    case 16: { let v: unknown; v = d_KeyValueType(r); return { "KeyValue": v }; }
    case 17: { let v: unknown; v = d_ManifestType(r); return { "Manifest": v }; }
    case 18: { let v: unknown; if (r.chOrEmpty()) { v = r.string(9007199254740991); r.expect0('EE of MgmtData'); } else v = {}; return { "MgmtData": v }; }
    case 19: { let v: unknown; v = d_ObjectType(r); return { "Object": v }; }
    case 20: { let v: unknown; v = d_PGPDataType(r); return { "PGPData": v }; }
    case 21: { let v: unknown; v = d_RSAKeyValueType(r); return { "RSAKeyValue": v }; }
    case 22: { let v: unknown; v = d_ReferenceType(r); return { "Reference": v }; }
    case 23: { let v: unknown; v = d_RetrievalMethodType(r); return { "RetrievalMethod": v }; }
    case 24: { let v: unknown; v = d_SPKIDataType(r); return { "SPKIData": v }; }
    case 25: { let v: unknown; v = d_SignatureType(r); return { "Signature": v }; }
    case 26: { let v: unknown; v = d_SignatureMethodType(r); return { "SignatureMethod": v }; }
    case 27: { let v: unknown; v = d_SignaturePropertiesType(r); return { "SignatureProperties": v }; }
    case 28: { let v: unknown; v = d_SignaturePropertyType(r); return { "SignatureProperty": v }; }
    case 29: { let v: unknown; v = d_SignatureValueType(r); return { "SignatureValue": v }; }
    case 30: { let v: unknown; v = d_SignedInfoType(r); return { "SignedInfo": v }; }
    case 31: { let v: unknown; v = d_TransformType(r); return { "Transform": v }; }
    case 32: { let v: unknown; v = d_TransformsType(r); return { "Transforms": v }; }
    case 33: { let v: unknown; v = d_X509DataType(r); return { "X509Data": v }; }
    default: return r.fail('document root is not a global element of this schema');
  }
}

/** Encodes DocContent of a document in the EXI JSON form (one key: the root element). */
export function encodeDocument(w: BitWriter, doc: ExiObject, root: string): void {
  const v = doc[root];
  switch (root) {
    case "ACDP_ConnectReq": w.bits(0, 6); e_ACDP_ConnectReqType(w, v); return;
    case "ACDP_ConnectRes": w.bits(1, 6); e_ACDP_ConnectResType(w, v); return;
    case "ACDP_DisconnectReq": w.bits(2, 6); e_ACDP_ConnectReqType(w, v); return;
    case "ACDP_DisconnectRes": w.bits(3, 6); e_ACDP_ConnectResType(w, v); return;
    case "ACDP_SystemStatusReq": w.bits(4, 6); e_ACDP_SystemStatusReqType(w, v); return;
    case "ACDP_SystemStatusRes": w.bits(5, 6); e_ACDP_SystemStatusResType(w, v); return;
    case "ACDP_VehiclePositioningReq": w.bits(6, 6); e_ACDP_VehiclePositioningReqType(w, v); return;
    case "ACDP_VehiclePositioningRes": w.bits(7, 6); e_ACDP_VehiclePositioningResType(w, v); return;
    case "CLReqControlMode": w.bits(8, 6); e_CLReqControlModeType(w, v); return;
    case "CLResControlMode": w.bits(9, 6); e_CLResControlModeType(w, v); return;
    case "CanonicalizationMethod": w.bits(10, 6); e_CanonicalizationMethodType(w, v); return;
    case "DSAKeyValue": w.bits(11, 6); e_DSAKeyValueType(w, v); return;
    case "DigestMethod": w.bits(12, 6); e_DigestMethodType(w, v); return;
    case "DigestValue": w.bits(13, 6); if (!w.emptyElement(v)) { w.bits(0, 1); w.binary(v, 9007199254740991); w.bits(0, 1); } return;
    case "KeyInfo": w.bits(14, 6); e_KeyInfoType(w, v); return;
    case "KeyName": w.bits(15, 6); if (!w.emptyElement(v)) { w.bits(0, 1); w.string(v, 9007199254740991); w.bits(0, 1); } return;
    case "KeyValue": w.bits(16, 6); e_KeyValueType(w, v); return;
    case "Manifest": w.bits(17, 6); e_ManifestType(w, v); return;
    case "MgmtData": w.bits(18, 6); if (!w.emptyElement(v)) { w.bits(0, 1); w.string(v, 9007199254740991); w.bits(0, 1); } return;
    case "Object": w.bits(19, 6); e_ObjectType(w, v); return;
    case "PGPData": w.bits(20, 6); e_PGPDataType(w, v); return;
    case "RSAKeyValue": w.bits(21, 6); e_RSAKeyValueType(w, v); return;
    case "Reference": w.bits(22, 6); e_ReferenceType(w, v); return;
    case "RetrievalMethod": w.bits(23, 6); e_RetrievalMethodType(w, v); return;
    case "SPKIData": w.bits(24, 6); e_SPKIDataType(w, v); return;
    case "Signature": w.bits(25, 6); e_SignatureType(w, v); return;
    case "SignatureMethod": w.bits(26, 6); e_SignatureMethodType(w, v); return;
    case "SignatureProperties": w.bits(27, 6); e_SignaturePropertiesType(w, v); return;
    case "SignatureProperty": w.bits(28, 6); e_SignaturePropertyType(w, v); return;
    case "SignatureValue": w.bits(29, 6); e_SignatureValueType(w, v); return;
    case "SignedInfo": w.bits(30, 6); e_SignedInfoType(w, v); return;
    case "Transform": w.bits(31, 6); e_TransformType(w, v); return;
    case "Transforms": w.bits(32, 6); e_TransformsType(w, v); return;
    case "X509Data": w.bits(33, 6); e_X509DataType(w, v); return;
    default: return encodeFail(`unknown root element '${root}' (one of: ${ROOT_ELEMENTS.join(', ')})`);
  }
}

function d_ACDP_ConnectReqType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: v = d_MessageHeaderType(r); o.Header = v; s = 1; continue;
          default: return r.escape("ACDP_ConnectReqType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN0, 2); r.expect0('EE of EVElectricalChargingDeviceStatus'); } else v = {}; o.EVElectricalChargingDeviceStatus = v; s = 2; continue;
          default: return r.escape("ACDP_ConnectReqType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("ACDP_ConnectReqType state 2");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_ACDP_ConnectReqType: readonly string[] = ["Header","EVElectricalChargingDeviceStatus"];
function e_ACDP_ConnectReqType(w: BitWriter, x: unknown): void {
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
          if ((v = o.EVElectricalChargingDeviceStatus) !== undefined) { w.bits(0, 1); k = "EVElectricalChargingDeviceStatus"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM0, 2); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVElectricalChargingDeviceStatus'", "EVElectricalChargingDeviceStatus");
        case 2:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_ACDP_ConnectReqType, m);
}

function d_ACDP_ConnectResType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: v = d_MessageHeaderType(r); o.Header = v; s = 1; continue;
          default: return r.escape("ACDP_ConnectResType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN1, 6); r.expect0('EE of ResponseCode'); } else v = {}; o.ResponseCode = v; s = 2; continue;
          default: return r.escape("ACDP_ConnectResType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN2, 2); r.expect0('EE of EVSEProcessing'); } else v = {}; o.EVSEProcessing = v; s = 3; continue;
          default: return r.escape("ACDP_ConnectResType state 2");
        }
      case 3:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN0, 2); r.expect0('EE of EVSEElectricalChargingDeviceStatus'); } else v = {}; o.EVSEElectricalChargingDeviceStatus = v; s = 4; continue;
          default: return r.escape("ACDP_ConnectResType state 3");
        }
      case 4:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN3, 2); r.expect0('EE of EVSEMechanicalChargingDeviceStatus'); } else v = {}; o.EVSEMechanicalChargingDeviceStatus = v; s = 5; continue;
          default: return r.escape("ACDP_ConnectResType state 4");
        }
      case 5:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("ACDP_ConnectResType state 5");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_ACDP_ConnectResType: readonly string[] = ["Header","ResponseCode","EVSEProcessing","EVSEElectricalChargingDeviceStatus","EVSEMechanicalChargingDeviceStatus"];
function e_ACDP_ConnectResType(w: BitWriter, x: unknown): void {
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
          if ((v = o.EVSEElectricalChargingDeviceStatus) !== undefined) { w.bits(0, 1); k = "EVSEElectricalChargingDeviceStatus"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM0, 2); w.bits(0, 1); } n++; m += 8; s = 4; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVSEElectricalChargingDeviceStatus'", "EVSEElectricalChargingDeviceStatus");
        case 4:
          if ((v = o.EVSEMechanicalChargingDeviceStatus) !== undefined) { w.bits(0, 1); k = "EVSEMechanicalChargingDeviceStatus"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM3, 2); w.bits(0, 1); } n++; m += 16; s = 5; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVSEMechanicalChargingDeviceStatus'", "EVSEMechanicalChargingDeviceStatus");
        case 5:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_ACDP_ConnectResType, m);
}

function d_ACDP_SystemStatusReqType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: v = d_MessageHeaderType(r); o.Header = v; s = 1; continue;
          default: return r.escape("ACDP_SystemStatusReqType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: v = d_EVTechnicalStatusType(r); o.EVTechnicalStatus = v; s = 2; continue;
          default: return r.escape("ACDP_SystemStatusReqType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("ACDP_SystemStatusReqType state 2");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_ACDP_SystemStatusReqType: readonly string[] = ["Header","EVTechnicalStatus"];
function e_ACDP_SystemStatusReqType(w: BitWriter, x: unknown): void {
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
          if ((v = o.EVTechnicalStatus) !== undefined) { w.bits(0, 1); k = "EVTechnicalStatus"; ki = -1; e_EVTechnicalStatusType(w, v); n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVTechnicalStatus'", "EVTechnicalStatus");
        case 2:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_ACDP_SystemStatusReqType, m);
}

function d_ACDP_SystemStatusResType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: v = d_MessageHeaderType(r); o.Header = v; s = 1; continue;
          default: return r.escape("ACDP_SystemStatusResType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN1, 6); r.expect0('EE of ResponseCode'); } else v = {}; o.ResponseCode = v; s = 2; continue;
          default: return r.escape("ACDP_SystemStatusResType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN3, 2); r.expect0('EE of EVSEMechanicalChargingDeviceStatus'); } else v = {}; o.EVSEMechanicalChargingDeviceStatus = v; s = 3; continue;
          default: return r.escape("ACDP_SystemStatusResType state 2");
        }
      case 3:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.bool(); r.expect0('EE of EVSEReadyToCharge'); } else v = {}; o.EVSEReadyToCharge = v; s = 4; continue;
          default: return r.escape("ACDP_SystemStatusResType state 3");
        }
      case 4:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN4, 2); r.expect0('EE of EVSEIsolationStatus'); } else v = {}; o.EVSEIsolationStatus = v; s = 5; continue;
          default: return r.escape("ACDP_SystemStatusResType state 4");
        }
      case 5:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.bool(); r.expect0('EE of EVSEDisabled'); } else v = {}; o.EVSEDisabled = v; s = 6; continue;
          default: return r.escape("ACDP_SystemStatusResType state 5");
        }
      case 6:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.bool(); r.expect0('EE of EVSEUtilityInterruptEvent'); } else v = {}; o.EVSEUtilityInterruptEvent = v; s = 7; continue;
          default: return r.escape("ACDP_SystemStatusResType state 6");
        }
      case 7:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.bool(); r.expect0('EE of EVSEEmergencyShutdown'); } else v = {}; o.EVSEEmergencyShutdown = v; s = 8; continue;
          default: return r.escape("ACDP_SystemStatusResType state 7");
        }
      case 8:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.bool(); r.expect0('EE of EVSEMalfunction'); } else v = {}; o.EVSEMalfunction = v; s = 9; continue;
          default: return r.escape("ACDP_SystemStatusResType state 8");
        }
      case 9:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.bool(); r.expect0('EE of EVInChargePosition'); } else v = {}; o.EVInChargePosition = v; s = 10; continue;
          default: return r.escape("ACDP_SystemStatusResType state 9");
        }
      case 10:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.bool(); r.expect0('EE of EVAssociationStatus'); } else v = {}; o.EVAssociationStatus = v; s = 11; continue;
          default: return r.escape("ACDP_SystemStatusResType state 10");
        }
      case 11:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("ACDP_SystemStatusResType state 11");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_ACDP_SystemStatusResType: readonly string[] = ["Header","ResponseCode","EVSEMechanicalChargingDeviceStatus","EVSEReadyToCharge","EVSEIsolationStatus","EVSEDisabled","EVSEUtilityInterruptEvent","EVSEEmergencyShutdown","EVSEMalfunction","EVInChargePosition","EVAssociationStatus"];
function e_ACDP_SystemStatusResType(w: BitWriter, x: unknown): void {
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
          if ((v = o.EVSEMechanicalChargingDeviceStatus) !== undefined) { w.bits(0, 1); k = "EVSEMechanicalChargingDeviceStatus"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM3, 2); w.bits(0, 1); } n++; m += 4; s = 3; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVSEMechanicalChargingDeviceStatus'", "EVSEMechanicalChargingDeviceStatus");
        case 3:
          if ((v = o.EVSEReadyToCharge) !== undefined) { w.bits(0, 1); k = "EVSEReadyToCharge"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.bool(v); w.bits(0, 1); } n++; m += 8; s = 4; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVSEReadyToCharge'", "EVSEReadyToCharge");
        case 4:
          if ((v = o.EVSEIsolationStatus) !== undefined) { w.bits(0, 1); k = "EVSEIsolationStatus"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM4, 2); w.bits(0, 1); } n++; m += 16; s = 5; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVSEIsolationStatus'", "EVSEIsolationStatus");
        case 5:
          if ((v = o.EVSEDisabled) !== undefined) { w.bits(0, 1); k = "EVSEDisabled"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.bool(v); w.bits(0, 1); } n++; m += 32; s = 6; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVSEDisabled'", "EVSEDisabled");
        case 6:
          if ((v = o.EVSEUtilityInterruptEvent) !== undefined) { w.bits(0, 1); k = "EVSEUtilityInterruptEvent"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.bool(v); w.bits(0, 1); } n++; m += 64; s = 7; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVSEUtilityInterruptEvent'", "EVSEUtilityInterruptEvent");
        case 7:
          if ((v = o.EVSEEmergencyShutdown) !== undefined) { w.bits(0, 1); k = "EVSEEmergencyShutdown"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.bool(v); w.bits(0, 1); } n++; m += 128; s = 8; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVSEEmergencyShutdown'", "EVSEEmergencyShutdown");
        case 8:
          if ((v = o.EVSEMalfunction) !== undefined) { w.bits(0, 1); k = "EVSEMalfunction"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.bool(v); w.bits(0, 1); } n++; m += 256; s = 9; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVSEMalfunction'", "EVSEMalfunction");
        case 9:
          if ((v = o.EVInChargePosition) !== undefined) { w.bits(0, 1); k = "EVInChargePosition"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.bool(v); w.bits(0, 1); } n++; m += 512; s = 10; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVInChargePosition'", "EVInChargePosition");
        case 10:
          if ((v = o.EVAssociationStatus) !== undefined) { w.bits(0, 1); k = "EVAssociationStatus"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.bool(v); w.bits(0, 1); } n++; m += 1024; s = 11; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVAssociationStatus'", "EVAssociationStatus");
        case 11:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_ACDP_SystemStatusResType, m);
}

function d_ACDP_VehiclePositioningReqType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: v = d_MessageHeaderType(r); o.Header = v; s = 1; continue;
          default: return r.escape("ACDP_VehiclePositioningReqType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.bool(); r.expect0('EE of EVMobilityStatus'); } else v = {}; o.EVMobilityStatus = v; s = 2; continue;
          default: return r.escape("ACDP_VehiclePositioningReqType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.bool(); r.expect0('EE of EVPositioningSupport'); } else v = {}; o.EVPositioningSupport = v; s = 3; continue;
          default: return r.escape("ACDP_VehiclePositioningReqType state 2");
        }
      case 3:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("ACDP_VehiclePositioningReqType state 3");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_ACDP_VehiclePositioningReqType: readonly string[] = ["Header","EVMobilityStatus","EVPositioningSupport"];
function e_ACDP_VehiclePositioningReqType(w: BitWriter, x: unknown): void {
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
          if ((v = o.EVMobilityStatus) !== undefined) { w.bits(0, 1); k = "EVMobilityStatus"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.bool(v); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVMobilityStatus'", "EVMobilityStatus");
        case 2:
          if ((v = o.EVPositioningSupport) !== undefined) { w.bits(0, 1); k = "EVPositioningSupport"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.bool(v); w.bits(0, 1); } n++; m += 4; s = 3; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVPositioningSupport'", "EVPositioningSupport");
        case 3:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_ACDP_VehiclePositioningReqType, m);
}

function d_ACDP_VehiclePositioningResType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: v = d_MessageHeaderType(r); o.Header = v; s = 1; continue;
          default: return r.escape("ACDP_VehiclePositioningResType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN1, 6); r.expect0('EE of ResponseCode'); } else v = {}; o.ResponseCode = v; s = 2; continue;
          default: return r.escape("ACDP_VehiclePositioningResType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN2, 2); r.expect0('EE of EVSEProcessing'); } else v = {}; o.EVSEProcessing = v; s = 3; continue;
          default: return r.escape("ACDP_VehiclePositioningResType state 2");
        }
      case 3:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.bool(); r.expect0('EE of EVSEPositioningSupport'); } else v = {}; o.EVSEPositioningSupport = v; s = 4; continue;
          default: return r.escape("ACDP_VehiclePositioningResType state 3");
        }
      case 4:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.int(-32768, 32767); r.expect0('EE of EVRelativeXDeviation'); } else v = {}; o.EVRelativeXDeviation = v; s = 5; continue;
          default: return r.escape("ACDP_VehiclePositioningResType state 4");
        }
      case 5:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.int(-32768, 32767); r.expect0('EE of EVRelativeYDeviation'); } else v = {}; o.EVRelativeYDeviation = v; s = 6; continue;
          default: return r.escape("ACDP_VehiclePositioningResType state 5");
        }
      case 6:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.int(-32768, 32767); r.expect0('EE of ContactWindowXc'); } else v = {}; o.ContactWindowXc = v; s = 7; continue;
          default: return r.escape("ACDP_VehiclePositioningResType state 6");
        }
      case 7:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.int(-32768, 32767); r.expect0('EE of ContactWindowYc'); } else v = {}; o.ContactWindowYc = v; s = 8; continue;
          default: return r.escape("ACDP_VehiclePositioningResType state 7");
        }
      case 8:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.bool(); r.expect0('EE of EVInChargePosition'); } else v = {}; o.EVInChargePosition = v; s = 9; continue;
          default: return r.escape("ACDP_VehiclePositioningResType state 8");
        }
      case 9:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("ACDP_VehiclePositioningResType state 9");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_ACDP_VehiclePositioningResType: readonly string[] = ["Header","ResponseCode","EVSEProcessing","EVSEPositioningSupport","EVRelativeXDeviation","EVRelativeYDeviation","ContactWindowXc","ContactWindowYc","EVInChargePosition"];
function e_ACDP_VehiclePositioningResType(w: BitWriter, x: unknown): void {
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
          if ((v = o.EVSEPositioningSupport) !== undefined) { w.bits(0, 1); k = "EVSEPositioningSupport"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.bool(v); w.bits(0, 1); } n++; m += 8; s = 4; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVSEPositioningSupport'", "EVSEPositioningSupport");
        case 4:
          if ((v = o.EVRelativeXDeviation) !== undefined) { w.bits(0, 1); k = "EVRelativeXDeviation"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.int(v, -32768, 32767); w.bits(0, 1); } n++; m += 16; s = 5; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVRelativeXDeviation'", "EVRelativeXDeviation");
        case 5:
          if ((v = o.EVRelativeYDeviation) !== undefined) { w.bits(0, 1); k = "EVRelativeYDeviation"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.int(v, -32768, 32767); w.bits(0, 1); } n++; m += 32; s = 6; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVRelativeYDeviation'", "EVRelativeYDeviation");
        case 6:
          if ((v = o.ContactWindowXc) !== undefined) { w.bits(0, 1); k = "ContactWindowXc"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.int(v, -32768, 32767); w.bits(0, 1); } n++; m += 64; s = 7; continue; }
          k = ''; return encodeFail("missing mandatory element 'ContactWindowXc'", "ContactWindowXc");
        case 7:
          if ((v = o.ContactWindowYc) !== undefined) { w.bits(0, 1); k = "ContactWindowYc"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.int(v, -32768, 32767); w.bits(0, 1); } n++; m += 128; s = 8; continue; }
          k = ''; return encodeFail("missing mandatory element 'ContactWindowYc'", "ContactWindowYc");
        case 8:
          if ((v = o.EVInChargePosition) !== undefined) { w.bits(0, 1); k = "EVInChargePosition"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.bool(v); w.bits(0, 1); } n++; m += 256; s = 9; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVInChargePosition'", "EVInChargePosition");
        case 9:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_ACDP_VehiclePositioningResType, m);
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

function d_EVTechnicalStatusType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.bool(); r.expect0('EE of EVReadyToCharge'); } else v = {}; o.EVReadyToCharge = v; s = 1; continue;
          default: return r.escape("EVTechnicalStatusType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.bool(); r.expect0('EE of EVImmobilizationRequest'); } else v = {}; o.EVImmobilizationRequest = v; s = 2; continue;
          default: return r.escape("EVTechnicalStatusType state 1");
        }
      case 2:
        switch (r.bits(3)) {
          case 0: if (r.chOrEmpty()) { v = r.bool(); r.expect0('EE of EVImmobilized'); } else v = {}; o.EVImmobilized = v; s = 3; continue;
          case 1: v = d_RationalNumberType(r); o.EVWLANStrength = v; s = 4; continue;
          case 2: if (r.chOrEmpty()) { v = r.enumeration(EN5, 3); r.expect0('EE of EVCPStatus'); } else v = {}; o.EVCPStatus = v; s = 5; continue;
          case 3: if (r.chOrEmpty()) { v = r.nbit(7, 0, 100); r.expect0('EE of EVSOC'); } else v = {}; o.EVSOC = v; s = 6; continue;
          case 4: if (r.chOrEmpty()) { v = r.enumeration(EN6, 4); r.expect0('EE of EVErrorCode'); } else v = {}; o.EVErrorCode = v; s = 7; continue;
          case 5: if (r.chOrEmpty()) { v = r.bool(); r.expect0('EE of EVTimeout'); } else v = {}; o.EVTimeout = v; s = 8; continue;
          case 6: return o;
          default: return r.escape("EVTechnicalStatusType state 2");
        }
      case 3:
        switch (r.bits(3)) {
          case 0: v = d_RationalNumberType(r); o.EVWLANStrength = v; s = 4; continue;
          case 1: if (r.chOrEmpty()) { v = r.enumeration(EN5, 3); r.expect0('EE of EVCPStatus'); } else v = {}; o.EVCPStatus = v; s = 5; continue;
          case 2: if (r.chOrEmpty()) { v = r.nbit(7, 0, 100); r.expect0('EE of EVSOC'); } else v = {}; o.EVSOC = v; s = 6; continue;
          case 3: if (r.chOrEmpty()) { v = r.enumeration(EN6, 4); r.expect0('EE of EVErrorCode'); } else v = {}; o.EVErrorCode = v; s = 7; continue;
          case 4: if (r.chOrEmpty()) { v = r.bool(); r.expect0('EE of EVTimeout'); } else v = {}; o.EVTimeout = v; s = 8; continue;
          case 5: return o;
          default: return r.escape("EVTechnicalStatusType state 3");
        }
      case 4:
        switch (r.bits(3)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN5, 3); r.expect0('EE of EVCPStatus'); } else v = {}; o.EVCPStatus = v; s = 5; continue;
          case 1: if (r.chOrEmpty()) { v = r.nbit(7, 0, 100); r.expect0('EE of EVSOC'); } else v = {}; o.EVSOC = v; s = 6; continue;
          case 2: if (r.chOrEmpty()) { v = r.enumeration(EN6, 4); r.expect0('EE of EVErrorCode'); } else v = {}; o.EVErrorCode = v; s = 7; continue;
          case 3: if (r.chOrEmpty()) { v = r.bool(); r.expect0('EE of EVTimeout'); } else v = {}; o.EVTimeout = v; s = 8; continue;
          case 4: return o;
          default: return r.escape("EVTechnicalStatusType state 4");
        }
      case 5:
        switch (r.bits(3)) {
          case 0: if (r.chOrEmpty()) { v = r.nbit(7, 0, 100); r.expect0('EE of EVSOC'); } else v = {}; o.EVSOC = v; s = 6; continue;
          case 1: if (r.chOrEmpty()) { v = r.enumeration(EN6, 4); r.expect0('EE of EVErrorCode'); } else v = {}; o.EVErrorCode = v; s = 7; continue;
          case 2: if (r.chOrEmpty()) { v = r.bool(); r.expect0('EE of EVTimeout'); } else v = {}; o.EVTimeout = v; s = 8; continue;
          case 3: return o;
          default: return r.escape("EVTechnicalStatusType state 5");
        }
      case 6:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN6, 4); r.expect0('EE of EVErrorCode'); } else v = {}; o.EVErrorCode = v; s = 7; continue;
          case 1: if (r.chOrEmpty()) { v = r.bool(); r.expect0('EE of EVTimeout'); } else v = {}; o.EVTimeout = v; s = 8; continue;
          case 2: return o;
          default: return r.escape("EVTechnicalStatusType state 6");
        }
      case 7:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.bool(); r.expect0('EE of EVTimeout'); } else v = {}; o.EVTimeout = v; s = 8; continue;
          case 1: return o;
          default: return r.escape("EVTechnicalStatusType state 7");
        }
      case 8:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("EVTechnicalStatusType state 8");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_EVTechnicalStatusType: readonly string[] = ["EVReadyToCharge","EVImmobilizationRequest","EVImmobilized","EVWLANStrength","EVCPStatus","EVSOC","EVErrorCode","EVTimeout"];
function e_EVTechnicalStatusType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.EVReadyToCharge) !== undefined) { w.bits(0, 1); k = "EVReadyToCharge"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.bool(v); w.bits(0, 1); } n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVReadyToCharge'", "EVReadyToCharge");
        case 1:
          if ((v = o.EVImmobilizationRequest) !== undefined) { w.bits(0, 1); k = "EVImmobilizationRequest"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.bool(v); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVImmobilizationRequest'", "EVImmobilizationRequest");
        case 2:
          if ((v = o.EVImmobilized) !== undefined) { w.bits(0, 3); k = "EVImmobilized"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.bool(v); w.bits(0, 1); } n++; m += 4; s = 3; continue; }
          if ((v = o.EVWLANStrength) !== undefined) { w.bits(1, 3); k = "EVWLANStrength"; ki = -1; e_RationalNumberType(w, v); n++; m += 8; s = 4; continue; }
          if ((v = o.EVCPStatus) !== undefined) { w.bits(2, 3); k = "EVCPStatus"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM5, 3); w.bits(0, 1); } n++; m += 16; s = 5; continue; }
          if ((v = o.EVSOC) !== undefined) { w.bits(3, 3); k = "EVSOC"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.nbit(v, 7, 0, 100); w.bits(0, 1); } n++; m += 32; s = 6; continue; }
          if ((v = o.EVErrorCode) !== undefined) { w.bits(4, 3); k = "EVErrorCode"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM6, 4); w.bits(0, 1); } n++; m += 64; s = 7; continue; }
          if ((v = o.EVTimeout) !== undefined) { w.bits(5, 3); k = "EVTimeout"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.bool(v); w.bits(0, 1); } n++; m += 128; s = 8; continue; }
          w.bits(6, 3); break loop;
        case 3:
          if ((v = o.EVWLANStrength) !== undefined) { w.bits(0, 3); k = "EVWLANStrength"; ki = -1; e_RationalNumberType(w, v); n++; m += 8; s = 4; continue; }
          if ((v = o.EVCPStatus) !== undefined) { w.bits(1, 3); k = "EVCPStatus"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM5, 3); w.bits(0, 1); } n++; m += 16; s = 5; continue; }
          if ((v = o.EVSOC) !== undefined) { w.bits(2, 3); k = "EVSOC"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.nbit(v, 7, 0, 100); w.bits(0, 1); } n++; m += 32; s = 6; continue; }
          if ((v = o.EVErrorCode) !== undefined) { w.bits(3, 3); k = "EVErrorCode"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM6, 4); w.bits(0, 1); } n++; m += 64; s = 7; continue; }
          if ((v = o.EVTimeout) !== undefined) { w.bits(4, 3); k = "EVTimeout"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.bool(v); w.bits(0, 1); } n++; m += 128; s = 8; continue; }
          w.bits(5, 3); break loop;
        case 4:
          if ((v = o.EVCPStatus) !== undefined) { w.bits(0, 3); k = "EVCPStatus"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM5, 3); w.bits(0, 1); } n++; m += 16; s = 5; continue; }
          if ((v = o.EVSOC) !== undefined) { w.bits(1, 3); k = "EVSOC"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.nbit(v, 7, 0, 100); w.bits(0, 1); } n++; m += 32; s = 6; continue; }
          if ((v = o.EVErrorCode) !== undefined) { w.bits(2, 3); k = "EVErrorCode"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM6, 4); w.bits(0, 1); } n++; m += 64; s = 7; continue; }
          if ((v = o.EVTimeout) !== undefined) { w.bits(3, 3); k = "EVTimeout"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.bool(v); w.bits(0, 1); } n++; m += 128; s = 8; continue; }
          w.bits(4, 3); break loop;
        case 5:
          if ((v = o.EVSOC) !== undefined) { w.bits(0, 3); k = "EVSOC"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.nbit(v, 7, 0, 100); w.bits(0, 1); } n++; m += 32; s = 6; continue; }
          if ((v = o.EVErrorCode) !== undefined) { w.bits(1, 3); k = "EVErrorCode"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM6, 4); w.bits(0, 1); } n++; m += 64; s = 7; continue; }
          if ((v = o.EVTimeout) !== undefined) { w.bits(2, 3); k = "EVTimeout"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.bool(v); w.bits(0, 1); } n++; m += 128; s = 8; continue; }
          w.bits(3, 3); break loop;
        case 6:
          if ((v = o.EVErrorCode) !== undefined) { w.bits(0, 2); k = "EVErrorCode"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM6, 4); w.bits(0, 1); } n++; m += 64; s = 7; continue; }
          if ((v = o.EVTimeout) !== undefined) { w.bits(1, 2); k = "EVTimeout"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.bool(v); w.bits(0, 1); } n++; m += 128; s = 8; continue; }
          w.bits(2, 2); break loop;
        case 7:
          if ((v = o.EVTimeout) !== undefined) { w.bits(0, 2); k = "EVTimeout"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.bool(v); w.bits(0, 1); } n++; m += 128; s = 8; continue; }
          w.bits(1, 2); break loop;
        case 8:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_EVTechnicalStatusType, m);
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
