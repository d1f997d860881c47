/**
 * The EVCC's verdict on a decoded response before its handler runs: is it the response to the request we sent,
 * is its ResponseCode OK (after charging, in WeldingDetection / SessionStop, a failed code is tolerated: the car
 * is stopping anyway), and does DC_EVSEStatus carry an emergency code in a step where that means an immediate
 * shutdown (standards.md 2.3.3). Pure apart from the warning it logs for a tolerated code. Knows no ports.
 */

import type { Log } from '../../core/log.js';
import type { V2gFailReason } from '../events.js';
import type { MessageName } from '../timing.js';
import type { Obj, V2gProtocol } from '../types.js';
import { EMERGENCY_STATUS, responseName } from './requests/common.js';

/** Steps in which a DC_EVSEStatus emergency code makes the car shut down at once. */
const STATUS_CHECKED: readonly MessageName[] = ['CableCheck', 'PreCharge', 'PowerDelivery', 'CurrentDemand'];
/** Steps after charging in which a failed ResponseCode does not end the session. */
const CODE_TOLERANT: readonly MessageName[] = ['WeldingDetection', 'SessionStop'];

export interface ResponseFailure {
  reason: V2gFailReason;
  detail: string;
}

/** The response element must be the one of the request we sent (`step`). */
export function wrongResponse(protocol: V2gProtocol, step: MessageName, name: string): ResponseFailure | undefined {
  const expected = responseName(protocol, step);
  return name === expected ? undefined : { reason: 'badMessage', detail: `expected ${expected}, got ${name}` };
}

/** ResponseCode and DC_EVSEStatus of the response `name` to `step`. */
export function failedStatus(step: MessageName, name: string, body: Obj, log: Log): ResponseFailure | undefined {
  const code = body.ResponseCode;
  if (typeof code !== 'string' || !code.startsWith('OK')) {
    if (!CODE_TOLERANT.includes(step)) return { reason: 'failedResponse', detail: `${name} ${String(code)}` };
    log.warn({ name, code }, 'failed response after charging tolerated');
  }
  const st = (body.DC_EVSEStatus as Obj | undefined)?.EVSEStatusCode;
  if (typeof st === 'string' && EMERGENCY_STATUS.has(st) && STATUS_CHECKED.includes(step)) {
    return { reason: st === 'EVSE_EmergencyShutdown' ? 'emergency' : 'evseShutdown', detail: `${name}: ${st}` };
  }
  return undefined;
}
