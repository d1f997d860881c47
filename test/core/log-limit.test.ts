/** The per-kind log rate limit on a simulated clock: burst, "suppressed N" summary at the window end, kinds apart. */

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ManualClock } from '../../src/core/clock.js';
import { memoryLogger } from '../../src/core/log.js';
import { LOG_LIMIT_BURST, LOG_LIMIT_WINDOW_MS, LogLimiter } from '../../src/core/log-limit.js';

describe('LogLimiter', () => {
  it('logs the first lines of a kind, counts the rest and sums them up once when the window ends', () => {
    const clock = new ManualClock();
    const { log, lines } = memoryLogger('debug');
    const l = new LogLimiter({ clock });
    for (let i = 0; i < 100; i++) {
      l.line(log, 'SDP request', 'info', { n: i }, 'SDP request answered');
      clock.advance(10);
    }
    assert.equal(lines.length, LOG_LIMIT_BURST);
    assert.deepEqual(
      lines.map((x) => x.n),
      [0, 1, 2, 3, 4],
    );
    assert.equal(l.pending('SDP request'), 100 - LOG_LIMIT_BURST);
    clock.advance(LOG_LIMIT_WINDOW_MS);
    assert.equal(lines.length, LOG_LIMIT_BURST + 1);
    const summary = lines.at(-1) as Record<string, unknown>;
    assert.equal(summary.suppressed, 95);
    assert.equal(summary.kind, 'SDP request');
    assert.equal(summary.level, 30);
    assert.match(String(summary.msg), /^suppressed 95 more 'SDP request' line\(s\) in 10 s$/);
    // a new window logs again
    l.line(log, 'SDP request', 'info', { n: 'next' }, 'SDP request answered');
    assert.equal(lines.at(-1)?.n, 'next');
  });

  it('kinds are limited apart; the summary takes the highest level held back', () => {
    const clock = new ManualClock();
    const { log, lines } = memoryLogger('debug');
    const l = new LogLimiter({ clock, burst: 1, windowMs: 1000 });
    l.line(log, 'a', 'info', {}, 'a');
    l.line(log, 'b', 'info', {}, 'b');
    l.line(log, 'a', 'info', {}, 'a');
    l.line(log, 'a', 'warn', {}, 'a');
    assert.deepEqual(
      lines.map((x) => x.msg),
      ['a', 'b'],
    );
    clock.advance(1000);
    assert.equal(lines.length, 3);
    assert.equal(lines[2]?.level, 40);
    assert.equal(lines[2]?.suppressed, 2);
  });

  it('no summary without suppression; a quiet kind starts a new window after windowMs', () => {
    const clock = new ManualClock();
    const { log, lines } = memoryLogger('debug');
    const l = new LogLimiter({ clock, burst: 2, windowMs: 1000 });
    for (let i = 0; i < 6; i++) {
      l.line(log, 'k', 'info', {}, 'k');
      clock.advance(600);
    }
    assert.equal(lines.length, 6, 'two lines per 1.2 s never exceed two per window');
    assert.equal(clock.pending, 0);
  });

  it('close() writes the pending summary at once and stops its timer', () => {
    const clock = new ManualClock();
    const { log, lines } = memoryLogger('debug');
    const l = new LogLimiter({ clock, burst: 1 });
    l.line(log, 'TCP connect', 'info', {}, 'car connected');
    l.line(log, 'TCP connect', 'info', {}, 'car connected');
    l.close();
    assert.equal(lines.length, 2);
    assert.equal(lines[1]?.suppressed, 1);
    assert.equal(clock.pending, 0);
  });
});
