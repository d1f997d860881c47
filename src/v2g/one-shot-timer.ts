/**
 * One restartable timeout on the injected Clock together with its handle: `arm` (re)starts it, `clear` stops it
 * (a no-op when it is not running). The SECC's and EVCC's protocol timers (evse/secc-timers.ts,
 * pev/evcc-timers.ts) are built from it. Knows nothing about what a timeout means.
 */

import type { Clock, TimerHandle } from '../core/clock.js';

export class OneShotTimer {
  private readonly clock: Clock;
  private handle?: TimerHandle;

  constructor(clock: Clock) {
    this.clock = clock;
  }

  arm(ms: number, fire: () => void): void {
    this.handle = this.clock.setTimeout(() => {
      this.handle = undefined;
      fire();
    }, ms);
  }

  clear(): void {
    if (this.handle !== undefined) this.clock.clearTimeout(this.handle);
    this.handle = undefined;
  }
}
