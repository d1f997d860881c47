/**
 * Hardware keys (hal): which backend drives the CP generator and the GPIOs, which pins, and the CP sense
 * ADC with the scaling of its front end. Pins are BCM numbers. Wiring and scaling: hw/cp-frontend.md.
 * The shape matches `RealHalOptions` in src/hal/real/board.ts (a test keeps them in step).
 */

import { bool, int, num, oneOf, str } from '../spec.js';

export const hal = {
  backend: oneOf(
    ['sim', 'kernel', 'pigpio'],
    'kernel',
    'CP/GPIO backend: kernel = pwmchip sysfs PWM (every Pi incl. the 5), pigpio = pigpio library (Pi 1..4, needs root), sim = simulated CP line',
  ),
  pwm: {
    gpio: int(18, 'BCM pin of the CP PWM output (hardware PWM: 12, 13, 18 or 19)', { min: 0, max: 53 }),
    chip: int(0, 'kernel backend: pwmchip number under /sys/class/pwm (Pi 5 with dtoverlay=pwm: usually 0, check ls)', {
      min: 0,
      max: 15,
    }),
    channel: int(0, 'kernel backend: PWM channel of that chip (GPIO18 = channel 0, GPIO19 = channel 1 on Pi 1..4)', {
      min: 0,
      max: 15,
    }),
    frequencyHz: num(1000, 'CP PWM frequency; IEC 61851-1 asks 1 kHz', { unit: 'Hz', min: 900, max: 1100 }),
    invert: bool(
      false,
      'the op-amp stage inverts (Pi pin high = -12 V); keep false so a pulled-down pin gives state F',
    ),
  },
  gpio: {
    driver: oneOf(
      ['gpiochip', 'gpiod-tools', 'onoff', 'pigpio'],
      'gpiochip',
      'digital I/O driver: gpiochip = /dev/gpiochipN via node-libgpiod (libgpiod 1.x: Bookworm), gpiod-tools = the gpioset/gpioget/gpiomon tools (libgpiod 1 or 2: Trixie), onoff = sysfs (deprecated), pigpio',
    ),
    chip: str('', "gpiochip with the header pins ('' = gpiochip0; Pi 5 on kernels before 6.6.47: gpiochip4)"),
  },
  contactor: {
    gpio: int(23, 'EVSE (and car-side DC): BCM pin of the main contactor driver; low = open', { min: 0, max: 53 }),
    activeLow: bool(false, 'the driver closes on a low pin (avoid: a released pin must mean open)'),
    feedbackGpio: int(25, 'BCM pin of the auxiliary (mirror) contact, closed = contactor open; -1 = none', {
      min: -1,
      max: 53,
    }),
    feedbackActiveLow: bool(
      false,
      'the feedback pin reads low while the contactor is closed (default: mirror contact to GND, pull-up: high = closed)',
    ),
  },
  precharge: {
    gpio: int(24, 'BCM pin of the DC precharge relay driver; -1 = none', { min: -1, max: 53 }),
  },
  lock: {
    gpio: int(-1, 'BCM pin of the connector lock actuator; -1 = none', { min: -1, max: 53 }),
    activeLow: bool(false, 'the lock driver is active low'),
    feedbackGpio: int(
      -1,
      'BCM pin of the lock feedback switch (power waits for it: cp.safety.lockFeedbackMs); -1 = none',
      {
        min: -1,
        max: 53,
      },
    ),
    feedbackActiveLow: bool(true, 'the lock feedback switch pulls the pin low when locked (switch to GND, pull-up)'),
  },
  pp: {
    enable: bool(false, 'EVSE with a Type 2 socket: read the proximity pilot (cable coding, IEC 61851-1 Annex B)'),
    channel: int(1, 'PP: MCP3008 channel of the PP node (same chip and SPI device as the CP: hal.adc.spiDevice)', {
      min: 0,
      max: 7,
    }),
    pullUpOhms: num(1000, 'PP: pull-up from the PP node to the ADC reference (hal.adc.vrefV); Rc goes to PE', {
      unit: 'Ohm',
      min: 100,
      max: 100_000,
    }),
  },
  rcd: {
    gpio: int(-1, 'EVSE: BCM pin of the residual current monitor (RCD / 6 mA DC RDC-DD) trip output; -1 = none', {
      min: -1,
      max: 53,
    }),
    activeLow: bool(false, 'the RCD input reads low when tripped (default: high = tripped, so a broken wire trips)'),
  },
  estop: {
    gpio: int(
      -1,
      'BCM pin of the emergency stop (NC contact to GND, pull-up: high = pressed or wire broken); -1 = none',
      {
        min: -1,
        max: 53,
      },
    ),
    activeLow: bool(false, 'the e-stop input reads low when pressed (avoid: a broken wire must mean stop)'),
  },
  s2: {
    gpio: int(22, 'PEV: BCM pin of the state-C switch S2 (1.3 kOhm parallel to 2.74 kOhm); low = open', {
      min: 0,
      max: 53,
    }),
    activeLow: bool(false, 'the S2 driver is active low'),
  },
  pwmIn: {
    gpio: int(17, 'PEV: BCM pin of the CP comparator output (duty from edge timing); -1 = duty from ADC bursts', {
      min: -1,
      max: 53,
    }),
    invert: bool(false, 'the comparator inverts (pin low while CP is high)'),
  },
  adc: {
    type: oneOf(
      ['mcp3008', 'ads1115', 'none'],
      'mcp3008',
      'CP sense ADC: mcp3008 (SPI, fast bursts see both plateaus), ads1115 (I2C, slow: needs the peak-hold front end)',
    ),
    spiDevice: str('/dev/spidev0.0', 'MCP3008: SPI device node', {
      pattern: /spidev\d+\.\d+$/,
      patternHelp: '/dev/spidevB.D',
    }),
    spiSpeedHz: int(
      1_000_000,
      'MCP3008: SPI clock; 1 MHz = 24 clocks + the gap = about 35 us per sample (datasheet max 1.35 MHz at 2.7 V, 3.6 MHz at 5 V)',
      {
        unit: 'Hz',
        min: 100_000,
        max: 3_600_000,
      },
    ),
    channel: int(0, 'MCP3008: input channel of the CP divider', { min: 0, max: 7 }),
    spiGapUs: num(
      11,
      "MCP3008: the SPI controller's gap between two conversions (CS toggle; about 11 us on a Pi), for the timing check at open",
      {
        unit: 'us',
        min: 0,
        max: 1000,
      },
    ),
    burstSamples: int(64, 'MCP3008: samples per read; must span >= 2 PWM periods (64 x 35 us = 2.2 ms at 1 MHz)', {
      min: 8,
      max: 512,
    }),
    vrefV: num(3.3, 'MCP3008: reference voltage on VREF', { unit: 'V', min: 1, max: 5.5 }),
    scale: num(
      10.09,
      'MCP3008: CP volts per ADC volt of the divider (100k from CP, 22k to 3.3 V, 22k to GND: hw/cp-frontend.md)',
      {
        min: -100,
        max: 100,
      },
    ),
    offsetV: num(1.4865, 'MCP3008: ADC volts at CP = 0 V (the divider offset)', { unit: 'V', min: -5, max: 5 }),
    i2cBus: int(1, 'ADS1115: I2C bus number (/dev/i2c-N)', { min: 0, max: 20 }),
    i2cAddress: int(72, 'ADS1115: I2C address (72 = 0x48, ADDR to GND)', { min: 72, max: 75 }),
    highChannel: int(0, 'ADS1115: channel of the positive peak holder', { min: 0, max: 3 }),
    lowChannel: int(1, 'ADS1115: channel of the (inverted) negative peak holder', { min: 0, max: 3 }),
    highScale: num(4, 'ADS1115: CP volts per ADC volt on the high channel (1/4 divider)', { min: -100, max: 100 }),
    highOffsetV: num(0, 'ADS1115: ADC volts at CP = 0 V on the high channel', { unit: 'V', min: -5, max: 5 }),
    lowScale: num(-4, 'ADS1115: CP volts per ADC volt on the low channel (inverting 1/4 stage: negative)', {
      min: -100,
      max: 100,
    }),
    lowOffsetV: num(0, 'ADS1115: ADC volts at CP = 0 V on the low channel', { unit: 'V', min: -5, max: 5 }),
  },
  watchdog: {
    gpio: int(
      -1,
      'BCM pin of the heartbeat to the external watchdog monostable that gates the contactor and CP drivers (hw/watchdog.md); -1 = none',
      { min: -1, max: 53 },
    ),
  },
} as const;
