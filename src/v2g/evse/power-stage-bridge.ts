/**
 * The SECC's only contact with its EvsePowerStage and EvseAuthorizer: the snapshot the pure handlers see (taken
 * right before each request is handled, so handlers never call ports), and carrying out the effects the handlers
 * return, together with the progress events those effects stand for. Knows no messages, states or timers.
 */

import type { EvseAuthorizer, EvsePowerStage } from '../controller.js';
import type { V2gEvent } from '../events.js';
import type { EvseSnapshot, SeccEffect } from './context.js';

export function evseSnapshot(stage: EvsePowerStage, authorizer: EvseAuthorizer, evccId: string): EvseSnapshot {
  return {
    limits: stage.limits(),
    presentVoltageV: stage.presentVoltageV(),
    presentCurrentA: stage.presentCurrentA(),
    isolation: stage.isolation(),
    isolationCheckRunning: stage.isolationCheckRunning(),
    contactorsClosed: stage.contactorsClosed(),
    health: stage.health(),
    authorization: authorizer.status(evccId),
  };
}

export function applySeccEffects(
  stage: EvsePowerStage,
  effects: readonly SeccEffect[],
  emit: (e: V2gEvent) => void,
  now: number,
): void {
  for (const e of effects) {
    switch (e.type) {
      case 'startIsolationCheck':
        stage.startIsolationCheck();
        break;
      case 'setTarget':
        stage.setTarget(e.mode, e.voltageV, e.currentA);
        break;
      case 'setContactors':
        stage.setContactors(e.closed);
        break;
      case 'chargingStarted':
        emit({ type: 'v2g.chargingStarted', atMs: now });
        break;
      case 'chargingStopped':
        emit({ type: 'v2g.chargingStopped', atMs: now });
        break;
      case 'sessionStopped':
      case 'paused':
        emit({ type: 'v2g.sessionStopped', atMs: now });
        break;
    }
  }
}
