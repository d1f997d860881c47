import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ManualClock } from '../../src/core/clock.js';
import {
  CARRIER_POLL_DEFAULT_MS,
  type CarrierState,
  describeCarrier,
  readCarrier,
  sysfsCarrierWatcher,
} from '../../src/netif/carrier.js';
import type { NetifReader } from '../../src/netif/netif.js';

/** sysfs as text: delete a key to make the read fail (EINVAL while admin down, ENOENT when the interface vanished). */
function sysfs(files: Record<string, string>): NetifReader & { files: Record<string, string>; reads: number } {
  const r = {
    files,
    reads: 0,
    readFile: (p: string) => {
      r.reads++;
      return files[p];
    },
    listInterfaces: () => [],
  };
  return r;
}

const up = () => sysfs({ '/sys/class/net/eth0/carrier': '1\n', '/sys/class/net/eth0/operstate': 'up\n' });

describe('carrier: one reading', () => {
  it('carrier 1 with operstate up (or unknown, as some drivers report) is up', () => {
    assert.deepEqual(readCarrier('eth0', up()), { iface: 'eth0', up: true, carrier: '1', operstate: 'up' });
    const r = up();
    r.files['/sys/class/net/eth0/operstate'] = 'unknown\n';
    assert.equal(readCarrier('eth0', r).up, true);
  });

  it('the modem lost power: carrier 0, operstate down', () => {
    const r = up();
    r.files['/sys/class/net/eth0/carrier'] = '0\n';
    r.files['/sys/class/net/eth0/operstate'] = 'down\n';
    const s = readCarrier('eth0', r);
    assert.equal(s.up, false);
    assert.equal(describeCarrier(s), 'carrier 0, operstate down');
  });

  it('a down operstate wins over a stale carrier 1 (veth peer down: lowerlayerdown)', () => {
    const r = up();
    r.files['/sys/class/net/eth0/operstate'] = 'lowerlayerdown\n';
    assert.equal(readCarrier('eth0', r).up, false);
  });

  it('an unreadable carrier (admin down gives EINVAL) or a vanished interface counts as down', () => {
    const r = up();
    delete r.files['/sys/class/net/eth0/carrier'];
    const s = readCarrier('eth0', r);
    assert.equal(s.up, false);
    assert.equal(s.carrier, undefined);
    assert.equal(describeCarrier(s), 'carrier unreadable, operstate up');
    assert.equal(readCarrier('wlan7', up()).up, false);
    assert.equal(readCarrier('../eth0', up()).up, false, 'a name with a slash reads nothing');
  });

  it('reads the live system: lo has a carrier, a missing interface is down', () => {
    assert.equal(readCarrier('lo').carrier, '1');
    assert.equal(readCarrier('lo').up, true);
    assert.equal(readCarrier('pc-no-such-if').up, false);
  });
});

describe('carrier: sysfs watcher on the injected clock', () => {
  function watch(r: ReturnType<typeof sysfs>, pollMs?: number) {
    const clock = new ManualClock();
    const seen: { at: number; s: CarrierState }[] = [];
    const stop = sysfsCarrierWatcher({ clock, reader: r, pollMs })('eth0', (s) => seen.push({ at: clock.now(), s }));
    return { clock, seen, stop };
  }

  it('reports the first reading at once, then nothing while it stays the same', () => {
    const r = up();
    const w = watch(r);
    assert.equal(w.seen.length, 1);
    assert.equal(w.seen[0]?.s.up, true);
    assert.equal(w.seen[0]?.at, 0);
    w.clock.advance(10_000);
    assert.equal(w.seen.length, 1);
    assert.equal(r.reads, 2 * (1 + 10_000 / CARRIER_POLL_DEFAULT_MS), 'two sysfs reads per poll, every 20 ms');
    w.stop();
  });

  it('sees carrier loss within one poll interval, and the carrier coming back', () => {
    const r = up();
    const w = watch(r);
    w.clock.advance(1005);
    r.files['/sys/class/net/eth0/carrier'] = '0\n';
    w.clock.advance(CARRIER_POLL_DEFAULT_MS);
    assert.equal(w.seen.length, 2);
    assert.equal(w.seen[1]?.s.up, false);
    assert.equal(w.seen[1]?.at, 1020, 'the first poll after the change');
    r.files['/sys/class/net/eth0/carrier'] = '1\n';
    w.clock.advance(CARRIER_POLL_DEFAULT_MS);
    assert.deepEqual(
      w.seen.map((x) => x.s.up),
      [true, false, true],
    );
    w.stop();
  });

  it('the interface vanishing counts as down; the poll interval is configurable', () => {
    const r = up();
    const w = watch(r, 5);
    delete r.files['/sys/class/net/eth0/carrier'];
    delete r.files['/sys/class/net/eth0/operstate'];
    w.clock.advance(5);
    assert.equal(w.seen[1]?.s.up, false);
    assert.equal(w.seen[1]?.at, 5);
    w.stop();
  });

  it('stop() cancels its timer (idempotent): no more reads, no more reports', () => {
    const r = up();
    const w = watch(r);
    assert.equal(w.clock.pending, 1);
    w.stop();
    w.stop();
    assert.equal(w.clock.pending, 0);
    const reads = r.reads;
    r.files['/sys/class/net/eth0/carrier'] = '0\n';
    w.clock.advance(1000);
    assert.equal(r.reads, reads);
    assert.equal(w.seen.length, 1);
  });
});
