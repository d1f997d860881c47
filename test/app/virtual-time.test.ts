import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runVirtual } from '../../src/app/virtual-time.js';
import { ManualClock } from '../../src/core/clock.js';

describe('runVirtual', () => {
  it('runs timer chains interleaved with promises until done, without real waiting', async () => {
    const clock = new ManualClock();
    let n = 0;
    const step = (): void => {
      clock.setTimeout(() => {
        n++;
        // a promise continuation schedules the next timer, like an async port would
        void Promise.resolve().then(() => {
          if (n < 100) step();
        });
      }, 1000);
    };
    step();
    const t0 = performance.now();
    const r = await runVirtual(clock, () => n >= 100, { speed: 0, maxSimMs: 1e9 });
    assert.equal(n, 100);
    assert.deepEqual(r, { timedOut: false, stalled: false, simMs: 100_000 });
    assert.ok(performance.now() - t0 < 5000);
  });

  it('reports a stall when nothing is pending and a timeout at maxSimMs', async () => {
    const c1 = new ManualClock();
    assert.equal((await runVirtual(c1, () => false, { speed: 0, maxSimMs: 10 })).stalled, true);
    const c2 = new ManualClock();
    const again = (): void => {
      c2.setTimeout(again, 7);
    };
    again();
    const r = await runVirtual(c2, () => false, { speed: 0, maxSimMs: 100 });
    assert.equal(r.timedOut, true);
    assert.equal(c2.now(), 100);
  });
});
