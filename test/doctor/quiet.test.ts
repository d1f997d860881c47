/**
 * iface.quiet ("link-local only"): an IPv4 or a routable IPv6 address on the PLC interface is named as a problem, with
 * the fake facts of a Pi and (as root) on a real veth interface in a network namespace with both kinds of address.
 */

import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { type DoctorReport, runDoctor } from '../../src/doctor/index.js';
import { createNetnsPair, NETNS_SKIP, type NetnsPair } from '../helpers/netns.js';
import { cfg, fakeFacts, healthyPi4 } from './fake-facts.js';

const MAIN = fileURLToPath(new URL('../../src/cli/main.js', import.meta.url));

const byId = (r: DoctorReport, id: string) => {
  const c = r.checks.find((x) => x.id === id);
  assert.ok(c, `check ${id} present`);
  return c;
};

const GLOBAL_V6 = '20010db8000000000000000000000007 02 40 00 80     eth0\n';

describe('doctor iface.quiet with addresses on the PLC interface', () => {
  it('link-local only passes', async () => {
    const r = await runDoctor({ facts: fakeFacts(healthyPi4()), config: cfg('evse') });
    assert.equal(byId(r, 'iface.quiet').status, 'pass');
  });

  it('an IPv4 and a global IPv6 address warn, each named, with the command that removes them', async () => {
    const base = healthyPi4();
    const facts = fakeFacts(
      healthyPi4({
        files: { '/proc/net/if_inet6': `${base.files?.['/proc/net/if_inet6']}${GLOBAL_V6}` },
        ipv4: { eth0: ['192.168.1.23'] },
      }),
    );
    const c = byId(await runDoctor({ facts, config: cfg('evse') }), 'iface.quiet');
    assert.equal(c.status, 'warn');
    assert.match(c.detail, /IPv4 192\.168\.1\.23/);
    assert.match(c.detail, /routable IPv6 2001:db8::7/);
    assert.doesNotMatch(c.detail, /link-local only/);
    assert.match(c.hint ?? '', /ip addr flush dev eth0 scope global/);
  });

  it('the link-local address itself and other interfaces do not count', async () => {
    const facts = fakeFacts(
      healthyPi4({
        files: {
          '/proc/net/if_inet6':
            'fe80000000000000dea632fffe0a0b0c 02 40 20 80     eth0\n20010db8000000000000000000000009 03 40 00 80    wlan0\n',
        },
        ipv4: { wlan0: ['10.0.0.5'] },
      }),
    );
    assert.equal(byId(await runDoctor({ facts, config: cfg('evse') }), 'iface.quiet').status, 'pass');
  });
});

describe('piccs doctor on a real interface with IPv4 and global IPv6 (network namespace)', { skip: NETNS_SKIP }, () => {
  let pair: NetnsPair | undefined;
  before(() => {
    pair = createNetnsPair({ tag: 'dq' });
    const a = pair.a;
    execFileSync('ip', ['-n', a.ns, 'addr', 'add', '10.77.0.1/24', 'dev', a.iface]);
    execFileSync('ip', ['-n', a.ns, '-6', 'addr', 'add', '2001:db8:77::1/64', 'dev', a.iface, 'nodad']);
  });
  after(() => pair?.destroy());

  const doctor = (ns: string, iface: string): DoctorReport => {
    const r = spawnSync('ip', ['netns', 'exec', ns, process.execPath, MAIN, 'doctor', '--json', '--iface', iface], {
      encoding: 'utf8',
    });
    const last = r.stdout.trim().split('\n').pop() ?? '';
    assert.ok(last.startsWith('{'), `doctor output: ${r.stdout}\n${r.stderr}`);
    return JSON.parse(last) as DoctorReport;
  };

  it('names both addresses; the other end (link-local only) does not mention any', () => {
    const p = pair as NetnsPair;
    const bad = byId(doctor(p.a.ns, p.a.iface), 'iface.quiet');
    assert.equal(bad.status, 'warn', JSON.stringify(bad));
    assert.match(bad.detail, /IPv4 10\.77\.0\.1/);
    assert.match(bad.detail, /routable IPv6 2001:db8:77::1/);
    const good = byId(doctor(p.b.ns, p.b.iface), 'iface.quiet');
    assert.doesNotMatch(good.detail, /IPv4|routable/, JSON.stringify(good));
  });
});
