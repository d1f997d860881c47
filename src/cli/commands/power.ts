/**
 * `piccs power scan|status|set|off`: bring charger modules up on a bench without a car, with the `power.*` config
 * (protocol, CAN transport, addresses). `--hw sim` runs against emulated modules on an open output.
 * - scan: poll every address of the protocol once and list who answers (read requests only);
 * - status: read the configured modules (voltage, current, temperature, alarms);
 * - set --voltage V --current A --ack-live-output: switch the group on and print its readback every second until
 *   Ctrl-C (then off); refuses without the acknowledgement, and while a session holds the power stage;
 * - off: switch the configured modules off.
 */

import { parseArgs } from 'node:util';
import { powerLockHolder, takePowerLock } from '../../app/power-lock.js';
import { buildEmulatedPower, buildRealPower, type PowerRig, powerOptionsFromConfig } from '../../app/power-rig.js';
import { systemClock } from '../../core/clock.js';
import { ConfigError } from '../../core/errors.js';
import type { Command } from '../command.js';
import { CONFIG_OPTIONS, loadFromArgs, reportError, UsageError } from '../common.js';

const usage = `usage: piccs power scan|status|off [--power infypower|uugreen] [--hw sim] [--json] [--config FILE] [--set k=v]
       piccs power set --voltage V --current A --ack-live-output [--power ...] [--hw sim] [--json]
  Bench tool for charger modules (power.* keys: protocol, CAN transport, module addresses).
  scan     poll every address and list the modules that answer
  status   voltage, current, temperature and alarms of the configured modules
  set      switch the modules on at V volts and A amperes in total, print the readback every second until Ctrl-C,
           then switch them off. THE OUTPUT IS LIVE: --ack-live-output is required. Refused while a session runs.
  off      switch the configured modules off
  --hw sim against emulated modules (no CAN hardware)`;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const ADDRESS_RANGE = { infypower: [0, 0x3e], uugreen: [1, 0x7f] } as const;

function rows(rig: PowerRig, since: number) {
  return [...rig.group.modules.values()]
    .filter((m) => m.lastSeenAt !== undefined && m.lastSeenAt >= since)
    .map((m) => ({
      addr: m.addr,
      voltageV: Math.round(m.voltageV * 10) / 10,
      currentA: Math.round(m.currentA * 100) / 100,
      ...(m.temperatureC !== undefined ? { temperatureC: m.temperatureC } : {}),
      alarms: m.alarms,
    }));
}

const power: Command = {
  name: 'power',
  summary: 'bench tool for charger modules: scan, status, set --voltage --current (live output), off',
  usage,
  async run(argv, io) {
    let rig: PowerRig | undefined;
    let release: (() => void) | undefined;
    try {
      const { values, positionals } = parseArgs({
        args: argv,
        allowPositionals: true,
        options: {
          ...CONFIG_OPTIONS,
          power: { type: 'string' },
          hw: { type: 'string' },
          json: { type: 'boolean' },
          voltage: { type: 'string' },
          current: { type: 'string' },
          'ack-live-output': { type: 'boolean' },
          seconds: { type: 'string' },
        },
      });
      const action = positionals[0];
      if (!action || !['scan', 'status', 'set', 'off'].includes(action)) {
        throw new UsageError(action ? `'${action}' is not scan, status, set or off` : 'scan, status, set or off?');
      }
      const { config } = loadFromArgs(values, io, values.power ? { 'power.stage': values.power } : {});
      const opts = powerOptionsFromConfig(config.power);
      if (!opts) {
        throw new ConfigError(
          [{ key: 'power.stage', message: 'choose the modules: --power infypower|uugreen' }],
          'command line',
        );
      }
      const voltage = Number(values.voltage);
      const current = Number(values.current);
      if (action === 'set') {
        const problems = [];
        if (!Number.isFinite(voltage) || voltage <= 0 || voltage > opts.params.limits.maxVoltageV)
          problems.push({
            key: '--voltage',
            message: `expected 0 < V <= ${opts.params.limits.maxVoltageV} (power.maxVoltageV)`,
          });
        if (!Number.isFinite(current) || current < 0 || current > opts.params.limits.maxCurrentA)
          problems.push({
            key: '--current',
            message: `expected 0 <= A <= ${opts.params.limits.maxCurrentA} (power.maxCurrentA)`,
          });
        if (!values['ack-live-output'])
          problems.push({
            key: '--ack-live-output',
            message: 'set switches the DC output on: acknowledge that it will be live',
          });
        if (problems.length) throw new ConfigError(problems, 'command line');
      }
      if (action === 'set' || action === 'off') {
        const holder = powerLockHolder();
        if (holder !== undefined) {
          io.stderr.write(`piccs power: a session (pid ${holder}) is driving the power stage; refusing to ${action}\n`);
          return 1;
        }
        release = takePowerLock();
      }
      const emulated = values.hw === 'sim' || opts.transport === 'emulated';
      const all = action === 'scan' ? ADDRESS_RANGE[opts.stage] : undefined;
      const addresses = all ? Array.from({ length: all[1] - all[0] + 1 }, (_, i) => all[0] + i) : opts.addresses;
      const o = { ...opts, addresses, canLog: opts.canLog };
      const open = { contactorsClosed: () => false, ocvV: () => 0, internalResistanceOhm: 0.1, absorb: () => {} };
      // the bench tool drives the modules only: the contactors stay as they are (open)
      rig = emulated
        ? buildEmulatedPower(
            { ...o, addresses: emulated && all ? opts.addresses : addresses },
            systemClock,
            open,
            () => false,
            () => Date.now() / 1000,
          )
        : await buildRealPower(o, systemClock, () => false);
      const t0 = systemClock.now();
      if (action === 'off') {
        rig.group.set(false, 0, 0);
        await sleep(200);
      } else if (action === 'set') {
        rig.group.set(true, voltage, current);
        const seconds = values.seconds ? Number(values.seconds) : Number.POSITIVE_INFINITY;
        let stop = false;
        process.once('SIGINT', () => {
          stop = true;
        });
        for (let s = 0; !stop && s < seconds; s++) {
          await sleep(1000);
          const line = {
            voltageV: rig.group.presentVoltageV(),
            currentA: rig.group.presentCurrentA(),
            modules: rows(rig, t0),
          };
          io.stdout.write(
            values.json
              ? `${JSON.stringify(line)}\n`
              : `U=${line.voltageV.toFixed(1)} V I=${line.currentA.toFixed(2)} A  ${line.modules.length} modules\n`,
          );
          if (rig.group.fault) {
            io.stderr.write(`piccs power: ${rig.group.fault.reason}; switching off\n`);
            break;
          }
        }
        rig.group.set(false, 0, 0);
        await sleep(200);
      } else {
        await sleep(Math.max(300, opts.pollMs * 3));
      }
      const found = rows(rig, t0);
      if (values.json) io.stdout.write(`${JSON.stringify({ action, stage: opts.stage, modules: found })}\n`);
      else {
        io.stdout.write(`${opts.stage}: ${found.length} module(s) answered\n`);
        for (const m of found) {
          io.stdout.write(
            `  ${m.addr}: ${m.voltageV} V ${m.currentA} A${m.temperatureC !== undefined ? ` ${m.temperatureC} C` : ''}${m.alarms.length ? ` alarms: ${m.alarms.join(', ')}` : ''}\n`,
          );
        }
      }
      return action === 'scan' || found.length === opts.addresses.length ? 0 : 1;
    } catch (err) {
      return reportError(err, io, { name: 'power', usage, argv });
    } finally {
      await rig?.close();
      release?.();
    }
  },
};

export default power;
