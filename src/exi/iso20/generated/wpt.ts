// generated, do not edit.
// ISO 15118-20 WPT: schema-informed EXI 1.0 codec (non-strict, V2G options), built by src/exi/gen from:
//   iso20/V2G_CI_WPT.xsd
//   iso20/V2G_CI_CommonTypes.xsd
//   iso20/xmldsig-core-schema.xsd
// Regenerate with `npm run gen:exi -- ../shared/schemas`.
/* eslint-disable */

import type { BitReader } from '../../core/bit-reader.js';
import { type BitWriter, encodeFail, prefixError } from '../../core/bit-writer.js';
import { asArray, asObject, type ExiObject, extraKeyFail, firstKey, keyCount, pushItem } from '../../core/doc.js';

/** Global elements in DocContent order (sorted by local name, then namespace). */
export const ROOT_ELEMENTS: readonly string[] = ["CLReqControlMode","CLResControlMode","CanonicalizationMethod","DSAKeyValue","DigestMethod","DigestValue","KeyInfo","KeyName","KeyValue","Manifest","MgmtData","Object","PGPData","RSAKeyValue","Reference","RetrievalMethod","SPKIData","Signature","SignatureMethod","SignatureProperties","SignatureProperty","SignatureValue","SignedInfo","Transform","Transforms","WPT_AlignmentCheckReq","WPT_AlignmentCheckRes","WPT_ChargeLoopReq","WPT_ChargeLoopRes","WPT_ChargeParameterDiscoveryReq","WPT_ChargeParameterDiscoveryRes","WPT_FinePositioningReq","WPT_FinePositioningRes","WPT_FinePositioningSetupReq","WPT_FinePositioningSetupRes","WPT_PairingReq","WPT_PairingRes","X509Data"];

const EN0: readonly string[] = ["Finished","Ongoing","Ongoing_WaitingForCustomerInteraction"];
const EM0: ReadonlyMap<string, number> = new Map(EN0.map((v, i) => [v, i]));
const EN1: readonly string[] = ["EVResultUnknown","EVResultSuccess","EVResultFailed"];
const EM1: ReadonlyMap<string, number> = new Map(EN1.map((v, i) => [v, i]));
const EN2: readonly string[] = ["OK","OK_CertificateExpiresSoon","OK_NewSessionEstablished","OK_OldSessionJoined","OK_PowerToleranceConfirmed","WARNING_AuthorizationSelectionInvalid","WARNING_CertificateExpired","WARNING_CertificateNotYetValid","WARNING_CertificateRevoked","WARNING_CertificateValidationError","WARNING_ChallengeInvalid","WARNING_EIMAuthorizationFailure","WARNING_eMSPUnknown","WARNING_EVPowerProfileViolation","WARNING_GeneralPnCAuthorizationError","WARNING_NoCertificateAvailable","WARNING_NoContractMatchingPCIDFound","WARNING_PowerToleranceNotConfirmed","WARNING_ScheduleRenegotiationFailed","WARNING_StandbyNotAllowed","WARNING_WPT","FAILED","FAILED_AssociationError","FAILED_ContactorError","FAILED_EVPowerProfileInvalid","FAILED_EVPowerProfileViolation","FAILED_MeteringSignatureNotValid","FAILED_NoEnergyTransferServiceSelected","FAILED_NoServiceRenegotiationSupported","FAILED_PauseNotAllowed","FAILED_PowerDeliveryNotApplied","FAILED_PowerToleranceNotConfirmed","FAILED_ScheduleRenegotiation","FAILED_ScheduleSelectionInvalid","FAILED_SequenceError","FAILED_ServiceIDInvalid","FAILED_ServiceSelectionInvalid","FAILED_SignatureError","FAILED_UnknownSession","FAILED_WrongChargeParameter"];
const EM2: ReadonlyMap<string, number> = new Map(EN2.map((v, i) => [v, i]));
const EN3: readonly string[] = ["EVPCNoIssue","EVPCTempOverheatDetected","EVPCPowerTransferAnomalyDetected","EVPCAnomalyDetected"];
const EM3: ReadonlyMap<string, number> = new Map(EN3.map((v, i) => [v, i]));
const EN4: readonly string[] = ["SPCNoIssue","SPCFODDetected","SPCLOPDetected","SPCTempOverheatDetected","SPCPowerTransferAnomalyDetected","SPCAnomalyDetected"];
const EM4: ReadonlyMap<string, number> = new Map(EN4.map((v, i) => [v, i]));
const EN5: readonly string[] = ["MF-WPT1","MF-WPT2","MF-WPT3","MF-WPT4"];
const EM5: ReadonlyMap<string, number> = new Map(EN5.map((v, i) => [v, i]));
const EN6: readonly string[] = ["Pause","ExitStandby","Terminate","ScheduleRenegotiation","ServiceRenegotiation","MeteringConfirmation"];
const EM6: ReadonlyMap<string, number> = new Map(EN6.map((v, i) => [v, i]));
const EN7: readonly string[] = ["Manual","LF_TxEV","LF_TxPrimaryDevice","LPE","Proprietary"];
const EM7: ReadonlyMap<string, number> = new Map(EN7.map((v, i) => [v, i]));
const EN8: readonly string[] = ["External confirmation","LPE","LF_TxEV","LF_TxPrimaryDevice","Optical","Proprietary"];
const EM8: ReadonlyMap<string, number> = new Map(EN8.map((v, i) => [v, i]));
const EN9: readonly string[] = ["PowerCheck","LPE","Proprietary"];
const EM9: ReadonlyMap<string, number> = new Map(EN9.map((v, i) => [v, i]));

/** Decodes DocContent (after the EXI header) up to ED; returns the document in the EXI JSON form. */
export function decodeDocument(r: BitReader): ExiObject {
  switch (r.bits(6)) {
    case 0: { let v: unknown; v = d_CLReqControlModeType(r); return { "CLReqControlMode": v }; }
    case 1: { let v: unknown; v = d_CLResControlModeType(r); return { "CLResControlMode": v }; }
    case 2: { let v: unknown; v = d_CanonicalizationMethodType(r); return { "CanonicalizationMethod": v }; }
    case 3: { let v: unknown; v = d_DSAKeyValueType(r); return { "DSAKeyValue": v }; }
    case 4: { let v: unknown; v = d_DigestMethodType(r); return { "DigestMethod": v }; }
    case 5: { let v: unknown; if (r.chOrEmpty()) { v = r.binary(9007199254740991); r.expect0('EE of DigestValue'); } else v = {}; return { "DigestValue": v }; }
    case 6: { let v: unknown; v = d_KeyInfoType(r); return { "KeyInfo": v }; }
    case 7: { let v: unknown; if (r.chOrEmpty()) { v = r.string(9007199254740991); r.expect0('EE of KeyName'); } else v = {}; return { "KeyName": v }; }
    case 8: { let v: unknown; v = d_KeyValueType(r); return { "KeyValue": v }; }
    case 9: { let v: unknown; v = d_ManifestType(r); return { "Manifest": v }; }
    case 10: { let v: unknown; if (r.chOrEmpty()) { v = r.string(9007199254740991); r.expect0('EE of MgmtData'); } else v = {}; return { "MgmtData": v }; }
    case 11: { let v: unknown; v = d_ObjectType(r); return { "Object": v }; }
    case 12: { let v: unknown; v = d_PGPDataType(r); return { "PGPData": v }; }
    case 13: { let v: unknown; v = d_RSAKeyValueType(r); return { "RSAKeyValue": v }; }
    case 14: { let v: unknown; v = d_ReferenceType(r); return { "Reference": v }; }
    case 15: { let v: unknown; v = d_RetrievalMethodType(r); return { "RetrievalMethod": v }; }
    case 16: { let v: unknown; v = d_SPKIDataType(r); return { "SPKIData": v }; }
    case 17: { let v: unknown; v = d_SignatureType(r); return { "Signature": v }; }
    case 18: { let v: unknown; v = d_SignatureMethodType(r); return { "SignatureMethod": v }; }
    case 19: { let v: unknown; v = d_SignaturePropertiesType(r); return { "SignatureProperties": v }; }
    case 20: { let v: unknown; v = d_SignaturePropertyType(r); return { "SignatureProperty": v }; }
    case 21: { let v: unknown; v = d_SignatureValueType(r); return { "SignatureValue": v }; }
    case 22: { let v: unknown; v = d_SignedInfoType(r); return { "SignedInfo": v }; }
    case 23: { let v: unknown; v = d_TransformType(r); return { "Transform": v }; }
    case 24: { let v: unknown; v = d_TransformsType(r); return { "Transforms": v }; }
    case 25: { let v: unknown; v = d_WPT_AlignmentCheckReqType(r); return { "WPT_AlignmentCheckReq": v }; }
    case 26: { let v: unknown; v = d_WPT_AlignmentCheckResType(r); return { "WPT_AlignmentCheckRes": v }; }
    case 27: { let v: unknown; v = d_WPT_ChargeLoopReqType(r); return { "WPT_ChargeLoopReq": v }; }
    case 28: { let v: unknown; v = d_WPT_ChargeLoopResType(r); return { "WPT_ChargeLoopRes": v }; }
    case 29: { let v: unknown; v = d_WPT_ChargeParameterDiscoveryReqType(r); return { "WPT_ChargeParameterDiscoveryReq": v }; }
    case 30: { let v: unknown; v = d_WPT_ChargeParameterDiscoveryResType(r); return { "WPT_ChargeParameterDiscoveryRes": v }; }
    case 31: { let v: unknown; v = d_WPT_FinePositioningReqType(r); return { "WPT_FinePositioningReq": v }; }
    case 32: { let v: unknown; v = d_WPT_FinePositioningResType(r); return { "WPT_FinePositioningRes": v }; }
    case 33: { let v: unknown; v = d_WPT_FinePositioningSetupReqType(r); return { "WPT_FinePositioningSetupReq": v }; }
    case 34: { let v: unknown; v = d_WPT_FinePositioningSetupResType(r); return { "WPT_FinePositioningSetupRes": v }; }
    case 35: { let v: unknown; v = d_WPT_PairingReqType(r); return { "WPT_PairingReq": v }; }
    case 36: { let v: unknown; v = d_WPT_PairingResType(r); return { "WPT_PairingRes": v }; }
    case 37: { let v: unknown; v = d_X509DataType(r); return { "X509Data": v }; }
    default: return r.fail('document root is not a global element of this schema');
  }
}

/** Encodes DocContent of a document in the EXI JSON form (one key: the root element). */
export function encodeDocument(w: BitWriter, doc: ExiObject, root: string): void {
  const v = doc[root];
  switch (root) {
    case "CLReqControlMode": w.bits(0, 6); e_CLReqControlModeType(w, v); return;
    case "CLResControlMode": w.bits(1, 6); e_CLResControlModeType(w, v); return;
    case "CanonicalizationMethod": w.bits(2, 6); e_CanonicalizationMethodType(w, v); return;
    case "DSAKeyValue": w.bits(3, 6); e_DSAKeyValueType(w, v); return;
    case "DigestMethod": w.bits(4, 6); e_DigestMethodType(w, v); return;
    case "DigestValue": w.bits(5, 6); if (!w.emptyElement(v)) { w.bits(0, 1); w.binary(v, 9007199254740991); w.bits(0, 1); } return;
    case "KeyInfo": w.bits(6, 6); e_KeyInfoType(w, v); return;
    case "KeyName": w.bits(7, 6); if (!w.emptyElement(v)) { w.bits(0, 1); w.string(v, 9007199254740991); w.bits(0, 1); } return;
    case "KeyValue": w.bits(8, 6); e_KeyValueType(w, v); return;
    case "Manifest": w.bits(9, 6); e_ManifestType(w, v); return;
    case "MgmtData": w.bits(10, 6); if (!w.emptyElement(v)) { w.bits(0, 1); w.string(v, 9007199254740991); w.bits(0, 1); } return;
    case "Object": w.bits(11, 6); e_ObjectType(w, v); return;
    case "PGPData": w.bits(12, 6); e_PGPDataType(w, v); return;
    case "RSAKeyValue": w.bits(13, 6); e_RSAKeyValueType(w, v); return;
    case "Reference": w.bits(14, 6); e_ReferenceType(w, v); return;
    case "RetrievalMethod": w.bits(15, 6); e_RetrievalMethodType(w, v); return;
    case "SPKIData": w.bits(16, 6); e_SPKIDataType(w, v); return;
    case "Signature": w.bits(17, 6); e_SignatureType(w, v); return;
    case "SignatureMethod": w.bits(18, 6); e_SignatureMethodType(w, v); return;
    case "SignatureProperties": w.bits(19, 6); e_SignaturePropertiesType(w, v); return;
    case "SignatureProperty": w.bits(20, 6); e_SignaturePropertyType(w, v); return;
    case "SignatureValue": w.bits(21, 6); e_SignatureValueType(w, v); return;
    case "SignedInfo": w.bits(22, 6); e_SignedInfoType(w, v); return;
    case "Transform": w.bits(23, 6); e_TransformType(w, v); return;
    case "Transforms": w.bits(24, 6); e_TransformsType(w, v); return;
    case "WPT_AlignmentCheckReq": w.bits(25, 6); e_WPT_AlignmentCheckReqType(w, v); return;
    case "WPT_AlignmentCheckRes": w.bits(26, 6); e_WPT_AlignmentCheckResType(w, v); return;
    case "WPT_ChargeLoopReq": w.bits(27, 6); e_WPT_ChargeLoopReqType(w, v); return;
    case "WPT_ChargeLoopRes": w.bits(28, 6); e_WPT_ChargeLoopResType(w, v); return;
    case "WPT_ChargeParameterDiscoveryReq": w.bits(29, 6); e_WPT_ChargeParameterDiscoveryReqType(w, v); return;
    case "WPT_ChargeParameterDiscoveryRes": w.bits(30, 6); e_WPT_ChargeParameterDiscoveryResType(w, v); return;
    case "WPT_FinePositioningReq": w.bits(31, 6); e_WPT_FinePositioningReqType(w, v); return;
    case "WPT_FinePositioningRes": w.bits(32, 6); e_WPT_FinePositioningResType(w, v); return;
    case "WPT_FinePositioningSetupReq": w.bits(33, 6); e_WPT_FinePositioningSetupReqType(w, v); return;
    case "WPT_FinePositioningSetupRes": w.bits(34, 6); e_WPT_FinePositioningSetupResType(w, v); return;
    case "WPT_PairingReq": w.bits(35, 6); e_WPT_PairingReqType(w, v); return;
    case "WPT_PairingRes": w.bits(36, 6); e_WPT_PairingResType(w, v); return;
    case "X509Data": w.bits(37, 6); e_X509DataType(w, v); return;
    default: return encodeFail(`unknown root element '${root}' (one of: ${ROOT_ELEMENTS.join(', ')})`);
  }
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

function d_WPT_AlignmentCheckReqType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let c4 = 0;
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: v = d_MessageHeaderType(r); o.Header = v; s = 1; continue;
          default: return r.escape("WPT_AlignmentCheckReqType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN0, 2); r.expect0('EE of EVProcessing'); } else v = {}; o.EVProcessing = v; s = 2; continue;
          default: return r.escape("WPT_AlignmentCheckReqType state 1");
        }
      case 2:
        switch (r.bits(2)) {
          case 0: v = d_RationalNumberType(r); o.TargetCoilCurrent = v; s = 3; continue;
          case 1: if (r.chOrEmpty()) { v = r.enumeration(EN1, 2); r.expect0('EE of EVResultCode'); } else v = {}; o.EVResultCode = v; s = 4; continue;
          default: return r.escape("WPT_AlignmentCheckReqType state 2");
        }
      case 3:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN1, 2); r.expect0('EE of EVResultCode'); } else v = {}; o.EVResultCode = v; s = 4; continue;
          default: return r.escape("WPT_AlignmentCheckReqType state 3");
        }
      case 4:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.binary(256); r.expect0('EE of VendorSpecificDataContainer'); } else v = {}; pushItem(o, "VendorSpecificDataContainer", v); c4 = 1; s = 5; continue;
          case 1: return o;
          default: return r.escape("WPT_AlignmentCheckReqType state 4");
        }
      case 5:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.binary(256); r.expect0('EE of VendorSpecificDataContainer'); } else v = {}; pushItem(o, "VendorSpecificDataContainer", v); if (++c4 > 16) return r.fail("more than 16 VendorSpecificDataContainer items (maxOccurs)"); s = 5; continue;
          case 1: return o;
          default: return r.escape("WPT_AlignmentCheckReqType state 5");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_WPT_AlignmentCheckReqType: readonly string[] = ["Header","EVProcessing","TargetCoilCurrent","EVResultCode","VendorSpecificDataContainer"];
