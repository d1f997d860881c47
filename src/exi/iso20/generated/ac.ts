// generated, do not edit.
// ISO 15118-20 AC: schema-informed EXI 1.0 codec (non-strict, V2G options), built by src/exi/gen from:
//   iso20/V2G_CI_AC.xsd
//   iso20/V2G_CI_CommonTypes.xsd
//   iso20/xmldsig-core-schema.xsd
// Regenerate with `npm run gen:exi -- ../shared/schemas`.
/* eslint-disable */

import type { BitReader } from '../../core/bit-reader.js';
import { type BitWriter, encodeFail, prefixError } from '../../core/bit-writer.js';
import { asArray, asObject, type ExiObject, extraKeyFail, firstKey, keyCount, pushItem } from '../../core/doc.js';

/** Global elements in DocContent order (sorted by local name, then namespace). */
export const ROOT_ELEMENTS: readonly string[] = ["AC_CPDReqEnergyTransferMode","AC_CPDResEnergyTransferMode","AC_ChargeLoopReq","AC_ChargeLoopRes","AC_ChargeParameterDiscoveryReq","AC_ChargeParameterDiscoveryRes","BPT_AC_CPDReqEnergyTransferMode","BPT_AC_CPDResEnergyTransferMode","BPT_Dynamic_AC_CLReqControlMode","BPT_Dynamic_AC_CLResControlMode","BPT_Scheduled_AC_CLReqControlMode","BPT_Scheduled_AC_CLResControlMode","CLReqControlMode","CLResControlMode","CanonicalizationMethod","DSAKeyValue","DigestMethod","DigestValue","Dynamic_AC_CLReqControlMode","Dynamic_AC_CLResControlMode","KeyInfo","KeyName","KeyValue","Manifest","MgmtData","Object","PGPData","RSAKeyValue","Reference","RetrievalMethod","SPKIData","Scheduled_AC_CLReqControlMode","Scheduled_AC_CLResControlMode","Signature","SignatureMethod","SignatureProperties","SignatureProperty","SignatureValue","SignedInfo","Transform","Transforms","X509Data"];

const EN0: readonly string[] = ["OK","OK_CertificateExpiresSoon","OK_NewSessionEstablished","OK_OldSessionJoined","OK_PowerToleranceConfirmed","WARNING_AuthorizationSelectionInvalid","WARNING_CertificateExpired","WARNING_CertificateNotYetValid","WARNING_CertificateRevoked","WARNING_CertificateValidationError","WARNING_ChallengeInvalid","WARNING_EIMAuthorizationFailure","WARNING_eMSPUnknown","WARNING_EVPowerProfileViolation","WARNING_GeneralPnCAuthorizationError","WARNING_NoCertificateAvailable","WARNING_NoContractMatchingPCIDFound","WARNING_PowerToleranceNotConfirmed","WARNING_ScheduleRenegotiationFailed","WARNING_StandbyNotAllowed","WARNING_WPT","FAILED","FAILED_AssociationError","FAILED_ContactorError","FAILED_EVPowerProfileInvalid","FAILED_EVPowerProfileViolation","FAILED_MeteringSignatureNotValid","FAILED_NoEnergyTransferServiceSelected","FAILED_NoServiceRenegotiationSupported","FAILED_PauseNotAllowed","FAILED_PowerDeliveryNotApplied","FAILED_PowerToleranceNotConfirmed","FAILED_ScheduleRenegotiation","FAILED_ScheduleSelectionInvalid","FAILED_SequenceError","FAILED_ServiceIDInvalid","FAILED_ServiceSelectionInvalid","FAILED_SignatureError","FAILED_UnknownSession","FAILED_WrongChargeParameter"];
const EM0: ReadonlyMap<string, number> = new Map(EN0.map((v, i) => [v, i]));
const EN1: readonly string[] = ["Pause","ExitStandby","Terminate","ScheduleRenegotiation","ServiceRenegotiation","MeteringConfirmation"];
const EM1: ReadonlyMap<string, number> = new Map(EN1.map((v, i) => [v, i]));

/** Decodes DocContent (after the EXI header) up to ED; returns the document in the EXI JSON form. */
export function decodeDocument(r: BitReader): ExiObject {
  switch (r.bits(6)) {
    case 0: { let v: unknown; v = d_AC_CPDReqEnergyTransferModeType(r); return { "AC_CPDReqEnergyTransferMode": v }; }
    case 1: { let v: unknown; v = d_AC_CPDResEnergyTransferModeType(r); return { "AC_CPDResEnergyTransferMode": v }; }
    case 2: { let v: unknown; v = d_AC_ChargeLoopReqType(r); return { "AC_ChargeLoopReq": v }; }
    case 3: { let v: unknown; v = d_AC_ChargeLoopResType(r); return { "AC_ChargeLoopRes": v }; }
    case 4: { let v: unknown; v = d_AC_ChargeParameterDiscoveryReqType(r); return { "AC_ChargeParameterDiscoveryReq": v }; }
    case 5: { let v: unknown; v = d_AC_ChargeParameterDiscoveryResType(r); return { "AC_ChargeParameterDiscoveryRes": v }; }
    case 6: { let v: unknown; v = d_BPT_AC_CPDReqEnergyTransferModeType(r); return { "BPT_AC_CPDReqEnergyTransferMode": v }; }
    case 7: { let v: unknown; v = d_BPT_AC_CPDResEnergyTransferModeType(r); return { "BPT_AC_CPDResEnergyTransferMode": v }; }
    case 8: { let v: unknown; v = d_BPT_Dynamic_AC_CLReqControlModeType(r); return { "BPT_Dynamic_AC_CLReqControlMode": v }; }
    case 9: { let v: unknown; v = d_BPT_Dynamic_AC_CLResControlModeType(r); return { "BPT_Dynamic_AC_CLResControlMode": v }; }
    case 10: { let v: unknown; v = d_BPT_Scheduled_AC_CLReqControlModeType(r); return { "BPT_Scheduled_AC_CLReqControlMode": v }; }
    case 11: { let v: unknown; v = d_BPT_Scheduled_AC_CLResControlModeType(r); return { "BPT_Scheduled_AC_CLResControlMode": v }; }
    case 12: { let v: unknown; v = d_CLReqControlModeType(r); return { "CLReqControlMode": v }; }
    case 13: { let v: unknown; v = d_CLResControlModeType(r); return { "CLResControlMode": v }; }
    case 14: { let v: unknown; v = d_CanonicalizationMethodType(r); return { "CanonicalizationMethod": v }; }
    case 15: { let v: unknown; v = d_DSAKeyValueType(r); return { "DSAKeyValue": v }; }
    case 16: { let v: unknown; v = d_DigestMethodType(r); return { "DigestMethod": v }; }
    case 17: { let v: unknown; if (r.chOrEmpty()) { v = r.binary(9007199254740991); r.expect0('EE of DigestValue'); } else v = {}; return { "DigestValue": v }; }
    case 18: { let v: unknown; v = d_Dynamic_AC_CLReqControlModeType(r); return { "Dynamic_AC_CLReqControlMode": v }; }
    case 19: { let v: unknown; v = d_Dynamic_AC_CLResControlModeType(r); return { "Dynamic_AC_CLResControlMode": v }; }
    case 20: { let v: unknown; v = d_KeyInfoType(r); return { "KeyInfo": v }; }
    case 21: { let v: unknown; if (r.chOrEmpty()) { v = r.string(9007199254740991); r.expect0('EE of KeyName'); } else v = {}; return { "KeyName": v }; }
    case 22: { let v: unknown; v = d_KeyValueType(r); return { "KeyValue": v }; }
    case 23: { let v: unknown; v = d_ManifestType(r); return { "Manifest": v }; }
    case 24: { let v: unknown; if (r.chOrEmpty()) { v = r.string(9007199254740991); r.expect0('EE of MgmtData'); } else v = {}; return { "MgmtData": v }; }
    case 25: { let v: unknown; v = d_ObjectType(r); return { "Object": v }; }
    case 26: { let v: unknown; v = d_PGPDataType(r); return { "PGPData": v }; }
    case 27: { let v: unknown; v = d_RSAKeyValueType(r); return { "RSAKeyValue": v }; }
    case 28: { let v: unknown; v = d_ReferenceType(r); return { "Reference": v }; }
    case 29: { let v: unknown; v = d_RetrievalMethodType(r); return { "RetrievalMethod": v }; }
    case 30: { let v: unknown; v = d_SPKIDataType(r); return { "SPKIData": v }; }
    case 31: { let v: unknown; v = d_Scheduled_AC_CLReqControlModeType(r); return { "Scheduled_AC_CLReqControlMode": v }; }
    case 32: { let v: unknown; v = d_Scheduled_AC_CLResControlModeType(r); return { "Scheduled_AC_CLResControlMode": v }; }
    case 33: { let v: unknown; v = d_SignatureType(r); return { "Signature": v }; }
    case 34: { let v: unknown; v = d_SignatureMethodType(r); return { "SignatureMethod": v }; }
    case 35: { let v: unknown; v = d_SignaturePropertiesType(r); return { "SignatureProperties": v }; }
    case 36: { let v: unknown; v = d_SignaturePropertyType(r); return { "SignatureProperty": v }; }
    case 37: { let v: unknown; v = d_SignatureValueType(r); return { "SignatureValue": v }; }
    case 38: { let v: unknown; v = d_SignedInfoType(r); return { "SignedInfo": v }; }
    case 39: { let v: unknown; v = d_TransformType(r); return { "Transform": v }; }
    case 40: { let v: unknown; v = d_TransformsType(r); return { "Transforms": v }; }
    case 41: { let v: unknown; v = d_X509DataType(r); return { "X509Data": v }; }
    default: return r.fail('document root is not a global element of this schema');
  }
}

/** Encodes DocContent of a document in the EXI JSON form (one key: the root element). */
export function encodeDocument(w: BitWriter, doc: ExiObject, root: string): void {
  const v = doc[root];
  switch (root) {
    case "AC_CPDReqEnergyTransferMode": w.bits(0, 6); e_AC_CPDReqEnergyTransferModeType(w, v); return;
    case "AC_CPDResEnergyTransferMode": w.bits(1, 6); e_AC_CPDResEnergyTransferModeType(w, v); return;
    case "AC_ChargeLoopReq": w.bits(2, 6); e_AC_ChargeLoopReqType(w, v); return;
    case "AC_ChargeLoopRes": w.bits(3, 6); e_AC_ChargeLoopResType(w, v); return;
    case "AC_ChargeParameterDiscoveryReq": w.bits(4, 6); e_AC_ChargeParameterDiscoveryReqType(w, v); return;
    case "AC_ChargeParameterDiscoveryRes": w.bits(5, 6); e_AC_ChargeParameterDiscoveryResType(w, v); return;
    case "BPT_AC_CPDReqEnergyTransferMode": w.bits(6, 6); e_BPT_AC_CPDReqEnergyTransferModeType(w, v); return;
    case "BPT_AC_CPDResEnergyTransferMode": w.bits(7, 6); e_BPT_AC_CPDResEnergyTransferModeType(w, v); return;
    case "BPT_Dynamic_AC_CLReqControlMode": w.bits(8, 6); e_BPT_Dynamic_AC_CLReqControlModeType(w, v); return;
    case "BPT_Dynamic_AC_CLResControlMode": w.bits(9, 6); e_BPT_Dynamic_AC_CLResControlModeType(w, v); return;
    case "BPT_Scheduled_AC_CLReqControlMode": w.bits(10, 6); e_BPT_Scheduled_AC_CLReqControlModeType(w, v); return;
    case "BPT_Scheduled_AC_CLResControlMode": w.bits(11, 6); e_BPT_Scheduled_AC_CLResControlModeType(w, v); return;
    case "CLReqControlMode": w.bits(12, 6); e_CLReqControlModeType(w, v); return;
    case "CLResControlMode": w.bits(13, 6); e_CLResControlModeType(w, v); return;
    case "CanonicalizationMethod": w.bits(14, 6); e_CanonicalizationMethodType(w, v); return;
    case "DSAKeyValue": w.bits(15, 6); e_DSAKeyValueType(w, v); return;
    case "DigestMethod": w.bits(16, 6); e_DigestMethodType(w, v); return;
    case "DigestValue": w.bits(17, 6); if (!w.emptyElement(v)) { w.bits(0, 1); w.binary(v, 9007199254740991); w.bits(0, 1); } return;
    case "Dynamic_AC_CLReqControlMode": w.bits(18, 6); e_Dynamic_AC_CLReqControlModeType(w, v); return;
    case "Dynamic_AC_CLResControlMode": w.bits(19, 6); e_Dynamic_AC_CLResControlModeType(w, v); return;
    case "KeyInfo": w.bits(20, 6); e_KeyInfoType(w, v); return;
    case "KeyName": w.bits(21, 6); if (!w.emptyElement(v)) { w.bits(0, 1); w.string(v, 9007199254740991); w.bits(0, 1); } return;
    case "KeyValue": w.bits(22, 6); e_KeyValueType(w, v); return;
    case "Manifest": w.bits(23, 6); e_ManifestType(w, v); return;
    case "MgmtData": w.bits(24, 6); if (!w.emptyElement(v)) { w.bits(0, 1); w.string(v, 9007199254740991); w.bits(0, 1); } return;
    case "Object": w.bits(25, 6); e_ObjectType(w, v); return;
    case "PGPData": w.bits(26, 6); e_PGPDataType(w, v); return;
    case "RSAKeyValue": w.bits(27, 6); e_RSAKeyValueType(w, v); return;
    case "Reference": w.bits(28, 6); e_ReferenceType(w, v); return;
    case "RetrievalMethod": w.bits(29, 6); e_RetrievalMethodType(w, v); return;
    case "SPKIData": w.bits(30, 6); e_SPKIDataType(w, v); return;
    case "Scheduled_AC_CLReqControlMode": w.bits(31, 6); e_Scheduled_AC_CLReqControlModeType(w, v); return;
    case "Scheduled_AC_CLResControlMode": w.bits(32, 6); e_Scheduled_AC_CLResControlModeType(w, v); return;
    case "Signature": w.bits(33, 6); e_SignatureType(w, v); return;
    case "SignatureMethod": w.bits(34, 6); e_SignatureMethodType(w, v); return;
    case "SignatureProperties": w.bits(35, 6); e_SignaturePropertiesType(w, v); return;
    case "SignatureProperty": w.bits(36, 6); e_SignaturePropertyType(w, v); return;
    case "SignatureValue": w.bits(37, 6); e_SignatureValueType(w, v); return;
    case "SignedInfo": w.bits(38, 6); e_SignedInfoType(w, v); return;
    case "Transform": w.bits(39, 6); e_TransformType(w, v); return;
    case "Transforms": w.bits(40, 6); e_TransformsType(w, v); return;
    case "X509Data": w.bits(41, 6); e_X509DataType(w, v); return;
    default: return encodeFail(`unknown root element '${root}' (one of: ${ROOT_ELEMENTS.join(', ')})`);
  }
}

function d_AC_CPDReqEnergyTransferModeType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: v = d_RationalNumberType(r); o.EVMaximumChargePower = v; s = 1; continue;
          default: return r.escape("AC_CPDReqEnergyTransferModeType state 0");
        }
      case 1:
        switch (r.bits(2)) {
          case 0: v = d_RationalNumberType(r); o.EVMaximumChargePower_L2 = v; s = 2; continue;
          case 1: v = d_RationalNumberType(r); o.EVMaximumChargePower_L3 = v; s = 3; continue;
          case 2: v = d_RationalNumberType(r); o.EVMinimumChargePower = v; s = 4; continue;
          default: return r.escape("AC_CPDReqEnergyTransferModeType state 1");
        }
      case 2:
        switch (r.bits(2)) {
          case 0: v = d_RationalNumberType(r); o.EVMaximumChargePower_L3 = v; s = 3; continue;
          case 1: v = d_RationalNumberType(r); o.EVMinimumChargePower = v; s = 4; continue;
          default: return r.escape("AC_CPDReqEnergyTransferModeType state 2");
        }
      case 3:
        switch (r.bits(1)) {
          case 0: v = d_RationalNumberType(r); o.EVMinimumChargePower = v; s = 4; continue;
          default: return r.escape("AC_CPDReqEnergyTransferModeType state 3");
        }
      case 4:
        switch (r.bits(2)) {
          case 0: v = d_RationalNumberType(r); o.EVMinimumChargePower_L2 = v; s = 5; continue;
          case 1: v = d_RationalNumberType(r); o.EVMinimumChargePower_L3 = v; s = 6; continue;
          case 2: return o;
          default: return r.escape("AC_CPDReqEnergyTransferModeType state 4");
        }
      case 5:
        switch (r.bits(2)) {
          case 0: v = d_RationalNumberType(r); o.EVMinimumChargePower_L3 = v; s = 6; continue;
          case 1: return o;
          default: return r.escape("AC_CPDReqEnergyTransferModeType state 5");
        }
      case 6:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("AC_CPDReqEnergyTransferModeType state 6");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_AC_CPDReqEnergyTransferModeType: readonly string[] = ["EVMaximumChargePower","EVMaximumChargePower_L2","EVMaximumChargePower_L3","EVMinimumChargePower","EVMinimumChargePower_L2","EVMinimumChargePower_L3"];
