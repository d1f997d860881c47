/**
 * Modbus devices: register helpers, the Eastron SDM meter and the Bender isoCHA425HV IMD drivers against their
 * emulated register maps, in memory on a simulated clock; then the same maps served by modbus-serial's own servers:
 * TCP over loopback (ServerTCP) and RTU over a socat pseudo-terminal pair (ServerSerial through serialport).
 */

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ManualClock } from '../../../src/core/clock.js';
import { importOptional } from '../../../src/core/errors.js';
import { IMD_FAULT_OHM_PER_V, IMD_VALID_OHM_PER_V, isolationLevelFor } from '../../../src/power/isolation.js';
import {
  BenderEmulator,
  BenderImd,
  benderChannelRegs,
  parseBenderChannel,
} from '../../../src/power/modbus/bender-imd.js';
import {
  floatToRegs,
  memoryModbus,
  openModbusRtu,
  openModbusTcp,
  regsToFloat,
  serviceVector,
} from '../../../src/power/modbus/client.js';
import { readSdm, SDM_REGISTERS, sdmRegisterMap } from '../../../src/power/modbus/sdm-meter.js';
import { hasSocat, ptyPair, SOCAT_MISSING } from '../../helpers/pty-pair.js';

const flush = () => new Promise((r) => setImmediate(r));

describe('register helpers and device maps', () => {
  it('float32 high word first: 230.0 = 0x4366 0x0000 (Eastron manual example value)', () => {
    assert.deepEqual(floatToRegs(230), [0x4366, 0x0000]);
    assert.equal(regsToFloat(0x4366, 0), 230);
    // SDM630: 30073 (import kWh) is protocol address 0x0048
    assert.equal(SDM_REGISTERS.importKWh, 0x48);
  });
  it('Bender channel word: alarm / test in the high byte, validity / unit in the low byte', () => {
    const regs = benderChannelRegs({ value: 1e6, alarm: 5, test: 'none', valid: true, unit: 2 });
    assert.equal(regs[2], 0x0502);
    assert.deepEqual(parseBenderChannel(regs), { value: 1e6, alarm: 5, test: 'none', valid: true, unit: 2 });
    assert.equal(parseBenderChannel([0, 0, 0x40c2, 0]).test, 'internal');
    assert.equal(parseBenderChannel([0, 0, 0x40c2, 0]).valid, false);
  });
  it('IEC 61851-23 thresholds: > 500 ohm/V valid, > 100 ohm/V warning, else fault', () => {
    assert.equal(IMD_VALID_OHM_PER_V, 500);
    assert.equal(IMD_FAULT_OHM_PER_V, 100);
    assert.equal(isolationLevelFor(250_001, 500), 'Valid');
    assert.equal(isolationLevelFor(250_000, 500), 'Warning');
    assert.equal(isolationLevelFor(50_000, 500), 'Fault');
  });
  it('SDM meter driver reads the emulated meter', async () => {
    const c = memoryModbus(sdmRegisterMap(() => ({ voltageV: 230, currentA: 16, powerW: 11_040, importWh: 1234.5 })));
    const r = await readSdm(c);
    assert.equal(r.voltageV, 230);
    assert.equal(r.currentA, 16);
    assert.equal(r.powerW, 11_040);
    assert.ok(Math.abs(r.importWh - 1234.5) < 0.1);
  });
});

