/**
 * The typed base of the EVSE CP statechart: its context/event/input/emitted types, its one child actor (the CP
 * sampling loop, sampling.ts) and the spec timers as named delays (IEC 61851-1 Annex A / ISO 15118-3 names, values
 * from the CpTiming in the context). The guards and actions tables and the machine build on it (`extend`).
 */

import { setup } from 'xstate';
import type { CpReading } from '../hal/ports.js';
import type { EvseCpCtx, EvseCpInput, EvseCpMachineEvent } from './evse-cp.context.js';
import type { EvseCpEvent } from './evse-cp.events.js';
import { safetyInputsActor } from './safety-inputs.js';
import { samplingActor } from './sampling.js';

export const evseCpSetup = setup({
  types: {
    context: {} as EvseCpCtx,
    events: {} as EvseCpMachineEvent,
    input: {} as EvseCpInput,
    emitted: {} as EvseCpEvent,
  },
  actors: { sampling: samplingActor<CpReading>(), safetyInputs: safetyInputsActor() },
  delays: {
    T_STEP_EF: ({ context }) => context.timing.tStepEfMs,
    T_STAY_IN_X1_AFTER_STEP_EF: ({ context }) => context.timing.tStayInX1AfterStepEfMs,
    T_STEP_X1: ({ context }) => context.timing.tStepX1Ms,
    TT_EVSE_SLAC_INIT: ({ context }) => context.timing.ttEvseSlacInitMs,
    T_LEGACY_WAKEUP: ({ context }) => context.timing.tLegacyWakeupMs,
    T_C1_POWER_OFF_UNDER_LOAD: ({ context }) => context.timing.tC1PowerOffUnderLoadMs,
    T_PRECHARGE: ({ context }) => context.safetyTiming.prechargeMs,
    T_STATE_F_AFTER_TRIP: ({ context }) => context.safetyTiming.stateFAfterTripMs,
  },
});
