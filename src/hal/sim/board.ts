/**
 * Simulated boards: the EVSE and the car side of one SimCpLine, implementing the hal ports and
 * recording every call with the clock's time (so tests and the sim summary can measure, e.g., how long
 * the contactor took to open). Fault injection: a sampler that throws (hardware error).
 * Knows no IEC states.
 */

import type { Clock } from '../../core/clock.js';
import { HardwareError } from '../../core/errors.js';
import type {
  CpReading,
  CpSampler,
  DigitalIn,
  DigitalOut,
  EvseCpPorts,
  EvseSafetyPorts,
  PevCpPorts,
  PevSafetyPorts,
  PwmMeasurement,
  PwmMeter,
  PwmOutput,
} from '../ports.js';
import type { SimCpLine } from './cp-line.js';
import { SimContactorModel, SimLockModel, SimPpModel, SimSwitch } from './safety-io.js';

/** Which safety I/O a simulated board has fitted (none by default: the bare CP rig). */
export interface SimSafetyOptions {
  /** PP sense, lock with feedback, contactor aux contact, RCD and emergency-stop inputs. */
  inputs?: boolean;
  /** A DC precharge relay (EVSE). */
  precharge?: boolean;
}

export interface SimCall {
  /** Clock time, ms. */
  t: number;
  port: string;
  call: string;
  value?: unknown;
}

/** A digital output that remembers its value and logs every change. */
export class SimDigitalOut implements DigitalOut {
  private value = false;
  constructor(
    private readonly name: string,
    private readonly record: (c: Omit<SimCall, 't'>) => void,
    private readonly onSet?: (on: boolean) => void,
  ) {}

  set(on: boolean): void {
    if (on === this.value) return;
    this.value = on;
    this.record({ port: this.name, call: 'set', value: on });
    this.onSet?.(on);
  }

  get(): boolean {
    return this.value;
  }
}

/** A digital input whose level the test sets. */
export class SimDigitalIn implements DigitalIn {
  level = false;
  read(): boolean {
    return this.level;
  }
}

abstract class SimBoardBase {
  readonly calls: SimCall[] = [];
  private samplerError: Error | undefined;
  constructor(
    readonly line: SimCpLine,
    protected readonly clock: Clock,
  ) {}

  protected record = (c: Omit<SimCall, 't'>): void => {
    this.calls.push({ t: this.clock.now(), ...c });
  };

  /** Make every following sampler read throw (a dead ADC); `null` heals it. */
  failSampler(err: Error | null = new HardwareError('simulated ADC read failure', 'check the ADC wiring')): void {
    this.samplerError = err ?? undefined;
  }

  protected checkSampler(): void {
    if (this.samplerError) throw this.samplerError;
  }

  /** Time of the last `set(value)` on `port` at or after `since`, if any. */
  lastSet(port: string, value: boolean, since = -Infinity): number | undefined {
    for (let i = this.calls.length - 1; i >= 0; i--) {
      const c = this.calls[i] as SimCall;
      if (c.t < since) break;
      if (c.port === port && c.call === 'set' && c.value === value) return c.t;
    }
    return undefined;
  }
}

/** The EVSE side: CP generator, CP sense, contactor, lock; optionally the safety I/O (safety-io.ts). */
export class SimEvseBoard extends SimBoardBase implements EvseCpPorts {
  readonly pwm: PwmOutput;
  readonly sampler: CpSampler;
  readonly contactor: SimDigitalOut;
  /** The connector lock actuator (fitted with the safety inputs). */
  readonly lock?: SimDigitalOut;
  /** The physics behind the contactor output and the lock output (their feedback follows after a delay). */
  readonly contactorModel: SimContactorModel;
  readonly lockModel: SimLockModel;
  readonly pp = new SimPpModel();
  readonly rcd = new SimSwitch();
  readonly estop = new SimSwitch();
  readonly safety?: EvseSafetyPorts;

  constructor(line: SimCpLine, clock: Clock, fitted: SimSafetyOptions = {}) {
    super(line, clock);
    const rec = this.record;
    this.pwm = {
      setDuty: (percent: number) => {
        const d = Math.min(100, Math.max(0, percent));
        rec({ port: 'pwm', call: 'setDuty', value: d });
        if (d <= 0) line.drive({ kind: 'low' });
        else if (d >= 100) line.drive({ kind: 'high' });
        else line.drive({ kind: 'pwm', dutyPercent: d });
      },
      off: () => {
        rec({ port: 'pwm', call: 'off' });
        line.drive({ kind: 'low' });
      },
      constantHigh: () => {
        rec({ port: 'pwm', call: 'constantHigh' });
        line.drive({ kind: 'high' });
      },
    };
    this.sampler = {
      read: (): CpReading => {
        this.checkSampler();
        return line.evseReading();
      },
    };
    this.contactorModel = new SimContactorModel(clock);
    this.lockModel = new SimLockModel(clock);
    this.contactor = new SimDigitalOut('contactor', rec, (on) => this.contactorModel.coil(on));
    const safety: EvseSafetyPorts = {};
    if (fitted.inputs) {
      this.lock = new SimDigitalOut('lock', rec, (on) => this.lockModel.drive(on));
      Object.assign(safety, {
        pp: this.pp,
        lockFeedback: this.lockModel.feedback,
        contactorFeedback: this.contactorModel.feedback,
        rcd: this.rcd,
        estop: this.estop,
      });
    }
    if (fitted.precharge) safety.precharge = new SimDigitalOut('precharge', rec);
    if (fitted.inputs || fitted.precharge) this.safety = safety;
  }
}

/** The car side: CP sense, duty meter, S2; optionally its contactor with aux contact and an emergency stop. */
export class SimPevBoard extends SimBoardBase implements PevCpPorts {
  readonly sampler: CpSampler;
  readonly pwmMeter: PwmMeter;
  readonly s2: SimDigitalOut;
  readonly contactor: SimDigitalOut;
  readonly contactorModel: SimContactorModel;
  readonly estop = new SimSwitch();
  readonly safety?: PevSafetyPorts;

  constructor(line: SimCpLine, clock: Clock, fitted: SimSafetyOptions = {}) {
    super(line, clock);
    this.sampler = {
      read: (): CpReading => {
        this.checkSampler();
        return line.carReading();
      },
    };
    this.pwmMeter = { read: (): PwmMeasurement | null => line.carPwm() };
    this.s2 = new SimDigitalOut('s2', this.record, (on) => line.setS2(on));
    this.contactorModel = new SimContactorModel(clock);
    this.contactor = new SimDigitalOut('contactor', this.record, (on) => this.contactorModel.coil(on));
    if (fitted.inputs) {
      this.safety = { contactor: this.contactor, contactorFeedback: this.contactorModel.feedback, estop: this.estop };
    }
  }
}

/** A line with both boards on one clock: what `piccs sim` and the tests start from. */
export function createSimCpRig(
  clock: Clock,
  line: SimCpLine,
  fitted: SimSafetyOptions = {},
): { line: SimCpLine; evse: SimEvseBoard; pev: SimPevBoard } {
  return { line, evse: new SimEvseBoard(line, clock, fitted), pev: new SimPevBoard(line, clock, fitted) };
}
