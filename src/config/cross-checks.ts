/**
 * Checks that need more than one key (or the board this runs on): each rule names the keys it is about, so a problem
 * is listed by key like any other. Runs after every source (file, env, command line) was merged. Pure: the board, when
 * known, is passed in (the CLI reads it from /proc/device-tree/model).
 */

import type { ConfigProblem } from '../core/errors.js';
import type { Config } from './schema.js';

/**
 * BCM pins that can carry hardware PWM on the 40-pin header: PWM0 channel 0 on GPIO 12 (ALT0) or 18 (ALT5), channel 1
 * on GPIO 13 (ALT0) or 19 (ALT5) (BCM2835/BCM2711 ARM Peripherals, "Alternative Function Assignments"); the Pi 5's RP1
 * routes its PWM0 to the same four pins (RP1 peripherals datasheet, GPIO function table).
 */
export const HARDWARE_PWM_GPIOS: readonly number[] = [12, 13, 18, 19];

/** What the config check needs to know about the board (from doctor/pi.ts `parsePiModel`). */
export interface BoardFacts {
  /** The model string, for messages. */
  model: string;
  /** Whether the pigpio library supports this SoC (not the Pi 5). */
  pigpio: boolean;
  /** PWM channel of each hardware-PWM header pin on this board's PWM block. */
  pwmChannelOfGpio: Readonly<Record<number, number>>;
}

interface Rule {
  key: string;
  /** A problem message, or undefined when the config is fine. */
  check(c: Config, board: BoardFacts | undefined): string | undefined;
}

const RULES: readonly Rule[] = [
  {
    key: 'hal.pwm.gpio',
    check: (c) =>
      c.hal.backend !== 'sim' && !HARDWARE_PWM_GPIOS.includes(c.hal.pwm.gpio)
        ? `GPIO ${c.hal.pwm.gpio} has no hardware PWM (hal.backend ${c.hal.backend} needs one): use ${HARDWARE_PWM_GPIOS.join(', ')}`
        : undefined,
  },
  {
    key: 'hal.backend',
    check: (c, board) =>
      c.hal.backend === 'pigpio' && board && !board.pigpio
        ? `pigpio does not support this board (${board.model}): use hal.backend kernel`
        : undefined,
  },
  {
    key: 'hal.pwm.channel',
    check: (c, board) => {
      if (c.hal.backend !== 'kernel' || !board) return undefined;
      const want = board.pwmChannelOfGpio[c.hal.pwm.gpio];
      return want !== undefined && want !== c.hal.pwm.channel
        ? `GPIO ${c.hal.pwm.gpio} is PWM channel ${want} on this board (${board.model}), not ${c.hal.pwm.channel}: set hal.pwm.channel: ${want}`
        : undefined;
    },
  },
];

/** Every cross-key problem of a loaded config. */
export function crossCheck(c: Config, board?: BoardFacts): ConfigProblem[] {
  const out: ConfigProblem[] = [];
  for (const r of RULES) {
    const message = r.check(c, board);
    if (message) out.push({ key: r.key, message });
  }
  return out;
}
