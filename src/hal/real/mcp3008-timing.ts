/**
 * When the samples of an MCP3008 burst fall, and whether that is enough to see the CP's high plateau at the
 * lowest duty the EVSE drives. Pure arithmetic, used to refuse a configuration that cannot work and by
 * hw/cp-frontend.md's table.
 *
 * One conversion needs its own falling edge of CS (MCP3008 datasheet DS21295, section 5: the start bit is the
 * first '1' on DIN after CS goes low) and 24 SPI clocks in the 3-byte form of its figure 6-1. Between two
 * transfers the Pi's SPI controller driver leaves a gap to toggle CS and set up the next transfer (measured on
 * spi-bcm2835 at about 11 us), so at 1 MHz a sample costs about 35 us, not 24.
 */

/** Clocks per conversion in the 3-byte framing (datasheet figure 6-1: 7 leading zeros, start, 4 config, ...). */
export const MCP3008_CLOCKS_PER_SAMPLE = 24;
/** Lowest duty the EVSE drives: 5 % = "digital communication required" (IEC 61851-1 table A.8). */
export const CP_MIN_DUTY_PERCENT = 5;
/**
 * Time after a CP edge before the sensed level is flat: the generator settles within a few us (IEC 61851-1
 * table A.7 asks rise/fall <= 2 us and settling <= 3 us at the EVSE) plus the sense divider's RC filter
 * (hw/cp-frontend.md: about 4 us). Samples closer to the edge than this may read low.
 */
export const CP_EDGE_SETTLE_US = 7;

export interface Mcp3008BurstConfig {
  speedHz: number;
  /** The SPI controller's idle time between two transfers (CS toggle + setup), us. */
  transferGapUs: number;
  burstSamples: number;
  pwmFrequencyHz: number;
}

export interface Mcp3008BurstTiming {
  /** Time from one sample to the next, us. */
  samplePeriodUs: number;
  /** From the first to the last sample, us. */
  burstSpanUs: number;
  /** Whole PWM periods the burst spans. */
  periodsSpanned: number;
  /** The flat part of the high plateau at the minimum duty, us. */
  flatHighUs: number;
  /** Worst case samples on that flat part per PWM period (whatever the phase of the burst). */
  minHighSamplesPerPeriod: number;
  /** Worst case samples on it in a whole burst. */
  minHighSamplesPerBurst: number;
  /** What makes this configuration unable to see the high plateau at the minimum duty (empty = fine). */
  problems: string[];
}

export function mcp3008BurstTiming(c: Mcp3008BurstConfig, minDutyPercent = CP_MIN_DUTY_PERCENT): Mcp3008BurstTiming {
  const samplePeriodUs = (MCP3008_CLOCKS_PER_SAMPLE * 1e6) / c.speedHz + c.transferGapUs;
  const burstSpanUs = samplePeriodUs * (c.burstSamples - 1);
  const periodUs = 1e6 / c.pwmFrequencyHz;
  const periodsSpanned = Math.floor(burstSpanUs / periodUs);
  const flatHighUs = (periodUs * minDutyPercent) / 100 - CP_EDGE_SETTLE_US;
  // A window of length L always holds at least floor(L / T) points of a grid of spacing T.
  const minHighSamplesPerPeriod = flatHighUs > 0 ? Math.floor(flatHighUs / samplePeriodUs) : 0;
  const minHighSamplesPerBurst = minHighSamplesPerPeriod * periodsSpanned;
  const problems: string[] = [];
  if (minHighSamplesPerPeriod < 1) {
    problems.push(
      `one sample every ${samplePeriodUs.toFixed(1)} us can miss the ${flatHighUs.toFixed(0)} us flat high plateau at ${minDutyPercent} % duty: raise hal.adc.spiSpeedHz`,
    );
  }
  if (periodsSpanned < 2) {
    problems.push(
      `a burst of ${c.burstSamples} samples spans ${(burstSpanUs / 1000).toFixed(2)} ms, less than two PWM periods: raise hal.adc.burstSamples to at least ${Math.ceil((2 * periodUs) / samplePeriodUs) + 1}`,
    );
  }
  return {
    samplePeriodUs,
    burstSpanUs,
    periodsSpanned,
    flatHighUs,
    minHighSamplesPerPeriod,
    minHighSamplesPerBurst,
    problems,
  };
}
