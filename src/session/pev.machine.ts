/**
 * PEV (car) top-level session statechart: on plug-in waits for the EVSE's 5 % PWM, runs SLAC,
 * SDP + TCP connect, then the EVCC. Children (provided by app/):
 *   cp   (root): PEV CP machine (reads duty, switches S2); takes s2.close/s2.open, reports CpEvent
 *   slac (in `matching`), comm (in `discovering`: SDP client + TCP connect), v2g (in `session`: EVCC)
 *   link (root, optional): the PLC interface's carrier; reports link.down / link.up (the sim has none)
 * Safety: every end path opens S2 (state B) so the charger must stop power; unplug from any state
 * stops every child and returns to idle; carrier loss on the PLC interface in communicationSetup or session opens S2
 * and fails at once (idle, waitingForHlc and the end states only remember it; communication setup that starts while
 * it is down fails at once).
 * SLAC off (input slac: 'off', for benches where the link already exists): communication setup starts with SDP at
 * once; the `slac` child is never started.
 */

import { assign, fromCallback, sendTo, setup } from 'xstate';
import {
  type CpCommand,
  linkEventReason,
  rememberedLinkReason,
  type SessionEvent,
  type SessionOutcome,
} from './events.js';
import { PEV_WAIT_FOR_HLC_PWM_MS, V2G_EVCC_COMMUNICATION_SETUP_TIMEOUT_MS } from './timing.js';

export interface PevSessionContext {
  peerMac?: string;
  peer?: string;
  connection?: unknown;
  v2gState?: string;
  outcome?: SessionOutcome;
  /** The PLC interface while its carrier is down (from link.down until link.up). */
  linkDown?: string;
  /** Why the link is down, when the link child said more than "carrier lost" (see LinkEvent). */
  linkReason?: string;
  sessions: number;
}

export interface PevSessionInput {
  waitForHlcMs?: number;
  communicationSetupTimeoutMs?: number;
  /** 'off': no SLAC, SDP starts as soon as the EVSE offers 5 % (config slac.mode). Default 'on'. */
  slac?: 'on' | 'off';
}

const notProvided = (name: string) =>
  fromCallback(() => {
    throw new Error(`session actor '${name}' must be provided by the composition root`);
  });

const cmd = (c: CpCommand) => ({ type: 'cpCommand' as const, params: c });

