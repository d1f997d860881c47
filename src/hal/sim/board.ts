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
  PevCpPorts,
  PwmMeasurement,
  PwmMeter,
  PwmOutput,
} from '../ports.js';
import type { SimCpLine } from './cp-line.js';

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

/** The EVSE side: CP generator, CP sense, contactor, lock. */
export class SimEvseBoard extends SimBoardBase implements EvseCpPorts {
  readonly pwm: PwmOutput;
  readonly sampler: CpSampler;
  readonly contactor: SimDigitalOut;
  readonly lock: SimDigitalOut;

  constructor(line: SimCpLine, clock: Clock) {
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
    this.contactor = new SimDigitalOut('contactor', rec);
    this.lock = new SimDigitalOut('lock', rec);
  }
}

/** The car side: CP sense, duty meter, S2. */
export class SimPevBoard extends SimBoardBase implements PevCpPorts {
  readonly sampler: CpSampler;
  readonly pwmMeter: PwmMeter;
  readonly s2: SimDigitalOut;

  constructor(line: SimCpLine, clock: Clock) {
    super(line, clock);
    this.sampler = {
      read: (): CpReading => {
        this.checkSampler();
        return line.carReading();
      },
    };
    this.pwmMeter = { read: (): PwmMeasurement | null => line.carPwm() };
    this.s2 = new SimDigitalOut('s2', this.record, (on) => line.setS2(on));
  }
}

/** A line with both boards on one clock: what `piccs sim` and the tests start from. */
export function createSimCpRig(
  clock: Clock,
  line: SimCpLine,
): { line: SimCpLine; evse: SimEvseBoard; pev: SimPevBoard } {
  return { line, evse: new SimEvseBoard(line, clock), pev: new SimPevBoard(line, clock) };
}
