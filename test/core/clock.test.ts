import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ManualClock } from '../../src/core/clock.js';

describe('ManualClock', () => {
  it('fires timers in deadline order, equal deadlines in creation order', () => {
    const c = new ManualClock();
    const fired: string[] = [];
    c.setTimeout(() => fired.push('b'), 20);
    c.setTimeout(() => fired.push('a'), 10);
    c.setTimeout(() => fired.push('c'), 20);
    c.advance(15);
    assert.deepEqual(fired, ['a']);
    assert.equal(c.now(), 15);
    c.advance(5);
    assert.deepEqual(fired, ['a', 'b', 'c']);
  });

  it('fires timers scheduled while advancing if they fall due within the window', () => {
    const c = new ManualClock();
    const at: number[] = [];
    c.setTimeout(() => {
      at.push(c.now());
      c.setTimeout(() => at.push(c.now()), 5);
    }, 10);
    c.advance(100);
    assert.deepEqual(at, [10, 15]);
    assert.equal(c.now(), 100);
  });

  it('clearTimeout cancels', () => {
    const c = new ManualClock();
    let n = 0;
    const h = c.setTimeout(() => n++, 1);
    c.clearTimeout(h);
    c.advance(10);
    assert.equal(n, 0);
    assert.equal(c.pending, 0);
  });

  it('runNext jumps to the next deadline', () => {
    const c = new ManualClock(1000);
    let n = 0;
    c.setTimeout(() => n++, 250);
    assert.equal(c.runNext(), true);
    assert.equal(c.now(), 1250);
    assert.equal(n, 1);
    assert.equal(c.runNext(), false);
  });
});
