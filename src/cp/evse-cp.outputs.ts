/**
 * What the EVSE CP statechart drives, as helpers run inside `enqueueActions`: the pilot generator (+12 V, PWM at a
 * duty, -12 V = F) and the contactor, each change assigned to the context and reported (evseCp.pilot,
 * evseCp.powerOff) in the same macrostep. Driving the same output twice is a no-op. Decides nothing.
 */

import type { PilotOutput } from '../hal/ports.js';
import { type CpEnqueuer, out } from './event-out.js';
import type { EvseCpCtx } from './evse-cp.context.js';
import type { EvseCpEvent, PowerOffReason } from './evse-cp.events.js';

export type EvseCpEnqueuer = CpEnqueuer<EvseCpCtx, EvseCpEvent>;

export function drive(enqueue: EvseCpEnqueuer, c: EvseCpCtx, o: PilotOutput): void {
  const same =
    o.kind === c.output.kind &&
    (o.kind !== 'pwm' || (c.output.kind === 'pwm' && c.output.dutyPercent === o.dutyPercent));
  if (same) return;
  if (o.kind === 'high') enqueue(() => c.ports.pwm.constantHigh());
  else if (o.kind === 'low') enqueue(() => c.ports.pwm.off());
  else enqueue(() => c.ports.pwm.setDuty(o.dutyPercent));
  enqueue.assign({ output: o });
  out(enqueue, c, { type: 'evseCp.pilot', at: c.clock.now(), output: o });
}

export function openNow(enqueue: EvseCpEnqueuer, c: EvseCpCtx, reason: PowerOffReason): void {
  enqueue(() => c.ports.contactor.set(false));
  enqueue(() => c.ports.safety?.precharge?.set(false));
  enqueue.assign({ contactorClosed: false, contactorChangedAt: c.clock.now() });
  out(enqueue, c, { type: 'evseCp.powerOff', at: c.clock.now(), reason });
}

/** Drive the connector lock (when fitted) to `locked`; no-op when it already is. */
export function setLock(enqueue: EvseCpEnqueuer, c: EvseCpCtx, locked: boolean): void {
  const lock = c.ports.lock;
  if (!lock || c.lockCommanded === locked) return;
  enqueue(() => lock.set(locked));
  enqueue.assign({ lockCommanded: locked, lockChangedAt: c.clock.now(), lockHeld: false });
  out(enqueue, c, { type: 'evseCp.lock', at: c.clock.now(), locked });
}

/**
 * The lock follows the plug: locked while a car is connected and nothing tripped; released only when de-energized
 * (contactor commanded open and, when an auxiliary contact is fitted, reading open; never while welded).
 */
export function syncLock(
  enqueue: EvseCpEnqueuer,
  c: EvseCpCtx,
  want: { carPresent: boolean; tripped: boolean; contactorClosed: boolean; feedbackClosed: boolean },
): void {
  const energized = want.contactorClosed || want.feedbackClosed || c.welded;
  const locked = (want.carPresent && !want.tripped) || energized;
  setLock(enqueue, c, locked);
}
