/** The cap adapter's failure paths and filters (opening a real interface needs root: see slac-veth.test.ts). */

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fromHex } from '../../src/core/bytes.js';
import { HardwareError } from '../../src/core/errors.js';
import { interfaceMac, openPcapPort, slacFilter } from '../../src/link/pcap.js';

describe('cap adapter', () => {
  it('builds the SLAC BPF filter that excludes our own frames', () => {
    assert.equal(slacFilter(fromHex('02000000000a')), 'ether proto 0x88e1 and not ether src 02:00:00:00:00:0a');
  });

  it('reads an interface MAC from sysfs', { skip: process.platform !== 'linux' && 'Linux only' }, () => {
    assert.equal(interfaceMac('lo').toString('hex'), '000000000000');
  });

  it('names the existing interfaces when the one asked for is missing', {
    skip: process.platform !== 'linux' && 'Linux only',
  }, async () => {
    await assert.rejects(
      openPcapPort({ iface: 'nosuchif0' }),
      (e: unknown) =>
        e instanceof HardwareError && /not found/.test(e.message) && /interfaces here: .*lo/.test(e.message),
    );
  });
});
