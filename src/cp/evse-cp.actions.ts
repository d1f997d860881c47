/**
 * The EVSE CP statechart's actions, by name: classifying and debouncing samples into CP state changes, applying a
 * car state change (safety first: the contactor opens before anyone hears about the change), pilot mode commands,
 * power permission, contactor close/open, the T_C1 timeout, and the safe outputs of fault/unavailable.
 * Port calls go through evse-cp.outputs.ts; every semantic event is emitted and passed to `notify`.
 */

import { evseSafeState, type PilotOutput } from '../hal/ports.js';
import { classifyCp, debounceCp, INITIAL_DEBOUNCE } from './classify.js';
import { NOMINAL_MAX_AMPS, NOMINAL_MIN_AMPS } from './duty.js';
import { out } from './event-out.js';
import { type EvseCpCtx, type PilotMode, permitExceptPwm, powerOffReason, pwmDuty } from './evse-cp.context.js';
import { type CarState, carTransitionEvents, type EvseCpEvent, isCarPresent, isCpFault } from './evse-cp.events.js';
import { drive, type EvseCpEnqueuer, openNow, syncLock } from './evse-cp.outputs.js';
import { evseCpSetup } from './evse-cp.setup.js';
import { ppAmps } from './proximity.js';
import { debounceSafety, SAFETY_TRIPS, type SafetyTripCode, safetyConditions } from './safety.js';

const { enqueueActions } = evseCpSetup;

