/**
 * Reading decoded V2G documents (DESIGN.md EXI JSON form) for the timeline: message name, the key values a
 * person debugging a session wants on one line, anomaly flags, SessionID, and the schema a supportedAppProtocol
 * handshake negotiated. Pure; tolerant of any shape (a document that lacks a field just yields less).
 */

import type { ExiSchema } from './exi-hook.js';

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The root element's content and the message element name: Body child for din/iso2, root for apphand/iso20. */
export function messageOf(doc: unknown): { name: string; body: Obj; header?: Obj } | undefined {
  if (!isObj(doc)) return undefined;
  const rootName = Object.keys(doc)[0];
  if (rootName === undefined) return undefined;
  const root = doc[rootName];
  if (rootName === 'V2G_Message' && isObj(root)) {
    const body = root.Body;
    const header = isObj(root.Header) ? root.Header : undefined;
    if (!isObj(body)) return { name: 'V2G_Message', body: {}, header };
    const name = Object.keys(body)[0] ?? 'EmptyBody';
    const content = body[name];
    return { name, body: isObj(content) ? content : {}, header };
  }
  const body = isObj(root) ? root : {};
  return { name: rootName, body, header: isObj(body.Header) ? body.Header : undefined };
}

/** `CableCheckReq` -> `CableCheck`; names without a Req/Res suffix stay as they are. */
export function baseName(name: string): string {
  return name.endsWith('Req') || name.endsWith('Res') ? name.slice(0, -3) : name;
}

export function isRequest(name: string): boolean {
  return name.endsWith('Req');
}

export function isResponse(name: string): boolean {
  return name.endsWith('Res');
}

/** Leaf fields shown on the timeline line (wherever they sit inside the message). */
const KEY_FIELDS = new Set([
  'ResponseCode',
  'EVSEProcessing',
  'EVSEStatusCode',
  'EVSEIsolationStatus',
  'EVSENotification',
  'EVRESSSOC',
  'PresentSOC',
  'EVReady',
  'EVErrorCode',
  'ReadyToChargeState',
  'ChargeProgress',
  'ChargingSession',
  'ChargingComplete',
  'BulkChargingComplete',
  'EVTargetVoltage',
  'EVTargetCurrent',
  'EVPresentVoltage',
  'EVSEPresentVoltage',
  'EVSEPresentCurrent',
  'EVMaximumVoltageLimit',
  'EVMaximumCurrentLimit',
  'EVMaximumPowerLimit',
  'EVSEMaximumVoltageLimit',
  'EVSEMaximumCurrentLimit',
  'EVSEMaximumPowerLimit',
  'EVSEMinimumVoltageLimit',
  'EVSEMinimumCurrentLimit',
  'EVSECurrentLimitAchieved',
  'EVSEVoltageLimitAchieved',
  'EVSEPowerLimitAchieved',
  'EVSEMaxCurrent',
  'EVMaxVoltage',
  'EVMaxCurrent',
  'EVEnergyRequest',
  'EVEnergyCapacity',
  'RemainingTimeToFullSoC',
  'RemainingTimeToBulkSoC',
  'EVCCID',
  'EVSEID',
  'SelectedPaymentOption',
  'EVRequestedEnergyTransferType',
  'RequestedEnergyTransferMode',
  'RCD',
  'SchemaID',
]);

/** Unit of a value by its field name (DIN/ISO-2 physical values also carry a Unit token, preferred when set). */
const unitCache = new Map<string, string | undefined>();

export function unitOf(field: string): string | undefined {
  if (unitCache.has(field)) return unitCache.get(field);
  const u = unitByName(field);
  if (unitCache.size < 4096) unitCache.set(field, u);
  return u;
}

function unitByName(field: string): string | undefined {
  if (/^RemainingTime/.test(field)) return 's';
  if (/SOC$/i.test(field)) return '%';
  if (/Voltage/.test(field)) return 'V';
  if (/Current$|CurrentLimit$/.test(field)) return 'A';
  if (/Power/.test(field)) return 'W';
  if (/Energy/.test(field)) return 'Wh';
  return undefined;
}

const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18];