function e_WPT_AlignmentCheckReqType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1, c4 = 0, i4 = 0;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.Header) !== undefined) { w.bits(0, 1); k = "Header"; ki = -1; e_MessageHeaderType(w, v); n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'Header'", "Header");
        case 1:
          if ((v = o.EVProcessing) !== undefined) { w.bits(0, 1); k = "EVProcessing"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM0, 2); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVProcessing'", "EVProcessing");
        case 2:
          if ((v = o.TargetCoilCurrent) !== undefined) { w.bits(0, 2); k = "TargetCoilCurrent"; ki = -1; e_RationalNumberType(w, v); n++; m += 4; s = 3; continue; }
          if ((v = o.EVResultCode) !== undefined) { w.bits(1, 2); k = "EVResultCode"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM1, 2); w.bits(0, 1); } n++; m += 8; s = 4; continue; }
          k = ''; return encodeFail("missing mandatory element 'TargetCoilCurrent'", "TargetCoilCurrent");
        case 3:
          if ((v = o.EVResultCode) !== undefined) { w.bits(0, 1); k = "EVResultCode"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM1, 2); w.bits(0, 1); } n++; m += 8; s = 4; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVResultCode'", "EVResultCode");
        case 4:
          if ((v = o.VendorSpecificDataContainer) !== undefined && i4 < asArray(v, "VendorSpecificDataContainer").length) { w.bits(0, 2); k = "VendorSpecificDataContainer"; ki = i4; if (!w.emptyElement((v as unknown[])[i4])) { w.bits(0, 1); w.binary((v as unknown[])[i4], 256); w.bits(0, 1); } if (i4++ === 0) { n++; m += 16; } c4 = 1; s = 5; continue; }
          w.bits(1, 2); break loop;
        case 5:
          if ((v = o.VendorSpecificDataContainer) !== undefined && i4 < asArray(v, "VendorSpecificDataContainer").length) { w.bits(0, 2); k = "VendorSpecificDataContainer"; ki = i4; if (!w.emptyElement((v as unknown[])[i4])) { w.bits(0, 1); w.binary((v as unknown[])[i4], 256); w.bits(0, 1); } if (i4++ === 0) { n++; m += 16; } if (++c4 > 16) return encodeFail("more than 16 VendorSpecificDataContainer items (maxOccurs)"); s = 5; continue; }
          w.bits(1, 2); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (i4 !== 0 && i4 < (o.VendorSpecificDataContainer as unknown[]).length) encodeFail(`too many items (${(o.VendorSpecificDataContainer as unknown[]).length}) or items out of order`, "VendorSpecificDataContainer[" + i4 + ']');
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_WPT_AlignmentCheckReqType, m);
}

function d_WPT_AlignmentCheckResType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let c5 = 0;
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: v = d_MessageHeaderType(r); o.Header = v; s = 1; continue;
          default: return r.escape("WPT_AlignmentCheckResType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN2, 6); r.expect0('EE of ResponseCode'); } else v = {}; o.ResponseCode = v; s = 2; continue;
          default: return r.escape("WPT_AlignmentCheckResType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN0, 2); r.expect0('EE of EVSEProcessing'); } else v = {}; o.EVSEProcessing = v; s = 3; continue;
          default: return r.escape("WPT_AlignmentCheckResType state 2");
        }
      case 3:
        switch (r.bits(3)) {
          case 0: v = d_RationalNumberType(r); o.PowerTransmitted = v; s = 4; continue;
          case 1: v = d_RationalNumberType(r); o.SupplyDeviceCurrent = v; s = 5; continue;
          case 2: if (r.chOrEmpty()) { v = r.binary(256); r.expect0('EE of VendorSpecificDataContainer'); } else v = {}; pushItem(o, "VendorSpecificDataContainer", v); c5 = 1; s = 6; continue;
          case 3: return o;
          default: return r.escape("WPT_AlignmentCheckResType state 3");
        }
      case 4:
        switch (r.bits(2)) {
          case 0: v = d_RationalNumberType(r); o.SupplyDeviceCurrent = v; s = 5; continue;
          case 1: if (r.chOrEmpty()) { v = r.binary(256); r.expect0('EE of VendorSpecificDataContainer'); } else v = {}; pushItem(o, "VendorSpecificDataContainer", v); c5 = 1; s = 6; continue;
          case 2: return o;
          default: return r.escape("WPT_AlignmentCheckResType state 4");
        }
      case 5:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.binary(256); r.expect0('EE of VendorSpecificDataContainer'); } else v = {}; pushItem(o, "VendorSpecificDataContainer", v); c5 = 1; s = 6; continue;
          case 1: return o;
          default: return r.escape("WPT_AlignmentCheckResType state 5");
        }
      case 6:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.binary(256); r.expect0('EE of VendorSpecificDataContainer'); } else v = {}; pushItem(o, "VendorSpecificDataContainer", v); if (++c5 > 16) return r.fail("more than 16 VendorSpecificDataContainer items (maxOccurs)"); s = 6; continue;
          case 1: return o;
          default: return r.escape("WPT_AlignmentCheckResType state 6");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_WPT_AlignmentCheckResType: readonly string[] = ["Header","ResponseCode","EVSEProcessing","PowerTransmitted","SupplyDeviceCurrent","VendorSpecificDataContainer"];
function e_WPT_AlignmentCheckResType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1, c5 = 0, i5 = 0;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.Header) !== undefined) { w.bits(0, 1); k = "Header"; ki = -1; e_MessageHeaderType(w, v); n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'Header'", "Header");
        case 1:
          if ((v = o.ResponseCode) !== undefined) { w.bits(0, 1); k = "ResponseCode"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM2, 6); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'ResponseCode'", "ResponseCode");
        case 2:
          if ((v = o.EVSEProcessing) !== undefined) { w.bits(0, 1); k = "EVSEProcessing"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM0, 2); w.bits(0, 1); } n++; m += 4; s = 3; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVSEProcessing'", "EVSEProcessing");
        case 3:
          if ((v = o.PowerTransmitted) !== undefined) { w.bits(0, 3); k = "PowerTransmitted"; ki = -1; e_RationalNumberType(w, v); n++; m += 8; s = 4; continue; }
          if ((v = o.SupplyDeviceCurrent) !== undefined) { w.bits(1, 3); k = "SupplyDeviceCurrent"; ki = -1; e_RationalNumberType(w, v); n++; m += 16; s = 5; continue; }
          if ((v = o.VendorSpecificDataContainer) !== undefined && i5 < asArray(v, "VendorSpecificDataContainer").length) { w.bits(2, 3); k = "VendorSpecificDataContainer"; ki = i5; if (!w.emptyElement((v as unknown[])[i5])) { w.bits(0, 1); w.binary((v as unknown[])[i5], 256); w.bits(0, 1); } if (i5++ === 0) { n++; m += 32; } c5 = 1; s = 6; continue; }
          w.bits(3, 3); break loop;
        case 4:
          if ((v = o.SupplyDeviceCurrent) !== undefined) { w.bits(0, 2); k = "SupplyDeviceCurrent"; ki = -1; e_RationalNumberType(w, v); n++; m += 16; s = 5; continue; }
          if ((v = o.VendorSpecificDataContainer) !== undefined && i5 < asArray(v, "VendorSpecificDataContainer").length) { w.bits(1, 2); k = "VendorSpecificDataContainer"; ki = i5; if (!w.emptyElement((v as unknown[])[i5])) { w.bits(0, 1); w.binary((v as unknown[])[i5], 256); w.bits(0, 1); } if (i5++ === 0) { n++; m += 32; } c5 = 1; s = 6; continue; }
          w.bits(2, 2); break loop;
        case 5:
          if ((v = o.VendorSpecificDataContainer) !== undefined && i5 < asArray(v, "VendorSpecificDataContainer").length) { w.bits(0, 2); k = "VendorSpecificDataContainer"; ki = i5; if (!w.emptyElement((v as unknown[])[i5])) { w.bits(0, 1); w.binary((v as unknown[])[i5], 256); w.bits(0, 1); } if (i5++ === 0) { n++; m += 32; } c5 = 1; s = 6; continue; }
          w.bits(1, 2); break loop;
        case 6:
          if ((v = o.VendorSpecificDataContainer) !== undefined && i5 < asArray(v, "VendorSpecificDataContainer").length) { w.bits(0, 2); k = "VendorSpecificDataContainer"; ki = i5; if (!w.emptyElement((v as unknown[])[i5])) { w.bits(0, 1); w.binary((v as unknown[])[i5], 256); w.bits(0, 1); } if (i5++ === 0) { n++; m += 32; } if (++c5 > 16) return encodeFail("more than 16 VendorSpecificDataContainer items (maxOccurs)"); s = 6; continue; }
          w.bits(1, 2); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (i5 !== 0 && i5 < (o.VendorSpecificDataContainer as unknown[]).length) encodeFail(`too many items (${(o.VendorSpecificDataContainer as unknown[]).length}) or items out of order`, "VendorSpecificDataContainer[" + i5 + ']');
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_WPT_AlignmentCheckResType, m);
}

function d_WPT_ChargeLoopReqType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let c8 = 0;
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: v = d_MessageHeaderType(r); o.Header = v; s = 1; continue;
          default: return r.escape("WPT_ChargeLoopReqType state 0");
        }
      case 1:
        switch (r.bits(2)) {
          case 0: v = d_DisplayParametersType(r); o.DisplayParameters = v; s = 2; continue;
          case 1: if (r.chOrEmpty()) { v = r.bool(); r.expect0('EE of MeterInfoRequested'); } else v = {}; o.MeterInfoRequested = v; s = 3; continue;
          default: return r.escape("WPT_ChargeLoopReqType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.bool(); r.expect0('EE of MeterInfoRequested'); } else v = {}; o.MeterInfoRequested = v; s = 3; continue;
          default: return r.escape("WPT_ChargeLoopReqType state 2");
        }
      case 3:
        switch (r.bits(1)) {
          case 0: v = d_RationalNumberType(r); o.EVPCPowerRequest = v; s = 4; continue;
          default: return r.escape("WPT_ChargeLoopReqType state 3");
        }
      case 4:
        switch (r.bits(1)) {
          case 0: v = d_RationalNumberType(r); o.EVPCPowerOutput = v; s = 5; continue;
          default: return r.escape("WPT_ChargeLoopReqType state 4");
        }
      case 5:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN3, 2); r.expect0('EE of EVPCChargeDiagnostics'); } else v = {}; o.EVPCChargeDiagnostics = v; s = 6; continue;
          default: return r.escape("WPT_ChargeLoopReqType state 5");
        }
      case 6:
        switch (r.bits(3)) {
          case 0: v = d_RationalNumberType(r); o.EVPCOperatingFrequency = v; s = 7; continue;
          case 1: v = d_WPT_EVPCPowerControlParameterType(r); o.EVPCPowerControlParameter = v; s = 8; continue;
          case 2: if (r.chOrEmpty()) { v = r.binary(256); r.expect0('EE of ManufacturerSpecificDataContainer'); } else v = {}; pushItem(o, "ManufacturerSpecificDataContainer", v); c8 = 1; s = 9; continue;
          case 3: return o;
          default: return r.escape("WPT_ChargeLoopReqType state 6");
        }
      case 7:
        switch (r.bits(2)) {
          case 0: v = d_WPT_EVPCPowerControlParameterType(r); o.EVPCPowerControlParameter = v; s = 8; continue;
          case 1: if (r.chOrEmpty()) { v = r.binary(256); r.expect0('EE of ManufacturerSpecificDataContainer'); } else v = {}; pushItem(o, "ManufacturerSpecificDataContainer", v); c8 = 1; s = 9; continue;
          case 2: return o;
          default: return r.escape("WPT_ChargeLoopReqType state 7");
        }
      case 8:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.binary(256); r.expect0('EE of ManufacturerSpecificDataContainer'); } else v = {}; pushItem(o, "ManufacturerSpecificDataContainer", v); c8 = 1; s = 9; continue;
          case 1: return o;
          default: return r.escape("WPT_ChargeLoopReqType state 8");
        }
      case 9:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.binary(256); r.expect0('EE of ManufacturerSpecificDataContainer'); } else v = {}; pushItem(o, "ManufacturerSpecificDataContainer", v); if (++c8 > 16) return r.fail("more than 16 ManufacturerSpecificDataContainer items (maxOccurs)"); s = 9; continue;
          case 1: return o;
          default: return r.escape("WPT_ChargeLoopReqType state 9");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_WPT_ChargeLoopReqType: readonly string[] = ["Header","DisplayParameters","MeterInfoRequested","EVPCPowerRequest","EVPCPowerOutput","EVPCChargeDiagnostics","EVPCOperatingFrequency","EVPCPowerControlParameter","ManufacturerSpecificDataContainer"];
function e_WPT_ChargeLoopReqType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1, c8 = 0, i8 = 0;
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
          if ((v = o.EVPCPowerRequest) !== undefined) { w.bits(0, 1); k = "EVPCPowerRequest"; ki = -1; e_RationalNumberType(w, v); n++; m += 8; s = 4; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVPCPowerRequest'", "EVPCPowerRequest");
        case 4:
          if ((v = o.EVPCPowerOutput) !== undefined) { w.bits(0, 1); k = "EVPCPowerOutput"; ki = -1; e_RationalNumberType(w, v); n++; m += 16; s = 5; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVPCPowerOutput'", "EVPCPowerOutput");
        case 5:
          if ((v = o.EVPCChargeDiagnostics) !== undefined) { w.bits(0, 1); k = "EVPCChargeDiagnostics"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM3, 2); w.bits(0, 1); } n++; m += 32; s = 6; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVPCChargeDiagnostics'", "EVPCChargeDiagnostics");
        case 6:
          if ((v = o.EVPCOperatingFrequency) !== undefined) { w.bits(0, 3); k = "EVPCOperatingFrequency"; ki = -1; e_RationalNumberType(w, v); n++; m += 64; s = 7; continue; }
          if ((v = o.EVPCPowerControlParameter) !== undefined) { w.bits(1, 3); k = "EVPCPowerControlParameter"; ki = -1; e_WPT_EVPCPowerControlParameterType(w, v); n++; m += 128; s = 8; continue; }
          if ((v = o.ManufacturerSpecificDataContainer) !== undefined && i8 < asArray(v, "ManufacturerSpecificDataContainer").length) { w.bits(2, 3); k = "ManufacturerSpecificDataContainer"; ki = i8; if (!w.emptyElement((v as unknown[])[i8])) { w.bits(0, 1); w.binary((v as unknown[])[i8], 256); w.bits(0, 1); } if (i8++ === 0) { n++; m += 256; } c8 = 1; s = 9; continue; }
          w.bits(3, 3); break loop;
        case 7:
          if ((v = o.EVPCPowerControlParameter) !== undefined) { w.bits(0, 2); k = "EVPCPowerControlParameter"; ki = -1; e_WPT_EVPCPowerControlParameterType(w, v); n++; m += 128; s = 8; continue; }
          if ((v = o.ManufacturerSpecificDataContainer) !== undefined && i8 < asArray(v, "ManufacturerSpecificDataContainer").length) { w.bits(1, 2); k = "ManufacturerSpecificDataContainer"; ki = i8; if (!w.emptyElement((v as unknown[])[i8])) { w.bits(0, 1); w.binary((v as unknown[])[i8], 256); w.bits(0, 1); } if (i8++ === 0) { n++; m += 256; } c8 = 1; s = 9; continue; }
          w.bits(2, 2); break loop;
        case 8:
          if ((v = o.ManufacturerSpecificDataContainer) !== undefined && i8 < asArray(v, "ManufacturerSpecificDataContainer").length) { w.bits(0, 2); k = "ManufacturerSpecificDataContainer"; ki = i8; if (!w.emptyElement((v as unknown[])[i8])) { w.bits(0, 1); w.binary((v as unknown[])[i8], 256); w.bits(0, 1); } if (i8++ === 0) { n++; m += 256; } c8 = 1; s = 9; continue; }
          w.bits(1, 2); break loop;
        case 9:
          if ((v = o.ManufacturerSpecificDataContainer) !== undefined && i8 < asArray(v, "ManufacturerSpecificDataContainer").length) { w.bits(0, 2); k = "ManufacturerSpecificDataContainer"; ki = i8; if (!w.emptyElement((v as unknown[])[i8])) { w.bits(0, 1); w.binary((v as unknown[])[i8], 256); w.bits(0, 1); } if (i8++ === 0) { n++; m += 256; } if (++c8 > 16) return encodeFail("more than 16 ManufacturerSpecificDataContainer items (maxOccurs)"); s = 9; continue; }
          w.bits(1, 2); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (i8 !== 0 && i8 < (o.ManufacturerSpecificDataContainer as unknown[]).length) encodeFail(`too many items (${(o.ManufacturerSpecificDataContainer as unknown[]).length}) or items out of order`, "ManufacturerSpecificDataContainer[" + i8 + ']');
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_WPT_ChargeLoopReqType, m);
}

