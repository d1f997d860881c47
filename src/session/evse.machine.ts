/**
 * EVSE top-level session statechart: gates SLAC -> SDP/TCP -> V2G (SECC) on the CP events.
 * Owns the lifecycle only; children (invoked actors provided by app/) do the work:
 *   cp   (root, always running): IEC 61851 CP machine + contactor; takes CpCommand, reports CpEvent
 *   slac (in `matching`): EVSE SLAC; reports slac.matched / slac.failed
 *   comm (in `waitingForConnection`): SDP server + TCP listener; reports comm.connected
 *   v2g  (in `session`): SECC on the connection; reports v2g.*
 *   link (root, optional): the PLC interface's carrier; reports link.down / link.up (the sim has none)
 * Safety: every end path denies power first (the CP machine opens the contactor); leaving `session`
 * for any reason denies power; unplug from any state returns to idle, stopping every child; carrier loss on the PLC
 * interface in matching/waitingForConnection/session takes the failure path at once (idle: only remembered).
 * Ready for the next plug-in without a restart.
 * SLAC off (input slac: 'off', for benches where the link already exists): plug-in (and a retry) goes from B + 5 %
 * straight to `waitingForConnection`; the `slac` child is never started.
 */

import { assign, fromCallback, sendTo, setup } from 'xstate';
import {
  type CpCommand,
  linkEventReason,
  rememberedLinkReason,
  type SessionEvent,
  type SessionOutcome,
} from './events.js';
import { SESSION_RETRY_BACKOFF_MS, V2G_SECC_COMMUNICATION_SETUP_PERFORMANCE_TIME_MS } from './timing.js';

export interface EvseSessionContext {
  peerMac?: string;
  peer?: string;
  connection?: unknown;
  v2gState?: string;
  outcome?: SessionOutcome;
  /** The PLC interface while its carrier is down (from link.down until link.up). */
  linkDown?: string;
  /** Why the link is down, when the link child said more than "carrier lost" (see LinkEvent). */
  linkReason?: string;
  /** Number of sessions started since the machine started (plug-ins that reached matching). */
  sessions: number;
}

export interface EvseSessionInput {
  communicationSetupTimeoutMs?: number;
  retryBackoffMs?: number;
  /** 'off': no SLAC, the session waits for SDP + TCP right after plug-in (config slac.mode). Default 'on'. */
  slac?: 'on' | 'off';
}

const notProvided = (name: string) =>
  fromCallback(() => {
    throw new Error(`session actor '${name}' must be provided by the composition root`);
  });

const cmd = (c: CpCommand) => ({ type: 'cpCommand' as const, params: c });

/**
 * A new session after plug-in or a retry: SLAC matching, or with SLAC off straight to waiting for the car's SDP and
 * TCP connection (5 % PWM on; the CP machine is told the link is there, as after a SLAC match).
 */
const beginSession = [
  {
    guard: 'slacOff' as const,
    target: 'waitingForConnection',
    actions: ['newSession' as const, cmd({ type: 'hlc.enable' }), cmd({ type: 'slac.started' })],
  },
  { target: 'matching' },
];

