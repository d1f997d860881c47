/**
 * Checks of the Pi's hardware interfaces for the configured hal backend: the backend suits the model,
 * the gpiochip device is accessible, the PWM overlay produced a pwmchip for the header pins, the ADC's
 * SPI/I2C device exists, pigpio loads. All skip on a non-Pi, for roles without CP hardware, and for
 * hal.backend sim.
 */

import type { Check, DoctorContext } from '../types.js';
import { fail, failedBefore, hardwareSkip, pass, skip, warn } from './result.js';

const BOOT_CONFIG = '/boot/firmware/config.txt';

export const halBackend: Check = {
  id: 'hal.backend',
  title: 'hal backend fits this board',
  run(ctx) {
    if (ctx.role === 'sim' || ctx.role === 'listen') return skip(this, `role ${ctx.role} drives no CP hardware`);
    const src = ctx.hal.fromConfig ? 'hal.backend' : 'default backend (no hal section in the config)';
    if (ctx.hal.backend === 'sim') {
      return warn(
        this,
        `${src} is sim: the CP line is simulated, nothing is driven`,
        'fine for --hw sim tests; set hal.backend: kernel (every Pi) or pigpio (Pi 3/4) for a real charger or car',
      );
    }
    const b = ctx.board;
    if (!b) return skip(this, `not a Raspberry Pi: ${src} ${ctx.hal.backend} cannot drive anything here`);
    if (ctx.hal.backend === 'pigpio' && !b.pigpio) {
      return fail(
        this,
        `${src} is pigpio, which does not support the ${b.model}`,
        'set hal.backend: kernel (hardware PWM through the pwm overlay, GPIO through /dev/gpiochip*)',
      );
    }
    return pass(this, `${src} ${ctx.hal.backend} on ${b.model}`);
  },
};

/** The native addon behind each hal driver, and the Debian package its build needs. */
const ADDONS: Readonly<Record<string, { module: string; apt: string }>> = {
  gpiochip: { module: 'node-libgpiod', apt: 'libgpiod-dev' },
  onoff: { module: 'onoff', apt: 'build-essential' },
  pigpio: { module: 'pigpio', apt: 'pigpio' },
  mcp3008: { module: 'spi-device', apt: 'build-essential' },
  ads1115: { module: 'i2c-bus', apt: 'build-essential' },
};

export const halModules: Check = {
  id: 'hal.modules',
  title: 'native addons of the hal',
  async run(ctx) {
    const why = hardwareSkip(ctx);
    if (why) return skip(this, why);
    const drivers = new Set<string>();
    if (ctx.hal.backend === 'pigpio') drivers.add('pigpio');
    else drivers.add(ctx.hal.gpioDriver);
    if (ctx.hal.adc !== 'none') drivers.add(ctx.hal.adc);
    const missing: string[] = [];
    const apt = new Set<string>();
    for (const d of drivers) {
      const a = ADDONS[d];
      if (!a) continue;
      const r = await ctx.facts.loadModule(a.module);
      if (!r.ok) {
        missing.push(`${a.module} (${r.error})`);
        apt.add(a.apt);
      }
    }
    const names = [...drivers].map((d) => ADDONS[d]?.module ?? d);
    if (missing.length === 0) return pass(this, `${names.join(', ')} load`);
    return fail(
      this,
      `not loading: ${missing.join('; ')}`,
      `npm drops failed optional builds silently: sudo apt-get install ${[...apt].join(' ')} build-essential python3, then cd /opt/piccs && sudo npm ci --omit=dev (npm dropped the failed builds, so \`npm rebuild\` cannot bring them back; or rerun deploy/install.sh)`,
    );
  },
};