function d_WPT_ChargeLoopResType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let c12 = 0;
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: v = d_MessageHeaderType(r); o.Header = v; s = 1; continue;
          default: return r.escape("WPT_ChargeLoopResType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN2, 6); r.expect0('EE of ResponseCode'); } else v = {}; o.ResponseCode = v; s = 2; continue;
          default: return r.escape("WPT_ChargeLoopResType state 1");
        }
      case 2:
        switch (r.bits(3)) {
          case 0: v = d_EVSEStatusType(r); o.EVSEStatus = v; s = 3; continue;
          case 1: v = d_MeterInfoType(r); o.MeterInfo = v; s = 4; continue;
          case 2: v = d_ReceiptType(r); o.Receipt = v; s = 5; continue;
          case 3: v = d_RationalNumberType(r); o.EVPCPowerRequest = v; s = 6; continue;
          default: return r.escape("WPT_ChargeLoopResType state 2");
        }
      case 3:
        switch (r.bits(2)) {
          case 0: v = d_MeterInfoType(r); o.MeterInfo = v; s = 4; continue;
          case 1: v = d_ReceiptType(r); o.Receipt = v; s = 5; continue;
          case 2: v = d_RationalNumberType(r); o.EVPCPowerRequest = v; s = 6; continue;
          default: return r.escape("WPT_ChargeLoopResType state 3");
        }
      case 4:
        switch (r.bits(2)) {
          case 0: v = d_ReceiptType(r); o.Receipt = v; s = 5; continue;
          case 1: v = d_RationalNumberType(r); o.EVPCPowerRequest = v; s = 6; continue;
          default: return r.escape("WPT_ChargeLoopResType state 4");
        }
      case 5:
        switch (r.bits(1)) {
          case 0: v = d_RationalNumberType(r); o.EVPCPowerRequest = v; s = 6; continue;
          default: return r.escape("WPT_ChargeLoopResType state 5");
        }
      case 6:
        switch (r.bits(2)) {
          case 0: v = d_RationalNumberType(r); o.SDPowerInput = v; s = 7; continue;
          case 1: v = d_RationalNumberType(r); o.SPCMaxOutputPowerLimit = v; s = 8; continue;
          default: return r.escape("WPT_ChargeLoopResType state 6");
        }
      case 7:
        switch (r.bits(1)) {
          case 0: v = d_RationalNumberType(r); o.SPCMaxOutputPowerLimit = v; s = 8; continue;
          default: return r.escape("WPT_ChargeLoopResType state 7");
        }
      case 8:
        switch (r.bits(1)) {
          case 0: v = d_RationalNumberType(r); o.SPCMinOutputPowerLimit = v; s = 9; continue;
          default: return r.escape("WPT_ChargeLoopResType state 8");
        }
      case 9:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN4, 3); r.expect0('EE of SPCChargeDiagnostics'); } else v = {}; o.SPCChargeDiagnostics = v; s = 10; continue;
          default: return r.escape("WPT_ChargeLoopResType state 9");
        }
      case 10:
        switch (r.bits(3)) {
          case 0: v = d_RationalNumberType(r); o.SPCOperatingFrequency = v; s = 11; continue;
          case 1: v = d_WPT_SPCPowerControlParameterType(r); o.SPCPowerControlParameter = v; s = 12; continue;
          case 2: if (r.chOrEmpty()) { v = r.binary(256); r.expect0('EE of ManufacturerSpecificDataContainer'); } else v = {}; pushItem(o, "ManufacturerSpecificDataContainer", v); c12 = 1; s = 13; continue;
          case 3: return o;
          default: return r.escape("WPT_ChargeLoopResType state 10");
        }
      case 11:
        switch (r.bits(2)) {
          case 0: v = d_WPT_SPCPowerControlParameterType(r); o.SPCPowerControlParameter = v; s = 12; continue;
          case 1: if (r.chOrEmpty()) { v = r.binary(256); r.expect0('EE of ManufacturerSpecificDataContainer'); } else v = {}; pushItem(o, "ManufacturerSpecificDataContainer", v); c12 = 1; s = 13; continue;
          case 2: return o;
          default: return r.escape("WPT_ChargeLoopResType state 11");
        }
      case 12:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.binary(256); r.expect0('EE of ManufacturerSpecificDataContainer'); } else v = {}; pushItem(o, "ManufacturerSpecificDataContainer", v); c12 = 1; s = 13; continue;
          case 1: return o;
          default: return r.escape("WPT_ChargeLoopResType state 12");
        }
      case 13:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.binary(256); r.expect0('EE of ManufacturerSpecificDataContainer'); } else v = {}; pushItem(o, "ManufacturerSpecificDataContainer", v); if (++c12 > 16) return r.fail("more than 16 ManufacturerSpecificDataContainer items (maxOccurs)"); s = 13; continue;
          case 1: return o;
          default: return r.escape("WPT_ChargeLoopResType state 13");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_WPT_ChargeLoopResType: readonly string[] = ["Header","ResponseCode","EVSEStatus","MeterInfo","Receipt","EVPCPowerRequest","SDPowerInput","SPCMaxOutputPowerLimit","SPCMinOutputPowerLimit","SPCChargeDiagnostics","SPCOperatingFrequency","SPCPowerControlParameter","ManufacturerSpecificDataContainer"];
function e_WPT_ChargeLoopResType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1, c12 = 0, i12 = 0;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.Header) !== undefined) { w.bits(0, 1); k = "Header"; ki = -1; e_MessageHeaderType(w, v); n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'Header'", "Header");
        case 1:
          if ((v = o.ResponseCode) !== undefined) { w.bits(0, 1); k = "ResponseCode"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM2, 6); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'ResponseCode'", "ResponseCode");
        case 2:
          if ((v = o.EVSEStatus) !== undefined) { w.bits(0, 3); k = "EVSEStatus"; ki = -1; e_EVSEStatusType(w, v); n++; m += 4; s = 3; continue; }
          if ((v = o.MeterInfo) !== undefined) { w.bits(1, 3); k = "MeterInfo"; ki = -1; e_MeterInfoType(w, v); n++; m += 8; s = 4; continue; }
          if ((v = o.Receipt) !== undefined) { w.bits(2, 3); k = "Receipt"; ki = -1; e_ReceiptType(w, v); n++; m += 16; s = 5; continue; }
          if ((v = o.EVPCPowerRequest) !== undefined) { w.bits(3, 3); k = "EVPCPowerRequest"; ki = -1; e_RationalNumberType(w, v); n++; m += 32; s = 6; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVSEStatus'", "EVSEStatus");
        case 3:
          if ((v = o.MeterInfo) !== undefined) { w.bits(0, 2); k = "MeterInfo"; ki = -1; e_MeterInfoType(w, v); n++; m += 8; s = 4; continue; }
          if ((v = o.Receipt) !== undefined) { w.bits(1, 2); k = "Receipt"; ki = -1; e_ReceiptType(w, v); n++; m += 16; s = 5; continue; }
          if ((v = o.EVPCPowerRequest) !== undefined) { w.bits(2, 2); k = "EVPCPowerRequest"; ki = -1; e_RationalNumberType(w, v); n++; m += 32; s = 6; continue; }
          k = ''; return encodeFail("missing mandatory element 'MeterInfo'", "MeterInfo");
        case 4:
          if ((v = o.Receipt) !== undefined) { w.bits(0, 2); k = "Receipt"; ki = -1; e_ReceiptType(w, v); n++; m += 16; s = 5; continue; }
          if ((v = o.EVPCPowerRequest) !== undefined) { w.bits(1, 2); k = "EVPCPowerRequest"; ki = -1; e_RationalNumberType(w, v); n++; m += 32; s = 6; continue; }
          k = ''; return encodeFail("missing mandatory element 'Receipt'", "Receipt");
        case 5:
          if ((v = o.EVPCPowerRequest) !== undefined) { w.bits(0, 1); k = "EVPCPowerRequest"; ki = -1; e_RationalNumberType(w, v); n++; m += 32; s = 6; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVPCPowerRequest'", "EVPCPowerRequest");
        case 6:
          if ((v = o.SDPowerInput) !== undefined) { w.bits(0, 2); k = "SDPowerInput"; ki = -1; e_RationalNumberType(w, v); n++; m += 64; s = 7; continue; }
          if ((v = o.SPCMaxOutputPowerLimit) !== undefined) { w.bits(1, 2); k = "SPCMaxOutputPowerLimit"; ki = -1; e_RationalNumberType(w, v); n++; m += 128; s = 8; continue; }
          k = ''; return encodeFail("missing mandatory element 'SDPowerInput'", "SDPowerInput");
        case 7:
          if ((v = o.SPCMaxOutputPowerLimit) !== undefined) { w.bits(0, 1); k = "SPCMaxOutputPowerLimit"; ki = -1; e_RationalNumberType(w, v); n++; m += 128; s = 8; continue; }
          k = ''; return encodeFail("missing mandatory element 'SPCMaxOutputPowerLimit'", "SPCMaxOutputPowerLimit");
        case 8:
          if ((v = o.SPCMinOutputPowerLimit) !== undefined) { w.bits(0, 1); k = "SPCMinOutputPowerLimit"; ki = -1; e_RationalNumberType(w, v); n++; m += 256; s = 9; continue; }
          k = ''; return encodeFail("missing mandatory element 'SPCMinOutputPowerLimit'", "SPCMinOutputPowerLimit");
        case 9:
          if ((v = o.SPCChargeDiagnostics) !== undefined) { w.bits(0, 1); k = "SPCChargeDiagnostics"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM4, 3); w.bits(0, 1); } n++; m += 512; s = 10; continue; }
          k = ''; return encodeFail("missing mandatory element 'SPCChargeDiagnostics'", "SPCChargeDiagnostics");
        case 10:
          if ((v = o.SPCOperatingFrequency) !== undefined) { w.bits(0, 3); k = "SPCOperatingFrequency"; ki = -1; e_RationalNumberType(w, v); n++; m += 1024; s = 11; continue; }
          if ((v = o.SPCPowerControlParameter) !== undefined) { w.bits(1, 3); k = "SPCPowerControlParameter"; ki = -1; e_WPT_SPCPowerControlParameterType(w, v); n++; m += 2048; s = 12; continue; }
          if ((v = o.ManufacturerSpecificDataContainer) !== undefined && i12 < asArray(v, "ManufacturerSpecificDataContainer").length) { w.bits(2, 3); k = "ManufacturerSpecificDataContainer"; ki = i12; if (!w.emptyElement((v as unknown[])[i12])) { w.bits(0, 1); w.binary((v as unknown[])[i12], 256); w.bits(0, 1); } if (i12++ === 0) { n++; m += 4096; } c12 = 1; s = 13; continue; }
          w.bits(3, 3); break loop;
        case 11:
          if ((v = o.SPCPowerControlParameter) !== undefined) { w.bits(0, 2); k = "SPCPowerControlParameter"; ki = -1; e_WPT_SPCPowerControlParameterType(w, v); n++; m += 2048; s = 12; continue; }
          if ((v = o.ManufacturerSpecificDataContainer) !== undefined && i12 < asArray(v, "ManufacturerSpecificDataContainer").length) { w.bits(1, 2); k = "ManufacturerSpecificDataContainer"; ki = i12; if (!w.emptyElement((v as unknown[])[i12])) { w.bits(0, 1); w.binary((v as unknown[])[i12], 256); w.bits(0, 1); } if (i12++ === 0) { n++; m += 4096; } c12 = 1; s = 13; continue; }
          w.bits(2, 2); break loop;
        case 12:
          if ((v = o.ManufacturerSpecificDataContainer) !== undefined && i12 < asArray(v, "ManufacturerSpecificDataContainer").length) { w.bits(0, 2); k = "ManufacturerSpecificDataContainer"; ki = i12; if (!w.emptyElement((v as unknown[])[i12])) { w.bits(0, 1); w.binary((v as unknown[])[i12], 256); w.bits(0, 1); } if (i12++ === 0) { n++; m += 4096; } c12 = 1; s = 13; continue; }
          w.bits(1, 2); break loop;
        case 13:
          if ((v = o.ManufacturerSpecificDataContainer) !== undefined && i12 < asArray(v, "ManufacturerSpecificDataContainer").length) { w.bits(0, 2); k = "ManufacturerSpecificDataContainer"; ki = i12; if (!w.emptyElement((v as unknown[])[i12])) { w.bits(0, 1); w.binary((v as unknown[])[i12], 256); w.bits(0, 1); } if (i12++ === 0) { n++; m += 4096; } if (++c12 > 16) return encodeFail("more than 16 ManufacturerSpecificDataContainer items (maxOccurs)"); s = 13; continue; }
          w.bits(1, 2); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (i12 !== 0 && i12 < (o.ManufacturerSpecificDataContainer as unknown[]).length) encodeFail(`too many items (${(o.ManufacturerSpecificDataContainer as unknown[]).length}) or items out of order`, "ManufacturerSpecificDataContainer[" + i12 + ']');
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_WPT_ChargeLoopResType, m);
}

function d_WPT_ChargeParameterDiscoveryReqType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let c6 = 0;
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: v = d_MessageHeaderType(r); o.Header = v; s = 1; continue;
          default: return r.escape("WPT_ChargeParameterDiscoveryReqType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: v = d_RationalNumberType(r); o.EVPCMaxReceivablePower = v; s = 2; continue;
          default: return r.escape("WPT_ChargeParameterDiscoveryReqType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.uint(65535); r.expect0('EE of SDMaxGroundClearence'); } else v = {}; o.SDMaxGroundClearence = v; s = 3; continue;
          default: return r.escape("WPT_ChargeParameterDiscoveryReqType state 2");
        }
      case 3:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.uint(65535); r.expect0('EE of SDMinGroundClearence'); } else v = {}; o.SDMinGroundClearence = v; s = 4; continue;
          default: return r.escape("WPT_ChargeParameterDiscoveryReqType state 3");
        }
      case 4:
        switch (r.bits(1)) {
          case 0: v = d_RationalNumberType(r); o.EVPCNaturalFrequency = v; s = 5; continue;
          default: return r.escape("WPT_ChargeParameterDiscoveryReqType state 4");
        }
      case 5:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.bool(); r.expect0('EE of EVPCDeviceLocalControl'); } else v = {}; o.EVPCDeviceLocalControl = v; s = 6; continue;
          default: return r.escape("WPT_ChargeParameterDiscoveryReqType state 5");
        }
      case 6:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.binary(256); r.expect0('EE of VendorSpecificDataContainer'); } else v = {}; pushItem(o, "VendorSpecificDataContainer", v); c6 = 1; s = 7; continue;
          case 1: return o;
          default: return r.escape("WPT_ChargeParameterDiscoveryReqType state 6");
        }
      case 7:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.binary(256); r.expect0('EE of VendorSpecificDataContainer'); } else v = {}; pushItem(o, "VendorSpecificDataContainer", v); if (++c6 > 16) return r.fail("more than 16 VendorSpecificDataContainer items (maxOccurs)"); s = 7; continue;
          case 1: return o;
          default: return r.escape("WPT_ChargeParameterDiscoveryReqType state 7");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_WPT_ChargeParameterDiscoveryReqType: readonly string[] = ["Header","EVPCMaxReceivablePower","SDMaxGroundClearence","SDMinGroundClearence","EVPCNaturalFrequency","EVPCDeviceLocalControl","VendorSpecificDataContainer"];
function e_WPT_ChargeParameterDiscoveryReqType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1, c6 = 0, i6 = 0;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.Header) !== undefined) { w.bits(0, 1); k = "Header"; ki = -1; e_MessageHeaderType(w, v); n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'Header'", "Header");
        case 1:
          if ((v = o.EVPCMaxReceivablePower) !== undefined) { w.bits(0, 1); k = "EVPCMaxReceivablePower"; ki = -1; e_RationalNumberType(w, v); n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVPCMaxReceivablePower'", "EVPCMaxReceivablePower");
        case 2:
          if ((v = o.SDMaxGroundClearence) !== undefined) { w.bits(0, 1); k = "SDMaxGroundClearence"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.uint(v, 65535); w.bits(0, 1); } n++; m += 4; s = 3; continue; }
          k = ''; return encodeFail("missing mandatory element 'SDMaxGroundClearence'", "SDMaxGroundClearence");
        case 3:
          if ((v = o.SDMinGroundClearence) !== undefined) { w.bits(0, 1); k = "SDMinGroundClearence"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.uint(v, 65535); w.bits(0, 1); } n++; m += 8; s = 4; continue; }
          k = ''; return encodeFail("missing mandatory element 'SDMinGroundClearence'", "SDMinGroundClearence");
        case 4:
          if ((v = o.EVPCNaturalFrequency) !== undefined) { w.bits(0, 1); k = "EVPCNaturalFrequency"; ki = -1; e_RationalNumberType(w, v); n++; m += 16; s = 5; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVPCNaturalFrequency'", "EVPCNaturalFrequency");
        case 5:
          if ((v = o.EVPCDeviceLocalControl) !== undefined) { w.bits(0, 1); k = "EVPCDeviceLocalControl"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.bool(v); w.bits(0, 1); } n++; m += 32; s = 6; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVPCDeviceLocalControl'", "EVPCDeviceLocalControl");
        case 6:
          if ((v = o.VendorSpecificDataContainer) !== undefined && i6 < asArray(v, "VendorSpecificDataContainer").length) { w.bits(0, 2); k = "VendorSpecificDataContainer"; ki = i6; if (!w.emptyElement((v as unknown[])[i6])) { w.bits(0, 1); w.binary((v as unknown[])[i6], 256); w.bits(0, 1); } if (i6++ === 0) { n++; m += 64; } c6 = 1; s = 7; continue; }
          w.bits(1, 2); break loop;
        case 7:
          if ((v = o.VendorSpecificDataContainer) !== undefined && i6 < asArray(v, "VendorSpecificDataContainer").length) { w.bits(0, 2); k = "VendorSpecificDataContainer"; ki = i6; if (!w.emptyElement((v as unknown[])[i6])) { w.bits(0, 1); w.binary((v as unknown[])[i6], 256); w.bits(0, 1); } if (i6++ === 0) { n++; m += 64; } if (++c6 > 16) return encodeFail("more than 16 VendorSpecificDataContainer items (maxOccurs)"); s = 7; continue; }
          w.bits(1, 2); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (i6 !== 0 && i6 < (o.VendorSpecificDataContainer as unknown[]).length) encodeFail(`too many items (${(o.VendorSpecificDataContainer as unknown[]).length}) or items out of order`, "VendorSpecificDataContainer[" + i6 + ']');
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_WPT_ChargeParameterDiscoveryReqType, m);
}

