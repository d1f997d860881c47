/**
 * Issue 13 D19: the gpiod-tools GPIO driver (for libgpiod 2 on Raspberry Pi OS Trixie, and 1.x) against an
 * emulation of gpioset/gpioget/gpiomon in each version's dialect: outputs requested at their safe level
 * (active-low aware), switched, released safe; inputs read and followed through edge events.
 */

import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { schema } from '../../../src/config/schema.js';
import { flattenSpec } from '../../../src/config/spec.js';
import { openRealEvseBoard, type RealHalOptions } from '../../../src/hal/real/board.js';
import { detectGpiodTools, parseGpiodVersion, parseGpiogetValue } from '../../../src/hal/real/gpiod-tools.js';
import { fakeLoader, fakeWorld } from './fakes.js';

const TOOL = join(fileURLToPath(new URL('.', import.meta.url)), 'fake-gpiod-tool.js');
const work = mkdtempSync(join(tmpdir(), 'piccs-gpiod-'));
after(() => rmSync(work, { recursive: true, force: true }));
mkdirSync(join(work, 'pwmchip0', 'pwm0'), { recursive: true });
writeFileSync(join(work, 'pwmchip0', 'export'), '');

function toolsDir(major: 1 | 2): { bin: string; state: string } {
  const bin = join(work, `bin${major}`);
  const state = join(work, `state${major}`);
  mkdirSync(bin, { recursive: true });
  mkdirSync(state, { recursive: true });
  for (const t of ['gpioset', 'gpioget', 'gpiomon']) {
    const p = join(bin, t);
    writeFileSync(
      p,
      `#!/bin/sh\nFAKE_GPIOD_MAJOR=${major} FAKE_GPIOD_STATE='${state}' exec '${process.execPath}' '${TOOL}' ${t} "$@"\n`,
    );
    chmodSync(p, 0o755);
  }
  return { bin, state };
}

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

async function until(what: string, cond: () => boolean, ms = 60_000) {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('gpiod tools: version and output parsing', () => {
  it('reads both versions and both gpioget formats', () => {
    assert.deepEqual(parseGpiodVersion('gpioset (libgpiod) v2.1.3'), { major: 2, version: '2.1.3' });
    assert.deepEqual(parseGpiodVersion('gpioset (libgpiod) v1.6.3'), { major: 1, version: '1.6.3' });
    assert.equal(parseGpiodVersion('nope'), undefined);
    assert.equal(parseGpiogetValue('1\n'), true);
    assert.equal(parseGpiogetValue('"25"=inactive\n'), false);
    assert.throws(() => parseGpiogetValue('??'));
  });
});

for (const major of [2, 1] as const) {
  describe(`gpiod-tools driver, libgpiod ${major}.x dialect`, () => {
    it('detects the version; contactor requested safe (active-low), switched, released safe; feedback followed', async () => {
      const { bin, state } = toolsDir(major);
      assert.equal((await detectGpiodTools(bin)).major, major);
      const logLines = () => {
        try {
          return readFileSync(join(state, 'log'), 'utf8').trim().split('\n');
        } catch {
          return [];
        }
      };
      writeFileSync(join(state, 'gpiochip0-25.level'), '0');
      const o = defaults();
      o.gpio.driver = 'gpiod-tools';
      o.contactor.activeLow = true;
      const b = await openRealEvseBoard(o, {
        loader: fakeLoader(fakeWorld()),
        sysfsPwmRoot: work,
        gpiodToolsDir: bin,
        // the emulated tools are node processes: far slower to start than the C tools
        gpiodHoldConfirmMs: 3000,
      });
      try {
        await until('the contactor request', () => logLines().some((l) => l.startsWith('request gpiochip0 23')));
        assert.equal(
          logLines().find((l) => l.startsWith('request gpiochip0 23')),
          'request gpiochip0 23 raw=1',
          'first request: raw high = open for an active-low driver',
        );
        assert.equal(
          logLines().find((l) => l.startsWith('request gpiochip0 24')),
          'request gpiochip0 24 raw=0',
        );
        b.contactor.set(true);
        await until('closed', () => logLines().includes('request gpiochip0 23 raw=0'));
        const i = logLines().indexOf('request gpiochip0 23 raw=0');
        assert.ok(
          logLines().slice(0, i).includes('release gpiochip0 23'),
          'old holder released before the new request',
        );
        assert.equal(b.contactorFeedback?.read(), false);
        // (an edge before gpiomon watches would be missed, as with the real tools: wait until it does)
        await until('gpiomon watching', () => logLines().includes('monitor gpiochip0 25'));
        writeFileSync(join(state, 'gpiochip0-25.level'), '1');
        await until('feedback edge', () => b.contactorFeedback?.read() === true);
      } finally {
        await b.close();
      }
      const lines = logLines();
      assert.equal(lines.filter((l) => l.startsWith('request gpiochip0 23')).at(-1), 'request gpiochip0 23 raw=1');
      assert.equal(lines.at(-1)?.startsWith('release'), true);
      assert.equal(readFileSync(join(state, 'gpiochip0-23.level'), 'utf8'), '1', 'the pin stays at the safe level');
    });
  });
}

describe('gpiod-tools driver errors', () => {
  it('missing tools: a HardwareError naming the package', async () => {
    await assert.rejects(detectGpiodTools(join(work, 'nowhere')), /apt-get install gpiod/);
  });
});
