/**
 * When a stop changes the EVCC's next request: before energy flows there is no PowerDelivery(stop) to send, so a
 * stop asked by the user (stopCharging) or by the charger (EVSE_Shutdown during PreCharge) goes straight to
 * SessionStop, after putting the car in the safe state (CP to B, contactors open). Pure. Knows no ports.
 */

import type { MessageName } from '../timing.js';
import type { EvccCtx, EvccEffect, EvccNext } from './context.js';
import { evseWantsStop } from './requests/common.js';

/** Steps before energy flows: a stop request goes straight to SessionStop. */
const BEFORE_CHARGING: readonly MessageName[] = [
  'ServiceDiscovery',
  'ServicePaymentSelection',
  'ContractAuthentication',
  'ChargeParameterDiscovery',
  'CableCheck',
  'PreCharge',
];

/** Safe-state effects for an early stop: CP to B, contactors open. */
function openEverything(): EvccEffect[] {
  return [
    { type: 'setStateC', on: false },
    { type: 'setContactors', closed: false },
  ];
}

const sessionStop = (): EvccNext => ({ type: 'send', msg: 'SessionStop', delayMs: 0, beforeSend: openEverything() });

/** The charger asks to stop before energy flows (EVSE_Shutdown in PreCharge): end the session. */
export function chargerStopInPreCharge(step: MessageName, ctx: EvccCtx, next: EvccNext): EvccNext {
  return step === 'PreCharge' && evseWantsStop(ctx) && next.type === 'send' ? sessionStop() : next;
}

/** The user asked to stop (stopCharging) and the next request would still lead towards charging. */
export function userStopBeforeCharging(ctx: EvccCtx, next: EvccNext): EvccNext {
  return next.type === 'send' && ctx.stopRequested && BEFORE_CHARGING.includes(next.msg) ? sessionStop() : next;
}
