import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { halView, parsePiModel } from '../../src/doctor/index.js';

describe('parsePiModel', () => {
  const cases: [string, string | undefined, boolean | undefined][] = [
    ['Raspberry Pi 5 Model B Rev 1.0\0', 'bcm2712', false],
    ['Raspberry Pi Compute Module 5 Rev 1.0\0', 'bcm2712', false],
    ['Raspberry Pi 4 Model B Rev 1.4\0', 'bcm2711', true],
    ['Raspberry Pi 400 Rev 1.0\0', 'bcm2711', true],
    ['Raspberry Pi 3 Model B Plus Rev 1.3\0', 'bcm2837', true],
    ['Raspberry Pi Zero 2 W Rev 1.0\0', 'bcm2837', true],
    ['Raspberry Pi Zero W Rev 1.1\0', 'bcm2835', true],
    ['Raspberry Pi 2 Model B Rev 1.1\0', 'bcm2836', true],
    ['BeagleBone Black\0', undefined, undefined],
    ['', undefined, undefined],
  ];
  for (const [text, soc, pigpio] of cases) {
    it(`${JSON.stringify(text.replace('\0', ''))} -> ${soc ?? 'not a Pi'}`, () => {
      const b = parsePiModel(text);
      assert.equal(b?.soc, soc);
      assert.equal(b?.pigpio, pigpio);
      if (b) assert.equal(b.model.includes('\0'), false);
    });
  }

  it('maps GPIO 18 to PWM channel 0 on a Pi 4 and channel 2 on a Pi 5, same overlay func', () => {
    const p4 = parsePiModel('Raspberry Pi 4 Model B Rev 1.4');
    const p5 = parsePiModel('Raspberry Pi 5 Model B Rev 1.0');
    assert.equal(p4?.pwmChannelOfGpio[18], 0);
    assert.equal(p5?.pwmChannelOfGpio[18], 2);
    assert.equal(p4?.overlayFuncOfGpio[18], 2);
    assert.equal(p5?.overlayFuncOfGpio[12], 4);
    assert.equal(p5?.recommendedBackend, 'kernel');
  });
});

describe('halView', () => {
  it('defaults when the config has no hal section', () => {
    const v = halView({ general: {} });
    assert.equal(v.fromConfig, false);
    assert.equal(v.backend, 'kernel');
    assert.equal(v.pwmGpio, 18);
  });
  it('reads the hal keys and ignores values of the wrong type', () => {
    const v = halView({ hal: { backend: 'pigpio', pwm: { gpio: 12 }, adc: { type: 'ads1115', i2cBus: 'x' } } });
    assert.equal(v.fromConfig, true);
    assert.equal(v.backend, 'pigpio');
    assert.equal(v.pwmGpio, 12);
    assert.equal(v.adc, 'ads1115');
    assert.equal(v.i2cBus, 1);
  });
});
