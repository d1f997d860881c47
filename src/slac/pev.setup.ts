/**
 * The typed base of the EV SLAC statechart: its context/event/input/emitted types, its one child actor (the frame
 * listener, machine-io.ts) and the ISO 15118-3 timers as named delays (values from the options in the context).
 * The guards and actions tables and the machine build on it (`extend`).
 */

import { setup } from 'xstate';
import { frameListener, type MmeEvent, type SlacReport } from './machine-io.js';
import type { PevSlacCtx, PevSlacInput } from './pev.context.js';

export const pevSlacSetup = setup({
  types: {
    context: {} as PevSlacCtx,
    input: {} as Partial<PevSlacInput>,
    events: {} as MmeEvent,
    emitted: {} as SlacReport,
  },
  actors: { frameListener },
  delays: {
    TT_MATCH_RESPONSE: ({ context }) => context.options.matchResponseMs,
    TP_EV_BATCH_MSG_INTERVAL: ({ context }) => context.options.batchIntervalMs,
    TT_EV_ATTEN_RESULTS: ({ context }) => context.options.attenResultsMs,
    TT_MATCH_JOIN: ({ context }) => context.options.matchJoinMs,
    LINK_POLL: ({ context }) => context.options.linkPollMs,
    TT_MATCHING_RATE: ({ context }) => context.options.matchingRateMs,
  },
});
