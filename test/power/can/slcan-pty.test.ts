/**
 * SLCAN through the real serialport stack over a socat pseudo-terminal pair: the piccs side opens one end with
 * serialport and speaks SLCAN; the other end is an emulated CANable (slcan firmware) that answers the setup
 * commands, acknowledges transmitted frames (Z CR) and sends frames of its own.
 */

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { importOptional } from '../../../src/core/errors.js';
import { type CanFrame, extFrame, openSlcanPort, SlcanSplitter } from '../../../src/power/can/index.js';
import { hasSocat, ptyPair, SOCAT_MISSING } from '../../helpers/pty-pair.js';

interface SpModule {
  SerialPort: new (
    o: { path: string; baudRate: number },
    cb: (e: Error | null) => void,
  ) => {
    on(ev: 'data', fn: (b: Buffer) => void): void;
    write(s: string): void;
    close(cb?: () => void): void;
  };
}

const serialport = await importOptional<SpModule>('serialport', '').catch(() => undefined);
const skip = !hasSocat() ? SOCAT_MISSING : !serialport ? 'serialport is not installed (optional dependency)' : false;

describe('SLCAN over a pty pair through serialport', () => {
  it('opens at 125 kbit/s, sends and receives extended frames', { skip }, async () => {
    const pair = await ptyPair();
    const sp = serialport as SpModule;
    const adapter = await new Promise<InstanceType<SpModule['SerialPort']>>((res, rej) => {
      const p = new sp.SerialPort({ path: pair.b, baudRate: 115200 }, (e) => (e ? rej(e) : res(p)));
    });
    const commands: string[] = [];
    let buf = '';
    adapter.on('data', (b) => {
      buf += b.toString('latin1');
      for (let i = buf.indexOf('\r'); i >= 0; i = buf.indexOf('\r')) {
        const line = buf.slice(0, i);
        buf = buf.slice(i + 1);
        commands.push(line);
        adapter.write(line.startsWith('T') ? 'Z\r' : '\r');
      }
    });
    const port = await openSlcanPort({ path: pair.a, bitrate: 125_000 });
    try {
      const got: CanFrame[] = [];
      port.onFrame((f) => got.push(f));
      port.send(extFrame(0x029c00f0, [0, 0, 0x01, 0x86, 0xa0, 0, 0, 0x27]));
      adapter.write('T02A0F00080011223344556677\r');
      for (let i = 0; i < 200 && (got.length < 1 || commands.length < 4); i++)
        await new Promise((r) => setTimeout(r, 10));
      assert.deepEqual(commands, ['C', 'S4', 'O', 'T029C00F0800000186A0000027']);
      assert.equal(got.length, 1);
      assert.equal(got[0]?.id, 0x02a0f000);
      assert.equal(Buffer.from(got[0]?.data ?? []).toString('hex'), '0011223344556677');
      // the splitter the port uses is the codec's: nothing else parses the stream
      assert.ok(new SlcanSplitter());
    } finally {
      await port.close();
      await new Promise<void>((r) => adapter.close(() => r()));
      pair.close();
    }
  });
});
