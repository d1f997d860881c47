/**
 * A bit-level model of the Microchip MCP3008 (10-bit SAR ADC, SPI mode 0,0) behind the Linux spidev
 * driver, as its datasheet (DS21295) describes it, so that driver code is tested against the chip and
 * not against a convenient fake:
 * - a conversion is started only by the first '1' on DIN after a falling edge of CS (the start bit);
 *   while CS stays low after a conversion the chip ignores DIN (no new start bit is looked for);
 * - SGL/DIFF, D2, D1, D0 follow; the input is sampled from the 4th rising edge after the start bit to the
 *   falling edge of the 5th clock (the sample is taken at the end of that window);
 * - DOUT is high-Z until the null bit (read on the 6th rising edge after the start bit), then B9..B0
 *   (read on the 7th..16th), then, with CS still low, the result LSB first (B1..B9) and zeros for ever;
 * - the clock must stay within the datasheet limits (max 1.35 MHz at VDD 2.7 V, 3.6 MHz at 5 V; min
 *   10 kHz, below which the sample capacitor droops): outside them the transfer is refused;
 * - time: each transfer takes its bits at its clock, and the SPI controller leaves `transferGapUs`
 *   between transfers (the Pi's spi-bcm2835 driver with a CS toggle: about 11 us, so 24 clocks at 1 MHz
 *   cost about 35 us per sample). The spidev semantics: CS stays asserted between the transfers of one
 *   message unless a transfer sets `chipSelectChange` (cs_change), and is released at its end.
 */

import type { SpiMessage } from '../../../src/hal/real/modules.js';

export interface Mcp3008ChipOptions {
  vrefV: number;
  vddV: number;
  /** Voltage on input `channel` at time `tUs` (microseconds on the chip's clock). */
  input(channel: number, tUs: number): number;
  /** Idle time the SPI controller leaves between two transfers of a message, us. */
  transferGapUs: number;
  /** Time from the ioctl to the first clock, us (driver latency); the caller may vary it per message. */
  startLatencyUs: number;
}

/** Highest SPI clock the datasheet allows at this supply (linear between its 2.7 V and 5 V points). */
export function mcp3008MaxClockHz(vddV: number): number {
  if (vddV >= 5) return 3_600_000;
  if (vddV <= 2.7) return 1_350_000;
  return 1_350_000 + ((vddV - 2.7) / (5 - 2.7)) * (3_600_000 - 1_350_000);
}
export const MCP3008_MIN_CLOCK_HZ = 10_000;

type Phase = 'waitStart' | 'config' | 'output';

export class Mcp3008Chip {
  /** The chip's clock, us. Moves forward with every transfer. */
  tUs = 0;
  /** Times (us) at which a conversion sampled its input, for the tests' timing checks. */
  readonly sampleTimesUs: number[] = [];
  private phase: Phase = 'waitStart';
  private clocksSinceStart = 0;
  private config = 0;
  private result = 0;
  private csLow = false;

  constructor(readonly o: Mcp3008ChipOptions) {}

  private csFall(): void {
    this.csLow = true;
    this.phase = 'waitStart';
    this.clocksSinceStart = 0;
  }

  private csRise(): void {
    this.csLow = false;
  }

  /** One clock: DIN sampled on the rising edge; returns the DOUT bit the master reads on that rising edge. */
  private clock(din: number, periodUs: number): number {
    let dout = 1; // high-Z: a floating MISO reads as whatever; 1 exposes code that does not mask it
    if (this.phase === 'waitStart') {
      if (din === 1) {
        this.phase = 'config';
        this.clocksSinceStart = 0;
        this.config = 0;
      }
    } else {
      this.clocksSinceStart++;
      const k = this.clocksSinceStart;
      if (this.phase === 'config') {
        this.config = (this.config << 1) | din; // SGL/DIFF, D2, D1, D0
        if (k === 4) this.phase = 'output';
      } else {
        if (k === 5) {
          // the sample window closes on the falling edge of the 5th clock after the start bit
          const tSample = this.tUs + periodUs / 2;
          this.sampleTimesUs.push(tSample);
          const single = (this.config & 0x8) !== 0;
          const ch = this.config & 0x7;
          const v = single ? this.o.input(ch, tSample) : this.o.input(ch & 6, tSample) - this.o.input(ch | 1, tSample);
          this.result = Math.max(0, Math.min(1023, Math.floor((v / this.o.vrefV) * 1024)));
        }
        if (k === 6)
          dout = 0; // null bit
        else if (k >= 7 && k <= 16)
          dout = (this.result >> (16 - k)) & 1; // B9..B0
        else if (k >= 17 && k <= 25)
          dout = (this.result >> (k - 16)) & 1; // LSB first: B1..B9
        else if (k > 25) dout = 0; // then zeros while CS stays low
      }
    }
    this.tUs += periodUs;
    return dout;
  }

  /** One spidev message (one ioctl): the transfers in order, CS handled as the driver does. */
  transfer(messages: SpiMessage[], defaultSpeedHz: number): Error | null {
    for (const m of messages) {
      const hz = m.speedHz ?? defaultSpeedHz;
      if (hz > mcp3008MaxClockHz(this.o.vddV) || hz < MCP3008_MIN_CLOCK_HZ) {
        return new Error(`MCP3008: SPI clock ${hz} Hz outside the datasheet range at VDD ${this.o.vddV} V`);
      }
    }
    this.tUs += this.o.startLatencyUs;
    messages.forEach((m, i) => {
      if (!this.csLow) this.csFall();
      const periodUs = 1e6 / (m.speedHz ?? defaultSpeedHz);
      for (let b = 0; b < m.byteLength; b++) {
        const tx = m.sendBuffer[b] ?? 0;
        let rx = 0;
        for (let bit = 7; bit >= 0; bit--) rx = (rx << 1) | this.clock((tx >> bit) & 1, periodUs);
        m.receiveBuffer[b] = rx;
      }
      this.tUs += m.microSecondDelay ?? 0;
      const last = i === messages.length - 1;
      if (last || m.chipSelectChange) this.csRise();
      if (!last) this.tUs += this.o.transferGapUs;
    });
    return null;
  }
}