/** A DIN/ISO-2 PhysicalValue {Multiplier, Unit, Value} or ISO-20 RationalNumber {Exponent, Value} as a number. */
function physical(v: Obj): number | undefined {
  if (typeof v.Value !== 'number') return undefined;
  const exp = typeof v.Multiplier === 'number' ? v.Multiplier : typeof v.Exponent === 'number' ? v.Exponent : 0;
  const p = POW10[Math.abs(exp)] ?? 10 ** Math.abs(exp);
  // Dividing by an exact power of ten gives the double nearest the decimal (3481 / 10 = 348.1, not 348.10000000000002).
  return exp >= 0 ? v.Value * p : v.Value / p;
}

/** The key values of a message body, flattened: physical values become plain numbers. */
export function keyValues(body: Obj): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  const walk = (o: Obj, depth: number) => {
    if (depth > 6) return;
    for (const [k, v] of Object.entries(o)) {
      if (KEY_FIELDS.has(k)) {
        if (isObj(v)) {
          const n = physical(v);
          if (n !== undefined) out[k] = n;
        } else if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') {
          out[k] = v;
        }
      } else if (isObj(v)) {
        walk(v, depth + 1);
      }
    }
  };
  walk(body, 0);
  return out;
}

/** EVSEStatusCode values that mean the charger stops (DIN/ISO-2 DC_EVSEStatusCodeType). */
const STOPPING_STATUS = new Set([
  'EVSE_Shutdown',
  'EVSE_EmergencyShutdown',
  'EVSE_Malfunction',
  'EVSE_UtilityInterruptEvent',
]);

/** Anomalies visible in one message's key values. */
export function valueFlags(values: Record<string, string | number | boolean>): string[] {
  const flags: string[] = [];
  const rc = values.ResponseCode;
  if (typeof rc === 'string' && /^FAILED|^Failed/.test(rc)) flags.push(`ResponseCode ${rc}`);
  const st = values.EVSEStatusCode;
  if (typeof st === 'string' && STOPPING_STATUS.has(st)) flags.push(`EVSEStatusCode ${st}`);
  const notif = values.EVSENotification;
  if (typeof notif === 'string' && notif !== 'None') flags.push(`EVSENotification ${notif}`);
  const err = values.EVErrorCode;
  if (typeof err === 'string' && err !== 'NO_ERROR') flags.push(`EVErrorCode ${err}`);
  const iso = values.EVSEIsolationStatus;
  if (iso === 'Fault') flags.push('EVSEIsolationStatus Fault');
  return flags;
}

/** SessionID of a din/iso2/iso20 message header (hex string), if present. */
export function sessionIdOf(header: Obj | undefined): string | undefined {
  const id = header?.SessionID;
  return typeof id === 'string' ? id : undefined;
}

/** Schema for a protocol namespace offered in supportedAppProtocolReq. */
export function schemaForNamespace(ns: string): ExiSchema | undefined {
  if (ns === 'urn:din:70121:2012:MsgDef') return 'din';
  if (ns === 'urn:iso:15118:2:2013:MsgDef') return 'iso2';
  if (ns.startsWith('urn:iso:std:iso:15118:-20')) return 'iso20';
  // Tesla's DIN variant (pyplc-notes: offered by Model Y/X next to DIN) uses the DIN message set.
  if (ns === 'urn:tesla:din:2018') return 'din';
  return undefined;
}

/** Offered protocols of a supportedAppProtocolReq body: SchemaID -> namespace. */
export function offeredProtocols(body: Obj): Map<number, string> {
  const out = new Map<number, string>();
  const list = body.AppProtocol;
  for (const p of Array.isArray(list) ? list : [list]) {
    if (isObj(p) && typeof p.SchemaID === 'number' && typeof p.ProtocolNamespace === 'string') {
      out.set(p.SchemaID, p.ProtocolNamespace);
    }
  }
  return out;
}

/** The schema a supportedAppProtocolRes selected, given the request's offer. */
export function negotiatedSchema(offer: Map<number, string> | undefined, resBody: Obj): ExiSchema | undefined {
  const rc = resBody.ResponseCode;
  if (typeof rc === 'string' && !rc.startsWith('OK')) return undefined;
  const id = resBody.SchemaID;
  if (typeof id !== 'number' || !offer) return undefined;
  const ns = offer.get(id);
  return ns === undefined ? undefined : schemaForNamespace(ns);
}
