/** Heartbeat timing and the systemd watchdog interval, on a simulated clock. */

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ManualClock } from '../../../src/core/clock.js';
import {
  HEARTBEAT_TOGGLE_MS,
  startHeartbeat,
  startWatchdog,
  systemdWatchdogMs,
  WATCHDOG_MONOSTABLE_MS,
} from '../../../src/hal/watchdog/index.js';

describe('heartbeat', () => {
  it('a rising edge every 2 x HEARTBEAT_TOGGLE_MS, well inside the monostable period; low when stopped', () => {
    const clock = new ManualClock();
    const levels: Array<[number, boolean]> = [];
    let v = false;
    const pin = {
      set: (on: boolean) => {
        v = on;
        levels.push([clock.now(), on]);
      },
      get: () => v,
    };
    const hb = startHeartbeat(pin, clock);
    clock.advance(500);
    const rises = levels.filter(([, on]) => on).map(([t]) => t);
    assert.equal(rises.length, 500 / (2 * HEARTBEAT_TOGGLE_MS) + 1);
    assert.ok(2 * HEARTBEAT_TOGGLE_MS * 3 < WATCHDOG_MONOSTABLE_MS, 'three rising edges per monostable period');
    assert.ok(WATCHDOG_MONOSTABLE_MS < 1000);
    hb.stop();
    const n = levels.length;
    clock.advance(500);
    assert.equal(levels.length, n, 'no edge after stop');
    assert.equal(v, false);
  });

  it('systemd watchdog interval from WATCHDOG_USEC, only for the PID systemd meant', () => {
    assert.equal(systemdWatchdogMs({ WATCHDOG_USEC: '1000000' }), 1000);
    assert.equal(systemdWatchdogMs({ WATCHDOG_USEC: '1000000', WATCHDOG_PID: '1' }, 2), undefined);
    assert.equal(systemdWatchdogMs({}), undefined);
    const w = startWatchdog({ env: {}, clock: new ManualClock() });
    assert.equal(w.pingMs, undefined, 'no NOTIFY_SOCKET: nothing to do');
    w.stop();
  });
});
