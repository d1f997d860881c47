/**
 * The few fields of a V2G message body that a person reading the log needs (message-log.ts shows them): whether the
 * charger is still processing (EVSEProcessing of the responses that may say Ongoing), PreCharge's target and present
 * voltage, WeldingDetection's present voltage, and the limits the charger reports reached in CurrentDemandRes
 * (EVSECurrentLimitAchieved / EVSEVoltageLimitAchieved / EVSEPowerLimitAchieved, DIN 70121 9.4.2.7 and
 * ISO 15118-2 8.4.5.4). A table by message name; pure.
 */

import { pvNum } from './physical.js';
import type { Obj } from './types.js';

export interface MessageDetail {
  /** EVSEProcessing: Finished, Ongoing (ISO-2 also Ongoing_WaitingForCustomerInteraction). */
  processing?: string;
  /** EVTargetVoltage of the car's request. */
  targetVoltageV?: number;
  /** EVSEPresentVoltage of the charger's response. */
  presentVoltageV?: number;
  /** The limits the charger says it is at: 'current', 'voltage', 'power'. */
  atLimit?: string[];
}

const processing = (b: Obj): MessageDetail =>
  typeof b.EVSEProcessing === 'string' ? { processing: b.EVSEProcessing } : {};

const LIMIT_FLAGS: readonly [string, string][] = [
  ['EVSECurrentLimitAchieved', 'current'],
  ['EVSEVoltageLimitAchieved', 'voltage'],
  ['EVSEPowerLimitAchieved', 'power'],
];

const EXTRACT: Readonly<Record<string, (b: Obj) => MessageDetail>> = {
  ContractAuthenticationRes: processing,
  AuthorizationRes: processing,
  ChargeParameterDiscoveryRes: processing,
  CableCheckRes: processing,
  PreChargeReq: (b) => ({ targetVoltageV: pvNum(b.EVTargetVoltage) }),
  PreChargeRes: (b) => ({ presentVoltageV: pvNum(b.EVSEPresentVoltage) }),
  WeldingDetectionRes: (b) => ({ presentVoltageV: pvNum(b.EVSEPresentVoltage) }),
  CurrentDemandRes: (b) => ({ atLimit: LIMIT_FLAGS.filter(([k]) => b[k] === true).map(([, name]) => name) }),
};

/** The detail of message `name` with body `body`, or undefined when the log needs nothing from it. */
export function messageDetail(name: string, body: unknown): MessageDetail | undefined {
  const f = EXTRACT[name];
  if (!f || !body || typeof body !== 'object') return undefined;
  const d = f(body as Obj);
  const out: MessageDetail = {};
  for (const [k, v] of Object.entries(d)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return Object.keys(out).length ? out : undefined;
}