describe('Bender isoCHA425HV driver (emulated, simulated clock)', () => {
  const rig = (ohm: number) => {
    const clock = new ManualClock();
    const emu = new BenderEmulator(clock);
    emu.resistanceOhm = ohm;
    emu.voltageV = 500;
    let silent = false;
    const imd = new BenderImd({
      client: memoryModbus(emu.map, { silent: () => silent }),
      clock,
      maxVoltageV: 500,
      pollMs: 100,
      timeoutMs: 500,
    });
    const faults: string[] = [];
    imd.onFault((r) => faults.push(r));
    const run = async (ms: number) => {
      for (let t = 0; t < ms; t += 50) {
        clock.advance(50);
        await flush();
      }
    };
    return { clock, emu, imd, faults, run, mute: () => (silent = true) };
  };
  it('CableCheck: running until the device has a true value, then Valid above the limit', async () => {
    const r = rig(10e6);
    r.imd.start();
    await r.run(500);
    assert.equal(r.emu.enabled, true);
    assert.equal(r.imd.running(), true);
    assert.equal(r.imd.level(), 'Invalid');
    await r.run(1000);
    assert.equal(r.imd.running(), false);
    assert.equal(r.imd.level(), 'Valid');
    assert.equal(r.imd.resistanceOhm(), 10e6);
  });
  it('below 100 ohm/V: Fault and a fault report', async () => {
    const r = rig(40_000);
    r.imd.start();
    await r.run(1500);
    assert.equal(r.imd.level(), 'Fault');
    assert.match(r.faults[0] ?? '', /40000 ohm/);
  });
  it('an IMD fault during charging and a silent IMD are faults', async () => {
    const r = rig(10e6);
    r.imd.start();
    await r.run(1500);
    r.emu.deviceError = true;
    await r.run(200);
    assert.deepEqual(r.faults, ['device error']);
    const s = rig(10e6);
    s.imd.start();
    await s.run(1500);
    s.mute();
    await s.run(1000);
    assert.match(s.faults[0] ?? '', /no answer/);
  });
});

const modbusSerial = await importOptional<Record<string, unknown>>('modbus-serial', '').catch(() => undefined);

describe('Modbus over real transports (modbus-serial)', () => {
  it('TCP over loopback against modbus-serial ServerTCP: the SDM driver reads the emulated meter', {
    skip: modbusSerial ? false : 'modbus-serial is not installed',
  }, async () => {
    const { ServerTCP } = modbusSerial as {
      ServerTCP: new (v: unknown, o: unknown) => { close(cb: () => void): void; on(e: string, f: () => void): void };
    };
    const port = 20000 + (process.pid % 20000);
    const server = new ServerTCP(
      serviceVector(sdmRegisterMap(() => ({ voltageV: 231.5, currentA: 10, powerW: 6945, importWh: 42_000 }))),
      {
        host: '127.0.0.1',
        port,
        unitID: 1,
      },
    );
    await new Promise<void>((r) => server.on('initialized', r));
    const c = await openModbusTcp({ host: '127.0.0.1', port, unitId: 1, timeoutMs: 1000 });
    try {
      const r = await readSdm(c);
      assert.equal(r.voltageV, 231.5);
      assert.equal(r.powerW, 6945);
      assert.ok(Math.abs(r.importWh - 42_000) < 1);
    } finally {
      await c.close();
      await new Promise<void>((r) => server.close(r));
    }
  });

  it('RTU over a socat pty pair against modbus-serial ServerSerial: the Bender driver enables and reads the IMD', {
    skip: !hasSocat() ? SOCAT_MISSING : modbusSerial ? false : 'modbus-serial is not installed',
  }, async () => {
    const { ServerSerial } = modbusSerial as {
      ServerSerial: new (
        v: unknown,
        o: unknown,
      ) => { close(cb: () => void): void; on(e: string, f: (e?: unknown) => void): void };
    };
    const pair = await ptyPair();
    const emu = new BenderEmulator(new ManualClock());
    emu.settleMs = 0;
    emu.resistanceOhm = 2e6;
    const server = new ServerSerial(serviceVector(emu.map), { path: pair.b, baudRate: 19200, unitID: 3 });
    await new Promise<void>((r) => server.on('initialized', () => r()));
    const c = await openModbusRtu({ path: pair.a, baudRate: 19200, unitId: 3, timeoutMs: 1000 });
    try {
      await c.writeRegisters(3026, [1]);
      assert.equal(emu.enabled, true);
      const ch = parseBenderChannel(await c.readHoldingRegisters(1000, 4));
      assert.deepEqual(ch, { value: 2e6, alarm: 0, test: 'none', valid: true, unit: 2 });
    } finally {
      await c.close();
      await new Promise<void>((r) => server.close(() => r()));
      pair.close();
    }
  });
});