export const gpioAccess: Check = {
  id: 'gpio.access',
  title: 'GPIO character device',
  run(ctx) {
    const why = hardwareSkip(ctx);
    if (why) return skip(this, why);
    if (ctx.hal.backend !== 'kernel') return skip(this, `hal.backend ${ctx.hal.backend} does not use /dev/gpiochip*`);
    const chips = ctx.hal.gpioChip
      ? [ctx.hal.gpioChip.replace(/^\/dev\//, '')]
      : (ctx.facts.listDir('/dev') ?? []).filter((n) => /^gpiochip\d+$/.test(n)).sort();
    if (chips.length === 0) {
      return fail(
        this,
        'no /dev/gpiochip* device',
        'the kernel has no GPIO character device: use a current Raspberry Pi OS (Bookworm) kernel',
      );
    }
    const missing = chips.filter((c) => !ctx.facts.exists(`/dev/${c}`));
    if (missing.length) {
      return fail(
        this,
        `/dev/${missing.join(', /dev/')} not found`,
        'set hal.gpio.chip to the chip `gpiodetect` labels pinctrl-bcm2711/-bcm2835 (Pi 3/4) or pinctrl-rp1 (Pi 5)',
      );
    }
    const denied = chips.filter((c) => !ctx.facts.canReadWrite(`/dev/${c}`));
    if (denied.length) {
      return fail(
        this,
        `no read/write access to /dev/${denied.join(', /dev/')}`,
        'the service user must be in group gpio (install.sh adds user piccs); by hand: sudo usermod -aG gpio $USER and log in again',
      );
    }
    return pass(this, `/dev/${chips.join(', /dev/')} accessible`);
  },
};

function overlayLine(ctx: DoctorContext): string {
  const func = ctx.board?.overlayFuncOfGpio[ctx.hal.pwmGpio];
  return func === undefined
    ? `GPIO ${ctx.hal.pwmGpio} has no hardware PWM: use GPIO 12, 13, 18 or 19`
    : `dtoverlay=pwm,pin=${ctx.hal.pwmGpio},func=${func}`;
}

export const pwmChip: Check = {
  id: 'pwm.chip',
  title: 'hardware PWM for the CP generator',
  run(ctx) {
    const why = hardwareSkip(ctx);
    if (why) return skip(this, why);
    if (ctx.role !== 'evse') return skip(this, 'only the EVSE generates the CP PWM');
    if (ctx.hal.backend !== 'kernel') return skip(this, `hal.backend ${ctx.hal.backend} does not use /sys/class/pwm`);
    const b = ctx.board;
    if (!b) return skip(this, 'not a Raspberry Pi');
    const channel = b.pwmChannelOfGpio[ctx.hal.pwmGpio];
    if (channel === undefined) {
      return fail(
        this,
        `GPIO ${ctx.hal.pwmGpio} cannot output hardware PWM`,
        'use GPIO 18 (or 12, 13, 19) for the CP PWM (hw/wiring.md)',
      );
    }
    const chips = (ctx.facts.listDir('/sys/class/pwm') ?? []).filter((n) => n.startsWith('pwmchip'));
    const chip = chips.find((c) => ctx.facts.realPath(`/sys/class/pwm/${c}`)?.includes(b.pwmNode));
    if (!chip) {
      return fail(
        this,
        `no pwmchip for the header PWM (${b.pwmNode}); found: ${chips.join(', ') || 'none'}`,
        `add "${overlayLine(ctx)}" to ${BOOT_CONFIG} and reboot (sudo deploy/install.sh --boot-config yes does it)`,
      );
    }
    const npwm = Number.parseInt(ctx.facts.readText(`/sys/class/pwm/${chip}/npwm`)?.trim() ?? '', 10);
    if (Number.isFinite(npwm) && channel >= npwm) {
      return fail(
        this,
        `${chip} has ${npwm} channel(s), GPIO ${ctx.hal.pwmGpio} needs channel ${channel}`,
        `use "${overlayLine(ctx)}"`,
      );
    }
    const chipNo = Number.parseInt(chip.slice('pwmchip'.length), 10);
    const want = ctx.hal;
    if (
      (want.pwmChip !== undefined && want.pwmChip !== chipNo) ||
      (want.pwmChannel !== undefined && want.pwmChannel !== channel)
    ) {
      return fail(
        this,
        `the config drives pwmchip${want.pwmChip ?? '?'} channel ${want.pwmChannel ?? '?'}, but GPIO ${ctx.hal.pwmGpio} is ${chip} channel ${channel} on this board`,
        `set hal.pwm.chip: ${chipNo} and hal.pwm.channel: ${channel}`,
      );
    }
    const exportPath = `/sys/class/pwm/${chip}/export`;
    if (!ctx.facts.canReadWrite(exportPath)) {
      return warn(
        this,
        `${chip} channel ${channel} (GPIO ${ctx.hal.pwmGpio}) present, but ${exportPath} is not writable by this process`,
        'Raspberry Pi OS gives group gpio access to /sys/class/pwm; run as the service user (group gpio) or root',
      );
    }
    return pass(this, `GPIO ${ctx.hal.pwmGpio} = ${chip} channel ${channel}`);
  },
};

export const adcDevice: Check = {
  id: 'adc.device',
  title: 'ADC bus device',
  run(ctx) {
    const why = hardwareSkip(ctx);
    if (why) return skip(this, why);
    if (ctx.hal.adc === 'none') return skip(this, 'no ADC configured (hal.adc none)');
    const dev = ctx.hal.adc === 'mcp3008' ? ctx.hal.spiDevice : `/dev/i2c-${ctx.hal.i2cBus}`;
    const param = ctx.hal.adc === 'mcp3008' ? 'dtparam=spi=on' : 'dtparam=i2c_arm=on (and the i2c-dev module)';
    if (!ctx.facts.exists(dev)) {
      return fail(
        this,
        `${dev} not found (${ctx.hal.adc})`,
        `enable the bus: ${param} in ${BOOT_CONFIG}, then reboot (sudo deploy/install.sh --boot-config yes)`,
      );
    }
    if (!ctx.facts.canReadWrite(dev)) {
      const group = ctx.hal.adc === 'mcp3008' ? 'spi' : 'i2c';
      return fail(
        this,
        `no read/write access to ${dev}`,
        `the service user must be in group ${group} (install.sh adds it)`,
      );
    }
    return pass(this, `${dev} accessible (${ctx.hal.adc})`);
  },
};

export const pigpio: Check = {
  id: 'pigpio.loads',
  title: 'pigpio library',
  async run(ctx) {
    const why = hardwareSkip(ctx);
    if (why) return skip(this, why);
    if (ctx.hal.backend !== 'pigpio') return skip(this, `hal.backend is ${ctx.hal.backend}`);
    if (failedBefore(ctx, 'hal.backend')) return skip(this, 'pigpio does not support this board');
    const r = await ctx.facts.loadModule('pigpio');
    if (!r.ok) {
      return fail(
        this,
        `pigpio does not load: ${r.error}`,
        'sudo apt-get install pigpio (Raspberry Pi OS), then cd /opt/piccs && sudo npm ci --omit=dev (npm dropped the failed build; `npm rebuild` cannot bring it back)',
      );
    }
    if (ctx.facts.uid !== 0) {
      return warn(
        this,
        'pigpio loads, but it needs root (it maps the peripherals through /dev/mem)',
        'run the service as root with the pigpio drop-in (install.sh --backend pigpio) or use hal.backend kernel',
      );
    }
    return pass(this, 'pigpio loads; running as root');
  },
};
