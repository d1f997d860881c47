/**
 * The phases of a `piccs sim` run, on virtual time: the driver plugs in; 1 the first session runs; 2 it ended,
 * the car unplugs (what the first session left is kept for the summary); after a fault: 3 the fault is healed and
 * the car plugs in again (the next plug-in must work without a restart); 4 that session ended, unplug; done.
 * Owns the plug/unplug timing and the end conditions, nothing else.
 */

import type { SessionOutcome } from '../session/events.js';
import type { FaultInjector } from './sim-faults.js';
import type { SimObserver } from './sim-observer.js';
import { type SimFlags, type SimRig, type SimSides, stateName } from './sim-sides.js';
import type { SummaryRecorder } from './summary.js';
import { runVirtual, type VirtualRunResult } from './virtual-time.js';

/** Simulated time budget for one run: a session plus every protocol timeout on the way. */
const SIM_MAX_MS = 15 * 60_000;
/** After the session ended, the car unplugs after this pause (as a driver would). */
const UNPLUG_AFTER_END_MS = 1_000;
/** The driver plugs in this long after start. */
const PLUG_IN_AT_MS = 500;
/** After the unplug, the sides get this long to settle before the phase's results are read. */
const SETTLE_AFTER_UNPLUG_MS = 200;
/** A charger that refuses the next plug-in (latched weld) is watched this long to see that it stays refused. */
const REFUSED_HOLD_MS = 2_000;

export interface PhasesOutcome {
  result: VirtualRunResult;
  /** What the first session ended with (read after its unplug). */
  first: { evse?: SessionOutcome; pev?: SessionOutcome; energyWh: number } | undefined;
  /** The contactor was open after the first session's unplug. */
  contactorOpenAfterFault: boolean | undefined;
  /** After a fault: the next plug-in completed normally on both sides. */
  nextPlugInOk: boolean | undefined;
  /** After a latching fault (weld): the charger refused the next plug-in, with this reason. */
  nextPlugInRefused: string | undefined;
}

export interface PhaseParts {
  rig: SimRig;
  sides: SimSides;
  flags: SimFlags;
  fault: FaultInjector;
  observer: SimObserver;
  rec: SummaryRecorder;
  say: (text: string) => void;
  speed: number;
  onStep: () => void;
}

export async function runPhases(p: PhaseParts): Promise<PhasesOutcome> {
  const { rig, flags, fault, rec, say } = p;
  const { clock, line } = rig;
  const { evseActor, pevActor } = p.sides;
  const evseState = () => stateName(evseActor.getSnapshot().value);
  const pevState = () => stateName(pevActor.getSnapshot().value);

  clock.setTimeout(() => {
    rec.pluggedAt = clock.now();
    say('car plugged in');
    line.plug();
  }, PLUG_IN_AT_MS);

  const sessionOver = (): boolean => {
    const evseEnded = ['finished', 'failed', 'faulted', 'stopped', 'idle'].includes(evseState());
    const pevEnded = ['finished', 'failed', 'idle'].includes(pevState()) || flags.carFrozen;
    return rec.pluggedAt !== undefined && evseEnded && pevEnded && (flags.evccEnded || flags.seccEnded || fault.done);
  };
  const nextSessionOver = (): boolean =>
    evseActor.getSnapshot().context.sessions > sessionsBeforeReplug &&
    ['finished', 'failed', 'faulted'].includes(evseState()) &&
    ['finished', 'failed'].includes(pevState()) &&
    (flags.evccEnded || flags.seccEnded);

  const out: PhasesOutcome = {
    result: { timedOut: false, stalled: false, simMs: 0 },
    first: undefined,
    contactorOpenAfterFault: undefined,
    nextPlugInOk: undefined,
    nextPlugInRefused: undefined,
  };
  let refusedSince: number | undefined;
  /** The charger answered the new plug-in with a latched fault (and no contactor, no PWM). */
  const refusedNow = (): boolean =>
    evseActor.getSnapshot().context.sessions > sessionsBeforeReplug &&
    evseState() === 'faulted' &&
    !rig.evseBoard.contactor.get() &&
    rig.line.generator.kind !== 'pwm';
  let phase = 1;
  let phaseAt = 0;
  let sessionsBeforeReplug = 0;
  const unplugSoon = (): void => {
    phaseAt = clock.now() + UNPLUG_AFTER_END_MS;
    clock.setTimeout(() => {
      say('car unplugged');
      line.unplug();
    }, UNPLUG_AFTER_END_MS);
  };
  const healAndReplug = (): void => {
    flags.recording = false;
    sessionsBeforeReplug = evseActor.getSnapshot().context.sessions;
    p.observer.cancelChargeStop();
    flags.evccEnded = false;
    flags.seccEnded = false;
    flags.carFrozen = false;
    fault.heal();
    clock.setTimeout(() => {
      say('fault cleared; car plugged in again');
      line.plug();
    }, UNPLUG_AFTER_END_MS);
  };

  out.result = await runVirtual(
    clock,
    () => {
      if (phase === 1 && sessionOver()) {
        phase = 2;
        unplugSoon();
      } else if (phase === 2 && clock.now() >= phaseAt + SETTLE_AFTER_UNPLUG_MS) {
        out.contactorOpenAfterFault = !rig.evseBoard.contactor.get() && !rig.link.evseContactorsClosed;
        out.first = {
          evse: evseActor.getSnapshot().context.outcome,
          pev: pevActor.getSnapshot().context.outcome,
          energyWh: rig.link.energyDeliveredWh,
        };
        if (!fault.wanted || !fault.done) return true;
        healAndReplug();
        phase = 3;
      } else if (phase === 3 && refusedNow()) {
        refusedSince ??= clock.now();
        if (clock.now() - refusedSince >= REFUSED_HOLD_MS) {
          out.nextPlugInOk = false;
          out.nextPlugInRefused = evseActor.getSnapshot().context.outcome?.reason ?? 'refused';
          say(`next plug-in after the fault: refused (${out.nextPlugInRefused})`);
          phase = 4;
          unplugSoon();
        }
      } else if (phase === 3 && nextSessionOver()) {
        out.nextPlugInOk =
          evseActor.getSnapshot().context.outcome?.ok === true && pevActor.getSnapshot().context.outcome?.ok === true;
        say(`next plug-in after the fault: ${out.nextPlugInOk ? 'completed normally' : 'FAILED'}`);
        phase = 4;
        unplugSoon();
      } else if (phase === 4 && clock.now() >= phaseAt + SETTLE_AFTER_UNPLUG_MS) {
        return true;
      }
      return false;
    },
    { speed: p.speed, maxSimMs: SIM_MAX_MS, onStep: p.onStep },
  );
  return out;
}
