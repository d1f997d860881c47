/**
 * InfyPower REG/BEG charger modules, CAN protocol V1.13 (125 kbit/s, 29-bit ids, 8 data bytes, big-endian).
 * Facts from EVerest's InfyPower driver (everest-core modules/HardwareDrivers/PowerSupplies/InfyPower:
 * README.md and can_driver_acdc/CanPackets.{hpp,cpp}, which restate the V1.13 protocol document):
 *   id bits 28-26 error code, 25-22 device number (0x0A single module, 0x0B group), 21-16 command,
 *   15-8 destination address, 7-0 source address; the controller's address is 0xF0.
 *   0x03 read V/I: answer float32 V (bytes 0-3), float32 A (bytes 4-7)
 *   0x04 read status: bytes 5..7 alarm/state bits (table below); byte 4 ambient temperature (signed, deg C, per the
 *        V1.13 table of command 0x04; the open driver does not decode it)
 *   0x1A on/off: byte 0 = 0x00 on, 0x01 off        0x1C set V/I: uint32 mV, uint32 mA
 *   read requests carry 8 zero bytes (the module answers an error otherwise)
 *   "If the charger module did not receive the message for 10 seconds from the controller, the charger module
 *    will off" (V1.13, quoted in the EVerest README).
 * Pure codec, both directions.
 */

import { type CanFrame, extFrame } from '../can/frame.js';
import type { ModuleCommand, ModuleProtocol, ModuleReading, ModuleState } from './types.js';

export const INFY_CONTROLLER_ADDR = 0xf0;
export const INFY_DEVICE_SINGLE = 0x0a;
export const INFY_DEVICE_GROUP = 0x0b;
/** V1.13: the module turns its output off after 10 s without a message from the controller. */
export const INFY_MODULE_TIMEOUT_MS = 10_000;

export const INFY_CMD = {
  readVoltageCurrent: 0x03,
  readStatus: 0x04,
  onOff: 0x1a,
  setVoltageCurrent: 0x1c,
} as const;

export interface InfyId {
  errorCode: number;
  device: number;
  command: number;
  dst: number;
  src: number;
}

export function infyId(p: InfyId): number {
  return (
    (((p.errorCode & 0x07) << 26) |
      ((p.device & 0x0f) << 22) |
      ((p.command & 0x3f) << 16) |
      ((p.dst & 0xff) << 8) |
      (p.src & 0xff)) >>>
    0
  );
}

export function parseInfyId(id: number): InfyId {
  return {
    errorCode: (id >>> 26) & 0x07,
    device: (id >>> 22) & 0x0f,
    command: (id >>> 16) & 0x3f,
    dst: (id >>> 8) & 0xff,
    src: id & 0xff,
  };
}

/** Status bits of command 0x04: [byte index, bit, name]; byte 7 = status0, 6 = status1, 5 = status2 (V1.13). */
export const INFY_STATUS_BITS: readonly (readonly [number, number, string])[] = [
  [7, 0, 'output_short_current'],
  [7, 4, 'sleeping'],
  [7, 5, 'discharge_abnormal'],
  [6, 0, 'dc_side_off'],
  [6, 1, 'fault_alarm'],
  [6, 2, 'protection_alarm'],
  [6, 3, 'fan_fault_alarm'],
  [6, 4, 'over_temperature_alarm'],
  [6, 5, 'output_over_voltage_alarm'],
  [6, 6, 'walk_in_enable'],
  [6, 7, 'communication_interrupt_alarm'],
  [5, 0, 'power_limit_status'],
  [5, 1, 'id_repeat_alarm'],
  [5, 2, 'load_sharing_alarm'],
  [5, 3, 'input_phase_lost_alarm'],
  [5, 4, 'input_unbalanced_alarm'],
  [5, 5, 'input_low_voltage_alarm'],
  [5, 6, 'input_over_voltage_protection'],
  [5, 7, 'pfc_side_off'],
];

/** States, not alarms (EVerest's driver marks these "Status"). */
const INFY_STATE_BITS = new Set(['sleeping', 'dc_side_off', 'walk_in_enable', 'power_limit_status', 'pfc_side_off']);

/** Alarms that end the session: the module cannot deliver (the others are warnings). */
export const INFY_FATAL_ALARMS: ReadonlySet<string> = new Set([
  'output_short_current',
  'fault_alarm',
  'protection_alarm',
  'over_temperature_alarm',
  'output_over_voltage_alarm',
  'communication_interrupt_alarm',
  'input_phase_lost_alarm',
  'input_low_voltage_alarm',
  'input_over_voltage_protection',
]);

const ZERO8 = [0, 0, 0, 0, 0, 0, 0, 0];