export const pevSessionMachine = setup({
  types: {
    context: {} as PevSessionContext & { timing: Required<PevSessionInput> },
    events: {} as SessionEvent,
    input: {} as PevSessionInput,
  },
  actors: {
    cp: notProvided('cp'),
    slac: notProvided('slac'),
    comm: notProvided('comm'),
    v2g: notProvided('v2g'),
    // no carrier watcher (the sim): a link that never goes down
    link: fromCallback(() => undefined),
  },
  guards: {
    linkIsDown: ({ context }) => context.linkDown !== undefined,
    slacOff: ({ context }) => context.timing.slac === 'off',
  },
  delays: {
    WAIT_FOR_HLC_PWM: ({ context }) => context.timing.waitForHlcMs,
    V2G_EVCC_COMMUNICATION_SETUP: ({ context }) => context.timing.communicationSetupTimeoutMs,
  },
  actions: {
    cpCommand: sendTo('cp', (_, params: CpCommand) => params),
    rememberLink: assign({
      linkDown: ({ event }) => (event.type === 'link.down' ? event.iface : undefined),
      linkReason: ({ event }) => (event.type === 'link.down' ? event.reason : undefined),
    }),
    fail: assign({
      outcome: (_, p: { reason: string; during: string }) => ({ ok: false, reason: p.reason, during: p.during }),
    }),
    /** Carrier loss in an active state: remember the link and fail with its reason (during: else the V2G state). */
    failOnLink: assign(({ event, context }, p: { during?: string }) =>
      event.type !== 'link.down'
        ? {}
        : {
            linkDown: event.iface,
            linkReason: event.reason,
            outcome: { ok: false, reason: linkEventReason(event), during: p.during ?? context.v2gState ?? 'session' },
          },
    ),
  },
}).createMachine({
  id: 'pevSession',
  context: ({ input }) => ({
    sessions: 0,
    timing: {
      waitForHlcMs: input.waitForHlcMs ?? PEV_WAIT_FOR_HLC_PWM_MS,
      communicationSetupTimeoutMs: input.communicationSetupTimeoutMs ?? V2G_EVCC_COMMUNICATION_SETUP_TIMEOUT_MS,
      slac: input.slac ?? 'on',
    },
  }),
  invoke: [
    { id: 'cp', src: 'cp' },
    { id: 'link', src: 'link' },
  ],
  initial: 'idle',
  on: {
    'cp.unplugged': { target: '.idle' },
    // idle, waitingForHlc and the end states only remember it; communicationSetup and session fail on it
    'link.down': { actions: 'rememberLink' },
    'link.up': { actions: 'rememberLink' },
    'cp.fault': {
      target: '.failed',
      actions: [
        cmd({ type: 's2.open' }),
        { type: 'fail', params: ({ event }) => ({ reason: `CP fault: ${event.reason}`, during: 'cp' }) },
      ],
    },
    'session.stop': {
      target: '.failed',
      actions: [
        cmd({ type: 's2.open' }),
        { type: 'fail', params: ({ event }) => ({ reason: event.reason, during: 'stop' }) },
      ],
    },
  },
  states: {
    idle: {
      entry: cmd({ type: 's2.open' }),
      on: { 'cp.pluggedIn': 'waitingForHlc' },
    },
    waitingForHlc: {
      after: {
        WAIT_FOR_HLC_PWM: {
          target: 'failed',
          actions: {
            type: 'fail',
            params: { reason: 'the EVSE did not offer digital communication (no 5 % PWM)', during: 'waitingForHlc' },
          },
        },
      },
      on: { 'cp.hlcOffered': 'communicationSetup' },
    },
    /** V2G_EVCC_CommunicationSetup covers SLAC + SDP + TCP connect + SessionSetup. */
    communicationSetup: {
      entry: assign({ sessions: ({ context }) => context.sessions + 1, outcome: undefined }),
      // the EVSE offered HLC while our carrier is down: SLAC cannot work, say why at once
      always: {
        guard: 'linkIsDown',
        target: 'failed',
        actions: {
          type: 'fail',
          params: ({ context }) => ({
            reason: rememberedLinkReason(context),
            during: 'communicationSetup',
          }),
        },
      },
      on: {
        'link.down': {
          target: 'failed',
          actions: [cmd({ type: 's2.open' }), { type: 'failOnLink', params: { during: 'communicationSetup' } }],
        },
      },
      after: {
        V2G_EVCC_COMMUNICATION_SETUP: {
          target: 'failed',
          actions: {
            type: 'fail',
            params: {
              reason: 'communication setup took longer than V2G_EVCC_CommunicationSetup_Timeout',
              during: 'communicationSetup',
            },
          },
        },
      },
      initial: 'start',
      states: {
        /** Transient: SLAC matching, or with SLAC off SDP at once. */
        start: { always: [{ guard: 'slacOff', target: 'discovering' }, { target: 'matching' }] },
        matching: {
          invoke: { id: 'slac', src: 'slac' },
          on: {
            'slac.matched': { target: 'discovering', actions: assign({ peerMac: ({ event }) => event.peerMac }) },
            'slac.failed': {
              target: '#pevSession.failed',
              actions: {
                type: 'fail',
                params: ({ event }) => ({ reason: `SLAC: ${event.reason}`, during: 'matching' }),
              },
            },
          },
        },
        discovering: {
          invoke: { id: 'comm', src: 'comm' },
          on: {
            'comm.connected': {
              target: '#pevSession.session',
              actions: assign({ connection: ({ event }) => event.connection, peer: ({ event }) => event.peer }),
            },
            'comm.failed': {
              target: '#pevSession.failed',
              actions: {
                type: 'fail',
                params: ({ event }) => ({ reason: `SDP/TCP: ${event.reason}`, during: 'discovering' }),
              },
            },
          },
        },
      },
    },
    session: {
      invoke: { id: 'v2g', src: 'v2g', input: ({ context }) => ({ connection: context.connection }) },
      exit: cmd({ type: 's2.open' }),
      on: {
        'v2g.progress': { actions: assign({ v2gState: ({ event }) => event.state }) },
        // the modem lost power or the cable was pulled: same path as a V2G failure, S2 opened first
        'link.down': {
          target: 'failed',
          actions: [cmd({ type: 's2.open' }), { type: 'failOnLink', params: {} }],
        },
        'v2g.requestStateC': { actions: cmd({ type: 's2.close' }) },
        'v2g.requestStateB': { actions: cmd({ type: 's2.open' }) },
        'v2g.finished': {
          target: 'finished',
          actions: assign({
            outcome: ({ context }) => ({
              ok: true,
              reason: 'session stopped normally',
              during: context.v2gState ?? 'session',
            }),
          }),
        },
        'v2g.failed': {
          target: 'failed',
          actions: {
            type: 'fail',
            params: ({ event, context }) => ({ reason: `V2G: ${event.reason}`, during: context.v2gState ?? 'session' }),
          },
        },
      },
    },
    finished: { entry: cmd({ type: 's2.open' }) },
    failed: { entry: cmd({ type: 's2.open' }) },
  },
});
