/**
 * Worked examples for both module protocols, computed by hand from the field layouts of EVerest's open drivers
 * (everest-core modules/HardwareDrivers/PowerSupplies/InfyPower/can_driver_acdc/CanPackets.cpp: encode_can_id,
 * SetModuleVI, SetModuleOnOff, ReadModuleVI, PowerModuleStatus; UUGreenPower_UR1000X0/can_driver_acdc/CanPackets.cpp:
 * encode_can_id, Packet), then checked both ways through our codecs.
 */

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type CanFrame, extFrame, frameText } from '../../../src/power/can/frame.js';
import { decodeInfyStatus, infyId, infypower, parseInfyId } from '../../../src/power/modules/infypower.js';
import { uugreen, uuId } from '../../../src/power/modules/uugreen.js';

const texts = (fs: CanFrame[]) => fs.map(frameText);
const fromHex = (id: number, hex: string) => extFrame(id, [...Buffer.from(hex, 'hex')]);

describe('InfyPower V1.13', () => {
  it('id layout: error 28-26, device 25-22, command 21-16, destination 15-8, source 7-0', () => {
    // set V/I (0x1C) from the controller 0xF0 to single module (device 0x0A) 0x00
    assert.equal(infyId({ errorCode: 0, device: 0x0a, command: 0x1c, dst: 0x00, src: 0xf0 }), 0x029c00f0);
    assert.deepEqual(parseInfyId(0x0283f003), { errorCode: 0, device: 0x0a, command: 0x03, dst: 0xf0, src: 0x03 });
  });
  it('set 750 V / 10 A on module 0: uint32 mV, uint32 mA, big-endian', () => {
    assert.deepEqual(texts(infypower.setpoint(0, 750, 10)), ['029C00F0#000B71B000002710']);
    const cmd = infypower.decodeCommand(fromHex(0x029c00f0, '000B71B000002710'), 0);
    assert.deepEqual(cmd, { kind: 'setVoltageCurrent', addr: 0, voltageV: 750, currentA: 10 });
  });
  it('on/off (0x1A): byte 0 = 0 on, 1 off; reads carry 8 zero bytes', () => {
    assert.deepEqual(texts(infypower.onOff(1, true)), ['029A01F0#0000000000000000']);
    assert.deepEqual(texts(infypower.onOff(1, false)), ['029A01F0#0100000000000000']);
    assert.deepEqual(texts(infypower.polls(3)), ['028303F0#0000000000000000', '028403F0#0000000000000000']);
  });
  it('read V/I answer: float32 V, float32 A (500 V = 43FA0000, 20 A = 41A00000)', () => {
    const r = infypower.decodeReading(fromHex(0x0283f003, '43FA000041A00000'));
    assert.deepEqual(r, { addr: 3, voltageV: 500, currentA: 20 });
    const back = infypower.answer(
      { kind: 'read', addr: 3, what: 'voltageCurrent' },
      {
        voltageV: 500,
        currentA: 20,
        temperatureC: 0,
        alarms: [],
        on: true,
      },
    );
    assert.deepEqual(texts(back), ['0283F003#43FA000041A00000']);
  });
  it('status (0x04): byte 6 bit 1 fault_alarm, byte 6 bit 0 DC side off, byte 4 temperature', () => {
    const s = decodeInfyStatus(Uint8Array.from(Buffer.from('0000000023000300', 'hex')));
    assert.deepEqual(s, { alarms: ['fault_alarm'], states: ['dc_side_off'], temperatureC: 35 });
    const r = infypower.decodeReading(fromHex(0x0284f000, '00000000EC000210'));
    assert.deepEqual(r, { addr: 0, alarms: ['fault_alarm'], temperatureC: -20, outputOff: false });
    // frames for another controller or with an error code are not readings
    assert.equal(infypower.decodeReading(fromHex(0x0284f100, '0000000000000000')), undefined);
    assert.equal(infypower.decodeReading(fromHex(0x0a84f000, '0000000000000000')), undefined);
  });
});

describe('UUGreen UR1000x0', () => {
  it('id: protocol 1 (bits 28-25), monitor 1 (24-21), module (20-14)', () => {
    assert.equal(uuId(1), 0x02204000);
    assert.equal(uuId(0), 0x02200000); // broadcast
  });
  it('set point = Vout reference (cmd 2, mV) and Iout limit (cmd 3, mA); shutdown (cmd 4) 1 = off', () => {
    assert.deepEqual(texts(uugreen.setpoint(1, 400, 10)), ['02204000#0002000000061A80', '02204000#0003000000002710']);
    assert.deepEqual(texts(uugreen.onOff(1, false)), ['02204000#0004000000000001']);
    assert.deepEqual(uugreen.decodeCommand(fromHex(0x02204000, '0002000000061A80'), 1), {
      kind: 'setVoltage',
      addr: 1,
      voltageV: 400,
    });
    // a command for module 2 is not for module 1
    assert.equal(uugreen.decodeCommand(fromHex(0x02208000, '0002000000061A80'), 1), undefined);
  });
  it('readback: read (type 2) -> read response (type 3), Vout in mV, Iout in mA', () => {
    assert.deepEqual(texts(uugreen.polls(1)).slice(0, 2), ['02204000#0200000000000000', '02204000#0201000000000000']);
    assert.deepEqual(uugreen.decodeReading(fromHex(0x02204001, '0300000000061A80')), { addr: 1, voltageV: 400 });
    assert.deepEqual(uugreen.decodeReading(fromHex(0x02204001, '0301000000002710')), { addr: 1, currentA: 10 });
    assert.deepEqual(uugreen.decodeReading(fromHex(0x02204001, '0308000000000004')), {
      addr: 1,
      alarms: ['status_bit_2'],
    });
  });
});

describe('codecs never throw on random frames', () => {
  it('decodeReading / decodeCommand', () => {
    for (let i = 0; i < 5000; i++) {
      const data = Array.from({ length: Math.floor(Math.random() * 9) }, () => Math.floor(Math.random() * 256));
      const f = extFrame(Math.floor(Math.random() * 0x20000000), data);
      for (const p of [infypower, uugreen]) {
        p.decodeReading(f);
        p.decodeCommand(f, 1);
      }
    }
  });
});
