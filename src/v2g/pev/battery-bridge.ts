/**
 * The EVCC's only contact with its EvBattery: the snapshot the pure request modules see (taken right before a
 * request is built or a response handled, so they never call ports), what the charger reports back to the
 * battery model, carrying out the effects the request modules return (CP state C, contactors, DIN's
 * ReadyToCharge timer, progress events), and the safe shutdown sequence of a failed session.
 * Knows no messages beyond which steps report the charger's output.
 */

import type { Clock } from '../../core/clock.js';
import type { EvBattery } from '../controller.js';
import type { V2gEvent, V2gWarningCode } from '../events.js';
import type { MessageName } from '../timing.js';
import { type AcEnergySource, acEnergyReport } from './ac-energy.js';
import type { EvccCtx, EvccEffect, EvSnapshot } from './context.js';

/** Steps whose response carries EVSEPresentVoltage/Current worth showing the battery model. */
const CHARGER_OUTPUT_STEPS: readonly MessageName[] = ['CurrentDemand', 'PreCharge', 'WeldingDetection'];

/** The AC energy fields of a charge loop event (none in a DC session). */
function acEnergyFields(ctx: EvccCtx): { energyWh?: number; energySource?: AcEnergySource } {
  const r = acEnergyReport(ctx.acEnergy);
  return r ? { energyWh: r.wh, energySource: r.source } : {};
}

export function evSnapshot(b: EvBattery): EvSnapshot {
  return {
    limits: b.limits(),
    socPercent: b.socPercent(),
    batteryVoltageV: b.batteryVoltageV(),
    targetVoltageV: b.targetVoltageV(),
    targetCurrentA: b.targetCurrentA(),
    inletVoltageV: b.inletVoltageV?.(),
    chargingComplete: b.chargingComplete(),
    contactorsClosed: b.contactorsClosed(),
  };
}

/** Tell the battery model what the charger reported in `step`'s response (sim: the DC link follows it). */
export function observeCharger(b: EvBattery, step: MessageName, ctx: EvccCtx): void {
  if (CHARGER_OUTPUT_STEPS.includes(step))
    b.observeCharger?.(ctx.evse.presentVoltageV ?? 0, ctx.evse.presentCurrentA ?? 0);
}

export interface EvccEffectTarget {
  battery: EvBattery;
  emit: (e: V2gEvent) => void;
  /** The driver's current context (read when an effect needs it). */
  ctx: () => EvccCtx;
  armReadyToCharge: () => void;
  clearReadyToCharge: () => void;
  warn: (code: V2gWarningCode, detail: string) => void;
}

export function applyEvccEffects(effects: readonly EvccEffect[], t: EvccEffectTarget, now: number): void {
  for (const e of effects) {
    switch (e.type) {
      case 'setStateC':
        t.battery.setStateC(e.on);
        break;
      case 'setContactors':
        t.battery.setContactors(e.closed);
        break;
      case 'chargingStarted':
        t.emit({ type: 'v2g.chargingStarted', atMs: now });
        break;
      case 'chargingStopped':
        t.emit({ type: 'v2g.chargingStopped', atMs: now });
        break;
      case 'chargeLoop': {
        const ctx = t.ctx();
        t.emit({
          type: 'v2g.chargeLoop',
          atMs: now,
          count: ctx.chargeLoopCount,
          presentVoltageV: ctx.evse.presentVoltageV ?? 0,
          presentCurrentA: ctx.evse.presentCurrentA ?? 0,
          targetVoltageV: ctx.ev.targetVoltageV,
          targetCurrentA: ctx.ev.targetCurrentA,
          socPercent: t.battery.socPercent(),
          ...acEnergyFields(ctx),
        });
        break;
      }
      case 'armReadyToCharge':
        t.armReadyToCharge();
        break;
      case 'clearReadyToCharge':
        t.clearReadyToCharge();
        break;
      case 'warn':
        t.warn(e.code, e.detail);
        break;
    }
  }
}

/**
 * pyPLC safe shutdown: CP to state B now (the charger must cut the current), then `disconnect`; closed contactors
 * open only `contactorDelayMs` later (after the current is gone), and `done` runs once they are open.
 */
export function safeShutdown(
  b: EvBattery,
  clock: Clock,
  contactorDelayMs: number,
  disconnect: () => void,
  done: () => void,
): void {
  b.setStateC(false);
  disconnect();
  if (b.contactorsClosed()) {
    clock.setTimeout(() => {
      b.setContactors(false);
      done();
    }, contactorDelayMs);
  } else {
    done();
  }
}
