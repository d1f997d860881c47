/**
 * A model of the TI ADS1115 (16-bit delta-sigma ADC on I2C) as its datasheet (SBAS444) describes it, behind
 * the i2c-bus calls the adapter makes:
 * - registers by pointer: 0 conversion, 1 config (reset value 0x8583), 2 Lo_thresh, 3 Hi_thresh;
 * - config: OS (15: write 1 = start a single-shot conversion, read 0 = converting), MUX (14:12, 100..111 =
 *   AIN0..3 vs GND), PGA (11:9: +-6.144/4.096/2.048/1.024/0.512/0.256 V), MODE (8: 1 = single-shot),
 *   DR (7:5: 8, 16, 32, 64, 128, 250, 475, 860 SPS);
 * - a conversion takes 1/DR with the internal oscillator's +-10 % tolerance; its result is the input
 *   averaged over that time (a delta-sigma converter integrates), clipped to the PGA range; until it is
 *   done the conversion register still holds the previous result;
 * - time: each I2C transaction takes its bits (9 per byte incl. ACK, plus the address byte, start and stop)
 *   at `busHz` plus `transactionOverheadUs` (the Pi's i2c driver and the Node binding).
 */

import type { I2cBusP } from '../../../src/hal/real/modules.js';

export const ADS1115_DATA_RATES_SPS = [8, 16, 32, 64, 128, 250, 475, 860] as const;
export const ADS1115_FSR_V = [6.144, 4.096, 2.048, 1.024, 0.512, 0.256, 0.256, 0.256] as const;

export interface Ads1115ChipOptions {
  address: number;
  /** AINx volts at time t (us). */
  input(channel: number, tUs: number): number;
  busHz: number;
  transactionOverheadUs: number;
  /** Oscillator error, e.g. +0.1 = conversions take 10 % longer (datasheet: +-10 %). */
  oscillatorError: number;
}

export class Ads1115Chip {
  tUs = 0;
  private pointer = 0;
  private config = 0x8583;
  private conversion = 0;
  private doneAtUs = -1;
  private pending: number | undefined;
  readonly conversionsStarted: Array<{ tUs: number; channel: number; durationUs: number }> = [];

  constructor(readonly o: Ads1115ChipOptions) {}

  private busTime(bytes: number): void {
    this.tUs += ((bytes + 1) * 9 + 2) * (1e6 / this.o.busHz) + this.o.transactionOverheadUs;
  }

  private settle(): void {
    if (this.pending !== undefined && this.tUs >= this.doneAtUs) {
      this.conversion = this.pending;
      this.pending = undefined;
    }
  }

  private start(): void {
    const mux = (this.config >> 12) & 7;
    const pga = (this.config >> 9) & 7;
    const dr = (this.config >> 5) & 7;
    const fsr = ADS1115_FSR_V[pga] as number;
    const durationUs = (1e6 / (ADS1115_DATA_RATES_SPS[dr] as number)) * (1 + this.o.oscillatorError);
    const ch = mux >= 4 ? mux - 4 : -1;
    if (ch < 0) throw new Error('model: differential MUX settings are not used by piccs');
    // integrate the input over the conversion
    const n = 64;
    let sum = 0;
    for (let i = 0; i < n; i++) sum += this.o.input(ch, this.tUs + ((i + 0.5) / n) * durationUs);
    const v = sum / n;
    this.pending = Math.max(-32768, Math.min(32767, Math.round((v / fsr) * 32768)));
    this.doneAtUs = this.tUs + durationUs;
    this.conversionsStarted.push({ tUs: this.tUs, channel: ch, durationUs });
  }

  bus(): I2cBusP {
    return {
      i2cWrite: async (addr, len, buf) => {
        if (addr !== this.o.address) throw new Error(`Remote I/O error: no ACK from 0x${addr.toString(16)}`);
        this.busTime(len);
        this.settle();
        this.pointer = (buf[0] as number) & 3;
        if (len === 3) {
          const word = ((buf[1] as number) << 8) | (buf[2] as number);
          if (this.pointer === 1) {
            this.config = word & 0x7fff;
            const singleShot = (word & 0x0100) !== 0;
            if (singleShot && word & 0x8000 && this.pending === undefined) this.start();
          }
        }
        return { bytesWritten: len };
      },
      i2cRead: async (addr, len, buf) => {
        if (addr !== this.o.address) throw new Error(`Remote I/O error: no ACK from 0x${addr.toString(16)}`);
        this.busTime(len);
        this.settle();
        let word: number;
        if (this.pointer === 0) word = this.conversion & 0xffff;
        else if (this.pointer === 1) word = this.config | (this.pending === undefined ? 0x8000 : 0);
        else word = this.pointer === 2 ? 0x8000 : 0x7fff;
        buf[0] = (word >> 8) & 0xff;
        buf[1] = word & 0xff;
        return { bytesRead: len, buffer: buf };
      },
      close: async () => {},
    };
  }
}
