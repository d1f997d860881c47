import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { percentile, percentiles, SummaryRecorder } from '../../src/app/summary.js';

describe('summary', () => {
  it('nearest-rank percentiles', () => {
    const v = Array.from({ length: 100 }, (_, i) => i + 1);
    assert.equal(percentile(v, 50), 50);
    assert.equal(percentile(v, 99), 99);
    assert.equal(percentile([], 50), 0);
    assert.deepEqual(percentiles([3, 1, 2]), { p50: 2, p99: 3, max: 3 });
  });

  it('builds the DESIGN.md summary shape, with fault fields only for faults', () => {
    const r = new SummaryRecorder();
    r.pluggedAt = 0;
    r.slacStartAt = 100;
    r.slacMatchedAt = 900;
    r.sdpStartAt = 950;
    r.sdpDoneAt = 1000;
    r.firstChargeLoopAt = 4000;
    r.chargeLoopCount = 3;
    r.energyWh = 1.23456;
    r.responseMs.push(0.5, 0.7, 1.2);
    r.countMessage('CurrentDemandReq');
    r.countMessage('CurrentDemandReq');
    // before the handshake chose one, no protocol (not the one asked for)
    assert.equal(r.build({ ok: false, mode: 'dc' }).protocol, null);
    r.protocol = 'din';
    const ok = r.build({ ok: true, mode: 'dc' });
    assert.deepEqual(Object.keys(ok), [
      'ok',
      'protocol',
      'mode',
      'slacMs',
      'sdpMs',
      'firstCurrentDemandMs',
      'chargeLoopCount',
      'energyWh',
      'secc',
      'messages',
    ]);
    assert.equal(ok.slacMs, 800);
    assert.equal(ok.sdpMs, 50);
    assert.equal(ok.firstCurrentDemandMs, 4000);
    assert.equal(ok.energyWh, 1.235);
    assert.deepEqual(ok.messages, { CurrentDemandReq: 2 });
    r.faultAt = 5000;
    r.contactorOpenAt = 5040;
    r.reacted(4990); // before the fault: not a reaction to it
    r.reacted(5012);
    r.reacted(5030); // only the first counts
    const f = r.build({ ok: false, mode: 'dc', reason: 'unplugged' }, { name: 'unplug', safe: true });
    assert.equal(f.safe, true);
    assert.equal(f.fault, 'unplug');
    assert.equal(f.contactorOpenMs, 40);
    assert.equal(f.faultDetectedMs, 12);
    assert.equal(f.reason, 'unplugged');
  });
});
