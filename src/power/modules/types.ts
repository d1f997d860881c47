/**
 * What a power-module protocol codec provides, in both directions, so that one group driver runs every vendor and
 * one emulator speaks each vendor's wire format:
 * - controller side: the frames that set a module's output, switch it, and poll its readings (the keep-alive), and
 *   the decoding of the module's answers into readings;
 * - module side (the emulator): decoding the controller's commands, and encoding the answers.
 * Codecs are pure; every vendor fact (ids, scaling, bits, timing) is a named constant with its source.
 */

import type { CanFrame } from '../can/frame.js';

/** One module's answer, as far as one frame tells it. */
export interface ModuleReading {
  /** Module address on the bus. */
  addr: number;
  voltageV?: number;
  currentA?: number;
  temperatureC?: number;
  /** Alarm names set in the module's status (empty array: status read, no alarm). */
  alarms?: string[];
  /** Status says the DC output is off. */
  outputOff?: boolean;
}

/** A controller command as the module (emulator) sees it. */
export type ModuleCommand =
  | { kind: 'setVoltage'; addr: number; voltageV: number }
  | { kind: 'setCurrent'; addr: number; currentA: number }
  | { kind: 'setVoltageCurrent'; addr: number; voltageV: number; currentA: number }
  | { kind: 'onOff'; addr: number; on: boolean }
  | { kind: 'read'; addr: number; what: ModuleReadKind };

export type ModuleReadKind = 'voltageCurrent' | 'voltage' | 'current' | 'status' | 'temperature';

/** What the emulated module reports. */
export interface ModuleState {
  voltageV: number;
  currentA: number;
  temperatureC: number;
  alarms: readonly string[];
  on: boolean;
}

export interface ModuleProtocol {
  readonly name: 'infypower' | 'uugreen';
  /** Controller -> module: set voltage and this module's share of the current. */
  setpoint(addr: number, voltageV: number, currentA: number): CanFrame[];
  onOff(addr: number, on: boolean): CanFrame[];
  /** Read requests sent every poll period; they double as the keep-alive. */
  polls(addr: number): CanFrame[];
  /** A frame from a module -> reading; undefined when the frame is not a module answer for this controller. */
  decodeReading(frame: CanFrame): ModuleReading | undefined;
  /** Module side: a frame -> the command in it, if it is one for module `addr`. */
  decodeCommand(frame: CanFrame, addr: number): ModuleCommand | undefined;
  /** Module side: the answer frames for a command. */
  answer(cmd: ModuleCommand, state: ModuleState): CanFrame[];
  /**
   * The module's own communication timeout: it switches its output off when the controller is silent this long
   * (vendor documentation; the emulator enforces it, the driver's keep-alive stays far inside it).
   */
  readonly moduleTimeoutMs: number;
  /** Alarm names that stop the charger (the others are logged as warnings). */
  readonly fatalAlarms: ReadonlySet<string>;
}