function d_WPT_ChargeParameterDiscoveryResType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let c9 = 0;
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: v = d_MessageHeaderType(r); o.Header = v; s = 1; continue;
          default: return r.escape("WPT_ChargeParameterDiscoveryResType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN2, 6); r.expect0('EE of ResponseCode'); } else v = {}; o.ResponseCode = v; s = 2; continue;
          default: return r.escape("WPT_ChargeParameterDiscoveryResType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN5, 2); r.expect0('EE of PDInputPowerClass'); } else v = {}; o.PDInputPowerClass = v; s = 3; continue;
          default: return r.escape("WPT_ChargeParameterDiscoveryResType state 2");
        }
      case 3:
        switch (r.bits(1)) {
          case 0: v = d_RationalNumberType(r); o.SDMinOutputPower = v; s = 4; continue;
          default: return r.escape("WPT_ChargeParameterDiscoveryResType state 3");
        }
      case 4:
        switch (r.bits(1)) {
          case 0: v = d_RationalNumberType(r); o.SDMaxOutputPower = v; s = 5; continue;
          default: return r.escape("WPT_ChargeParameterDiscoveryResType state 4");
        }
      case 5:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.uint(65535); r.expect0('EE of SDMaxGroundClearanceSupport'); } else v = {}; o.SDMaxGroundClearanceSupport = v; s = 6; continue;
          default: return r.escape("WPT_ChargeParameterDiscoveryResType state 5");
        }
      case 6:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.uint(65535); r.expect0('EE of SDMinGroundClearanceSupport'); } else v = {}; o.SDMinGroundClearanceSupport = v; s = 7; continue;
          default: return r.escape("WPT_ChargeParameterDiscoveryResType state 6");
        }
      case 7:
        switch (r.bits(1)) {
          case 0: v = d_RationalNumberType(r); o.PDMinCoilCurrent = v; s = 8; continue;
          default: return r.escape("WPT_ChargeParameterDiscoveryResType state 7");
        }
      case 8:
        switch (r.bits(1)) {
          case 0: v = d_RationalNumberType(r); o.PDMaxCoilCurrent = v; s = 9; continue;
          default: return r.escape("WPT_ChargeParameterDiscoveryResType state 8");
        }
      case 9:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.binary(256); r.expect0('EE of SDManufacturerSpecificDataContainer'); } else v = {}; pushItem(o, "SDManufacturerSpecificDataContainer", v); c9 = 1; s = 10; continue;
          case 1: return o;
          default: return r.escape("WPT_ChargeParameterDiscoveryResType state 9");
        }
      case 10:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.binary(256); r.expect0('EE of SDManufacturerSpecificDataContainer'); } else v = {}; pushItem(o, "SDManufacturerSpecificDataContainer", v); if (++c9 > 16) return r.fail("more than 16 SDManufacturerSpecificDataContainer items (maxOccurs)"); s = 10; continue;
          case 1: return o;
          default: return r.escape("WPT_ChargeParameterDiscoveryResType state 10");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_WPT_ChargeParameterDiscoveryResType: readonly string[] = ["Header","ResponseCode","PDInputPowerClass","SDMinOutputPower","SDMaxOutputPower","SDMaxGroundClearanceSupport","SDMinGroundClearanceSupport","PDMinCoilCurrent","PDMaxCoilCurrent","SDManufacturerSpecificDataContainer"];
function e_WPT_ChargeParameterDiscoveryResType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1, c9 = 0, i9 = 0;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.Header) !== undefined) { w.bits(0, 1); k = "Header"; ki = -1; e_MessageHeaderType(w, v); n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'Header'", "Header");
        case 1:
          if ((v = o.ResponseCode) !== undefined) { w.bits(0, 1); k = "ResponseCode"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM2, 6); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'ResponseCode'", "ResponseCode");
        case 2:
          if ((v = o.PDInputPowerClass) !== undefined) { w.bits(0, 1); k = "PDInputPowerClass"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM5, 2); w.bits(0, 1); } n++; m += 4; s = 3; continue; }
          k = ''; return encodeFail("missing mandatory element 'PDInputPowerClass'", "PDInputPowerClass");
        case 3:
          if ((v = o.SDMinOutputPower) !== undefined) { w.bits(0, 1); k = "SDMinOutputPower"; ki = -1; e_RationalNumberType(w, v); n++; m += 8; s = 4; continue; }
          k = ''; return encodeFail("missing mandatory element 'SDMinOutputPower'", "SDMinOutputPower");
        case 4:
          if ((v = o.SDMaxOutputPower) !== undefined) { w.bits(0, 1); k = "SDMaxOutputPower"; ki = -1; e_RationalNumberType(w, v); n++; m += 16; s = 5; continue; }
          k = ''; return encodeFail("missing mandatory element 'SDMaxOutputPower'", "SDMaxOutputPower");
        case 5:
          if ((v = o.SDMaxGroundClearanceSupport) !== undefined) { w.bits(0, 1); k = "SDMaxGroundClearanceSupport"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.uint(v, 65535); w.bits(0, 1); } n++; m += 32; s = 6; continue; }
          k = ''; return encodeFail("missing mandatory element 'SDMaxGroundClearanceSupport'", "SDMaxGroundClearanceSupport");
        case 6:
          if ((v = o.SDMinGroundClearanceSupport) !== undefined) { w.bits(0, 1); k = "SDMinGroundClearanceSupport"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.uint(v, 65535); w.bits(0, 1); } n++; m += 64; s = 7; continue; }
          k = ''; return encodeFail("missing mandatory element 'SDMinGroundClearanceSupport'", "SDMinGroundClearanceSupport");
        case 7:
          if ((v = o.PDMinCoilCurrent) !== undefined) { w.bits(0, 1); k = "PDMinCoilCurrent"; ki = -1; e_RationalNumberType(w, v); n++; m += 128; s = 8; continue; }
          k = ''; return encodeFail("missing mandatory element 'PDMinCoilCurrent'", "PDMinCoilCurrent");
        case 8:
          if ((v = o.PDMaxCoilCurrent) !== undefined) { w.bits(0, 1); k = "PDMaxCoilCurrent"; ki = -1; e_RationalNumberType(w, v); n++; m += 256; s = 9; continue; }
          k = ''; return encodeFail("missing mandatory element 'PDMaxCoilCurrent'", "PDMaxCoilCurrent");
        case 9:
          if ((v = o.SDManufacturerSpecificDataContainer) !== undefined && i9 < asArray(v, "SDManufacturerSpecificDataContainer").length) { w.bits(0, 2); k = "SDManufacturerSpecificDataContainer"; ki = i9; if (!w.emptyElement((v as unknown[])[i9])) { w.bits(0, 1); w.binary((v as unknown[])[i9], 256); w.bits(0, 1); } if (i9++ === 0) { n++; m += 512; } c9 = 1; s = 10; continue; }
          w.bits(1, 2); break loop;
        case 10:
          if ((v = o.SDManufacturerSpecificDataContainer) !== undefined && i9 < asArray(v, "SDManufacturerSpecificDataContainer").length) { w.bits(0, 2); k = "SDManufacturerSpecificDataContainer"; ki = i9; if (!w.emptyElement((v as unknown[])[i9])) { w.bits(0, 1); w.binary((v as unknown[])[i9], 256); w.bits(0, 1); } if (i9++ === 0) { n++; m += 512; } if (++c9 > 16) return encodeFail("more than 16 SDManufacturerSpecificDataContainer items (maxOccurs)"); s = 10; continue; }
          w.bits(1, 2); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (i9 !== 0 && i9 < (o.SDManufacturerSpecificDataContainer as unknown[]).length) encodeFail(`too many items (${(o.SDManufacturerSpecificDataContainer as unknown[]).length}) or items out of order`, "SDManufacturerSpecificDataContainer[" + i9 + ']');
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_WPT_ChargeParameterDiscoveryResType, m);
}

function d_WPT_FinePositioningReqType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let c3 = 0;
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: v = d_MessageHeaderType(r); o.Header = v; s = 1; continue;
          default: return r.escape("WPT_FinePositioningReqType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN0, 2); r.expect0('EE of EVProcessing'); } else v = {}; o.EVProcessing = v; s = 2; continue;
          default: return r.escape("WPT_FinePositioningReqType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN1, 2); r.expect0('EE of EVResultCode'); } else v = {}; o.EVResultCode = v; s = 3; continue;
          default: return r.escape("WPT_FinePositioningReqType state 2");
        }
      case 3:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.binary(256); r.expect0('EE of VendorSpecificDataContainer'); } else v = {}; pushItem(o, "VendorSpecificDataContainer", v); c3 = 1; s = 4; continue;
          case 1: v = d_WPT_LF_DataPackageListType(r); o.WPT_LF_DataPackageList = v; s = 5; continue;
          case 2: return o;
          default: return r.escape("WPT_FinePositioningReqType state 3");
        }
      case 4:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.binary(256); r.expect0('EE of VendorSpecificDataContainer'); } else v = {}; pushItem(o, "VendorSpecificDataContainer", v); if (++c3 > 16) return r.fail("more than 16 VendorSpecificDataContainer items (maxOccurs)"); s = 4; continue;
          case 1: v = d_WPT_LF_DataPackageListType(r); o.WPT_LF_DataPackageList = v; s = 5; continue;
          case 2: return o;
          default: return r.escape("WPT_FinePositioningReqType state 4");
        }
      case 5:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("WPT_FinePositioningReqType state 5");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_WPT_FinePositioningReqType: readonly string[] = ["Header","EVProcessing","EVResultCode","VendorSpecificDataContainer","WPT_LF_DataPackageList"];
function e_WPT_FinePositioningReqType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1, c3 = 0, i3 = 0;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.Header) !== undefined) { w.bits(0, 1); k = "Header"; ki = -1; e_MessageHeaderType(w, v); n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'Header'", "Header");
        case 1:
          if ((v = o.EVProcessing) !== undefined) { w.bits(0, 1); k = "EVProcessing"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM0, 2); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVProcessing'", "EVProcessing");
        case 2:
          if ((v = o.EVResultCode) !== undefined) { w.bits(0, 1); k = "EVResultCode"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM1, 2); w.bits(0, 1); } n++; m += 4; s = 3; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVResultCode'", "EVResultCode");
        case 3:
          if ((v = o.VendorSpecificDataContainer) !== undefined && i3 < asArray(v, "VendorSpecificDataContainer").length) { w.bits(0, 2); k = "VendorSpecificDataContainer"; ki = i3; if (!w.emptyElement((v as unknown[])[i3])) { w.bits(0, 1); w.binary((v as unknown[])[i3], 256); w.bits(0, 1); } if (i3++ === 0) { n++; m += 8; } c3 = 1; s = 4; continue; }
          if ((v = o.WPT_LF_DataPackageList) !== undefined) { w.bits(1, 2); k = "WPT_LF_DataPackageList"; ki = -1; e_WPT_LF_DataPackageListType(w, v); n++; m += 16; s = 5; continue; }
          w.bits(2, 2); break loop;
        case 4:
          if ((v = o.VendorSpecificDataContainer) !== undefined && i3 < asArray(v, "VendorSpecificDataContainer").length) { w.bits(0, 2); k = "VendorSpecificDataContainer"; ki = i3; if (!w.emptyElement((v as unknown[])[i3])) { w.bits(0, 1); w.binary((v as unknown[])[i3], 256); w.bits(0, 1); } if (i3++ === 0) { n++; m += 8; } if (++c3 > 16) return encodeFail("more than 16 VendorSpecificDataContainer items (maxOccurs)"); s = 4; continue; }
          if ((v = o.WPT_LF_DataPackageList) !== undefined) { w.bits(1, 2); k = "WPT_LF_DataPackageList"; ki = -1; e_WPT_LF_DataPackageListType(w, v); n++; m += 16; s = 5; continue; }
          w.bits(2, 2); break loop;
        case 5:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (i3 !== 0 && i3 < (o.VendorSpecificDataContainer as unknown[]).length) encodeFail(`too many items (${(o.VendorSpecificDataContainer as unknown[]).length}) or items out of order`, "VendorSpecificDataContainer[" + i3 + ']');
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_WPT_FinePositioningReqType, m);
}

function d_WPT_FinePositioningResType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let c3 = 0;
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: v = d_MessageHeaderType(r); o.Header = v; s = 1; continue;
          default: return r.escape("WPT_FinePositioningResType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN2, 6); r.expect0('EE of ResponseCode'); } else v = {}; o.ResponseCode = v; s = 2; continue;
          default: return r.escape("WPT_FinePositioningResType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN0, 2); r.expect0('EE of EVSEProcessing'); } else v = {}; o.EVSEProcessing = v; s = 3; continue;
          default: return r.escape("WPT_FinePositioningResType state 2");
        }
      case 3:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.binary(256); r.expect0('EE of VendorSpecificDataContainer'); } else v = {}; pushItem(o, "VendorSpecificDataContainer", v); c3 = 1; s = 4; continue;
          case 1: v = d_WPT_LF_DataPackageListType(r); o.WPT_LF_DataPackageList = v; s = 5; continue;
          case 2: return o;
          default: return r.escape("WPT_FinePositioningResType state 3");
        }
      case 4:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.binary(256); r.expect0('EE of VendorSpecificDataContainer'); } else v = {}; pushItem(o, "VendorSpecificDataContainer", v); if (++c3 > 16) return r.fail("more than 16 VendorSpecificDataContainer items (maxOccurs)"); s = 4; continue;
          case 1: v = d_WPT_LF_DataPackageListType(r); o.WPT_LF_DataPackageList = v; s = 5; continue;
          case 2: return o;
          default: return r.escape("WPT_FinePositioningResType state 4");
        }
      case 5:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("WPT_FinePositioningResType state 5");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_WPT_FinePositioningResType: readonly string[] = ["Header","ResponseCode","EVSEProcessing","VendorSpecificDataContainer","WPT_LF_DataPackageList"];
function e_WPT_FinePositioningResType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1, c3 = 0, i3 = 0;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.Header) !== undefined) { w.bits(0, 1); k = "Header"; ki = -1; e_MessageHeaderType(w, v); n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'Header'", "Header");
        case 1:
          if ((v = o.ResponseCode) !== undefined) { w.bits(0, 1); k = "ResponseCode"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM2, 6); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'ResponseCode'", "ResponseCode");
        case 2:
          if ((v = o.EVSEProcessing) !== undefined) { w.bits(0, 1); k = "EVSEProcessing"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM0, 2); w.bits(0, 1); } n++; m += 4; s = 3; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVSEProcessing'", "EVSEProcessing");
        case 3:
          if ((v = o.VendorSpecificDataContainer) !== undefined && i3 < asArray(v, "VendorSpecificDataContainer").length) { w.bits(0, 2); k = "VendorSpecificDataContainer"; ki = i3; if (!w.emptyElement((v as unknown[])[i3])) { w.bits(0, 1); w.binary((v as unknown[])[i3], 256); w.bits(0, 1); } if (i3++ === 0) { n++; m += 8; } c3 = 1; s = 4; continue; }
          if ((v = o.WPT_LF_DataPackageList) !== undefined) { w.bits(1, 2); k = "WPT_LF_DataPackageList"; ki = -1; e_WPT_LF_DataPackageListType(w, v); n++; m += 16; s = 5; continue; }
          w.bits(2, 2); break loop;
        case 4:
          if ((v = o.VendorSpecificDataContainer) !== undefined && i3 < asArray(v, "VendorSpecificDataContainer").length) { w.bits(0, 2); k = "VendorSpecificDataContainer"; ki = i3; if (!w.emptyElement((v as unknown[])[i3])) { w.bits(0, 1); w.binary((v as unknown[])[i3], 256); w.bits(0, 1); } if (i3++ === 0) { n++; m += 8; } if (++c3 > 16) return encodeFail("more than 16 VendorSpecificDataContainer items (maxOccurs)"); s = 4; continue; }
          if ((v = o.WPT_LF_DataPackageList) !== undefined) { w.bits(1, 2); k = "WPT_LF_DataPackageList"; ki = -1; e_WPT_LF_DataPackageListType(w, v); n++; m += 16; s = 5; continue; }
          w.bits(2, 2); break loop;
        case 5:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (i3 !== 0 && i3 < (o.VendorSpecificDataContainer as unknown[]).length) encodeFail(`too many items (${(o.VendorSpecificDataContainer as unknown[]).length}) or items out of order`, "VendorSpecificDataContainer[" + i3 + ']');
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_WPT_FinePositioningResType, m);
}

