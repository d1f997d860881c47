import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ManualClock } from '../../src/core/clock.js';
import { HardwareError } from '../../src/core/errors.js';
import { startSeccComm } from '../../src/v2gtp/comm.js';

describe('comm setup errors', () => {
  it('startSeccComm on a missing interface fails at once with an actionable HardwareError', async () => {
    await assert.rejects(
      startSeccComm({ iface: 'nosuchif0', clock: new ManualClock(), onConnection: () => {} }),
      (e: unknown) =>
        e instanceof HardwareError && /nosuchif0' not found/.test(e.message) && /available:/.test(e.message),
    );
  });

  it('startSeccComm on an interface without a link-local address fails after the DAD wait', async () => {
    const clock = new ManualClock();
    const p = startSeccComm({ iface: 'lo', clock, dadTimeoutMs: 200, onConnection: () => {} });
    clock.advance(300);
    await assert.rejects(p, (e: unknown) => e instanceof HardwareError && /no IPv6 link-local address/.test(e.message));
  });
});
