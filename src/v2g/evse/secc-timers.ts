/**
 * The SECC's session timers on the injected Clock:
 *   - V2G_SECC_CommunicationSetup: from start until SessionSetupReq;
 *   - V2G_SECC_Sequence_Timeout: from a response sent until the next request, shortened to the charge loop timeout
 *     (v2g.secc.chargeLoopTimeoutMs) while DC current flows, so a hung car cannot keep the output on for the whole
 *     sequence timeout.
 * Owns the timers and the timeout texts; what a timeout does (end the session in the safe state) is the driver's
 * `onTimeout`. Knows no messages.
 */

import type { Clock } from '../../core/clock.js';
import { OneShotTimer } from '../one-shot-timer.js';
import type { SeccState } from '../sequence.js';
import type { SeccCtx } from './context.js';

/** States in which the DC output carries the car's requested current. */
const DC_ENERGY_TRANSFER_STATES: readonly SeccState[] = ['WaitForCurrentDemand', 'WaitForCurrentDemandOrPowerDelivery'];

export class SeccTimers {
  private readonly onTimeout: (detail: string) => void;
  private readonly setup: OneShotTimer;
  private readonly sequence: OneShotTimer;

  constructor(clock: Clock, onTimeout: (detail: string) => void) {
    this.onTimeout = onTimeout;
    this.setup = new OneShotTimer(clock);
    this.sequence = new OneShotTimer(clock);
  }

  startCommunicationSetup(ms: number): void {
    this.setup.arm(ms, () => this.onTimeout(`V2G_SECC_CommunicationSetup: no SessionSetupReq within ${ms} ms`));
  }

  /** SessionSetupReq arrived. */
  stopCommunicationSetup(): void {
    this.setup.clear();
  }

  /** A response went out in `ctx.state`: the next request must come in time. */
  armSequence(ctx: Pick<SeccCtx, 'state' | 'charging' | 'config'>): void {
    const { sequenceTimeoutMs, chargeLoopTimeoutMs } = ctx.config.timing;
    const state = ctx.state;
    // while DC current flows a silent car must not keep the output on for the whole sequence timeout
    const dcCurrent = ctx.charging && DC_ENERGY_TRANSFER_STATES.includes(state);
    const ms = dcCurrent ? Math.min(chargeLoopTimeoutMs, sequenceTimeoutMs) : sequenceTimeoutMs;
    const timer = dcCurrent ? 'charge loop timeout (v2g.secc.chargeLoopTimeoutMs)' : 'V2G_SECC_Sequence_Timeout';
    this.sequence.arm(ms, () => this.onTimeout(`${timer}: no request within ${ms} ms in ${state}`));
  }

  /** A request arrived. */
  clearSequence(): void {
    this.sequence.clear();
  }

  clearAll(): void {
    this.sequence.clear();
    this.setup.clear();
  }
}