const u32 = (n: number) => {
  const v = Math.max(0, Math.min(0xffffffff, Math.round(n)));
  return [(v >>> 24) & 0xff, (v >>> 16) & 0xff, (v >>> 8) & 0xff, v & 0xff];
};
const readU32 = (d: Uint8Array, o: number) => new DataView(d.buffer, d.byteOffset, d.byteLength).getUint32(o, false);
const readF32 = (d: Uint8Array, o: number) => new DataView(d.buffer, d.byteOffset, d.byteLength).getFloat32(o, false);
const f32 = (n: number) => {
  const b = new Uint8Array(4);
  new DataView(b.buffer).setFloat32(0, n, false);
  return [...b];
};

const toModule = (addr: number, command: number, data: number[]) =>
  extFrame(infyId({ errorCode: 0, device: INFY_DEVICE_SINGLE, command, dst: addr, src: INFY_CONTROLLER_ADDR }), data);
const fromModule = (addr: number, command: number, data: number[]) =>
  extFrame(infyId({ errorCode: 0, device: INFY_DEVICE_SINGLE, command, dst: INFY_CONTROLLER_ADDR, src: addr }), data);

export function decodeInfyStatus(d: Uint8Array): { alarms: string[]; states: string[]; temperatureC: number } {
  const alarms: string[] = [];
  const states: string[] = [];
  for (const [byte, bit, name] of INFY_STATUS_BITS) {
    if (((d[byte] ?? 0) >> bit) & 1) (INFY_STATE_BITS.has(name) ? states : alarms).push(name);
  }
  const t = d[4] ?? 0;
  return { alarms, states, temperatureC: t > 127 ? t - 256 : t };
}

export function encodeInfyStatus(s: { alarms: readonly string[]; states: readonly string[]; temperatureC: number }) {
  const d = [0, 0, 0, 0, Math.round(s.temperatureC) & 0xff, 0, 0, 0];
  for (const [byte, bit, name] of INFY_STATUS_BITS) {
    if (s.alarms.includes(name) || s.states.includes(name)) d[byte] = (d[byte] as number) | (1 << bit);
  }
  return d;
}

export const infypower: ModuleProtocol = {
  name: 'infypower',
  moduleTimeoutMs: INFY_MODULE_TIMEOUT_MS,
  fatalAlarms: INFY_FATAL_ALARMS,
  setpoint: (addr, v, i) => [toModule(addr, INFY_CMD.setVoltageCurrent, [...u32(v * 1000), ...u32(i * 1000)])],
  onOff: (addr, on) => [toModule(addr, INFY_CMD.onOff, [on ? 0x00 : 0x01, 0, 0, 0, 0, 0, 0, 0])],
  polls: (addr) => [toModule(addr, INFY_CMD.readVoltageCurrent, ZERO8), toModule(addr, INFY_CMD.readStatus, ZERO8)],

  decodeReading(f: CanFrame): ModuleReading | undefined {
    if (!f.ext || f.rtr || f.data.length < 8) return undefined;
    const id = parseInfyId(f.id);
    if (id.dst !== INFY_CONTROLLER_ADDR || id.errorCode !== 0) return undefined;
    if (id.command === INFY_CMD.readVoltageCurrent) {
      const v = readF32(f.data, 0);
      const i = readF32(f.data, 4);
      if (!Number.isFinite(v) || !Number.isFinite(i)) return undefined;
      return { addr: id.src, voltageV: v, currentA: i };
    }
    if (id.command === INFY_CMD.readStatus) {
      const s = decodeInfyStatus(f.data);
      return {
        addr: id.src,
        alarms: s.alarms,
        temperatureC: s.temperatureC,
        outputOff: s.states.includes('dc_side_off'),
      };
    }
    return undefined;
  },

  decodeCommand(f: CanFrame, addr: number): ModuleCommand | undefined {
    if (!f.ext || f.rtr || f.data.length < 8) return undefined;
    const id = parseInfyId(f.id);
    if (id.src !== INFY_CONTROLLER_ADDR || (id.dst !== addr && id.dst !== 0x3f)) return undefined;
    switch (id.command) {
      case INFY_CMD.setVoltageCurrent:
        return {
          kind: 'setVoltageCurrent',
          addr,
          voltageV: readU32(f.data, 0) / 1000,
          currentA: readU32(f.data, 4) / 1000,
        };
      case INFY_CMD.onOff:
        return { kind: 'onOff', addr, on: f.data[0] === 0x00 };
      case INFY_CMD.readVoltageCurrent:
        return { kind: 'read', addr, what: 'voltageCurrent' };
      case INFY_CMD.readStatus:
        return { kind: 'read', addr, what: 'status' };
      default:
        return undefined;
    }
  },

  answer(cmd: ModuleCommand, s: ModuleState): CanFrame[] {
    if (cmd.kind !== 'read') return [];
    if (cmd.what === 'voltageCurrent') {
      return [fromModule(cmd.addr, INFY_CMD.readVoltageCurrent, [...f32(s.voltageV), ...f32(s.currentA)])];
    }
    return [
      fromModule(
        cmd.addr,
        INFY_CMD.readStatus,
        encodeInfyStatus({ alarms: s.alarms, states: s.on ? [] : ['dc_side_off'], temperatureC: s.temperatureC }),
      ),
    ];
  },
};
