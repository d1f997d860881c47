/**
 * The Modbus client port the device drivers (IMD, meters) use, register helpers, and its two real transports through
 * the `modbus-serial` package (optional, loaded lazily): RTU over a serial port (RS-485 adapter) and TCP (gateways).
 * Every call has a timeout; a device that does not answer in time is an error the driver turns into a fault.
 */

import { HardwareError, importOptional } from '../../core/errors.js';

export interface ModbusClient {
  /** Function 04. */
  readInputRegisters(address: number, count: number): Promise<number[]>;
  /** Function 03. */
  readHoldingRegisters(address: number, count: number): Promise<number[]>;
  /** Function 16. */
  writeRegisters(address: number, values: number[]): Promise<void>;
  close(): Promise<void>;
}

export const MODBUS_HINT =
  'npm install modbus-serial (and serialport for RTU); the user needs access to the RS-485 adapter (group dialout)';

/** IEEE 754 float32 in two registers, high word first (Eastron, Bender). */
export function regsToFloat(hi: number, lo: number): number {
  const b = Buffer.alloc(4);
  b.writeUInt16BE(hi & 0xffff, 0);
  b.writeUInt16BE(lo & 0xffff, 2);
  return b.readFloatBE(0);
}
export function floatToRegs(v: number): [number, number] {
  const b = Buffer.alloc(4);
  b.writeFloatBE(v, 0);
  return [b.readUInt16BE(0), b.readUInt16BE(2)];
}

interface ModbusRtuLike {
  connectRTUBuffered(path: string, o: { baudRate: number; parity?: string }): Promise<void>;
  connectTCP(host: string, o: { port: number }): Promise<void>;
  setID(id: number): void;
  setTimeout(ms: number): void;
  readInputRegisters(a: number, n: number): Promise<{ data: number[] }>;
  readHoldingRegisters(a: number, n: number): Promise<{ data: number[] }>;
  writeRegisters(a: number, v: number[]): Promise<unknown>;
  close(cb?: () => void): void;
}

function wrap(c: ModbusRtuLike): ModbusClient {
  return {
    readInputRegisters: async (a, n) => (await c.readInputRegisters(a, n)).data,
    readHoldingRegisters: async (a, n) => (await c.readHoldingRegisters(a, n)).data,
    writeRegisters: async (a, v) => {
      await c.writeRegisters(a, v);
    },
    close: () => new Promise<void>((resolve) => c.close(() => resolve())),
  };
}

async function newClient(): Promise<ModbusRtuLike> {
  const mod = await importOptional<{ default?: new () => ModbusRtuLike } & (new () => ModbusRtuLike)>(
    'modbus-serial',
    MODBUS_HINT,
  );
  const Ctor = (mod as { default?: new () => ModbusRtuLike }).default ?? (mod as new () => ModbusRtuLike);
  return new Ctor();
}

export interface RtuOptions {
  path: string;
  baudRate: number;
  unitId: number;
  timeoutMs: number;
  parity?: 'none' | 'even' | 'odd';
}

export async function openModbusRtu(o: RtuOptions): Promise<ModbusClient> {
  const c = await newClient();
  try {
    await c.connectRTUBuffered(o.path, { baudRate: o.baudRate, parity: o.parity ?? 'none' });
  } catch (e) {
    throw new HardwareError(`cannot open Modbus RTU on ${o.path}: ${(e as Error).message}`, MODBUS_HINT);
  }
  c.setID(o.unitId);
  c.setTimeout(o.timeoutMs);
  return wrap(c);
}

export interface TcpOptions {
  host: string;
  port: number;
  unitId: number;
  timeoutMs: number;
}

export async function openModbusTcp(o: TcpOptions): Promise<ModbusClient> {
  const c = await newClient();
  try {
    await c.connectTCP(o.host, { port: o.port });
  } catch (e) {
    throw new HardwareError(`cannot connect Modbus TCP ${o.host}:${o.port}: ${(e as Error).message}`, MODBUS_HINT);
  }
  c.setID(o.unitId);
  c.setTimeout(o.timeoutMs);
  return wrap(c);
}

/**
 * A device emulated in memory as a register map (the sim and tests; the same map is served over RTU and TCP by
 * modbus-serial's servers in the transport tests). `silent` makes every call time out.
 */
export interface RegisterMap {
  input?(address: number): number;
  holding?(address: number): number;
  write?(address: number, value: number): void;
}

export function memoryModbus(map: RegisterMap, opts: { silent?: () => boolean } = {}): ModbusClient {
  const check = () => {
    if (opts.silent?.()) throw new Error('Modbus: timed out (no answer)');
  };
  const read = (f: ((a: number) => number) | undefined, a: number, n: number, fn: string) => {
    check();
    if (!f) throw new Error(`Modbus exception 01: function ${fn} not supported`);
    return Array.from({ length: n }, (_, i) => f(a + i) & 0xffff);
  };
  return {
    readInputRegisters: async (a, n) => read(map.input?.bind(map), a, n, '04'),
    readHoldingRegisters: async (a, n) => read(map.holding?.bind(map), a, n, '03'),
    writeRegisters: async (a, v) => {
      check();
      if (!map.write) throw new Error('Modbus exception 01: function 16 not supported');
      for (const [i, x] of v.entries()) map.write?.(a + i, x);
    },
    close: async () => {},
  };
}

/** The modbus-serial server vector for a register map (TCP and RTU servers in tests and bench setups). */
export function serviceVector(map: RegisterMap) {
  return {
    getInputRegister: (a: number) => (map.input ? map.input(a) & 0xffff : 0),
    getHoldingRegister: (a: number) => (map.holding ? map.holding(a) & 0xffff : 0),
    setRegister: (a: number, v: number) => map.write?.(a, v),
  };
}
