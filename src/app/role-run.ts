/**
 * The run loop of `piccs evse` / `piccs pev`: starts the top session statechart (src/session/) with the role's
 * children, logs each state change and each session's end with its reason, and waits until `once` ends the run
 * (one session ended, or the once timeout) or the stop signal fires; a timeout or stop first ends a running session
 * safely. Plug-in and SLAC events go to the recorders. Knows nothing about how the children are built.
 */

import { type AnyActorLogic, type AnyEventObject, createActor } from 'xstate';
import type { TimerHandle } from '../core/clock.js';
import type { Log } from '../core/log.js';
import type { SessionEvent, SessionOutcome } from '../session/events.js';
import { evseSessionMachine } from '../session/evse.machine.js';
import { pevSessionMachine } from '../session/pev.machine.js';
import type { CpSide } from './role-cp.js';
import type { RoleOptions } from './role-options.js';
import type { RoleRecorders } from './role-recorder.js';

/** The top session's children; `link` is given the session's current state for its log lines. */
export interface RoleChildren {
  cp: CpSide;
  slac: AnyActorLogic;
  comm: AnyActorLogic;
  v2g: AnyActorLogic;
  link: (sessionState: () => string) => AnyActorLogic;
}

/** Top session states in which a session has ended (with an outcome). */
const SESSION_END_STATES: ReadonlySet<string> = new Set(['finished', 'failed', 'faulted', 'stopped']);

const DEFAULT_ONCE_TIMEOUT_MS = 120_000;

/** Runs the top session until the run ends; resolves with the outcome that ended it. */
export async function runSession(
  o: RoleOptions,
  log: Log,
  children: RoleChildren,
  recs: RoleRecorders,
): Promise<SessionOutcome> {
  const { clock, config } = o;
  const { cp } = children;
  const machine = (o.role === 'evse' ? evseSessionMachine : pevSessionMachine) as typeof evseSessionMachine;
  let sessionState = 'idle';
  let runEnding = false;
  const provided = machine.provide({
    actors: {
      cp: cp.actor,
      slac: children.slac,
      comm: children.comm,
      v2g: children.v2g,
      link: children.link(() => sessionState),
    } as unknown as Parameters<typeof machine.provide>[0]['actors'],
  });
  const actor = createActor(provided, {
    clock,
    input: { slac: config.slac.mode },
    inspect: (ev) => {
      if (ev.type !== '@xstate.event' || ev.actorRef !== actorRef) return;
      recs.sessionEvent(ev.event as AnyEventObject);
    },
  });
  const actorRef: unknown = actor;

  const ended = new Promise<SessionOutcome>((resolve) => {
    let last = '';
    actor.subscribe((snap) => {
      const v = typeof snap.value === 'string' ? snap.value : (Object.keys(snap.value)[0] ?? '');
      const full = JSON.stringify(snap.value);
      sessionState = v;
      if (full !== last) {
        last = full;
        log.info({ state: snap.value }, 'session state');
        // one line per session's end, with its reason (a long-running role's summary only covers the last one)
        const oc = snap.context.outcome;
        if (oc && SESSION_END_STATES.has(v)) {
          // a session the run's own end interrupts (timeout, stop signal) is neither completed nor failed
          if (!runEnding) recs.sessionEnded(oc.ok);
          const fields = { outcome: oc, session: snap.context.sessions };
          if (oc.ok) log.info(fields, 'session ended normally');
          else log.warn(fields, `session ended, failed: ${oc.reason}`);
        }
        if (v === 'matching' || full.includes('matching')) recs.matchingStarted();
      }
      cp.onSessionState?.(v);
      if (!o.once || snap.context.sessions === 0) return;
      if (v === 'finished' || v === 'failed' || v === 'stopped' || v === 'faulted') {
        resolve(snap.context.outcome ?? { ok: v === 'finished', reason: v, during: v });
      }
    });
  });
  const limitMs = o.onceTimeoutMs ?? DEFAULT_ONCE_TIMEOUT_MS + config.session.chargeSeconds * 1000;
  let limitTimer: TimerHandle | undefined;
  const timedOut = new Promise<SessionOutcome>((resolve) => {
    if (o.once) {
      limitTimer = clock.setTimeout(
        () => resolve({ ok: false, reason: `no complete session within ${limitMs} ms`, during: 'once' }),
        limitMs,
      );
    }
  });
  const stopped = new Promise<SessionOutcome>((resolve) => {
    o.stopSignal?.addEventListener('abort', () =>
      resolve({ ok: false, reason: String(o.stopSignal?.reason ?? 'stopped'), during: 'stop' }),
    );
  });

  actor.start();
  log.info(
    {
      iface: o.iface,
      protocol: o.protocol,
      mode: o.mode,
      hw: o.hw,
      slac: config.slac.mode,
      modem: o.modem,
      once: o.once,
    },
    `${o.role} role started`,
  );
  const outcome = await Promise.race([ended, timedOut, stopped]);
  if (limitTimer !== undefined) clock.clearTimeout(limitTimer);
  // a timeout or an operator stop ends a running session safely first (power denied / S2 open)
  if (outcome.during === 'once' || outcome.during === 'stop') {
    runEnding = true;
    actor.send({ type: 'session.stop', reason: outcome.reason } satisfies SessionEvent);
  }
  actor.stop();
  // the run's end (the session's own end was logged above; a timeout or stop says why the run ended)
  log.info({ outcome, sessions: actor.getSnapshot().context.sessions }, `${o.role} role stopped`);
  return outcome;
}
