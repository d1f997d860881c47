/**
 * Checks that talk to the attached equipment: the HomePlug modem answers with its firmware version, and
 * the CP line reads a plausible state A (nothing plugged in: +12 V, no PWM). Both go through probes the
 * CLI supplies (slac/ modem query, hal/ CP sampler); without a probe the check says it is not available.
 */

import type { Check, CpVolts } from '../types.js';
import { fail, failedBefore, hardwareSkip, networkSkip, pass, skip, warn } from './result.js';

/** State A: the EVSE's +12 V with no load (IEC 61851-1 nominal 12 V; band as cp/classify uses it). */
export const STATE_A_MIN_V = 10.75;
export const STATE_A_MAX_V = 13.0;
/** A constant level has equal plateaus; more than this between them means a PWM is running. */
const CONSTANT_LEVEL_TOLERANCE_V = 1.0;

export const modem: Check = {
  id: 'modem.answers',
  title: 'HomePlug modem answers',
  async run(ctx) {
    const why = networkSkip(ctx);
    if (why) return skip(this, why);
    for (const dep of ['iface.exists', 'raw.open']) {
      if (failedBefore(ctx, dep)) return skip(this, `needs ${dep}`);
    }
    if (!ctx.probes.modemFirmware) return skip(this, 'the modem query is not available in this build');
    let fw: string | undefined;
    try {
      fw = await ctx.probes.modemFirmware(ctx.iface);
    } catch (e) {
      return fail(this, `modem query failed: ${(e as Error).message}`, 'check raw socket permission and the interface');
    }
    if (fw) return pass(this, `firmware ${fw}`);
    return fail(
      this,
      `no modem answered on ${ctx.iface}`,
      'check the modem has power and its Ethernet cable is in this port; modems without Qualcomm firmware (TL-PA4010P v6) do not answer; `piccs modem` shows details (hw/modem.md)',
    );
  },
};

function describe(v: CpVolts): string {
  return `high ${v.highV.toFixed(2)} V, low ${v.lowV.toFixed(2)} V`;
}

export const cpStateA: Check = {
  id: 'cp.stateA',
  title: 'CP reads state A (nothing plugged in)',
  async run(ctx) {
    const why = hardwareSkip(ctx);
    if (why) return skip(this, why);
    if (ctx.role !== 'evse') return skip(this, 'the car side sees no CP voltage without a charger');
    if (failedBefore(ctx, 'adc.device')) return skip(this, 'needs adc.device');
    if (!ctx.probes.readCp) return skip(this, 'the CP sampler is not available in this build');
    let v: CpVolts;
    try {
      v = await ctx.probes.readCp();
    } catch (e) {
      return fail(
        this,
        `reading the CP failed: ${(e as Error).message.split('\n')[0]}`,
        'stop the service first (sudo systemctl stop piccs@evse: it holds the PWM and GPIOs), else check the ADC wiring and hal.adc (hw/bringup.md)',
      );
    }
    const constant = Math.abs(v.highV - v.lowV) <= CONSTANT_LEVEL_TOLERANCE_V;
    if (v.highV >= STATE_A_MIN_V && v.highV <= STATE_A_MAX_V && constant) return pass(this, `${describe(v)}: state A`);
    if (v.highV >= STATE_A_MIN_V && v.highV <= STATE_A_MAX_V) {
      return warn(
        this,
        `${describe(v)}: +12 V but a PWM is running`,
        'the doctor expects the generator at constant +12 V; stop the piccs service first',
      );
    }
    if (v.highV >= 1.75 && v.highV < STATE_A_MIN_V) {
      return warn(
        this,
        `${describe(v)}: looks loaded (state B/C/D)`,
        'unplug the vehicle or test resistor and run doctor again',
      );
    }
    if (v.highV <= -STATE_A_MIN_V) {
      return fail(
        this,
        `${describe(v)}: the generator sits at -12 V (state F)`,
        'the CP output was not driven high: check the PWM pin reaches the op-amp stage and the stage is not inverting (hw/cp-frontend.md)',
      );
    }
    return fail(
      this,
      `${describe(v)}: not a plausible state A`,
      'check the +-12 V supply of the CP stage, the 1 kOhm series resistor and the ADC scaling in the config (hw/bringup.md, state A row)',
    );
  },
};
