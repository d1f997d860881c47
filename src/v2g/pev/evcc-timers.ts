/**
 * The EVCC's timers on the injected Clock:
 *   - V2G_EVCC_CommunicationSetup: from start until SessionSetupRes;
 *   - V2G_EVCC_Msg_Timeout: per request, until its response (what expiry means decides the driver: fail, or the
 *     message's field-tolerant onTimeout);
 *   - the pause before the next request of a loop (Ongoing, PreCharge, CurrentDemand intervals);
 *   - DIN's V2G_EVCC_ReadyToCharge: armed and cleared by request module effects.
 * A plain timeout ends the session through the driver's `onTimeout`. Knows no messages.
 */

import type { Clock } from '../../core/clock.js';
import { OneShotTimer } from '../one-shot-timer.js';

export class EvccTimers {
  private readonly onTimeout: (detail: string) => void;
  private readonly setup: OneShotTimer;
  private readonly msg: OneShotTimer;
  private readonly send: OneShotTimer;
  private readonly ready: OneShotTimer;

  constructor(clock: Clock, onTimeout: (detail: string) => void) {
    this.onTimeout = onTimeout;
    this.setup = new OneShotTimer(clock);
    this.msg = new OneShotTimer(clock);
    this.send = new OneShotTimer(clock);
    this.ready = new OneShotTimer(clock);
  }

  startCommunicationSetup(ms: number): void {
    this.setup.arm(ms, () => this.onTimeout(`V2G_EVCC_CommunicationSetup: no SessionSetupRes within ${ms} ms`));
  }

  /** SessionSetupRes arrived. */
  stopCommunicationSetup(): void {
    this.setup.clear();
  }

  /** A request went out: `expired` runs if its response does not come within `ms`. */
  armMsg(ms: number, expired: () => void): void {
    this.msg.arm(ms, expired);
  }

  /** A response arrived. */
  clearMsg(): void {
    this.msg.clear();
  }

  /** Send the next request now (ms 0), or after a loop's pause. */
  scheduleSend(ms: number, send: () => void): void {
    if (ms > 0) this.send.arm(ms, send);
    else send();
  }

  armReadyToCharge(ms: number): void {
    this.ready.arm(ms, () => this.onTimeout(`V2G_EVCC_ReadyToCharge: no PowerDeliveryRes(start) within ${ms} ms`));
  }

  clearReadyToCharge(): void {
    this.ready.clear();
  }

  clearAll(): void {
    for (const t of [this.msg, this.send, this.setup, this.ready]) t.clear();
  }
}
