/**
 * Simulated safety I/O around the CP: a contactor whose auxiliary contact follows the coil after a mechanical
 * delay (and can weld or drop out), a connector lock whose feedback switch follows the actuator after its travel
 * time (and can jam), the proximity pilot's coding resistor, and plain switch inputs (RCD, emergency stop).
 * Physical behaviour only, on the injected clock: no IEC states, no decisions. Tests and `piccs sim --fault`
 * inject faults through these.
 */

import type { Clock, TimerHandle } from '../../core/clock.js';
import type { DigitalIn, PpSensor } from '../ports.js';

/** Contactor auxiliary contact travel after the coil changes (our choice; real ones: 10..50 ms). */
export const SIM_CONTACTOR_AUX_DELAY_MS = 20;
/** Connector lock actuator travel until its feedback switch changes (our choice; real ones: 100..600 ms). */
export const SIM_LOCK_TRAVEL_MS = 200;
/** The Type 2 cable the simulation plugs into the socket: 32 A (220 Ohm, IEC 61851-1 Annex B). */
export const SIM_PP_CABLE_OHMS = 220;

/** A contactor: `coil(on)` is what the driver does; `feedback` is the auxiliary contact (`true` = closed). */
export class SimContactorModel {
  private closed = false;
  private coilOn = false;
  private welded = false;
  private droppedOut = false;
  private timer: TimerHandle | undefined;
  readonly feedback: DigitalIn = { read: () => this.closed };

  constructor(
    private readonly clock: Clock,
    readonly auxDelayMs = SIM_CONTACTOR_AUX_DELAY_MS,
  ) {}

  coil(on: boolean): void {
    this.coilOn = on;
    this.settle();
  }

  /** The main contacts weld: the contactor (and its aux contact) stays closed whatever the coil does. */
  weld(on = true): void {
    this.welded = on;
    this.settle();
  }

  /** The contactor drops out (coil supply lost, broken wire): it opens although the coil is commanded on. */
  dropOut(on = true): void {
    this.droppedOut = on;
    this.settle();
  }

  heal(): void {
    this.welded = false;
    this.droppedOut = false;
    this.settle();
  }

  get isClosed(): boolean {
    return this.closed;
  }

  private settle(): void {
    const want = this.welded ? this.closed || this.coilOn : this.coilOn && !this.droppedOut;
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
    if (want === this.closed) return;
    this.timer = this.clock.setTimeout(() => {
      this.timer = undefined;
      this.closed = want;
    }, this.auxDelayMs);
  }
}

/** A connector lock: `drive(on)` moves the actuator; `feedback` reads `true` once it is locked. */
export class SimLockModel {
  private locked = false;
  private want = false;
  private jammed = false;
  private timer: TimerHandle | undefined;
  readonly feedback: DigitalIn = { read: () => this.locked };

  constructor(
    private readonly clock: Clock,
    readonly travelMs = SIM_LOCK_TRAVEL_MS,
  ) {}

  drive(on: boolean): void {
    this.want = on;
    this.settle();
  }

  /** The pin cannot engage (cable not fully inserted, actuator broken): never reports locked. */
  jam(on = true): void {
    this.jammed = on;
    if (on) this.locked = false;
    this.settle();
  }

  get isLocked(): boolean {
    return this.locked;
  }

  private settle(): void {
    const target = this.want && !this.jammed;
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
    if (target === this.locked) return;
    this.timer = this.clock.setTimeout(() => {
      this.timer = undefined;
      this.locked = target;
    }, this.travelMs);
  }
}

/** The PP-PE resistance of the cable in the socket (Infinity = no cable). */
export class SimPpModel implements PpSensor {
  ohms = SIM_PP_CABLE_OHMS;
  readOhms(): number {
    return this.ohms;
  }
}

/** A switch input whose level the test sets (`true` = the condition it names: tripped, pressed). */
export class SimSwitch implements DigitalIn {
  active = false;
  read(): boolean {
    return this.active;
  }
}
