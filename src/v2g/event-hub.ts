/**
 * Event fan-out for one V2G session driver (Secc or Evcc): owns the listener list and delivers each V2gEvent to a
 * snapshot of it, so a listener may unsubscribe while being called. A throwing listener is logged and the others
 * still hear the event: a buggy observer (CLI summary, recorder) must never break a charging session.
 * The first listener is always the driver's message log (message-log.ts): the one place each message is logged,
 * so other listeners must not log messages again. Knows no protocol and no session state.
 */

import type { Log } from '../core/log.js';
import type { V2gEvent, V2gEventListener } from './events.js';
import { type MessageLogLevel, v2gMessageLog } from './message-log.js';

export class V2gEventHub {
  private readonly listeners: V2gEventListener[] = [];
  private readonly log: Log;

  constructor(log: Log, opts: { messageLogLevel?: MessageLogLevel; onEvent?: V2gEventListener } = {}) {
    this.log = log;
    this.listeners.push(v2gMessageLog(log, { level: opts.messageLogLevel }));
    if (opts.onEvent) this.listeners.push(opts.onEvent);
  }

  /** Add a listener; returns its unsubscribe function. */
  add(l: V2gEventListener): () => void {
    this.listeners.push(l);
    return () => {
      const i = this.listeners.indexOf(l);
      if (i >= 0) this.listeners.splice(i, 1);
    };
  }

  emit(e: V2gEvent): void {
    for (const l of [...this.listeners]) {
      try {
        l(e);
      } catch (err) {
        this.log.error({ err, event: e.type }, 'event listener threw');
      }
    }
  }
}