function d_WPT_FinePositioningSetupReqType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let c6 = 0;
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: v = d_MessageHeaderType(r); o.Header = v; s = 1; continue;
          default: return r.escape("WPT_FinePositioningSetupReqType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN0, 2); r.expect0('EE of EVProcessing'); } else v = {}; o.EVProcessing = v; s = 2; continue;
          default: return r.escape("WPT_FinePositioningSetupReqType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: v = d_WPT_FinePositioningMethodListType(r); o.EVDeviceFinePositioningMethodList = v; s = 3; continue;
          default: return r.escape("WPT_FinePositioningSetupReqType state 2");
        }
      case 3:
        switch (r.bits(1)) {
          case 0: v = d_WPT_PairingMethodListType(r); o.EVDevicePairingMethodList = v; s = 4; continue;
          default: return r.escape("WPT_FinePositioningSetupReqType state 3");
        }
      case 4:
        switch (r.bits(1)) {
          case 0: v = d_WPT_AlignmentCheckMethodListType(r); o.EVDeviceAlignmentCheckMethodList = v; s = 5; continue;
          default: return r.escape("WPT_FinePositioningSetupReqType state 4");
        }
      case 5:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.uint(65535); r.expect0('EE of NaturalOffset'); } else v = {}; o.NaturalOffset = v; s = 6; continue;
          default: return r.escape("WPT_FinePositioningSetupReqType state 5");
        }
      case 6:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.binary(256); r.expect0('EE of VendorSpecificDataContainer'); } else v = {}; pushItem(o, "VendorSpecificDataContainer", v); c6 = 1; s = 7; continue;
          case 1: v = d_WPT_LF_SystemSetupDataType(r); o.LF_SystemSetupData = v; s = 8; continue;
          case 2: return o;
          default: return r.escape("WPT_FinePositioningSetupReqType state 6");
        }
      case 7:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.binary(256); r.expect0('EE of VendorSpecificDataContainer'); } else v = {}; pushItem(o, "VendorSpecificDataContainer", v); if (++c6 > 16) return r.fail("more than 16 VendorSpecificDataContainer items (maxOccurs)"); s = 7; continue;
          case 1: v = d_WPT_LF_SystemSetupDataType(r); o.LF_SystemSetupData = v; s = 8; continue;
          case 2: return o;
          default: return r.escape("WPT_FinePositioningSetupReqType state 7");
        }
      case 8:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("WPT_FinePositioningSetupReqType state 8");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_WPT_FinePositioningSetupReqType: readonly string[] = ["Header","EVProcessing","EVDeviceFinePositioningMethodList","EVDevicePairingMethodList","EVDeviceAlignmentCheckMethodList","NaturalOffset","VendorSpecificDataContainer","LF_SystemSetupData"];
function e_WPT_FinePositioningSetupReqType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1, c6 = 0, i6 = 0;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.Header) !== undefined) { w.bits(0, 1); k = "Header"; ki = -1; e_MessageHeaderType(w, v); n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'Header'", "Header");
        case 1:
          if ((v = o.EVProcessing) !== undefined) { w.bits(0, 1); k = "EVProcessing"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM0, 2); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVProcessing'", "EVProcessing");
        case 2:
          if ((v = o.EVDeviceFinePositioningMethodList) !== undefined) { w.bits(0, 1); k = "EVDeviceFinePositioningMethodList"; ki = -1; e_WPT_FinePositioningMethodListType(w, v); n++; m += 4; s = 3; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVDeviceFinePositioningMethodList'", "EVDeviceFinePositioningMethodList");
        case 3:
          if ((v = o.EVDevicePairingMethodList) !== undefined) { w.bits(0, 1); k = "EVDevicePairingMethodList"; ki = -1; e_WPT_PairingMethodListType(w, v); n++; m += 8; s = 4; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVDevicePairingMethodList'", "EVDevicePairingMethodList");
        case 4:
          if ((v = o.EVDeviceAlignmentCheckMethodList) !== undefined) { w.bits(0, 1); k = "EVDeviceAlignmentCheckMethodList"; ki = -1; e_WPT_AlignmentCheckMethodListType(w, v); n++; m += 16; s = 5; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVDeviceAlignmentCheckMethodList'", "EVDeviceAlignmentCheckMethodList");
        case 5:
          if ((v = o.NaturalOffset) !== undefined) { w.bits(0, 1); k = "NaturalOffset"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.uint(v, 65535); w.bits(0, 1); } n++; m += 32; s = 6; continue; }
          k = ''; return encodeFail("missing mandatory element 'NaturalOffset'", "NaturalOffset");
        case 6:
          if ((v = o.VendorSpecificDataContainer) !== undefined && i6 < asArray(v, "VendorSpecificDataContainer").length) { w.bits(0, 2); k = "VendorSpecificDataContainer"; ki = i6; if (!w.emptyElement((v as unknown[])[i6])) { w.bits(0, 1); w.binary((v as unknown[])[i6], 256); w.bits(0, 1); } if (i6++ === 0) { n++; m += 64; } c6 = 1; s = 7; continue; }
          if ((v = o.LF_SystemSetupData) !== undefined) { w.bits(1, 2); k = "LF_SystemSetupData"; ki = -1; e_WPT_LF_SystemSetupDataType(w, v); n++; m += 128; s = 8; continue; }
          w.bits(2, 2); break loop;
        case 7:
          if ((v = o.VendorSpecificDataContainer) !== undefined && i6 < asArray(v, "VendorSpecificDataContainer").length) { w.bits(0, 2); k = "VendorSpecificDataContainer"; ki = i6; if (!w.emptyElement((v as unknown[])[i6])) { w.bits(0, 1); w.binary((v as unknown[])[i6], 256); w.bits(0, 1); } if (i6++ === 0) { n++; m += 64; } if (++c6 > 16) return encodeFail("more than 16 VendorSpecificDataContainer items (maxOccurs)"); s = 7; continue; }
          if ((v = o.LF_SystemSetupData) !== undefined) { w.bits(1, 2); k = "LF_SystemSetupData"; ki = -1; e_WPT_LF_SystemSetupDataType(w, v); n++; m += 128; s = 8; continue; }
          w.bits(2, 2); break loop;
        case 8:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (i6 !== 0 && i6 < (o.VendorSpecificDataContainer as unknown[]).length) encodeFail(`too many items (${(o.VendorSpecificDataContainer as unknown[]).length}) or items out of order`, "VendorSpecificDataContainer[" + i6 + ']');
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_WPT_FinePositioningSetupReqType, m);
}

function d_WPT_FinePositioningSetupResType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let c6 = 0;
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: v = d_MessageHeaderType(r); o.Header = v; s = 1; continue;
          default: return r.escape("WPT_FinePositioningSetupResType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN2, 6); r.expect0('EE of ResponseCode'); } else v = {}; o.ResponseCode = v; s = 2; continue;
          default: return r.escape("WPT_FinePositioningSetupResType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: v = d_WPT_FinePositioningMethodListType(r); o.PrimaryDeviceFinePositioningMethodList = v; s = 3; continue;
          default: return r.escape("WPT_FinePositioningSetupResType state 2");
        }
      case 3:
        switch (r.bits(1)) {
          case 0: v = d_WPT_PairingMethodListType(r); o.PrimaryDevicePairingMethodList = v; s = 4; continue;
          default: return r.escape("WPT_FinePositioningSetupResType state 3");
        }
      case 4:
        switch (r.bits(1)) {
          case 0: v = d_WPT_AlignmentCheckMethodListType(r); o.PrimaryDeviceAlignmentCheckMethodList = v; s = 5; continue;
          default: return r.escape("WPT_FinePositioningSetupResType state 4");
        }
      case 5:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.uint(65535); r.expect0('EE of NaturalOffset'); } else v = {}; o.NaturalOffset = v; s = 6; continue;
          default: return r.escape("WPT_FinePositioningSetupResType state 5");
        }
      case 6:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.binary(256); r.expect0('EE of VendorSpecificDataContainer'); } else v = {}; pushItem(o, "VendorSpecificDataContainer", v); c6 = 1; s = 7; continue;
          case 1: v = d_WPT_LF_SystemSetupDataType(r); o.LF_SystemSetupData = v; s = 8; continue;
          case 2: return o;
          default: return r.escape("WPT_FinePositioningSetupResType state 6");
        }
      case 7:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.binary(256); r.expect0('EE of VendorSpecificDataContainer'); } else v = {}; pushItem(o, "VendorSpecificDataContainer", v); if (++c6 > 16) return r.fail("more than 16 VendorSpecificDataContainer items (maxOccurs)"); s = 7; continue;
          case 1: v = d_WPT_LF_SystemSetupDataType(r); o.LF_SystemSetupData = v; s = 8; continue;
          case 2: return o;
          default: return r.escape("WPT_FinePositioningSetupResType state 7");
        }
      case 8:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("WPT_FinePositioningSetupResType state 8");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_WPT_FinePositioningSetupResType: readonly string[] = ["Header","ResponseCode","PrimaryDeviceFinePositioningMethodList","PrimaryDevicePairingMethodList","PrimaryDeviceAlignmentCheckMethodList","NaturalOffset","VendorSpecificDataContainer","LF_SystemSetupData"];
function e_WPT_FinePositioningSetupResType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1, c6 = 0, i6 = 0;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.Header) !== undefined) { w.bits(0, 1); k = "Header"; ki = -1; e_MessageHeaderType(w, v); n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'Header'", "Header");
        case 1:
          if ((v = o.ResponseCode) !== undefined) { w.bits(0, 1); k = "ResponseCode"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM2, 6); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'ResponseCode'", "ResponseCode");
        case 2:
          if ((v = o.PrimaryDeviceFinePositioningMethodList) !== undefined) { w.bits(0, 1); k = "PrimaryDeviceFinePositioningMethodList"; ki = -1; e_WPT_FinePositioningMethodListType(w, v); n++; m += 4; s = 3; continue; }
          k = ''; return encodeFail("missing mandatory element 'PrimaryDeviceFinePositioningMethodList'", "PrimaryDeviceFinePositioningMethodList");
        case 3:
          if ((v = o.PrimaryDevicePairingMethodList) !== undefined) { w.bits(0, 1); k = "PrimaryDevicePairingMethodList"; ki = -1; e_WPT_PairingMethodListType(w, v); n++; m += 8; s = 4; continue; }
          k = ''; return encodeFail("missing mandatory element 'PrimaryDevicePairingMethodList'", "PrimaryDevicePairingMethodList");
        case 4:
          if ((v = o.PrimaryDeviceAlignmentCheckMethodList) !== undefined) { w.bits(0, 1); k = "PrimaryDeviceAlignmentCheckMethodList"; ki = -1; e_WPT_AlignmentCheckMethodListType(w, v); n++; m += 16; s = 5; continue; }
          k = ''; return encodeFail("missing mandatory element 'PrimaryDeviceAlignmentCheckMethodList'", "PrimaryDeviceAlignmentCheckMethodList");
        case 5:
          if ((v = o.NaturalOffset) !== undefined) { w.bits(0, 1); k = "NaturalOffset"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.uint(v, 65535); w.bits(0, 1); } n++; m += 32; s = 6; continue; }
          k = ''; return encodeFail("missing mandatory element 'NaturalOffset'", "NaturalOffset");
        case 6:
          if ((v = o.VendorSpecificDataContainer) !== undefined && i6 < asArray(v, "VendorSpecificDataContainer").length) { w.bits(0, 2); k = "VendorSpecificDataContainer"; ki = i6; if (!w.emptyElement((v as unknown[])[i6])) { w.bits(0, 1); w.binary((v as unknown[])[i6], 256); w.bits(0, 1); } if (i6++ === 0) { n++; m += 64; } c6 = 1; s = 7; continue; }
          if ((v = o.LF_SystemSetupData) !== undefined) { w.bits(1, 2); k = "LF_SystemSetupData"; ki = -1; e_WPT_LF_SystemSetupDataType(w, v); n++; m += 128; s = 8; continue; }
          w.bits(2, 2); break loop;
        case 7:
          if ((v = o.VendorSpecificDataContainer) !== undefined && i6 < asArray(v, "VendorSpecificDataContainer").length) { w.bits(0, 2); k = "VendorSpecificDataContainer"; ki = i6; if (!w.emptyElement((v as unknown[])[i6])) { w.bits(0, 1); w.binary((v as unknown[])[i6], 256); w.bits(0, 1); } if (i6++ === 0) { n++; m += 64; } if (++c6 > 16) return encodeFail("more than 16 VendorSpecificDataContainer items (maxOccurs)"); s = 7; continue; }
          if ((v = o.LF_SystemSetupData) !== undefined) { w.bits(1, 2); k = "LF_SystemSetupData"; ki = -1; e_WPT_LF_SystemSetupDataType(w, v); n++; m += 128; s = 8; continue; }
          w.bits(2, 2); break loop;
        case 8:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (i6 !== 0 && i6 < (o.VendorSpecificDataContainer as unknown[]).length) encodeFail(`too many items (${(o.VendorSpecificDataContainer as unknown[]).length}) or items out of order`, "VendorSpecificDataContainer[" + i6 + ']');
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_WPT_FinePositioningSetupResType, m);
}

function d_WPT_PairingReqType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let c4 = 0;
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: v = d_MessageHeaderType(r); o.Header = v; s = 1; continue;
          default: return r.escape("WPT_PairingReqType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN0, 2); r.expect0('EE of EVProcessing'); } else v = {}; o.EVProcessing = v; s = 2; continue;
          default: return r.escape("WPT_PairingReqType state 1");
        }
      case 2:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.uint(4294967295); r.expect0('EE of ObservedIDCode'); } else v = {}; o.ObservedIDCode = v; s = 3; continue;
          case 1: if (r.chOrEmpty()) { v = r.enumeration(EN1, 2); r.expect0('EE of EVResultCode'); } else v = {}; o.EVResultCode = v; s = 4; continue;
          default: return r.escape("WPT_PairingReqType state 2");
        }
      case 3:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN1, 2); r.expect0('EE of EVResultCode'); } else v = {}; o.EVResultCode = v; s = 4; continue;
          default: return r.escape("WPT_PairingReqType state 3");
        }
      case 4:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.binary(256); r.expect0('EE of VendorSpecificDataContainer'); } else v = {}; pushItem(o, "VendorSpecificDataContainer", v); c4 = 1; s = 5; continue;
          case 1: return o;
          default: return r.escape("WPT_PairingReqType state 4");
        }
      case 5:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.binary(256); r.expect0('EE of VendorSpecificDataContainer'); } else v = {}; pushItem(o, "VendorSpecificDataContainer", v); if (++c4 > 16) return r.fail("more than 16 VendorSpecificDataContainer items (maxOccurs)"); s = 5; continue;
          case 1: return o;
          default: return r.escape("WPT_PairingReqType state 5");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_WPT_PairingReqType: readonly string[] = ["Header","EVProcessing","ObservedIDCode","EVResultCode","VendorSpecificDataContainer"];
function e_WPT_PairingReqType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1, c4 = 0, i4 = 0;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.Header) !== undefined) { w.bits(0, 1); k = "Header"; ki = -1; e_MessageHeaderType(w, v); n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'Header'", "Header");
        case 1:
          if ((v = o.EVProcessing) !== undefined) { w.bits(0, 1); k = "EVProcessing"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM0, 2); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVProcessing'", "EVProcessing");
        case 2:
          if ((v = o.ObservedIDCode) !== undefined) { w.bits(0, 2); k = "ObservedIDCode"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.uint(v, 4294967295); w.bits(0, 1); } n++; m += 4; s = 3; continue; }
          if ((v = o.EVResultCode) !== undefined) { w.bits(1, 2); k = "EVResultCode"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM1, 2); w.bits(0, 1); } n++; m += 8; s = 4; continue; }
          k = ''; return encodeFail("missing mandatory element 'ObservedIDCode'", "ObservedIDCode");
        case 3:
          if ((v = o.EVResultCode) !== undefined) { w.bits(0, 1); k = "EVResultCode"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM1, 2); w.bits(0, 1); } n++; m += 8; s = 4; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVResultCode'", "EVResultCode");
        case 4:
          if ((v = o.VendorSpecificDataContainer) !== undefined && i4 < asArray(v, "VendorSpecificDataContainer").length) { w.bits(0, 2); k = "VendorSpecificDataContainer"; ki = i4; if (!w.emptyElement((v as unknown[])[i4])) { w.bits(0, 1); w.binary((v as unknown[])[i4], 256); w.bits(0, 1); } if (i4++ === 0) { n++; m += 16; } c4 = 1; s = 5; continue; }
          w.bits(1, 2); break loop;
        case 5:
          if ((v = o.VendorSpecificDataContainer) !== undefined && i4 < asArray(v, "VendorSpecificDataContainer").length) { w.bits(0, 2); k = "VendorSpecificDataContainer"; ki = i4; if (!w.emptyElement((v as unknown[])[i4])) { w.bits(0, 1); w.binary((v as unknown[])[i4], 256); w.bits(0, 1); } if (i4++ === 0) { n++; m += 16; } if (++c4 > 16) return encodeFail("more than 16 VendorSpecificDataContainer items (maxOccurs)"); s = 5; continue; }
          w.bits(1, 2); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (i4 !== 0 && i4 < (o.VendorSpecificDataContainer as unknown[]).length) encodeFail(`too many items (${(o.VendorSpecificDataContainer as unknown[]).length}) or items out of order`, "VendorSpecificDataContainer[" + i4 + ']');
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_WPT_PairingReqType, m);
}

