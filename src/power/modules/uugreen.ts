/**
 * UUGreen (UUGreenPower) UR1000x0 charger modules (UR100030, UR100040 ...), 125 kbit/s, 29-bit ids, 8 data bytes.
 * Facts from EVerest's driver (everest-core modules/HardwareDrivers/PowerSupplies/UUGreenPower_UR1000X0,
 * can_driver_acdc/CanPackets.{hpp,cpp} and UUGreenCanDevice.cpp, which follow UUGreen's CAN protocol document):
 *   id bits 28-25 protocol version (0x1), 24-21 monitor (controller) address (0x1), 20-14 module address
 *   (0 = broadcast), 13-9 production date, 8-0 serial number low bits (0 on controller frames).
 *   byte 0: group address (high nibble) | message type (low nibble); byte 1: command type; bytes 2-3 reserved;
 *   bytes 4-7: uint32 big-endian value, in milli-units (mV, mA).
 *   message types: 0 set, 1 set response, 2 read, 3 read response, 4 serial number response.
 *   commands: 0 Vout, 1 Iout (slow), 2 Vout reference, 3 Iout limit, 4 shutdown DC/DC (0 on, 1 off),
 *   8 module status, 30 Tin (inlet temperature).
 *   EVerest polls Vout and Iout every 100 ms (its tx thread) and applies set points within 50 ms.
 * Not in the open driver, marked as such: the status word's bit meanings (any set bit is reported as an alarm
 * 'status_bit_N'; check your module's document) and the module's own communication timeout (the emulator
 * assumes the same 10 s as InfyPower; measure yours, see hw/power.md).
 */

import { type CanFrame, extFrame } from '../can/frame.js';
import type { ModuleCommand, ModuleProtocol, ModuleReading, ModuleReadKind, ModuleState } from './types.js';

export const UU_PROTOCOL_VERSION = 0x1;
export const UU_MONITOR_ADDR = 0x1;
export const UU_BROADCAST = 0x00;
/** Assumed (see above): the open driver does not state the module's own timeout. */
export const UU_MODULE_TIMEOUT_MS = 10_000;

export const UU_MSG = { set: 0, setResponse: 1, read: 2, readResponse: 3, serialResponse: 4 } as const;
export const UU_CMD = {
  vout: 0,
  ioutSlow: 1,
  voutReference: 2,
  ioutLimit: 3,
  shutdownDcdc: 4,
  moduleStatus: 8,
  tin: 30,
} as const;

export function uuId(moduleAddr: number, monitorAddr = UU_MONITOR_ADDR): number {
  return ((UU_PROTOCOL_VERSION << 25) | ((monitorAddr & 0x0f) << 21) | ((moduleAddr & 0x7f) << 14)) >>> 0;
}
export const uuModuleAddr = (id: number) => (id >>> 14) & 0x7f;
export const uuMonitorAddr = (id: number) => (id >>> 21) & 0x0f;

const u32 = (n: number) => {
  const v = Math.max(0, Math.min(0xffffffff, Math.round(n)));
  return [(v >>> 24) & 0xff, (v >>> 16) & 0xff, (v >>> 8) & 0xff, v & 0xff];
};
const readU32 = (d: Uint8Array) => new DataView(d.buffer, d.byteOffset, d.byteLength).getUint32(4, false);

export function uuPayload(msgType: number, command: number, value: number, group = 0): number[] {
  return [((group & 0x0f) << 4) | (msgType & 0x0f), command & 0x7f, 0, 0, ...u32(value)];
}

const frame = (addr: number, msgType: number, command: number, value = 0) =>
  extFrame(uuId(addr), uuPayload(msgType, command, value));

/** Status word -> alarm names (bit meanings not in the open driver: named by bit number). */
export function uuStatusAlarms(word: number): string[] {
  const out: string[] = [];
  for (let b = 0; b < 32; b++) if ((word >>> b) & 1) out.push(`status_bit_${b}`);
  return out;
}

const READ_KIND: Record<number, ModuleReadKind> = {
  [UU_CMD.vout]: 'voltage',
  [UU_CMD.ioutSlow]: 'current',
  [UU_CMD.moduleStatus]: 'status',
  [UU_CMD.tin]: 'temperature',
};

