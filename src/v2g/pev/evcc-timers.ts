/**
 * The EVCC's timers on the injected Clock, and their handles:
 *   - V2G_EVCC_CommunicationSetup: from start until SessionSetupRes;
 *   - V2G_EVCC_Msg_Timeout: per request, until its response (the expiry decides the driver: fail, or the
 *     message's field-tolerant onTimeout);
 *   - the pause before the next request of a loop (Ongoing, PreCharge, CurrentDemand intervals);
 *   - DIN's V2G_EVCC_ReadyToCharge: armed and cleared by request handler effects.
 * A plain timeout ends the session through the driver's `onTimeout`. Knows no messages.
 */

import type { Clock, TimerHandle } from '../../core/clock.js';

export class EvccTimers {
  private readonly clock: Clock;
  private readonly onTimeout: (detail: string) => void;
  private msgTimer?: TimerHandle;
  private sendTimer?: TimerHandle;
  private setupTimer?: TimerHandle;
  private readyTimer?: TimerHandle;

  constructor(clock: Clock, onTimeout: (detail: string) => void) {
    this.clock = clock;
    this.onTimeout = onTimeout;
  }

  startCommunicationSetup(ms: number): void {
    this.setupTimer = this.clock.setTimeout(
      () => this.onTimeout(`V2G_EVCC_CommunicationSetup: no SessionSetupRes within ${ms} ms`),
      ms,
    );
  }

  /** SessionSetupRes arrived. */
  stopCommunicationSetup(): void {
    this.clock.clearTimeout(this.setupTimer);
    this.setupTimer = undefined;
  }

  /** A request went out: `expired` runs if its response does not come within `ms`. */
  armMsg(ms: number, expired: () => void): void {
    this.msgTimer = this.clock.setTimeout(() => {
      this.msgTimer = undefined;
      expired();
    }, ms);
  }

  /** A response arrived. */
  clearMsg(): void {
    if (this.msgTimer !== undefined) this.clock.clearTimeout(this.msgTimer);
    this.msgTimer = undefined;
  }

  /** Send the next request now (ms 0), or after a loop's pause. */
  scheduleSend(ms: number, send: () => void): void {
    const go = () => {
      this.sendTimer = undefined;
      send();
    };
    if (ms > 0) this.sendTimer = this.clock.setTimeout(go, ms);
    else go();
  }

  armReadyToCharge(ms: number): void {
    this.readyTimer = this.clock.setTimeout(
      () => this.onTimeout(`V2G_EVCC_ReadyToCharge: no PowerDeliveryRes(start) within ${ms} ms`),
      ms,
    );
  }

  clearReadyToCharge(): void {
    if (this.readyTimer !== undefined) this.clock.clearTimeout(this.readyTimer);
    this.readyTimer = undefined;
  }

  clearAll(): void {
    this.clearMsg();
    for (const t of [this.sendTimer, this.setupTimer, this.readyTimer]) if (t !== undefined) this.clock.clearTimeout(t);
    this.sendTimer = this.setupTimer = this.readyTimer = undefined;
  }
}
