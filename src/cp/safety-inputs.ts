/**
 * The safety-input polling loop as an XState callback actor: reads every fitted input (PP, lock feedback, contactor
 * aux contact, RCD, emergency stop) every `periodMs` on the injected clock and sends `safety.sample` to the parent
 * (or `safety.inputError` after `errorLimit` failed reads: a dead input is a hardware fault). Nothing fitted =
 * nothing polled. Same loop as the CP sampling (sampling.ts).
 */

import { fromCallback } from 'xstate';
import type { Clock } from '../core/clock.js';
import type { EvseSafetyPorts, MaybePromise, PevSafetyPorts } from '../hal/ports.js';
import type { SafetyReading } from './safety.js';
import { startPolling } from './sampling.js';

export type SafetyInputEvent =
  | { type: 'safety.sample'; at: number; reading: SafetyReading }
  | { type: 'safety.inputError'; at: number; error: string };

export interface SafetyInputsInput {
  clock: Clock;
  periodMs: number;
  ports: (EvseSafetyPorts & PevSafetyPorts) | undefined;
  errorLimit: number;
}

/** Read every fitted input once (PP may be an asynchronous ADC read). */
export function readSafetyInputs(p: EvseSafetyPorts & PevSafetyPorts): MaybePromise<SafetyReading> {
  const r: SafetyReading = {};
  if (p.lockFeedback) r.locked = p.lockFeedback.read();
  if (p.contactorFeedback) r.contactorClosed = p.contactorFeedback.read();
  if (p.rcd) r.rcd = p.rcd.read();
  if (p.estop) r.estop = p.estop.read();
  if (!p.pp) return r;
  const ohms = p.pp.readOhms();
  if (typeof ohms === 'number') return { ...r, ppOhms: ohms };
  return ohms.then((v) => ({ ...r, ppOhms: v }));
}

const fitted = (p: SafetyInputsInput['ports']): p is EvseSafetyPorts & PevSafetyPorts =>
  p !== undefined && !!(p.pp || p.lockFeedback || p.contactorFeedback || p.rcd || p.estop);

export function safetyInputsActor() {
  return fromCallback<{ type: 'noop' }, SafetyInputsInput>(({ sendBack, input }) => {
    const ports = input.ports;
    if (!fitted(ports)) return undefined;
    return startPolling<SafetyReading>(
      {
        clock: input.clock,
        periodMs: input.periodMs,
        read: () => readSafetyInputs(ports),
        errorLimit: input.errorLimit,
      },
      (e) =>
        sendBack(
          e.type === 'cp.sample'
            ? { type: 'safety.sample', at: e.at, reading: e.reading }
            : { type: 'safety.inputError', at: e.at, error: e.error },
        ),
    );
  });
}