export const uugreen: ModuleProtocol = {
  name: 'uugreen',
  moduleTimeoutMs: UU_MODULE_TIMEOUT_MS,
  // any status bit stops the charger: without the vendor's bit table nothing can be called harmless
  fatalAlarms: new Set(Array.from({ length: 32 }, (_, b) => `status_bit_${b}`)),
  setpoint: (addr, v, i) => [
    frame(addr, UU_MSG.set, UU_CMD.voutReference, v * 1000),
    frame(addr, UU_MSG.set, UU_CMD.ioutLimit, i * 1000),
  ],
  onOff: (addr, on) => [frame(addr, UU_MSG.set, UU_CMD.shutdownDcdc, on ? 0 : 1)],
  polls: (addr) => [
    frame(addr, UU_MSG.read, UU_CMD.vout),
    frame(addr, UU_MSG.read, UU_CMD.ioutSlow),
    frame(addr, UU_MSG.read, UU_CMD.moduleStatus),
    frame(addr, UU_MSG.read, UU_CMD.tin),
  ],

  decodeReading(f: CanFrame): ModuleReading | undefined {
    if (!f.ext || f.rtr || f.data.length < 8) return undefined;
    const mon = uuMonitorAddr(f.id);
    if (mon !== UU_MONITOR_ADDR && mon !== UU_BROADCAST) return undefined;
    if (((f.data[0] ?? 0) & 0x0f) !== UU_MSG.readResponse) return undefined;
    const addr = uuModuleAddr(f.id);
    const v = readU32(f.data);
    switch (f.data[1]) {
      case UU_CMD.vout:
        return { addr, voltageV: v / 1000 };
      case UU_CMD.ioutSlow:
        return { addr, currentA: v / 1000 };
      case UU_CMD.moduleStatus:
        return { addr, alarms: uuStatusAlarms(v) };
      case UU_CMD.tin:
        return { addr, temperatureC: (v | 0) / 1000 };
      default:
        return undefined;
    }
  },

  decodeCommand(f: CanFrame, addr: number): ModuleCommand | undefined {
    if (!f.ext || f.rtr || f.data.length < 8) return undefined;
    const target = uuModuleAddr(f.id);
    if (target !== addr && target !== UU_BROADCAST) return undefined;
    // controller frames carry no serial number bits; module answers do (and are not commands)
    if ((f.id & 0x3fff) !== 0) return undefined;
    const type = (f.data[0] ?? 0) & 0x0f;
    const cmd = f.data[1] ?? 0;
    const value = readU32(f.data);
    if (type === UU_MSG.set) {
      if (cmd === UU_CMD.voutReference) return { kind: 'setVoltage', addr, voltageV: value / 1000 };
      if (cmd === UU_CMD.ioutLimit) return { kind: 'setCurrent', addr, currentA: value / 1000 };
      if (cmd === UU_CMD.shutdownDcdc) return { kind: 'onOff', addr, on: value === 0 };
      return undefined;
    }
    if (type === UU_MSG.read) {
      const what = READ_KIND[cmd];
      return what ? { kind: 'read', addr, what } : undefined;
    }
    return undefined;
  },

  answer(cmd: ModuleCommand, s: ModuleState): CanFrame[] {
    // module answers carry the module's serial number low bits (nonzero) so they are never read as commands
    const reply = (command: number, value: number) =>
      extFrame((uuId(cmd.addr) | 0x0001) >>> 0, uuPayload(UU_MSG.readResponse, command, value));
    if (cmd.kind !== 'read') return [];
    switch (cmd.what) {
      case 'voltage':
        return [reply(UU_CMD.vout, s.voltageV * 1000)];
      case 'current':
        return [reply(UU_CMD.ioutSlow, s.currentA * 1000)];
      case 'status': {
        let word = 0;
        for (const a of s.alarms) {
          const m = /^status_bit_(\d+)$/.exec(a);
          if (m) word |= 1 << Number(m[1]);
        }
        return [reply(UU_CMD.moduleStatus, word >>> 0)];
      }
      case 'temperature':
        return [reply(UU_CMD.tin, s.temperatureC * 1000)];
      default:
        return [];
    }
  },
};
