/**
 * Issue 15.3: every output line starts at its safe level from the first instant, for each GPIO driver and for
 * active-high and active-low drivers: the first level the pin ever drives is the inactive one (contactor and
 * precharge open on the EVSE, S2 open on the PEV), and it never shows the active level until commanded.
 * The fakes model each driver's semantics: gpiochip requests with a default value, sysfs 'high'/'low'
 * directions are raw levels, pigpio's set-mode drives the level latch (here left active by a "crashed run").
 */

import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { schema } from '../../../src/config/schema.js';
import { flattenSpec } from '../../../src/config/spec.js';
import { openRealEvseBoard, openRealPevBoard, type RealHalOptions } from '../../../src/hal/real/board.js';
import { fakeLoader, fakeWorld } from './fakes.js';

const root = mkdtempSync(join(tmpdir(), 'piccs-glitch-'));
after(() => rmSync(root, { recursive: true, force: true }));
mkdirSync(join(root, 'pwmchip0', 'pwm0'), { recursive: true });
writeFileSync(join(root, 'pwmchip0', 'export'), '');

function defaults(): RealHalOptions {
  const out: Record<string, unknown> = {};
  for (const [path, spec] of flattenSpec(schema.hal)) {
    const keys = path.split('.');
    let o = out;
    for (const k of keys.slice(0, -1)) {
      if (!o[k]) o[k] = {};
      o = o[k] as Record<string, unknown>;
    }
    o[keys.at(-1) as string] = spec.default;
  }
  return structuredClone(out) as unknown as RealHalOptions;
}

const DRIVERS = ['gpiochip', 'onoff', 'pigpio'] as const;

describe('outputs are requested at their safe level (no glitch)', () => {
  for (const driver of DRIVERS) {
    for (const activeLow of [false, true]) {
      it(`${driver}, ${activeLow ? 'active-low' : 'active-high'} contactor and S2: first level = inactive`, async () => {
        const safe = activeLow ? 1 : 0;
        const w = fakeWorld();
        // a previous run crashed with the contactor and S2 closed: the pigpio latches hold the active level
        w.latch.set(23, 1 - safe);
        w.latch.set(22, 1 - safe);
        const o = defaults();
        o.gpio.driver = driver;
        if (driver === 'pigpio') o.backend = 'pigpio';
        o.contactor.activeLow = activeLow;
        o.s2.activeLow = activeLow;
        o.watchdog.gpio = 26;
        const b = await openRealEvseBoard(o, { loader: fakeLoader(w), sysfsPwmRoot: root });
        assert.deepEqual(w.history.get(23), [safe], `contactor levels ${JSON.stringify(w.history.get(23))}`);
        assert.deepEqual(w.history.get(24), [0], 'precharge');
        assert.deepEqual(w.history.get(26), [0], 'watchdog heartbeat starts low');
        assert.ok(b.heartbeat);
        b.contactor.set(true);
        assert.deepEqual(w.history.get(23), [safe, 1 - safe]);
        await b.close();
        assert.equal(w.history.get(23)?.at(-1), safe);

        const p = await openRealPevBoard(o, { loader: fakeLoader(w), sysfsPwmRoot: root });
        assert.deepEqual(w.history.get(22), [safe], `S2 levels ${JSON.stringify(w.history.get(22))}`);
        await p.close();
      });
    }
  }
});
