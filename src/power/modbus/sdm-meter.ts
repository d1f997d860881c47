/**
 * Eastron SDM630 (three-phase) and SDM72 (D-M) energy meters over Modbus: input registers (function 04), each value
 * an IEEE 754 float32 in two registers, high word first. Register numbers from Eastron's SDM630 Modbus protocol
 * (as listed in EVerest's GenericPowermeter model Eastron_SDM630-V2.yaml: 30073 import kWh, 30075 export kWh);
 * "3xxxx" register numbers are 1-based, the protocol address is number - 30001.
 *   30001 phase 1 voltage (V)   30007 phase 1 current (A)   30053 total system power (W)
 *   30073 total import energy (kWh)   30075 total export energy (kWh)
 * The SDM72 D-M uses the same addresses for these values.
 */

import { floatToRegs, type ModbusClient, type RegisterMap, regsToFloat } from './client.js';

export const SDM_REGISTERS = {
  voltageL1V: 30001 - 30001,
  currentL1A: 30007 - 30001,
  totalPowerW: 30053 - 30001,
  importKWh: 30073 - 30001,
  exportKWh: 30075 - 30001,
} as const;

export interface MeterReading {
  voltageV: number;
  currentA: number;
  powerW: number;
  importWh: number;
}

const read = async (c: ModbusClient, address: number): Promise<number> => {
  const r = await c.readInputRegisters(address, 2);
  return regsToFloat(r[0] ?? 0, r[1] ?? 0);
};

export async function readSdm(c: ModbusClient): Promise<MeterReading> {
  const voltageV = await read(c, SDM_REGISTERS.voltageL1V);
  const currentA = await read(c, SDM_REGISTERS.currentL1A);
  const powerW = await read(c, SDM_REGISTERS.totalPowerW);
  const importWh = (await read(c, SDM_REGISTERS.importKWh)) * 1000;
  return { voltageV, currentA, powerW, importWh };
}

/**
 * The meter's register map for the emulator (values come from `state`). Written from Eastron's input register table
 * on its own (protocol addresses, not the driver's SDM_REGISTERS), so a driver constant misread from the manual
 * reads the wrong value in the tests.
 */
export function sdmRegisterMap(state: () => MeterReading): RegisterMap {
  return {
    input(address) {
      const s = state();
      const values: Record<number, number> = {
        0: s.voltageV, // 30001 phase 1 line to neutral volts
        6: s.currentA, // 30007 phase 1 current
        52: s.powerW, // 30053 total system power
        72: s.importWh / 1000, // 30073 total import kWh
        74: 0, // 30075 total export kWh
      };
      const base = address % 2 === 0 ? address : address - 1;
      const v = values[base];
      if (v === undefined) return 0;
      const [hi, lo] = floatToRegs(v);
      return address === base ? hi : lo;
    },
  };
}
