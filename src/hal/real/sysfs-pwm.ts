/**
 * CP generator on the kernel's hardware PWM through sysfs (/sys/class/pwm/pwmchipN/pwmM): works on every
 * Raspberry Pi including the 5 (dtoverlay=pwm or pwm-2chan). No native addon: plain file writes, so the
 * adapter is synchronous and testable against a fake directory (`root`).
 * Constant levels use 0 % / 100 % duty with the channel enabled (a disabled channel's pin level is
 * undefined on some chips). `invert` is for an inverting op-amp stage.
 */

import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HardwareError } from '../../core/errors.js';
import type { PwmOutput } from '../ports.js';

export interface SysfsPwmOptions {
  chip: number;
  channel: number;
  frequencyHz: number;
  invert: boolean;
  /** Default /sys/class/pwm. */
  root?: string;
}

export interface SysfsPwm extends PwmOutput {
  close(): void;
}

const HINT =
  'enable the hardware PWM overlay (e.g. dtoverlay=pwm,pin=18,func=2 in /boot/firmware/config.txt), check hal.pwm.chip/channel with `ls /sys/class/pwm`, and give the user write access (udev rule or group gpio)';

export function openSysfsPwm(o: SysfsPwmOptions): SysfsPwm {
  const root = o.root ?? '/sys/class/pwm';
  const chipDir = join(root, `pwmchip${o.chip}`);
  const dir = join(chipDir, `pwm${o.channel}`);
  const write = (file: string, value: string | number) => {
    try {
      writeFileSync(join(dir, file), String(value));
    } catch (err) {
      throw new HardwareError(`sysfs PWM: cannot write ${join(dir, file)}: ${(err as Error).message}`, HINT);
    }
  };
  if (!existsSync(chipDir)) throw new HardwareError(`sysfs PWM: ${chipDir} does not exist`, HINT);
  if (!existsSync(dir)) {
    try {
      writeFileSync(join(chipDir, 'export'), String(o.channel));
    } catch (err) {
      throw new HardwareError(`sysfs PWM: cannot export channel ${o.channel}: ${(err as Error).message}`, HINT);
    }
  }
  const periodNs = Math.round(1e9 / o.frequencyHz);
  // duty_cycle must never exceed period: clear it before setting the period.
  write('duty_cycle', 0);
  write('period', periodNs);
  const setFraction = (f: number) => {
    const frac = o.invert ? 1 - f : f;
    write('duty_cycle', Math.round(Math.min(1, Math.max(0, frac)) * periodNs));
  };
  setFraction(0); // safe output first: -12 V (state F)
  write('enable', 1);
  return {
    setDuty: (percent) => setFraction(percent / 100),
    off: () => setFraction(0),
    constantHigh: () => setFraction(1),
    close: () => {
      setFraction(0);
    },
  };
}
