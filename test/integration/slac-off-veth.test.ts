/**
 * SLAC off (slac.mode off / --slac off) for benches where the link already exists: `piccs evse` and `piccs pev` in two
 * network namespaces joined by a veth pair (root only), both with --slac off: the EVSE goes from B + 5 % straight to
 * SDP, the PEV sends SDP at once; DIN and ISO-2 complete, no SLAC frame is sent, the summary has no SLAC time.
 */

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createNetnsPair, NETNS_SKIP, type NetnsPair } from '../helpers/netns.js';
import { jsonLines, lastJson, runPiccs, type Summary } from './role-process.js';

describe('piccs evse vs piccs pev over veth with --slac off', { skip: NETNS_SKIP }, () => {
  let pair: NetnsPair | undefined;

  before(() => {
    pair = createNetnsPair({ tag: 'so' });
  });

  after(() => {
    pair?.destroy();
  });

  for (const protocol of ['din', 'iso2'] as const) {
    it(`${protocol}: both sides skip SLAC and complete the session`, async () => {
      const p = pair as NetnsPair;
      const common = ['--hw', 'sim', '--slac', 'off', '--once', '--json', '--protocol', protocol];
      const sets = ['--set', 'session.chargeSeconds=1', '--set', 'general.logLevel=debug'];
      const t0 = Date.now();
      const evse = runPiccs(p.a.ns, ['evse', '--iface', p.a.iface, ...common, ...sets]);
      await evse.waitFor('SECC listening');
      const pev = runPiccs(p.b.ns, ['pev', '--iface', p.b.iface, ...common, ...sets]);
      const [ec, pc] = await Promise.all([evse.code, pev.code]);
      assert.equal(pc, 0, `pev exit ${pc}\n${pev.stdout()}\n${pev.stderr().slice(-4000)}`);
      assert.equal(ec, 0, `evse exit ${ec}\n${evse.stdout()}\n${evse.stderr().slice(-4000)}`);
      const car: Summary = lastJson(pev.stdout());
      const charger: Summary = lastJson(evse.stdout());
      for (const s of [car, charger]) {
        assert.equal(s.ok, true, JSON.stringify(s));
        assert.equal(s.protocol, protocol);
        assert.equal(s.slacMs, null, 'no SLAC ran');
        assert.ok(typeof s.sdpMs === 'number' && s.sdpMs >= 0, `sdpMs ${s.sdpMs}`);
        assert.ok(Number((s.messages as Record<string, number>).CurrentDemandReq) > 0, JSON.stringify(s.messages));
      }
      assert.deepEqual(charger.messages, car.messages);
      for (const [side, stderr] of [
        ['EVSE', evse.stderr()],
        ['PEV', pev.stderr()],
      ] as const) {
        const lines = jsonLines(stderr);
        // the session went from the 5 % PWM straight to SDP: never in SLAC matching, no SLAC frame sent or read
        const states = lines.filter((l) => l.msg === 'session state').map((l) => JSON.stringify(l.state));
        assert.ok(!states.some((s) => s.includes('matching')), `${side} states: ${states.join(' ')}`);
        assert.ok(states.length > 2, `${side} logged its states`);
        const slac = lines.filter((l) => String(l.mod ?? '').startsWith('slac') || l.mme !== undefined);
        assert.deepEqual(slac, [], `${side}: no SLAC lines`);
        const started = lines.find((l) => typeof l.msg === 'string' && l.msg.endsWith('role started'));
        assert.equal(started?.slac, 'off', `${side} says SLAC is off at start`);
      }
      console.log(
        `# ${protocol} SLAC off: ${Date.now() - t0} ms wall; sdp ${car.sdpMs} ms, first CurrentDemand ${car.firstCurrentDemandMs} ms after plug-in`,
      );
    });
  }
});
