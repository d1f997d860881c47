/**
 * The few hal settings the doctor needs, read from the loaded config in one place. The hal section is
 * owned by the CP/hal code (src/config/sections/hal.ts); this file only maps its keys to what the checks
 * look at, and falls back to the documented defaults (hw/wiring.md) when a key is absent.
 */

export type HalBackend = 'sim' | 'kernel' | 'pigpio';
export type AdcKind = 'mcp3008' | 'ads1115' | 'none';

export interface HalView {
  backend: HalBackend;
  /** BCM number of the CP PWM output (EVSE). */
  pwmGpio: number;
  /** Configured /sys/class/pwm/pwmchip<N> and channel (kernel backend); undefined = not configured. */
  pwmChip?: number;
  pwmChannel?: number;
  /** /dev/<gpioChip> for the gpiochip backend; '' = find the header's chip by label. */
  gpioChip: string;
  /** Digital I/O driver of the kernel backend (hal.gpio.driver). */
  gpioDriver: 'gpiochip' | 'gpiod-tools' | 'onoff' | 'pigpio';
  adc: AdcKind;
  /** SPI device of an MCP3008. */
  spiDevice: string;
  /** I2C bus number of an ADS1115. */
  i2cBus: number;
  /** True when the config has a hal section (otherwise these are the documented defaults). */
  fromConfig: boolean;
}

export const HAL_DEFAULTS: HalView = {
  backend: 'kernel',
  pwmGpio: 18,
  gpioChip: '',
  gpioDriver: 'gpiochip',
  adc: 'mcp3008',
  spiDevice: '/dev/spidev0.0',
  i2cBus: 1,
  fromConfig: false,
};

function at(obj: unknown, path: string): unknown {
  let cur = obj;
  for (const p of path.split('.')) {
    if (!cur || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[p];
  }
  return cur;
}

function pickString<T extends string>(v: unknown, allowed: readonly T[], def: T): T {
  return typeof v === 'string' && (allowed as readonly string[]).includes(v) ? (v as T) : def;
}

/** First defined value among candidate key paths (tolerates the hal section's naming). */
function first(config: unknown, paths: readonly string[]): unknown {
  for (const p of paths) {
    const v = at(config, p);
    if (v !== undefined) return v;
  }
  return undefined;
}

export function halView(config: unknown): HalView {
  const hal = at(config, 'hal');
  if (!hal || typeof hal !== 'object') return { ...HAL_DEFAULTS };
  const num = (v: unknown, d: number): number => (typeof v === 'number' && Number.isFinite(v) ? v : d);
  const optNum = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
  const pwmChip = optNum(first(config, ['hal.pwm.chip']));
  const pwmChannel = optNum(first(config, ['hal.pwm.channel']));
  const str = (v: unknown, d: string): string => (typeof v === 'string' ? v : d);
  return {
    backend: pickString(first(config, ['hal.backend']), ['sim', 'kernel', 'pigpio'], HAL_DEFAULTS.backend),
    pwmGpio: num(first(config, ['hal.pwm.gpio', 'hal.pwm.pin', 'hal.pwmGpio']), HAL_DEFAULTS.pwmGpio),
    gpioChip: str(first(config, ['hal.gpio.chip', 'hal.gpioChip']), HAL_DEFAULTS.gpioChip),
    gpioDriver: pickString(
      first(config, ['hal.gpio.driver']),
      ['gpiochip', 'gpiod-tools', 'onoff', 'pigpio'],
      HAL_DEFAULTS.gpioDriver,
    ),
    adc: pickString(
      first(config, ['hal.adc.type', 'hal.adc.kind', 'hal.adc']),
      ['mcp3008', 'ads1115', 'none'],
      'mcp3008',
    ),
    spiDevice: str(first(config, ['hal.adc.spiDevice', 'hal.spi.device']), HAL_DEFAULTS.spiDevice),
    i2cBus: num(first(config, ['hal.adc.i2cBus', 'hal.i2c.bus']), HAL_DEFAULTS.i2cBus),
    fromConfig: true,
    ...(pwmChip !== undefined ? { pwmChip } : {}),
    ...(pwmChannel !== undefined ? { pwmChannel } : {}),
  };
}
