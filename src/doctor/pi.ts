/**
 * Which Raspberry Pi this is, and what that means for the hardware backends (hw/wiring.md has the same
 * table for people). Pure: takes the text of /proc/device-tree/model, returns a description.
 *
 * Facts behind the table:
 * - pigpio drives the BCM283x/BCM2711 peripherals directly; it does not support the Pi 5, whose GPIO and
 *   PWM live on the RP1 south bridge (DESIGN.md "Hardware notes").
 * - The kernel backends (pwmchip sysfs via the `pwm` overlay, gpiochip character device) work on every model.
 * - The PWM block's device-tree node name tells which /sys/class/pwm/pwmchipN belongs to the header pins:
 *   the numbering N differs between models and kernels (on the Pi 5 the fan uses another RP1 PWM).
 */

export type Soc = 'bcm2835' | 'bcm2836' | 'bcm2837' | 'bcm2711' | 'bcm2712';

export interface PiBoard {
  /** The model string as the firmware reports it. */
  model: string;
  soc: Soc;
  /** Rough generation for messages: 1..5 (Zero = 1, Zero 2 = 3, 400/CM4 = 4, 500/CM5 = 5). */
  generation: number;
  /** Whether the pigpio C library supports this SoC. */
  pigpio: boolean;
  /** Device-tree node of the PWM block that can reach GPIO 12/13/18/19 (part of the pwmchip's real path). */
  pwmNode: string;
  /** The hal backend we recommend on this model. */
  recommendedBackend: 'kernel' | 'pigpio';
  /** PWM channel numbers of the header pins on that PWM block (the channel differs on the Pi 5). */
  pwmChannelOfGpio: Readonly<Record<number, number>>;
  /** `func=` value of the `pwm` overlay for each PWM-capable header pin (legacy brcm numbering). */
  overlayFuncOfGpio: Readonly<Record<number, number>>;
}

// brcm,function numbering used by the `pwm`/`pwm-2chan` overlays: 4 = ALT0 (GPIO 12/13), 2 = ALT5 (GPIO 18/19).
// The Pi 5's RP1 pinctrl driver translates these legacy numbers to its own PWM functions.
const OVERLAY_FUNC: Readonly<Record<number, number>> = { 12: 4, 13: 4, 18: 2, 19: 2 };
// BCM283x/2711: PWM0 channel 0 on GPIO 12 or 18, channel 1 on GPIO 13 or 19.
const BCM_CHANNELS: Readonly<Record<number, number>> = { 12: 0, 13: 1, 18: 0, 19: 1 };
// RP1 (Pi 5): PWM0 channels 0/1 on GPIO 12/13, channels 2/3 on GPIO 18/19.
const RP1_CHANNELS: Readonly<Record<number, number>> = { 12: 0, 13: 1, 18: 2, 19: 3 };

const SOC_TABLE: Readonly<Record<Soc, Omit<PiBoard, 'model' | 'soc' | 'generation'>>> = {
  bcm2835: {
    pigpio: true,
    pwmNode: '2020c000.pwm',
    recommendedBackend: 'kernel',
    pwmChannelOfGpio: BCM_CHANNELS,
    overlayFuncOfGpio: OVERLAY_FUNC,
  },
  bcm2836: {
    pigpio: true,
    pwmNode: '3f20c000.pwm',
    recommendedBackend: 'kernel',
    pwmChannelOfGpio: BCM_CHANNELS,
    overlayFuncOfGpio: OVERLAY_FUNC,
  },
  bcm2837: {
    pigpio: true,
    pwmNode: '3f20c000.pwm',
    recommendedBackend: 'kernel',
    pwmChannelOfGpio: BCM_CHANNELS,
    overlayFuncOfGpio: OVERLAY_FUNC,
  },
  bcm2711: {
    pigpio: true,
    pwmNode: 'fe20c000.pwm',
    recommendedBackend: 'kernel',
    pwmChannelOfGpio: BCM_CHANNELS,
    overlayFuncOfGpio: OVERLAY_FUNC,
  },
  bcm2712: {
    pigpio: false,
    pwmNode: '1f00098000.pwm',
    recommendedBackend: 'kernel',
    pwmChannelOfGpio: RP1_CHANNELS,
    overlayFuncOfGpio: OVERLAY_FUNC,
  },
};

/** Model string patterns -> SoC, most specific first. */
const MODEL_PATTERNS: readonly [RegExp, Soc, number][] = [
  [/Raspberry Pi (5|500)\b|Compute Module 5/i, 'bcm2712', 5],
  [/Raspberry Pi (4|400)\b|Compute Module 4/i, 'bcm2711', 4],
  [/Raspberry Pi Zero 2/i, 'bcm2837', 3],
  [/Raspberry Pi 3|Compute Module 3/i, 'bcm2837', 3],
  [/Raspberry Pi 2/i, 'bcm2836', 2],
  [/Raspberry Pi (Zero|Model|Compute Module\b)/i, 'bcm2835', 1],
];

/** Parse /proc/device-tree/model (NUL-terminated). Undefined when this is not a Raspberry Pi. */
export function parsePiModel(text: string | undefined): PiBoard | undefined {
  if (!text) return undefined;
  const model = text.replace(/\0/g, '').trim();
  if (!/Raspberry Pi/i.test(model)) return undefined;
  for (const [re, soc, generation] of MODEL_PATTERNS) {
    if (re.test(model)) return { model, soc, generation, ...SOC_TABLE[soc] };
  }
  return undefined;
}
