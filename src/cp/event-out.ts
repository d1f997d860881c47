/**
 * How a CP statechart (evse-cp, pev-cp) reports a semantic event from inside `enqueueActions`: as an XState emitted
 * event (`actor.on(...)`) and, when the input gave one, to the `notify` callback (e.g. the parent session). Also the
 * slice of XState's action enqueuer the machines' action helpers use. Knows no CP states.
 */

/** The part of XState's action enqueuer the action helpers use. */
export interface CpEnqueuer<C, E> {
  (action: () => void): void;
  assign(values: Partial<C>): void;
  emit(e: E): void;
}

/** Emit `e` and hand it to `c.notify` (the event type comes from the context's notify, not the enqueuer). */
export function out<E>(
  enqueue: NoInfer<Pick<CpEnqueuer<unknown, E>, 'emit'> & ((action: () => void) => void)>,
  c: { notify: ((e: E) => void) | undefined },
  e: NoInfer<E>,
): void {
  enqueue.emit(e);
  if (c.notify) enqueue(() => c.notify?.(e));
}
