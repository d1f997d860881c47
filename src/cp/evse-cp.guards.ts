/**
 * The EVSE CP statechart's guards, by name: when the pilot may show PWM, when the contactor may close or must
 * open, which startNominal path applies (E/F step, X1 step, direct), the SLAC wait and its E/F retries
 * (ISO 15118-3 TT_EVSE_SLAC_INIT, C_sequ_retry) and the legacy wake-up (IEC 61851-1 A.5.3). Pure.
 */

import type { EvseCpCtx, EvseCpMachineEvent } from './evse-cp.context.js';
import { permit, permitExceptPwm, validAmps, wantsPwm } from './evse-cp.context.js';
import { isCarPresent, isCpFault } from './evse-cp.events.js';

type Args = { context: EvseCpCtx; event: EvseCpMachineEvent };

export const evseCpGuards = {
  wantsPwm: ({ context }: Args) => wantsPwm(context),
  permit: ({ context }: Args) => permit(context),
  permitExceptPwm: ({ context }: Args) => permitExceptPwm(context),
  pilotIsPwm: ({ context }: Args) => context.output.kind === 'pwm',
  pilotIsHigh: ({ context }: Args) => context.output.kind === 'high',
  carConnected: ({ context }: Args) => isCarPresent(context.car),
  /** E/F/invalid latch until the car shows A (or a reset). */
  latchedFault: ({ context, event }: Args) =>
    event.type === 'cp.changed' && isCpFault(context.car) && event.cls.state !== 'A',
  badAmps: ({ event }: Args) =>
    (event.type === 'startNominal' || event.type === 'setCurrent') && !validAmps(event.amps),
  nominalViaEf: ({ context, event }: Args) =>
    event.type === 'startNominal' &&
    context.mode === 'hlc' &&
    context.output.kind === 'pwm' &&
    (event.via ?? 'ef') === 'ef',
  nominalViaX1: ({ context, event }: Args) =>
    event.type === 'startNominal' && context.mode === 'hlc' && context.output.kind === 'pwm' && event.via === 'x1',
  awaitingSlac: ({ context }: Args) =>
    context.mode === 'hlc' &&
    !context.slacStarted &&
    Number.isFinite(context.timing.ttEvseSlacInitMs) &&
    context.timing.ttEvseSlacInitMs > 0,
  retryLeft: ({ context }: Args) => context.efRetries < context.timing.cSequRetry,
  legacyWakeupDue: ({ context }: Args) =>
    context.mode === 'nominal' &&
    context.car === 'B' &&
    !context.legacyWakeupDone &&
    Number.isFinite(context.timing.tLegacyWakeupMs) &&
    context.timing.tLegacyWakeupMs > 0,
  carNotB: ({ context }: Args) => context.car !== 'B' || context.mode !== 'nominal',
  /** A DC precharge relay is fitted: it closes before the main contactor. */
  permitWithPrecharge: ({ context }: Args) => permit(context) && context.ports.safety?.precharge !== undefined,
};