function e_AC_CPDReqEnergyTransferModeType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.EVMaximumChargePower) !== undefined) { w.bits(0, 1); k = "EVMaximumChargePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVMaximumChargePower'", "EVMaximumChargePower");
        case 1:
          if ((v = o.EVMaximumChargePower_L2) !== undefined) { w.bits(0, 2); k = "EVMaximumChargePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 2; s = 2; continue; }
          if ((v = o.EVMaximumChargePower_L3) !== undefined) { w.bits(1, 2); k = "EVMaximumChargePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 4; s = 3; continue; }
          if ((v = o.EVMinimumChargePower) !== undefined) { w.bits(2, 2); k = "EVMinimumChargePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 8; s = 4; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVMaximumChargePower_L2'", "EVMaximumChargePower_L2");
        case 2:
          if ((v = o.EVMaximumChargePower_L3) !== undefined) { w.bits(0, 2); k = "EVMaximumChargePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 4; s = 3; continue; }
          if ((v = o.EVMinimumChargePower) !== undefined) { w.bits(1, 2); k = "EVMinimumChargePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 8; s = 4; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVMaximumChargePower_L3'", "EVMaximumChargePower_L3");
        case 3:
          if ((v = o.EVMinimumChargePower) !== undefined) { w.bits(0, 1); k = "EVMinimumChargePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 8; s = 4; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVMinimumChargePower'", "EVMinimumChargePower");
        case 4:
          if ((v = o.EVMinimumChargePower_L2) !== undefined) { w.bits(0, 2); k = "EVMinimumChargePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 16; s = 5; continue; }
          if ((v = o.EVMinimumChargePower_L3) !== undefined) { w.bits(1, 2); k = "EVMinimumChargePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 32; s = 6; continue; }
          w.bits(2, 2); break loop;
        case 5:
          if ((v = o.EVMinimumChargePower_L3) !== undefined) { w.bits(0, 2); k = "EVMinimumChargePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 32; s = 6; continue; }
          w.bits(1, 2); break loop;
        case 6:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_AC_CPDReqEnergyTransferModeType, m);
}

function d_AC_CPDResEnergyTransferModeType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: v = d_RationalNumberType(r); o.EVSEMaximumChargePower = v; s = 1; continue;
          default: return r.escape("AC_CPDResEnergyTransferModeType state 0");
        }
      case 1:
        switch (r.bits(2)) {
          case 0: v = d_RationalNumberType(r); o.EVSEMaximumChargePower_L2 = v; s = 2; continue;
          case 1: v = d_RationalNumberType(r); o.EVSEMaximumChargePower_L3 = v; s = 3; continue;
          case 2: v = d_RationalNumberType(r); o.EVSEMinimumChargePower = v; s = 4; continue;
          default: return r.escape("AC_CPDResEnergyTransferModeType state 1");
        }
      case 2:
        switch (r.bits(2)) {
          case 0: v = d_RationalNumberType(r); o.EVSEMaximumChargePower_L3 = v; s = 3; continue;
          case 1: v = d_RationalNumberType(r); o.EVSEMinimumChargePower = v; s = 4; continue;
          default: return r.escape("AC_CPDResEnergyTransferModeType state 2");
        }
      case 3:
        switch (r.bits(1)) {
          case 0: v = d_RationalNumberType(r); o.EVSEMinimumChargePower = v; s = 4; continue;
          default: return r.escape("AC_CPDResEnergyTransferModeType state 3");
        }
      case 4:
        switch (r.bits(2)) {
          case 0: v = d_RationalNumberType(r); o.EVSEMinimumChargePower_L2 = v; s = 5; continue;
          case 1: v = d_RationalNumberType(r); o.EVSEMinimumChargePower_L3 = v; s = 6; continue;
          case 2: v = d_RationalNumberType(r); o.EVSENominalFrequency = v; s = 7; continue;
          default: return r.escape("AC_CPDResEnergyTransferModeType state 4");
        }
      case 5:
        switch (r.bits(2)) {
          case 0: v = d_RationalNumberType(r); o.EVSEMinimumChargePower_L3 = v; s = 6; continue;
          case 1: v = d_RationalNumberType(r); o.EVSENominalFrequency = v; s = 7; continue;
          default: return r.escape("AC_CPDResEnergyTransferModeType state 5");
        }
      case 6:
        switch (r.bits(1)) {
          case 0: v = d_RationalNumberType(r); o.EVSENominalFrequency = v; s = 7; continue;
          default: return r.escape("AC_CPDResEnergyTransferModeType state 6");
        }
      case 7:
        switch (r.bits(3)) {
          case 0: v = d_RationalNumberType(r); o.MaximumPowerAsymmetry = v; s = 8; continue;
          case 1: v = d_RationalNumberType(r); o.EVSEPowerRampLimitation = v; s = 9; continue;
          case 2: v = d_RationalNumberType(r); o.EVSEPresentActivePower = v; s = 10; continue;
          case 3: v = d_RationalNumberType(r); o.EVSEPresentActivePower_L2 = v; s = 11; continue;
          case 4: v = d_RationalNumberType(r); o.EVSEPresentActivePower_L3 = v; s = 12; continue;
          case 5: return o;
          default: return r.escape("AC_CPDResEnergyTransferModeType state 7");
        }
      case 8:
        switch (r.bits(3)) {
          case 0: v = d_RationalNumberType(r); o.EVSEPowerRampLimitation = v; s = 9; continue;
          case 1: v = d_RationalNumberType(r); o.EVSEPresentActivePower = v; s = 10; continue;
          case 2: v = d_RationalNumberType(r); o.EVSEPresentActivePower_L2 = v; s = 11; continue;
          case 3: v = d_RationalNumberType(r); o.EVSEPresentActivePower_L3 = v; s = 12; continue;
          case 4: return o;
          default: return r.escape("AC_CPDResEnergyTransferModeType state 8");
        }
      case 9:
        switch (r.bits(3)) {
          case 0: v = d_RationalNumberType(r); o.EVSEPresentActivePower = v; s = 10; continue;
          case 1: v = d_RationalNumberType(r); o.EVSEPresentActivePower_L2 = v; s = 11; continue;
          case 2: v = d_RationalNumberType(r); o.EVSEPresentActivePower_L3 = v; s = 12; continue;
          case 3: return o;
          default: return r.escape("AC_CPDResEnergyTransferModeType state 9");
        }
      case 10:
        switch (r.bits(2)) {
          case 0: v = d_RationalNumberType(r); o.EVSEPresentActivePower_L2 = v; s = 11; continue;
          case 1: v = d_RationalNumberType(r); o.EVSEPresentActivePower_L3 = v; s = 12; continue;
          case 2: return o;
          default: return r.escape("AC_CPDResEnergyTransferModeType state 10");
        }
      case 11:
        switch (r.bits(2)) {
          case 0: v = d_RationalNumberType(r); o.EVSEPresentActivePower_L3 = v; s = 12; continue;
          case 1: return o;
          default: return r.escape("AC_CPDResEnergyTransferModeType state 11");
        }
      case 12:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("AC_CPDResEnergyTransferModeType state 12");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_AC_CPDResEnergyTransferModeType: readonly string[] = ["EVSEMaximumChargePower","EVSEMaximumChargePower_L2","EVSEMaximumChargePower_L3","EVSEMinimumChargePower","EVSEMinimumChargePower_L2","EVSEMinimumChargePower_L3","EVSENominalFrequency","MaximumPowerAsymmetry","EVSEPowerRampLimitation","EVSEPresentActivePower","EVSEPresentActivePower_L2","EVSEPresentActivePower_L3"];
function e_AC_CPDResEnergyTransferModeType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.EVSEMaximumChargePower) !== undefined) { w.bits(0, 1); k = "EVSEMaximumChargePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVSEMaximumChargePower'", "EVSEMaximumChargePower");
        case 1:
          if ((v = o.EVSEMaximumChargePower_L2) !== undefined) { w.bits(0, 2); k = "EVSEMaximumChargePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 2; s = 2; continue; }
          if ((v = o.EVSEMaximumChargePower_L3) !== undefined) { w.bits(1, 2); k = "EVSEMaximumChargePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 4; s = 3; continue; }
          if ((v = o.EVSEMinimumChargePower) !== undefined) { w.bits(2, 2); k = "EVSEMinimumChargePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 8; s = 4; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVSEMaximumChargePower_L2'", "EVSEMaximumChargePower_L2");
        case 2:
          if ((v = o.EVSEMaximumChargePower_L3) !== undefined) { w.bits(0, 2); k = "EVSEMaximumChargePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 4; s = 3; continue; }
          if ((v = o.EVSEMinimumChargePower) !== undefined) { w.bits(1, 2); k = "EVSEMinimumChargePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 8; s = 4; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVSEMaximumChargePower_L3'", "EVSEMaximumChargePower_L3");
        case 3:
          if ((v = o.EVSEMinimumChargePower) !== undefined) { w.bits(0, 1); k = "EVSEMinimumChargePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 8; s = 4; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVSEMinimumChargePower'", "EVSEMinimumChargePower");
        case 4:
          if ((v = o.EVSEMinimumChargePower_L2) !== undefined) { w.bits(0, 2); k = "EVSEMinimumChargePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 16; s = 5; continue; }
          if ((v = o.EVSEMinimumChargePower_L3) !== undefined) { w.bits(1, 2); k = "EVSEMinimumChargePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 32; s = 6; continue; }
          if ((v = o.EVSENominalFrequency) !== undefined) { w.bits(2, 2); k = "EVSENominalFrequency"; ki = -1; e_RationalNumberType(w, v); n++; m += 64; s = 7; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVSEMinimumChargePower_L2'", "EVSEMinimumChargePower_L2");
        case 5:
          if ((v = o.EVSEMinimumChargePower_L3) !== undefined) { w.bits(0, 2); k = "EVSEMinimumChargePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 32; s = 6; continue; }
          if ((v = o.EVSENominalFrequency) !== undefined) { w.bits(1, 2); k = "EVSENominalFrequency"; ki = -1; e_RationalNumberType(w, v); n++; m += 64; s = 7; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVSEMinimumChargePower_L3'", "EVSEMinimumChargePower_L3");
        case 6:
          if ((v = o.EVSENominalFrequency) !== undefined) { w.bits(0, 1); k = "EVSENominalFrequency"; ki = -1; e_RationalNumberType(w, v); n++; m += 64; s = 7; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVSENominalFrequency'", "EVSENominalFrequency");
        case 7:
          if ((v = o.MaximumPowerAsymmetry) !== undefined) { w.bits(0, 3); k = "MaximumPowerAsymmetry"; ki = -1; e_RationalNumberType(w, v); n++; m += 128; s = 8; continue; }
          if ((v = o.EVSEPowerRampLimitation) !== undefined) { w.bits(1, 3); k = "EVSEPowerRampLimitation"; ki = -1; e_RationalNumberType(w, v); n++; m += 256; s = 9; continue; }
          if ((v = o.EVSEPresentActivePower) !== undefined) { w.bits(2, 3); k = "EVSEPresentActivePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 512; s = 10; continue; }
          if ((v = o.EVSEPresentActivePower_L2) !== undefined) { w.bits(3, 3); k = "EVSEPresentActivePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 1024; s = 11; continue; }
          if ((v = o.EVSEPresentActivePower_L3) !== undefined) { w.bits(4, 3); k = "EVSEPresentActivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 2048; s = 12; continue; }
          w.bits(5, 3); break loop;
        case 8:
          if ((v = o.EVSEPowerRampLimitation) !== undefined) { w.bits(0, 3); k = "EVSEPowerRampLimitation"; ki = -1; e_RationalNumberType(w, v); n++; m += 256; s = 9; continue; }
          if ((v = o.EVSEPresentActivePower) !== undefined) { w.bits(1, 3); k = "EVSEPresentActivePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 512; s = 10; continue; }
          if ((v = o.EVSEPresentActivePower_L2) !== undefined) { w.bits(2, 3); k = "EVSEPresentActivePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 1024; s = 11; continue; }
          if ((v = o.EVSEPresentActivePower_L3) !== undefined) { w.bits(3, 3); k = "EVSEPresentActivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 2048; s = 12; continue; }
          w.bits(4, 3); break loop;
        case 9:
          if ((v = o.EVSEPresentActivePower) !== undefined) { w.bits(0, 3); k = "EVSEPresentActivePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 512; s = 10; continue; }
          if ((v = o.EVSEPresentActivePower_L2) !== undefined) { w.bits(1, 3); k = "EVSEPresentActivePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 1024; s = 11; continue; }
          if ((v = o.EVSEPresentActivePower_L3) !== undefined) { w.bits(2, 3); k = "EVSEPresentActivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 2048; s = 12; continue; }
          w.bits(3, 3); break loop;
        case 10:
          if ((v = o.EVSEPresentActivePower_L2) !== undefined) { w.bits(0, 2); k = "EVSEPresentActivePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 1024; s = 11; continue; }
          if ((v = o.EVSEPresentActivePower_L3) !== undefined) { w.bits(1, 2); k = "EVSEPresentActivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 2048; s = 12; continue; }
          w.bits(2, 2); break loop;
        case 11:
          if ((v = o.EVSEPresentActivePower_L3) !== undefined) { w.bits(0, 2); k = "EVSEPresentActivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 2048; s = 12; continue; }
          w.bits(1, 2); break loop;
        case 12:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_AC_CPDResEnergyTransferModeType, m);
}

function d_AC_ChargeLoopReqType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: v = d_MessageHeaderType(r); o.Header = v; s = 1; continue;
          default: return r.escape("AC_ChargeLoopReqType state 0");
        }
      case 1:
        switch (r.bits(2)) {
          case 0: v = d_DisplayParametersType(r); o.DisplayParameters = v; s = 2; continue;
          case 1: if (r.chOrEmpty()) { v = r.bool(); r.expect0('EE of MeterInfoRequested'); } else v = {}; o.MeterInfoRequested = v; s = 3; continue;
          default: return r.escape("AC_ChargeLoopReqType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.bool(); r.expect0('EE of MeterInfoRequested'); } else v = {}; o.MeterInfoRequested = v; s = 3; continue;
          default: return r.escape("AC_ChargeLoopReqType state 2");
        }
      case 3:
        switch (r.bits(3)) {
          case 0: v = d_BPT_Dynamic_AC_CLReqControlModeType(r); o.BPT_Dynamic_AC_CLReqControlMode = v; s = 4; continue;
          case 1: v = d_BPT_Scheduled_AC_CLReqControlModeType(r); o.BPT_Scheduled_AC_CLReqControlMode = v; s = 4; continue;
          case 2: v = d_CLReqControlModeType(r); o.CLReqControlMode = v; s = 4; continue;
          case 3: v = d_Dynamic_AC_CLReqControlModeType(r); o.Dynamic_AC_CLReqControlMode = v; s = 4; continue;
          case 4: v = d_Scheduled_AC_CLReqControlModeType(r); o.Scheduled_AC_CLReqControlMode = v; s = 4; continue;
          default: return r.escape("AC_ChargeLoopReqType state 3");
        }
      case 4:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("AC_ChargeLoopReqType state 4");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_AC_ChargeLoopReqType: readonly string[] = ["Header","DisplayParameters","MeterInfoRequested","BPT_Dynamic_AC_CLReqControlMode","BPT_Scheduled_AC_CLReqControlMode","CLReqControlMode","Dynamic_AC_CLReqControlMode","Scheduled_AC_CLReqControlMode"];
function e_AC_ChargeLoopReqType(w: BitWriter, x: unknown): void {
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
          if ((v = o.DisplayParameters) !== undefined) { w.bits(0, 2); k = "DisplayParameters"; ki = -1; e_DisplayParametersType(w, v); n++; m += 2; s = 2; continue; }
          if ((v = o.MeterInfoRequested) !== undefined) { w.bits(1, 2); k = "MeterInfoRequested"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.bool(v); w.bits(0, 1); } n++; m += 4; s = 3; continue; }
          k = ''; return encodeFail("missing mandatory element 'DisplayParameters'", "DisplayParameters");
        case 2:
          if ((v = o.MeterInfoRequested) !== undefined) { w.bits(0, 1); k = "MeterInfoRequested"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.bool(v); w.bits(0, 1); } n++; m += 4; s = 3; continue; }
          k = ''; return encodeFail("missing mandatory element 'MeterInfoRequested'", "MeterInfoRequested");
        case 3:
          if ((v = o.BPT_Dynamic_AC_CLReqControlMode) !== undefined) { w.bits(0, 3); k = "BPT_Dynamic_AC_CLReqControlMode"; ki = -1; e_BPT_Dynamic_AC_CLReqControlModeType(w, v); n++; m += 8; s = 4; continue; }
          if ((v = o.BPT_Scheduled_AC_CLReqControlMode) !== undefined) { w.bits(1, 3); k = "BPT_Scheduled_AC_CLReqControlMode"; ki = -1; e_BPT_Scheduled_AC_CLReqControlModeType(w, v); n++; m += 16; s = 4; continue; }
          if ((v = o.CLReqControlMode) !== undefined) { w.bits(2, 3); k = "CLReqControlMode"; ki = -1; e_CLReqControlModeType(w, v); n++; m += 32; s = 4; continue; }
          if ((v = o.Dynamic_AC_CLReqControlMode) !== undefined) { w.bits(3, 3); k = "Dynamic_AC_CLReqControlMode"; ki = -1; e_Dynamic_AC_CLReqControlModeType(w, v); n++; m += 64; s = 4; continue; }
          if ((v = o.Scheduled_AC_CLReqControlMode) !== undefined) { w.bits(4, 3); k = "Scheduled_AC_CLReqControlMode"; ki = -1; e_Scheduled_AC_CLReqControlModeType(w, v); n++; m += 128; s = 4; continue; }
          k = ''; return encodeFail("missing mandatory element 'BPT_Dynamic_AC_CLReqControlMode'", "BPT_Dynamic_AC_CLReqControlMode");
        case 4:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_AC_ChargeLoopReqType, m);
}

function d_AC_ChargeLoopResType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: v = d_MessageHeaderType(r); o.Header = v; s = 1; continue;
          default: return r.escape("AC_ChargeLoopResType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN0, 6); r.expect0('EE of ResponseCode'); } else v = {}; o.ResponseCode = v; s = 2; continue;
          default: return r.escape("AC_ChargeLoopResType state 1");
        }
      case 2:
        switch (r.bits(4)) {
          case 0: v = d_EVSEStatusType(r); o.EVSEStatus = v; s = 3; continue;
          case 1: v = d_MeterInfoType(r); o.MeterInfo = v; s = 4; continue;
          case 2: v = d_ReceiptType(r); o.Receipt = v; s = 5; continue;
          case 3: v = d_RationalNumberType(r); o.EVSETargetFrequency = v; s = 6; continue;
          case 4: v = d_BPT_Dynamic_AC_CLResControlModeType(r); o.BPT_Dynamic_AC_CLResControlMode = v; s = 7; continue;
          case 5: v = d_BPT_Scheduled_AC_CLResControlModeType(r); o.BPT_Scheduled_AC_CLResControlMode = v; s = 7; continue;
          case 6: v = d_CLResControlModeType(r); o.CLResControlMode = v; s = 7; continue;
          case 7: v = d_Dynamic_AC_CLResControlModeType(r); o.Dynamic_AC_CLResControlMode = v; s = 7; continue;
          case 8: v = d_Scheduled_AC_CLResControlModeType(r); o.Scheduled_AC_CLResControlMode = v; s = 7; continue;
          default: return r.escape("AC_ChargeLoopResType state 2");
        }
      case 3:
        switch (r.bits(4)) {
          case 0: v = d_MeterInfoType(r); o.MeterInfo = v; s = 4; continue;
          case 1: v = d_ReceiptType(r); o.Receipt = v; s = 5; continue;
          case 2: v = d_RationalNumberType(r); o.EVSETargetFrequency = v; s = 6; continue;
          case 3: v = d_BPT_Dynamic_AC_CLResControlModeType(r); o.BPT_Dynamic_AC_CLResControlMode = v; s = 7; continue;
          case 4: v = d_BPT_Scheduled_AC_CLResControlModeType(r); o.BPT_Scheduled_AC_CLResControlMode = v; s = 7; continue;
          case 5: v = d_CLResControlModeType(r); o.CLResControlMode = v; s = 7; continue;
          case 6: v = d_Dynamic_AC_CLResControlModeType(r); o.Dynamic_AC_CLResControlMode = v; s = 7; continue;
          case 7: v = d_Scheduled_AC_CLResControlModeType(r); o.Scheduled_AC_CLResControlMode = v; s = 7; continue;
          default: return r.escape("AC_ChargeLoopResType state 3");
        }
      case 4:
        switch (r.bits(3)) {
          case 0: v = d_ReceiptType(r); o.Receipt = v; s = 5; continue;
          case 1: v = d_RationalNumberType(r); o.EVSETargetFrequency = v; s = 6; continue;
          case 2: v = d_BPT_Dynamic_AC_CLResControlModeType(r); o.BPT_Dynamic_AC_CLResControlMode = v; s = 7; continue;
          case 3: v = d_BPT_Scheduled_AC_CLResControlModeType(r); o.BPT_Scheduled_AC_CLResControlMode = v; s = 7; continue;
          case 4: v = d_CLResControlModeType(r); o.CLResControlMode = v; s = 7; continue;
          case 5: v = d_Dynamic_AC_CLResControlModeType(r); o.Dynamic_AC_CLResControlMode = v; s = 7; continue;
          case 6: v = d_Scheduled_AC_CLResControlModeType(r); o.Scheduled_AC_CLResControlMode = v; s = 7; continue;
          default: return r.escape("AC_ChargeLoopResType state 4");
        }
      case 5:
        switch (r.bits(3)) {
          case 0: v = d_RationalNumberType(r); o.EVSETargetFrequency = v; s = 6; continue;
          case 1: v = d_BPT_Dynamic_AC_CLResControlModeType(r); o.BPT_Dynamic_AC_CLResControlMode = v; s = 7; continue;
          case 2: v = d_BPT_Scheduled_AC_CLResControlModeType(r); o.BPT_Scheduled_AC_CLResControlMode = v; s = 7; continue;
          case 3: v = d_CLResControlModeType(r); o.CLResControlMode = v; s = 7; continue;
          case 4: v = d_Dynamic_AC_CLResControlModeType(r); o.Dynamic_AC_CLResControlMode = v; s = 7; continue;
          case 5: v = d_Scheduled_AC_CLResControlModeType(r); o.Scheduled_AC_CLResControlMode = v; s = 7; continue;
          default: return r.escape("AC_ChargeLoopResType state 5");
        }
      case 6:
        switch (r.bits(3)) {
          case 0: v = d_BPT_Dynamic_AC_CLResControlModeType(r); o.BPT_Dynamic_AC_CLResControlMode = v; s = 7; continue;
          case 1: v = d_BPT_Scheduled_AC_CLResControlModeType(r); o.BPT_Scheduled_AC_CLResControlMode = v; s = 7; continue;
          case 2: v = d_CLResControlModeType(r); o.CLResControlMode = v; s = 7; continue;
          case 3: v = d_Dynamic_AC_CLResControlModeType(r); o.Dynamic_AC_CLResControlMode = v; s = 7; continue;
          case 4: v = d_Scheduled_AC_CLResControlModeType(r); o.Scheduled_AC_CLResControlMode = v; s = 7; continue;
          default: return r.escape("AC_ChargeLoopResType state 6");
        }
      case 7:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("AC_ChargeLoopResType state 7");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const P_AC_ChargeLoopResType_2: ReadonlyMap<string, number> = new Map([["EVSEStatus",0],["MeterInfo",1],["Receipt",2],["EVSETargetFrequency",3],["BPT_Dynamic_AC_CLResControlMode",4],["BPT_Scheduled_AC_CLResControlMode",5],["CLResControlMode",6],["Dynamic_AC_CLResControlMode",7],["Scheduled_AC_CLResControlMode",8]]);
const P_AC_ChargeLoopResType_3: ReadonlyMap<string, number> = new Map([["MeterInfo",0],["Receipt",1],["EVSETargetFrequency",2],["BPT_Dynamic_AC_CLResControlMode",3],["BPT_Scheduled_AC_CLResControlMode",4],["CLResControlMode",5],["Dynamic_AC_CLResControlMode",6],["Scheduled_AC_CLResControlMode",7]]);
const K_AC_ChargeLoopResType: readonly string[] = ["Header","ResponseCode","EVSEStatus","MeterInfo","Receipt","EVSETargetFrequency","BPT_Dynamic_AC_CLResControlMode","BPT_Scheduled_AC_CLResControlMode","CLResControlMode","Dynamic_AC_CLResControlMode","Scheduled_AC_CLResControlMode"];
function e_AC_ChargeLoopResType(w: BitWriter, x: unknown): void {
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
          if ((v = o.ResponseCode) !== undefined) { w.bits(0, 1); k = "ResponseCode"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM0, 6); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'ResponseCode'", "ResponseCode");
        case 2:
          switch (firstKey(o, P_AC_ChargeLoopResType_2)) {
            case 0: v = o.EVSEStatus; { w.bits(0, 4); k = "EVSEStatus"; ki = -1; e_EVSEStatusType(w, v); n++; m += 4; s = 3; continue; }
            case 1: v = o.MeterInfo; { w.bits(1, 4); k = "MeterInfo"; ki = -1; e_MeterInfoType(w, v); n++; m += 8; s = 4; continue; }
            case 2: v = o.Receipt; { w.bits(2, 4); k = "Receipt"; ki = -1; e_ReceiptType(w, v); n++; m += 16; s = 5; continue; }
            case 3: v = o.EVSETargetFrequency; { w.bits(3, 4); k = "EVSETargetFrequency"; ki = -1; e_RationalNumberType(w, v); n++; m += 32; s = 6; continue; }
            case 4: v = o.BPT_Dynamic_AC_CLResControlMode; { w.bits(4, 4); k = "BPT_Dynamic_AC_CLResControlMode"; ki = -1; e_BPT_Dynamic_AC_CLResControlModeType(w, v); n++; m += 64; s = 7; continue; }
            case 5: v = o.BPT_Scheduled_AC_CLResControlMode; { w.bits(5, 4); k = "BPT_Scheduled_AC_CLResControlMode"; ki = -1; e_BPT_Scheduled_AC_CLResControlModeType(w, v); n++; m += 128; s = 7; continue; }
            case 6: v = o.CLResControlMode; { w.bits(6, 4); k = "CLResControlMode"; ki = -1; e_CLResControlModeType(w, v); n++; m += 256; s = 7; continue; }
            case 7: v = o.Dynamic_AC_CLResControlMode; { w.bits(7, 4); k = "Dynamic_AC_CLResControlMode"; ki = -1; e_Dynamic_AC_CLResControlModeType(w, v); n++; m += 512; s = 7; continue; }
            case 8: v = o.Scheduled_AC_CLResControlMode; { w.bits(8, 4); k = "Scheduled_AC_CLResControlMode"; ki = -1; e_Scheduled_AC_CLResControlModeType(w, v); n++; m += 1024; s = 7; continue; }
          }
          k = ''; return encodeFail("missing mandatory element 'EVSEStatus'", "EVSEStatus");
        case 3:
          switch (firstKey(o, P_AC_ChargeLoopResType_3)) {
            case 0: v = o.MeterInfo; { w.bits(0, 4); k = "MeterInfo"; ki = -1; e_MeterInfoType(w, v); n++; m += 8; s = 4; continue; }
            case 1: v = o.Receipt; { w.bits(1, 4); k = "Receipt"; ki = -1; e_ReceiptType(w, v); n++; m += 16; s = 5; continue; }
            case 2: v = o.EVSETargetFrequency; { w.bits(2, 4); k = "EVSETargetFrequency"; ki = -1; e_RationalNumberType(w, v); n++; m += 32; s = 6; continue; }
            case 3: v = o.BPT_Dynamic_AC_CLResControlMode; { w.bits(3, 4); k = "BPT_Dynamic_AC_CLResControlMode"; ki = -1; e_BPT_Dynamic_AC_CLResControlModeType(w, v); n++; m += 64; s = 7; continue; }
            case 4: v = o.BPT_Scheduled_AC_CLResControlMode; { w.bits(4, 4); k = "BPT_Scheduled_AC_CLResControlMode"; ki = -1; e_BPT_Scheduled_AC_CLResControlModeType(w, v); n++; m += 128; s = 7; continue; }
            case 5: v = o.CLResControlMode; { w.bits(5, 4); k = "CLResControlMode"; ki = -1; e_CLResControlModeType(w, v); n++; m += 256; s = 7; continue; }
            case 6: v = o.Dynamic_AC_CLResControlMode; { w.bits(6, 4); k = "Dynamic_AC_CLResControlMode"; ki = -1; e_Dynamic_AC_CLResControlModeType(w, v); n++; m += 512; s = 7; continue; }
            case 7: v = o.Scheduled_AC_CLResControlMode; { w.bits(7, 4); k = "Scheduled_AC_CLResControlMode"; ki = -1; e_Scheduled_AC_CLResControlModeType(w, v); n++; m += 1024; s = 7; continue; }
          }
          k = ''; return encodeFail("missing mandatory element 'MeterInfo'", "MeterInfo");
        case 4:
          if ((v = o.Receipt) !== undefined) { w.bits(0, 3); k = "Receipt"; ki = -1; e_ReceiptType(w, v); n++; m += 16; s = 5; continue; }
          if ((v = o.EVSETargetFrequency) !== undefined) { w.bits(1, 3); k = "EVSETargetFrequency"; ki = -1; e_RationalNumberType(w, v); n++; m += 32; s = 6; continue; }
          if ((v = o.BPT_Dynamic_AC_CLResControlMode) !== undefined) { w.bits(2, 3); k = "BPT_Dynamic_AC_CLResControlMode"; ki = -1; e_BPT_Dynamic_AC_CLResControlModeType(w, v); n++; m += 64; s = 7; continue; }
          if ((v = o.BPT_Scheduled_AC_CLResControlMode) !== undefined) { w.bits(3, 3); k = "BPT_Scheduled_AC_CLResControlMode"; ki = -1; e_BPT_Scheduled_AC_CLResControlModeType(w, v); n++; m += 128; s = 7; continue; }
          if ((v = o.CLResControlMode) !== undefined) { w.bits(4, 3); k = "CLResControlMode"; ki = -1; e_CLResControlModeType(w, v); n++; m += 256; s = 7; continue; }
          if ((v = o.Dynamic_AC_CLResControlMode) !== undefined) { w.bits(5, 3); k = "Dynamic_AC_CLResControlMode"; ki = -1; e_Dynamic_AC_CLResControlModeType(w, v); n++; m += 512; s = 7; continue; }
          if ((v = o.Scheduled_AC_CLResControlMode) !== undefined) { w.bits(6, 3); k = "Scheduled_AC_CLResControlMode"; ki = -1; e_Scheduled_AC_CLResControlModeType(w, v); n++; m += 1024; s = 7; continue; }
          k = ''; return encodeFail("missing mandatory element 'Receipt'", "Receipt");
        case 5:
          if ((v = o.EVSETargetFrequency) !== undefined) { w.bits(0, 3); k = "EVSETargetFrequency"; ki = -1; e_RationalNumberType(w, v); n++; m += 32; s = 6; continue; }
          if ((v = o.BPT_Dynamic_AC_CLResControlMode) !== undefined) { w.bits(1, 3); k = "BPT_Dynamic_AC_CLResControlMode"; ki = -1; e_BPT_Dynamic_AC_CLResControlModeType(w, v); n++; m += 64; s = 7; continue; }
          if ((v = o.BPT_Scheduled_AC_CLResControlMode) !== undefined) { w.bits(2, 3); k = "BPT_Scheduled_AC_CLResControlMode"; ki = -1; e_BPT_Scheduled_AC_CLResControlModeType(w, v); n++; m += 128; s = 7; continue; }
          if ((v = o.CLResControlMode) !== undefined) { w.bits(3, 3); k = "CLResControlMode"; ki = -1; e_CLResControlModeType(w, v); n++; m += 256; s = 7; continue; }
          if ((v = o.Dynamic_AC_CLResControlMode) !== undefined) { w.bits(4, 3); k = "Dynamic_AC_CLResControlMode"; ki = -1; e_Dynamic_AC_CLResControlModeType(w, v); n++; m += 512; s = 7; continue; }
          if ((v = o.Scheduled_AC_CLResControlMode) !== undefined) { w.bits(5, 3); k = "Scheduled_AC_CLResControlMode"; ki = -1; e_Scheduled_AC_CLResControlModeType(w, v); n++; m += 1024; s = 7; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVSETargetFrequency'", "EVSETargetFrequency");
        case 6:
          if ((v = o.BPT_Dynamic_AC_CLResControlMode) !== undefined) { w.bits(0, 3); k = "BPT_Dynamic_AC_CLResControlMode"; ki = -1; e_BPT_Dynamic_AC_CLResControlModeType(w, v); n++; m += 64; s = 7; continue; }
          if ((v = o.BPT_Scheduled_AC_CLResControlMode) !== undefined) { w.bits(1, 3); k = "BPT_Scheduled_AC_CLResControlMode"; ki = -1; e_BPT_Scheduled_AC_CLResControlModeType(w, v); n++; m += 128; s = 7; continue; }
          if ((v = o.CLResControlMode) !== undefined) { w.bits(2, 3); k = "CLResControlMode"; ki = -1; e_CLResControlModeType(w, v); n++; m += 256; s = 7; continue; }
          if ((v = o.Dynamic_AC_CLResControlMode) !== undefined) { w.bits(3, 3); k = "Dynamic_AC_CLResControlMode"; ki = -1; e_Dynamic_AC_CLResControlModeType(w, v); n++; m += 512; s = 7; continue; }
          if ((v = o.Scheduled_AC_CLResControlMode) !== undefined) { w.bits(4, 3); k = "Scheduled_AC_CLResControlMode"; ki = -1; e_Scheduled_AC_CLResControlModeType(w, v); n++; m += 1024; s = 7; continue; }
          k = ''; return encodeFail("missing mandatory element 'BPT_Dynamic_AC_CLResControlMode'", "BPT_Dynamic_AC_CLResControlMode");
        case 7:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_AC_ChargeLoopResType, m);
}

function d_AC_ChargeParameterDiscoveryReqType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: v = d_MessageHeaderType(r); o.Header = v; s = 1; continue;
          default: return r.escape("AC_ChargeParameterDiscoveryReqType state 0");
        }
      case 1:
        switch (r.bits(2)) {
          case 0: v = d_AC_CPDReqEnergyTransferModeType(r); o.AC_CPDReqEnergyTransferMode = v; s = 2; continue;
          case 1: v = d_BPT_AC_CPDReqEnergyTransferModeType(r); o.BPT_AC_CPDReqEnergyTransferMode = v; s = 2; continue;
          default: return r.escape("AC_ChargeParameterDiscoveryReqType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("AC_ChargeParameterDiscoveryReqType state 2");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_AC_ChargeParameterDiscoveryReqType: readonly string[] = ["Header","AC_CPDReqEnergyTransferMode","BPT_AC_CPDReqEnergyTransferMode"];
function e_AC_ChargeParameterDiscoveryReqType(w: BitWriter, x: unknown): void {
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
          if ((v = o.AC_CPDReqEnergyTransferMode) !== undefined) { w.bits(0, 2); k = "AC_CPDReqEnergyTransferMode"; ki = -1; e_AC_CPDReqEnergyTransferModeType(w, v); n++; m += 2; s = 2; continue; }
          if ((v = o.BPT_AC_CPDReqEnergyTransferMode) !== undefined) { w.bits(1, 2); k = "BPT_AC_CPDReqEnergyTransferMode"; ki = -1; e_BPT_AC_CPDReqEnergyTransferModeType(w, v); n++; m += 4; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'AC_CPDReqEnergyTransferMode'", "AC_CPDReqEnergyTransferMode");
        case 2:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_AC_ChargeParameterDiscoveryReqType, m);
}

function d_AC_ChargeParameterDiscoveryResType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: v = d_MessageHeaderType(r); o.Header = v; s = 1; continue;
          default: return r.escape("AC_ChargeParameterDiscoveryResType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN0, 6); r.expect0('EE of ResponseCode'); } else v = {}; o.ResponseCode = v; s = 2; continue;
          default: return r.escape("AC_ChargeParameterDiscoveryResType state 1");
        }
      case 2:
        switch (r.bits(2)) {
          case 0: v = d_AC_CPDResEnergyTransferModeType(r); o.AC_CPDResEnergyTransferMode = v; s = 3; continue;
          case 1: v = d_BPT_AC_CPDResEnergyTransferModeType(r); o.BPT_AC_CPDResEnergyTransferMode = v; s = 3; continue;
          default: return r.escape("AC_ChargeParameterDiscoveryResType state 2");
        }
      case 3:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("AC_ChargeParameterDiscoveryResType state 3");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_AC_ChargeParameterDiscoveryResType: readonly string[] = ["Header","ResponseCode","AC_CPDResEnergyTransferMode","BPT_AC_CPDResEnergyTransferMode"];
function e_AC_ChargeParameterDiscoveryResType(w: BitWriter, x: unknown): void {
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
          if ((v = o.ResponseCode) !== undefined) { w.bits(0, 1); k = "ResponseCode"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM0, 6); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'ResponseCode'", "ResponseCode");
        case 2:
          if ((v = o.AC_CPDResEnergyTransferMode) !== undefined) { w.bits(0, 2); k = "AC_CPDResEnergyTransferMode"; ki = -1; e_AC_CPDResEnergyTransferModeType(w, v); n++; m += 4; s = 3; continue; }
          if ((v = o.BPT_AC_CPDResEnergyTransferMode) !== undefined) { w.bits(1, 2); k = "BPT_AC_CPDResEnergyTransferMode"; ki = -1; e_BPT_AC_CPDResEnergyTransferModeType(w, v); n++; m += 8; s = 3; continue; }
          k = ''; return encodeFail("missing mandatory element 'AC_CPDResEnergyTransferMode'", "AC_CPDResEnergyTransferMode");
        case 3:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_AC_ChargeParameterDiscoveryResType, m);
}

function d_BPT_AC_CPDReqEnergyTransferModeType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: v = d_RationalNumberType(r); o.EVMaximumChargePower = v; s = 1; continue;
          default: return r.escape("BPT_AC_CPDReqEnergyTransferModeType state 0");
        }
      case 1:
        switch (r.bits(2)) {
          case 0: v = d_RationalNumberType(r); o.EVMaximumChargePower_L2 = v; s = 2; continue;
          case 1: v = d_RationalNumberType(r); o.EVMaximumChargePower_L3 = v; s = 3; continue;
          case 2: v = d_RationalNumberType(r); o.EVMinimumChargePower = v; s = 4; continue;
          default: return r.escape("BPT_AC_CPDReqEnergyTransferModeType state 1");
        }
      case 2:
        switch (r.bits(2)) {
          case 0: v = d_RationalNumberType(r); o.EVMaximumChargePower_L3 = v; s = 3; continue;
          case 1: v = d_RationalNumberType(r); o.EVMinimumChargePower = v; s = 4; continue;
          default: return r.escape("BPT_AC_CPDReqEnergyTransferModeType state 2");
        }
      case 3:
        switch (r.bits(1)) {
          case 0: v = d_RationalNumberType(r); o.EVMinimumChargePower = v; s = 4; continue;
          default: return r.escape("BPT_AC_CPDReqEnergyTransferModeType state 3");
        }
      case 4:
        switch (r.bits(2)) {
          case 0: v = d_RationalNumberType(r); o.EVMinimumChargePower_L2 = v; s = 5; continue;
          case 1: v = d_RationalNumberType(r); o.EVMinimumChargePower_L3 = v; s = 6; continue;
          case 2: v = d_RationalNumberType(r); o.EVMaximumDischargePower = v; s = 7; continue;
          default: return r.escape("BPT_AC_CPDReqEnergyTransferModeType state 4");
        }
      case 5:
        switch (r.bits(2)) {
          case 0: v = d_RationalNumberType(r); o.EVMinimumChargePower_L3 = v; s = 6; continue;
          case 1: v = d_RationalNumberType(r); o.EVMaximumDischargePower = v; s = 7; continue;
          default: return r.escape("BPT_AC_CPDReqEnergyTransferModeType state 5");
        }
      case 6:
        switch (r.bits(1)) {
          case 0: v = d_RationalNumberType(r); o.EVMaximumDischargePower = v; s = 7; continue;
          default: return r.escape("BPT_AC_CPDReqEnergyTransferModeType state 6");
        }
      case 7:
        switch (r.bits(2)) {
          case 0: v = d_RationalNumberType(r); o.EVMaximumDischargePower_L2 = v; s = 8; continue;
          case 1: v = d_RationalNumberType(r); o.EVMaximumDischargePower_L3 = v; s = 9; continue;
          case 2: v = d_RationalNumberType(r); o.EVMinimumDischargePower = v; s = 10; continue;
          default: return r.escape("BPT_AC_CPDReqEnergyTransferModeType state 7");
        }
      case 8:
        switch (r.bits(2)) {
          case 0: v = d_RationalNumberType(r); o.EVMaximumDischargePower_L3 = v; s = 9; continue;
          case 1: v = d_RationalNumberType(r); o.EVMinimumDischargePower = v; s = 10; continue;
          default: return r.escape("BPT_AC_CPDReqEnergyTransferModeType state 8");
        }
      case 9:
        switch (r.bits(1)) {
          case 0: v = d_RationalNumberType(r); o.EVMinimumDischargePower = v; s = 10; continue;
          default: return r.escape("BPT_AC_CPDReqEnergyTransferModeType state 9");
        }
      case 10:
        switch (r.bits(2)) {
          case 0: v = d_RationalNumberType(r); o.EVMinimumDischargePower_L2 = v; s = 11; continue;
          case 1: v = d_RationalNumberType(r); o.EVMinimumDischargePower_L3 = v; s = 12; continue;
          case 2: return o;
          default: return r.escape("BPT_AC_CPDReqEnergyTransferModeType state 10");
        }
      case 11:
        switch (r.bits(2)) {
          case 0: v = d_RationalNumberType(r); o.EVMinimumDischargePower_L3 = v; s = 12; continue;
          case 1: return o;
          default: return r.escape("BPT_AC_CPDReqEnergyTransferModeType state 11");
        }
      case 12:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("BPT_AC_CPDReqEnergyTransferModeType state 12");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_BPT_AC_CPDReqEnergyTransferModeType: readonly string[] = ["EVMaximumChargePower","EVMaximumChargePower_L2","EVMaximumChargePower_L3","EVMinimumChargePower","EVMinimumChargePower_L2","EVMinimumChargePower_L3","EVMaximumDischargePower","EVMaximumDischargePower_L2","EVMaximumDischargePower_L3","EVMinimumDischargePower","EVMinimumDischargePower_L2","EVMinimumDischargePower_L3"];
function e_BPT_AC_CPDReqEnergyTransferModeType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.EVMaximumChargePower) !== undefined) { w.bits(0, 1); k = "EVMaximumChargePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVMaximumChargePower'", "EVMaximumChargePower");
        case 1:
          if ((v = o.EVMaximumChargePower_L2) !== undefined) { w.bits(0, 2); k = "EVMaximumChargePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 2; s = 2; continue; }
          if ((v = o.EVMaximumChargePower_L3) !== undefined) { w.bits(1, 2); k = "EVMaximumChargePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 4; s = 3; continue; }
          if ((v = o.EVMinimumChargePower) !== undefined) { w.bits(2, 2); k = "EVMinimumChargePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 8; s = 4; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVMaximumChargePower_L2'", "EVMaximumChargePower_L2");
        case 2:
          if ((v = o.EVMaximumChargePower_L3) !== undefined) { w.bits(0, 2); k = "EVMaximumChargePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 4; s = 3; continue; }
          if ((v = o.EVMinimumChargePower) !== undefined) { w.bits(1, 2); k = "EVMinimumChargePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 8; s = 4; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVMaximumChargePower_L3'", "EVMaximumChargePower_L3");
        case 3:
          if ((v = o.EVMinimumChargePower) !== undefined) { w.bits(0, 1); k = "EVMinimumChargePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 8; s = 4; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVMinimumChargePower'", "EVMinimumChargePower");
        case 4:
          if ((v = o.EVMinimumChargePower_L2) !== undefined) { w.bits(0, 2); k = "EVMinimumChargePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 16; s = 5; continue; }
          if ((v = o.EVMinimumChargePower_L3) !== undefined) { w.bits(1, 2); k = "EVMinimumChargePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 32; s = 6; continue; }
          if ((v = o.EVMaximumDischargePower) !== undefined) { w.bits(2, 2); k = "EVMaximumDischargePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 64; s = 7; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVMinimumChargePower_L2'", "EVMinimumChargePower_L2");
        case 5:
          if ((v = o.EVMinimumChargePower_L3) !== undefined) { w.bits(0, 2); k = "EVMinimumChargePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 32; s = 6; continue; }
          if ((v = o.EVMaximumDischargePower) !== undefined) { w.bits(1, 2); k = "EVMaximumDischargePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 64; s = 7; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVMinimumChargePower_L3'", "EVMinimumChargePower_L3");
        case 6:
          if ((v = o.EVMaximumDischargePower) !== undefined) { w.bits(0, 1); k = "EVMaximumDischargePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 64; s = 7; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVMaximumDischargePower'", "EVMaximumDischargePower");
        case 7:
          if ((v = o.EVMaximumDischargePower_L2) !== undefined) { w.bits(0, 2); k = "EVMaximumDischargePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 128; s = 8; continue; }
          if ((v = o.EVMaximumDischargePower_L3) !== undefined) { w.bits(1, 2); k = "EVMaximumDischargePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 256; s = 9; continue; }
          if ((v = o.EVMinimumDischargePower) !== undefined) { w.bits(2, 2); k = "EVMinimumDischargePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 512; s = 10; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVMaximumDischargePower_L2'", "EVMaximumDischargePower_L2");
        case 8:
          if ((v = o.EVMaximumDischargePower_L3) !== undefined) { w.bits(0, 2); k = "EVMaximumDischargePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 256; s = 9; continue; }
          if ((v = o.EVMinimumDischargePower) !== undefined) { w.bits(1, 2); k = "EVMinimumDischargePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 512; s = 10; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVMaximumDischargePower_L3'", "EVMaximumDischargePower_L3");
        case 9:
          if ((v = o.EVMinimumDischargePower) !== undefined) { w.bits(0, 1); k = "EVMinimumDischargePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 512; s = 10; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVMinimumDischargePower'", "EVMinimumDischargePower");
        case 10:
          if ((v = o.EVMinimumDischargePower_L2) !== undefined) { w.bits(0, 2); k = "EVMinimumDischargePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 1024; s = 11; continue; }
          if ((v = o.EVMinimumDischargePower_L3) !== undefined) { w.bits(1, 2); k = "EVMinimumDischargePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 2048; s = 12; continue; }
          w.bits(2, 2); break loop;
        case 11:
          if ((v = o.EVMinimumDischargePower_L3) !== undefined) { w.bits(0, 2); k = "EVMinimumDischargePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 2048; s = 12; continue; }
          w.bits(1, 2); break loop;
        case 12:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_BPT_AC_CPDReqEnergyTransferModeType, m);
}

function d_BPT_AC_CPDResEnergyTransferModeType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: v = d_RationalNumberType(r); o.EVSEMaximumChargePower = v; s = 1; continue;
          default: return r.escape("BPT_AC_CPDResEnergyTransferModeType state 0");
        }
      case 1:
        switch (r.bits(2)) {
          case 0: v = d_RationalNumberType(r); o.EVSEMaximumChargePower_L2 = v; s = 2; continue;
          case 1: v = d_RationalNumberType(r); o.EVSEMaximumChargePower_L3 = v; s = 3; continue;
          case 2: v = d_RationalNumberType(r); o.EVSEMinimumChargePower = v; s = 4; continue;
          default: return r.escape("BPT_AC_CPDResEnergyTransferModeType state 1");
        }
      case 2:
        switch (r.bits(2)) {
          case 0: v = d_RationalNumberType(r); o.EVSEMaximumChargePower_L3 = v; s = 3; continue;
          case 1: v = d_RationalNumberType(r); o.EVSEMinimumChargePower = v; s = 4; continue;
          default: return r.escape("BPT_AC_CPDResEnergyTransferModeType state 2");
        }
      case 3:
        switch (r.bits(1)) {
          case 0: v = d_RationalNumberType(r); o.EVSEMinimumChargePower = v; s = 4; continue;
          default: return r.escape("BPT_AC_CPDResEnergyTransferModeType state 3");
        }
      case 4:
        switch (r.bits(2)) {
          case 0: v = d_RationalNumberType(r); o.EVSEMinimumChargePower_L2 = v; s = 5; continue;
          case 1: v = d_RationalNumberType(r); o.EVSEMinimumChargePower_L3 = v; s = 6; continue;
          case 2: v = d_RationalNumberType(r); o.EVSENominalFrequency = v; s = 7; continue;
          default: return r.escape("BPT_AC_CPDResEnergyTransferModeType state 4");
        }
      case 5:
        switch (r.bits(2)) {
          case 0: v = d_RationalNumberType(r); o.EVSEMinimumChargePower_L3 = v; s = 6; continue;
          case 1: v = d_RationalNumberType(r); o.EVSENominalFrequency = v; s = 7; continue;
          default: return r.escape("BPT_AC_CPDResEnergyTransferModeType state 5");
        }
      case 6:
        switch (r.bits(1)) {
          case 0: v = d_RationalNumberType(r); o.EVSENominalFrequency = v; s = 7; continue;
          default: return r.escape("BPT_AC_CPDResEnergyTransferModeType state 6");
        }
      case 7:
        switch (r.bits(3)) {
          case 0: v = d_RationalNumberType(r); o.MaximumPowerAsymmetry = v; s = 8; continue;
          case 1: v = d_RationalNumberType(r); o.EVSEPowerRampLimitation = v; s = 9; continue;
          case 2: v = d_RationalNumberType(r); o.EVSEPresentActivePower = v; s = 10; continue;
          case 3: v = d_RationalNumberType(r); o.EVSEPresentActivePower_L2 = v; s = 11; continue;
          case 4: v = d_RationalNumberType(r); o.EVSEPresentActivePower_L3 = v; s = 12; continue;
          case 5: v = d_RationalNumberType(r); o.EVSEMaximumDischargePower = v; s = 13; continue;
          default: return r.escape("BPT_AC_CPDResEnergyTransferModeType state 7");
        }
      case 8:
        switch (r.bits(3)) {
          case 0: v = d_RationalNumberType(r); o.EVSEPowerRampLimitation = v; s = 9; continue;
          case 1: v = d_RationalNumberType(r); o.EVSEPresentActivePower = v; s = 10; continue;
          case 2: v = d_RationalNumberType(r); o.EVSEPresentActivePower_L2 = v; s = 11; continue;
          case 3: v = d_RationalNumberType(r); o.EVSEPresentActivePower_L3 = v; s = 12; continue;
          case 4: v = d_RationalNumberType(r); o.EVSEMaximumDischargePower = v; s = 13; continue;
          default: return r.escape("BPT_AC_CPDResEnergyTransferModeType state 8");
        }
      case 9:
        switch (r.bits(3)) {
          case 0: v = d_RationalNumberType(r); o.EVSEPresentActivePower = v; s = 10; continue;
          case 1: v = d_RationalNumberType(r); o.EVSEPresentActivePower_L2 = v; s = 11; continue;
          case 2: v = d_RationalNumberType(r); o.EVSEPresentActivePower_L3 = v; s = 12; continue;
          case 3: v = d_RationalNumberType(r); o.EVSEMaximumDischargePower = v; s = 13; continue;
          default: return r.escape("BPT_AC_CPDResEnergyTransferModeType state 9");
        }
      case 10:
        switch (r.bits(2)) {
          case 0: v = d_RationalNumberType(r); o.EVSEPresentActivePower_L2 = v; s = 11; continue;
          case 1: v = d_RationalNumberType(r); o.EVSEPresentActivePower_L3 = v; s = 12; continue;
          case 2: v = d_RationalNumberType(r); o.EVSEMaximumDischargePower = v; s = 13; continue;
          default: return r.escape("BPT_AC_CPDResEnergyTransferModeType state 10");
        }
      case 11:
        switch (r.bits(2)) {
          case 0: v = d_RationalNumberType(r); o.EVSEPresentActivePower_L3 = v; s = 12; continue;
          case 1: v = d_RationalNumberType(r); o.EVSEMaximumDischargePower = v; s = 13; continue;
          default: return r.escape("BPT_AC_CPDResEnergyTransferModeType state 11");
        }
      case 12:
        switch (r.bits(1)) {
          case 0: v = d_RationalNumberType(r); o.EVSEMaximumDischargePower = v; s = 13; continue;
          default: return r.escape("BPT_AC_CPDResEnergyTransferModeType state 12");
        }
      case 13:
        switch (r.bits(2)) {
          case 0: v = d_RationalNumberType(r); o.EVSEMaximumDischargePower_L2 = v; s = 14; continue;
          case 1: v = d_RationalNumberType(r); o.EVSEMaximumDischargePower_L3 = v; s = 15; continue;
          case 2: v = d_RationalNumberType(r); o.EVSEMinimumDischargePower = v; s = 16; continue;
          default: return r.escape("BPT_AC_CPDResEnergyTransferModeType state 13");
        }
      case 14:
        switch (r.bits(2)) {
          case 0: v = d_RationalNumberType(r); o.EVSEMaximumDischargePower_L3 = v; s = 15; continue;
          case 1: v = d_RationalNumberType(r); o.EVSEMinimumDischargePower = v; s = 16; continue;
          default: return r.escape("BPT_AC_CPDResEnergyTransferModeType state 14");
        }
      case 15:
        switch (r.bits(1)) {
          case 0: v = d_RationalNumberType(r); o.EVSEMinimumDischargePower = v; s = 16; continue;
          default: return r.escape("BPT_AC_CPDResEnergyTransferModeType state 15");
        }
      case 16:
        switch (r.bits(2)) {
          case 0: v = d_RationalNumberType(r); o.EVSEMinimumDischargePower_L2 = v; s = 17; continue;
          case 1: v = d_RationalNumberType(r); o.EVSEMinimumDischargePower_L3 = v; s = 18; continue;
          case 2: return o;
          default: return r.escape("BPT_AC_CPDResEnergyTransferModeType state 16");
        }
      case 17:
        switch (r.bits(2)) {
          case 0: v = d_RationalNumberType(r); o.EVSEMinimumDischargePower_L3 = v; s = 18; continue;
          case 1: return o;
          default: return r.escape("BPT_AC_CPDResEnergyTransferModeType state 17");
        }
      case 18:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("BPT_AC_CPDResEnergyTransferModeType state 18");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_BPT_AC_CPDResEnergyTransferModeType: readonly string[] = ["EVSEMaximumChargePower","EVSEMaximumChargePower_L2","EVSEMaximumChargePower_L3","EVSEMinimumChargePower","EVSEMinimumChargePower_L2","EVSEMinimumChargePower_L3","EVSENominalFrequency","MaximumPowerAsymmetry","EVSEPowerRampLimitation","EVSEPresentActivePower","EVSEPresentActivePower_L2","EVSEPresentActivePower_L3","EVSEMaximumDischargePower","EVSEMaximumDischargePower_L2","EVSEMaximumDischargePower_L3","EVSEMinimumDischargePower","EVSEMinimumDischargePower_L2","EVSEMinimumDischargePower_L3"];
function e_BPT_AC_CPDResEnergyTransferModeType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.EVSEMaximumChargePower) !== undefined) { w.bits(0, 1); k = "EVSEMaximumChargePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVSEMaximumChargePower'", "EVSEMaximumChargePower");
        case 1:
          if ((v = o.EVSEMaximumChargePower_L2) !== undefined) { w.bits(0, 2); k = "EVSEMaximumChargePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 2; s = 2; continue; }
          if ((v = o.EVSEMaximumChargePower_L3) !== undefined) { w.bits(1, 2); k = "EVSEMaximumChargePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 4; s = 3; continue; }
          if ((v = o.EVSEMinimumChargePower) !== undefined) { w.bits(2, 2); k = "EVSEMinimumChargePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 8; s = 4; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVSEMaximumChargePower_L2'", "EVSEMaximumChargePower_L2");
        case 2:
          if ((v = o.EVSEMaximumChargePower_L3) !== undefined) { w.bits(0, 2); k = "EVSEMaximumChargePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 4; s = 3; continue; }
          if ((v = o.EVSEMinimumChargePower) !== undefined) { w.bits(1, 2); k = "EVSEMinimumChargePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 8; s = 4; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVSEMaximumChargePower_L3'", "EVSEMaximumChargePower_L3");
        case 3:
          if ((v = o.EVSEMinimumChargePower) !== undefined) { w.bits(0, 1); k = "EVSEMinimumChargePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 8; s = 4; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVSEMinimumChargePower'", "EVSEMinimumChargePower");
        case 4:
          if ((v = o.EVSEMinimumChargePower_L2) !== undefined) { w.bits(0, 2); k = "EVSEMinimumChargePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 16; s = 5; continue; }
          if ((v = o.EVSEMinimumChargePower_L3) !== undefined) { w.bits(1, 2); k = "EVSEMinimumChargePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 32; s = 6; continue; }
          if ((v = o.EVSENominalFrequency) !== undefined) { w.bits(2, 2); k = "EVSENominalFrequency"; ki = -1; e_RationalNumberType(w, v); n++; m += 64; s = 7; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVSEMinimumChargePower_L2'", "EVSEMinimumChargePower_L2");
        case 5:
          if ((v = o.EVSEMinimumChargePower_L3) !== undefined) { w.bits(0, 2); k = "EVSEMinimumChargePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 32; s = 6; continue; }
          if ((v = o.EVSENominalFrequency) !== undefined) { w.bits(1, 2); k = "EVSENominalFrequency"; ki = -1; e_RationalNumberType(w, v); n++; m += 64; s = 7; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVSEMinimumChargePower_L3'", "EVSEMinimumChargePower_L3");
        case 6:
          if ((v = o.EVSENominalFrequency) !== undefined) { w.bits(0, 1); k = "EVSENominalFrequency"; ki = -1; e_RationalNumberType(w, v); n++; m += 64; s = 7; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVSENominalFrequency'", "EVSENominalFrequency");
        case 7:
          if ((v = o.MaximumPowerAsymmetry) !== undefined) { w.bits(0, 3); k = "MaximumPowerAsymmetry"; ki = -1; e_RationalNumberType(w, v); n++; m += 128; s = 8; continue; }
          if ((v = o.EVSEPowerRampLimitation) !== undefined) { w.bits(1, 3); k = "EVSEPowerRampLimitation"; ki = -1; e_RationalNumberType(w, v); n++; m += 256; s = 9; continue; }
          if ((v = o.EVSEPresentActivePower) !== undefined) { w.bits(2, 3); k = "EVSEPresentActivePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 512; s = 10; continue; }
          if ((v = o.EVSEPresentActivePower_L2) !== undefined) { w.bits(3, 3); k = "EVSEPresentActivePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 1024; s = 11; continue; }
          if ((v = o.EVSEPresentActivePower_L3) !== undefined) { w.bits(4, 3); k = "EVSEPresentActivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 2048; s = 12; continue; }
          if ((v = o.EVSEMaximumDischargePower) !== undefined) { w.bits(5, 3); k = "EVSEMaximumDischargePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 4096; s = 13; continue; }
          k = ''; return encodeFail("missing mandatory element 'MaximumPowerAsymmetry'", "MaximumPowerAsymmetry");
        case 8:
          if ((v = o.EVSEPowerRampLimitation) !== undefined) { w.bits(0, 3); k = "EVSEPowerRampLimitation"; ki = -1; e_RationalNumberType(w, v); n++; m += 256; s = 9; continue; }
          if ((v = o.EVSEPresentActivePower) !== undefined) { w.bits(1, 3); k = "EVSEPresentActivePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 512; s = 10; continue; }
          if ((v = o.EVSEPresentActivePower_L2) !== undefined) { w.bits(2, 3); k = "EVSEPresentActivePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 1024; s = 11; continue; }
          if ((v = o.EVSEPresentActivePower_L3) !== undefined) { w.bits(3, 3); k = "EVSEPresentActivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 2048; s = 12; continue; }
          if ((v = o.EVSEMaximumDischargePower) !== undefined) { w.bits(4, 3); k = "EVSEMaximumDischargePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 4096; s = 13; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVSEPowerRampLimitation'", "EVSEPowerRampLimitation");
        case 9:
          if ((v = o.EVSEPresentActivePower) !== undefined) { w.bits(0, 3); k = "EVSEPresentActivePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 512; s = 10; continue; }
          if ((v = o.EVSEPresentActivePower_L2) !== undefined) { w.bits(1, 3); k = "EVSEPresentActivePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 1024; s = 11; continue; }
          if ((v = o.EVSEPresentActivePower_L3) !== undefined) { w.bits(2, 3); k = "EVSEPresentActivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 2048; s = 12; continue; }
          if ((v = o.EVSEMaximumDischargePower) !== undefined) { w.bits(3, 3); k = "EVSEMaximumDischargePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 4096; s = 13; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVSEPresentActivePower'", "EVSEPresentActivePower");
        case 10:
          if ((v = o.EVSEPresentActivePower_L2) !== undefined) { w.bits(0, 2); k = "EVSEPresentActivePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 1024; s = 11; continue; }
          if ((v = o.EVSEPresentActivePower_L3) !== undefined) { w.bits(1, 2); k = "EVSEPresentActivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 2048; s = 12; continue; }
          if ((v = o.EVSEMaximumDischargePower) !== undefined) { w.bits(2, 2); k = "EVSEMaximumDischargePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 4096; s = 13; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVSEPresentActivePower_L2'", "EVSEPresentActivePower_L2");
        case 11:
          if ((v = o.EVSEPresentActivePower_L3) !== undefined) { w.bits(0, 2); k = "EVSEPresentActivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 2048; s = 12; continue; }
          if ((v = o.EVSEMaximumDischargePower) !== undefined) { w.bits(1, 2); k = "EVSEMaximumDischargePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 4096; s = 13; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVSEPresentActivePower_L3'", "EVSEPresentActivePower_L3");
        case 12:
          if ((v = o.EVSEMaximumDischargePower) !== undefined) { w.bits(0, 1); k = "EVSEMaximumDischargePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 4096; s = 13; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVSEMaximumDischargePower'", "EVSEMaximumDischargePower");
        case 13:
          if ((v = o.EVSEMaximumDischargePower_L2) !== undefined) { w.bits(0, 2); k = "EVSEMaximumDischargePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 8192; s = 14; continue; }
          if ((v = o.EVSEMaximumDischargePower_L3) !== undefined) { w.bits(1, 2); k = "EVSEMaximumDischargePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 16384; s = 15; continue; }
          if ((v = o.EVSEMinimumDischargePower) !== undefined) { w.bits(2, 2); k = "EVSEMinimumDischargePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 32768; s = 16; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVSEMaximumDischargePower_L2'", "EVSEMaximumDischargePower_L2");
        case 14:
          if ((v = o.EVSEMaximumDischargePower_L3) !== undefined) { w.bits(0, 2); k = "EVSEMaximumDischargePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 16384; s = 15; continue; }
          if ((v = o.EVSEMinimumDischargePower) !== undefined) { w.bits(1, 2); k = "EVSEMinimumDischargePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 32768; s = 16; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVSEMaximumDischargePower_L3'", "EVSEMaximumDischargePower_L3");
        case 15:
          if ((v = o.EVSEMinimumDischargePower) !== undefined) { w.bits(0, 1); k = "EVSEMinimumDischargePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 32768; s = 16; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVSEMinimumDischargePower'", "EVSEMinimumDischargePower");
        case 16:
          if ((v = o.EVSEMinimumDischargePower_L2) !== undefined) { w.bits(0, 2); k = "EVSEMinimumDischargePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 65536; s = 17; continue; }
          if ((v = o.EVSEMinimumDischargePower_L3) !== undefined) { w.bits(1, 2); k = "EVSEMinimumDischargePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 131072; s = 18; continue; }
          w.bits(2, 2); break loop;
        case 17:
          if ((v = o.EVSEMinimumDischargePower_L3) !== undefined) { w.bits(0, 2); k = "EVSEMinimumDischargePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 131072; s = 18; continue; }
          w.bits(1, 2); break loop;
        case 18:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_BPT_AC_CPDResEnergyTransferModeType, m);
}

function d_BPT_Dynamic_AC_CLReqControlModeType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.uint(4294967295); r.expect0('EE of DepartureTime'); } else v = {}; o.DepartureTime = v; s = 1; continue;
          case 1: v = d_RationalNumberType(r); o.EVTargetEnergyRequest = v; s = 2; continue;
          default: return r.escape("BPT_Dynamic_AC_CLReqControlModeType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: v = d_RationalNumberType(r); o.EVTargetEnergyRequest = v; s = 2; continue;
          default: return r.escape("BPT_Dynamic_AC_CLReqControlModeType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: v = d_RationalNumberType(r); o.EVMaximumEnergyRequest = v; s = 3; continue;
          default: return r.escape("BPT_Dynamic_AC_CLReqControlModeType state 2");
        }
      case 3:
        switch (r.bits(1)) {
          case 0: v = d_RationalNumberType(r); o.EVMinimumEnergyRequest = v; s = 4; continue;
          default: return r.escape("BPT_Dynamic_AC_CLReqControlModeType state 3");
        }
      case 4:
        switch (r.bits(1)) {
          case 0: v = d_RationalNumberType(r); o.EVMaximumChargePower = v; s = 5; continue;
          default: return r.escape("BPT_Dynamic_AC_CLReqControlModeType state 4");
        }
      case 5:
        switch (r.bits(2)) {
          case 0: v = d_RationalNumberType(r); o.EVMaximumChargePower_L2 = v; s = 6; continue;
          case 1: v = d_RationalNumberType(r); o.EVMaximumChargePower_L3 = v; s = 7; continue;
          case 2: v = d_RationalNumberType(r); o.EVMinimumChargePower = v; s = 8; continue;
          default: return r.escape("BPT_Dynamic_AC_CLReqControlModeType state 5");
        }
      case 6:
        switch (r.bits(2)) {
          case 0: v = d_RationalNumberType(r); o.EVMaximumChargePower_L3 = v; s = 7; continue;
          case 1: v = d_RationalNumberType(r); o.EVMinimumChargePower = v; s = 8; continue;
          default: return r.escape("BPT_Dynamic_AC_CLReqControlModeType state 6");
        }
      case 7:
        switch (r.bits(1)) {
          case 0: v = d_RationalNumberType(r); o.EVMinimumChargePower = v; s = 8; continue;
          default: return r.escape("BPT_Dynamic_AC_CLReqControlModeType state 7");
        }
      case 8:
        switch (r.bits(2)) {
          case 0: v = d_RationalNumberType(r); o.EVMinimumChargePower_L2 = v; s = 9; continue;
          case 1: v = d_RationalNumberType(r); o.EVMinimumChargePower_L3 = v; s = 10; continue;
          case 2: v = d_RationalNumberType(r); o.EVPresentActivePower = v; s = 11; continue;
          default: return r.escape("BPT_Dynamic_AC_CLReqControlModeType state 8");
        }
      case 9:
        switch (r.bits(2)) {
          case 0: v = d_RationalNumberType(r); o.EVMinimumChargePower_L3 = v; s = 10; continue;
          case 1: v = d_RationalNumberType(r); o.EVPresentActivePower = v; s = 11; continue;
          default: return r.escape("BPT_Dynamic_AC_CLReqControlModeType state 9");
        }
      case 10:
        switch (r.bits(1)) {
          case 0: v = d_RationalNumberType(r); o.EVPresentActivePower = v; s = 11; continue;
          default: return r.escape("BPT_Dynamic_AC_CLReqControlModeType state 10");
        }
      case 11:
        switch (r.bits(2)) {
          case 0: v = d_RationalNumberType(r); o.EVPresentActivePower_L2 = v; s = 12; continue;
          case 1: v = d_RationalNumberType(r); o.EVPresentActivePower_L3 = v; s = 13; continue;
          case 2: v = d_RationalNumberType(r); o.EVPresentReactivePower = v; s = 14; continue;
          default: return r.escape("BPT_Dynamic_AC_CLReqControlModeType state 11");
        }
      case 12:
        switch (r.bits(2)) {
          case 0: v = d_RationalNumberType(r); o.EVPresentActivePower_L3 = v; s = 13; continue;
          case 1: v = d_RationalNumberType(r); o.EVPresentReactivePower = v; s = 14; continue;
          default: return r.escape("BPT_Dynamic_AC_CLReqControlModeType state 12");
        }
      case 13:
        switch (r.bits(1)) {
          case 0: v = d_RationalNumberType(r); o.EVPresentReactivePower = v; s = 14; continue;
          default: return r.escape("BPT_Dynamic_AC_CLReqControlModeType state 13");
        }
      case 14:
        switch (r.bits(2)) {
          case 0: v = d_RationalNumberType(r); o.EVPresentReactivePower_L2 = v; s = 15; continue;
          case 1: v = d_RationalNumberType(r); o.EVPresentReactivePower_L3 = v; s = 16; continue;
          case 2: v = d_RationalNumberType(r); o.EVMaximumDischargePower = v; s = 17; continue;
          default: return r.escape("BPT_Dynamic_AC_CLReqControlModeType state 14");
        }
      case 15:
        switch (r.bits(2)) {
          case 0: v = d_RationalNumberType(r); o.EVPresentReactivePower_L3 = v; s = 16; continue;
          case 1: v = d_RationalNumberType(r); o.EVMaximumDischargePower = v; s = 17; continue;
          default: return r.escape("BPT_Dynamic_AC_CLReqControlModeType state 15");
        }
      case 16:
        switch (r.bits(1)) {
          case 0: v = d_RationalNumberType(r); o.EVMaximumDischargePower = v; s = 17; continue;
          default: return r.escape("BPT_Dynamic_AC_CLReqControlModeType state 16");
        }
      case 17:
        switch (r.bits(2)) {
          case 0: v = d_RationalNumberType(r); o.EVMaximumDischargePower_L2 = v; s = 18; continue;
          case 1: v = d_RationalNumberType(r); o.EVMaximumDischargePower_L3 = v; s = 19; continue;
          case 2: v = d_RationalNumberType(r); o.EVMinimumDischargePower = v; s = 20; continue;
          default: return r.escape("BPT_Dynamic_AC_CLReqControlModeType state 17");
        }
      case 18:
        switch (r.bits(2)) {
          case 0: v = d_RationalNumberType(r); o.EVMaximumDischargePower_L3 = v; s = 19; continue;
          case 1: v = d_RationalNumberType(r); o.EVMinimumDischargePower = v; s = 20; continue;
          default: return r.escape("BPT_Dynamic_AC_CLReqControlModeType state 18");
        }
      case 19:
        switch (r.bits(1)) {
          case 0: v = d_RationalNumberType(r); o.EVMinimumDischargePower = v; s = 20; continue;
          default: return r.escape("BPT_Dynamic_AC_CLReqControlModeType state 19");
        }
      case 20:
        switch (r.bits(3)) {
          case 0: v = d_RationalNumberType(r); o.EVMinimumDischargePower_L2 = v; s = 21; continue;
          case 1: v = d_RationalNumberType(r); o.EVMinimumDischargePower_L3 = v; s = 22; continue;
          case 2: v = d_RationalNumberType(r); o.EVMaximumV2XEnergyRequest = v; s = 23; continue;
          case 3: v = d_RationalNumberType(r); o.EVMinimumV2XEnergyRequest = v; s = 24; continue;
          case 4: return o;
          default: return r.escape("BPT_Dynamic_AC_CLReqControlModeType state 20");
        }
      case 21:
        switch (r.bits(3)) {
          case 0: v = d_RationalNumberType(r); o.EVMinimumDischargePower_L3 = v; s = 22; continue;
          case 1: v = d_RationalNumberType(r); o.EVMaximumV2XEnergyRequest = v; s = 23; continue;
          case 2: v = d_RationalNumberType(r); o.EVMinimumV2XEnergyRequest = v; s = 24; continue;
          case 3: return o;
          default: return r.escape("BPT_Dynamic_AC_CLReqControlModeType state 21");
        }
      case 22:
        switch (r.bits(2)) {
          case 0: v = d_RationalNumberType(r); o.EVMaximumV2XEnergyRequest = v; s = 23; continue;
          case 1: v = d_RationalNumberType(r); o.EVMinimumV2XEnergyRequest = v; s = 24; continue;
          case 2: return o;
          default: return r.escape("BPT_Dynamic_AC_CLReqControlModeType state 22");
        }
      case 23:
        switch (r.bits(2)) {
          case 0: v = d_RationalNumberType(r); o.EVMinimumV2XEnergyRequest = v; s = 24; continue;
          case 1: return o;
          default: return r.escape("BPT_Dynamic_AC_CLReqControlModeType state 23");
        }
      case 24:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("BPT_Dynamic_AC_CLReqControlModeType state 24");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_BPT_Dynamic_AC_CLReqControlModeType: readonly string[] = ["DepartureTime","EVTargetEnergyRequest","EVMaximumEnergyRequest","EVMinimumEnergyRequest","EVMaximumChargePower","EVMaximumChargePower_L2","EVMaximumChargePower_L3","EVMinimumChargePower","EVMinimumChargePower_L2","EVMinimumChargePower_L3","EVPresentActivePower","EVPresentActivePower_L2","EVPresentActivePower_L3","EVPresentReactivePower","EVPresentReactivePower_L2","EVPresentReactivePower_L3","EVMaximumDischargePower","EVMaximumDischargePower_L2","EVMaximumDischargePower_L3","EVMinimumDischargePower","EVMinimumDischargePower_L2","EVMinimumDischargePower_L3","EVMaximumV2XEnergyRequest","EVMinimumV2XEnergyRequest"];
function e_BPT_Dynamic_AC_CLReqControlModeType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.DepartureTime) !== undefined) { w.bits(0, 2); k = "DepartureTime"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.uint(v, 4294967295); w.bits(0, 1); } n++; m += 1; s = 1; continue; }
          if ((v = o.EVTargetEnergyRequest) !== undefined) { w.bits(1, 2); k = "EVTargetEnergyRequest"; ki = -1; e_RationalNumberType(w, v); n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'DepartureTime'", "DepartureTime");
        case 1:
          if ((v = o.EVTargetEnergyRequest) !== undefined) { w.bits(0, 1); k = "EVTargetEnergyRequest"; ki = -1; e_RationalNumberType(w, v); n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVTargetEnergyRequest'", "EVTargetEnergyRequest");
        case 2:
          if ((v = o.EVMaximumEnergyRequest) !== undefined) { w.bits(0, 1); k = "EVMaximumEnergyRequest"; ki = -1; e_RationalNumberType(w, v); n++; m += 4; s = 3; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVMaximumEnergyRequest'", "EVMaximumEnergyRequest");
        case 3:
          if ((v = o.EVMinimumEnergyRequest) !== undefined) { w.bits(0, 1); k = "EVMinimumEnergyRequest"; ki = -1; e_RationalNumberType(w, v); n++; m += 8; s = 4; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVMinimumEnergyRequest'", "EVMinimumEnergyRequest");
        case 4:
          if ((v = o.EVMaximumChargePower) !== undefined) { w.bits(0, 1); k = "EVMaximumChargePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 16; s = 5; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVMaximumChargePower'", "EVMaximumChargePower");
        case 5:
          if ((v = o.EVMaximumChargePower_L2) !== undefined) { w.bits(0, 2); k = "EVMaximumChargePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 32; s = 6; continue; }
          if ((v = o.EVMaximumChargePower_L3) !== undefined) { w.bits(1, 2); k = "EVMaximumChargePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 64; s = 7; continue; }
          if ((v = o.EVMinimumChargePower) !== undefined) { w.bits(2, 2); k = "EVMinimumChargePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 128; s = 8; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVMaximumChargePower_L2'", "EVMaximumChargePower_L2");
        case 6:
          if ((v = o.EVMaximumChargePower_L3) !== undefined) { w.bits(0, 2); k = "EVMaximumChargePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 64; s = 7; continue; }
          if ((v = o.EVMinimumChargePower) !== undefined) { w.bits(1, 2); k = "EVMinimumChargePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 128; s = 8; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVMaximumChargePower_L3'", "EVMaximumChargePower_L3");
        case 7:
          if ((v = o.EVMinimumChargePower) !== undefined) { w.bits(0, 1); k = "EVMinimumChargePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 128; s = 8; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVMinimumChargePower'", "EVMinimumChargePower");
        case 8:
          if ((v = o.EVMinimumChargePower_L2) !== undefined) { w.bits(0, 2); k = "EVMinimumChargePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 256; s = 9; continue; }
          if ((v = o.EVMinimumChargePower_L3) !== undefined) { w.bits(1, 2); k = "EVMinimumChargePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 512; s = 10; continue; }
          if ((v = o.EVPresentActivePower) !== undefined) { w.bits(2, 2); k = "EVPresentActivePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 1024; s = 11; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVMinimumChargePower_L2'", "EVMinimumChargePower_L2");
        case 9:
          if ((v = o.EVMinimumChargePower_L3) !== undefined) { w.bits(0, 2); k = "EVMinimumChargePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 512; s = 10; continue; }
          if ((v = o.EVPresentActivePower) !== undefined) { w.bits(1, 2); k = "EVPresentActivePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 1024; s = 11; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVMinimumChargePower_L3'", "EVMinimumChargePower_L3");
        case 10:
          if ((v = o.EVPresentActivePower) !== undefined) { w.bits(0, 1); k = "EVPresentActivePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 1024; s = 11; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVPresentActivePower'", "EVPresentActivePower");
        case 11:
          if ((v = o.EVPresentActivePower_L2) !== undefined) { w.bits(0, 2); k = "EVPresentActivePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 2048; s = 12; continue; }
          if ((v = o.EVPresentActivePower_L3) !== undefined) { w.bits(1, 2); k = "EVPresentActivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 4096; s = 13; continue; }
          if ((v = o.EVPresentReactivePower) !== undefined) { w.bits(2, 2); k = "EVPresentReactivePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 8192; s = 14; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVPresentActivePower_L2'", "EVPresentActivePower_L2");
        case 12:
          if ((v = o.EVPresentActivePower_L3) !== undefined) { w.bits(0, 2); k = "EVPresentActivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 4096; s = 13; continue; }
          if ((v = o.EVPresentReactivePower) !== undefined) { w.bits(1, 2); k = "EVPresentReactivePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 8192; s = 14; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVPresentActivePower_L3'", "EVPresentActivePower_L3");
        case 13:
          if ((v = o.EVPresentReactivePower) !== undefined) { w.bits(0, 1); k = "EVPresentReactivePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 8192; s = 14; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVPresentReactivePower'", "EVPresentReactivePower");
        case 14:
          if ((v = o.EVPresentReactivePower_L2) !== undefined) { w.bits(0, 2); k = "EVPresentReactivePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 16384; s = 15; continue; }
          if ((v = o.EVPresentReactivePower_L3) !== undefined) { w.bits(1, 2); k = "EVPresentReactivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 32768; s = 16; continue; }
          if ((v = o.EVMaximumDischargePower) !== undefined) { w.bits(2, 2); k = "EVMaximumDischargePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 65536; s = 17; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVPresentReactivePower_L2'", "EVPresentReactivePower_L2");
        case 15:
          if ((v = o.EVPresentReactivePower_L3) !== undefined) { w.bits(0, 2); k = "EVPresentReactivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 32768; s = 16; continue; }
          if ((v = o.EVMaximumDischargePower) !== undefined) { w.bits(1, 2); k = "EVMaximumDischargePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 65536; s = 17; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVPresentReactivePower_L3'", "EVPresentReactivePower_L3");
        case 16:
          if ((v = o.EVMaximumDischargePower) !== undefined) { w.bits(0, 1); k = "EVMaximumDischargePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 65536; s = 17; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVMaximumDischargePower'", "EVMaximumDischargePower");
        case 17:
          if ((v = o.EVMaximumDischargePower_L2) !== undefined) { w.bits(0, 2); k = "EVMaximumDischargePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 131072; s = 18; continue; }
          if ((v = o.EVMaximumDischargePower_L3) !== undefined) { w.bits(1, 2); k = "EVMaximumDischargePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 262144; s = 19; continue; }
          if ((v = o.EVMinimumDischargePower) !== undefined) { w.bits(2, 2); k = "EVMinimumDischargePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 524288; s = 20; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVMaximumDischargePower_L2'", "EVMaximumDischargePower_L2");
        case 18:
          if ((v = o.EVMaximumDischargePower_L3) !== undefined) { w.bits(0, 2); k = "EVMaximumDischargePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 262144; s = 19; continue; }
          if ((v = o.EVMinimumDischargePower) !== undefined) { w.bits(1, 2); k = "EVMinimumDischargePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 524288; s = 20; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVMaximumDischargePower_L3'", "EVMaximumDischargePower_L3");
        case 19:
          if ((v = o.EVMinimumDischargePower) !== undefined) { w.bits(0, 1); k = "EVMinimumDischargePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 524288; s = 20; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVMinimumDischargePower'", "EVMinimumDischargePower");
        case 20:
          if ((v = o.EVMinimumDischargePower_L2) !== undefined) { w.bits(0, 3); k = "EVMinimumDischargePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 1048576; s = 21; continue; }
          if ((v = o.EVMinimumDischargePower_L3) !== undefined) { w.bits(1, 3); k = "EVMinimumDischargePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 2097152; s = 22; continue; }
          if ((v = o.EVMaximumV2XEnergyRequest) !== undefined) { w.bits(2, 3); k = "EVMaximumV2XEnergyRequest"; ki = -1; e_RationalNumberType(w, v); n++; m += 4194304; s = 23; continue; }
          if ((v = o.EVMinimumV2XEnergyRequest) !== undefined) { w.bits(3, 3); k = "EVMinimumV2XEnergyRequest"; ki = -1; e_RationalNumberType(w, v); n++; m += 8388608; s = 24; continue; }
          w.bits(4, 3); break loop;
        case 21:
          if ((v = o.EVMinimumDischargePower_L3) !== undefined) { w.bits(0, 3); k = "EVMinimumDischargePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 2097152; s = 22; continue; }
          if ((v = o.EVMaximumV2XEnergyRequest) !== undefined) { w.bits(1, 3); k = "EVMaximumV2XEnergyRequest"; ki = -1; e_RationalNumberType(w, v); n++; m += 4194304; s = 23; continue; }
          if ((v = o.EVMinimumV2XEnergyRequest) !== undefined) { w.bits(2, 3); k = "EVMinimumV2XEnergyRequest"; ki = -1; e_RationalNumberType(w, v); n++; m += 8388608; s = 24; continue; }
          w.bits(3, 3); break loop;
        case 22:
          if ((v = o.EVMaximumV2XEnergyRequest) !== undefined) { w.bits(0, 2); k = "EVMaximumV2XEnergyRequest"; ki = -1; e_RationalNumberType(w, v); n++; m += 4194304; s = 23; continue; }
          if ((v = o.EVMinimumV2XEnergyRequest) !== undefined) { w.bits(1, 2); k = "EVMinimumV2XEnergyRequest"; ki = -1; e_RationalNumberType(w, v); n++; m += 8388608; s = 24; continue; }
          w.bits(2, 2); break loop;
        case 23:
          if ((v = o.EVMinimumV2XEnergyRequest) !== undefined) { w.bits(0, 2); k = "EVMinimumV2XEnergyRequest"; ki = -1; e_RationalNumberType(w, v); n++; m += 8388608; s = 24; continue; }
          w.bits(1, 2); break loop;
        case 24:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_BPT_Dynamic_AC_CLReqControlModeType, m);
}

function d_BPT_Dynamic_AC_CLResControlModeType(r: BitReader): ExiObject {
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
          case 3: if (r.chOrEmpty()) { v = r.uint(65535); r.expect0('EE of AckMaxDelay'); } else v = {}; o.AckMaxDelay = v; s = 4; continue;
          case 4: v = d_RationalNumberType(r); o.EVSETargetActivePower = v; s = 5; continue;
          default: return r.escape("BPT_Dynamic_AC_CLResControlModeType state 0");
        }
      case 1:
        switch (r.bits(3)) {
          case 0: if (r.chOrEmpty()) { v = r.nbit(7, 0, 100); r.expect0('EE of MinimumSOC'); } else v = {}; o.MinimumSOC = v; s = 2; continue;
          case 1: if (r.chOrEmpty()) { v = r.nbit(7, 0, 100); r.expect0('EE of TargetSOC'); } else v = {}; o.TargetSOC = v; s = 3; continue;
          case 2: if (r.chOrEmpty()) { v = r.uint(65535); r.expect0('EE of AckMaxDelay'); } else v = {}; o.AckMaxDelay = v; s = 4; continue;
          case 3: v = d_RationalNumberType(r); o.EVSETargetActivePower = v; s = 5; continue;
          default: return r.escape("BPT_Dynamic_AC_CLResControlModeType state 1");
        }
      case 2:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.nbit(7, 0, 100); r.expect0('EE of TargetSOC'); } else v = {}; o.TargetSOC = v; s = 3; continue;
          case 1: if (r.chOrEmpty()) { v = r.uint(65535); r.expect0('EE of AckMaxDelay'); } else v = {}; o.AckMaxDelay = v; s = 4; continue;
          case 2: v = d_RationalNumberType(r); o.EVSETargetActivePower = v; s = 5; continue;
          default: return r.escape("BPT_Dynamic_AC_CLResControlModeType state 2");
        }
      case 3:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.uint(65535); r.expect0('EE of AckMaxDelay'); } else v = {}; o.AckMaxDelay = v; s = 4; continue;
          case 1: v = d_RationalNumberType(r); o.EVSETargetActivePower = v; s = 5; continue;
          default: return r.escape("BPT_Dynamic_AC_CLResControlModeType state 3");
        }
      case 4:
        switch (r.bits(1)) {
          case 0: v = d_RationalNumberType(r); o.EVSETargetActivePower = v; s = 5; continue;
          default: return r.escape("BPT_Dynamic_AC_CLResControlModeType state 4");
        }
      case 5:
        switch (r.bits(4)) {
          case 0: v = d_RationalNumberType(r); o.EVSETargetActivePower_L2 = v; s = 6; continue;
          case 1: v = d_RationalNumberType(r); o.EVSETargetActivePower_L3 = v; s = 7; continue;
          case 2: v = d_RationalNumberType(r); o.EVSETargetReactivePower = v; s = 8; continue;
          case 3: v = d_RationalNumberType(r); o.EVSETargetReactivePower_L2 = v; s = 9; continue;
          case 4: v = d_RationalNumberType(r); o.EVSETargetReactivePower_L3 = v; s = 10; continue;
          case 5: v = d_RationalNumberType(r); o.EVSEPresentActivePower = v; s = 11; continue;
          case 6: v = d_RationalNumberType(r); o.EVSEPresentActivePower_L2 = v; s = 12; continue;
          case 7: v = d_RationalNumberType(r); o.EVSEPresentActivePower_L3 = v; s = 13; continue;
          case 8: return o;
          default: return r.escape("BPT_Dynamic_AC_CLResControlModeType state 5");
        }
      case 6:
        switch (r.bits(4)) {
          case 0: v = d_RationalNumberType(r); o.EVSETargetActivePower_L3 = v; s = 7; continue;
          case 1: v = d_RationalNumberType(r); o.EVSETargetReactivePower = v; s = 8; continue;
          case 2: v = d_RationalNumberType(r); o.EVSETargetReactivePower_L2 = v; s = 9; continue;
          case 3: v = d_RationalNumberType(r); o.EVSETargetReactivePower_L3 = v; s = 10; continue;
          case 4: v = d_RationalNumberType(r); o.EVSEPresentActivePower = v; s = 11; continue;
          case 5: v = d_RationalNumberType(r); o.EVSEPresentActivePower_L2 = v; s = 12; continue;
          case 6: v = d_RationalNumberType(r); o.EVSEPresentActivePower_L3 = v; s = 13; continue;
          case 7: return o;
          default: return r.escape("BPT_Dynamic_AC_CLResControlModeType state 6");
        }
      case 7:
        switch (r.bits(3)) {
          case 0: v = d_RationalNumberType(r); o.EVSETargetReactivePower = v; s = 8; continue;
          case 1: v = d_RationalNumberType(r); o.EVSETargetReactivePower_L2 = v; s = 9; continue;
          case 2: v = d_RationalNumberType(r); o.EVSETargetReactivePower_L3 = v; s = 10; continue;
          case 3: v = d_RationalNumberType(r); o.EVSEPresentActivePower = v; s = 11; continue;
          case 4: v = d_RationalNumberType(r); o.EVSEPresentActivePower_L2 = v; s = 12; continue;
          case 5: v = d_RationalNumberType(r); o.EVSEPresentActivePower_L3 = v; s = 13; continue;
          case 6: return o;
          default: return r.escape("BPT_Dynamic_AC_CLResControlModeType state 7");
        }
      case 8:
        switch (r.bits(3)) {
          case 0: v = d_RationalNumberType(r); o.EVSETargetReactivePower_L2 = v; s = 9; continue;
          case 1: v = d_RationalNumberType(r); o.EVSETargetReactivePower_L3 = v; s = 10; continue;
          case 2: v = d_RationalNumberType(r); o.EVSEPresentActivePower = v; s = 11; continue;
          case 3: v = d_RationalNumberType(r); o.EVSEPresentActivePower_L2 = v; s = 12; continue;
          case 4: v = d_RationalNumberType(r); o.EVSEPresentActivePower_L3 = v; s = 13; continue;
          case 5: return o;
          default: return r.escape("BPT_Dynamic_AC_CLResControlModeType state 8");
        }
      case 9:
        switch (r.bits(3)) {
          case 0: v = d_RationalNumberType(r); o.EVSETargetReactivePower_L3 = v; s = 10; continue;
          case 1: v = d_RationalNumberType(r); o.EVSEPresentActivePower = v; s = 11; continue;
          case 2: v = d_RationalNumberType(r); o.EVSEPresentActivePower_L2 = v; s = 12; continue;
          case 3: v = d_RationalNumberType(r); o.EVSEPresentActivePower_L3 = v; s = 13; continue;
          case 4: return o;
          default: return r.escape("BPT_Dynamic_AC_CLResControlModeType state 9");
        }
      case 10:
        switch (r.bits(3)) {
          case 0: v = d_RationalNumberType(r); o.EVSEPresentActivePower = v; s = 11; continue;
          case 1: v = d_RationalNumberType(r); o.EVSEPresentActivePower_L2 = v; s = 12; continue;
          case 2: v = d_RationalNumberType(r); o.EVSEPresentActivePower_L3 = v; s = 13; continue;
          case 3: return o;
          default: return r.escape("BPT_Dynamic_AC_CLResControlModeType state 10");
        }
      case 11:
        switch (r.bits(2)) {
          case 0: v = d_RationalNumberType(r); o.EVSEPresentActivePower_L2 = v; s = 12; continue;
          case 1: v = d_RationalNumberType(r); o.EVSEPresentActivePower_L3 = v; s = 13; continue;
          case 2: return o;
          default: return r.escape("BPT_Dynamic_AC_CLResControlModeType state 11");
        }
      case 12:
        switch (r.bits(2)) {
          case 0: v = d_RationalNumberType(r); o.EVSEPresentActivePower_L3 = v; s = 13; continue;
          case 1: return o;
          default: return r.escape("BPT_Dynamic_AC_CLResControlModeType state 12");
        }
      case 13:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("BPT_Dynamic_AC_CLResControlModeType state 13");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const P_BPT_Dynamic_AC_CLResControlModeType_5: ReadonlyMap<string, number> = new Map([["EVSETargetActivePower_L2",0],["EVSETargetActivePower_L3",1],["EVSETargetReactivePower",2],["EVSETargetReactivePower_L2",3],["EVSETargetReactivePower_L3",4],["EVSEPresentActivePower",5],["EVSEPresentActivePower_L2",6],["EVSEPresentActivePower_L3",7]]);
const K_BPT_Dynamic_AC_CLResControlModeType: readonly string[] = ["DepartureTime","MinimumSOC","TargetSOC","AckMaxDelay","EVSETargetActivePower","EVSETargetActivePower_L2","EVSETargetActivePower_L3","EVSETargetReactivePower","EVSETargetReactivePower_L2","EVSETargetReactivePower_L3","EVSEPresentActivePower","EVSEPresentActivePower_L2","EVSEPresentActivePower_L3"];
function e_BPT_Dynamic_AC_CLResControlModeType(w: BitWriter, x: unknown): void {
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
          if ((v = o.AckMaxDelay) !== undefined) { w.bits(3, 3); k = "AckMaxDelay"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.uint(v, 65535); w.bits(0, 1); } n++; m += 8; s = 4; continue; }
          if ((v = o.EVSETargetActivePower) !== undefined) { w.bits(4, 3); k = "EVSETargetActivePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 16; s = 5; continue; }
          k = ''; return encodeFail("missing mandatory element 'DepartureTime'", "DepartureTime");
        case 1:
          if ((v = o.MinimumSOC) !== undefined) { w.bits(0, 3); k = "MinimumSOC"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.nbit(v, 7, 0, 100); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          if ((v = o.TargetSOC) !== undefined) { w.bits(1, 3); k = "TargetSOC"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.nbit(v, 7, 0, 100); w.bits(0, 1); } n++; m += 4; s = 3; continue; }
          if ((v = o.AckMaxDelay) !== undefined) { w.bits(2, 3); k = "AckMaxDelay"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.uint(v, 65535); w.bits(0, 1); } n++; m += 8; s = 4; continue; }
          if ((v = o.EVSETargetActivePower) !== undefined) { w.bits(3, 3); k = "EVSETargetActivePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 16; s = 5; continue; }
          k = ''; return encodeFail("missing mandatory element 'MinimumSOC'", "MinimumSOC");
        case 2:
          if ((v = o.TargetSOC) !== undefined) { w.bits(0, 2); k = "TargetSOC"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.nbit(v, 7, 0, 100); w.bits(0, 1); } n++; m += 4; s = 3; continue; }
          if ((v = o.AckMaxDelay) !== undefined) { w.bits(1, 2); k = "AckMaxDelay"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.uint(v, 65535); w.bits(0, 1); } n++; m += 8; s = 4; continue; }
          if ((v = o.EVSETargetActivePower) !== undefined) { w.bits(2, 2); k = "EVSETargetActivePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 16; s = 5; continue; }
          k = ''; return encodeFail("missing mandatory element 'TargetSOC'", "TargetSOC");
        case 3:
          if ((v = o.AckMaxDelay) !== undefined) { w.bits(0, 2); k = "AckMaxDelay"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.uint(v, 65535); w.bits(0, 1); } n++; m += 8; s = 4; continue; }
          if ((v = o.EVSETargetActivePower) !== undefined) { w.bits(1, 2); k = "EVSETargetActivePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 16; s = 5; continue; }
          k = ''; return encodeFail("missing mandatory element 'AckMaxDelay'", "AckMaxDelay");
        case 4:
          if ((v = o.EVSETargetActivePower) !== undefined) { w.bits(0, 1); k = "EVSETargetActivePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 16; s = 5; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVSETargetActivePower'", "EVSETargetActivePower");
        case 5:
          switch (firstKey(o, P_BPT_Dynamic_AC_CLResControlModeType_5)) {
            case 0: v = o.EVSETargetActivePower_L2; { w.bits(0, 4); k = "EVSETargetActivePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 32; s = 6; continue; }
            case 1: v = o.EVSETargetActivePower_L3; { w.bits(1, 4); k = "EVSETargetActivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 64; s = 7; continue; }
            case 2: v = o.EVSETargetReactivePower; { w.bits(2, 4); k = "EVSETargetReactivePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 128; s = 8; continue; }
            case 3: v = o.EVSETargetReactivePower_L2; { w.bits(3, 4); k = "EVSETargetReactivePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 256; s = 9; continue; }
            case 4: v = o.EVSETargetReactivePower_L3; { w.bits(4, 4); k = "EVSETargetReactivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 512; s = 10; continue; }
            case 5: v = o.EVSEPresentActivePower; { w.bits(5, 4); k = "EVSEPresentActivePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 1024; s = 11; continue; }
            case 6: v = o.EVSEPresentActivePower_L2; { w.bits(6, 4); k = "EVSEPresentActivePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 2048; s = 12; continue; }
            case 7: v = o.EVSEPresentActivePower_L3; { w.bits(7, 4); k = "EVSEPresentActivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 4096; s = 13; continue; }
          }
          w.bits(8, 4); break loop;
        case 6:
          if ((v = o.EVSETargetActivePower_L3) !== undefined) { w.bits(0, 4); k = "EVSETargetActivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 64; s = 7; continue; }
          if ((v = o.EVSETargetReactivePower) !== undefined) { w.bits(1, 4); k = "EVSETargetReactivePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 128; s = 8; continue; }
          if ((v = o.EVSETargetReactivePower_L2) !== undefined) { w.bits(2, 4); k = "EVSETargetReactivePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 256; s = 9; continue; }
          if ((v = o.EVSETargetReactivePower_L3) !== undefined) { w.bits(3, 4); k = "EVSETargetReactivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 512; s = 10; continue; }
          if ((v = o.EVSEPresentActivePower) !== undefined) { w.bits(4, 4); k = "EVSEPresentActivePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 1024; s = 11; continue; }
          if ((v = o.EVSEPresentActivePower_L2) !== undefined) { w.bits(5, 4); k = "EVSEPresentActivePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 2048; s = 12; continue; }
          if ((v = o.EVSEPresentActivePower_L3) !== undefined) { w.bits(6, 4); k = "EVSEPresentActivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 4096; s = 13; continue; }
          w.bits(7, 4); break loop;
        case 7:
          if ((v = o.EVSETargetReactivePower) !== undefined) { w.bits(0, 3); k = "EVSETargetReactivePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 128; s = 8; continue; }
          if ((v = o.EVSETargetReactivePower_L2) !== undefined) { w.bits(1, 3); k = "EVSETargetReactivePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 256; s = 9; continue; }
          if ((v = o.EVSETargetReactivePower_L3) !== undefined) { w.bits(2, 3); k = "EVSETargetReactivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 512; s = 10; continue; }
          if ((v = o.EVSEPresentActivePower) !== undefined) { w.bits(3, 3); k = "EVSEPresentActivePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 1024; s = 11; continue; }
          if ((v = o.EVSEPresentActivePower_L2) !== undefined) { w.bits(4, 3); k = "EVSEPresentActivePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 2048; s = 12; continue; }
          if ((v = o.EVSEPresentActivePower_L3) !== undefined) { w.bits(5, 3); k = "EVSEPresentActivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 4096; s = 13; continue; }
          w.bits(6, 3); break loop;
        case 8:
          if ((v = o.EVSETargetReactivePower_L2) !== undefined) { w.bits(0, 3); k = "EVSETargetReactivePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 256; s = 9; continue; }
          if ((v = o.EVSETargetReactivePower_L3) !== undefined) { w.bits(1, 3); k = "EVSETargetReactivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 512; s = 10; continue; }
          if ((v = o.EVSEPresentActivePower) !== undefined) { w.bits(2, 3); k = "EVSEPresentActivePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 1024; s = 11; continue; }
          if ((v = o.EVSEPresentActivePower_L2) !== undefined) { w.bits(3, 3); k = "EVSEPresentActivePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 2048; s = 12; continue; }
          if ((v = o.EVSEPresentActivePower_L3) !== undefined) { w.bits(4, 3); k = "EVSEPresentActivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 4096; s = 13; continue; }
          w.bits(5, 3); break loop;
        case 9:
          if ((v = o.EVSETargetReactivePower_L3) !== undefined) { w.bits(0, 3); k = "EVSETargetReactivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 512; s = 10; continue; }
          if ((v = o.EVSEPresentActivePower) !== undefined) { w.bits(1, 3); k = "EVSEPresentActivePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 1024; s = 11; continue; }
          if ((v = o.EVSEPresentActivePower_L2) !== undefined) { w.bits(2, 3); k = "EVSEPresentActivePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 2048; s = 12; continue; }
          if ((v = o.EVSEPresentActivePower_L3) !== undefined) { w.bits(3, 3); k = "EVSEPresentActivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 4096; s = 13; continue; }
          w.bits(4, 3); break loop;
        case 10:
          if ((v = o.EVSEPresentActivePower) !== undefined) { w.bits(0, 3); k = "EVSEPresentActivePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 1024; s = 11; continue; }
          if ((v = o.EVSEPresentActivePower_L2) !== undefined) { w.bits(1, 3); k = "EVSEPresentActivePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 2048; s = 12; continue; }
          if ((v = o.EVSEPresentActivePower_L3) !== undefined) { w.bits(2, 3); k = "EVSEPresentActivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 4096; s = 13; continue; }
          w.bits(3, 3); break loop;
        case 11:
          if ((v = o.EVSEPresentActivePower_L2) !== undefined) { w.bits(0, 2); k = "EVSEPresentActivePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 2048; s = 12; continue; }
          if ((v = o.EVSEPresentActivePower_L3) !== undefined) { w.bits(1, 2); k = "EVSEPresentActivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 4096; s = 13; continue; }
          w.bits(2, 2); break loop;
        case 12:
          if ((v = o.EVSEPresentActivePower_L3) !== undefined) { w.bits(0, 2); k = "EVSEPresentActivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 4096; s = 13; continue; }
          w.bits(1, 2); break loop;
        case 13:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_BPT_Dynamic_AC_CLResControlModeType, m);
}

function d_BPT_Scheduled_AC_CLReqControlModeType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(4)) {
          case 0: v = d_RationalNumberType(r); o.EVTargetEnergyRequest = v; s = 1; continue;
          case 1: v = d_RationalNumberType(r); o.EVMaximumEnergyRequest = v; s = 2; continue;
          case 2: v = d_RationalNumberType(r); o.EVMinimumEnergyRequest = v; s = 3; continue;
          case 3: v = d_RationalNumberType(r); o.EVMaximumChargePower = v; s = 4; continue;
          case 4: v = d_RationalNumberType(r); o.EVMaximumChargePower_L2 = v; s = 5; continue;
          case 5: v = d_RationalNumberType(r); o.EVMaximumChargePower_L3 = v; s = 6; continue;
          case 6: v = d_RationalNumberType(r); o.EVMinimumChargePower = v; s = 7; continue;
          case 7: v = d_RationalNumberType(r); o.EVMinimumChargePower_L2 = v; s = 8; continue;
          case 8: v = d_RationalNumberType(r); o.EVMinimumChargePower_L3 = v; s = 9; continue;
          case 9: v = d_RationalNumberType(r); o.EVPresentActivePower = v; s = 10; continue;
          default: return r.escape("BPT_Scheduled_AC_CLReqControlModeType state 0");
        }
      case 1:
        switch (r.bits(4)) {
          case 0: v = d_RationalNumberType(r); o.EVMaximumEnergyRequest = v; s = 2; continue;
          case 1: v = d_RationalNumberType(r); o.EVMinimumEnergyRequest = v; s = 3; continue;
          case 2: v = d_RationalNumberType(r); o.EVMaximumChargePower = v; s = 4; continue;
          case 3: v = d_RationalNumberType(r); o.EVMaximumChargePower_L2 = v; s = 5; continue;
          case 4: v = d_RationalNumberType(r); o.EVMaximumChargePower_L3 = v; s = 6; continue;
          case 5: v = d_RationalNumberType(r); o.EVMinimumChargePower = v; s = 7; continue;
          case 6: v = d_RationalNumberType(r); o.EVMinimumChargePower_L2 = v; s = 8; continue;
          case 7: v = d_RationalNumberType(r); o.EVMinimumChargePower_L3 = v; s = 9; continue;
          case 8: v = d_RationalNumberType(r); o.EVPresentActivePower = v; s = 10; continue;
          default: return r.escape("BPT_Scheduled_AC_CLReqControlModeType state 1");
        }
      case 2:
        switch (r.bits(4)) {
          case 0: v = d_RationalNumberType(r); o.EVMinimumEnergyRequest = v; s = 3; continue;
          case 1: v = d_RationalNumberType(r); o.EVMaximumChargePower = v; s = 4; continue;
          case 2: v = d_RationalNumberType(r); o.EVMaximumChargePower_L2 = v; s = 5; continue;
          case 3: v = d_RationalNumberType(r); o.EVMaximumChargePower_L3 = v; s = 6; continue;
          case 4: v = d_RationalNumberType(r); o.EVMinimumChargePower = v; s = 7; continue;
          case 5: v = d_RationalNumberType(r); o.EVMinimumChargePower_L2 = v; s = 8; continue;
          case 6: v = d_RationalNumberType(r); o.EVMinimumChargePower_L3 = v; s = 9; continue;
          case 7: v = d_RationalNumberType(r); o.EVPresentActivePower = v; s = 10; continue;
          default: return r.escape("BPT_Scheduled_AC_CLReqControlModeType state 2");
        }
      case 3:
        switch (r.bits(3)) {
          case 0: v = d_RationalNumberType(r); o.EVMaximumChargePower = v; s = 4; continue;
          case 1: v = d_RationalNumberType(r); o.EVMaximumChargePower_L2 = v; s = 5; continue;
          case 2: v = d_RationalNumberType(r); o.EVMaximumChargePower_L3 = v; s = 6; continue;
          case 3: v = d_RationalNumberType(r); o.EVMinimumChargePower = v; s = 7; continue;
          case 4: v = d_RationalNumberType(r); o.EVMinimumChargePower_L2 = v; s = 8; continue;
          case 5: v = d_RationalNumberType(r); o.EVMinimumChargePower_L3 = v; s = 9; continue;
          case 6: v = d_RationalNumberType(r); o.EVPresentActivePower = v; s = 10; continue;
          default: return r.escape("BPT_Scheduled_AC_CLReqControlModeType state 3");
        }
      case 4:
        switch (r.bits(3)) {
          case 0: v = d_RationalNumberType(r); o.EVMaximumChargePower_L2 = v; s = 5; continue;
          case 1: v = d_RationalNumberType(r); o.EVMaximumChargePower_L3 = v; s = 6; continue;
          case 2: v = d_RationalNumberType(r); o.EVMinimumChargePower = v; s = 7; continue;
          case 3: v = d_RationalNumberType(r); o.EVMinimumChargePower_L2 = v; s = 8; continue;
          case 4: v = d_RationalNumberType(r); o.EVMinimumChargePower_L3 = v; s = 9; continue;
          case 5: v = d_RationalNumberType(r); o.EVPresentActivePower = v; s = 10; continue;
          default: return r.escape("BPT_Scheduled_AC_CLReqControlModeType state 4");
        }
      case 5:
        switch (r.bits(3)) {
          case 0: v = d_RationalNumberType(r); o.EVMaximumChargePower_L3 = v; s = 6; continue;
          case 1: v = d_RationalNumberType(r); o.EVMinimumChargePower = v; s = 7; continue;
          case 2: v = d_RationalNumberType(r); o.EVMinimumChargePower_L2 = v; s = 8; continue;
          case 3: v = d_RationalNumberType(r); o.EVMinimumChargePower_L3 = v; s = 9; continue;
          case 4: v = d_RationalNumberType(r); o.EVPresentActivePower = v; s = 10; continue;
          default: return r.escape("BPT_Scheduled_AC_CLReqControlModeType state 5");
        }
      case 6:
        switch (r.bits(3)) {
          case 0: v = d_RationalNumberType(r); o.EVMinimumChargePower = v; s = 7; continue;
          case 1: v = d_RationalNumberType(r); o.EVMinimumChargePower_L2 = v; s = 8; continue;
          case 2: v = d_RationalNumberType(r); o.EVMinimumChargePower_L3 = v; s = 9; continue;
          case 3: v = d_RationalNumberType(r); o.EVPresentActivePower = v; s = 10; continue;
          default: return r.escape("BPT_Scheduled_AC_CLReqControlModeType state 6");
        }
      case 7:
        switch (r.bits(2)) {
          case 0: v = d_RationalNumberType(r); o.EVMinimumChargePower_L2 = v; s = 8; continue;
          case 1: v = d_RationalNumberType(r); o.EVMinimumChargePower_L3 = v; s = 9; continue;
          case 2: v = d_RationalNumberType(r); o.EVPresentActivePower = v; s = 10; continue;
          default: return r.escape("BPT_Scheduled_AC_CLReqControlModeType state 7");
        }
      case 8:
        switch (r.bits(2)) {
          case 0: v = d_RationalNumberType(r); o.EVMinimumChargePower_L3 = v; s = 9; continue;
          case 1: v = d_RationalNumberType(r); o.EVPresentActivePower = v; s = 10; continue;
          default: return r.escape("BPT_Scheduled_AC_CLReqControlModeType state 8");
        }
      case 9:
        switch (r.bits(1)) {
          case 0: v = d_RationalNumberType(r); o.EVPresentActivePower = v; s = 10; continue;
          default: return r.escape("BPT_Scheduled_AC_CLReqControlModeType state 9");
        }
      case 10:
        switch (r.bits(4)) {
          case 0: v = d_RationalNumberType(r); o.EVPresentActivePower_L2 = v; s = 11; continue;
          case 1: v = d_RationalNumberType(r); o.EVPresentActivePower_L3 = v; s = 12; continue;
          case 2: v = d_RationalNumberType(r); o.EVPresentReactivePower = v; s = 13; continue;
          case 3: v = d_RationalNumberType(r); o.EVPresentReactivePower_L2 = v; s = 14; continue;
          case 4: v = d_RationalNumberType(r); o.EVPresentReactivePower_L3 = v; s = 15; continue;
          case 5: v = d_RationalNumberType(r); o.EVMaximumDischargePower = v; s = 16; continue;
          case 6: v = d_RationalNumberType(r); o.EVMaximumDischargePower_L2 = v; s = 17; continue;
          case 7: v = d_RationalNumberType(r); o.EVMaximumDischargePower_L3 = v; s = 18; continue;
          case 8: v = d_RationalNumberType(r); o.EVMinimumDischargePower = v; s = 19; continue;
          case 9: v = d_RationalNumberType(r); o.EVMinimumDischargePower_L2 = v; s = 20; continue;
          case 10: v = d_RationalNumberType(r); o.EVMinimumDischargePower_L3 = v; s = 21; continue;
          case 11: return o;
          default: return r.escape("BPT_Scheduled_AC_CLReqControlModeType state 10");
        }
      case 11:
        switch (r.bits(4)) {
          case 0: v = d_RationalNumberType(r); o.EVPresentActivePower_L3 = v; s = 12; continue;
          case 1: v = d_RationalNumberType(r); o.EVPresentReactivePower = v; s = 13; continue;
          case 2: v = d_RationalNumberType(r); o.EVPresentReactivePower_L2 = v; s = 14; continue;
          case 3: v = d_RationalNumberType(r); o.EVPresentReactivePower_L3 = v; s = 15; continue;
          case 4: v = d_RationalNumberType(r); o.EVMaximumDischargePower = v; s = 16; continue;
          case 5: v = d_RationalNumberType(r); o.EVMaximumDischargePower_L2 = v; s = 17; continue;
          case 6: v = d_RationalNumberType(r); o.EVMaximumDischargePower_L3 = v; s = 18; continue;
          case 7: v = d_RationalNumberType(r); o.EVMinimumDischargePower = v; s = 19; continue;
          case 8: v = d_RationalNumberType(r); o.EVMinimumDischargePower_L2 = v; s = 20; continue;
          case 9: v = d_RationalNumberType(r); o.EVMinimumDischargePower_L3 = v; s = 21; continue;
          case 10: return o;
          default: return r.escape("BPT_Scheduled_AC_CLReqControlModeType state 11");
        }
      case 12:
        switch (r.bits(4)) {
          case 0: v = d_RationalNumberType(r); o.EVPresentReactivePower = v; s = 13; continue;
          case 1: v = d_RationalNumberType(r); o.EVPresentReactivePower_L2 = v; s = 14; continue;
          case 2: v = d_RationalNumberType(r); o.EVPresentReactivePower_L3 = v; s = 15; continue;
          case 3: v = d_RationalNumberType(r); o.EVMaximumDischargePower = v; s = 16; continue;
          case 4: v = d_RationalNumberType(r); o.EVMaximumDischargePower_L2 = v; s = 17; continue;
          case 5: v = d_RationalNumberType(r); o.EVMaximumDischargePower_L3 = v; s = 18; continue;
          case 6: v = d_RationalNumberType(r); o.EVMinimumDischargePower = v; s = 19; continue;
          case 7: v = d_RationalNumberType(r); o.EVMinimumDischargePower_L2 = v; s = 20; continue;
          case 8: v = d_RationalNumberType(r); o.EVMinimumDischargePower_L3 = v; s = 21; continue;
          case 9: return o;
          default: return r.escape("BPT_Scheduled_AC_CLReqControlModeType state 12");
        }
      case 13:
        switch (r.bits(4)) {
          case 0: v = d_RationalNumberType(r); o.EVPresentReactivePower_L2 = v; s = 14; continue;
          case 1: v = d_RationalNumberType(r); o.EVPresentReactivePower_L3 = v; s = 15; continue;
          case 2: v = d_RationalNumberType(r); o.EVMaximumDischargePower = v; s = 16; continue;
          case 3: v = d_RationalNumberType(r); o.EVMaximumDischargePower_L2 = v; s = 17; continue;
          case 4: v = d_RationalNumberType(r); o.EVMaximumDischargePower_L3 = v; s = 18; continue;
          case 5: v = d_RationalNumberType(r); o.EVMinimumDischargePower = v; s = 19; continue;
          case 6: v = d_RationalNumberType(r); o.EVMinimumDischargePower_L2 = v; s = 20; continue;
          case 7: v = d_RationalNumberType(r); o.EVMinimumDischargePower_L3 = v; s = 21; continue;
          case 8: return o;
          default: return r.escape("BPT_Scheduled_AC_CLReqControlModeType state 13");
        }
      case 14:
        switch (r.bits(4)) {
          case 0: v = d_RationalNumberType(r); o.EVPresentReactivePower_L3 = v; s = 15; continue;
          case 1: v = d_RationalNumberType(r); o.EVMaximumDischargePower = v; s = 16; continue;
          case 2: v = d_RationalNumberType(r); o.EVMaximumDischargePower_L2 = v; s = 17; continue;
          case 3: v = d_RationalNumberType(r); o.EVMaximumDischargePower_L3 = v; s = 18; continue;
          case 4: v = d_RationalNumberType(r); o.EVMinimumDischargePower = v; s = 19; continue;
          case 5: v = d_RationalNumberType(r); o.EVMinimumDischargePower_L2 = v; s = 20; continue;
          case 6: v = d_RationalNumberType(r); o.EVMinimumDischargePower_L3 = v; s = 21; continue;
          case 7: return o;
          default: return r.escape("BPT_Scheduled_AC_CLReqControlModeType state 14");
        }
      case 15:
        switch (r.bits(3)) {
          case 0: v = d_RationalNumberType(r); o.EVMaximumDischargePower = v; s = 16; continue;
          case 1: v = d_RationalNumberType(r); o.EVMaximumDischargePower_L2 = v; s = 17; continue;
          case 2: v = d_RationalNumberType(r); o.EVMaximumDischargePower_L3 = v; s = 18; continue;
          case 3: v = d_RationalNumberType(r); o.EVMinimumDischargePower = v; s = 19; continue;
          case 4: v = d_RationalNumberType(r); o.EVMinimumDischargePower_L2 = v; s = 20; continue;
          case 5: v = d_RationalNumberType(r); o.EVMinimumDischargePower_L3 = v; s = 21; continue;
          case 6: return o;
          default: return r.escape("BPT_Scheduled_AC_CLReqControlModeType state 15");
        }
      case 16:
        switch (r.bits(3)) {
          case 0: v = d_RationalNumberType(r); o.EVMaximumDischargePower_L2 = v; s = 17; continue;
          case 1: v = d_RationalNumberType(r); o.EVMaximumDischargePower_L3 = v; s = 18; continue;
          case 2: v = d_RationalNumberType(r); o.EVMinimumDischargePower = v; s = 19; continue;
          case 3: v = d_RationalNumberType(r); o.EVMinimumDischargePower_L2 = v; s = 20; continue;
          case 4: v = d_RationalNumberType(r); o.EVMinimumDischargePower_L3 = v; s = 21; continue;
          case 5: return o;
          default: return r.escape("BPT_Scheduled_AC_CLReqControlModeType state 16");
        }
      case 17:
        switch (r.bits(3)) {
          case 0: v = d_RationalNumberType(r); o.EVMaximumDischargePower_L3 = v; s = 18; continue;
          case 1: v = d_RationalNumberType(r); o.EVMinimumDischargePower = v; s = 19; continue;
          case 2: v = d_RationalNumberType(r); o.EVMinimumDischargePower_L2 = v; s = 20; continue;
          case 3: v = d_RationalNumberType(r); o.EVMinimumDischargePower_L3 = v; s = 21; continue;
          case 4: return o;
          default: return r.escape("BPT_Scheduled_AC_CLReqControlModeType state 17");
        }
      case 18:
        switch (r.bits(3)) {
          case 0: v = d_RationalNumberType(r); o.EVMinimumDischargePower = v; s = 19; continue;
          case 1: v = d_RationalNumberType(r); o.EVMinimumDischargePower_L2 = v; s = 20; continue;
          case 2: v = d_RationalNumberType(r); o.EVMinimumDischargePower_L3 = v; s = 21; continue;
          case 3: return o;
          default: return r.escape("BPT_Scheduled_AC_CLReqControlModeType state 18");
        }
      case 19:
        switch (r.bits(2)) {
          case 0: v = d_RationalNumberType(r); o.EVMinimumDischargePower_L2 = v; s = 20; continue;
          case 1: v = d_RationalNumberType(r); o.EVMinimumDischargePower_L3 = v; s = 21; continue;
          case 2: return o;
          default: return r.escape("BPT_Scheduled_AC_CLReqControlModeType state 19");
        }
      case 20:
        switch (r.bits(2)) {
          case 0: v = d_RationalNumberType(r); o.EVMinimumDischargePower_L3 = v; s = 21; continue;
          case 1: return o;
          default: return r.escape("BPT_Scheduled_AC_CLReqControlModeType state 20");
        }
      case 21:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("BPT_Scheduled_AC_CLReqControlModeType state 21");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const P_BPT_Scheduled_AC_CLReqControlModeType_0: ReadonlyMap<string, number> = new Map([["EVTargetEnergyRequest",0],["EVMaximumEnergyRequest",1],["EVMinimumEnergyRequest",2],["EVMaximumChargePower",3],["EVMaximumChargePower_L2",4],["EVMaximumChargePower_L3",5],["EVMinimumChargePower",6],["EVMinimumChargePower_L2",7],["EVMinimumChargePower_L3",8],["EVPresentActivePower",9]]);
const P_BPT_Scheduled_AC_CLReqControlModeType_1: ReadonlyMap<string, number> = new Map([["EVMaximumEnergyRequest",0],["EVMinimumEnergyRequest",1],["EVMaximumChargePower",2],["EVMaximumChargePower_L2",3],["EVMaximumChargePower_L3",4],["EVMinimumChargePower",5],["EVMinimumChargePower_L2",6],["EVMinimumChargePower_L3",7],["EVPresentActivePower",8]]);
const P_BPT_Scheduled_AC_CLReqControlModeType_2: ReadonlyMap<string, number> = new Map([["EVMinimumEnergyRequest",0],["EVMaximumChargePower",1],["EVMaximumChargePower_L2",2],["EVMaximumChargePower_L3",3],["EVMinimumChargePower",4],["EVMinimumChargePower_L2",5],["EVMinimumChargePower_L3",6],["EVPresentActivePower",7]]);
const P_BPT_Scheduled_AC_CLReqControlModeType_10: ReadonlyMap<string, number> = new Map([["EVPresentActivePower_L2",0],["EVPresentActivePower_L3",1],["EVPresentReactivePower",2],["EVPresentReactivePower_L2",3],["EVPresentReactivePower_L3",4],["EVMaximumDischargePower",5],["EVMaximumDischargePower_L2",6],["EVMaximumDischargePower_L3",7],["EVMinimumDischargePower",8],["EVMinimumDischargePower_L2",9],["EVMinimumDischargePower_L3",10]]);
const P_BPT_Scheduled_AC_CLReqControlModeType_11: ReadonlyMap<string, number> = new Map([["EVPresentActivePower_L3",0],["EVPresentReactivePower",1],["EVPresentReactivePower_L2",2],["EVPresentReactivePower_L3",3],["EVMaximumDischargePower",4],["EVMaximumDischargePower_L2",5],["EVMaximumDischargePower_L3",6],["EVMinimumDischargePower",7],["EVMinimumDischargePower_L2",8],["EVMinimumDischargePower_L3",9]]);
const P_BPT_Scheduled_AC_CLReqControlModeType_12: ReadonlyMap<string, number> = new Map([["EVPresentReactivePower",0],["EVPresentReactivePower_L2",1],["EVPresentReactivePower_L3",2],["EVMaximumDischargePower",3],["EVMaximumDischargePower_L2",4],["EVMaximumDischargePower_L3",5],["EVMinimumDischargePower",6],["EVMinimumDischargePower_L2",7],["EVMinimumDischargePower_L3",8]]);
const P_BPT_Scheduled_AC_CLReqControlModeType_13: ReadonlyMap<string, number> = new Map([["EVPresentReactivePower_L2",0],["EVPresentReactivePower_L3",1],["EVMaximumDischargePower",2],["EVMaximumDischargePower_L2",3],["EVMaximumDischargePower_L3",4],["EVMinimumDischargePower",5],["EVMinimumDischargePower_L2",6],["EVMinimumDischargePower_L3",7]]);
const K_BPT_Scheduled_AC_CLReqControlModeType: readonly string[] = ["EVTargetEnergyRequest","EVMaximumEnergyRequest","EVMinimumEnergyRequest","EVMaximumChargePower","EVMaximumChargePower_L2","EVMaximumChargePower_L3","EVMinimumChargePower","EVMinimumChargePower_L2","EVMinimumChargePower_L3","EVPresentActivePower","EVPresentActivePower_L2","EVPresentActivePower_L3","EVPresentReactivePower","EVPresentReactivePower_L2","EVPresentReactivePower_L3","EVMaximumDischargePower","EVMaximumDischargePower_L2","EVMaximumDischargePower_L3","EVMinimumDischargePower","EVMinimumDischargePower_L2","EVMinimumDischargePower_L3"];
function e_BPT_Scheduled_AC_CLReqControlModeType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          switch (firstKey(o, P_BPT_Scheduled_AC_CLReqControlModeType_0)) {
            case 0: v = o.EVTargetEnergyRequest; { w.bits(0, 4); k = "EVTargetEnergyRequest"; ki = -1; e_RationalNumberType(w, v); n++; m += 1; s = 1; continue; }
            case 1: v = o.EVMaximumEnergyRequest; { w.bits(1, 4); k = "EVMaximumEnergyRequest"; ki = -1; e_RationalNumberType(w, v); n++; m += 2; s = 2; continue; }
            case 2: v = o.EVMinimumEnergyRequest; { w.bits(2, 4); k = "EVMinimumEnergyRequest"; ki = -1; e_RationalNumberType(w, v); n++; m += 4; s = 3; continue; }
            case 3: v = o.EVMaximumChargePower; { w.bits(3, 4); k = "EVMaximumChargePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 8; s = 4; continue; }
            case 4: v = o.EVMaximumChargePower_L2; { w.bits(4, 4); k = "EVMaximumChargePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 16; s = 5; continue; }
            case 5: v = o.EVMaximumChargePower_L3; { w.bits(5, 4); k = "EVMaximumChargePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 32; s = 6; continue; }
            case 6: v = o.EVMinimumChargePower; { w.bits(6, 4); k = "EVMinimumChargePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 64; s = 7; continue; }
            case 7: v = o.EVMinimumChargePower_L2; { w.bits(7, 4); k = "EVMinimumChargePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 128; s = 8; continue; }
            case 8: v = o.EVMinimumChargePower_L3; { w.bits(8, 4); k = "EVMinimumChargePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 256; s = 9; continue; }
            case 9: v = o.EVPresentActivePower; { w.bits(9, 4); k = "EVPresentActivePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 512; s = 10; continue; }
          }
          k = ''; return encodeFail("missing mandatory element 'EVTargetEnergyRequest'", "EVTargetEnergyRequest");
        case 1:
          switch (firstKey(o, P_BPT_Scheduled_AC_CLReqControlModeType_1)) {
            case 0: v = o.EVMaximumEnergyRequest; { w.bits(0, 4); k = "EVMaximumEnergyRequest"; ki = -1; e_RationalNumberType(w, v); n++; m += 2; s = 2; continue; }
            case 1: v = o.EVMinimumEnergyRequest; { w.bits(1, 4); k = "EVMinimumEnergyRequest"; ki = -1; e_RationalNumberType(w, v); n++; m += 4; s = 3; continue; }
            case 2: v = o.EVMaximumChargePower; { w.bits(2, 4); k = "EVMaximumChargePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 8; s = 4; continue; }
            case 3: v = o.EVMaximumChargePower_L2; { w.bits(3, 4); k = "EVMaximumChargePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 16; s = 5; continue; }
            case 4: v = o.EVMaximumChargePower_L3; { w.bits(4, 4); k = "EVMaximumChargePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 32; s = 6; continue; }
            case 5: v = o.EVMinimumChargePower; { w.bits(5, 4); k = "EVMinimumChargePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 64; s = 7; continue; }
            case 6: v = o.EVMinimumChargePower_L2; { w.bits(6, 4); k = "EVMinimumChargePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 128; s = 8; continue; }
            case 7: v = o.EVMinimumChargePower_L3; { w.bits(7, 4); k = "EVMinimumChargePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 256; s = 9; continue; }
            case 8: v = o.EVPresentActivePower; { w.bits(8, 4); k = "EVPresentActivePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 512; s = 10; continue; }
          }
          k = ''; return encodeFail("missing mandatory element 'EVMaximumEnergyRequest'", "EVMaximumEnergyRequest");
        case 2:
          switch (firstKey(o, P_BPT_Scheduled_AC_CLReqControlModeType_2)) {
            case 0: v = o.EVMinimumEnergyRequest; { w.bits(0, 4); k = "EVMinimumEnergyRequest"; ki = -1; e_RationalNumberType(w, v); n++; m += 4; s = 3; continue; }
            case 1: v = o.EVMaximumChargePower; { w.bits(1, 4); k = "EVMaximumChargePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 8; s = 4; continue; }
            case 2: v = o.EVMaximumChargePower_L2; { w.bits(2, 4); k = "EVMaximumChargePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 16; s = 5; continue; }
            case 3: v = o.EVMaximumChargePower_L3; { w.bits(3, 4); k = "EVMaximumChargePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 32; s = 6; continue; }
            case 4: v = o.EVMinimumChargePower; { w.bits(4, 4); k = "EVMinimumChargePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 64; s = 7; continue; }
            case 5: v = o.EVMinimumChargePower_L2; { w.bits(5, 4); k = "EVMinimumChargePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 128; s = 8; continue; }
            case 6: v = o.EVMinimumChargePower_L3; { w.bits(6, 4); k = "EVMinimumChargePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 256; s = 9; continue; }
            case 7: v = o.EVPresentActivePower; { w.bits(7, 4); k = "EVPresentActivePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 512; s = 10; continue; }
          }
          k = ''; return encodeFail("missing mandatory element 'EVMinimumEnergyRequest'", "EVMinimumEnergyRequest");
        case 3:
          if ((v = o.EVMaximumChargePower) !== undefined) { w.bits(0, 3); k = "EVMaximumChargePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 8; s = 4; continue; }
          if ((v = o.EVMaximumChargePower_L2) !== undefined) { w.bits(1, 3); k = "EVMaximumChargePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 16; s = 5; continue; }
          if ((v = o.EVMaximumChargePower_L3) !== undefined) { w.bits(2, 3); k = "EVMaximumChargePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 32; s = 6; continue; }
          if ((v = o.EVMinimumChargePower) !== undefined) { w.bits(3, 3); k = "EVMinimumChargePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 64; s = 7; continue; }
          if ((v = o.EVMinimumChargePower_L2) !== undefined) { w.bits(4, 3); k = "EVMinimumChargePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 128; s = 8; continue; }
          if ((v = o.EVMinimumChargePower_L3) !== undefined) { w.bits(5, 3); k = "EVMinimumChargePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 256; s = 9; continue; }
          if ((v = o.EVPresentActivePower) !== undefined) { w.bits(6, 3); k = "EVPresentActivePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 512; s = 10; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVMaximumChargePower'", "EVMaximumChargePower");
        case 4:
          if ((v = o.EVMaximumChargePower_L2) !== undefined) { w.bits(0, 3); k = "EVMaximumChargePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 16; s = 5; continue; }
          if ((v = o.EVMaximumChargePower_L3) !== undefined) { w.bits(1, 3); k = "EVMaximumChargePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 32; s = 6; continue; }
          if ((v = o.EVMinimumChargePower) !== undefined) { w.bits(2, 3); k = "EVMinimumChargePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 64; s = 7; continue; }
          if ((v = o.EVMinimumChargePower_L2) !== undefined) { w.bits(3, 3); k = "EVMinimumChargePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 128; s = 8; continue; }
          if ((v = o.EVMinimumChargePower_L3) !== undefined) { w.bits(4, 3); k = "EVMinimumChargePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 256; s = 9; continue; }
          if ((v = o.EVPresentActivePower) !== undefined) { w.bits(5, 3); k = "EVPresentActivePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 512; s = 10; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVMaximumChargePower_L2'", "EVMaximumChargePower_L2");
        case 5:
          if ((v = o.EVMaximumChargePower_L3) !== undefined) { w.bits(0, 3); k = "EVMaximumChargePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 32; s = 6; continue; }
          if ((v = o.EVMinimumChargePower) !== undefined) { w.bits(1, 3); k = "EVMinimumChargePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 64; s = 7; continue; }
          if ((v = o.EVMinimumChargePower_L2) !== undefined) { w.bits(2, 3); k = "EVMinimumChargePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 128; s = 8; continue; }
          if ((v = o.EVMinimumChargePower_L3) !== undefined) { w.bits(3, 3); k = "EVMinimumChargePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 256; s = 9; continue; }
          if ((v = o.EVPresentActivePower) !== undefined) { w.bits(4, 3); k = "EVPresentActivePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 512; s = 10; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVMaximumChargePower_L3'", "EVMaximumChargePower_L3");
        case 6:
          if ((v = o.EVMinimumChargePower) !== undefined) { w.bits(0, 3); k = "EVMinimumChargePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 64; s = 7; continue; }
          if ((v = o.EVMinimumChargePower_L2) !== undefined) { w.bits(1, 3); k = "EVMinimumChargePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 128; s = 8; continue; }
          if ((v = o.EVMinimumChargePower_L3) !== undefined) { w.bits(2, 3); k = "EVMinimumChargePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 256; s = 9; continue; }
          if ((v = o.EVPresentActivePower) !== undefined) { w.bits(3, 3); k = "EVPresentActivePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 512; s = 10; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVMinimumChargePower'", "EVMinimumChargePower");
        case 7:
          if ((v = o.EVMinimumChargePower_L2) !== undefined) { w.bits(0, 2); k = "EVMinimumChargePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 128; s = 8; continue; }
          if ((v = o.EVMinimumChargePower_L3) !== undefined) { w.bits(1, 2); k = "EVMinimumChargePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 256; s = 9; continue; }
          if ((v = o.EVPresentActivePower) !== undefined) { w.bits(2, 2); k = "EVPresentActivePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 512; s = 10; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVMinimumChargePower_L2'", "EVMinimumChargePower_L2");
        case 8:
          if ((v = o.EVMinimumChargePower_L3) !== undefined) { w.bits(0, 2); k = "EVMinimumChargePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 256; s = 9; continue; }
          if ((v = o.EVPresentActivePower) !== undefined) { w.bits(1, 2); k = "EVPresentActivePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 512; s = 10; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVMinimumChargePower_L3'", "EVMinimumChargePower_L3");
        case 9:
          if ((v = o.EVPresentActivePower) !== undefined) { w.bits(0, 1); k = "EVPresentActivePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 512; s = 10; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVPresentActivePower'", "EVPresentActivePower");
        case 10:
          switch (firstKey(o, P_BPT_Scheduled_AC_CLReqControlModeType_10)) {
            case 0: v = o.EVPresentActivePower_L2; { w.bits(0, 4); k = "EVPresentActivePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 1024; s = 11; continue; }
            case 1: v = o.EVPresentActivePower_L3; { w.bits(1, 4); k = "EVPresentActivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 2048; s = 12; continue; }
            case 2: v = o.EVPresentReactivePower; { w.bits(2, 4); k = "EVPresentReactivePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 4096; s = 13; continue; }
            case 3: v = o.EVPresentReactivePower_L2; { w.bits(3, 4); k = "EVPresentReactivePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 8192; s = 14; continue; }
            case 4: v = o.EVPresentReactivePower_L3; { w.bits(4, 4); k = "EVPresentReactivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 16384; s = 15; continue; }
            case 5: v = o.EVMaximumDischargePower; { w.bits(5, 4); k = "EVMaximumDischargePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 32768; s = 16; continue; }
            case 6: v = o.EVMaximumDischargePower_L2; { w.bits(6, 4); k = "EVMaximumDischargePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 65536; s = 17; continue; }
            case 7: v = o.EVMaximumDischargePower_L3; { w.bits(7, 4); k = "EVMaximumDischargePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 131072; s = 18; continue; }
            case 8: v = o.EVMinimumDischargePower; { w.bits(8, 4); k = "EVMinimumDischargePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 262144; s = 19; continue; }
            case 9: v = o.EVMinimumDischargePower_L2; { w.bits(9, 4); k = "EVMinimumDischargePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 524288; s = 20; continue; }
            case 10: v = o.EVMinimumDischargePower_L3; { w.bits(10, 4); k = "EVMinimumDischargePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 1048576; s = 21; continue; }
          }
          w.bits(11, 4); break loop;
        case 11:
          switch (firstKey(o, P_BPT_Scheduled_AC_CLReqControlModeType_11)) {
            case 0: v = o.EVPresentActivePower_L3; { w.bits(0, 4); k = "EVPresentActivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 2048; s = 12; continue; }
            case 1: v = o.EVPresentReactivePower; { w.bits(1, 4); k = "EVPresentReactivePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 4096; s = 13; continue; }
            case 2: v = o.EVPresentReactivePower_L2; { w.bits(2, 4); k = "EVPresentReactivePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 8192; s = 14; continue; }
            case 3: v = o.EVPresentReactivePower_L3; { w.bits(3, 4); k = "EVPresentReactivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 16384; s = 15; continue; }
            case 4: v = o.EVMaximumDischargePower; { w.bits(4, 4); k = "EVMaximumDischargePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 32768; s = 16; continue; }
            case 5: v = o.EVMaximumDischargePower_L2; { w.bits(5, 4); k = "EVMaximumDischargePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 65536; s = 17; continue; }
            case 6: v = o.EVMaximumDischargePower_L3; { w.bits(6, 4); k = "EVMaximumDischargePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 131072; s = 18; continue; }
            case 7: v = o.EVMinimumDischargePower; { w.bits(7, 4); k = "EVMinimumDischargePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 262144; s = 19; continue; }
            case 8: v = o.EVMinimumDischargePower_L2; { w.bits(8, 4); k = "EVMinimumDischargePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 524288; s = 20; continue; }
            case 9: v = o.EVMinimumDischargePower_L3; { w.bits(9, 4); k = "EVMinimumDischargePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 1048576; s = 21; continue; }
          }
          w.bits(10, 4); break loop;
        case 12:
          switch (firstKey(o, P_BPT_Scheduled_AC_CLReqControlModeType_12)) {
            case 0: v = o.EVPresentReactivePower; { w.bits(0, 4); k = "EVPresentReactivePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 4096; s = 13; continue; }
            case 1: v = o.EVPresentReactivePower_L2; { w.bits(1, 4); k = "EVPresentReactivePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 8192; s = 14; continue; }
            case 2: v = o.EVPresentReactivePower_L3; { w.bits(2, 4); k = "EVPresentReactivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 16384; s = 15; continue; }
            case 3: v = o.EVMaximumDischargePower; { w.bits(3, 4); k = "EVMaximumDischargePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 32768; s = 16; continue; }
            case 4: v = o.EVMaximumDischargePower_L2; { w.bits(4, 4); k = "EVMaximumDischargePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 65536; s = 17; continue; }
            case 5: v = o.EVMaximumDischargePower_L3; { w.bits(5, 4); k = "EVMaximumDischargePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 131072; s = 18; continue; }
            case 6: v = o.EVMinimumDischargePower; { w.bits(6, 4); k = "EVMinimumDischargePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 262144; s = 19; continue; }
            case 7: v = o.EVMinimumDischargePower_L2; { w.bits(7, 4); k = "EVMinimumDischargePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 524288; s = 20; continue; }
            case 8: v = o.EVMinimumDischargePower_L3; { w.bits(8, 4); k = "EVMinimumDischargePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 1048576; s = 21; continue; }
          }
          w.bits(9, 4); break loop;
        case 13:
          switch (firstKey(o, P_BPT_Scheduled_AC_CLReqControlModeType_13)) {
            case 0: v = o.EVPresentReactivePower_L2; { w.bits(0, 4); k = "EVPresentReactivePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 8192; s = 14; continue; }
            case 1: v = o.EVPresentReactivePower_L3; { w.bits(1, 4); k = "EVPresentReactivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 16384; s = 15; continue; }
            case 2: v = o.EVMaximumDischargePower; { w.bits(2, 4); k = "EVMaximumDischargePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 32768; s = 16; continue; }
            case 3: v = o.EVMaximumDischargePower_L2; { w.bits(3, 4); k = "EVMaximumDischargePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 65536; s = 17; continue; }
            case 4: v = o.EVMaximumDischargePower_L3; { w.bits(4, 4); k = "EVMaximumDischargePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 131072; s = 18; continue; }
            case 5: v = o.EVMinimumDischargePower; { w.bits(5, 4); k = "EVMinimumDischargePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 262144; s = 19; continue; }
            case 6: v = o.EVMinimumDischargePower_L2; { w.bits(6, 4); k = "EVMinimumDischargePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 524288; s = 20; continue; }
            case 7: v = o.EVMinimumDischargePower_L3; { w.bits(7, 4); k = "EVMinimumDischargePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 1048576; s = 21; continue; }
          }
          w.bits(8, 4); break loop;
        case 14:
          if ((v = o.EVPresentReactivePower_L3) !== undefined) { w.bits(0, 4); k = "EVPresentReactivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 16384; s = 15; continue; }
          if ((v = o.EVMaximumDischargePower) !== undefined) { w.bits(1, 4); k = "EVMaximumDischargePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 32768; s = 16; continue; }
          if ((v = o.EVMaximumDischargePower_L2) !== undefined) { w.bits(2, 4); k = "EVMaximumDischargePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 65536; s = 17; continue; }
          if ((v = o.EVMaximumDischargePower_L3) !== undefined) { w.bits(3, 4); k = "EVMaximumDischargePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 131072; s = 18; continue; }
          if ((v = o.EVMinimumDischargePower) !== undefined) { w.bits(4, 4); k = "EVMinimumDischargePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 262144; s = 19; continue; }
          if ((v = o.EVMinimumDischargePower_L2) !== undefined) { w.bits(5, 4); k = "EVMinimumDischargePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 524288; s = 20; continue; }
          if ((v = o.EVMinimumDischargePower_L3) !== undefined) { w.bits(6, 4); k = "EVMinimumDischargePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 1048576; s = 21; continue; }
          w.bits(7, 4); break loop;
        case 15:
          if ((v = o.EVMaximumDischargePower) !== undefined) { w.bits(0, 3); k = "EVMaximumDischargePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 32768; s = 16; continue; }
          if ((v = o.EVMaximumDischargePower_L2) !== undefined) { w.bits(1, 3); k = "EVMaximumDischargePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 65536; s = 17; continue; }
          if ((v = o.EVMaximumDischargePower_L3) !== undefined) { w.bits(2, 3); k = "EVMaximumDischargePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 131072; s = 18; continue; }
          if ((v = o.EVMinimumDischargePower) !== undefined) { w.bits(3, 3); k = "EVMinimumDischargePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 262144; s = 19; continue; }
          if ((v = o.EVMinimumDischargePower_L2) !== undefined) { w.bits(4, 3); k = "EVMinimumDischargePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 524288; s = 20; continue; }
          if ((v = o.EVMinimumDischargePower_L3) !== undefined) { w.bits(5, 3); k = "EVMinimumDischargePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 1048576; s = 21; continue; }
          w.bits(6, 3); break loop;
        case 16:
          if ((v = o.EVMaximumDischargePower_L2) !== undefined) { w.bits(0, 3); k = "EVMaximumDischargePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 65536; s = 17; continue; }
          if ((v = o.EVMaximumDischargePower_L3) !== undefined) { w.bits(1, 3); k = "EVMaximumDischargePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 131072; s = 18; continue; }
          if ((v = o.EVMinimumDischargePower) !== undefined) { w.bits(2, 3); k = "EVMinimumDischargePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 262144; s = 19; continue; }
          if ((v = o.EVMinimumDischargePower_L2) !== undefined) { w.bits(3, 3); k = "EVMinimumDischargePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 524288; s = 20; continue; }
          if ((v = o.EVMinimumDischargePower_L3) !== undefined) { w.bits(4, 3); k = "EVMinimumDischargePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 1048576; s = 21; continue; }
          w.bits(5, 3); break loop;
        case 17:
          if ((v = o.EVMaximumDischargePower_L3) !== undefined) { w.bits(0, 3); k = "EVMaximumDischargePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 131072; s = 18; continue; }
          if ((v = o.EVMinimumDischargePower) !== undefined) { w.bits(1, 3); k = "EVMinimumDischargePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 262144; s = 19; continue; }
          if ((v = o.EVMinimumDischargePower_L2) !== undefined) { w.bits(2, 3); k = "EVMinimumDischargePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 524288; s = 20; continue; }
          if ((v = o.EVMinimumDischargePower_L3) !== undefined) { w.bits(3, 3); k = "EVMinimumDischargePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 1048576; s = 21; continue; }
          w.bits(4, 3); break loop;
        case 18:
          if ((v = o.EVMinimumDischargePower) !== undefined) { w.bits(0, 3); k = "EVMinimumDischargePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 262144; s = 19; continue; }
          if ((v = o.EVMinimumDischargePower_L2) !== undefined) { w.bits(1, 3); k = "EVMinimumDischargePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 524288; s = 20; continue; }
          if ((v = o.EVMinimumDischargePower_L3) !== undefined) { w.bits(2, 3); k = "EVMinimumDischargePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 1048576; s = 21; continue; }
          w.bits(3, 3); break loop;
        case 19:
          if ((v = o.EVMinimumDischargePower_L2) !== undefined) { w.bits(0, 2); k = "EVMinimumDischargePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 524288; s = 20; continue; }
          if ((v = o.EVMinimumDischargePower_L3) !== undefined) { w.bits(1, 2); k = "EVMinimumDischargePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 1048576; s = 21; continue; }
          w.bits(2, 2); break loop;
        case 20:
          if ((v = o.EVMinimumDischargePower_L3) !== undefined) { w.bits(0, 2); k = "EVMinimumDischargePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 1048576; s = 21; continue; }
          w.bits(1, 2); break loop;
        case 21:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_BPT_Scheduled_AC_CLReqControlModeType, m);
}

function d_BPT_Scheduled_AC_CLResControlModeType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(4)) {
          case 0: v = d_RationalNumberType(r); o.EVSETargetActivePower = v; s = 1; continue;
          case 1: v = d_RationalNumberType(r); o.EVSETargetActivePower_L2 = v; s = 2; continue;
          case 2: v = d_RationalNumberType(r); o.EVSETargetActivePower_L3 = v; s = 3; continue;
          case 3: v = d_RationalNumberType(r); o.EVSETargetReactivePower = v; s = 4; continue;
          case 4: v = d_RationalNumberType(r); o.EVSETargetReactivePower_L2 = v; s = 5; continue;
          case 5: v = d_RationalNumberType(r); o.EVSETargetReactivePower_L3 = v; s = 6; continue;
          case 6: v = d_RationalNumberType(r); o.EVSEPresentActivePower = v; s = 7; continue;
          case 7: v = d_RationalNumberType(r); o.EVSEPresentActivePower_L2 = v; s = 8; continue;
          case 8: v = d_RationalNumberType(r); o.EVSEPresentActivePower_L3 = v; s = 9; continue;
          case 9: return o;
          default: return r.escape("BPT_Scheduled_AC_CLResControlModeType state 0");
        }
      case 1:
        switch (r.bits(4)) {
          case 0: v = d_RationalNumberType(r); o.EVSETargetActivePower_L2 = v; s = 2; continue;
          case 1: v = d_RationalNumberType(r); o.EVSETargetActivePower_L3 = v; s = 3; continue;
          case 2: v = d_RationalNumberType(r); o.EVSETargetReactivePower = v; s = 4; continue;
          case 3: v = d_RationalNumberType(r); o.EVSETargetReactivePower_L2 = v; s = 5; continue;
          case 4: v = d_RationalNumberType(r); o.EVSETargetReactivePower_L3 = v; s = 6; continue;
          case 5: v = d_RationalNumberType(r); o.EVSEPresentActivePower = v; s = 7; continue;
          case 6: v = d_RationalNumberType(r); o.EVSEPresentActivePower_L2 = v; s = 8; continue;
          case 7: v = d_RationalNumberType(r); o.EVSEPresentActivePower_L3 = v; s = 9; continue;
          case 8: return o;
          default: return r.escape("BPT_Scheduled_AC_CLResControlModeType state 1");
        }
      case 2:
        switch (r.bits(4)) {
          case 0: v = d_RationalNumberType(r); o.EVSETargetActivePower_L3 = v; s = 3; continue;
          case 1: v = d_RationalNumberType(r); o.EVSETargetReactivePower = v; s = 4; continue;
          case 2: v = d_RationalNumberType(r); o.EVSETargetReactivePower_L2 = v; s = 5; continue;
          case 3: v = d_RationalNumberType(r); o.EVSETargetReactivePower_L3 = v; s = 6; continue;
          case 4: v = d_RationalNumberType(r); o.EVSEPresentActivePower = v; s = 7; continue;
          case 5: v = d_RationalNumberType(r); o.EVSEPresentActivePower_L2 = v; s = 8; continue;
          case 6: v = d_RationalNumberType(r); o.EVSEPresentActivePower_L3 = v; s = 9; continue;
          case 7: return o;
          default: return r.escape("BPT_Scheduled_AC_CLResControlModeType state 2");
        }
      case 3:
        switch (r.bits(3)) {
          case 0: v = d_RationalNumberType(r); o.EVSETargetReactivePower = v; s = 4; continue;
          case 1: v = d_RationalNumberType(r); o.EVSETargetReactivePower_L2 = v; s = 5; continue;
          case 2: v = d_RationalNumberType(r); o.EVSETargetReactivePower_L3 = v; s = 6; continue;
          case 3: v = d_RationalNumberType(r); o.EVSEPresentActivePower = v; s = 7; continue;
          case 4: v = d_RationalNumberType(r); o.EVSEPresentActivePower_L2 = v; s = 8; continue;
          case 5: v = d_RationalNumberType(r); o.EVSEPresentActivePower_L3 = v; s = 9; continue;
          case 6: return o;
          default: return r.escape("BPT_Scheduled_AC_CLResControlModeType state 3");
        }
      case 4:
        switch (r.bits(3)) {
          case 0: v = d_RationalNumberType(r); o.EVSETargetReactivePower_L2 = v; s = 5; continue;
          case 1: v = d_RationalNumberType(r); o.EVSETargetReactivePower_L3 = v; s = 6; continue;
          case 2: v = d_RationalNumberType(r); o.EVSEPresentActivePower = v; s = 7; continue;
          case 3: v = d_RationalNumberType(r); o.EVSEPresentActivePower_L2 = v; s = 8; continue;
          case 4: v = d_RationalNumberType(r); o.EVSEPresentActivePower_L3 = v; s = 9; continue;
          case 5: return o;
          default: return r.escape("BPT_Scheduled_AC_CLResControlModeType state 4");
        }
      case 5:
        switch (r.bits(3)) {
          case 0: v = d_RationalNumberType(r); o.EVSETargetReactivePower_L3 = v; s = 6; continue;
          case 1: v = d_RationalNumberType(r); o.EVSEPresentActivePower = v; s = 7; continue;
          case 2: v = d_RationalNumberType(r); o.EVSEPresentActivePower_L2 = v; s = 8; continue;
          case 3: v = d_RationalNumberType(r); o.EVSEPresentActivePower_L3 = v; s = 9; continue;
          case 4: return o;
          default: return r.escape("BPT_Scheduled_AC_CLResControlModeType state 5");
        }
      case 6:
        switch (r.bits(3)) {
          case 0: v = d_RationalNumberType(r); o.EVSEPresentActivePower = v; s = 7; continue;
          case 1: v = d_RationalNumberType(r); o.EVSEPresentActivePower_L2 = v; s = 8; continue;
          case 2: v = d_RationalNumberType(r); o.EVSEPresentActivePower_L3 = v; s = 9; continue;
          case 3: return o;
          default: return r.escape("BPT_Scheduled_AC_CLResControlModeType state 6");
        }
      case 7:
        switch (r.bits(2)) {
          case 0: v = d_RationalNumberType(r); o.EVSEPresentActivePower_L2 = v; s = 8; continue;
          case 1: v = d_RationalNumberType(r); o.EVSEPresentActivePower_L3 = v; s = 9; continue;
          case 2: return o;
          default: return r.escape("BPT_Scheduled_AC_CLResControlModeType state 7");
        }
      case 8:
        switch (r.bits(2)) {
          case 0: v = d_RationalNumberType(r); o.EVSEPresentActivePower_L3 = v; s = 9; continue;
          case 1: return o;
          default: return r.escape("BPT_Scheduled_AC_CLResControlModeType state 8");
        }
      case 9:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("BPT_Scheduled_AC_CLResControlModeType state 9");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const P_BPT_Scheduled_AC_CLResControlModeType_0: ReadonlyMap<string, number> = new Map([["EVSETargetActivePower",0],["EVSETargetActivePower_L2",1],["EVSETargetActivePower_L3",2],["EVSETargetReactivePower",3],["EVSETargetReactivePower_L2",4],["EVSETargetReactivePower_L3",5],["EVSEPresentActivePower",6],["EVSEPresentActivePower_L2",7],["EVSEPresentActivePower_L3",8]]);
const P_BPT_Scheduled_AC_CLResControlModeType_1: ReadonlyMap<string, number> = new Map([["EVSETargetActivePower_L2",0],["EVSETargetActivePower_L3",1],["EVSETargetReactivePower",2],["EVSETargetReactivePower_L2",3],["EVSETargetReactivePower_L3",4],["EVSEPresentActivePower",5],["EVSEPresentActivePower_L2",6],["EVSEPresentActivePower_L3",7]]);
const K_BPT_Scheduled_AC_CLResControlModeType: readonly string[] = ["EVSETargetActivePower","EVSETargetActivePower_L2","EVSETargetActivePower_L3","EVSETargetReactivePower","EVSETargetReactivePower_L2","EVSETargetReactivePower_L3","EVSEPresentActivePower","EVSEPresentActivePower_L2","EVSEPresentActivePower_L3"];
function e_BPT_Scheduled_AC_CLResControlModeType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          switch (firstKey(o, P_BPT_Scheduled_AC_CLResControlModeType_0)) {
            case 0: v = o.EVSETargetActivePower; { w.bits(0, 4); k = "EVSETargetActivePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 1; s = 1; continue; }
            case 1: v = o.EVSETargetActivePower_L2; { w.bits(1, 4); k = "EVSETargetActivePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 2; s = 2; continue; }
            case 2: v = o.EVSETargetActivePower_L3; { w.bits(2, 4); k = "EVSETargetActivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 4; s = 3; continue; }
            case 3: v = o.EVSETargetReactivePower; { w.bits(3, 4); k = "EVSETargetReactivePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 8; s = 4; continue; }
            case 4: v = o.EVSETargetReactivePower_L2; { w.bits(4, 4); k = "EVSETargetReactivePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 16; s = 5; continue; }
            case 5: v = o.EVSETargetReactivePower_L3; { w.bits(5, 4); k = "EVSETargetReactivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 32; s = 6; continue; }
            case 6: v = o.EVSEPresentActivePower; { w.bits(6, 4); k = "EVSEPresentActivePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 64; s = 7; continue; }
            case 7: v = o.EVSEPresentActivePower_L2; { w.bits(7, 4); k = "EVSEPresentActivePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 128; s = 8; continue; }
            case 8: v = o.EVSEPresentActivePower_L3; { w.bits(8, 4); k = "EVSEPresentActivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 256; s = 9; continue; }
          }
          w.bits(9, 4); break loop;
        case 1:
          switch (firstKey(o, P_BPT_Scheduled_AC_CLResControlModeType_1)) {
            case 0: v = o.EVSETargetActivePower_L2; { w.bits(0, 4); k = "EVSETargetActivePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 2; s = 2; continue; }
            case 1: v = o.EVSETargetActivePower_L3; { w.bits(1, 4); k = "EVSETargetActivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 4; s = 3; continue; }
            case 2: v = o.EVSETargetReactivePower; { w.bits(2, 4); k = "EVSETargetReactivePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 8; s = 4; continue; }
            case 3: v = o.EVSETargetReactivePower_L2; { w.bits(3, 4); k = "EVSETargetReactivePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 16; s = 5; continue; }
            case 4: v = o.EVSETargetReactivePower_L3; { w.bits(4, 4); k = "EVSETargetReactivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 32; s = 6; continue; }
            case 5: v = o.EVSEPresentActivePower; { w.bits(5, 4); k = "EVSEPresentActivePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 64; s = 7; continue; }
            case 6: v = o.EVSEPresentActivePower_L2; { w.bits(6, 4); k = "EVSEPresentActivePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 128; s = 8; continue; }
            case 7: v = o.EVSEPresentActivePower_L3; { w.bits(7, 4); k = "EVSEPresentActivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 256; s = 9; continue; }
          }
          w.bits(8, 4); break loop;
        case 2:
          if ((v = o.EVSETargetActivePower_L3) !== undefined) { w.bits(0, 4); k = "EVSETargetActivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 4; s = 3; continue; }
          if ((v = o.EVSETargetReactivePower) !== undefined) { w.bits(1, 4); k = "EVSETargetReactivePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 8; s = 4; continue; }
          if ((v = o.EVSETargetReactivePower_L2) !== undefined) { w.bits(2, 4); k = "EVSETargetReactivePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 16; s = 5; continue; }
          if ((v = o.EVSETargetReactivePower_L3) !== undefined) { w.bits(3, 4); k = "EVSETargetReactivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 32; s = 6; continue; }
          if ((v = o.EVSEPresentActivePower) !== undefined) { w.bits(4, 4); k = "EVSEPresentActivePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 64; s = 7; continue; }
          if ((v = o.EVSEPresentActivePower_L2) !== undefined) { w.bits(5, 4); k = "EVSEPresentActivePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 128; s = 8; continue; }
          if ((v = o.EVSEPresentActivePower_L3) !== undefined) { w.bits(6, 4); k = "EVSEPresentActivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 256; s = 9; continue; }
          w.bits(7, 4); break loop;
        case 3:
          if ((v = o.EVSETargetReactivePower) !== undefined) { w.bits(0, 3); k = "EVSETargetReactivePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 8; s = 4; continue; }
          if ((v = o.EVSETargetReactivePower_L2) !== undefined) { w.bits(1, 3); k = "EVSETargetReactivePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 16; s = 5; continue; }
          if ((v = o.EVSETargetReactivePower_L3) !== undefined) { w.bits(2, 3); k = "EVSETargetReactivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 32; s = 6; continue; }
          if ((v = o.EVSEPresentActivePower) !== undefined) { w.bits(3, 3); k = "EVSEPresentActivePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 64; s = 7; continue; }
          if ((v = o.EVSEPresentActivePower_L2) !== undefined) { w.bits(4, 3); k = "EVSEPresentActivePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 128; s = 8; continue; }
          if ((v = o.EVSEPresentActivePower_L3) !== undefined) { w.bits(5, 3); k = "EVSEPresentActivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 256; s = 9; continue; }
          w.bits(6, 3); break loop;
        case 4:
          if ((v = o.EVSETargetReactivePower_L2) !== undefined) { w.bits(0, 3); k = "EVSETargetReactivePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 16; s = 5; continue; }
          if ((v = o.EVSETargetReactivePower_L3) !== undefined) { w.bits(1, 3); k = "EVSETargetReactivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 32; s = 6; continue; }
          if ((v = o.EVSEPresentActivePower) !== undefined) { w.bits(2, 3); k = "EVSEPresentActivePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 64; s = 7; continue; }
          if ((v = o.EVSEPresentActivePower_L2) !== undefined) { w.bits(3, 3); k = "EVSEPresentActivePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 128; s = 8; continue; }
          if ((v = o.EVSEPresentActivePower_L3) !== undefined) { w.bits(4, 3); k = "EVSEPresentActivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 256; s = 9; continue; }
          w.bits(5, 3); break loop;
        case 5:
          if ((v = o.EVSETargetReactivePower_L3) !== undefined) { w.bits(0, 3); k = "EVSETargetReactivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 32; s = 6; continue; }
          if ((v = o.EVSEPresentActivePower) !== undefined) { w.bits(1, 3); k = "EVSEPresentActivePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 64; s = 7; continue; }
          if ((v = o.EVSEPresentActivePower_L2) !== undefined) { w.bits(2, 3); k = "EVSEPresentActivePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 128; s = 8; continue; }
          if ((v = o.EVSEPresentActivePower_L3) !== undefined) { w.bits(3, 3); k = "EVSEPresentActivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 256; s = 9; continue; }
          w.bits(4, 3); break loop;
        case 6:
          if ((v = o.EVSEPresentActivePower) !== undefined) { w.bits(0, 3); k = "EVSEPresentActivePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 64; s = 7; continue; }
          if ((v = o.EVSEPresentActivePower_L2) !== undefined) { w.bits(1, 3); k = "EVSEPresentActivePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 128; s = 8; continue; }
          if ((v = o.EVSEPresentActivePower_L3) !== undefined) { w.bits(2, 3); k = "EVSEPresentActivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 256; s = 9; continue; }
          w.bits(3, 3); break loop;
        case 7:
          if ((v = o.EVSEPresentActivePower_L2) !== undefined) { w.bits(0, 2); k = "EVSEPresentActivePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 128; s = 8; continue; }
          if ((v = o.EVSEPresentActivePower_L3) !== undefined) { w.bits(1, 2); k = "EVSEPresentActivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 256; s = 9; continue; }
          w.bits(2, 2); break loop;
        case 8:
          if ((v = o.EVSEPresentActivePower_L3) !== undefined) { w.bits(0, 2); k = "EVSEPresentActivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 256; s = 9; continue; }
          w.bits(1, 2); break loop;
        case 9:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_BPT_Scheduled_AC_CLResControlModeType, m);
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

function d_Dynamic_AC_CLReqControlModeType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.uint(4294967295); r.expect0('EE of DepartureTime'); } else v = {}; o.DepartureTime = v; s = 1; continue;
          case 1: v = d_RationalNumberType(r); o.EVTargetEnergyRequest = v; s = 2; continue;
          default: return r.escape("Dynamic_AC_CLReqControlModeType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: v = d_RationalNumberType(r); o.EVTargetEnergyRequest = v; s = 2; continue;
          default: return r.escape("Dynamic_AC_CLReqControlModeType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: v = d_RationalNumberType(r); o.EVMaximumEnergyRequest = v; s = 3; continue;
          default: return r.escape("Dynamic_AC_CLReqControlModeType state 2");
        }
      case 3:
        switch (r.bits(1)) {
          case 0: v = d_RationalNumberType(r); o.EVMinimumEnergyRequest = v; s = 4; continue;
          default: return r.escape("Dynamic_AC_CLReqControlModeType state 3");
        }
      case 4:
        switch (r.bits(1)) {
          case 0: v = d_RationalNumberType(r); o.EVMaximumChargePower = v; s = 5; continue;
          default: return r.escape("Dynamic_AC_CLReqControlModeType state 4");
        }
      case 5:
        switch (r.bits(2)) {
          case 0: v = d_RationalNumberType(r); o.EVMaximumChargePower_L2 = v; s = 6; continue;
          case 1: v = d_RationalNumberType(r); o.EVMaximumChargePower_L3 = v; s = 7; continue;
          case 2: v = d_RationalNumberType(r); o.EVMinimumChargePower = v; s = 8; continue;
          default: return r.escape("Dynamic_AC_CLReqControlModeType state 5");
        }
      case 6:
        switch (r.bits(2)) {
          case 0: v = d_RationalNumberType(r); o.EVMaximumChargePower_L3 = v; s = 7; continue;
          case 1: v = d_RationalNumberType(r); o.EVMinimumChargePower = v; s = 8; continue;
          default: return r.escape("Dynamic_AC_CLReqControlModeType state 6");
        }
      case 7:
        switch (r.bits(1)) {
          case 0: v = d_RationalNumberType(r); o.EVMinimumChargePower = v; s = 8; continue;
          default: return r.escape("Dynamic_AC_CLReqControlModeType state 7");
        }
      case 8:
        switch (r.bits(2)) {
          case 0: v = d_RationalNumberType(r); o.EVMinimumChargePower_L2 = v; s = 9; continue;
          case 1: v = d_RationalNumberType(r); o.EVMinimumChargePower_L3 = v; s = 10; continue;
          case 2: v = d_RationalNumberType(r); o.EVPresentActivePower = v; s = 11; continue;
          default: return r.escape("Dynamic_AC_CLReqControlModeType state 8");
        }
      case 9:
        switch (r.bits(2)) {
          case 0: v = d_RationalNumberType(r); o.EVMinimumChargePower_L3 = v; s = 10; continue;
          case 1: v = d_RationalNumberType(r); o.EVPresentActivePower = v; s = 11; continue;
          default: return r.escape("Dynamic_AC_CLReqControlModeType state 9");
        }
      case 10:
        switch (r.bits(1)) {
          case 0: v = d_RationalNumberType(r); o.EVPresentActivePower = v; s = 11; continue;
          default: return r.escape("Dynamic_AC_CLReqControlModeType state 10");
        }
      case 11:
        switch (r.bits(2)) {
          case 0: v = d_RationalNumberType(r); o.EVPresentActivePower_L2 = v; s = 12; continue;
          case 1: v = d_RationalNumberType(r); o.EVPresentActivePower_L3 = v; s = 13; continue;
          case 2: v = d_RationalNumberType(r); o.EVPresentReactivePower = v; s = 14; continue;
          default: return r.escape("Dynamic_AC_CLReqControlModeType state 11");
        }
      case 12:
        switch (r.bits(2)) {
          case 0: v = d_RationalNumberType(r); o.EVPresentActivePower_L3 = v; s = 13; continue;
          case 1: v = d_RationalNumberType(r); o.EVPresentReactivePower = v; s = 14; continue;
          default: return r.escape("Dynamic_AC_CLReqControlModeType state 12");
        }
      case 13:
        switch (r.bits(1)) {
          case 0: v = d_RationalNumberType(r); o.EVPresentReactivePower = v; s = 14; continue;
          default: return r.escape("Dynamic_AC_CLReqControlModeType state 13");
        }
      case 14:
        switch (r.bits(2)) {
          case 0: v = d_RationalNumberType(r); o.EVPresentReactivePower_L2 = v; s = 15; continue;
          case 1: v = d_RationalNumberType(r); o.EVPresentReactivePower_L3 = v; s = 16; continue;
          case 2: return o;
          default: return r.escape("Dynamic_AC_CLReqControlModeType state 14");
        }
      case 15:
        switch (r.bits(2)) {
          case 0: v = d_RationalNumberType(r); o.EVPresentReactivePower_L3 = v; s = 16; continue;
          case 1: return o;
          default: return r.escape("Dynamic_AC_CLReqControlModeType state 15");
        }
      case 16:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("Dynamic_AC_CLReqControlModeType state 16");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_Dynamic_AC_CLReqControlModeType: readonly string[] = ["DepartureTime","EVTargetEnergyRequest","EVMaximumEnergyRequest","EVMinimumEnergyRequest","EVMaximumChargePower","EVMaximumChargePower_L2","EVMaximumChargePower_L3","EVMinimumChargePower","EVMinimumChargePower_L2","EVMinimumChargePower_L3","EVPresentActivePower","EVPresentActivePower_L2","EVPresentActivePower_L3","EVPresentReactivePower","EVPresentReactivePower_L2","EVPresentReactivePower_L3"];
function e_Dynamic_AC_CLReqControlModeType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.DepartureTime) !== undefined) { w.bits(0, 2); k = "DepartureTime"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.uint(v, 4294967295); w.bits(0, 1); } n++; m += 1; s = 1; continue; }
          if ((v = o.EVTargetEnergyRequest) !== undefined) { w.bits(1, 2); k = "EVTargetEnergyRequest"; ki = -1; e_RationalNumberType(w, v); n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'DepartureTime'", "DepartureTime");
        case 1:
          if ((v = o.EVTargetEnergyRequest) !== undefined) { w.bits(0, 1); k = "EVTargetEnergyRequest"; ki = -1; e_RationalNumberType(w, v); n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVTargetEnergyRequest'", "EVTargetEnergyRequest");
        case 2:
          if ((v = o.EVMaximumEnergyRequest) !== undefined) { w.bits(0, 1); k = "EVMaximumEnergyRequest"; ki = -1; e_RationalNumberType(w, v); n++; m += 4; s = 3; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVMaximumEnergyRequest'", "EVMaximumEnergyRequest");
        case 3:
          if ((v = o.EVMinimumEnergyRequest) !== undefined) { w.bits(0, 1); k = "EVMinimumEnergyRequest"; ki = -1; e_RationalNumberType(w, v); n++; m += 8; s = 4; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVMinimumEnergyRequest'", "EVMinimumEnergyRequest");
        case 4:
          if ((v = o.EVMaximumChargePower) !== undefined) { w.bits(0, 1); k = "EVMaximumChargePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 16; s = 5; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVMaximumChargePower'", "EVMaximumChargePower");
        case 5:
          if ((v = o.EVMaximumChargePower_L2) !== undefined) { w.bits(0, 2); k = "EVMaximumChargePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 32; s = 6; continue; }
          if ((v = o.EVMaximumChargePower_L3) !== undefined) { w.bits(1, 2); k = "EVMaximumChargePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 64; s = 7; continue; }
          if ((v = o.EVMinimumChargePower) !== undefined) { w.bits(2, 2); k = "EVMinimumChargePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 128; s = 8; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVMaximumChargePower_L2'", "EVMaximumChargePower_L2");
        case 6:
          if ((v = o.EVMaximumChargePower_L3) !== undefined) { w.bits(0, 2); k = "EVMaximumChargePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 64; s = 7; continue; }
          if ((v = o.EVMinimumChargePower) !== undefined) { w.bits(1, 2); k = "EVMinimumChargePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 128; s = 8; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVMaximumChargePower_L3'", "EVMaximumChargePower_L3");
        case 7:
          if ((v = o.EVMinimumChargePower) !== undefined) { w.bits(0, 1); k = "EVMinimumChargePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 128; s = 8; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVMinimumChargePower'", "EVMinimumChargePower");
        case 8:
          if ((v = o.EVMinimumChargePower_L2) !== undefined) { w.bits(0, 2); k = "EVMinimumChargePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 256; s = 9; continue; }
          if ((v = o.EVMinimumChargePower_L3) !== undefined) { w.bits(1, 2); k = "EVMinimumChargePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 512; s = 10; continue; }
          if ((v = o.EVPresentActivePower) !== undefined) { w.bits(2, 2); k = "EVPresentActivePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 1024; s = 11; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVMinimumChargePower_L2'", "EVMinimumChargePower_L2");
        case 9:
          if ((v = o.EVMinimumChargePower_L3) !== undefined) { w.bits(0, 2); k = "EVMinimumChargePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 512; s = 10; continue; }
          if ((v = o.EVPresentActivePower) !== undefined) { w.bits(1, 2); k = "EVPresentActivePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 1024; s = 11; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVMinimumChargePower_L3'", "EVMinimumChargePower_L3");
        case 10:
          if ((v = o.EVPresentActivePower) !== undefined) { w.bits(0, 1); k = "EVPresentActivePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 1024; s = 11; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVPresentActivePower'", "EVPresentActivePower");
        case 11:
          if ((v = o.EVPresentActivePower_L2) !== undefined) { w.bits(0, 2); k = "EVPresentActivePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 2048; s = 12; continue; }
          if ((v = o.EVPresentActivePower_L3) !== undefined) { w.bits(1, 2); k = "EVPresentActivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 4096; s = 13; continue; }
          if ((v = o.EVPresentReactivePower) !== undefined) { w.bits(2, 2); k = "EVPresentReactivePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 8192; s = 14; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVPresentActivePower_L2'", "EVPresentActivePower_L2");
        case 12:
          if ((v = o.EVPresentActivePower_L3) !== undefined) { w.bits(0, 2); k = "EVPresentActivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 4096; s = 13; continue; }
          if ((v = o.EVPresentReactivePower) !== undefined) { w.bits(1, 2); k = "EVPresentReactivePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 8192; s = 14; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVPresentActivePower_L3'", "EVPresentActivePower_L3");
        case 13:
          if ((v = o.EVPresentReactivePower) !== undefined) { w.bits(0, 1); k = "EVPresentReactivePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 8192; s = 14; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVPresentReactivePower'", "EVPresentReactivePower");
        case 14:
          if ((v = o.EVPresentReactivePower_L2) !== undefined) { w.bits(0, 2); k = "EVPresentReactivePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 16384; s = 15; continue; }
          if ((v = o.EVPresentReactivePower_L3) !== undefined) { w.bits(1, 2); k = "EVPresentReactivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 32768; s = 16; continue; }
          w.bits(2, 2); break loop;
        case 15:
          if ((v = o.EVPresentReactivePower_L3) !== undefined) { w.bits(0, 2); k = "EVPresentReactivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 32768; s = 16; continue; }
          w.bits(1, 2); break loop;
        case 16:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_Dynamic_AC_CLReqControlModeType, m);
}

function d_Dynamic_AC_CLResControlModeType(r: BitReader): ExiObject {
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
          case 3: if (r.chOrEmpty()) { v = r.uint(65535); r.expect0('EE of AckMaxDelay'); } else v = {}; o.AckMaxDelay = v; s = 4; continue;
          case 4: v = d_RationalNumberType(r); o.EVSETargetActivePower = v; s = 5; continue;
          default: return r.escape("Dynamic_AC_CLResControlModeType state 0");
        }
      case 1:
        switch (r.bits(3)) {
          case 0: if (r.chOrEmpty()) { v = r.nbit(7, 0, 100); r.expect0('EE of MinimumSOC'); } else v = {}; o.MinimumSOC = v; s = 2; continue;
          case 1: if (r.chOrEmpty()) { v = r.nbit(7, 0, 100); r.expect0('EE of TargetSOC'); } else v = {}; o.TargetSOC = v; s = 3; continue;
          case 2: if (r.chOrEmpty()) { v = r.uint(65535); r.expect0('EE of AckMaxDelay'); } else v = {}; o.AckMaxDelay = v; s = 4; continue;
          case 3: v = d_RationalNumberType(r); o.EVSETargetActivePower = v; s = 5; continue;
          default: return r.escape("Dynamic_AC_CLResControlModeType state 1");
        }
      case 2:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.nbit(7, 0, 100); r.expect0('EE of TargetSOC'); } else v = {}; o.TargetSOC = v; s = 3; continue;
          case 1: if (r.chOrEmpty()) { v = r.uint(65535); r.expect0('EE of AckMaxDelay'); } else v = {}; o.AckMaxDelay = v; s = 4; continue;
          case 2: v = d_RationalNumberType(r); o.EVSETargetActivePower = v; s = 5; continue;
          default: return r.escape("Dynamic_AC_CLResControlModeType state 2");
        }
      case 3:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.uint(65535); r.expect0('EE of AckMaxDelay'); } else v = {}; o.AckMaxDelay = v; s = 4; continue;
          case 1: v = d_RationalNumberType(r); o.EVSETargetActivePower = v; s = 5; continue;
          default: return r.escape("Dynamic_AC_CLResControlModeType state 3");
        }
      case 4:
        switch (r.bits(1)) {
          case 0: v = d_RationalNumberType(r); o.EVSETargetActivePower = v; s = 5; continue;
          default: return r.escape("Dynamic_AC_CLResControlModeType state 4");
        }
      case 5:
        switch (r.bits(4)) {
          case 0: v = d_RationalNumberType(r); o.EVSETargetActivePower_L2 = v; s = 6; continue;
          case 1: v = d_RationalNumberType(r); o.EVSETargetActivePower_L3 = v; s = 7; continue;
          case 2: v = d_RationalNumberType(r); o.EVSETargetReactivePower = v; s = 8; continue;
          case 3: v = d_RationalNumberType(r); o.EVSETargetReactivePower_L2 = v; s = 9; continue;
          case 4: v = d_RationalNumberType(r); o.EVSETargetReactivePower_L3 = v; s = 10; continue;
          case 5: v = d_RationalNumberType(r); o.EVSEPresentActivePower = v; s = 11; continue;
          case 6: v = d_RationalNumberType(r); o.EVSEPresentActivePower_L2 = v; s = 12; continue;
          case 7: v = d_RationalNumberType(r); o.EVSEPresentActivePower_L3 = v; s = 13; continue;
          case 8: return o;
          default: return r.escape("Dynamic_AC_CLResControlModeType state 5");
        }
      case 6:
        switch (r.bits(4)) {
          case 0: v = d_RationalNumberType(r); o.EVSETargetActivePower_L3 = v; s = 7; continue;
          case 1: v = d_RationalNumberType(r); o.EVSETargetReactivePower = v; s = 8; continue;
          case 2: v = d_RationalNumberType(r); o.EVSETargetReactivePower_L2 = v; s = 9; continue;
          case 3: v = d_RationalNumberType(r); o.EVSETargetReactivePower_L3 = v; s = 10; continue;
          case 4: v = d_RationalNumberType(r); o.EVSEPresentActivePower = v; s = 11; continue;
          case 5: v = d_RationalNumberType(r); o.EVSEPresentActivePower_L2 = v; s = 12; continue;
          case 6: v = d_RationalNumberType(r); o.EVSEPresentActivePower_L3 = v; s = 13; continue;
          case 7: return o;
          default: return r.escape("Dynamic_AC_CLResControlModeType state 6");
        }
      case 7:
        switch (r.bits(3)) {
          case 0: v = d_RationalNumberType(r); o.EVSETargetReactivePower = v; s = 8; continue;
          case 1: v = d_RationalNumberType(r); o.EVSETargetReactivePower_L2 = v; s = 9; continue;
          case 2: v = d_RationalNumberType(r); o.EVSETargetReactivePower_L3 = v; s = 10; continue;
          case 3: v = d_RationalNumberType(r); o.EVSEPresentActivePower = v; s = 11; continue;
          case 4: v = d_RationalNumberType(r); o.EVSEPresentActivePower_L2 = v; s = 12; continue;
          case 5: v = d_RationalNumberType(r); o.EVSEPresentActivePower_L3 = v; s = 13; continue;
          case 6: return o;
          default: return r.escape("Dynamic_AC_CLResControlModeType state 7");
        }
      case 8:
        switch (r.bits(3)) {
          case 0: v = d_RationalNumberType(r); o.EVSETargetReactivePower_L2 = v; s = 9; continue;
          case 1: v = d_RationalNumberType(r); o.EVSETargetReactivePower_L3 = v; s = 10; continue;
          case 2: v = d_RationalNumberType(r); o.EVSEPresentActivePower = v; s = 11; continue;
          case 3: v = d_RationalNumberType(r); o.EVSEPresentActivePower_L2 = v; s = 12; continue;
          case 4: v = d_RationalNumberType(r); o.EVSEPresentActivePower_L3 = v; s = 13; continue;
          case 5: return o;
          default: return r.escape("Dynamic_AC_CLResControlModeType state 8");
        }
      case 9:
        switch (r.bits(3)) {
          case 0: v = d_RationalNumberType(r); o.EVSETargetReactivePower_L3 = v; s = 10; continue;
          case 1: v = d_RationalNumberType(r); o.EVSEPresentActivePower = v; s = 11; continue;
          case 2: v = d_RationalNumberType(r); o.EVSEPresentActivePower_L2 = v; s = 12; continue;
          case 3: v = d_RationalNumberType(r); o.EVSEPresentActivePower_L3 = v; s = 13; continue;
          case 4: return o;
          default: return r.escape("Dynamic_AC_CLResControlModeType state 9");
        }
      case 10:
        switch (r.bits(3)) {
          case 0: v = d_RationalNumberType(r); o.EVSEPresentActivePower = v; s = 11; continue;
          case 1: v = d_RationalNumberType(r); o.EVSEPresentActivePower_L2 = v; s = 12; continue;
          case 2: v = d_RationalNumberType(r); o.EVSEPresentActivePower_L3 = v; s = 13; continue;
          case 3: return o;
          default: return r.escape("Dynamic_AC_CLResControlModeType state 10");
        }
      case 11:
        switch (r.bits(2)) {
          case 0: v = d_RationalNumberType(r); o.EVSEPresentActivePower_L2 = v; s = 12; continue;
          case 1: v = d_RationalNumberType(r); o.EVSEPresentActivePower_L3 = v; s = 13; continue;
          case 2: return o;
          default: return r.escape("Dynamic_AC_CLResControlModeType state 11");
        }
      case 12:
        switch (r.bits(2)) {
          case 0: v = d_RationalNumberType(r); o.EVSEPresentActivePower_L3 = v; s = 13; continue;
          case 1: return o;
          default: return r.escape("Dynamic_AC_CLResControlModeType state 12");
        }
      case 13:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("Dynamic_AC_CLResControlModeType state 13");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const P_Dynamic_AC_CLResControlModeType_5: ReadonlyMap<string, number> = new Map([["EVSETargetActivePower_L2",0],["EVSETargetActivePower_L3",1],["EVSETargetReactivePower",2],["EVSETargetReactivePower_L2",3],["EVSETargetReactivePower_L3",4],["EVSEPresentActivePower",5],["EVSEPresentActivePower_L2",6],["EVSEPresentActivePower_L3",7]]);
const K_Dynamic_AC_CLResControlModeType: readonly string[] = ["DepartureTime","MinimumSOC","TargetSOC","AckMaxDelay","EVSETargetActivePower","EVSETargetActivePower_L2","EVSETargetActivePower_L3","EVSETargetReactivePower","EVSETargetReactivePower_L2","EVSETargetReactivePower_L3","EVSEPresentActivePower","EVSEPresentActivePower_L2","EVSEPresentActivePower_L3"];
function e_Dynamic_AC_CLResControlModeType(w: BitWriter, x: unknown): void {
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
          if ((v = o.AckMaxDelay) !== undefined) { w.bits(3, 3); k = "AckMaxDelay"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.uint(v, 65535); w.bits(0, 1); } n++; m += 8; s = 4; continue; }
          if ((v = o.EVSETargetActivePower) !== undefined) { w.bits(4, 3); k = "EVSETargetActivePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 16; s = 5; continue; }
          k = ''; return encodeFail("missing mandatory element 'DepartureTime'", "DepartureTime");
        case 1:
          if ((v = o.MinimumSOC) !== undefined) { w.bits(0, 3); k = "MinimumSOC"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.nbit(v, 7, 0, 100); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          if ((v = o.TargetSOC) !== undefined) { w.bits(1, 3); k = "TargetSOC"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.nbit(v, 7, 0, 100); w.bits(0, 1); } n++; m += 4; s = 3; continue; }
          if ((v = o.AckMaxDelay) !== undefined) { w.bits(2, 3); k = "AckMaxDelay"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.uint(v, 65535); w.bits(0, 1); } n++; m += 8; s = 4; continue; }
          if ((v = o.EVSETargetActivePower) !== undefined) { w.bits(3, 3); k = "EVSETargetActivePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 16; s = 5; continue; }
          k = ''; return encodeFail("missing mandatory element 'MinimumSOC'", "MinimumSOC");
        case 2:
          if ((v = o.TargetSOC) !== undefined) { w.bits(0, 2); k = "TargetSOC"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.nbit(v, 7, 0, 100); w.bits(0, 1); } n++; m += 4; s = 3; continue; }
          if ((v = o.AckMaxDelay) !== undefined) { w.bits(1, 2); k = "AckMaxDelay"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.uint(v, 65535); w.bits(0, 1); } n++; m += 8; s = 4; continue; }
          if ((v = o.EVSETargetActivePower) !== undefined) { w.bits(2, 2); k = "EVSETargetActivePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 16; s = 5; continue; }
          k = ''; return encodeFail("missing mandatory element 'TargetSOC'", "TargetSOC");
        case 3:
          if ((v = o.AckMaxDelay) !== undefined) { w.bits(0, 2); k = "AckMaxDelay"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.uint(v, 65535); w.bits(0, 1); } n++; m += 8; s = 4; continue; }
          if ((v = o.EVSETargetActivePower) !== undefined) { w.bits(1, 2); k = "EVSETargetActivePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 16; s = 5; continue; }
          k = ''; return encodeFail("missing mandatory element 'AckMaxDelay'", "AckMaxDelay");
        case 4:
          if ((v = o.EVSETargetActivePower) !== undefined) { w.bits(0, 1); k = "EVSETargetActivePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 16; s = 5; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVSETargetActivePower'", "EVSETargetActivePower");
        case 5:
          switch (firstKey(o, P_Dynamic_AC_CLResControlModeType_5)) {
            case 0: v = o.EVSETargetActivePower_L2; { w.bits(0, 4); k = "EVSETargetActivePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 32; s = 6; continue; }
            case 1: v = o.EVSETargetActivePower_L3; { w.bits(1, 4); k = "EVSETargetActivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 64; s = 7; continue; }
            case 2: v = o.EVSETargetReactivePower; { w.bits(2, 4); k = "EVSETargetReactivePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 128; s = 8; continue; }
            case 3: v = o.EVSETargetReactivePower_L2; { w.bits(3, 4); k = "EVSETargetReactivePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 256; s = 9; continue; }
            case 4: v = o.EVSETargetReactivePower_L3; { w.bits(4, 4); k = "EVSETargetReactivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 512; s = 10; continue; }
            case 5: v = o.EVSEPresentActivePower; { w.bits(5, 4); k = "EVSEPresentActivePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 1024; s = 11; continue; }
            case 6: v = o.EVSEPresentActivePower_L2; { w.bits(6, 4); k = "EVSEPresentActivePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 2048; s = 12; continue; }
            case 7: v = o.EVSEPresentActivePower_L3; { w.bits(7, 4); k = "EVSEPresentActivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 4096; s = 13; continue; }
          }
          w.bits(8, 4); break loop;
        case 6:
          if ((v = o.EVSETargetActivePower_L3) !== undefined) { w.bits(0, 4); k = "EVSETargetActivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 64; s = 7; continue; }
          if ((v = o.EVSETargetReactivePower) !== undefined) { w.bits(1, 4); k = "EVSETargetReactivePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 128; s = 8; continue; }
          if ((v = o.EVSETargetReactivePower_L2) !== undefined) { w.bits(2, 4); k = "EVSETargetReactivePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 256; s = 9; continue; }
          if ((v = o.EVSETargetReactivePower_L3) !== undefined) { w.bits(3, 4); k = "EVSETargetReactivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 512; s = 10; continue; }
          if ((v = o.EVSEPresentActivePower) !== undefined) { w.bits(4, 4); k = "EVSEPresentActivePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 1024; s = 11; continue; }
          if ((v = o.EVSEPresentActivePower_L2) !== undefined) { w.bits(5, 4); k = "EVSEPresentActivePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 2048; s = 12; continue; }
          if ((v = o.EVSEPresentActivePower_L3) !== undefined) { w.bits(6, 4); k = "EVSEPresentActivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 4096; s = 13; continue; }
          w.bits(7, 4); break loop;
        case 7:
          if ((v = o.EVSETargetReactivePower) !== undefined) { w.bits(0, 3); k = "EVSETargetReactivePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 128; s = 8; continue; }
          if ((v = o.EVSETargetReactivePower_L2) !== undefined) { w.bits(1, 3); k = "EVSETargetReactivePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 256; s = 9; continue; }
          if ((v = o.EVSETargetReactivePower_L3) !== undefined) { w.bits(2, 3); k = "EVSETargetReactivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 512; s = 10; continue; }
          if ((v = o.EVSEPresentActivePower) !== undefined) { w.bits(3, 3); k = "EVSEPresentActivePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 1024; s = 11; continue; }
          if ((v = o.EVSEPresentActivePower_L2) !== undefined) { w.bits(4, 3); k = "EVSEPresentActivePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 2048; s = 12; continue; }
          if ((v = o.EVSEPresentActivePower_L3) !== undefined) { w.bits(5, 3); k = "EVSEPresentActivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 4096; s = 13; continue; }
          w.bits(6, 3); break loop;
        case 8:
          if ((v = o.EVSETargetReactivePower_L2) !== undefined) { w.bits(0, 3); k = "EVSETargetReactivePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 256; s = 9; continue; }
          if ((v = o.EVSETargetReactivePower_L3) !== undefined) { w.bits(1, 3); k = "EVSETargetReactivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 512; s = 10; continue; }
          if ((v = o.EVSEPresentActivePower) !== undefined) { w.bits(2, 3); k = "EVSEPresentActivePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 1024; s = 11; continue; }
          if ((v = o.EVSEPresentActivePower_L2) !== undefined) { w.bits(3, 3); k = "EVSEPresentActivePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 2048; s = 12; continue; }
          if ((v = o.EVSEPresentActivePower_L3) !== undefined) { w.bits(4, 3); k = "EVSEPresentActivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 4096; s = 13; continue; }
          w.bits(5, 3); break loop;
        case 9:
          if ((v = o.EVSETargetReactivePower_L3) !== undefined) { w.bits(0, 3); k = "EVSETargetReactivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 512; s = 10; continue; }
          if ((v = o.EVSEPresentActivePower) !== undefined) { w.bits(1, 3); k = "EVSEPresentActivePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 1024; s = 11; continue; }
          if ((v = o.EVSEPresentActivePower_L2) !== undefined) { w.bits(2, 3); k = "EVSEPresentActivePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 2048; s = 12; continue; }
          if ((v = o.EVSEPresentActivePower_L3) !== undefined) { w.bits(3, 3); k = "EVSEPresentActivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 4096; s = 13; continue; }
          w.bits(4, 3); break loop;
        case 10:
          if ((v = o.EVSEPresentActivePower) !== undefined) { w.bits(0, 3); k = "EVSEPresentActivePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 1024; s = 11; continue; }
          if ((v = o.EVSEPresentActivePower_L2) !== undefined) { w.bits(1, 3); k = "EVSEPresentActivePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 2048; s = 12; continue; }
          if ((v = o.EVSEPresentActivePower_L3) !== undefined) { w.bits(2, 3); k = "EVSEPresentActivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 4096; s = 13; continue; }
          w.bits(3, 3); break loop;
        case 11:
          if ((v = o.EVSEPresentActivePower_L2) !== undefined) { w.bits(0, 2); k = "EVSEPresentActivePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 2048; s = 12; continue; }
          if ((v = o.EVSEPresentActivePower_L3) !== undefined) { w.bits(1, 2); k = "EVSEPresentActivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 4096; s = 13; continue; }
          w.bits(2, 2); break loop;
        case 12:
          if ((v = o.EVSEPresentActivePower_L3) !== undefined) { w.bits(0, 2); k = "EVSEPresentActivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 4096; s = 13; continue; }
          w.bits(1, 2); break loop;
        case 13:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_Dynamic_AC_CLResControlModeType, m);
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

function d_Scheduled_AC_CLReqControlModeType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(4)) {
          case 0: v = d_RationalNumberType(r); o.EVTargetEnergyRequest = v; s = 1; continue;
          case 1: v = d_RationalNumberType(r); o.EVMaximumEnergyRequest = v; s = 2; continue;
          case 2: v = d_RationalNumberType(r); o.EVMinimumEnergyRequest = v; s = 3; continue;
          case 3: v = d_RationalNumberType(r); o.EVMaximumChargePower = v; s = 4; continue;
          case 4: v = d_RationalNumberType(r); o.EVMaximumChargePower_L2 = v; s = 5; continue;
          case 5: v = d_RationalNumberType(r); o.EVMaximumChargePower_L3 = v; s = 6; continue;
          case 6: v = d_RationalNumberType(r); o.EVMinimumChargePower = v; s = 7; continue;
          case 7: v = d_RationalNumberType(r); o.EVMinimumChargePower_L2 = v; s = 8; continue;
          case 8: v = d_RationalNumberType(r); o.EVMinimumChargePower_L3 = v; s = 9; continue;
          case 9: v = d_RationalNumberType(r); o.EVPresentActivePower = v; s = 10; continue;
          default: return r.escape("Scheduled_AC_CLReqControlModeType state 0");
        }
      case 1:
        switch (r.bits(4)) {
          case 0: v = d_RationalNumberType(r); o.EVMaximumEnergyRequest = v; s = 2; continue;
          case 1: v = d_RationalNumberType(r); o.EVMinimumEnergyRequest = v; s = 3; continue;
          case 2: v = d_RationalNumberType(r); o.EVMaximumChargePower = v; s = 4; continue;
          case 3: v = d_RationalNumberType(r); o.EVMaximumChargePower_L2 = v; s = 5; continue;
          case 4: v = d_RationalNumberType(r); o.EVMaximumChargePower_L3 = v; s = 6; continue;
          case 5: v = d_RationalNumberType(r); o.EVMinimumChargePower = v; s = 7; continue;
          case 6: v = d_RationalNumberType(r); o.EVMinimumChargePower_L2 = v; s = 8; continue;
          case 7: v = d_RationalNumberType(r); o.EVMinimumChargePower_L3 = v; s = 9; continue;
          case 8: v = d_RationalNumberType(r); o.EVPresentActivePower = v; s = 10; continue;
          default: return r.escape("Scheduled_AC_CLReqControlModeType state 1");
        }
      case 2:
        switch (r.bits(4)) {
          case 0: v = d_RationalNumberType(r); o.EVMinimumEnergyRequest = v; s = 3; continue;
          case 1: v = d_RationalNumberType(r); o.EVMaximumChargePower = v; s = 4; continue;
          case 2: v = d_RationalNumberType(r); o.EVMaximumChargePower_L2 = v; s = 5; continue;
          case 3: v = d_RationalNumberType(r); o.EVMaximumChargePower_L3 = v; s = 6; continue;
          case 4: v = d_RationalNumberType(r); o.EVMinimumChargePower = v; s = 7; continue;
          case 5: v = d_RationalNumberType(r); o.EVMinimumChargePower_L2 = v; s = 8; continue;
          case 6: v = d_RationalNumberType(r); o.EVMinimumChargePower_L3 = v; s = 9; continue;
          case 7: v = d_RationalNumberType(r); o.EVPresentActivePower = v; s = 10; continue;
          default: return r.escape("Scheduled_AC_CLReqControlModeType state 2");
        }
      case 3:
        switch (r.bits(3)) {
          case 0: v = d_RationalNumberType(r); o.EVMaximumChargePower = v; s = 4; continue;
          case 1: v = d_RationalNumberType(r); o.EVMaximumChargePower_L2 = v; s = 5; continue;
          case 2: v = d_RationalNumberType(r); o.EVMaximumChargePower_L3 = v; s = 6; continue;
          case 3: v = d_RationalNumberType(r); o.EVMinimumChargePower = v; s = 7; continue;
          case 4: v = d_RationalNumberType(r); o.EVMinimumChargePower_L2 = v; s = 8; continue;
          case 5: v = d_RationalNumberType(r); o.EVMinimumChargePower_L3 = v; s = 9; continue;
          case 6: v = d_RationalNumberType(r); o.EVPresentActivePower = v; s = 10; continue;
          default: return r.escape("Scheduled_AC_CLReqControlModeType state 3");
        }
      case 4:
        switch (r.bits(3)) {
          case 0: v = d_RationalNumberType(r); o.EVMaximumChargePower_L2 = v; s = 5; continue;
          case 1: v = d_RationalNumberType(r); o.EVMaximumChargePower_L3 = v; s = 6; continue;
          case 2: v = d_RationalNumberType(r); o.EVMinimumChargePower = v; s = 7; continue;
          case 3: v = d_RationalNumberType(r); o.EVMinimumChargePower_L2 = v; s = 8; continue;
          case 4: v = d_RationalNumberType(r); o.EVMinimumChargePower_L3 = v; s = 9; continue;
          case 5: v = d_RationalNumberType(r); o.EVPresentActivePower = v; s = 10; continue;
          default: return r.escape("Scheduled_AC_CLReqControlModeType state 4");
        }
      case 5:
        switch (r.bits(3)) {
          case 0: v = d_RationalNumberType(r); o.EVMaximumChargePower_L3 = v; s = 6; continue;
          case 1: v = d_RationalNumberType(r); o.EVMinimumChargePower = v; s = 7; continue;
          case 2: v = d_RationalNumberType(r); o.EVMinimumChargePower_L2 = v; s = 8; continue;
          case 3: v = d_RationalNumberType(r); o.EVMinimumChargePower_L3 = v; s = 9; continue;
          case 4: v = d_RationalNumberType(r); o.EVPresentActivePower = v; s = 10; continue;
          default: return r.escape("Scheduled_AC_CLReqControlModeType state 5");
        }
      case 6:
        switch (r.bits(3)) {
          case 0: v = d_RationalNumberType(r); o.EVMinimumChargePower = v; s = 7; continue;
          case 1: v = d_RationalNumberType(r); o.EVMinimumChargePower_L2 = v; s = 8; continue;
          case 2: v = d_RationalNumberType(r); o.EVMinimumChargePower_L3 = v; s = 9; continue;
          case 3: v = d_RationalNumberType(r); o.EVPresentActivePower = v; s = 10; continue;
          default: return r.escape("Scheduled_AC_CLReqControlModeType state 6");
        }
      case 7:
        switch (r.bits(2)) {
          case 0: v = d_RationalNumberType(r); o.EVMinimumChargePower_L2 = v; s = 8; continue;
          case 1: v = d_RationalNumberType(r); o.EVMinimumChargePower_L3 = v; s = 9; continue;
          case 2: v = d_RationalNumberType(r); o.EVPresentActivePower = v; s = 10; continue;
          default: return r.escape("Scheduled_AC_CLReqControlModeType state 7");
        }
      case 8:
        switch (r.bits(2)) {
          case 0: v = d_RationalNumberType(r); o.EVMinimumChargePower_L3 = v; s = 9; continue;
          case 1: v = d_RationalNumberType(r); o.EVPresentActivePower = v; s = 10; continue;
          default: return r.escape("Scheduled_AC_CLReqControlModeType state 8");
        }
      case 9:
        switch (r.bits(1)) {
          case 0: v = d_RationalNumberType(r); o.EVPresentActivePower = v; s = 10; continue;
          default: return r.escape("Scheduled_AC_CLReqControlModeType state 9");
        }
      case 10:
        switch (r.bits(3)) {
          case 0: v = d_RationalNumberType(r); o.EVPresentActivePower_L2 = v; s = 11; continue;
          case 1: v = d_RationalNumberType(r); o.EVPresentActivePower_L3 = v; s = 12; continue;
          case 2: v = d_RationalNumberType(r); o.EVPresentReactivePower = v; s = 13; continue;
          case 3: v = d_RationalNumberType(r); o.EVPresentReactivePower_L2 = v; s = 14; continue;
          case 4: v = d_RationalNumberType(r); o.EVPresentReactivePower_L3 = v; s = 15; continue;
          case 5: return o;
          default: return r.escape("Scheduled_AC_CLReqControlModeType state 10");
        }
      case 11:
        switch (r.bits(3)) {
          case 0: v = d_RationalNumberType(r); o.EVPresentActivePower_L3 = v; s = 12; continue;
          case 1: v = d_RationalNumberType(r); o.EVPresentReactivePower = v; s = 13; continue;
          case 2: v = d_RationalNumberType(r); o.EVPresentReactivePower_L2 = v; s = 14; continue;
          case 3: v = d_RationalNumberType(r); o.EVPresentReactivePower_L3 = v; s = 15; continue;
          case 4: return o;
          default: return r.escape("Scheduled_AC_CLReqControlModeType state 11");
        }
      case 12:
        switch (r.bits(3)) {
          case 0: v = d_RationalNumberType(r); o.EVPresentReactivePower = v; s = 13; continue;
          case 1: v = d_RationalNumberType(r); o.EVPresentReactivePower_L2 = v; s = 14; continue;
          case 2: v = d_RationalNumberType(r); o.EVPresentReactivePower_L3 = v; s = 15; continue;
          case 3: return o;
          default: return r.escape("Scheduled_AC_CLReqControlModeType state 12");
        }
      case 13:
        switch (r.bits(2)) {
          case 0: v = d_RationalNumberType(r); o.EVPresentReactivePower_L2 = v; s = 14; continue;
          case 1: v = d_RationalNumberType(r); o.EVPresentReactivePower_L3 = v; s = 15; continue;
          case 2: return o;
          default: return r.escape("Scheduled_AC_CLReqControlModeType state 13");
        }
      case 14:
        switch (r.bits(2)) {
          case 0: v = d_RationalNumberType(r); o.EVPresentReactivePower_L3 = v; s = 15; continue;
          case 1: return o;
          default: return r.escape("Scheduled_AC_CLReqControlModeType state 14");
        }
      case 15:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("Scheduled_AC_CLReqControlModeType state 15");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const P_Scheduled_AC_CLReqControlModeType_0: ReadonlyMap<string, number> = new Map([["EVTargetEnergyRequest",0],["EVMaximumEnergyRequest",1],["EVMinimumEnergyRequest",2],["EVMaximumChargePower",3],["EVMaximumChargePower_L2",4],["EVMaximumChargePower_L3",5],["EVMinimumChargePower",6],["EVMinimumChargePower_L2",7],["EVMinimumChargePower_L3",8],["EVPresentActivePower",9]]);
const P_Scheduled_AC_CLReqControlModeType_1: ReadonlyMap<string, number> = new Map([["EVMaximumEnergyRequest",0],["EVMinimumEnergyRequest",1],["EVMaximumChargePower",2],["EVMaximumChargePower_L2",3],["EVMaximumChargePower_L3",4],["EVMinimumChargePower",5],["EVMinimumChargePower_L2",6],["EVMinimumChargePower_L3",7],["EVPresentActivePower",8]]);
const P_Scheduled_AC_CLReqControlModeType_2: ReadonlyMap<string, number> = new Map([["EVMinimumEnergyRequest",0],["EVMaximumChargePower",1],["EVMaximumChargePower_L2",2],["EVMaximumChargePower_L3",3],["EVMinimumChargePower",4],["EVMinimumChargePower_L2",5],["EVMinimumChargePower_L3",6],["EVPresentActivePower",7]]);
const K_Scheduled_AC_CLReqControlModeType: readonly string[] = ["EVTargetEnergyRequest","EVMaximumEnergyRequest","EVMinimumEnergyRequest","EVMaximumChargePower","EVMaximumChargePower_L2","EVMaximumChargePower_L3","EVMinimumChargePower","EVMinimumChargePower_L2","EVMinimumChargePower_L3","EVPresentActivePower","EVPresentActivePower_L2","EVPresentActivePower_L3","EVPresentReactivePower","EVPresentReactivePower_L2","EVPresentReactivePower_L3"];
function e_Scheduled_AC_CLReqControlModeType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          switch (firstKey(o, P_Scheduled_AC_CLReqControlModeType_0)) {
            case 0: v = o.EVTargetEnergyRequest; { w.bits(0, 4); k = "EVTargetEnergyRequest"; ki = -1; e_RationalNumberType(w, v); n++; m += 1; s = 1; continue; }
            case 1: v = o.EVMaximumEnergyRequest; { w.bits(1, 4); k = "EVMaximumEnergyRequest"; ki = -1; e_RationalNumberType(w, v); n++; m += 2; s = 2; continue; }
            case 2: v = o.EVMinimumEnergyRequest; { w.bits(2, 4); k = "EVMinimumEnergyRequest"; ki = -1; e_RationalNumberType(w, v); n++; m += 4; s = 3; continue; }
            case 3: v = o.EVMaximumChargePower; { w.bits(3, 4); k = "EVMaximumChargePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 8; s = 4; continue; }
            case 4: v = o.EVMaximumChargePower_L2; { w.bits(4, 4); k = "EVMaximumChargePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 16; s = 5; continue; }
            case 5: v = o.EVMaximumChargePower_L3; { w.bits(5, 4); k = "EVMaximumChargePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 32; s = 6; continue; }
            case 6: v = o.EVMinimumChargePower; { w.bits(6, 4); k = "EVMinimumChargePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 64; s = 7; continue; }
            case 7: v = o.EVMinimumChargePower_L2; { w.bits(7, 4); k = "EVMinimumChargePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 128; s = 8; continue; }
            case 8: v = o.EVMinimumChargePower_L3; { w.bits(8, 4); k = "EVMinimumChargePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 256; s = 9; continue; }
            case 9: v = o.EVPresentActivePower; { w.bits(9, 4); k = "EVPresentActivePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 512; s = 10; continue; }
          }
          k = ''; return encodeFail("missing mandatory element 'EVTargetEnergyRequest'", "EVTargetEnergyRequest");
        case 1:
          switch (firstKey(o, P_Scheduled_AC_CLReqControlModeType_1)) {
            case 0: v = o.EVMaximumEnergyRequest; { w.bits(0, 4); k = "EVMaximumEnergyRequest"; ki = -1; e_RationalNumberType(w, v); n++; m += 2; s = 2; continue; }
            case 1: v = o.EVMinimumEnergyRequest; { w.bits(1, 4); k = "EVMinimumEnergyRequest"; ki = -1; e_RationalNumberType(w, v); n++; m += 4; s = 3; continue; }
            case 2: v = o.EVMaximumChargePower; { w.bits(2, 4); k = "EVMaximumChargePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 8; s = 4; continue; }
            case 3: v = o.EVMaximumChargePower_L2; { w.bits(3, 4); k = "EVMaximumChargePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 16; s = 5; continue; }
            case 4: v = o.EVMaximumChargePower_L3; { w.bits(4, 4); k = "EVMaximumChargePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 32; s = 6; continue; }
            case 5: v = o.EVMinimumChargePower; { w.bits(5, 4); k = "EVMinimumChargePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 64; s = 7; continue; }
            case 6: v = o.EVMinimumChargePower_L2; { w.bits(6, 4); k = "EVMinimumChargePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 128; s = 8; continue; }
            case 7: v = o.EVMinimumChargePower_L3; { w.bits(7, 4); k = "EVMinimumChargePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 256; s = 9; continue; }
            case 8: v = o.EVPresentActivePower; { w.bits(8, 4); k = "EVPresentActivePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 512; s = 10; continue; }
          }
          k = ''; return encodeFail("missing mandatory element 'EVMaximumEnergyRequest'", "EVMaximumEnergyRequest");
        case 2:
          switch (firstKey(o, P_Scheduled_AC_CLReqControlModeType_2)) {
            case 0: v = o.EVMinimumEnergyRequest; { w.bits(0, 4); k = "EVMinimumEnergyRequest"; ki = -1; e_RationalNumberType(w, v); n++; m += 4; s = 3; continue; }
            case 1: v = o.EVMaximumChargePower; { w.bits(1, 4); k = "EVMaximumChargePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 8; s = 4; continue; }
            case 2: v = o.EVMaximumChargePower_L2; { w.bits(2, 4); k = "EVMaximumChargePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 16; s = 5; continue; }
            case 3: v = o.EVMaximumChargePower_L3; { w.bits(3, 4); k = "EVMaximumChargePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 32; s = 6; continue; }
            case 4: v = o.EVMinimumChargePower; { w.bits(4, 4); k = "EVMinimumChargePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 64; s = 7; continue; }
            case 5: v = o.EVMinimumChargePower_L2; { w.bits(5, 4); k = "EVMinimumChargePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 128; s = 8; continue; }
            case 6: v = o.EVMinimumChargePower_L3; { w.bits(6, 4); k = "EVMinimumChargePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 256; s = 9; continue; }
            case 7: v = o.EVPresentActivePower; { w.bits(7, 4); k = "EVPresentActivePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 512; s = 10; continue; }
          }
          k = ''; return encodeFail("missing mandatory element 'EVMinimumEnergyRequest'", "EVMinimumEnergyRequest");
        case 3:
          if ((v = o.EVMaximumChargePower) !== undefined) { w.bits(0, 3); k = "EVMaximumChargePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 8; s = 4; continue; }
          if ((v = o.EVMaximumChargePower_L2) !== undefined) { w.bits(1, 3); k = "EVMaximumChargePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 16; s = 5; continue; }
          if ((v = o.EVMaximumChargePower_L3) !== undefined) { w.bits(2, 3); k = "EVMaximumChargePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 32; s = 6; continue; }
          if ((v = o.EVMinimumChargePower) !== undefined) { w.bits(3, 3); k = "EVMinimumChargePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 64; s = 7; continue; }
          if ((v = o.EVMinimumChargePower_L2) !== undefined) { w.bits(4, 3); k = "EVMinimumChargePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 128; s = 8; continue; }
          if ((v = o.EVMinimumChargePower_L3) !== undefined) { w.bits(5, 3); k = "EVMinimumChargePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 256; s = 9; continue; }
          if ((v = o.EVPresentActivePower) !== undefined) { w.bits(6, 3); k = "EVPresentActivePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 512; s = 10; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVMaximumChargePower'", "EVMaximumChargePower");
        case 4:
          if ((v = o.EVMaximumChargePower_L2) !== undefined) { w.bits(0, 3); k = "EVMaximumChargePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 16; s = 5; continue; }
          if ((v = o.EVMaximumChargePower_L3) !== undefined) { w.bits(1, 3); k = "EVMaximumChargePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 32; s = 6; continue; }
          if ((v = o.EVMinimumChargePower) !== undefined) { w.bits(2, 3); k = "EVMinimumChargePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 64; s = 7; continue; }
          if ((v = o.EVMinimumChargePower_L2) !== undefined) { w.bits(3, 3); k = "EVMinimumChargePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 128; s = 8; continue; }
          if ((v = o.EVMinimumChargePower_L3) !== undefined) { w.bits(4, 3); k = "EVMinimumChargePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 256; s = 9; continue; }
          if ((v = o.EVPresentActivePower) !== undefined) { w.bits(5, 3); k = "EVPresentActivePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 512; s = 10; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVMaximumChargePower_L2'", "EVMaximumChargePower_L2");
        case 5:
          if ((v = o.EVMaximumChargePower_L3) !== undefined) { w.bits(0, 3); k = "EVMaximumChargePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 32; s = 6; continue; }
          if ((v = o.EVMinimumChargePower) !== undefined) { w.bits(1, 3); k = "EVMinimumChargePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 64; s = 7; continue; }
          if ((v = o.EVMinimumChargePower_L2) !== undefined) { w.bits(2, 3); k = "EVMinimumChargePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 128; s = 8; continue; }
          if ((v = o.EVMinimumChargePower_L3) !== undefined) { w.bits(3, 3); k = "EVMinimumChargePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 256; s = 9; continue; }
          if ((v = o.EVPresentActivePower) !== undefined) { w.bits(4, 3); k = "EVPresentActivePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 512; s = 10; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVMaximumChargePower_L3'", "EVMaximumChargePower_L3");
        case 6:
          if ((v = o.EVMinimumChargePower) !== undefined) { w.bits(0, 3); k = "EVMinimumChargePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 64; s = 7; continue; }
          if ((v = o.EVMinimumChargePower_L2) !== undefined) { w.bits(1, 3); k = "EVMinimumChargePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 128; s = 8; continue; }
          if ((v = o.EVMinimumChargePower_L3) !== undefined) { w.bits(2, 3); k = "EVMinimumChargePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 256; s = 9; continue; }
          if ((v = o.EVPresentActivePower) !== undefined) { w.bits(3, 3); k = "EVPresentActivePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 512; s = 10; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVMinimumChargePower'", "EVMinimumChargePower");
        case 7:
          if ((v = o.EVMinimumChargePower_L2) !== undefined) { w.bits(0, 2); k = "EVMinimumChargePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 128; s = 8; continue; }
          if ((v = o.EVMinimumChargePower_L3) !== undefined) { w.bits(1, 2); k = "EVMinimumChargePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 256; s = 9; continue; }
          if ((v = o.EVPresentActivePower) !== undefined) { w.bits(2, 2); k = "EVPresentActivePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 512; s = 10; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVMinimumChargePower_L2'", "EVMinimumChargePower_L2");
        case 8:
          if ((v = o.EVMinimumChargePower_L3) !== undefined) { w.bits(0, 2); k = "EVMinimumChargePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 256; s = 9; continue; }
          if ((v = o.EVPresentActivePower) !== undefined) { w.bits(1, 2); k = "EVPresentActivePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 512; s = 10; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVMinimumChargePower_L3'", "EVMinimumChargePower_L3");
        case 9:
          if ((v = o.EVPresentActivePower) !== undefined) { w.bits(0, 1); k = "EVPresentActivePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 512; s = 10; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVPresentActivePower'", "EVPresentActivePower");
        case 10:
          if ((v = o.EVPresentActivePower_L2) !== undefined) { w.bits(0, 3); k = "EVPresentActivePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 1024; s = 11; continue; }
          if ((v = o.EVPresentActivePower_L3) !== undefined) { w.bits(1, 3); k = "EVPresentActivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 2048; s = 12; continue; }
          if ((v = o.EVPresentReactivePower) !== undefined) { w.bits(2, 3); k = "EVPresentReactivePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 4096; s = 13; continue; }
          if ((v = o.EVPresentReactivePower_L2) !== undefined) { w.bits(3, 3); k = "EVPresentReactivePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 8192; s = 14; continue; }
          if ((v = o.EVPresentReactivePower_L3) !== undefined) { w.bits(4, 3); k = "EVPresentReactivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 16384; s = 15; continue; }
          w.bits(5, 3); break loop;
        case 11:
          if ((v = o.EVPresentActivePower_L3) !== undefined) { w.bits(0, 3); k = "EVPresentActivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 2048; s = 12; continue; }
          if ((v = o.EVPresentReactivePower) !== undefined) { w.bits(1, 3); k = "EVPresentReactivePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 4096; s = 13; continue; }
          if ((v = o.EVPresentReactivePower_L2) !== undefined) { w.bits(2, 3); k = "EVPresentReactivePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 8192; s = 14; continue; }
          if ((v = o.EVPresentReactivePower_L3) !== undefined) { w.bits(3, 3); k = "EVPresentReactivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 16384; s = 15; continue; }
          w.bits(4, 3); break loop;
        case 12:
          if ((v = o.EVPresentReactivePower) !== undefined) { w.bits(0, 3); k = "EVPresentReactivePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 4096; s = 13; continue; }
          if ((v = o.EVPresentReactivePower_L2) !== undefined) { w.bits(1, 3); k = "EVPresentReactivePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 8192; s = 14; continue; }
          if ((v = o.EVPresentReactivePower_L3) !== undefined) { w.bits(2, 3); k = "EVPresentReactivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 16384; s = 15; continue; }
          w.bits(3, 3); break loop;
        case 13:
          if ((v = o.EVPresentReactivePower_L2) !== undefined) { w.bits(0, 2); k = "EVPresentReactivePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 8192; s = 14; continue; }
          if ((v = o.EVPresentReactivePower_L3) !== undefined) { w.bits(1, 2); k = "EVPresentReactivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 16384; s = 15; continue; }
          w.bits(2, 2); break loop;
        case 14:
          if ((v = o.EVPresentReactivePower_L3) !== undefined) { w.bits(0, 2); k = "EVPresentReactivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 16384; s = 15; continue; }
          w.bits(1, 2); break loop;
        case 15:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_Scheduled_AC_CLReqControlModeType, m);
}

function d_Scheduled_AC_CLResControlModeType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(4)) {
          case 0: v = d_RationalNumberType(r); o.EVSETargetActivePower = v; s = 1; continue;
          case 1: v = d_RationalNumberType(r); o.EVSETargetActivePower_L2 = v; s = 2; continue;
          case 2: v = d_RationalNumberType(r); o.EVSETargetActivePower_L3 = v; s = 3; continue;
          case 3: v = d_RationalNumberType(r); o.EVSETargetReactivePower = v; s = 4; continue;
          case 4: v = d_RationalNumberType(r); o.EVSETargetReactivePower_L2 = v; s = 5; continue;
          case 5: v = d_RationalNumberType(r); o.EVSETargetReactivePower_L3 = v; s = 6; continue;
          case 6: v = d_RationalNumberType(r); o.EVSEPresentActivePower = v; s = 7; continue;
          case 7: v = d_RationalNumberType(r); o.EVSEPresentActivePower_L2 = v; s = 8; continue;
          case 8: v = d_RationalNumberType(r); o.EVSEPresentActivePower_L3 = v; s = 9; continue;
          case 9: return o;
          default: return r.escape("Scheduled_AC_CLResControlModeType state 0");
        }
      case 1:
        switch (r.bits(4)) {
          case 0: v = d_RationalNumberType(r); o.EVSETargetActivePower_L2 = v; s = 2; continue;
          case 1: v = d_RationalNumberType(r); o.EVSETargetActivePower_L3 = v; s = 3; continue;
          case 2: v = d_RationalNumberType(r); o.EVSETargetReactivePower = v; s = 4; continue;
          case 3: v = d_RationalNumberType(r); o.EVSETargetReactivePower_L2 = v; s = 5; continue;
          case 4: v = d_RationalNumberType(r); o.EVSETargetReactivePower_L3 = v; s = 6; continue;
          case 5: v = d_RationalNumberType(r); o.EVSEPresentActivePower = v; s = 7; continue;
          case 6: v = d_RationalNumberType(r); o.EVSEPresentActivePower_L2 = v; s = 8; continue;
          case 7: v = d_RationalNumberType(r); o.EVSEPresentActivePower_L3 = v; s = 9; continue;
          case 8: return o;
          default: return r.escape("Scheduled_AC_CLResControlModeType state 1");
        }
      case 2:
        switch (r.bits(4)) {
          case 0: v = d_RationalNumberType(r); o.EVSETargetActivePower_L3 = v; s = 3; continue;
          case 1: v = d_RationalNumberType(r); o.EVSETargetReactivePower = v; s = 4; continue;
          case 2: v = d_RationalNumberType(r); o.EVSETargetReactivePower_L2 = v; s = 5; continue;
          case 3: v = d_RationalNumberType(r); o.EVSETargetReactivePower_L3 = v; s = 6; continue;
          case 4: v = d_RationalNumberType(r); o.EVSEPresentActivePower = v; s = 7; continue;
          case 5: v = d_RationalNumberType(r); o.EVSEPresentActivePower_L2 = v; s = 8; continue;
          case 6: v = d_RationalNumberType(r); o.EVSEPresentActivePower_L3 = v; s = 9; continue;
          case 7: return o;
          default: return r.escape("Scheduled_AC_CLResControlModeType state 2");
        }
      case 3:
        switch (r.bits(3)) {
          case 0: v = d_RationalNumberType(r); o.EVSETargetReactivePower = v; s = 4; continue;
          case 1: v = d_RationalNumberType(r); o.EVSETargetReactivePower_L2 = v; s = 5; continue;
          case 2: v = d_RationalNumberType(r); o.EVSETargetReactivePower_L3 = v; s = 6; continue;
          case 3: v = d_RationalNumberType(r); o.EVSEPresentActivePower = v; s = 7; continue;
          case 4: v = d_RationalNumberType(r); o.EVSEPresentActivePower_L2 = v; s = 8; continue;
          case 5: v = d_RationalNumberType(r); o.EVSEPresentActivePower_L3 = v; s = 9; continue;
          case 6: return o;
          default: return r.escape("Scheduled_AC_CLResControlModeType state 3");
        }
      case 4:
        switch (r.bits(3)) {
          case 0: v = d_RationalNumberType(r); o.EVSETargetReactivePower_L2 = v; s = 5; continue;
          case 1: v = d_RationalNumberType(r); o.EVSETargetReactivePower_L3 = v; s = 6; continue;
          case 2: v = d_RationalNumberType(r); o.EVSEPresentActivePower = v; s = 7; continue;
          case 3: v = d_RationalNumberType(r); o.EVSEPresentActivePower_L2 = v; s = 8; continue;
          case 4: v = d_RationalNumberType(r); o.EVSEPresentActivePower_L3 = v; s = 9; continue;
          case 5: return o;
          default: return r.escape("Scheduled_AC_CLResControlModeType state 4");
        }
      case 5:
        switch (r.bits(3)) {
          case 0: v = d_RationalNumberType(r); o.EVSETargetReactivePower_L3 = v; s = 6; continue;
          case 1: v = d_RationalNumberType(r); o.EVSEPresentActivePower = v; s = 7; continue;
          case 2: v = d_RationalNumberType(r); o.EVSEPresentActivePower_L2 = v; s = 8; continue;
          case 3: v = d_RationalNumberType(r); o.EVSEPresentActivePower_L3 = v; s = 9; continue;
          case 4: return o;
          default: return r.escape("Scheduled_AC_CLResControlModeType state 5");
        }
      case 6:
        switch (r.bits(3)) {
          case 0: v = d_RationalNumberType(r); o.EVSEPresentActivePower = v; s = 7; continue;
          case 1: v = d_RationalNumberType(r); o.EVSEPresentActivePower_L2 = v; s = 8; continue;
          case 2: v = d_RationalNumberType(r); o.EVSEPresentActivePower_L3 = v; s = 9; continue;
          case 3: return o;
          default: return r.escape("Scheduled_AC_CLResControlModeType state 6");
        }
      case 7:
        switch (r.bits(2)) {
          case 0: v = d_RationalNumberType(r); o.EVSEPresentActivePower_L2 = v; s = 8; continue;
          case 1: v = d_RationalNumberType(r); o.EVSEPresentActivePower_L3 = v; s = 9; continue;
          case 2: return o;
          default: return r.escape("Scheduled_AC_CLResControlModeType state 7");
        }
      case 8:
        switch (r.bits(2)) {
          case 0: v = d_RationalNumberType(r); o.EVSEPresentActivePower_L3 = v; s = 9; continue;
          case 1: return o;
          default: return r.escape("Scheduled_AC_CLResControlModeType state 8");
        }
      case 9:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("Scheduled_AC_CLResControlModeType state 9");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const P_Scheduled_AC_CLResControlModeType_0: ReadonlyMap<string, number> = new Map([["EVSETargetActivePower",0],["EVSETargetActivePower_L2",1],["EVSETargetActivePower_L3",2],["EVSETargetReactivePower",3],["EVSETargetReactivePower_L2",4],["EVSETargetReactivePower_L3",5],["EVSEPresentActivePower",6],["EVSEPresentActivePower_L2",7],["EVSEPresentActivePower_L3",8]]);
const P_Scheduled_AC_CLResControlModeType_1: ReadonlyMap<string, number> = new Map([["EVSETargetActivePower_L2",0],["EVSETargetActivePower_L3",1],["EVSETargetReactivePower",2],["EVSETargetReactivePower_L2",3],["EVSETargetReactivePower_L3",4],["EVSEPresentActivePower",5],["EVSEPresentActivePower_L2",6],["EVSEPresentActivePower_L3",7]]);
const K_Scheduled_AC_CLResControlModeType: readonly string[] = ["EVSETargetActivePower","EVSETargetActivePower_L2","EVSETargetActivePower_L3","EVSETargetReactivePower","EVSETargetReactivePower_L2","EVSETargetReactivePower_L3","EVSEPresentActivePower","EVSEPresentActivePower_L2","EVSEPresentActivePower_L3"];
function e_Scheduled_AC_CLResControlModeType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          switch (firstKey(o, P_Scheduled_AC_CLResControlModeType_0)) {
            case 0: v = o.EVSETargetActivePower; { w.bits(0, 4); k = "EVSETargetActivePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 1; s = 1; continue; }
            case 1: v = o.EVSETargetActivePower_L2; { w.bits(1, 4); k = "EVSETargetActivePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 2; s = 2; continue; }
            case 2: v = o.EVSETargetActivePower_L3; { w.bits(2, 4); k = "EVSETargetActivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 4; s = 3; continue; }
            case 3: v = o.EVSETargetReactivePower; { w.bits(3, 4); k = "EVSETargetReactivePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 8; s = 4; continue; }
            case 4: v = o.EVSETargetReactivePower_L2; { w.bits(4, 4); k = "EVSETargetReactivePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 16; s = 5; continue; }
            case 5: v = o.EVSETargetReactivePower_L3; { w.bits(5, 4); k = "EVSETargetReactivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 32; s = 6; continue; }
            case 6: v = o.EVSEPresentActivePower; { w.bits(6, 4); k = "EVSEPresentActivePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 64; s = 7; continue; }
            case 7: v = o.EVSEPresentActivePower_L2; { w.bits(7, 4); k = "EVSEPresentActivePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 128; s = 8; continue; }
            case 8: v = o.EVSEPresentActivePower_L3; { w.bits(8, 4); k = "EVSEPresentActivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 256; s = 9; continue; }
          }
          w.bits(9, 4); break loop;
        case 1:
          switch (firstKey(o, P_Scheduled_AC_CLResControlModeType_1)) {
            case 0: v = o.EVSETargetActivePower_L2; { w.bits(0, 4); k = "EVSETargetActivePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 2; s = 2; continue; }
            case 1: v = o.EVSETargetActivePower_L3; { w.bits(1, 4); k = "EVSETargetActivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 4; s = 3; continue; }
            case 2: v = o.EVSETargetReactivePower; { w.bits(2, 4); k = "EVSETargetReactivePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 8; s = 4; continue; }
            case 3: v = o.EVSETargetReactivePower_L2; { w.bits(3, 4); k = "EVSETargetReactivePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 16; s = 5; continue; }
            case 4: v = o.EVSETargetReactivePower_L3; { w.bits(4, 4); k = "EVSETargetReactivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 32; s = 6; continue; }
            case 5: v = o.EVSEPresentActivePower; { w.bits(5, 4); k = "EVSEPresentActivePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 64; s = 7; continue; }
            case 6: v = o.EVSEPresentActivePower_L2; { w.bits(6, 4); k = "EVSEPresentActivePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 128; s = 8; continue; }
            case 7: v = o.EVSEPresentActivePower_L3; { w.bits(7, 4); k = "EVSEPresentActivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 256; s = 9; continue; }
          }
          w.bits(8, 4); break loop;
        case 2:
          if ((v = o.EVSETargetActivePower_L3) !== undefined) { w.bits(0, 4); k = "EVSETargetActivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 4; s = 3; continue; }
          if ((v = o.EVSETargetReactivePower) !== undefined) { w.bits(1, 4); k = "EVSETargetReactivePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 8; s = 4; continue; }
          if ((v = o.EVSETargetReactivePower_L2) !== undefined) { w.bits(2, 4); k = "EVSETargetReactivePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 16; s = 5; continue; }
          if ((v = o.EVSETargetReactivePower_L3) !== undefined) { w.bits(3, 4); k = "EVSETargetReactivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 32; s = 6; continue; }
          if ((v = o.EVSEPresentActivePower) !== undefined) { w.bits(4, 4); k = "EVSEPresentActivePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 64; s = 7; continue; }
          if ((v = o.EVSEPresentActivePower_L2) !== undefined) { w.bits(5, 4); k = "EVSEPresentActivePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 128; s = 8; continue; }
          if ((v = o.EVSEPresentActivePower_L3) !== undefined) { w.bits(6, 4); k = "EVSEPresentActivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 256; s = 9; continue; }
          w.bits(7, 4); break loop;
        case 3:
          if ((v = o.EVSETargetReactivePower) !== undefined) { w.bits(0, 3); k = "EVSETargetReactivePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 8; s = 4; continue; }
          if ((v = o.EVSETargetReactivePower_L2) !== undefined) { w.bits(1, 3); k = "EVSETargetReactivePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 16; s = 5; continue; }
          if ((v = o.EVSETargetReactivePower_L3) !== undefined) { w.bits(2, 3); k = "EVSETargetReactivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 32; s = 6; continue; }
          if ((v = o.EVSEPresentActivePower) !== undefined) { w.bits(3, 3); k = "EVSEPresentActivePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 64; s = 7; continue; }
          if ((v = o.EVSEPresentActivePower_L2) !== undefined) { w.bits(4, 3); k = "EVSEPresentActivePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 128; s = 8; continue; }
          if ((v = o.EVSEPresentActivePower_L3) !== undefined) { w.bits(5, 3); k = "EVSEPresentActivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 256; s = 9; continue; }
          w.bits(6, 3); break loop;
        case 4:
          if ((v = o.EVSETargetReactivePower_L2) !== undefined) { w.bits(0, 3); k = "EVSETargetReactivePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 16; s = 5; continue; }
          if ((v = o.EVSETargetReactivePower_L3) !== undefined) { w.bits(1, 3); k = "EVSETargetReactivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 32; s = 6; continue; }
          if ((v = o.EVSEPresentActivePower) !== undefined) { w.bits(2, 3); k = "EVSEPresentActivePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 64; s = 7; continue; }
          if ((v = o.EVSEPresentActivePower_L2) !== undefined) { w.bits(3, 3); k = "EVSEPresentActivePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 128; s = 8; continue; }
          if ((v = o.EVSEPresentActivePower_L3) !== undefined) { w.bits(4, 3); k = "EVSEPresentActivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 256; s = 9; continue; }
          w.bits(5, 3); break loop;
        case 5:
          if ((v = o.EVSETargetReactivePower_L3) !== undefined) { w.bits(0, 3); k = "EVSETargetReactivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 32; s = 6; continue; }
          if ((v = o.EVSEPresentActivePower) !== undefined) { w.bits(1, 3); k = "EVSEPresentActivePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 64; s = 7; continue; }
          if ((v = o.EVSEPresentActivePower_L2) !== undefined) { w.bits(2, 3); k = "EVSEPresentActivePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 128; s = 8; continue; }
          if ((v = o.EVSEPresentActivePower_L3) !== undefined) { w.bits(3, 3); k = "EVSEPresentActivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 256; s = 9; continue; }
          w.bits(4, 3); break loop;
        case 6:
          if ((v = o.EVSEPresentActivePower) !== undefined) { w.bits(0, 3); k = "EVSEPresentActivePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 64; s = 7; continue; }
          if ((v = o.EVSEPresentActivePower_L2) !== undefined) { w.bits(1, 3); k = "EVSEPresentActivePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 128; s = 8; continue; }
          if ((v = o.EVSEPresentActivePower_L3) !== undefined) { w.bits(2, 3); k = "EVSEPresentActivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 256; s = 9; continue; }
          w.bits(3, 3); break loop;
        case 7:
          if ((v = o.EVSEPresentActivePower_L2) !== undefined) { w.bits(0, 2); k = "EVSEPresentActivePower_L2"; ki = -1; e_RationalNumberType(w, v); n++; m += 128; s = 8; continue; }
          if ((v = o.EVSEPresentActivePower_L3) !== undefined) { w.bits(1, 2); k = "EVSEPresentActivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 256; s = 9; continue; }
          w.bits(2, 2); break loop;
        case 8:
          if ((v = o.EVSEPresentActivePower_L3) !== undefined) { w.bits(0, 2); k = "EVSEPresentActivePower_L3"; ki = -1; e_RationalNumberType(w, v); n++; m += 256; s = 9; continue; }
          w.bits(1, 2); break loop;
        case 9:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_Scheduled_AC_CLResControlModeType, m);
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

function d_DisplayParametersType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(4)) {
          case 0: if (r.chOrEmpty()) { v = r.nbit(7, 0, 100); r.expect0('EE of PresentSOC'); } else v = {}; o.PresentSOC = v; s = 1; continue;
          case 1: if (r.chOrEmpty()) { v = r.nbit(7, 0, 100); r.expect0('EE of MinimumSOC'); } else v = {}; o.MinimumSOC = v; s = 2; continue;
          case 2: if (r.chOrEmpty()) { v = r.nbit(7, 0, 100); r.expect0('EE of TargetSOC'); } else v = {}; o.TargetSOC = v; s = 3; continue;
          case 3: if (r.chOrEmpty()) { v = r.nbit(7, 0, 100); r.expect0('EE of MaximumSOC'); } else v = {}; o.MaximumSOC = v; s = 4; continue;
          case 4: if (r.chOrEmpty()) { v = r.uint(4294967295); r.expect0('EE of RemainingTimeToMinimumSOC'); } else v = {}; o.RemainingTimeToMinimumSOC = v; s = 5; continue;
          case 5: if (r.chOrEmpty()) { v = r.uint(4294967295); r.expect0('EE of RemainingTimeToTargetSOC'); } else v = {}; o.RemainingTimeToTargetSOC = v; s = 6; continue;
          case 6: if (r.chOrEmpty()) { v = r.uint(4294967295); r.expect0('EE of RemainingTimeToMaximumSOC'); } else v = {}; o.RemainingTimeToMaximumSOC = v; s = 7; continue;
          case 7: if (r.chOrEmpty()) { v = r.bool(); r.expect0('EE of ChargingComplete'); } else v = {}; o.ChargingComplete = v; s = 8; continue;
          case 8: v = d_RationalNumberType(r); o.BatteryEnergyCapacity = v; s = 9; continue;
          case 9: if (r.chOrEmpty()) { v = r.bool(); r.expect0('EE of InletHot'); } else v = {}; o.InletHot = v; s = 10; continue;
          case 10: return o;
          default: return r.escape("DisplayParametersType state 0");
        }
      case 1:
        switch (r.bits(4)) {
          case 0: if (r.chOrEmpty()) { v = r.nbit(7, 0, 100); r.expect0('EE of MinimumSOC'); } else v = {}; o.MinimumSOC = v; s = 2; continue;
          case 1: if (r.chOrEmpty()) { v = r.nbit(7, 0, 100); r.expect0('EE of TargetSOC'); } else v = {}; o.TargetSOC = v; s = 3; continue;
          case 2: if (r.chOrEmpty()) { v = r.nbit(7, 0, 100); r.expect0('EE of MaximumSOC'); } else v = {}; o.MaximumSOC = v; s = 4; continue;
          case 3: if (r.chOrEmpty()) { v = r.uint(4294967295); r.expect0('EE of RemainingTimeToMinimumSOC'); } else v = {}; o.RemainingTimeToMinimumSOC = v; s = 5; continue;
          case 4: if (r.chOrEmpty()) { v = r.uint(4294967295); r.expect0('EE of RemainingTimeToTargetSOC'); } else v = {}; o.RemainingTimeToTargetSOC = v; s = 6; continue;
          case 5: if (r.chOrEmpty()) { v = r.uint(4294967295); r.expect0('EE of RemainingTimeToMaximumSOC'); } else v = {}; o.RemainingTimeToMaximumSOC = v; s = 7; continue;
          case 6: if (r.chOrEmpty()) { v = r.bool(); r.expect0('EE of ChargingComplete'); } else v = {}; o.ChargingComplete = v; s = 8; continue;
          case 7: v = d_RationalNumberType(r); o.BatteryEnergyCapacity = v; s = 9; continue;
          case 8: if (r.chOrEmpty()) { v = r.bool(); r.expect0('EE of InletHot'); } else v = {}; o.InletHot = v; s = 10; continue;
          case 9: return o;
          default: return r.escape("DisplayParametersType state 1");
        }
      case 2:
        switch (r.bits(4)) {
          case 0: if (r.chOrEmpty()) { v = r.nbit(7, 0, 100); r.expect0('EE of TargetSOC'); } else v = {}; o.TargetSOC = v; s = 3; continue;
          case 1: if (r.chOrEmpty()) { v = r.nbit(7, 0, 100); r.expect0('EE of MaximumSOC'); } else v = {}; o.MaximumSOC = v; s = 4; continue;
          case 2: if (r.chOrEmpty()) { v = r.uint(4294967295); r.expect0('EE of RemainingTimeToMinimumSOC'); } else v = {}; o.RemainingTimeToMinimumSOC = v; s = 5; continue;
          case 3: if (r.chOrEmpty()) { v = r.uint(4294967295); r.expect0('EE of RemainingTimeToTargetSOC'); } else v = {}; o.RemainingTimeToTargetSOC = v; s = 6; continue;
          case 4: if (r.chOrEmpty()) { v = r.uint(4294967295); r.expect0('EE of RemainingTimeToMaximumSOC'); } else v = {}; o.RemainingTimeToMaximumSOC = v; s = 7; continue;
          case 5: if (r.chOrEmpty()) { v = r.bool(); r.expect0('EE of ChargingComplete'); } else v = {}; o.ChargingComplete = v; s = 8; continue;
          case 6: v = d_RationalNumberType(r); o.BatteryEnergyCapacity = v; s = 9; continue;
          case 7: if (r.chOrEmpty()) { v = r.bool(); r.expect0('EE of InletHot'); } else v = {}; o.InletHot = v; s = 10; continue;
          case 8: return o;
          default: return r.escape("DisplayParametersType state 2");
        }
      case 3:
        switch (r.bits(4)) {
          case 0: if (r.chOrEmpty()) { v = r.nbit(7, 0, 100); r.expect0('EE of MaximumSOC'); } else v = {}; o.MaximumSOC = v; s = 4; continue;
          case 1: if (r.chOrEmpty()) { v = r.uint(4294967295); r.expect0('EE of RemainingTimeToMinimumSOC'); } else v = {}; o.RemainingTimeToMinimumSOC = v; s = 5; continue;
          case 2: if (r.chOrEmpty()) { v = r.uint(4294967295); r.expect0('EE of RemainingTimeToTargetSOC'); } else v = {}; o.RemainingTimeToTargetSOC = v; s = 6; continue;
          case 3: if (r.chOrEmpty()) { v = r.uint(4294967295); r.expect0('EE of RemainingTimeToMaximumSOC'); } else v = {}; o.RemainingTimeToMaximumSOC = v; s = 7; continue;
          case 4: if (r.chOrEmpty()) { v = r.bool(); r.expect0('EE of ChargingComplete'); } else v = {}; o.ChargingComplete = v; s = 8; continue;
          case 5: v = d_RationalNumberType(r); o.BatteryEnergyCapacity = v; s = 9; continue;
          case 6: if (r.chOrEmpty()) { v = r.bool(); r.expect0('EE of InletHot'); } else v = {}; o.InletHot = v; s = 10; continue;
          case 7: return o;
          default: return r.escape("DisplayParametersType state 3");
        }
      case 4:
        switch (r.bits(3)) {
          case 0: if (r.chOrEmpty()) { v = r.uint(4294967295); r.expect0('EE of RemainingTimeToMinimumSOC'); } else v = {}; o.RemainingTimeToMinimumSOC = v; s = 5; continue;
          case 1: if (r.chOrEmpty()) { v = r.uint(4294967295); r.expect0('EE of RemainingTimeToTargetSOC'); } else v = {}; o.RemainingTimeToTargetSOC = v; s = 6; continue;
          case 2: if (r.chOrEmpty()) { v = r.uint(4294967295); r.expect0('EE of RemainingTimeToMaximumSOC'); } else v = {}; o.RemainingTimeToMaximumSOC = v; s = 7; continue;
          case 3: if (r.chOrEmpty()) { v = r.bool(); r.expect0('EE of ChargingComplete'); } else v = {}; o.ChargingComplete = v; s = 8; continue;
          case 4: v = d_RationalNumberType(r); o.BatteryEnergyCapacity = v; s = 9; continue;
          case 5: if (r.chOrEmpty()) { v = r.bool(); r.expect0('EE of InletHot'); } else v = {}; o.InletHot = v; s = 10; continue;
          case 6: return o;
          default: return r.escape("DisplayParametersType state 4");
        }
      case 5:
        switch (r.bits(3)) {
          case 0: if (r.chOrEmpty()) { v = r.uint(4294967295); r.expect0('EE of RemainingTimeToTargetSOC'); } else v = {}; o.RemainingTimeToTargetSOC = v; s = 6; continue;
          case 1: if (r.chOrEmpty()) { v = r.uint(4294967295); r.expect0('EE of RemainingTimeToMaximumSOC'); } else v = {}; o.RemainingTimeToMaximumSOC = v; s = 7; continue;
          case 2: if (r.chOrEmpty()) { v = r.bool(); r.expect0('EE of ChargingComplete'); } else v = {}; o.ChargingComplete = v; s = 8; continue;
          case 3: v = d_RationalNumberType(r); o.BatteryEnergyCapacity = v; s = 9; continue;
          case 4: if (r.chOrEmpty()) { v = r.bool(); r.expect0('EE of InletHot'); } else v = {}; o.InletHot = v; s = 10; continue;
          case 5: return o;
          default: return r.escape("DisplayParametersType state 5");
        }
      case 6:
        switch (r.bits(3)) {
          case 0: if (r.chOrEmpty()) { v = r.uint(4294967295); r.expect0('EE of RemainingTimeToMaximumSOC'); } else v = {}; o.RemainingTimeToMaximumSOC = v; s = 7; continue;
          case 1: if (r.chOrEmpty()) { v = r.bool(); r.expect0('EE of ChargingComplete'); } else v = {}; o.ChargingComplete = v; s = 8; continue;
          case 2: v = d_RationalNumberType(r); o.BatteryEnergyCapacity = v; s = 9; continue;
          case 3: if (r.chOrEmpty()) { v = r.bool(); r.expect0('EE of InletHot'); } else v = {}; o.InletHot = v; s = 10; continue;
          case 4: return o;
          default: return r.escape("DisplayParametersType state 6");
        }
      case 7:
        switch (r.bits(3)) {
          case 0: if (r.chOrEmpty()) { v = r.bool(); r.expect0('EE of ChargingComplete'); } else v = {}; o.ChargingComplete = v; s = 8; continue;
          case 1: v = d_RationalNumberType(r); o.BatteryEnergyCapacity = v; s = 9; continue;
          case 2: if (r.chOrEmpty()) { v = r.bool(); r.expect0('EE of InletHot'); } else v = {}; o.InletHot = v; s = 10; continue;
          case 3: return o;
          default: return r.escape("DisplayParametersType state 7");
        }
      case 8:
        switch (r.bits(2)) {
          case 0: v = d_RationalNumberType(r); o.BatteryEnergyCapacity = v; s = 9; continue;
          case 1: if (r.chOrEmpty()) { v = r.bool(); r.expect0('EE of InletHot'); } else v = {}; o.InletHot = v; s = 10; continue;
          case 2: return o;
          default: return r.escape("DisplayParametersType state 8");
        }
      case 9:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.bool(); r.expect0('EE of InletHot'); } else v = {}; o.InletHot = v; s = 10; continue;
          case 1: return o;
          default: return r.escape("DisplayParametersType state 9");
        }
      case 10:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("DisplayParametersType state 10");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const P_DisplayParametersType_0: ReadonlyMap<string, number> = new Map([["PresentSOC",0],["MinimumSOC",1],["TargetSOC",2],["MaximumSOC",3],["RemainingTimeToMinimumSOC",4],["RemainingTimeToTargetSOC",5],["RemainingTimeToMaximumSOC",6],["ChargingComplete",7],["BatteryEnergyCapacity",8],["InletHot",9]]);
const P_DisplayParametersType_1: ReadonlyMap<string, number> = new Map([["MinimumSOC",0],["TargetSOC",1],["MaximumSOC",2],["RemainingTimeToMinimumSOC",3],["RemainingTimeToTargetSOC",4],["RemainingTimeToMaximumSOC",5],["ChargingComplete",6],["BatteryEnergyCapacity",7],["InletHot",8]]);
const P_DisplayParametersType_2: ReadonlyMap<string, number> = new Map([["TargetSOC",0],["MaximumSOC",1],["RemainingTimeToMinimumSOC",2],["RemainingTimeToTargetSOC",3],["RemainingTimeToMaximumSOC",4],["ChargingComplete",5],["BatteryEnergyCapacity",6],["InletHot",7]]);
const K_DisplayParametersType: readonly string[] = ["PresentSOC","MinimumSOC","TargetSOC","MaximumSOC","RemainingTimeToMinimumSOC","RemainingTimeToTargetSOC","RemainingTimeToMaximumSOC","ChargingComplete","BatteryEnergyCapacity","InletHot"];
function e_DisplayParametersType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          switch (firstKey(o, P_DisplayParametersType_0)) {
            case 0: v = o.PresentSOC; { w.bits(0, 4); k = "PresentSOC"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.nbit(v, 7, 0, 100); w.bits(0, 1); } n++; m += 1; s = 1; continue; }
            case 1: v = o.MinimumSOC; { w.bits(1, 4); k = "MinimumSOC"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.nbit(v, 7, 0, 100); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
            case 2: v = o.TargetSOC; { w.bits(2, 4); k = "TargetSOC"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.nbit(v, 7, 0, 100); w.bits(0, 1); } n++; m += 4; s = 3; continue; }
            case 3: v = o.MaximumSOC; { w.bits(3, 4); k = "MaximumSOC"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.nbit(v, 7, 0, 100); w.bits(0, 1); } n++; m += 8; s = 4; continue; }
            case 4: v = o.RemainingTimeToMinimumSOC; { w.bits(4, 4); k = "RemainingTimeToMinimumSOC"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.uint(v, 4294967295); w.bits(0, 1); } n++; m += 16; s = 5; continue; }
            case 5: v = o.RemainingTimeToTargetSOC; { w.bits(5, 4); k = "RemainingTimeToTargetSOC"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.uint(v, 4294967295); w.bits(0, 1); } n++; m += 32; s = 6; continue; }
            case 6: v = o.RemainingTimeToMaximumSOC; { w.bits(6, 4); k = "RemainingTimeToMaximumSOC"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.uint(v, 4294967295); w.bits(0, 1); } n++; m += 64; s = 7; continue; }
            case 7: v = o.ChargingComplete; { w.bits(7, 4); k = "ChargingComplete"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.bool(v); w.bits(0, 1); } n++; m += 128; s = 8; continue; }
            case 8: v = o.BatteryEnergyCapacity; { w.bits(8, 4); k = "BatteryEnergyCapacity"; ki = -1; e_RationalNumberType(w, v); n++; m += 256; s = 9; continue; }
            case 9: v = o.InletHot; { w.bits(9, 4); k = "InletHot"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.bool(v); w.bits(0, 1); } n++; m += 512; s = 10; continue; }
          }
          w.bits(10, 4); break loop;
        case 1:
          switch (firstKey(o, P_DisplayParametersType_1)) {
            case 0: v = o.MinimumSOC; { w.bits(0, 4); k = "MinimumSOC"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.nbit(v, 7, 0, 100); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
            case 1: v = o.TargetSOC; { w.bits(1, 4); k = "TargetSOC"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.nbit(v, 7, 0, 100); w.bits(0, 1); } n++; m += 4; s = 3; continue; }
            case 2: v = o.MaximumSOC; { w.bits(2, 4); k = "MaximumSOC"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.nbit(v, 7, 0, 100); w.bits(0, 1); } n++; m += 8; s = 4; continue; }
            case 3: v = o.RemainingTimeToMinimumSOC; { w.bits(3, 4); k = "RemainingTimeToMinimumSOC"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.uint(v, 4294967295); w.bits(0, 1); } n++; m += 16; s = 5; continue; }
            case 4: v = o.RemainingTimeToTargetSOC; { w.bits(4, 4); k = "RemainingTimeToTargetSOC"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.uint(v, 4294967295); w.bits(0, 1); } n++; m += 32; s = 6; continue; }
            case 5: v = o.RemainingTimeToMaximumSOC; { w.bits(5, 4); k = "RemainingTimeToMaximumSOC"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.uint(v, 4294967295); w.bits(0, 1); } n++; m += 64; s = 7; continue; }
            case 6: v = o.ChargingComplete; { w.bits(6, 4); k = "ChargingComplete"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.bool(v); w.bits(0, 1); } n++; m += 128; s = 8; continue; }
            case 7: v = o.BatteryEnergyCapacity; { w.bits(7, 4); k = "BatteryEnergyCapacity"; ki = -1; e_RationalNumberType(w, v); n++; m += 256; s = 9; continue; }
            case 8: v = o.InletHot; { w.bits(8, 4); k = "InletHot"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.bool(v); w.bits(0, 1); } n++; m += 512; s = 10; continue; }
          }
          w.bits(9, 4); break loop;
        case 2:
          switch (firstKey(o, P_DisplayParametersType_2)) {
            case 0: v = o.TargetSOC; { w.bits(0, 4); k = "TargetSOC"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.nbit(v, 7, 0, 100); w.bits(0, 1); } n++; m += 4; s = 3; continue; }
            case 1: v = o.MaximumSOC; { w.bits(1, 4); k = "MaximumSOC"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.nbit(v, 7, 0, 100); w.bits(0, 1); } n++; m += 8; s = 4; continue; }
            case 2: v = o.RemainingTimeToMinimumSOC; { w.bits(2, 4); k = "RemainingTimeToMinimumSOC"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.uint(v, 4294967295); w.bits(0, 1); } n++; m += 16; s = 5; continue; }
            case 3: v = o.RemainingTimeToTargetSOC; { w.bits(3, 4); k = "RemainingTimeToTargetSOC"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.uint(v, 4294967295); w.bits(0, 1); } n++; m += 32; s = 6; continue; }
            case 4: v = o.RemainingTimeToMaximumSOC; { w.bits(4, 4); k = "RemainingTimeToMaximumSOC"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.uint(v, 4294967295); w.bits(0, 1); } n++; m += 64; s = 7; continue; }
            case 5: v = o.ChargingComplete; { w.bits(5, 4); k = "ChargingComplete"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.bool(v); w.bits(0, 1); } n++; m += 128; s = 8; continue; }
            case 6: v = o.BatteryEnergyCapacity; { w.bits(6, 4); k = "BatteryEnergyCapacity"; ki = -1; e_RationalNumberType(w, v); n++; m += 256; s = 9; continue; }
            case 7: v = o.InletHot; { w.bits(7, 4); k = "InletHot"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.bool(v); w.bits(0, 1); } n++; m += 512; s = 10; continue; }
          }
          w.bits(8, 4); break loop;
        case 3:
          if ((v = o.MaximumSOC) !== undefined) { w.bits(0, 4); k = "MaximumSOC"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.nbit(v, 7, 0, 100); w.bits(0, 1); } n++; m += 8; s = 4; continue; }
          if ((v = o.RemainingTimeToMinimumSOC) !== undefined) { w.bits(1, 4); k = "RemainingTimeToMinimumSOC"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.uint(v, 4294967295); w.bits(0, 1); } n++; m += 16; s = 5; continue; }
          if ((v = o.RemainingTimeToTargetSOC) !== undefined) { w.bits(2, 4); k = "RemainingTimeToTargetSOC"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.uint(v, 4294967295); w.bits(0, 1); } n++; m += 32; s = 6; continue; }
          if ((v = o.RemainingTimeToMaximumSOC) !== undefined) { w.bits(3, 4); k = "RemainingTimeToMaximumSOC"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.uint(v, 4294967295); w.bits(0, 1); } n++; m += 64; s = 7; continue; }
          if ((v = o.ChargingComplete) !== undefined) { w.bits(4, 4); k = "ChargingComplete"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.bool(v); w.bits(0, 1); } n++; m += 128; s = 8; continue; }
          if ((v = o.BatteryEnergyCapacity) !== undefined) { w.bits(5, 4); k = "BatteryEnergyCapacity"; ki = -1; e_RationalNumberType(w, v); n++; m += 256; s = 9; continue; }
          if ((v = o.InletHot) !== undefined) { w.bits(6, 4); k = "InletHot"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.bool(v); w.bits(0, 1); } n++; m += 512; s = 10; continue; }
          w.bits(7, 4); break loop;
        case 4:
          if ((v = o.RemainingTimeToMinimumSOC) !== undefined) { w.bits(0, 3); k = "RemainingTimeToMinimumSOC"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.uint(v, 4294967295); w.bits(0, 1); } n++; m += 16; s = 5; continue; }
          if ((v = o.RemainingTimeToTargetSOC) !== undefined) { w.bits(1, 3); k = "RemainingTimeToTargetSOC"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.uint(v, 4294967295); w.bits(0, 1); } n++; m += 32; s = 6; continue; }
          if ((v = o.RemainingTimeToMaximumSOC) !== undefined) { w.bits(2, 3); k = "RemainingTimeToMaximumSOC"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.uint(v, 4294967295); w.bits(0, 1); } n++; m += 64; s = 7; continue; }
          if ((v = o.ChargingComplete) !== undefined) { w.bits(3, 3); k = "ChargingComplete"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.bool(v); w.bits(0, 1); } n++; m += 128; s = 8; continue; }
          if ((v = o.BatteryEnergyCapacity) !== undefined) { w.bits(4, 3); k = "BatteryEnergyCapacity"; ki = -1; e_RationalNumberType(w, v); n++; m += 256; s = 9; continue; }
          if ((v = o.InletHot) !== undefined) { w.bits(5, 3); k = "InletHot"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.bool(v); w.bits(0, 1); } n++; m += 512; s = 10; continue; }
          w.bits(6, 3); break loop;
        case 5:
          if ((v = o.RemainingTimeToTargetSOC) !== undefined) { w.bits(0, 3); k = "RemainingTimeToTargetSOC"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.uint(v, 4294967295); w.bits(0, 1); } n++; m += 32; s = 6; continue; }
          if ((v = o.RemainingTimeToMaximumSOC) !== undefined) { w.bits(1, 3); k = "RemainingTimeToMaximumSOC"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.uint(v, 4294967295); w.bits(0, 1); } n++; m += 64; s = 7; continue; }
          if ((v = o.ChargingComplete) !== undefined) { w.bits(2, 3); k = "ChargingComplete"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.bool(v); w.bits(0, 1); } n++; m += 128; s = 8; continue; }
          if ((v = o.BatteryEnergyCapacity) !== undefined) { w.bits(3, 3); k = "BatteryEnergyCapacity"; ki = -1; e_RationalNumberType(w, v); n++; m += 256; s = 9; continue; }
          if ((v = o.InletHot) !== undefined) { w.bits(4, 3); k = "InletHot"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.bool(v); w.bits(0, 1); } n++; m += 512; s = 10; continue; }
          w.bits(5, 3); break loop;
        case 6:
          if ((v = o.RemainingTimeToMaximumSOC) !== undefined) { w.bits(0, 3); k = "RemainingTimeToMaximumSOC"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.uint(v, 4294967295); w.bits(0, 1); } n++; m += 64; s = 7; continue; }
          if ((v = o.ChargingComplete) !== undefined) { w.bits(1, 3); k = "ChargingComplete"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.bool(v); w.bits(0, 1); } n++; m += 128; s = 8; continue; }
          if ((v = o.BatteryEnergyCapacity) !== undefined) { w.bits(2, 3); k = "BatteryEnergyCapacity"; ki = -1; e_RationalNumberType(w, v); n++; m += 256; s = 9; continue; }
          if ((v = o.InletHot) !== undefined) { w.bits(3, 3); k = "InletHot"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.bool(v); w.bits(0, 1); } n++; m += 512; s = 10; continue; }
          w.bits(4, 3); break loop;
        case 7:
          if ((v = o.ChargingComplete) !== undefined) { w.bits(0, 3); k = "ChargingComplete"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.bool(v); w.bits(0, 1); } n++; m += 128; s = 8; continue; }
          if ((v = o.BatteryEnergyCapacity) !== undefined) { w.bits(1, 3); k = "BatteryEnergyCapacity"; ki = -1; e_RationalNumberType(w, v); n++; m += 256; s = 9; continue; }
          if ((v = o.InletHot) !== undefined) { w.bits(2, 3); k = "InletHot"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.bool(v); w.bits(0, 1); } n++; m += 512; s = 10; continue; }
          w.bits(3, 3); break loop;
        case 8:
          if ((v = o.BatteryEnergyCapacity) !== undefined) { w.bits(0, 2); k = "BatteryEnergyCapacity"; ki = -1; e_RationalNumberType(w, v); n++; m += 256; s = 9; continue; }
          if ((v = o.InletHot) !== undefined) { w.bits(1, 2); k = "InletHot"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.bool(v); w.bits(0, 1); } n++; m += 512; s = 10; continue; }
          w.bits(2, 2); break loop;
        case 9:
          if ((v = o.InletHot) !== undefined) { w.bits(0, 2); k = "InletHot"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.bool(v); w.bits(0, 1); } n++; m += 512; s = 10; continue; }
          w.bits(1, 2); break loop;
        case 10:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_DisplayParametersType, m);
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
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN1, 3); r.expect0('EE of EVSENotification'); } else v = {}; o.EVSENotification = v; s = 2; continue;
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
          if ((v = o.EVSENotification) !== undefined) { w.bits(0, 1); k = "EVSENotification"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM1, 3); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
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
