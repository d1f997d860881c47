/** `piccs doctor [--json] [--config FILE] [--iface IF]`: check this machine, say what is wrong and how to fix it. */

import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { type Config, loadConfig } from '../../config/index.js';
import { systemClock } from '../../core/clock.js';
import { ConfigError, HardwareError } from '../../core/errors.js';
import {
  type CpVolts,
  type DoctorProbes,
  type DoctorReport,
  hostFacts,
  type Role,
  renderReport,
  runDoctor,
  type SystemFacts,
} from '../../doctor/index.js';
import type { CliIO, Command } from '../command.js';
import { reportError } from '../common.js';

const usage = `usage: piccs doctor [--json] [--config FILE] [--iface IF]
Checks Node, the config, the PLC interface (exists, up, IPv6 link-local, no DHCP/RA noise), raw socket
permission, the cap addon, the board's GPIO/PWM/ADC for the configured hal backend, the modem and the CP
line. Each check prints PASS, WARN, FAIL or n/a (does not apply here, with the reason) and a fix hint.
On an EVSE the CP check drives the generator to +12 V for a moment (contactor open); stop the service first.
  --config FILE  the config to check (default: the installed service's /etc/piccs/<role>.yaml, else defaults)
  --iface IF     the PLC interface (default: general.iface of the config)
  --json         one JSON object: {"ok","role","iface","configFile","platform","checks":[{id,title,status,detail,hint}],"counts"}
Exit code 0 when nothing failed, 1 when a check failed.`;

const ENABLED_UNITS_DIR = '/etc/systemd/system/multi-user.target.wants';
const ROLES: readonly Role[] = ['evse', 'pev', 'listen'];

/** The role and config of the enabled piccs@<role>.service, if install.sh set one up. */
export function installedService(facts: SystemFacts): { role: Role; configFile: string } | undefined {
  for (const name of facts.listDir(ENABLED_UNITS_DIR) ?? []) {
    const m = name.match(/^piccs@(\w+)\.service$/);
    const role = m?.[1] as Role | undefined;
    if (role && ROLES.includes(role)) {
      const configFile = `/etc/piccs/${role}.yaml`;
      if (facts.exists(configFile)) return { role, configFile };
    }
  }
  return undefined;
}

export interface DoctorDeps {
  facts: SystemFacts;
  /** The probes that talk to equipment, built for the loaded config (absent: those checks are skipped). */
  probes?: (config: Config) => DoctorProbes;
}

export async function doctorCommand(argv: string[], io: CliIO, deps: DoctorDeps): Promise<number> {
  let report: DoctorReport;
  let json = false;
  try {
    const { values } = parseArgs({
      args: argv,
      options: { json: { type: 'boolean' }, config: { type: 'string', short: 'c' }, iface: { type: 'string' } },
    });
    json = Boolean(values.json);
    const installed = values.config === undefined ? installedService(deps.facts) : undefined;
    const configFile = values.config ?? installed?.configFile;
    let config: Config;
    let configProblems: string[] = [];
    try {
      config = loadConfig({ env: io.env, ...(configFile !== undefined ? { file: configFile } : {}) }).config;
    } catch (err) {
      if (!(err instanceof ConfigError)) throw err;
      configProblems = err.problems.map((p) => `${p.key}: ${p.message}`);
      // Keep checking with defaults: a typo in one key should not hide a missing interface.
      config = loadConfig({}).config;
    }
    report = await runDoctor({
      facts: deps.facts,
      config,
      configProblems,
      ...(deps.probes ? { probes: deps.probes(config) } : {}),
      ...(configFile !== undefined ? { configFile } : {}),
      ...(values.iface !== undefined ? { iface: values.iface } : {}),
      ...(installed ? { role: installed.role } : {}),
    });
  } catch (err) {
    return reportError(err, io, { name: 'doctor', usage, argv });
  }
  io.stdout.write(json ? `${JSON.stringify(report)}\n` : renderReport(report));
  return report.ok ? 0 : 1;
}

/**
 * Ask the modem behind `iface` for its firmware (slac/modem: VS_SW_VER, link status). Undefined when no
 * modem answers; other errors (permission, missing addon) propagate and the check reports them.
 */
async function modemFirmware(iface: string): Promise<string | undefined> {
  const { openPcapPort } = await import('../../link/pcap.js');
  const { queryModem } = await import('../../slac/modem.js');
  const port = await openPcapPort({ iface });
  try {
    const m = await queryModem(port, systemClock, { iface });
    return `${m.firmware} (${m.chip}, modem ${m.mac}, powerline link ${m.link})`;
  } catch (err) {
    if (err instanceof HardwareError) return undefined;
    throw err;
  } finally {
    port.close();
  }
}

/** How long the CP stage gets to settle after switching to constant +12 V (op-amp slew, filter RC). */
const CP_SETTLE_MS = 50;

/**
 * One CP reading through the configured real hal: open the EVSE board (outputs start safe), drive the
 * generator to constant +12 V (state A if nothing is plugged in), read both plateaus, leave it safe again.
 * Fails with EBUSY-like errors while the service holds the hardware.
 */
async function readCp(config: Config): Promise<CpVolts> {
  const { openRealEvseBoard } = await import('../../hal/real/board.js');
  const board = await openRealEvseBoard(config.hal);
  try {
    board.pwm.constantHigh();
    await sleep(CP_SETTLE_MS);
    return await board.sampler.read();
  } finally {
    await board.close();
  }
}

/** The probes of this build: the modem query (slac/modem) and a CP reading (hal/real). */
export function hostProbes(config: Config): DoctorProbes {
  return { modemFirmware, readCp: () => readCp(config) };
}

const doctor: Command = {
  name: 'doctor',
  summary: 'check this machine (Node, config, PLC interface, raw sockets, GPIO/PWM/ADC, modem, CP) with fix hints',
  usage,
  run: (argv, io) => doctorCommand(argv, io, { facts: hostFacts(), probes: hostProbes }),
};

export default doctor;
