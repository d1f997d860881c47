import assert from 'node:assert/strict';
import { networkInterfaces } from 'node:os';
import { describe, it } from 'node:test';
import { ManualClock } from '../../src/core/clock.js';
import { HardwareError } from '../../src/core/errors.js';
import {
  type NetifReader,
  parseIfInet6,
  readInterface,
  requireInterface,
  waitForLinkLocal,
} from '../../src/netif/netif.js';

/** /proc/net/if_inet6 as seen on a dev box: lo, eth0 (permanent fe80 + nodad global), plc0 tentative. */
const IF_INET6 = [
  '00000000000000000000000000000001 01 80 10 80       lo',
  'fe8000000000000000fc00fffe000001 04 40 20 80     eth0',
  'fd000000000000000000000000000002 04 40 00 82     eth0',
  'fe80000000000000e47483fffec5fda0 05 40 20 c0     plc0',
].join('\n');

function fakeReader(files: Record<string, string>): NetifReader & { files: Record<string, string> } {
  return {
    files,
    readFile: (p) => files[p],
    listInterfaces: () =>
      Object.keys(files)
        .filter((p) => p.endsWith('/flags'))
        .map((p) => p.split('/')[4] as string),
  };
}

function box(): ReturnType<typeof fakeReader> {
  return fakeReader({
    '/proc/net/if_inet6': IF_INET6,
    '/sys/class/net/eth0/flags': '0x1003\n',
    '/sys/class/net/eth0/address': '02:00:00:00:00:01\n',
    '/sys/class/net/eth0/operstate': 'up\n',
    '/sys/class/net/plc0/flags': '0x1003\n',
    '/sys/class/net/plc0/address': 'E6:74:83:C5:FD:A0\n',
    '/sys/class/net/plc0/operstate': 'up\n',
    '/sys/class/net/down0/flags': '0x1002\n',
    '/sys/class/net/down0/address': '02:00:00:00:00:02\n',
  });
}

describe('netif', () => {
  it('parses /proc/net/if_inet6', () => {
    const e = parseIfInet6(IF_INET6);
    assert.equal(e.length, 4);
    assert.deepEqual(e[1], {
      address: 'fe80::fc:ff:fe00:1',
      ifindex: 4,
      prefixLength: 64,
      scope: 0x20,
      flags: 0x80,
      ifname: 'eth0',
    });
  });

  it('reads MAC, state and a ready link-local address with its zone', () => {
    const i = requireInterface('eth0', box());
    assert.equal(i.mac, '02:00:00:00:00:01');
    assert.equal(i.linkLocal, 'fe80::fc:ff:fe00:1');
    assert.equal(i.linkLocalZoned, 'fe80::fc:ff:fe00:1%eth0');
    assert.equal(i.up, true);
  });

  it('reports a tentative address (DAD running) instead of using it', () => {
    const r = box();
    const i = readInterface('plc0', r);
    assert.equal(i.linkLocalState, 'tentative');
    assert.equal(i.mac, 'e6:74:83:c5:fd:a0');
    assert.throws(() => requireInterface('plc0', r), /still tentative/);
  });

  it('gives clear errors for a missing or down interface', () => {
    assert.throws(
      () => readInterface('nope0', box()),
      (e: unknown) => e instanceof HardwareError && /not found/.test(e.message) && /available: eth0/.test(e.message),
    );
    assert.throws(() => requireInterface('down0', box()), /is down.*\n.*ip link set down0 up/s);
    assert.throws(() => readInterface('../x', box()), HardwareError);
  });

  it('waits for DAD on the injected clock, then resolves', async () => {
    const r = box();
    const clock = new ManualClock();
    let done: string | undefined;
    const p = waitForLinkLocal('plc0', { clock, reader: r, pollMs: 50 }).then((i) => {
      done = i.linkLocalZoned;
    });
    clock.advance(1000);
    await Promise.resolve();
    assert.equal(done, undefined);
    // DAD done: tentative flag (0x40) clears
    r.files['/proc/net/if_inet6'] = IF_INET6.replace(' 20 c0     plc0', ' 20 80     plc0');
    clock.advance(50);
    await p;
    assert.equal(done, 'fe80::e474:83ff:fec5:fda0%plc0');
  });

  it('gives up after the timeout while still tentative, and fails at once on DAD failure', async () => {
    const clock = new ManualClock();
    const p = waitForLinkLocal('plc0', { clock, reader: box(), timeoutMs: 500 });
    clock.advance(600);
    await assert.rejects(p, /still tentative/);
    const r = box();
    r.files['/proc/net/if_inet6'] = IF_INET6.replace(' 20 c0     plc0', ' 20 c8     plc0');
    await assert.rejects(waitForLinkLocal('plc0', { clock, reader: r }), /duplicate address detection failed/);
  });

  it('reads the real loopback interface (no link-local address there)', () => {
    const lo = readInterface('lo');
    assert.equal(lo.up, true);
    assert.equal(lo.linkLocalState, 'none');
    assert.throws(() => requireInterface('lo'), /no IPv6 link-local address/);
    // any real interface with a permanent fe80 address agrees with os.networkInterfaces()
    for (const [name, addrs] of Object.entries(networkInterfaces())) {
      const ll = addrs?.find((a) => a.family === 'IPv6' && a.address.startsWith('fe80:'));
      if (!ll) continue;
      const info = readInterface(name);
      if (info.linkLocalState === 'ready') assert.equal(info.linkLocal, ll.address);
    }
  });
});