export const evseCpActions = {
  resetDetection: enqueueActions(({ enqueue }) =>
    enqueue.assign({
      debounce: INITIAL_DEBOUNCE,
      car: 'unknown' as CarState,
      mode: 'off' as PilotMode,
      powerAllowed: false,
      efRetries: 0,
      slacStarted: false,
      legacyWakeupDone: false,
    }),
  ),
  onSample: enqueueActions(({ context: c, event, enqueue }) => {
    if (event.type !== 'cp.sample' || c.output.kind === 'low') return; // while we drive F the line shows F
    const { highV, lowV } = event.reading;
    const cls = classifyCp(highV, lowV, c.output.kind === 'pwm', c.debounce.stable?.state, c.thresholds);
    const { next, changed } = debounceCp(c.debounce, cls, c.timing.debounceSamples);
    const since = next.count === 1 ? event.at : c.candidateSince;
    enqueue.assign({ debounce: next, candidateSince: since });
    if (!changed) return;
    const sampleAt = c.timing.debounceSamples <= 1 ? event.at : c.candidateSince;
    const e: EvseCpEvent = { type: 'evseCp.cpState', at: c.clock.now(), state: cls.state, sampleAt };
    if (cls.reason) e.reason = cls.reason;
    enqueue.emit(e);
    if (c.notify) enqueue(() => c.notify?.(e));
    enqueue.raise({ type: 'cp.changed', cls, sampleAt });
  }),
  carChanged: enqueueActions(({ context: c, event, enqueue }) => {
    if (event.type !== 'cp.changed') return;
    const prev = c.car;
    const next = event.cls.state;
    const after: EvseCpCtx = { ...c, car: next };
    if (next === 'A' || isCpFault(next)) {
      Object.assign(after, { powerAllowed: false, mode: next === 'A' ? 'off' : c.mode });
      if (next === 'A') Object.assign(after, { efRetries: 0, slacStarted: false, legacyWakeupDone: false });
    }
    // Safety first: open before anyone hears about the change.
    if (c.contactorClosed && !permitExceptPwm(after)) openNow(enqueue, c, powerOffReason(after));
    enqueue.assign({
      car: next,
      powerAllowed: after.powerAllowed,
      mode: after.mode,
      efRetries: after.efRetries,
      slacStarted: after.slacStarted,
      legacyWakeupDone: after.legacyWakeupDone,
    });
    const at = c.clock.now();
    for (const e of carTransitionEvents(prev, next, event.cls.reason, at, c.ventilationAvailable)) out(enqueue, c, e);
    const tripped = c.trip !== undefined || c.welded;
    // a latched trip refuses every new plug-in with its reason (a welded contactor until it is cleared)
    if (tripped && isCarPresent(next) && !isCarPresent(prev)) tripEvent(enqueue, c, c.trip ?? 'contactorWelded', true);
    const feedbackClosed = c.ports.safety?.contactorFeedback?.read() === true;
    const contactorClosed = c.contactorClosed && permitExceptPwm(after);
    syncLock(enqueue, c, { carPresent: isCarPresent(next), tripped, contactorClosed, feedbackClosed });
  }),
  onSafety: enqueueActions(({ context: c, event, enqueue }) => {
    if (event.type !== 'safety.sample') return;
    const r = event.reading;
    const now = c.clock.now();
    if (r.ppOhms !== undefined) {
      const amps = ppAmps(r.ppOhms);
      if (amps !== c.ppAmps) {
        enqueue.assign({ ppAmps: amps });
        out(enqueue, c, { type: 'evseCp.cable', at: now, amps, ohms: r.ppOhms });
      }
    }
    if (r.locked !== undefined && r.locked !== c.lockConfirmed) enqueue.assign({ lockConfirmed: r.locked });
    if (r.locked === true && c.lockCommanded && !c.lockHeld) enqueue.assign({ lockHeld: true });
    const seen = safetyConditions(r, {
      now,
      contactorClosed: c.contactorClosed,
      contactorChangedAt: c.contactorChangedAt,
      ...(c.ports.lock ? { lockCommanded: c.lockCommanded } : {}),
      lockChangedAt: c.lockChangedAt,
      lockHeld: c.lockHeld,
      carPresent: isCarPresent(c.car),
      timing: c.safetyTiming,
    });
    const { strikes, trip } = debounceSafety(c.safetyStrikes, seen, c.safetyTiming.inputDebounceSamples);
    enqueue.assign({ safetyStrikes: strikes });
    let tripped = c.trip !== undefined || c.welded;
    let contactorClosed = c.contactorClosed;
    if (trip && (!tripped || (trip === 'contactorWelded' && !c.welded))) {
      // Safety first: contactor and precharge open in this macrostep, then the reason, then the pilot to F.
      if (c.contactorClosed) openNow(enqueue, c, 'safety');
      else enqueue(() => c.ports.safety?.precharge?.set(false));
      contactorClosed = false;
      tripped = true;
      enqueue.assign({
        trip: trip,
        welded: c.welded || trip === 'contactorWelded',
        powerAllowed: false,
      });
      tripEvent(enqueue, c, trip, false);
      enqueue.raise({ type: 'safety.trip' });
    } else if (c.trip !== undefined && c.trip !== 'contactorWelded' && seen.length === 0 && c.car === 'A') {
      // healthy again and the car unplugged: accept the next plug-in
      tripped = c.welded;
      enqueue.assign({ trip: undefined });
      out(enqueue, c, { type: 'evseCp.errorCleared', at: now });
    }
    const feedbackClosed = r.contactorClosed === true;
    syncLock(enqueue, c, { carPresent: isCarPresent(c.car), tripped, contactorClosed, feedbackClosed });
  }),
  clearWeld: enqueueActions(({ context: c, enqueue }) => {
    if (!c.welded) return;
    enqueue.assign({ welded: false, trip: c.trip === 'contactorWelded' ? undefined : c.trip, safetyStrikes: {} });
    out(enqueue, c, { type: 'evseCp.errorCleared', at: c.clock.now() });
  }),
  closePrecharge: enqueueActions(({ context: c, enqueue }) => {
    enqueue(() => c.ports.safety?.precharge?.set(true));
  }),
  openPrecharge: enqueueActions(({ context: c, enqueue }) => {
    enqueue(() => c.ports.safety?.precharge?.set(false));
  }),
  driveHigh: enqueueActions(({ context: c, enqueue }) => drive(enqueue, c, { kind: 'high' })),
  drivePwm: enqueueActions(({ context: c, enqueue }) => drive(enqueue, c, { kind: 'pwm', dutyPercent: pwmDuty(c) })),
  refreshPwm: enqueueActions(({ context: c, enqueue }) => {
    if (c.output.kind === 'pwm') drive(enqueue, c, { kind: 'pwm', dutyPercent: pwmDuty(c) });
  }),
  driveLow: enqueueActions(({ context: c, enqueue }) => {
    if (c.contactorClosed) openNow(enqueue, c, 'pilotOff');
    enqueue.assign({ debounce: INITIAL_DEBOUNCE });
    drive(enqueue, c, { kind: 'low' });
  }),
  setHlc: enqueueActions(({ enqueue }) =>
    enqueue.assign({ mode: 'hlc' as PilotMode, efRetries: 0, slacStarted: false }),
  ),
  setNominal: enqueueActions(({ event, enqueue }) => {
    if (event.type === 'startNominal') enqueue.assign({ mode: 'nominal' as PilotMode, amps: event.amps });
  }),
  setAmps: enqueueActions(({ event, enqueue }) => {
    if (event.type === 'setCurrent') enqueue.assign({ amps: event.amps });
  }),
  setModeOff: enqueueActions(({ enqueue }) => enqueue.assign({ mode: 'off' as PilotMode })),
  rejectAmps: enqueueActions(({ context: c, event, enqueue }) => {
    const amps = 'amps' in event ? event.amps : Number.NaN;
    out(enqueue, c, {
      type: 'evseCp.error',
      at: c.clock.now(),
      code: 'badCommand',
      message: `${event.type}: ${amps} A cannot be offered with a nominal duty (${NOMINAL_MIN_AMPS}..${NOMINAL_MAX_AMPS} A)`,
    });
  }),
  markSlacStarted: enqueueActions(({ enqueue }) => enqueue.assign({ slacStarted: true })),
  markLegacyWakeup: enqueueActions(({ enqueue }) => enqueue.assign({ legacyWakeupDone: true })),
  countRetry: enqueueActions(({ context: c, enqueue }) => enqueue.assign({ efRetries: c.efRetries + 1 })),
  giveUpHlc: enqueueActions(({ context: c, enqueue }) => {
    enqueue.assign({ mode: 'off' as PilotMode });
    out(enqueue, c, { type: 'evseCp.hlcRetriesExhausted', at: c.clock.now() });
  }),
  allow: enqueueActions(({ enqueue }) => enqueue.assign({ powerAllowed: true })),
  disallow: enqueueActions(({ enqueue }) => enqueue.assign({ powerAllowed: false })),
  closeContactor: enqueueActions(({ context: c, enqueue }) => {
    if (c.contactorClosed) return;
    enqueue(() => c.ports.contactor.set(true));
    enqueue.assign({ contactorClosed: true, contactorChangedAt: c.clock.now() });
    out(enqueue, c, { type: 'evseCp.powerOn', at: c.clock.now() });
  }),
  openContactor: enqueueActions(({ context: c, enqueue }) => {
    if (c.contactorClosed) openNow(enqueue, c, powerOffReason(c));
  }),
  openContactorOnExit: enqueueActions(({ context: c, event, enqueue }) => {
    if (!c.contactorClosed) return;
    const hw = event.type === 'cp.samplerError' || event.type === 'hwError';
    openNow(enqueue, c, hw ? 'hardware' : event.type === 'disable' ? 'pilotOff' : powerOffReason(c));
  }),
  c1Timeout: enqueueActions(({ context: c, enqueue }) => {
    if (c.contactorClosed) openNow(enqueue, c, 'c1Timeout');
    out(enqueue, c, {
      type: 'evseCp.error',
      at: c.clock.now(),
      code: 'c1Timeout',
      message: 'PWM off but the car stayed in C: power removed under load after T_C1 (IEC 61851-1 seq 10.2)',
    });
  }),
  safeOutputs: enqueueActions(({ context: c, enqueue }) => {
    if (c.contactorClosed) openNow(enqueue, c, 'hardware');
    enqueue(() => evseSafeState(c.ports));
    enqueue.assign({ contactorClosed: false, output: { kind: 'low' } as PilotOutput, car: 'unknown' as CarState });
    if (c.output.kind !== 'low') out(enqueue, c, { type: 'evseCp.pilot', at: c.clock.now(), output: { kind: 'low' } });
  }),
  hardwareFault: enqueueActions(({ context: c, event, enqueue }) => {
    const message =
      event.type === 'cp.samplerError'
        ? `CP sampler failed: ${event.error}`
        : event.type === 'hwError'
          ? event.message
          : '';
    out(enqueue, c, { type: 'evseCp.error', at: c.clock.now(), code: 'hardware', message });
  }),
};

/** Report a safety trip (or, `latched`, that a latched one refuses this plug-in) with its named reason. */
function tripEvent(enqueue: EvseCpEnqueuer, c: EvseCpCtx, code: SafetyTripCode, latched: boolean): void {
  const text = SAFETY_TRIPS[code].text;
  const message = latched ? `${text} (latched)` : text;
  out(enqueue, c, { type: 'evseCp.error', at: c.clock.now(), code, message });
}
