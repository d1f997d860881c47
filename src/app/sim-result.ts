/**
 * Assembles what a `piccs sim` run returns once both sides stopped: whether the outputs ended safe (contactor open
 * at and after the fault, power link open), the contactor-open time when it was already open at the fault, the
 * reason when the run did not end normally, the summary (summary.ts) and the exit verdict (normal end, or a fault
 * that ended safe and a next plug-in that worked). Pure over what the run left.
 */

import type { SessionOutcome } from '../session/events.js';

import type { FaultInjector } from './sim-faults.js';
import type { SimOptions, SimResult } from './sim-options.js';
import type { PhasesOutcome } from './sim-phases.js';
import type { SummaryRecorder } from './summary.js';

/** How the session outcome of a CP fault begins (session/evse.machine.ts). */
const CP_FAULT_PREFIX = 'CP fault: ';

export interface SimEnd {
  opts: SimOptions;
  rec: SummaryRecorder;
  fault: FaultInjector;
  phases: PhasesOutcome;
  /** Each side's outcome of the first session. */
  evseOutcome: SessionOutcome | undefined;
  pevOutcome: SessionOutcome | undefined;
  /** The EVSE's contactor output now (after the sides stopped). */
  contactorClosed: boolean;
  /** The simulated power link's contactors now. */
  linkContactorsClosed: boolean;
}

export function simResult(end: SimEnd): SimResult {
  const { opts, rec, fault, phases } = end;
  const { result, nextPlugInOk } = phases;
  const faultWanted = fault.wanted;
  // contactor opened at a fault if it was closed at the fault time, or it was never closed after it
  const contactorOpen = phases.contactorOpenAfterFault ?? !end.contactorClosed;
  if (faultWanted && rec.faultAt !== undefined && rec.contactorOpenAt === undefined && contactorOpen) {
    rec.contactorOpenAt = rec.faultAt; // it was already open when the fault hit
  }
  const evse = end.evseOutcome;
  const pev = end.pevOutcome;
  const outcome = evse ?? pev;
  const faultReason = faultWanted && (!outcome || outcome.ok) ? `fault: ${faultWanted}` : undefined;
  const ok = !faultWanted && !result.timedOut && !result.stalled && evse?.ok === true && pev?.ok === true;
  // an electrical fault the charger's CP machine detected is named first (cp-short, diode-fail), then what the car saw
  const cpFault = evse && !evse.ok && evse.reason.startsWith(CP_FAULT_PREFIX) ? evse.reason : undefined;
  const carReason = pev && !pev.ok ? `car: ${pev.reason}` : undefined;
  const reason = result.timedOut
    ? 'the simulation did not end within its time budget'
    : result.stalled
      ? 'the simulation stalled (nothing pending)'
      : (faultReason ??
        (cpFault ? [cpFault, carReason].filter(Boolean).join('; ') : undefined) ??
        carReason ??
        outcome?.reason ??
        (faultWanted ? `fault: ${faultWanted}` : 'ended without an outcome'));
  const safe = contactorOpen && !end.linkContactorsClosed;
  const summary = rec.build({ ok, mode: opts.mode, reason }, faultWanted ? { name: faultWanted, safe } : undefined);
  const exitOk = faultWanted ? safe && fault.done && nextPlugInOk === true : ok;
  if (faultWanted) summary.nextPlugInOk = nextPlugInOk ?? false;
  if (faultWanted && !fault.done) summary.reason = `the fault point '${fault.at}' was never reached`;
  return { summary, exitOk, seccResponseMs: [...rec.responseMs] };
}
