/**
 * Emulated charger modules on a CAN port: each one decodes the controller's commands in its vendor's wire format
 * (the protocol codec), drives its share of the DcPlant, and answers read requests with what the plant measures.
 * Like the real module it switches its output off when the controller has been silent for the protocol's module
 * timeout. Faults for tests: an alarm (output off, the alarm bit set in its status) or silence (it stops answering).
 */

import type { Clock } from '../../core/clock.js';
import type { CanPort } from '../can/port.js';
import type { DcPlant } from './plant.js';
import type { ModuleCommand, ModuleProtocol } from './types.js';

export class ModuleEmulator {
  private alarms: string[] = [];
  private silent: false | 'tx' | 'both' = false;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly port: CanPort,
    private readonly protocol: ModuleProtocol,
    readonly addr: number,
    private readonly plant: DcPlant,
    private readonly index: number,
    private readonly clock: Clock,
    /** Ambient temperature reported (deg C). */
    private readonly temperatureC = 35,
  ) {
    this.unsubscribe = port.onFrame((f) => {
      const cmd = protocol.decodeCommand(f, addr);
      if (cmd) this.handle(cmd);
    });
  }

  private get m() {
    return this.plant.modules[this.index] as DcPlant['modules'][number];
  }

  /** The module's output is on (after the plant applied its timeout). */
  get outputOn(): boolean {
    this.plant.update();
    return this.m.on;
  }

  /** The module switched itself off because the controller went silent. */
  get timedOut(): boolean {
    this.plant.update();
    return this.m.timedOut;
  }

  private handle(cmd: ModuleCommand): void {
    if (this.silent === 'both') return;
    this.plant.update();
    const m = this.m;
    // every message from the controller restarts the module's own timeout
    m.offAtMs = this.clock.now() + this.protocol.moduleTimeoutMs;
    switch (cmd.kind) {
      case 'setVoltageCurrent':
        this.plant.update();
        m.setVoltageV = cmd.voltageV;
        m.setCurrentA = cmd.currentA;
        break;
      case 'setVoltage':
        this.plant.update();
        m.setVoltageV = cmd.voltageV;
        break;
      case 'setCurrent':
        this.plant.update();
        m.setCurrentA = cmd.currentA;
        break;
      case 'onOff':
        this.plant.update();
        m.on = cmd.on && this.alarms.length === 0;
        if (cmd.on) m.timedOut = false;
        break;
      case 'read':
        this.plant.update();
        if (this.silent) break;
        for (const f of this.protocol.answer(cmd, {
          voltageV: this.plant.nodeVoltageV,
          currentA: m.currentA,
          temperatureC: this.temperatureC,
          alarms: this.alarms,
          on: m.on,
        })) {
          this.port.send(f);
        }
        break;
    }
  }

  /** Fault injection: the module raises `alarm` and shuts its output down ('' clears). */
  setAlarm(alarm: string): void {
    this.plant.update();
    this.alarms = alarm ? [alarm] : [];
    if (alarm) this.m.on = false;
  }

  /**
   * Fault injection: the module stops answering. 'both' (default): it hears nothing either (a dead transceiver or
   * a cut cable: it keeps its last set point until its own timeout); 'tx': only its answers are lost.
   */
  setSilent(on: boolean, mode: 'tx' | 'both' = 'both'): void {
    this.silent = on ? mode : false;
  }

  close(): void {
    this.unsubscribe();
  }
}
