/** Pin conflicts are config problems at load, listed by key (src/config/pins.ts). */

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadConfig } from '../../src/config/load.js';
import { ConfigError } from '../../src/core/errors.js';

function problems(overrides: Record<string, unknown>): { key: string; message: string }[] {
  try {
    loadConfig({ overrides });
    return [];
  } catch (err) {
    assert.ok(err instanceof ConfigError, String(err));
    return err.problems;
  }
}

describe('config: pin conflicts', () => {
  it('the defaults have none', () => assert.deepEqual(problems({}), []));

  it('a pin used twice names the second key and the first owner', () => {
    const p = problems({ 'hal.estop.gpio': 23, 'hal.rcd.gpio': 5 });
    assert.deepEqual(p, [{ key: 'hal.estop.gpio', message: 'GPIO 23 is already used by hal.contactor.gpio' }]);
  });

  it('SPI pins are taken with the MCP3008, I2C pins with the ADS1115', () => {
    assert.match(problems({ 'hal.lock.feedbackGpio': 9 })[0]?.message ?? '', /SPI0/);
    assert.deepEqual(problems({ 'hal.adc.type': 'ads1115', 'hal.lock.feedbackGpio': 9 }), []);
    assert.match(problems({ 'hal.adc.type': 'ads1115', 'hal.rcd.gpio': 3 })[0]?.message ?? '', /I2C1/);
  });

  it('PP needs the MCP3008 and its own channel; every problem is listed at once', () => {
    const p = problems({ 'hal.pp.enable': true, 'hal.pp.channel': 0, 'hal.estop.gpio': 18, 'hal.rcd.gpio': 18 });
    assert.deepEqual(
      p.map((x) => x.key),
      ['hal.rcd.gpio', 'hal.estop.gpio', 'hal.pp.channel'],
    );
    assert.deepEqual(
      problems({ 'hal.pp.enable': true, 'hal.adc.type': 'ads1115' }).map((x) => x.key),
      ['hal.pp.enable'],
    );
  });

  it('the pins of the schematic in hw/ (config/evse.yaml comment) load without conflict', () => {
    const pins = { 'hal.lock.gpio': 27, 'hal.lock.feedbackGpio': 5, 'hal.rcd.gpio': 6, 'hal.estop.gpio': 26 };
    assert.deepEqual(problems({ ...pins, 'hal.pp.enable': true, 'hal.pp.channel': 1 }), []);
  });

  it('the sim backend has no pins to conflict', () => {
    assert.deepEqual(problems({ 'hal.backend': 'sim', 'hal.estop.gpio': 23 }), []);
  });
});
