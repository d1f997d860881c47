/**
 * Config checks beyond single keys: the CP PWM pin against the backend and the board, and unknown PICCS_* variables
 * in the environment (rejected like unknown keys in a file), through loadConfig and `piccs config --check`.
 */

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { main } from '../../src/cli/main.js';
import { loadConfig } from '../../src/config/index.js';
import { ConfigError } from '../../src/core/errors.js';
import { parsePiModel } from '../../src/doctor/pi.js';
import { fakeIO } from '../helpers/fake-io.js';

const problems = (fn: () => unknown): Record<string, string> => {
  try {
    fn();
  } catch (err) {
    assert.ok(err instanceof ConfigError, String(err));
    return Object.fromEntries(err.problems.map((p) => [p.key, p.message]));
  }
  assert.fail('expected a ConfigError');
};

const pi4 = parsePiModel('Raspberry Pi 4 Model B Rev 1.4\0');
const pi5 = parsePiModel('Raspberry Pi 5 Model B Rev 1.0\0');

describe('config: the CP PWM pin', () => {
  it('rejects a pin without hardware PWM for the kernel and pigpio backends, not for sim', () => {
    for (const backend of ['kernel', 'pigpio']) {
      const p = problems(() => loadConfig({ overrides: { 'hal.backend': backend, 'hal.pwm.gpio': '5' } }));
      assert.match(p['hal.pwm.gpio'] ?? '', /GPIO 5 has no hardware PWM.*12, 13, 18, 19/);
    }
    assert.equal(loadConfig({ overrides: { 'hal.backend': 'sim', 'hal.pwm.gpio': '5' } }).config.hal.pwm.gpio, 5);
    for (const gpio of ['12', '13', '18', '19']) loadConfig({ overrides: { 'hal.pwm.gpio': gpio } });
  });

  it('checks the channel and the backend against the board', () => {
    assert.ok(pi4 && pi5);
    // GPIO 18 is channel 0 on a Pi 4 but channel 2 on a Pi 5 (RP1)
    loadConfig({ board: pi4, overrides: { 'hal.pwm.gpio': '18', 'hal.pwm.channel': '0' } });
    const p5 = problems(() => loadConfig({ board: pi5, overrides: { 'hal.pwm.gpio': '18', 'hal.pwm.channel': '0' } }));
    assert.match(p5['hal.pwm.channel'] ?? '', /channel 2 .*Raspberry Pi 5.*set hal\.pwm\.channel: 2/);
    loadConfig({ board: pi5, overrides: { 'hal.pwm.gpio': '18', 'hal.pwm.channel': '2' } });
    const pig = problems(() => loadConfig({ board: pi5, overrides: { 'hal.backend': 'pigpio' } }));
    assert.match(pig['hal.backend'] ?? '', /pigpio does not support this board/);
    loadConfig({ board: pi4, overrides: { 'hal.backend': 'pigpio' } });
  });

  it('piccs config --check hal.pwm.gpio=5: exit 2 naming the key', async () => {
    const t = fakeIO();
    assert.equal(await main(['config', '--check', '--set', 'hal.pwm.gpio=5'], t.io), 2);
    assert.match(t.err(), /hal\.pwm\.gpio: GPIO 5 has no hardware PWM/);
  });
});

describe('config: PICCS_* environment variables', () => {
  it('an unknown PICCS_* variable is a problem naming it and its section keys; every problem at once', () => {
    const p = problems(() =>
      loadConfig({ env: { PICCS_SLAC_MODES: 'off', PICCS_GENERL_LOGLEVEL: 'debug', PICCS_SESSION_MODE: 'xx' } }),
    );
    assert.match(p.PICCS_SLAC_MODES ?? '', /unknown environment variable.*PICCS_SLAC_MODE\b/);
    assert.match(p.PICCS_GENERL_LOGLEVEL ?? '', /unknown environment variable/);
    assert.match(p['session.mode'] ?? '', /PICCS_SESSION_MODE/);
  });

  it('known keys, the scripts and test variables, and other variables pass', () => {
    const { config } = loadConfig({
      env: {
        PICCS_SLAC_MODE: 'off',
        PICCS_CONFIG: '/etc/piccs/evse.yaml',
        PICCS_SYSFS: '/sys',
        PICCS_SHARED_DIR: '/x',
        PICCS_EXI_MODULE: '/y',
        HOME: '/root',
        PICCSX: '1',
      },
    });
    assert.equal(config.slac.mode, 'off');
  });

  it('piccs config --check with a misspelt variable: exit 2 naming it', async () => {
    const t = fakeIO({ PICCS_GENERAL_LOGLEVL: 'debug' });
    assert.equal(await main(['config', '--check'], t.io), 2);
    assert.match(t.err(), /PICCS_GENERAL_LOGLEVL: unknown environment variable/);
  });
});
