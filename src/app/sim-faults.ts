/**
 * Fault injection for `piccs sim`: one table, fault name -> how it is injected into the simulated media and how it
 * is healed before the next plug-in; and the injector that fires the wanted fault once, at the wanted point
 * (a session/V2G state name fragment, or by default the middle of the charging loop), stamping the fault time.
 * Knows the media (sim-sides.ts), not the statecharts.
 */

import type { SimFlags, SimRig } from './sim-sides.js';
import type { FaultName, SummaryRecorder } from './summary.js';

interface FaultAction {
  inject(rig: SimRig, flags: SimFlags): void;
  /** Undo it so that the next plug-in starts clean (no restart). */
  heal(rig: SimRig, flags: SimFlags): void;
}

const healLine = (rig: SimRig) => rig.line.clearFaults();
const moduleAlarmName = (rig: SimRig) => (rig.power?.protocol.name === 'uugreen' ? 'status_bit_0' : 'fault_alarm');

export const SIM_FAULTS: Record<FaultName, FaultAction> = {
  unplug: {
    inject: (rig) => rig.line.unplug(),
    heal: healLine, // the car plugs in again anyway
  },
  'cp-short': {
    inject: (rig) => rig.line.setFault('shortToPe'),
    heal: healLine,
  },
  'diode-fail': {
    inject: (rig) => rig.line.setFault('diodeMissing'),
    heal: healLine,
  },
  'tcp-drop': {
    inject: (rig) => rig.comm.drop(),
    heal: (rig) => rig.comm.heal(),
  },
  'modem-silent': {
    inject: (rig) => {
      rig.evseStation.setSilent(true);
      rig.comm.cut();
    },
    heal: (rig) => {
      rig.evseStation.setSilent(false);
      rig.comm.heal();
    },
  },
  'module-alarm': {
    // one module raises a fatal alarm and shuts its output down (InfyPower fault_alarm / UUGreen status bit 0)
    inject: (rig) => rig.power?.emulated?.modules[0]?.setAlarm(moduleAlarmName(rig)),
    heal: (rig) => rig.power?.emulated?.modules[0]?.setAlarm(''),
  },
  'module-silent': {
    // one module's answers stop (its CAN transmitter fails); it still obeys set points, so the current can be
    // brought down before the contactor opens
    inject: (rig) => rig.power?.emulated?.modules.at(-1)?.setSilent(true, 'tx'),
    heal: (rig) => rig.power?.emulated?.modules.at(-1)?.setSilent(false),
  },
  'imd-fault': {
    // the insulation fails during charging: 20 kOhm (40 ohm/V at 500 V, below IEC 61851-23's 100 ohm/V)
    inject: (rig) => {
      const imd = rig.power?.emulated?.imd;
      if (imd) imd.resistanceOhm = 20_000;
    },
    heal: (rig) => {
      const imd = rig.power?.emulated?.imd;
      if (imd) imd.resistanceOhm = 10e6;
    },
  },
  'car-silent': {
    // the car's communication controller hangs: nothing more is sent, no timeout closes the connection,
    // S2 stays closed; only the charger's own timers can end the session
    inject: (rig, flags) => {
      flags.carFrozen = true;
      rig.comm.freezeEvcc();
    },
    heal: (rig, flags) => {
      flags.carFrozen = false;
      rig.comm.heal();
    },
  },
};

/** The wanted fault (if any) and where; fires it once. */
export class FaultInjector {
  /** Lower-case state name fragment; 'charging' = the middle of the charging loop. */
  readonly at: string;
  done = false;

  constructor(
    readonly wanted: FaultName | undefined,
    at: string | undefined,
    private readonly rig: SimRig,
    private readonly flags: SimFlags,
    private readonly rec: SummaryRecorder,
    private readonly say: (text: string) => void,
  ) {
    this.at = (at ?? 'charging').toLowerCase();
  }

  /** The fault point is a state, and `name` (a session or V2G state just entered) matches it. */
  isStatePoint(name: string): boolean {
    return this.at !== 'charging' && name.toLowerCase().includes(this.at);
  }

  inject(): void {
    if (!this.wanted || this.done) return;
    this.done = true;
    this.rec.faultAt = this.rig.clock.now();
    this.say(`FAULT injected: ${this.wanted}`);
    SIM_FAULTS[this.wanted].inject(this.rig, this.flags);
  }

  heal(): void {
    if (this.wanted) SIM_FAULTS[this.wanted].heal(this.rig, this.flags);
  }
}
