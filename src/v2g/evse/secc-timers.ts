/**
 * The SECC's session timers on the injected Clock:
 *   - V2G_SECC_CommunicationSetup: from start until SessionSetupReq;
 *   - V2G_SECC_Sequence_Timeout: from a response sent until the next request, shortened to the charge loop timeout
 *     (v2g.secc.chargeLoopTimeoutMs) while DC current flows, so a hung car cannot keep the output on for the whole
 *     sequence timeout.
 * Owns the timer handles and the timeout texts; what a timeout does (end the session in the safe state) is the
 * driver's `onTimeout`. Knows no messages.
 */

import type { Clock, TimerHandle } from '../../core/clock.js';
import type { SeccState } from '../sequence.js';
import type { SeccCtx } from './context.js';

/** States in which the DC output carries the car's requested current. */
const DC_ENERGY_TRANSFER_STATES: readonly SeccState[] = ['WaitForCurrentDemand', 'WaitForCurrentDemandOrPowerDelivery'];

export class SeccTimers {
  private readonly clock: Clock;
  private readonly onTimeout: (detail: string) => void;
  private setupTimer?: TimerHandle;
  private sequenceTimer?: TimerHandle;

  constructor(clock: Clock, onTimeout: (detail: string) => void) {
    this.clock = clock;
    this.onTimeout = onTimeout;
  }

  startCommunicationSetup(ms: number): void {
    this.setupTimer = this.clock.setTimeout(
      () => this.onTimeout(`V2G_SECC_CommunicationSetup: no SessionSetupReq within ${ms} ms`),
      ms,
    );
  }

  /** SessionSetupReq arrived. */
  stopCommunicationSetup(): void {
    this.clock.clearTimeout(this.setupTimer);
    this.setupTimer = undefined;
  }

  /** A response went out in `ctx.state`: the next request must come in time. */
  armSequence(ctx: Pick<SeccCtx, 'state' | 'charging' | 'config'>): void {
    const { sequenceTimeoutMs, chargeLoopTimeoutMs } = ctx.config.timing;
    const state = ctx.state;
    // while DC current flows a silent car must not keep the output on for the whole sequence timeout
    const dcCurrent = ctx.charging && DC_ENERGY_TRANSFER_STATES.includes(state);
    const ms = dcCurrent ? Math.min(chargeLoopTimeoutMs, sequenceTimeoutMs) : sequenceTimeoutMs;
    const timer = dcCurrent ? 'charge loop timeout (v2g.secc.chargeLoopTimeoutMs)' : 'V2G_SECC_Sequence_Timeout';
    this.sequenceTimer = this.clock.setTimeout(
      () => this.onTimeout(`${timer}: no request within ${ms} ms in ${state}`),
      ms,
    );
  }

  /** A request arrived. */
  clearSequence(): void {
    if (this.sequenceTimer !== undefined) this.clock.clearTimeout(this.sequenceTimer);
    this.sequenceTimer = undefined;
  }

  clearAll(): void {
    this.clearSequence();
    if (this.setupTimer !== undefined) this.clock.clearTimeout(this.setupTimer);
  }
}