function d_WPT_PairingResType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let c5 = 0;
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: v = d_MessageHeaderType(r); o.Header = v; s = 1; continue;
          default: return r.escape("WPT_PairingResType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN2, 6); r.expect0('EE of ResponseCode'); } else v = {}; o.ResponseCode = v; s = 2; continue;
          default: return r.escape("WPT_PairingResType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN0, 2); r.expect0('EE of EVSEProcessing'); } else v = {}; o.EVSEProcessing = v; s = 3; continue;
          default: return r.escape("WPT_PairingResType state 2");
        }
      case 3:
        switch (r.bits(3)) {
          case 0: if (r.chOrEmpty()) { v = r.uint(4294967295); r.expect0('EE of ObservedIDCode'); } else v = {}; o.ObservedIDCode = v; s = 4; continue;
          case 1: v = d_AlternativeSECCListType(r); o.AlternativeSECCList = v; s = 5; continue;
          case 2: if (r.chOrEmpty()) { v = r.binary(256); r.expect0('EE of VendorSpecificDataContainer'); } else v = {}; pushItem(o, "VendorSpecificDataContainer", v); c5 = 1; s = 6; continue;
          case 3: return o;
          default: return r.escape("WPT_PairingResType state 3");
        }
      case 4:
        switch (r.bits(2)) {
          case 0: v = d_AlternativeSECCListType(r); o.AlternativeSECCList = v; s = 5; continue;
          case 1: if (r.chOrEmpty()) { v = r.binary(256); r.expect0('EE of VendorSpecificDataContainer'); } else v = {}; pushItem(o, "VendorSpecificDataContainer", v); c5 = 1; s = 6; continue;
          case 2: return o;
          default: return r.escape("WPT_PairingResType state 4");
        }
      case 5:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.binary(256); r.expect0('EE of VendorSpecificDataContainer'); } else v = {}; pushItem(o, "VendorSpecificDataContainer", v); c5 = 1; s = 6; continue;
          case 1: return o;
          default: return r.escape("WPT_PairingResType state 5");
        }
      case 6:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.binary(256); r.expect0('EE of VendorSpecificDataContainer'); } else v = {}; pushItem(o, "VendorSpecificDataContainer", v); if (++c5 > 16) return r.fail("more than 16 VendorSpecificDataContainer items (maxOccurs)"); s = 6; continue;
          case 1: return o;
          default: return r.escape("WPT_PairingResType state 6");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_WPT_PairingResType: readonly string[] = ["Header","ResponseCode","EVSEProcessing","ObservedIDCode","AlternativeSECCList","VendorSpecificDataContainer"];
function e_WPT_PairingResType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1, c5 = 0, i5 = 0;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.Header) !== undefined) { w.bits(0, 1); k = "Header"; ki = -1; e_MessageHeaderType(w, v); n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'Header'", "Header");
        case 1:
          if ((v = o.ResponseCode) !== undefined) { w.bits(0, 1); k = "ResponseCode"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM2, 6); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'ResponseCode'", "ResponseCode");
        case 2:
          if ((v = o.EVSEProcessing) !== undefined) { w.bits(0, 1); k = "EVSEProcessing"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM0, 2); w.bits(0, 1); } n++; m += 4; s = 3; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVSEProcessing'", "EVSEProcessing");
        case 3:
          if ((v = o.ObservedIDCode) !== undefined) { w.bits(0, 3); k = "ObservedIDCode"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.uint(v, 4294967295); w.bits(0, 1); } n++; m += 8; s = 4; continue; }
          if ((v = o.AlternativeSECCList) !== undefined) { w.bits(1, 3); k = "AlternativeSECCList"; ki = -1; e_AlternativeSECCListType(w, v); n++; m += 16; s = 5; continue; }
          if ((v = o.VendorSpecificDataContainer) !== undefined && i5 < asArray(v, "VendorSpecificDataContainer").length) { w.bits(2, 3); k = "VendorSpecificDataContainer"; ki = i5; if (!w.emptyElement((v as unknown[])[i5])) { w.bits(0, 1); w.binary((v as unknown[])[i5], 256); w.bits(0, 1); } if (i5++ === 0) { n++; m += 32; } c5 = 1; s = 6; continue; }
          w.bits(3, 3); break loop;
        case 4:
          if ((v = o.AlternativeSECCList) !== undefined) { w.bits(0, 2); k = "AlternativeSECCList"; ki = -1; e_AlternativeSECCListType(w, v); n++; m += 16; s = 5; continue; }
          if ((v = o.VendorSpecificDataContainer) !== undefined && i5 < asArray(v, "VendorSpecificDataContainer").length) { w.bits(1, 2); k = "VendorSpecificDataContainer"; ki = i5; if (!w.emptyElement((v as unknown[])[i5])) { w.bits(0, 1); w.binary((v as unknown[])[i5], 256); w.bits(0, 1); } if (i5++ === 0) { n++; m += 32; } c5 = 1; s = 6; continue; }
          w.bits(2, 2); break loop;
        case 5:
          if ((v = o.VendorSpecificDataContainer) !== undefined && i5 < asArray(v, "VendorSpecificDataContainer").length) { w.bits(0, 2); k = "VendorSpecificDataContainer"; ki = i5; if (!w.emptyElement((v as unknown[])[i5])) { w.bits(0, 1); w.binary((v as unknown[])[i5], 256); w.bits(0, 1); } if (i5++ === 0) { n++; m += 32; } c5 = 1; s = 6; continue; }
          w.bits(1, 2); break loop;
        case 6:
          if ((v = o.VendorSpecificDataContainer) !== undefined && i5 < asArray(v, "VendorSpecificDataContainer").length) { w.bits(0, 2); k = "VendorSpecificDataContainer"; ki = i5; if (!w.emptyElement((v as unknown[])[i5])) { w.bits(0, 1); w.binary((v as unknown[])[i5], 256); w.bits(0, 1); } if (i5++ === 0) { n++; m += 32; } if (++c5 > 16) return encodeFail("more than 16 VendorSpecificDataContainer items (maxOccurs)"); s = 6; continue; }
          w.bits(1, 2); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (i5 !== 0 && i5 < (o.VendorSpecificDataContainer as unknown[]).length) encodeFail(`too many items (${(o.VendorSpecificDataContainer as unknown[]).length}) or items out of order`, "VendorSpecificDataContainer[" + i5 + ']');
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_WPT_PairingResType, m);
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

function d_WPT_EVPCPowerControlParameterType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: v = d_RationalNumberType(r); o.EVPCCoilCurrentRequest = v; s = 1; continue;
          default: return r.escape("WPT_EVPCPowerControlParameterType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: v = d_RationalNumberType(r); o.EVPCCoilCurrentInformation = v; s = 2; continue;
          default: return r.escape("WPT_EVPCPowerControlParameterType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: v = d_RationalNumberType(r); o.EVPCCurrentOutputInformation = v; s = 3; continue;
          default: return r.escape("WPT_EVPCPowerControlParameterType state 2");
        }
      case 3:
        switch (r.bits(1)) {
          case 0: v = d_RationalNumberType(r); o.EVPCVoltageOutputInformation = v; s = 4; continue;
          default: return r.escape("WPT_EVPCPowerControlParameterType state 3");
        }
      case 4:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("WPT_EVPCPowerControlParameterType state 4");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_WPT_EVPCPowerControlParameterType: readonly string[] = ["EVPCCoilCurrentRequest","EVPCCoilCurrentInformation","EVPCCurrentOutputInformation","EVPCVoltageOutputInformation"];
function e_WPT_EVPCPowerControlParameterType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.EVPCCoilCurrentRequest) !== undefined) { w.bits(0, 1); k = "EVPCCoilCurrentRequest"; ki = -1; e_RationalNumberType(w, v); n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVPCCoilCurrentRequest'", "EVPCCoilCurrentRequest");
        case 1:
          if ((v = o.EVPCCoilCurrentInformation) !== undefined) { w.bits(0, 1); k = "EVPCCoilCurrentInformation"; ki = -1; e_RationalNumberType(w, v); n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVPCCoilCurrentInformation'", "EVPCCoilCurrentInformation");
        case 2:
          if ((v = o.EVPCCurrentOutputInformation) !== undefined) { w.bits(0, 1); k = "EVPCCurrentOutputInformation"; ki = -1; e_RationalNumberType(w, v); n++; m += 4; s = 3; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVPCCurrentOutputInformation'", "EVPCCurrentOutputInformation");
        case 3:
          if ((v = o.EVPCVoltageOutputInformation) !== undefined) { w.bits(0, 1); k = "EVPCVoltageOutputInformation"; ki = -1; e_RationalNumberType(w, v); n++; m += 8; s = 4; continue; }
          k = ''; return encodeFail("missing mandatory element 'EVPCVoltageOutputInformation'", "EVPCVoltageOutputInformation");
        case 4:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_WPT_EVPCPowerControlParameterType, m);
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
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN6, 3); r.expect0('EE of EVSENotification'); } else v = {}; o.EVSENotification = v; s = 2; continue;
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
          if ((v = o.EVSENotification) !== undefined) { w.bits(0, 1); k = "EVSENotification"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.enumeration(v, EM6, 3); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
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

function d_WPT_SPCPowerControlParameterType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: v = d_RationalNumberType(r); o.SPCPrimaryDeviceCoilCurrentInformation = v; s = 1; continue;
          default: return r.escape("WPT_SPCPowerControlParameterType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("WPT_SPCPowerControlParameterType state 1");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_WPT_SPCPowerControlParameterType: readonly string[] = ["SPCPrimaryDeviceCoilCurrentInformation"];
function e_WPT_SPCPowerControlParameterType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.SPCPrimaryDeviceCoilCurrentInformation) !== undefined) { w.bits(0, 1); k = "SPCPrimaryDeviceCoilCurrentInformation"; ki = -1; e_RationalNumberType(w, v); n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'SPCPrimaryDeviceCoilCurrentInformation'", "SPCPrimaryDeviceCoilCurrentInformation");
        case 1:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_WPT_SPCPowerControlParameterType, m);
}

function d_WPT_LF_DataPackageListType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.nbit(8, 0, 255); r.expect0('EE of NumPackages'); } else v = {}; o.NumPackages = v; s = 1; continue;
          default: return r.escape("WPT_LF_DataPackageListType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: v = d_WPT_LF_DataPackageType(r); o.WPT_LF_DataPackage = v; s = 2; continue;
          default: return r.escape("WPT_LF_DataPackageListType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("WPT_LF_DataPackageListType state 2");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_WPT_LF_DataPackageListType: readonly string[] = ["NumPackages","WPT_LF_DataPackage"];
function e_WPT_LF_DataPackageListType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.NumPackages) !== undefined) { w.bits(0, 1); k = "NumPackages"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.nbit(v, 8, 0, 255); w.bits(0, 1); } n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'NumPackages'", "NumPackages");
        case 1:
          if ((v = o.WPT_LF_DataPackage) !== undefined) { w.bits(0, 1); k = "WPT_LF_DataPackage"; ki = -1; e_WPT_LF_DataPackageType(w, v); n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'WPT_LF_DataPackage'", "WPT_LF_DataPackage");
        case 2:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_WPT_LF_DataPackageListType, m);
}

function d_WPT_FinePositioningMethodListType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let c0 = 0;
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN7, 3); r.expect0('EE of WPT_FinePositioningMethod'); } else v = {}; pushItem(o, "WPT_FinePositioningMethod", v); c0 = 1; s = 1; continue;
          default: return r.escape("WPT_FinePositioningMethodListType state 0");
        }
      case 1:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN7, 3); r.expect0('EE of WPT_FinePositioningMethod'); } else v = {}; pushItem(o, "WPT_FinePositioningMethod", v); if (++c0 > 8) return r.fail("more than 8 WPT_FinePositioningMethod items (maxOccurs)"); s = 1; continue;
          case 1: return o;
          default: return r.escape("WPT_FinePositioningMethodListType state 1");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_WPT_FinePositioningMethodListType: readonly string[] = ["WPT_FinePositioningMethod"];
function e_WPT_FinePositioningMethodListType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1, c0 = 0, i0 = 0;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.WPT_FinePositioningMethod) !== undefined && i0 < asArray(v, "WPT_FinePositioningMethod").length) { w.bits(0, 1); k = "WPT_FinePositioningMethod"; ki = i0; if (!w.emptyElement((v as unknown[])[i0])) { w.bits(0, 1); w.enumeration((v as unknown[])[i0], EM7, 3); w.bits(0, 1); } if (i0++ === 0) { n++; m += 1; } c0 = 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'WPT_FinePositioningMethod'", "WPT_FinePositioningMethod[0]");
        case 1:
          if ((v = o.WPT_FinePositioningMethod) !== undefined && i0 < asArray(v, "WPT_FinePositioningMethod").length) { w.bits(0, 2); k = "WPT_FinePositioningMethod"; ki = i0; if (!w.emptyElement((v as unknown[])[i0])) { w.bits(0, 1); w.enumeration((v as unknown[])[i0], EM7, 3); w.bits(0, 1); } if (i0++ === 0) { n++; m += 1; } if (++c0 > 8) return encodeFail("more than 8 WPT_FinePositioningMethod items (maxOccurs)"); s = 1; continue; }
          w.bits(1, 2); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (i0 !== 0 && i0 < (o.WPT_FinePositioningMethod as unknown[]).length) encodeFail(`too many items (${(o.WPT_FinePositioningMethod as unknown[]).length}) or items out of order`, "WPT_FinePositioningMethod[" + i0 + ']');
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_WPT_FinePositioningMethodListType, m);
}

function d_WPT_PairingMethodListType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let c0 = 0;
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN8, 3); r.expect0('EE of WPT_PairingMethod'); } else v = {}; pushItem(o, "WPT_PairingMethod", v); c0 = 1; s = 1; continue;
          default: return r.escape("WPT_PairingMethodListType state 0");
        }
      case 1:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN8, 3); r.expect0('EE of WPT_PairingMethod'); } else v = {}; pushItem(o, "WPT_PairingMethod", v); if (++c0 > 8) return r.fail("more than 8 WPT_PairingMethod items (maxOccurs)"); s = 1; continue;
          case 1: return o;
          default: return r.escape("WPT_PairingMethodListType state 1");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_WPT_PairingMethodListType: readonly string[] = ["WPT_PairingMethod"];
function e_WPT_PairingMethodListType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1, c0 = 0, i0 = 0;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.WPT_PairingMethod) !== undefined && i0 < asArray(v, "WPT_PairingMethod").length) { w.bits(0, 1); k = "WPT_PairingMethod"; ki = i0; if (!w.emptyElement((v as unknown[])[i0])) { w.bits(0, 1); w.enumeration((v as unknown[])[i0], EM8, 3); w.bits(0, 1); } if (i0++ === 0) { n++; m += 1; } c0 = 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'WPT_PairingMethod'", "WPT_PairingMethod[0]");
        case 1:
          if ((v = o.WPT_PairingMethod) !== undefined && i0 < asArray(v, "WPT_PairingMethod").length) { w.bits(0, 2); k = "WPT_PairingMethod"; ki = i0; if (!w.emptyElement((v as unknown[])[i0])) { w.bits(0, 1); w.enumeration((v as unknown[])[i0], EM8, 3); w.bits(0, 1); } if (i0++ === 0) { n++; m += 1; } if (++c0 > 8) return encodeFail("more than 8 WPT_PairingMethod items (maxOccurs)"); s = 1; continue; }
          w.bits(1, 2); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (i0 !== 0 && i0 < (o.WPT_PairingMethod as unknown[]).length) encodeFail(`too many items (${(o.WPT_PairingMethod as unknown[]).length}) or items out of order`, "WPT_PairingMethod[" + i0 + ']');
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_WPT_PairingMethodListType, m);
}

function d_WPT_AlignmentCheckMethodListType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let c0 = 0;
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN9, 2); r.expect0('EE of WPT_AlignmentCheckMethod'); } else v = {}; pushItem(o, "WPT_AlignmentCheckMethod", v); c0 = 1; s = 1; continue;
          default: return r.escape("WPT_AlignmentCheckMethodListType state 0");
        }
      case 1:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.enumeration(EN9, 2); r.expect0('EE of WPT_AlignmentCheckMethod'); } else v = {}; pushItem(o, "WPT_AlignmentCheckMethod", v); if (++c0 > 8) return r.fail("more than 8 WPT_AlignmentCheckMethod items (maxOccurs)"); s = 1; continue;
          case 1: return o;
          default: return r.escape("WPT_AlignmentCheckMethodListType state 1");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_WPT_AlignmentCheckMethodListType: readonly string[] = ["WPT_AlignmentCheckMethod"];