export const evseSessionMachine = setup({
  types: {
    context: {} as EvseSessionContext & { timing: Required<EvseSessionInput> },
    events: {} as SessionEvent,
    input: {} as EvseSessionInput,
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
    V2G_SECC_COMMUNICATION_SETUP: ({ context }) => context.timing.communicationSetupTimeoutMs,
    RETRY_BACKOFF: ({ context }) => context.timing.retryBackoffMs,
  },
  actions: {
    cpCommand: sendTo('cp', (_, params: CpCommand) => params),
    newSession: assign({ sessions: ({ context }) => context.sessions + 1, outcome: undefined, peerMac: undefined }),
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
  id: 'evseSession',
  context: ({ input }) => ({
    sessions: 0,
    timing: {
      communicationSetupTimeoutMs:
        input.communicationSetupTimeoutMs ?? V2G_SECC_COMMUNICATION_SETUP_PERFORMANCE_TIME_MS,
      retryBackoffMs: input.retryBackoffMs ?? SESSION_RETRY_BACKOFF_MS,
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
    // idle and the end states only remember it; the active states below fail on it
    'link.down': { actions: 'rememberLink' },
    'link.up': { actions: 'rememberLink' },
    'cp.fault': {
      target: '.faulted',
      actions: [
        cmd({ type: 'power.deny' }),
        { type: 'fail', params: ({ event }) => ({ reason: `CP fault: ${event.reason}`, during: 'cp' }) },
      ],
    },
    'session.stop': {
      target: '.stopped',
      actions: [
        cmd({ type: 'power.deny' }),
        { type: 'fail', params: ({ event }) => ({ reason: event.reason, during: 'stop' }) },
      ],
    },
  },
  states: {
    idle: {
      entry: [cmd({ type: 'power.deny' }), cmd({ type: 'hlc.disable' })],
      on: { 'cp.pluggedIn': beginSession },
    },
    matching: {
      entry: ['newSession', cmd({ type: 'hlc.enable' })],
      invoke: { id: 'slac', src: 'slac' },
      // plugged in (or retrying) while the carrier is still down: SLAC cannot work, say why at once
      always: {
        guard: 'linkIsDown',
        target: 'failed',
        actions: {
          type: 'fail',
          params: ({ context }) => ({
            reason: rememberedLinkReason(context),
            during: 'matching',
          }),
        },
      },
      on: {
        'link.down': {
          target: 'failed',
          actions: [cmd({ type: 'power.deny' }), { type: 'failOnLink', params: { during: 'matching' } }],
        },
        'slac.matched': {
          target: 'waitingForConnection',
          actions: [assign({ peerMac: ({ event }) => event.peerMac }), cmd({ type: 'slac.started' })],
        },
        'slac.failed': {
          target: 'failed',
          actions: { type: 'fail', params: ({ event }) => ({ reason: `SLAC: ${event.reason}`, during: 'matching' }) },
        },
      },
    },
    waitingForConnection: {
      invoke: { id: 'comm', src: 'comm' },
      // SLAC off: plugged in (or retrying) while the carrier is down; SDP cannot work, say why at once
      always: {
        guard: 'linkIsDown',
        target: 'failed',
        actions: {
          type: 'fail',
          params: ({ context }) => ({ reason: rememberedLinkReason(context), during: 'waitingForConnection' }),
        },
      },
      after: {
        V2G_SECC_COMMUNICATION_SETUP: {
          target: 'failed',
          actions: {
            type: 'fail',
            params: {
              reason: 'no TCP connection from the car within V2G_SECC_CommunicationSetup',
              during: 'waitingForConnection',
            },
          },
        },
      },
      on: {
        'link.down': {
          target: 'failed',
          actions: [cmd({ type: 'power.deny' }), { type: 'failOnLink', params: { during: 'waitingForConnection' } }],
        },
        'comm.connected': {
          target: 'session',
          actions: assign({ connection: ({ event }) => event.connection, peer: ({ event }) => event.peer }),
        },
        'comm.failed': {
          target: 'failed',
          actions: {
            type: 'fail',
            params: ({ event }) => ({ reason: `SDP/TCP: ${event.reason}`, during: 'waitingForConnection' }),
          },
        },
      },
    },
    session: {
      invoke: { id: 'v2g', src: 'v2g', input: ({ context }) => ({ connection: context.connection }) },
      exit: cmd({ type: 'power.deny' }),
      on: {
        'v2g.progress': { actions: assign({ v2gState: ({ event }) => event.state }) },
        // the modem lost power or the cable was pulled: same path as a V2G failure, power denied first
        'link.down': {
          target: 'failed',
          actions: [cmd({ type: 'power.deny' }), { type: 'failOnLink', params: {} }],
        },
        'v2g.powerOn': { actions: cmd({ type: 'power.allow' }) },
        'v2g.powerOff': { actions: cmd({ type: 'power.deny' }) },
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
    /** Session ended normally: power off, PWM back to the state's default, wait for unplug. */
    finished: {
      entry: [cmd({ type: 'power.deny' }), cmd({ type: 'hlc.disable' })],
    },
    /** Something failed: safe state first, then after a back-off offer HLC again (the car may retry without unplug). */
    failed: {
      entry: [cmd({ type: 'power.deny' }), cmd({ type: 'hlc.disable' })],
      after: { RETRY_BACKOFF: beginSession },
    },
    /** CP fault (E/F/invalid/diode): safe until the CP machine reports it cleared. */
    faulted: {
      entry: [cmd({ type: 'power.deny' }), cmd({ type: 'hlc.disable' })],
      on: { 'cp.faultCleared': 'idle' },
    },
    /** Operator stop: safe, no new sessions until unplug. */
    stopped: {
      entry: [cmd({ type: 'power.deny' }), cmd({ type: 'hlc.disable' })],
    },
  },
});
