/**
 * Pin conflicts in the `hal` section, checked at config load: every BCM pin in use belongs to one function, and no
 * function sits on the SPI0 or I2C1 pins that the chosen ADC needs. A table of the pin keys (add a line for a new
 * pin); a pin of -1 is "not fitted". The roles use different subsets, but one config file per board keeps them
 * apart anyway, so every fitted pin must be distinct.
 */

import type { ConfigProblem } from '../core/errors.js';
import type { Config } from './schema.js';

type Hal = Config['hal'];

/** Every pin key: dotted path under `hal` and how to read it (-1 or a disabled feature = not in use). */
export const PIN_KEYS: ReadonlyArray<[string, (h: Hal) => number]> = [
  ['hal.pwm.gpio', (h) => h.pwm.gpio],
  ['hal.contactor.gpio', (h) => h.contactor.gpio],
  ['hal.contactor.feedbackGpio', (h) => h.contactor.feedbackGpio],
  ['hal.precharge.gpio', (h) => h.precharge.gpio],
  ['hal.lock.gpio', (h) => h.lock.gpio],
  ['hal.lock.feedbackGpio', (h) => h.lock.feedbackGpio],
  ['hal.s2.gpio', (h) => h.s2.gpio],
  ['hal.pwmIn.gpio', (h) => h.pwmIn.gpio],
  ['hal.rcd.gpio', (h) => h.rcd.gpio],
  ['hal.estop.gpio', (h) => h.estop.gpio],
];

/** SPI0 (MCP3008: CE0 8, MISO 9, MOSI 10, SCLK 11; CE1 7) and I2C1 (ADS1115: SDA 2, SCL 3) header pins. */
const SPI0_PINS: readonly number[] = [7, 8, 9, 10, 11];
const I2C1_PINS: readonly number[] = [2, 3];

export function pinConflicts(hal: Hal): ConfigProblem[] {
  if (hal.backend === 'sim') return [];
  const problems: ConfigProblem[] = [];
  const owner = new Map<number, string>();
  const bus =
    hal.adc.type === 'mcp3008' || hal.pp.enable
      ? { pins: SPI0_PINS, name: 'SPI0 (MCP3008)' }
      : hal.adc.type === 'ads1115'
        ? { pins: I2C1_PINS, name: 'I2C1 (ADS1115)' }
        : undefined;
  for (const [key, get] of PIN_KEYS) {
    const pin = get(hal);
    if (pin < 0) continue;
    const first = owner.get(pin);
    if (first) problems.push({ key, message: `GPIO ${pin} is already used by ${first}` });
    else owner.set(pin, key);
    if (bus?.pins.includes(pin)) problems.push({ key, message: `GPIO ${pin} is a ${bus.name} pin` });
  }
  if (hal.pp.enable && hal.adc.type !== 'mcp3008') {
    problems.push({ key: 'hal.pp.enable', message: 'the PP is read through the MCP3008: set hal.adc.type: mcp3008' });
  }
  if (hal.pp.enable && hal.adc.type === 'mcp3008' && hal.pp.channel === hal.adc.channel) {
    problems.push({
      key: 'hal.pp.channel',
      message: `MCP3008 channel ${hal.pp.channel} is the CP channel (hal.adc.channel)`,
    });
  }
  return problems;
}