function e_WPT_AlignmentCheckMethodListType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1, c0 = 0, i0 = 0;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.WPT_AlignmentCheckMethod) !== undefined && i0 < asArray(v, "WPT_AlignmentCheckMethod").length) { w.bits(0, 1); k = "WPT_AlignmentCheckMethod"; ki = i0; if (!w.emptyElement((v as unknown[])[i0])) { w.bits(0, 1); w.enumeration((v as unknown[])[i0], EM9, 2); w.bits(0, 1); } if (i0++ === 0) { n++; m += 1; } c0 = 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'WPT_AlignmentCheckMethod'", "WPT_AlignmentCheckMethod[0]");
        case 1:
          if ((v = o.WPT_AlignmentCheckMethod) !== undefined && i0 < asArray(v, "WPT_AlignmentCheckMethod").length) { w.bits(0, 2); k = "WPT_AlignmentCheckMethod"; ki = i0; if (!w.emptyElement((v as unknown[])[i0])) { w.bits(0, 1); w.enumeration((v as unknown[])[i0], EM9, 2); w.bits(0, 1); } if (i0++ === 0) { n++; m += 1; } if (++c0 > 8) return encodeFail("more than 8 WPT_AlignmentCheckMethod items (maxOccurs)"); s = 1; continue; }
          w.bits(1, 2); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (i0 !== 0 && i0 < (o.WPT_AlignmentCheckMethod as unknown[]).length) encodeFail(`too many items (${(o.WPT_AlignmentCheckMethod as unknown[]).length}) or items out of order`, "WPT_AlignmentCheckMethod[" + i0 + ']');
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_WPT_AlignmentCheckMethodListType, m);
}

function d_WPT_LF_SystemSetupDataType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(2)) {
          case 0: v = d_WPT_LF_TransmitterDataType(r); o.LF_TransmitterSetupData = v; s = 1; continue;
          case 1: v = d_WPT_LF_ReceiverDataType(r); o.LF_ReceiverSetupData = v; s = 2; continue;
          default: return r.escape("WPT_LF_SystemSetupDataType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("WPT_LF_SystemSetupDataType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("WPT_LF_SystemSetupDataType state 2");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_WPT_LF_SystemSetupDataType: readonly string[] = ["LF_TransmitterSetupData","LF_ReceiverSetupData"];
function e_WPT_LF_SystemSetupDataType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.LF_TransmitterSetupData) !== undefined) { w.bits(0, 2); k = "LF_TransmitterSetupData"; ki = -1; e_WPT_LF_TransmitterDataType(w, v); n++; m += 1; s = 1; continue; }
          if ((v = o.LF_ReceiverSetupData) !== undefined) { w.bits(1, 2); k = "LF_ReceiverSetupData"; ki = -1; e_WPT_LF_ReceiverDataType(w, v); n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'LF_TransmitterSetupData'", "LF_TransmitterSetupData");
        case 1:
          w.bits(0, 1); break loop;
        case 2:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_WPT_LF_SystemSetupDataType, m);
}

function d_AlternativeSECCListType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let c0 = 0;
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: v = d_AlternativeSECCType(r); pushItem(o, "AlternativeSECC", v); c0 = 1; s = 1; continue;
          default: return r.escape("AlternativeSECCListType state 0");
        }
      case 1:
        switch (r.bits(2)) {
          case 0: v = d_AlternativeSECCType(r); pushItem(o, "AlternativeSECC", v); if (++c0 > 8) return r.fail("more than 8 AlternativeSECC items (maxOccurs)"); s = 1; continue;
          case 1: return o;
          default: return r.escape("AlternativeSECCListType state 1");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_AlternativeSECCListType: readonly string[] = ["AlternativeSECC"];
function e_AlternativeSECCListType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1, c0 = 0, i0 = 0;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.AlternativeSECC) !== undefined && i0 < asArray(v, "AlternativeSECC").length) { w.bits(0, 1); k = "AlternativeSECC"; ki = i0; e_AlternativeSECCType(w, (v as unknown[])[i0]); if (i0++ === 0) { n++; m += 1; } c0 = 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'AlternativeSECC'", "AlternativeSECC[0]");
        case 1:
          if ((v = o.AlternativeSECC) !== undefined && i0 < asArray(v, "AlternativeSECC").length) { w.bits(0, 2); k = "AlternativeSECC"; ki = i0; e_AlternativeSECCType(w, (v as unknown[])[i0]); if (i0++ === 0) { n++; m += 1; } if (++c0 > 8) return encodeFail("more than 8 AlternativeSECC items (maxOccurs)"); s = 1; continue; }
          w.bits(1, 2); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (i0 !== 0 && i0 < (o.AlternativeSECC as unknown[]).length) encodeFail(`too many items (${(o.AlternativeSECC as unknown[]).length}) or items out of order`, "AlternativeSECC[" + i0 + ']');
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_AlternativeSECCListType, m);
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

function d_WPT_LF_DataPackageType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.nbit(8, 0, 255); r.expect0('EE of PackageIndex'); } else v = {}; o.PackageIndex = v; s = 1; continue;
          default: return r.escape("WPT_LF_DataPackageType state 0");
        }
      case 1:
        switch (r.bits(2)) {
          case 0: v = d_WPT_LF_TxDataListType(r); o.LF_TxData = v; s = 2; continue;
          case 1: v = d_WPT_LF_RxDataListType(r); o.LF_RxData = v; s = 3; continue;
          default: return r.escape("WPT_LF_DataPackageType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("WPT_LF_DataPackageType state 2");
        }
      case 3:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("WPT_LF_DataPackageType state 3");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_WPT_LF_DataPackageType: readonly string[] = ["PackageIndex","LF_TxData","LF_RxData"];
function e_WPT_LF_DataPackageType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.PackageIndex) !== undefined) { w.bits(0, 1); k = "PackageIndex"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.nbit(v, 8, 0, 255); w.bits(0, 1); } n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'PackageIndex'", "PackageIndex");
        case 1:
          if ((v = o.LF_TxData) !== undefined) { w.bits(0, 2); k = "LF_TxData"; ki = -1; e_WPT_LF_TxDataListType(w, v); n++; m += 2; s = 2; continue; }
          if ((v = o.LF_RxData) !== undefined) { w.bits(1, 2); k = "LF_RxData"; ki = -1; e_WPT_LF_RxDataListType(w, v); n++; m += 4; s = 3; continue; }
          k = ''; return encodeFail("missing mandatory element 'LF_TxData'", "LF_TxData");
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
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_WPT_LF_DataPackageType, m);
}

function d_WPT_LF_TransmitterDataType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let c2 = 0;
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.nbit(8, 0, 255); r.expect0('EE of NumberOfTransmitters'); } else v = {}; o.NumberOfTransmitters = v; s = 1; continue;
          default: return r.escape("WPT_LF_TransmitterDataType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: v = d_RationalNumberType(r); o.SignalFrequency = v; s = 2; continue;
          default: return r.escape("WPT_LF_TransmitterDataType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: v = d_WPT_TxRxSpecDataType(r); pushItem(o, "TxSpecData", v); c2 = 1; s = c2 < 2 ? 3 : 4; continue;
          default: return r.escape("WPT_LF_TransmitterDataType state 2");
        }
      case 3:
        switch (r.bits(1)) {
          case 0: v = d_WPT_TxRxSpecDataType(r); pushItem(o, "TxSpecData", v); if (++c2 > 255) return r.fail("more than 255 TxSpecData items (maxOccurs)"); s = c2 < 2 ? 3 : 4; continue;
          default: return r.escape("WPT_LF_TransmitterDataType state 3");
        }
      case 4:
        switch (r.bits(2)) {
          case 0: v = d_WPT_TxRxSpecDataType(r); pushItem(o, "TxSpecData", v); if (++c2 > 255) return r.fail("more than 255 TxSpecData items (maxOccurs)"); s = c2 < 2 ? 3 : 4; continue;
          case 1: v = d_WPT_TxRxPackageSpecDataType(r); o.TxPackageSpecData = v; s = 5; continue;
          case 2: return o;
          default: return r.escape("WPT_LF_TransmitterDataType state 4");
        }
      case 5:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("WPT_LF_TransmitterDataType state 5");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_WPT_LF_TransmitterDataType: readonly string[] = ["NumberOfTransmitters","SignalFrequency","TxSpecData","TxPackageSpecData"];
function e_WPT_LF_TransmitterDataType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1, c2 = 0, i2 = 0;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.NumberOfTransmitters) !== undefined) { w.bits(0, 1); k = "NumberOfTransmitters"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.nbit(v, 8, 0, 255); w.bits(0, 1); } n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'NumberOfTransmitters'", "NumberOfTransmitters");
        case 1:
          if ((v = o.SignalFrequency) !== undefined) { w.bits(0, 1); k = "SignalFrequency"; ki = -1; e_RationalNumberType(w, v); n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'SignalFrequency'", "SignalFrequency");
        case 2:
          if ((v = o.TxSpecData) !== undefined && i2 < asArray(v, "TxSpecData").length) { w.bits(0, 1); k = "TxSpecData"; ki = i2; e_WPT_TxRxSpecDataType(w, (v as unknown[])[i2]); if (i2++ === 0) { n++; m += 4; } c2 = 1; s = c2 < 2 ? 3 : 4; continue; }
          k = ''; return encodeFail("missing mandatory element 'TxSpecData'", `TxSpecData[${c2}]`);
        case 3:
          if ((v = o.TxSpecData) !== undefined && i2 < asArray(v, "TxSpecData").length) { w.bits(0, 1); k = "TxSpecData"; ki = i2; e_WPT_TxRxSpecDataType(w, (v as unknown[])[i2]); if (i2++ === 0) { n++; m += 4; } if (++c2 > 255) return encodeFail("more than 255 TxSpecData items (maxOccurs)"); s = c2 < 2 ? 3 : 4; continue; }
          k = ''; return encodeFail("missing mandatory element 'TxSpecData'", `TxSpecData[${c2}]`);
        case 4:
          if ((v = o.TxSpecData) !== undefined && i2 < asArray(v, "TxSpecData").length) { w.bits(0, 2); k = "TxSpecData"; ki = i2; e_WPT_TxRxSpecDataType(w, (v as unknown[])[i2]); if (i2++ === 0) { n++; m += 4; } if (++c2 > 255) return encodeFail("more than 255 TxSpecData items (maxOccurs)"); s = c2 < 2 ? 3 : 4; continue; }
          if ((v = o.TxPackageSpecData) !== undefined) { w.bits(1, 2); k = "TxPackageSpecData"; ki = -1; e_WPT_TxRxPackageSpecDataType(w, v); n++; m += 8; s = 5; continue; }
          w.bits(2, 2); break loop;
        case 5:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (i2 !== 0 && i2 < (o.TxSpecData as unknown[]).length) encodeFail(`too many items (${(o.TxSpecData as unknown[]).length}) or items out of order`, "TxSpecData[" + i2 + ']');
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_WPT_LF_TransmitterDataType, m);
}

function d_WPT_LF_ReceiverDataType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let c1 = 0;
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.nbit(8, 0, 255); r.expect0('EE of NumberOfReceivers'); } else v = {}; o.NumberOfReceivers = v; s = 1; continue;
          default: return r.escape("WPT_LF_ReceiverDataType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: v = d_WPT_TxRxSpecDataType(r); pushItem(o, "RxSpecData", v); c1 = 1; s = c1 < 2 ? 2 : 3; continue;
          default: return r.escape("WPT_LF_ReceiverDataType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: v = d_WPT_TxRxSpecDataType(r); pushItem(o, "RxSpecData", v); if (++c1 > 255) return r.fail("more than 255 RxSpecData items (maxOccurs)"); s = c1 < 2 ? 2 : 3; continue;
          default: return r.escape("WPT_LF_ReceiverDataType state 2");
        }
      case 3:
        switch (r.bits(2)) {
          case 0: v = d_WPT_TxRxSpecDataType(r); pushItem(o, "RxSpecData", v); if (++c1 > 255) return r.fail("more than 255 RxSpecData items (maxOccurs)"); s = c1 < 2 ? 2 : 3; continue;
          case 1: return o;
          default: return r.escape("WPT_LF_ReceiverDataType state 3");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_WPT_LF_ReceiverDataType: readonly string[] = ["NumberOfReceivers","RxSpecData"];
function e_WPT_LF_ReceiverDataType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1, c1 = 0, i1 = 0;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.NumberOfReceivers) !== undefined) { w.bits(0, 1); k = "NumberOfReceivers"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.nbit(v, 8, 0, 255); w.bits(0, 1); } n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'NumberOfReceivers'", "NumberOfReceivers");
        case 1:
          if ((v = o.RxSpecData) !== undefined && i1 < asArray(v, "RxSpecData").length) { w.bits(0, 1); k = "RxSpecData"; ki = i1; e_WPT_TxRxSpecDataType(w, (v as unknown[])[i1]); if (i1++ === 0) { n++; m += 2; } c1 = 1; s = c1 < 2 ? 2 : 3; continue; }
          k = ''; return encodeFail("missing mandatory element 'RxSpecData'", `RxSpecData[${c1}]`);
        case 2:
          if ((v = o.RxSpecData) !== undefined && i1 < asArray(v, "RxSpecData").length) { w.bits(0, 1); k = "RxSpecData"; ki = i1; e_WPT_TxRxSpecDataType(w, (v as unknown[])[i1]); if (i1++ === 0) { n++; m += 2; } if (++c1 > 255) return encodeFail("more than 255 RxSpecData items (maxOccurs)"); s = c1 < 2 ? 2 : 3; continue; }
          k = ''; return encodeFail("missing mandatory element 'RxSpecData'", `RxSpecData[${c1}]`);
        case 3:
          if ((v = o.RxSpecData) !== undefined && i1 < asArray(v, "RxSpecData").length) { w.bits(0, 2); k = "RxSpecData"; ki = i1; e_WPT_TxRxSpecDataType(w, (v as unknown[])[i1]); if (i1++ === 0) { n++; m += 2; } if (++c1 > 255) return encodeFail("more than 255 RxSpecData items (maxOccurs)"); s = c1 < 2 ? 2 : 3; continue; }
          w.bits(1, 2); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (i1 !== 0 && i1 < (o.RxSpecData as unknown[]).length) encodeFail(`too many items (${(o.RxSpecData as unknown[]).length}) or items out of order`, "RxSpecData[" + i1 + ']');
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_WPT_LF_ReceiverDataType, m);
}

function d_AlternativeSECCType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(3)) {
          case 0: if (r.chOrEmpty()) { v = r.string(255); r.expect0('EE of SSID'); } else v = {}; o.SSID = v; s = 1; continue;
          case 1: if (r.chOrEmpty()) { v = r.string(12); r.expect0('EE of BSSID'); } else v = {}; o.BSSID = v; s = 2; continue;
          case 2: if (r.chOrEmpty()) { v = r.string(39); r.expect0('EE of IPAddress'); } else v = {}; o.IPAddress = v; s = 3; continue;
          case 3: if (r.chOrEmpty()) { v = r.uint(65535); r.expect0('EE of Port'); } else v = {}; o.Port = v; s = 4; continue;
          case 4: return o;
          default: return r.escape("AlternativeSECCType state 0");
        }
      case 1:
        switch (r.bits(3)) {
          case 0: if (r.chOrEmpty()) { v = r.string(12); r.expect0('EE of BSSID'); } else v = {}; o.BSSID = v; s = 2; continue;
          case 1: if (r.chOrEmpty()) { v = r.string(39); r.expect0('EE of IPAddress'); } else v = {}; o.IPAddress = v; s = 3; continue;
          case 2: if (r.chOrEmpty()) { v = r.uint(65535); r.expect0('EE of Port'); } else v = {}; o.Port = v; s = 4; continue;
          case 3: return o;
          default: return r.escape("AlternativeSECCType state 1");
        }
      case 2:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.string(39); r.expect0('EE of IPAddress'); } else v = {}; o.IPAddress = v; s = 3; continue;
          case 1: if (r.chOrEmpty()) { v = r.uint(65535); r.expect0('EE of Port'); } else v = {}; o.Port = v; s = 4; continue;
          case 2: return o;
          default: return r.escape("AlternativeSECCType state 2");
        }
      case 3:
        switch (r.bits(2)) {
          case 0: if (r.chOrEmpty()) { v = r.uint(65535); r.expect0('EE of Port'); } else v = {}; o.Port = v; s = 4; continue;
          case 1: return o;
          default: return r.escape("AlternativeSECCType state 3");
        }
      case 4:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("AlternativeSECCType state 4");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_AlternativeSECCType: readonly string[] = ["SSID","BSSID","IPAddress","Port"];
