/**
 * The typed base of the EVSE SLAC statechart: its context/event/input/emitted types, its child actors (the frame
 * listener, machine-io.ts; one matching session per EV, evse-session.machine.ts) and the ISO 15118-3 timers as
 * named delays (values from the options in the context). The guards and actions tables and the machine build on
 * it (`extend`).
 */

import { setup } from 'xstate';
import type { EvseSlacCtx, EvseSlacEvent, EvseSlacInput } from './evse.context.js';
import { evseSessionMachine } from './evse-session.machine.js';
import { frameListener, type SlacReport } from './machine-io.js';

export const evseSlacSetup = setup({
  types: {
    context: {} as EvseSlacCtx,
    input: {} as Partial<EvseSlacInput>,
    events: {} as EvseSlacEvent,
    emitted: {} as SlacReport,
  },
  actors: { frameListener, session: evseSessionMachine },
  delays: {
    TT_MATCH_RESPONSE: ({ context }) => context.options.matchResponseMs,
    TT_EVSE_SLAC_INIT: ({ context }) => context.options.slacInitMs,
    TT_MATCHING_REPETITION: ({ context }) => context.options.matchingRepetitionMs,
  },
});
