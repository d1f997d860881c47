/**
 * Which libgpiod this system has and whether the configured GPIO driver can use it (issue 13 D19): node-libgpiod
 * 0.5 is written against libgpiod 1.x (libgpiod.so.2, Raspberry Pi OS Bookworm); Trixie ships libgpiod 2
 * (libgpiod.so.3), where piccs uses the gpioset/gpioget/gpiomon tools instead (hal.gpio.driver: gpiod-tools).
 */

import type { Check, DoctorContext } from '../types.js';
import { fail, hardwareSkip, pass, skip } from './result.js';

const LIB_DIRS = [
  '/usr/lib/aarch64-linux-gnu',
  '/usr/lib/arm-linux-gnueabihf',
  '/usr/lib/x86_64-linux-gnu',
  '/usr/lib',
];
const TOOLS = ['/usr/bin/gpioset', '/usr/bin/gpioget', '/usr/bin/gpiomon'];

/** libgpiod majors found by their shared library: libgpiod.so.2 = 1.x, libgpiod.so.3 = 2.x. */
export function libgpiodMajors(ctx: Pick<DoctorContext, 'facts'>): Set<1 | 2> {
  const found = new Set<1 | 2>();
  for (const dir of LIB_DIRS) {
    for (const name of ctx.facts.listDir(dir) ?? []) {
      const m = /^libgpiod\.so\.(\d+)/.exec(name);
      if (m?.[1] === '2') found.add(1);
      if (m?.[1] === '3') found.add(2);
    }
  }
  return found;
}

export const libgpiod: Check = {
  id: 'gpio.libgpiod',
  title: 'libgpiod version and GPIO driver',
  run(ctx) {
    const why = hardwareSkip(ctx);
    if (why) return skip(this, why);
    if (ctx.hal.backend !== 'kernel') return skip(this, `hal.backend ${ctx.hal.backend} does not use libgpiod`);
    const driver = ctx.hal.gpioDriver;
    if (driver !== 'gpiochip' && driver !== 'gpiod-tools') return skip(this, `hal.gpio.driver is ${driver}`);
    const majors = libgpiodMajors(ctx);
    const have = [...majors].map((m) => `${m}.x`).join(' and ') || 'none found';
    const tools = TOOLS.every((t) => ctx.facts.exists(t));
    if (driver === 'gpiod-tools') {
      if (!tools) {
        return fail(
          this,
          `hal.gpio.driver gpiod-tools, but ${TOOLS.join(', ')} are missing`,
          'sudo apt-get install gpiod',
        );
      }
      return pass(this, `gpiod tools present (libgpiod ${have})`);
    }
    if (majors.has(2) && !majors.has(1)) {
      return fail(
        this,
        'libgpiod 2 (Raspberry Pi OS Trixie): node-libgpiod 0.5 speaks libgpiod 1.x only',
        'set hal.gpio.driver: gpiod-tools (uses gpioset/gpioget/gpiomon; sudo apt-get install gpiod)',
      );
    }
    if (majors.has(1)) return pass(this, `libgpiod 1.x: node-libgpiod can use it`);
    return skip(this, 'no libgpiod shared library found (hal.modules says whether node-libgpiod loads)');
  },
};