function e_AlternativeSECCType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.SSID) !== undefined) { w.bits(0, 3); k = "SSID"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.string(v, 255); w.bits(0, 1); } n++; m += 1; s = 1; continue; }
          if ((v = o.BSSID) !== undefined) { w.bits(1, 3); k = "BSSID"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.string(v, 12); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          if ((v = o.IPAddress) !== undefined) { w.bits(2, 3); k = "IPAddress"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.string(v, 39); w.bits(0, 1); } n++; m += 4; s = 3; continue; }
          if ((v = o.Port) !== undefined) { w.bits(3, 3); k = "Port"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.uint(v, 65535); w.bits(0, 1); } n++; m += 8; s = 4; continue; }
          w.bits(4, 3); break loop;
        case 1:
          if ((v = o.BSSID) !== undefined) { w.bits(0, 3); k = "BSSID"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.string(v, 12); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          if ((v = o.IPAddress) !== undefined) { w.bits(1, 3); k = "IPAddress"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.string(v, 39); w.bits(0, 1); } n++; m += 4; s = 3; continue; }
          if ((v = o.Port) !== undefined) { w.bits(2, 3); k = "Port"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.uint(v, 65535); w.bits(0, 1); } n++; m += 8; s = 4; continue; }
          w.bits(3, 3); break loop;
        case 2:
          if ((v = o.IPAddress) !== undefined) { w.bits(0, 2); k = "IPAddress"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.string(v, 39); w.bits(0, 1); } n++; m += 4; s = 3; continue; }
          if ((v = o.Port) !== undefined) { w.bits(1, 2); k = "Port"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.uint(v, 65535); w.bits(0, 1); } n++; m += 8; s = 4; continue; }
          w.bits(2, 2); break loop;
        case 3:
          if ((v = o.Port) !== undefined) { w.bits(0, 2); k = "Port"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.uint(v, 65535); w.bits(0, 1); } n++; m += 8; s = 4; continue; }
          w.bits(1, 2); break loop;
        case 4:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_AlternativeSECCType, m);
}

function d_WPT_LF_TxDataListType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: v = d_WPT_LF_TxDataType(r); o.WPT_LF_TxDataList = v; s = 1; continue;
          default: return r.escape("WPT_LF_TxDataListType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("WPT_LF_TxDataListType state 1");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_WPT_LF_TxDataListType: readonly string[] = ["WPT_LF_TxDataList"];
function e_WPT_LF_TxDataListType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.WPT_LF_TxDataList) !== undefined) { w.bits(0, 1); k = "WPT_LF_TxDataList"; ki = -1; e_WPT_LF_TxDataType(w, v); n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'WPT_LF_TxDataList'", "WPT_LF_TxDataList");
        case 1:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_WPT_LF_TxDataListType, m);
}

function d_WPT_LF_RxDataListType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: v = d_WPT_LF_RxDataType(r); o.WPT_LF_RxDataList = v; s = 1; continue;
          default: return r.escape("WPT_LF_RxDataListType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("WPT_LF_RxDataListType state 1");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_WPT_LF_RxDataListType: readonly string[] = ["WPT_LF_RxDataList"];
function e_WPT_LF_RxDataListType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.WPT_LF_RxDataList) !== undefined) { w.bits(0, 1); k = "WPT_LF_RxDataList"; ki = -1; e_WPT_LF_RxDataType(w, v); n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'WPT_LF_RxDataList'", "WPT_LF_RxDataList");
        case 1:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_WPT_LF_RxDataListType, m);
}

function d_WPT_TxRxSpecDataType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.uint(4294967295); r.expect0('EE of TxRxIdentifier'); } else v = {}; o.TxRxIdentifier = v; s = 1; continue;
          default: return r.escape("WPT_TxRxSpecDataType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: v = d_WPT_CoordinateXYZType(r); o.TxRxPosition = v; s = 2; continue;
          default: return r.escape("WPT_TxRxSpecDataType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: v = d_WPT_CoordinateXYZType(r); o.TxRxOrientation = v; s = 3; continue;
          default: return r.escape("WPT_TxRxSpecDataType state 2");
        }
      case 3:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("WPT_TxRxSpecDataType state 3");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_WPT_TxRxSpecDataType: readonly string[] = ["TxRxIdentifier","TxRxPosition","TxRxOrientation"];
function e_WPT_TxRxSpecDataType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.TxRxIdentifier) !== undefined) { w.bits(0, 1); k = "TxRxIdentifier"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.uint(v, 4294967295); w.bits(0, 1); } n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'TxRxIdentifier'", "TxRxIdentifier");
        case 1:
          if ((v = o.TxRxPosition) !== undefined) { w.bits(0, 1); k = "TxRxPosition"; ki = -1; e_WPT_CoordinateXYZType(w, v); n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'TxRxPosition'", "TxRxPosition");
        case 2:
          if ((v = o.TxRxOrientation) !== undefined) { w.bits(0, 1); k = "TxRxOrientation"; ki = -1; e_WPT_CoordinateXYZType(w, v); n++; m += 4; s = 3; continue; }
          k = ''; return encodeFail("missing mandatory element 'TxRxOrientation'", "TxRxOrientation");
        case 3:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_WPT_TxRxSpecDataType, m);
}

function d_WPT_TxRxPackageSpecDataType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let c0 = 0;
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: v = d_WPT_TxRxPulseOrderType(r); pushItem(o, "PulseSequenceOrder", v); c0 = 1; s = c0 < 2 ? 1 : 2; continue;
          default: return r.escape("WPT_TxRxPackageSpecDataType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: v = d_WPT_TxRxPulseOrderType(r); pushItem(o, "PulseSequenceOrder", v); if (++c0 > 255) return r.fail("more than 255 PulseSequenceOrder items (maxOccurs)"); s = c0 < 2 ? 1 : 2; continue;
          default: return r.escape("WPT_TxRxPackageSpecDataType state 1");
        }
      case 2:
        switch (r.bits(2)) {
          case 0: v = d_WPT_TxRxPulseOrderType(r); pushItem(o, "PulseSequenceOrder", v); if (++c0 > 255) return r.fail("more than 255 PulseSequenceOrder items (maxOccurs)"); s = c0 < 2 ? 1 : 2; continue;
          case 1: if (r.chOrEmpty()) { v = r.uint(65535); r.expect0('EE of PulseSeparationTime'); } else v = {}; o.PulseSeparationTime = v; s = 3; continue;
          default: return r.escape("WPT_TxRxPackageSpecDataType state 2");
        }
      case 3:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.uint(65535); r.expect0('EE of PulseDuration'); } else v = {}; o.PulseDuration = v; s = 4; continue;
          default: return r.escape("WPT_TxRxPackageSpecDataType state 3");
        }
      case 4:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.uint(65535); r.expect0('EE of PackageSeparationTime'); } else v = {}; o.PackageSeparationTime = v; s = 5; continue;
          default: return r.escape("WPT_TxRxPackageSpecDataType state 4");
        }
      case 5:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("WPT_TxRxPackageSpecDataType state 5");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_WPT_TxRxPackageSpecDataType: readonly string[] = ["PulseSequenceOrder","PulseSeparationTime","PulseDuration","PackageSeparationTime"];
function e_WPT_TxRxPackageSpecDataType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1, c0 = 0, i0 = 0;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.PulseSequenceOrder) !== undefined && i0 < asArray(v, "PulseSequenceOrder").length) { w.bits(0, 1); k = "PulseSequenceOrder"; ki = i0; e_WPT_TxRxPulseOrderType(w, (v as unknown[])[i0]); if (i0++ === 0) { n++; m += 1; } c0 = 1; s = c0 < 2 ? 1 : 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'PulseSequenceOrder'", `PulseSequenceOrder[${c0}]`);
        case 1:
          if ((v = o.PulseSequenceOrder) !== undefined && i0 < asArray(v, "PulseSequenceOrder").length) { w.bits(0, 1); k = "PulseSequenceOrder"; ki = i0; e_WPT_TxRxPulseOrderType(w, (v as unknown[])[i0]); if (i0++ === 0) { n++; m += 1; } if (++c0 > 255) return encodeFail("more than 255 PulseSequenceOrder items (maxOccurs)"); s = c0 < 2 ? 1 : 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'PulseSequenceOrder'", `PulseSequenceOrder[${c0}]`);
        case 2:
          if ((v = o.PulseSequenceOrder) !== undefined && i0 < asArray(v, "PulseSequenceOrder").length) { w.bits(0, 2); k = "PulseSequenceOrder"; ki = i0; e_WPT_TxRxPulseOrderType(w, (v as unknown[])[i0]); if (i0++ === 0) { n++; m += 1; } if (++c0 > 255) return encodeFail("more than 255 PulseSequenceOrder items (maxOccurs)"); s = c0 < 2 ? 1 : 2; continue; }
          if ((v = o.PulseSeparationTime) !== undefined) { w.bits(1, 2); k = "PulseSeparationTime"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.uint(v, 65535); w.bits(0, 1); } n++; m += 2; s = 3; continue; }
          k = ''; return encodeFail("missing mandatory element 'PulseSequenceOrder'", `PulseSequenceOrder[${c0}]`);
        case 3:
          if ((v = o.PulseDuration) !== undefined) { w.bits(0, 1); k = "PulseDuration"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.uint(v, 65535); w.bits(0, 1); } n++; m += 4; s = 4; continue; }
          k = ''; return encodeFail("missing mandatory element 'PulseDuration'", "PulseDuration");
        case 4:
          if ((v = o.PackageSeparationTime) !== undefined) { w.bits(0, 1); k = "PackageSeparationTime"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.uint(v, 65535); w.bits(0, 1); } n++; m += 8; s = 5; continue; }
          k = ''; return encodeFail("missing mandatory element 'PackageSeparationTime'", "PackageSeparationTime");
        case 5:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (i0 !== 0 && i0 < (o.PulseSequenceOrder as unknown[]).length) encodeFail(`too many items (${(o.PulseSequenceOrder as unknown[]).length}) or items out of order`, "PulseSequenceOrder[" + i0 + ']');
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_WPT_TxRxPackageSpecDataType, m);
}

function d_WPT_LF_TxDataType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.uint(4294967295); r.expect0('EE of TxIdentifier'); } else v = {}; o.TxIdentifier = v; s = 1; continue;
          default: return r.escape("WPT_LF_TxDataType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: v = d_RationalNumberType(r); o.EIRP = v; s = 2; continue;
          default: return r.escape("WPT_LF_TxDataType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("WPT_LF_TxDataType state 2");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_WPT_LF_TxDataType: readonly string[] = ["TxIdentifier","EIRP"];
function e_WPT_LF_TxDataType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.TxIdentifier) !== undefined) { w.bits(0, 1); k = "TxIdentifier"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.uint(v, 4294967295); w.bits(0, 1); } n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'TxIdentifier'", "TxIdentifier");
        case 1:
          if ((v = o.EIRP) !== undefined) { w.bits(0, 1); k = "EIRP"; ki = -1; e_RationalNumberType(w, v); n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'EIRP'", "EIRP");
        case 2:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_WPT_LF_TxDataType, m);
}

function d_WPT_LF_RxDataType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.uint(4294967295); r.expect0('EE of RxIdentifier'); } else v = {}; o.RxIdentifier = v; s = 1; continue;
          default: return r.escape("WPT_LF_RxDataType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: v = d_WPT_LF_RxRSSIListType(r); o.RSSIData = v; s = 2; continue;
          default: return r.escape("WPT_LF_RxDataType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("WPT_LF_RxDataType state 2");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_WPT_LF_RxDataType: readonly string[] = ["RxIdentifier","RSSIData"];
function e_WPT_LF_RxDataType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.RxIdentifier) !== undefined) { w.bits(0, 1); k = "RxIdentifier"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.uint(v, 4294967295); w.bits(0, 1); } n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'RxIdentifier'", "RxIdentifier");
        case 1:
          if ((v = o.RSSIData) !== undefined) { w.bits(0, 1); k = "RSSIData"; ki = -1; e_WPT_LF_RxRSSIListType(w, v); n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'RSSIData'", "RSSIData");
        case 2:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_WPT_LF_RxDataType, m);
}

function d_WPT_CoordinateXYZType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.int(-32768, 32767); r.expect0('EE of Coord_X'); } else v = {}; o.Coord_X = v; s = 1; continue;
          default: return r.escape("WPT_CoordinateXYZType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.int(-32768, 32767); r.expect0('EE of Coord_Y'); } else v = {}; o.Coord_Y = v; s = 2; continue;
          default: return r.escape("WPT_CoordinateXYZType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.int(-32768, 32767); r.expect0('EE of Coord_Z'); } else v = {}; o.Coord_Z = v; s = 3; continue;
          default: return r.escape("WPT_CoordinateXYZType state 2");
        }
      case 3:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("WPT_CoordinateXYZType state 3");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_WPT_CoordinateXYZType: readonly string[] = ["Coord_X","Coord_Y","Coord_Z"];
function e_WPT_CoordinateXYZType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.Coord_X) !== undefined) { w.bits(0, 1); k = "Coord_X"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.int(v, -32768, 32767); w.bits(0, 1); } n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'Coord_X'", "Coord_X");
        case 1:
          if ((v = o.Coord_Y) !== undefined) { w.bits(0, 1); k = "Coord_Y"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.int(v, -32768, 32767); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'Coord_Y'", "Coord_Y");
        case 2:
          if ((v = o.Coord_Z) !== undefined) { w.bits(0, 1); k = "Coord_Z"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.int(v, -32768, 32767); w.bits(0, 1); } n++; m += 4; s = 3; continue; }
          k = ''; return encodeFail("missing mandatory element 'Coord_Z'", "Coord_Z");
        case 3:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_WPT_CoordinateXYZType, m);
}

function d_WPT_TxRxPulseOrderType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.uint(65535); r.expect0('EE of IndexNumber'); } else v = {}; o.IndexNumber = v; s = 1; continue;
          default: return r.escape("WPT_TxRxPulseOrderType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.uint(4294967295); r.expect0('EE of TxRxIdentifier'); } else v = {}; o.TxRxIdentifier = v; s = 2; continue;
          default: return r.escape("WPT_TxRxPulseOrderType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("WPT_TxRxPulseOrderType state 2");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_WPT_TxRxPulseOrderType: readonly string[] = ["IndexNumber","TxRxIdentifier"];
function e_WPT_TxRxPulseOrderType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.IndexNumber) !== undefined) { w.bits(0, 1); k = "IndexNumber"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.uint(v, 65535); w.bits(0, 1); } n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'IndexNumber'", "IndexNumber");
        case 1:
          if ((v = o.TxRxIdentifier) !== undefined) { w.bits(0, 1); k = "TxRxIdentifier"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.uint(v, 4294967295); w.bits(0, 1); } n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'TxRxIdentifier'", "TxRxIdentifier");
        case 2:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_WPT_TxRxPulseOrderType, m);
}

function d_WPT_LF_RxRSSIListType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: v = d_WPT_LF_RxRSSIType(r); o.RSSIDataList = v; s = 1; continue;
          default: return r.escape("WPT_LF_RxRSSIListType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("WPT_LF_RxRSSIListType state 1");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_WPT_LF_RxRSSIListType: readonly string[] = ["RSSIDataList"];
function e_WPT_LF_RxRSSIListType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.RSSIDataList) !== undefined) { w.bits(0, 1); k = "RSSIDataList"; ki = -1; e_WPT_LF_RxRSSIType(w, v); n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'RSSIDataList'", "RSSIDataList");
        case 1:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_WPT_LF_RxRSSIListType, m);
}

function d_WPT_LF_RxRSSIType(r: BitReader): ExiObject {
  const o: ExiObject = {};
  let s = 0;
  let v: unknown;
  for (;;) {
    switch (s) {
      case 0:
        switch (r.bits(1)) {
          case 0: if (r.chOrEmpty()) { v = r.uint(4294967295); r.expect0('EE of TxIdentifier'); } else v = {}; o.TxIdentifier = v; s = 1; continue;
          default: return r.escape("WPT_LF_RxRSSIType state 0");
        }
      case 1:
        switch (r.bits(1)) {
          case 0: v = d_RationalNumberType(r); o.RSSI = v; s = 2; continue;
          default: return r.escape("WPT_LF_RxRSSIType state 1");
        }
      case 2:
        switch (r.bits(1)) {
          case 0: return o;
          default: return r.escape("WPT_LF_RxRSSIType state 2");
        }
      default: return r.fail('internal: bad state');
    }
  }
}

const K_WPT_LF_RxRSSIType: readonly string[] = ["TxIdentifier","RSSI"];
function e_WPT_LF_RxRSSIType(w: BitWriter, x: unknown): void {
  const o = asObject(x);
  let s = 0, n = 0, m = 0, k = '', ki = -1;
  let v: unknown;
  try {
    loop: for (;;) {
      switch (s) {
        case 0:
          if ((v = o.TxIdentifier) !== undefined) { w.bits(0, 1); k = "TxIdentifier"; ki = -1; if (!w.emptyElement(v)) { w.bits(0, 1); w.uint(v, 4294967295); w.bits(0, 1); } n++; m += 1; s = 1; continue; }
          k = ''; return encodeFail("missing mandatory element 'TxIdentifier'", "TxIdentifier");
        case 1:
          if ((v = o.RSSI) !== undefined) { w.bits(0, 1); k = "RSSI"; ki = -1; e_RationalNumberType(w, v); n++; m += 2; s = 2; continue; }
          k = ''; return encodeFail("missing mandatory element 'RSSI'", "RSSI");
        case 2:
          w.bits(0, 1); break loop;
        default: return encodeFail('internal: bad state');
      }
    }
  } catch (e) {
    throw k === '' ? e : prefixError(e, ki < 0 ? k : `${k}[${ki}]`);
  }
  if (n !== Object.keys(o).length && n !== keyCount(o)) extraKeyFail(o, K_WPT_LF_RxRSSIType, m);
}
