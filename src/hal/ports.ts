/**
 * Hardware ports for the control pilot and the power path (style guide P5).
 * Tiny and dumb: set a duty, read two plateau voltages, switch an output. Nothing here knows what
 * "state B" means; that lives in cp/. Every port has a sim/ and a real/ implementation.
 *
 * Outputs are synchronous on purpose: opening the contactor must not wait for a promise queue.
 * Readers may be synchronous (sim, cached edge timing) or asynchronous (SPI/I2C bursts): callers
 * accept both through `MaybePromise`.
 */

export type MaybePromise<T> = T | Promise<T>;

/** What the CP generator is currently driving (for logs, the classifier and the sim line). */
export type PilotOutput =
  | { kind: 'high' } // constant +12 V: state A / X1 / B1 / C1 (no PWM)
  | { kind: 'pwm'; dutyPercent: number } // 1 kHz +-12 V square wave
  | { kind: 'low' }; // constant -12 V: state F (EVSE not available); also the safe/default output

/** The EVSE's 1 kHz +-12 V control pilot generator. */
export interface PwmOutput {
  /** Start or change the 1 kHz PWM. 0 < percent < 100; 0 and 100 behave like `off()` and `constantHigh()`. */
  setDuty(percent: number): void;
  /** Drive constant -12 V (state F). The generator's safe output: a pulled-down Pi pin gives this too. */
  off(): void;
  /** Drive constant +12 V (no PWM: X1, A1, B1, C1). */
  constantHigh(): void;
}

/** Both plateaus of the CP waveform as seen by the sense front end, in CP volts (already scaled). */
export interface CpReading {
  /** The positive plateau (or the constant level when there is no PWM). */
  highV: number;
  /** The negative plateau (equal to highV when there is no PWM). */
  lowV: number;
}

/** Reads the CP line. One call = one burst spanning at least one PWM period (or one peak-hold read). */
export interface CpSampler {
  read(): MaybePromise<CpReading>;
}

/** Duty cycle of the PWM seen on the CP line (car side), from edge timing. */
export interface PwmMeasurement {
  dutyPercent: number;
  frequencyHz: number;
}

/** Car-side duty meter. `null` means no PWM: the line is at a constant level (or absent). */
export interface PwmMeter {
  read(): PwmMeasurement | null;
}

/** A digital output: contactor, connector lock, PEV state-C switch S2. `true` = energised/closed. */
export interface DigitalOut {
  set(on: boolean): void;
  /** The last commanded value. */
  get(): boolean;
}

/** A digital input (contactor feedback, lock feedback, stop button). `true` = active. */
export interface DigitalIn {
  read(): boolean;
}

/** Everything the EVSE-side CP machine drives and reads. */
export interface EvseCpPorts {
  pwm: PwmOutput;
  sampler: CpSampler;
  contactor: DigitalOut;
  /** Optional connector lock (`true` = locked); driven by the CP machine's safety region. */
  lock?: DigitalOut;
  /** Optional safety inputs and the precharge relay (absent = not fitted; see `EvseSafetyPorts`). */
  safety?: EvseSafetyPorts;
}

/** Proximity pilot sense: the resistance between PP and PE (the cable's coding resistor Rc), in ohms. */
export interface PpSensor {
  /** Ohms; `Infinity` = open (no cable), 0 = short. */
  readOhms(): MaybePromise<number>;
}

/**
 * The EVSE's inputs beyond the CP, and the precharge relay. Every input reads `true` for the condition named,
 * after the pin's active level is applied by the adapter.
 */
export interface EvseSafetyPorts {
  /** Type 2 socket: PP resistance (IEC 61851-1 Annex B, IEC 62196-2). */
  pp?: PpSensor;
  /** The lock's feedback switch: `true` = locked. */
  lockFeedback?: DigitalIn;
  /** The main contactor's auxiliary contact: `true` = the contactor is closed. */
  contactorFeedback?: DigitalIn;
  /** DC precharge relay (closed before the main contactor for `precharge` ms). */
  precharge?: DigitalOut;
  /** Residual current monitor (RCD / RDC-DD 6 mA DC): `true` = tripped. */
  rcd?: DigitalIn;
  /** Emergency stop button: `true` = pressed. */
  estop?: DigitalIn;
}

/** The car's own power path beyond S2 (all optional). */
export interface PevSafetyPorts {
  /** The car's battery contactor: `true` = closed. Opened before S2 opens. */
  contactor?: DigitalOut;
  /** Its auxiliary contact: `true` = closed. */
  contactorFeedback?: DigitalIn;
  /** Emergency stop button: `true` = pressed. */
  estop?: DigitalIn;
}

/** Everything the PEV-side (car emulator) CP machine drives and reads. */
export interface PevCpPorts {
  sampler: CpSampler;
  pwmMeter: PwmMeter;
  /** S2: switches 1.3 kOhm in parallel to the 2.74 kOhm state-B resistor (B -> C). */
  s2: DigitalOut;
  /** Optional: the car's contactor, its feedback and an emergency stop. */
  safety?: PevSafetyPorts;
}

/** Put the EVSE outputs into the safe state: contactor open, CP generator at -12 V (state F). */
export function evseSafeState(ports: Pick<EvseCpPorts, 'pwm' | 'contactor' | 'safety'>): void {
  // Contactor first: it is the one that carries energy.
  try {
    ports.contactor.set(false);
  } finally {
    try {
      ports.safety?.precharge?.set(false);
    } finally {
      ports.pwm.off();
    }
  }
}

/** Put the PEV outputs into the safe state: S2 open (state B at most). */
export function pevSafeState(ports: Pick<PevCpPorts, 's2' | 'safety'>): void {
  // The car's contactor first (as a car does: no current when the charger sees B), then S2.
  try {
    ports.safety?.contactor?.set(false);
  } finally {
    ports.s2.set(false);
  }
}
